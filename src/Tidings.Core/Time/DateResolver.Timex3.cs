using System.Globalization;

namespace Tidings.Time;

/// <summary>
/// TIMEX3 normalisation (TimeML 1.2.1 as annotated in TempEval-3): every mention also gets a TIMEX3 type and value.
/// Calendar dates keep their ISO value ("2013-03-19", "2013-03", "2013"); weeks are ISO weeks ("2013-W12"), a
/// weekend is "2013-W12-WE", parts of day are TIME values ("2013-03-19TMO"), seasons "2012-SU", quarters "2013-Q1",
/// decades and centuries are truncated years ("199", "19"), durations "P3Y"/"PT48H"/"PXY" (X = unspecified),
/// recurrences (SET) "P1W"/"XXXX-WXX-1", vague references PRESENT_REF/PAST_REF/FUTURE_REF.
/// </summary>
public sealed partial class DateResolver
{
    /// <summary>A TIMEX3 type, value and optional mod chosen by a matcher.</summary>
    private readonly record struct Timex(Timex3Type Type, string? Value, string? Mod = null);

    private ref partial struct Scanner
    {
        private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        // ---- derivation of TIMEX3 from the calendar readings of the date matchers --------------------

        private readonly Timex Derive(int start, int stop, TimeValue value, string rule)
        {
            string? mod = rule.StartsWith("early-", StringComparison.Ordinal) ? "START"
                : rule.StartsWith("late-", StringComparison.Ordinal) ? "END"
                : rule.StartsWith("mid-", StringComparison.Ordinal) ? "MID" : null;
            if (value.Date is not { } d) return new Timex(Timex3Type.Date, null, mod);
            if (rule.EndsWith("weekend", StringComparison.Ordinal)) return new Timex(Timex3Type.Date, IsoWeek(d) + "-WE", mod);
            if ((rule.EndsWith("-week", StringComparison.Ordinal) || rule == "week") && value.Precision == DatePrecision.Day)
                return new Timex(Timex3Type.Date, IsoWeek(d), mod);
            if (rule == "decade") return new Timex(Timex3Type.Date, Inv($"{d.Year / 10}"), mod);
            if (value.Precision == DatePrecision.Day)
            {
                string? part = rule is "tonight" or "last-night" ? "NI" : DayPart(stop - 1);
                if (part is not null) return new Timex(Timex3Type.Time, value.Iso + (part[0] == 'T' ? part : "T" + part), mod);
            }
            return new Timex(Timex3Type.Date, value.Iso, mod);
        }

        /// <summary>The TIMEX3 code of a part-of-day word: "MO", "AF", "EV", "NI", "MI", or a clock time "T12:00".</summary>
        private readonly string? DayPart(int i)
        {
            if (!In(i) || _w.Find(Word(i)).Kind != TimeWordKind.Daypart) return null;
            var w = Word(i);
            if (w.Equals("morning", StringComparison.OrdinalIgnoreCase) || w.Equals("dawn", StringComparison.OrdinalIgnoreCase)) return "MO";
            if (w.Equals("afternoon", StringComparison.OrdinalIgnoreCase)) return "AF";
            if (w.Equals("evening", StringComparison.OrdinalIgnoreCase)) return "EV";
            if (w.Equals("noon", StringComparison.OrdinalIgnoreCase) || w.Equals("midday", StringComparison.OrdinalIgnoreCase)) return "T12:00";
            if (w.Equals("midnight", StringComparison.OrdinalIgnoreCase)) return "T24:00";
            if (w.Equals("lunchtime", StringComparison.OrdinalIgnoreCase)) return "MI";
            return "NI";
        }

        private static string IsoWeek(DateOnly d)
        {
            var dt = d.ToDateTime(TimeOnly.MinValue);
            return Inv($"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
        }

        /// <summary>A verb form whose lemma differs and that is neither "-s" nor "-ing": a past tense or participle ("fell", "seized").</summary>
        private readonly bool PastByLemma(int i)
        {
            var t = _doc.Token(i);
            if (t.Upos is not (Documents.Upos.VERB or Documents.Upos.AUX)) return false;
            var form = t.Span;
            if (form.EndsWith("s", StringComparison.OrdinalIgnoreCase) || form.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
            if (_w.Cue(form).Kind == TimeWordKind.Future) return false;
            return !form.Equals(t.Lemma, StringComparison.OrdinalIgnoreCase);
        }

        private bool Set(int stop, TimeValue value, string ruleName, Timex tx, out int outStop, out TimeValue outValue, out string outRule)
        {
            outStop = stop; outValue = value; outRule = ruleName; _pending = tx;
            return true;
        }

        private static readonly TimeValue NotADate = TimeValue.Unresolved("not a calendar date (duration, recurrence or vague reference)");

        // ---- counts -----------------------------------------------------------------------------------

        /// <summary>
        /// A count of units at token i: digits ("48", "2.5"), a number word, a hyphenated compound ("twenty-five"),
        /// "two and a half", or a vague count ("several", "a few", "few", "many") giving "X". Returns the next token.
        /// </summary>
        private readonly bool TryCount(int i, out string count, out int next)
        {
            count = ""; next = i;
            if (!In(i)) return false;
            var s = Word(i);
            if (s.Equals("several", StringComparison.OrdinalIgnoreCase) || s.Equals("few", StringComparison.OrdinalIgnoreCase)
                || s.Equals("many", StringComparison.OrdinalIgnoreCase) || s.Equals("some", StringComparison.OrdinalIgnoreCase))
            { count = "X"; next = i + 1; return true; }
            if ((s.Equals("a", StringComparison.OrdinalIgnoreCase)) && Is(i + 1, "few")) { count = "X"; next = i + 2; return true; }
            if (TryNumber(Raw(i), out count)) { next = i + 1; }
            else if (IsCount(i, out int n)) { count = n.ToString(CultureInfo.InvariantCulture); next = i + 1; }
            else return false;
            // "two and a half", "two-and-a-half"
            if (Is(next, "and") && Is(next + 1, "a") && Is(next + 2, "half") && int.TryParse(count, out int whole))
            { count = Inv($"{whole}.5"); next += 3; }
            return true;
        }

        /// <summary>Digits ("48", "2.5"), a number word ("three"), or hyphenated words ("twenty-five", "two-and-a-half").</summary>
        private readonly bool TryNumber(ReadOnlySpan<char> s, out string count)
        {
            count = "";
            if (s.Length == 0 || s.Length > 20) return false;
            if (char.IsAsciiDigit(s[0]))
            {
                int dots = 0;
                foreach (var c in s) { if (c == '.') dots++; else if (!char.IsAsciiDigit(c)) return false; }
                if (dots > 1 || s[^1] == '.') return false;
                if (TryDigits(s, out int v) && (v == 0 || v > 1000)) return false;
                count = s.ToString();
                return true;
            }
            if (s.Equals("two-and-a-half", StringComparison.OrdinalIgnoreCase)) { count = "2.5"; return true; }
            int dash = s.IndexOf('-');
            if (dash > 0)
            {
                var a = _w.Find(s[..dash]); var b = _w.Find(s[(dash + 1)..]);
                if (a.Kind == TimeWordKind.Number && b.Kind == TimeWordKind.Number && a.Value >= 20 && a.Value % 10 == 0 && b.Value < 10)
                { count = (a.Value + b.Value).ToString(CultureInfo.InvariantCulture); return true; }
                return false;
            }
            var w = _w.Find(s);
            if (w.Kind == TimeWordKind.Number && !s.Equals("a", StringComparison.OrdinalIgnoreCase) && !s.Equals("an", StringComparison.OrdinalIgnoreCase))
            { count = w.Value.ToString(CultureInfo.InvariantCulture); return true; }
            return false;
        }

        /// <summary>TIMEX3 duration value of count × unit: "P3Y", "PT48H", "P10Y" for a decade, "PXW" for a vague count.</summary>
        private static string DurationValue(string count, char unit)
        {
            if (count != "X" && (unit is 'D' or 'c'))
            {
                double n = double.Parse(count, CultureInfo.InvariantCulture) * (unit == 'D' ? 10 : 100);
                return Inv($"P{n}Y");
            }
            return unit switch
            {
                'h' => $"PT{count}H", 'n' => $"PT{count}M", 's' => $"PT{count}S",
                'd' => $"P{count}D", 'w' => $"P{count}W", 'm' => $"P{count}M", 'q' => $"P{count}Q",
                'D' => $"P{count}DE", 'c' => $"P{count}CE", _ => $"P{count}Y",
            };
        }

        /// <summary>Skips one qualifier between a count and its unit: "six straight days", "five trading days", "two consecutive quarters".</summary>
        private readonly int SkipQualifier(int k) =>
            Is(k, "straight") || Is(k, "consecutive") || Is(k, "successive") || Is(k, "trading") || Is(k, "business") || Is(k, "working")
            || Is(k, "full") || Is(k, "more") || Is(k, "additional") || Is(k, "long") || Is(k, "calendar") || Is(k, "short") || Is(k, "extra")
                ? (IsUnit(k + 1, out _) ? k + 1 : k) : k;

        /// <summary>
        /// A four-digit year without a cue word ("The 2010 census", "elected 2007,"): 1950 to 15 years after the anchor,
        /// a NUM, not after a capitalised word inside the sentence ("Room 2019", "Windows 2000"), a currency or an
        /// approximation ("about 2000"), and not before a plural noun or a unit ("2000 people", "2000 km").
        /// </summary>
        private readonly bool BareYear(int i, int y)
        {
            int max = _anchor is { } a ? a.Year + 15 : 2050;
            if (y < 1950 || y > max) return false;
            int p = i - 1;
            if (In(p))
            {
                if (Capitalised(p) && _w.Find(Word(p)).Kind != TimeWordKind.Month) return false;
                var w = Word(p);
                if (w.Length == 1 && !char.IsLetterOrDigit(w[0]) && w[0] is not (',' or '(' or '-' or '–' or '—' or ':' or ';')) return false;
                if (Is(p, "about") || Is(p, "some") || Is(p, "nearly") || Is(p, "almost") || Is(p, "approximately") || Is(p, "than") || Is(p, "over")
                    || Is(p, "under") || Is(p, "least") || Is(p, "number") || Is(p, "no") || Is(p, "to") || Is(p, "and") || Is(p, "or") || Is(p, "of")
                    || _doc.Token(p).Upos == Documents.Upos.NUM) return false;
            }
            int n = i + 1;
            if (In(n))
            {
                var t = _doc.Token(n);
                // A plural noun after the number makes it a count ("2000 people"); "a 2009 analysis" is singular (lemma = form).
                if (t.Upos == Documents.Upos.NOUN && t.Span.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !t.Span.Equals(t.Lemma, StringComparison.OrdinalIgnoreCase)) return false;
                if (IsUnit(n, out _) || IsRaw(n, "%") || IsRaw(n, ":") || IsRaw(n, "/") || IsRaw(n, ".") && In(n + 1) && char.IsAsciiDigit(Raw(n + 1)[0])) return false;
                if (Is(n, "km") || Is(n, "kg") || Is(n, "m") || Is(n, "mph") || Is(n, "feet") || Is(n, "metres") || Is(n, "meters") || Is(n, "to") && In(n + 1) && TryDigits(Raw(n + 1), out int z) && z > 2100) return false;
            }
            return true;
        }

        /// <summary>"for years", "within days", "minutes later", "decades in the making": a plural unit with no determiner,
        /// number or adjective before it (those are other rules' or not lengths: "the years", "his days").</summary>
        private readonly bool BarePluralUnit(int i)
        {
            if (!In(i - 1)) return true;
            var u = _doc.Token(i - 1).Upos;
            if (u is Documents.Upos.DET or Documents.Upos.NUM or Documents.Upos.ADJ or Documents.Upos.PRON or Documents.Upos.PART) return false;
            if (Is(i - 1, "'s") || Is(i - 1, "’s") || Capitalised(i) && i > _first) return false;
            return true;
        }

        private static bool IsPlural(ReadOnlySpan<char> unitWord) => unitWord.EndsWith("s", StringComparison.OrdinalIgnoreCase);

        // ---- durations --------------------------------------------------------------------------------

        /// <summary>
        /// "three years", "48 hours", "a decade", "the past two years", "the next few months", "almost seven years",
        /// "several days", "27-year" (adjective), "recent weeks", bare "years" after "for"/"within".
        /// </summary>
        private bool TryDuration(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "";
            int j = i;
            string? mod = null;
            string lead = "";
            if (Is(j, "the") && (Is(j + 1, "past") || Is(j + 1, "last") || Is(j + 1, "next") || Is(j + 1, "previous") || Is(j + 1, "coming")
                || Is(j + 1, "following") || Is(j + 1, "first") || Is(j + 1, "final") || Is(j + 1, "entire") || Is(j + 1, "whole")))
            { lead = Word(j + 1).ToString().ToLowerInvariant(); j += 2; }
            else if (Is(j, "almost") || Is(j, "nearly") || Is(j, "over") || Is(j, "more"))
            {
                // TempEval-3 keeps "almost", "nearly", "over", "more than" inside the extent and leaves "about" outside.
                mod = Is(j, "almost") || Is(j, "nearly") ? "LESS_THAN" : "MORE_THAN";
                if (Is(j, "more")) { if (!Is(j + 1, "than")) return false; j++; }
                j++;
            }
            else if (Is(j, "recent") || Is(j, "coming")) { lead = Word(j).ToString().ToLowerInvariant(); j++; }

            // Hyphenated adjective: "27-year", "four-week", "12-hour", "fifty-year", "five-year".
            if (In(j) && Word(j) is var hw && hw.LastIndexOf('-') is int dash && dash > 0 && dash < hw.Length - 1)
            {
                var unitPart = hw[(dash + 1)..];
                var uw = _w.Find(unitPart);
                if (uw.Kind == TimeWordKind.Unit && !IsPlural(unitPart) && TryNumber(hw[..dash], out string c))
                {
                    stop = j + 1; rule = "duration-adjective"; value = NotADate;
                    _pending = new Timex(Timex3Type.Duration, DurationValue(c, uw.Unit), mod);
                    return true;
                }
            }

            // "decades-long", "years-long", "a months-long siege": an unspecified length.
            if (In(j) && Word(j) is var lw && lw.EndsWith("-long", StringComparison.OrdinalIgnoreCase) && lw.Length > 5
                && _w.Find(lw[..^5]) is { Kind: TimeWordKind.Unit } lu && IsPlural(lw[..^5]))
            {
                stop = j + 1; rule = "duration-adjective"; value = NotADate;
                _pending = new Timex(Timex3Type.Duration, DurationValue("X", lu.Unit), mod);
                return true;
            }
            string count;
            int k;
            if (TryCount(j, out count, out k))
            {
                // A range "60 and 90 days", "two to three years", "five or six months": the first count takes the unit of the second.
                if ((Is(k, "and") || Is(k, "to") || Is(k, "or") || IsRaw(k, "-") || IsRaw(k, "–")) && count != "X"
                    && TryCount(k + 1, out _, out int k2) && IsUnit(SkipQualifier(k2), out char ru) && !IsUnit(k, out _))
                {
                    stop = k; rule = "duration-range"; value = NotADate;
                    _pending = new Timex(Timex3Type.Duration, DurationValue(count, ru), mod);
                    return true;
                }
                k = SkipQualifier(k);
            }
            else if (Is(j, "a") || Is(j, "an")) { count = "1"; k = j + 1; }
            else { count = ""; k = j; }
            if (!IsUnit(k, out char unit))
            {
                return false;
            }
            bool plural = IsPlural(Word(k));
            if (count.Length == 0)
            {
                // No count: "the past decade" (1), "recent years", "the coming weeks", "for years" (X).
                if (plural && (lead is "recent" or "coming" or "past" or "last" or "next" or "previous" or "following"
                    || (lead.Length == 0 && mod is null && BarePluralUnit(i))))
                    count = "X";
                else if (!plural && lead is "past" or "last" or "next" or "previous" or "coming" or "following" or "entire" or "whole" && unit is not 'd')
                {
                    // "the last week"/"the next year" read as the calendar period by TryRelativeWord at "last"/"next";
                    // only "the past decade", "the entire year" are lengths here.
                    if (lead is "last" or "next" && unit is 'w' or 'm' or 'y' or 'q') return false;
                    count = "1";
                }
                else return false;
            }
            // A singular unit after a count >1 is an adjective use ("a four day rally", "a 20 year high"): still a duration.
            if (unit == 'q' && count == "1" && (Is(j, "a") || Is(j, "an"))) return false; // "a quarter of the votes"
            if (count == "X" && unit is 's') return false;
            stop = k + 1;
            // A unit followed by "ago" belongs to TryAgo; "old" ages stay durations ("40 years old" is P40Y in TimeML).
            if (Is(stop, "ago")) return false;
            if (lead is "first" or "final" && !plural) return false;
            if (lead is "first" or "final" or "entire" or "whole" && count == "X") return false;
            rule = "duration";
            value = NotADate;
            _pending = new Timex(Timex3Type.Duration, DurationValue(count, unit), mod);
            return true;
        }

        // ---- recurrences ------------------------------------------------------------------------------

        /// <summary>"every week", "each year", "every two years", "every Monday", "every morning", "weekly", "annually",
        /// "twice a week", "15 a year".</summary>
        private bool TrySet(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = NotADate; rule = "set";
            var w = Word(i);
            string? adverb = w.Equals("daily", StringComparison.OrdinalIgnoreCase) ? "P1D"
                : w.Equals("weekly", StringComparison.OrdinalIgnoreCase) ? "P1W"
                : w.Equals("biweekly", StringComparison.OrdinalIgnoreCase) || w.Equals("fortnightly", StringComparison.OrdinalIgnoreCase) ? "P2W"
                : w.Equals("monthly", StringComparison.OrdinalIgnoreCase) ? "P1M"
                : w.Equals("quarterly", StringComparison.OrdinalIgnoreCase) ? "P3M"
                : w.Equals("yearly", StringComparison.OrdinalIgnoreCase) || w.Equals("annually", StringComparison.OrdinalIgnoreCase)
                  || w.Equals("annual", StringComparison.OrdinalIgnoreCase) ? "P1Y"
                : w.Equals("hourly", StringComparison.OrdinalIgnoreCase) ? "PT1H"
                : w.Equals("nightly", StringComparison.OrdinalIgnoreCase) ? "XXXX-XX-XXTNI" : null;
            if (adverb is not null)
            {
                // A capitalised one inside a sentence is a name ("the Daily Telegraph").
                if (Capitalised(i) && i > _first) return false;
                stop = i + 1;
                _pending = new Timex(Timex3Type.Set, adverb);
                return true;
            }
            if (Is(i, "every") || Is(i, "each"))
            {
                int j = i + 1;
                string count = "1";
                if (Is(j, "other")) { count = "2"; j++; }
                else if (TryCount(j, out var c, out int k) && c != "X" && IsUnit(k, out _)) { count = c; j = k; }
                if (IsUnit(j, out char u) && u is not 'q')
                {
                    stop = j + 1;
                    _pending = new Timex(Timex3Type.Set, DurationValue(count, u));
                    return true;
                }
                if (IsWeekday(j, out int wd, out bool abbr) && !abbr)
                {
                    stop = j + 1;
                    string? part = DayPart(stop);
                    if (part is not null) stop++;
                    _pending = new Timex(Timex3Type.Set, Inv($"XXXX-WXX-{wd}") + (part is null ? "" : part[0] == 'T' ? part : "T" + part));
                    return true;
                }
                if (DayPart(j) is { } dp)
                {
                    stop = j + 1;
                    _pending = new Timex(Timex3Type.Set, "XXXX-XX-XX" + (dp[0] == 'T' ? dp : "T" + dp));
                    return true;
                }
                if (SeasonCode(j) is { } sc && !Is(j, "fall"))
                {
                    stop = j + 1;
                    _pending = new Timex(Timex3Type.Set, "XXXX-" + sc);
                    return true;
                }
                return false;
            }
            // "once a week", "twice a year", "three times a month", "15 a year", "5% a year", "$3 billion a year".
            int at = i;
            bool frequency = false;
            if (Is(i, "once") || Is(i, "twice") || Is(i, "thrice")) { at = i + 1; frequency = true; }
            else if (TryCount(i, out var n, out int after) && n != "X" && Is(after, "times")) { at = after + 1; frequency = true; }
            if (frequency)
            {
                if ((Is(at, "a") || Is(at, "per") || Is(at, "each") || Is(at, "every")) && IsUnit(at + 1, out char fu) && !IsPlural(Word(at + 1)))
                {
                    stop = at + 2;
                    _pending = new Timex(Timex3Type.Set, DurationValue("1", fu));
                    return true;
                }
                return false;
            }
            if ((Is(i, "a") || Is(i, "per")) && IsUnit(i + 1, out char pu) && !IsPlural(Word(i + 1)) && pu is not 'q'
                && In(i - 1) && (_doc.Token(i - 1).Upos == Documents.Upos.NUM || Is(i - 1, "%") || Is(i - 1, "percent")
                    || Is(i - 1, "million") || Is(i - 1, "billion") || Is(i - 1, "trillion") || Is(i - 1, "thousand"))
                && !(Is(i + 2, "ago") || Is(i + 2, "earlier") || Is(i + 2, "later") || Is(i + 2, "before") || Is(i + 2, "after")))
            {
                stop = i + 2;
                _pending = new Timex(Timex3Type.Set, DurationValue("1", pu));
                return true;
            }
            return false;
        }

        // ---- vague references -------------------------------------------------------------------------

        /// <summary>now, currently, nowadays, these days, at present, for the time being → PRESENT_REF; recently, lately,
        /// the past → PAST_REF; soon, the future, the near term, the long term → FUTURE_REF.</summary>
        private bool TryReference(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = NotADate; rule = "reference";
            string? v = null;
            int end = i + 1;
            if (Is(i, "now") || Is(i, "currently") || Is(i, "nowadays")) v = "PRESENT_REF";
            else if (Is(i, "present") && Is(i - 1, "at")) v = "PRESENT_REF";
            else if (Is(i, "these") && Is(i + 1, "days")) { v = "PRESENT_REF"; end = i + 2; }
            else if (Is(i, "the") && Is(i + 1, "time") && Is(i + 2, "being")) { v = "PRESENT_REF"; end = i + 3; }
            else if (Is(i, "the") && Is(i + 1, "moment") && Is(i - 1, "at")) { v = "PRESENT_REF"; end = i + 2; }
            else if (Is(i, "recently") || Is(i, "lately")) v = "PAST_REF";
            else if (Is(i, "at") && Is(i + 1, "the") && Is(i + 2, "time") && !Is(i + 3, "of") && !Is(i + 3, "when") && !Is(i + 3, "that") && !Is(i + 3, "being"))
            { v = "PAST_REF"; end = i + 3; }
            else if (Is(i, "the") && Is(i + 1, "past") && !(TryCount(i + 2, out _, out _) || IsUnit(i + 2, out _) || Is(i + 2, "few")
                     || Is(i + 2, "several") || In(i + 2) && _doc.Token(i + 2).Upos is Documents.Upos.NOUN or Documents.Upos.ADJ or Documents.Upos.PROPN))
            { v = "PAST_REF"; end = i + 2; }
            else if (Is(i, "soon")) v = "FUTURE_REF";
            else if (Is(i, "the") && Is(i + 1, "future") && !(In(i + 2) && _doc.Token(i + 2).Upos is Documents.Upos.NOUN or Documents.Upos.PROPN) && !Is(i + 2, "of"))
            { v = "FUTURE_REF"; end = i + 2; }
            else if (Is(i, "the") && (Is(i + 1, "near") || Is(i + 1, "distant")) && (Is(i + 2, "future") || Is(i + 2, "term")))
            { v = "FUTURE_REF"; end = i + 3; }
            else if (Is(i, "the") && (Is(i + 1, "long") || Is(i + 1, "short") || Is(i + 1, "medium")) && (Is(i + 2, "term") || Is(i + 2, "run")) && !Is(i + 3, "-"))
            { v = "FUTURE_REF"; end = i + 3; }
            if (v is null) return false;
            // "now" in "now-defunct" is one token; "now that" is a conjunction of cause, still PRESENT_REF in TimeML.
            stop = end;
            if (v == "PRESENT_REF" && _anchor is { } a) value = Day(a);
            _pending = new Timex(Timex3Type.Date, v);
            return true;
        }

        // ---- clock times ------------------------------------------------------------------------------

        /// <summary>"3 p.m.", "3pm", "15:00", "3:30 a.m.", "0800 UTC", "18:00 GMT Saturday": TIME on the anchor day
        /// (or on the adjacent weekday, "today", "yesterday", "tomorrow").</summary>
        private bool TryClock(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "clock";
            var s = Raw(i);
            int hour, minute = 0;
            int j = i + 1;
            bool hasMeridiem = false, pm = false;
            int colon = s.IndexOf(':');
            if (colon > 0 && s.Count(':') == 2 && s.Length <= 8)
            {
                // "3:07:35" is a race or flight time: a duration of hours, minutes and seconds.
                var parts = s.ToString().Split(':');
                if (parts[1].Length == 2 && parts[2].Length == 2 && int.TryParse(parts[0], out int hh) && int.TryParse(parts[1], out int mm) && int.TryParse(parts[2], out int ss) && mm < 60 && ss < 60)
                {
                    stop = i + 1; value = NotADate; rule = "clock-duration";
                    _pending = new Timex(Timex3Type.Duration, Inv($"PT{hh}H{mm}M{ss}S"));
                    return true;
                }
                return false;
            }
            if (colon > 0)
            {
                if (s.Count(':') > 1 || !TryDigits(s[..colon], out hour) || colon != s.Length - 3 || !TryDigits(s[(colon + 1)..], out minute)) return false;
                if (colon > 2) return false;
            }
            else if (s.Length > 2 && (s.EndsWith("pm", StringComparison.OrdinalIgnoreCase) || s.EndsWith("am", StringComparison.OrdinalIgnoreCase)) && TryDigits(s[..^2], out hour) && s.Length <= 4)
            { hasMeridiem = true; pm = s.EndsWith("pm", StringComparison.OrdinalIgnoreCase); }
            else if (s.Length == 4 && TryDigits(s, out int hhmm) && (IsZone(j)))
            { hour = hhmm / 100; minute = hhmm % 100; }
            else if (s.Length <= 2 && TryDigits(s, out hour)) { }
            else return false;
            if (!hasMeridiem && In(j))
            {
                var m = Word(j);
                if (m.Equals("p.m", StringComparison.OrdinalIgnoreCase) || m.Equals("pm", StringComparison.OrdinalIgnoreCase)) { hasMeridiem = true; pm = true; j++; }
                else if (m.Equals("a.m", StringComparison.OrdinalIgnoreCase) || m.Equals("am", StringComparison.OrdinalIgnoreCase) && !Capitalised(j)) { hasMeridiem = true; j++; }
                else if (Is(j, "o'clock") || Is(j, "o’clock")) { hasMeridiem = true; j++; }
            }
            if (colon < 0 && !hasMeridiem && !(s.Length == 4 && IsZone(i + 1))) return false;
            if (hour > 24 || minute > 59) return false;
            if (hasMeridiem && (hour == 0 || hour > 12)) return false;
            if (pm && hour < 12) hour += 12;
            if (hasMeridiem && !pm && hour == 12) hour = 0;
            // "3:07" in a sports result or a ratio without a cue reads as a score; require a cue when bare.
            if (colon > 0 && !hasMeridiem && !IsZone(j) && !(Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "around")
                || Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "from") || Is(i - 1, "to") || Is(i - 1, "about") || Is(i - 1, "till"))) return false;
            while (IsZone(j)) j++;
            DateOnly? day = _lastDay ?? _anchor;
            // An adjacent day word dates the time: "15:00 GMT Saturday", "16:00 UTC today", "3 p.m. Tuesday".
            int k = Is(j, "on") ? j + 1 : j;
            if (In(k) && (IsWeekday(k, out _, out bool ab) && !ab || Is(k, "today") || Is(k, "yesterday") || Is(k, "tomorrow")))
            {
                var saved = _pending;
                if (TryRelativeWord(k, out int s2, out var v2, out _) || TryWeekday(k, k, "", out s2, out v2, out _))
                { if (k == j) { j = s2; } day = v2.Date; }
                _pending = saved;
            }
            stop = j;
            string clock = Inv($"T{hour:D2}:{minute:D2}");
            value = day is { } d ? Day(d) : NoAnchor(i, stop);
            _pending = new Timex(Timex3Type.Time, day is { } dd ? dd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + clock : null);
            return true;
        }

        private readonly bool IsZone(int i) => In(i) && (Word(i) is var z) && (z.Equals("UTC", StringComparison.Ordinal) || z.Equals("GMT", StringComparison.Ordinal)
            || z.Equals("ET", StringComparison.Ordinal) || z.Equals("EST", StringComparison.Ordinal) || z.Equals("EDT", StringComparison.Ordinal)
            || z.Equals("PST", StringComparison.Ordinal) || z.Equals("PDT", StringComparison.Ordinal) || z.Equals("CET", StringComparison.Ordinal)
            || z.Equals("BST", StringComparison.Ordinal) || z.Equals("CST", StringComparison.Ordinal) || z.Equals("CDT", StringComparison.Ordinal)
            || z.Equals("local", StringComparison.OrdinalIgnoreCase) && Is(i + 1, "time"));

        /// <summary>"at midnight", "by noon", "until dawn" (optionally "on Friday" after): a time of the day last named, else the anchor day.</summary>
        private bool TryDaypartAlone(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "daypart";
            if (!(Is(i, "midnight") || Is(i, "noon") || Is(i, "dawn") || Is(i, "midday")) || !In(i - 1)
                || !(Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "after") || Is(i - 1, "before") || Is(i - 1, "around") || Is(i - 1, "till")))
                return false;
            string part = DayPart(i) ?? "MI";
            DateOnly? day = _lastDay ?? _anchor;
            int j = i + 1;
            if (Is(j, "on") && In(j + 1) && IsWeekday(j + 1, out _, out bool ab) && !ab)
            {
                var saved = _pending;
                if (TryWeekday(j + 1, j + 1, "", out _, out var v2, out _)) day = v2.Date;
                _pending = saved;
            }
            stop = j;
            value = day is { } d ? Day(d) : NoAnchor(i, stop);
            _pending = new Timex(Timex3Type.Time, day is { } dd ? dd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (part[0] == 'T' ? part : "T" + part) : null);
            return true;
        }

