namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// "Britain, France and the United States condemned the attack", "Egypt, Qatar and the United States urged ...": in a
    /// list of three or more names the parser often reads the second name as the first one's apposition, and then either
    /// hangs the last name on the apposition as its conjunct or makes it a second subject of the verb ("Britain, the
    /// United States and France condemned": "and France" beside "Britain"). Every name but the first is then lost to the
    /// events of the clause. A name (PROPN head) whose apposition is another name directly after its comma, where that
    /// apposition has a name conjunct after "and"/"or" (or the same head has a second name of the same relation right
    /// after the apposition and "and"/"or", or the first name has a name conjunct there), is a list: the apposition and the last name become conjuncts of the first,
    /// the conjunction hangs on the last name.
    /// A real apposition is left alone: one whose head is a common noun ("Kenya, Africa's biggest economy, and Uganda"; "the
    /// president, Joe Biden, and ..."), and one closed by a comma after the list ("Two allies, Britain and France, said"
    /// has a common-noun head anyway; "The Quad, India, Japan and Australia, met" keeps its reading). Invariant: one tree,
    /// else undone.
    /// </summary>
    private static void ListTakenForApposition(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int y = 2; y < n; y++)
        {
            if (relations[y] != "appos" || words[y].Upos != "PROPN") continue;
            int x = heads[y];
            if (x < 0 || x >= y || words[x].Upos != "PROPN") continue;
            // The apposition opens right after the first name's comma: "Britain , France", "Egypt , Qatar", "Britain , the
            // United States" (only its own determiner and name words between).
            int comma = SpanEnd(x, heads, n, exclude: y) + 1;
            if (comma >= y || words[comma].Form != ",") continue;
            bool plain = true;
            for (int i = comma + 1; i < y && plain; i++) plain = heads[i] == y && words[i].Upos is "DET" or "PROPN" or "ADJ";
            if (!plain) continue;
            // The last name: the apposition's own conjunct, or a second dependent of the first name's head with the first
            // name's relation ("Britain, the United States and France condemned").
            int last = -1, cc = -1;
            for (int i = y + 1; i < n && last < 0; i++)
                if (heads[i] == y && relations[i] == "conj" && words[i].Upos == "PROPN") last = i;
            if (last < 0)
            {
                int hx = heads[x], yEnd = SpanEnd(y, heads, n, exclude: -1);
                if (yEnd + 2 >= n || !IsListConjunction(words[yEnd + 1].Form)) continue;
                for (int i = yEnd + 2; i < n && last < 0; i++)
                {
                    // Session 55: or the first name's own conjunct ("including Australia, France and the US": "and the US"
                    // on Australia, "France" its apposition).
                    if (heads[i] == x && relations[i] == "conj" && words[i].Upos == "PROPN") last = i;
                    else if (hx < 0) continue;
                    else if (heads[i] == hx && relations[i] == relations[x] && words[i].Upos == "PROPN") last = i;
                    else if (heads[i] == hx && i > yEnd + 2) break;
                }
                if (last < 0) continue;
                cc = yEnd + 1;
            }
            else
            {
                for (int i = y + 1; i < last && cc < 0; i++)
                    if (IsListConjunction(words[i].Form) && (heads[i] == last || heads[i] == y)) cc = i;
                if (cc < 0) continue;
            }
            // Nothing but the last name's own words between the conjunction and it.
            bool own = true;
            for (int i = cc + 1; i < last && own; i++) own = Dominates(heads, last, i, n);
            if (!own) continue;
            // A list closed by a comma is an apposition listing the first name's members: keep it.
            int lastEnd = SpanEnd(last, heads, n, exclude: -1);
            if (lastEnd + 1 < n && words[lastEnd + 1].Form == ",") continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[y] = x; relations[y] = "conj";
            heads[last] = x; relations[last] = "conj";
            heads[cc] = last; relations[cc] = "cc";
            heads[comma] = y; relations[comma] = "punct";
            // Dependents of the apposition after the last name that belong to the clause ("on Wednesday" the parser
            // hung on the apposition) stay where they are: the tree check below keeps the result a tree.
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    /// <summary>
    /// "Britain, France, Germany and the United States condemned ...": in a longer list the parser may hang the last name
    /// on the one before it rather than on the first, and the coder, which reads a subject's conjuncts off its head, then
    /// loses it. A name conjunct whose head is itself a name conjunct with no conjunction of its own (a comma-joined
    /// member of the same list) hangs on the list's first name, as every conjunct does in this tree scheme. A conjunct
    /// whose head has its own "and" ("Britain and France, and Germany and Italy") is a nested group and stays.
    /// Invariant: one tree, else undone.
    /// </summary>
    private static void ListConjunctOnConjunct(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int z = 2; z < n; z++)
        {
            if (relations[z] != "conj" || words[z].Upos != "PROPN") continue;
            int y = heads[z];
            if (y < 0 || y >= z || relations[y] != "conj" || words[y].Upos != "PROPN") continue;
            int x = heads[y];
            if (x < 0 || x >= y || words[x].Upos != "PROPN") continue;
            bool ownConjunction = false;
            for (int i = 0; i < n && !ownConjunction; i++) ownConjunction = heads[i] == y && relations[i] == "cc";
            if (ownConjunction) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[z] = x;
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    private static bool IsListConjunction(string form) =>
        form.Equals("and", StringComparison.OrdinalIgnoreCase) || form.Equals("or", StringComparison.OrdinalIgnoreCase);

    /// <summary>The last token of the contiguous span right of <paramref name="top"/> that it heads, leaving out the subtree
    /// of <paramref name="exclude"/> (-1: none).</summary>
    private static int SpanEnd(int top, Span<int> heads, int n, int exclude)
    {
        int end = top;
        for (int i = top + 1; i < n; i++)
        {
            if (!Dominates(heads, top, i, n) || (exclude >= 0 && Dominates(heads, exclude, i, n))) break;
            end = i;
        }
        return end;
    }
}
