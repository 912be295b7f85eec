using Tidings.Documents;

namespace Tidings.Time;

public enum DatePrecision : byte { Unknown, Year, Month, Day }

/// <summary>
/// A resolved (or explicitly unresolved) calendar value. <see cref="Date"/> is the first day of the
/// period at <see cref="Precision"/> (2024-12-01 for "last December"), null when unresolved.
/// </summary>
public readonly record struct TimeValue(DateOnly? Date, DatePrecision Precision, string? Reason = null)
{
    public static TimeValue Unresolved(string reason) => new(null, DatePrecision.Unknown, reason);

    /// <summary>ISO 8601 at the value's precision: "2025-07-29", "2024-12", "2019"; null when unresolved.</summary>
    public string? Iso => Date is not { } d ? null : Precision switch
    {
        DatePrecision.Day => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Year => d.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    public static string PrecisionName(DatePrecision p) => p switch
    {
        DatePrecision.Day => "day", DatePrecision.Month => "month", DatePrecision.Year => "year", _ => "unknown",
    };
}

/// <summary>
/// A time expression in the text and what it resolves to. <see cref="Value"/> is the calendar reading the event
/// coder uses (unresolved for durations, sets and vague references); <see cref="Type"/> and <see cref="Timex3Value"/>
/// are the TimeML TIMEX3 normalisation ("2013-W12", "P3Y", "PRESENT_REF", "XXXX-WXX-1"), null when unresolvable.
/// </summary>
public sealed record TimeMention(TokenRange Tokens, TimeValue Value, string Rule)
{
    public Timex3Type Type { get; init; } = Timex3Type.Date;
    public string? Timex3Value { get; init; }
    /// <summary>TIMEX3 mod (START, MID, END, APPROX, LESS_THAN, MORE_THAN), null when none.</summary>
    public string? Mod { get; init; }
}

/// <summary>The four TIMEX3 types of TimeML: a calendar date or period, a time of day, a length of time, a recurrence.</summary>
public enum Timex3Type : byte { Date, Time, Duration, Set }
