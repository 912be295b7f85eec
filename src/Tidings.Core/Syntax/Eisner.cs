namespace Tidings.Syntax;

/// <summary>
/// Eisner's (1996) algorithm: the projective dependency tree of greatest total arc score, in O(n³), with exactly one
/// word on the root. Shared by parser combination (arc votes) and the graph-based parser (arc scores). Positions are
/// 0 = root and 1..n = words; fill <see cref="Score"/>[h * (n + 1) + d] after <see cref="Start"/>, then
/// <see cref="Decode"/> writes <see cref="Heads"/>[d] for d in 1..n. Not thread-safe: one per thread.
/// </summary>
internal sealed class Eisner
{
    /// <summary>Arc scores, head-major: <c>Score[h * (n + 1) + d]</c>.</summary>
    public float[] Score = new float[64];
    /// <summary>The best tree's heads by position (0 = root), for positions 1..n.</summary>
    public int[] Heads = new int[16];

    // Spans over the words, [s, t, direction]: 0 = head on the left (s), 1 = head on the right (t).
    private float[] _ic = new float[128], _cc = new float[128]; // incomplete / complete
    private int[] _icSplit = new int[128], _ccSplit = new int[128];
    private int _m;

    /// <summary>Makes room for <paramref name="n"/> words; <see cref="Score"/>'s first (n + 1)² entries are then free to fill.</summary>
    public void Start(int n)
    {
        int m = n + 1;
        if (Score.Length < m * m)
        {
            int size = m * m * 2;
            Score = new float[size];
            _ic = new float[size * 2]; _cc = new float[size * 2];
            _icSplit = new int[size * 2]; _ccSplit = new int[size * 2];
        }
        if (Heads.Length < m) Heads = new int[m * 2];
    }

    private int Ix(int s, int t, int dir) => ((s * _m) + t) * 2 + dir;

    /// <summary>Finds the best single-rooted projective tree over <see cref="Score"/> into <see cref="Heads"/>.</summary>
    public void Decode(int n)
    {
        if (n <= 0) return;
        int m = n + 1;
        _m = m;
        var arc = Score;
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
                _ic[Ix(s, t, 0)] = best + arc[s * m + t]; _icSplit[Ix(s, t, 0)] = split; // s → t
                _ic[Ix(s, t, 1)] = best + arc[t * m + s]; _icSplit[Ix(s, t, 1)] = split; // t → s
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
        // The root's single arc joins a left-complete span ending at r and a right-complete one starting there.
        float top = float.NegativeInfinity;
        int root = 1;
        for (int r = 1; r <= n; r++)
        {
            float v = _cc[Ix(1, r, 1)] + _cc[Ix(r, n, 0)] + arc[r];
            if (v > top) { top = v; root = r; }
        }
        Heads[root] = 0;
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
        if (dir == 0) Heads[t] = s; else Heads[s] = t;
        Complete(s, r, 0);
        Complete(r + 1, t, 1);
    }
}
