namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>Relative pronouns that open a clause said of the noun before the comma.</summary>
    private static readonly HashSet<string> RelativeOpeners = new(StringComparer.OrdinalIgnoreCase) { "who", "whose", "which", "whom" };

    /// <summary>
    /// Session 68 (blind86): "Hezbollah, whose commander in southern Lebanon was killed ..., vowed to retaliate": a
    /// sentence-initial name the tagger does not know, before a comma, can be read as an interjection (UH), like "Well,"
    /// or "Yes,". An interjection never takes a relative clause, so a capitalised word tagged UH right before ", who",
    /// ", whose", ", which" or ", whom" is a name (NNP); the parser then finds the sentence's subject and the aside
    /// (<see cref="SubjectRelativeClauses"/>) instead of making the relative clause the root. Invariant: only a UH tag on a
    /// capitalised word of letters in that position changes.
    /// </summary>
    private void RepairNameReadAsInterjection(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnpClass < 0) return;
        for (int i = 0; i + 2 < words.Count; i++)
        {
            if (_xpos[classes[i]] != "UH" || words[i + 1] != "," || !RelativeOpeners.Contains(words[i + 2])) continue;
            var w = words[i];
            if (w.Length < 2 || !char.IsUpper(w[0]) || !w.All(c => char.IsLetter(c) || c is '-' or '\'')) continue;
            classes[i] = _nnpClass;
        }
    }
}
