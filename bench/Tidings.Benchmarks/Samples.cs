using Tidings.Documents;
using Tidings.Reading;

namespace Tidings.Benchmarks;

/// <summary>The bundled sample articles, found from the repository root (the folder holding Tidings.sln).</summary>
public static class Samples
{
    public static IReadOnlyList<Article> Load()
    {
        var dir = Path.Combine(RepoRoot(), "samples");
        return ArticleReader.ReadPaths([dir]).OfType<ReadArticle>().Select(r => r.Article).ToList();
    }

    /// <summary>The sample articles as documents, segmented and tokenized: the input of the stages after the tokenizer.</summary>
    public static Document[] Tokenized() => Load().Select(a =>
    {
        var d = Document.FromArticle(a);
        Text.Tokenizer.Default.Process(d);
        return d;
    }).ToArray();

    private static string RepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Tidings.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("run the benchmarks from inside the Tidings repository");
    }
}