        /// <summary>
        /// "the previous day", "the day before", "the next day", "the following week", "the year before": one unit
        /// from the last day named in the sentence (the story's reference time), else from the anchor for "previous"/"before".
        /// "the next day" with no day named before it cannot be placed: unresolved with the reason.
        /// </summary>
        private bool TryAnaphoric(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "anaphoric";
            if (!Is(i, "the")) return false;
            int delta; char u; int end;
            if ((Is(i + 1, "previous") || Is(i + 1, "preceding") || Is(i + 1, "next") || Is(i + 1, "following")) && IsUnit(i + 2, out u) && !IsPlural(Word(i + 2)))
            { delta = Is(i + 1, "previous") || Is(i + 1, "preceding") ? -1 : 1; end = i + 3; }
            else if (IsUnit(i + 1, out u) && !IsPlural(Word(i + 1)) && (Is(i + 2, "before") || Is(i + 2, "after")) && !(In(i + 3) && _doc.Token(i + 3).Upos is Documents.Upos.DET or Documents.Upos.PROPN or Documents.Upos.NUM or Documents.Upos.PRON))
            { delta = Is(i + 2, "before") ? -1 : 1; end = i + 3; }
            else return false;
            if (u is not ('d' or 'w' or 'm' or 'y')) return false;
            // "the next year's budget", "the following day's paper" are still the day; "the next day or two" too.
            DateOnly? reference = _lastDay ?? (delta < 0 ? _anchor : null);
            stop = end;
            if (reference is not { } r)
            {
                value = TimeValue.Unresolved($"no day named before '{SpanText(i, stop)}' to count from");
                _pending = new Timex(Timex3Type.Date, null);
                return true;
            }
            switch (u)
            {
                case 'd': value = SafeDay(r, delta); break;
                case 'w': value = SafeDay(r, 7 * delta); break;
                case 'm': value = SafeMonth(r, delta); break;
                default: value = Year(r.Year + delta); break;
            }
            _pending = value.Date is { } d && u == 'w' ? new Timex(Timex3Type.Date, IsoWeek(d)) : null;
            return true;
        }

