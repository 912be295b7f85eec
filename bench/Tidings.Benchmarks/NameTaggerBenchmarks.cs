using BenchmarkDotNet.Attributes;
using Tidings.Actors;
using Tidings.Documents;

namespace Tidings.Benchmarks;

/// <summary>
/// The name tagger (data/models/names.bin) on the words of all bundled samples, one thread, sentence by
/// sentence, tokens already split: alone (its part-of-speech features run our tagger on each sentence inside),
/// and given the sentences' tags, as in the pipeline, where the tagger stage has already run; and article by
/// article (<see cref="NameTagger.TagDocument"/>, as the actor stage calls a two-stage model).
/// Sentences per second = <see cref="SentenceCount"/> / mean time (the count is printed in the setup).
/// </summary>
[MemoryDiagnoser]
public class NameTaggerBenchmarks
{
    private IReadOnlyList<string>[] _sentences = [];
    private string[][] _xpos = [];
    private NameTagger _tagger = null!;
    private List<(int Start, int Count)> _articles = [];
    public int SentenceCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = NameTagger.Default ?? throw new InvalidOperationException("no name model (data/models/names.bin)");
        var articles = Samples.Tokenized()
            .Select(d => d.Sentences().Select(s => (IReadOnlyList<string>)Enumerable.Range(0, s.TokenCount).Select(i => s[i].Text).ToArray()).ToList())
            .ToList();
        _sentences = articles.SelectMany(a => a).ToArray();
        _articles = [];
        int at = 0;
        foreach (var a in articles) { _articles.Add((at, a.Count)); at += a.Count; }
        SentenceCount = _sentences.Length;
        var tagger = Syntax.PerceptronTagger.Default ?? throw new InvalidOperationException("no tagger model (data/models/tagger.bin)");
        _xpos = _sentences.Select(s =>
        {
            var classes = new int[s.Count];
            tagger.Tag(s, classes);
            return classes.Select(tagger.XposOf).ToArray();
        }).ToArray();
        Console.WriteLine($"// samples: {SentenceCount} sentences, {_sentences.Sum(s => s.Count)} words; {_tagger.Description}");
    }

    [Benchmark(Description = "name tagger on all sample sentences")]
    public int Tag()
    {
        int n = 0;
        foreach (var s in _sentences) n += _tagger.Tag(s).Count;
        return n;
    }

    [Benchmark(Description = "name tagger on all sample sentences, tags given")]
    public int TagWithTags()
    {
        int n = 0;
        for (int i = 0; i < _sentences.Length; i++) n += _tagger.Tag(_sentences[i], _xpos[i]).Count;
        return n;
    }

    [Benchmark(Description = "name tagger on all sample articles as documents, tags given")]
    public int TagDocuments()
    {
        int n = 0;
        foreach (var (start, count) in _articles)
            foreach (var spans in _tagger.TagDocument(_sentences[start..(start + count)], _xpos[start..(start + count)])) n += spans.Count;
        return n;
    }
}
