using CodeHollow.FeedReader;

namespace Tidings.Reading;

/// <summary>
/// Reads RSS 0.9x/1.0/2.0 and Atom feeds with CodeHollow.FeedReader (parsing only; nothing is fetched).
/// Each item is an article: title, body from content (else description) with markup stripped, deck from
/// a short description when the body comes from the content, link, publication date, source = feed title.
/// </summary>
public static class FeedArticleReader
{
    /// <summary>Longest description used as a deck, in characters.</summary>
    public const int MaxDeckLength = 400;

    public sealed record Item(string? Id, string? Title, string? Deck, string Body, string? PublishedText, DateOnly? Published, string? Url);

    /// <summary>Parses the feed; throws on malformed XML or an unknown feed type (callers make that a ReadError).</summary>
    public static (string? FeedTitle, List<Item> Items) Parse(string xml)
    {
        var feed = FeedReader.ReadFromString(xml);
        if (feed.Type == FeedType.Unknown) throw new FormatException("the XML is not an RSS or Atom feed");
        var items = new List<Item>();
        foreach (var it in feed.Items ?? [])
        {
            string? content = JsonArticleReader.Clean(it.Content, html: true);
            string? description = JsonArticleReader.Clean(it.Description, html: true);
            string body = content ?? description ?? "";
            string? deck = null;
            if (content is not null && description is not null && description.Length <= MaxDeckLength
                && !body.StartsWith(description.TrimEnd('.', '…', ' '), StringComparison.Ordinal))
                deck = description;
            string? dateText = string.IsNullOrWhiteSpace(it.PublishingDateString) ? null : it.PublishingDateString.Trim();
            DateOnly? published = DateText.TryParse(dateText, out var d) ? d
                : it.PublishingDate is DateTime dt ? DateOnly.FromDateTime(dt) : null;
            items.Add(new Item(string.IsNullOrWhiteSpace(it.Id) ? null : it.Id.Trim(), JsonArticleReader.Clean(it.Title, html: true),
                deck, body, dateText, published, string.IsNullOrWhiteSpace(it.Link) ? null : it.Link.Trim()));
        }
        return (JsonArticleReader.Clean(feed.Title, html: true), items);
    }
}
