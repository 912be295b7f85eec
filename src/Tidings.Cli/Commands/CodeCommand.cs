using System.ComponentModel;
using Spectre.Console.Cli;
using Tidings.Pipeline;
using Tidings.Storage;

namespace Tidings.Cli.Commands;

public sealed class CodeSettings : CommandSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Article files, folders (read recursively) or - for standard input.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--published <DATE>")]
    [Description("Publication date (YYYY-MM-DD) used as the anchor for relative dates; overrides the input's own.")]
    public string? Published { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("table, jsonl, json, csv, gdelt or gdelt-header.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--db <PATH>")]
    [Description("DuckDB file to store articles and events in (default: tidings.duckdb in the current folder).")]
    public string? Db { get; init; }

    public const string DefaultDb = "tidings.duckdb";

    [CommandOption("--no-store")]
    [Description("Only print; store nothing.")]
    public bool NoStore { get; init; }

    [CommandOption("--news-only")]
    [Description("Leave out negated and background events (by default they are printed, flagged).")]
    public bool NewsOnly { get; init; }
}

/// <summary>
/// <c>tidings code</c>: the main job. Prints every event of every article (background and negated ones
/// flagged), and stores articles and events in the embedded database.
/// </summary>
public sealed partial class CodeCommand : Command<CodeSettings>
{
    public override int Execute(CommandContext context, CodeSettings s, CancellationToken cancellationToken)
    {
        EventOutput.Validate(s.Format);
        var published = Inputs.ParseDate(s.Published, "--published");
        var errors = new InputErrors();
        using var store = s.NoStore ? null : OpenStore(s.Db);
        using var sink = EventOutput.Open(s.Format);
        var pipeline = TidingsPipeline.Default;
        foreach (var article in Inputs.Read(s.Paths, published, errors))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (doc, events) = pipeline.Analyze(article, cancellationToken);
            store?.Store(article, doc, events);
            foreach (var e in events)
                if (!s.NewsOnly || (!e.Negated && !e.Background)) sink.Write(e);
        }
        sink.Complete();
        return errors.Count > 0 ? 1 : 0;
    }
}

public sealed partial class CodeCommand
{
    /// <summary>
    /// An explicit --db that cannot be opened is an error. The implicit default is a convenience: when it is
    /// locked by another tidings process or is not a Tidings database, the events are still printed and
    /// the user is told that nothing was stored.
    /// </summary>
    private static IEventStore? OpenStore(string? explicitPath)
    {
        if (explicitPath is not null) return StoreOpener.Open(explicitPath);
        try { return DuckDbEventStore.Open(CodeSettings.DefaultDb); }
        catch (StoreException ex)
        {
            Console.Error.WriteLine($"warning: not storing events: {ex.Message} (use --db PATH or --no-store)");
            return null;
        }
    }
}

internal static class StoreOpener
{
    public static IEventStore Open(string path)
    {
        try { return DuckDbEventStore.Open(path); }
        catch (StoreException ex) { throw new CliException(ex.Message, 2, ex); }
    }

    public static IEventStore OpenExisting(string path)
    {
        if (!File.Exists(path)) throw new CliException($"database '{path}' does not exist (create it with 'tidings ingest ... --db {path}')");
        return Open(path);
    }
}
