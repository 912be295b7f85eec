using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Coding;
using Tidings.Documents;
using Tidings.Output;
using Tidings.Evaluation;
using Tidings.Pipeline;

namespace Tidings.Cli.Commands;

public sealed class EvalSettings : CommandSettings
{
    [CommandArgument(0, "<GOLD>")]
    [Description("Gold file: JSON lines with text and expected events (see README, 'Gold format').")]
    public string Gold { get; init; } = "";

    [CommandOption("--split <NAME>")]
    [Description("Score only sentences of this split (dev, test).")]
    public string? Split { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("markdown or json.")]
    [DefaultValue("markdown")]
    public string Format { get; init; } = "markdown";

    [CommandOption("--errors")]
    [Description("Also list each sentence whose prediction differs from gold.")]
    public bool ShowErrors { get; init; }

    [CommandOption("--per-line")]
    [Description("Code every line alone, also lines that refer to an article (by default consecutive lines of one article are coded together, as the article).")]
    public bool PerLine { get; init; }

    [CommandOption("--event-scorer")]
    [Description("Drop the events the learned event scorer (data/models/events.bin) finds unlikely, whatever TIDINGS_EVENT_SCORER says.")]
    public bool EventScorer { get; init; }

    [CommandOption("--no-event-scorer")]
    [Description("Keep every event the rules code, whatever TIDINGS_EVENT_SCORER says.")]
    public bool NoEventScorer { get; init; }
}

/// <summary>
/// <c>tidings eval</c>: scores the coder on a gold file. Negated, background and conditional events (the
/// condition of an "if" clause) are not counted as predictions, since gold files list only news events.
/// Consecutive lines that refer to spans of one article are coded together as that article, as <c>tidings code</c>
/// codes it, each line scored with the events whose trigger lies in its span (decision 020); <c>--per-line</c> codes
/// every line alone.
/// </summary>
public sealed class EvalCommand : Command<EvalSettings>
{
    public override int Execute(CommandContext context, EvalSettings s, CancellationToken cancellationToken)
    {
        if (s.Format is not ("markdown" or "json")) throw new CliException($"--format '{s.Format}' is not markdown or json");
        if (!File.Exists(s.Gold)) throw new CliException($"gold file '{s.Gold}' does not exist");
        var texts = GoldTextSource.FromShared();
        IReadOnlyList<GoldSentence> gold;
        try { gold = GoldFile.Load(s.Gold, texts); }
        catch (GoldFormatException ex) { throw new CliException(ex.Message); }
        var selected = gold.Where(g => s.Split is null || string.Equals(g.Split, s.Split, StringComparison.OrdinalIgnoreCase)).ToList();
        if (selected.Count == 0) throw new CliException($"gold file '{s.Gold}' has no sentence{(s.Split is null ? "" : $" in split '{s.Split}'")}");

        if (s.EventScorer && s.NoEventScorer) throw new CliException("--event-scorer and --no-event-scorer exclude each other");
        var pipeline = s.NoEventScorer ? TidingsPipeline.Default.WithEventFilter(null)
            : s.EventScorer ? TidingsPipeline.Default.WithEventScorer(Coding.EventScorer.Embedded
                ?? throw new CliException("--event-scorer: this build embeds no readable event scorer model (tidings train events, then rebuild)"))
            : TidingsPipeline.Default;
        var items = new List<(GoldSentence, IReadOnlyList<PredictedEvent>)>(selected.Count);
        foreach (var (line, coded) in CodeLines(s.Gold, texts, selected, s.PerLine, pipeline, cancellationToken))
        {
            // Negated, background and conditional events ("if the government continued its crackdown") are no reported events.
            var predicted = Coding.EventScorerTraining.Counted(coded);
            items.Add((line, predicted));
            if (s.ShowErrors) PrintDifference(line, predicted);
        }
        var report = CoderEvaluator.Score(items);
        Console.Out.WriteLine(s.Format == "json" ? report.ToJson() : report.ToMarkdown());
        return 0;
    }

