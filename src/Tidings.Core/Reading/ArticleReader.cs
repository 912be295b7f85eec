using System.Globalization;
using Tidings.Documents;

namespace Tidings.Reading;

/// <summary>The input formats <see cref="ArticleReader"/> knows.</summary>
public enum InputFormat { Unknown, Text, Html, JsonLines, Json, Feed }

/// <summary>
/// The single entry point for reading articles. Every input gives results, never exceptions: articles,
/// warnings (yielded before the article they concern) and errors for inputs or items that could not
/// be read. Formats are chosen by file extension, then by sniffing the first bytes.
/// </summary>
public static class ArticleReader
{
    private static readonly Dictionary<string, InputFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text, [".text"] = InputFormat.Text, [".md"] = InputFormat.Text,
        [".html"] = InputFormat.Html, [".htm"] = InputFormat.Html, [".xhtml"] = InputFormat.Html, [".shtml"] = InputFormat.Html,
        [".jsonl"] = InputFormat.JsonLines, [".ndjson"] = InputFormat.JsonLines, [".jsonlines"] = InputFormat.JsonLines,
        [".json"] = InputFormat.Json,
        [".xml"] = InputFormat.Feed, [".rss"] = InputFormat.Feed, [".atom"] = InputFormat.Feed, [".rdf"] = InputFormat.Feed,
        [""] = InputFormat.Unknown,
    };

    /// <summary>File extensions read when walking a directory (files without an extension are sniffed too).</summary>
    public static IReadOnlyCollection<string> KnownExtensions => Extensions.Keys;

    /// <summary>
    /// Reads files and directories in the given order. Directories are walked recursively in ordinal
    /// order of names, skipping hidden entries (name starting with '.' or the Hidden attribute) and
    /// files with unknown extensions; an explicitly named file with an unknown extension is an error.
    /// "-" reads standard input.
    /// </summary>
    public static IEnumerable<ReadResult> ReadPaths(IEnumerable<string> paths, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                foreach (var r in ReadStream(stdin, "-", options)) yield return r;
                continue;
            }
            if (Directory.Exists(path))
            {
                foreach (var r in WalkDirectory(path, options)) yield return r;
                continue;
            }
            if (!File.Exists(path))
            {
                yield return new ReadError(path, "no such file or directory");
                continue;
            }
            var ext = Path.GetExtension(path);
            if (!Extensions.ContainsKey(ext))
            {
                yield return new ReadError(path, $"unsupported file type '{ext}' (readable: .txt, .html, .htm, .jsonl, .ndjson, .json, .xml, .rss, .atom)");
                continue;
            }
            foreach (var r in ReadFile(path, options)) yield return r;
        }
    }

    /// <summary>Reads one input from a stream; <paramref name="name"/> (a file name, or "-") picks the format by extension and names the results.</summary>
    public static IEnumerable<ReadResult> ReadStream(Stream stream, string name, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        byte[]? bytes;
        string? error;
        try
        {
            bytes = ReadBounded(stream, options.MaxBytes, out error);
        }
        catch (IOException e)
        {
            bytes = null;
            error = "could not be read: " + e.Message;
        }
        if (bytes is null) return [new ReadError(name, error!)];
        return ReadBytes(bytes, name, options);
    }

    private static IEnumerable<ReadResult> WalkDirectory(string root, ReadOptions options)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, dirs;
            string? error = null;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files = dirs = [];
                error = "directory could not be listed: " + e.Message;
            }
            if (error is not null) { yield return new ReadError(dir, error); continue; }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var f in files)
            {
                if (IsHidden(f) || IsFolderDocumentation(f) || !Extensions.ContainsKey(Path.GetExtension(f))) continue;
                foreach (var r in ReadFile(f, options)) yield return r;
            }
            // Files of a directory come before its subdirectories; subdirectories in ordinal order.
            // Linked directories are not followed: a link back to an ancestor would make the walk endless.
            for (int i = dirs.Length - 1; i >= 0; i--)
                if (!IsHidden(dirs[i]) && !IsLink(dirs[i])) pending.Push(dirs[i]);
        }
    }

    private static bool IsLink(string dir)
    {
        try { return new DirectoryInfo(dir).LinkTarget is not null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return true; }
    }

    /// <summary>
    /// A folder's own documentation (README, LICENSE, NOTICE, CHANGELOG, any extension) is not an article:
    /// skipped when walking a folder, read when named explicitly.
    /// </summary>
    private static bool IsFolderDocumentation(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path).ToUpperInvariant();
        return stem is "README" or "LICENSE" or "LICENCE" or "NOTICE" or "CHANGELOG" or "COPYING";
    }

    private static bool IsHidden(string path)
    {
        var name = Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        if (name.StartsWith('.')) return true;
        try { return (File.GetAttributes(path) & FileAttributes.Hidden) != 0; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static IEnumerable<ReadResult> ReadFile(string path, ReadOptions options)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxBytes)
                return [new ReadError(path, $"file is {info.Length:N0} bytes, over the limit of {options.MaxBytes:N0} bytes (ReadOptions.MaxBytes)")];
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var read = ReadBounded(fs, options.MaxBytes, out var error);
            if (read is null) return [new ReadError(path, error!)];
            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new ReadError(path, "could not be read: " + e.Message)];
        }
        return ReadBytes(bytes, path, options);
    }

    /// <summary>Reads at most <paramref name="maxBytes"/>; null with an error when the stream is longer.</summary>
    private static byte[]? ReadBounded(Stream stream, long maxBytes, out string? error)
    {
        error = null;
        if (stream.CanSeek)
        {
            long len = stream.Length - stream.Position;
            if (len > maxBytes)
            {
                error = $"input is {len:N0} bytes, over the limit of {maxBytes:N0} bytes (ReadOptions.MaxBytes)";
                return null;
            }
            var exact = new byte[len];
            stream.ReadExactly(exact);
            return exact;
        }
        var ms = new MemoryStream();
        var buf = new byte[81920];
        int n;
        while ((n = stream.Read(buf, 0, buf.Length)) > 0)
        {
            if (ms.Length + n > maxBytes)
            {
                error = $"input is over the limit of {maxBytes:N0} bytes (ReadOptions.MaxBytes)";
                return null;
            }
            ms.Write(buf, 0, n);
        }
        return ms.ToArray();
    }

    /// <summary>Reads an input already in memory; <paramref name="origin"/> is its path or name.</summary>
    public static IReadOnlyList<ReadResult> ReadBytes(byte[] bytes, string origin, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var results = new List<ReadResult>();
        try
        {
            Read(bytes, origin, options, results);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Last line of defence: a reader bug must not stop a batch; the input is reported instead.
            results.Add(new ReadError(origin, $"could not be read ({e.GetType().Name}: {e.Message})"));
        }
        return results;
    }

    private static void Read(byte[] bytes, string origin, ReadOptions options, List<ReadResult> results)
    {
        var ext = origin == "-" ? "" : Path.GetExtension(origin);
        Extensions.TryGetValue(ext, out var format);
        var text = TextDecoding.TryDecode(bytes, out var error, out var warning);
        if (text is null) { results.Add(new ReadError(origin, error!)); return; }
        if (warning is not null) results.Add(new ReadWarning(origin, warning));
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) { results.Add(new ReadError(origin, "empty: the input holds no text")); return; }
        if (format == InputFormat.Unknown) format = Sniff(text);

        var ctx = new Context(origin, IdBase(origin), FileNameDate(origin), options, results);
        switch (format)
        {
            case InputFormat.Html: ReadHtml(text, ctx); break;
            case InputFormat.JsonLines: ReadJsonLines(text, ctx); break;
            case InputFormat.Json: ReadJson(text, ctx); break;
            case InputFormat.Feed:
                // An .xml file that is really a web page (XHTML) is read as one.
                if (Sniff(text) == InputFormat.Html && text.AsSpan(0, Math.Min(text.Length, 4096)).Contains("<html", StringComparison.OrdinalIgnoreCase))
                    ReadHtml(text, ctx);
                else ReadFeed(text, ctx);
                break;
            default: ReadText(text, ctx); break;
        }
    }

    /// <summary>Guesses the format from the first non-blank characters.</summary>
    public static InputFormat Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.IsEmpty) return InputFormat.Text;
        if (head[0] == '{')
        {
            // One object per line is JSON lines; an object spanning lines is a JSON document.
            int nl = head.IndexOf('\n');
            return nl < 0 || head[..nl].TrimEnd().EndsWith("}") ? InputFormat.JsonLines : InputFormat.Json;
        }
        if (head[0] == '[' && head[1..].TrimStart().StartsWith("{")) return InputFormat.Json;
        if (head[0] == '<')
        {
            if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
                return InputFormat.Feed;
            return InputFormat.Html;
        }
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Html;
        return InputFormat.Text;
    }

    private sealed record Context(string Origin, string IdBase, DateOnly? FileDate, ReadOptions Options, List<ReadResult> Results);

    private static string IdBase(string origin) => origin == "-" ? "stdin" : Path.GetFileName(origin) is { Length: > 0 } n ? n : origin;

    /// <summary>The date a file name starts with ("2025-03-04-ankara-talks.txt"), used when nothing else dates the article.</summary>
    public static DateOnly? FileNameDate(string origin)
    {
        if (origin == "-") return null;
        var name = Path.GetFileName(origin);
        if (name.Length < 10 || !(name.Length == 10 || !char.IsAsciiDigit(name[10]))) return null;
        return DateOnly.TryParseExact(name.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>
    /// Order of precedence for Published: options.Published when it overrides; the input's own date;
    /// a dateline date with its year; options.Published; the date the file name starts with.
    /// </summary>
    private static DateOnly? ChoosePublished(Context ctx, DateOnly? inputDate, DatelineDate? dlDate)
    {
        var o = ctx.Options;
        if (o.OverrideInputDates && o.Published is not null) return o.Published;
        return inputDate ?? (dlDate is { Year: not null } d ? d.Resolve(null) : null) ?? o.Published ?? ctx.FileDate;
    }

    private static void Emit(Context ctx, string id, string? headline, string? deck, string body, DateOnly? inputDate,
        string? url, string? source, string? warningOrigin = null, string? dateWarning = null)
    {
        Dateline? dateline = null;
        DatelineDate? dlDate = null;
        if (DatelineParser.TryParse(body.Length > 200 ? body[..200] : body, out var dl, out int start, out var dd))
        {
            dateline = dl;
            dlDate = dd;
            body = body[start..];
        }
        if (dateWarning is not null) ctx.Results.Add(new ReadWarning(warningOrigin ?? ctx.Origin, dateWarning));
        ctx.Results.Add(new ReadArticle(ctx.Origin, new Article
        {
            Id = id,
            Headline = headline,
            Deck = deck,
            Body = body,
            Published = ChoosePublished(ctx, inputDate, dlDate),
            Url = url,
            Source = source ?? dateline?.Outlet,
            Dateline = dateline,
            Origin = ctx.Origin,
        }));
    }

    private static void ReadText(string text, Context ctx)
    {
        var parts = PlainTextReader.Split(text);
        if (parts.Headline is null && parts.Body.Length == 0) { ctx.Results.Add(new ReadError(ctx.Origin, "empty: the input holds no text")); return; }
        ctx.Results.Add(new ReadArticle(ctx.Origin, new Article
        {
            Id = ctx.IdBase,
            Headline = parts.Headline,
            Deck = parts.Deck,
            Body = parts.Body,
            Published = ChoosePublished(ctx, parts.LineDate, parts.DatelineDate),
            Source = parts.Dateline?.Outlet,
            Dateline = parts.Dateline,
            Origin = ctx.Origin,
        }));
    }

    private static void ReadHtml(string html, Context ctx)
    {
        HtmlArticleReader.Page page;
        try
        {
            page = HtmlArticleReader.Extract(html, ctx.Options.HtmlTimeLimit);
        }
        catch (TimeoutException e)
        {
            ctx.Results.Add(new ReadError(ctx.Origin, e.Message));
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // AngleSharp recovers from nearly all broken markup; anything it still rejects is reported, not thrown.
            ctx.Results.Add(new ReadError(ctx.Origin, $"the HTML page could not be parsed: {e.Message}"));
            return;
        }
        if (page.Body.Length == 0 && page.Title is null) { ctx.Results.Add(new ReadError(ctx.Origin, "no article text found in the HTML page")); return; }
        string? deck = page.Description;
        if (deck is not null && (deck == page.Title || page.Body.StartsWith(deck.TrimEnd('.', '…', ' '), StringComparison.Ordinal))) deck = null;
        string? warn = page.PublishedText is not null && page.Published is null
            ? $"unparseable publication date '{Shorten(page.PublishedText)}'; published left empty" : null;
        Emit(ctx, ctx.IdBase, page.Title, deck, page.Body, page.Published, page.Url, page.SiteName, dateWarning: warn);
    }

    private static void ReadJsonLines(string text, Context ctx)
    {
        int lineNo = 0, item = 0, pos = 0;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            lineNo++;
            var line = text.AsMemory(pos, end - pos);
            pos = end + 1;
            if (line.Span.IsWhiteSpace()) continue;
            item++;
            var it = JsonArticleReader.ParseLine(line);
            EmitJson(ctx, it, item, $"{ctx.Origin}:{lineNo}", $"line {lineNo}");
        }
        if (item == 0) ctx.Results.Add(new ReadError(ctx.Origin, "empty: no JSON lines"));
    }

    private static void ReadJson(string text, Context ctx)
    {
        var items = JsonArticleReader.ParseDocument(text);
        for (int i = 0; i < items.Count; i++)
            EmitJson(ctx, items[i], i + 1, items.Count == 1 ? ctx.Origin : $"{ctx.Origin}#{i + 1}", items.Count == 1 ? "JSON document" : $"item {i + 1}");
    }

    private static void EmitJson(Context ctx, JsonArticleReader.Item it, int item, string where, string label)
    {
        if (it.Error is not null) { ctx.Results.Add(new ReadError(where, $"{label}: {it.Error}")); return; }
        string? warn = it.PublishedText is not null && it.Published is null
            ? $"{label} has an unparseable date '{Shorten(it.PublishedText)}'; published left empty" : null;
        Emit(ctx, it.Id ?? $"{ctx.IdBase}#{item}", it.Title, it.Deck, it.Text, it.Published, it.Url, it.Source, where, warn);
    }

    private static void ReadFeed(string xml, Context ctx)
    {
        string? title;
        List<FeedArticleReader.Item> items;
        if (xml.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            // Entity declarations serve no purpose in news feeds and enable expansion bombs: refused unparsed.
            ctx.Results.Add(new ReadError(ctx.Origin, "not a usable RSS or Atom feed: it declares XML entities, which are refused"));
            return;
        }
        try
        {
            (title, items) = FeedArticleReader.Parse(xml);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // FeedReader reports bad XML and unknown feed types with several exception types; all mean "not a feed".
            ctx.Results.Add(new ReadError(ctx.Origin, $"not a well-formed RSS or Atom feed: {e.Message}"));
            return;
        }
        if (items.Count == 0) { ctx.Results.Add(new ReadWarning(ctx.Origin, "the feed has no items")); return; }
        for (int i = 0; i < items.Count; i++)
        {
            var it = items[i];
            string where = $"{ctx.Origin}#{i + 1}";
            if (it.Body.Length == 0 && it.Title is null) { ctx.Results.Add(new ReadError(where, $"feed item {i + 1} has neither title nor text")); continue; }
            string? warn = it.PublishedText is not null && it.Published is null
                ? $"feed item {i + 1} has an unparseable date '{Shorten(it.PublishedText)}'; published left empty" : null;
            Emit(ctx, it.Id ?? $"{ctx.IdBase}#{i + 1}", it.Title, it.Deck, it.Body, it.Published, it.Url, title, where, warn);
        }
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
