using System.Runtime.CompilerServices;
using Tidings.Learning;

namespace Tidings.Syntax;

/// <summary>
/// Arc features of the graph-based parser (<see cref="GraphParser"/>), after McDonald, Crammer &amp; Pereira (2005):
/// head and dependent words, lemmas and tags alone and in pairs, the tags around both, what lies between them, each
/// also conjoined with the arc's direction and distance, and the supertagger's guesses for both words. The words
/// between head and dependent are summarised by which of a few kinds occur there (verb, auxiliary, punctuation,
/// conjunction, preposition, nominal, subordinator) and by counts of verbs and punctuation, read from prefix counts,
/// so an arc costs the same at any length (McDonald's one feature per word between would make parsing cubic), and by how
/// many words of the head's and of the dependent's UPOS lie between (whether the head is the dependent's nearest
/// candidate of its kind: dev UAS alone 83.62 → 84.01).
/// Positions are words 0..n-1 and the root n. The key function is part of the model format (see
/// <see cref="GraphParser.ModelVersion"/>).
/// </summary>
internal sealed class GraphFeatures
{
    /// <summary>Upper bound on the number of features of one arc.</summary>
    public const int MaxFeatures = 64;
    private const int Kinds = 7;

    // Atoms per position 0..n (n = root).
    private ulong[] _w = new ulong[64], _p = new ulong[64], _u = new ulong[64], _l = new ulong[64], _s = new ulong[64];
    // _before[k * (n + 1) + i]: words of kind k among positions 0..i-1.
    private int[] _before = new int[64 * Kinds];
    // _tagBefore[t * (n + 1) + i]: words of UPOS t among positions 0..i-1; _tag[i]: word i's UPOS index.
    private int[] _tagBefore = new int[64 * Tags];
    private int[] _tag = new int[64];
    private const int Tags = 18;
    private int _n;

    public int Count => _n;

    private const ulong NoneP = ParserFeatures.NoneP, NoneS = ParserFeatures.NoneS, RootS = ParserFeatures.RootS, RootD = 0x3243F6A8885A308DUL;
    private const ulong RootW = ParserFeatures.RootW, RootP = ParserFeatures.RootP, RootU = ParserFeatures.RootU, RootL = ParserFeatures.RootL;
    private const ulong K1 = 0x9E3779B97F4A7C15UL, K2 = 0xC2B2AE3D27D4EB4FUL, K3 = 0x165667B19E3779F9UL;

    /// <summary>Hashes the atoms of a sentence's words, with their supertags (<see cref="Supertagger"/> classes) when given.</summary>
    public void Load(IReadOnlyList<ParserInput> words, ReadOnlySpan<int> supertags)
    {
        int n = words.Count;
        if (_w.Length < n + 1)
        {
            int m = Math.Max(n + 1, _w.Length * 2);
            _w = new ulong[m]; _p = new ulong[m]; _u = new ulong[m]; _l = new ulong[m]; _s = new ulong[m];
            _before = new int[m * Kinds];
            _tagBefore = new int[m * Tags];
            _tag = new int[m];
        }
        _n = n;
        bool st = !supertags.IsEmpty;
        Span<int> seen = stackalloc int[Kinds];
        seen.Clear();
        Span<int> tagSeen = stackalloc int[Tags];
        tagSeen.Clear();
        for (int i = 0; i < n; i++)
        {
            var x = words[i];
            // The transition parser's word hashes (lowercased, digits as '0'), so both parsers read words alike.
            (_w[i], _p[i], _u[i], _l[i]) = ParserFeatures.WordAtoms(x);
            _s[i] = st ? ParserFeatures.SupertagAtom(supertags[i]) : NoneS;
            for (int k = 0; k < Kinds; k++) _before[k * (n + 1) + i] = seen[k];
            int kind = KindOf(x.Upos);
            if (kind >= 0) seen[kind]++;
            for (int t = 0; t < Tags; t++) _tagBefore[t * (n + 1) + i] = tagSeen[t];
            int tag = Enum.TryParse<Documents.Upos>(x.Upos, out var u) && (int)u < Tags - 1 ? (int)u : Tags - 1;
            _tag[i] = tag;
            tagSeen[tag]++;
        }
        for (int k = 0; k < Kinds; k++) _before[k * (n + 1) + n] = seen[k];
        for (int t = 0; t < Tags; t++) _tagBefore[t * (n + 1) + n] = tagSeen[t];
        _w[n] = RootW; _p[n] = RootP; _u[n] = RootU; _l[n] = RootL; _s[n] = RootS;
    }

