using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tidings.Syntax.Neural;

/// <summary>
/// A frozen weight matrix (rows × cols, as <see cref="Dense"/> stores it) re-laid for <see cref="PackedKernels"/>: cut
/// into tiles of <see cref="Tile"/> consecutive output rows, each tile stored column by column (for column c, the tile's
/// Tile weights of c are adjacent), rows past the end zero. The kernels then keep Tile outputs in vector registers,
/// broadcast one input at a time and never sum across vector lanes; each output is accumulated over c = 0, 1, … in
/// order, one multiply-add at a time, whatever the tiling or the number of words: so a product's result does not depend
/// on how many words are computed together (invariant the sentence-batched recurrence relies on).
/// </summary>
internal sealed class PackedMatrix
{
    /// <summary>Output rows per tile: two vectors (16 floats with AVX2).</summary>
    public static int Tile => 2 * Vector<float>.Count;

    public readonly int Rows, Cols, Tiles;
    /// <summary>Tile j, column c, lane k at (j · Cols + c) · Tile + k = w[j · Tile + k, c].</summary>
    public readonly float[] W;

    public PackedMatrix(ReadOnlySpan<float> w, int rows, int cols)
    {
        if (w.Length < rows * cols) throw new ArgumentException("matrix shorter than rows × cols");
        int tile = Tile;
        Rows = rows;
        Cols = cols;
        Tiles = (rows + tile - 1) / tile;
        W = new float[Tiles * cols * tile];
        for (int r = 0; r < rows; r++)
        {
            int j = r / tile, k = r % tile;
            for (int c = 0; c < cols; c++) W[(j * cols + c) * tile + k] = w[r * cols + c];
        }
    }

    public long Bytes => (long)W.Length * sizeof(float);
}

