using FsCheck.Xunit;
using Tidings.Actors;
using Xunit.Abstractions;

namespace Tidings.Tests.Actors;

public class PetrarchImportTests(ITestOutputHelper output)
{
    private const string Dir = "reference/petrarch2-dictionaries";

    /// <summary>A small dictionary in the PETRARCH format, written for this test, with one malformed line of each kind.</summary>
    private const string Sample = """
        # comment line
        KINGDOM_OF_NOWHERE_ [NWHGOV]
        JANE_Q._DOE_  # an office holder
        +PRESIDENT_JANE_DOE_
        +DOE_
        	[USAELI 600101-090119]
        	[USAGOV 090120-170119]
        	[USAGOV >250120]
        	[USAELI]
        ALPHA_FRONT_
        ALPHA_FRONT_FOR_LIBERATION_(AFL)_
        	[SYRREB]
        	[SYRREB 9901-991231]
        +ORPHAN_SYNONYM_WITH_BAD_CODE [SYRREB
        NATO_ [IGOWSTNAT]
        +NORTH_ATLANTIC_TREATY_ORGANIZATION_
        	not a code
        BASHAR_AL-ASSAD_
        	[SYRGOV 000717-241208]
        """;

    private static PetrarchImportResult ReadSample()
    {
        var r = new PetrarchImportResult();
        PetrarchImport.ReadActors(new StringReader(Sample), "sample.actors.txt", r);
        return r;
    }

    [Fact]
    public void Reads_blocks_synonyms_and_date_restrictions()
    {
        var r = ReadSample();
        var doe = r.Actors.Single(a => a.Phrases[0] == "JANE_Q._DOE_");
        Assert.Equal(["JANE_Q._DOE_", "PRESIDENT_JANE_DOE_", "DOE_"], doe.Phrases);
        Assert.Equal(4, doe.Codes.Count);
        Assert.Equal(new PetrarchCode("USAGOV", new DateOnly(2009, 1, 20), new DateOnly(2017, 1, 19)), doe.Codes[1]);
        Assert.Equal(new PetrarchCode("USAGOV", new DateOnly(2025, 1, 20), null), doe.Codes[2]);
        Assert.True(doe.IsDated);
        // Two primaries without a code share the codes that follow.
        var alpha = r.Actors.Single(a => a.Phrases[0] == "ALPHA_FRONT_");
        Assert.Equal(["ALPHA_FRONT_", "ALPHA_FRONT_FOR_LIBERATION_(AFL)_", "ORPHAN_SYNONYM_WITH_BAD_CODE"], alpha.Phrases);
        Assert.Equal("NWHGOV", r.Actors[0].Codes.Single().Code);
        Assert.Equal(new DateOnly(2024, 12, 8), r.Actors.Single(a => a.Phrases[0] == "BASHAR_AL-ASSAD_").Codes[0].End);
    }

    [Fact]
    public void Malformed_lines_are_reported_with_file_and_line_and_never_throw()
    {
        var r = ReadSample();
        Assert.Contains(r.Problems, p => p.StartsWith("sample.actors.txt:13:") && p.Contains("date"));   // 4-digit date
        Assert.Contains(r.Problems, p => p.StartsWith("sample.actors.txt:14:"));                          // unclosed [
        Assert.Contains(r.Problems, p => p.StartsWith("sample.actors.txt:17:"));                          // indented junk
        foreach (var junk in new[] { "\t[", "+", "[]", "]]][[[", "\u0000\u00ff", "X [A1B]", "\t[ABC 991399-000101]" })
        {
            var x = new PetrarchImportResult();
            PetrarchImport.ReadActors(new StringReader(junk), "j", x);
            PetrarchImport.ReadAgents(new StringReader(junk), "j", x);
        }
    }

