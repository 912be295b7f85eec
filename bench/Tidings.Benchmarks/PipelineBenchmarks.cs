using BenchmarkDotNet.Attributes;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Benchmarks;

/// <summary>
/// Whole pipeline, text to coded events, on all bundled samples, one thread. Sentences per second =
/// <see cref="SentenceCount"/> / mean time; the count is printed in the setup so the ratio can be taken.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    public int SentenceCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = Samples.Load();
        SentenceCount = _articles.Sum(a => TidingsPipeline.Default.Analyze(a).Document.SentenceCount);
        Console.WriteLine($"// samples: {_articles.Count} articles, {SentenceCount} sentences");
    }

    [Benchmark(Description = "code all samples (text → events)")]
    public int CodeSamples()
    {
        int events = 0;
        foreach (var a in _articles) events += TidingsPipeline.Default.Analyze(a).Events.Count;
        return events;
    }

    private string _dbDir = "";
    private Storage.DuckDbEventStore? _store;

    // A fresh store per iteration: storing the same articles again stores nothing (ingest is idempotent).
    [IterationSetup(Target = nameof(CodeAndStoreSamples))]
    public void OpenStore()
    {
        _dbDir = Path.Combine(Path.GetTempPath(), "tidings-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dbDir);
        _store = Storage.DuckDbEventStore.Open(Path.Combine(_dbDir, "events.duckdb"));
    }

    [IterationCleanup(Target = nameof(CodeAndStoreSamples))]
    public void CloseStore()
    {
        _store?.Dispose();
        _store = null;
        try { Directory.Delete(_dbDir, true); } catch (IOException) { }
    }

    [Benchmark(Description = "code and store all samples (text → events in DuckDB)")]
    public long CodeAndStoreSamples()
    {
        var items = new List<Storage.StoreItem>(_articles.Count);
        foreach (var a in _articles)
        {
            var r = TidingsPipeline.Default.Analyze(a);
            items.Add(new Storage.StoreItem(a, r.Document, r.Events));
        }
        _store!.StoreBatch(items);
        return _store.CountEvents();
    }
}

/// <summary>Segmentation and tokenization alone, the first stage every article goes through.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private IReadOnlyList<Article> _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = Samples.Load();

    [Benchmark(Description = "tokenize all samples")]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (var a in _articles)
        {
            var d = Document.FromArticle(a);
            Text.Tokenizer.Default.Process(d);
            tokens += d.TokenCount;
        }
        return tokens;
    }
}
