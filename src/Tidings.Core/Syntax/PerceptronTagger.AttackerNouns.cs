namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>Plural nouns for the doers of armed violence that English never uses as a number, a name, an adverb or a
    /// verb: "gunmen", "militiamen", "assailants", "kidnappers", "jihadists".</summary>
    private static readonly HashSet<string> AttackerPlurals = new(StringComparer.Ordinal)
    {
        "gunmen", "militiamen", "assailants", "attackers", "kidnappers", "abductors", "jihadists", "insurgents",
        "militants", "arsonists", "bandits", "rioters",
    };

    /// <summary>
    /// Session 66 (fight66): "Gunmen on motorcycles shot dead a prosecutor", "Gunmen stopped a bus", "In neighbouring Burkina
    /// Faso, gunmen killed ...": a sentence's opening "Gunmen" is often tagged a number (CD) or a name (NNP), and
    /// the parser then makes it the root or a bare name, so the attack loses its doer or its clause. A word of the closed
    /// list of attacker plurals is a plural common noun (NNS) wherever it stands, unless it is capitalised inside a run of
    /// capitalised words (Title Case: a headline or a name, "Gunmen Kill 14", which the headline repairs read). Invariant:
    /// only the tag of a listed word changes, and only from CD, NNP, NNPS, RB, JJ or a verb tag.
    /// </summary>
    private void RepairAttackerNoun(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnsClass < 0) return;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length == 0 || !AttackerPlurals.Contains(w.ToLowerInvariant())) continue;
            if (_xpos[classes[i]] is not ("CD" or "NNP" or "NNPS" or "RB" or "JJ" or "VB" or "VBD" or "VBZ" or "VBP" or "VBN" or "VBG")) continue;
            // A capital inside Title Case ("Gunmen Kill 14 Villagers") is left to the headline repairs.
            if (char.IsUpper(w[0]) && i + 1 < words.Count && words[i + 1].Length > 0 && char.IsUpper(words[i + 1][0])) continue;
            classes[i] = _nnsClass;
        }
    }
}
