using System.Globalization;
using System.Text.Json;
using Tidings.Coding;

namespace Tidings.Evaluation;

/// <summary>
/// One event a human coder found in a gold sentence. Actor codes are CAMEO actor codes ("SYRGOV",
/// "IGOUNO"); a trailing '*' accepts any code that starts with what precedes it ("ISR*" accepts ISR,
/// ISRGOV, ISRMIL). A null actor means the sentence names none (e.g. an attack with no known target).
/// </summary>
public sealed record GoldEvent(string? Source, string? Target, string Cameo)
{
    /// <summary>The sentence says the event did not happen ("did not attack"); the event is coded as if asserted, kept in
    /// <see cref="GoldSentence.AllEvents"/> and not scored.</summary>
    public bool Negated { get; init; }

    /// <summary>
    /// How the sentence presents the event: one of <see cref="GoldFile.Modalities"/>; "asserted" (the default)
    /// when it is told as having happened.
    /// </summary>
    public string Modality { get; init; } = "asserted";

    /// <summary>CAMEO actor code of the source that reports the event ("SANA reported" → SYRMED), null when unattributed.</summary>
    public string? Attribution { get; init; }

    /// <summary>History told as context ("had backed Assad during the war"); such events are only in <see cref="GoldSentence.AllEvents"/>.</summary>
    public bool Background { get; init; }
}

/// <summary>One gold sentence (or short passage) and every asserted, non-background event in it.</summary>
/// <param name="Published">Publication date the sentence is read against (resolves "on Tuesday"), if given.</param>
/// <param name="Split">"dev" or "test" (any label is kept), null when the file does not say.</param>
/// <param name="Events">The events that are scored: every event of the line except background and negated ones. Modal
/// events are included and carry their flags.</param>
public sealed record GoldSentence(string Id, string Text, DateOnly? Published, string? Split, IReadOnlyList<GoldEvent> Events)
{
    private readonly IReadOnlyList<GoldEvent>? allEvents;

    /// <summary>Every event of the line in file order, background and negated ones included; equals <see cref="Events"/> when not set.</summary>
    public IReadOnlyList<GoldEvent> AllEvents { get => allEvents ?? Events; init => allEvents = value; }

    /// <summary>The article span the line's text was read from, when the line gives a <c>ref</c> instead of <c>text</c>.</summary>
    public GoldRef? Ref { get; init; }

    /// <summary>The file of our own sample articles the line's text is taken from (its <c>article</c> field), if given.</summary>
    public string? ArticleFile { get; init; }

    /// <summary>The 1-based line of the gold file, for error messages; 0 when not read from a file.</summary>
    public int Line { get; init; }
}

/// <summary>Where a <c>ref</c> gold line lies: the span [<paramref name="Start"/>, <paramref name="End"/>) of an article of a corpus.</summary>
public sealed record GoldRef(string Corpus, string Article, int Start, int End);

/// <summary>A gold file line that is not valid; the message names the file and the 1-based line.</summary>
public sealed class GoldFormatException(string fileName, int line, string problem)
    : FormatException($"{fileName}:{line}: {problem}")
{
    public string FileName { get; } = fileName;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}

/// <summary>
/// Reads gold files: JSON lines, one sentence per line,
/// <c>{"id":"s1","text":"...","published":"2025-03-04","split":"dev","events":[{"source":"KENGOV","target":"ETHGOV","cameo":"042"}]}</c>.
/// <c>published</c>, <c>split</c> and <c>note</c> are optional; an event may also carry <c>negated</c> (bool),
/// <c>modality</c> (one of <see cref="Modalities"/>), <c>attribution</c> (actor code) and <c>background</c> (bool); <c>events</c> is required (use [] for no
/// event), an event's <c>target</c> may be null or absent. Blank lines are skipped. Everything else that
/// is off (bad JSON, unknown field, duplicate id, a CAMEO code not in the table, an actor code that is not
/// letters) is an error, so a typo cannot silently change the score.
/// A line may carry <c>"ref":{"corpus":"geowebnews","article":"12","start":0,"end":120,"sha1":"0123456789"}</c> instead of
/// <c>text</c>: the sentence is then the span [start, end) of a third-party article read at load time through a
/// <see cref="GoldTextSource"/> (texts that may be used for evaluation only are never copied into a gold file).
/// </summary>
public static class GoldFile
{
    private static readonly HashSet<string> SentenceFields = ["id", "text", "ref", "published", "split", "events", "note", "article"];
    private static readonly HashSet<string> RefFields = ["corpus", "article", "start", "end", "sha1"];
    private static readonly HashSet<string> EventFields = ["source", "target", "cameo", "note", "background", "negated", "modality", "attribution"];

