namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>Prepositions after which a clitic "'s" can only be "is": a possessive needs a noun phrase to own.</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "on" };

    /// <summary>
    /// "The German chancellor's in Warsaw this morning", "the president's at the summit", "the foreign minister's on his way":
    /// spoken news contracts "is" after a noun subject, and the tagger, which learnt "'s" after a noun as the possessive
    /// (POS), reads "chancellor's" as owning what follows, so the clause loses its predicate and its subject. A possessive
    /// is always followed by the noun phrase it determines, never by a preposition, so a clitic "'s" tagged POS right after
    /// a noun, name or pronoun and right before "in", "at" or "on" is the verb "is" (AUX VBZ, whose lemma
    /// <see cref="LemmaInContext"/> gives as "be"). Invariant: only this clitic's tag changes.
    /// </summary>
    private void RepairContractedIsBeforePreposition(IReadOnlyList<string> words, Span<int> classes)
    {
        int aux = ClassOf("AUX", "VBZ");
        if (aux < 0) return;
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] is not ("'s" or "\u2019s") || _xpos[classes[i]] != "POS") continue;
            if (_xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP")) continue;
            if (!PlacePrepositions.Contains(words[i + 1])) continue;
            classes[i] = aux;
        }
    }
}
