using System.Security.Cryptography;
using System.Text;
using Tidings.Documents;
using Tidings.Reading;
using Tidings.Text;

namespace Tidings.Evaluation;

/// <summary>
/// Resolves the <c>"ref"</c> of a gold line to its text: a span of an article of a third-party corpus that is read at
/// evaluation time and never copied into the repository (its texts may be used for evaluation only). The span is
/// checked by the first ten hex digits of the SHA-1 of its UTF-8 bytes, so that a different copy of the corpus
/// cannot silently score other sentences.
/// </summary>
public sealed class GoldTextSource
{
    /// <summary>The corpus name <c>geowebnews</c>: GeoWebNews of Gritta et al., articles keyed by their <c>file</c> attribute.</summary>
    public const string GeoWebNews = "geowebnews";

    /// <summary>Where GeoWebNews lies under <c>$TIDINGS_SHARED</c>.</summary>
    public const string GeoWebNewsRelativePath = "data/geoparsing-gritta/GeoWebNews.GWN.xml";

    /// <summary>
    /// The corpus name <c>tempeval3</c>: the TempEval-3 platinum test set (20 news articles of March 2013 from AP, CNN,
    /// WSJ, BBC and the NYT), articles keyed by their file name without <c>.tml</c>; an article's text is its &lt;TEXT&gt;
    /// with every tag stripped, as <see cref="TimeMlReader"/> reads it (the title is not part of it).
    /// </summary>
    public const string TempEval3 = "tempeval3";

    /// <summary>Where the TempEval-3 platinum files lie under <c>$TIDINGS_SHARED</c>.</summary>
    public const string TempEval3RelativePath = "data/tempeval3-platinum";

    /// <summary>
    /// The corpus name <c>geovirus</c>: GeoVirus of Gritta et al. (229 Wikinews articles on outbreaks), articles keyed by the
    /// last segment of their source URL as the file spells it (the Wikinews title, percent-escapes kept), their text the
    /// &lt;text&gt; element as <see cref="GeoparseCorpus"/> reads it.
    /// </summary>
    public const string GeoVirus = "geovirus";

    /// <summary>Where GeoVirus lies under <c>$TIDINGS_SHARED</c>.</summary>
    public const string GeoVirusRelativePath = "data/geoparsing-gritta/GeoVirus.xml";

    /// <summary>The environment variable naming the shared third-party data directory.</summary>
    public const string SharedVariable = "TIDINGS_SHARED";

    // Corpus name → a loader of its articles (id → text), or the reason it cannot be loaded.
    private readonly Dictionary<string, Lazy<(IReadOnlyDictionary<string, string>? Articles, string? Problem)>> corpora = new(StringComparer.Ordinal);

    /// <summary>A source that knows the given corpora (name → article id → text); for tests and callers that read corpora themselves.</summary>
    public GoldTextSource(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> known)
    {
        foreach (var (name, articles) in known)
            corpora[name] = new(() => (articles, null));
    }

    private GoldTextSource(string? sharedDir)
    {
        corpora[GeoWebNews] = new(() => LoadGeoWebNews(sharedDir));
        corpora[TempEval3] = new(() => LoadTempEval3(sharedDir));
        corpora[GeoVirus] = new(() => LoadGeoVirus(sharedDir));
    }

    /// <summary>The corpora under <paramref name="sharedDir"/> (default <c>$TIDINGS_SHARED</c>), each read once, when a line first refers to it.</summary>
    public static GoldTextSource FromShared(string? sharedDir = null) =>
        new(sharedDir ?? Environment.GetEnvironmentVariable(SharedVariable));

