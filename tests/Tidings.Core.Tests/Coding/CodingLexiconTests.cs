using Tidings.Coding;
using Tidings.Documents;

namespace Tidings.Tests.Coding;

public class CodingLexiconTests
{
    private static IReadOnlyList<TriggerEntry> Events =>
        CodingLexicon.Default.Entries.Where(e => e.Kind != TriggerKind.Light).ToList();

    [Fact]
    public void Default_lexicon_loads_with_at_least_400_event_entries()
    {
        Assert.True(Events.Count >= 400, $"only {Events.Count} event entries");
        Assert.Contains(CodingLexicon.Default.Entries, e => e.Kind == TriggerKind.Light);
    }

    [Fact]
    public void Every_CAMEO_root_is_covered()
    {
        var roots = Events.Select(e => e.Root).ToHashSet();
        for (int r = 1; r <= 20; r++) Assert.Contains(r.ToString("00"), roots);
    }

    [Fact]
    public void Every_code_has_the_CAMEO_format_and_nouns_have_prepositions_or_no_target()
    {
        foreach (var e in Events)
        {
            Assert.True(CodingLexicon.IsCameoFormat(e.Cameo) && e.Cameo.Length >= 3, $"line {e.Line}: '{e.Cameo}'");
            Assert.False(e.Trigger.Contains("  "), $"line {e.Line}: double space");
            if (e.Kind == TriggerKind.Noun)
                Assert.True(e.Preps.Length > 0 || e.Has(TriggerFlags.NoTarget), $"line {e.Line}: noun '{e.Trigger}' can never find a target");
        }
    }

    /// <summary>Tidings extension codes: acts CAMEO has no code for, coded under the nearest root (decision 017).</summary>
    private static readonly HashSet<string> ExtensionCodes = ["177"];

    /// <summary>Every code in the lexicon is a label in the CAMEO codebook (read from ../shared, never copied), or one
    /// of the Tidings extension codes, which the codebook must not have.</summary>
    [SkippableFact]
    public void Every_code_is_in_the_CAMEO_codebook()
    {
        var path = SharedData.PathOf("reference/cameo-codes/CAMEO_codefile.txt");
        var codes = File.ReadLines(path)
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^LABELi?:\s*(\d+)="))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (var e in Events) Assert.True(codes.Contains(e.Cameo) || ExtensionCodes.Contains(e.Cameo), $"line {e.Line}: {e.Cameo} ({e.Trigger}) not in the codebook");
        foreach (var x in ExtensionCodes) Assert.False(codes.Contains(x), $"extension code {x} is a CAMEO code");
    }

    /// <summary>CAMEO codes that English news cannot name with a trigger of their own (code → reason); the coder can
    /// reach them only through context. Empty today: every code has at least one row.</summary>
    private static readonly Dictionary<string, string> CodesWithoutTrigger = new(StringComparer.Ordinal);

    [Fact]
    public void Every_CAMEO_code_has_a_trigger()
    {
        var covered = Events.Select(e => e.Cameo).ToHashSet(StringComparer.Ordinal);
        var missing = CameoTable.Default.All
            .Where(c => c.Code.Length >= 3 && !covered.Contains(c.Code) && !CodesWithoutTrigger.ContainsKey(c.Code))
            .Select(c => $"{c.Code} {c.Name}").ToList();
        Assert.True(missing.Count == 0, "CAMEO codes without a trigger row: " + string.Join("; ", missing));
        foreach (var (code, reason) in CodesWithoutTrigger)
        {
            Assert.True(CameoTable.Default.TryGet(code, out var c) && c.Code == code, $"exception {code} is not a CAMEO code");
            Assert.False(string.IsNullOrWhiteSpace(reason), $"exception {code} needs a reason");
            Assert.DoesNotContain(code, covered);
        }
    }

    [Fact]
    public void Every_three_digit_CAMEO_code_has_several_triggers()
    {
        var rows = Events.GroupBy(e => e.Cameo).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var thin = CameoTable.Default.All.Where(c => c.Code.Length == 3 && rows.GetValueOrDefault(c.Code) < 2).Select(c => c.Code).ToList();
        Assert.True(thin.Count == 0, "three-digit codes with fewer than two triggers: " + string.Join(", ", thin));
    }

    [Fact]
    public void No_row_is_listed_twice()
    {
        var dup = Events.GroupBy(e => (e.Trigger, e.Kind)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Trigger} ({g.Key.Kind})").ToList();
        Assert.True(dup.Count == 0, "duplicate rows: " + string.Join(", ", dup));
    }

