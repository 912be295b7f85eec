using System.Globalization;
using Tidings.Actors;

namespace Tidings.Tests.Actors;

/// <summary>
/// The organisation lexicons split by kind (organizations-igo/-groups/-parties/-media.tsv) and the metonyms:
/// they load without problems, cover the world, keep their coding conventions, and resolve names to the
/// CAMEO codes news coding needs.
/// </summary>
public class OrganizationsTests
{
    private sealed record Row(string File, string Name, string[] Aliases, string Code, string Iso3, string Kind);

    private static readonly Lazy<List<Row>> s_rows = new(() =>
    {
        var rows = new List<Row>();
        foreach (var file in DataFiles.List().Where(p => p.StartsWith("actors/organizations", StringComparison.Ordinal) && p.EndsWith(".tsv", StringComparison.Ordinal)))
        {
            using var reader = DataFiles.OpenText(file);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var f = line.Split('\t');
                if (f.Length != 5) continue; // the loader reports it; Load_reports_no_problem_for_organisation_files fails
                rows.Add(new Row(file, f[0].Trim(),
                    f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    f[2].Trim(), f[3].Trim(), f[4].Trim()));
            }
        }
        return rows;
    });

    private static IEnumerable<Row> RowsOf(string kind) => s_rows.Value.Where(r => r.File == $"actors/organizations-{kind}.tsv");

    [Fact]
    public void The_split_files_are_embedded()
    {
        var files = DataFiles.List().ToList();
        foreach (var kind in new[] { "igo", "groups", "parties", "media" })
            Assert.Contains($"actors/organizations-{kind}.tsv", files);
    }

    [Fact]
    public void Load_reports_no_problem_for_organisation_and_metonym_files()
    {
        var lex = ActorLexicon.Load();
        var mine = lex.Problems.Where(p => p.Contains("organizations", StringComparison.Ordinal) || p.Contains("metonyms", StringComparison.Ordinal)).ToList();
        Assert.True(mine.Count == 0, string.Join("\n", mine));
        Assert.True(lex.OrganizationCount >= 900, $"{lex.OrganizationCount} organisation rows");
        Assert.True(lex.MetonymCount >= 80, $"{lex.MetonymCount} metonyms");
    }

    [Fact]
    public void Coverage_is_worldwide()
    {
        int igo = s_rows.Value.Count(r => r.Code.StartsWith("IGO", StringComparison.Ordinal));
        Assert.True(igo >= 120, $"{igo} IGO-coded organisations");
        int partyCountries = RowsOf("parties").Select(r => r.Iso3).Where(i => i.Length > 0).Distinct().Count();
        Assert.True(partyCountries >= 60, $"parties of {partyCountries} countries");
        int mediaCountries = RowsOf("media").Select(r => r.Iso3).Where(i => i.Length > 0).Distinct().Count();
        Assert.True(mediaCountries >= 60, $"media of {mediaCountries} countries");
        int groups = RowsOf("groups").Count();
        Assert.True(groups >= 80, $"{groups} armed groups");
        int groupCountries = RowsOf("groups").Select(r => r.Iso3).Where(i => i.Length > 0).Distinct().Count();
        Assert.True(groupCountries >= 30, $"armed groups of {groupCountries} countries");
    }

    [Fact]
    public void Every_split_file_has_a_header_naming_columns_and_source()
    {
        foreach (var kind in new[] { "igo", "groups", "parties", "media" })
        {
            using var reader = DataFiles.OpenText($"actors/organizations-{kind}.tsv");
            var header = string.Join("\n", ReadHeader(reader));
            Assert.Contains("written by the Tidings developers", header);
            Assert.Contains("CAMEO", header);
            Assert.Contains("# name\taliases\tcode\tiso3\tkind", header);
        }

        static IEnumerable<string> ReadHeader(TextReader r)
        {
            string? line;
            while ((line = r.ReadLine()) is not null && line.StartsWith('#')) yield return line;
        }
    }

    [Fact]
    public void Rows_keep_the_coding_conventions()
    {
        var lex = ActorLexicon.Default;
        var bad = new List<string>();
        foreach (var r in s_rows.Value.Where(r => r.File != "actors/organizations.tsv"))
        {
            if (r.Kind.Length == 0) bad.Add($"{r.Name}: no kind");
            if (r.Kind.Any(char.IsUpper)) bad.Add($"{r.Name}: kind '{r.Kind}' is not a lower-case noun");
            // A country-prefixed code belongs to the row's own country ("PSEREB" with iso3 PSE).
            var prefixed = lex.Countries.FirstOrDefault(c => r.Code.Length > 3 && r.Code.StartsWith(c.Cameo, StringComparison.Ordinal)
                && !r.Code.StartsWith("IGO", StringComparison.Ordinal) && !r.Code.StartsWith("NGO", StringComparison.Ordinal)
                && !r.Code.StartsWith("IMG", StringComparison.Ordinal) && !r.Code.StartsWith("MED", StringComparison.Ordinal));
            if (prefixed is not null && prefixed.Iso3 != r.Iso3) bad.Add($"{r.Name}: code {r.Code} but iso3 '{r.Iso3}'");
            // Every key names something proper: a capital letter or a digit, never a bare lower-case word.
            foreach (var k in r.Aliases.Prepend(r.Name))
                if (!k.Any(ch => char.IsUpper(ch) || char.IsDigit(ch))) bad.Add($"{r.Name}: key '{k}' has no capital or digit");
        }
        foreach (var r in RowsOf("parties"))
            if (!(r.Code.EndsWith("PTY", StringComparison.Ordinal) || r.Code.EndsWith("GOV", StringComparison.Ordinal) || r.Code.EndsWith("OPP", StringComparison.Ordinal)) || r.Iso3.Length == 0)
                bad.Add($"party {r.Name}: {r.Code} {r.Iso3}");
        foreach (var r in RowsOf("media"))
            if (!r.Code.EndsWith("MED", StringComparison.Ordinal)) bad.Add($"outlet {r.Name}: {r.Code}");
        foreach (var r in RowsOf("igo"))
            if (!(r.Code.StartsWith("IGO", StringComparison.Ordinal) || r.Code.StartsWith("NGO", StringComparison.Ordinal))) bad.Add($"IGO/NGO {r.Name}: {r.Code}");
        foreach (var r in RowsOf("groups"))
            if (!(r.Code.EndsWith("REB", StringComparison.Ordinal) || r.Code.EndsWith("HMS", StringComparison.Ordinal) || r.Code.EndsWith("MIL", StringComparison.Ordinal)
                  || r.Code.EndsWith("CRM", StringComparison.Ordinal) || r.Code.EndsWith("OPP", StringComparison.Ordinal) || r.Code.StartsWith("IMG", StringComparison.Ordinal)))
                bad.Add($"group {r.Name}: {r.Code}");
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void No_key_is_shared_by_two_organisations()
    {
        // The loader reports a key naming two different codes; this also rejects the same key on two rows
        // with the same code, which would make the canonical name depend on file order.
        var dup = s_rows.Value
            .SelectMany(r => r.Aliases.Prepend(r.Name).Distinct().Select(k => (Key: ActorLexicon.Normalize(k), r.Name)))
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Name).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Name).Distinct())}")
            .ToList();
        Assert.True(dup.Count == 0, string.Join("\n", dup));
    }

    [Theory]
    // IGOs: UN family, missions, regional blocs, courts
    [InlineData("UNDP", "IGOUNODEV")]
    [InlineData("International Labour Organization", "IGOUNOLABILO")]
    [InlineData("OHCHR", "IGOUNOHRIHCH")]
    [InlineData("MONUSCO", "IGOUNOMIL")]
    [InlineData("UNMISS", "IGOUNOMIL")]
    [InlineData("UNAMA", "IGOUNO")]
    [InlineData("Frontex", "IGOEUREEC")]
    [InlineData("European Court of Human Rights", "IGOEURCOEJUD")]
    [InlineData("SADC", "IGOSAFDEVSAD")]
    [InlineData("IGAD", "IGOEAFDEVIAD")]
    [InlineData("SAARC", "IGOSASSAA")]
    [InlineData("Mercosur", "IGOSAMBUS")]
    [InlineData("Interpol", "IGOCOPITP")]
    [InlineData("OPCW", "IGO")]
    [InlineData("Asian Development Bank", "IGOASADEVADB")]
    [InlineData("Greenpeace", "NGOENV")]
    // armed groups
    [InlineData("Qassam Brigades", "PSEREBHMS")]
    [InlineData("Lions' Den", "PSEREB")]
    [InlineData("AQAP", "YEMREB")]
    [InlineData("ISWAP", "NGAREB")]
    [InlineData("ISIS-K", "AFGREB")]
    [InlineData("JNIM", "MLIREB")]
    [InlineData("TTP", "PAKREB")]
    [InlineData("YPG", "SYRREB")]
    [InlineData("Kataib Hezbollah", "IRQREB")]
    [InlineData("Popular Mobilization Forces", "IRQMIL")]
    [InlineData("Arakan Army", "MMRREB")]
    [InlineData("ELN", "COLREB")]
    [InlineData("Africa Corps", "RUSMIL")]
    [InlineData("Sinaloa Cartel", "MEXCRM")]
    // parties
    [InlineData("United Russia", "RUSPTY")]
    [InlineData("CDU", "DEUPTY")]
    [InlineData("AfD", "DEUPTY")]
    [InlineData("Tories", "GBRPTY")]
    [InlineData("GOP", "USAPTY")]
    [InlineData("Democrats", "USAPTY")]
    [InlineData("BJP", "INDPTY")]
    [InlineData("ANC", "ZAFPTY")]
    [InlineData("Likud", "ISRPTY")]
    [InlineData("AKP", "TURPTY")]
    [InlineData("PML-N", "PAKPTY")]
    [InlineData("Fidesz", "HUNPTY")]
    [InlineData("PiS", "POLPTY")]
    [InlineData("Chinese Communist Party", "CHNGOV")]
    [InlineData("Workers' Party of Korea", "PRKGOV")]
    [InlineData("Muslim Brotherhood", "EGYOPP")]
    // media
    [InlineData("Deutsche Welle", "DEUMED")]
    [InlineData("Fox News", "USAMED")]
    [InlineData("Mehr News Agency", "IRNMED")]
    [InlineData("Al Mayadeen", "LBNMED")]
    [InlineData("Asahi Shimbun", "JPNMED")]
    [InlineData("Folha de S.Paulo", "BRAMED")]
    [InlineData("Rodong Sinmun", "PRKMED")]
    [InlineData("Iran International", "MED")]
    // metonyms
    [InlineData("Guardian Council", "IRNGOV")]
    [InlineData("CIA", "USASPY")]
    [InlineData("Sejm", "POLLEG")]
    // the core file is still read and keeps its rows
    [InlineData("UNICEF", "IGOUNOKID")]
    [InlineData("Hamas", "PSEREBHMS")]
    public void Names_resolve_to_CAMEO_codes(string name, string code)
    {
        Assert.True(ActorLexicon.Default.TryGetNames(name, out var entries), $"'{name}' not in the lexicon");
        var e = Array.Find(entries, x => x.Kind is NameKind.Organization or NameKind.Metonym);
        Assert.NotNull(e);
        Assert.Equal(code, e.Code);
    }

    [Theory]
    [InlineData("ADF")] // Allied Democratic Forces and the Australian Defence Force
    [InlineData("AA")] // Anadolu Agency, not the Arakan Army
    [InlineData("PTI")] // Press Trust of India, not Pakistan's PTI
    [InlineData("Labor")] // Australian and Israeli Labor, and "Labor Day"
    [InlineData("Nikkei")] // the stock index
    public void Ambiguous_short_names_are_not_given_to_a_second_organisation(string key)
    {
        if (!ActorLexicon.Default.TryGetNames(key, out var entries)) return;
        var orgs = entries.Where(x => x.Kind == NameKind.Organization).ToList();
        Assert.True(orgs.Count <= 1);
        Assert.All(orgs, o => Assert.DoesNotContain(s_rows.Value, r => r.File != "actors/organizations.tsv" && r.Name == o.Canonical));
    }

    /// <summary>
    /// The recognizer codes names from the split files in running text: the longest key wins ("Denmark's Social
    /// Democrats" over "Denmark" and "Democrats"), an organisation's code covers a following role noun ("ISWAP
    /// fighters"), and short names given to no organisation stay uncoded. Sentences are written for these tests.
    /// </summary>
    [Theory]
    // (Denmark's Social Democrats and India's National Democratic Alliance govern on the test date: dated periods, session 7)
    [InlineData("Denmark's Social Democrats won the most seats.", "Denmark's Social Democrats", "DNKGOVPTY")]
    // parties with dated government and opposition periods (organization-periods.tsv) on the test date, 2025-07-30
    [InlineData("The Christian Democrats rejected the budget.", "Christian Democrats", "DEUGOVPTY")]
    [InlineData("Democrats in the Senate blocked the bill.", "Democrats", "USAPTY")]
    [InlineData("The AfD won the state election in Thuringia.", "AfD", "DEUOPP")]
    [InlineData("ISWAP fighters attacked a military base in Borno.", "ISWAP fighters", "NGAREB")]
    [InlineData("The Qassam Brigades said they fired rockets.", "Qassam Brigades", "PSEREBHMS")]
    [InlineData("Kataib Hezbollah denied the drone attack.", "Kataib Hezbollah", "IRQREB")]
    [InlineData("MONUSCO troops were sent to Goma.", "MONUSCO troops", "IGOUNOMIL")]
    [InlineData("The SADC summit opened in Harare on Saturday.", "SADC", "IGOSAFDEVSAD")]
    [InlineData("Deutsche Welle reported the arrests.", "Deutsche Welle", "DEUMED")]
    [InlineData("The Asahi Shimbun said the talks had stalled.", "The Asahi Shimbun", "JPNMED")]
    [InlineData("The Namibian government welcomed the ruling.", "Namibian government", "NAMGOV")]
    [InlineData("Tatmadaw troops shelled the village.", "Tatmadaw troops", "MMRMIL")]
    [InlineData("The Guardian Council disqualified the candidates.", "Guardian Council", "IRNGOV")]
    [InlineData("The Nikkei rose two percent in Tokyo.", "Nikkei", "-")]
    [InlineData("Labor Day parades were held across the country.", "Labor", "-")]
    // Not the US Democratic Party: an unlisted party on the ruling side, of the article's country (none in one sentence).
    [InlineData("The ruling Social Democratic Party lost its majority.", "ruling Social Democratic Party", "GOVPTY")]
    [InlineData("India's National Democratic Alliance won the vote.", "India's National Democratic Alliance", "INDGOVPTY")]
    [InlineData("The ETA of the shipment is Friday.", "ETA", "-")]
    public void Recognizer_codes_names_from_the_split_files(string text, string span, string code)
    {
        var doc = TestTokenizer.Tokenize(text, DateOnly.ParseExact("2025-07-30", "yyyy-MM-dd", CultureInfo.InvariantCulture));
        ActorRecognizer.Default.Process(doc);
        string all = string.Join(" | ", doc.Actors.Select(a => $"[{a.Tokens.TextIn(doc)}] {a.Code ?? "null"} ({a.Rule})"));
        if (code == "-")
        {
            Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc).Contains(span, StringComparison.Ordinal));
            return;
        }
        var m = doc.Actors.FirstOrDefault(a => a.Tokens.TextIn(doc) == span);
        Assert.True(m is not null, $"no mention '{span}' in: {all}");
        Assert.True(code == m.Code, $"'{span}': expected {code}, got {m.Code} ({m.Rule}); all: {all}");
    }
}
