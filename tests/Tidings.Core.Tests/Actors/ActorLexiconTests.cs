using System.Text.Json;
using System.Text.RegularExpressions;
using Tidings.Actors;

namespace Tidings.Tests.Actors;

public class ActorLexiconTests
{
    [Fact]
    public void Every_actor_data_file_loads_and_validates()
    {
        var lex = ActorLexicon.Load();
        Assert.True(lex.Problems.Count == 0, string.Join("\n", lex.Problems));
        Assert.True(lex.CountryCount >= 195, $"{lex.CountryCount} countries");
        Assert.True(lex.MetonymCount >= 20);
        Assert.True(lex.RoleCount >= 150);
        Assert.True(lex.OrganizationCount >= 60);
        Assert.True(lex.PersonPeriodCount >= 80);
        foreach (var c in lex.Countries)
        {
            Assert.Matches("^[A-Z]{3}$", c.Iso3);
            Assert.Matches("^([A-Z]{3}){1,2}$", c.Cameo);
            if (c.CapitalLat is { } lat) Assert.InRange(lat, -90, 90);
            if (c.CapitalLon is { } lon) Assert.InRange(lon, -180, 180);
            Assert.Equal(c.CapitalLat is null, c.CapitalLon is null);
        }
    }

    [Fact]
    public void Data_files_are_embedded()
    {
        var files = DataFiles.List().ToList();
        foreach (var f in new[] { "countries", "metonyms", "roles", "organizations", "people" })
            Assert.Contains($"actors/{f}.tsv", files);
    }

    [SkippableFact]
    public void All_UN_members_are_present()
    {
        var path = SharedData.PathOf("data/countries-mledoze/countries.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var un = json.RootElement.EnumerateArray()
            .Where(c => c.TryGetProperty("unMember", out var u) && u.ValueKind == JsonValueKind.True)
            .Select(c => c.GetProperty("cca3").GetString()!)
            .ToList();
        // mledoze counts the Holy See (an observer) as a member: 193 members + VAT.
        Assert.Equal(193, un.Count(i => i != "VAT"));
        var lex = ActorLexicon.Default;
        var missing = un.Where(i => lex.CountryByIso3(i) is null).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
        Assert.NotNull(lex.CountryByIso3("PSE"));
        Assert.NotNull(lex.CountryByIso3("VAT"));
    }

    [Theory]
    [InlineData("Syria", "SYR")]
    [InlineData("Syrian", "SYR")]
    [InlineData("Syrians", "SYR")]
    [InlineData("U.S.", "USA")]
    [InlineData("United States of America", "USA")]
    [InlineData("Americans", "USA")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("Kosovo", "XKX")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("DRC", "COD")]
    public void Finds_countries_by_name_adjective_and_demonym(string key, string iso3)
    {
        Assert.True(ActorLexicon.Default.TryGetCountry(key, out var c));
        Assert.Equal(iso3, c.Iso3);
    }

    // Dependent territories are coded under their sovereign, as CAMEO codes Puerto Rico (USAPRI).
    [Theory]
    [InlineData("Guam", "GUM", "USAGUM")]
    [InlineData("Curacao", "CUW", "NLDCUW")]
    [InlineData("Bermudian", "BMU", "GBRBMU")]
    [InlineData("Turks and Caicos Islands", "TCA", "GBRTCA")]
    [InlineData("Faroe Islands", "FRO", "DNKFRO")]
    [InlineData("Tokelau", "TKL", "NZLTKL")]
    public void Finds_dependent_territories_under_their_sovereign(string key, string iso3, string cameo)
    {
        Assert.True(ActorLexicon.Default.TryGetCountry(key, out var c));
        Assert.Equal(iso3, c.Iso3);
        Assert.Equal(cameo, c.Cameo);
    }

    [Fact]
    public void Country_entries_carry_capital_and_CAMEO_code()
    {
        var ru = ActorLexicon.Default.CountryByIso3("RUS")!;
        Assert.Equal("Moscow", ru.Capital);
        Assert.InRange(ru.CapitalLat!.Value, 55, 56);
        Assert.Equal("KSV", ActorLexicon.Default.CountryByIso3("XKX")!.Cameo);
        Assert.False(ActorLexicon.Default.TryGetCountry("Atlantis", out _));
        Assert.False(ActorLexicon.Default.TryGetCountry("", out _));
        Assert.Equal("EGY", ActorLexicon.Default.CountryOfPlace("CAIRO")!.Iso3);
    }

    [SkippableFact]
    public void Adjectives_agree_with_the_nationality_list()
    {
        // Cross-check adjectives against the Wikipedia nationality list read at test time (facts, not copies).
        var path = SharedData.PathOf("data/country-nationality-wikipedia/master-list.csv");
        var lines = File.ReadAllLines(path);
        Assert.True(lines.Length > 100);
        var lex = ActorLexicon.Default;
        int found = 0;
        var misses = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            // num_code,alpha_2_code,alpha_3_code,en_short_name,nationality (quoted fields may hold commas)
            var f = Regex.Matches(line, "\"([^\"]*)\"|([^,]+)|(?<=,)(?=,|$)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
            if (f.Count < 5) continue;
            var iso3 = f[2].Trim();
            if (lex.CountryByIso3(iso3) is null) continue;
            // The list's first nationality adjective must name the same country in our lexicon.
            var adj = f[4].Split(',', ';')[0].Trim();
            if (lex.TryGetCountry(adj, out var c) && c.Iso3 == iso3) found++;
            else misses.Add($"{iso3}:{adj}");
        }
        Assert.True(found > 170, $"only {found} adjectives agree; misses: {string.Join(" ", misses)}");
    }
}
