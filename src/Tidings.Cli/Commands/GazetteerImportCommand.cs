using System.ComponentModel;
using System.IO.Compression;
using System.Text;
using Spectre.Console.Cli;
using Tidings.Places;

namespace Tidings.Cli.Commands;

public sealed class GazetteerImportSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("GeoNames dump folder: countryInfo.txt, admin1CodesASCII.txt and cities*.txt or cities*.zip.")]
    public string Directory { get; init; } = "";

    [CommandOption("-o|--out <FILE>")]
    [Description("Gazetteer file to write (TSV; gzip-compressed when the name ends in .gz).")]
    [DefaultValue("gazetteer-geonames.tsv")]
    public string Out { get; init; } = "gazetteer-geonames.tsv";

    [CommandOption("--min-population <N>")]
    [Description("Leave out GeoNames places with fewer people.")]
    [DefaultValue(0L)]
    public long MinPopulation { get; init; }
}

/// <summary>
/// <c>tidings gazetteer import DIR</c>: builds a full gazetteer from a GeoNames dump on top of the bundled one
/// (<see cref="GeoNamesImporter"/>) and writes it in the bundled TSV format. Use it with
/// <c>TIDINGS_GAZETTEER=FILE</c> (every command) or <c>tidings eval-geo --gazetteer FILE</c>.
/// </summary>
public sealed class GazetteerImportCommand : Command<GazetteerImportSettings>
{
    public override int Execute(CommandContext context, GazetteerImportSettings s, CancellationToken cancellationToken)
    {
        GeoNamesImport import;
        try { import = GeoNamesImporter.Import(s.Directory, minPopulation: s.MinPopulation); }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            throw new CliException(ex.Message);
        }
        var tmp = s.Out + ".tmp";
        try
        {
            using (var stream = File.Create(tmp))
            using (var writer = s.Out.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                       ? new StreamWriter(new GZipStream(stream, CompressionLevel.Optimal), new UTF8Encoding(false))
                       : new StreamWriter(stream, new UTF8Encoding(false)))
            {
                Gazetteer.Write(import.Entries, writer,
                [
                    "Tidings gazetteer built by 'tidings gazetteer import' from GeoNames (https://www.geonames.org, CC BY 4.0:",
                    "  attribute GeoNames when you share this file) on top of the gazetteer bundled with Tidings.",
                    "Sources: " + string.Join(", ", import.SourceFiles.Select(Path.GetFileName)),
                    $"Rows: {import.Entries.Count}; GeoNames places read {import.CitiesRead}, added {import.CitiesAdded}, merged into bundled rows {import.CitiesMerged};",
                    $"  first-level divisions added {import.Admin1Added} (point: population-weighted mean of their cities), merged {import.Admin1Merged}.",
                    "Columns as in data/places/gazetteer.tsv.",
                ]);
            }
            File.Move(tmp, s.Out, overwrite: true);
        }
        catch (IOException ex) { TryDelete(tmp); throw new CliException($"cannot write '{s.Out}': {ex.Message}"); }
        catch (UnauthorizedAccessException ex) { TryDelete(tmp); throw new CliException($"cannot write '{s.Out}': {ex.Message}"); }
        Console.Out.WriteLine($"wrote {import.Entries.Count} places to {s.Out} ({import.CitiesAdded} GeoNames places added, {import.CitiesMerged} merged, " +
            $"{import.Admin1Added} first-level divisions added); use it with TIDINGS_GAZETTEER={s.Out} or --gazetteer {s.Out}");
        return 0;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
