using System.Text;
using Tidings.Reading;

namespace Tidings.Tests.Reading;

/// <summary>A temporary folder deleted after the test; inputs are written here, never committed.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tidings-reading-" + Guid.NewGuid().ToString("N"));
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var p = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

internal static class Read
{
    public static List<ReadResult> Text(string text, string name = "a.txt", ReadOptions? o = null) =>
        ArticleReader.ReadBytes(Encoding.UTF8.GetBytes(text), name, o).ToList();

    public static Tidings.Documents.Article Single(string text, string name = "a.txt", ReadOptions? o = null)
    {
        var rs = Text(text, name, o);
        var articles = rs.OfType<ReadArticle>().ToList();
        Assert.True(articles.Count == 1, $"expected one article, got: {string.Join(" | ", rs)}");
        return articles[0].Article;
    }
}