        /// <summary>
        /// A fixed-date holiday ("Christmas", "New Year's Day", "Bastille Day") with an optional year after it ("Christmas
        /// 2012") or the year inferred like a month and day without one. Names must be capitalised.
        /// </summary>
        private bool TryHoliday(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "holiday";
            if (!Capitalised(i) || !_w.StartsHoliday(Word(i))) return false;
            int best = -1, mmdd = 0;
            var sb = new System.Text.StringBuilder();
            for (int j = i; j < i + 4 && In(j); j++)
            {
                var r = Raw(j);
                bool clitic = r.Equals("'s", StringComparison.OrdinalIgnoreCase) || r.Equals("’s", StringComparison.OrdinalIgnoreCase);
                if (j > i && !clitic) sb.Append(' ');
                if (clitic) sb.Append("'s"); else sb.Append(r);
                if (_w.Holidays.TryGetValue(sb.ToString(), out int v)) { best = j + 1; mmdd = v; }
            }
            if (best < 0) return false;
            stop = best;
            if (Is(stop, "eve") && mmdd == 1225 && best == i + 1) return false;
            int k = SkipComma(stop);
            if (IsYear(k, out int y)) { stop = k + 1; value = MakeDay(y, mmdd / 100, mmdd % 100, i, stop); return true; }
            value = InferYear(mmdd / 100, mmdd % 100, i, stop);
            return true;
        }

