namespace Tidings.Documents;

/// <summary>Where a wire story says it was filed: "MOSCOW (MNTV) —" gives place "MOSCOW" and outlet "MNTV".</summary>
public sealed record Dateline(string Place, string? Outlet);

/// <summary>
/// One news article as a reader found it, before any analysis. Readers fill what the input gives;
/// everything else stays null. <see cref="Body"/> never contains the headline, the deck or the dateline.
/// </summary>
public sealed record Article
{
    /// <summary>Stable identifier: the input's own id, else the file name (with item index for feeds and JSON lines).</summary>
    public required string Id { get; init; }
    public string? Headline { get; init; }
    /// <summary>The sub-headline ("deck", "standfirst") when the input has one.</summary>
    public string? Deck { get; init; }
    public required string Body { get; init; }
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }
    /// <summary>The outlet that published the article (feed title, JSON "source", dateline outlet).</summary>
    public string? Source { get; init; }
    public Dateline? Dateline { get; init; }
    /// <summary>Path or name of the input this article came from, for error messages and provenance.</summary>
    public string? Origin { get; init; }
}
