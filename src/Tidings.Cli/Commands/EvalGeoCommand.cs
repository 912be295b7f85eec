using System.ComponentModel;
using Spectre.Console.Cli;
using Tidings.Evaluation;
using Tidings.Places;

namespace Tidings.Cli.Commands;

public sealed class EvalGeoSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Gold corpus: GeoVirus.xml or GeoWebNews (GWN.xml) of Gritta et al.")]
    public string Gold { get; init; } = "";

    [CommandOption("--gazetteer <FILE>")]
    [Description("Use this gazetteer file (e.g. from 'tidings gazetteer import') instead of the bundled one.")]
    public string? Gazetteer { get; init; }

    [CommandOption("--geonames <DIR>")]
    [Description("Import the GeoNames dump in DIR in memory and use it as the gazetteer.")]
    public string? GeoNames { get; init; }

    [CommandOption("--errors")]
    [Description("Also list missed and false toponyms and resolutions more than 161 km off.")]
    public bool ShowErrors { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        Gazetteer is not null && GeoNames is not null
            ? Spectre.Console.ValidationResult.Error("give --gazetteer or --geonames, not both")
            : Spectre.Console.ValidationResult.Success();
}

/// <summary>
/// <c>tidings eval-geo FILE</c>: toponym recognition (span P/R/F1) and resolution (accuracy within 161 km, mean and
/// median error, AUC) of the place recognizer on a GeoVirus or GeoWebNews file. For GeoWebNews, a second table
/// leaves out adjectival uses ("Syrian"), which the recognizer does not look for.
/// </summary>
public sealed class EvalGeoCommand : Command<EvalGeoSettings>
{
    public override int Execute(CommandContext context, EvalGeoSettings s, CancellationToken cancellationToken)
    {
        GeoCorpus corpus;
        Gazetteer gazetteer;
        string label;
        try
        {
            corpus = GeoparseCorpus.Load(s.Gold);
            if (s.Gazetteer is not null) { gazetteer = Places.Gazetteer.LoadFile(s.Gazetteer); label = Path.GetFileName(s.Gazetteer); }
            else if (s.GeoNames is not null) { gazetteer = GeoNamesImporter.Import(s.GeoNames).ToGazetteer(); label = "GeoNames import of " + s.GeoNames; }
            else { gazetteer = Places.Gazetteer.Default; label = Environment.GetEnvironmentVariable(Places.Gazetteer.FileVariable) ?? "bundled"; }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            throw new CliException(ex.Message);
        }
        label += $", {gazetteer.Entries.Count} places";
        var evaluator = new GeoparseEvaluator(new PlaceRecognizer(gazetteer), label);
        var report = evaluator.Evaluate(corpus, maxErrors: s.ShowErrors ? 100_000 : 0);
        Console.Out.WriteLine(report.ToMarkdown());
        if (corpus.Format == "GeoWebNews")
        {
            var nouns = evaluator.Evaluate(corpus, t => !t.Adjectival);
            Console.Out.WriteLine(nouns.ToMarkdown().Replace($"| {corpus.Name} ", $"| {corpus.Name} without adjectival toponyms ", StringComparison.Ordinal));
        }
        if (s.ShowErrors)
            foreach (var e in report.Errors) Console.Out.WriteLine(e);
        return 0;
    }
}
