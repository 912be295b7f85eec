using System.Diagnostics;
using System.Text;
using Tidings.Reading;

namespace Tidings.Tests.Reading;

/// <summary>Messy input never throws out of the readers: every input gives articles, warnings or errors.</summary>
public class RobustnessTests
{
    private static readonly string[] AllFormats = ["x.txt", "x.html", "x.jsonl", "x.json", "x.xml", "x"];

    [Fact]
    public void Random_bytes_give_a_clear_error()
    {
        using var tmp = new TempFolder();
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        var p = tmp.WriteBytes("noise.txt", bytes);
        var r = Assert.Single(ArticleReader.ReadPaths([p]));
        var e = Assert.IsType<ReadError>(r);
        Assert.StartsWith("not text", e.Message);
        Assert.Equal(p, e.Origin);
    }

    [Fact]
    public void Mostly_invalid_utf8_without_controls_is_not_text()
    {
        // Continuation bytes only: no NUL, no control, but nothing decodes as UTF-8 and it is not prose either.
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(0x80 + i % 64)).ToArray();
        var e = Assert.IsType<ReadError>(Assert.Single(ArticleReader.ReadBytes(bytes, "x.txt")));
        Assert.StartsWith("not valid UTF-8 text", e.Message);
    }

    [Fact]
    public void Latin1_text_is_recovered_with_a_warning()
    {
        var bytes = Encoding.Latin1.GetBytes("Talks in Bogotá\nThe minister met the président on Monday, officials said.\nMore.");
        var rs = ArticleReader.ReadBytes(bytes, "x.txt");
        Assert.Contains(rs, r => r is ReadWarning w && w.Message.Contains("Latin-1"));
        var a = Assert.Single(rs.OfType<ReadArticle>()).Article;
        Assert.Equal("Talks in Bogotá", a.Headline);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Ceasefire holds\nThe truce held on Sunday, monitors said.")).ToArray();
        var a = Assert.Single(ArticleReader.ReadBytes(bytes, "u.txt").OfType<ReadArticle>()).Article;
        Assert.Equal("Ceasefire holds", a.Headline);
    }

    [Theory]
    [InlineData("x.txt")]
    [InlineData("x.html")]
    [InlineData("x.jsonl")]
    [InlineData("x.xml")]
    public void Empty_and_blank_files_give_an_error(string name)
    {
        using var tmp = new TempFolder();
        foreach (var content in new[] { "", "   \n\n\t  ", "\uFEFF" })
        {
            var p = tmp.Write(name, content);
            var e = Assert.IsType<ReadError>(Assert.Single(ArticleReader.ReadPaths([p])));
            Assert.StartsWith("empty", e.Message);
        }
    }

    [Fact]
    public void File_over_the_limit_is_refused_before_reading()
    {
        using var tmp = new TempFolder();
        var p = tmp.WriteBytes("big.txt", new byte[2048]);
        var e = Assert.IsType<ReadError>(Assert.Single(ArticleReader.ReadPaths([p], new ReadOptions { MaxBytes = 1024 })));
        Assert.Contains("over the limit of 1,024 bytes", e.Message);
    }

    [Fact]
    public void Stream_over_the_limit_is_refused_without_seeking()
    {
        var stream = new NonSeekable(new MemoryStream(Encoding.UTF8.GetBytes(new string('a', 5000))));
        var e = Assert.IsType<ReadError>(Assert.Single(ArticleReader.ReadStream(stream, "-", new ReadOptions { MaxBytes = 1000 })));
        Assert.Contains("over the limit", e.Message);
    }

    [Fact]
    public void Stdin_stream_is_read_with_sniffing()
    {
        var json = "{\"title\":\"A\",\"text\":\"One.\"}\n{\"title\":\"B\",\"text\":\"Two.\"}\n";
        var rs = ArticleReader.ReadStream(new NonSeekable(new MemoryStream(Encoding.UTF8.GetBytes(json))), "-").ToList();
        Assert.Equal(["stdin#1", "stdin#2"], rs.OfType<ReadArticle>().Select(r => r.Article.Id).ToArray());
        Assert.All(rs, r => Assert.Equal("-", r.Origin));
    }

    [Fact]
    public void Fifty_megabyte_text_is_read_without_many_copies()
    {
        using var tmp = new TempFolder();
        var p = Path.Combine(tmp.Path, "huge.txt");
        const long size = 50L * 1024 * 1024;
        using (var w = new StreamWriter(p, false, new UTF8Encoding(false)))
        {
            w.Write("A very long dispatch\n");
            var para = "Negotiators met again on Tuesday in the capital and agreed to continue the talks next week, officials said.\n\n";
            for (long n = 0; n < size; n += para.Length) w.Write(para);
        }
        long length = new FileInfo(p).Length;
        // Allocations of this thread only: other tests run in parallel and allocate too. No time limit is
        // asserted here (machines are shared and noisy); reading speed belongs to the benchmarks.
        long before = GC.GetAllocatedBytesForCurrentThread();
        var results = ArticleReader.ReadPaths([p]).ToList();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var a = Assert.IsType<ReadArticle>(Assert.Single(results)).Article;
        Assert.Equal("A very long dispatch", a.Headline);
        Assert.True(a.Body.Length > size - 1000);
        // bytes (1×) + decoded text (2×, UTF-16) + body (2×) + line table; one more copy would exceed this.
        Assert.True(allocated < length * 6, $"allocated {allocated:N0} bytes for a {length:N0}-byte file");
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    public void Pathologically_nested_html_is_bounded_in_time(string tag)
    {
        // Parsing cost grows with the square of nesting depth: 30,000 levels take many seconds unbounded.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", 30_000)) + "<p>Deep text.</p></body></html>";
        var sw = Stopwatch.StartNew();
        var rs = ArticleReader.ReadBytes(Encoding.UTF8.GetBytes(html), "deep.html", new ReadOptions { HtmlTimeLimit = TimeSpan.FromMilliseconds(300) });
        sw.Stop();
        // Speed is measured by the benchmarks, not asserted here (shared, noisy machines).
        Assert.All(rs, r => Assert.True(r is ReadArticle or ReadError));
    }

    [Fact]
    public void Directory_mixing_good_and_bad_files_reads_the_good_ones()
    {
        using var tmp = new TempFolder();
        tmp.Write("2025-01-01-good.txt", "Talks open\nCAIRO — Envoys met on Sunday.\nMore text.");
        tmp.WriteBytes("binary.txt", [0, 1, 2, 3, 255, 254, 0, 0, 7]);
        tmp.Write("empty.html", "");
        tmp.Write("sub/page.html", "<html><head><title>Summit</title></head><body><p>Leaders met in Brussels on Monday.</p></body></html>");
        tmp.Write("sub/lines.jsonl", "{\"text\":\"Good line.\"}\nnot json\n");
        tmp.Write("sub/bad.xml", "<rss><channel>");
        tmp.Write(".hidden.txt", "Hidden\nShould not be read.");
        tmp.Write(".git/config.txt", "Hidden dir\nShould not be read.");
        tmp.Write("notes.docx", "skipped: unknown extension in a directory");
        tmp.Write("noext", "Sniffed text\nA body line follows here.");

        var rs = ArticleReader.ReadPaths([tmp.Path], new ReadOptions()).ToList();
        var origins = rs.Select(r => Path.GetRelativePath(tmp.Path, r.Origin).Replace('\\', '/')).ToList();
        Assert.Equal(["2025-01-01-good.txt", "binary.txt", "empty.html", "noext", "sub/bad.xml", "sub/lines.jsonl:1", "sub/lines.jsonl:2", "sub/page.html"],
            origins.Select(o => o == "sub/lines.jsonl" ? "sub/lines.jsonl:1" : o).ToArray());
        Assert.Equal(4, rs.OfType<ReadArticle>().Count());
        Assert.Equal(4, rs.OfType<ReadError>().Count());
        Assert.Equal(new DateOnly(2025, 1, 1), rs.OfType<ReadArticle>().First().Article.Published);
    }

    [Fact]
    public void Directory_links_are_not_followed()
    {
        using var tmp = new TempFolder();
        tmp.Write("a/story.txt", "Talks open\nEnvoys met on Sunday.");
        try { Directory.CreateSymbolicLink(Path.Combine(tmp.Path, "a", "loop"), tmp.Path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException) { return; }
        var rs = ArticleReader.ReadPaths([tmp.Path]).ToList();
        Assert.Single(rs.OfType<ReadArticle>());
    }

    [Fact]
    public void Explicit_paths_report_missing_and_unknown_files()
    {
        using var tmp = new TempFolder();
        var docx = tmp.Write("notes.docx", "x");
        var rs = ArticleReader.ReadPaths([Path.Combine(tmp.Path, "missing.txt"), docx]).ToList();
        Assert.Equal(2, rs.Count);
        Assert.Equal("no such file or directory", Assert.IsType<ReadError>(rs[0]).Message);
        Assert.Contains("unsupported file type '.docx'", Assert.IsType<ReadError>(rs[1]).Message);
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Random_bytes_never_throw_in_any_reader(byte[]? bytes)
    {
        bytes ??= [];
        foreach (var name in AllFormats)
            if (!ResultsAreSane(ArticleReader.ReadBytes(bytes, name))) return false;
        return true;
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public bool Random_strings_never_throw_in_any_reader(string? text)
    {
        var bytes = Encoding.UTF8.GetBytes(text ?? "");
        foreach (var name in AllFormats)
            if (!ResultsAreSane(ArticleReader.ReadBytes(bytes, name))) return false;
        return true;
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Random_markup_never_throws(string[]? pieces)
    {
        string[] tags = ["<p>", "</p>", "<div>", "<br>", "<script>", "<item>", "</item>", "<rss>", "<channel>", "<title>", "{\"text\":", "\"", "}", "\n", "<!--", "&amp;", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "MOSCOW (AP) — "];
        var sb = new StringBuilder();
        int i = 0;
        foreach (var p in pieces ?? []) sb.Append(tags[i++ % tags.Length]).Append(p);
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        foreach (var name in AllFormats)
            if (!ResultsAreSane(ArticleReader.ReadBytes(bytes, name))) return false;
        return true;
    }

    private static bool ResultsAreSane(IReadOnlyList<ReadResult> rs)
    {
        foreach (var r in rs)
        {
            switch (r)
            {
                case ReadArticle a:
                    if (a.Article.Body is null || a.Article.Id.Length == 0) return false;
                    break;
                case ReadError e:
                    // A crash caught by the last line of defence is a reader bug, not a clean error.
                    if (string.IsNullOrWhiteSpace(e.Message) || e.Message.StartsWith("could not be read (", StringComparison.Ordinal)) return false;
                    break;
                case ReadWarning w:
                    if (string.IsNullOrWhiteSpace(w.Message)) return false;
                    break;
            }
        }
        return rs.Count > 0;
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1000));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