        // ---- years, decades, centuries ----------------------------------------------------------------

        /// <summary>"2009-2010" or "1957-58" as one token: the first year (TempEval marks each year; one token holds one mention).</summary>
        private bool TryYearRange(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "year-range";
            var s = Raw(i);
            if (s.Length is not (9 or 7) || s[4] is not ('-' or '–') || !TryDigits(s[..4], out int y1) || !TryDigits(s[5..], out int y2)) return false;
            if (s.Length == 7) y2 += y1 / 100 * 100; // "1957-58"
            if (y1 < 1900 || y1 > 2099 || y2 <= y1 || y2 - y1 > 20) return false;
            stop = i + 1;
            value = Year(y1);
            _pending = new Timex(Timex3Type.Date, Inv($"{y1}"));
            return true;
        }

        /// <summary>"the 20th century", "the twentieth century", "this century", "the last century": the first two digits.</summary>
        private bool TryCentury(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = TimeValue.Unresolved("a century is coarser than a year"); rule = "century";
            int j = Is(i, "the") ? i + 1 : i;
            int c = 0;
            if (In(j) && Raw(j) is var r && r.Length >= 3 && r.Length <= 4 && char.IsAsciiDigit(r[0]) && TryDigits(r[..^2], out int n) && IsOrdinalSuffix(r[^2..])) c = n;
            else if (Is(j, "nineteenth")) c = 19;
            else if (Is(j, "twentieth")) c = 20;
            else if (Is(j, "twenty-first")) c = 21;
            else if (Is(j, "eighteenth")) c = 18;
            else if ((Is(j, "this") || Is(j, "last") || Is(j, "next") || Is(j, "past")) && Is(j + 1, "century") && _anchor is { } a)
            {
                int cur = a.Year / 100 + 1;
                c = Is(j, "this") ? cur : Is(j, "next") ? cur + 1 : cur - 1;
                if (Is(j, "past") && j > i) return false; // "the past century" is a length
            }
            if (c is < 1 or > 99 || !Is(j + 1, "century")) return false;
            stop = j + 2;
            _pending = new Timex(Timex3Type.Date, Inv($"{c - 1:D2}"));
            return true;
        }

