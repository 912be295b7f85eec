using System.Data.Common;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Tidings.Documents;
using Tidings.Output;

namespace Tidings.Storage;

/// <summary>
/// The embedded event store: one DuckDB file (or ":memory:"). Writes go through one connection under a
/// lock, one transaction per <see cref="Store"/> or <see cref="StoreBatch"/> call, rows appended with DuckDB's
/// appender; each <see cref="Query"/> enumeration reads through a connection of its own, so a query may be
/// enumerated while another thread stores. DuckDB allows one writing process per file: a second process
/// gets a <see cref="StoreException"/> saying the file is locked.
/// </summary>
public sealed class DuckDbEventStore : IEventStore
{
    public const string InMemory = ":memory:";

    private readonly DuckDBConnection _db;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <summary>The database file, or ":memory:".</summary>
    public string Path { get; }

    private DuckDbEventStore(string path, DuckDBConnection db, TimeProvider clock)
    {
        Path = path;
        _db = db;
        _clock = clock;
    }

    /// <summary>Opens the store at <paramref name="path"/>, creating the file (and its folder) and the schema when missing.</summary>
    public static DuckDbEventStore Open(string path) => Open(path, TimeProvider.System);

    /// <param name="clock">Gives <c>articles.stored_at</c>.</param>
    public static DuckDbEventStore Open(string path, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);
        string shown = path;
        string source = path;
        if (path != InMemory)
        {
            source = System.IO.Path.GetFullPath(path);
            shown = source;
            if (Directory.Exists(source))
                throw new StoreException(shown, $"event store '{shown}' is a folder, not a database file");
            var dir = System.IO.Path.GetDirectoryName(source);
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        var db = new DuckDBConnection("Data Source=" + source);
        try
        {
            db.Open();
        }
        catch (Exception e) when (e is DuckDBException or DbException or IOException)
        {
            db.Dispose();
            throw new StoreException(shown, DescribeOpenFailure(shown, e.Message), e);
        }
        try
        {
            EnsureSchema(db, shown, clock);
        }
        catch
        {
            db.Dispose();
            throw;
        }
        return new DuckDbEventStore(shown, db, clock);
    }

    private static string DescribeOpenFailure(string path, string message)
    {
        if (message.Contains("not a valid DuckDB database", StringComparison.OrdinalIgnoreCase))
            return $"event store '{path}' is not a DuckDB database (the file was left as it is): {message}";
        if (message.Contains("lock", StringComparison.OrdinalIgnoreCase))
            return $"event store '{path}' is locked by another process (DuckDB allows one writer per file): {message}";
        return $"cannot open event store '{path}': {message}";
    }

    private static void EnsureSchema(DuckDBConnection db, string path, TimeProvider clock)
    {
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        if (tables.Count == 0)
        {
            using var tx = db.BeginTransaction();
            using (var cmd = db.CreateCommand())
            {
                cmd.CommandText = DuckDbSchema.Create;
                cmd.ExecuteNonQuery();
            }
            using (var cmd = db.CreateCommand())
            {
                cmd.CommandText = "INSERT INTO schema_version VALUES ($1, $2)";
                cmd.Parameters.Add(new DuckDBParameter(DuckDbSchema.Version));
                cmd.Parameters.Add(new DuckDBParameter(clock.GetUtcNow().UtcDateTime));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
            return;
        }
        if (!tables.Contains("schema_version"))
            throw new StoreException(path, $"'{path}' is a DuckDB database but not a Tidings event store (it has no schema_version table); it was left unchanged");
        using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = "SELECT max(version) FROM schema_version";
            var v = cmd.ExecuteScalar();
            int version = v is null or DBNull ? 0 : Convert.ToInt32(v, CultureInfo.InvariantCulture);
            if (version > DuckDbSchema.Version)
                throw new StoreException(path, $"event store '{path}' has schema version {version}, newer than this Tidings understands ({DuckDbSchema.Version}); upgrade Tidings");
            if (version < 1)
                throw new StoreException(path, $"event store '{path}' has schema version {version} and no migration to {DuckDbSchema.Version} exists");
            if (version < DuckDbSchema.Version) Migrate(db, path, version, clock);
        }
    }

