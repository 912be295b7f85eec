namespace Tidings.Syntax;

/// <summary>
/// A relative clause set off by commas between a sentence's subject and its verb, as analysis and feature writing
/// packs background into the subject ("Kagame, whose government was accused by a UN panel last year of backing the
/// rebels, on Tuesday rejected ...", "Israel and Syria, which have been at war since 1948, have agreed to ...",
/// "Hungary, which has blocked every decision since 2024, on Monday blocked ..."). The parser, trained on shorter
/// treebank sentences, often reads the long clause's verb as the sentence's root and the news verb as an adverbial
/// clause of it (so the subject and any "since" or "last year" of the clause become the news verb's), or hangs the
/// clause on the news verb as an adverbial clause, lending it the clause's time. <see cref="TreeRepairs"/>
/// mends the commonest such tree (the news verb read as the relative verb's conjunct), not these. The sentence is
/// parsed as two parts instead, each alone: the main clause with the aside taken out ("Kagame on Tuesday rejected
/// ..."), and the aside, whose root hangs on the noun before its comma as <c>acl:relcl</c>, with its two commas as
/// <c>punct</c> - the tree Universal Dependencies gives a non-restrictive relative clause.
/// Invariants: only a clause that opens with "who", "whom", "whose", "which" or "where" right after a comma that follows
/// a noun, with no finite verb and no other comma before it (so the noun is inside the subject and the clause is not a
/// relative on an object), and that is closed by the first comma at bracket and quote depth 0 which is followed,
/// after at most a short adverbial ("on Tuesday", "last week", "again"), by a finite verb; the aside holds a verb of its
/// own. A sentence with no such clause is parsed as before; the tokens, tags and offsets are never changed.
/// </summary>
public static class SubjectRelativeClauses
{
    /// <summary>The aside: its opening and closing commas and the noun before the opening comma it is said of.</summary>
    public readonly record struct Aside(int Open, int Close, int Antecedent);

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "who", "whom", "whose", "which", "where" };

    /// <summary>Words an adverbial between the closing comma and the verb may open with ("on Tuesday", "last week",
    /// "this month", "earlier", "again"); adverbs (RB) are also allowed.</summary>
    private static readonly HashSet<string> AdverbialOpeners = new(StringComparer.OrdinalIgnoreCase)
    { "on", "in", "last", "this", "earlier", "late", "early", "over", "at", "during", "after", "overnight", "yesterday", "today" };

    /// <summary>Longest adverbial between the closing comma and the verb ("on Tuesday", "late on Sunday night").</summary>
    private const int MaxAdverbialWords = 4;

    private static bool Finite(ParserInput w) => ClauseScan.Finite(w);

    private static bool Nominal(ParserInput w) => w.Xpos is "NN" or "NNS" or "NNP" or "NNPS" || w.Upos is "NOUN" or "PROPN";

    /// <summary>The aside in words [<paramref name="from"/>, <paramref name="end"/>), or null when the sentence has none.</summary>
    public static Aside? Find(IReadOnlyList<ParserInput> words, int from, int end)
    {
        int open = -1;
        for (int i = from; i < end; i++)
        {
            if (Finite(words[i])) return null;
            if (words[i].Form != ",") continue;
            if (i > from && i + 1 < end && Openers.Contains(words[i + 1].Form) && Nominal(words[i - 1])) open = i;
            // a comma before any relative: an apposition or a fronted adverbial, left to the parser
            break;
        }
        if (open < 0) return null;
        int depth = 0;
        bool inQuote = false, verb = false;
        for (int c = open + 2; c < end - 1; c++)
        {
            var f = words[c].Form;
            if (ClauseScan.BracketOrQuote(f, ref depth, ref inQuote)) continue;
            if (f is ";" or ":") return null;
            if (words[c].Upos is "VERB" or "AUX") verb = true;
            if (f != "," || depth > 0 || inQuote || !verb) continue;
            int v = VerbAfterAdverbial(words, c + 1, end);
            if (v >= 0) return new Aside(open, c, open - 1);
        }
        return null;
    }

    /// <summary>The finite verb at <paramref name="k"/> or after a short adverbial starting there, else -1.</summary>
    private static int VerbAfterAdverbial(IReadOnlyList<ParserInput> words, int k, int end)
    {
        if (k >= end) return -1;
        if (Finite(words[k])) return k;
        bool adverbial = AdverbialOpeners.Contains(words[k].Form) || words[k].Xpos.StartsWith("RB", StringComparison.Ordinal);
        if (!adverbial) return -1;
        for (int i = k + 1; i < end && i <= k + MaxAdverbialWords; i++)
        {
            if (Finite(words[i])) return i;
            if (words[i].Upos is "VERB" or "AUX" or "PUNCT") return -1;
        }
        return -1;
    }

    /// <summary>
    /// Parses words [<paramref name="from"/>, <paramref name="end"/>) as the main clause without <paramref name="aside"/>
    /// and the aside alone, into the sentence's heads (sentence indexes) and relations; returns the main clause's root,
    /// whose head is left at -1.
    /// </summary>
    internal static int Parse(ParserTrainer.ParseFunction parse, List<ParserInput> words, int from, int end, Aside aside,
        Span<int> heads, string[] relations)
    {
        var main = new List<int>(end - from);
        for (int i = from; i < end; i++)
            if (i < aside.Open || i > aside.Close) main.Add(i);
        var clause = new List<int>(aside.Close - aside.Open - 1);
        for (int i = aside.Open + 1; i < aside.Close; i++) clause.Add(i);
        int root = ParseSelection(parse, words, main, heads, relations);
        int clauseRoot = ParseSelection(parse, words, clause, heads, relations);
        heads[clauseRoot] = aside.Antecedent;
        relations[clauseRoot] = "acl:relcl";
        heads[aside.Open] = clauseRoot;
        relations[aside.Open] = "punct";
        heads[aside.Close] = clauseRoot;
        relations[aside.Close] = "punct";
        return root;
    }

    /// <summary>Parses the words at <paramref name="indexes"/> (in order) alone; returns their root (head -1), every other
    /// head a sentence index among them.</summary>
    internal static int ParseSelection(ParserTrainer.ParseFunction parse, List<ParserInput> words, List<int> indexes,
        Span<int> heads, string[] relations)
    {
        int m = indexes.Count;
        var part = new List<ParserInput>(m);
        foreach (int i in indexes) part.Add(words[i]);
        var partHeads = new int[m];
        var partRelations = new string[m];
        parse(part, partHeads, partRelations);
        int root = -1;
        for (int j = 0; j < m; j++)
            if (partHeads[j] < 0 && root < 0) root = j;
        if (root < 0) root = 0; // a parse always has one root; kept so a broken one cannot leave the part unattached
        for (int j = 0; j < m; j++)
        {
            int i = indexes[j];
            if (j == root) { heads[i] = -1; relations[i] = "root"; continue; }
            int h = partHeads[j];
            if (h < 0 || h >= m) { heads[i] = indexes[root]; relations[i] = "dep"; }
            else { heads[i] = indexes[h]; relations[i] = partRelations[j]; }
        }
        return indexes[root];
    }
}
