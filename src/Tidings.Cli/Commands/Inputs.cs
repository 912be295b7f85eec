using System.Globalization;
using Tidings.Documents;
using Tidings.Reading;

namespace Tidings.Cli.Commands;

/// <summary>Reading the command line's inputs: files, folders and "-" for standard input.</summary>
internal static class Inputs
{
    /// <summary>What a lone "-" argument becomes before parsing; means standard input.</summary>
    public const string StdinMarker = "\u0001stdin";

    /// <summary>
    /// Text given on the command line or as a gold line, as the readers would hand it to the pipeline: a wire dateline at
    /// its start ("DAKAR (Reuters) -") is the article's dateline and source, not words of its first sentence (as
    /// <c>ArticleReader</c> does for every input format). One line with no sentence end and no dateline is a headline with no
    /// body, as <c>PlainTextReader</c> reads a one-line text file, so a gold headline meets the coder's headline grammar as it
    /// does in <c>tidings code</c>; a text of several lines whose first line looks like a headline is split as
    /// <c>PlainTextReader</c> splits a text file (headline, deck, body); other text is the body as written.
    /// </summary>
    public static Article TextArticle(string id, string text, DateOnly? published)
    {
        var body = text;
        Dateline? dateline = null;
        if (Tidings.Reading.DatelineParser.TryParse(body, out var dl, out int start) && start < body.Length)
        {
            dateline = dl;
            body = body[start..];
        }
        if (dateline is null && body.IndexOf('\n') < 0 && body.Trim().Length is > 0 and <= PlainTextReader.MaxHeadlineLength
            && !PlainTextReader.EndsSentence(body))
            return new Article { Id = id, Headline = body.Trim(), Body = "", Published = published };
        // A headline on its own line above its deck or first paragraph ("Brussels slaps tariffs on Chinese fertiliser\nThe
        // European Commission imposed ..."): the plain-text reader takes the first line for the headline when it looks like
        // one, as it does for a text file, so the headline meets the coder's headline grammar here too (gold/README.md,
        // blind64). Its dateline, if the next line opens with one, is the reader's as well.
        if (dateline is null && body.IndexOf('\n') >= 0 && PlainTextReader.Split(body) is { Headline: { } headline } parts)
            return new Article
            {
                Id = id, Headline = headline, Deck = parts.Deck, Body = parts.Body, Published = published, Dateline = parts.Dateline,
                Source = parts.Dateline?.Outlet,
            };
        return new Article { Id = id, Body = body, Published = published, Dateline = dateline, Source = dateline?.Outlet };
    }

    public static DateOnly? ParseDate(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new CliException($"{option} '{value}' is not a date in the form YYYY-MM-DD");
    }

    /// <summary>
    /// Reads every input, yielding articles and reporting unreadable ones on stderr (the batch goes on).
    /// An explicit <paramref name="published"/> date overrides what the input says.
    /// </summary>
    public static IEnumerable<Article> Read(IReadOnlyList<string> paths, DateOnly? published, InputErrors errors)
    {
        var options = new ReadOptions { Published = published };
        foreach (var p in paths)
        {
            bool stdin = p is "-" or StdinMarker;
            if (!stdin && !File.Exists(p) && !Directory.Exists(p))
            {
                errors.Report(p, "no such file or directory");
                continue;
            }
            var results = stdin
                ? ArticleReader.ReadStream(Console.OpenStandardInput(), "-", options)
                : ArticleReader.ReadPaths([p], options);
            foreach (var r in results)
            {
                switch (r)
                {
                    case ReadArticle a:
                        yield return published is { } d ? a.Article with { Published = d } : a.Article;
                        break;
                    case ReadError e:
                        errors.Report(e.Origin, e.Message);
                        break;
                    default:
                        errors.Warn(r);
                        break;
                }
            }
        }
    }
}

/// <summary>Counts and prints input errors on stderr; any error makes the command exit 1 at the end.</summary>
internal sealed class InputErrors
{
    public int Count { get; private set; }

    public void Report(string origin, string message)
    {
        Count++;
        Console.Error.WriteLine($"error: {origin}: {message}");
    }

    public void Warn(ReadResult r)
    {
        var msg = r.GetType().GetProperty("Message")?.GetValue(r) as string ?? r.ToString();
        Console.Error.WriteLine($"warning: {r.Origin}: {msg}");
    }
}