    /// <summary>Brings an older store up to <see cref="DuckDbSchema.Version"/>, each step in one transaction
    /// with its schema_version row: an interrupted migration leaves the store at the last finished version.</summary>
    private static void Migrate(DuckDBConnection db, string path, int from, TimeProvider clock)
    {
        for (int v = from; v < DuckDbSchema.Version; v++)
        {
            string sql = v switch
            {
                1 => DuckDbSchema.MigrateFrom1,
                _ => throw new StoreException(path, $"event store '{path}' has schema version {v} and no migration to {v + 1} exists"),
            };
            try
            {
                using var tx = db.BeginTransaction();
                using (var cmd = db.CreateCommand())
                {
                    cmd.CommandText = sql;
                    cmd.ExecuteNonQuery();
                }
                using (var cmd = db.CreateCommand())
                {
                    cmd.CommandText = "INSERT INTO schema_version VALUES ($1, $2)";
                    cmd.Parameters.Add(new DuckDBParameter(v + 1));
                    cmd.Parameters.Add(new DuckDBParameter(clock.GetUtcNow().UtcDateTime));
                    cmd.ExecuteNonQuery();
                }
                tx.Commit();
            }
            catch (Exception e) when (e is DuckDBException or DbException)
            {
                throw new StoreException(path, $"could not migrate event store '{path}' from schema version {v} to {v + 1} (it is left at version {v}): {e.Message}", e);
            }
        }
    }

    // ---- writing ---------------------------------------------------------------------------------

    public StoreResult Store(Article article, Document document, IReadOnlyList<CodedEvent> events) =>
        StoreBatch([new StoreItem(article, document, events)])[0];

