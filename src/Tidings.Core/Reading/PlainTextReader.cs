namespace Tidings.Reading;

/// <summary>
/// Splits plain text into headline, deck and body. The first non-empty line is the headline when it
/// is short and reads like one; the next line is the deck when it is short, has no final sentence
/// punctuation (or is followed by a dateline) and more text follows; the rest is the body, whose
/// paragraphs are joined by "\n\n" (hard-wrapped lines are re-joined). A lone long paragraph is body.
/// </summary>
public static class PlainTextReader
{
    /// <summary>Longest line taken as a headline, in characters.</summary>
    public const int MaxHeadlineLength = 250;
    /// <summary>Longest line taken as a deck, in characters.</summary>
    public const int MaxDeckLength = 300;
    /// <summary>Headlines seldom end in a full stop; one that does must be this short (in words).</summary>
    public const int MaxWordsOfHeadlineWithStop = 12;

    /// <summary>The parts found in a text; <see cref="Body"/> has no dateline when one was found.</summary>
    /// <param name="LineDate">Date printed on its own line under the headline ("Published: 4 March 2025").</param>
    public sealed record Parts(string? Headline, string? Deck, string Body, Documents.Dateline? Dateline, DatelineDate? DatelineDate,
        DateOnly? LineDate = null);

    public static Parts Split(string text)
    {
        var lines = new List<(int Start, int End)>(); // trimmed line ranges; Start == End for a blank line
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            int s = pos, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            lines.Add((s, e));
            if (nl < 0) break;
            pos = nl + 1;
        }
        int NextNonEmpty(int from)
        {
            for (int i = from; i < lines.Count; i++) if (lines[i].End > lines[i].Start) return i;
            return -1;
        }
        ReadOnlySpan<char> Line(int i) => text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
        bool ContinuesInto(int i) => i + 1 < lines.Count && lines[i + 1].End > lines[i + 1].Start
            && char.IsLower(text[lines[i + 1].Start]) && !EndsSentence(Line(i));

        DateOnly? lineDate = null;
        // Bylines ("By Jane Doe") and date lines ("Updated: March 4, 2025 10:02 GMT") between headline and body are metadata.
        int SkipMeta(int i)
        {
            while (i >= 0)
            {
                var l = Line(i);
                if (IsByline(l)) { i = NextNonEmpty(i + 1); continue; }
                if (TryDateLine(l, out var d)) { lineDate ??= d; i = NextNonEmpty(i + 1); continue; }
                break;
            }
            return i;
        }

        int first = NextNonEmpty(0);
        if (first < 0) return new Parts(null, null, "", null, null);
        string? headline = null, deck = null;
        int bodyLine = first;

        int second = NextNonEmpty(first + 1);
        var l1 = Line(first);
        if (second < 0)
        {
            // One line only: a short title-like line is a headline with no body, anything else is body.
            if (l1.Length <= MaxHeadlineLength && !EndsSentence(l1) && !StartsWithDateline(l1))
                return new Parts(CleanHeadline(l1), null, "", null, null);
        }
        else if (LooksLikeHeadline(l1) && !ContinuesInto(first) && SkipMeta(second) >= 0)
        {
            headline = CleanHeadline(l1);
            second = SkipMeta(second);
            bodyLine = second;
            int third = SkipMeta(NextNonEmpty(second + 1));
            var l2 = Line(second);
            if (third >= 0 && l2.Length < MaxDeckLength && !StartsWithDateline(l2) && !ContinuesInto(second)
                && (!EndsSentence(l2) || StartsWithDateline(Line(third))))
            {
                deck = l2.ToString();
                bodyLine = third;
            }
        }

