using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tidings.Syntax.Neural;

/// <summary>
/// Dense vector kernels with <see cref="Vector{T}"/> SIMD (8 floats a step on AVX2). Matrices are row-major
/// float arrays: row r of a rows × cols matrix is <c>w[r * cols .. (r + 1) * cols)</c>. Every "Add" kernel
/// accumulates into its output, so the callers decide when to clear.
/// </summary>
internal static class Dense
{
    /// <summary>Σ a[i] b[i] over a's length (b at least as long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        int n = a.Length;
        b = b[..n];
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        // Two accumulators: the additions of one dot product do not wait on each other.
        Vector<float> s0 = Vector<float>.Zero, s1 = Vector<float>.Zero;
        int k = 0;
        for (; k + 1 < va.Length; k += 2)
        {
            s0 = Vector.FusedMultiplyAdd(va[k], vb[k], s0);
            s1 = Vector.FusedMultiplyAdd(va[k + 1], vb[k + 1], s1);
        }
        if (k < va.Length) s0 = Vector.FusedMultiplyAdd(va[k], vb[k], s0);
        float s = Vector.Sum(s0 + s1);
        for (int i = va.Length * Vector<float>.Count; i < n; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>y += a x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        y = y[..n];
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
        var va = new Vector<float>(a);
        for (int k = 0; k < vx.Length; k++) vy[k] = Vector.FusedMultiplyAdd(va, vx[k], vy[k]);
        for (int i = vx.Length * Vector<float>.Count; i < n; i++) y[i] += a * x[i];
    }

    /// <summary>y += x.</summary>
    public static void Add(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        y = y[..n];
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var vy = MemoryMarshal.Cast<float, Vector<float>>(y);
        for (int k = 0; k < vx.Length; k++) vy[k] += vx[k];
        for (int i = vx.Length * Vector<float>.Count; i < n; i++) y[i] += x[i];
    }

    /// <summary>y[r] += Σ_c w[r, c] x[c] for a rows × x.Length matrix.</summary>
    /// <remarks>Four rows at a time: each vector of x is loaded once for four products, and the four sums do not wait
    /// on each other (the recurrent step of an LSTM is this product, and it cannot be batched over the words).</remarks>
    public static void MulAdd(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y)
    {
        int cols = x.Length, rows = y.Length, r = 0;
        for (; r + 3 < rows; r += 4)
        {
            var (a, b, c, d) = Dot4(w.Slice(r * cols, cols), w.Slice((r + 1) * cols, cols), w.Slice((r + 2) * cols, cols), w.Slice((r + 3) * cols, cols), x);
            y[r] += a; y[r + 1] += b; y[r + 2] += c; y[r + 3] += d;
        }
        for (; r < rows; r++) y[r] += Dot(w.Slice(r * cols, cols), x);
    }

    /// <summary>The dot products of four rows with one vector x (each row at least as long as x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (float, float, float, float) Dot4(ReadOnlySpan<float> r0, ReadOnlySpan<float> r1, ReadOnlySpan<float> r2, ReadOnlySpan<float> r3, ReadOnlySpan<float> x)
    {
        int n = x.Length;
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var v0 = MemoryMarshal.Cast<float, Vector<float>>(r0[..n]);
        var v1 = MemoryMarshal.Cast<float, Vector<float>>(r1[..n]);
        var v2 = MemoryMarshal.Cast<float, Vector<float>>(r2[..n]);
        var v3 = MemoryMarshal.Cast<float, Vector<float>>(r3[..n]);
        Vector<float> s0 = Vector<float>.Zero, s1 = Vector<float>.Zero, s2 = Vector<float>.Zero, s3 = Vector<float>.Zero;
        for (int k = 0; k < vx.Length; k++)
        {
            var xk = vx[k];
            s0 = Vector.FusedMultiplyAdd(v0[k], xk, s0);
            s1 = Vector.FusedMultiplyAdd(v1[k], xk, s1);
            s2 = Vector.FusedMultiplyAdd(v2[k], xk, s2);
            s3 = Vector.FusedMultiplyAdd(v3[k], xk, s3);
        }
        float a = Vector.Sum(s0), b = Vector.Sum(s1), c = Vector.Sum(s2), d = Vector.Sum(s3);
        for (int i = vx.Length * Vector<float>.Count; i < n; i++)
        {
            a += r0[i] * x[i]; b += r1[i] * x[i]; c += r2[i] * x[i]; d += r3[i] * x[i];
        }
        return (a, b, c, d);
    }

