namespace Tidings.Syntax;

/// <summary>
/// Parser combination by reparsing (Sagae &amp; Lavie 2006; Hall et al. 2007): the trees of a left-to-right and a
/// right-to-left parser vote on arcs, each vote weighted by the confidence of the transition that made the arc, and
/// the tree of greatest total weight is found with Eisner's projective algorithm (both input trees are projective,
/// so the best tree over their arcs is too), with exactly one word on the root. Relations come from the parser
/// whose arc is kept (from the more confident one when both made it). Not thread-safe: one per thread.
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

    // Sized together: arcs (n + 1)², spans twice that (allocation below keeps the ratio).
    private float[] _arc = new float[64];
    private float[] _ic = new float[128], _cc = new float[128]; // incomplete / complete spans, [s, t, direction]
    private int[] _icSplit = new int[128], _ccSplit = new int[128];
    private int[] _heads = new int[16];
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
            Result = new int[m]; _heads = new int[m];
        }
    }

    /// <summary>True when every arc of parser <paramref name="k"/>'s tree was made with a margin of at least <see cref="SkipMargin"/>.</summary>
    public bool Confident(int k, int n)
    {
        var a = ArcMargin[k];
        for (int i = 0; i < n; i++) if (!(a[i] >= SkipMargin)) return false;
        return true;
    }

    private static float Confidence(float margin) => margin <= 0 || float.IsNaN(margin) ? 0 : float.IsInfinity(margin) ? 1 : margin / (margin + Scale);

    private static float Weight(int k) => k == 0 ? 1 : MemberWeight;

    /// <summary>The vote of parser <paramref name="k"/> for an arc it made with margin <paramref name="margin"/>.</summary>
    internal static float ArcWeight(int k, float margin) => Weight(k) * (1 + Gain * Confidence(margin)) + (k == 0 ? Tie : 0);

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
            if (_arc.Length < m * m)
            {
                int size = m * m * 2;
                _arc = new float[size];
                _ic = new float[size * 2]; _cc = new float[size * 2];
                _icSplit = new int[size * 2]; _ccSplit = new int[size * 2];
            }
            Array.Clear(_arc, 0, m * m);
            for (int k = 0; k < parsers; k++)
            {
                var hk = Head[k];
                var ak = ArcMargin[k];
                for (int d = 0; d < n; d++)
                {
                    int h = hk[d] == n ? 0 : hk[d] + 1;
                    _arc[h * m + d + 1] += ArcWeight(k, ak[d]);
                }
            }
            Eisner(n);
            for (int d = 0; d < n; d++) heads[d] = _heads[d + 1] == 0 ? n : _heads[d + 1] - 1;
        }
        else for (int d = 0; d < n; d++) heads[d] = Head[0][d];
        if (_labelVote.Length < parsers) _labelVote = new float[parsers];
        for (int d = 0; d < n; d++)
        {
            int h = heads[d];
            // The relation: among the parsers that made the kept arc, the one with most (confidence-weighted) support.
            int best = -1;
            float bestVote = float.NegativeInfinity;
            for (int k = 0; k < parsers; k++)
            {
                if (Head[k][d] != h) continue;
                int lab = Label[k][d];
                float vote = 0;
                for (int j = 0; j < parsers; j++)
                    if (Head[j][d] == h && Label[j][d] == lab)
                        vote += Weight(j) * (1 + Gain * Confidence(LabelMargin[j][d])) + (j == 0 ? Tie : 0);
                if (vote > bestVote) { bestVote = vote; best = lab; }
            }
            if (best < 0) best = Label[0][d]; // an arc no parser made (possible only to close the tree)
            if (h == n) best = rootLabel;
            else if (best == rootLabel) best = Label[0][d] != rootLabel ? Label[0][d] : Label[Math.Min(1, parsers - 1)][d];
            Result[d] = best;
            heads[d] = h == n ? -1 : h;
        }
    }

    // Eisner (1996) over positions 0..n with the root at 0 taking exactly one child: spans over the words 1..n,
    // then the root's single arc joins a left-complete span ending at r and a right-complete one starting there.
    // Index of span (s, t) with direction dir (0 = head on the left, s; 1 = head on the right, t).
    private int Ix(int s, int t, int dir) => ((s * (_m)) + t) * 2 + dir;
    private int _m;

    private void Eisner(int n)
    {
        int m = n + 1;
        _m = m;
        for (int s = 1; s <= n; s++)
        {
            _cc[Ix(s, s, 0)] = 0; _cc[Ix(s, s, 1)] = 0;
        }
        for (int len = 1; len < n; len++)
        {
            for (int s = 1; s + len <= n; s++)
            {
                int t = s + len;
                float best = float.NegativeInfinity;
                int split = s;
                for (int r = s; r < t; r++)
                {
                    float v = _cc[Ix(s, r, 0)] + _cc[Ix(r + 1, t, 1)];
                    if (v > best) { best = v; split = r; }
                }
                _ic[Ix(s, t, 0)] = best + _arc[s * m + t]; _icSplit[Ix(s, t, 0)] = split; // s → t
                _ic[Ix(s, t, 1)] = best + _arc[t * m + s]; _icSplit[Ix(s, t, 1)] = split; // t → s
                best = float.NegativeInfinity; split = s;
                for (int r = s; r < t; r++) // head t: complete (s, r) headed at r, then incomplete (r, t) headed at t
                {
                    float v = _cc[Ix(s, r, 1)] + _ic[Ix(r, t, 1)];
                    if (v > best) { best = v; split = r; }
                }
                _cc[Ix(s, t, 1)] = best; _ccSplit[Ix(s, t, 1)] = split;
                best = float.NegativeInfinity; split = t;
                for (int r = s + 1; r <= t; r++) // head s: incomplete (s, r), then complete (r, t) headed at r
                {
                    float v = _ic[Ix(s, r, 0)] + _cc[Ix(r, t, 0)];
                    if (v > best) { best = v; split = r; }
                }
                _cc[Ix(s, t, 0)] = best; _ccSplit[Ix(s, t, 0)] = split;
            }
        }
        float top = float.NegativeInfinity;
        int root = 1;
        for (int r = 1; r <= n; r++)
        {
            float v = _cc[Ix(1, r, 1)] + _cc[Ix(r, n, 0)] + _arc[r];
            if (v > top) { top = v; root = r; }
        }
        _heads[root] = 0;
        Complete(1, root, 1);
        Complete(root, n, 0);
    }

    private void Complete(int s, int t, int dir)
    {
        if (s == t) return;
        int r = _ccSplit[Ix(s, t, dir)];
        if (dir == 1) { Complete(s, r, 1); Incomplete(r, t, 1); }
        else { Incomplete(s, r, 0); Complete(r, t, 0); }
    }

    private void Incomplete(int s, int t, int dir)
    {
        int r = _icSplit[Ix(s, t, dir)];
        if (dir == 0) _heads[t] = s; else _heads[s] = t;
        Complete(s, r, 0);
        Complete(r + 1, t, 1);
    }
}