/// <summary>
/// Products with <see cref="PackedMatrix"/> weights (inference only): outputs in vector lanes, inputs broadcast, so no
/// horizontal sums and, in the batched form, each weight vector loaded once for four words.
/// </summary>
internal static class PackedKernels
{
    /// <summary>
    /// Y[t · ldy + r] += Σ_c W[r, c] X[t · W.Cols + c] for t &lt; count, r &lt; W.Rows: a sentence's words through one
    /// matrix. Tile by tile, so a tile's weights (Cols × Tile floats) stay in L1 while every word passes through them.
    /// </summary>
    public static void MulAdd(PackedMatrix w, ReadOnlySpan<float> x, Span<float> y, int count, int ldy)
    {
        int cols = w.Cols, rows = w.Rows, tile = PackedMatrix.Tile, v = Vector<float>.Count;
        if (count <= 0) return;
        if (x.Length < count * cols || y.Length < (count - 1) * ldy + rows || ldy < rows) throw new ArgumentException("buffers too short");
        ref float wp = ref MemoryMarshal.GetArrayDataReference(w.W);
        ref float xp = ref MemoryMarshal.GetReference(x);
        ref float yp = ref MemoryMarshal.GetReference(y);
        for (int j = 0; j < w.Tiles; j++)
        {
            ref float wj = ref Unsafe.Add(ref wp, j * cols * tile);
            int r0 = j * tile, valid = Math.Min(tile, rows - r0);
            int t = 0;
            for (; t + 3 < count; t += 4)
            {
                ref float x0 = ref Unsafe.Add(ref xp, t * cols);
                ref float x1 = ref Unsafe.Add(ref x0, cols);
                ref float x2 = ref Unsafe.Add(ref x1, cols);
                ref float x3 = ref Unsafe.Add(ref x2, cols);
                Vector<float> a0 = default, b0 = default, a1 = default, b1 = default, a2 = default, b2 = default, a3 = default, b3 = default;
                for (int c = 0; c < cols; c++)
                {
                    var lo = Vector.LoadUnsafe(ref wj, (nuint)(c * tile));
                    var hi = Vector.LoadUnsafe(ref wj, (nuint)(c * tile + v));
                    var s = new Vector<float>(Unsafe.Add(ref x0, c));
                    a0 = Vector.FusedMultiplyAdd(lo, s, a0); b0 = Vector.FusedMultiplyAdd(hi, s, b0);
                    s = new Vector<float>(Unsafe.Add(ref x1, c));
                    a1 = Vector.FusedMultiplyAdd(lo, s, a1); b1 = Vector.FusedMultiplyAdd(hi, s, b1);
                    s = new Vector<float>(Unsafe.Add(ref x2, c));
                    a2 = Vector.FusedMultiplyAdd(lo, s, a2); b2 = Vector.FusedMultiplyAdd(hi, s, b2);
                    s = new Vector<float>(Unsafe.Add(ref x3, c));
                    a3 = Vector.FusedMultiplyAdd(lo, s, a3); b3 = Vector.FusedMultiplyAdd(hi, s, b3);
                }
                ref float y0 = ref Unsafe.Add(ref yp, t * ldy + r0);
                Store(ref y0, a0, b0, valid);
                Store(ref Unsafe.Add(ref y0, ldy), a1, b1, valid);
                Store(ref Unsafe.Add(ref y0, 2 * ldy), a2, b2, valid);
                Store(ref Unsafe.Add(ref y0, 3 * ldy), a3, b3, valid);
            }
            for (; t < count; t++)
            {
                ref float x0 = ref Unsafe.Add(ref xp, t * cols);
                Vector<float> a0 = default, b0 = default;
                for (int c = 0; c < cols; c++)
                {
                    var s = new Vector<float>(Unsafe.Add(ref x0, c));
                    a0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref wj, (nuint)(c * tile)), s, a0);
                    b0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref wj, (nuint)(c * tile + v)), s, b0);
                }
                Store(ref Unsafe.Add(ref yp, t * ldy + r0), a0, b0, valid);
            }
        }
    }

    /// <summary>y[r] += Σ_c W[r, c] x[c]: one vector (the recurrent step, the output layer). Four tiles at a time, so eight
    /// independent sums are in flight.</summary>
    public static void MulAdd(PackedMatrix w, ReadOnlySpan<float> x, Span<float> y)
    {
        int cols = w.Cols, rows = w.Rows, tile = PackedMatrix.Tile, v = Vector<float>.Count;
        if (x.Length < cols || y.Length < rows) throw new ArgumentException("buffers too short");
        ref float wp = ref MemoryMarshal.GetArrayDataReference(w.W);
        ref float xp = ref MemoryMarshal.GetReference(x);
        ref float yp = ref MemoryMarshal.GetReference(y);
        int stride = cols * tile, j = 0;
        for (; j + 3 < w.Tiles; j += 4)
        {
            ref float w0 = ref Unsafe.Add(ref wp, j * stride);
            ref float w1 = ref Unsafe.Add(ref w0, stride);
            ref float w2 = ref Unsafe.Add(ref w1, stride);
            ref float w3 = ref Unsafe.Add(ref w2, stride);
            Vector<float> a0 = default, b0 = default, a1 = default, b1 = default, a2 = default, b2 = default, a3 = default, b3 = default;
            for (int c = 0; c < cols; c++)
            {
                var s = new Vector<float>(Unsafe.Add(ref xp, c));
                nuint o = (nuint)(c * tile);
                a0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w0, o), s, a0); b0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w0, o + (nuint)v), s, b0);
                a1 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w1, o), s, a1); b1 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w1, o + (nuint)v), s, b1);
                a2 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w2, o), s, a2); b2 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w2, o + (nuint)v), s, b2);
                a3 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w3, o), s, a3); b3 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w3, o + (nuint)v), s, b3);
            }
            int r0 = j * tile;
            Store(ref Unsafe.Add(ref yp, r0), a0, b0, Math.Min(tile, rows - r0));
            Store(ref Unsafe.Add(ref yp, r0 + tile), a1, b1, Math.Min(tile, rows - r0 - tile));
            Store(ref Unsafe.Add(ref yp, r0 + 2 * tile), a2, b2, Math.Min(tile, rows - r0 - 2 * tile));
            Store(ref Unsafe.Add(ref yp, r0 + 3 * tile), a3, b3, Math.Min(tile, rows - r0 - 3 * tile));
        }
        for (; j < w.Tiles; j++)
        {
            ref float w0 = ref Unsafe.Add(ref wp, j * stride);
            Vector<float> a0 = default, b0 = default;
            for (int c = 0; c < cols; c++)
            {
                var s = new Vector<float>(Unsafe.Add(ref xp, c));
                nuint o = (nuint)(c * tile);
                a0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w0, o), s, a0);
                b0 = Vector.FusedMultiplyAdd(Vector.LoadUnsafe(ref w0, o + (nuint)v), s, b0);
            }
            int r0 = j * tile;
            Store(ref Unsafe.Add(ref yp, r0), a0, b0, Math.Min(tile, rows - r0));
        }
    }

    /// <summary>y[0 .. valid) += [lo; hi][0 .. valid) (valid ≤ Tile; a whole tile in two vector adds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref float y, Vector<float> lo, Vector<float> hi, int valid)
    {
        int v = Vector<float>.Count;
        if (valid == 2 * v)
        {
            (Vector.LoadUnsafe(ref y) + lo).StoreUnsafe(ref y);
            (Vector.LoadUnsafe(ref y, (nuint)v) + hi).StoreUnsafe(ref y, (nuint)v);
            return;
        }
        // No stackalloc or call here: either would make the JIT keep the kernels' accumulators on the stack.
        for (int k = 0; k < valid; k++) Unsafe.Add(ref y, k) += k < v ? lo[k] : hi[k - v];
    }
}
