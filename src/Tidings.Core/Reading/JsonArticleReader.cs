using System.Text.Json;

namespace Tidings.Reading;

/// <summary>
/// Reads articles from JSON lines (one object per line) or a JSON document holding one object or an
/// array of objects. Fields: <c>id</c>, <c>title</c> (or <c>headline</c>), <c>text</c> (or <c>body</c>,
/// <c>content</c>), <c>deck</c> (or <c>description</c>, <c>subtitle</c>), <c>published</c> (or <c>date</c>,
/// <c>pubDate</c>; ISO, RFC 1123 or Unix seconds), <c>url</c> (or <c>link</c>), <c>source</c> (a string or an
/// object with <c>name</c>). Field names match case-insensitively.
/// </summary>
public static class JsonArticleReader
{
    /// <summary>What one JSON object gave; <see cref="Error"/> set when it is not an article.</summary>
    public sealed record Item(string? Id, string? Title, string? Deck, string Text, string? PublishedText, DateOnly? Published,
        string? Url, string? Source, string? Error);

    private static readonly string[] IdKeys = ["id", "article_id", "guid", "uuid"];
    private static readonly string[] TitleKeys = ["title", "headline"];
    private static readonly string[] TextKeys = ["text", "body", "content", "maintext", "article", "full_text"];
    private static readonly string[] DeckKeys = ["deck", "description", "subtitle", "standfirst", "summary"];
    private static readonly string[] DateKeys = ["published", "date", "pubDate", "published_at", "publish_date", "date_publish", "datePublished", "timestamp"];
    private static readonly string[] UrlKeys = ["url", "link", "canonical_url"];
    private static readonly string[] SourceKeys = ["source", "outlet", "site_name", "publisher", "source_name"];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true };

    /// <summary>Parses one line; returns an item whose <see cref="Item.Error"/> tells what is wrong with a bad line.</summary>
    public static Item ParseLine(ReadOnlyMemory<char> line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line, Options);
            return FromElement(doc.RootElement);
        }
        catch (JsonException e)
        {
            return Bad("invalid JSON: " + FirstSentence(e.Message));
        }
    }

    /// <summary>Parses a whole JSON document: one article object or an array of them.</summary>
    public static List<Item> ParseDocument(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
                return doc.RootElement.EnumerateArray().Select(FromElement).ToList();
            return [FromElement(doc.RootElement)];
        }
        catch (JsonException e)
        {
            return [Bad("invalid JSON: " + FirstSentence(e.Message))];
        }
    }

    private static Item Bad(string message) => new(null, null, null, "", null, null, null, null, message);

    private static Item FromElement(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
            return Bad($"expected a JSON object with a \"text\" field, found {Describe(e.ValueKind)}");
        string? id = Str(e, IdKeys);
        string? title = Clean(Str(e, TitleKeys), html: true);
        string? text = Str(e, TextKeys);
        string? deck = Clean(Str(e, DeckKeys), html: true);
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(title))
            return Bad("no \"text\" or \"title\" field with a string value");
        text = Clean(text, html: true) ?? "";
        if (deck is not null && (deck == title || text.StartsWith(deck.TrimEnd('.', '…', ' '), StringComparison.Ordinal))) deck = null;

        string? dateText = null;
        DateOnly? published = null;
        foreach (var key in DateKeys)
        {
            if (!TryGet(e, key, out var v)) continue;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long n))
            {
                dateText = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (n > 100_000_000_000) n /= 1000;
                if (DateText.TryFromUnix(n, out var u)) published = u;
            }
            else if (v.ValueKind == JsonValueKind.String)
            {
                dateText = v.GetString();
                if (DateText.TryParse(dateText, out var p)) published = p;
            }
            else continue;
            break;
        }
        string? source = Str(e, SourceKeys);
        if (source is null)
            foreach (var key in SourceKeys)
                if (TryGet(e, key, out var so) && so.ValueKind == JsonValueKind.Object && so.TryGetProperty("name", out var nm) && nm.ValueKind == JsonValueKind.String)
                { source = nm.GetString(); break; }
        return new Item(id, title, deck, text, dateText, published, Str(e, UrlKeys), source, null);
    }

    private static bool TryGet(JsonElement obj, string key, out JsonElement value)
    {
        if (obj.TryGetProperty(key, out value)) return true;
        foreach (var p in obj.EnumerateObject())
            if (p.Name.Equals(key, StringComparison.OrdinalIgnoreCase)) { value = p.Value; return true; }
        value = default;
        return false;
    }

    /// <summary>First of <paramref name="keys"/> holding a non-empty string (numbers are accepted for ids).</summary>
    private static string? Str(JsonElement obj, string[] keys)
    {
        foreach (var k in keys)
        {
            if (!TryGet(obj, k, out var v)) continue;
            if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())) return v.GetString()!.Trim();
            if (v.ValueKind == JsonValueKind.Number) return v.GetRawText();
        }
        return null;
    }

    /// <summary>Plain text with paragraphs as "\n\n"; markup is stripped when the value looks like HTML.</summary>
    internal static string? Clean(string? value, bool html)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var t = html && LooksLikeHtml(value) ? HtmlText.FromFragment(value) : HtmlText.CollapseParagraphs(value);
        return t.Length == 0 ? null : t;
    }

    internal static bool LooksLikeHtml(string s)
    {
        int i = s.IndexOf('<');
        while (i >= 0 && i + 1 < s.Length)
        {
            char c = s[i + 1];
            if (char.IsAsciiLetter(c) || c == '/' || c == '!') return true;
            i = s.IndexOf('<', i + 1);
        }
        return s.Contains("&amp;", StringComparison.Ordinal) || s.Contains("&#", StringComparison.Ordinal) || s.Contains("&quot;", StringComparison.Ordinal);
    }

    private static string Describe(JsonValueKind k) => k switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => k.ToString(),
    };

    private static string FirstSentence(string message)
    {
        int i = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (i < 0) i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).Trim();
    }
}