    /// <summary>
    /// Y[t] += W X[t] for the <paramref name="count"/> rows of X (count × cols) and Y (count × rows): the same
    /// product as <see cref="MulAdd"/> for a whole sentence, with each block of four weight rows reused across the words
    /// while it is in the L1 cache.
    /// </summary>
    public static void MulAddBatch(ReadOnlySpan<float> w, int rows, int cols, ReadOnlySpan<float> x, Span<float> y, int count)
    {
        int r = 0;
        for (; r + 3 < rows; r += 4)
        {
            ReadOnlySpan<float> w0 = w.Slice(r * cols, cols), w1 = w.Slice((r + 1) * cols, cols), w2 = w.Slice((r + 2) * cols, cols), w3 = w.Slice((r + 3) * cols, cols);
            for (int t = 0; t < count; t++)
            {
                var (a, b, c, d) = Dot4(w0, w1, w2, w3, x.Slice(t * cols, cols));
                var yt = y.Slice(t * rows + r, 4);
                yt[0] += a; yt[1] += b; yt[2] += c; yt[3] += d;
            }
        }
        for (; r < rows; r++)
        {
            var row = w.Slice(r * cols, cols);
            for (int t = 0; t < count; t++) y[t * rows + r] += Dot(row, x.Slice(t * cols, cols));
        }
    }

    /// <summary>avg ← d avg + (1 − d) w, i.e. avg += (1 − d)(w − avg): an exponential moving average of weights.</summary>
    public static void MoveAverage(Span<float> avg, ReadOnlySpan<float> w, float decay)
    {
        int n = avg.Length;
        w = w[..n];
        var va = MemoryMarshal.Cast<float, Vector<float>>(avg);
        var vw = MemoryMarshal.Cast<float, Vector<float>>(w);
        var c = new Vector<float>(1 - decay);
        for (int k = 0; k < va.Length; k++) va[k] = Vector.FusedMultiplyAdd(c, vw[k] - va[k], va[k]);
        for (int i = va.Length * Vector<float>.Count; i < n; i++) avg[i] += (1 - decay) * (w[i] - avg[i]);
    }

    /// <summary>dx[c] += Σ_r w[r, c] dy[r]: the product with the transpose, for back-propagation.</summary>
    public static void MulTransposeAdd(ReadOnlySpan<float> w, ReadOnlySpan<float> dy, Span<float> dx)
    {
        int cols = dx.Length;
        for (int r = 0; r < dy.Length; r++)
            if (dy[r] != 0) Axpy(dy[r], w.Slice(r * cols, cols), dx);
    }

    /// <summary>dw[r, c] += dy[r] x[c]: the gradient of a weight matrix.</summary>
    public static void OuterAdd(ReadOnlySpan<float> dy, ReadOnlySpan<float> x, Span<float> dw)
    {
        int cols = x.Length;
        for (int r = 0; r < dy.Length; r++)
            if (dy[r] != 0) Axpy(dy[r], x, dw.Slice(r * cols, cols));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    /// <summary>x ← σ(x) in place, a vector at a time (the gates of an LSTM step: scalar exponentials cost as much as the products).</summary>
    public static void Sigmoid(Span<float> x)
    {
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        for (int k = 0; k < vx.Length; k++) vx[k] = Vector<float>.One / (Vector<float>.One + Vector.Exp(-vx[k]));
        for (int i = vx.Length * Vector<float>.Count; i < x.Length; i++) x[i] = Sigmoid(x[i]);
    }

    /// <summary>x ← tanh(x) in place, as 2σ(2x) − 1 (absolute error about 1e-7).</summary>
    public static void Tanh(Span<float> x)
    {
        var vx = MemoryMarshal.Cast<float, Vector<float>>(x);
        var two = new Vector<float>(2f);
        for (int k = 0; k < vx.Length; k++) vx[k] = two / (Vector<float>.One + Vector.Exp(-two * vx[k])) - Vector<float>.One;
        for (int i = vx.Length * Vector<float>.Count; i < x.Length; i++) x[i] = MathF.Tanh(x[i]);
    }
}

/// <summary>
/// A trainable array (a matrix or a vector) with its gradient and its Adam moments. An embedding table is
/// <see cref="Sparse"/>: only the rows a batch touched get an update (lazy Adam), so a step costs the words seen,
/// not the vocabulary.
/// </summary>
internal sealed class Parameter
{
    public readonly string Name;
    public readonly int Rows, Cols;
    public readonly float[] W, G;
    public readonly bool Sparse;
    private float[]? _m, _v;
    private readonly bool[] _touched = [];
    private readonly List<int> _touchedRows = [];

