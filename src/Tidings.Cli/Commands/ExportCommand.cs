using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Tidings.Cli.Commands;

public sealed class ExportSettings : QuerySettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("gdelt, gdelt-header, jsonl, json, csv or parquet.")]
    [DefaultValue("jsonl")]
    public string Format { get; init; } = "jsonl";

    [CommandOption("-o|--out <FILE>")]
    [Description("File to write (replaced if it exists).")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out FILE is required") : ValidationResult.Success();
}

/// <summary><c>tidings export</c>: write stored events to a file in a format other tools load.</summary>
public sealed class ExportCommand : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings s, CancellationToken cancellationToken)
    {
        var formats = new[] { "parquet" }.Concat(Tidings.Output.EventWriters.Formats).ToArray();
        if (!formats.Contains(s.Format, StringComparer.Ordinal))
            throw new CliException($"--format '{s.Format}' is not one of: {string.Join(", ", formats)}");
        var query = s.ToQuery();
        using var store = StoreOpener.OpenExisting(s.Db);
        var dir = Path.GetDirectoryName(Path.GetFullPath(s.Out!));
        if (dir is not null && !Directory.Exists(dir)) throw new CliException($"folder '{dir}' of --out does not exist");
        store.Export(query, s.Format, s.Out!);
        Console.Error.WriteLine($"exported events to {s.Out} ({s.Format})");
        return 0;
    }
}
