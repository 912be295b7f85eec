using Tidings.Reading;

namespace Tidings.Tests.Reading;

/// <summary>The bundled samples/ folder reads cleanly: every file gives articles, none gives an error or warning.</summary>
public class SampleArticlesTests
{
    private static string SamplesDir()
    {
        Skip.If(SharedData.RepoRoot is null, "repository root not found");
        return Path.Combine(SharedData.RepoRoot!, "samples");
    }

    [SkippableFact]
    public void Every_sample_reads_without_errors()
    {
        // The folder as `tidings code samples/` reads it: every file in it is an article (gold files live in gold/).
        var rs = ArticleReader.ReadPaths([SamplesDir()]).ToList();
        Assert.Empty(rs.Where(r => r is not ReadArticle).Select(r => r.ToString()));
        var articles = rs.OfType<ReadArticle>().Select(r => r.Article).ToList();
        Assert.True(articles.Count >= 20, $"only {articles.Count} sample articles");
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
        Assert.All(articles, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Headline), a.Id);
            Assert.NotNull(a.Dateline);
            Assert.NotNull(a.Published);
            Assert.True(a.Body.Length > 300, a.Id);
        });
    }

    [SkippableFact]
    public void Text_samples_are_dated_by_their_file_names()
    {
        foreach (var path in Directory.GetFiles(SamplesDir(), "*.txt"))
        {
            var a = Assert.IsType<ReadArticle>(Assert.Single(ArticleReader.ReadPaths([path]))).Article;
            Assert.Equal(ArticleReader.FileNameDate(path), a.Published);
            Assert.NotNull(a.Published);
            int words = (a.Headline + " " + a.Deck + " " + a.Body).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 150, 350);
        }
    }
}
