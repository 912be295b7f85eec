using Tidings.Learning;
using Xunit;

namespace Tidings.Tests.Learning;

/// <summary>
/// Session 74 (speed74): a two-entry row whose weights are exact halves (every model read from a file) is kept inside its
/// slot, and a big pool of longer rows lives on huge pages. Neither may move a score by a rounding: each class's score
/// must be the very float that adding the rows in feature order gives. Near cases keep the pool: a pair with a weight
/// that is no half, or a class of 2^14 or more.
/// </summary>
public class PerceptronModelPairRowsTests
{
    private static (ulong[] Keys, int[] Starts, ushort[] Classes, float[] Weights) Rows(int features, int classCount, int seed,
        bool halves, int longRows)
    {
        var rnd = new Random(seed);
        var keys = new ulong[features];
        var starts = new int[features + 1];
        var classes = new List<ushort>();
        var weights = new List<float>();
        var used = new HashSet<ulong>();
        for (int i = 0; i < features; i++)
        {
            ulong k;
            do k = (ulong)rnd.NextInt64() * 2654435761UL ^ (ulong)rnd.Next(); while (k <= 1 || !used.Add(k));
            keys[i] = k;
            // Mostly pairs; every tenth row longer (longRows entries) or a single entry.
            int count = i % 10 == 9 ? longRows : i % 10 == 8 ? 1 : 2;
            foreach (int c in Enumerable.Range(0, count).Select(_ => rnd.Next(classCount)).Distinct().Order())
            {
                classes.Add((ushort)c);
                float w = (float)((rnd.NextDouble() - 0.5) * Math.Pow(10, rnd.Next(-3, 3)));
                weights.Add(halves ? (float)(Half)w : w);
            }
            starts[i + 1] = classes.Count;
        }
        return (keys, starts, classes.ToArray(), weights.ToArray());
    }

    private static float[] Naive(ulong[] keys, int[] starts, ushort[] classes, float[] weights, int classCount, ulong[] features)
    {
        var index = new Dictionary<ulong, int>();
        for (int i = 0; i < keys.Length; i++) index[keys[i]] = i;
        var scores = new float[classCount];
        foreach (var f in features)
            if (index.TryGetValue(f, out int i))
                for (int e = starts[i]; e < starts[i + 1]; e++) scores[classes[e]] += weights[e];
        return scores;
    }

    [Theory]
    [InlineData(300, 9, true, 4, 1)]           // pairs of halves inline, a small pool in a pinned array
    [InlineData(300, 9, false, 4, 2)]          // near case: weights that are no halves stay in the pool
    [InlineData(300, 20_000, true, 3, 3)]      // near case: classes of 2^14 and more stay in the pool
    [InlineData(40_000, 60, true, 40, 4)]      // a pool of more than 2^16 entries: huge pages
    public void Scores_are_the_sums_of_the_rows_in_feature_order(int features, int classCount, bool halves, int longRows, int seed)
    {
        var (keys, starts, classes, weights) = Rows(features, classCount, seed, halves, longRows);
        var model = new PerceptronModel(classCount, keys, starts, classes, weights);
        var rnd = new Random(seed + 100);
        var scores = new float[classCount];
        for (int trial = 0; trial < 20; trial++)
        {
            // Known features, some twice, and unknown ones; up to 256 take the phased path, more the sequential one.
            int fired = trial % 2 == 0 ? 120 : 300;
            var input = Enumerable.Range(0, fired)
                .Select(j => j % 4 == 3 ? (ulong)rnd.NextInt64() | 2 : keys[rnd.Next(keys.Length)]).ToArray();
            model.Score(input, scores);
            var expected = Naive(keys, starts, classes, weights, classCount, input);
            for (int c = 0; c < classCount; c++)
                Assert.Equal(BitConverter.SingleToInt32Bits(expected[c]), BitConverter.SingleToInt32Bits(scores[c]));
        }
    }

    [Fact]
    public void A_model_written_and_read_back_scores_alike()
    {
        var (keys, starts, classes, weights) = Rows(2_000, 12, 7, halves: true, longRows: 5);
        var model = new PerceptronModel(12, keys, starts, classes, weights);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(w);
        stream.Position = 0;
        var back = PerceptronModel.Read(new BinaryReader(stream));
        var input = keys.Where((_, i) => i % 3 == 0).Take(200).ToArray();
        var a = new float[12];
        var b = new float[12];
        model.Score(input, a);
        back.Score(input, b);
        Assert.Equal(a.Select(BitConverter.SingleToInt32Bits), b.Select(BitConverter.SingleToInt32Bits));
    }
}
