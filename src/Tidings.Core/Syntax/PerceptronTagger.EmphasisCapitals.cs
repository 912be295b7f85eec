namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>The ambiguity class of a word seen in training only as a proper noun (an acronym or a name: "NATO").</summary>
    private static readonly ulong ProperNounOnly = Learning.FeatureHash.Exact("PROPN");

    /// <summary>
    /// "Ghana's president CONDEMNED the coup", "China has treated us VERY UNFAIRLY", "a 100% TARIFF": posts and the quotes
    /// of posts set single words in capitals for emphasis, and the tagger, trained on ordinary case, reads such a word as a
    /// proper noun or an acronym, so the clause loses its verb and the coder its trigger. In a sentence in ordinary case
    /// (most of its words with a lower-case letter), a word of four or more capital letters whose lower-case form the
    /// training data knows as a common word (its ambiguity class is not that of a proper noun alone) is tagged and
    /// lemmatised in lower case. Invariants: only the tagger's view changes (the token's text, which the actor lexicon
    /// reads, is kept); acronyms seen only as names ("NATO", "OPEC") and unseen ones ("ECOWAS") keep their capitals, as do
    /// words of three letters or fewer ("WHO", "US") and the sentence's opening run in capitals (a dateline, a label); a
    /// sentence in capitals is left to the headline repairs.
    /// </summary>
    private void LowerEmphasisCapitals(List<string> words)
    {
        int letterWords = 0, lowerWords = 0;
        foreach (var w in words)
        {
            bool letter = false, lower = false;
            foreach (var c in w) { if (char.IsLetter(c)) letter = true; if (char.IsLower(c)) lower = true; }
            if (letter) letterWords++;
            if (lower) lowerWords++;
        }
        if (letterWords < 4 || lowerWords * 2 <= letterWords) return;
        // The opening run in capitals is a dateline or a label ("UNITED NATIONS (AP) —", "BREAKING:"), not emphasis.
        int open = 0;
        while (open < words.Count && !HasLowerLetter(words[open])) open++;
        for (int i = open; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length < 4) continue;
            bool caps = true;
            foreach (var c in w) if (!char.IsAsciiLetterUpper(c)) { caps = false; break; }
            if (!caps) continue;
            var lower = w.ToLowerInvariant();
            if (!_ambiguity.TryGetValue(lower, out var cls) || cls == ProperNounOnly) continue;
            words[i] = lower;
        }
    }

    private static bool HasLowerLetter(string w)
    {
        foreach (var c in w) if (char.IsLower(c)) return true;
        return false;
    }
}
