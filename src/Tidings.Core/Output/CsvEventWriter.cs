using System.Globalization;
using CsvHelper;

namespace Tidings.Output;

/// <summary>
/// <c>csv</c>: RFC 4180 (comma, CRLF records, fields with quote/comma/CR/LF doubled-quoted), with a header
/// of the JSON field names flattened with dots (<c>source.code</c>, <c>evidence.sentence_text</c>).
/// Fields holding a tab or leading/trailing space are quoted too, so spreadsheet import keeps them.
/// Null is an empty field; booleans are <c>true</c>/<c>false</c>; numbers use the invariant culture.
/// One row per event; the evidence columns are the primary mention's and <c>num_mentions</c> counts them all
/// (the mentions themselves are in the json/jsonl <c>mentions</c> array).
/// </summary>
internal sealed class CsvEventWriter : IEventWriter
{
    /// <summary>The header, in column order.</summary>
    public static readonly string[] Columns =
    [
        "article", "sentence",
        "source.code", "source.name", "source.text", "source.country",
        "target.code", "target.name", "target.text", "target.country",
        "cameo", "cameo_name", "quad_class", "goldstein",
        "plover.type", "plover.mode", "plover.context",
        "date", "date_precision", "date_source",
        "place.name", "place.country", "place.lat", "place.lon",
        "attribution.code", "attribution.name", "attribution.text", "attribution.country",
        "negated", "background", "modality",
        "evidence.trigger", "evidence.rule", "evidence.sentence_text", "evidence.trigger_start", "evidence.trigger_end", "evidence.section",
        "published", "url", "num_mentions",
    ];

    private readonly CsvWriter _csv;
    private readonly TextWriter _out;
    private bool _headerWritten;
    private bool _completed;

    public CsvEventWriter(TextWriter output)
    {
        _out = output ?? throw new ArgumentNullException(nameof(output));
        var options = new CsvWriterOptions
        {
            Separator = ',',
            NewLine = "\r\n",
            HasHeader = false, // written by hand: the columns are not a CLR type's properties
            FormatProvider = CultureInfo.InvariantCulture,
            Injection = CsvInjection.None, // values are data for analysis tools, kept byte for byte
            ShouldQuote = static (field, _, _, _) => field.Length > 0
                && (field.IndexOfAny("\",\r\n\t") >= 0 || field[0] == ' ' || field[^1] == ' '),
        };
        _csv = CsvWriter.Create(output, options, true);
    }

    public void Write(CodedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ObjectDisposedException.ThrowIf(_completed, this);
        WriteHeader();
        Field(e.Article);
        Field(I(e.Sentence));
        Actor(e.Source);
        Actor(e.Target);
        Field(e.Cameo);
        Field(e.CameoName);
        Field(I(e.QuadClass));
        Field(D(e.Goldstein));
        Field(e.Plover.Type);
        Field(e.Plover.Mode);
        Field(e.Plover.Context);
        Field(e.Date);
        Field(e.DatePrecision);
        Field(e.DateSource);
        Field(e.Place?.Name);
        Field(e.Place?.Country);
        Field(D(e.Place?.Lat));
        Field(D(e.Place?.Lon));
        Actor(e.Attribution);
        Field(B(e.Negated));
        Field(B(e.Background));
        Field(e.Modality);
        Field(e.Evidence.Trigger);
        Field(e.Evidence.Rule);
        Field(e.Evidence.SentenceText);
        Field(I(e.Evidence.TriggerStart));
        Field(I(e.Evidence.TriggerEnd));
        Field(e.Evidence.Section);
        Field(e.Published);
        Field(e.Url);
        Field(I(e.Mentions.Count));
        _csv.EndRecord();
    }

    private void Field(string? s) => _csv.WriteField(s ?? "");

    private void Actor(ActorRef? a)
    {
        Field(a?.Code);
        Field(a?.Name);
        Field(a?.Text);
        Field(a?.Country);
    }

    private void WriteHeader()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        foreach (var col in Columns) Field(col);
        _csv.EndRecord();
    }

    internal static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
    internal static string B(bool v) => v ? "true" : "false";
    /// <summary>Shortest round-trip form ("2.8", "-10"); null and non-finite values are empty.</summary>
    internal static string? D(double? v) => v is { } d && double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : null;

    public void Complete()
    {
        if (_completed) return;
        WriteHeader(); // an empty result is still a valid CSV file with its header
        _completed = true;
        _csv.Flush();
        _out.Flush();
    }

    public void Dispose()
    {
        Complete();
        _csv.Dispose();
    }
}
