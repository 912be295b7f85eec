using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Tidings.Learning;

/// <summary>
/// A trained linear multiclass model: for each hashed feature, a sparse list of (class, weight). Immutable
/// and safe to share between threads. Lookup is an open-addressing table of the 64-bit keys (load ≤ 0.5,
/// linear probing; key 0 marks an empty slot, so a feature hashing to 0 is stored as 1 — harmless at 64 bits).
/// On disk weights are half precision: averaged perceptron weights need about three significant digits.
/// </summary>
public sealed unsafe class PerceptronModel
{
    private readonly ulong[] _keys;      // feature i's key as stored (0 → 1), in feature order
    private readonly int[] _starts;      // feature i's entries are [_starts[i], _starts[i+1])
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    // The rows laid out for scoring. A slot holds the key and, beside it, either a one-entry row itself (class and
    // weight, exact) or the row's range in a pool of (class, weight) pairs. So a feature costs one cache miss, or
    // two for longer rows, instead of three when key, range and entries lay apart. Big tables are on huge pages
    // (see LargeTable: most of a lookup's cost is the TLB and cache misses); small ones in a pinned array.
    private readonly LargeTable<Slot>? _largeSlots;
    private readonly Slot[]? _smallSlots;
    private readonly Slot* _slots;
    private readonly int _mask;
    // The pool of longer rows, on huge pages when big (the tagger's rows mostly have many classes, so most of its
    // lookups read the pool, scattered over megabytes), else in a pinned array.
    private readonly LargeTable<Entry>? _largeEntries;
    private readonly Entry[]? _smallEntries;
    private readonly Entry* _entries;
    private readonly int _entryCount;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot { public ulong Key; public ulong Row; }

    private struct Entry { public int Class; public float Weight; }

    // Row of a slot: with InlineRow set, the class in bits 32–47 and the weight's float bits in bits 0–31; with
    // InlinePair set, a two-entry row whose weights are exact halves (as every model read from a file has) and whose
    // classes are below 2^14: the first class in bits 48–61 and its weight's half bits in 32–47, the second class in
    // bits 16–31 and its weight's half bits in 0–15 (a half widens to the same float exactly, so the sums are those
    // the pool would give, added in the same order); otherwise start | count << 32 in the entry pool (count < 2^31, so
    // the top two bits are free).
    private const ulong InlineRow = 1UL << 63;
    private const ulong InlinePair = 1UL << 62;

    private const int LargeSlots = 1 << 16; // 1 MB of slots: from here a table is worth its own huge pages