    private static int KindOf(string upos) => upos switch
    {
        "VERB" => 0,
        "AUX" => 1,
        "PUNCT" => 2,
        "CCONJ" => 3,
        "ADP" => 4,
        "NOUN" or "PROPN" or "PRON" or "NUM" => 5,
        "SCONJ" => 6,
        _ => -1,
    };

    // Neighbours outside the sentence, and the root's neighbours, are "none".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong P(int i) => (uint)i < (uint)_n ? _p[i] : NoneP;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int t, ulong a) => FeatureHash.Mix(((ulong)t * K3) ^ a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int t, ulong a, ulong b) => FeatureHash.Mix(((ulong)t * K3) ^ a ^ (b * K1 + 0x5851F42D4C957F2DUL));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int t, ulong a, ulong b, ulong c) =>
        FeatureHash.Mix(((ulong)t * K3) ^ a ^ (b * K1 + 0x5851F42D4C957F2DUL) ^ FeatureHash.Mix(c * K2 + 0x14057B7EF767814FUL));
    /// <summary>Two atoms as one (for features of more than three parts).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pair(ulong a, ulong b) => FeatureHash.Mix(a ^ (b * K2 + 0x2545F4914F6CDD1DUL));

    /// <summary>Distance bucket: 1, 2, 3, 4, 5, 6-7, 8-10, 11-15, 16-20, 21+.</summary>
    private static int Bucket(int d) => d <= 5 ? d : d <= 7 ? 6 : d <= 10 ? 7 : d <= 15 ? 8 : d <= 20 ? 9 : 10;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Between(int kind, int lo, int hi) => _before[kind * (_n + 1) + hi] - _before[kind * (_n + 1) + lo + 1];

    /// <summary>
    /// How many words of the head's tag lie between head and dependent (0: the head is the dependent's nearest candidate
    /// of its kind), and of the dependent's tag (its competitors for this head), capped at 2 each and packed as
    /// 1 + 3·head + dependent; 0 for adjacent words.
    /// </summary>
    private ulong Closer(int h, int d)
    {
        int lo = Math.Min(h, d), hi = Math.Max(h, d), n = _n;
        if (hi - lo <= 1) return 0;
        int th = _tag[h], td = _tag[d];
        int sameH = _tagBefore[th * (n + 1) + hi] - _tagBefore[th * (n + 1) + lo + 1];
        int sameD = _tagBefore[td * (n + 1) + hi] - _tagBefore[td * (n + 1) + lo + 1];
        return (ulong)(Math.Min(sameH, 2) * 3 + Math.Min(sameD, 2) + 1);
    }

    /// <summary>Upper bound on the number of features of <see cref="ExtractCheap"/>.</summary>
    public const int MaxCheapFeatures = 8;

    /// <summary>
    /// A few of <see cref="Extract"/>'s features of the same arc (same keys, so the same weights): direction and distance,
    /// the tag pair with and without them, the UPOS pair, the nearest-candidate count, and the dependent's supertag.
    /// Enough to rank a word's possible heads cheaply and score only the best few with every feature.
    /// </summary>
    public int ExtractCheap(int h, int d, Span<ulong> f)
    {
        int n = _n, k = 0;
        bool root = h == n;
        ulong dir, dd, closer = 0;
        if (root) { dir = 2; dd = RootD; }
        else
        {
            dir = h < d ? 1UL : 0UL;
            dd = dir * 16 + (ulong)Bucket(Math.Abs(h - d)) + 0xD00;
            closer = Closer(h, d) * 4 + dir;
        }
        ulong hp = _p[h], hu = _u[h], dp = _p[d], du = _u[d], ds = _s[d];
        f[k++] = Key(0, dd);
        f[k++] = Key(20, hp, dp); f[k++] = Key(21, hp, dp, dd);
        f[k++] = Key(26, hu, du, dd);
        f[k++] = Key(53, hp, dp, closer);
        f[k++] = Key(44, ds, dd); f[k++] = Key(46, ds, hp, dd);
        return k;
    }

