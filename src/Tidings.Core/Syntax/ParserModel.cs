using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Tidings.Learning;

namespace Tidings.Syntax;

/// <summary>
/// The parser's run-time linear model: hashed feature → sparse list of (class, weight). Same content and
/// binary layout as <see cref="Learning.PerceptronModel"/>, but laid out for the parser's hot loop: a slot of
/// the open-addressing table holds the key together with its entry range, and each entry holds its class next
/// to its weight, so scoring a feature costs about two cache misses instead of five (≈ 130 features are
/// scored per transition, which makes memory latency the parser's speed limit). Immutable and thread-safe.
/// </summary>
internal sealed class ParserModel
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot { public ulong Key; public int Start; public int Count; }

    [StructLayout(LayoutKind.Sequential)]
    private struct Entry { public int Class; public float Weight; }

    private readonly Slot[] _slots; // Key 0 = empty (a key hashing to 0 is stored as 1)
    private readonly int _mask;
    private readonly Entry[] _entries;
    private readonly ulong[] _keys; // in feature order, for writing

    public ParserModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        if (starts.Length != keys.Length + 1 || classes.Length != weights.Length || starts[^1] != classes.Length)
            throw new ArgumentException("inconsistent model arrays");
        ClassCount = classCount;
        _keys = keys;
        _entries = new Entry[classes.Length];
        for (int i = 0; i < classes.Length; i++)
        {
            if (classes[i] >= classCount) throw new ArgumentException($"class {classes[i]} out of range");
            _entries[i] = new Entry { Class = classes[i], Weight = weights[i] };
        }
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + keys.Length / 2));
        _slots = new Slot[size];
        _mask = size - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong k = keys[i] == 0 ? 1 : keys[i];
            int s = (int)(k & (ulong)_mask);
            while (_slots[s].Key != 0)
            {
                if (_slots[s].Key == k) throw new ArgumentException($"duplicate feature key {k:x16}");
                s = (s + 1) & _mask;
            }
            _slots[s] = new Slot { Key = k, Start = starts[i], Count = starts[i + 1] - starts[i] };
        }
    }

    public int ClassCount { get; }
    public int FeatureCount => _keys.Length;
    public int WeightCount => _entries.Length;
    public long MemoryBytes => _slots.LongLength * 16 + _entries.LongLength * 8 + _keys.LongLength * 8;

    private ulong _sink; // keeps the touching loads below from being optimized away (value unused)

    /// <summary>Sets <paramref name="scores"/>[0..ClassCount) to the sum of the features' weights.</summary>
    /// <remarks>
    /// Memory latency dominates: the slots and entries of ~130 features are scattered over tens of megabytes.
    /// So the lookup runs in phases whose loads do not depend on each other — touch every feature's home
    /// slot, then probe and touch each found row's first entry, then add — letting the processor keep many
    /// cache misses in flight instead of waiting for them one by one.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        var slots = _slots;
        var entries = _entries;
        int mask = _mask;
        ref float sc = ref MemoryMarshal.GetReference(scores);
        int n = Math.Min(features.Length, 256);
        Span<int> starts = stackalloc int[256];
        Span<int> counts = stackalloc int[256];
        ulong sink = 0;
        for (int i = 0; i < n; i++) sink ^= slots[(int)(features[i] & (ulong)mask)].Key;
        int found = 0;
        for (int i = 0; i < n; i++)
        {
            ulong key = features[i] == 0 ? 1 : features[i];
            int s = (int)(key & (ulong)mask);
            while (true)
            {
                ref var slot = ref slots[s];
                if (slot.Key == key)
                {
                    starts[found] = slot.Start;
                    counts[found++] = slot.Count;
                    sink += (ulong)entries[slot.Start].Class;
                    break;
                }
                if (slot.Key == 0) break;
                s = (s + 1) & mask;
            }
        }
        for (int j = 0; j < found; j++)
        {
            int end = starts[j] + counts[j];
            for (int e = starts[j]; e < end; e++)
            {
                ref var en = ref entries[e];
                Unsafe.Add(ref sc, en.Class) += en.Weight;
            }
        }
        _sink = sink;
    }

    /// <summary>A copy without the weights smaller than <paramref name="minWeight"/> in magnitude (and features left empty).</summary>
    public ParserModel Pruned(float minWeight)
    {
        var keys = new List<ulong>(_keys.Length);
        var starts = new List<int>(_keys.Length + 1);
        var classes = new List<ushort>(_entries.Length);
        var weights = new List<float>(_entries.Length);
        foreach (var slot in _slots)
        {
            if (slot.Key == 0) continue;
            int before = classes.Count;
            for (int e = slot.Start; e < slot.Start + slot.Count; e++)
            {
                if (MathF.Abs(_entries[e].Weight) < minWeight) continue;
                classes.Add((ushort)_entries[e].Class);
                weights.Add(_entries[e].Weight);
            }
            if (classes.Count == before) continue;
            keys.Add(slot.Key);
            starts.Add(before);
        }
        starts.Add(classes.Count);
        return new ParserModel(ClassCount, keys.ToArray(), starts.ToArray(), classes.ToArray(), weights.ToArray());
    }

    // ---- binary form: that of PerceptronModel (Learning.SparseRows) ------------------------------------------

    public void Write(BinaryWriter w)
    {
        // The entries of a feature are contiguous but features are not in order in the pool: gather them.
        var index = new Dictionary<ulong, int>(_keys.Length);
        for (int i = 0; i < _keys.Length; i++) index[_keys[i] == 0 ? 1 : _keys[i]] = i;
        var rowOf = new (int Start, int Count)[_keys.Length];
        foreach (var slot in _slots)
            if (slot.Key != 0) rowOf[index[slot.Key]] = (slot.Start, slot.Count);
        var starts = new int[_keys.Length + 1];
        var classes = new ushort[_entries.Length];
        var weights = new float[_entries.Length];
        for (int i = 0, n = 0; i < _keys.Length; i++)
        {
            for (int e = rowOf[i].Start; e < rowOf[i].Start + rowOf[i].Count; e++, n++)
            {
                classes[n] = (ushort)_entries[e].Class;
                weights[n] = _entries[e].Weight;
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
