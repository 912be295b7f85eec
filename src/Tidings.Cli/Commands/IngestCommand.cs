using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Documents;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Cli.Commands;

public sealed class IngestSettings : CommandSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Article files, folders (read recursively) or - for standard input.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--db <PATH>")]
    [Description("DuckDB file to store into (created if missing).")]
    [DefaultValue("tidings.duckdb")]
    public string Db { get; init; } = "tidings.duckdb";

    [CommandOption("--published <DATE>")]
    [Description("Publication date (YYYY-MM-DD) for articles that carry none; overrides the input's own.")]
    public string? Published { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Articles coded in parallel (storage stays single-writer). Default: number of cores.")]
    public int? Threads { get; init; }

    public override ValidationResult Validate() =>
        Threads is < 1 ? ValidationResult.Error("--threads must be at least 1") : ValidationResult.Success();
}

/// <summary>
/// <c>tidings ingest</c>: codes and stores many articles. Idempotent: the store keys articles by content
/// hash, so a second run over the same files adds nothing.
/// </summary>
public sealed class IngestCommand : Command<IngestSettings>
{
    private const int BatchSize = 200;

    public override int Execute(CommandContext context, IngestSettings s, CancellationToken cancellationToken)
    {
        var published = Inputs.ParseDate(s.Published, "--published");
        var errors = new InputErrors();
        using var store = StoreOpener.Open(s.Db);
        var pipeline = TidingsPipeline.Default;
        int threads = s.Threads ?? Environment.ProcessorCount;
        // Listing first gives the progress bar its total; articles are then coded in parallel, in order.
        var articles = Inputs.Read(s.Paths, published, errors).ToList();
        int stored = 0, skipped = 0, events = 0;

        void Run(Action<int> advance)
        {
            var coded = articles.AsParallel().AsOrdered().WithDegreeOfParallelism(threads)
                .WithCancellation(cancellationToken)
                .Select(a => (Article: a, Result: pipeline.Analyze(a, cancellationToken)));
            // One transaction per batch: per-transaction cost dominates single-article stores.
            var batch = new List<Tidings.Storage.StoreItem>(BatchSize);
            void Flush()
            {
                foreach (var r in store.StoreBatch(batch))
                    if (r.AlreadyStored) skipped++; else { stored++; events += r.EventsStored; }
                advance(batch.Count);
                batch.Clear();
            }
            foreach (var (article, (doc, evs)) in coded)
            {
                batch.Add(new Tidings.Storage.StoreItem(article, doc, evs));
                if (batch.Count == BatchSize) Flush();
            }
            if (batch.Count > 0) Flush();
        }

        if (Console.IsErrorRedirected)
            Run(_ => { });
        else
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
                .Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                    new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("coding articles", maxValue: Math.Max(1, articles.Count));
                    Run(n => task.Increment(n));
                });

        Console.Error.WriteLine(
            $"ingested {articles.Count} article(s) into {s.Db}: {stored} new, {skipped} already stored, {events} event(s) stored, {errors.Count} input error(s)");
        return errors.Count > 0 ? 1 : 0;
    }
}
