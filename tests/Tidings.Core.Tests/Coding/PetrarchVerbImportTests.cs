using FsCheck.Xunit;
using Tidings.Coding;
using Xunit.Abstractions;

namespace Tidings.Tests.Coding;

public class PetrarchVerbImportTests(ITestOutputHelper output)
{
    private const string Dir = "reference/petrarch2-dictionaries";

    /// <summary>Synsets used by the table below; written for these tests.</summary>
    private const string Synsets = """
        &FOOD
        +FOOD
        +MEDICAL_SUPPLIES
        &TOWN_
        +VILLAGE
        """;

    private static PetrarchVerbImportResult Import(string dictionary) =>
        PetrarchVerbImport.Read(new StringReader(Synsets + "\n" + dictionary.Replace("|", "\n", StringComparison.Ordinal)), "t.txt");

    /// <summary>The data rows of the written file, tab-separated.</summary>
    private static List<string> Rows(PetrarchVerbImportResult r)
    {
        var w = new StringWriter();
        PetrarchVerbImport.WriteTsv(r, w);
        return w.ToString().Split('\n').Where(l => l.Length > 0 && l[0] != '#').ToList();
    }

    // Each dictionary is one block; '|' separates lines. Expected rows use ';' for tabs.
    [Theory]
    [InlineData("--- GRANT [070] ---|GRANT|DONATE [071]", "grant;verb;070;-;-|donate;verb;071;-;-")]
    [InlineData("--- SPEED [---] ---|SPEED {SPEEDS SPED SPEEDING} [042]", "speed;verb;042;-;forms=sped")]
    [InlineData("--- RUSH [---] ---|RUSH|- * (TO) [042:043]", "rush;verb;042;to;prep")]
    [InlineData("--- RUSH [---] ---|RUSH|- * (TO +) [042]", "rush;verb;042;to;prep")]
    [InlineData("--- RUSH [---] ---|RUSH|- * TO + [042]", "rush;verb;042;to;prep")]
    [InlineData("--- ACCUSE [---] ---|ACCUSE|- * + OF [112]", "accuse;verb;112;of;-")]
    [InlineData("--- GIVE [---] ---|GIVE|- * AID TO + [070]", "give aid;phrase;070;to;prep")]
    [InlineData("--- GIVE [---] ---|GIVE|- * {HUMANITARIAN AID} (TO) [073]", "give humanitarian aid;phrase;073;to;prep")]
    [InlineData("--- GIVE [---] ---|GIVE|- * &FOOD [073]", "give food;phrase;073;-;-|give medical supplies;phrase;073;-;-")]
    [InlineData("--- APPEAR [---] ---|APPEAR|- * (IN COURT) [173]", "appear in court;phrase;173;-;-")]
    [InlineData("--- STAGE [---] ---|STAGE|- * EXERCISES [062:062]", "stage exercises;phrase;062;-;sym")]
    [InlineData("--- FILE [---] ---|FILE|- * CLAIM (AGAINST) + [115]", "file claim;phrase;115;against;prep")]
    [InlineData("--- ASK [---] ---|+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]", "ask for;phrase;020;-;-")]
    [InlineData("--- RUSH [---] ---|RUSH|HURRY|- * RELIEF [073]", "rush relief;phrase;073;-;-|hurry relief;phrase;073;-;-")]
    // Two patterns with the same trigger and code merge their prepositions; the direct object is then allowed too.
    [InlineData("--- SEND [---] ---|DISPATCH|- * (TO) [061]|- * (INTO) [061]", "dispatch;verb;061;to,into;prep")]
    [InlineData("--- SEND [061] ---|DISPATCH|- * (TO) [061]", "dispatch;verb;061;to;-")]
    // Skipped: no code, passive-only, subject constraints, markers inside, actor markers, transformations, verb-last multi-words.
    [InlineData("--- AVERT [---] ---|AVERT|- * ATTACK [---]|- * (BEFORE COURT) [:173]", "")]
    [InlineData("--- RUSH [---] ---|RUSH|- &FOOD * [154]|- * (TO + BORDER) [154]|- * (FROM ^) [042]|~ a (a b ATTACK) SAY = a b 015", "")]
    [InlineData("--- ARREST [173] ---|RE_+ARREST", "")]
    public void Converts_verbs_and_patterns(string dictionary, string expected)
    {
        var r = Import(dictionary);
        var want = expected.Length == 0 ? [] : expected.Split('|').Select(e => e.Replace(';', '\t')).ToList();
        Assert.Equal(want, Rows(r));
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void Skips_are_counted_by_reason()
    {
        var r = Import("--- RUSH [---] ---|RUSH|- * AID [073]|- * AID [070]|- * AID [073]|- * [176]|- &FOOD * [154]|- * X [---]|~ a (a b ATTACK) SAY = a b 015");
        Assert.Equal(1, r.Skipped["row: shadowed by an earlier row with the same trigger and another code"]);
        Assert.Equal(1, r.Skipped["row: duplicate of an earlier row"]);
        Assert.Equal(1, r.Skipped["pattern: words or actors before the verb (subject constraint)"]);
        Assert.Equal(1, r.Skipped["pattern: no event code [---]"]);
        Assert.Equal(1, r.Transformations);
        Assert.Equal(1, r.UnknownCodes["176"]);   // a PETRARCH code our CAMEO table does not have
        Assert.Equal(["rush aid\tphrase\t073\t-\t-"], Rows(r));
    }

    [Theory]
    [InlineData("- * AID [070]", "t.txt:6: pattern outside a verb block")]
    [InlineData("--- RUSH [---] ---|RUSH|- * AID", "t.txt:8: pattern without a [code]")]
    [InlineData("--- RUSH [---] ---|RUSH|- AID [070]", "t.txt:8: a pattern needs exactly one '*' (the verb)")]
    [InlineData("--- RUSH [---] ---|RUSH|- * (TO [070]", "t.txt:8: unclosed '(' or '{'")]
    [InlineData("--- RUSH [---] ---|RUSH|- * AID [080!]", "t.txt:8: code '[080!]' is not a CAMEO code")]
    [InlineData("--- RUSH [---] ---|RUSH|- * &NOSUCH [070]", "t.txt:8: synset &NOSUCH is not defined; pattern skipped (as PETRARCH does)")]
    [InlineData("--- RUSH [---] ---|RUSH {RUSHED [042]", "t.txt:7: unclosed '{'")]
    [InlineData("--- RUSH [---] ---|RUSH NOW [042]", "t.txt:7: a verb line holds one verb, got 'RUSH NOW'")]
    [InlineData("--- RUSH [---] ---|CORDON_OFF [042]", "t.txt:7: multi-word verb 'CORDON_OFF' does not mark its verb with '+'")]
    public void Malformed_lines_are_reported_with_their_line(string dictionary, string problem)
    {
        var r = Import(dictionary);
        Assert.Contains(problem, r.Problems);
    }

    [Fact]
    public void Comments_and_petrarch1_connectors_are_read()
    {
        var r = Import("<!-- a comment|over two lines -->|--- DEFEND  ###|DEFEND [---] # jw|- IS_* TRIP [161]|- * RIGHTS <!-- x --> [112]");
        Assert.Equal(1, r.Blocks);
        Assert.Equal(["defend rights\tphrase\t112\t-\t-"], Rows(r));
        Assert.Equal(1, r.Skipped["pattern: words or actors before the verb (subject constraint)"]);
    }

    [Fact]
    public void The_output_loads_as_a_coding_lexicon()
    {
        var r = Import("--- GIVE [070] ---|GIVE|SPEED {SPEEDS SPED SPEEDING}|+HAND_OVER|- * &FOOD (TO) [073]|- * (IN COURT) [173]");
        var w = new StringWriter();
        PetrarchVerbImport.WriteTsv(r, w);
        using var irr = DataFiles.OpenText("coding/irregular-verbs.tsv");
        var lex = CodingLexicon.Load(new StringReader(w.ToString()), irr);
        Assert.Equal(r.Rows.Count, lex.Entries.Length);
        Assert.Contains(lex.Entries, e => e.Trigger == "give medical supplies" && e.Cameo == "073" && e.Preps.SequenceEqual(["to"]));
        // The irregular form becomes a surface spelling of the phrase too.
        Assert.Contains(lex.Entries, e => e.Trigger == "speed food" && e.ExtraForms.Contains("sped food"));
    }

    [Property(MaxTest = 300)]
    public bool Random_text_never_throws_and_every_problem_names_its_line(string? text)
    {
        var r = PetrarchVerbImport.Read(new StringReader("--- X [010] ---\n" + (text ?? "")), "x.txt");
        return r.Problems.All(p => p.StartsWith("x.txt:", StringComparison.Ordinal));
    }

    [Fact]
    public void Junk_lines_never_throw()
    {
        foreach (var junk in new[] { "---", "--- ---", "- *", "- * [", "- * ]", "&", "+", "- * {} [010]", "- * () [010]", "- * ( ) + [010]",
                     "- * {(A)} [010]", "~", "X {", "X [", "+_", "_+X", "- * [:]", "- * [1:2:3]", "- * &[010]" })
            PetrarchVerbImport.Read(new StringReader("--- X [010] ---\nX\n" + junk), "j");
    }

    [SkippableTheory]
    [InlineData("CAMEO.2.0.txt")]
    [InlineData("CAMEO.verbpatterns.150430.txt")]
    public void Imports_the_petrarch_verb_dictionary_and_the_result_loads(string name)
    {
        var path = SharedData.PathOf(Path.Combine(Dir, name));
        Skip.IfNot(PetrarchVerbImport.LooksLikeVerbDictionary(path), $"{name} is not a verb dictionary");
        var r = PetrarchVerbImport.ReadFile(path);
        var w = new StringWriter();
        PetrarchVerbImport.WriteTsv(r, w);
        using var irr = DataFiles.OpenText("coding/irregular-verbs.tsv");
        var lex = CodingLexicon.Load(new StringReader(w.ToString()), irr);

        int verbs = r.Rows.Count(x => x.Kind == TriggerKind.Verb), phrases = r.Rows.Count(x => x.Kind == TriggerKind.Phrase);
        var codes = r.Rows.Select(x => x.Cameo).Distinct().Count();
        output.WriteLine($"{name}: {r.Blocks} blocks, {r.VerbLines} verb lines, {r.Patterns} patterns, {r.Synsets} synsets");
        output.WriteLine($"rows {r.Rows.Count} (verbs {verbs}, phrases {phrases}), first words {lex.FirstWordCount}, codes {codes}, problems {r.Problems.Count}");
        foreach (var (reason, n) in r.Skipped) output.WriteLine($"  skipped {n,7}  {reason}");
        output.WriteLine("unknown codes: " + string.Join(", ", r.UnknownCodes.Select(kv => $"{kv.Key} ({kv.Value})")));

        Assert.Equal(r.Rows.Count, lex.Entries.Length);
        Assert.True(r.Blocks > 300, $"{r.Blocks} blocks");
        Assert.True(verbs > 500, $"{verbs} verb rows");
        Assert.True(codes > 150, $"{codes} codes");
        // A handful of malformed lines at most; the count guards against a format change going unnoticed.
        Assert.True(r.Problems.Count < r.Patterns / 10, $"{r.Problems.Count} problems");
        Assert.Equal(r.Rows.Count, r.Rows.Select(x => (x.Trigger, x.Kind)).Distinct().Count());
    }
}
