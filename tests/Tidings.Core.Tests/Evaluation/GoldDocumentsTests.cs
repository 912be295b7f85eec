using Tidings.Evaluation;
using Tidings.Pipeline;

namespace Tidings.Tests.Evaluation;

/// <summary>Ref lines of one article are coded together, as the article (decision 020).</summary>
public class GoldDocumentsTests
{
    // Articles written for these tests; GoldTextSource takes any corpus given to it in memory.
    private const string Cairo =
        "CAIRO (Wire) — Egypt's interior minister Karim Nassar met Sudanese envoys on Monday. " +
        "Sudan expelled an Egyptian diplomat on Sunday. " +
        "Police arrested two activists in Giza on Tuesday.";

    private const string Other = "Kenya's president visited Addis Ababa. Talks on the dam followed.";

    private static readonly GoldTextSource Texts = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["fake"] = new Dictionary<string, string> { ["1"] = Cairo, ["2"] = Other },
    });

    private static string Line(string id, string article, int start, int end, string events = "[]")
    {
        var text = article == "1" ? Cairo : Other;
        return $$"""{"id":"{{id}}","ref":{"corpus":"fake","article":"{{article}}","start":{{start}},"end":{{end}},"sha1":"{{GoldTextSource.Sha1Prefix(text[start..end])}}"},"events":{{events}}}""";
    }

    private static IReadOnlyList<GoldSentence> Parse(params string[] lines) =>
        GoldFile.Parse(new StringReader(string.Join("\n", lines)), "g.jsonl", Texts);

    private static int End(string s, string sentence) => s.IndexOf(sentence, StringComparison.Ordinal) + sentence.Length;

    [Fact]
    public void Consecutive_lines_of_one_article_form_one_document_and_text_lines_stay_alone()
    {
        var first = End(Cairo, "on Monday.");
        var gold = Parse(
            Line("a1", "1", 0, first),
            Line("a2", "1", first + 1, Cairo.Length),
            """{"id":"t1","text":"Our own sentence.","events":[]}""",
            Line("b1", "2", 0, 38),
            Line("c1", "1", 0, first));
        var units = GoldDocuments.Group(gold, Texts, "g.jsonl");
        Assert.Equal(["a1 a2", "t1", "b1", "c1"], units.Select(u => string.Join(" ", u.Lines.Select(l => l.Id))));
        Assert.Null(units[1].Document);
        Assert.Equal(Cairo, units[0].Document!.Text);
        Assert.Equal(0, units[0].Document!.Start);
    }

    [Fact]
    public void A_document_runs_from_the_first_lines_start_to_the_last_lines_end_with_left_out_text()
    {
        var start = End(Cairo, "on Monday.") + 1;
        var gap = End(Cairo, "on Sunday.") + 1;
        var units = GoldDocuments.Group(Parse(Line("a1", "1", start, start + 5), Line("a2", "1", gap, Cairo.Length)), Texts, "g.jsonl");
        Assert.Equal(Cairo[start..], units.Single().Document!.Text);
    }

    [Theory]
    [InlineData(0, 20, 10, 30)]   // overlaps
    [InlineData(40, 60, 0, 20)]   // precedes
    public void Overlapping_or_falling_spans_are_a_format_error(int s1, int e1, int s2, int e2)
    {
        var gold = Parse(Line("a1", "1", s1, e1), Line("a2", "1", s2, e2));
        var ex = Assert.Throws<GoldFormatException>(() => GoldDocuments.Group(gold, Texts, "g.jsonl"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("a2", ex.Message);
    }

    [Fact]
    public void Each_event_goes_to_the_line_whose_span_holds_its_trigger_and_the_dateline_country_reaches_later_lines()
    {
        var first = End(Cairo, "on Monday.");
        var gap = End(Cairo, "on Sunday.") + 1;
        var gold = Parse(Line("a1", "1", 0, first), Line("a3", "1", gap, Cairo.Length));
        var document = GoldDocuments.Group(gold, Texts, "g.jsonl").Single().Document!;
        var coded = GoldDocuments.Code(document, TidingsPipeline.Default);
        Assert.Equal(2, coded.Count);
        Assert.Contains(coded[0], e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        // The arrest in the last line is coded with the police of the dateline's country, which the line does not name.
        var arrest = Assert.Single(coded[1], e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("EGYCOP", arrest.Source.Code);
        Assert.DoesNotContain(coded[0], e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void Events_of_text_between_lines_belong_to_no_line()
    {
        var first = End(Cairo, "on Monday.");
        var gap = End(Cairo, "on Sunday.") + 1;
        var whole = GoldDocuments.Group(Parse(Line("a1", "1", 0, Cairo.Length)), Texts, "g.jsonl").Single().Document!;
        Assert.Contains(GoldDocuments.Code(whole, TidingsPipeline.Default).Single(), e => e.Evidence.Trigger.StartsWith("expel", StringComparison.Ordinal));
        var document = GoldDocuments.Group(Parse(Line("a1", "1", 0, first), Line("a3", "1", gap, Cairo.Length)), Texts, "g.jsonl").Single().Document!;
        Assert.DoesNotContain(GoldDocuments.Code(document, TidingsPipeline.Default).SelectMany(l => l), e => e.Evidence.Trigger.StartsWith("expel", StringComparison.Ordinal));
    }
    [Fact]
    public void Lines_of_a_sample_article_are_anchored_in_it_and_an_article_with_a_line_not_found_stays_per_line()
    {
        var dir = Directory.CreateTempSubdirectory("tidings-samples-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"), "Chile and Peru sign trade pact\n\nLIMA (Wire) — Chile's president met Peru's president on Monday. They signed a pact.");
            File.WriteAllText(Path.Combine(dir, "b.txt"), "Kenya hosts talks\n\nKenya hosted talks on Sudan.");
            var texts = new GoldTextSource(new Dictionary<string, IReadOnlyDictionary<string, string>>());
            var gold = GoldFile.Parse(new StringReader(string.Join("\n",
                """{"id":"a0","article":"a.txt","text":"Chile and Peru sign trade pact","events":[]}""",
                """{"id":"a1","article":"a.txt","text":"Chile's president met Peru's president on Monday.","events":[]}""",
                """{"id":"a2","article":"a.txt","text":"They signed a pact.","events":[]}""",
                """{"id":"b0","article":"b.txt","text":"Kenya hosted talks on Sudan.","events":[]}""",
                """{"id":"b1","article":"b.txt","text":"A sentence the article does not have.","events":[]}""",
                """{"id":"c0","article":"c.html","text":"Not a plain-text article.","events":[]}""")), "g.jsonl", texts);
            var anchored = texts.AnchorLocalArticles(gold, dir);
            Assert.Equal(["a.txt", "a.txt", "a.txt"], anchored.Take(3).Select(g => g.Ref!.Article));
            Assert.All(anchored.Skip(3), g => Assert.Null(g.Ref));
            var units = GoldDocuments.Group(anchored, texts, "g.jsonl");
            Assert.Equal(["a0 a1 a2", "b0", "b1", "c0"], units.Select(u => string.Join(" ", u.Lines.Select(l => l.Id))));
            Assert.StartsWith("Chile and Peru sign trade pact", units[0].Document!.Text, StringComparison.Ordinal);
            // A folder that does not exist leaves every line alone.
            Assert.All(texts.AnchorLocalArticles(gold, Path.Combine(dir, "none")), g => Assert.Null(g.Ref));
        }
        finally { Directory.Delete(dir, true); }
    }
    [Fact]
    public void A_line_whose_article_is_in_the_second_folder_is_coded_in_its_article()
    {
        var root = Directory.CreateTempSubdirectory("tidings-articles-").FullName;
        try
        {
            var samples = Directory.CreateDirectory(Path.Combine(root, "samples")).FullName;
            var articles = Directory.CreateDirectory(Path.Combine(root, "articles")).FullName;
            File.WriteAllText(Path.Combine(samples, "s.txt"), "Peru holds vote\n\nPeru held a vote on Sunday.");
            File.WriteAllText(Path.Combine(articles, "g.txt"),
                "Ghana recalls envoy\n\nACCRA, May 2 (Wire) - Ghana's foreign minister met Togo's ambassador on Friday. The minister later recalled Ghana's envoy from Lome.");
            var texts = new GoldTextSource(new Dictionary<string, IReadOnlyDictionary<string, string>>());
            var gold = GoldFile.Parse(new StringReader(string.Join("\n",
                """{"id":"s0","article":"s.txt","text":"Peru held a vote on Sunday.","events":[]}""",
                """{"id":"g0","article":"g.txt","text":"Ghana's foreign minister met Togo's ambassador on Friday.","events":[]}""",
                """{"id":"g1","article":"g.txt","text":"The minister later recalled Ghana's envoy from Lome.","events":[]}""")), "g.jsonl", texts);
            var anchored = texts.AnchorLocalArticles(gold, samples, articles);
            Assert.Equal(["s.txt", "g.txt", "g.txt"], anchored.Select(g => g.Ref!.Article));
            var units = GoldDocuments.Group(anchored, texts, "g.jsonl");
            Assert.Equal(["s0", "g0 g1"], units.Select(u => string.Join(" ", u.Lines.Select(l => l.Id))));
            // The second line is coded in its article: "The minister" is read back to Ghana's foreign minister.
            var coded = GoldDocuments.Code(units[1].Document!, TidingsPipeline.Default);
            Assert.Contains(coded[1], e => e.Source.Code == "GHAGOV");
        }
        finally { Directory.Delete(root, true); }
    }
    [Fact]
    public void Lines_of_a_json_lines_sample_are_anchored_in_the_article_the_reader_gives_and_coded_in_it()
    {
        var dir = Directory.CreateTempSubdirectory("tidings-read-samples-").FullName;
        try
        {
            // Two articles in one JSON-lines file, as a wire's export gives them; the second line of "ghana" needs its
            // article: "The minister" is Ghana's foreign minister only after the sentence before.
            File.WriteAllText(Path.Combine(dir, "w.jsonl"), string.Join("\n",
                """{"id":"peru","title":"Peru holds vote","text":"LIMA (Wire) — Peru held a vote on Sunday.","published":"2025-05-04"}""",
                """{"id":"ghana","title":"Ghana recalls envoy","text":"ACCRA (Wire) — Ghana's foreign minister met Togo's ambassador on Friday. The minister later recalled Ghana's envoy from Lome.","published":"2025-05-03"}"""));
            var texts = new GoldTextSource(new Dictionary<string, IReadOnlyDictionary<string, string>>());
            var gold = GoldFile.Parse(new StringReader(string.Join("\n",
                """{"id":"p0","article":"w.jsonl","text":"Peru held a vote on Sunday.","events":[]}""",
                """{"id":"g0","article":"w.jsonl","text":"Ghana recalls envoy","events":[]}""",
                """{"id":"g1","article":"w.jsonl","text":"The minister later recalled Ghana's envoy from Lome.","events":[]}""",
                """{"id":"g2","article":"w.jsonl","text":"A sentence no article of the file has.","events":[]}""")), "g.jsonl", texts);
            var warnings = new List<string>();
            var anchored = texts.AnchorLocalArticles(gold, warnings, dir);
            Assert.Equal(["w.jsonl#peru", "w.jsonl#ghana", "w.jsonl#ghana"], anchored.Take(3).Select(g => g.Ref!.Article));
            // The line found in no article is coded alone, and the eval says so.
            Assert.Null(anchored[3].Ref);
            Assert.Equal("g2", Assert.Single(warnings).Split(':')[0]);
            var units = GoldDocuments.Group(anchored, texts, "g.jsonl");
            Assert.Equal(["p0", "g0 g1", "g2"], units.Select(u => string.Join(" ", u.Lines.Select(l => l.Id))));
            var ghana = units[1].Document!;
            // The article is coded as the reader gave it, whole: its headline opens the text, its dateline is read.
            Assert.NotNull(ghana.Read);
            Assert.Equal(0, ghana.Start);
            Assert.StartsWith("Ghana recalls envoy", ghana.Text, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(2025, 5, 3), GoldDocuments.ReadArticle(ghana).Published);
            var coded = GoldDocuments.Code(ghana, TidingsPipeline.Default);
            Assert.Contains(coded[1], e => e.Source.Code == "GHAGOV");
            // Coded alone, the same line has no doer.
            Assert.DoesNotContain(TidingsPipeline.Default.Analyze(new Tidings.Documents.Article { Id = "g1", Body = gold[2].Text }).MentionEvents,
                e => e.Source.Code == "GHAGOV");
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void A_line_of_a_web_page_sample_is_anchored_in_the_page_text_and_takes_the_page_date()
    {
        var dir = Directory.CreateTempSubdirectory("tidings-read-pages-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "p.html"), """
                <!DOCTYPE html><html><head><title>Chad closes border | Sahel Post</title>
                <meta property="article:published_time" content="2025-06-02T10:00:00+01:00"></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Chad closes border</h1>
                <p>N'DJAMENA (SP) &mdash; Chad closed its border with Sudan on Monday, the interior ministry said.</p>
                <p>The ministry said the crossing would stay shut &ldquo;until further notice&rdquo;.</p></article></body></html>
                """);
            var texts = new GoldTextSource(new Dictionary<string, IReadOnlyDictionary<string, string>>());
            var gold = GoldFile.Parse(new StringReader(string.Join("\n",
                """{"id":"c0","article":"p.html","text":"Chad closes border","published":"2025-06-09","events":[]}""",
                """{"id":"c1","article":"p.html","text":"Chad closed its border with Sudan on Monday, the interior ministry said.","events":[]}""")), "g.jsonl", texts);
            var warnings = new List<string>();
            var anchored = texts.AnchorLocalArticles(gold, warnings, dir);
            Assert.Empty(warnings);
            // One page is one article: both lines are anchored in it.
            Assert.All(anchored, g => Assert.StartsWith("p.html#", g.Ref!.Article, StringComparison.Ordinal));
            Assert.Single(anchored.Select(g => g.Ref!.Article).Distinct());
            var document = GoldDocuments.Group(anchored, texts, "g.jsonl").Single().Document!;
            // The page's own date wins over the gold's, as tidings code reads the page.
            Assert.Equal(new DateOnly(2025, 6, 2), GoldDocuments.ReadArticle(document).Published);
            Assert.Equal("Chad closes border", document.Text[anchored[0].Ref!.Start..anchored[0].Ref!.End]);
        }
        finally { Directory.Delete(dir, true); }
    }
}
