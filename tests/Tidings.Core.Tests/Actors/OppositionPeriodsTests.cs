using System.Globalization;
using Tidings.Actors;

namespace Tidings.Tests.Actors;

/// <summary>
/// Opposition periods in data/actors/people*.tsv: a leader of the opposition, a main presidential challenger or a
/// jailed opponent is coded &lt;country&gt;OPP while leading or embodying the opposition, the office's code while in
/// office, and the country's elite (ELI) otherwise; and no opposition period overlaps an office of the same person.
/// </summary>
public class OppositionPeriodsTests
{
    /// <summary>Every row of the people files, read as the lexicon reads them.</summary>
    private static IEnumerable<(string File, int Line, string[] Fields)> PeopleRows() =>
        ActorLexicon.RowsOfAll("actors/people", 5, [], []);

    private static DateOnly? Parse(string s) =>
        s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Name or alias, article date, expected code.</summary>
    [Theory]
    [InlineData("Alexei Navalny", "2020-08-20", "RUSOPP")]
    [InlineData("Navalny", "2024-06-01", "RUSELI")]
    [InlineData("Keir Starmer", "2022-01-01", "GBROPP")]
    [InlineData("Keir Starmer", "2025-01-01", "GBRGOV")]
    [InlineData("Keir Starmer", "2015-01-01", "GBRELI")]
    [InlineData("Anwar Ibrahim", "2015-01-01", "MYSOPP")]
    [InlineData("Anwar Ibrahim", "2023-06-01", "MYSGOV")]
    [InlineData("Mahathir Mohamad", "2017-06-01", "MYSOPP")]
    [InlineData("Mahathir Mohamad", "2019-01-01", "MYSGOV")]
    [InlineData("Mahathir Mohamad", "2010-01-01", "MYSELI")]
    [InlineData("Aung San Suu Kyi", "2010-11-13", "MMROPP")]
    [InlineData("Ousmane Sonko", "2023-06-01", "SENOPP")]
    [InlineData("Ousmane Sonko", "2024-06-01", "SENGOV")]
    [InlineData("John Mahama", "2020-12-07", "GHAOPP")]
    [InlineData("John Mahama", "2015-01-01", "GHAGOV")]
    [InlineData("John Mahama", "2025-06-01", "GHAGOV")]
    [InlineData("Morgan Tsvangirai", "2008-03-29", "ZWEOPP")]
    [InlineData("Tsvangirai", "2011-01-01", "ZWEGOV")]
    [InlineData("Raila Odinga", "2017-08-08", "KENOPP")]
    [InlineData("Raila Odinga", "2010-01-01", "KENGOV")]
    [InlineData("Raila Odinga", "2019-06-01", "KENELI")]
    [InlineData("Bobi Wine", "2021-01-14", "UGAOPP")]
    [InlineData("Kyagulanyi", "2021-01-14", "UGAOPP")]
    [InlineData("Kemal Kilicdaroglu", "2023-05-14", "TUROPP")]
    [InlineData("Kemal Kilicdaroglu", "2024-06-01", "TURELI")]
    [InlineData("Netanyahu", "2007-06-01", "ISROPP")]
    [InlineData("Tusk", "2022-06-01", "POLOPP")]
    [InlineData("Imran Khan", "2024-02-08", "PAKOPP")]
    [InlineData("Imran Khan", "2020-01-01", "PAKGOV")]
    [InlineData("Luiz Inacio Lula da Silva", "2022-10-02", "BRAOPP")]
    [InlineData("Luiz Inacio Lula da Silva", "2015-01-01", "BRAELI")]
    // Session 15 (blind24): challengers and opposition leaders of West and Central Africa, the Caucasus, the Balkans,
    // Latin America and the Pacific, and the offices some of them held before.
    [InlineData("Issa Tchiroma Bakary", "2025-10-20", "CMROPP")]
    [InlineData("Tchiroma", "2016-03-01", "CMRGOV")]
    [InlineData("Cabral Libii", "2025-10-12", "CMROPP")]
    [InlineData("Pahimi Padacke", "2024-05-06", "TCDOPP")]
    [InlineData("Pahimi Padacke", "2017-01-01", "TCDGOV")]
    [InlineData("Pahimi Padacke", "2020-01-01", "TCDELI")]
    [InlineData("Amadou Ba", "2024-11-17", "SENOPP")]
    [InlineData("Amadou Ba", "2023-06-01", "SENGOV")]
    [InlineData("Guillaume Soro", "2021-06-01", "CIVOPP")]
    [InlineData("Guillaume Soro", "2010-01-01", "CIVGOV")]
    [InlineData("Bilie-By-Nze", "2025-04-12", "GABOPP")]
    [InlineData("Keiko Fujimori", "2021-06-06", "PEROPP")]
    [InlineData("Khazaradze", "2024-10-26", "GEOOPP")]
    [InlineData("Ilir Meta", "2024-10-22", "ALBOPP")]
    [InlineData("Ilir Meta", "2019-01-01", "ALBGOV")]
    [InlineData("Filipce", "2025-03-20", "MKDOPP")]
    [InlineData("Peter O'Neill", "2015-01-01", "PNGGOV")]
    [InlineData("Peter O'Neill", "2022-01-01", "PNGELI")]
    [InlineData("Moussa Mara", "2025-08-02", "MLIELI")]
    public void Codes_an_opposition_leader_by_the_date(string name, string date, string expected) =>
        PersonCodeAssert.CodedOn(name, date, expected);

    [Fact]
    public void No_opposition_period_overlaps_another_code_of_the_same_person()
    {
        // A person in opposition holds no office: an OPP period that overlaps a GOV, LEG, MIL or IGO period of the same
        // person is a wrong date, and the article date would get two codes. Concurrent offices (a minister who also
        // heads intelligence) are legitimate, so only OPP periods are checked; a same-day handover is allowed.
        var bad = new List<string>();
        foreach (var g in PeopleRows().GroupBy(r => r.Fields[0]))
        {
            var ps = g.Select(r => (Where: $"{r.File}:{r.Line}", Code: r.Fields[2],
                                    S: Parse(r.Fields[3]) ?? DateOnly.MinValue, E: Parse(r.Fields[4]) ?? DateOnly.MaxValue)).ToList();
            foreach (var o in ps.Where(p => p.Code.EndsWith("OPP", StringComparison.Ordinal)))
                foreach (var p in ps.Where(p => p.Code != o.Code))
                    if (o.S < p.E && p.S < o.E)
                        bad.Add($"{g.Key}: {o.Code} at {o.Where} overlaps {p.Code} at {p.Where}");
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad.Distinct()));
    }

    [Fact]
    public void The_main_opposition_figures_are_listed()
    {
        var opp = PeopleRows().Where(r => r.Fields[2].EndsWith("OPP", StringComparison.Ordinal)).ToList();
        Assert.True(opp.Count >= 120, $"{opp.Count} opposition periods");
        Assert.True(opp.Select(r => r.Fields[2][..3]).Distinct().Count() >= 40, "opposition periods cover too few countries");
    }
}
