using BenchmarkDotNet.Attributes;
using Tidings.Actors;
using Tidings.Documents;

namespace Tidings.Benchmarks;

/// <summary>
/// The name tagger (data/models/names.bin) on the words of all bundled samples, one thread, sentence by
/// sentence and document by document (the document pass reads the other sentences of its article).
/// Sentences per second = <see cref="SentenceCount"/> / mean time (the count is printed in the setup).
/// </summary>
[MemoryDiagnoser]
public class NameTaggerBenchmarks
{
    private List<IReadOnlyList<string>>[] _docs = [];
    private NameTagger _tagger = null!;
    public int SentenceCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = NameTagger.Default ?? throw new InvalidOperationException("no name model (data/models/names.bin)");
        _docs = Samples.Load().Select(a =>
        {
            var d = Document.FromArticle(a);
            Text.Tokenizer.Default.Process(d);
            return d.Sentences().Select(s => (IReadOnlyList<string>)Enumerable.Range(0, s.TokenCount).Select(i => s[i].Text).ToArray()).ToList();
        }).ToArray();
        SentenceCount = _docs.Sum(d => d.Count);
        Console.WriteLine($"// samples: {_docs.Length} documents, {SentenceCount} sentences, {_docs.Sum(d => d.Sum(s => s.Count))} words; {_tagger.Description}");
    }

    [Benchmark(Description = "name tagger, sentence by sentence, all samples")]
    public int TagSentences()
    {
        int n = 0;
        foreach (var d in _docs) foreach (var s in d) n += _tagger.Tag(s).Count;
        return n;
    }

    [Benchmark(Description = "name tagger, document by document, all samples")]
    public int TagDocuments()
    {
        int n = 0;
        foreach (var d in _docs) foreach (var s in _tagger.TagDocument(d)) n += s.Count;
        return n;
    }
}