    private static (IReadOnlyDictionary<string, string>?, string?) LoadGeoWebNews(string? sharedDir)
    {
        if (string.IsNullOrEmpty(sharedDir))
            return (null, $"corpus '{GeoWebNews}' is read from ${SharedVariable}/{GeoWebNewsRelativePath}, and {SharedVariable} is not set");
        var path = Path.Combine(sharedDir, GeoWebNewsRelativePath);
        if (!File.Exists(path)) return (null, $"corpus '{GeoWebNews}' is read from '{path}', which does not exist");
        try
        {
            var corpus = GeoparseCorpus.Load(path);
            var articles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in corpus.Articles) articles.TryAdd(a.Id, a.Text);
            return (articles, null);
        }
        catch (InvalidDataException ex) { return (null, $"corpus '{GeoWebNews}' could not be read: {ex.Message}"); }
    }

    private static (IReadOnlyDictionary<string, string>?, string?) LoadGeoVirus(string? sharedDir)
    {
        if (string.IsNullOrEmpty(sharedDir))
            return (null, $"corpus '{GeoVirus}' is read from ${SharedVariable}/{GeoVirusRelativePath}, and {SharedVariable} is not set");
        var path = Path.Combine(sharedDir, GeoVirusRelativePath);
        if (!File.Exists(path)) return (null, $"corpus '{GeoVirus}' is read from '{path}', which does not exist");
        try
        {
            var articles = new Dictionary<string, string>(StringComparer.Ordinal);
            // GeoparseCorpus keys a GeoVirus article by its whole source URL; the gold names it by the title alone.
            foreach (var a in GeoparseCorpus.Load(path).Articles)
                articles.TryAdd(GeoVirusKey(a.Id), a.Text);
            return (articles, null);
        }
        catch (InvalidDataException ex) { return (null, $"corpus '{GeoVirus}' could not be read: {ex.Message}"); }
    }

    /// <summary>The article key of a GeoVirus source URL: its last path segment (<c>…/wiki/Title</c> → <c>Title</c>).</summary>
    public static string GeoVirusKey(string sourceUrl)
    {
        var trimmed = sourceUrl.Trim().TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }

    private static (IReadOnlyDictionary<string, string>?, string?) LoadTempEval3(string? sharedDir)
    {
        if (string.IsNullOrEmpty(sharedDir))
            return (null, $"corpus '{TempEval3}' is read from ${SharedVariable}/{TempEval3RelativePath}, and {SharedVariable} is not set");
        var path = Path.Combine(sharedDir, TempEval3RelativePath);
        if (!Directory.Exists(path)) return (null, $"corpus '{TempEval3}' is read from '{path}', which does not exist");
        try
        {
            var articles = new Dictionary<string, string>(StringComparer.Ordinal);
            // Keyed by file name, not DOCID: the file name is what a reader of the corpus folder sees.
            foreach (var file in Directory.GetFiles(path, "*.tml").Order(StringComparer.Ordinal))
                articles.TryAdd(Path.GetFileNameWithoutExtension(file), TimeMlReader.ReadFile(file).Text);
            return (articles, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException)
        {
            return (null, $"corpus '{TempEval3}' could not be read: {ex.Message}");
        }
    }

    /// <summary>The corpus name of our own sample articles (<c>samples/</c>), which <see cref="AnchorLocalArticles"/> registers.</summary>
    public const string Samples = "samples";

    // Samples-corpus key → the article as the product's readers gave it, for the lines anchored in a file of another
    // format than plain text (HTML, feeds, JSON lines): such an article is coded as read, not re-read from its text.
    private readonly Dictionary<string, Article> readArticles = new(StringComparer.Ordinal);

    /// <summary>
    /// Gives every text line whose <c>article</c> field names a file of one of <paramref name="articleDirs"/> (the first
    /// folder that has the file wins) the span of that file's article its text is found at (searched after the previous
    /// line of the same article), so that the lines of one article are coded together, as <c>tidings code</c> codes the
    /// file (headline, deck, dateline, document memory).
    /// <para>A plain-text file is anchored in its raw text; when any line of it is not found verbatim after the previous
    /// line, all its lines are left to be coded alone. A file of another format (HTML page, feed, JSON lines) is read by
    /// the readers <c>tidings code</c> uses (<see cref="ArticleReader.ReadPaths"/>), which may give several articles;
    /// each line is anchored in the text the pipeline analyses for one of them (<see cref="Document.FromArticle"/>:
    /// headline, deck and body), and <see cref="TryReadArticle"/> then gives that article as read (its date, outlet and
    /// dateline). A line found in no article of its file is coded alone. Every line left alone for want of its text or
    /// file adds a sentence to <paramref name="warnings"/>, when given.</para>
    /// </summary>
    public IReadOnlyList<GoldSentence> AnchorLocalArticles(IReadOnlyList<GoldSentence> lines, ICollection<string>? warnings, params string[] articleDirs)
    {
        var dirs = articleDirs.Where(Directory.Exists).ToList();
        if (dirs.Count == 0) return lines;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var anchored = new Dictionary<int, GoldRef>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var searchFrom = new Dictionary<string, int>(StringComparer.Ordinal);
        var readFiles = new Dictionary<string, List<(string Key, string Text)>?>(StringComparer.Ordinal);
        var currentArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = new Dictionary<string, Article>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var g = lines[i];
            if (g.Ref is not null || g.ArticleFile is not { } file || file.Contains('/') || file.Contains('\\')) continue;
            if (!file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                if (AnchorInReadArticle(g, file, dirs, readFiles, currentArticle, searchFrom, read, texts, warnings) is { } r) anchored[i] = r;
                continue;
            }
            if (failed.Contains(file)) { warnings?.Add($"{g.Id}: coded alone: another line of '{file}' is not found in it"); continue; }
            if (!texts.TryGetValue(file, out var text))
            {
                var path = dirs.Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists);
                if (path is null) { failed.Add(file); warnings?.Add($"{g.Id}: coded alone: no file '{file}' in {string.Join(", ", dirs)}"); continue; }
                text = File.ReadAllText(path);
                texts[file] = text;
            }
            var from = searchFrom.GetValueOrDefault(file);
            var at = text.IndexOf(g.Text, from, StringComparison.Ordinal);
            if (at < 0 || g.Text.Length == 0)
            {
                failed.Add(file);
                warnings?.Add($"{g.Id}: coded alone, with every line of '{file}': its text is not found in the file after the previous line");
                continue;
            }
            anchored[i] = new GoldRef(Samples, file, at, at + g.Text.Length);
            searchFrom[file] = at + g.Text.Length;
        }
        if (anchored.Count == 0) return lines;
        var known = texts.Where(t => !failed.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        corpora[Samples] = new(() => (known, null));
        readArticles.Clear();
        foreach (var (key, article) in read) readArticles[key] = article;
        return lines.Select((g, i) => anchored.TryGetValue(i, out var r) && !failed.Contains(r.Article) ? g with { Ref = r } : g).ToList();
    }

    /// <inheritdoc cref="AnchorLocalArticles(IReadOnlyList{GoldSentence}, ICollection{string}?, string[])"/>
    public IReadOnlyList<GoldSentence> AnchorLocalArticles(IReadOnlyList<GoldSentence> lines, params string[] articleDirs) =>
        AnchorLocalArticles(lines, null, articleDirs);

    /// <summary>
    /// Anchors <paramref name="g"/> in an article of the non-plain-text <paramref name="file"/>, read once with the
    /// product's readers: first in the article its previous line was found in, after that line, then in the file's
    /// other articles in order. An article's key is <c>file#id</c>; its analysed text goes into <paramref name="texts"/>
    /// and the article as read into <paramref name="read"/>. Null (and a warning) when the file is missing or unreadable
    /// or no article has the line's text (compared as the document cleans it, <see cref="TextCleaner.Clean"/>).
    /// </summary>
    private static GoldRef? AnchorInReadArticle(GoldSentence g, string file, List<string> dirs,
        Dictionary<string, List<(string Key, string Text)>?> readFiles, Dictionary<string, int> currentArticle,
        Dictionary<string, int> searchFrom, Dictionary<string, Article> read, Dictionary<string, string> texts, ICollection<string>? warnings)
    {
        if (!readFiles.TryGetValue(file, out var articles))
        {
            articles = null;
            if (dirs.Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists) is { } path)
            {
                articles = [];
                foreach (var a in ArticleReader.ReadPaths([path]).OfType<ReadArticle>().Select(r => r.Article))
                {
                    var key = $"{file}#{a.Id}";
                    if (read.ContainsKey(key)) continue;
                    var text = Document.FromArticle(a).Text;
                    read[key] = a;
                    texts[key] = text;
                    articles.Add((key, text));
                }
            }
            readFiles[file] = articles;
        }
        if (articles is null || articles.Count == 0)
        {
            warnings?.Add($"{g.Id}: coded alone: no readable article in a file '{file}' of {string.Join(", ", dirs)}");
            return null;
        }
        var wanted = TextCleaner.Clean(g.Text);
        if (wanted.Length == 0) { warnings?.Add($"{g.Id}: coded alone: the line has no text"); return null; }
        var current = currentArticle.GetValueOrDefault(file, 0);
        for (var k = 0; k < articles.Count; k++)
        {
            var n = (current + k) % articles.Count;
            var (key, text) = articles[n];
            // Only the article the previous line was found in is searched after that line: a later line of the same
            // article cannot precede it, and another article is searched whole.
            var from = n == current ? searchFrom.GetValueOrDefault(key) : 0;
            var at = text.IndexOf(wanted, from, StringComparison.Ordinal);
            if (at < 0) continue;
            currentArticle[file] = n;
            searchFrom[key] = at + wanted.Length;
            return new GoldRef(Samples, key, at, at + wanted.Length);
        }
        warnings?.Add($"{g.Id}: coded alone: its text is not found in any article of '{file}' (after the previous line of its article)");
        return null;
    }

    /// <summary>
    /// The article as the product's readers read it, for an article of <see cref="Samples"/> anchored by
    /// <see cref="AnchorLocalArticles(IReadOnlyList{GoldSentence}, ICollection{string}?, string[])"/> from a file that is
    /// not plain text; null for any other article. Its <see cref="TryArticle"/> text is <see cref="Document.FromArticle"/>'s.
    /// </summary>
    public Article? TryReadArticle(string corpus, string article) =>
        corpus == Samples && readArticles.TryGetValue(article, out var a) ? a : null;

    /// <summary>The whole text of an article, or null and the problem (unknown corpus or article, corpus not readable).</summary>
    public string? TryArticle(string corpus, string article, out string? problem)
    {
        problem = null;
        if (!corpora.TryGetValue(corpus, out var lazy))
        {
            problem = $"ref: unknown corpus '{corpus}' (known: {string.Join(", ", corpora.Keys.Order(StringComparer.Ordinal))})";
            return null;
        }
        var (articles, loadProblem) = lazy.Value;
        if (articles is null) { problem = "ref: " + loadProblem; return null; }
        if (articles.TryGetValue(article, out var text)) return text;
        problem = $"ref: corpus '{corpus}' has no article '{article}'";
        return null;
    }

    /// <summary>The text of [<paramref name="start"/>, <paramref name="end"/>) of the article, or null and the problem.</summary>
    public string? TryResolve(string corpus, string article, int start, int end, string sha1, out string? problem)
    {
        if (TryArticle(corpus, article, out problem) is not { } text) return null;
        if (start < 0 || end > text.Length || start >= end)
        {
            problem = $"ref: span {start}-{end} is out of range for article '{article}' of '{corpus}' ({text.Length} characters)";
            return null;
        }
        var span = text[start..end];
        var hash = Sha1Prefix(span);
        if (!string.Equals(hash, sha1, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"ref: span {start}-{end} of article '{article}' of '{corpus}' has sha1 {hash}, not {sha1} (a different copy of the corpus?)";
            return null;
        }
        return span;
    }

    /// <summary>The first ten lower-case hex digits of the SHA-1 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha1Prefix(string text) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
