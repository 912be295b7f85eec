using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Tidings.Learning;

namespace Tidings.Syntax;

/// <summary>
/// The parser's run-time linear model: hashed feature → sparse list of (class, weight). Same content and
/// binary layout as <see cref="Learning.PerceptronModel"/>, but laid out for the parser's hot loop, whose
/// speed limit is memory latency (≈ 130 features are scored per transition, per beam item, scattered over
/// tens of megabytes). A slot of the open-addressing table is 16 bytes: the key, then either the row itself
/// when it has at most two entries (85% of rows on EWT: two (class, weight) pairs, the weight as the upper
/// half of a float) or the row's range in the entry pool. So most features cost one cache miss, the rest two.
/// Immutable and thread-safe.
/// </summary>
internal sealed unsafe class ParserModel : ITransitionScorer
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot { public ulong Key; public ulong Row; }

    [StructLayout(LayoutKind.Sequential)]
    private struct Entry { public int Class; public float Weight; }

    // Key 0 = empty. Keys lose their top bit (a key of 0 is stored as 1); the top bit marks an inline row:
    // Row = class1 | w1 << 16 | class2 << 32 | w2 << 48 (16-bit weights; class 0xFFFF = no second entry).
    // Otherwise Row = start | count << 32 in the entry pool.
    private const ulong InlineBit = 1UL << 63;
    private const ulong KeyMask = ~InlineBit;
    private const int NoClass = 0xFFFF;

    // Native tables on huge pages (see LargeTable): most of a lookup's cost is the TLB and cache misses.
    private readonly LargeTable<Slot> _slots;
    private readonly int _mask;
    private readonly LargeTable<Entry> _entries;
    private readonly ulong[] _keys; // in feature order, for writing
    private readonly int _weightCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong StoredKey(ulong key)
    {
        key &= KeyMask;
        return key == 0 ? 1 : key;
    }

    /// <summary>A weight as the upper 16 bits of its float (rounded to nearest): 8 bits of precision, ample for scores.</summary>
    private static ulong Short(float w)
    {
        uint bits = BitConverter.SingleToUInt32Bits(w);
        bits += 0x7FFF + ((bits >> 16) & 1);
        return bits >> 16;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Long(ulong w16) => BitConverter.UInt32BitsToSingle((uint)(w16 & 0xFFFF) << 16);

    public ParserModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        if (starts.Length != keys.Length + 1 || classes.Length != weights.Length || starts[^1] != classes.Length)
            throw new ArgumentException("inconsistent model arrays");
        if (classCount >= NoClass) throw new ArgumentException($"too many classes ({classCount})");
        ClassCount = classCount;
        _keys = keys;
        _weightCount = classes.Length;
        int pooled = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            int count = starts[i + 1] - starts[i];
            if (count > 2) pooled += count;
        }
        _entries = new LargeTable<Entry>(pooled);
        var pool = _entries.Span;
        for (int i = 0; i < classes.Length; i++)
            if (classes[i] >= classCount) throw new ArgumentException($"class {classes[i]} out of range");
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + keys.Length / 2));
        _slots = new LargeTable<Slot>(size);
        var table = _slots.Span;
        _mask = size - 1;
        int used = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong k = StoredKey(keys[i]);
            int s = (int)(k & (ulong)_mask);
            while (table[s].Key != 0)
            {
                if ((table[s].Key & KeyMask) == k) throw new ArgumentException($"duplicate feature key {k:x16}");
                s = (s + 1) & _mask;
            }
            int a = starts[i], count = starts[i + 1] - a;
            if (count <= 2)
            {
                ulong row = classes[a] | Short(weights[a]) << 16;
                row |= count == 2 ? (ulong)classes[a + 1] << 32 | Short(weights[a + 1]) << 48 : (ulong)NoClass << 32;
                table[s] = new Slot { Key = k | InlineBit, Row = row };
            }
            else
            {
                // Rounded as the model file stores them, so a saved and reloaded model scores exactly alike.
                for (int e = 0; e < count; e++) pool[used + e] = new Entry { Class = classes[a + e], Weight = (float)(Half)weights[a + e] };
                table[s] = new Slot { Key = k, Row = (uint)used | (ulong)count << 32 };
                used += count;
            }
        }
    }

    public int ClassCount { get; }
    public int FeatureCount => _keys.Length;
    public int WeightCount => _weightCount;
    public long MemoryBytes => _slots.Bytes + _entries.Bytes + _keys.LongLength * 8;

    private ulong _sink; // keeps the touching loads below from being optimized away (value unused)

    /// <summary>Sets <paramref name="scores"/>[0..ClassCount) to the sum of the features' weights.</summary>
    /// <remarks>
    /// Memory latency dominates, so the lookup runs in phases whose loads do not depend on each other — prefetch
    /// every feature's home slot (a prefetch retires without waiting for its line, so all ≈ 150 misses are issued at
    /// once; without SSE the slots are touched by loads), then probe (adding inline rows, touching pooled rows' first entries), then add
    /// the pooled rows — letting the processor keep many cache misses in flight instead of waiting for each.
    /// The graph guide calls this once per candidate arc (n² calls a sentence, a few cheap features each), so the
    /// 2 KB pooled-row buffer is not zeroed on entry (<see cref="SkipLocalsInitAttribute"/>): only its first
    /// <c>found</c> entries are read, each written before.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        Slot* slots = _slots.Pointer;
        Entry* entries = _entries.Pointer;
        int mask = _mask;
        ref float sc = ref MemoryMarshal.GetReference(scores);
        int n = Math.Min(features.Length, 256);
        Span<ulong> pooled = stackalloc ulong[256];
        ulong sink = 0;
        if (Sse.IsSupported)
            for (int i = 0; i < n; i++) Sse.Prefetch0(&slots[(int)(StoredKey(features[i]) & (ulong)mask)]);
        else
            for (int i = 0; i < n; i++) sink ^= slots[(int)(StoredKey(features[i]) & (ulong)mask)].Key;
        int found = 0;
        for (int i = 0; i < n; i++)
        {
            ulong key = StoredKey(features[i]);
            int s = (int)(key & (ulong)mask);
            while (true)
            {
                ref var slot = ref slots[s];
                ulong k = slot.Key;
                if ((k & KeyMask) == key)
                {
                    ulong row = slot.Row;
                    if ((k & InlineBit) != 0)
                    {
                        Unsafe.Add(ref sc, (int)(row & 0xFFFF)) += Long(row >> 16);
                        int c2 = (int)((row >> 32) & 0xFFFF);
                        if (c2 != NoClass) Unsafe.Add(ref sc, c2) += Long(row >> 48);
                    }
                    else
                    {
                        pooled[found++] = row;
                        sink += (ulong)entries[(int)(uint)row].Class;
                    }
                    break;
                }
                if (k == 0) break;
                s = (s + 1) & mask;
            }
        }
        for (int j = 0; j < found; j++)
        {
            int start = (int)(uint)pooled[j], end = start + (int)(pooled[j] >> 32);
            for (int e = start; e < end; e++)
            {
                ref var en = ref entries[e];
                Unsafe.Add(ref sc, en.Class) += en.Weight;
            }
        }
        _sink = sink;
        GC.KeepAlive(this); // the native tables are freed by their finalizers
    }

    /// <summary>The row of a slot, as (class, weight) pairs.</summary>
    private List<(int Class, float Weight)> Row(Slot slot)
    {
        var row = new List<(int, float)>(2);
        if ((slot.Key & InlineBit) != 0)
        {
            row.Add(((int)(slot.Row & 0xFFFF), Long(slot.Row >> 16)));
            int c2 = (int)((slot.Row >> 32) & 0xFFFF);
            if (c2 != NoClass) row.Add((c2, Long(slot.Row >> 48)));
            return row;
        }
        int start = (int)(uint)slot.Row, end = start + (int)(slot.Row >> 32);
        var pool = _entries.Span;
        for (int e = start; e < end; e++) row.Add((pool[e].Class, pool[e].Weight));
        return row;
    }

    /// <summary>A copy without the weights smaller than <paramref name="minWeight"/> in magnitude (and features left empty).</summary>
    public ParserModel Pruned(float minWeight)
    {
        var keys = new List<ulong>(_keys.Length);
        var starts = new List<int>(_keys.Length + 1);
        var classes = new List<ushort>(_weightCount);
        var weights = new List<float>(_weightCount);
        foreach (var slot in _slots.Span)
        {
            if (slot.Key == 0) continue;
            int before = classes.Count;
            foreach (var (c, w) in Row(slot))
            {
                if (MathF.Abs(w) < minWeight) continue;
                classes.Add((ushort)c);
                weights.Add(w);
            }
            if (classes.Count == before) continue;
            keys.Add(slot.Key & KeyMask);
            starts.Add(before);
        }
        starts.Add(classes.Count);
        return new ParserModel(ClassCount, keys.ToArray(), starts.ToArray(), classes.ToArray(), weights.ToArray());
    }

    // ---- binary form: that of PerceptronModel (Learning.SparseRows) ------------------------------------------

    /// <summary>Writes the rows in feature order (the weights as this model holds them: short ones for inline rows).</summary>
    public void Write(BinaryWriter w)
    {
        var index = new Dictionary<ulong, int>(_keys.Length);
        for (int i = 0; i < _keys.Length; i++) index[StoredKey(_keys[i])] = i;
        var rowOf = new Slot[_keys.Length];
        foreach (var slot in _slots.Span)
            if (slot.Key != 0) rowOf[index[slot.Key & KeyMask]] = slot;
        var starts = new int[_keys.Length + 1];
        var classes = new ushort[_weightCount];
        var weights = new float[_weightCount];
        for (int i = 0, n = 0; i < _keys.Length; i++)
        {
            foreach (var (c, x) in Row(rowOf[i]))
            {
                classes[n] = (ushort)c;
                weights[n++] = x;
            }
            starts[i + 1] = n;
        }
        new SparseRows(ClassCount, _keys, starts, classes, weights).Write(w);
    }

    public static ParserModel Read(BinaryReader r)
    {
        var rows = SparseRows.Read(r, "parser model");
        return new ParserModel(rows.ClassCount, rows.Keys, rows.Starts, rows.Classes, rows.Weights);
    }
}