    public IReadOnlyList<StoreResult> StoreBatch(IReadOnlyList<StoreItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var it in items)
        {
            ArgumentNullException.ThrowIfNull(it);
            ArgumentNullException.ThrowIfNull(it.Article);
            ArgumentNullException.ThrowIfNull(it.Document);
            ArgumentNullException.ThrowIfNull(it.Events);
        }
        if (items.Count == 0) return [];
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var results = new StoreResult?[items.Count];
            string current = items[0].Article.Id;
            try
            {
                using var tx = _db.BeginTransaction();
                var hashes = new string[items.Count];
                for (int i = 0; i < items.Count; i++) hashes[i] = ContentHash.Of(items[i].Article);
                var known = FindArticles(hashes);

                // New articles get their keys first, so that all rows of a table go through one appender.
                var fresh = new List<(int Index, long Key)>();
                var pending = new List<int>();
                var firstOf = new Dictionary<string, int>(StringComparer.Ordinal); // hash → first index in this batch
                foreach (var (i, hash) in hashes.Index())
                {
                    if (known.TryGetValue(hash, out var key)) results[i] = new StoreResult(true, key, 0);
                    else if (firstOf.ContainsKey(hash)) continue; // repeated within the batch: resolved below
                    else { firstOf[hash] = i; pending.Add(i); }
                }
                int eventCount = pending.Sum(i => items[i].Events.Count);
                var (articleKeys, eventKeys) = NextKeys(pending.Count, eventCount);
                for (int j = 0; j < pending.Count; j++)
                {
                    fresh.Add((pending[j], articleKeys[j]));
                    known[hashes[pending[j]]] = articleKeys[j];
                }
                for (int i = 0; i < hashes.Length; i++)
                    if (results[i] is null && firstOf[hashes[i]] != i) results[i] = new StoreResult(true, known[hashes[i]], 0);
                var storedAt = _clock.GetUtcNow().UtcDateTime;

                bool anySentences = fresh.Any(f => items[f.Index].Document.SentenceCount > 0);
                bool anyActors = fresh.Any(f => items[f.Index].Document.Actors.Count > 0);
                // Opening an appender costs about as much as a small insert: tables without rows get none.
                using (var articles = fresh.Count > 0 ? _db.CreateAppender("articles") : null)
                using (var sentences = anySentences ? _db.CreateAppender("sentences") : null)
                using (var actors = anyActors ? _db.CreateAppender("actors") : null)
                using (var eventRows = eventCount > 0 ? _db.CreateAppender("events") : null)
                using (var mentions = eventCount > 0 ? _db.CreateAppender("mentions") : null)
                {
                    int next = 0;
                    foreach (var (i, key) in fresh)
                    {
                        var item = items[i];
                        current = item.Article.Id;
                        AppendArticle(articles!, key, hashes[i], item.Article, storedAt);
                        if (sentences is not null) AppendSentences(sentences, key, item.Document);
                        if (actors is not null) AppendActors(actors, key, item.Document);
                        foreach (var e in item.Events)
                        {
                            ArgumentNullException.ThrowIfNull(e);
                            long ek = eventKeys[next++];
                            AppendEvent(eventRows!, ek, key, e);
                            AppendMentions(mentions!, ek, key, e);
                        }
                        results[i] = new StoreResult(false, key, item.Events.Count);
                    }
                }
                tx.Commit();
                return results!;
            }
            catch (Exception e) when (e is DuckDBException or DbException or InvalidOperationException)
            {
                string what = items.Count == 1 ? $"article '{current}'" : $"a batch of {items.Count} articles (at '{current}')";
                throw new StoreException(Path, $"could not store {what} in '{Path}'; nothing of it was stored: {e.Message}", e);
            }
        }
    }

    /// <summary>Keys of the stored articles among <paramref name="hashes"/>, by content hash.</summary>
    /// <remarks>
    /// A batch asks with <c>content_hash IN ($1, …, $k)</c>, in chunks of at most <see cref="FindChunk"/> hashes. The
    /// earlier <c>list_contains($1, content_hash)</c> evaluated a list function on every stored row: on a store of a
    /// million articles it took 0.7–1.2 s per batch of 200, against 30–100 ms for the IN list (median of 15 batches,
    /// half of them new, on a shared 2-core machine; both still read the column, so both grow with the store).
    /// </remarks>
    private Dictionary<string, long> FindArticles(string[] hashes)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        string[] distinct = hashes.Distinct(StringComparer.Ordinal).ToArray();
        for (int start = 0; start < distinct.Length; start += FindChunk)
        {
            int n = Math.Min(FindChunk, distinct.Length - start);
            using var cmd = _db.CreateCommand();
            if (n == 1)
            {
                // One article: a lookup in the UNIQUE index rather than a scan.
                cmd.CommandText = "SELECT content_hash, key FROM articles WHERE content_hash = $1";
            }
            else
            {
                var sb = new StringBuilder("SELECT content_hash, key FROM articles WHERE content_hash IN (");
                for (int i = 1; i <= n; i++) sb.Append(i == 1 ? "$" : ", $").Append(i.ToString(CultureInfo.InvariantCulture));
                cmd.CommandText = sb.Append(')').ToString();
            }
            for (int i = 0; i < n; i++) cmd.Parameters.Add(new DuckDBParameter(distinct[start + i]));
            using var r = cmd.ExecuteReader();
            while (r.Read()) found[r.GetString(0)] = r.GetInt64(1);
        }
        return found;
    }

    /// <summary>Most hashes asked in one duplicate-check query (a batch is 200 by default).</summary>
    private const int FindChunk = 500;

    /// <summary>Draws article and event keys from their sequences in one round trip; keys ascend in each array.</summary>
    private (long[] Articles, long[] Events) NextKeys(int articles, int events)
    {
        var a = new long[articles];
        var e = new long[events];
        if (articles == 0 && events == 0) return (a, e);
        using var cmd = _db.CreateCommand();
        var inv = CultureInfo.InvariantCulture;
        cmd.CommandText =
            $"SELECT 0, nextval('article_key_seq') FROM range({articles.ToString(inv)}) " +
            $"UNION ALL SELECT 1, nextval('event_key_seq') FROM range({events.ToString(inv)})";
        int na = 0, ne = 0;
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                if (r.GetInt32(0) == 0) a[na++] = r.GetInt64(1);
                else e[ne++] = r.GetInt64(1);
            }
        }
        if (na != articles || ne != events) throw new InvalidOperationException($"key sequences gave {na}+{ne} keys, {articles}+{events} asked");
        Array.Sort(a);
        Array.Sort(e);
        return (a, e);
    }

    private static void AppendArticle(DuckDBAppender a, long key, string hash, Article art, DateTime storedAt)
    {
        var row = a.CreateRow();
        row.AppendValue((long?)key);
        S(row, hash); S(row, art.Id); S(row, art.Headline); S(row, art.Deck); S(row, art.Body);
        row.AppendValue(art.Published);
        S(row, art.Url); S(row, art.Source); S(row, art.Dateline?.Place); S(row, art.Dateline?.Outlet); S(row, art.Origin);
        row.AppendValue((DateTime?)storedAt);
        row.EndRow();
    }

    private static void AppendSentences(DuckDBAppender a, long key, Document doc)
    {
        foreach (var s in doc.Sentences())
        {
            var row = a.CreateRow();
            row.AppendValue((long?)key);
            row.AppendValue((int?)s.Index);
            S(row, SectionName(s.Section));
            row.AppendValue((int?)s.Start);
            row.AppendValue((int?)s.End);
            S(row, s.Text);
            row.EndRow();
        }
    }

    private static void AppendActors(DuckDBAppender a, long key, Document doc)
    {
        foreach (var m in doc.Actors)
        {
            int? sentence = null, start = null, end = null;
            string text = "";
            var t = m.Tokens;
            if (t.FirstToken >= 0 && t.EndToken <= doc.TokenCount && t.Length > 0)
            {
                start = t.StartCharIn(doc);
                end = t.EndCharIn(doc);
                text = t.TextIn(doc);
                int s = doc.SentenceOf(t.FirstToken);
                sentence = s >= 0 ? s : null;
            }
            var row = a.CreateRow();
            row.AppendValue((long?)key);
            row.AppendValue(sentence);
            row.AppendValue(start);
            row.AppendValue(end);
            S(row, text); S(row, m.Code); S(row, m.Name); S(row, m.Country); S(row, m.Rule); S(row, m.Reason);
            row.AppendValue((bool?)m.IsModifier);
            row.EndRow();
        }
    }

    private static void AppendEvent(DuckDBAppender a, long eventKey, long articleKey, CodedEvent e)
    {
        var (from, to) = DayRange(e);
        var row = a.CreateRow();
        row.AppendValue((long?)eventKey);
        row.AppendValue((long?)articleKey);
        S(row, e.Article);
        row.AppendValue((int?)e.Sentence);
        Actor(row, e.Source);
        Actor(row, e.Target);
        S(row, e.Cameo); S(row, e.CameoName); S(row, e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo);
        row.AppendValue((int?)e.QuadClass);
        row.AppendValue((double?)e.Goldstein);
        S(row, e.Plover.Type); S(row, e.Plover.Mode); S(row, e.Plover.Context);
        S(row, e.Date); S(row, e.DatePrecision);
        row.AppendValue(from);
        row.AppendValue(to);
        row.AppendValue((bool?)(e.Place is not null));
        S(row, e.Place?.Name); S(row, e.Place?.Country);
        row.AppendValue(e.Place?.Lat);
        row.AppendValue(e.Place?.Lon);
        Actor(row, e.Attribution);
        row.AppendValue((bool?)e.Negated);
        row.AppendValue((bool?)e.Background);
        S(row, e.Modality); S(row, e.Published); S(row, e.Url);
        row.AppendValue((long?)EventIds.GlobalEventId(e));
        S(row, e.DateSource);
        row.EndRow();
    }

    /// <summary>One row per mention, in <see cref="CodedEvent.Mentions"/> order (ordinal 0 = the primary).</summary>
    private static void AppendMentions(DuckDBAppender a, long eventKey, long articleKey, CodedEvent e)
    {
        var mentions = e.Mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            // The primary row is the event's own evidence, so that Query gives back Sentence and Evidence even
            // when a caller built Mentions with another first element.
            var (sentence, ev) = i == 0 ? (e.Sentence, e.Evidence) : (mentions[i].Sentence, mentions[i].Evidence);
            var row = a.CreateRow();
            row.AppendValue((long?)eventKey);
            row.AppendValue((long?)articleKey);
            row.AppendValue((int?)sentence);
            S(row, ev.Trigger);
            row.AppendValue((int?)ev.TriggerStart);
            row.AppendValue((int?)ev.TriggerEnd);
            S(row, ev.Rule); S(row, ev.SentenceText); S(row, ev.Section);
            row.AppendValue((int?)i);
            row.EndRow();
        }
    }

    private static void Actor(IDuckDBAppenderRow row, ActorRef? a)
    {
        S(row, a?.Code); S(row, a?.Name); S(row, a?.Text); S(row, a?.Country);
    }

    /// <summary>Appends a string or NULL. NUL characters are dropped (they are not text, and C APIs end strings
    /// at them); lone surrogates become U+FFFD on the way to UTF-8.</summary>
    private static void S(IDuckDBAppenderRow row, string? s)
    {
        if (s is null) row.AppendNullValue();
        else row.AppendValue(s.Contains('\0') ? s.Replace("\0", "", StringComparison.Ordinal) : s);
    }

    internal static string SectionName(SectionKind k) => k switch
    {
        SectionKind.Headline => "headline", SectionKind.Deck => "deck", _ => "body",
    };

    /// <summary>The days an event covers: its date's period at its precision ("2024-12" → Dec 1–31), else its
    /// publication day; (null, null) when neither parses.</summary>
    internal static (DateOnly? From, DateOnly? To) DayRange(CodedEvent e)
    {
        var inv = CultureInfo.InvariantCulture;
        var d = e.Date;
        if (d is not null)
        {
            if (d.Length == 10 && DateOnly.TryParseExact(d, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day)) return (day, day);
            if (d.Length == 7 && DateOnly.TryParseExact(d + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
                return (month, month.AddMonths(1).AddDays(-1));
            if (d.Length == 4 && int.TryParse(d, NumberStyles.None, inv, out var year) && year is >= 1 and <= 9999)
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        if (e.Published is { Length: 10 } p && DateOnly.TryParseExact(p, "yyyy-MM-dd", inv, DateTimeStyles.None, out var pub))
            return (pub, pub);
        return (null, null);
    }

    // ---- reading ---------------------------------------------------------------------------------

    public IEnumerable<CodedEvent> Query(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed, this);
        // Filter and limit the events first, then join all their mentions: one row per mention.
        string sql = DuckDbSchema.EventColumns +
                     " FROM (SELECT * FROM events e" + Where(query) + " ORDER BY e.event_key" + LimitClause(query) + ") e " +
                     "JOIN mentions m ON m.event_key = e.event_key ORDER BY e.event_key, m.ordinal";
        return Read(sql);
    }

    private IEnumerable<CodedEvent> Read(string sql)
    {
        DuckDBConnection conn;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // An in-memory database is reachable only through its own connection's duplicates; a file is
            // opened again, and DuckDB.NET shares the one database instance of this process.
            conn = Path == InMemory ? _db.Duplicate() : new DuckDBConnection(_db.ConnectionString);
        }
        using (conn)
        {
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            CodedEvent? current = null;
            long currentKey = 0;
            var mentions = new List<MentionRef>();
            while (r.Read())
            {
                long key = r.GetInt64(40);
                if (current is null || key != currentKey)
                {
                    if (current is not null) yield return WithMentions(current, mentions);
                    current = ReadEvent(r);
                    currentKey = key;
                    mentions = [];
                }
                mentions.Add(new MentionRef(r.GetInt32(42), ReadEvidence(r)));
            }
            if (current is not null) yield return WithMentions(current, mentions);
        }
    }

    private static CodedEvent WithMentions(CodedEvent e, List<MentionRef> mentions) =>
        mentions.Count <= 1 ? e : e with { Mentions = mentions };

    private static Evidence ReadEvidence(DbDataReader r) =>
        new(r.GetString(31), r.GetString(32), r.GetString(33), r.GetInt32(34), r.GetInt32(35), r.GetString(36));

    private static CodedEvent ReadEvent(DbDataReader r)
    {
        string? Str(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        double? Dbl(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        ActorRef? Actor(int i) => r.IsDBNull(i + 2) ? null : new ActorRef(Str(i), Str(i + 1), r.GetString(i + 2), Str(i + 3));
        return new CodedEvent
        {
            Article = r.GetString(0),
            Sentence = r.GetInt32(1),
            Source = Actor(2)!,
            Target = Actor(6),
            Cameo = r.GetString(10),
            CameoName = r.GetString(11),
            QuadClass = r.GetInt32(12),
            Goldstein = r.GetDouble(13),
            Plover = new PloverRef(r.GetString(14), Str(15), Str(16)),
            Date = Str(17),
            DatePrecision = r.GetString(18),
            DateSource = Str(39),
            Place = r.GetBoolean(19) ? new PlaceRef(Str(20), Str(21), Dbl(22), Dbl(23)) : null,
            Attribution = Actor(24),
            Negated = r.GetBoolean(28),
            Background = r.GetBoolean(29),
            Modality = r.GetString(30),
            Evidence = ReadEvidence(r),
            Published = Str(37),
            Url = Str(38),
        };
    }

    /// <summary>The WHERE clause with values as escaped SQL literals (so the same text serves COPY, which takes no parameters).</summary>
    internal static string Where(EventQuery q)
    {
        var c = new List<string>();
        if (!q.IncludeNegated) c.Add("NOT e.negated");
        if (!q.IncludeBackground) c.Add("NOT e.background");
        if (!string.IsNullOrEmpty(q.ActorCode))
        {
            var p = Literal(q.ActorCode.Trim().ToUpperInvariant());
            c.Add($"(starts_with(e.source_code, {p}) OR starts_with(e.target_code, {p}))");
        }
        if (!string.IsNullOrEmpty(q.CameoPrefix)) c.Add($"starts_with(e.cameo, {Literal(q.CameoPrefix.Trim())})");
        if (q.From is { } from) c.Add($"e.day_to >= {DateLiteral(from)}");
        if (q.To is { } to) c.Add($"e.day_from <= {DateLiteral(to)}");
        if (q.Article is not null) c.Add($"e.article_id = {Literal(q.Article)}");
        return c.Count == 0 ? "" : " WHERE " + string.Join(" AND ", c);
    }

    private static string LimitClause(EventQuery q) =>
        q.Limit is { } n ? " LIMIT " + Math.Max(0, n).ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>A SQL string literal: quotes doubled (DuckDB gives backslashes no meaning in '…'), NUL removed.</summary>
    internal static string Literal(string s) => "'" + s.Replace("\0", "", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string DateLiteral(DateOnly d) => "DATE '" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";

    public long CountArticles() => Scalar("SELECT count(*) FROM articles");
    public long CountEvents() => Scalar("SELECT count(*) FROM events");

    private long Scalar(string sql)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var cmd = _db.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    // ---- export ----------------------------------------------------------------------------------

    /// <summary>Export formats: <c>parquet</c> and every <see cref="EventWriters.Formats"/> format.</summary>
    public static IReadOnlyList<string> ExportFormats { get; } = ["parquet", .. EventWriters.Formats];

    public void Export(EventQuery query, string format, string path)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        if (format.Trim().Equals("parquet", StringComparison.OrdinalIgnoreCase))
        {
            string sql = $"COPY ({DuckDbSchema.ExportSelect}{Where(query)} ORDER BY e.event_key{LimitClause(query)}) " +
                         $"TO {Literal(full)} (FORMAT parquet, COMPRESSION zstd)";
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                try
                {
                    using var cmd = _db.CreateCommand();
                    cmd.CommandText = sql;
                    cmd.ExecuteNonQuery();
                }
                catch (Exception e) when (e is DuckDBException or DbException)
                {
                    throw new StoreException(Path, $"could not export events of '{Path}' to '{full}': {e.Message}", e);
                }
            }
            return;
        }
        if (!EventWriters.Formats.Contains(format.Trim().ToLowerInvariant()))
            throw new ArgumentException($"unknown export format '{format}'; known formats: {string.Join(", ", ExportFormats)}", nameof(format));
        using var file = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var writer = EventWriters.Create(format, file);
        foreach (var e in Query(query)) writer.Write(e);
        writer.Complete();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            _db.Dispose();
        }
    }
}
