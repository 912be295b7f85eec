namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// Session 69 (threat69): "Giving the rebels 48 hours to leave the town, the army chief warned that ...", "Accusing Kyiv
    /// of sabotage, Moscow expelled ...": a sentence-initial "-ing" participle clause closed by a comma is an adverbial
    /// clause of the verb after it, which has a nominal subject of its own after that comma. The parser may read the
    /// participle as the verb's clausal subject (csubj), so the clause's act has no doer (a clausal subject has none of its
    /// own) and the main verb seems to have two subjects. A clause has one subject: when the csubj is a VBG that opens the
    /// sentence and the same verb has an nsubj after a comma that follows the participle's own words, the participle is
    /// relabelled <c>advcl</c>. Invariant: only the label changes; a gerund subject with no comma after it ("Giving aid
    /// to rebels is a crime") has no second subject and keeps its csubj.
    /// </summary>
    private static void FrontedParticipleTakenForSubject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        int first = 0;
        while (first < n && words[first].Upos == "PUNCT") first++;
        if (first >= n || words[first].Xpos != "VBG" || relations[first] is not ("csubj" or "csubj:pass")) return;
        int verb = heads[first];
        if (verb <= first) return;
        int subject = -1;
        for (int i = first + 1; i < n; i++)
            if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass") { subject = i; break; }
        if (subject < 0) return;
        // The comma that closes the participle's clause stands before the subject's phrase (the parser may hang that comma
        // on the subject itself: the phrase starts at its first word that is no punctuation).
        int start = subject;
        for (int i = first + 1; i < subject; i++)
            if (words[i].Upos != "PUNCT" && Dominates(heads, subject, i, n)) { start = i; break; }
        bool comma = false;
        for (int i = start - 1; i > first && !comma; i--)
        {
            if (words[i].Form == ",") comma = true;
            else if (words[i].Upos != "PUNCT") break;
        }
        if (!comma) return;
        relations[first] = "advcl";
    }
}
