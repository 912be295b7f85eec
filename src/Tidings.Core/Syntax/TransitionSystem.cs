using System.Runtime.CompilerServices;

namespace Tidings.Syntax;

/// <summary>
/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez &amp; Satta 2011) with the artificial root
/// at the END of the buffer (Ballesteros &amp; Nivre 2013), and the dynamic oracle of Goldberg &amp; Nivre (2013).
/// <para>
/// Words are 0..n-1; the root is position n. A configuration is a stack σ of words, a buffer β = [b, n]
/// (contiguous: arc-hybrid never puts a word back) and the arcs so far.
/// <list type="bullet">
/// <item>SHIFT: push b (b must be a word, not the root).</item>
/// <item>LEFT-l: s0 ← b (s0 gets head b, relation l), pop s0. When b is the root, only allowed if s0 is the
///   last stack item: so exactly one word gets the root, and every final tree is single-rooted.</item>
/// <item>RIGHT-l: s1 → s0 (s0 gets head s1), pop s0. Needs two stack items.</item>
/// </list>
/// From any configuration some transition is legal until the terminal one (empty stack, b = root), and every
/// word is attached exactly once, so every complete parse is a tree with a single root word.
/// </para>
/// Classes (the perceptron's outputs): 0 = SHIFT, 1 + 2l = LEFT-l, 2 + 2l = RIGHT-l for relation index l.
/// </summary>
public sealed class TransitionState
{
    public const int Shift = 0;
    public const int Left = 1;
    public const int Right = 2;

    /// <summary>Move kind (Shift/Left/Right) of a class.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int MoveOf(int cls) => cls == 0 ? Shift : ((cls - 1) & 1) == 0 ? Left : Right;

    /// <summary>Relation index of a LEFT/RIGHT class.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LabelOf(int cls) => (cls - 1) >> 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ClassOf(int move, int label) => move == Shift ? 0 : move == Left ? 1 + 2 * label : 2 + 2 * label;

    public static int ClassCount(int labelCount) => 1 + 2 * labelCount;

    private int[] _stack = new int[16];
    // Per position 0..n (n = root): head (-1 = none yet; n = root), relation index, children summaries.
    private int[] _head = new int[17], _label = new int[17];
    private int[] _l1 = new int[17], _l2 = new int[17], _r1 = new int[17], _r2 = new int[17];
    private int[] _nLeft = new int[17], _nRight = new int[17];
    private ulong[] _leftSet = new ulong[17], _rightSet = new ulong[17];

    public int Length { get; private set; }
    public int StackCount { get; private set; }
    /// <summary>Front of the buffer: a word index, or <see cref="Length"/> for the root.</summary>
    public int B { get; private set; }
    public bool IsTerminal => StackCount == 0 && B == Length;

    /// <summary>Starts a sentence of <paramref name="n"/> words, reusing the arrays.</summary>
    public void Reset(int n)
    {
        if (_head.Length < n + 1) Allocate(Math.Max(n + 1, _head.Length * 2));
        Length = n;
        StackCount = 0;
        B = 0;
        for (int i = 0; i <= n; i++)
        {
            _head[i] = -1; _label[i] = -1;
            _l1[i] = _l2[i] = _r1[i] = _r2[i] = -1;
            _nLeft[i] = _nRight[i] = 0;
            _leftSet[i] = _rightSet[i] = 0;
        }
    }

    /// <summary>Room for sentences of up to <paramref name="m"/> - 1 words (every per-word array has length m).</summary>
    private void Allocate(int m)
    {
        _stack = new int[m];
        _head = new int[m]; _label = new int[m];
        _l1 = new int[m]; _l2 = new int[m]; _r1 = new int[m]; _r2 = new int[m];
        _nLeft = new int[m]; _nRight = new int[m];
        _leftSet = new ulong[m]; _rightSet = new ulong[m];
    }

