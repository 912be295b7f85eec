using System.Runtime.CompilerServices;
using Tidings.Learning;

namespace Tidings.Syntax;

/// <summary>One word given to the parser: surface form, UPOS, XPOS (Penn tag) and lemma.
/// Tags and lemmas may be predicted or gold; empty strings are allowed.</summary>
public readonly record struct ParserInput(string Form, string Upos, string Xpos, string Lemma);

/// <summary>
/// Feature extraction for the arc-hybrid parser, in the manner of Zhang &amp; Nivre (2011): words, tags and
/// lemmas of s0..s2 and b0..b2, the outer children of s0, s1 and b0 with their relations, valencies,
/// distances and relation sets, and their pairs and triples. Each word's atoms (normalized form, XPOS, UPOS,
/// lemma) are hashed once per sentence; a feature key is then a cheap mix of a template number and atoms,
/// so extraction allocates nothing. The key function is part of the model format (see
/// <see cref="DependencyParser"/>'s model version).
/// </summary>
public sealed class ParserFeatures
{
    /// <summary>Upper bound on the number of features of one configuration.</summary>
    public const int MaxFeatures = 216;

    // Atoms per position 0..n (n = root) plus a "none" value for absent positions.
    private ulong[] _w = new ulong[64], _p = new ulong[64], _u = new ulong[64], _l = new ulong[64], _s = new ulong[64], _h = new ulong[64], _a = new ulong[64];
    private int _n;
    private bool _supertags, _headTags, _alternatives;
    // Stacking (Nivre & McDonald 2008): the guide (graph-based) parser's tree of the same sentence, heads with the root
    // as n and relation indexes, and each word's leftmost and rightmost guide dependent (-1 when none).
    private int[] _gh = new int[64], _gl = new int[64], _glc = new int[64], _grc = new int[64];
    private bool _guided;

    // Shared with GraphFeatures: both parsers hash a word's atoms alike.
    internal const ulong NoneW = 0x6A09E667F3BCC908UL, NoneP = 0xBB67AE8584CAA73BUL, NoneU = 0x3C6EF372FE94F82BUL, NoneL = 0xA54FF53A5F1D36F1UL;
    internal const ulong NoneS = 0x1F83D9ABFB41BD6CUL, RootS = 0x9B05688C2B3E6C20UL;
    internal const ulong RootW = 0x510E527FADE682D1UL, RootP = 0x9B05688C2B3E6C1FUL, RootU = 0x1F83D9ABFB41BD6BUL, RootL = 0x5BE0CD19137E2179UL;

    /// <summary>A word's atom hashes: form, XPOS, UPOS and lemma (the form when it has none), as both parsers read them.</summary>
    internal static (ulong W, ulong P, ulong U, ulong L) WordAtoms(ParserInput x) =>
        (NormHash(1, x.Form), Hash(2, x.Xpos), Hash(3, x.Upos), NormHash(4, string.IsNullOrEmpty(x.Lemma) ? x.Form : x.Lemma));

    /// <summary>The hash of a supertag class (<see cref="Supertagger"/>).</summary>
    internal static ulong SupertagAtom(int supertag) => FeatureHash.Mix(0x59E3779B1UL + (ulong)supertag);

    /// <summary>Hashes the atoms of a sentence's words (position n is the root), with their supertags
    /// (<see cref="Supertagger"/> classes) when the model uses them; empty when it does not.</summary>
    public void Load(IReadOnlyList<ParserInput> words, ReadOnlySpan<int> supertags = default) => Load(words, supertags, default, default);

