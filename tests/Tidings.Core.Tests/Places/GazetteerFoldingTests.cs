using Tidings.Places;
using Tidings.Tests.Time;
using Xunit;

namespace Tidings.Tests.Places;

/// <summary>
/// Gazetteer keys are stored and looked up with Latin diacritics folded, so copy that drops an accent the row keeps
/// ("Kasai" for "Kasaï") or keeps one an ASCII row lacks ("Ségou" for "Segou") still finds the place. The build runs
/// with invariant globalization, where string.Normalize is a no-op, so the folding is by table, one character for one.
/// </summary>
public class GazetteerFoldingTests
{
    private const string Rows =
        "name\talternates\tfeature\tcountry\tadmin1\tlatitude\tlongitude\n" +
        "Ségou\t\tcity\tMLI\t\t13.4\t-6.3\n" +
        "Velmora\t\tregion\tFRA\t\t44\t3\n" +
        "Port Amber\t\tcity\tFRA\t\t45\t2\n";

    private static readonly Gazetteer G = Gazetteer.Parse(new StringReader(Rows), "toy.tsv");

    [Theory]
    [InlineData("Ségou", "Ségou")]
    [InlineData("Segou", "Ségou")]     // accent dropped by the copy
    [InlineData("SEGOU", "Ségou")]     // case and accent both differ
    [InlineData("Sègou", "Ségou")]     // another accent on the same letter
    [InlineData("Vélmora", "Velmora")] // an accent the row lacks
    [InlineData("Pört Ambér", "Port Amber")]
    [InlineData("Segu", null)]         // folding is not fuzzy matching
    [InlineData("Sgou", null)]
    public void Looks_up_names_with_diacritics_folded(string name, string? expected)
    {
        var found = G.LookupEntries(name);
        if (expected is null) { Assert.Empty(found); return; }
        Assert.Equal(expected, Assert.Single(found).Name);
    }

    [Theory]
    [InlineData("Ségou", true)]
    [InlineData("Pört", true)]
    [InlineData("Ambér", false)] // second words begin nothing, folded or not
    public void First_word_filter_folds_as_the_lookup_does(string word, bool expected) =>
        Assert.Equal(expected, G.CanStartKey(word));

    [Theory]
    [InlineData("Fighting spread across Kasai province.", "Kasaï", "COD")]
    [InlineData("The delegation flew on to Bogota.", "Bogotá", "COL")]
    [InlineData("Talks opened in Asunción on Monday.", "Asunción", "PRY")]
    public void Bundled_rows_are_found_with_or_without_their_accents(string text, string name, string iso3)
    {
        var doc = TestDocuments.Make(text, new DateOnly(2025, 7, 30), null, null);
        PlaceRecognizer.Default.Process(doc);
        var p = Assert.Single(doc.Places);
        Assert.Equal(name, p.Place!.Name);
        Assert.Equal(iso3, p.Place.Country);
    }

    [Theory]
    [InlineData("Ségou", "Segou")]
    [InlineData("Se\u0301gou", "Segou")] // a combining accent typed apart from its letter
    [InlineData("Łódź", "Lodz")]
    [InlineData("Kasaï-Oriental", "Kasai-Oriental")]
    [InlineData("Tehran", "Tehran")]
    [InlineData("القاهرة", "القاهرة")]  // other scripts pass through
    public void Importer_keys_drop_diacritics_without_icu(string name, string expected) =>
        Assert.Equal(expected, GeoNamesImporter.RemoveDiacritics(name));
}
