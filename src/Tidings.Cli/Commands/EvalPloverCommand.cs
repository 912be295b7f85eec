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

    [CommandOption("--misses <FILE>")]
    [Description("Write each story with no event of its label (label, headline, body, the events coded) to FILE, for error analysis.")]
    public string? Misses { get; init; }
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
        var misses = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
        Action<PloverStory, bool, IReadOnlyList<Tidings.Output.CodedEvent>>? onStory = s.Misses is null ? null : (story, hit, coded) =>
        {
            if (hit) return;
            var sb = new System.Text.StringBuilder();
            sb.Append("## ").Append(story.Label).Append(" | row ").Append(story.Row).Append(" | ").AppendLine(story.Headline);
            sb.AppendLine(story.Text.Replace('\n', ' '));
            foreach (var e in coded)
                sb.Append("  -> ").Append(e.Source.Code ?? "-").Append(' ').Append(e.Cameo).Append(' ').Append(e.Target?.Code ?? "-")
                  .Append(' ').Append(e.Plover.Type).Append(" \"").Append(e.Evidence.Trigger).Append("\" ")
                  .Append(e.Negated ? "negated " : "").Append(e.Background ? "background" : "").AppendLine();
            misses[story.Row] = sb.ToString();
        };
        var report = PloverSyntheticEvaluator.Evaluate(stories, TidingsPipeline.Default, !s.NoHeadlines, progress, cancellationToken, onStory);
        if (s.Misses is not null)
            File.WriteAllText(s.Misses, string.Concat(misses.OrderBy(kv => kv.Key).Select(kv => kv.Value + "\n")));
        Console.Error.WriteLine();
        Console.Out.Write(report.ToMarkdown());
        return 0;
    }
}
