using System.Text;
using Tidings.Evaluation;
using Tidings.Places;
using Tidings.Tests.Time;
using Xunit.Abstractions;

namespace Tidings.Tests.Places;

/// <summary>The GeoNames import (read from ../shared at test time) and the gazetteer file round trip.</summary>
public class GeoNamesImporterTests(ITestOutputHelper output)
{
    private static readonly Lazy<GeoNamesImport> Shared = new(() =>
        GeoNamesImporter.Import(Path.GetDirectoryName(SharedData.PathOf("data/geonames/countryInfo.txt"))!));

    private static readonly Lazy<Gazetteer> SharedGazetteer = new(() => Shared.Value.ToGazetteer());

    private static Gazetteer Full()
    {
        Import();
        return SharedGazetteer.Value;
    }

    private static GeoNamesImport Import()
    {
        SharedData.PathOf("data/geonames/cities15000.zip"); // skips when ../shared is absent
        return Shared.Value;
    }

    [SkippableFact]
    public void Imports_the_shared_dump_on_top_of_the_bundled_gazetteer()
    {
        var import = Import();
        Assert.True(import.CitiesRead > 20_000, $"{import.CitiesRead} cities read");
        Assert.True(import.Entries.Count > Gazetteer.LoadBundled().Entries.Count + 20_000);
        Assert.True(import.CitiesMerged > 500, $"{import.CitiesMerged} merged");
        var g = Full();
        // Bundled rows keep their names and gain GeoNames ids; new towns carry their first-level division.
        var moscow = g.LookupEntries("Moscow").Single(e => e.Country == "RUS" && e.Feature == "capital");
        Assert.Equal(524901, moscow.GeoNamesId);
        Assert.True(moscow.Curated);
        Assert.Contains(g.LookupEntries("Paris"), e => e.Country == "USA" && e.Admin1 == "Texas");
        var small = g.LookupEntries("Pandi").FirstOrDefault(e => e.Country == "PHL");
        Assert.NotNull(small);
        Assert.False(small!.Curated);
        Assert.True(small.IsMinor);
        Assert.Contains(g.Entries, e => e.Feature == "admin1" && !e.Curated);
        // Every country has one country row and capitals stay unique.
        Assert.DoesNotContain(g.Entries.Where(e => e.Feature == "capital").GroupBy(e => e.Country), x => x.Count() > 1);
    }

    [SkippableFact]
    public void Written_file_loads_back_with_the_same_rows()
    {
        var import = Import();
        var path = Path.Combine(Path.GetTempPath(), $"tidings-gaz-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var fs = File.Create(path))
            using (var w = new StreamWriter(new System.IO.Compression.GZipStream(fs, System.IO.Compression.CompressionLevel.Fastest)))
                Gazetteer.Write(import.Entries, w, ["test"]);
            var g = Gazetteer.LoadFile(path);
            Assert.Equal(import.Entries.Count, g.Entries.Count);
            Assert.Equal(import.Entries.Count(e => e.Curated), g.Entries.Count(e => e.Curated));
            Assert.Equal("USA", new PlaceRecognizer(g).Name == "places" ? g.Resolve("Houston", null)?.Country : null);
        }
        finally { File.Delete(path); }
    }

    [SkippableTheory]
    [InlineData("Students in Moscow, Idaho protested.", "Moscow", "USA")]
    [InlineData("The outbreak began in Pandi, Bulacan last week.", "Pandi", "PHL")]
    [InlineData("Flooding hit Springfield, Illinois on Monday.", "Springfield", "USA")]
    [InlineData("Police in Hyderabad, Pakistan arrested protesters.", "Hyderabad", "PAK")]
    [InlineData("The summit in Paris ended without a deal.", "Paris", "FRA")]
    [InlineData("Clashes erupted in Tripoli, north of Beirut.", "Tripoli", "LBN")]
    public void Full_gazetteer_resolves_with_context(string text, string name, string iso3)
    {
        var g = Full();
        var doc = TestDocuments.Make(text, new DateOnly(2025, 7, 30));
        new PlaceRecognizer(g).Process(doc);
        var p = doc.Places.First(m => m.Tokens.TextIn(doc).StartsWith(name, StringComparison.Ordinal));
        Assert.Equal(iso3, p.Place?.Country);
    }

    [SkippableTheory]
    [InlineData("Pamela Anderson visited the clinic.")]
    [InlineData("The UN said the FAO would help.")]
    [InlineData("Taco Bell recalled onions in March.")]
    public void Full_gazetteer_does_not_take_surnames_acronyms_and_words_for_towns(string text)
    {
        var g = Full();
        var doc = TestDocuments.Make(text, new DateOnly(2025, 7, 30));
        new PlaceRecognizer(g).Process(doc);
        Assert.Empty(doc.Places);
    }

