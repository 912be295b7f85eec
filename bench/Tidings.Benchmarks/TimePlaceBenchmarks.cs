using BenchmarkDotNet.Attributes;
using Tidings.Documents;
using Tidings.Pipeline;
using Tidings.Places;
using Tidings.Time;

namespace Tidings.Benchmarks;

/// <summary>
/// The time and place stages' share of the pipeline (issue: each adds at most 15 %): each stage alone on documents
/// already tokenized, tagged and parsed, next to the whole pipeline on the same samples. Share = stage time / (whole −
/// stage time). Both stages replace their output when run again, so re-running them on the same documents is fair.
/// </summary>
[MemoryDiagnoser]
public class TimePlaceBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    private Document[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = Samples.Load();
        _docs = _articles.Select(a => TidingsPipeline.Default.Analyze(a).Document).ToArray();
    }

    [Benchmark(Description = "time stage on all samples")]
    public int ResolveTimes()
    {
        int n = 0;
        foreach (var d in _docs) { DateResolver.Default.Process(d); n += d.Times.Count; }
        return n;
    }

    [Benchmark(Description = "place stage on all samples")]
    public int ResolvePlaces()
    {
        int n = 0;
        foreach (var d in _docs) { PlaceRecognizer.Default.Process(d); n += d.Places.Count; }
        return n;
    }

    [Benchmark(Description = "whole pipeline on all samples")]
    public int WholePipeline()
    {
        int n = 0;
        foreach (var a in _articles) n += TidingsPipeline.Default.Analyze(a).Events.Count;
        return n;
    }
}