    /// <summary>As above, with the guide parser's tree of the same words (heads with the root as n, relation indexes) for a
    /// stacked parser; empty spans for a parser without a guide.</summary>
    public void Load(IReadOnlyList<ParserInput> words, ReadOnlySpan<int> supertags, ReadOnlySpan<int> guideHead, ReadOnlySpan<int> guideLabel,
        ReadOnlySpan<int> headTags = default, ReadOnlySpan<int> alternatives = default)
    {
        int n = words.Count;
        _headTags = !headTags.IsEmpty;
        _alternatives = !alternatives.IsEmpty;
        _guided = !guideHead.IsEmpty;
        if (_guided)
        {
            if (_gh.Length < n + 1) { int g = Math.Max(n + 1, _gh.Length * 2); _gh = new int[g]; _gl = new int[g]; _glc = new int[g]; _grc = new int[g]; }
            for (int i = 0; i <= n; i++) { _glc[i] = -1; _grc[i] = -1; }
            for (int i = 0; i < n; i++)
            {
                int h = guideHead[i];
                _gh[i] = h; _gl[i] = guideLabel[i];
                if ((uint)h > (uint)n) continue;
                if (_glc[h] < 0) _glc[h] = i; // i rises, so the first is the leftmost
                _grc[h] = i;
            }
            _gh[n] = -1; _gl[n] = -1;
        }
        if (_w.Length < n + 1)
        {
            int m = Math.Max(n + 1, _w.Length * 2);
            _w = new ulong[m]; _p = new ulong[m]; _u = new ulong[m]; _l = new ulong[m]; _s = new ulong[m]; _h = new ulong[m]; _a = new ulong[m];
        }
        _supertags = !supertags.IsEmpty;
        _n = n;
        for (int i = 0; i < n; i++)
        {
            (_w[i], _p[i], _u[i], _l[i]) = WordAtoms(words[i]);
            _s[i] = _supertags ? SupertagAtom(supertags[i]) : NoneS;
            _h[i] = _headTags ? FeatureHash.Mix(0x3A4E5F0B7UL + (ulong)headTags[i]) : NoneS;
            _a[i] = _alternatives ? FeatureHash.Mix(0x7C15A3E9D1UL + (ulong)(alternatives[i] + 1)) : NoneS;
        }
        _w[n] = RootW; _p[n] = RootP; _u[n] = RootU; _l[n] = RootL; _s[n] = RootS; _h[n] = RootS; _a[n] = RootS;
    }

    internal static ulong Hash(int kind, string? s) => FeatureHash.Mix(FeatureHash.Add(FeatureHash.Start(kind), (s ?? "").AsSpan()));