        /// <summary>"this fiscal year", "last fiscal year", "fiscal 2013": the year (fiscal years are not told apart from calendar ones).</summary>
        private bool TryFiscal(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "fiscal-year";
            if ((Is(i, "this") || Is(i, "last") || Is(i, "next") || Is(i, "current")) && Is(i + 1, "fiscal") && Is(i + 2, "year"))
            {
                stop = i + 3;
                value = Relative(Is(i, "last") ? -1 : Is(i, "next") ? 1 : 0, 'y', i, stop);
                return true;
            }
            if (Is(i, "fiscal") && IsYear(i + 1, out int y)) { stop = i + 2; value = Year(y); return true; }
            return false;
        }

        /// <summary>
        /// Two-digit years: "the 80s", "the '70s" (decades), "since '82" (a year), and "58" right after a year and
        /// "and"/"to"/"-" ("1957 and 58"), in that year's century.
        /// </summary>
        private bool TryShortYear(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "short-year";
            var s = Raw(i);
            if (s.Length == 3 && s[2] is 's' && TryDigits(s[..2], out int dd) && dd % 10 == 0 && In(i - 1)
                && (Is(i - 1, "the") || Is(i - 1, "and") || Is(i - 1, "early") || Is(i - 1, "late") || Is(i - 1, "mid") || Is(i - 1, "of") || Is(i - 1, "in")))
            {
                stop = i + 1; rule = "decade"; value = Year(1900 + dd);
                _pending = new Timex(Timex3Type.Date, Inv($"19{dd / 10}"));
                return true;
            }
            if (s.Length == 3 && s[0] is '\'' or '’' && TryDigits(s[1..], out int yy))
            {
                int y = yy > 30 ? 1900 + yy : 2000 + yy;
                stop = i + 1; value = Year(y); rule = "short-year";
                _pending = new Timex(Timex3Type.Date, Inv($"{y}"));
                return true;
            }
            if ((s.SequenceEqual("'") || s.SequenceEqual("’")) && In(i + 1) && Raw(i + 1).Length == 2 && TryDigits(Raw(i + 1), out yy) && Adjacent(i, i + 1)
                && In(i - 1) && (_doc.Token(i - 1).Upos is Documents.Upos.ADP or Documents.Upos.SCONJ || Is(i - 1, "in") || Is(i - 1, "since") || Is(i - 1, "of")))
            {
                int y = yy > 30 ? 1900 + yy : 2000 + yy;
                stop = i + 2; value = Year(y);
                _pending = new Timex(Timex3Type.Date, Inv($"{y}"));
                return true;
            }
            if (s.Length == 2 && TryDigits(s, out yy) && _lastYear > 0 && In(i - 1) && _lastMentionEnd == i - 1
                && (Is(i - 1, "and") || Is(i - 1, "to") || IsRaw(i - 1, "-") || IsRaw(i - 1, "–")) && !IsUnit(i + 1, out _) && !IsRaw(i + 1, "%"))
            {
                int y = _lastYear / 100 * 100 + yy;
                if (y <= _lastYear) return false;
                stop = i + 1; value = Year(y);
                _pending = new Timex(Timex3Type.Date, Inv($"{y}"));
                return true;
            }
            return false;
        }

