using System.Text;
using Tidings.Documents;
using Tidings.Output;
using Tidings.Pipeline;
using Tidings.Reading;

namespace Tidings.Evaluation;

/// <summary>
/// A run of consecutive gold lines that refer to spans of one article, coded as one document
/// (docs/decisions/020-real-news-gold-is-coded-in-its-article.md).
/// </summary>
/// <param name="Start">Offset of <paramref name="Text"/> in the article: the first line's start.</param>
/// <param name="Text">The article from the first line's start to the last line's end, lines left out between them included.</param>
/// <param name="Lines">The lines in file order; their spans do not overlap and rise.</param>
public sealed record GoldDocument(string Corpus, string Article, int Start, string Text, IReadOnlyList<GoldSentence> Lines)
{
    /// <summary>
    /// The article as the product's readers read it (an HTML page, a feed item, a JSON line), when the lines are anchored
    /// in such an article (<see cref="GoldTextSource.TryReadArticle"/>): it is coded as read, whole, and then
    /// <see cref="Start"/> is 0 and <see cref="Text"/> is its analysed text. Null for an article read from plain text.
    /// </summary>
    public Article? Read { get; init; }
}

/// <summary>
/// Groups <c>ref</c> gold lines into the articles they come from and codes each article once, as <c>tidings code</c>
/// codes an article (headline, dateline, document-level actor memory), giving each line the events whose trigger lies in
/// its span. Real news is coded whole by the product, so a line is scored with what the article before it establishes.
/// </summary>
public static class GoldDocuments
{
    /// <summary>
    /// Splits <paramref name="lines"/> (in file order, after any split filter) into units: a run of consecutive <c>ref</c>
    /// lines of the same corpus and article is one <see cref="GoldDocument"/>; every other line is a unit of its own
    /// (null document). Throws <see cref="GoldFormatException"/> when a line's span overlaps or precedes the previous
    /// line's span of the same run.
    /// </summary>
    public static IReadOnlyList<(GoldDocument? Document, IReadOnlyList<GoldSentence> Lines)> Group(
        IReadOnlyList<GoldSentence> lines, GoldTextSource texts, string sourceName)
    {
        var units = new List<(GoldDocument?, IReadOnlyList<GoldSentence>)>();
        var run = new List<GoldSentence>();
        void Flush()
        {
            if (run.Count == 0) return;
            var first = run[0].Ref!;
            var article = texts.TryArticle(first.Corpus, first.Article, out var problem)
                ?? throw new GoldFormatException(sourceName, run[0].Line, problem!);
            // An article the readers gave is coded whole, as tidings code codes it; a plain-text one from the first line on.
            var document = texts.TryReadArticle(first.Corpus, first.Article) is { } read
                ? new GoldDocument(first.Corpus, first.Article, 0, article, run.ToList()) { Read = read }
                : new GoldDocument(first.Corpus, first.Article, first.Start, article[first.Start..run[^1].Ref!.End], run.ToList());
            units.Add((document, run.ToList()));
            run.Clear();
        }
        foreach (var g in lines)
        {
            if (g.Ref is not { } r) { Flush(); units.Add((null, [g])); continue; }
            if (run.Count > 0 && (run[0].Ref!.Corpus != r.Corpus || run[0].Ref!.Article != r.Article)) Flush();
            if (run.Count > 0 && r.Start < run[^1].Ref!.End)
                throw new GoldFormatException(sourceName, g.Line,
                    $"ref: span {r.Start}-{r.End} of '{g.Id}' overlaps or precedes span {run[^1].Ref!.Start}-{run[^1].Ref!.End} of '{run[^1].Id}' in article '{r.Article}'");
            run.Add(g);
        }
        Flush();
        return units;
    }

    /// <summary>
    /// The article as <c>tidings code</c> reads a plain-text file of <paramref name="document"/>'s text (headline, deck,
    /// dateline and body found by <see cref="ArticleReader"/>), dated by the first line that gives a date; or, for a
    /// document of an article the readers gave (<see cref="GoldDocument.Read"/>), that article with its own date.
    /// </summary>
    public static Article ReadArticle(GoldDocument document)
    {
        var published = document.Lines.Select(l => l.Published).FirstOrDefault(p => p is not null);
        // An article the readers gave keeps its own date, as tidings code reads it; the gold's date only fills a gap.
        if (document.Read is { } given) return given with { Published = given.Published ?? published };
        var id = $"{document.Corpus}-{document.Article}";
        var read = ArticleReader.ReadBytes(Encoding.UTF8.GetBytes(document.Text), id + ".txt").OfType<ReadArticle>().FirstOrDefault()
            ?? throw new InvalidDataException($"article '{document.Article}' of '{document.Corpus}' could not be read as text");
        return read.Article with { Id = id, Published = published ?? read.Article.Published };
    }

    /// <summary>
    /// Codes <paramref name="document"/> once and returns, for each of its lines in order, the mention events whose trigger
    /// lies in the line's span. Events of text between the lines (sentences the gold leaves out) belong to no line.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<CodedEvent>> Code(GoldDocument document, TidingsPipeline pipeline, CancellationToken cancellationToken = default)
    {
        var analysis = pipeline.Analyze(ReadArticle(document), cancellationToken);
        var map = new OffsetMap(analysis.Document, document.Text);
        var perLine = document.Lines.Select(_ => new List<CodedEvent>()).ToArray();
        foreach (var e in analysis.MentionEvents)
        {
            if (map.ToSource(e.Evidence.TriggerStart) is not { } at) continue;
            var offset = document.Start + at;
            for (var i = 0; i < perLine.Length; i++)
                if (document.Lines[i].Ref is { } r && r.Start <= offset && offset < r.End) { perLine[i].Add(e); break; }
        }
        return perLine;
    }

    /// <summary>
    /// Maps offsets of a coded document's text back to the text it was read from. The reader only drops text (a
    /// dateline, a byline) and rewrites whitespace (paragraph breaks, unwrapped lines), so each token is found again,
    /// in order, a short way after the previous one.
    /// </summary>
    internal sealed class OffsetMap
    {
        // Longest stretch of source text the reader may drop between two tokens (a byline run into a dateline).
        private const int MaxDropped = 400;
        private readonly int[] tokenStarts;
        private readonly int[] sourceStarts;

        public OffsetMap(Document doc, string source)
        {
            tokenStarts = new int[doc.TokenCount];
            sourceStarts = new int[doc.TokenCount];
            var cursor = 0;
            for (var i = 0; i < doc.TokenCount; i++)
            {
                var t = doc.Token(i);
                tokenStarts[i] = t.Start;
                var window = Math.Min(source.Length - cursor, MaxDropped + t.End - t.Start);
                var found = window <= 0 ? -1 : source.IndexOf(t.Text, cursor, window, StringComparison.Ordinal);
                sourceStarts[i] = found;
                if (found >= 0) cursor = found + t.End - t.Start;
            }
        }

        /// <summary>The source offset of the token that starts at or before <paramref name="docOffset"/> (the nearest one found), or null.</summary>
        public int? ToSource(int docOffset)
        {
            var i = Array.BinarySearch(tokenStarts, docOffset);
            if (i < 0) i = ~i - 1;
            for (; i >= 0; i--)
                if (sourceStarts[i] >= 0) return sourceStarts[i] + Math.Max(0, docOffset - tokenStarts[i]);
            return null;
        }
    }
}
