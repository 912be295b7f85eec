using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tidings.Learning;

/// <summary>
/// A trained linear multiclass model: for each hashed feature, a sparse list of (class, weight). Immutable
/// and safe to share between threads. Lookup is an open-addressing table of the 64-bit keys (load ≤ 0.5,
/// linear probing; key 0 marks an empty slot, so a feature hashing to 0 is stored as 1 — harmless at 64 bits).
/// On disk weights are half precision: averaged perceptron weights need about three significant digits.
/// </summary>
public sealed class PerceptronModel
{
    private readonly ulong[] _slots;     // table of keys, 0 = empty
    private readonly int[] _slotFeature; // feature index of each slot
    private readonly int _mask;
    private readonly int[] _starts;      // feature i's entries are [_starts[i], _starts[i+1])
    private readonly ushort[] _classes;
    private readonly float[] _weights;
    // The same rows laid out for scoring: each slot's row range beside its key, and (class, weight) pairs together,
    // so a feature costs two cache misses instead of five (key, feature index, start, class, weight).
    private readonly Row[] _rows;
    private readonly Entry[] _entries;

    private struct Row { public int Start, End; }
    private struct Entry { public int Class; public float Weight; }

    public PerceptronModel(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        if (starts.Length != keys.Length + 1 || classes.Length != weights.Length || starts[^1] != classes.Length)
            throw new ArgumentException("inconsistent model arrays");
        ClassCount = classCount;
        _starts = starts;
        _classes = classes;
        _weights = weights;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _slots = new ulong[size];
        _slotFeature = new int[size];
        _mask = size - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong k = keys[i] == 0 ? 1 : keys[i];
            int s = (int)(k & (ulong)_mask);
            while (_slots[s] != 0)
            {
                if (_slots[s] == k) throw new ArgumentException($"duplicate feature key {k:x16}");
                s = (s + 1) & _mask;
            }
            _slots[s] = k;
            _slotFeature[s] = i;
        }
        _rows = new Row[size];
        for (int s = 0; s < size; s++)
            if (_slots[s] != 0) _rows[s] = new Row { Start = starts[_slotFeature[s]], End = starts[_slotFeature[s] + 1] };
        _entries = new Entry[classes.Length];
        for (int e = 0; e < classes.Length; e++) _entries[e] = new Entry { Class = classes[e], Weight = weights[e] };
        FeatureCount = keys.Length;
    }

    public int ClassCount { get; }
    public int FeatureCount { get; }
    public int WeightCount => _weights.Length;
    /// <summary>Approximate bytes held in memory.</summary>
    public long MemoryBytes => _slots.LongLength * 20 + _starts.LongLength * 4 + _classes.LongLength * 14 + _weights.LongLength * 4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong key)
    {
        if (key == 0) key = 1;
        int s = (int)(key & (ulong)_mask);
        while (true)
        {
            ulong k = _slots[s];
            if (k == key) return _slotFeature[s];
            if (k == 0) return -1;
            s = (s + 1) & _mask;
        }
    }

    private ulong _sink; // keeps the touching loads in Score from being optimized away (value unused)

    /// <summary>Sets <paramref name="scores"/>[0..ClassCount) to the sum of the features' weights.</summary>
    /// <remarks>Memory latency dominates: the lookup runs in phases whose loads do not wait on each other (touch
    /// every home slot, then probe and touch each row's start, then add the rows), as <c>ParserModel.Score</c> does.</remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        if (features.Length <= 256)
        {
            var slots = _slots;
            var rows = _rows;
            var entries = _entries;
            int mask = _mask;
            Span<int> found = stackalloc int[features.Length];
            ulong sink = 0;
            for (int i = 0; i < features.Length; i++) sink ^= slots[(int)((features[i] == 0 ? 1 : features[i]) & (ulong)mask)];
            int m = 0;
            for (int i = 0; i < features.Length; i++)
            {
                ulong key = features[i] == 0 ? 1 : features[i];
                int s = (int)(key & (ulong)mask);
                while (true)
                {
                    ulong k = slots[s];
                    if (k == key)
                    {
                        found[m++] = s;
                        int start = rows[s].Start;
                        if (start < entries.Length) sink += (ulong)entries[start].Class;
                        break;
                    }
                    if (k == 0) break;
                    s = (s + 1) & mask;
                }
            }
            _sink = sink;
            for (int j = 0; j < m; j++)
            {
                var row = rows[found[j]];
                for (int e = row.Start; e < row.End; e++)
                {
                    var en = entries[e];
                    scores[en.Class] += en.Weight;
                }
            }
            return;
        }
        var classes = _classes;
        var weights = _weights;
        foreach (var f in features)
        {
            int i = Find(f);
            if (i < 0) continue;
            int end = _starts[i + 1];
            for (int e = _starts[i]; e < end; e++) scores[classes[e]] += weights[e];
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
        // Keys in slot order are not needed: write them in feature order so the reader rebuilds the table.
        var keys = new ulong[FeatureCount];
        for (int s = 0; s < _slots.Length; s++) if (_slots[s] != 0) keys[_slotFeature[s]] = _slots[s];
        new SparseRows(ClassCount, keys, _starts, _classes, _weights).Write(w);
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
            for (int s = 0; s < m._slots.Length; s++)
            {
                if (m._slots[s] == 0) continue;
                int f = m._slotFeature[s];
                if (!sums.TryGetValue(m._slots[s], out var row)) sums[m._slots[s]] = row = new float[k];
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
