using System.Globalization;
using System.Text.RegularExpressions;
using Tidings.Actors;

namespace Tidings.Tests.Actors;

/// <summary>
/// The regional office-holder lists data/actors/people-mena-fsu.tsv (Middle East, North Africa, former Soviet
/// Union) and data/actors/people-world.tsv (other leaders often in the news, heads of IGOs): they load without
/// problems, their rows are well formed, and a person is coded by the office held on the article's date.
/// </summary>
public partial class PeopleMenaFsuTests
{
    private static readonly string[] Files = ["actors/people-mena-fsu.tsv", "actors/people-world.tsv"];
    private static readonly DateOnly Earliest = new(1990, 1, 1);
    private static readonly DateOnly Latest = new(2026, 11, 29);

    [GeneratedRegex("^([A-Z]{3}){1,4}$")]
    private static partial Regex CodeRx();

    private static IEnumerable<(string File, int Line, string[] Fields)> Rows()
    {
        foreach (var file in Files)
        {
            using var reader = DataFiles.OpenText(file);
            int n = 0;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                n++;
                if (line.Length == 0 || line[0] == '#') continue;
                yield return (file, n, line.Split('\t'));
            }
        }
    }

    [Fact]
    public void Both_files_are_embedded_and_load_without_problems()
    {
        var files = DataFiles.List().ToList();
        foreach (var f in Files) Assert.Contains(f, files);
        var lex = ActorLexicon.Load();
        var ours = lex.Problems.Where(p => p.Contains("people-mena-fsu", StringComparison.Ordinal)
                                        || p.Contains("people-world", StringComparison.Ordinal)).ToList();
        Assert.True(ours.Count == 0, string.Join("\n", ours));
    }

    [Fact]
    public void Every_row_is_well_formed_and_dated_within_range()
    {
        var bad = new List<string>();
        var perFile = new Dictionary<string, int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, line, f) in Rows())
        {
            string where = $"{file}:{line}";
            perFile[file] = perFile.GetValueOrDefault(file) + 1;
            if (f.Length != 5) { bad.Add($"{where}: {f.Length} columns"); continue; }
            if (f[0].Trim().Length == 0) bad.Add($"{where}: empty name");
            if (!CodeRx().IsMatch(f[2])) bad.Add($"{where}: code '{f[2]}'");
            if (f[1].Split('|').Any(a => a.Length > 0 && a != a.Trim())) bad.Add($"{where}: alias with outer spaces");
            DateOnly? start = null, end = null;
            for (int i = 3; i < 5; i++)
            {
                if (f[i].Length == 0) continue;
                if (!DateOnly.TryParseExact(f[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    bad.Add($"{where}: date '{f[i]}'");
                    continue;
                }
                if (d < Earliest || d > Latest) bad.Add($"{where}: date {d:yyyy-MM-dd} outside 1990-01-01..2026-11-29");
                if (i == 3) start = d; else end = d;
            }
            if (start is { } s && end is { } e && e < s) bad.Add($"{where}: ends {e:yyyy-MM-dd} before it starts {s:yyyy-MM-dd}");
            if (!seen.Add($"{f[0]}\t{f[2]}\t{f[3]}\t{f[4]}")) bad.Add($"{where}: duplicate period for {f[0]}");
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));
        Assert.True(perFile.GetValueOrDefault(Files[0]) >= 700, $"{perFile.GetValueOrDefault(Files[0])} rows in {Files[0]}");
        Assert.True(perFile.GetValueOrDefault(Files[1]) >= 200, $"{perFile.GetValueOrDefault(Files[1])} rows in {Files[1]}");
    }

    [Fact]
    public void A_person_periods_of_one_role_do_not_overlap()
    {
        // Two periods of the same person with the same code must not overlap: overlapping rows are a typing
        // slip (a wrong year), since one person holds one code's office once at a time.
        var byPerson = Rows().Where(r => r.Fields.Length == 5)
            .GroupBy(r => (r.Fields[0], r.Fields[2]));
        var bad = new List<string>();
        foreach (var g in byPerson)
        {
            var ps = g.Select(r => (r.Line, S: Parse(r.Fields[3]) ?? DateOnly.MinValue, E: Parse(r.Fields[4]) ?? DateOnly.MaxValue))
                .OrderBy(p => p.S).ToList();
            for (int i = 1; i < ps.Count; i++)
                if (ps[i].S < ps[i - 1].E) bad.Add($"{g.Key.Item1} {g.Key.Item2}: lines {ps[i - 1].Line} and {ps[i].Line} overlap");
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));

        static DateOnly? Parse(string s) => s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Name or alias, article date, expected code: in office → the office's code; out of office → country elite.</summary>
    [Theory]
    [InlineData("Bashar al-Assad", "2010-06-01", "SYRGOV")]
    [InlineData("Bashar al-Assad", "2025-01-15", "SYRELI")]
    [InlineData("Hafez al-Assad", "1999-03-01", "SYRGOV")]
    [InlineData("Mohammed al-Bashir", "2025-01-10", "SYRGOV")]
    [InlineData("Mohammed al-Bashir", "2025-06-01", "SYRELI")]
    [InlineData("Anas Khattab", "2025-05-01", "SYRGOV")]
    [InlineData("Maliki", "2010-01-01", "IRQGOV")]
    [InlineData("Nouri al-Maliki", "2016-01-01", "IRQELI")]
    [InlineData("Saddam Hussein", "2002-06-01", "IRQGOV")]
    [InlineData("Mahmoud Ahmadinejad", "2008-05-01", "IRNGOV")]
    [InlineData("Qasem Soleimani", "2019-06-01", "IRNMIL")]
    [InlineData("Ali Larijani", "2015-01-01", "IRNLEG")]
    [InlineData("Ehud Olmert", "2007-01-01", "ISRGOV")]
    [InlineData("Benny Gantz", "2013-01-01", "ISRMIL")]
    [InlineData("Gantz", "2021-01-01", "ISRGOV")]
    [InlineData("Yair Lapid", "2023-06-01", "ISROPP")]
    [InlineData("Netanyahu", "1998-01-01", "ISRGOV")]
    [InlineData("Yasser Arafat", "2002-01-01", "PSEGOV")]
    [InlineData("Khaled Meshaal", "2010-01-01", "PSEREBHMS")]
    [InlineData("Ismail Haniyeh", "2006-06-01", "PSEGOV")]
    [InlineData("Haniyeh", "2012-01-01", "PSEREBHMS")]
    [InlineData("Rafic Hariri", "2003-01-01", "LBNGOV")]
    [InlineData("Mikati", "2012-01-01", "LBNGOV")]
    [InlineData("Nabih Berri", "2024-01-01", "LBNLEG")]
    [InlineData("Hosni Mubarak", "2005-01-01", "EGYGOV")]
    [InlineData("Mohamed Morsi", "2013-01-01", "EGYGOV")]
    [InlineData("Morsi", "2014-01-01", "EGYELI")]
    [InlineData("Sisi", "2013-08-01", "EGYGOV")]
    [InlineData("Amr Moussa", "2005-01-01", "IGOMEAARL")]
    [InlineData("Amr Moussa", "2012-01-01", "EGYELI")]
    [InlineData("Muammar Gaddafi", "2005-01-01", "LBYGOV")]
    [InlineData("Haftar", "2019-04-04", "LBYMIL")]
    [InlineData("Mahdi al-Mashat", "2023-01-01", "YEMREB")]
    [InlineData("Omar al-Bashir", "2010-01-01", "SDNGOV")]
    [InlineData("Ben Ali", "2010-01-01", "TUNGOV")]
    [InlineData("Bouteflika", "2010-01-01", "DZAGOV")]
    [InlineData("Viktor Yanukovych", "2012-01-01", "UKRGOV")]
    [InlineData("Yanukovych", "2015-01-01", "UKRELI")]
    [InlineData("Zaluzhnyi", "2022-06-01", "UKRMIL")]
    [InlineData("Heydar Aliyev", "2000-01-01", "AZEGOV")]
    [InlineData("Ilham Aliyev", "2003-09-01", "AZEGOV")]
    [InlineData("Aliyev", "2000-01-01", "AZEELI")]
    [InlineData("Nazarbayev", "2010-01-01", "KAZGOV")]
    [InlineData("Tokayev", "2012-01-01", "IGOUNO")]
    [InlineData("Andrius Kubilius", "2025-03-01", "IGOEUREEC")]
    [InlineData("Saakashvili", "2008-08-08", "GEOGOV")]
    [InlineData("Dalia Grybauskaite", "2015-01-01", "LTUGOV")]
    // people-world.tsv
    [InlineData("Hamid Karzai", "2010-01-01", "AFGGOV")]
    [InlineData("Hibatullah Akhundzada", "2019-01-01", "AFGREB")]
    [InlineData("Akhundzada", "2023-01-01", "AFGGOV")]
    [InlineData("Donald Tusk", "2016-01-01", "IGOEUREEC")]
    [InlineData("Tusk", "2020-06-01", "POLELI")]
    [InlineData("Tusk", "2024-06-01", "POLGOV")]
    [InlineData("Ban Ki-moon", "2010-01-01", "IGOUNO")]
    [InlineData("Ban Ki-moon", "2018-01-01", "KORELI")]
    [InlineData("Jens Stoltenberg", "2020-01-01", "IGOWSTNAT")]
    [InlineData("Jens Stoltenberg", "2025-06-01", "NORGOV")]
    [InlineData("Guterres", "2010-01-01", "IGOUNOREFHCR")]
    [InlineData("Tedros", "2020-03-11", "IGOUNOHLHWHO")]
    [InlineData("Benedict XVI", "2010-01-01", "VATREL")]
    [InlineData("Osama bin Laden", "2005-01-01", "IMGMUSAQA")]
    [InlineData("al-Baghdadi", "2015-01-01", "IMGMUSISI")]
    [InlineData("Aung San Suu Kyi", "2018-01-01", "MMRGOV")]
    [InlineData("Min Aung Hlaing", "2015-01-01", "MMRMIL")]
    [InlineData("Min Aung Hlaing", "2022-01-01", "MMRGOV")]
    [InlineData("Thaksin", "2004-01-01", "THAGOV")]
    [InlineData("Hugo Chavez", "2005-01-01", "VENGOV")]
    [InlineData("Nawaz Sharif", "2015-01-01", "PAKGOV")]
    [InlineData("Nawaz Sharif", "2019-01-01", "PAKELI")]
    public void Codes_a_person_by_the_office_held_on_the_date(string name, string date, string expected) =>
        PersonCodeAssert.CodedOn(name, date, expected);

    [Theory]
    [InlineData("Bashar al-Assad", "2025-07-30", "SYRGOV")]
    [InlineData("Yanukovych", "2016-01-01", "UKRGOV")]
    [InlineData("Nouri al-Maliki", "2016-01-01", "IRQGOV")]
    public void A_former_holder_keeps_the_code_of_the_last_office_for_background_events(string name, string date, string former)
    {
        var lex = ActorLexicon.Default;
        Assert.True(lex.TryGetNames(name, out var entries));
        var person = entries.Single(e => e.Kind == NameKind.Person);
        var d = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.EndsWith("ELI", lex.PersonCode(person, d).Code);
        Assert.Equal(former, lex.LastCodeBefore(person, d));
    }

    [Theory]
    [InlineData("Nouri al-Maliki met the envoy in Baghdad.", "2009-03-01", "Nouri al-Maliki", "IRQGOV")]
    [InlineData("Yulia Tymoshenko spoke to reporters.", "2008-05-01", "Yulia Tymoshenko", "UKRGOV")]
    [InlineData("Yulia Tymoshenko spoke to reporters.", "2012-05-01", "Yulia Tymoshenko", "UKRELI")]
    [InlineData("Khalifa Haftar ordered an advance.", "2019-04-04", "Khalifa Haftar", "LBYMIL")]
    [InlineData("Ahmed Awad bin Mubarak met the envoy.", "2024-06-01", "Ahmed Awad bin Mubarak", "YEMGOV")]
    [InlineData("Hosni Mubarak met the envoy.", "2024-06-01", "Hosni Mubarak", "EGYELI")]
    [InlineData("Tokayev met the envoy in Astana.", "2012-06-01", "Tokayev", "IGOUNO")]
    public void The_recognizer_codes_regional_office_holders_in_text(string text, string published, string span, string code)
    {
        var doc = TestTokenizer.Tokenize(text, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        ActorRecognizer.Default.Process(doc);
        var m = doc.Actors.FirstOrDefault(a => a.Tokens.TextIn(doc) == span);
        Assert.True(m is not null, $"no mention '{span}'");
        Assert.Equal(code, m.Code);
    }
}
