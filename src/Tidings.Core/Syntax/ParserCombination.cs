namespace Tidings.Syntax;

/// <summary>
/// Parser combination by reparsing (Sagae &amp; Lavie 2006; Hall et al. 2007): the trees of a left-to-right and a
/// right-to-left parser, and of a graph-based one (<see cref="GraphParser"/>), vote on arcs, each vote weighted by the
/// confidence of the transition (or the margin of the arc) that made it, the graph parser adding soft votes for the
/// heads it did not choose, and the tree of greatest total weight is found with Eisner's projective algorithm (all
/// input trees are projective, so the best tree over their arcs is too), with exactly one word on the root. Relations
/// come from the parser whose arc is kept (from the more confident one when several made it). Not thread-safe: one per thread.
/// </summary>
internal sealed class ParserCombination
{
    // Chosen on EWT dev (README, syntax section): an arc's vote is 1 + Gain * confidence, the confidence of a margin m
    // being m / (m + Scale), so a parser outvotes the other only where it was clearly surer; a wider or narrower squash
    // (Gain 0.5 to 10, Scale 3 to 30) moved dev UAS by at most 0.07, weighting the right-to-left votes 0.8 or 1.2 lost.
    private const float Gain = 1f;
    private const float Scale = 10f;
    private const float MemberWeight = 1f;
    /// <summary>When every arc of the first parser's tree was made with at least this margin, the other parsers are not
    /// run: they would rarely outvote it, and skipping them makes combined parsing about a fifth faster (EWT dev UAS
    /// 86.24 with the skip, 86.12 without).</summary>
    internal const float SkipMargin = 40f;

    /// <summary>First-parser tie-break: equal evidence keeps the left-to-right arc.</summary>
    private const float Tie = 1e-3f;

    /// <summary>A graph-based parser (<see cref="GraphParser"/>) votes for its tree's arcs like the transition parsers,
    /// its margin being the chosen arc's lead over the word's best other head, and besides gives every arc (h, d)
    /// SoftWeight · softmax over h of score(h, d) / SoftTemperature: its view of the heads it did not choose. Chosen
    /// on EWT dev with the left-to-right parser (UAS / LAS 85.97 / 82.99 with tree votes alone, 86.21 / 83.22 with
    /// these soft votes; weight 1 at temperature 10: 86.20, 1 at 5: 86.01, 0.5 at 20: 86.03; a graph margin scale of
    /// 3 or 30 instead of 10: 86.10 or 85.92).</summary>
    internal const float SoftWeight = 0.5f, SoftTemperature = 10f;
    /// <summary>The graph parsers' soft votes over all arcs (Eisner positions, head-major: [h * (n + 1) + d]), added to
    /// the tree votes when <see cref="HasSoft"/>.</summary>
    public float[] Soft = new float[64];
    public bool HasSoft;

    private readonly Eisner _eisner = new();
    private float[] _labelVote = new float[16];

    /// <summary>Each parser's tree (heads with the root as n; relation indexes of the first parser) and margins,
    /// filled by the caller after <see cref="Start"/>.</summary>
    public int[][] Head = [], Label = [];
    public float[][] ArcMargin = [], LabelMargin = [];
    /// <summary>The combined tree's relations.</summary>
    public int[] Result = new int[16];

    /// <summary>Makes room for <paramref name="parsers"/> trees of <paramref name="n"/> words.</summary>
    public void Start(int n, int parsers)
    {
        if (Head.Length < parsers || Head[0].Length < n + 1)
        {
            int m = Math.Max(n * 2 + 2, Head.Length > 0 ? Head[0].Length : 0);
            int k = Math.Max(parsers, Head.Length);
            Head = new int[k][]; Label = new int[k][]; ArcMargin = new float[k][]; LabelMargin = new float[k][];
            for (int i = 0; i < k; i++) { Head[i] = new int[m]; Label[i] = new int[m]; ArcMargin[i] = new float[m]; LabelMargin[i] = new float[m]; }
            Result = new int[m];
        }
        if (VoteWeight.Length < parsers) { VoteWeight = new float[parsers]; MarginScale = new float[parsers]; }
        for (int k = 0; k < parsers; k++) { VoteWeight[k] = Weight(k); MarginScale[k] = Scale; }
        LabelParser = -1;
    }

