using System.Globalization;
using System.Text.RegularExpressions;
using Tidings.Actors;

namespace Tidings.Tests.Actors;

/// <summary>
/// data/actors/people-g20.tsv: dated office holders of the G20 members, the EU and the African Union.
/// Checks that the file loads cleanly, that every period is well formed, and spot-checks the codes the
/// lexicon gives well-known people on given dates (in office, between offices, after office).
/// </summary>
public class PeopleG20Tests
{
    private const string FileName = "people-g20.tsv";
    private static readonly DateOnly Earliest = new(1990, 1, 1);
    // The day the file was last brought up to date; no period may start or end after it.
    private static readonly DateOnly AsOf = new(2026, 11, 29);

    private sealed record Row(int Line, string[] Fields);

    private static List<Row> ReadRows()
    {
        var rows = new List<Row>();
        using var reader = DataFiles.OpenText("actors/" + FileName);
        int n = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add(new Row(n, line.Split('\t')));
        }
        return rows;
    }

    private static DateOnly? ParseDate(string s) =>
        s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void The_file_is_embedded_and_loads_without_problems()
    {
        Assert.Contains("actors/" + FileName, DataFiles.List());
        var lex = ActorLexicon.Load();
        var mine = lex.Problems.Where(p => p.Contains(FileName, StringComparison.Ordinal)).ToList();
        Assert.True(mine.Count == 0, string.Join("\n", mine));
    }

    [Fact]
    public void Every_row_is_a_well_formed_period_within_range()
    {
        var rows = ReadRows();
        Assert.True(rows.Count >= 900, $"only {rows.Count} role periods");
        var bad = new List<string>();
        foreach (var r in rows)
        {
            var f = r.Fields;
            if (f.Length != 5) { bad.Add($"{r.Line}: {f.Length} columns"); continue; }
            if (f[0].Trim().Length == 0) bad.Add($"{r.Line}: empty name");
            if (!Regex.IsMatch(f[2], "^([A-Z]{3})+$")) bad.Add($"{r.Line}: bad code '{f[2]}'");
            DateOnly? start, end;
            try { start = ParseDate(f[3]); end = ParseDate(f[4]); }
            catch (FormatException) { bad.Add($"{r.Line}: bad date '{f[3]}' or '{f[4]}'"); continue; }
            foreach (var d in new[] { start, end })
                if (d is { } x && (x < Earliest || x > AsOf)) bad.Add($"{r.Line}: date {x:yyyy-MM-dd} outside {Earliest:yyyy}..{AsOf:yyyy-MM-dd}");
            if (start is { } s && end is { } e && e < s) bad.Add($"{r.Line}: ends {e:yyyy-MM-dd} before it starts {s:yyyy-MM-dd}");
            if (start is null && end is null) bad.Add($"{r.Line}: neither start nor end");
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void No_name_or_alias_denotes_two_people()
    {
        // The loader reports such clashes too, but only against keys it has already read; this names both rows.
        var owner = new Dictionary<string, (string Name, int Line)>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach (var r in ReadRows().Where(r => r.Fields.Length == 5))
        {
            var name = r.Fields[0].Trim();
            var keys = r.Fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(name);
            foreach (var k in keys)
            {
                if (owner.TryGetValue(k, out var o) && o.Name != name) clashes.Add($"'{k}': {o.Name} (line {o.Line}) and {name} (line {r.Line})");
                else owner.TryAdd(k, (name, r.Line));
            }
        }
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    [Fact]
    public void Every_G20_member_and_the_EU_and_AU_have_office_holders()
    {
        var codes = ReadRows().Where(r => r.Fields.Length == 5).Select(r => r.Fields[2]).ToList();
        string[] prefixes = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
            "RUS", "SAU", "ZAF", "TUR", "GBR", "USA", "IGOEUREEC", "IGOAFRAFU"];
        foreach (var p in prefixes)
        {
            int n = codes.Count(c => c.StartsWith(p, StringComparison.Ordinal));
            Assert.True(n >= (p.StartsWith("IGO", StringComparison.Ordinal) ? 4 : 25), $"{p}: {n} rows");
        }
    }

    /// <summary>
    /// Name (or alias), article date, expected code: in office the office's code; out of every period
    /// the country's elite (ELI); an IGO official out of office has no code ("-").
    /// </summary>
    [Theory]
    [InlineData("George W. Bush", "2003-03-20", "USAGOV")]
    [InlineData("Bush", "2012-01-01", "USAELI")]
    [InlineData("Rumsfeld", "2004-05-01", "USAGOV")]
    [InlineData("Petraeus", "2008-01-01", "USAMIL")]
    [InlineData("Petraeus", "2012-01-01", "USASPY")]
    [InlineData("Joe Biden", "2012-01-01", "USAGOV")]
    [InlineData("Mark Milley", "2021-01-06", "USAMIL")]
    [InlineData("Mark Milley", "2024-01-06", "USAELI")]
    [InlineData("Kasyanov", "2002-06-01", "RUSGOV")]
    [InlineData("Kasyanov", "2010-06-01", "RUSELI")]
    [InlineData("Sergei Ivanov", "2005-01-01", "RUSGOV")]
    [InlineData("Bortnikov", "2022-03-01", "RUSSPY")]
    [InlineData("Valentina Matviyenko", "2022-03-01", "RUSLEG")]
    [InlineData("Hu Jintao", "2008-08-08", "CHNGOV")]
    [InlineData("Hu Jintao", "2015-01-01", "CHNELI")]
    [InlineData("Li Shangfu", "2023-06-01", "CHNGOV")]
    [InlineData("Li Shangfu", "2024-06-01", "CHNELI")]
    [InlineData("Tony Blair", "2003-03-20", "GBRGOV")]
    [InlineData("Blair", "2010-01-01", "GBRELI")]
    [InlineData("Theresa May", "2012-01-01", "GBRGOV")]
    [InlineData("Nick Carter", "2020-01-01", "GBRMIL")]
    [InlineData("Angela Merkel", "2010-06-01", "DEUGOV")]
    [InlineData("Merkel", "2023-01-01", "DEUELI")]
    [InlineData("Gerhard Schröder", "2003-02-01", "DEUGOV")]
    [InlineData("Ursula von der Leyen", "2015-01-01", "DEUGOV")]
    [InlineData("Ursula von der Leyen", "2022-01-01", "IGOEUREEC")]
    [InlineData("Jacques Chirac", "2003-03-01", "FRAGOV")]
    [InlineData("Sarkozy", "2005-01-01", "FRAELI")]
    [InlineData("Sarkozy", "2006-01-01", "FRAGOV")]
    [InlineData("Berlusconi", "2009-01-01", "ITAGOV")]
    [InlineData("Prodi", "2002-01-01", "IGOEUREEC")]
    [InlineData("Prodi", "2007-01-01", "ITAGOV")]
    [InlineData("Prodi", "2015-01-01", "ITAELI")]
    [InlineData("Mario Draghi", "2015-01-01", "IGOEURBUSECB")]
    [InlineData("Junichiro Koizumi", "2004-01-01", "JPNGOV")]
    [InlineData("Shinzo Abe", "2010-01-01", "JPNELI")]
    [InlineData("Vajpayee", "2002-01-01", "INDGOV")]
    [InlineData("Bipin Rawat", "2020-06-01", "INDMIL")]
    [InlineData("Dilma Rousseff", "2013-01-01", "BRAGOV")]
    [InlineData("Alexandre de Moraes", "2023-01-01", "BRAJUD")]
    [InlineData("Macri", "2017-01-01", "ARGGOV")]
    [InlineData("Felipe Calderón", "2009-01-01", "MEXGOV")]
    [InlineData("Jean Chrétien", "2001-01-01", "CANGOV")]
    [InlineData("Julia Gillard", "2012-01-01", "AUSGOV")]
    [InlineData("David Johnston", "2025-01-01", "AUSMIL")]
    [InlineData("Yudhoyono", "2010-01-01", "IDNGOV")]
    [InlineData("Park Geun-hye", "2014-01-01", "KORGOV")]
    [InlineData("Ban Ki-moon", "2010-01-01", "IGOUNO")]
    [InlineData("Ban Ki-moon", "2018-01-01", "KORELI")]
    [InlineData("Saud al-Faisal", "2010-01-01", "SAUGOV")]
    [InlineData("Prince Bandar", "2013-01-01", "SAUSPY")]
    [InlineData("Thabo Mbeki", "2004-01-01", "ZAFGOV")]
    [InlineData("Dlamini-Zuma", "2014-01-01", "IGOAFRAFU")]
    [InlineData("Davutoglu", "2015-06-01", "TURGOV")]
    [InlineData("Hulusi Akar", "2017-01-01", "TURMIL")]
    [InlineData("Barroso", "2010-01-01", "IGOEUREEC")]
    [InlineData("Barroso", "2016-01-01", "PRTELI")]
    [InlineData("Martin Schulz", "2020-01-01", "ELI")]
    [InlineData("Moussa Faki", "2020-01-01", "IGOAFRAFU")]
    public void Codes_people_by_the_article_date(string name, string date, string expected)
    {
        var lex = ActorLexicon.Default;
        Assert.True(lex.TryGetNames(name, out var entries), $"'{name}' is not in the lexicon");
        var person = entries.Single(e => e.Kind == NameKind.Person);
        var (code, _, note) = lex.PersonCode(person, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.True((code ?? "-") == expected, $"{name} on {date}: {code ?? "-"} ({note}), expected {expected}");
    }
}