    [Property(MaxTest = 300)]
    public bool Random_text_never_throws_and_every_problem_names_its_line(string? text)
    {
        var r = new PetrarchImportResult();
        PetrarchImport.ReadActors(new StringReader(text ?? ""), "x.actors.txt", r);
        PetrarchImport.ReadAgents(new StringReader(text ?? ""), "x.agents.txt", r);
        foreach (var a in r.Actors) _ = a.Phrases.Select(PetrarchImport.ToNewsCase).ToList();
        return r.Problems.All(p => p.StartsWith("x.actors.txt:", StringComparison.Ordinal) || p.StartsWith("x.agents.txt:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("VLADIMIR_V._PUTIN_", "Vladimir V. Putin")]
    [InlineData("BASHAR_AL-ASSAD", "Bashar al-Assad")]
    [InlineData("UNITED_NATIONS_CHILDREN'S_FUND", "United Nations Children's Fund")]
    [InlineData("ORGANIZATION_OF_AMERICAN_STATES", "Organization of American States")]
    [InlineData("M23_MOVEMENT", "M23 Movement")]
    [InlineData("PKK", "PKK")]
    public void Phrases_are_written_in_news_case(string phrase, string expected) =>
        Assert.Equal(expected, PetrarchImport.ToNewsCase(phrase));

    [Fact]
    public void Agents_expand_substitution_sets_and_plurals()
    {
        var r = new PetrarchImportResult();
        PetrarchImport.ReadAgents(new StringReader("""
            !PERSON! = MAN, WOMAN
            CATTLE!PERSON! {} [~AGR]
            RIOT_POLICE {} [~COP]
            PEACEKEEPING_FORCE [IGO~]
            CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
            PARTY_SECRETARY [~GOV]
            FARMER [~AGR]
            NO_CODE_HERE
            BAD [~1X]
            """), "agents.txt", r);
        var forms = r.Agents.ToDictionary(a => a.Form, a => a.Code);
        Assert.Equal("AGR", forms["cattleman"]);
        Assert.Equal("AGR", forms["cattlewoman"]);
        Assert.False(forms.ContainsKey("riot polices"));
        Assert.Equal("IGO", forms["peacekeeping forces"]);
        Assert.Equal("BUS", forms["chambers of commerce"]);
        Assert.Equal("GOV", forms["party secretaries"]);
        Assert.Equal("farmer", r.Agents.Single(a => a.Form == "farmers").Lemma);
        Assert.Contains(r.Problems, p => p.StartsWith("agents.txt:8:"));
        Assert.Contains(r.Problems, p => p.StartsWith("agents.txt:9:"));
    }

    [SkippableFact]
    public void Imports_the_Phoenix_dictionaries_and_the_lexicon_loads_them()
    {
        var dir = SharedData.PathOf(Dir);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var r = PetrarchImport.ImportPath(dir);
        var outDir = Path.Combine(Path.GetTempPath(), "tidings-petrarch-" + Guid.NewGuid().ToString("N"));
        try
        {
            var counts = PetrarchImport.WriteTsv(r, outDir);
            output.WriteLine($"{sw.ElapsedMilliseconds} ms; files {string.Join(", ", r.Files)}; actors {r.Actors.Count}, agents {r.Agents.Count}; {counts}; problems {r.Problems.Count}");
            foreach (var p in r.Problems.Take(15)) output.WriteLine("  " + p);
            Assert.Equal(4, r.Files.Count);
            Assert.InRange(r.Actors.Count, 8000, 40000);
            Assert.InRange(r.Agents.Count, 2500, 8000);
            Assert.True(counts.People > 3000, $"people {counts.People}");
            Assert.True(counts.Organizations > 6000, $"organizations {counts.Organizations}");
            Assert.True(counts.Roles > 2000, $"roles {counts.Roles}");
            // Problems are reported as file:line.
            Assert.All(r.Problems, p => Assert.Matches(@"^[^:]+(:\d+)?: ", p));

            // Spot checks: Putin's dated periods, Kofi Annan's UN period, an armed group, an agent.
            var putin = r.Actors.First(a => a.Phrases.Contains("VLADIMIR_PUTIN_"));
            Assert.Contains(new PetrarchCode("RUSGOV", new DateOnly(2008, 5, 8), null), putin.Codes);
            var annan = r.Actors.First(a => a.Phrases.Contains("KOFI_ANNAN_"));
            Assert.Contains(new PetrarchCode("IGOUNO", new DateOnly(1997, 1, 1), new DateOnly(2006, 12, 31)), annan.Codes);
            Assert.Contains(r.Actors, a => a.Phrases.Contains("ABU_NIDAL_ORGANIZATION") && a.Codes[0].Code == "IMGMUSALQ");
            Assert.Contains(r.Agents, a => a.Form == "farmer" && a.Code == "AGR");

            var lex = ActorLexicon.Load(outDir);
            output.WriteLine($"lexicon with import: {lex.PersonPeriodCount} person periods, {lex.OrganizationCount} organisations, {lex.RoleCount} roles; {lex.Problems.Count} problems");
            Assert.True(lex.PersonPeriodCount > ActorLexicon.Default.PersonPeriodCount + 3000);
            Assert.True(lex.RoleCount > ActorLexicon.Default.RoleCount + 1000);
            var doc = TestTokenizer.Tokenize("Kofi Annan met the envoy.", new DateOnly(2003, 5, 1));
            new ActorRecognizer(lex).Process(doc);
            Assert.Contains(doc.Actors, a => a.Code == "IGOUNO" && a.Tokens.TextIn(doc) == "Kofi Annan");
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
        }
    }
}
