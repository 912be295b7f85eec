using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Time;

/// <summary>
/// Finds time expressions in each sentence and resolves them against the publication date
/// (<see cref="Article.Published"/>, the anchor; the pipeline never reads the clock). Matching is hand-written
/// over token spans, so it works with any tokenizer that splits punctuation UD-style; a date written as one
/// token ("2025-07-29", "29/07/2025") or as several is read from the characters either way.
/// <para>Resolution rules (anchor = publication day, A):</para>
/// <list type="bullet">
/// <item>"July 29" (no year): the July 29 in the window [A − 9 months, A + 3 months], or [A − 3 months, A + 9 months]
///   in a forward-looking clause.</item>
/// <item>"29/07/2025": day first when the first number is over 12, month first when the second is ("07/29/2025");
///   when both readings are dates, the one nearer the anchor ("7/8/07" read on 2007-07-09 is July 8); without an
///   anchor, day first (international usage). "2025-07-29" is ISO.</item>
/// <item>"July 2025" → month; "in 2019", "since 2011", "by 2030", "mid-2024", "early 2024" → year (a year needs one of
///   those cue words before it; a bare "2019" is not a date); "the 1990s" → year precision, first year of the decade.</item>
/// <item>Weekdays: past by default, the most recent such day on or before A (A itself when the weekday is A's);
///   forward-looking clause ("will", "is to", "plans to", "next"...) → the first such day on or after A; "last
///   Tuesday" → strictly before A; "next Tuesday" → strictly after A. A past verb right before the weekday ("said on
///   Tuesday") keeps it past whatever the rest of the sentence says. "Tuesday night" is that day.</item>
/// <item>Weeks have no precision of their own: "last week", "this week", "next week" resolve to the Monday of that
///   ISO week at Day precision (rule names say "week"); "N weeks ago" is A − 7N days.</item>
/// <item>"last December" → the last December strictly before A's month; "next December" strictly after; "in December"
///   → in a forward-looking clause the next December not before A's month, else the December in the window
///   [A − 8 months, A + 3 months].</item>
/// <item>"in 2019", "since 2011", "by 2030"; also "the 1991 agreement", "of 2007" for years 1900–2099.</item>
/// <item>"over the weekend" → the Saturday of the most recent weekend (A itself if A is a Saturday), Day precision.</item>
/// <item>Relative expressions without an anchor resolve to <see cref="TimeValue.Unresolved"/> with the reason.</item>
/// </list>
/// </summary>
public sealed partial class DateResolver : IPipelineComponent
{
    public static DateResolver Default { get; } = new();

    private readonly TimeWords _words;

    public DateResolver() : this(TimeWords.Default) { }
    internal DateResolver(TimeWords words) => _words = words;

