using Tidings.Learning;
using Xunit;

namespace Tidings.Tests.Learning;

public class PerceptronTests
{
    // A linearly separable toy problem: the class is the parity feature's value. The averaged model must
    // learn it exactly, survive a save/load round trip, and reject a damaged file.
    private static (ulong[] Features, int Class)[] Data()
    {
        var rnd = new Random(7);
        var data = new (ulong[], int)[400];
        for (int i = 0; i < data.Length; i++)
        {
            int cls = rnd.Next(3);
            data[i] = ([FeatureHash.Of(1, cls), FeatureHash.Of(2, rnd.Next(50)), FeatureHash.Of(3, "bias")], cls);
        }
        return data;
    }

    private static PerceptronModel Train()
    {
        var t = new PerceptronTrainer(3);
        Span<float> scores = stackalloc float[3];
        for (int epoch = 0; epoch < 5; epoch++)
            foreach (var (f, c) in Data())
            {
                t.Score(f, scores);
                t.Update(f, c, PerceptronModel.ArgMax(scores));
                t.Tick();
            }
        return t.Average();
    }

    [Fact]
    public void Learns_a_separable_problem()
    {
        var m = Train();
        Span<float> s = stackalloc float[3];
        foreach (var (f, c) in Data()) Assert.Equal(c, m.Predict(f, s));
    }

    [Fact]
    public void The_mean_of_models_scores_the_mean_of_their_scores()
    {
        var a = Train();
        var t = new PerceptronTrainer(3);
        foreach (var (f, c) in Data()) { t.Update(f, c, (c + 1) % 3); t.Tick(); }
        var b = t.Average();
        var mean = PerceptronModel.Mean([a, b], prune: 0);
        Span<float> sa = stackalloc float[3], sb = stackalloc float[3], sm = stackalloc float[3];
        foreach (var (f, _) in Data().Take(50))
        {
            a.Score(f, sa); b.Score(f, sb); mean.Score(f, sm);
            for (int k = 0; k < 3; k++) Assert.Equal((sa[k] + sb[k]) / 2, sm[k], 3);
        }
        Assert.Same(a, PerceptronModel.Mean([a]));
    }

    [Fact]
    public void Round_trips_through_a_model_file()
    {
        var m = Train();
        var ms = new MemoryStream();
        ModelFile.Write(ms, "toy", 3, "test", w => m.Write(w));
        ms.Position = 0;
        var back = ModelFile.Read(ms, "toy.bin", "toy", 3, (r, h) => PerceptronModel.Read(r));
        Assert.Equal(m.FeatureCount, back.FeatureCount);
        Span<float> s = stackalloc float[3];
        foreach (var (f, c) in Data()) Assert.Equal(c, back.Predict(f, s));
    }

    [Theory]
    [InlineData("toy", 4, "version 3")]   // wrong model version
    [InlineData("other", 3, "'toy' model")] // wrong kind
    public void Rejects_a_model_of_another_kind_or_version(string kind, int version, string message)
    {
        var ms = new MemoryStream();
        ModelFile.Write(ms, "toy", 3, "test", w => Train().Write(w));
        ms.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => ModelFile.Read(ms, "toy.bin", kind, version, (r, h) => PerceptronModel.Read(r)));
        Assert.Contains(message, e.Message);
        Assert.Contains("toy.bin", e.Message);
    }

    [Fact]
    public void Rejects_a_damaged_or_truncated_file()
    {
        var ms = new MemoryStream();
        ModelFile.Write(ms, "toy", 3, "test", w => Train().Write(w));
        var bytes = ms.ToArray();
        var damaged = (byte[])bytes.Clone();
        damaged[^5] ^= 0x55;
        Assert.Contains("checksum", Assert.Throws<InvalidDataException>(() =>
            ModelFile.Read(new MemoryStream(damaged), "m", "toy", 3, (r, h) => PerceptronModel.Read(r))).Message);
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() =>
            ModelFile.Read(new MemoryStream(bytes[..(bytes.Length / 2)]), "m", "toy", 3, (r, h) => PerceptronModel.Read(r))).Message);
        Assert.Throws<InvalidDataException>(() =>
            ModelFile.Read(new MemoryStream(new byte[100]), "m", "toy", 3, (r, h) => PerceptronModel.Read(r)));
    }
}
