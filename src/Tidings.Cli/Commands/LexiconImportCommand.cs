using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Actors;

namespace Tidings.Cli.Commands;

public sealed class LexiconImportSettings : CommandSettings
{
    [CommandArgument(0, "<DIR|FILE>")]
    [Description("A PETRARCH/TABARI dictionary file, or a folder holding *.actors.txt and *agents*.txt files.")]
    public string Source { get; init; } = "";

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder to write actors/people-petrarch.tsv, organizations-petrarch.tsv and roles-petrarch.tsv into.")]
    [DefaultValue("petrarch-lexicon")]
    public string Out { get; init; } = "petrarch-lexicon";

    [CommandOption("--include-country-level")]
    [Description("Also write entries coded by a bare country code (cities, provinces, country aliases).")]
    public bool IncludeCountryLevel { get; init; }

    [CommandOption("--problems <N>")]
    [Description("How many unreadable lines to list (all are counted).")]
    [DefaultValue(20)]
    public int Problems { get; init; } = 20;
}

/// <summary>
/// <c>tidings lexicon import-petrarch</c>: converts PETRARCH2/TABARI actor and agent dictionaries into the lexicon's TSV
/// files. Use the result with <c>TIDINGS_DATA=OUT</c> (or <c>tidings actors --lexicon OUT</c>).
/// </summary>
public sealed class LexiconImportCommand : Command<LexiconImportSettings>
{
    public override int Execute(CommandContext context, LexiconImportSettings s, CancellationToken cancellationToken)
    {
        if (!File.Exists(s.Source) && !Directory.Exists(s.Source)) throw new CliException($"'{s.Source}' is neither a file nor a folder");
        var result = PetrarchImport.ImportPath(s.Source);
        if (result.Files.Count == 0) throw new CliException($"no PETRARCH dictionary (*.actors.txt, *agents*.txt) found in '{s.Source}'");
        PetrarchWriteCounts counts;
        try { counts = PetrarchImport.WriteTsv(result, s.Out, s.IncludeCountryLevel); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new CliException($"cannot write to '{s.Out}': {e.Message}"); }

        var table = new Table().Border(TableBorder.Simple).AddColumn("read").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("files", Markup.Escape(string.Join(", ", result.Files)));
        table.AddRow("actor blocks", result.Actors.Count.ToString());
        table.AddRow("agent forms", result.Agents.Count.ToString());
        table.AddRow("people written (periods)", $"{counts.People} ({counts.PersonPeriods})");
        table.AddRow("organisations written", counts.Organizations.ToString());
        table.AddRow("roles written", counts.Roles.ToString());
        table.AddRow("skipped: country-level names", counts.SkippedCountryLevel.ToString());
        table.AddRow("skipped: codes outside CAMEO", counts.SkippedBadCode.ToString());
        table.AddRow("problems (file:line)", result.Problems.Count.ToString());
        AnsiConsole.Write(table);
        foreach (var p in result.Problems.Take(Math.Max(0, s.Problems))) Console.Error.WriteLine("warning: " + p);
        AnsiConsole.MarkupLine($"wrote [green]{Markup.Escape(Path.Combine(s.Out, "actors"))}[/]; use it with [bold]TIDINGS_DATA={Markup.Escape(s.Out)}[/]");
        return 0;
    }
}
