using Tidings.Documents;

namespace Tidings.Reading;

/// <summary>
/// One outcome of reading an input: an article, an error that stopped an input (or one item of it),
/// or a warning about an article that was still read. <see cref="Origin"/> is the path (or "-" for
/// standard input), with ":line" or "#item" when the problem is inside a multi-article input.
/// </summary>
public abstract record ReadResult(string Origin);

/// <summary>An article read successfully.</summary>
public sealed record ReadArticle(string Origin, Article Article) : ReadResult(Origin);

/// <summary>An input, or one item of it, could not be read. <see cref="Message"/> is a sentence saying what is wrong.</summary>
public sealed record ReadError(string Origin, string Message) : ReadResult(Origin);

/// <summary>
/// Something was odd but the article was still read (e.g. an unparseable date left empty). Warnings are
/// yielded just before the article they concern.
/// </summary>
public sealed record ReadWarning(string Origin, string Message) : ReadResult(Origin);

/// <summary>Settings shared by every reader.</summary>
public sealed record ReadOptions
{
    public static readonly ReadOptions Default = new();

    /// <summary>
    /// Publication date to use when the input gives none (the CLI's <c>--published</c>). With
    /// <see cref="OverrideInputDates"/> it replaces the input's own dates as well.
    /// </summary>
    public DateOnly? Published { get; init; }

    /// <summary>When true, <see cref="Published"/> wins over dates found in the input (meta tags, feed dates, JSON fields).</summary>
    public bool OverrideInputDates { get; init; }

    /// <summary>Largest input read, in bytes; a larger file or stream gives a <see cref="ReadError"/> before it is loaded.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Longest time spent parsing one HTML page (wall clock). Parsing is quadratic in nesting depth, so a
    /// hostile page could otherwise hold a worker for minutes; past the limit the page gives a <see cref="ReadError"/>.
    /// </summary>
    public TimeSpan HtmlTimeLimit { get; init; } = TimeSpan.FromSeconds(10);
}
