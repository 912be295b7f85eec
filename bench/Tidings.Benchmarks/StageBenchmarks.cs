using BenchmarkDotNet.Attributes;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Benchmarks;

/// <summary>
/// Base of the benchmarks that measure one stage's share of the pipeline: the samples, the same samples already
/// run through the whole pipeline (so a stage can be re-run alone on them), and the whole pipeline for the ratio
/// (share = stage time / (whole − stage time)).
/// </summary>
[MemoryDiagnoser]
public abstract class StageBenchmarks
{
    protected IReadOnlyList<Article> Articles { get; private set; } = [];
    protected Document[] Documents { get; private set; } = [];

    [GlobalSetup]
    public void Setup()
    {
        Articles = Samples.Load();
        Documents = Articles.Select(a => TidingsPipeline.Default.Analyze(a).Document).ToArray();
    }

    [Benchmark(Description = "whole pipeline on all samples")]
    public int WholePipeline()
    {
        int n = 0;
        foreach (var a in Articles) n += TidingsPipeline.Default.Analyze(a).Events.Count;
        return n;
    }
}
