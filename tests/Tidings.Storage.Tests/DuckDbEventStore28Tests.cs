using DuckDB.NET.Data;
using Tidings.Documents;
using Tidings.Output;
using Tidings.Storage;

namespace Tidings.Tests.Storage;

/// <summary>
/// Stores created without primary keys on the sequence keys (docs/decisions/030-speed28-keys-without-indexes.md)
/// behave as stores that have them: the same results, keys and events for the same batches, and re-ingest stores
/// nothing.
/// </summary>
public sealed class DuckDbEventStore28Tests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tidings-store28-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static long Scalar(string dbPath, string sql) => DuckDbEventStoreTests.Scalar(dbPath, sql);

    /// <summary>A store as released before this change: version 1's tables (with primary keys) migrated on open.</summary>
    private string StoreWithPrimaryKeys(string name)
    {
        var file = Path.Combine(_dir, name);
        using var c = new DuckDBConnection("Data Source=" + file);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = SchemaV1.Create + "INSERT INTO schema_version VALUES (1, now());";
        cmd.ExecuteNonQuery();
        return file;
    }

    [Fact]
    public void A_new_store_indexes_only_the_content_hash()
    {
        var file = Path.Combine(_dir, "new.duckdb");
        using (DuckDbEventStore.Open(file)) { }
        Assert.Equal(0, Scalar(file, "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"));
        Assert.Equal(1, Scalar(file, "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'UNIQUE' " +
                                     "AND table_name = 'articles' AND list_contains(constraint_column_names, 'content_hash')"));
        // The keys still may not be null.
        Assert.Equal(2, Scalar(file, "SELECT count(*) FROM duckdb_columns() WHERE NOT is_nullable " +
                                     "AND ((table_name = 'articles' AND column_name = 'key') OR (table_name = 'events' AND column_name = 'event_key'))"));
    }

    /// <summary>Batches of articles drawn at random: the story with its five events, copies of it, and articles
    /// with a body of random words and no events, some repeated within a batch and across batches.</summary>
    private static List<List<StoreItem>> RandomBatches(int seed)
    {
        var rng = new Random(seed);
        string[] words = ["talks", "border", "aid", "army", "rain", "market", "court", "port", "vote", "strike"];
        var batches = new List<List<StoreItem>>();
        int n = 0;
        for (int b = rng.Next(2, 5); b > 0; b--)
        {
            var batch = new List<StoreItem>();
            for (int k = rng.Next(1, 7); k > 0; k--)
            {
                n++;
                if (rng.Next(3) == 0)
                {
                    var (article, doc, events) = Stories.HornOfAfrica("horn-" + n);
                    batch.Add(new StoreItem(article, doc, events));
                }
                else
                {
                    var body = string.Join(' ', Enumerable.Range(0, rng.Next(1, 4)).Select(_ => words[rng.Next(words.Length)])) + ".";
                    var (article, doc, _) = Stories.HornOfAfrica("other-" + n, body);
                    batch.Add(new StoreItem(article, doc, []));
                }
            }
            batches.Add(batch);
        }
        return batches;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_batches_store_the_same_with_and_without_primary_keys(int seed)
    {
        var batches = RandomBatches(seed);
        var oldFile = StoreWithPrimaryKeys("old.duckdb");
        var newFile = Path.Combine(_dir, "new.duckdb");
        using (var old = DuckDbEventStore.Open(oldFile))
        using (var fresh = DuckDbEventStore.Open(newFile))
        {
            foreach (var batch in batches)
                Assert.Equal(old.StoreBatch(batch), fresh.StoreBatch(batch));
            Assert.Equal(old.Query(EventQuery.All).ToList(), fresh.Query(EventQuery.All).ToList());
            Assert.Equal(old.CountArticles(), fresh.CountArticles());
            Assert.Equal(old.CountEvents(), fresh.CountEvents());

            // Ingesting everything again stores nothing.
            long articles = fresh.CountArticles(), events = fresh.CountEvents();
            foreach (var batch in batches)
                Assert.All(fresh.StoreBatch(batch), r => Assert.True(r.AlreadyStored));
            Assert.Equal(articles, fresh.CountArticles());
            Assert.Equal(events, fresh.CountEvents());
        }
        foreach (var (table, key) in new[] { ("articles", "key"), ("events", "event_key") })
            Assert.Equal(Scalar(newFile, $"SELECT count(*) FROM {table}"), Scalar(newFile, $"SELECT count(DISTINCT {key}) FROM {table}"));
        Assert.Equal(Scalar(newFile, "SELECT count(*) FROM articles"), Scalar(newFile, "SELECT count(DISTINCT content_hash) FROM articles"));
    }

    [Fact]
    public void A_failed_batch_leaves_no_keys_behind_in_either_kind_of_store()
    {
        var (article, doc, events) = Stories.HornOfAfrica();
        var bad = events[0] with { Cameo = "not-a-code" };
        foreach (var file in new[] { StoreWithPrimaryKeys("old.duckdb"), Path.Combine(_dir, "new.duckdb") })
        {
            using var store = DuckDbEventStore.Open(file);
            Assert.Throws<StoreException>(() => store.Store(article, doc, [bad, .. events.Skip(1)]));
            Assert.Equal(0, store.CountArticles());
            Assert.Equal(0, store.CountEvents());
            Assert.False(store.Store(article, doc, events).AlreadyStored);
            Assert.Equal(events, store.Query(EventQuery.All).ToList());
        }
    }
}
