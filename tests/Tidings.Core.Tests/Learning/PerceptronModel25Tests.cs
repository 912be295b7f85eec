using Tidings.Learning;
using Xunit;

namespace Tidings.Tests.Learning;

/// <summary>
/// The scoring table keeps one-entry rows inside their slot and longer rows in a pool, small tables in a pinned
/// array and big ones on huge pages. Whatever the layout, a class's score must be the very float that adding the
/// rows in feature order gives (the models' outputs may not move by a rounding).
/// </summary>
public class PerceptronModel25Tests
{
    private const int Classes = 7;

    // Rows of 0, 1 and several entries, a feature whose key is 0 (stored as 1) and weights of awkward magnitudes,
    // so that a different order of addition would round differently.
    private static (ulong[] Keys, int[] Starts, ushort[] Classes, float[] Weights) Rows(int features, int seed)
    {
        var rnd = new Random(seed);
        var keys = new ulong[features];
        var starts = new int[features + 1];
        var classes = new List<ushort>();
        var weights = new List<float>();
        var used = new HashSet<ulong> { 1 };
        keys[0] = 0;
        for (int i = 0; i < features; i++)
        {
            if (i > 0)
            {
                ulong k;
                do k = (ulong)rnd.NextInt64() * 2654435761UL ^ (ulong)rnd.Next(); while (!used.Add(k) || k == 0);
                keys[i] = k;
            }
            int count = (i % 5) switch { 0 => 1, 1 => 1, 2 => 0, 3 => 2, _ => rnd.Next(3, Classes + 1) };
            foreach (int c in Enumerable.Range(0, Classes).OrderBy(_ => rnd.Next()).Take(count).Order())
            {
                classes.Add((ushort)c);
                weights.Add((float)((rnd.NextDouble() - 0.5) * Math.Pow(10, rnd.Next(-4, 4))));
            }
            starts[i + 1] = classes.Count;
        }
        return (keys, starts, classes.ToArray(), weights.ToArray());
    }

    private static float[] Naive(ulong[] keys, int[] starts, ushort[] classes, float[] weights, ulong[] features)
    {
        var index = new Dictionary<ulong, int>();
        for (int i = 0; i < keys.Length; i++) index[keys[i] == 0 ? 1 : keys[i]] = i;
        var scores = new float[Classes];
        foreach (var f in features)
            if (index.TryGetValue(f == 0 ? 1 : f, out int i))
                for (int e = starts[i]; e < starts[i + 1]; e++) scores[classes[e]] += weights[e];
        return scores;
    }

    [Theory]
    [InlineData(40, 12, 1)]      // small table, pinned array
    [InlineData(40, 300, 2)]     // more than 256 features: the sequential path
    [InlineData(50_000, 200, 3)] // big table, huge pages
    [InlineData(50_000, 600, 4)]
    public void Scores_are_the_sums_of_the_rows_in_feature_order(int features, int fired, int seed)
    {
        var (keys, starts, classes, weights) = Rows(features, seed);
        var model = new PerceptronModel(Classes, keys, starts, classes, weights);
        var rnd = new Random(seed + 100);
        var scores = new float[Classes + 3];
        for (int trial = 0; trial < 20; trial++)
        {
            // Known features (some twice, and key 0), and unknown ones.
            var input = Enumerable.Range(0, fired)
                .Select(j => j % 4 == 3 ? (ulong)rnd.NextInt64() : keys[rnd.Next(keys.Length)]).ToArray();
            input[0] = 0;
            model.Score(input, scores);
            var expected = Naive(keys, starts, classes, weights, input);
            for (int c = 0; c < Classes; c++)
                Assert.Equal(BitConverter.SingleToInt32Bits(expected[c]), BitConverter.SingleToInt32Bits(scores[c]));
        }
    }

    [Fact]
    public void Writes_the_rows_it_was_built_from()
    {
        var (keys, starts, classes, weights) = Rows(300, 5);
        weights = weights.Select(w => (float)(Half)w).ToArray(); // the file keeps half precision
        var model = new PerceptronModel(Classes, keys, starts, classes, weights);
        var ms = new MemoryStream();
        ModelFile.Write(ms, "toy", 1, "test", w => model.Write(w));
        ms.Position = 0;
        var back = ModelFile.Read(ms, "toy.bin", "toy", 1, (r, h) => PerceptronModel.Read(r));
        Assert.Equal(model.FeatureCount, back.FeatureCount);
        Assert.Equal(model.WeightCount, back.WeightCount);
        float[] a = new float[Classes], b = new float[Classes];
        for (int i = 0; i < keys.Length; i++)
        {
            model.Score([keys[i]], a);
            back.Score([keys[i]], b);
            Assert.Equal(a, b);
        }
    }
}
