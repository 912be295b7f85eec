using System.ComponentModel;
using Spectre.Console.Cli;
using Tidings.Evaluation;

namespace Tidings.Cli.Commands;

public sealed class EvalTimeSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("A TimeML .tml file or folder (TempEval-3), or a MEANTIME .xml file or folder (e.g. meantime-english/intra-doc_annotation).")]
    public string Path { get; init; } = "";

    [CommandOption("--format <FORMAT>")]
    [Description("tempeval (TimeML) or meantime (CAT XML); guessed from the files when absent.")]
    public string? Format { get; init; }

    [CommandOption("--errors")]
    [Description("Also list every miss, spurious expression and wrong value (gold vs predicted).")]
    public bool ShowErrors { get; init; }
}

/// <summary>
/// <c>tidings eval-time</c>: time-expression extraction and TIMEX3 normalisation scored in the TempEval-3 manner
/// (strict and relaxed P/R/F1, type accuracy, value F1), each document anchored at its creation time.
/// </summary>
public sealed class EvalTimeCommand : Command<EvalTimeSettings>
{
    public override int Execute(CommandContext context, EvalTimeSettings s, CancellationToken cancellationToken)
    {
        bool isDir = Directory.Exists(s.Path);
        if (!isDir && !File.Exists(s.Path)) throw new CliException($"'{s.Path}' is neither a file nor a folder");
        string format = s.Format?.ToLowerInvariant() ?? Guess(s.Path, isDir);
        if (format is not ("tempeval" or "meantime")) throw new CliException($"--format '{s.Format}' is not tempeval or meantime");
        IReadOnlyList<TimeCorpusDocument> docs;
        try
        {
            docs = format == "tempeval"
                ? (isDir ? TimeMlReader.ReadDirectory(s.Path) : [TimeMlReader.ReadFile(s.Path)])
                : (isDir ? MeantimeReader.ReadDirectory(s.Path) : [MeantimeReader.ReadFile(s.Path)]);
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or InvalidDataException or IOException)
        {
            throw new CliException($"cannot read '{s.Path}' as {format}: {ex.Message}");
        }
        var scored = docs.Where(d => d.Anchor is not null).ToList();
        if (scored.Count == 0) throw new CliException($"no document with a creation time (DCT) in '{s.Path}'");
        if (scored.Count < docs.Count) Console.Error.WriteLine($"{docs.Count - scored.Count} document(s) without a usable creation time skipped");
        var r = TimeEvaluator.Evaluate(format == "tempeval" ? "TempEval-3 (TimeML)" : "MEANTIME", scored, cancellationToken);

        // A Markdown table: readable in a terminal, pasteable into a README, never squeezed when piped.
        Console.Out.WriteLine(TimeEvaluation.MarkdownHeader);
        Console.Out.WriteLine(r.ToMarkdownRow());
        if (s.ShowErrors)
            foreach (var e in r.Errors)
            {
                string gold = e.Gold is null ? "(none)" : $"{e.Gold.Type} {e.Gold.Value} '{e.Gold.Text}'";
                string got = e.Predicted is null ? "(missed)" : $"{TimeEvaluator.TypeName(e.Predicted.Type)} {e.Predicted.Value ?? "unresolved: " + e.Predicted.Reason} '{e.Predicted.Text}' [{e.Predicted.Rule}]";
                Console.Out.WriteLine($"{e.Document}\tgold {gold}\tgot {got}\t{e.Context}");
            }
        return 0;
    }

    private static string Guess(string path, bool isDir)
    {
        var files = isDir ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories) : [path];
        return files.Any(f => f.EndsWith(".tml", StringComparison.OrdinalIgnoreCase)) ? "tempeval" : "meantime";
    }

}
