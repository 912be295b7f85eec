using Tidings.Evaluation;

namespace Tidings.Tests.Evaluation;

/// <summary>Gold lines that refer to a span of a third-party article instead of carrying its text.</summary>
public class GoldTextSourceTests
{
    // An article written for this test; GoldTextSource takes any corpus given to it in memory.
    private const string Article = "Kenya's president visited Addis Ababa. Talks on the dam followed.";

    private static readonly GoldTextSource Texts = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["geowebnews"] = new Dictionary<string, string> { ["7"] = Article },
    });

    private static string Line(string article, int start, int end, string? sha1 = null) =>
        $$"""{"id":"r1","ref":{"corpus":"geowebnews","article":"{{article}}","start":{{start}},"end":{{end}},"sha1":"{{sha1 ?? GoldTextSource.Sha1Prefix(Article[start..end])}}"},"events":[]}""";

    [Fact]
    public void A_ref_line_gets_the_text_of_its_span()
    {
        var gold = GoldFile.Parse(new StringReader(Line("7", 39, 65)), "r.jsonl", Texts);
        Assert.Equal("Talks on the dam followed.", gold[0].Text);
    }

    [Fact]
    public void The_hash_is_the_first_ten_hex_digits_of_the_utf8_sha1() =>
        // SHA-1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d
        Assert.Equal("a9993e3647", GoldTextSource.Sha1Prefix("abc"));

    [Theory]
    [InlineData("8", 0, 10, null, "has no article '8'")]
    [InlineData("7", 39, 66, "0000000000", "out of range")]
    [InlineData("7", -1, 10, "0000000000", "out of range")]
    [InlineData("7", 10, 10, "0000000000", "out of range")]
    [InlineData("7", 0, 10, "0000000000", "has sha1")]
    public void A_bad_ref_is_reported_with_file_and_line(string article, int start, int end, string? sha1, string fragment)
    {
        var text = """{"id":"a","text":"t","events":[]}""" + "\n" + Line(article, start, end, sha1 ?? "0000000000");
        var ex = Assert.Throws<GoldFormatException>(() => GoldFile.Parse(new StringReader(text), "r.jsonl", Texts));
        Assert.Equal(2, ex.Line);
        Assert.StartsWith("r.jsonl:2: ref: ", ex.Message);
        Assert.Contains(fragment, ex.Message);
    }

    [Theory]
    [InlineData("""{"id":"b","text":"t","ref":{"corpus":"geowebnews","article":"7","start":0,"end":5,"sha1":"x"},"events":[]}""", "not both")]
    [InlineData("""{"id":"b","ref":"geowebnews:7","events":[]}""", "'ref' must be an object")]
    [InlineData("""{"id":"b","ref":{"corpus":"other","article":"7","start":0,"end":5,"sha1":"x"},"events":[]}""", "unknown corpus 'other'")]
    [InlineData("""{"id":"b","ref":{"corpus":"geowebnews","article":"7","start":"0","end":5,"sha1":"x"},"events":[]}""", "'start' must be an integer")]
    [InlineData("""{"id":"b","ref":{"corpus":"geowebnews","article":"7","start":0,"end":5},"events":[]}""", "'sha1' must be")]
    [InlineData("""{"id":"b","ref":{"corpus":"geowebnews","article":"7","start":0,"end":5,"sha1":"x","page":1},"events":[]}""", "unknown field 'page'")]
    public void A_malformed_ref_is_reported(string line, string fragment)
    {
        var ex = Assert.Throws<GoldFormatException>(() => GoldFile.Parse(new StringReader(line), "r.jsonl", Texts));
        Assert.Equal(1, ex.Line);
        Assert.Contains(fragment, ex.Message);
    }

    [Fact]
    public void A_missing_shared_file_is_reported_with_file_and_line()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"tidings-noshared-{Guid.NewGuid():N}");
        var line = """{"id":"b","ref":{"corpus":"geowebnews","article":"7","start":0,"end":5,"sha1":"x"},"events":[]}""";
        var ex = Assert.Throws<GoldFormatException>(() => GoldFile.Parse(new StringReader(line), "r.jsonl", GoldTextSource.FromShared(empty)));
        Assert.StartsWith("r.jsonl:1: ref: ", ex.Message);
        Assert.Contains("does not exist", ex.Message);
        Assert.Contains(GoldTextSource.GeoWebNewsRelativePath, ex.Message);
    }

    [Fact]
    public void Lines_with_text_never_read_the_shared_corpus()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"tidings-noshared-{Guid.NewGuid():N}");
        var gold = GoldFile.Parse(new StringReader("""{"id":"a","text":"t","events":[]}"""), "r.jsonl", GoldTextSource.FromShared(empty));
        Assert.Single(gold);
    }

    // ---- the real corpus in /work/shared ----

    [SkippableFact]
    public void Resolves_a_span_of_GeoWebNews_and_rejects_a_wrong_hash()
    {
        var root = SharedData.Root;
        SharedData.PathOf(GoldTextSource.GeoWebNewsRelativePath);
        var texts = GoldTextSource.FromShared(root);
        // The hash of the article's first 20 characters, computed here, so that no text of the article is in the repository.
        var span = texts.TryResolve("geowebnews", "1", 0, 20, "0000000000", out var problem);
        Assert.Null(span);
        Assert.Contains("has sha1 ", problem);
        var hash = problem!.Split("has sha1 ")[1][..10];
        Assert.Equal(20, texts.TryResolve("geowebnews", "1", 0, 20, hash, out _)!.Length);
        Assert.Null(texts.TryResolve("geowebnews", "999", 0, 20, hash, out problem));
        Assert.Contains("no article '999'", problem);
    }

    [SkippableFact]
    public void Resolves_a_span_of_TempEval3_by_file_name()
    {
        SharedData.PathOf(GoldTextSource.TempEval3RelativePath);
        var texts = GoldTextSource.FromShared(SharedData.Root);
        // The article's text is its <TEXT> with the tags stripped, so the span is checked against the TimeML reader's text.
        var expected = TimeMlReader.ReadFile(SharedData.PathOf(GoldTextSource.TempEval3RelativePath + "/AP_20130322.tml")).Text;
        Assert.Equal(expected, texts.TryArticle("tempeval3", "AP_20130322", out var problem));
        Assert.Null(problem);
        var hash = GoldTextSource.Sha1Prefix(expected[..20]);
        Assert.Equal(expected[..20], texts.TryResolve("tempeval3", "AP_20130322", 0, 20, hash, out _));
        Assert.Null(texts.TryArticle("tempeval3", "AP_20130322.tml", out problem));
        Assert.Contains("no article", problem);
    }

    [SkippableFact]
    public void Resolves_a_span_of_GeoVirus_by_the_title_of_its_source_url()
    {
        var path = SharedData.PathOf(GoldTextSource.GeoVirusRelativePath);
        var texts = GoldTextSource.FromShared(SharedData.Root);
        var first = GeoparseCorpus.Load(path).Articles[0];
        var key = GoldTextSource.GeoVirusKey(first.Id);
        Assert.DoesNotContain('/', key);
        Assert.Equal(first.Text, texts.TryArticle("geovirus", key, out var problem));
        Assert.Null(problem);
        Assert.Equal(first.Text[..20], texts.TryResolve("geovirus", key, 0, 20, GoldTextSource.Sha1Prefix(first.Text[..20]), out _));
        Assert.Null(texts.TryArticle("geovirus", first.Id, out problem));
        Assert.Contains("no article", problem);
    }

    [Theory]
    [InlineData("https://en.wikinews.org/wiki/Floods_hit_Dhaka", "Floods_hit_Dhaka")]
    [InlineData(" https://en.wikinews.org/wiki/Floods_hit_Dhaka/ ", "Floods_hit_Dhaka")]
    [InlineData("Floods_hit_Dhaka", "Floods_hit_Dhaka")]
    public void A_GeoVirus_key_is_the_last_segment_of_the_url(string url, string key) =>
        Assert.Equal(key, GoldTextSource.GeoVirusKey(url));

    [SkippableFact]
    public void The_realnews_gold_file_resolves_every_line()
    {
        SharedData.PathOf(GoldTextSource.GeoWebNewsRelativePath);
        var path = Path.Combine(SharedData.RepoRoot!, "gold", "realnews-gold.jsonl");
        Skip.If(!File.Exists(path), "gold/realnews-gold.jsonl is absent");
        var gold = GoldFile.Load(path, GoldTextSource.FromShared(SharedData.Root));
        Assert.True(gold.Count >= 620, $"{gold.Count} lines");
        // session 11 wrote dev and heldout, session 12 a second pair on other articles (dev2, heldout2),
        // session 13 a third (dev3, heldout3), session 14 a fourth (dev4, heldout4), session 16 dev5 on TempEval-3 news,
        // session 17 dev6 on GeoVirus Wikinews articles, session 18 dev7 and heldout5 on other GeoVirus articles, session 19 dev8 and heldout6 on other GeoVirus articles
        Assert.All(gold, g => Assert.Contains(g.Split, new[] { "dev", "heldout", "dev2", "heldout2", "dev3", "heldout3", "dev4", "heldout4", "dev5", "dev6", "dev7", "heldout5", "dev8", "heldout6" }));
        Assert.All(gold, g => Assert.False(string.IsNullOrWhiteSpace(g.Text)));
    }
}
