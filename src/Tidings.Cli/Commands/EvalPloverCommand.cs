using System.ComponentModel;
using Spectre.Console.Cli;
using Tidings.Evaluation;
using Tidings.Pipeline;

namespace Tidings.Cli.Commands;

public sealed class EvalPloverSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The NGEC synthetic stories: gpt_synthetic_events_*.csv.zip or the CSV inside it.")]
    public string File { get; init; } = "";

    [CommandOption("--no-headlines")]
    [Description("Code the story bodies only, without the prompt headline.")]
    public bool NoHeadlines { get; init; }

    [CommandOption("--limit <N>")]
    [Description("Score only the first N stories.")]
    public int? Limit { get; init; }
}

/// <summary><c>tidings eval-plover FILE</c>: per PLOVER label, the share of synthetic stories in which Tidings codes at
/// least one event of that label; macro-average; events per story and per sentence.</summary>
public sealed class EvalPloverCommand : Command<EvalPloverSettings>
{
    public override int Execute(CommandContext context, EvalPloverSettings s, CancellationToken cancellationToken)
    {
        List<PloverStory> stories;
        try { stories = PloverSyntheticEvaluator.Load(s.File); }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException) { throw new CliException(ex.Message); }
        if (s.Limit is int n) stories = stories.Take(Math.Max(0, n)).ToList();
        if (stories.Count == 0) throw new CliException($"'{s.File}': no stories to score");
        var progress = new Progress<int>(d => Console.Error.Write($"\r{d} / {stories.Count} stories"));
        var report = PloverSyntheticEvaluator.Evaluate(stories, TidingsPipeline.Default, !s.NoHeadlines, progress, cancellationToken);
        Console.Error.WriteLine();
        Console.Out.Write(report.ToMarkdown());
        return 0;
    }
}
