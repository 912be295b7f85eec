using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tidings.Output;

/// <summary>
/// The JSON shape of a <see cref="CodedEvent"/> (DESIGN.md "The output contract"): snake_case names,
/// nested objects <c>source</c>, <c>target</c>, <c>plover</c>, <c>place</c>, <c>attribution</c>,
/// <c>evidence</c>, and the array <c>mentions</c> (each: <c>sentence</c> and the evidence fields); absent optional objects and values are written as <c>null</c>, never omitted, so every
/// line has the same keys. Written by hand with <see cref="Utf8JsonWriter"/> (no reflection); <see cref="Parse(string)"/>
/// reads it back so that <c>Parse(Serialize(e)) == e</c>.
/// </summary>
public static class CodedEventJson
{
    /// <summary>Readable non-ASCII (names in any script stay as they are); quotes and control characters are still escaped.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    public static void Write(Utf8JsonWriter w, CodedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("article", e.Article);
        w.WriteNumber("sentence", e.Sentence);
        WriteActor(w, "source", e.Source);
        WriteActor(w, "target", e.Target);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("cameo_name", e.CameoName);
        w.WriteNumber("quad_class", e.QuadClass);
        WriteDouble(w, "goldstein", e.Goldstein);
        w.WriteStartObject("plover");
        w.WriteString("type", e.Plover.Type);
        w.WriteString("mode", e.Plover.Mode);
        w.WriteString("context", e.Plover.Context);
        w.WriteEndObject();
        w.WriteString("date", e.Date);
        w.WriteString("date_precision", e.DatePrecision);
        w.WriteString("date_source", e.DateSource);
        if (e.Place is { } p)
        {
            w.WriteStartObject("place");
            w.WriteString("name", p.Name);
            w.WriteString("country", p.Country);
            WriteDouble(w, "lat", p.Lat);
            WriteDouble(w, "lon", p.Lon);
            w.WriteEndObject();
        }
        else w.WriteNull("place");
        WriteActor(w, "attribution", e.Attribution);
        w.WriteBoolean("negated", e.Negated);
        w.WriteBoolean("background", e.Background);
        w.WriteString("modality", e.Modality);
        w.WriteStartObject("evidence");
        WriteEvidenceFields(w, e.Evidence);
        w.WriteEndObject();
        // Every sentence that reports the event, the primary (= evidence) first; never empty.
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("sentence", m.Sentence);
            WriteEvidenceFields(w, m.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("published", e.Published);
        w.WriteString("url", e.Url);
        w.WriteEndObject();
    }

    /// <summary>One event as a single-line JSON object (no trailing newline).</summary>
    public static string Serialize(CodedEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) Write(w, e);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The fields of one piece of evidence, inside an object the caller opened (the event's evidence, each mention).</summary>
    private static void WriteEvidenceFields(Utf8JsonWriter w, Evidence ev)
    {
        w.WriteString("trigger", ev.Trigger);
        w.WriteString("rule", ev.Rule);
        w.WriteString("sentence_text", ev.SentenceText);
        w.WriteNumber("trigger_start", ev.TriggerStart);
        w.WriteNumber("trigger_end", ev.TriggerEnd);
        w.WriteString("section", ev.Section);
    }

    private static void WriteActor(Utf8JsonWriter w, string name, ActorRef? a)
    {
        if (a is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("code", a.Code);
        w.WriteString("name", a.Name);
        w.WriteString("text", a.Text);
        w.WriteString("country", a.Country);
        w.WriteEndObject();
    }

    // JSON has no NaN or infinity; such a value is written as null rather than producing invalid JSON.
    private static void WriteDouble(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } d && double.IsFinite(d)) w.WriteNumber(name, d);
        else w.WriteNull(name);
    }

    /// <summary>Reads one event object as written by <see cref="Write"/>; throws <see cref="FormatException"/> when a required field is missing.</summary>
    public static CodedEvent Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Parse(doc.RootElement);
    }

    public static CodedEvent Parse(JsonElement o)
    {
        if (o.ValueKind != JsonValueKind.Object) throw new FormatException("a coded event must be a JSON object");
        var plover = Req(o, "plover");
        var ev = Req(o, "evidence");
        PlaceRef? place = null;
        if (o.TryGetProperty("place", out var p) && p.ValueKind == JsonValueKind.Object)
            place = new PlaceRef(Str(p, "name"), Str(p, "country"), Dbl(p, "lat"), Dbl(p, "lon"));
        return new CodedEvent
        {
            Article = ReqStr(o, "article"),
            Sentence = Req(o, "sentence").GetInt32(),
            Source = Actor(o, "source") ?? throw new FormatException("missing 'source'"),
            Target = Actor(o, "target"),
            Cameo = ReqStr(o, "cameo"),
            CameoName = Str(o, "cameo_name") ?? "",
            QuadClass = Req(o, "quad_class").GetInt32(),
            Goldstein = Dbl(o, "goldstein") ?? double.NaN,
            Plover = new PloverRef(ReqStr(plover, "type"), Str(plover, "mode"), Str(plover, "context")),
            Date = Str(o, "date"),
            DatePrecision = Str(o, "date_precision") ?? "unknown",
            DateSource = Str(o, "date_source"),
            Place = place,
            Attribution = Actor(o, "attribution"),
            Negated = Bool(o, "negated"),
            Background = Bool(o, "background"),
            Modality = Str(o, "modality") ?? "asserted",
            Evidence = EvidenceOf(ev),
            Mentions = MentionsOf(o) ?? [],
            Published = Str(o, "published"),
            Url = Str(o, "url"),
        };
    }

    private static Evidence EvidenceOf(JsonElement ev) =>
        new(ReqStr(ev, "trigger"), ReqStr(ev, "rule"), ReqStr(ev, "sentence_text"),
            Req(ev, "trigger_start").GetInt32(), Req(ev, "trigger_end").GetInt32(), Str(ev, "section") ?? "body");

    // Output written before events were merged has no "mentions": the event then has its one mention.
    private static IReadOnlyList<MentionRef>? MentionsOf(JsonElement o)
    {
        if (!o.TryGetProperty("mentions", out var a) || a.ValueKind != JsonValueKind.Array) return null;
        var list = new List<MentionRef>(a.GetArrayLength());
        foreach (var m in a.EnumerateArray()) list.Add(new MentionRef(Req(m, "sentence").GetInt32(), EvidenceOf(m)));
        return list;
    }

    /// <summary>Reads JSON lines (one event per non-blank line), as written by the <c>jsonl</c> format.</summary>
    public static IEnumerable<CodedEvent> ReadLines(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
            if (!string.IsNullOrWhiteSpace(line)) yield return Parse(line);
    }

    private static ActorRef? Actor(JsonElement o, string name) =>
        o.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Object
            ? new ActorRef(Str(a, "code"), Str(a, "name"), Str(a, "text") ?? "", Str(a, "country"))
            : null;

    private static JsonElement Req(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : throw new FormatException($"missing '{name}'");

    private static string ReqStr(JsonElement o, string name) => Req(o, name).GetString() ?? throw new FormatException($"missing '{name}'");

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Dbl(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static bool Bool(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