    /// <summary>The values an event's <c>modality</c> may take; "asserted" is the default when it is absent.</summary>
    public static readonly IReadOnlyList<string> Modalities = ["asserted", "intended", "threatened", "demanded", "possible", "denied", "conditional"];

    /// <summary>Loads <paramref name="path"/>; throws <see cref="GoldFormatException"/> on the first bad line.</summary>
    /// <param name="texts">Resolves <c>ref</c> lines; by default the corpora under <c>$TIDINGS_SHARED</c>.</param>
    public static IReadOnlyList<GoldSentence> Load(string path, GoldTextSource? texts = null)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path, texts);
    }

    /// <summary>Parses gold lines from <paramref name="reader"/>; <paramref name="sourceName"/> names it in errors.</summary>
    /// <param name="texts">Resolves <c>ref</c> lines; by default the corpora under <c>$TIDINGS_SHARED</c>, read only when a line refers to them.</param>
    public static IReadOnlyList<GoldSentence> Parse(TextReader reader, string sourceName, GoldTextSource? texts = null)
    {
        var lazyTexts = new Lazy<GoldTextSource>(() => texts ?? GoldTextSource.FromShared());
        var result = new List<GoldSentence>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var sentence = ParseLine(line, sourceName, lineNo, lazyTexts);
            if (ids.TryGetValue(sentence.Id, out var first))
                throw new GoldFormatException(sourceName, lineNo, $"id '{sentence.Id}' already used on line {first}");
            ids[sentence.Id] = lineNo;
            result.Add(sentence);
        }
        return result;
    }

    private static GoldSentence ParseLine(string line, string src, int lineNo, Lazy<GoldTextSource> texts)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { throw new GoldFormatException(src, lineNo, "not valid JSON: " + e.Message); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad("a line must be a JSON object");
            foreach (var p in root.EnumerateObject())
                if (!SentenceFields.Contains(p.Name)) throw Bad($"unknown field '{p.Name}' (allowed: {string.Join(", ", SentenceFields)})");

            var id = RequiredString(root, "id");
            var hasText = root.TryGetProperty("text", out _);
            var hasRef = root.TryGetProperty("ref", out var reference);
            if (hasText && hasRef) throw Bad("give 'text' or 'ref', not both");
            GoldRef? goldRef = null;
            var text = hasRef ? ResolveRef(reference, out goldRef) : RequiredString(root, "text");
            DateOnly? published = null;
            if (OptionalString(root, "published") is { } pub)
            {
                if (!DateOnly.TryParseExact(pub, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw Bad($"published '{pub}' is not a yyyy-MM-dd date");
                published = d;
            }
            var split = OptionalString(root, "split");
            if (!root.TryGetProperty("events", out var evs) || evs.ValueKind != JsonValueKind.Array)
                throw Bad("'events' must be an array (use [] for a sentence without events)");
            var events = new List<GoldEvent>();
            var allEvents = new List<GoldEvent>();
            var k = 0;
            foreach (var e in evs.EnumerateArray())
            {
                k++;
                if (e.ValueKind != JsonValueKind.Object) throw Bad($"event {k} is not an object");
                foreach (var p in e.EnumerateObject())
                    if (!EventFields.Contains(p.Name)) throw Bad($"event {k}: unknown field '{p.Name}'");
                var cameo = RequiredString(e, "cameo", $"event {k}: ");
                if (!CameoTable.IsWellFormed(cameo) || !CameoTable.Default.Contains(cameo))
                    throw Bad($"event {k}: '{cameo}' is not a CAMEO code");
                var source = Actor(e, "source", k);
                var target = Actor(e, "target", k);
                // History told as context and events the sentence says did not happen are recorded in the gold
                // but, like the coder's default view (which drops negated and background predictions), not scored
                // (docs/decisions/010-negated-gold-events-are-not-scored.md).
                var background = Flag(e, "background", k);
                var negated = Flag(e, "negated", k);
                var modality = "asserted";
                if (OptionalString(e, "modality", $"event {k}: ") is { } m)
                {
                    if (!Modalities.Contains(m)) throw Bad($"event {k}: modality '{m}' is not one of {string.Join(", ", Modalities)}");
                    modality = m;
                }
                var attribution = Actor(e, "attribution", k);
                var ev = new GoldEvent(source, target, cameo) { Negated = negated, Modality = modality, Attribution = attribution, Background = background };
                allEvents.Add(ev);
                if (!background && !negated) events.Add(ev);
            }
            return new GoldSentence(id, text, published, split, events)
            {
                AllEvents = allEvents, Ref = goldRef, Line = lineNo, ArticleFile = OptionalString(root, "article"),
            };
        }

        GoldFormatException Bad(string problem) => new(src, lineNo, problem);

        string ResolveRef(JsonElement r, out GoldRef goldRef)
        {
            if (r.ValueKind != JsonValueKind.Object) throw Bad("'ref' must be an object {corpus, article, start, end, sha1}");
            foreach (var p in r.EnumerateObject())
                if (!RefFields.Contains(p.Name)) throw Bad($"ref: unknown field '{p.Name}' (allowed: {string.Join(", ", RefFields)})");
            var corpus = RequiredString(r, "corpus", "ref: ");
            var article = RequiredString(r, "article", "ref: ");
            var sha1 = RequiredString(r, "sha1", "ref: ");
            var start = Offset(r, "start");
            var end = Offset(r, "end");
            goldRef = new GoldRef(corpus, article, start, end);
            return texts.Value.TryResolve(corpus, article, start, end, sha1, out var problem) ?? throw Bad(problem!);
        }

        int Offset(JsonElement r, string name)
        {
            if (!r.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n))
                throw Bad($"ref: '{name}' must be an integer character offset");
            return n;
        }

        string RequiredString(JsonElement o, string name, string prefix = "")
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString()))
                throw Bad($"{prefix}'{name}' must be a non-empty string");
            return v.GetString()!;
        }

        string? OptionalString(JsonElement o, string name, string prefix = "")
        {
            if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind != JsonValueKind.String) throw Bad($"{prefix}'{name}' must be a string or null");
            return v.GetString();
        }

        bool Flag(JsonElement e, string name, int k)
        {
            if (!e.TryGetProperty(name, out var v)) return false;
            if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw Bad($"event {k}: '{name}' must be true or false");
            return v.GetBoolean();
        }

        string? Actor(JsonElement e, string name, int k)
        {
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind != JsonValueKind.String) throw Bad($"event {k}: '{name}' must be a string or null");
            var code = v.GetString()!.Trim();
            if (!IsActorPattern(code))
                throw Bad($"event {k}: {name} '{code}' is not a CAMEO actor code (3+ capital letters, optional trailing '*')");
            return code;
        }
    }

    /// <summary>True for "SYR", "SYRGOV", "IGOUNO", "ISR*": at least three A–Z letters, optionally ending in '*'.</summary>
    public static bool IsActorPattern(string code)
    {
        var body = code.EndsWith('*') ? code.AsSpan(0, code.Length - 1) : code.AsSpan();
        if (body.Length < 3) return false;
        foreach (var c in body)
            if (c is < 'A' or > 'Z') return false;
        return true;
    }
}
