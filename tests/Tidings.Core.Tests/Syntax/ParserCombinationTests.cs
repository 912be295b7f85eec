using FsCheck.Xunit;
using Tidings.Syntax;
using Xunit;

namespace Tidings.Tests.Syntax;

public class ParserCombinationTests
{
    /// <summary>A random projective tree of n words with a single root word (head n).</summary>
    private static int[] RandomTree(Random rnd, int n)
    {
        var heads = new int[n];
        int root = rnd.Next(n);
        heads[root] = n;
        Hang(rnd, heads, 0, root, root);
        Hang(rnd, heads, root + 1, n, root);
        return heads;
    }

    private static void Hang(Random rnd, int[] heads, int lo, int hi, int head)
    {
        while (lo < hi)
        {
            int end = lo + 1 + rnd.Next(hi - lo);
            int r = lo + rnd.Next(end - lo);
            heads[r] = head;
            Hang(rnd, heads, lo, r, r);
            Hang(rnd, heads, r + 1, end, r);
            lo = end;
        }
    }

    private static ParserCombination Filled(int n, params (int[] Heads, int[] Labels, float[] Margins)[] trees)
    {
        var c = new ParserCombination();
        c.Start(n, trees.Length);
        for (int k = 0; k < trees.Length; k++)
            for (int i = 0; i < n; i++)
            {
                c.Head[k][i] = trees[k].Heads[i];
                c.Label[k][i] = trees[k].Labels[i];
                c.ArcMargin[k][i] = trees[k].Margins[i];
                c.LabelMargin[k][i] = trees[k].Margins[i];
            }
        return c;
    }

    private static float Score(int n, ReadOnlySpan<int> heads, (int[] Heads, int[] Labels, float[] Margins)[] trees)
    {
        float total = 0;
        for (int k = 0; k < trees.Length; k++)
            for (int d = 0; d < n; d++)
                if ((heads[d] < 0 ? n : heads[d]) == trees[k].Heads[d]) total += ParserCombination.ArcWeight(k, trees[k].Margins[d]);
        return total;
    }

    private static bool IsProjectiveTree(int n, ReadOnlySpan<int> heads)
    {
        int roots = 0;
        for (int d = 0; d < n; d++)
        {
            if (heads[d] < 0) { roots++; continue; }
            if (heads[d] >= n || heads[d] == d) return false;
            // Cycle check: following heads reaches the root within n steps.
            int x = d, steps = 0;
            while (x >= 0 && steps++ <= n) x = heads[x];
            if (x >= 0) return false;
            // Projectivity: every word strictly between d and its head descends from the head.
            int lo = Math.Min(d, heads[d]), hi = Math.Max(d, heads[d]);
            for (int k = lo + 1; k < hi; k++)
            {
                int y = k;
                while (y >= 0 && y != heads[d]) y = heads[y];
                if (y != heads[d]) return false;
            }
        }
        return roots == 1;
    }

    [Property(MaxTest = 300)]
    public bool Two_or_three_trees_combine_into_a_projective_tree_that_scores_at_least_as_well_as_each(int seed)
    {
        var rnd = new Random(seed);
        int n = 1 + rnd.Next(16), parsers = 2 + rnd.Next(2);
        var trees = Enumerable.Range(0, parsers).Select(_ => (RandomTree(rnd, n), Enumerable.Range(0, n).Select(_ => rnd.Next(5)).ToArray(),
            Enumerable.Range(0, n).Select(_ => (float)(rnd.NextDouble() * 30)).ToArray())).ToArray();
        var c = Filled(n, trees);
        var heads = new int[n];
        c.Combine(n, parsers, heads, rootLabel: 9);
        if (!IsProjectiveTree(n, heads)) return false;
        float best = Score(n, heads, trees);
        foreach (var t in trees)
            if (best < Score(n, t.Item1.Select(h => h == n ? -1 : h).ToArray(), trees) - 1e-3f) return false;
        for (int d = 0; d < n; d++)
            if ((heads[d] < 0) != (c.Result[d] == 9)) return false; // "root" exactly on the root's word
        return true;
    }

