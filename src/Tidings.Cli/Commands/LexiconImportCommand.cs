using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tidings.Actors;
using Tidings.Coding;

namespace Tidings.Cli.Commands;

public sealed class LexiconImportSettings : CommandSettings
{
    [CommandArgument(0, "<DIR|FILE>")]
    [Description("A PETRARCH/TABARI dictionary file (actors, agents or verbs), or a folder holding *.actors.txt, *agents*.txt and a verb dictionary.")]
    public string Source { get; init; } = "";

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder to write actors/people-petrarch.tsv, organizations-petrarch.tsv, roles-petrarch.tsv and coding/verbs.tsv into.")]
    [DefaultValue("petrarch-lexicon")]
    public string Out { get; init; } = "petrarch-lexicon";

    [CommandOption("--include-country-level")]
    [Description("Also write entries coded by a bare country code (cities, provinces, country aliases).")]
    public bool IncludeCountryLevel { get; init; }

    [CommandOption("--verbs <FILE>")]
    [Description("The verb dictionary to convert when DIR holds several (default: PETR_config.ini's verbfile_name, else the only one).")]
    public string? Verbs { get; init; }

    [CommandOption("--problems <N>")]
    [Description("How many unreadable lines to list (all are counted).")]
    [DefaultValue(20)]
    public int Problems { get; init; } = 20;
}

/// <summary>
/// <c>tidings lexicon import-petrarch</c>: converts PETRARCH2/TABARI actor, agent and verb dictionaries into the lexicon TSV
/// files. Use the result with <c>TIDINGS_DATA=OUT</c> (or <c>tidings actors --lexicon OUT</c>).
/// </summary>
public sealed class LexiconImportCommand : Command<LexiconImportSettings>
{
    public override int Execute(CommandContext context, LexiconImportSettings s, CancellationToken cancellationToken)
    {
        if (!File.Exists(s.Source) && !Directory.Exists(s.Source)) throw new CliException($"'{s.Source}' is neither a file nor a folder");
        string? verbFile = FindVerbDictionary(s, out var verbNote);
        // A verb dictionary given as the source is not also read as an actor file.
        bool sourceIsVerbs = File.Exists(s.Source) && PetrarchVerbImport.LooksLikeVerbDictionary(s.Source);
        var result = sourceIsVerbs ? new PetrarchImportResult() : PetrarchImport.ImportPath(s.Source);
        PetrarchVerbImportResult? verbs = verbFile is null ? null : PetrarchVerbImport.ReadFile(verbFile);
        if (result.Files.Count == 0 && verbs is not { ReadAnything: true })
            throw new CliException($"no PETRARCH dictionary (*.actors.txt, *agents*.txt, verb dictionary) could be read from '{s.Source}'"
                + (verbs is { Problems.Count: > 0 } ? ": " + verbs.Problems[0] : ""));
        if (result.Files.Count > 0) WriteActors(s, result);
        if (verbNote is not null) Console.Error.WriteLine("warning: " + verbNote);
        if (verbs is { ReadAnything: true }) WriteVerbs(s, verbs);
        AnsiConsole.MarkupLine($"use it with [bold]TIDINGS_DATA={Markup.Escape(s.Out)}[/]");
        return 0;
    }

    /// <summary>The verb dictionary to convert: the file itself, --verbs, PETR_config.ini's verbfile_name, or the folder's only one.</summary>
    private static string? FindVerbDictionary(LexiconImportSettings s, out string? note)
    {
        note = null;
        if (s.Verbs is not null)
        {
            if (!File.Exists(s.Verbs)) throw new CliException($"--verbs: '{s.Verbs}' does not exist");
            return s.Verbs;
        }
        if (File.Exists(s.Source)) return PetrarchVerbImport.LooksLikeVerbDictionary(s.Source) ? s.Source : null;
        var config = Path.Combine(s.Source, "PETR_config.ini");
        if (File.Exists(config))
        {
            foreach (var line in File.ReadLines(config))
            {
                var t = line.Trim();
                if (!t.StartsWith("verbfile_name", StringComparison.Ordinal) || !t.Contains('=')) continue;
                var name = t[(t.IndexOf('=') + 1)..].Trim();
                var p = Path.Combine(s.Source, name);
                if (File.Exists(p)) return p;
            }
        }
        var candidates = Directory.EnumerateFiles(s.Source, "*.txt").Order(StringComparer.Ordinal)
            .Where(f => !f.EndsWith(".actors.txt", StringComparison.OrdinalIgnoreCase)
                        && !Path.GetFileName(f).Contains("agents", StringComparison.OrdinalIgnoreCase))
            .Where(PetrarchVerbImport.LooksLikeVerbDictionary).ToList();
        if (candidates.Count == 1) return candidates[0];
        if (candidates.Count > 1)
            note = $"several verb dictionaries ({string.Join(", ", candidates.Select(Path.GetFileName))}); none converted: choose one with --verbs";
        return null;
    }

    private static void WriteActors(LexiconImportSettings s, PetrarchImportResult result)
    {
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
        AnsiConsole.MarkupLine($"wrote [green]{Markup.Escape(Path.Combine(s.Out, "actors"))}[/]");
    }

    private static void WriteVerbs(LexiconImportSettings s, PetrarchVerbImportResult v)
    {
        string path;
        try { path = PetrarchVerbImport.WriteFile(v, s.Out); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new CliException($"cannot write to '{s.Out}': {e.Message}"); }
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Simple).AddColumn("verb dictionary").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("file", Markup.Escape(v.File));
        table.AddRow("verb blocks / verb lines / patterns", $"{v.Blocks} / {v.VerbLines} / {v.Patterns}");
        table.AddRow("synsets (members)", $"{v.Synsets} ({v.SynsetMembers})");
        table.AddRow("rows written", v.Rows.Count.ToString(inv));
        table.AddRow("  verbs / phrases", $"{v.Rows.Count(r => r.Kind == TriggerKind.Verb)} / {v.Rows.Count(r => r.Kind == TriggerKind.Phrase)}");
        table.AddRow("  distinct verbs (first words)", v.Rows.Select(r => r.Trigger.Split(' ')[0]).Distinct().Count().ToString(inv));
        table.AddRow("  CAMEO codes covered", v.Rows.Select(r => r.Cameo).Distinct().Count().ToString(inv));
        foreach (var (reason, n) in v.Skipped) table.AddRow(Markup.Escape("skipped: " + reason), n.ToString(inv));
        table.AddRow("problems (file:line)", v.Problems.Count.ToString(inv));
        AnsiConsole.Write(table);
        if (v.UnknownCodes.Count > 0)
            Console.Error.WriteLine("warning: codes not in our CAMEO table (rows skipped): " + string.Join(", ", v.UnknownCodes.Select(kv => $"{kv.Key} ({kv.Value})")));
        foreach (var p in v.Problems.Take(Math.Max(0, s.Problems))) Console.Error.WriteLine("warning: " + p);
        AnsiConsole.MarkupLine($"wrote [green]{Markup.Escape(path)}[/]");
    }
}
