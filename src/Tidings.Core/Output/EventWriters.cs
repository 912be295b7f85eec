namespace Tidings.Output;

/// <summary>Settings a caller may inject into the writers.</summary>
public sealed record EventWriterOptions
{
    /// <summary>GDELT's DATEADDED for every row (the run's time, from the caller's clock); null uses the publication day.</summary>
    public DateTimeOffset? DateAdded { get; init; }
}

/// <summary>Creates the event writer for an output format name (case-insensitive).</summary>
public static class EventWriters
{
    /// <summary>jsonl (one object per line), json (one array), csv (RFC 4180, dotted header), gdelt (GDELT 2.0
    /// Event table, 61 tab-separated columns, no header), gdelt-header (the same with a header line).</summary>
    public static IReadOnlyList<string> Formats { get; } = ["jsonl", "json", "csv", "gdelt", "gdelt-header"];

    public static IEventWriter Create(string format, TextWriter output) => Create(format, output, null);

    public static IEventWriter Create(string format, TextWriter output, EventWriterOptions? options)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        return format.Trim().ToLowerInvariant() switch
        {
            "jsonl" or "ndjson" => new JsonEventWriter(output, array: false),
            "json" => new JsonEventWriter(output, array: true),
            "csv" => new CsvEventWriter(output),
            "gdelt" => new GdeltEventWriter(output, header: false, options?.DateAdded),
            "gdelt-header" => new GdeltEventWriter(output, header: true, options?.DateAdded),
            _ => throw new ArgumentException(
                $"unknown event output format '{format}'; known formats: {string.Join(", ", Formats)}", nameof(format)),
        };
    }

    /// <summary>The GDELT 2.0 Event table's 61 column names, in order.</summary>
    public static IReadOnlyList<string> GdeltColumns => GdeltEventWriter.Columns;

    /// <summary>The CSV header's column names, in order.</summary>
    public static IReadOnlyList<string> CsvColumns => CsvEventWriter.Columns;
}
