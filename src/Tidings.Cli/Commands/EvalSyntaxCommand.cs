using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Evaluation;
using Tidings.Pipeline;
using Tidings.Syntax;
using Tidings.Syntax.Neural;

namespace Tidings.Cli.Commands;

public sealed class EvalSyntaxSettings : CommandSettings
{
    [CommandOption("--gold <FILE>")]
    [Description("Gold treebank, CoNLL-U (plain or .gz), e.g. en_ewt-ud-test.conllu.")]
    public string? Gold { get; init; }

    [CommandOption("--tagger <FILE>")]
    [Description("Tagger model file; default: the embedded data/models/tagger.bin.")]
    public string? Tagger { get; init; }

    [CommandOption("--parser <FILE>")]
    [Description("Parser model file; default: the embedded data/models/parser.bin.")]
    public string? Parser { get; init; }

    [CommandOption("--parser-rl <FILE>")]
    [Description("Right-to-left parser model file (train parser --right-to-left) to combine with the parser, or several separated by commas (left-to-right ones too); default: the embedded data/models/parser-rl.bin when --parser is not given.")]
    public string? ParserRightToLeft { get; init; }

    [CommandOption("--parser-graph <FILE>")]
    [Description("Graph-based parser model file (train parser --graph) to combine with the parser (and --parser-rl); default: the embedded data/models/parser-graph.bin when --parser is not given.")]
    public string? ParserGraph { get; init; }

    [CommandOption("--parser-neural <FILE>")]
    [Description("BiLSTM parser model file (train parser --neural) to combine with the parser (and --parser-rl, --parser-graph) by reparsing; default: the embedded data/models/parser-neural.bin when --parser is not given.")]
    public string? ParserNeural { get; init; }

    [CommandOption("--neural-weight <W>")]
    [Description("With --parser-neural: the weight of the BiLSTM parser's arc votes (the transition parser's are 1).")]
    public float? NeuralWeight { get; init; }

    [CommandOption("--neural-scale <S>")]
    [Description("With --parser-neural: its confidence in an arc of margin m is m / (m + S).")]
    public float? NeuralScale { get; init; }

    [CommandOption("--neural-relations")]
    [Description("With --parser-neural: take the relation of every kept arc the BiLSTM parser made from it, instead of voting.")]
    public bool NeuralRelations { get; init; }

    [CommandOption("--neural-every-sentence")]
    [Description("With --parser-neural: run it on every sentence, also where the transition parser was sure of every arc (more accurate, slower).")]
    public bool NeuralEverySentence { get; init; }

    [CommandOption("--graph-prune <W>")]
    [Description("Drop the graph-based parser's weights below W in magnitude before parsing (to weigh model size against accuracy).")]
    public float? GraphPrune { get; init; }

    [CommandOption("--guide-prune <W>")]
    [Description("With a stacked parser (train parser --stacked): drop its guide's weights below W in magnitude before parsing.")]
    public float? GuidePrune { get; init; }

    [CommandOption("--guide-heads <K>")]
    [Description("With a stacked parser: its guide scores each word's K best heads (by a few cheap features) with every feature, the others not at all (faster).")]
    public int? GuideHeads { get; init; }

    [CommandOption("--guide-votes")]
    [Description("With a stacked parser: also combine its tree with its guide's by reparsing.")]
    public bool GuideVotes { get; init; }

    [CommandOption("--graph-only")]
    [Description("Parse with the graph-based parser (--parser-graph) alone.")]
    public bool GraphOnly { get; init; }

    [CommandOption("--no-input-tables")]
    [Description("With a BiLSTM parser as --parser: do not precompute its first layer's input projections (slower; the trees must be the same, for checking that).")]
    public bool NoInputTables { get; init; }

    [CommandOption("--single-parser")]
    [Description("Parse with the left-to-right parser alone, without combining it with the right-to-left one.")]
    public bool SingleParser { get; init; }

    [CommandOption("--beam <N>")]
    [Description("Decode with this beam width instead of the model's own (to weigh speed against accuracy).")]
    public int? Beam { get; init; }

    [CommandOption("--from <SETTING>")]
    [Description("gold (the treebank's words), raw (our segmenter and tokenizer on the # text lines) or both.")]
    [DefaultValue("both")]
    public string From { get; init; } = "both";

    [CommandOption("--errors <N>")]
    [Description("Also list the N most frequent UPOS, lemma and relation confusions (gold-token setting).")]
    [DefaultValue(0)]
    public int Errors { get; init; }

    [CommandOption("--write <FILE>")]
    [Description("Also write our tags, lemmas and trees of the gold-token setting as CoNLL-U (for the official CoNLL 2018 scorer or other UD tools)")]
    public string? Write { get; init; }

    public override ValidationResult Validate()
    {
        if (Gold is null) return ValidationResult.Error("--gold FILE is required");
        if (From is not ("gold" or "raw" or "both")) return ValidationResult.Error($"--from must be gold, raw or both, not '{From}'");
        return ValidationResult.Success();
    }
}

