using Tidings.Output;

namespace Tidings.Tests.Output;

public class CameoActorCodeTests
{
    [Theory]
    [InlineData("SYRGOV", "SYR", null, null, "GOV", null, null)]
    [InlineData("RUSMILREB", "RUS", null, null, "MIL", "REB", null)]
    [InlineData("IGOUNO", null, "UNO", null, "IGO", null, null)]
    [InlineData("IGOUNOHLH", null, "UNO", null, "IGO", "HLH", null)]
    [InlineData("IRQMOSSHI", "IRQ", null, "MOS", null, null, null)]
    [InlineData("USA", "USA", null, null, null, null, null)]
    [InlineData("usagovmil", "USA", null, null, "GOV", "MIL", null)]
    [InlineData("AFRGOV", "AFR", null, null, "GOV", null, null)]
    [InlineData("GOV", null, null, null, "GOV", null, null)]
    [InlineData("", null, null, null, null, null, null)]
    [InlineData(null, null, null, null, null, null, null)]
    [InlineData("SY", null, null, null, null, null, null)]
    public void Splits_codes_into_gdelt_parts(string? code, string? country, string? group, string? rel1, string? t1, string? t2, string? t3)
    {
        var p = CameoActorCode.Parse(code);
        Assert.Equal(country, p.Country);
        Assert.Equal(group, p.KnownGroup);
        Assert.Equal(rel1, p.Religion1);
        Assert.Equal(t1, p.Type1);
        Assert.Equal(t2, p.Type2);
        Assert.Equal(t3, p.Type3);
    }

    [Fact]
    public void Shia_after_Muslim_is_the_second_religion()
    {
        var p = CameoActorCode.Parse("IRQMOSSHI");
        Assert.Equal("SHI", p.Religion2);
    }

    [SkippableFact]
    public void Every_iso_alpha3_code_in_geonames_is_a_country()
    {
        var path = SharedData.PathOf("data/geonames/countryInfo.txt");
        var missing = File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')[1])
            .Where(iso3 => !CameoActorCode.IsCountryCode(iso3))
            .ToList();
        Assert.Empty(missing);
    }

    [SkippableFact]
    public void Fips_codes_agree_with_geonames()
    {
        var path = SharedData.PathOf("data/geonames/countryInfo.txt");
        var wrong = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            string iso3 = f[1], fips = f[3];
            var ours = Fips.FromIso3(iso3);
            if ((ours ?? "") != fips) wrong.Add($"{iso3}: ours {ours ?? "none"}, geonames {(fips.Length == 0 ? "none" : fips)}");
        }
        Assert.Empty(wrong);
    }
}
