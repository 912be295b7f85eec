using BenchmarkDotNet.Attributes;
using Tidings.Actors;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Benchmarks;

/// <summary>
/// The actor stage's share of the pipeline: actor recognition alone on documents already tokenized, tagged
/// and parsed, next to the whole pipeline on the same samples (ratio = actor time / (whole − actor time)),
/// and loading the full actor lexicon from the embedded data files.
/// </summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    private Document[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = Samples.Load();
        _docs = _articles.Select(a => TidingsPipeline.Default.Analyze(a).Document).ToArray();
    }

    [Benchmark(Description = "load actor lexicon")]
    public object LoadLexicon() => ActorLexicon.Load();

    [Benchmark(Description = "actor stage on all samples")]
    public int RecognizeActors()
    {
        int n = 0;
        foreach (var d in _docs) { ActorRecognizer.Default.Process(d); n += d.Actors.Count; }
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