    /// <summary>Makes this configuration a copy of <paramref name="other"/> (for beam search; reuses the arrays).</summary>
    public void CopyFrom(TransitionState other)
    {
        int n = other.Length;
        if (_head.Length < n + 1 || _stack.Length < other._stack.Length) Allocate(Math.Max(other._head.Length, other._stack.Length));
        Length = n;
        StackCount = other.StackCount;
        B = other.B;
        int len = n + 1;
        Array.Copy(other._stack, _stack, StackCount);
        Array.Copy(other._head, _head, len); Array.Copy(other._label, _label, len);
        Array.Copy(other._l1, _l1, len); Array.Copy(other._l2, _l2, len);
        Array.Copy(other._r1, _r1, len); Array.Copy(other._r2, _r2, len);
        Array.Copy(other._nLeft, _nLeft, len); Array.Copy(other._nRight, _nRight, len);
        Array.Copy(other._leftSet, _leftSet, len); Array.Copy(other._rightSet, _rightSet, len);
    }

    /// <summary>The i-th stack item from the top (0 = s0), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int S(int i) => i < StackCount ? _stack[StackCount - 1 - i] : -1;

    /// <summary>The i-th buffer item (0 = b0; the root is <see cref="Length"/>), or -1 past the root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Buf(int i) => B + i <= Length ? B + i : -1;