/// <summary><c>tidings eval-syntax</c>: UPOS, XPOS, lemma, UAS and LAS in the CoNLL 2018 manner.</summary>
public sealed class EvalSyntaxCommand : Command<EvalSyntaxSettings>
{
    public override int Execute(CommandContext context, EvalSyntaxSettings s, CancellationToken cancellationToken)
    {
        var gold = TrainCommand.ReadTreebank(s.Gold!);
        var neural = s.ParserNeural is { } np ? new SyntaxStages.NeuralOptions(np, s.NeuralWeight, s.NeuralScale, s.NeuralRelations, s.NeuralEverySentence) : null;
        var stages = SyntaxStages.Load(s.Tagger, s.Parser, s.ParserRightToLeft, s.SingleParser, s.ParserGraph, s.GraphOnly, s.GraphPrune, s.GuidePrune, s.GuideHeads, s.GuideVotes, neural, !s.NoInputTables);
        if (s.Beam is { } beam)
        {
            if (beam is < 1 or > 64) throw new CliException("--beam must be between 1 and 64");
            for (int i = 0; i < stages.Count; i++)
                if (stages[i] is DependencyParser dp) stages[i] = dp.WithBeam(beam);
        }
        var t = new Table().AddColumn("setting").AddColumn("words").AddColumn("sentences")
            .AddColumn("UPOS").AddColumn("XPOS").AddColumn("lemma").AddColumn("UAS").AddColumn("LAS").AddColumn("LAS (subtypes)").AddColumn("words/s");
        int words = gold.Sum(g => g.Words.Count);
        if (s.From is "gold" or "both")
        {
            var clock = Stopwatch.StartNew();
            var confusions = new Dictionary<string, int>();
            void Confusions(ConlluWord g, Documents.Token t)
            {
                void Count(string k) => confusions[k] = confusions.GetValueOrDefault(k) + 1;
                if (t.Upos.ToString() != g.Upos) Count($"UPOS  {g.Upos} → {t.Upos}  ({g.Form})");
                if (t.Lemma != g.Lemma) Count($"lemma {g.Form}/{g.Xpos}: {g.Lemma} → {t.Lemma}");
                if (t.Relation is { } rel && rel != g.Deprel) Count($"deprel {g.Deprel} → {rel}");
                if (t.Head != (g.Head <= 0 ? -1 : g.Head - 1)) Count($"head  wrong for gold relation {g.Deprel}");
            }
            using var output = s.Write is { } wp ? OpenOutput(wp) : null;
            bool written = false;
            void Inspect(ConlluWord g, Documents.Token t)
            {
                if (s.Errors > 0) Confusions(g, t);
                if (output is null) return;
                if (g.Id == 1 && written) output.WriteLine();
                written = true;
                string F(string? v) => string.IsNullOrEmpty(v) ? "_" : v;
                output.WriteLine(string.Join('\t', g.Id, g.Form, F(t.Lemma), t.Upos, F(t.Xpos), "_",
                    t.Head < 0 ? 0 : t.Head - t.Index + g.Id, F(t.Relation), "_", "_"));
            }
            var r = SyntaxEvaluator.FromGoldTokens(gold, stages, s.Errors > 0 || output is not null ? Inspect : null);
            output?.WriteLine();
            foreach (var (k, n) in confusions.OrderByDescending(p => p.Value).Take(s.Errors)) Console.WriteLine($"{n,5}  {k}");
            Row(t, "gold tokens", r, words / clock.Elapsed.TotalSeconds);
        }
        if (s.From is "raw" or "both")
        {
            var clock = Stopwatch.StartNew();
            var r = SyntaxEvaluator.FromRawText(gold, Text.Tokenizer.UniversalDependencies, stages);
            Row(t, "raw text", r, words / clock.Elapsed.TotalSeconds);
        }
        AnsiConsole.Write(t);
        AnsiConsole.MarkupLineInterpolated($"[grey]{gold.Count:N0} sentences, {words:N0} gold words; stages: {string.Join(" → ", stages.Select(StageLabel))}[/]");
        return 0;
    }

