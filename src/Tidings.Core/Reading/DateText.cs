using System.Globalization;
using System.Text.RegularExpressions;

namespace Tidings.Reading;

/// <summary>
/// Parses the publication dates found in inputs: ISO 8601 ("2025-03-04", "2025-03-04T10:00:00+03:00"),
/// RFC 1123/822 ("Tue, 04 Mar 2025 10:00:00 GMT", "+0000" zones, "EST"), "March 4, 2025", "4 March 2025",
/// "20250304" and Unix seconds. The date is the calendar day in the timestamp's own offset: the day
/// the publisher printed, not the UTC day.
/// </summary>
public static partial class DateText
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-ddTHH:mmK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm", "yyyyMMdd", "yyyy/MM/dd",
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss",
        "ddd, d MMM yyyy", "d MMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy",
        "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'UTC'",
    ];

    // RFC 822 zone names → offsets; military single letters are too rare to bother with.
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MSK"] = "+03:00",
    };

    [GeneratedRegex(@"\s([+-])(\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"\s([A-Za-z]{1,4})$")]
    private static partial Regex NamedZone();

    [GeneratedRegex(@"(\d)(st|nd|rd|th)\b")]
    private static partial Regex Ordinal();

    // "Mar." → "Mar": a dot after letters is an abbreviation mark, never part of an ISO timestamp.
    [GeneratedRegex(@"(?<=[A-Za-z])\.")]
    private static partial Regex AbbreviationDot();

    [GeneratedRegex(@"\bSept\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sept();

    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 80) return false;
        var s = value.Trim();
        if (s.Length >= 9 && s.Length <= 13 && s.All(char.IsAsciiDigit) && s[0] != '0' && s.Length != 8)
        {
            long n = long.Parse(s, CultureInfo.InvariantCulture);
            if (n > 100_000_000_000) n /= 1000; // milliseconds
            return TryFromUnix(n, out date);
        }
        s = Ordinal().Replace(s, "$1");
        s = CompactOffset().Replace(s, " $1$2:$3");
        var z = NamedZone().Match(s);
        if (z.Success && Zones.TryGetValue(z.Groups[1].Value, out var off)) s = s[..z.Index] + " " + off;
        s = AbbreviationDot().Replace(Sept().Replace(s, "Sep"), "");
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, styles, out var dto)
            || DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, styles, out dto))
        {
            if (dto.Year < 1800 || dto.Year > 2200) return false;
            date = DateOnly.FromDateTime(dto.DateTime); // the wall-clock day in the timestamp's own offset
            return true;
        }
        return false;
    }

    public static bool TryFromUnix(long seconds, out DateOnly date)
    {
        date = default;
        if (seconds < -5_000_000_000 || seconds > 7_000_000_000) return false;
        date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return true;
    }

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Month number 1–12 for an English month name or abbreviation ("Mar", "Sept.", "March"), else 0.</summary>
    public static int MonthNumber(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3) return 0;
        for (int m = 0; m < 12; m++)
        {
            var full = MonthNames[m].AsSpan();
            if (word.Equals(full, StringComparison.OrdinalIgnoreCase)) return m + 1;
            if (word.Length == 3 && full.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return m + 1;
            if (m == 8 && word.Equals("sept", StringComparison.OrdinalIgnoreCase)) return 9;
        }
        return 0;
    }
}