    public int HeadOf(int i) => _head[i];
    public int LabelAt(int i) => _label[i];
    /// <summary>Leftmost and second leftmost left children, rightmost and second rightmost right children (-1 = none).</summary>
    public int L1(int i) => i < 0 ? -1 : _l1[i];
    public int L2(int i) => i < 0 ? -1 : _l2[i];
    public int R1(int i) => i < 0 ? -1 : _r1[i];
    public int R2(int i) => i < 0 ? -1 : _r2[i];
    public int LeftCount(int i) => i < 0 ? 0 : _nLeft[i];
    public int RightCount(int i) => i < 0 ? 0 : _nRight[i];
    /// <summary>Set of relations on the left/right children, as a bit mask of relation index mod 64.</summary>
    public ulong LeftLabels(int i) => i < 0 ? 0 : _leftSet[i];
    public ulong RightLabels(int i) => i < 0 ? 0 : _rightSet[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CanShift() => B < Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CanLeft() => StackCount > 0 && (B < Length || StackCount == 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool CanRight() => StackCount > 1;

    public bool IsLegal(int cls) => MoveOf(cls) switch
    {
        Shift => CanShift(),
        Left => CanLeft(),
        _ => CanRight(),
    };

    /// <summary>Applies a legal transition class (callers check <see cref="IsLegal"/>).</summary>
    public void Apply(int cls)
    {
        int move = MoveOf(cls);
        if (move == Shift)
        {
            if (StackCount == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
            _stack[StackCount++] = B++;
            return;
        }
        int label = LabelOf(cls);
        int dep = _stack[--StackCount];
        if (move == Left)
        {
            int h = B;
            _head[dep] = h; _label[dep] = label;
            // Left children arrive right to left: each new one is the leftmost.
            _l2[h] = _l1[h]; _l1[h] = dep;
            _nLeft[h]++;
            _leftSet[h] |= 1UL << (label & 63);
        }
        else
        {
            int h = _stack[StackCount - 1];
            _head[dep] = h; _label[dep] = label;
            // Right children arrive left to right: each new one is the rightmost.
            _r2[h] = _r1[h]; _r1[h] = dep;
            _nRight[h]++;
            _rightSet[h] |= 1UL << (label & 63);
        }
    }

    // ---- dynamic oracle -----------------------------------------------------------------------------------

    /// <summary>
    /// Cost of one labelled transition class given this configuration's move costs (<see cref="Costs"/>): an arc with the
    /// right head but the wrong relation costs one more. Shared by the perceptron, beam and neural trainers.
    /// </summary>
    public int LabelledCost(int shift, int left, int right, int cls, ReadOnlySpan<int> goldHead, ReadOnlySpan<int> goldLabel)
    {
        int move = MoveOf(cls);
        if (move == Shift) return shift;
        int lab = LabelOf(cls), s0 = S(0);
        return move == Left
            ? left + (goldHead[s0] == B && goldLabel[s0] != lab ? 1 : 0)
            : right + (goldHead[s0] == S(1) && goldLabel[s0] != lab ? 1 : 0);
    }

    /// <summary>
    /// Fills <paramref name="costs"/> with every class's labelled cost (int.MaxValue for classes not allowed here) and
    /// returns the least of them: the classes at that cost are the dynamic oracle's correct ones.
    /// </summary>
    public int LabelledCosts(ReadOnlySpan<int> goldHead, ReadOnlySpan<int> goldLabel, int rootLabel, Span<int> costs)
    {
        var (cs, cl, cr) = Costs(goldHead);
        int minCost = int.MaxValue;
        for (int c = 0; c < costs.Length; c++)
        {
            if (!DependencyParser.Allowed(this, c, rootLabel)) { costs[c] = int.MaxValue; continue; }
            int cost = LabelledCost(cs, cl, cr, c, goldHead, goldLabel);
            costs[c] = cost;
            if (cost < minCost) minCost = cost;
        }
        return minCost;
    }

    /// <summary>
    /// Cost (gold arcs made unreachable) of each move in this configuration, after Goldberg &amp; Nivre (2013).
    /// <paramref name="goldHead"/>[i] is word i's gold head with the root as <see cref="Length"/>. Exact for
    /// projective gold trees; for non-projective ones it only counts the gold arcs a move rules out, which is why
    /// the trainers lift gold trees first (<see cref="Projectivize"/>). Illegal moves cost int.MaxValue.
    /// </summary>
    public (int Shift, int Left, int Right) Costs(ReadOnlySpan<int> goldHead)
    {
        int n = Length;
        int shift = int.MaxValue, left = int.MaxValue, right = int.MaxValue;
        int s0 = S(0), s1 = S(1), b = B;
        if (StackCount > 0)
        {
            // Gold dependents of s0 still in the buffer are lost by popping s0 either way.
            int depsInBuffer = 0;
            for (int d = b; d < n; d++) if (goldHead[d] == s0) depsInBuffer++;
            int h = goldHead[s0];
            if (CanLeft())
                left = depsInBuffer + ((h == s1 && s1 >= 0) || (h > b && h <= n) ? 1 : 0);
            if (CanRight())
                right = depsInBuffer + (h >= b && h <= n ? 1 : 0);
        }
        if (CanShift())
        {
            // Pushing b loses its gold head if that is on the stack below s0, and its gold dependents on the stack.
            int c = 0, h = goldHead[b];
            for (int i = 0; i < StackCount; i++)
            {
                int w = _stack[i];
                if (goldHead[w] == b) c++;
                if (w == h && i != StackCount - 1) c++;
            }
            shift = c;
        }
        return (shift, left, right);
    }

    /// <summary>
    /// Lifts non-projective arcs until the tree is projective: the dependent of the shortest crossing arc is
    /// re-attached to its head's head (the lifting step of Nivre &amp; Nilsson 2005, without encoding it in the
    /// label). Heads use the root as <c>heads.Length</c>; returns the number of lifts. Training follows the
    /// dynamic oracle against the lifted tree, for which its costs are exact.
    /// </summary>
    public static int Projectivize(Span<int> heads)
    {
        int n = heads.Length, lifts = 0;
        while (true)
        {
            int worst = -1, worstLen = int.MaxValue;
            for (int d = 0; d < n; d++)
            {
                int h = heads[d];
                if (h >= n) continue; // arcs from the root (at the end) are projective
                int lo = Math.Min(h, d), hi = Math.Max(h, d);
                if (hi - lo >= worstLen) continue;
                for (int k = lo + 1; k < hi; k++)
                {
                    if (Dominates(heads, h, k)) continue;
                    worst = d; worstLen = hi - lo;
                    break;
                }
            }
            if (worst < 0 || lifts > 4 * n) return lifts;
            heads[worst] = heads[heads[worst]];
            lifts++;
        }
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int h, int k)
    {
        int n = heads.Length;
        for (int steps = 0; k < n && steps <= n; steps++)
        {
            if (k == h) return true;
            k = heads[k];
        }
        return k == h;
    }
}
