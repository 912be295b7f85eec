using Tidings.Reading;

namespace Tidings.Tests.Reading;

public class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <title>Envoys agree on prisoner swap | Northern Ledger</title>
        <meta property="og:title" content="Envoys agree on prisoner swap">
        <meta property="og:description" content="Exchange of 40 detainees expected within a week">
        <meta property="og:site_name" content="Northern Ledger">
        <meta property="article:published_time" content="2025-06-11T23:30:00-04:00">
        <link rel="canonical" href="https://ledger.example/world/prisoner-swap">
        <script>window.tracking = "Envoys agree script text";</script>
        <style>p { color: red }</style>
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <article>
          <h1>Envoys agree on prisoner swap</h1>
          <p>DOHA (NL) — Negotiators from Armenia and Azerbaijan agreed on Wednesday to exchange 40 detainees, Qatari mediators said in a statement released after two days of talks.</p>
          <p>The exchange is expected within a week. Both governments have   confirmed
             the list of names, according to the statement.</p>
          <p>Previous exchanges had stalled over the <b>number</b> of detainees held by each side, officials said.</p>
        </article>
        <footer>© 2025 Northern Ledger. All rights reserved. <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    [Fact]
    public void Reads_text_and_metadata()
    {
        var a = Read.Single(Page, "swap.html");
        Assert.Equal("Envoys agree on prisoner swap", a.Headline);
        Assert.Equal("Exchange of 40 detainees expected within a week", a.Deck);
        Assert.Equal(new DateOnly(2025, 6, 11), a.Published); // the publisher's own day, not the UTC day
        Assert.Equal("https://ledger.example/world/prisoner-swap", a.Url);
        Assert.Equal("Northern Ledger", a.Source);
        Assert.Equal("DOHA", a.Dateline?.Place);
        Assert.StartsWith("Negotiators from Armenia", a.Body);
        Assert.Contains("Both governments have confirmed the list of names", a.Body);
        Assert.Contains("\n\nPrevious exchanges", a.Body);
        Assert.DoesNotContain("Privacy", a.Body);
        Assert.DoesNotContain("script text", a.Body);
        Assert.DoesNotContain("Sport", a.Body);
    }

    [Theory]
    [InlineData("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-11-02T08:00:00Z\",\"publisher\":{\"name\":\"Wire X\"}}</script></head><body><p>Body text that is long enough.</p></body></html>", "2024-11-02")]
    [InlineData("<html><head><meta name=\"date\" content=\"2024-11-03\"></head><body><p>Body.</p></body></html>", "2024-11-03")]
    [InlineData("<html><head><meta name=\"DC.date\" content=\"Sun, 03 Nov 2024 10:00:00 GMT\"></head><body><p>Body.</p></body></html>", "2024-11-03")]
    [InlineData("<html><body><article><time datetime=\"2024-11-04\">4 Nov</time><p>Body.</p></article></body></html>", "2024-11-04")]
    [InlineData("<html><body><p>Body without a date.</p></body></html>", null)]
    public void Finds_the_publication_date(string html, string? expected)
    {
        var a = Read.Single(html, "p.html");
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), a.Published);
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed <b>bold <i>italic<p>Next paragraph with text.</body>")]
    [InlineData("<<<>>><p></p></div></div></span><<script>")]
    [InlineData("<html><head><title>Only a title</title></head><body></body></html>")]
    [InlineData("<div><div><div><div><div><div><div><div><div><div><p>Deep</p>")]
    [InlineData("<p>&#xD800; &bogus; &amp &lt;tag&gt; \u0000\u0001 text</p>")]
    [InlineData("<html><body><script>document.write('<p>x</p>')</script></body></html>")]
    public void Broken_html_gives_an_article_or_an_error(string html)
    {
        var rs = Read.Text(html, "broken.html");
        Assert.NotEmpty(rs);
        Assert.All(rs, r => Assert.True(r is ReadArticle or ReadError or ReadWarning));
        foreach (var a in rs.OfType<ReadArticle>())
        {
            Assert.DoesNotContain("</", a.Article.Body);
            Assert.DoesNotContain("<p>", a.Article.Body);
            Assert.DoesNotContain("document.write", a.Article.Body);
        }
    }

    [Fact]
    public void Unclosed_tags_keep_the_text()
    {
        var a = Read.Single("<html><body><p>Unclosed <b>bold <i>italic<p>Next paragraph with text.</body>", "u.html");
        Assert.Equal("Unclosed bold italic\n\nNext paragraph with text.", a.Body);
    }

    [Fact]
    public void Html_without_extension_is_sniffed()
    {
        var a = Read.Single(Page, "page");
        Assert.Equal("Envoys agree on prisoner swap", a.Headline);
    }
}