    [Fact]
    public void Agreeing_trees_are_kept_and_a_disagreement_goes_to_the_more_confident_parser()
    {
        // "Rebels attacked a convoy": attacked is the root; the second parser hangs "a" on "attacked".
        int[] first = [1, 4, 3, 1], second = [1, 4, 1, 1];
        int[] labels = [1, 9, 2, 3];
        var c = Filled(4, (first, labels, [5, 5, 8, 5]), (second, labels, [5, 5, 1, 5]));
        var heads = new int[4];
        c.Combine(4, 2, heads, rootLabel: 9);
        Assert.Equal([1, -1, 3, 1], heads);
        Assert.Equal([1, 9, 2, 3], c.Result[..4]);

        c = Filled(4, (first, labels, [5, 5, 1, 5]), (second, labels, [5, 5, 8, 5]));
        c.Combine(4, 2, heads, rootLabel: 9);
        Assert.Equal([1, -1, 1, 1], heads);
    }

    [Fact]
    public void Equal_evidence_keeps_the_first_parsers_arc_and_relation()
    {
        int[] first = [1, 4, 3, 1], second = [1, 4, 1, 1];
        var c = Filled(4, (first, [1, 9, 2, 3], [5, 5, 5, 5]), (second, [1, 9, 4, 3], [5, 5, 5, 5]));
        var heads = new int[4];
        c.Combine(4, 2, heads, rootLabel: 9);
        Assert.Equal([1, -1, 3, 1], heads);
        Assert.Equal(2, c.Result[2]);
    }

    // "Police arrested protesters near the embassy": arrested (1) is the root; the first parser hangs "near" (3) on
    // "protesters" (2), the second on "arrested".
    private static readonly int[] NounAttachment = [1, 6, 1, 2, 5, 3], VerbAttachment = [1, 6, 1, 1, 5, 3];
    private static readonly int[] Relations = [1, 9, 2, 4, 5, 6];

    [Theory]
    [InlineData(1f, 2)]   // equal weights: the first parser's arc, by the tie-break
    [InlineData(1.5f, 1)] // a heavier second parser outvotes the first
    public void A_parsers_vote_weight_decides_a_disagreement_of_equal_margins(float secondWeight, int expectedHead)
    {
        var c = Filled(6, (NounAttachment, Relations, [5, 5, 5, 5, 5, 5]), (VerbAttachment, Relations, [5, 5, 5, 5, 5, 5]));
        c.VoteWeight[1] = secondWeight;
        var heads = new int[6];
        c.Combine(6, 2, heads, rootLabel: 9);
        Assert.Equal(expectedHead, heads[3]);
    }

    [Theory]
    [InlineData(10f, 2)] // on the first parser's scale a margin of 2 is less sure than its 8
    [InlineData(0.5f, 1)] // on a scale of 0.5 the second parser's margin of 2 is near certainty (0.8 against 8 / 18)
    public void A_parsers_margin_scale_sets_how_sure_its_margins_are(float secondScale, int expectedHead)
    {
        var c = Filled(6, (NounAttachment, Relations, [5, 5, 5, 8, 5, 5]), (VerbAttachment, Relations, [5, 5, 5, 2, 5, 5]));
        c.MarginScale[1] = secondScale;
        var heads = new int[6];
        c.Combine(6, 2, heads, rootLabel: 9);
        Assert.Equal(expectedHead, heads[3]);
    }

    [Fact]
    public void Start_resets_the_vote_settings_to_the_defaults()
    {
        var c = Filled(6, (NounAttachment, Relations, [5, 5, 5, 5, 5, 5]), (VerbAttachment, Relations, [5, 5, 5, 5, 5, 5]));
        c.VoteWeight[1] = 3; c.MarginScale[1] = 1; c.LabelParser = 1;
        c.Start(6, 2);
        Assert.Equal([1f, 1f], c.VoteWeight[..2]);
        Assert.Equal([10f, 10f], c.MarginScale[..2]);
        Assert.Equal(-1, c.LabelParser);
        Assert.Equal(ParserCombination.ArcWeight(1, 5), c.Vote(1, 5));
    }

    [Fact]
    public void The_label_parser_gives_the_relation_of_every_kept_arc_it_made()
    {
        // Both parsers hang "protesters" on "arrested", as obj (2) and as nsubj (1); the first is surer of its relation.
        int[] first = [1, 6, 1, 2, 5, 3];
        var c = Filled(6, (first, [1, 9, 2, 4, 5, 6], [5, 5, 9, 5, 5, 5]), (first, [1, 9, 1, 4, 5, 6], [5, 5, 1, 5, 5, 5]));
        var heads = new int[6];
        c.Combine(6, 2, heads, rootLabel: 9);
        Assert.Equal(2, c.Result[2]);
        c.LabelParser = 1;
        c.Combine(6, 2, heads, rootLabel: 9);
        Assert.Equal(1, c.Result[2]);
        Assert.Equal(9, c.Result[1]); // the root keeps "root"
    }
}