    public string Name => "dates";
    public Annotation Requires => Annotation.Tokens | Annotation.Sentences;
    public Annotation Assigns => Annotation.TimeExpressions;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Running the stage again replaces its output rather than adding to it.
        document.Times.Clear();
        var anchor = document.Article.Published;
        // An anchor within a year of the calendar's ends would overflow date arithmetic; such a date is not a
        // publication date, so it is treated as absent (relative expressions then carry the "no publication date" reason).
        if (anchor is { Year: < 2 or > 9998 }) anchor = null;
        for (int s = 0; s < document.SentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sent = document.Sentence(s);
            var scanner = new Scanner(document, _words, sent.FirstToken, sent.EndToken, anchor);
            scanner.Run(document.Times);
        }
    }

    /// <summary>
    /// The date an event gets: the time expression of the event's sentence nearest to the trigger token
    /// (ties go to the one before the trigger), else the publication date at Day precision. FromText tells which.
    /// Returns an unresolved value when neither exists.
    /// </summary>
    public static (TimeValue Value, int TimeIndex, bool FromText) EventDate(Document document, int sentence, int triggerToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        int best = -1, bestDist = int.MaxValue;
        if ((uint)sentence < (uint)document.SentenceCount)
        {
            var s = document.Sentence(sentence);
            for (int i = 0; i < document.Times.Count; i++)
            {
                var t = document.Times[i];
                if (t.Tokens.FirstToken < s.FirstToken || t.Tokens.EndToken > s.EndToken) continue;
                if (t.Value.Date is null) continue;
                int dist = t.Tokens.Contains(triggerToken) ? 0
                    : t.Tokens.EndToken <= triggerToken ? triggerToken - t.Tokens.EndToken + 1
                    : t.Tokens.FirstToken - triggerToken + 1;
                // Prefer the expression before the trigger on ties ("on Tuesday met" vs "met ... Friday").
                if (dist < bestDist || (dist == bestDist && t.Tokens.EndToken <= triggerToken)) { best = i; bestDist = dist; }
            }
        }
        if (best >= 0) return (document.Times[best].Value, best, true);
        if (document.Article.Published is { } p) return (new TimeValue(p, DatePrecision.Day), -1, false);
        return (TimeValue.Unresolved("no time expression in the sentence and no publication date"), -1, false);
    }

    /// <summary>Scans one sentence [first, end) left to right; each match consumes its tokens.</summary>
    private ref partial struct Scanner
    {
        private readonly Document _doc;
        private readonly TimeWords _w;
        private readonly int _first, _end;
        private readonly DateOnly? _anchor;
        private int _lastMentionEnd;
        /// <summary>Set by a matcher that knows its TIMEX3 reading (DateResolver.Timex3.cs); otherwise derived from the calendar value.</summary>
        private Timex? _pending;
        /// <summary>The last day named in this sentence: the day of a later clock time ("on Tuesday ... at 18:00 UTC").</summary>
        private DateOnly? _lastDay;
        /// <summary>The year of the last bare-year mention: the century of a two-digit year after it ("1957 and 58").</summary>
        private int _lastYear;

        // Each token's word (Word: its text less a trailing '.' or possessive, as a start and length in the document's
        // text) and its calendar reading (Find), worked out once per sentence: the matchers ask for them many times per
        // token (TryMatch tries up to 18 matchers at every token, each reading the token and its neighbours again).
        // Pure functions of the token, so the matches are the same as when each call worked them out anew.
        private readonly int[] _wordStart, _wordLength;
        private readonly TimeWord[] _found;
        [ThreadStatic] private static int[]? t_wordStart, t_wordLength;
        [ThreadStatic] private static TimeWord[]? t_found;

        public Scanner(Document doc, TimeWords words, int first, int end, DateOnly? anchor)
        {
            _doc = doc; _w = words; _first = first; _end = end; _anchor = anchor; _lastMentionEnd = -1;
            int n = Math.Max(0, end - first);
            if (t_found is null || t_found.Length < n)
            {
                int size = Math.Max(64, n * 2);
                t_wordStart = new int[size]; t_wordLength = new int[size]; t_found = new TimeWord[size];
            }
            _wordStart = t_wordStart!; _wordLength = t_wordLength!; _found = t_found;
            string text = doc.Text;
            for (int i = first; i < end; i++)
            {
                var token = doc.Token(i);
                int start = token.Start;
                var s = text.AsSpan(start, token.End - start);
                if (s.Length > 2 && (s.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || s.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
                    s = s[..^2];
                if (s.Length > 1 && s[^1] == '.') s = s[..^1];
                int k = i - first;
                _wordStart[k] = start; _wordLength[k] = s.Length;
                _found[k] = words.Find(s);
            }
        }

        public void Run(List<TimeMention> output)
        {
            int i = _first;
            while (i < _end)
            {
                _pending = null;
                if (TryMatch(i, out int stop, out var value, out var rule) && stop > i)
                {
                    var tx = _pending ?? Derive(i, stop, value, rule);
                    output.Add(new TimeMention(new TokenRange(i, stop), value, rule) { Type = tx.Type, Timex3Value = tx.Value, Mod = tx.Mod });
                    _lastMentionEnd = stop;
                    if (rule == "year" && value.Date is { } ly) _lastYear = ly.Year;
                    if (value.Precision == DatePrecision.Day && tx.Type is Timex3Type.Date or Timex3Type.Time && tx.Value is not null && tx.Value.Length >= 10 && char.IsAsciiDigit(tx.Value[0])) _lastDay = value.Date;
                    i = stop;
                }
                else i++;
            }
        }

        // ---- token helpers ---------------------------------------------------------------------

        private readonly bool In(int i) => i >= _first && i < _end;
        private readonly ReadOnlySpan<char> Raw(int i) => _doc.Token(i).Span;

        /// <summary>The token without a trailing '.' ("Jul.") or possessive ("Tuesday's", "Tuesday’s"), as the constructor
        /// cut it; a token outside the sentence is cut here the same way.</summary>
        private readonly ReadOnlySpan<char> Word(int i)
        {
            if (In(i)) return _doc.Text.AsSpan(_wordStart[i - _first], _wordLength[i - _first]);
            var s = Raw(i);
            if (s.Length > 2 && (s.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || s.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
                s = s[..^2];
            if (s.Length > 1 && s[^1] == '.') s = s[..^1];
            return s;
        }

        private readonly bool Is(int i, string word) => In(i) && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);
        private readonly bool IsRaw(int i, string text) => In(i) && Raw(i).SequenceEqual(text);
        private readonly bool Capitalised(int i) => In(i) && Raw(i).Length > 0 && char.IsUpper(Raw(i)[0]);
        private readonly bool Adjacent(int a, int b) => In(a) && In(b) && _doc.Token(a).End == _doc.Token(b).Start;

        private readonly TimeWord Find(int i) => In(i) ? _found[i - _first] : default;

        private readonly bool IsMonth(int i, out int month, out bool abbreviation)
        {
            var w = Find(i);
            month = w.Value; abbreviation = w.Unit == 'a';
            // Month names are proper nouns: "march" and "may" in lower case are a verb and a modal.
            return w.Kind == TimeWordKind.Month && Capitalised(i);
        }

        private readonly bool IsWeekday(int i, out int isoDay, out bool abbreviation)
        {
            var w = Find(i);
            isoDay = w.Value; abbreviation = w.Unit == 'a';
            return w.Kind == TimeWordKind.Weekday && Capitalised(i);
        }

        /// <summary>A day of month: "29", "29th", or "29" followed by an adjacent "th" token. Returns the next token.</summary>
        private readonly bool IsDayNumber(int i, out int day, out int next)
        {
            day = 0; next = i;
            if (!In(i)) return false;
            var s = Raw(i);
            int n = 0, k = 0;
            while (k < s.Length && k < 3 && char.IsAsciiDigit(s[k])) { n = n * 10 + (s[k] - '0'); k++; }
            if (k == 0 || k > 2) return false;
            var rest = s[k..];
            if (rest.Length > 0 && !IsOrdinalSuffix(rest)) return false;
            next = i + 1;
            if (rest.Length == 0 && Adjacent(i, i + 1) && IsOrdinalSuffix(Raw(i + 1))) next = i + 2;
            if (n < 1 || n > 31) return false;
            day = n;
            return true;
        }

        private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
            s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

        /// <summary>A four-digit year 1000–2999 as a whole token.</summary>
        private readonly bool IsYear(int i, out int year)
        {
            year = 0;
            if (!In(i)) return false;
            var s = Raw(i);
            return s.Length == 4 && TryDigits(s, out year) && year >= 1000 && year <= 2999;
        }

        private static bool TryDigits(ReadOnlySpan<char> s, out int value)
        {
            value = 0;
            if (s.Length == 0 || s.Length > 9) return false;
            foreach (var c in s)
            {
                if (!char.IsAsciiDigit(c)) return false;
                value = value * 10 + (c - '0');
            }
            return true;
        }

        /// <summary>A count before a unit: digits ("3") or a number word ("three", "a").</summary>
        private readonly bool IsCount(int i, out int n)
        {
            n = 0;
            if (!In(i)) return false;
            if (TryDigits(Raw(i), out n)) return n > 0 && n <= 1000;
            var w = Find(i);
            n = w.Value;
            return w.Kind == TimeWordKind.Number;
        }

        private readonly bool IsUnit(int i, out char unit)
        {
            var w = Find(i);
            unit = w.Unit;
            return w.Kind == TimeWordKind.Unit;
        }

        /// <summary>Skips an optional comma after token i (returns the index after it).</summary>
        private readonly int SkipComma(int i) => IsRaw(i, ",") ? i + 1 : i;

        // ---- tense of the clause -----------------------------------------------------------------

        private readonly bool IsClauseBoundary(int i)
        {
            var s = Raw(i);
            if (s.Length == 1 && s[0] is ',' or ';' or ':' or '—' or '–' or '(' or ')' or '"' or '“' or '”') return true;
            return Is(i, "said") || Is(i, "says") || Is(i, "that") || Is(i, "but");
        }

        private readonly bool IsFutureCue(int i)
        {
            var c = _w.Cue(Word(i));
            if (c.Kind != TimeWordKind.Future) return false;
            // "next" looks forward only as "next week/month/year/Tuesday/June"; "the next day" tells a past story.
            if (Is(i, "next"))
            {
                var n = Find(i + 1);
                return n.Kind is TimeWordKind.Weekday or TimeWordKind.Month || (n.Kind == TimeWordKind.Unit && n.Unit is 'w' or 'm' or 'y');
            }
            return c.Value == 1 || Is(i + 1, "to");
        }

        /// <summary>
        /// Whether the clause around tokens [start, stop) looks forward. A past verb right before the expression
        /// (skipping "on", "early", "late") decides "past" at once: "said on Tuesday he will go" is a past Tuesday.
        /// </summary>
        private readonly bool FutureClause(int start, int stop)
        {
            int p = start - 1;
            // "closed until Friday": a state that lasts until the day looks forward to it.
            if (In(p) && (Is(p, "until") || Is(p, "till")) && In(start) && _w.Find(Word(start)).Kind == TimeWordKind.Weekday) return true;
            while (In(p) && (Is(p, "on") || Is(p, "early") || Is(p, "late") || Is(p, "by"))) p--;
            if (In(p))
            {
                var w = Word(p);
                if (_w.Cue(w).Kind == TimeWordKind.Past) return false;
                if (PastByLemma(p)) return false;
                if (w.Length > 3 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                    && !w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) && !w.Equals("planned", StringComparison.OrdinalIgnoreCase)
                    && !w.Equals("expected", StringComparison.OrdinalIgnoreCase)) return false;
            }
            for (int i = start - 1; In(i) && !IsClauseBoundary(i); i--)
                if (IsFutureCue(i)) return true;
            int j = stop;
            // A sentence-initial expression set off by a comma ("On Friday, he will ...") reads the next clause.
            if (start - _first <= 1 && IsRaw(j, ",")) j++;
            for (; In(j) && !IsClauseBoundary(j); j++)
                if (IsFutureCue(j)) return true;
            return ScheduledPresent(start);
        }

        /// <summary>
        /// Present tense for a scheduled event, read from the tagger's UPOS and lemma: the clause's nearest verb before
        /// the expression is a third-person present ("the summit opens on Tuesday") or a progressive after is/are ("ministers
        /// are meeting on Friday"). Headlines tell past news in the present, so they are left out.
        /// </summary>
        private readonly bool ScheduledPresent(int start)
        {
            if (_doc.Sentence(_doc.SentenceOf(_first)).Section == SectionKind.Headline) return false;
            for (int i = start - 1; In(i) && !IsClauseBoundary(i); i--)
            {
                var t = _doc.Token(i);
                if (t.Upos == Upos.AUX) return false;
                if (t.Upos != Upos.VERB) continue;
                var f = t.Span;
                if (f.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                    return In(i - 1) && (Is(i - 1, "is") || Is(i - 1, "are") || Is(i - 1, "am"));
                return f.Length > 3 && f.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !f.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
                    && !f.Equals(t.Lemma, StringComparison.OrdinalIgnoreCase) && !Is(i, "says") && !Is(i, "has") && !Is(i, "does");
            }
            return false;
        }

        // ---- matching ----------------------------------------------------------------------------

        private bool TryMatch(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "";
            // Callers may probe one token past the sentence ("at the end of" + nothing).
            if (!In(i)) return false;
            var first = Raw(i);
            if (first.Length == 0) return false;
            if (char.IsAsciiDigit(first[0]))
                return TryClock(i, out stop, out value, out rule)
                    || TryCentury(i, out stop, out value, out rule)
                    || TryNumericDate(i, out stop, out value, out rule)
                    || TryDayMonth(i, out stop, out value, out rule)
                    || TryDecade(i, out stop, out value, out rule)
                    || TryAgo(i, out stop, out value, out rule)
                    || TrySet(i, out stop, out value, out rule)
                    || TryDuration(i, out stop, out value, out rule)
                    || TryYearRange(i, out stop, out value, out rule)
                    || TryShortYear(i, out stop, out value, out rule)
                    || TryYear(i, out stop, out value, out rule);
            return TryReference(i, out stop, out value, out rule)
                || TrySet(i, out stop, out value, out rule)
                || TryBoundary(i, out stop, out value, out rule)
                || TryQuarter(i, out stop, out value, out rule)
                || TrySeason(i, out stop, out value, out rule)
                || TryCentury(i, out stop, out value, out rule)
                || TryFiscal(i, out stop, out value, out rule)
                || TryDaypartAlone(i, out stop, out value, out rule)
                || TryAnaphoric(i, out stop, out value, out rule)
                || TryHoliday(i, out stop, out value, out rule)
                || TryShortYear(i, out stop, out value, out rule)
                || TryRelativeWord(i, out stop, out value, out rule)
                || TryWeekday(i, i, "", out stop, out value, out rule)
                || TryMonthLed(i, i, "", out stop, out value, out rule)
                || TryAgo(i, out stop, out value, out rule)
                || TryDuration(i, out stop, out value, out rule)
                || TryDecade(i, out stop, out value, out rule)
                || TryYear(i, out stop, out value, out rule);
        }

        private readonly string SpanText(int start, int stop) => new TokenRange(start, stop).TextIn(_doc);

        private readonly TimeValue NoAnchor(int start, int stop) =>
            TimeValue.Unresolved($"no publication date to anchor '{SpanText(start, stop)}'");

        private static TimeValue Day(DateOnly d) => new(d, DatePrecision.Day);
        private static TimeValue Month(int y, int m) => y is >= 1 and <= 9999 ? new(new DateOnly(y, m, 1), DatePrecision.Month) : TimeValue.Unresolved("year out of range");
        private static TimeValue Year(int y) => y is >= 1 and <= 9999 ? new(new DateOnly(y, 1, 1), DatePrecision.Year) : TimeValue.Unresolved("year out of range");

        private readonly TimeValue MakeDay(int y, int m, int d, int start, int stop)
        {
            if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
                return TimeValue.Unresolved($"no such day: '{SpanText(start, stop)}'");
            return Day(new DateOnly(y, m, d));
        }

        /// <summary>"2025-07-29", "2025/07/29", "29/07/2025", "29.07.2025", "7/29/25", read from the characters.</summary>
        private bool TryNumericDate(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "";
            var text = _doc.Text.AsSpan();
            int start = _doc.Token(i).Start;
            if (start > 0 && char.IsLetterOrDigit(text[start - 1])) return false;
            int p = start;
            int a = ReadNum(text, ref p, 4, out int la);
            if (la == 0 || p >= text.Length) return false;
            char sep = text[p];
            if (sep is not ('-' or '/' or '.')) return false;
            p++;
            int b = ReadNum(text, ref p, 2, out int lb);
            if (lb == 0 || p >= text.Length || text[p] != sep) return false;
            p++;
            int c = ReadNum(text, ref p, 4, out int lc);
            if (lc == 0) return false;
            if (p < text.Length && (char.IsLetterOrDigit(text[p]) || (text[p] == sep && p + 1 < text.Length && char.IsAsciiDigit(text[p + 1])))) return false;
            int y, m, d;
            if (la == 4 && lb <= 2 && lc <= 2) { y = a; m = b; d = c; rule = "iso-date"; }
            else if (la <= 2 && lb <= 2 && (lc == 4 || lc == 2))
            {
                y = lc == 2 ? 2000 + c : c;
                if (lc == 2 && c > 50) y = 1900 + c;
                if (a > 12 && b <= 12) { d = a; m = b; rule = "numeric-dmy"; }
                else if (b > 12 && a <= 12) { m = a; d = b; rule = "numeric-mdy"; }
                else if (_anchor is { } an && a != b && a <= 12 && DateOnly.TryParseExact($"{y:D4}-{a:D2}-{b:D2}", "yyyy-MM-dd", out var mdy)
                         && DateOnly.TryParseExact($"{y:D4}-{b:D2}-{a:D2}", "yyyy-MM-dd", out var dmy))
                {
                    // Both readings are dates: take the one nearer the anchor, a past one on ties (news reports the past).
                    int dm = Math.Abs(mdy.DayNumber - an.DayNumber), dd = Math.Abs(dmy.DayNumber - an.DayNumber);
                    bool monthFirst = dm < dd || (dm == dd && mdy <= an);
                    if (monthFirst) { m = a; d = b; rule = "numeric-mdy-nearest"; }
                    else { d = a; m = b; rule = "numeric-dmy-nearest"; }
                }
                else { d = a; m = b; rule = "numeric-dmy-ambiguous"; }
            }
            else return false;
            // Cover the tokens that make up [start, p); the last one must end exactly at p.
            int j = i;
            while (In(j) && _doc.Token(j).End <= p) j++;
            if (j == i || _doc.Token(j - 1).End != p) return false;
            stop = j;
            value = MakeDay(y, m, d, i, j);
            return true;
        }

        private static int ReadNum(ReadOnlySpan<char> text, ref int p, int maxDigits, out int length)
        {
            int n = 0; length = 0;
            while (p < text.Length && length <= maxDigits && char.IsAsciiDigit(text[p])) { n = n * 10 + (text[p] - '0'); p++; length++; }
            if (length > maxDigits) length = 0;
            return n;
        }

        /// <summary>"29 July 2025", "29th of July", "29 Jul."; year from the anchor when absent.</summary>
        private bool TryDayMonth(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "";
            if (!IsDayNumber(i, out int day, out int j)) return false;
            if (Is(j, "of")) j++;
            if (!IsMonth(j, out int month, out bool abbreviation)) return false;
            j++;
            if (abbreviation && IsRaw(j, ".") && Adjacent(j - 1, j) && !(j + 1 >= _end)) j++;
            int k = SkipComma(j);
            if (IsYear(k, out int year))
            {
                stop = k + 1; rule = "day-month-year";
                value = MakeDay(year, month, day, i, stop);
                return true;
            }
            stop = j; rule = "day-month";
            value = InferYear(month, day, i, stop);
            return true;
        }

        /// <summary>
        /// The year of a month/day written without one. News mostly reports the past, so the date is taken from a
        /// window of nine months before to three months after the anchor; in a forward-looking clause the window is
        /// three months before to nine after ("is set for January 3" published on December 28 → next January).
        /// </summary>
        private readonly TimeValue InferYear(int month, int day, int start, int stop)
        {
            if (_anchor is not { } a) return NoAnchor(start, stop);
            if (day > DateTime.DaysInMonth(2024, month)) return TimeValue.Unresolved($"no such day: '{SpanText(start, stop)}'");
            int back = FutureClause(start, stop) ? 3 : 9;
            // Feb 29 is clamped to check the window, then rejected below if that year has no Feb 29.
            DateOnly Candidate(int year) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            var c = Candidate(a.Year);
            if (c > a.AddMonths(12 - back)) c = Candidate(a.Year - 1);
            else if (c < a.AddMonths(-back)) c = Candidate(a.Year + 1);
            if (c.Day != day) return TimeValue.Unresolved($"no such day in {c.Year}: '{SpanText(start, stop)}'");
            return Day(c);
        }

        /// <summary>
        /// Month first: "July 29, 2025", "Jul. 29", "July 2025", "July of 2025", and month alone after a cue
        /// ("in December", "last December", "early March"). <paramref name="spanStart"/> is where the mention starts
        /// when a modifier ("last", "next", "this", "early") came before; <paramref name="modifier"/> names it.
        /// </summary>
        private bool TryMonthLed(int spanStart, int i, string modifier, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "";
            if (!IsMonth(i, out int month, out bool abbreviation)) return false;
            int j = i + 1;
            // An abbreviation's own period, when the tokenizer split it off ("Jul" "."); never a full stop after a name.
            if (abbreviation && IsRaw(j, ".") && Adjacent(i, j)) j++;
            // "July 4-5", "Sept. 12–14" (one token): the first day of the span.
            if (modifier.Length == 0 && In(j) && Raw(j) is var dr && dr.Length is >= 3 and <= 5 && dr.IndexOfAny('-', '–') is int dsh && dsh > 0
                && TryDigits(dr[..dsh], out int d1) && TryDigits(dr[(dsh + 1)..], out int d2) && d1 is >= 1 and <= 31 && d2 > d1 && d2 <= 31)
            {
                stop = j + 1;
                int afterComma = SkipComma(stop);
                if (IsYear(afterComma, out int yr2)) { stop = afterComma + 1; rule = "month-days-year"; value = MakeDay(yr2, month, d1, spanStart, stop); }
                else { rule = "month-days"; value = InferYear(month, d1, spanStart, stop); }
                return true;
            }
            if (modifier.Length == 0 && IsDayNumber(j, out int day, out int k))
            {
                int afterComma = SkipComma(k);
                if (IsYear(afterComma, out int y1) && !Is(afterComma + 1, ":"))
                {
                    stop = afterComma + 1; rule = "month-day-year";
                    value = MakeDay(y1, month, day, spanStart, stop);
                    return true;
                }
                // "July 29" but not "July 29 2025" with a bare 4-digit day number, and not a time "29:30".
                if (IsRaw(k, ":")) return false;
                stop = k; rule = "month-day";
                value = InferYear(month, day, spanStart, stop);
                return true;
            }
            int yj = Is(j, "of") ? j + 1 : SkipComma(j);
            if (IsYear(yj, out int year))
            {
                stop = yj + 1; rule = modifier.Length > 0 ? $"{modifier}-month-year" : "month-year";
                value = Month(year, month);
                return true;
            }
            if (abbreviation) return false;
            // A month alone must follow a modifier or a preposition that takes dates: "Jan", "May" and "June"
            // are also names, and "May" a modal at a sentence start.
            if (modifier.Length == 0)
            {
                int p = i - 1;
                if (!In(p)) return false;
                if (!(Is(p, "in") || Is(p, "since") || Is(p, "until") || Is(p, "till") || Is(p, "by") || Is(p, "from")
                      || Is(p, "during") || Is(p, "through") || Is(p, "throughout") || Is(p, "before") || Is(p, "after")
                      || Is(p, "of") || Is(p, "to") || Is(p, "between") || Is(p, "and") || Is(p, "around")))
                    return false;
                if (Is(p, "of") || Is(p, "and") || Is(p, "to"))
                {
                    // "the end of May", "March and April": only next to another date or after a date-taking word.
                    if (!(Is(p - 1, "end") || Is(p - 1, "beginning") || Is(p - 1, "start") || Is(p - 1, "middle") || _lastMentionEnd == p))
                        return false;
                }
            }
            stop = j;
            if (_anchor is not { } a) { value = NoAnchor(spanStart, stop); rule = "month"; return true; }
            bool future = FutureClause(spanStart, stop);
            int yr;
            switch (modifier)
            {
                case "last": yr = month < a.Month ? a.Year : a.Year - 1; rule = "month-last"; break;
                case "next": yr = month > a.Month ? a.Year : a.Year + 1; rule = "month-next"; break;
                case "this": yr = a.Year; rule = "month-this"; break;
                default:
                    // Forward-looking: this year's month unless it has passed. Otherwise the month in the window
                    // [A − 8 months, A + 3 months]: "in December" read in July is last December, "in early June"
                    // read in mid-May is this June.
                    if (future) { yr = month >= a.Month ? a.Year : a.Year + 1; rule = "month-future"; }
                    else { yr = month - a.Month > 3 ? a.Year - 1 : a.Month - month > 8 ? a.Year + 1 : a.Year; rule = "month-past"; }
                    if (modifier.Length > 0) rule = $"{modifier}-{rule}";
                    break;
            }
            value = Month(yr, month);
            return true;
        }

        /// <summary>
        /// Weekday with optional "last"/"next"/"this" (in the span when <paramref name="spanStart"/> &lt; i) and an
        /// optional day part ("Tuesday night"). "Tuesday, July 29" is read as the full date.
        /// </summary>
        private bool TryWeekday(int spanStart, int i, string modifier, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "";
            if (!IsWeekday(i, out int wd, out bool abbreviation)) return false;
            // "Black Monday", "Good Friday": a named day, not the nearest weekday.
            if (spanStart == i && In(i - 1) && Capitalised(i - 1) && _w.Cue(Word(i - 1)).Kind == TimeWordKind.Named) return false;
            int j = i + 1;
            if (abbreviation && IsRaw(j, ".") && Adjacent(i, j)) j++;
            // "Tuesday, July 29, 2025" / "Tuesday 29 July": the date decides, the weekday only confirms.
            int k = SkipComma(j);
            if (modifier.Length == 0 && In(k))
            {
                if ((TryMonthLed(spanStart, k, "", out int s2, out var v2, out var r2) && r2.StartsWith("month-day", StringComparison.Ordinal))
                    || (TryDayMonth(k, out s2, out v2, out r2)))
                {
                    stop = s2; value = v2; rule = "weekday-" + r2;
                    return true;
                }
            }
            if (abbreviation) return false;
            if (In(j) && _w.Find(Word(j)).Kind == TimeWordKind.Daypart) j++;
            stop = j;
            if (_anchor is not { } a) { value = NoAnchor(spanStart, stop); rule = "weekday"; return true; }
            int anchorDay = (int)a.DayOfWeek == 0 ? 7 : (int)a.DayOfWeek;
            int back = (anchorDay - wd + 7) % 7, forward = (wd - anchorDay + 7) % 7;
            switch (modifier)
            {
                case "last": value = Day(a.AddDays(-(back == 0 ? 7 : back))); rule = "weekday-last"; break;
                case "next": value = Day(a.AddDays(forward == 0 ? 7 : forward)); rule = "weekday-next"; break;
                default:
                    bool future = FutureClause(spanStart, stop);
                    value = future ? Day(a.AddDays(forward)) : Day(a.AddDays(-back));
                    rule = future ? "weekday-future" : "weekday-past";
                    if (modifier.Length > 0) rule = $"{modifier}-{rule}";
                    break;
            }
            return true;
        }

        /// <summary>today, yesterday, tomorrow, tonight, last/this/next + week/month/year/weekend/weekday/month name,
        /// earlier/later this + unit, over the weekend, last night, early/late/mid + month or year.</summary>
        private bool TryRelativeWord(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "";
            var w = Word(i);
            if (w.Equals("today", StringComparison.OrdinalIgnoreCase) || w.Equals("tonight", StringComparison.OrdinalIgnoreCase)
                || w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
            {
                int offset = w.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1 : w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                rule = w.ToString().ToLowerInvariant();
                stop = i + 1;
                if (In(stop) && _w.Find(Word(stop)).Kind == TimeWordKind.Daypart) stop++;
                value = _anchor is { } a ? Day(a.AddDays(offset)) : NoAnchor(i, stop);
                return true;
            }
            if ((Is(i, "earlier") || Is(i, "later")) && Is(i + 1, "this") && IsUnit(i + 2, out char u0) && u0 is 'w' or 'm' or 'y')
            {
                stop = i + 3;
                rule = (Is(i, "earlier") ? "earlier-this-" : "later-this-") + UnitName(u0);
                value = Relative(0, u0, i, stop);
                return true;
            }
            if (Is(i, "last") && Is(i + 1, "night"))
            {
                stop = i + 2; rule = "last-night";
                value = _anchor is { } a ? Day(a.AddDays(-1)) : NoAnchor(i, stop);
                return true;
            }
            if (Is(i, "this") && In(i + 1) && _w.Find(Word(i + 1)).Kind == TimeWordKind.Daypart)
            {
                stop = i + 2; rule = "this-daypart";
                value = _anchor is { } a ? Day(a) : NoAnchor(i, stop);
                return true;
            }
            if (Is(i, "the") && Is(i + 1, "weekend") && In(i - 1) && (Is(i - 1, "over") || Is(i - 1, "during") || Is(i - 1, "at") || Is(i - 1, "on")))
            {
                stop = i + 2; rule = "weekend";
                value = Weekend("", i, stop);
                return true;
            }
            string modifier = Is(i, "last") ? "last" : Is(i, "next") ? "next" : Is(i, "this") ? "this" : Is(i, "past") ? "past" : "";
            if (modifier.Length > 0 && In(i + 1))
            {
                if (modifier != "past" && Is(i + 1, "weekend"))
                {
                    stop = i + 2; rule = modifier + "-weekend";
                    value = Weekend(modifier, i, stop);
                    return true;
                }
                if (modifier != "past" && IsUnit(i + 1, out char u) && u is 'w' or 'm' or 'y' && Word(i + 1).Length == UnitName(u).Length)
                {
                    stop = i + 2; rule = modifier + "-" + UnitName(u);
                    value = Relative(modifier == "last" ? -1 : modifier == "next" ? 1 : 0, u, i, stop);
                    return true;
                }
                if (modifier != "past" && TryWeekday(i, i + 1, modifier, out stop, out value, out rule)) return true;
                if (modifier != "past" && TryMonthLed(i, i + 1, modifier, out stop, out value, out rule)) return true;
            }
            // early/late/mid + month or year: "early March", "late 2024", "mid-2024", "mid-December".
            string part = Is(i, "early") ? "early" : Is(i, "late") ? "late" : Is(i, "mid") ? "mid" : "";
            if (part.Length > 0 && In(i + 1))
            {
                int j = i + 1;
                if (part == "mid" && (IsRaw(j, "-") || IsRaw(j, "–")) && Adjacent(i, j)) j++;
                if (TryMonthLed(i, j, part, out stop, out value, out rule)) return true;
                if (IsYear(j, out int y)) { stop = j + 1; rule = part + "-year"; value = Year(y); return true; }
                return false;
            }
            // One token "mid-2024" / "mid-December" / "early-2024".
            int dash = w.IndexOf('-');
            if (dash > 0 && dash < w.Length - 1)
            {
                var head = w[..dash];
                var tail = w[(dash + 1)..];
                if (head.Equals("mid", StringComparison.OrdinalIgnoreCase) || head.Equals("early", StringComparison.OrdinalIgnoreCase) || head.Equals("late", StringComparison.OrdinalIgnoreCase))
                {
                    string p = head.ToString().ToLowerInvariant();
                    if (tail.Length == 4 && TryDigits(tail, out int y) && y >= 1000 && y <= 2999)
                    {
                        stop = i + 1; rule = p + "-year"; value = Year(y); return true;
                    }
                    if (tail.Length == 5 && tail[4] is 's' && TryDigits(tail[..4], out int dy) && dy % 10 == 0 && dy >= 1000)
                    {
                        // "mid-1990s": the decade, with its part as the mod.
                        stop = i + 1; rule = p + "-decade"; value = Year(dy);
                        _pending = new Timex(Timex3Type.Date, (dy / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), p == "mid" ? "MID" : p == "early" ? "START" : "END");
                        return true;
                    }
                    var mw = _w.Find(tail);
                    if (mw.Kind == TimeWordKind.Month && mw.Unit != 'a' && char.IsUpper(tail[0]))
                    {
                        stop = i + 1;
                        if (IsYear(i + 1, out int y2)) { stop = i + 2; value = Month(y2, mw.Value); rule = p + "-month-year"; return true; }
                        if (_anchor is not { } a) { value = NoAnchor(i, stop); rule = p + "-month"; return true; }
                        bool future = FutureClause(i, stop);
                        int yr = future ? (mw.Value >= a.Month ? a.Year : a.Year + 1)
                            : mw.Value - a.Month > 3 ? a.Year - 1 : a.Month - mw.Value > 8 ? a.Year + 1 : a.Year;
                        value = Month(yr, mw.Value); rule = p + (future ? "-month-future" : "-month-past");
                        return true;
                    }
                }
            }
            return false;
        }

        private static string UnitName(char u) => u switch { 'd' => "day", 'w' => "week", 'm' => "month", 'y' => "year", 'D' => "decade", _ => "?" };

        /// <summary>The period <paramref name="delta"/> units from the anchor's: weeks as their Monday (Day precision).</summary>
        private readonly TimeValue Relative(int delta, char unit, int start, int stop)
        {
            if (_anchor is not { } a) return NoAnchor(start, stop);
            switch (unit)
            {
                case 'w':
                    int isoDay = (int)a.DayOfWeek == 0 ? 7 : (int)a.DayOfWeek;
                    return Day(a.AddDays(1 - isoDay + 7 * delta));
                case 'm':
                    var m = new DateOnly(a.Year, a.Month, 1).AddMonths(delta);
                    return Month(m.Year, m.Month);
                default:
                    return Year(a.Year + delta);
            }
        }

        /// <summary>The Saturday of the weekend meant: most recent (on or before the anchor) unless "next", or
        /// "this" in a forward-looking clause; "last weekend" on a Saturday or Sunday is the one before.</summary>
        private readonly TimeValue Weekend(string modifier, int start, int stop)
        {
            if (_anchor is not { } a) return NoAnchor(start, stop);
            int isoDay = (int)a.DayOfWeek == 0 ? 7 : (int)a.DayOfWeek;
            int back = (isoDay - 6 + 7) % 7; // days since the latest Saturday (0 on a Saturday)
            var recent = a.AddDays(-back);
            if (modifier == "last" && isoDay >= 6) recent = recent.AddDays(-7);
            bool forward = modifier == "next" || (modifier == "this" && FutureClause(start, stop)) || (modifier.Length == 0 && isoDay < 6 && FutureClause(start, stop));
            if (forward)
            {
                int fwd = (6 - isoDay + 7) % 7;
                if (modifier == "next" && fwd == 0) fwd = 7;
                if (isoDay == 7 && modifier == "next") fwd = 6;
                return Day(a.AddDays(fwd));
            }
            return Day(recent);
        }

        /// <summary>"two days ago", "3 weeks ago", "a year ago", "a decade ago".</summary>
        private bool TryAgo(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "";
            if (!IsCount(i, out int n)) return false;
            if (!IsUnit(i + 1, out char u) || u is not ('d' or 'w' or 'm' or 'y' or 'D')) return false;
            if (IsPlural(Word(i + 1)) != (n > 1)) return false;
            if (!Is(i + 2, "ago")) return false;
            stop = i + 3; rule = UnitName(u) + "s-ago";
            if (_anchor is not { } a) { value = NoAnchor(i, stop); return true; }
            value = u switch
            {
                'd' => SafeDay(a, -n),
                'w' => SafeDay(a, -7 * n),
                'm' => SafeMonth(a, -n),
                'D' => Year(a.Year - 10 * n),
                _ => Year(a.Year - n),
            };
            return true;
        }

        private static TimeValue SafeDay(DateOnly a, int days) =>
            a.DayNumber + days is var dn && dn >= DateOnly.MinValue.DayNumber && dn <= DateOnly.MaxValue.DayNumber
                ? Day(DateOnly.FromDayNumber(dn)) : TimeValue.Unresolved("date out of range");

        private static TimeValue SafeMonth(DateOnly a, int months)
        {
            int total = a.Year * 12 + (a.Month - 1) + months;
            int y = total / 12, m = total % 12 + 1;
            return Month(y, m);
        }

        /// <summary>"the 1990s", "1990s", "the '90s": Year precision, first year of the decade.</summary>
        private readonly bool TryDecade(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "decade";
            var s = Raw(i);
            int y;
            if (s.Length == 5 && (s[4] == 's' || s[4] == 'S') && TryDigits(s[..4], out y) && y % 10 == 0 && y >= 1000)
                stop = i + 1;
            else if (s.Length == 4 && TryDigits(s, out y) && y % 10 == 0 && y >= 1000 && IsRaw(i + 1, "s") && Adjacent(i, i + 1))
                stop = i + 2;
            else if ((s.SequenceEqual("'") || s.SequenceEqual("’")) && In(i + 1) && Raw(i + 1) is var t && t.Length == 3 && t[2] == 's'
                     && TryDigits(t[..2], out int yy) && yy % 10 == 0 && Adjacent(i, i + 1))
            {
                y = 1900 + yy; stop = i + 2;
            }
            else if (s.Length == 4 && (s[0] == '\'' || s[0] == '’') && s[3] == 's' && TryDigits(s[1..3], out int y2) && y2 % 10 == 0)
            {
                y = 1900 + y2; stop = i + 1;
            }
            else return false;
            value = Year(y);
            return true;
        }

        /// <summary>A bare year after a date-taking word: "in 2019", "since 2011", "by 2030", "from 2019 to 2021".</summary>
        private readonly bool TryYear(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "year";
            if (!IsYear(i, out int y)) return false;
            int p = i - 1;
            if (!In(p)) return false;
            bool cue = Is(p, "in") || Is(p, "since") || Is(p, "by") || Is(p, "until") || Is(p, "till") || Is(p, "before")
                || Is(p, "after") || Is(p, "from") || Is(p, "during") || Is(p, "through") || Is(p, "throughout")
                || Is(p, "around") || Is(p, "circa") || Is(p, "early") || Is(p, "late") || Is(p, "between")
                || ((Is(p, "to") || Is(p, "and") || IsRaw(p, "-") || IsRaw(p, "–")) && _lastMentionEnd == p);
            // After words that also take quantities ("fell by 1500", "around 2000 troops") only plausible news years count.
            if (cue && !(Is(p, "in") || Is(p, "since") || Is(p, "during") || Is(p, "throughout")) && (y < 1800 || y > 2100)) cue = false;
            // "the 1991 agreement", "the loss of 2007": in news a bare four-digit number after "the" or "of" is a
            // year (quantities are written "2,000"); kept to 1900–2099 to stay clear of other numbers.
            if (!cue && y is >= 1900 and <= 2099 && (Is(p, "the") || Is(p, "of") || Is(p, "'s") || Is(p, "’s")))
                cue = !(In(i + 1) && (IsRaw(i + 1, "-") || IsRaw(i + 1, "–") || IsRaw(i + 1, "/")));
            if (!cue) cue = BareYear(i, y);
            if (!cue) return false;
            // "in 2019 elections" is still 2019; "by 2030 people" too. A following "%" or unit means a quantity.
            if (In(i + 1) && (IsRaw(i + 1, "%") || Is(i + 1, "people") || Is(i + 1, "troops") || Is(i + 1, "km") || Is(i + 1, "percent"))) return false;
            stop = i + 1;
            value = Year(y);
            return true;
        }
    }
}
