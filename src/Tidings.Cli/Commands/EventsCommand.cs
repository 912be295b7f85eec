using System.ComponentModel;
using Spectre.Console.Cli;
using Tidings.Storage;

namespace Tidings.Cli.Commands;

public class QuerySettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("DuckDB file to read.")]
    [DefaultValue("tidings.duckdb")]
    public string Db { get; init; } = "tidings.duckdb";

    [CommandOption("--actor <CODE>")]
    [Description("Keep events whose source or target code starts with CODE (e.g. SYR, RUSGOV, IGOUNO).")]
    public string? Actor { get; init; }

    [CommandOption("--cameo <PREFIX>")]
    [Description("Keep events whose CAMEO code starts with PREFIX (e.g. 04, 190).")]
    public string? Cameo { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("Keep events dated on or after DATE (YYYY-MM-DD).")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Keep events dated on or before DATE (YYYY-MM-DD).")]
    public string? To { get; init; }

    [CommandOption("--include-background")]
    [Description("Also return history told as context.")]
    public bool IncludeBackground { get; init; }

    [CommandOption("--include-negated")]
    [Description("Also return negated events (\"did not attack\").")]
    public bool IncludeNegated { get; init; }

    [CommandOption("--limit <N>")]
    public int? Limit { get; init; }

    internal EventQuery ToQuery() => new()
    {
        ActorCode = Actor,
        CameoPrefix = Cameo,
        From = Inputs.ParseDate(From, "--from"),
        To = Inputs.ParseDate(To, "--to"),
        IncludeBackground = IncludeBackground,
        IncludeNegated = IncludeNegated,
        Limit = Limit,
    };
}

public sealed class EventsSettings : QuerySettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table, jsonl, json, csv, gdelt or gdelt-header.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";
}

/// <summary><c>tidings events</c>: query the stored events.</summary>
public sealed class EventsCommand : Command<EventsSettings>
{
    public override int Execute(CommandContext context, EventsSettings s, CancellationToken cancellationToken)
    {
        EventOutput.Validate(s.Format);
        var query = s.ToQuery();
        using var store = StoreOpener.OpenExisting(s.Db);
        using var sink = EventOutput.Open(s.Format);
        foreach (var e in store.Query(query))
        {
            cancellationToken.ThrowIfCancellationRequested();
            sink.Write(e);
        }
        sink.Complete();
        return 0;
    }
}
