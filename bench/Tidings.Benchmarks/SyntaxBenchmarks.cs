using BenchmarkDotNet.Attributes;
using Tidings.Documents;
using Tidings.Pipeline;
using Tidings.Syntax;

namespace Tidings.Benchmarks;

/// <summary>
/// Tagging (UPOS, XPOS, lemmas) and dependency parsing of all bundled samples, one thread, on documents
/// already tokenized. Tokens per second = <see cref="TokenCount"/> / mean time (the count is printed in the
/// setup). Model loading is measured separately: it happens once per process.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private Document[] _docs = [];
    private IPipelineComponent[] _stages = [];
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _docs = Samples.Tokenized();
        TokenCount = _docs.Sum(d => d.TokenCount);
        _stages = SyntaxStages.Default();
        Console.WriteLine($"// samples: {_docs.Length} documents, {TokenCount} tokens; stages: {string.Join(", ", _stages.Select(s => s.Name))}");
    }

    [Benchmark(Description = "tag + lemmatize all samples")]
    public int Tag()
    {
        foreach (var d in _docs) _stages[0].Process(d);
        return _docs.Length;
    }

    [Benchmark(Description = "tag + lemmatize + parse all samples")]
    public int TagAndParse()
    {
        foreach (var d in _docs)
            foreach (var s in _stages) s.Process(d);
        return _docs.Length;
    }
}

/// <summary>Loading the embedded models from the assembly (decompress, verify checksum, build tables).</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    [Benchmark(Description = "load tagger model")]
    public object LoadTagger()
    {
        using var s = DataFiles.Open(PerceptronTagger.EmbeddedPath);
        return PerceptronTagger.Load(s, PerceptronTagger.EmbeddedPath);
    }

    [Benchmark(Description = "load parser model")]
    public object LoadParser()
    {
        using var s = DataFiles.Open(DependencyParser.DataFile);
        return DependencyParser.Load(s, DependencyParser.DataFile);
    }

    /// <summary>The combined parser's second model, when this build has one (it is trained, not committed: README).</summary>
    [Benchmark(Description = "load right-to-left parser model")]
    public object? LoadRightToLeftParser()
    {
        try
        {
            using var s = DataFiles.Open(DependencyParser.RightToLeftDataFile);
            return DependencyParser.Load(s, DependencyParser.RightToLeftDataFile, DependencyParser.RightToLeftKind);
        }
        catch (FileNotFoundException) { return null; }
    }
}

internal static class SyntaxStages
{
    /// <summary>The trained tagger and, when this build has one, the parser, as the default pipeline uses them.</summary>
    public static IPipelineComponent[] Default() =>
        TidingsPipeline.Default.Pipeline.Components.Where(c => c.Name is "tagger" or "parser").ToArray();
}

/// <summary>
/// The BiLSTM parser (train parser --neural, decision 021) on the same samples as <see cref="SyntaxBenchmarks"/>, after the
/// default tagger, one thread. It is not embedded: the model file is named by the environment variable
/// TIDINGS_NEURAL_PARSER (default data/models/parser-neural.bin; the benchmark refuses to run without a file); several files separated by commas are measured one after
/// the other (to weigh network sizes against speed in one run). The combined case parses with the committed transition
/// parser and the neural one and joins their trees (<see cref="DependencyParser.CombinedWith(DependencyParser.NeuralMember[])"/>).
/// </summary>
[MemoryDiagnoser]
public class NeuralParserBenchmarks
{
    private Document[] _docs = [];
    private IPipelineComponent[] _stages = [];
    private IPipelineComponent[] _combined = [];
    private IPipelineComponent[] _untabled = [];

    // BenchmarkDotNet reads every class's parameters before it applies --filter, so this must not throw when the variable
    // is unset (that broke every other benchmark); Setup refuses a missing file instead.
    public static IEnumerable<string> Models =>
        (Environment.GetEnvironmentVariable("TIDINGS_NEURAL_PARSER") ?? "data/models/parser-neural.bin").Split(',');

    [ParamsSource(nameof(Models))]
    public string Model { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _docs = Samples.Tokenized();
        if (!File.Exists(Model))
            throw new InvalidOperationException($"no neural parser model at {Model}: set TIDINGS_NEURAL_PARSER to a parser-neural.bin file");
        var tagger = SyntaxStages.Default().First(s => s.Name == "tagger");
        var parser = Syntax.Neural.NeuralParser.Load(Model);
        _stages = [tagger, parser];
        _untabled = [tagger, Syntax.Neural.NeuralParser.Load(Model, inputTables: false)];
        // The committed transition parser combined with this one by reparsing (decision 021, "Combination").
        var transition = DependencyParser.Default ?? throw new InvalidOperationException("no transition parser model");
        _combined = [tagger, transition.Single.CombinedWith(new DependencyParser.NeuralMember(parser))];
        Console.WriteLine($"// samples: {_docs.Length} documents, {_docs.Sum(d => d.TokenCount)} tokens; neural parser: {parser.Description}, {parser.ParameterCount:N0} parameters, input tables {parser.InputTableBytes / 1e6:F1} MB");
    }

    [Benchmark(Description = "tag + lemmatize + neural parse all samples")]
    public int TagAndParse()
    {
        foreach (var d in _docs)
            foreach (var s in _stages) s.Process(d);
        return _docs.Length;
    }

    /// <summary>The same parse without the precomputed first-layer tables (session 13): what they save.</summary>
    [Benchmark(Description = "tag + lemmatize + neural parse all samples, no input tables")]
    public int TagAndParseWithoutTables()
    {
        foreach (var d in _docs)
            foreach (var s in _untabled) s.Process(d);
        return _docs.Length;
    }

    [Benchmark(Description = "tag + lemmatize + combined (transition + neural) parse all samples")]
    public int TagAndCombinedParse()
    {
        foreach (var d in _docs)
            foreach (var s in _combined) s.Process(d);
        return _docs.Length;
    }

    [Benchmark(Description = "load neural parser model")]
    public object Load() => Syntax.Neural.NeuralParser.Load(Model);

    [Benchmark(Description = "load neural parser model, no input tables")]
    public object LoadWithoutTables() => Syntax.Neural.NeuralParser.Load(Model, inputTables: false);
}
