using System.Collections.Frozen;
using Tidings.Documents;

namespace Tidings.Reading;

/// <summary>A month and day printed in a dateline ("WASHINGTON, March 3 —"), with the year when printed.</summary>
public readonly record struct DatelineDate(int Month, int Day, int? Year)
{
    /// <summary>
    /// The full date: the printed year, else the year that puts the day at or before
    /// <paramref name="reference"/> (plus a week of slack for time zones and embargoes); null when neither is known
    /// or the day does not exist.
    /// </summary>
    public DateOnly? Resolve(DateOnly? reference)
    {
        int year;
        if (Year is int y) year = y;
        else if (reference is DateOnly r)
        {
            year = r.Year;
            if (Day <= DateTime.DaysInMonth(year, Month) && new DateOnly(year, Month, Day) > r.AddDays(7)) year--;
        }
        else return null;
        if (year < 1 || year > 9999 || Day > DateTime.DaysInMonth(year, Month)) return null;
        return new DateOnly(year, Month, Day);
    }
}

/// <summary>
/// Recognises the wire-style dateline that opens an article body: a place in capitals, optionally a
/// region ("KYIV, Ukraine"), a date ("March 3") and the outlet in parentheses, then a dash or a colon:
/// <c>MOSCOW (MNTV) —</c>, <c>WASHINGTON, March 3 (Reuters) -</c>, <c>BEIRUT —</c>, <c>LONDON:</c>.
/// A place in ordinary capitalisation ("Moscow (Reuters) -") is accepted only with an outlet, so that
/// sentences such as "US President Joe Biden said — ..." are never taken for datelines.
/// </summary>
public static class DatelineParser
{
    /// <summary>Longest dateline accepted, in characters, from its first letter to the end of the separator.</summary>
    public const int MaxLength = 120;