    /// <summary>Hash of the lowercased form with every digit as '0' (so numbers share weights); the graph parser's
    /// features use it too.</summary>
    internal static ulong NormHash(int kind, string? s)
    {
        ulong h = FeatureHash.Start(kind);
        const ulong prime = 1099511628211UL;
        foreach (char c in (s ?? "").AsSpan())
        {
            char d = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
            h = (h ^ d) * prime;
        }
        return FeatureHash.Mix(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong W(int i) => i < 0 ? NoneW : _w[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong P(int i) => i < 0 ? NoneP : _p[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong U(int i) => i < 0 ? NoneU : _u[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong S(int i) => i < 0 ? NoneS : _s[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong L(int i) => i < 0 ? NoneL : _l[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong H(int i) => i < 0 ? NoneS : _h[i];
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong A(int i) => i < 0 ? NoneS : _a[i];

    private const ulong K1 = 0x9E3779B97F4A7C15UL, K2 = 0xC2B2AE3D27D4EB4FUL, K3 = 0x165667B19E3779F9UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int t, ulong a) => FeatureHash.Mix(((ulong)t * K3) ^ a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int t, ulong a, ulong b) => FeatureHash.Mix(((ulong)t * K3) ^ a ^ (b * K1 + 0x5851F42D4C957F2DUL));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int t, ulong a, ulong b, ulong c) =>
        FeatureHash.Mix(((ulong)t * K3) ^ a ^ (b * K1 + 0x5851F42D4C957F2DUL) ^ FeatureHash.Mix(c * K2 + 0x14057B7EF767814FUL));

    /// <summary>Distance bucket (1,2,3,4,5-6,7-9,10+), as an atom.</summary>
    private static ulong Dist(int a, int b)
    {
        if (a < 0 || b < 0) return 99;
        int d = Math.Abs(b - a);
        return (ulong)(d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7);
    }

    private static ulong Val(int v) => (ulong)Math.Min(v, 5) + 1000;
    private static ulong Lab(TransitionState st, int i) => i < 0 ? 0x777UL : (ulong)(st.LabelAt(i) + 2000);

    /// <summary>Writes the features of configuration <paramref name="st"/> into <paramref name="f"/>; returns their count.</summary>
    public int Extract(TransitionState st, Span<ulong> f)
    {
        int k = 0;
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
        int b0 = st.Buf(0), b1 = st.Buf(1), b2 = st.Buf(2);
        int s0l1 = st.L1(s0), s0l2 = st.L2(s0), s0r1 = st.R1(s0), s0r2 = st.R2(s0);
        int s1l1 = st.L1(s1), s1r1 = st.R1(s1), s1r2 = st.R2(s1);
        int b0l1 = st.L1(b0), b0l2 = st.L2(b0);

        ulong s0w = W(s0), s0p = P(s0), s0u = U(s0), s0m = L(s0);
        ulong s1w = W(s1), s1p = P(s1), s1u = U(s1), s1m = L(s1);
        ulong s2w = W(s2), s2p = P(s2);
        ulong b0w = W(b0), b0p = P(b0), b0u = U(b0), b0m = L(b0);
        ulong b1w = W(b1), b1p = P(b1);
        ulong b2w = W(b2), b2p = P(b2);

        // Single positions.
        f[k++] = Key(0, 0x12345);            // bias
        f[k++] = Key(1, s0w); f[k++] = Key(2, s0p); f[k++] = Key(3, s0w, s0p); f[k++] = Key(4, s0m); f[k++] = Key(5, s0u);
        f[k++] = Key(6, b0w); f[k++] = Key(7, b0p); f[k++] = Key(8, b0w, b0p); f[k++] = Key(9, b0m); f[k++] = Key(10, b0u);
        f[k++] = Key(11, b1w); f[k++] = Key(12, b1p); f[k++] = Key(13, b1w, b1p);
        f[k++] = Key(14, b2w); f[k++] = Key(15, b2p); f[k++] = Key(16, b2w, b2p);
        f[k++] = Key(17, s1w); f[k++] = Key(18, s1p); f[k++] = Key(19, s1w, s1p); f[k++] = Key(20, s1m);
        f[k++] = Key(21, s2w); f[k++] = Key(22, s2p);
        f[k++] = Key(23, b0w, b1w); f[k++] = Key(24, s0w, b1w); f[k++] = Key(25, s1w ^ s1p * K2, b0w ^ b0p * K2);

        // Pairs of s0 and b0.
        f[k++] = Key(30, s0w ^ s0p * K2, b0w ^ b0p * K2);
        f[k++] = Key(31, s0w ^ s0p * K2, b0w);
        f[k++] = Key(32, s0w, b0w ^ b0p * K2);
        f[k++] = Key(33, s0w ^ s0p * K2, b0p);
        f[k++] = Key(34, s0p, b0w ^ b0p * K2);
        f[k++] = Key(35, s0w, b0w);
        f[k++] = Key(36, s0p, b0p);
        f[k++] = Key(37, b0p, b1p);
        f[k++] = Key(38, s0m, b0m);
        f[k++] = Key(39, s0u, b0u);
        // Pairs of s1 and s0 (the RIGHT decision).
        f[k++] = Key(40, s1w ^ s1p * K2, s0w ^ s0p * K2);
        f[k++] = Key(41, s1w ^ s1p * K2, s0w);
        f[k++] = Key(42, s1w, s0w ^ s0p * K2);
        f[k++] = Key(43, s1w ^ s1p * K2, s0p);
        f[k++] = Key(44, s1p, s0w ^ s0p * K2);
        f[k++] = Key(45, s1w, s0w);
        f[k++] = Key(46, s1p, s0p);
        f[k++] = Key(47, s1m, s0m);
        f[k++] = Key(48, s1p, b0p);
        f[k++] = Key(49, s1w, b0w);

        // Tag triples.
        f[k++] = Key(50, b0p, b1p, b2p);
        f[k++] = Key(51, s0p, b0p, b1p);
        f[k++] = Key(52, s1p, s0p, b0p);
        f[k++] = Key(53, s2p, s1p, s0p);
        f[k++] = Key(54, s0p, P(s0l1), b0p);
        f[k++] = Key(55, s0p, P(s0r1), b0p);
        f[k++] = Key(56, s0p, b0p, P(b0l1));
        f[k++] = Key(57, s1p, s0p, P(s0l1));
        f[k++] = Key(58, s1p, s0p, P(s0r1));
        f[k++] = Key(59, s1p, P(s1r1), s0p);
        f[k++] = Key(60, s1p, P(s1l1), s0p);
        f[k++] = Key(61, s0p, P(s0l1), P(s0l2));
        f[k++] = Key(62, s0p, P(s0r1), P(s0r2));
        f[k++] = Key(63, b0p, P(b0l1), P(b0l2));
        f[k++] = Key(64, s1p, P(s1r1), P(s1r2));
        f[k++] = Key(65, s1u, s0u, b0u);
        f[k++] = Key(66, s0w, b0p, b1p);
        f[k++] = Key(67, s0p, b0w, b1p);
        f[k++] = Key(68, s1w, s0p, b0p);
        f[k++] = Key(69, s1p, s0w, b0p);
        f[k++] = Key(70, s1p, s0p, b0w);

        // Distance.
        ulong d = Dist(s0, b0), d1 = Dist(s1, s0);
        f[k++] = Key(80, s0w, d); f[k++] = Key(81, s0p, d); f[k++] = Key(82, b0w, d); f[k++] = Key(83, b0p, d);
        f[k++] = Key(84, s0w, b0w, d); f[k++] = Key(85, s0p, b0p, d);
        f[k++] = Key(86, s1w, d1); f[k++] = Key(87, s1p, d1); f[k++] = Key(88, s0w, d1); f[k++] = Key(89, s0p, d1);
        f[k++] = Key(90, s1w, s0w, d1); f[k++] = Key(91, s1p, s0p, d1);

        // Valency.
        ulong s0vl = Val(st.LeftCount(s0)), s0vr = Val(st.RightCount(s0)), s1vl = Val(st.LeftCount(s1)), s1vr = Val(st.RightCount(s1));
        ulong b0vl = Val(st.LeftCount(b0));
        f[k++] = Key(100, s0w, s0vr); f[k++] = Key(101, s0p, s0vr); f[k++] = Key(102, s0w, s0vl); f[k++] = Key(103, s0p, s0vl);
        f[k++] = Key(104, b0w, b0vl); f[k++] = Key(105, b0p, b0vl);
        f[k++] = Key(106, s1w, s1vr); f[k++] = Key(107, s1p, s1vr); f[k++] = Key(108, s1w, s1vl); f[k++] = Key(109, s1p, s1vl);

        // Children: words, tags, relations.
        f[k++] = Key(110, W(s0l1)); f[k++] = Key(111, P(s0l1)); f[k++] = Key(112, Lab(st, s0l1));
        f[k++] = Key(113, W(s0r1)); f[k++] = Key(114, P(s0r1)); f[k++] = Key(115, Lab(st, s0r1));
        f[k++] = Key(116, W(s0l2)); f[k++] = Key(117, P(s0l2)); f[k++] = Key(118, Lab(st, s0l2));
        f[k++] = Key(119, W(s0r2)); f[k++] = Key(120, P(s0r2)); f[k++] = Key(121, Lab(st, s0r2));
        f[k++] = Key(122, W(b0l1)); f[k++] = Key(123, P(b0l1)); f[k++] = Key(124, Lab(st, b0l1));
        f[k++] = Key(125, W(b0l2)); f[k++] = Key(126, P(b0l2)); f[k++] = Key(127, Lab(st, b0l2));
        f[k++] = Key(128, W(s1l1)); f[k++] = Key(129, P(s1l1)); f[k++] = Key(130, Lab(st, s1l1));
        f[k++] = Key(131, W(s1r1)); f[k++] = Key(132, P(s1r1)); f[k++] = Key(133, Lab(st, s1r1));
        f[k++] = Key(134, s0p, Lab(st, s0l1), Lab(st, s0l2));
        f[k++] = Key(135, s0p, Lab(st, s0r1), Lab(st, s0r2));
        f[k++] = Key(136, b0p, Lab(st, b0l1), Lab(st, b0l2));
        f[k++] = Key(137, s1p, Lab(st, s1r1), s0p);
        f[k++] = Key(138, s0w, Lab(st, s0r1));
        f[k++] = Key(139, b0w, Lab(st, b0l1));

        // Relation sets.
        ulong s0ls = st.LeftLabels(s0) * K1 + 3, s0rs = st.RightLabels(s0) * K1 + 5, b0ls = st.LeftLabels(b0) * K1 + 7;
        ulong s1rs = st.RightLabels(s1) * K1 + 11, s1ls = st.LeftLabels(s1) * K1 + 13;
        f[k++] = Key(140, s0w, s0rs); f[k++] = Key(141, s0p, s0rs); f[k++] = Key(142, s0w, s0ls); f[k++] = Key(143, s0p, s0ls);
        f[k++] = Key(144, b0w, b0ls); f[k++] = Key(145, b0p, b0ls);
        f[k++] = Key(146, s1w, s1rs); f[k++] = Key(147, s1p, s1rs); f[k++] = Key(148, s1p, s1ls);

        // Lemma and word mixes that help relation choice (obj vs obl, nsubj:pass, xcomp vs ccomp).
        f[k++] = Key(150, s0m, b0p); f[k++] = Key(151, s0p, b0m); f[k++] = Key(152, s1m, s0p); f[k++] = Key(153, s1p, s0m);
        f[k++] = Key(154, s0m, W(s0l1)); f[k++] = Key(155, b0m, W(b0l1)); f[k++] = Key(156, s1m, s0m, W(s0l1));
        f[k++] = Key(157, s0m, s0p, P(s0l1)); f[k++] = Key(158, b0m, b0p, P(b0l1));

        if (_supertags)
        {
            // Supertags: each word's guessed relation and head side, from evidence on both sides of it.
            ulong s0s = S(s0), s1s = S(s1), b0s = S(b0), b1s = S(b1);
            f[k++] = Key(172, s0s); f[k++] = Key(173, b0s); f[k++] = Key(174, s1s); f[k++] = Key(175, b1s);
            f[k++] = Key(176, s0s, b0s); f[k++] = Key(177, s1s, s0s); f[k++] = Key(178, s0s, b0s, b1s);
            f[k++] = Key(179, s1s, s0s, b0s); f[k++] = Key(180, s0p, s0s); f[k++] = Key(181, b0p, b0s);
            f[k++] = Key(182, s0w, s0s); f[k++] = Key(183, b0w, b0s); f[k++] = Key(184, s0s, b0s, d);
            f[k++] = Key(185, s1s, s0s, d1); f[k++] = Key(186, S(s2), s1s, s0s); f[k++] = Key(187, S(s0l1), s0s, b0s);
        }
        // The optional blocks live in their own method: inside this one they would exhaust the JIT's inlining budget, and the
        // key mixes of the blocks above would become calls.
        if (_headTags || _alternatives) k = ExtractSupertagOptions(f, k, s0, s1, b0, b0u, s1u, s0u, b0p, s1p, d, d1);
        if (_guided)
        {
            // Stacking: what the guide parser's tree says about the words the next transition decides on. The
            // arc-hybrid LEFT makes b0 the head of s0, RIGHT makes s1 the head of s0.
            ulong sb = s0 < 0 || b0 < 0 ? 3UL : _gh[s0] == b0 ? 1UL : _gh[b0] == s0 ? 2UL : 0UL;
            ulong ss = s0 < 0 || s1 < 0 ? 3UL : _gh[s0] == s1 ? 1UL : _gh[s1] == s0 ? 2UL : 0UL;
            ulong sbLab = sb == 1 ? GL(s0) : sb == 2 ? GL(b0) : 0x888UL;
            ulong ssLab = ss == 1 ? GL(s0) : ss == 2 ? GL(s1) : 0x888UL;
            ulong ws0 = Where(s0, s0, s1, b0), wb0 = Where(b0, s0, s1, b0), ws1 = Where(s1, s0, s1, b0);
            // s0 still awaits guide dependents in the buffer (reducing it now would strand them); b0 has guide dependents
            // on its left that are not yet attached (on the stack).
            ulong s0pend = s0 >= 0 && b0 >= 0 && _grc[s0] >= b0 ? 1UL : 0UL;
            ulong b0left = b0 >= 0 && _glc[b0] >= 0 && _glc[b0] < b0 && (s0 < 0 || _glc[b0] <= s0) ? 1UL : 0UL;
            f[k++] = Key(190, sb); f[k++] = Key(191, sb, s0p, b0p); f[k++] = Key(192, sb, sbLab);
            f[k++] = Key(193, ss); f[k++] = Key(194, ss, s1p, s0p); f[k++] = Key(195, ss, ssLab);
            f[k++] = Key(196, ws0, GL(s0)); f[k++] = Key(197, wb0, GL(b0)); f[k++] = Key(198, ws1, GL(s1));
            f[k++] = Key(199, ws0, s0p); f[k++] = Key(200, wb0, b0p); f[k++] = Key(201, s0pend, sb, ws0);
            f[k++] = Key(202, ws0, wb0, ws1); f[k++] = Key(203, GL(s0), s0w); f[k++] = Key(204, GL(b0), b0w);
            f[k++] = Key(205, b0left, wb0, sb);
            // The guide's view conjoined with the supertags and the next buffer word.
            f[k++] = Key(206, sb, S(s0), S(b0)); f[k++] = Key(207, GL(s0), GL(b0), sb);
            f[k++] = Key(208, Where(b1, s0, s1, b0), GL(b1), b1 >= 0 ? P(b1) : 0UL);
            f[k++] = Key(209, s0pend, b0left, sb * 4 + ss);
        }
        return k;
    }

    /// <summary>The head tagger's and the supertagger's runner-up features (see <see cref="Extract"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ExtractSupertagOptions(Span<ulong> f, int k, int s0, int s1, int b0, ulong b0u, ulong s1u, ulong s0u,
        ulong b0p, ulong s1p, ulong d, ulong d1)
    {
        if (_headTags)
        {
            // The guessed kind and side of each word's head against the candidates: LEFT makes b0 the head of s0, RIGHT s1.
            ulong hs0 = H(s0), hb0 = H(b0), hs1 = H(s1);
            f[k++] = Key(230, hs0, b0u); f[k++] = Key(231, hs0, s1u); f[k++] = Key(232, hs0, b0u, s1u);
            f[k++] = Key(233, hs0, b0p, d); f[k++] = Key(234, hs0, s1p, d1); f[k++] = Key(235, hb0, s0u);
            f[k++] = Key(236, hs0, hb0); f[k++] = Key(237, hs1, s0u); f[k++] = Key(238, hs0, S(s0), b0u);
        }
        if (_alternatives)
        {
            // The supertagger's runner-up where it was unsure: how far the parser may trust the guess.
            ulong as0 = A(s0), ab0 = A(b0);
            f[k++] = Key(240, as0, S(s0)); f[k++] = Key(241, ab0, S(b0)); f[k++] = Key(242, as0, S(b0));
            f[k++] = Key(243, S(s0), ab0); f[k++] = Key(244, as0, b0u); f[k++] = Key(245, ab0, s0u);
            f[k++] = Key(246, A(s1), S(s0));
        }
        return k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong GL(int i) => i < 0 || i >= _n ? 0x999UL : (ulong)_gl[i] + 3000;

    /// <summary>Where word <paramref name="x"/>'s guide head is in the configuration: the root, b0, s1, s0, further in the
    /// buffer, left of x (deeper in the stack or already reduced), or between x and b0.</summary>
    private ulong Where(int x, int s0, int s1, int b0)
    {
        if (x < 0 || x >= _n) return 9;
        int h = _gh[x];
        if (h == _n) return 1;
        if (h == b0) return 2;
        if (h == s1) return 3;
        if (h == s0) return 4;
        if (b0 >= 0 && h > b0) return 5;
        return h < x ? 6UL : 7UL;
    }
}
