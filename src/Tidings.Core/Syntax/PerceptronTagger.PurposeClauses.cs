namespace Tidings.Syntax;

public sealed partial class PerceptronTagger
{
    /// <summary>Longest subject phrase read between a fronted purpose clause's comma and the main clause's verb.</summary>
    private const int MaxSubjectAfterPurpose = 6;

    /// <summary>
    /// "To help avert a humanitarian crisis, the charity pleaded for more beds", "In order to ease tension, both
    /// governments agreed ...": a sentence that opens with a purpose infinitive is an adverbial set before its main clause,
    /// and that clause resumes after the infinitive's comma with its subject and its verb. The tagger, which has just read
    /// "to" and a base verb, reads the main verb's -ed form as a participle (VBN), and the parser then hangs it on the
    /// subject as a reduced relative, so the sentence has no finite verb and its act is lost. The -ed form (or irregular
    /// past) after the first comma and a short subject phrase (determiners, adjectives, nouns, names, possessives, numbers
    /// and pronouns only, at most <see cref="MaxSubjectAfterPurpose"/> words) is the sentence's past verb (VBD).
    /// Invariants: the sentence opens with "to" tagged TO (or "in order to") and a base verb; nothing before the comma is
    /// finite; no finite verb stands between the comma and the form; a form before "by" (a passive participle) or a naming
    /// participle ("called", "named") stays; only that one tag changes.
    /// </summary>
    private void RepairVerbAfterPurposeClause(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0) return;
        int n = words.Count, to = 0;
        if (n > 3 && words[0].Equals("in", StringComparison.OrdinalIgnoreCase) && words[1].Equals("order", StringComparison.OrdinalIgnoreCase)) to = 2;
        if (to + 2 >= n || !words[to].Equals("to", StringComparison.OrdinalIgnoreCase) || _xpos[classes[to]] != "TO"
            || _xpos[classes[to + 1]] != "VB") return;
        int comma = -1;
        for (int i = to + 2; i < n; i++)
        {
            if (IsFiniteTag(_xpos[classes[i]])) return;
            if (words[i] is ";" or ":" or "(" or "\"" or "“") return;
            if (words[i] == ",") { comma = i; break; }
        }
        if (comma < 0) return;
        for (int v = comma + 1; v < n && v <= comma + 1 + MaxSubjectAfterPurpose; v++)
        {
            var x = _xpos[classes[v]];
            if (IsFiniteTag(x)) return;
            bool edForm = words[v].EndsWith("ed", StringComparison.OrdinalIgnoreCase);
            if (v > comma + 1 && (x == "VBN" || (x == "JJ" && edForm)))
            {
                bool past = edForm || (x == "VBN" && IrregularPasts.Contains(words[v]));
                if (!past || char.IsUpper(words[v][0]) || NamingParticiples.Contains(words[v])) return;
                if (v + 1 < n && words[v + 1].Equals("by", StringComparison.OrdinalIgnoreCase)) return;
                // The form must follow a noun, name or pronoun: the head of the subject phrase.
                if (_xpos[classes[v - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "CD")) return;
                classes[v] = _vbdClass;
                return;
            }
            if (x is not ("DT" or "PDT" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "POS" or "PRP" or "PRP$" or "CD")) return;
        }
    }
}
