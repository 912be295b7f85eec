using Tidings.Storage;

namespace Tidings.Tests.Storage;

/// <summary>
/// The duplicate check asks for a batch's content hashes in chunks (an IN list per chunk): batches larger than
/// a chunk, with articles stored before and articles repeated inside the batch, store each article once.
/// </summary>
public sealed class DuckDbEventStore29Tests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tidings-store29-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static StoreItem Item(int n)
    {
        var (article, doc, _) = Stories.HornOfAfrica("a-" + n, $"Report number {n} on the border talks.");
        return new StoreItem(article, doc, []);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(499)]
    [InlineData(500)]
    [InlineData(501)]
    [InlineData(1234)]
    public void A_large_batch_finds_every_stored_article_and_stores_the_rest_once(int size)
    {
        var file = Path.Combine(_dir, $"s{size}.duckdb");
        using (var store = DuckDbEventStore.Open(file))
        {
            // Every third article is stored first, in its own small batches.
            var earlier = Enumerable.Range(0, size).Where(n => n % 3 == 0).Select(Item).ToList();
            foreach (var chunk in earlier.Chunk(7)) store.StoreBatch(chunk);
            var keysBefore = store.StoreBatch(earlier).Select(r => r.ArticleKey).ToList();

            // The big batch: all articles, with every fifth one repeated at the end.
            var batch = Enumerable.Range(0, size).Select(Item).Concat(Enumerable.Range(0, size).Where(n => n % 5 == 0).Select(Item)).ToList();
            var results = store.StoreBatch(batch);

            Assert.Equal(batch.Count, results.Count);
            for (int i = 0; i < size; i++)
                Assert.Equal(i % 3 == 0, results[i].AlreadyStored);
            Assert.Equal(keysBefore, Enumerable.Range(0, size).Where(n => n % 3 == 0).Select(n => results[n].ArticleKey).ToList());
            for (int i = size; i < batch.Count; i++)
            {
                Assert.True(results[i].AlreadyStored);
                int original = (i - size) * 5;
                Assert.Equal(results[original].ArticleKey, results[i].ArticleKey);
            }
            Assert.Equal(size, store.CountArticles());
        }
        Assert.Equal(size, DuckDbEventStoreTests.Scalar(file, "SELECT count(DISTINCT content_hash) FROM articles"));
    }
}