public class JsonLinesReaderTests
{
    [Fact]
    public void Reads_objects_and_reports_bad_lines()
    {
        var jsonl = """
            {"id":"a1","title":"Talks open","text":"CAIRO — Talks opened on Sunday.","published":"2025-02-02","url":"https://x.example/a1","source":"Wire"}
            {"title":"Second","text":"Body two.","published":"Mon, 03 Feb 2025 10:00:00 +0000","deck":"A short deck"}
            {"title": "broken", "text": 
            [1,2,3]

            {"title":"Bad date","text":"Body four.","published":"Foo"}
            {"id": 77, "description":"Deck only","text":"<p>First.</p><p>Second &amp; last.</p>","date":1738540800}
            """;
        var rs = Read.Text(jsonl, "feed.jsonl");
        var arts = rs.OfType<ReadArticle>().Select(r => r.Article).ToList();
        var errs = rs.OfType<ReadError>().ToList();
        var warns = rs.OfType<ReadWarning>().ToList();
        Assert.Equal(4, arts.Count);
        Assert.Equal(2, errs.Count);
        Assert.Equal("feed.jsonl:3", errs[0].Origin);
        Assert.StartsWith("line 3: invalid JSON", errs[0].Message);
        Assert.StartsWith("line 4: expected a JSON object", errs[1].Message);
        Assert.Single(warns);
        Assert.Contains("line 6 has an unparseable date 'Foo'", warns[0].Message);

        Assert.Equal("a1", arts[0].Id);
        Assert.Equal("CAIRO", arts[0].Dateline?.Place);
        Assert.Equal("Talks opened on Sunday.", arts[0].Body);
        Assert.Equal(new DateOnly(2025, 2, 2), arts[0].Published);
        Assert.Equal("Wire", arts[0].Source);
        Assert.Equal("feed.jsonl#2", arts[1].Id);
        Assert.Equal("A short deck", arts[1].Deck);
        Assert.Equal(new DateOnly(2025, 2, 3), arts[1].Published);
        Assert.Null(arts[2].Published);
        Assert.Equal("77", arts[3].Id);
        Assert.Equal("First.\n\nSecond & last.", arts[3].Body);
        Assert.Equal(new DateOnly(2025, 2, 3), arts[3].Published);
    }

    [Fact]
    public void Json_array_document_is_read()
    {
        var rs = Read.Text("[{\"title\":\"A\",\"text\":\"One.\"},{\"title\":\"B\",\"text\":\"Two.\"}]", "x.json");
        Assert.Equal(["A", "B"], rs.OfType<ReadArticle>().Select(r => r.Article.Headline!).ToArray());
    }
}

public class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Harbour Wire</title><link>https://hw.example</link><description>News</description>
        <item><title>Navy holds drills</title><link>https://hw.example/1</link><guid>hw-1</guid>
          <pubDate>Tue, 04 Mar 2025 09:00:00 +0000</pubDate>
          <description>&lt;p&gt;MANILA — The navy held drills on &lt;b&gt;Tuesday&lt;/b&gt;.&lt;/p&gt;</description></item>
        <item><title>Envoy recalled</title><link>https://hw.example/2</link>
          <pubDate>Foo</pubDate><description>The envoy was recalled.</description></item>
        <item><title>Aid arrives</title><pubDate>2025-03-06</pubDate><description>Trucks crossed.</description></item>
        </channel></rss>
        """;

    [Fact]
    public void Reads_items_with_bad_dates_as_warnings()
    {
        var rs = Read.Text(Rss, "wire.xml");
        var arts = rs.OfType<ReadArticle>().Select(r => r.Article).ToList();
        Assert.Equal(3, arts.Count);
        Assert.Empty(rs.OfType<ReadError>());
        var w = Assert.Single(rs.OfType<ReadWarning>());
        Assert.Equal("feed item 2 has an unparseable date 'Foo'; published left empty", w.Message);
        Assert.Equal("wire.xml#2", w.Origin);

        Assert.Equal("hw-1", arts[0].Id);
        Assert.Equal("Navy holds drills", arts[0].Headline);
        Assert.Equal("The navy held drills on Tuesday.", arts[0].Body);
        Assert.Equal("MANILA", arts[0].Dateline?.Place);
        Assert.Equal(new DateOnly(2025, 3, 4), arts[0].Published);
        Assert.Equal("Harbour Wire", arts[0].Source);
        Assert.Equal("https://hw.example/1", arts[0].Url);
        Assert.Null(arts[1].Published);
        Assert.Equal("wire.xml#3", arts[2].Id);
        Assert.Equal(new DateOnly(2025, 3, 6), arts[2].Published);
    }

    [Fact]
    public void Atom_is_read()
    {
        var atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
            <entry><title>Summit ends</title><id>urn:1</id><published>2025-04-01T12:00:00Z</published>
            <summary>Leaders left Brussels.</summary></entry></feed>
            """;
        var a = Read.Single(atom, "desk.atom");
        Assert.Equal("Summit ends", a.Headline);
        Assert.Equal("Leaders left Brussels.", a.Body);
        Assert.Equal(new DateOnly(2025, 4, 1), a.Published);
        Assert.Equal("Atom Desk", a.Source);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>x</title></item>")]
    [InlineData("<?xml version=\"1.0\"?><notafeed><a/></notafeed>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss><channel><title>&a;</title></channel></rss>")]
    [InlineData("plain words in an xml file")]
    public void Malformed_feeds_give_an_error(string xml)
    {
        var rs = Read.Text(xml, "bad.xml");
        var e = Assert.Single(rs.OfType<ReadError>());
        Assert.Contains("feed", e.Message);
        Assert.Empty(rs.OfType<ReadArticle>());
    }
}