        // ---- quarters, halves and seasons ---------------------------------------------------------------

        private readonly int Ordinal(int i) =>
            Is(i, "first") || Is(i, "1st") ? 1 : Is(i, "second") || Is(i, "2nd") ? 2 : Is(i, "third") || Is(i, "3rd") ? 3
            : Is(i, "fourth") || Is(i, "4th") ? 4 : 0;

        /// <summary>
        /// "the first quarter of 2009", "the fourth quarter", "the third quarter of this year", "third-quarter", "Q1 2013",
        /// "last quarter", "this quarter", "the second half of 2012". Without a year the quarter is the latest such one in
        /// a past clause (not after the anchor's quarter), the next in a forward-looking one.
        /// </summary>
        private bool TryQuarter(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "quarter";
            int j = Is(i, "the") ? i + 1 : i;
            int q = 0; char kind = 'Q';
            int k;
            var w = In(j) ? Word(j) : default;
            if (In(j) && w.Length == 2 && (w[0] is 'Q' or 'H') && w[1] is >= '1' and <= '4' && (w[0] == 'Q' || w[1] <= '2')) { q = w[1] - '0'; kind = w[0]; k = j + 1; }
            else if (In(j) && w.EndsWith("-quarter", StringComparison.OrdinalIgnoreCase) && OrdinalWord(w[..^8]) is int oq && oq > 0) { q = oq; k = j + 1; }
            else if (Ordinal(j) is int o && o > 0 && (Is(j + 1, "quarter") || (Is(j + 1, "half") && o <= 2)))
            { q = o; kind = Is(j + 1, "half") ? 'H' : 'Q'; k = j + 2; }
            else if ((Is(j, "final") || Is(j, "last") || Is(j, "this") || Is(j, "next") || Is(j, "current") || Is(j, "previous")) && Is(j + 1, "quarter"))
            {
                if (_anchor is not { } a0) return false;
                int cur = (a0.Month - 1) / 3 + 1;
                int delta = Is(j, "final") ? 99 : Is(j, "this") || Is(j, "current") ? 0 : Is(j, "next") ? 1 : -1;
                int y0 = a0.Year;
                if (delta == 99) { q = 4; if (FutureClause(i, j + 2)) { } else if (cur < 4) y0--; }
                else { q = cur + delta; if (q == 0) { q = 4; y0--; } else if (q == 5) { q = 1; y0++; } }
                stop = j + 2;
                if (Is(stop, "of") && YearAfter(stop + 1, out int yx, out int sx)) { y0 = yx; stop = sx; }
                value = Year(y0);
                _pending = new Timex(Timex3Type.Date, Inv($"{y0}-Q{q}"));
                return true;
            }
            else return false;
            if (q == 0) return false;
            int year;
            if (Is(k, "of") && YearAfter(k + 1, out int y, out int s2)) { year = y; stop = s2; }
            else if (YearAfter(k, out y, out s2) && !Is(k, "this") && !Is(k, "last") && !Is(k, "next")) { year = y; stop = s2; }
            else
            {
                // "the third quarter" alone: needs "the" or the Qn/-quarter form, so "first quarter" in a list reads too.
                if (j == i && kind == 'Q' && !w.EndsWith("-quarter", StringComparison.OrdinalIgnoreCase) && !(w.Length == 2 && w[0] == 'Q')) return false;
                if (_anchor is not { } a) { stop = k; value = NoAnchor(i, stop); _pending = new Timex(Timex3Type.Date, null); return true; }
                int cur = kind == 'Q' ? (a.Month - 1) / 3 + 1 : (a.Month - 1) / 6 + 1;
                bool future = FutureClause(i, k);
                year = future ? (q >= cur ? a.Year : a.Year + 1) : (q <= cur ? a.Year : a.Year - 1);
                stop = k;
            }
            value = Year(year);
            _pending = new Timex(Timex3Type.Date, Inv($"{year}-{kind}{q}"));
            return true;
        }

