using System.Diagnostics;
using DuckDB.NET.Data;
using Tidings.Documents;
using Tidings.Output;
using Tidings.Storage;

namespace Tidings.Tests.Storage;

public sealed class DuckDbEventStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tidings-store-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string FileIn(string name) => Path.Combine(_dir, name);

    /// <summary>One number a query over a stored file returns (shared by the storage test classes).</summary>
    internal static long Scalar(string dbPath, string sql)
    {
        using var c = new DuckDBConnection("Data Source=" + dbPath);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    [Fact]
    public void Stored_events_come_back_exactly()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = Stories.HornOfAfrica();
        var result = store.Store(article, doc, events);
        Assert.False(result.AlreadyStored);
        Assert.Equal(events.Count, result.EventsStored);
        Assert.Equal(events, store.Query(EventQuery.All).ToList());
    }

    /// <summary>The visit reported in the headline, the deck and the body: one event with three mentions.</summary>
    private static (Tidings.Documents.Article, Tidings.Documents.Document, List<CodedEvent>) HornOfAfricaMerged()
    {
        var (article, doc, events) = Stories.HornOfAfrica();
        var visit = events[0];
        var headline = Stories.Event(doc, 0, "agree", "042", Stories.Kenya, Stories.Ethiopia).Evidence;
        var deck = Stories.Event(doc, 1, "Talks", "042", Stories.Kenya, Stories.Ethiopia).Evidence;
        events[0] = visit with { Mentions = [new MentionRef(2, visit.Evidence), new MentionRef(0, headline), new MentionRef(1, deck)] };
        return (article, doc, events);
    }

    [Fact]
    public void Events_with_several_mentions_come_back_exactly()
    {
        var file = FileIn("merged.duckdb");
        var (article, doc, events) = HornOfAfricaMerged();
        using (var store = DuckDbEventStore.Open(file))
        {
            Assert.Equal(5, store.Store(article, doc, events).EventsStored);
            Assert.Equal(events, store.Query(EventQuery.All).ToList());
            Assert.Equal(5, store.CountEvents());
            // A limit counts events, not mention rows.
            var first = Assert.Single(store.Query(EventQuery.All with { Limit = 1 }));
            Assert.Equal([2, 0, 1], first.Mentions.Select(m => m.Sentence));
            Assert.True(store.Store(article, doc, events).AlreadyStored);
        }
        Assert.Equal(7, Scalar(file, "SELECT count(*) FROM mentions"));
        Assert.Equal(5, Scalar(file, "SELECT count(*) FROM mentions WHERE ordinal = 0"));
        Assert.Equal(1, Scalar(file, "SELECT count(*) FROM mentions WHERE ordinal = 2 AND section = 'deck' AND trigger = 'Talks'"));
        using (var store = DuckDbEventStore.Open(file)) Assert.Equal(events, store.Query(EventQuery.All).ToList());
    }

    [Fact]
    public void Exports_keep_every_mention()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = HornOfAfricaMerged();
        store.Store(article, doc, events);
        var jsonl = FileIn("merged.jsonl");
        store.Export(EventQuery.All, "jsonl", jsonl);
        using (var reader = File.OpenText(jsonl))
            Assert.Equal(events, CodedEventJson.ReadLines(reader).ToList());
        var parquet = FileIn("merged.parquet");
        store.Export(EventQuery.All, "parquet", parquet);
        using var c = new DuckDBConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*), CAST(sum(num_mentions) AS BIGINT), max(len(mentions)), " +
                          $"max(CASE WHEN evidence_trigger = 'visited' THEN mentions[3].section END) FROM '{parquet.Replace("'", "''")}'";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(5L, Convert.ToInt64(r.GetValue(0)));
        Assert.Equal(7L, Convert.ToInt64(r.GetValue(1)));
        Assert.Equal(3L, Convert.ToInt64(r.GetValue(2)));
        Assert.Equal("deck", r.GetString(3));
    }

    [Fact]
    public void A_version_1_store_is_migrated_and_keeps_its_data()
    {
        var file = FileIn("v1.duckdb");
        using (var c = new DuckDBConnection("Data Source=" + file))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = SchemaV1.Create + SchemaV1.OneEvent;
            cmd.ExecuteNonQuery();
        }
        using (var store = DuckDbEventStore.Open(file))
        {
            var old = Assert.Single(store.Query(EventQuery.All));
            Assert.Equal("old-1", old.Article);
            Assert.Equal(new MentionRef(1, new Evidence("visited", "verb:visit", "Kenya's president visited Addis Ababa on Monday.", 17, 24, "body")),
                Assert.Single(old.Mentions));
            // New articles go on from the old keys, with all their mentions.
            var (article, doc, events) = HornOfAfricaMerged();
            Assert.False(store.Store(article, doc, events).AlreadyStored);
            Assert.Equal([old, .. events], store.Query(EventQuery.All).ToList());
        }
        Assert.Equal(2, Scalar(file, "SELECT max(version) FROM schema_version"));
        Assert.Equal(2, Scalar(file, "SELECT count(*) FROM schema_version"));
        Assert.Equal(0, Scalar(file, "SELECT count(*) FROM mentions WHERE ordinal IS NULL"));
        Assert.Equal(2, Scalar(file, "SELECT count(*) FROM articles"));
        // Opening again does not migrate again.
        using (var store = DuckDbEventStore.Open(file)) Assert.Equal(6, store.CountEvents());
        Assert.Equal(2, Scalar(file, "SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public void Storing_the_same_article_twice_stores_it_once()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = Stories.HornOfAfrica();
        var first = store.Store(article, doc, events);
        var second = store.Store(article, doc, events);
        Assert.True(second.AlreadyStored);
        Assert.Equal(first.ArticleKey, second.ArticleKey);
        Assert.Equal(0, second.EventsStored);
        Assert.Equal(1, store.CountArticles());
        Assert.Equal(events.Count, store.CountEvents());
    }

    [Fact]
    public void A_copy_differing_only_in_case_spacing_and_quotes_is_the_same_article()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = Stories.HornOfAfrica();
        store.Store(article, doc, events);
        var copy = article with
        {
            Id = "other-feed-7",
            Headline = "  KENYA and Ethiopia   agree on border talks\n",
            Body = article.Body.Replace(" ", "\u00A0 ").Replace("Kenya's", "Kenya\u2019s"),
            Url = "https://mirror.example.com/x",
        };
        var again = store.Store(copy, Stories.Analyse(copy), []);
        Assert.True(again.AlreadyStored);
        var different = article with { Body = article.Body + " More later." };
        Assert.False(store.Store(different, Stories.Analyse(different), []).AlreadyStored);
        Assert.Equal(2, store.CountArticles());
    }

    public static TheoryData<string, EventQuery, string[]> Filters => new()
    {
        // Default: negated (190 attacked) and background (190 fought) events are left out.
        { "default", new EventQuery(), ["visited", "promised", "urged"] },
        { "with negated", new EventQuery { IncludeNegated = true }, ["visited", "promised", "attacked", "urged"] },
        { "with background", new EventQuery { IncludeBackground = true }, ["visited", "promised", "fought", "urged"] },
        { "all", EventQuery.All, ["visited", "promised", "attacked", "fought", "urged"] },
        { "actor KEN as source or target", new EventQuery { ActorCode = "KEN" }, ["visited", "promised"] },
        { "actor prefix ETHM", EventQuery.All with { ActorCode = "ETHM" }, ["attacked"] },
        { "actor lower case", EventQuery.All with { ActorCode = "som" }, ["attacked", "fought"] },
        { "actor IGO", new EventQuery { ActorCode = "IGO" }, ["urged"] },
        { "cameo 04", EventQuery.All with { CameoPrefix = "04" }, ["visited"] },
        { "cameo 03", new EventQuery { CameoPrefix = "03" }, ["promised"] },
        { "cameo 0", new EventQuery { CameoPrefix = "0" }, ["visited", "promised", "urged"] },
        { "cameo 19", EventQuery.All with { CameoPrefix = "19" }, ["attacked", "fought"] },
        // Dates: an event's period (else its publication day, 2025-03-11) must overlap [From, To].
        { "day", EventQuery.All with { From = new(2025, 3, 10), To = new(2025, 3, 10) }, ["visited", "attacked"] },
        { "from 11 March", EventQuery.All with { From = new(2025, 3, 11) }, ["promised", "attacked", "urged"] },
        { "to 1980", EventQuery.All with { To = new(1980, 1, 1) }, ["fought"] },
        { "within 1977", EventQuery.All with { From = new(1977, 6, 1), To = new(1977, 6, 30) }, ["fought"] },
        { "February", EventQuery.All with { From = new(2025, 2, 1), To = new(2025, 2, 28) }, [] },
        { "article", EventQuery.All with { Article = "horn-1" }, ["visited", "promised", "attacked", "fought", "urged"] },
        { "other article", EventQuery.All with { Article = "horn-2" }, [] },
        { "quote in article id", EventQuery.All with { Article = "it's'; DROP TABLE events; --" }, [] },
        { "limit", EventQuery.All with { Limit = 2 }, ["visited", "promised"] },
        { "combined", new EventQuery { ActorCode = "ETH", CameoPrefix = "0", From = new(2025, 3, 11) }, ["promised"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Queries_filter_events(string what, EventQuery query, string[] triggers)
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = Stories.HornOfAfrica();
        store.Store(article, doc, events);
        var got = store.Query(query).Select(e => e.Evidence.Trigger).ToArray();
        Assert.True(triggers.SequenceEqual(got), $"{what}: expected [{string.Join(", ", triggers)}], got [{string.Join(", ", got)}]");
        Assert.Equal(2, store.CountArticles() + store.Query(EventQuery.All with { Article = "horn-1", Limit = 1 }).Count());
    }

    [Fact]
    public void Parquet_export_is_readable_by_duckdb()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = Stories.HornOfAfrica();
        store.Store(article, doc, events);
        var file = FileIn("out/it's events.parquet");
        store.Export(EventQuery.All, "parquet", file);
        using var c = new DuckDBConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        var lit = "'" + file.Replace("'", "''") + "'";
        cmd.CommandText = $"SELECT count(*), count(DISTINCT global_event_id), min(evidence_trigger), CAST(count(*) FILTER (WHERE target_code IS NULL) AS BIGINT) FROM {lit}";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(5L, Convert.ToInt64(r.GetValue(0)));
        Assert.Equal(5L, Convert.ToInt64(r.GetValue(1)));
        Assert.Equal("attacked", r.GetString(2));
        Assert.Equal(1L, Convert.ToInt64(r.GetValue(3)));
        store.Export(new EventQuery { CameoPrefix = "04" }, "PARQUET", file); // overwrites, filtered
        cmd.CommandText = $"SELECT count(*) FROM {lit}";
        Assert.Equal(1L, Convert.ToInt64(cmd.ExecuteScalar()));
    }

    [Fact]
    public void Text_exports_use_the_event_writers()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = Stories.HornOfAfrica();
        store.Store(article, doc, events);
        var jsonl = FileIn("events.jsonl");
        store.Export(EventQuery.All, "jsonl", jsonl);
        using (var reader = File.OpenText(jsonl))
            Assert.Equal(events, CodedEventJson.ReadLines(reader).ToList());
        var gdelt = FileIn("events.tsv");
        store.Export(new EventQuery(), "gdelt", gdelt);
        var rows = File.ReadAllLines(gdelt);
        Assert.Equal(3, rows.Length);
        Assert.All(rows, row => Assert.Equal(61, row.Split('\t').Length));
        var csv = FileIn("events.csv");
        store.Export(new EventQuery { Limit = 1 }, "csv", csv);
        Assert.Equal(2, File.ReadAllLines(csv).Length);
        Assert.Throws<ArgumentException>(() => store.Export(EventQuery.All, "xlsx", FileIn("x.xlsx")));
    }

    [Fact]
    public void A_file_that_is_not_duckdb_is_refused_and_left_alone()
    {
        var file = FileIn("random.db");
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(file, bytes);
        var ex = Assert.Throws<StoreException>(() => DuckDbEventStore.Open(file));
        Assert.Contains(file, ex.Message);
        Assert.Equal(file, ex.Path);
        Assert.Contains("not a DuckDB database", ex.Message);
        Assert.Equal(bytes, File.ReadAllBytes(file));
    }

    [Fact]
    public void A_duckdb_file_of_another_application_is_refused_and_left_alone()
    {
        var file = FileIn("other.duckdb");
        using (var c = new DuckDBConnection("Data Source=" + file))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE customers(id INTEGER); INSERT INTO customers VALUES (1)";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<StoreException>(() => DuckDbEventStore.Open(file));
        Assert.Contains(file, ex.Message);
        Assert.Equal(1, Scalar(file, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'"));
    }

    [SkippableFact]
    public void A_file_locked_by_another_process_gives_a_store_exception()
    {
        var file = FileIn("locked.duckdb");
        using (var s = DuckDbEventStore.Open(file)) { }
        // A second process holds the POSIX write lock DuckDB takes on its file.
        var psi = new ProcessStartInfo("python3")
        {
            ArgumentList = { "-c", "import fcntl,sys;f=open(sys.argv[1],'r+b');fcntl.lockf(f,fcntl.LOCK_EX);print('locked',flush=True);sys.stdin.read()", file },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        Process? holder = null;
        try { holder = Process.Start(psi); }
        catch (System.ComponentModel.Win32Exception) { }
        Skip.If(holder is null, "python3 is not available to hold a lock");
        try
        {
            Skip.If(holder!.StandardOutput.ReadLine() != "locked", "python3 could not take the lock");
            var ex = Assert.Throws<StoreException>(() => DuckDbEventStore.Open(file));
            Assert.Contains(file, ex.Message);
            Assert.Contains("locked", ex.Message);
        }
        finally
        {
            holder!.StandardInput.Close();
            if (!holder.WaitForExit(5000)) holder.Kill();
            holder.Dispose();
        }
    }

    [Fact]
    public void A_failure_in_the_middle_of_an_article_leaves_nothing_of_it()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = Stories.HornOfAfrica();
        // The fourth event has a Goldstein value outside the scale: the events table's CHECK rejects it after
        // the article, its sentences, actors and three events were appended.
        var bad = events.ToList();
        bad[3] = bad[3] with { Goldstein = 42 };
        var ex = Assert.Throws<StoreException>(() => store.Store(article, doc, bad));
        Assert.Contains("horn-1", ex.Message);
        Assert.Equal(0, store.CountArticles());
        Assert.Equal(0, store.CountEvents());
        Assert.Empty(store.Query(EventQuery.All));
        // The store is still usable and the corrected article is not taken for a stored one.
        var ok = store.Store(article, doc, events);
        Assert.False(ok.AlreadyStored);
        Assert.Equal(events, store.Query(EventQuery.All).ToList());
    }

    [Theory]
    [InlineData("cameo", "ABC")]
    [InlineData("quad", "9")]
    [InlineData("goldstein", "NaN")]
    public void Invalid_event_values_are_rejected(string field, string value)
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = Stories.HornOfAfrica();
        var e = events[0];
        e = field switch
        {
            "cameo" => e with { Cameo = value },
            "quad" => e with { QuadClass = int.Parse(value) },
            _ => e with { Goldstein = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
        };
        Assert.Throws<StoreException>(() => store.Store(article, doc, [events[1], e]));
        Assert.Equal(0, store.CountArticles());
    }

    [Fact]
    public void A_batch_is_all_or_nothing_and_deduplicates()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var a = Stories.HornOfAfrica("a");
        var b = Stories.HornOfAfrica("b", "Somalia thanked Kenya for its help. Ethiopia said nothing.");
        var c = Stories.HornOfAfrica("c", "Kenya hosted talks on Friday. The UN praised Kenya.");
        store.Store(a.Article, a.Document, a.Events);

        var failing = new List<StoreItem>
        {
            new(b.Article, b.Document, [Stories.Event(b.Document, 2, "thanked", "051", Stories.Somalia, Stories.Kenya)]),
            new(c.Article, c.Document, [Stories.Event(c.Document, 2, "hosted", "042", Stories.Kenya, null) with { QuadClass = -1 }]),
        };
        Assert.Throws<StoreException>(() => store.StoreBatch(failing));
        Assert.Equal(1, store.CountArticles());

        var items = new List<StoreItem>
        {
            new(b.Article, b.Document, [Stories.Event(b.Document, 2, "thanked", "051", Stories.Somalia, Stories.Kenya)]),
            new(a.Article, a.Document, a.Events),                 // stored before
            new(c.Article, c.Document, [Stories.Event(c.Document, 2, "hosted", "042", Stories.Kenya, null),
                                        Stories.Event(c.Document, 3, "praised", "051", Stories.UnitedNations, Stories.Kenya)]),
            new(b.Article with { Id = "b-again" }, b.Document, []), // same content as the first item
        };
        var results = store.StoreBatch(items);
        Assert.Equal([false, true, false, true], results.Select(r => r.AlreadyStored));
        Assert.Equal([1, 0, 2, 0], results.Select(r => r.EventsStored));
        Assert.Equal(results[0].ArticleKey, results[3].ArticleKey);
        Assert.Equal(3, store.CountArticles());
        Assert.Equal(a.Events.Count + 3, store.CountEvents());
        Assert.Equal(["thanked"], store.Query(new EventQuery { Article = "b" }).Select(e => e.Evidence.Trigger));
    }

    [Fact]
    public void A_file_store_keeps_articles_sentences_and_actors_across_reopening()
    {
        var file = FileIn("sub/dir/events.duckdb");
        var (article, doc, events) = Stories.HornOfAfrica();
        using (var store = DuckDbEventStore.Open(file)) store.Store(article, doc, events);
        using (var store = DuckDbEventStore.Open(file))
        {
            Assert.True(store.Store(article, doc, events).AlreadyStored);
            Assert.Equal(events, store.Query(EventQuery.All).ToList());
        }
        Assert.Equal(doc.SentenceCount, Scalar(file, "SELECT count(*) FROM sentences"));
        Assert.Equal(7, doc.SentenceCount);
        Assert.Equal(doc.Actors.Count, Scalar(file, "SELECT count(*) FROM actors"));
        Assert.Equal(1, Scalar(file, "SELECT count(*) FROM sentences WHERE section = 'headline' AND \"index\" = 0 AND \"start\" = 0"));
        Assert.Equal(1, Scalar(file, "SELECT count(*) FROM actors WHERE code = 'IGOUNO' AND text = 'The UN' AND sentence = 6"));
        Assert.Equal(2, Scalar(file, "SELECT max(version) FROM schema_version"));
        Assert.Equal(1, Scalar(file, "SELECT count(*) FROM articles WHERE dateline_place = 'NAIROBI' AND published = DATE '2025-03-11' AND length(content_hash) = 64"));
        Assert.Equal(events.Count, Scalar(file, "SELECT count(*) FROM mentions"));
    }

    [Fact]
    public void A_store_of_a_newer_schema_is_refused()
    {
        var file = FileIn("newer.duckdb");
        using (DuckDbEventStore.Open(file)) { }
        using (var c = new DuckDBConnection("Data Source=" + file))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "INSERT INTO schema_version VALUES (99, now())";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<StoreException>(() => DuckDbEventStore.Open(file));
        Assert.Contains("99", ex.Message);
    }

    [Fact]
    public void Articles_without_sentences_or_events_are_stored()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var article = new Article { Id = "empty", Body = "" };
        var r = store.Store(article, new Document("", article), []);
        Assert.False(r.AlreadyStored);
        Assert.Equal(0, r.EventsStored);
        Assert.True(store.Store(article, new Document("", article), []).AlreadyStored);
    }

    [Fact]
    public void Concurrent_stores_and_queries_do_not_interfere()
    {
        using var store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var s = Stories.HornOfAfrica("p" + i, $"Kenya met Ethiopia {i} times. Somalia waited.");
            store.Store(s.Article, s.Document, [Stories.Event(s.Document, 2, "met", "040", Stories.Kenya, Stories.Ethiopia)]);
            _ = store.Query(new EventQuery { ActorCode = "KEN", Limit = 5 }).Count();
        });
        Assert.Equal(40, store.CountArticles());
        Assert.Equal(40, store.CountEvents());
    }

    [Fact]
    public void Each_in_memory_store_is_its_own_database()
    {
        using var one = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        using var two = DuckDbEventStore.Open(DuckDbEventStore.InMemory);
        var (article, doc, events) = Stories.HornOfAfrica();
        one.Store(article, doc, events);
        Assert.Equal(0, two.CountArticles());
    }
}
