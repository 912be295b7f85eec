using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Tidings.Reading;

/// <summary>
/// Reads one article from an HTML page. Main text comes from SmartReader (Readability); when it finds
/// nothing readable, from the paragraphs of &lt;article&gt;, &lt;main&gt; or &lt;body&gt; without page chrome.
/// Metadata comes from Open Graph, meta tags, JSON-LD and &lt;time&gt;. Nothing is fetched: the page is
/// parsed from the given string with scripting off and no resource loader.
/// </summary>
public static class HtmlArticleReader
{
    /// <summary>Below this many characters the Readability result is not trusted and the fallback is used.</summary>
    public const int MinReadableChars = 120;

    /// <summary>
    /// Most elements accepted in one page. News pages have a few thousand; broken markup such as 60,000
    /// unclosed &lt;b&gt; tags makes the parser build millions, which every later step would walk again.
    /// </summary>
    public const int MaxElements = 200_000;

    public sealed record Page(string? Title, string? Description, string? PublishedText, DateOnly? Published,
        string? Url, string? SiteName, string Body);

    /// <summary>
    /// Extracts the page within <paramref name="timeLimit"/>: HTML parsing is quadratic in nesting depth, so a
    /// hostile page (100,000 nested tags) would otherwise run for many minutes. Throws
    /// <see cref="TimeoutException"/> when the limit passes, and AngleSharp failures as they come; callers turn
    /// both into a ReadError.
    /// </summary>
    public static Page Extract(string html, TimeSpan timeLimit)
    {
        using var cts = new CancellationTokenSource(timeLimit);
        IHtmlDocument doc;
        try
        {
            doc = HtmlText.NewParser().ParseDocumentAsync(html, cts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the HTML page could not be parsed within {timeLimit.TotalSeconds:0.#} s (pathological nesting?)");
        }
        if (CountElements(doc, MaxElements + 1) > MaxElements)
            throw new TimeoutException($"the HTML page has more than {MaxElements:N0} elements; refused as malformed");
        string? siteName = Meta(doc, "og:site_name") ?? Meta(doc, "application-name");
        var ld = JsonLd(doc);
        string? title = Meta(doc, "og:title") ?? Meta(doc, "twitter:title") ?? ld.Headline
            ?? Text(doc.QuerySelector("article h1") ?? doc.QuerySelector("h1"))
            ?? CleanTitle(doc.Title, siteName);
        string? description = Meta(doc, "og:description") ?? Meta(doc, "description") ?? Meta(doc, "twitter:description");
        string? publishedText = Meta(doc, "article:published_time") ?? Meta(doc, "datePublished") ?? ld.DatePublished
            ?? Meta(doc, "date") ?? Meta(doc, "dc.date") ?? Meta(doc, "dc.date.issued") ?? Meta(doc, "dcterms.date")
            ?? Meta(doc, "dcterms.created") ?? Meta(doc, "pubdate") ?? Meta(doc, "publishdate") ?? Meta(doc, "publish-date")
            ?? Meta(doc, "sailthru.date") ?? Meta(doc, "parsely-pub-date") ?? Meta(doc, "og:published_time")
            ?? Meta(doc, "citation_publication_date")
            ?? (doc.QuerySelector("article time[datetime]") ?? doc.QuerySelector("time[datetime]"))?.GetAttribute("datetime");
        DateOnly? published = DateText.TryParse(publishedText, out var d) ? d : null;
        string? url = AbsoluteHttp(doc.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? AbsoluteHttp(Meta(doc, "og:url"));
        siteName ??= ld.Publisher;

        // The fallback text is taken first because SmartReader rewrites the document it is given; one parse serves both.
        string fallback = Fallback(doc);
        string body = (cts.IsCancellationRequested ? null : Readable(doc, cts.Token)) ?? fallback;
        body = DropLeading(body, title);
        return new Page(title, description, publishedText, published, url, siteName, body);
    }

    /// <summary>Counts elements with an explicit stack (no recursion), stopping at <paramref name="stopAt"/>.</summary>
    private static int CountElements(IHtmlDocument doc, int stopAt)
    {
        if (doc.DocumentElement is null) return 0;
        int n = 0;
        var stack = new Stack<IElement>();
        stack.Push(doc.DocumentElement);
        while (stack.Count > 0 && n < stopAt)
        {
            var e = stack.Pop();
            n++;
            foreach (var child in e.Children) stack.Push(child);
        }
        return n;
    }

    private static string? Readable(IHtmlDocument doc, CancellationToken cancel)
    {
        try
        {
            using var reader = new SmartReader.Reader("http://localhost/", doc) { Debug = false, DisableJSONLD = true };
            var article = reader.GetArticleAsync(cancel).GetAwaiter().GetResult();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return null;
            var text = HtmlText.FromFragment(article.Content);
            return text.Length >= MinReadableChars ? text : null;
        }
        catch (Exception)
        {
            // SmartReader is a heuristic over arbitrary markup; any failure falls back to plain extraction.
            return null;
        }
    }

    private static string Fallback(IHtmlDocument doc)
    {
        foreach (var selector in new[] { "article", "main", "[role=main]" })
        {
            var el = doc.QuerySelector(selector);
            if (el is null) continue;
            var t = HtmlText.Paragraphs(el, dropChrome: true);
            if (t.Length >= MinReadableChars) return t;
        }
        return doc.Body is null ? "" : HtmlText.Paragraphs(doc.Body, dropChrome: true);
    }

    /// <summary>Removes a first paragraph that repeats the headline (Readability often keeps the &lt;h1&gt;).</summary>
    private static string DropLeading(string body, string? title)
    {
        if (string.IsNullOrEmpty(title)) return body;
        int cut = body.IndexOf("\n\n", StringComparison.Ordinal);
        var first = cut < 0 ? body : body[..cut];
        return string.Equals(first.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase)
            ? (cut < 0 ? "" : body[(cut + 2)..])
            : body;
    }

    private static string? Meta(IHtmlDocument doc, string key)
    {
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var k = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (k is null || !k.Trim().Equals(key, StringComparison.OrdinalIgnoreCase)) continue;
            var v = m.GetAttribute("content")?.Trim();
            if (!string.IsNullOrEmpty(v)) return HtmlText.CollapseParagraphs(v);
        }
        return null;
    }

    private static string? Text(IElement? e)
    {
        var t = e is null ? null : HtmlText.Paragraphs(e, dropChrome: false).Replace("\n\n", " ");
        return string.IsNullOrWhiteSpace(t) ? null : t;
    }

    /// <summary>"Talks resume | Example News" → "Talks resume" when the suffix is the site name.</summary>
    private static string? CleanTitle(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        title = HtmlText.CollapseParagraphs(title);
        if (siteName is null) return title;
        foreach (var sep in new[] { " | ", " - ", " — ", " – ", " :: " })
        {
            int i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 0 && title[(i + sep.Length)..].Trim().Equals(siteName, StringComparison.OrdinalIgnoreCase)) return title[..i].Trim();
        }
        return title;
    }

    private static string? AbsoluteHttp(string? u) =>
        Uri.TryCreate(u?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https") ? uri.ToString() : null;

    private readonly record struct LdFacts(string? Headline, string? DatePublished, string? Publisher);

    /// <summary>First headline, datePublished and publisher name found in the page's JSON-LD blocks.</summary>
    private static LdFacts JsonLd(IHtmlDocument doc)
    {
        string? headline = null, date = null, publisher = null;
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                Visit(json.RootElement, 0);
            }
            catch (JsonException) { /* malformed JSON-LD is common; the other sources still apply */ }
        }
        return new LdFacts(headline, date, publisher);

        void Visit(JsonElement e, int depth)
        {
            if (depth > 32) return;
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray()) Visit(x, depth + 1);
                return;
            }
            if (e.ValueKind != JsonValueKind.Object) return;
            foreach (var p in e.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String)
                {
                    if (date is null && p.NameEquals("datePublished")) date = p.Value.GetString();
                    else if (headline is null && p.NameEquals("headline")) headline = p.Value.GetString();
                }
                else if (publisher is null && p.NameEquals("publisher") && p.Value.ValueKind == JsonValueKind.Object
                         && p.Value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                    publisher = n.GetString();
                else Visit(p.Value, depth + 1);
            }
        }
    }
}