    /// <summary>
    /// Codes <paramref name="selected"/> lines of the gold file <paramref name="goldPath"/> as eval scores them and yields
    /// each line with its mention events (all of them: negated, background and conditional ones too). Lines that refer to
    /// one article are coded together as that article unless <paramref name="perLine"/>.
    /// </summary>
    internal static IEnumerable<(GoldSentence Line, IReadOnlyList<CodedEvent> Events)> CodeLines(string goldPath, GoldTextSource texts,
        IReadOnlyList<GoldSentence> selected, bool perLine, TidingsPipeline pipeline, CancellationToken cancellationToken)
    {
        IReadOnlyList<(GoldDocument? Document, IReadOnlyList<GoldSentence> Lines)> units;
        if (perLine) units = selected.Select(g => ((GoldDocument?)null, (IReadOnlyList<GoldSentence>)[g])).ToList();
        else
        {
            // Lines of our own articles ("article": "2025-03-04-ankara-talks.txt") are coded in their article, as the main
            // job codes the file: the bundled samples/ beside the gold file's folder, then articles/ inside it, which holds
            // articles written only as gold (blind splits), so they do not become samples of the main job.
            var goldDir = Path.GetDirectoryName(Path.GetFullPath(goldPath)) ?? ".";
            // HTML pages, feeds and JSON lines are read by the readers tidings code uses; a line found in no article is
            // coded alone and said so on standard error.
            var warnings = new List<string>();
            var anchored = texts.AnchorLocalArticles(selected, warnings, Path.Combine(goldDir, "..", "samples"), Path.Combine(goldDir, "articles"));
            foreach (var w in warnings) Console.Error.WriteLine($"warning: {w}");
            try { units = GoldDocuments.Group(anchored, texts, goldPath); }
            catch (GoldFormatException ex) { throw new CliException(ex.Message); }
        }
        foreach (var (document, lines) in units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Gold is per sentence: score the mention-level events, not the merged ones.
            var coded = document is not null
                ? GoldDocuments.Code(document, pipeline, cancellationToken)
                : [pipeline.Analyze(LineArticle(lines[0]), cancellationToken).MentionEvents];
            for (var i = 0; i < lines.Count; i++) yield return (lines[i], coded[i]);
        }
    }

    /// <summary>
    /// A gold line as the readers would hand it to the pipeline: a wire dateline at its start ("DAKAR (Reuters) -") is
    /// the article's dateline, not words of its first sentence (<see cref="Inputs.TextArticle"/>).
    /// </summary>
    internal static Article LineArticle(GoldSentence line) => Inputs.TextArticle(line.Id, line.Text, line.Published);

    private static void PrintDifference(GoldSentence g, IReadOnlyList<PredictedEvent> predicted)
    {
        static string Show(string? s, string? t, string c) => $"{s ?? "-"}→{t ?? "-"}:{c}";
        var want = g.Events.Select(e => Show(e.Source, e.Target, e.Cameo)).Order().ToList();
        var got = predicted.Select(e => Show(e.Source, e.Target, e.Cameo)).Order().ToList();
        if (want.SequenceEqual(got)) return;
        Console.Error.WriteLine($"{g.Id}: {g.Text}\n   gold: {string.Join(" ", want)}\n   got:  {string.Join(" ", got)}");
    }
}

public sealed class EvalTokenizeSettings : CommandSettings
{
    [CommandArgument(0, "<CONLLU>")]
    [Description("A CoNLL-U file whose '# text' lines give the raw text (e.g. UD English-EWT test).")]
    public string Conllu { get; init; } = "";
}

/// <summary><c>tidings eval-tokenize</c>: sentence and token precision, recall and F1 against a treebank.</summary>
public sealed class EvalTokenizeCommand : Command<EvalTokenizeSettings>
{
    public override int Execute(CommandContext context, EvalTokenizeSettings s, CancellationToken cancellationToken)
    {
        if (!File.Exists(s.Conllu)) throw new CliException($"CoNLL-U file '{s.Conllu}' does not exist");
        var r = SegmentationEvaluator.Evaluate(s.Conllu);
        var t = new Table().AddColumn("unit").AddColumn("gold").AddColumn("system").AddColumn("precision").AddColumn("recall").AddColumn("F1");
        t.AddRow("tokens", r.GoldTokens.ToString(), r.SystemTokens.ToString(), P(r.TokenPrecision), P(r.TokenRecall), P(r.TokenF1));
        t.AddRow("sentences", r.GoldSentences.ToString(), r.SystemSentences.ToString(), P(r.SentencePrecision), P(r.SentenceRecall), P(r.SentenceF1));
        AnsiConsole.Write(t);
        return 0;
    }

    private static string P(double v) => (100 * v).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