        // Dateline: parsed on the first body line only, so a huge body is never copied for it.
        Documents.Dateline? dateline = null;
        DatelineDate? dlDate = null;
        int firstStart = lines[bodyLine].Start;
        {
            int probe = Math.Min(lines[bodyLine].End - firstStart, DatelineParser.MaxLength + 40);
            var head = text.Substring(firstStart, probe);
            if (DatelineParser.TryParse(head, out var dl, out int bs, out var dd) && bs < probe)
            {
                dateline = dl;
                dlDate = dd;
                lines[bodyLine] = (firstStart + bs, lines[bodyLine].End);
            }
        }
        return new Parts(headline, deck, BuildBody(text, lines, bodyLine), dateline, dlDate, lineDate);
    }

    /// <summary>
    /// Paragraphs joined by "\n\n". With blank lines in the body, each block is a paragraph and its lines
    /// are unwrapped. Without, each line is a paragraph unless the text is hard-wrapped (≥ 3 lines, none
    /// longer than 100 chars), where a line ends a paragraph only when it ends a sentence and is short.
    /// </summary>
    private static string BuildBody(string text, List<(int Start, int End)> lines, int from)
    {
        int last = lines.Count - 1;
        // Trailing blank lines and wire credits ("Reporting by ...; Editing by ...") are not body text.
        while (last >= from && (lines[last].End == lines[last].Start
               || (last > from && IsCredit(text.AsSpan(lines[last].Start, lines[last].End - lines[last].Start)))))
            last--;
        if (last < from) return "";
        bool blank = false;
        int maxWidth = 0, nonEmpty = 0;
        for (int i = from; i <= last; i++)
        {
            int len = lines[i].End - lines[i].Start;
            if (len == 0) blank = true;
            else { nonEmpty++; maxWidth = Math.Max(maxWidth, len); }
        }
        bool wrapped = !blank && nonEmpty >= 3 && maxWidth <= 100;

        // Two passes (measure, then write into the string itself) so a huge body is built without a
        // StringBuilder copy beside it.
        var layout = new BodyLayout(text, lines, from, last, blank, wrapped, maxWidth);
        int length = layout.Write(Span<char>.Empty);
        return string.Create(length, layout, static (span, l) => l.Write(span));
    }

    private sealed record BodyLayout(string Text, List<(int Start, int End)> Lines, int From, int Last, bool Blank, bool Wrapped, int MaxWidth)
    {
        /// <summary>Writes the body into <paramref name="dest"/> (or only measures it when empty); returns its length.</summary>
        public int Write(Span<char> dest)
        {
            bool measure = dest.IsEmpty;
            int n = 0;
            bool paragraphOpen = false;
            for (int i = From; i <= Last; i++)
            {
                var (s, e) = Lines[i];
                if (s == e)
                {
                    paragraphOpen = false;
                    continue;
                }
                if (n > 0)
                {
                    var sep = paragraphOpen ? " " : "\n\n";
                    if (!measure) sep.AsSpan().CopyTo(dest[n..]);
                    n += sep.Length;
                }
                if (!measure) Text.AsSpan(s, e - s).CopyTo(dest[n..]);
                n += e - s;
                if (Blank) paragraphOpen = true;
                else if (Wrapped) paragraphOpen = !(EndsSentence(Text.AsSpan(s, e - s)) && e - s < MaxWidth * 0.8);
                else paragraphOpen = false;
            }
            return n;
        }
    }

    private static readonly string[] CreditOpeners =
        ["Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by", "Produced by", "(Reporting by", "(Additional reporting by", "(Writing by", "(Editing by"];

    private static bool IsCredit(ReadOnlySpan<char> line)
    {
        if (line.Length > 300) return false;
        foreach (var o in CreditOpeners) if (line.StartsWith(o, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe, Reuters": short, starts with "By ", names capitalised.</summary>
    public static bool IsByline(ReadOnlySpan<char> line)
    {
        if (line.Length > 100 || !line.StartsWith("By ", StringComparison.Ordinal) || EndsSentence(line)) return false;
        foreach (var range in line[3..].Split(' '))
        {
            var w = line[3..][range].Trim(",;|·");
            if (w.IsEmpty || w is "and" or "&" or "in" or "of" or "the" or "de" or "van" or "von" or "al" or "|" or "·" or "-" or "—") continue;
            if (!char.IsUpper(w[0])) return false;
        }
        return true;
    }

    private static readonly string[] DateLabels = ["Published", "Updated", "Posted", "Last updated", "First published", "Date"];

    /// <summary>A line that is only a date, optionally labelled: "March 4, 2025", "Published: 04/03/2025 10:00 GMT".</summary>
    public static bool TryDateLine(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        if (line.Length > 80) return false;
        foreach (var label in DateLabels)
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                line = line[label.Length..].TrimStart(" :-—–".AsSpan());
                if (line.StartsWith("on ", StringComparison.OrdinalIgnoreCase)) line = line[3..];
                break;
            }
        return line.Length >= 8 && char.IsLetterOrDigit(line[0]) && DateText.TryParse(line.ToString(), out date);
    }

    private static bool LooksLikeHeadline(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxHeadlineLength || StartsWithDateline(line)) return false;
        if (line.Length > 0 && line[^1] == '.' )
            return line.Count(' ') + 1 <= MaxWordsOfHeadlineWithStop;
        return true;
    }

    private static string CleanHeadline(ReadOnlySpan<char> line)
    {
        // Markdown headings ("# Title") and underline rules are formatting, not words.
        line = line.TrimStart('#').Trim();
        return line.ToString();
    }

    private static bool StartsWithDateline(ReadOnlySpan<char> line)
    {
        var probe = line.Length > DatelineParser.MaxLength + 40 ? line[..(DatelineParser.MaxLength + 40)] : line;
        return DatelineParser.TryParse(probe.ToString(), out _, out _);
    }

    /// <summary>True when the line ends with . ! ? or … (closing quotes and brackets ignored).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd().TrimEnd("\"'”’»)]");
        return line.Length > 0 && line[^1] is '.' or '!' or '?' or '…';
    }
}
