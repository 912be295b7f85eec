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
}