    /// <summary>Writes the features of the arc from head <paramref name="h"/> (n = root) to word <paramref name="d"/>
    /// into <paramref name="f"/>; returns their count.</summary>
    public int Extract(int h, int d, Span<ulong> f)
    {
        int n = _n, k = 0;
        bool root = h == n;
        ulong dir, dd, mask = 0, counts = 0, closer = 0;
        if (root) { dir = 2; dd = RootD; }
        else
        {
            dir = h < d ? 1UL : 0UL;
            dd = dir * 16 + (ulong)Bucket(Math.Abs(h - d)) + 0xD00;
            int lo = Math.Min(h, d), hi = Math.Max(h, d);
            if (hi - lo > 1)
            {
                for (int kind = 0; kind < Kinds; kind++)
                    if (Between(kind, lo, hi) > 0) mask |= 1UL << kind;
                int verbs = Between(0, lo, hi), punct = Between(2, lo, hi);
                counts = (ulong)(Math.Min(verbs, 3) * 4 + Math.Min(punct, 2));
            }
            closer = Closer(h, d) * 4 + dir;
            mask = mask * 4 + dir;
            counts = counts * 4 + dir;
        }
        ulong hw = _w[h], hp = _p[h], hu = _u[h], hl = _l[h], hs = _s[h];
        ulong dw = _w[d], dp = _p[d], du = _u[d], dl = _l[d], ds = _s[d];
        ulong hm1 = root ? NoneP : P(h - 1), hp1 = root ? NoneP : P(h + 1), dm1 = P(d - 1), dp1 = P(d + 1);
        ulong hwp = Pair(hw, hp), dwp = Pair(dw, dp);

        f[k++] = Key(0, dd);
        // Head and dependent alone.
        f[k++] = Key(1, hwp); f[k++] = Key(2, hwp, dd); f[k++] = Key(3, hw); f[k++] = Key(4, hp); f[k++] = Key(5, hp, dd); f[k++] = Key(6, hl);
        f[k++] = Key(7, dwp); f[k++] = Key(8, dwp, dd); f[k++] = Key(9, dw); f[k++] = Key(10, dp); f[k++] = Key(11, dp, dd); f[k++] = Key(12, dl);
        // Pairs.
        f[k++] = Key(13, hwp, dwp); f[k++] = Key(14, hp, dwp); f[k++] = Key(15, hw, dwp); f[k++] = Key(16, hwp, dp); f[k++] = Key(17, hwp, dw);
        f[k++] = Key(18, hw, dw); f[k++] = Key(19, hw, dw, dd); f[k++] = Key(20, hp, dp); f[k++] = Key(21, hp, dp, dd);
        f[k++] = Key(22, hl, dl); f[k++] = Key(23, hl, dl, dir); f[k++] = Key(24, hl, dp, dd); f[k++] = Key(25, hp, dl, dd);
        f[k++] = Key(26, hu, du, dd);
        // Tags around head and dependent.
        ulong hpR = Pair(hp, hp1), hpL = Pair(hm1, hp), dpL = Pair(dm1, dp), dpR = Pair(dp, dp1);
        f[k++] = Key(27, hpR, dpL, dd); f[k++] = Key(28, hpL, dpL, dd); f[k++] = Key(29, hpR, dpR, dd); f[k++] = Key(30, hpL, dpR, dd);
        f[k++] = Key(31, hpR, dpL); f[k++] = Key(32, hpL, dpL); f[k++] = Key(33, hpR, dpR); f[k++] = Key(34, hpL, dpR);
        f[k++] = Key(35, hpL, dp, dd); f[k++] = Key(36, hpR, dp, dd); f[k++] = Key(37, hp, dpL, dd); f[k++] = Key(38, hp, dpR, dd);
        // Between.
        f[k++] = Key(39, hp, dp, mask); f[k++] = Key(40, hu, du, counts); f[k++] = Key(41, hw, dp, mask); f[k++] = Key(42, hp, dw, mask);
        f[k++] = Key(43, hp, dp, Pair(mask, dd));
        f[k++] = Key(52, hu, du, closer); f[k++] = Key(53, hp, dp, closer); f[k++] = Key(54, hw, du, closer);
        // Supertags: the dependent's guessed relation and head side, and the head's own guess.
        f[k++] = Key(44, ds, dd); f[k++] = Key(45, ds, hp, dir); f[k++] = Key(46, ds, hp, dd); f[k++] = Key(47, ds, hs, dir);
        f[k++] = Key(48, ds, hw); f[k++] = Key(49, ds, dw, dd); f[k++] = Key(50, hs, dp, dd); f[k++] = Key(51, ds, Pair(hp, dp), mask);
        return k;
    }
}