    // Capitalised openers that are labels, not places ("UPDATE:", "EDITOR'S NOTE —").
    private static readonly FrozenSet<string> NotPlaces = new[]
    {
        "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "EDITORS NOTE", "BREAKING", "BREAKING NEWS", "WARNING",
        "CORRECTION", "CLARIFICATION", "EXCLUSIVE", "ANALYSIS", "ADVISORY", "WATCH", "LIVE", "OPINION", "COMMENT",
        "FACTBOX", "EXPLAINER", "REFILE", "PHOTOS", "PHOTO", "VIDEO", "BY", "FILE", "CAUTION", "URGENT", "FLASH", "ALERT",
        "NEWS", "Q", "A", "I", "OK", "NO", "YES", "FYI", "PS", "TL;DR", "TLDR", "SUMMARY", "HIGHLIGHTS", "EDITORIAL",
        "WASHINGTON POST", "READ MORE", "SEE ALSO", "RELATED", "ADVERTISEMENT", "SPONSORED", "FEATURE", "INTERVIEW",
        // Organisations that open sentences in capitals; their datelines are spelt out ("UNITED NATIONS (AP) —").
        "NATO", "UN", "EU", "US", "UK", "USA", "IMF", "WHO", "OPEC", "ASEAN", "BRICS", "G7", "G20",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Wire services and broadcasters that open a story with their own name in parentheses ("(CNN) —", "(AP) —"): no place.
    private static readonly FrozenSet<string> OutletsInParentheses = new[]
    {
        "AP", "AFP", "CNN", "BBC", "UPI", "DPA", "EFE", "ANSA", "TASS", "IRNA", "ISNA", "KCNA", "WAFA", "SANA", "MENA", "NHK", "ABC",
        "NBC", "CBS", "NPR", "VOA", "RFE", "RFE/RL", "PTI", "IANS", "ANI", "APP", "UNB", "BSS", "QNA", "KUNA", "SPA", "WAM", "BNA",
        "ONA", "IRIB", "CNA", "APA", "AA", "MTI", "PAP", "CTK", "BTA", "ATS", "TNA", "KNA", "NAN",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] PlaceParticles = ["es", "of", "de", "do", "da", "del", "al", "el", "la"];

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static bool TryParse(string body, out Dateline dateline, out int bodyStart) =>
        TryParse(body, out dateline, out bodyStart, out _);

    /// <summary>
    /// Parses a dateline at the start of <paramref name="body"/> (leading white space allowed).
    /// On success <paramref name="bodyStart"/> is the index of the first character after the separator
    /// and its following white space; <paramref name="date"/> is set when the dateline prints a month and day.
    /// </summary>
    public static bool TryParse(string body, out Dateline dateline, out int bodyStart, out DatelineDate? date) =>
        TryParse(body, out dateline, out bodyStart, out date, titleCasePlace: false);

    /// <summary>
    /// As <see cref="TryParse(string, out Dateline, out int, out DatelineDate?)"/>; with <paramref name="titleCasePlace"/>
    /// a place of at most four words in ordinary capitalisation (a lower-case particle counted: "Port of Spain") is also
    /// accepted with no outlet, when a spaced dash or
    /// hyphen follows it ("Abuja - The Senate on Tuesday ...", "Port of Spain - Police said ...") or a printed date and a
    /// dash or colon do ("Kathmandu, March 9: Police ..."), as the regional press prints its datelines. Such a place is
    /// unchecked here: the caller must find it in the gazetteer (a sentence may open with "Kenya - Uganda ties ...").
    /// </summary>
    public static bool TryParse(string body, out Dateline dateline, out int bodyStart, out DatelineDate? date, bool titleCasePlace)
    {
        dateline = null!;
        bodyStart = 0;
        date = null;
        if (string.IsNullOrEmpty(body)) return false;
        var s = body.AsSpan();
        int p = 0;
        while (p < s.Length && char.IsWhiteSpace(s[p])) p++;
        // "(NEW YORK) — Police said": some outlets print the place in parentheses, with no outlet after it.
        bool placeInParentheses = p < s.Length && s[p] == '(';
        if (placeInParentheses) p++;
        int start = p;
        int limit = Math.Min(s.Length, start + MaxLength + 4);
        int nl = s[start..limit].IndexOf('\n');
        if (nl >= 0) limit = start + nl; // a dateline never spans lines

        // 1. Place: 1–5 words, all capitals (or ordinary capitalisation, checked against the outlet later).
        if (!ReadCapitalWords(s, ref p, limit, maxWords: 5, out bool placeAllCaps, out int placeEnd)) return false;
        // "Dar es Salaam", "Port of Spain", "Rio de Janeiro": a title-case place name may hold one lower-case particle.
        if (titleCasePlace && !placeAllCaps)
            foreach (var particle in PlaceParticles)
            {
                int q = p + 1 + particle.Length + 1;
                if (q < limit && s[p] == ' ' && s[(p + 1)..].StartsWith(particle, StringComparison.Ordinal) && s[q - 1] == ' ' && char.IsUpper(s[q])
                    && ReadCapitalWords(s, ref q, limit, maxWords: 2, out bool tailCaps, out int tailEnd) && !tailCaps)
                {
                    p = q; placeEnd = tailEnd;
                    break;
                }
            }
        var place = s[start..placeEnd].ToString();
        if (placeAllCaps && (NotPlaces.Contains(place) || CountLetters(place) < 2)) return false;
        if (!placeAllCaps && DateText.MonthNumber(place) != 0) return false;
        string? region = null;
        string? outlet = null;

        // 2. ", Region" or ", March 3[, 2025]" / " March 3" / ", Tuesday".
        for (int part = 0; part < 2; part++)
        {
            int q = p;
            bool comma = q < limit && s[q] == ',';
            if (comma) q++;
            if (q >= limit || s[q] != ' ') break;
            q++;
            if (TryReadDate(s, ref q, limit, out var d))
            {
                if (d is not null)
                {
                    if (date is not null) return false;
                    date = d;
                }
                p = q;
                continue;
            }
            if (!comma || region is not null || date is not null) break;
            int rs = q;
            if (!ReadCapitalWords(s, ref q, limit, maxWords: 3, out _, out int re)) break;
            var word = s[rs..re];
            if (DateText.MonthNumber(word) != 0 || IsWeekday(word)) break;
            region = s[rs..re].ToString();
            p = q;
        }

        // The parenthesised place closes before the separator and is always in capitals ("(Reuters) -" is no place).
        if (placeInParentheses)
        {
            if (!placeAllCaps || p >= limit || s[p] != ')' || OutletsInParentheses.Contains(place)) return false;
            p++;
        }
        // 3. " (Outlet)".
        else
        {
            int q = p;
            if (q + 1 < limit && s[q] == ' ' && s[q + 1] == '(') q++;
            if (q < limit && s[q] == '(')
            {
                int close = s[(q + 1)..limit].IndexOf(')');
                if (close <= 0 || close > 50) return false;
                var inner = s.Slice(q + 1, close).Trim();
                if (inner.IsEmpty || !(char.IsUpper(inner[0]) || char.IsDigit(inner[0])) || inner.IndexOfAny('(', '!', '?') >= 0 || inner.Count(' ') > 4)
                    return false;
                outlet = inner.ToString();
                p = q + 1 + close + 1;
            }
        }
        // A title-case place with no outlet: short, and only before the separators checked below. A second title-case
        // name after a comma is taken for a region only with a printed date: "Kenya, Uganda - ..." lists two countries.
        bool titleCaseOnly = !placeAllCaps && outlet is null;
        if (titleCaseOnly && (!titleCasePlace || placeInParentheses || place.Count(' ') > 3 || region is not null && date is null))
            return false;

        // 4. Separator: an em or en dash (spaces optional), " -" / " --" with spaces, or a colon right after the words.
        int sep = p;
        if (sep < limit && s[sep] == ':' )
        {
            if (outlet is not null || (!placeAllCaps && !(titleCaseOnly && date is not null))) return false;
            sep++;
            if (sep >= s.Length || s[sep] != ' ' && s[sep] != '\n') return false;
        }
        else
        {
            bool spaced = false;
            while (sep < limit && s[sep] == ' ') { sep++; spaced = true; }
            if (sep >= limit) return false;
            // A title-case place needs the dash spaced on both sides ("Abuja - The", not "Abuja—based").
            if (titleCaseOnly && !spaced) return false;
            if (s[sep] is '—' or '–' or '―') sep++;
            else if (s[sep] == '-' && spaced)
            {
                sep++;
                if (sep < s.Length && s[sep] == '-') sep++;
                if (sep >= s.Length || s[sep] != ' ') return false;
            }
            else return false;
        }
        if (sep - start > MaxLength) return false;
        int b = sep;
        while (b < s.Length && char.IsWhiteSpace(s[b])) b++;
        if (b >= s.Length) return false;
        // Body text after a dateline opens a sentence: a lowercase start means the dash was mid-sentence.
        if (char.IsLower(s[b])) return false;

        dateline = new Dateline(region is null ? place : place + ", " + region, outlet);
        bodyStart = b;
        return true;
    }

    /// <summary>
    /// Reads words separated by single spaces, each starting with an upper-case letter and made of
    /// letters, dots, hyphens and apostrophes. <paramref name="allCaps"/> tells whether every letter is a capital.
    /// Stops before a word that does not qualify; fails when no word was read.
    /// </summary>
    private static bool ReadCapitalWords(ReadOnlySpan<char> s, ref int p, int limit, int maxWords, out bool allCaps, out int end)
    {
        allCaps = true;
        end = p;
        int words = 0;
        int q = p;
        while (q < limit && words < maxWords)
        {
            int ws = q;
            if (!char.IsUpper(s[q])) break;
            int w = q;
            bool wordCaps = true;
            while (w < limit && (char.IsLetter(s[w]) || s[w] is '.' or '-' or '\'' or '’'))
            {
                if (char.IsLower(s[w])) wordCaps = false;
                w++;
            }
            // "U.S." is fine, but a word ending in "." followed by more words is a sentence end.
            var word = s[ws..w];
            if (words > 0 && wordCaps != allCaps) break; // "US President": the place is the capitals only
            if (!wordCaps && word.Length > 1 && word[1..].ContainsAnyExcept(LowerTail)) break; // "McDonald" is not a place word
            if (IsWeekday(word) || (words > 0 && DateText.MonthNumber(word) != 0)) break;
            allCaps = words == 0 ? wordCaps : allCaps;
            words++;
            end = w;
            q = w;
            if (q + 1 < limit && s[q] == ' ' && char.IsUpper(s[q + 1])) q++;
            else break;
        }
        if (words == 0) return false;
        p = end;
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> LowerTail =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzàáâãäåæçèééêëìíîïðñòóôõöøùúûüýþÿšžčćđğışł.-'’");

    /// <summary>Reads "March 3", "Nov. 2, 2024" or a weekday (which gives no date: <paramref name="date"/> null).</summary>
    private static bool TryReadDate(ReadOnlySpan<char> s, ref int p, int limit, out DatelineDate? date)
    {
        date = null;
        int q = p;
        int ws = q;
        while (q < limit && (char.IsLetter(s[q]) || s[q] == '.')) q++;
        var word = s[ws..q];
        if (!word.IsEmpty && IsWeekday(word.TrimEnd('.')))
        {
            p = q; // "PARIS, Tuesday —": a weekday tells no date by itself
            return true;
        }
        int month = DateText.MonthNumber(word);
        if (month == 0 || q >= limit || s[q] != ' ') return false;
        q++;
        int ds = q;
        while (q < limit && char.IsAsciiDigit(s[q]) && q - ds < 2) q++;
        if (q == ds) return false;
        int day = int.Parse(s[ds..q]);
        if (day < 1 || day > 31) return false;
        if (q + 1 < limit && (s[q..].StartsWith("st") || s[q..].StartsWith("nd") || s[q..].StartsWith("rd") || s[q..].StartsWith("th"))) q += 2;
        int? year = null;
        int y = q;
        if (y < limit && s[y] == ',') y++;
        if (y < limit && s[y] == ' ')
        {
            y++;
            int ys = y;
            while (y < limit && char.IsAsciiDigit(s[y])) y++;
            if (y - ys == 4) { year = int.Parse(s[ys..y]); q = y; }
        }
        date = new DatelineDate(month, day, year);
        p = q;
        return true;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word)
    {
        foreach (var d in Weekdays)
            if (word.Equals(d, StringComparison.OrdinalIgnoreCase) || (word.Length == 3 && d.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    private static int CountLetters(string s)
    {
        int n = 0;
        foreach (char c in s) if (char.IsLetter(c)) n++;
        return n;
    }
}