    private static StreamWriter OpenOutput(string path)
    {
        try { return new StreamWriter(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        { throw new CliException($"cannot write '{path}': {e.Message}"); }
    }

    private static void Row(Table t, string name, SyntaxScore r, double wordsPerSecond) =>
        t.AddRow(name, P(r.WordsF1), P(r.SentencesF1), P(r.UposF1), P(r.XposF1), P(r.LemmaF1), P(r.UasF1), P(r.LasF1), P(r.LasFullF1),
            wordsPerSecond.ToString("N0", CultureInfo.InvariantCulture));

    private static string P(double v) => (100 * v).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A stage's name, and for the parser which kind scored: the BiLSTM or the transition parser (with its partners).</summary>
    private static string StageLabel(IPipelineComponent c) => c switch
    {
        Syntax.Neural.NeuralParser => "parser (BiLSTM)",
        DependencyParser d => d.Single == d ? "parser (transition)" : "parser (transition, combined)",
        _ => c.Name,
    };
}

/// <summary>The trained syntax stages, from explicit model files or the embedded defaults.</summary>
internal static class SyntaxStages
{
    /// <summary>A BiLSTM parser file to combine with the transition parser, and its vote settings (null: the defaults).</summary>
    public sealed record NeuralOptions(string Path, float? Weight = null, float? Scale = null, bool Relations = false, bool EverySentence = false);

    public static List<IPipelineComponent> Load(string? taggerPath, string? parserPath, string? rightToLeftPath = null, bool single = false,
        string? graphPath = null, bool graphOnly = false, float? graphPrune = null, float? guidePrune = null, int? guideHeads = null, bool guideVotes = false,
        NeuralOptions? neural = null, bool inputTables = true)
    {
        var stages = new List<IPipelineComponent>();
        try
        {
            if (taggerPath is not null) stages.Add(PerceptronTagger.Load(taggerPath));
            else stages.Add((IPipelineComponent?)PerceptronTagger.Default ?? RuleTagger.Default);
        }
        catch (FileNotFoundException) { throw new CliException($"tagger model '{taggerPath}' does not exist"); }
        catch (InvalidDataException e) { throw new CliException(e.Message); }
        // A BiLSTM parser (train parser --neural) parses on its own; any other kind of file is a transition parser's.
        if (parserPath is not null)
        {
            try
            {
                stages.Add(Syntax.Neural.NeuralParser.Load(parserPath, inputTables));
                return stages;
            }
            catch (InvalidDataException e) when (e.Message.Contains($"expected '{Syntax.Neural.NeuralParser.ModelKind}'")) { }
            catch (InvalidDataException e) { throw new CliException(e.Message); }
            catch (FileNotFoundException) { throw new CliException($"parser model '{parserPath}' does not exist"); }
        }
        // No parser option: the syntax commands' parser (the BiLSTM one alone unless TIDINGS_PARSER says otherwise, decision 021).
        if (parserPath is null && rightToLeftPath is null && graphPath is null && neural is null && !graphOnly && !single
            && guidePrune is null && guideHeads is null && !guideVotes && DependencyParser.SyntaxComponent is NeuralParser defaultNeural)
        {
            stages.Add(defaultNeural);
            return stages;
        }
        try
        {
            DependencyParser? parser = parserPath is not null ? DependencyParser.Load(parserPath) : DependencyParser.Default;
            if (guidePrune is { } gp) parser = parser?.GuidePruned(gp);
            if (guideHeads is { } gk) parser = parser?.WithGuideHeads(gk);
            if (guideVotes) parser = parser?.CombinedWithGuide();
            if (parser is not null && (rightToLeftPath is not null || graphPath is not null || neural is not null) && !single)
            {
                parser = parser.Single;
                if (rightToLeftPath is not null) parser = parser.CombinedWith([.. rightToLeftPath.Split(',').Select(LoadMember)]);
                if (graphPath is not null) parser = parser.CombinedWith([.. graphPath.Split(',').Select(p => LoadGraph(p, graphPrune))]);
                if (neural is not null) parser = parser.CombinedWith(LoadNeural(neural));
            }
            if (graphOnly)
            {
                if (graphPath is null) throw new CliException("--graph-only needs --parser-graph FILE");
                stages.Add(LoadGraph(graphPath.Split(',')[0], graphPrune));
            }
            else if (parser is not null) stages.Add(single ? parser.Single : parser);
        }
        catch (FileNotFoundException) { throw new CliException($"parser model '{parserPath}' does not exist"); }
        catch (InvalidDataException e) { throw new CliException(e.Message); }
        return stages;
    }

    private static DependencyParser.NeuralMember LoadNeural(NeuralOptions o)
    {
        NeuralParser p;
        try { p = NeuralParser.Load(o.Path); }
        catch (FileNotFoundException) { throw new CliException($"neural parser model '{o.Path}' does not exist"); }
        return new DependencyParser.NeuralMember(p, o.Weight ?? DependencyParser.NeuralMember.DefaultWeight,
            o.Scale ?? DependencyParser.NeuralMember.DefaultScale, o.Relations, o.EverySentence);
    }

    private static GraphParser LoadGraph(string path, float? prune)
    {
        var g = GraphParser.Load(path);
        return prune is { } w ? g.Pruned(w) : g;
    }

    // A parser to combine with the main one: right-to-left as a rule, or another left-to-right model.
    private static DependencyParser LoadMember(string path)
    {
        try
        {
            using var fs = File.OpenRead(path);
            return DependencyParser.Load(fs, path, DependencyParser.RightToLeftKind);
        }
        catch (InvalidDataException e) when (e.Message.Contains($"'{DependencyParser.ModelKind}' model"))
        {
            return DependencyParser.Load(path);
        }
    }
}