    /// <summary>True when every arc of parser <paramref name="k"/>'s tree was made with a margin of at least <see cref="SkipMargin"/>.</summary>
    public bool Confident(int k, int n)
    {
        var a = ArcMargin[k];
        for (int i = 0; i < n; i++) if (!(a[i] >= SkipMargin)) return false;
        return true;
    }

    private static float Confidence(float margin, float scale = Scale) => margin <= 0 || float.IsNaN(margin) ? 0 : float.IsInfinity(margin) ? 1 : margin / (margin + scale);

    private static float Weight(int k) => k == 0 ? 1 : MemberWeight;

    /// <summary>The vote of parser <paramref name="k"/> for an arc it made with margin <paramref name="margin"/>, at the
    /// default weight and margin scale.</summary>
    internal static float ArcWeight(int k, float margin) => Weight(k) * (1 + Gain * Confidence(margin)) + (k == 0 ? Tie : 0);

    /// <summary>Each parser's vote weight and margin scale, reset by <see cref="Start"/> to the defaults (1 and
    /// <see cref="Scale"/>): a parser whose scores live on another scale (the neural parser's hinge-trained MLP) or that
    /// is more accurate than the others gets its own.</summary>
    public float[] VoteWeight = new float[4], MarginScale = new float[4];

    /// <summary>A parser (index) whose relation is taken whenever it made the kept arc, instead of the relation vote;
    /// -1 for none.</summary>
    public int LabelParser = -1;

    /// <summary>The vote of parser <paramref name="k"/> for an arc it made with margin <paramref name="margin"/>.</summary>
    internal float Vote(int k, float margin) => VoteWeight[k] * (1 + Gain * Confidence(margin, MarginScale[k])) + (k == 0 ? Tie : 0);

    /// <summary>
    /// Joins the trees of parsers 0..<paramref name="parsers"/>-1 over words 0..n-1 into <paramref name="heads"/>
    /// (-1 = root) and <see cref="Result"/>.
    /// </summary>
    public void Combine(int n, int parsers, Span<int> heads, int rootLabel)
    {
        bool same = true;
        for (int k = 1; k < parsers && same; k++)
            for (int i = 0; i < n && same; i++) same = Head[0][i] == Head[k][i];
        if (!same)
        {
            int m = n + 1; // positions: 0 = root, 1..n = words
            _eisner.Start(n);
            var arc = _eisner.Score;
            Array.Clear(arc, 0, m * m);
            for (int k = 0; k < parsers; k++)
            {
                var hk = Head[k];
                var ak = ArcMargin[k];
                for (int d = 0; d < n; d++)
                {
                    int h = hk[d] == n ? 0 : hk[d] + 1;
                    arc[h * m + d + 1] += Vote(k, ak[d]);
                }
            }
            if (HasSoft)
                for (int i = 0; i < m * m; i++) arc[i] += Soft[i];
            _eisner.Decode(n);
            var eh = _eisner.Heads;
            for (int d = 0; d < n; d++) heads[d] = eh[d + 1] == 0 ? n : eh[d + 1] - 1;
        }
        else for (int d = 0; d < n; d++) heads[d] = Head[0][d];
        if (_labelVote.Length < parsers) _labelVote = new float[parsers];
        for (int d = 0; d < n; d++)
        {
            int h = heads[d];
            // The relation: among the parsers that made the kept arc, the one with most (confidence-weighted) support.
            int best = -1;
            float bestVote = float.NegativeInfinity;
            bool fromLabelParser = LabelParser >= 0 && LabelParser < parsers && Head[LabelParser][d] == h;
            if (fromLabelParser) best = Label[LabelParser][d];
            for (int k = 0; k < parsers && !fromLabelParser; k++)
            {
                if (Head[k][d] != h) continue;
                int lab = Label[k][d];
                float vote = 0;
                for (int j = 0; j < parsers; j++)
                    if (Head[j][d] == h && Label[j][d] == lab)
                        vote += Vote(j, LabelMargin[j][d]);
                if (vote > bestVote) { bestVote = vote; best = lab; }
            }
            if (best < 0) best = Label[0][d]; // an arc no parser made (possible only to close the tree)
            if (h == n) best = rootLabel;
            else if (best == rootLabel) best = Label[0][d] != rootLabel ? Label[0][d] : Label[Math.Min(1, parsers - 1)][d];
            Result[d] = best;
            heads[d] = h == n ? -1 : h;
        }
    }
}
