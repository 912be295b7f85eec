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
public class TimePlaceBenchmarks : StageBenchmarks
{
    [Benchmark(Description = "time stage on all samples")]
    public int ResolveTimes()
    {
        int n = 0;
        foreach (var d in Documents) { DateResolver.Default.Process(d); n += d.Times.Count; }
        return n;
    }

    [Benchmark(Description = "place stage on all samples")]
    public int ResolvePlaces()
    {
        int n = 0;
        foreach (var d in Documents) { PlaceRecognizer.Default.Process(d); n += d.Places.Count; }
        return n;
    }
}