    public Parameter(string name, int rows, int cols, bool sparse = false)
    {
        Name = name;
        Rows = rows;
        Cols = cols;
        W = new float[rows * cols];
        G = new float[rows * cols];
        Sparse = sparse;
        if (sparse) _touched = new bool[rows];
    }

    public int Length => W.Length;
    public Span<float> Row(int r) => W.AsSpan(r * Cols, Cols);
    public Span<float> GradRow(int r) => G.AsSpan(r * Cols, Cols);

    /// <summary>Marks an embedding row as having a gradient (sparse tables only).</summary>
    public void Touch(int r)
    {
        if (!Sparse || _touched[r]) return;
        _touched[r] = true;
        _touchedRows.Add(r);
    }

    /// <summary>Uniform initialization in ±sqrt(6 / (fanIn + fanOut)) (Glorot &amp; Bengio 2010).</summary>
    public Parameter Glorot(Random rnd, int fanIn, int fanOut)
    {
        float a = MathF.Sqrt(6f / (fanIn + fanOut));
        for (int i = 0; i < W.Length; i++) W[i] = (float)(rnd.NextDouble() * 2 - 1) * a;
        return this;
    }

    public Parameter Uniform(Random rnd, float a)
    {
        for (int i = 0; i < W.Length; i++) W[i] = (float)(rnd.NextDouble() * 2 - 1) * a;
        return this;
    }

    /// <summary>One Adam step (Kingma &amp; Ba 2015) from the accumulated gradient, which is then cleared.</summary>
    public void AdamStep(float rate, float beta1, float beta2, float epsilon, int step)
    {
        _m ??= new float[W.Length];
        _v ??= new float[W.Length];
        // Bias corrections folded into the rate.
        float lr = rate * MathF.Sqrt(1 - MathF.Pow(beta2, step)) / (1 - MathF.Pow(beta1, step));
        if (!Sparse)
        {
            Update(0, W.Length, lr, beta1, beta2, epsilon);
            return;
        }
        foreach (int r in _touchedRows)
        {
            Update(r * Cols, Cols, lr, beta1, beta2, epsilon);
            _touched[r] = false;
        }
        _touchedRows.Clear();
    }

    private void Update(int start, int count, float lr, float beta1, float beta2, float epsilon)
    {
        var w = W.AsSpan(start, count);
        var g = G.AsSpan(start, count);
        var m = _m.AsSpan(start, count);
        var v = _v.AsSpan(start, count);
        var vw = MemoryMarshal.Cast<float, Vector<float>>(w);
        var vg = MemoryMarshal.Cast<float, Vector<float>>(g);
        var vm = MemoryMarshal.Cast<float, Vector<float>>(m);
        var vv = MemoryMarshal.Cast<float, Vector<float>>(v);
        Vector<float> b1 = new(beta1), c1 = new(1 - beta1), b2 = new(beta2), c2 = new(1 - beta2), rate = new(lr), eps = new(epsilon);
        for (int k = 0; k < vw.Length; k++)
        {
            var gk = vg[k];
            vm[k] = b1 * vm[k] + c1 * gk;
            vv[k] = b2 * vv[k] + c2 * gk * gk;
            vw[k] -= rate * vm[k] / (Vector.SquareRoot(vv[k]) + eps);
            vg[k] = Vector<float>.Zero;
        }
        for (int i = vw.Length * Vector<float>.Count; i < count; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            w[i] -= lr * m[i] / (MathF.Sqrt(v[i]) + epsilon);
            g[i] = 0;
        }
    }

    public void ClearGradient()
    {
        Array.Clear(G);
        if (!Sparse) return;
        foreach (int r in _touchedRows) _touched[r] = false;
        _touchedRows.Clear();
    }
}

/// <summary>Inverted dropout (Srivastava et al. 2014): a kept unit is scaled by 1 / (1 - rate), so inference needs no rescaling.</summary>
internal static class Dropout
{
    /// <summary>Fills <paramref name="mask"/> with 0 or 1 / (1 - rate) and multiplies <paramref name="x"/> by it.</summary>
    public static void Apply(Span<float> x, Span<float> mask, float rate, Random rnd)
    {
        float keep = 1f / (1f - rate);
        for (int i = 0; i < x.Length; i++)
        {
            mask[i] = rnd.NextSingle() < rate ? 0f : keep;
            x[i] *= mask[i];
        }
    }

    /// <summary>The gradient through the same mask.</summary>
    public static void Backward(Span<float> dx, ReadOnlySpan<float> mask)
    {
        for (int i = 0; i < dx.Length; i++) dx[i] *= mask[i];
    }
}