    [Fact]
    public void Many_distinct_CAMEO_codes_are_used()
    {
        Assert.True(Events.Select(e => e.Cameo).Distinct().Count() >= 150);
    }

    [Fact]
    public void Malformed_rows_name_their_line()
    {
        var bad = new StringReader("# header\nmeet\tverb\t999\t-\t-\n");
        var ex = Assert.Throws<FormatException>(() => CodingLexicon.Load(bad, new StringReader("")));
        Assert.Contains("line 2", ex.Message);
        ex = Assert.Throws<FormatException>(() => CodingLexicon.Load(new StringReader("meet\tadverb\t040\n"), new StringReader("")));
        Assert.Contains("kind", ex.Message);
        ex = Assert.Throws<FormatException>(() => CodingLexicon.Load(new StringReader("meet\tverb\t040\t-\tsometimes\n"), new StringReader("")));
        Assert.Contains("flag", ex.Message);
    }

    [Fact]
    public void A_variant_needs_its_later_literal_words_and_not_its_class_words()
    {
        var lex = CodingLexicon.Load(new StringReader("open inquiry\tphrase\t090\tinto\t-\npull back @force\tphrase\t0874\t-\tnotgt\n"),
            new StringReader(""), new StringReader("force\ttroop\n"));
        var opened = lex.Candidates("opened").ToArray().First(v => v.Entry.Trigger == "open inquiry");
        Assert.Equal([lex.RestWordId(opened.Words[1])], opened.RestWordIds);
        Assert.NotEqual(-1, lex.RestWordId("INQUIRY")); // compared case-insensitively, as MatchAt compares
        Assert.Equal(-1, lex.RestWordId("troop")); // a class word is matched by class membership, never as a literal word
        var pulled = lex.Candidates("pulled").ToArray().First(v => v.Entry.Trigger == "pull back @force");
        Assert.Equal([lex.RestWordId("back")], pulled.RestWordIds);
        Assert.Equal(-1, lex.RestWordId("opened")); // first words are looked up, never needed later
    }

    [Theory]
    [InlineData("met", "meet")]
    [InlineData("meets", "meet")]
    [InlineData("meetings", "meeting")]
    [InlineData("held talks", "hold talks")]
    [InlineData("holds talks", "hold talks")]
    [InlineData("struck", "strike")]
    [InlineData("strikes", "strike")]
    [InlineData("air strikes", "air strike")]
    [InlineData("carried out strikes", "carry out strike")]
    [InlineData("imposed new sanctions", "impose sanction")]
    [InlineData("signed an agreement", "sign agreement")]
    [InlineData("sought aid", "seek aid")]
    [InlineData("banned", "ban")]
    [InlineData("denied", "deny")]
    [InlineData("inquiries", "inquiry")]
    [InlineData("criticising", "criticise")]
    [InlineData("travelled", "travel")]
    [InlineData("lodged a formal protest", "lodge protest")]
    [InlineData("laid down their weapons", "lay down weapon")]
    [InlineData("opened an inquiry", "open inquiry")]
    [InlineData("went on hunger strike", "go on hunger strike")]
    [InlineData("cracked down", "crack down")]
    [InlineData("withheld aid", "withhold aid")]
    [InlineData("drone strikes", "drone strike")]
    public void Surface_forms_match_their_entry(string text, string trigger)
    {
        var doc = new Document(text);
        int pos = 0;
        foreach (var w in text.Split(' ')) { doc.AddToken(pos, pos + w.Length); pos += w.Length + 1; }
        var lex = CodingLexicon.Default;
        var best = (End: -1, Trigger: "");
        foreach (var v in lex.Candidates(doc.Token(0).Span))
        {
            int end = CodingLexicon.MatchAt(doc, 0, doc.TokenCount, v);
            if (end > best.End) best = (end, v.Entry.Trigger);
        }
        Assert.Equal(doc.TokenCount, best.End);
        Assert.Equal(trigger, best.Trigger);
    }