        private readonly int OrdinalWord(ReadOnlySpan<char> w) =>
            w.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : w.Equals("second", StringComparison.OrdinalIgnoreCase) ? 2
            : w.Equals("third", StringComparison.OrdinalIgnoreCase) ? 3 : w.Equals("fourth", StringComparison.OrdinalIgnoreCase) ? 4 : 0;

        /// <summary>A year after "of"/directly: "2009", "this year", "last year", "next year", "fiscal 2009". Returns the token after it.</summary>
        private readonly bool YearAfter(int i, out int year, out int next)
        {
            year = 0; next = i;
            if (Is(i, "fiscal") && IsYear(i + 1, out year)) { next = i + 2; return true; }
            if (IsYear(i, out year)) { next = i + 1; return true; }
            if (_anchor is { } a && (Is(i, "this") || Is(i, "last") || Is(i, "next") || Is(i, "the")) && Is(i + 1, "year"))
            {
                year = Is(i, "last") ? a.Year - 1 : Is(i, "next") ? a.Year + 1 : a.Year;
                next = i + 2;
                return true;
            }
            return false;
        }

        private readonly string? SeasonCode(int i)
        {
            if (!In(i)) return null;
            var w = Word(i);
            if (w.Equals("spring", StringComparison.OrdinalIgnoreCase)) return "SP";
            if (w.Equals("summer", StringComparison.OrdinalIgnoreCase)) return "SU";
            if (w.Equals("autumn", StringComparison.OrdinalIgnoreCase) || w.Equals("fall", StringComparison.OrdinalIgnoreCase)) return "FA";
            if (w.Equals("winter", StringComparison.OrdinalIgnoreCase)) return "WI";
            return null;
        }

