using Tidings.Documents;
using Tidings.Output;

namespace Tidings.Storage;

/// <summary>What storing one article did: nothing when its content was already stored.</summary>
/// <param name="AlreadyStored">True when an article with the same content hash was in the store before.</param>
/// <param name="ArticleKey">The store's key of the article (the earlier one when <paramref name="AlreadyStored"/>).</param>
/// <param name="EventsStored">Events written by this call (0 when <paramref name="AlreadyStored"/>).</param>
public sealed record StoreResult(bool AlreadyStored, long ArticleKey, int EventsStored);

/// <summary>One article with its analysed document and coded events, for <see cref="IEventStore.StoreBatch"/>.</summary>
public sealed record StoreItem(Article Article, Document Document, IReadOnlyList<CodedEvent> Events);

/// <summary>
/// Which stored events to read. Every set filter must hold (AND). By default negated events and background
/// events (history told as context) are left out, since they are not news of the day.
/// </summary>
public sealed record EventQuery
{
    /// <summary>CAMEO actor code prefix matched against the source or the target code ("SYR" matches SYRGOV, "IGOUNO").</summary>
    public string? ActorCode { get; init; }
    /// <summary>CAMEO event code prefix: "04" matches 040–046 and their 4-digit children.</summary>
    public string? CameoPrefix { get; init; }
    /// <summary>First day (inclusive). An event matches when its period (its date at its precision, else its
    /// publication day) overlaps [From, To]; events with neither date are left out when From or To is set.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last day (inclusive); see <see cref="From"/>.</summary>
    public DateOnly? To { get; init; }
    public bool IncludeBackground { get; init; }
    public bool IncludeNegated { get; init; }
    /// <summary>At most this many events, in storage order.</summary>
    public int? Limit { get; init; }
    /// <summary>Only events of the article with this id (<see cref="Article.Id"/>, exact).</summary>
    public string? Article { get; init; }

    /// <summary>Every stored event, negated and background ones included.</summary>
    public static EventQuery All { get; } = new() { IncludeBackground = true, IncludeNegated = true };
}

/// <summary>
/// Where coded articles and events are kept. DuckDB is the embedded default (<see cref="DuckDbEventStore"/>);
/// a PostgreSQL backend implements the same interface. Implementations are safe to call from several threads
/// (writes are serialised) and raise <see cref="StoreException"/> for store failures.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>
    /// Stores an article, its sentences and actor mentions, and its events, in one transaction: a failure
    /// leaves nothing of the article behind. Idempotent by content (<see cref="ContentHash"/>): storing the
    /// same article again stores nothing and returns <c>AlreadyStored = true</c> with the existing key.
    /// </summary>
    StoreResult Store(Article article, Document document, IReadOnlyList<CodedEvent> events);

    /// <summary>Stores many articles in one transaction (all or none), with the same per-article idempotency;
    /// an article repeated within the batch is stored once. Results are in input order.</summary>
    IReadOnlyList<StoreResult> StoreBatch(IReadOnlyList<StoreItem> items);

    /// <summary>The stored events that match, in storage order, each exactly as it was stored. Streams: the
    /// results are read lazily while enumerating.</summary>
    IEnumerable<CodedEvent> Query(EventQuery query);

    /// <summary>Distinct articles stored (by content).</summary>
    long CountArticles();
    /// <summary>All stored events, negated and background ones included.</summary>
    long CountEvents();

    /// <summary>Writes the matching events to <paramref name="path"/> (overwritten) as <c>parquet</c> or as
    /// any <see cref="EventWriters.Formats"/> format (jsonl, json, csv, gdelt, gdelt-header).</summary>
    void Export(EventQuery query, string format, string path);
}
