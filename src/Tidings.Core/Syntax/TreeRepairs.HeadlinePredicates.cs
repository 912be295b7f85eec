namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// Session 69 (realnews69). "Soldiers seize power in Guinea-Bissau, detain president", "Police arrest opposition
    /// leader, ban rally": a headline joins two predicates of one subject with a comma and no "and"; the tagger repair
    /// (<c>PerceptronTagger.RepairHeadlineSecondPredicate</c>) gives the second verb its finite tag, but the parser may
    /// still hang it on the root as parataxis (where it takes no subject), on the first predicate's object as a conjunct,
    /// or as a compound on its own object ("detain president"). A finite verb right after the first comma that follows a
    /// headline's finite root is the root's conjunct: it takes the root's subject, as "seize town, kill five soldiers"
    /// already parses. Invariants: only in a headline (no closing full stop, question or exclamation mark); only a verb
    /// with no subject, marker or coordinator of its own, after a comma that follows the root; a compound reading's noun
    /// becomes the verb's object; one tree, else undone.
    /// </summary>
    private static void HeadlineSecondPredicate(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        if (n < 5 || words[n - 1].Form is "." or "!" or "?" or "\"" or "'" or ":" or ";") return;
        int root = -1;
        for (int i = 0; i < n; i++) if (heads[i] < 0) { root = i; break; }
        if (root < 0 || words[root].Upos != "VERB" || words[root].Xpos is not ("VBZ" or "VBP" or "VBD")) return;
        int comma = -1;
        for (int i = root + 1; i < n; i++) if (words[i].Form == ",") { comma = i; break; }
        int v = comma + 1;
        if (comma < 0 || v >= n || words[v].Upos != "VERB" || words[v].Xpos is not ("VBZ" or "VBP" or "VBD")) return;
        if (heads[v] == root && relations[v] == "conj") return;
        for (int i = 0; i < n; i++)
            if (heads[i] == v && relations[i] is "nsubj" or "nsubj:pass" or "expl" or "mark" or "cc" or "aux" or "aux:pass") return;
        var savedHeads = heads.ToArray();
        var savedRelations = (string[])relations.Clone();
        int h = heads[v];
        if (relations[v] == "compound" && h > v && h >= 0)
        {
            // "detain president": the noun the verb was a compound of is its object, hung where the verb now hangs.
            heads[h] = v; relations[h] = "obj";
            for (int i = 0; i < n; i++)
                if (heads[i] == h && i < v && i != v) heads[i] = v;
        }
        heads[v] = root; relations[v] = "conj";
        if (heads[comma] != v) { heads[comma] = v; relations[comma] = "punct"; }
        KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
    }
}