    [SkippableFact]
    public void Measures_GeoVirus_and_GeoWebNews_with_both_gazetteers()
    {
        var import = Import();
        var full = new GeoparseEvaluator(new PlaceRecognizer(Full()), "GeoNames import");
        var bundled = new GeoparseEvaluator(PlaceRecognizer.Default, "bundled");
        foreach (var file in new[] { "GeoVirus.xml", "GeoWebNews.GWN.xml" })
        {
            var corpus = GeoparseCorpus.Load(SharedData.PathOf("data/geoparsing-gritta/" + file));
            var b = bundled.Evaluate(corpus);
            var f = full.Evaluate(corpus);
            output.WriteLine(b.ToMarkdown());
            output.WriteLine(f.ToMarkdown());
            Assert.True(f.Precision > 0.8, $"{file} import precision {f.Precision:P1}");
            Assert.True(f.Accuracy161 > 0.75, $"{file} import accuracy@161 {f.Accuracy161:P1}");
            Assert.True(b.Precision > 0.85, $"{file} bundled precision {b.Precision:P1}");
        }
    }

    [Fact]
    public void Missing_and_malformed_files_are_named()
    {
        var dir = Directory.CreateTempSubdirectory("tidings-geonames-").FullName;
        try
        {
            var e1 = Assert.Throws<FileNotFoundException>(() => GeoNamesImporter.Import(dir));
            Assert.Contains("countryInfo.txt", e1.Message);
            File.WriteAllText(Path.Combine(dir, "countryInfo.txt"), "# comment\nFR\tFRA\t250\tFR\tFrance\tParis\t547030\t66987244\tEU\n");
            var e2 = Assert.Throws<FileNotFoundException>(() => GeoNamesImporter.Import(dir));
            Assert.Contains("admin1CodesASCII.txt", e2.Message);
            File.WriteAllText(Path.Combine(dir, "admin1CodesASCII.txt"), "FR.11\tÎle-de-France\tIle-de-France\t3012874\n");
            var e3 = Assert.Throws<FileNotFoundException>(() => GeoNamesImporter.Import(dir));
            Assert.Contains("cities", e3.Message);
            var row = "2988507\tParis\tParis\tParee,Parigi\t48.85341\t2.3488\tP\tPPLC\tFR\t\t11\t75\t751\t75056\t2138551\t\t42\tEurope/Paris\t2024-01-01";
            File.WriteAllText(Path.Combine(dir, "cities500.txt"), row + "\n2988508\tX\tX\t\tnot-a-number\t2.3\tP\tPPL\tFR\t\t11\t\t\t\t5\t\t\t\t\n", Encoding.UTF8);
            var e4 = Assert.Throws<InvalidDataException>(() => GeoNamesImporter.Import(dir, Gazetteer.LoadBundled()));
            Assert.Contains("cities500.txt:2", e4.Message);
            Assert.Contains("latitude", e4.Message);
            File.WriteAllText(Path.Combine(dir, "cities500.txt"), row + "\n", Encoding.UTF8);
            var ok = GeoNamesImporter.Import(dir, Gazetteer.LoadBundled());
            Assert.Equal(1, ok.CitiesRead);
            Assert.Equal(1, ok.CitiesMerged); // the bundled Paris, France
            File.WriteAllText(Path.Combine(dir, "cities500.zip"), "not a zip");
            File.Delete(Path.Combine(dir, "cities500.txt"));
            var e5 = Assert.Throws<InvalidDataException>(() => GeoNamesImporter.Import(dir, Gazetteer.LoadBundled()));
            Assert.Contains("cities500.zip", e5.Message);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("name\talternates\tfeature\tcountry\tadmin1\tlatitude\tlongitude\nX\t\tcity\tFRA\t\t95\t2\n", "bad latitude")]
    [InlineData("name\talternates\tfeature\tcountry\tadmin1\tlatitude\tlongitude\nX\t\ttown\tFRA\t\t45\t2\n", "unknown feature")]
    [InlineData("name\talternates\tfeature\tcountry\tadmin1\tlatitude\tlongitude\nX\t\tcity\tFrance\t\t45\t2\n", "ISO 3166-1")]
    [InlineData("name\talternates\tfeature\tcountry\tadmin1\tlatitude\tlongitude\tpopulation\nX\t\tcity\tFRA\t\t45\t2\tmany\n", "bad population")]
    [InlineData("name\talternates\tfeature\nX\t\tcity\n", "columns")]
    [InlineData("# only comments\n", "no gazetteer rows")]
    public void Bad_gazetteer_rows_name_file_and_line(string text, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Gazetteer.Parse(new StringReader(text), "my.tsv"));
        Assert.Contains(message, ex.Message);
        Assert.StartsWith("my.tsv", ex.Message);
    }

    [Fact]
    public void Missing_gazetteer_file_is_a_clear_error()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => Gazetteer.LoadFile("/nonexistent/gaz.tsv"));
        Assert.Contains("/nonexistent/gaz.tsv", ex.Message);
    }
}
