using Tidings.Documents;

namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>The forms English modals take (with the clitic and negative stems "'ll", "'d", "wo", "ca", "sha").</summary>
    private static readonly HashSet<string> ModalForms = new(StringComparer.Ordinal)
    {
        "will", "would", "can", "could", "may", "might", "must", "shall", "should", "ought", "need", "dare",
        "'ll", "'d", "wo", "ca", "sha",
    };

    /// <summary>
    /// "Moscow put its nuclear forces on high alert", "Morocco beat Senegal 2-1", "Wazalendo militiamen beat dozens of
    /// traders": before a past spelt as its base ("put", "beat", "cut", "hit", "set", "shut"), the tagger may read the
    /// subject as a modal (MD) and the verb as the base form a modal governs (VB), so the parser hangs the subject on the
    /// verb as its auxiliary and the clause has no subject. English has a closed class of modals; a word tagged MD that is
    /// none of them is the noun it looks like: a proper noun (NNP) when capitalised, a plural (NNS) when it ends in "s" or
    /// "men", a noun (NN) otherwise; and the VB right after it, when its form is also an irregular past, is that past (VBD),
    /// the finite verb of the clause. Invariant: only MD tags on non-modal words, and the VB tag right after such a word,
    /// change.
    /// </summary>
    private void RepairNameReadAsModal(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnpClass < 0 || _nnClass < 0 || _nnsClass < 0 || _vbdClass < 0) return;
        for (int i = 0; i < words.Count; i++)
        {
            if (_xpos[classes[i]] != "MD") continue;
            var w = words[i];
            var lower = w.ToLowerInvariant();
            if (ModalForms.Contains(lower) || !char.IsLetter(w[0])) continue;
            classes[i] = char.IsUpper(w[0]) ? _nnpClass
                : lower.EndsWith("men", StringComparison.Ordinal) || lower.EndsWith('s') ? _nnsClass : _nnClass;
            if (i + 1 < words.Count && _xpos[classes[i + 1]] == "VB" && EnglishLexicon.IsIrregularPast(words[i + 1].ToLowerInvariant()))
                classes[i + 1] = _vbdClass;
        }
    }
}
