namespace Tidings.Learning;

/// <summary>
/// Trains a multiclass averaged perceptron (Collins 2002) over hashed features. Weights are dense rows of
/// <see cref="ClassCount"/> per feature seen in an update; averaging is lazy (each weight remembers the
/// step of its last change), so an update costs O(features), not O(model). Not thread-safe: one trainer per
/// thread. <see cref="Average"/> gives the compact read-only <see cref="PerceptronModel"/> used at run time.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _w;
    private double[] _total;
    private int[] _stamp;
    private int _rowCount;
    private int _step = 1;

    public PerceptronTrainer(int classCount)
    {
        if (classCount is < 2 or > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(classCount));
        ClassCount = classCount;
        _w = new float[1024 * classCount];
        _total = new double[1024 * classCount];
        _stamp = new int[1024 * classCount];
    }

    public int ClassCount { get; }
    public int FeatureCount => _rowCount;
    /// <summary>Training instances seen so far (the averaging clock).</summary>
    public int Steps => _step - 1;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            var w = _w.AsSpan(row * ClassCount, ClassCount);
            for (int c = 0; c < w.Length; c++) scores[c] += w[c];
        }
    }

    /// <summary>Rewards <paramref name="truth"/> and penalises <paramref name="guess"/> on every feature (no-op when equal).</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            int row = RowOf(f);
            Bump(row * ClassCount + truth, amount);
            Bump(row * ClassCount + guess, -amount);
        }
    }

    /// <summary>Changes one weight (used by structured updates such as a beam parser's).</summary>
    public void Update(ulong feature, int cls, float amount) => Bump(RowOf(feature) * ClassCount + cls, amount);

    /// <summary>Advances the averaging clock by one training instance; call once per prediction made.</summary>
    public void Tick() => _step++;

    private void Bump(int i, float amount)
    {
        _total[i] += (double)(_step - _stamp[i]) * _w[i];
        _stamp[i] = _step;
        _w[i] += amount;
    }

    private int RowOf(ulong f)
    {
        if (_rows.TryGetValue(f, out int row)) return row;
        row = _rowCount++;
        _rows.Add(f, row);
        int need = _rowCount * ClassCount;
        if (need > _w.Length)
        {
            int n = Math.Max(need, _w.Length * 2);
            Array.Resize(ref _w, n);
            Array.Resize(ref _total, n);
            Array.Resize(ref _stamp, n);
        }
        return row;
    }

    /// <summary>
    /// The averaged weights as a run-time model. Weights whose magnitude is below <paramref name="prune"/>
    /// are dropped, and features left with none are dropped, which keeps models small with no measurable loss.
    /// </summary>
    public PerceptronModel Average(float prune = 1e-3f)
    {
        var keys = new List<ulong>(_rowCount);
        var starts = new List<int>(_rowCount + 1);
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (key, row) in _rows)
        {
            int before = classes.Count;
            for (int c = 0; c < ClassCount; c++)
            {
                int i = row * ClassCount + c;
                double total = _total[i] + (double)(_step - _stamp[i]) * _w[i];
                float avg = (float)(total / _step);
                if (MathF.Abs(avg) < prune) continue;
                classes.Add((ushort)c);
                weights.Add(avg);
            }
            if (classes.Count == before) continue;
            keys.Add(key);
            starts.Add(before);
        }
        starts.Add(classes.Count);
        return new PerceptronModel(ClassCount, keys.ToArray(), starts.ToArray(), classes.ToArray(), weights.ToArray());
    }
}
