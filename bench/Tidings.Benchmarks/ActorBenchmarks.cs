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
public class ActorBenchmarks : StageBenchmarks
{
    [Benchmark(Description = "load actor lexicon")]
    public object LoadLexicon() => ActorLexicon.Load();

    [Benchmark(Description = "actor stage on all samples")]
    public int RecognizeActors()
    {
        int n = 0;
        foreach (var d in Documents) { ActorRecognizer.Default.Process(d); n += d.Actors.Count; }
        return n;
    }
}
