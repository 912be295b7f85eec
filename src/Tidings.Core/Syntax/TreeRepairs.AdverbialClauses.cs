namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Subordinators that open an adverbial clause and never a complement clause.</summary>
    private static readonly HashSet<string> AdverbialMarks = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "since", "until", "till", "while", "as", "because", "once", "although", "though", "whereas", "when",
    };

    /// <summary>
    /// "Australia's foreign minister said after a Chinese jet released flares close to ...", "It comes after the bloc
    /// suspended budget support": next to a verb of saying the parser may take the clause that follows for the verb's
    /// complement (ccomp), though it opens with "after", so the coder reads the cause as what was said. A complement
    /// clause opens with "that", "if", "whether" or nothing; a ccomp whose own subordinator (a mark before it) is one of
    /// <see cref="AdverbialMarks"/> is an adverbial clause (advcl) of the same head. Only the label changes, so the tree
    /// stays a tree.
    /// </summary>
    private static void AdverbialClauseTakenForComplement(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int v = 0; v < n; v++)
        {
            if (relations[v] != "ccomp") continue;
            int mark = -1;
            for (int m = 0; m < v; m++)
                if (heads[m] == v && relations[m] == "mark") { mark = m; break; }
            if (mark >= 0 && AdverbialMarks.Contains(words[mark].Form)) relations[v] = "advcl";
        }
    }

    /// <summary>
    /// "banned the movement on Thursday, days after its supporters clashed with police", "hours after the group fired
    /// rockets": once the tagger reads the "after" clause's verb as a verb, the parser may take the span of time before
    /// "after" for a second subject of that verb. A time-span noun (<see cref="TimeSpanNouns"/>) that is a subject of a
    /// verb which has another subject and whose subordinator ("after", "before", "since", "until") stands between the noun
    /// and the verb is the clause's measure of time (obl:tmod), as <see cref="TimeNounSubject"/> reads a fronted one.
    /// Only the label changes.
    /// </summary>
    private static void TimeSpanTakenForSubjectOfSubordinateClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int t = 0; t + 2 < n; t++)
        {
            if (relations[t] is not ("nsubj" or "nsubj:pass") || !TimeSpanNouns.Contains(words[t].Form)) continue;
            int v = heads[t];
            if (v <= t + 1 || words[v].Upos != "VERB") continue;
            bool marked = false, otherSubject = false;
            for (int i = t + 1; i < v; i++)
            {
                if (heads[i] != v) continue;
                if (relations[i] == "mark" && words[i].Form.ToLowerInvariant() is "after" or "before" or "since" or "until") marked = true;
                else if (marked && relations[i] is "nsubj" or "nsubj:pass") otherSubject = true;
            }
            if (marked && otherSubject) relations[t] = "obl:tmod";
        }
    }
}
