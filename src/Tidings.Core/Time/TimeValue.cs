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

/// <summary>A time expression in the text and what it resolves to.</summary>
public sealed record TimeMention(TokenRange Tokens, TimeValue Value, string Rule);