    /// <summary>Rows with <c>only=</c> match their listed forms and never the bare lemma ("came back", "the pound").</summary>
    [Theory]
    [InlineData("back", "backed")]
    [InlineData("pound", "pounded")]
    [InlineData("mass", "massed")]
    public void Only_forms_replace_the_generated_forms(string lemma, string form)
    {
        var lex = CodingLexicon.Default;
        Assert.DoesNotContain(lex.Candidates(lemma).ToArray(), v => v.Entry.Trigger == lemma && v.Entry.Kind == TriggerKind.Verb);
        var listed = lex.Candidates(form).ToArray().Where(v => v.Entry.Trigger == lemma).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, v => Assert.True(v.HeadIsParticiple, $"{form} is a participle of {lemma}"));
    }

    [Fact]
    public void Lemma_from_a_tagger_is_used_when_the_surface_is_unknown()
    {
        var doc = new Document("convened");
        doc.AddToken(0, 8);
        doc.SetLemma(0, "meet");
        var v = CodingLexicon.Default.Candidates("meet").ToArray().First(x => x.Words.Length == 1 && x.Entry.Trigger == "meet");
        Assert.Equal(1, CodingLexicon.MatchAt(doc, 0, 1, v));
    }

    [Fact]
    public void Lower_case_only_entries_skip_the_month()
    {
        var doc = new Document("March");
        doc.AddToken(0, 5);
        foreach (var v in CodingLexicon.Default.Candidates("March"))
            Assert.Equal(-1, CodingLexicon.MatchAt(doc, 0, 1, v));
    }
}

public class InflectorTests
{
    [Theory]
    [InlineData("meet", "meets", "meeted", "meeting")]
    [InlineData("attack", "attacks", "attacked", "attacking")]
    [InlineData("ban", "bans", "banned", "banning")]
    [InlineData("admit", "admits", "admitted", "admitting")]
    [InlineData("visit", "visits", "visited", "visiting")]
    [InlineData("target", "targets", "targeted", "targeting")]
    [InlineData("deny", "denies", "denied", "denying")]
    [InlineData("play", "plays", "played", "playing")]
    [InlineData("use", "uses", "used", "using")]
    [InlineData("free", "frees", "freed", "freeing")]
    [InlineData("expel", "expels", "expelled", "expelling")]
    [InlineData("discuss", "discusses", "discussed", "discussing")]
    [InlineData("reach", "reaches", "reached", "reaching")]
    [InlineData("veto", "vetoes", "vetoed", "vetoing")]
    [InlineData("tie", "ties", "tied", "tying")]
    [InlineData("panic", "panics", "panicked", "panicking")]
    [InlineData("patrol", "patrols", "patrolled", "patrolling")]
    [InlineData("open", "opens", "opened", "opening")]
    public void Regular_verbs(string lemma, string third, string past, string ing)
    {
        Assert.Equal(third, Inflector.ThirdPerson(lemma));
        Assert.Equal(past, Inflector.PastRegular(lemma));
        Assert.Equal(ing, Inflector.Gerund(lemma));
    }

    [Theory]
    [InlineData("meet", "met")]
    [InlineData("hold", "held")]
    [InlineData("strike", "struck")]
    [InlineData("fight", "fought")]
    [InlineData("say", "said")]
    [InlineData("take", "taken")]
    [InlineData("give", "gave")]
    [InlineData("send", "sent")]
    [InlineData("seek", "sought")]
    [InlineData("begin", "began")]
    [InlineData("begin", "beginning")]
    [InlineData("be", "were")]
    [InlineData("withdraw", "withdrawn")]
    public void Irregular_forms_come_from_the_table(string lemma, string form)
    {
        using var r = DataFiles.OpenText("coding/irregular-verbs.tsv");
        var table = CodingLexicon.LoadIrregular(r);
        Assert.Contains(form, Inflector.VerbForms(lemma, table));
        Assert.DoesNotContain(lemma == "meet" ? "meeted" : "\u0000", Inflector.VerbForms(lemma, table));
    }

    [Theory]
    [InlineData("strike", "strikes")]
    [InlineData("talks", "talks")]
    [InlineData("inquiry", "inquiries")]
    [InlineData("crackdown", "crackdowns")]
    [InlineData("embargo", "embargos")]
    [InlineData("clash", "clashes")]
    [InlineData("press", "presses")]
    public void Noun_plurals(string noun, string plural) => Assert.Equal(plural, Inflector.Plural(noun));

    [Fact]
    public void Participles_are_flagged_for_passive_detection()
    {
        using var r = DataFiles.OpenText("coding/irregular-verbs.tsv");
        var forms = Inflector.VerbFormsWithParticiple("strike", CodingLexicon.LoadIrregular(r));
        Assert.Contains(("struck", true), forms);
        Assert.Contains(("strikes", false), forms);
    }
}
