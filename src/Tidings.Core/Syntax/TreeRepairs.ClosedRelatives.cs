namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// "refused to recognise the results of the election, which observers said was marred by vote-buying, and called on
    /// citizens to protest": after a relative clause set off by commas at the end of an object, the greedy parser hangs
    /// the main clause's next verb on the verb inside the relative clause nearest to it, so the main subject's second act
    /// is read as part of what the relative clause says (its subject the observers', its tense theirs). A finite verb
    /// with no subject of its own, right after ", and" or ", but", hung as a conjunct on a verb that lies below (not at)
    /// the head of a comma-opened relative clause ("which", "who" ...) whose own governing verb comes before it, is that
    /// governing verb's conjunct: the comma before the conjunction closed the relative clause. A conjunct of the relative
    /// clause's own head stays ("which killed five, wounded 20, and destroyed homes" lists the relative clause's acts).
    /// Invariant: one tree, else undone.
    /// </summary>
    private static void ConjunctAfterClosedRelative(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int v = 3; v < n; v++)
        {
            if (relations[v] != "conj" || words[v].Upos != "VERB" || words[v].Xpos is not ("VBD" or "VBZ" or "VBP" or "VBN")) continue;
            // The tagger reads a past tense after a participle ("was marred by fraud, and called on voters to ...") as a
            // participle too. A participle that shares the passive before it has no object, no "to"-clause and may have its
            // own "by" agent ("was marred by fraud, and condemned by monitors"): only a participle with an object or a
            // "to"-clause, no auxiliary and no agent of its own, is taken for a past tense.
            if (words[v].Xpos == "VBN" && !ActiveParticiple(words, heads, relations, v, n)) continue;
            if (words[v - 2].Form != "," || !(words[v - 1].Form.Equals("and", StringComparison.OrdinalIgnoreCase)
                || words[v - 1].Form.Equals("but", StringComparison.OrdinalIgnoreCase))) continue;
            bool ownSubject = false;
            for (int i = 0; i < n && !ownSubject; i++) ownSubject = heads[i] == v && relations[i] is "nsubj" or "nsubj:pass" or "expl";
            if (ownSubject) continue;
            int h = heads[v];
            if (h < 0 || h > v) continue;
            // The relative clause the conjunct's head lies in, below its head.
            int clause = -1;
            for (int c = heads[h], below = h, step = 0; c >= 0 && step < 8 && clause < 0; below = c, c = heads[c], step++)
                if (relations[below] is "acl:relcl" or "advcl:relcl") clause = below;
            if (clause < 0 || clause == h) continue;
            int r = RelativePronounOf(words, heads, clause, n);
            if (r < 0) continue;
            int governor = heads[clause];
            for (int step = 0; governor >= 0 && step < 6 && words[governor].Upos != "VERB"; step++) governor = heads[governor];
            if (governor < 0 || governor >= r) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[v] = governor;
            if (heads[v - 1] != v) { heads[v - 1] = v; relations[v - 1] = "cc"; }
            if (heads[v - 2] != v) { heads[v - 2] = v; relations[v - 2] = "punct"; }
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    private static bool ActiveParticiple(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int v, int n)
    {
        bool complement = false;
        for (int i = 0; i < n; i++)
        {
            if (heads[i] != v) continue;
            if (relations[i] is "aux" or "aux:pass" or "obl:agent") return false;
            if (relations[i] is "obj" or "iobj") complement = true;
            if (relations[i] is "xcomp" or "advcl" && HasToMark(words, heads, relations, i, n)) complement = true;
        }
        return complement;
    }

    private static bool HasToMark(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int clause, int n)
    {
        for (int i = 0; i < clause; i++)
            if (heads[i] == clause && relations[i] == "mark" && words[i].Form.Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