        private static int SeasonIndex(string code) => code switch { "SP" => 0, "SU" => 1, "FA" => 2, _ => 3 };
        /// <summary>Season of a date: spring = March–May, summer = June–August, autumn = September–November, winter = December–February.</summary>
        private static int SeasonOf(DateOnly d) => d.Month switch { 3 or 4 or 5 => 0, 6 or 7 or 8 => 1, 9 or 10 or 11 => 2, _ => 3 };

        /// <summary>"last summer", "this spring", "next winter", "summer 2012", "the spring of 2012", "in the autumn", "early spring".</summary>
        private bool TrySeason(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "season";
            int j = i;
            string modifier = "";
            string? mod = null;
            if (Is(j, "early") || Is(j, "late") || Is(j, "mid")) { mod = Is(j, "early") ? "START" : Is(j, "late") ? "END" : "MID"; j++; }
            if (Is(j, "last") || Is(j, "this") || Is(j, "next") || Is(j, "past")) { modifier = Word(j).ToString().ToLowerInvariant(); j++; }
            bool the = false;
            if (modifier.Length == 0 && Is(j, "the")) { the = true; j++; }
            if (SeasonCode(j) is not { } code) return false;
            int k = j + 1;
            int year;
            if (Is(k, "of") && YearAfter(k + 1, out int y, out int s2) || (!the && YearAfter(k, out y, out s2) && IsYear(k, out _)))
            { year = y; stop = s2; }
            else
            {
                // A bare season needs a modifier or a preposition that takes times: "fall" is mostly a verb, "spring" a noun.
                bool cue = modifier.Length > 0 || mod is not null || In(i - 1) && (Is(i - 1, "in") || Is(i - 1, "during") || Is(i - 1, "since")
                    || Is(i - 1, "until") || Is(i - 1, "by") || Is(i - 1, "through") || Is(i - 1, "over") || Is(i - 1, "before") || Is(i - 1, "after")
                    || Is(i - 1, "this") || Is(i - 1, "last") || Is(i - 1, "next"));
                if (!cue || (code == "FA" && modifier.Length == 0 && !the)) return false;
                if (In(k) && _doc.Token(k).Upos is Documents.Upos.NOUN && !Is(k, "season")) return false; // "spring break", "summer camp"
                stop = k;
                if (_anchor is not { } a) { value = NoAnchor(i, stop); _pending = new Timex(Timex3Type.Date, null, mod); return true; }
                int cur = SeasonOf(a), s = SeasonIndex(code);
                // Winter of December belongs to that year; January and February are in the winter begun the year before.
                int curYear = cur == 3 && a.Month <= 2 ? a.Year - 1 : a.Year;
                year = modifier switch
                {
                    "last" or "past" => s < cur ? curYear : curYear - 1,
                    "next" => s > cur ? curYear : curYear + 1,
                    "this" => curYear,
                    _ => FutureClause(i, stop) ? (s >= cur ? curYear : curYear + 1) : (s <= cur ? curYear : curYear - 1),
                };
            }
            value = Year(year);
            _pending = new Timex(Timex3Type.Date, Inv($"{year}-{code}"), mod);
            return true;
        }

        // ---- boundaries and parts of periods ------------------------------------------------------------

        /// <summary>
        /// "the end of last year", "the beginning of the year", "the start of this month", "the middle of March": the
        /// period's value with mod END/START/MID. "early this year", "late last year", "later this week", "earlier today".
        /// </summary>
        private bool TryBoundary(int i, out int stop, out TimeValue value, out string rule)
        {
            stop = i; value = default; rule = "";
            string? mod = null;
            int j;
            if (Is(i, "the") && (Is(i + 1, "end") || Is(i + 1, "beginning") || Is(i + 1, "start") || Is(i + 1, "middle") || Is(i + 1, "close")) && Is(i + 2, "of"))
            {
                mod = Is(i + 1, "end") || Is(i + 1, "close") ? "END" : Is(i + 1, "middle") ? "MID" : "START";
                j = i + 3;
            }
            else if (Is(i, "early") || Is(i, "late") || Is(i, "earlier") || Is(i, "later") || Is(i, "mid"))
            {
                mod = Is(i, "early") ? "START" : Is(i, "late") ? "END" : Is(i, "mid") ? "MID" : null;
                j = i + 1;
                // Only before this/last/next + period or today/tonight; "early March" and "late 2024" are TryRelativeWord's.
                if (!(Is(j, "this") || Is(j, "last") || Is(j, "next") || Is(j, "today") || Is(j, "tonight") || Is(j, "in"))) return false;
                if (Is(j, "in") && !Is(j + 1, "the")) return false;
                if (Is(j, "in")) j++;
            }
            else return false;
            // The period: "the year/month/week/day" (the anchor's), or any other expression.
            if ((Is(j, "the") || Is(j, "this")) && Is(j + 1, "decade") && !Is(j + 2, "of") && _anchor is { } ad)
            {
                stop = j + 2; rule = "boundary-decade"; value = Year(ad.Year / 10 * 10);
                _pending = new Timex(Timex3Type.Date, Inv($"{ad.Year / 10}"), mod);
                return true;
            }
            if (Is(j, "the") && (Is(j + 1, "year") || Is(j + 1, "month") || Is(j + 1, "week") || Is(j + 1, "day")) && !Is(j + 2, "of"))
            {
                if (_anchor is not { } a) return false;
                stop = j + 2;
                char u = Is(j + 1, "year") ? 'y' : Is(j + 1, "month") ? 'm' : Is(j + 1, "week") ? 'w' : 'd';
                rule = "boundary-" + UnitName(u);
                value = u == 'd' ? Day(a) : Relative(0, u, i, stop);
                var tx = Derive(i, stop, value, u == 'w' ? "this-week" : rule);
                _pending = tx with { Mod = mod };
                return true;
            }
            _pending = null;
            if (TryMatch(j, out int s2, out var v2, out var r2) && s2 > j)
            {
                var inner = _pending ?? Derive(j, s2, v2, r2);
                if (inner.Type is not (Timex3Type.Date or Timex3Type.Time)) { _pending = null; return false; }
                stop = s2; value = v2; rule = "boundary-" + r2;
                _pending = inner with { Mod = mod ?? inner.Mod };
                return true;
            }
            _pending = null;
            return false;
        }
    }
}
