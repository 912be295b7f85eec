namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>
    /// "handed over its ruling to the parties", "Kigali's backing of the M23 rebels", "detained over their reporting before
    /// the vote", "a time of its choosing": after a possessive ("its", "their", "the army's") an -ing word is the head noun
    /// of the possessed phrase when no noun follows it, but the tagger reads it as a gerund (VBG), and the parser then
    /// hangs it as a clause, so the verb before it has no object and "of"/"on" phrases hang on a verb. An -ing word tagged
    /// VBG right after a possessive pronoun or a possessive "'s", followed by a preposition, "to", a coordinator,
    /// punctuation or a finite verb, is a noun (NN). Invariants: an -ing word followed by a noun or an adjective ("its ruling
    /// party", "Thailand's acting prime minister") or by what can be its object (an article, a possessive, a name, a number:
    /// "their leaving the country") keeps its tag; only VBG changes, only to NN.
    /// </summary>
    private void RepairPossessedGerund(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnClass < 0) return;
        int n = words.Count;
        for (int i = 1; i < n; i++)
        {
            if (_xpos[classes[i]] != "VBG" || !words[i].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
            if (_xpos[classes[i - 1]] is not ("PRP$" or "POS")) continue;
            bool headNoun = i + 1 >= n
                || _xpos[classes[i + 1]] is "IN" or "TO" or "CC" or "," or "." or ":" or "VBD" or "VBZ" or "VBP" or "MD";
            if (headNoun) classes[i] = _nnClass;
        }
    }
}