    public PerceptronModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        if (starts.Length != keys.Length + 1 || classes.Length != weights.Length || starts[^1] != classes.Length)
            throw new ArgumentException("inconsistent model arrays");
        ClassCount = classCount;
        _starts = starts;
        _classes = classes;
        _weights = weights;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        if (size >= LargeSlots)
        {
            _largeSlots = new LargeTable<Slot>(size);
            _slots = _largeSlots.Pointer;
        }
        else
        {
            _smallSlots = GC.AllocateArray<Slot>(size, pinned: true);
            _slots = (Slot*)Unsafe.AsPointer(ref _smallSlots[0]);
        }
        _mask = size - 1;
        _keys = new ulong[keys.Length];
        int pooled = 0;
        for (int i = 0; i < keys.Length; i++)
            if (starts[i + 1] - starts[i] != 1 && !IsPair(starts[i], starts[i + 1] - starts[i], classes, weights)) pooled += starts[i + 1] - starts[i];
        _entryCount = pooled;
        if (pooled >= LargeSlots)
        {
            _largeEntries = new LargeTable<Entry>(pooled);
            _entries = _largeEntries.Pointer;
        }
        else
        {
            _smallEntries = GC.AllocateArray<Entry>(Math.Max(1, pooled), pinned: true);
            _entries = (Entry*)Unsafe.AsPointer(ref _smallEntries[0]);
        }
        int used = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong k = keys[i] == 0 ? 1 : keys[i];
            _keys[i] = k;
            int s = (int)(k & (ulong)_mask);
            while (_slots[s].Key != 0)
            {
                if (_slots[s].Key == k) throw new ArgumentException($"duplicate feature key {k:x16}");
                s = (s + 1) & _mask;
            }
            int a = starts[i], count = starts[i + 1] - a;
            ulong row;
            if (count == 1) row = InlineRow | (ulong)classes[a] << 32 | BitConverter.SingleToUInt32Bits(weights[a]);
            else if (IsPair(a, count, classes, weights))
                row = InlinePair | (ulong)classes[a] << 48 | (ulong)BitConverter.HalfToUInt16Bits((Half)weights[a]) << 32
                    | (ulong)classes[a + 1] << 16 | BitConverter.HalfToUInt16Bits((Half)weights[a + 1]);
            else
            {
                for (int e = 0; e < count; e++) _entries[used + e] = new Entry { Class = classes[a + e], Weight = weights[a + e] };
                row = (uint)used | (ulong)count << 32;
                used += count;
            }
            _slots[s] = new Slot { Key = k, Row = row };
        }
        FeatureCount = keys.Length;
    }

    /// <summary>Whether the row at <paramref name="a"/> of <paramref name="count"/> entries fits a slot as a pair (see InlinePair).</summary>
    private static bool IsPair(int a, int count, ushort[] classes, float[] weights) =>
        count == 2 && classes[a] < 1 << 14 && classes[a + 1] < 1 << 14
        && (float)(Half)weights[a] == weights[a] && (float)(Half)weights[a + 1] == weights[a + 1]
        && BitConverter.SingleToUInt32Bits((float)(Half)weights[a]) == BitConverter.SingleToUInt32Bits(weights[a])
        && BitConverter.SingleToUInt32Bits((float)(Half)weights[a + 1]) == BitConverter.SingleToUInt32Bits(weights[a + 1]);

    public int ClassCount { get; }
    public int FeatureCount { get; }
    public int WeightCount => _weights.Length;
    /// <summary>Approximate bytes held in memory.</summary>
    public long MemoryBytes => (_largeSlots?.Bytes ?? _smallSlots!.LongLength * 16) + _keys.LongLength * 8 + _starts.LongLength * 4
        + _classes.LongLength * 2 + _weights.LongLength * 4 + (long)_entryCount * 8;

    private ulong _sink; // keeps the touching loads in Score from being optimized away (value unused)

    /// <summary>Sets <paramref name="scores"/>[0..ClassCount) to the sum of the features' weights.</summary>
    /// <remarks>Memory latency dominates: the lookup runs in phases whose loads do not wait on each other (prefetch
    /// every home slot, then probe and touch each pooled row's start, then add the rows), as <c>ParserModel.Score</c>
    /// does. A prefetch, unlike the load it replaces, retires without waiting for its line, so the first phase issues
    /// every miss at once instead of as many as the reorder window holds; without SSE the slots are touched by loads. Rows are added in feature order, so every class's sum is the same float whatever the table's layout.
    /// The found-row buffer is not zeroed on entry (<see cref="SkipLocalsInitAttribute"/>; the name tagger's Viterbi calls
    /// this per word and previous label): only its first <c>m</c> entries are read, each written before.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        Slot* slots = _slots;
        Entry* entries = _entries;
        int mask = _mask;
        if (features.Length <= 256)
        {
            Span<ulong> found = stackalloc ulong[features.Length];
            ulong sink = 0;
            if (Sse.IsSupported)
                for (int i = 0; i < features.Length; i++) Sse.Prefetch0(&slots[(int)((features[i] == 0 ? 1 : features[i]) & (ulong)mask)]);
            else
                for (int i = 0; i < features.Length; i++) sink ^= slots[(int)((features[i] == 0 ? 1 : features[i]) & (ulong)mask)].Key;
            int m = 0;
            for (int i = 0; i < features.Length; i++)
            {
                ulong key = features[i] == 0 ? 1 : features[i];
                int s = (int)(key & (ulong)mask);
                while (true)
                {
                    ref var slot = ref slots[s];
                    ulong k = slot.Key;
                    if (k == key)
                    {
                        ulong row = slot.Row;
                        found[m++] = row;
                        if ((row & (InlineRow | InlinePair)) == 0 && (row >> 32) != 0) sink += (ulong)entries[(int)(uint)row].Class;
                        break;
                    }
                    if (k == 0) break;
                    s = (s + 1) & mask;
                }
            }
            _sink = sink;
            for (int j = 0; j < m; j++) AddRow(found[j], scores, entries);
        }
        else
        {
            foreach (var f in features)
            {
                ulong key = f == 0 ? 1 : f;
                int s = (int)(key & (ulong)mask);
                while (true)
                {
                    ulong k = slots[s].Key;
                    if (k == key) { AddRow(slots[s].Row, scores, entries); break; }
                    if (k == 0) break;
                    s = (s + 1) & mask;
                }
            }
        }
        GC.KeepAlive(this); // the native table is freed by its finalizer
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddRow(ulong row, Span<float> scores, Entry* entries)
    {
        if ((row & InlineRow) != 0)
        {
            scores[(int)((row >> 32) & 0xFFFF)] += BitConverter.UInt32BitsToSingle((uint)row);
            return;
        }
        if ((row & InlinePair) != 0)
        {
            scores[(int)((row >> 48) & 0x3FFF)] += (float)BitConverter.UInt16BitsToHalf((ushort)(row >> 32));
            scores[(int)((row >> 16) & 0xFFFF)] += (float)BitConverter.UInt16BitsToHalf((ushort)row);
            return;
        }
        int start = (int)(uint)row, end = start + (int)(row >> 32);
        for (int e = start; e < end; e++)
        {
            var en = entries[e];
            scores[en.Class] += en.Weight;
        }
    }

    /// <summary>The best class for the features (ties go to the lower class number).</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch[..ClassCount]);
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    // ---- binary form: see SparseRows -------------------------------------------------------------------------

    public void Write(BinaryWriter w)
    {
        // Keys in feature order, as stored (0 → 1); the reader rebuilds the table.
        new SparseRows(ClassCount, _keys, _starts, _classes, _weights).Write(w);
    }

    /// <summary>
    /// The mean of models over the same classes (an ensemble in one model: scoring with the mean weights is the mean
    /// of the models' scores). Used to average models trained on different shuffles of the data, whose differences
    /// are noise. Weights below <paramref name="prune"/> in magnitude are dropped.
    /// </summary>
    public static PerceptronModel Mean(IReadOnlyList<PerceptronModel> models, float prune = 1e-3f)
    {
        if (models.Count == 0) throw new ArgumentException("no models", nameof(models));
        int k = models[0].ClassCount;
        if (models.Count == 1) return models[0];
        var sums = new Dictionary<ulong, float[]>();
        foreach (var m in models)
        {
            if (m.ClassCount != k) throw new ArgumentException("models with different class counts", nameof(models));
            for (int f = 0; f < m._keys.Length; f++)
            {
                if (!sums.TryGetValue(m._keys[f], out var row)) sums[m._keys[f]] = row = new float[k];
                for (int e = m._starts[f]; e < m._starts[f + 1]; e++) row[m._classes[e]] += m._weights[e];
            }
        }
        var keys = new List<ulong>(sums.Count);
        var starts = new List<int> { 0 };
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (key, row) in sums.OrderBy(kv => kv.Key))
        {
            int before = classes.Count;
            for (int c = 0; c < k; c++)
            {
                float w = row[c] / models.Count;
                if (Math.Abs(w) < prune) continue;
                classes.Add((ushort)c);
                weights.Add(w);
            }
            if (classes.Count == before) continue;
            keys.Add(key);
            starts.Add(classes.Count);
        }
        return new PerceptronModel(k, [.. keys], [.. starts], [.. classes], [.. weights]);
    }

    public static PerceptronModel Read(BinaryReader r)
    {
        var rows = SparseRows.Read(r, "perceptron");
        return new PerceptronModel(rows.ClassCount, rows.Keys, rows.Starts, rows.Classes, rows.Weights);
    }
}
