using System.Globalization;
using System.Text;
using System.Text.Json;
using Tidings.Actors;
using Tidings.Documents;

namespace Tidings.Evaluation;

/// <summary>One expected actor mention: its text as written in the record, its CAMEO code, and where it is ([Start, End) chars).</summary>
public sealed record GoldActorMention(string Text, string Code, int Start, int End);

/// <summary>One record of the actor gold file: a short article (one or more sentences) and its expected mentions in text order.</summary>
public sealed record GoldActorRecord(string Id, DateOnly? Published, string Split, string Text, IReadOnlyList<GoldActorMention> Mentions);

/// <summary>A mention the recognizer produced, as the evaluator sees it: [Start, End) chars and code (null = uncoded).</summary>
public sealed record PredictedActor(int Start, int End, string Text, string? Code, string Rule);

/// <summary>One gold/predicted pairing or a miss/extra, for error listings.</summary>
public sealed record ActorMatch(string RecordId, GoldActorMention? Gold, PredictedActor? Predicted)
{
    public bool CodeCorrect => Gold is not null && Predicted is not null
        && string.Equals(Gold.Code, Predicted.Code, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Scores of the actor recognizer on gold records. Detection: a predicted mention matches a gold one when their
/// character spans overlap (one-to-one, text order); <see cref="ExactSpan"/> counts the pairs whose spans are
/// identical. Code accuracy: share of matched pairs whose CAMEO code equals the gold code (case-insensitive).
/// </summary>
public sealed record ActorEvaluationReport
{
    public required int Records { get; init; }
    public required MatchCounts Detection { get; init; }
    public required int ExactSpan { get; init; }
    public required int CodeCorrect { get; init; }
    public required IReadOnlyList<ActorMatch> Matches { get; init; }

    /// <summary>Correct codes / matched mentions; 0 when nothing matched.</summary>
    public double CodeAccuracy => Detection.TruePositives == 0 ? 0 : (double)CodeCorrect / Detection.TruePositives;

    /// <summary>Correct codes / gold mentions: detection and coding together.</summary>
    public double EndToEndRecall => Detection.TruePositives + Detection.FalseNegatives == 0 ? 0
        : (double)CodeCorrect / (Detection.TruePositives + Detection.FalseNegatives);

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Records} records; mentions gold {Detection.TruePositives + Detection.FalseNegatives}, predicted {Detection.TruePositives + Detection.FalsePositives}; " +
        $"detection P {Detection.Precision:P1} R {Detection.Recall:P1} F1 {Detection.F1:P1} (exact span {ExactSpan}/{Detection.TruePositives}); " +
        $"code accuracy on matched {CodeAccuracy:P1} ({CodeCorrect}/{Detection.TruePositives}); correct code / gold {EndToEndRecall:P1}");

    /// <summary>Misses, extras and wrong codes, one line each, for tuning on the dev split.</summary>
    public string Errors()
    {
        var sb = new StringBuilder();
        foreach (var m in Matches)
        {
            if (m.Gold is null) sb.Append(CultureInfo.InvariantCulture, $"{m.RecordId}\tEXTRA\t[{m.Predicted!.Text}] {m.Predicted.Code ?? "null"}\t{m.Predicted.Rule}\n");
            else if (m.Predicted is null) sb.Append(CultureInfo.InvariantCulture, $"{m.RecordId}\tMISS\t[{m.Gold.Text}] {m.Gold.Code}\n");
            else if (!m.CodeCorrect) sb.Append(CultureInfo.InvariantCulture, $"{m.RecordId}\tCODE\t[{m.Gold.Text}] {m.Gold.Code} ≠ [{m.Predicted.Text}] {m.Predicted.Code ?? "null"}\t{m.Predicted.Rule}\n");
        }
        return sb.ToString();
    }
}

/// <summary>
/// Reads the actor gold file (gold/actors-gold.jsonl) and scores the actor recognizer on it.
/// <para>
/// Format: JSON lines, one record per line: <c>{"id":"…","published":"yyyy-MM-dd","split":"dev"|"test","text":"…",
/// "mentions":[{"text":"Syria's foreign minister","code":"SYRGOV"},…]}</c>. Mentions are listed in text order; each is
/// located by searching its text from the end of the previous mention. Modifiers ("Israeli" in
/// "Israeli strikes") are mentions like any other.
/// </para>
/// </summary>
public static class ActorEvaluator
{
    /// <summary>Reads the gold records; a malformed line or a mention not found in its text throws <see cref="FormatException"/> naming the line.</summary>
    public static IReadOnlyList<GoldActorRecord> ReadGold(TextReader reader, string source = "gold")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<GoldActorRecord>();
        int n = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                string id = r.GetProperty("id").GetString() ?? throw new FormatException("id is null");
                string text = r.GetProperty("text").GetString() ?? throw new FormatException("text is null");
                DateOnly? published = r.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                    ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
                string split = r.TryGetProperty("split", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "dev";
                var mentions = new List<GoldActorMention>();
                int from = 0;
                foreach (var m in r.GetProperty("mentions").EnumerateArray())
                {
                    string mt = m.GetProperty("text").GetString() ?? "";
                    string code = m.GetProperty("code").GetString() ?? "";
                    int at = mt.Length == 0 ? -1 : text.IndexOf(mt, from, StringComparison.Ordinal);
                    if (at < 0) throw new FormatException($"mention '{mt}' not found after char {from}");
                    mentions.Add(new GoldActorMention(mt, code, at, at + mt.Length));
                    from = at + mt.Length;
                }
                records.Add(new GoldActorRecord(id, published, split, text, mentions));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{source}:{n}: {e.Message}", e);
            }
        }
        return records;
    }

    /// <summary>Reads a gold file from disk.</summary>
    public static IReadOnlyList<GoldActorRecord> ReadGold(string path)
    {
        using var r = new StreamReader(path);
        return ReadGold(r, Path.GetFileName(path));
    }

    /// <summary>
    /// The stages the Tidings pipeline runs before and including the actor recognizer: tokenizer and sentence splitter,
    /// the trained tagger and parser when the build embeds their models, then the recognizer, whose rules read tags
    /// and the tree (possessive pronouns, subjects, headline phrases). What the evaluator scores by default.
    /// </summary>
    public static Pipeline.Pipeline DefaultPipeline { get; } = Pipeline.Pipeline.Create(ActorStages());

    /// <summary>The stages of <see cref="DefaultPipeline"/>, ending in <paramref name="recognizer"/> (default <see cref="ActorRecognizer.Default"/>).</summary>
    public static IEnumerable<Pipeline.IPipelineComponent> ActorStages(ActorRecognizer? recognizer = null)
    {
        yield return Text.Tokenizer.Default;
        yield return (Pipeline.IPipelineComponent?)Syntax.PerceptronTagger.Default ?? Syntax.RuleTagger.Default;
        if (Syntax.DependencyParser.DefaultComponent is { } parser) yield return parser;
        yield return recognizer ?? ActorRecognizer.Default;
    }

    /// <summary>Runs <paramref name="pipeline"/> (default <see cref="DefaultPipeline"/>) over each record and scores its actors.</summary>
    public static ActorEvaluationReport Evaluate(IEnumerable<GoldActorRecord> records, Pipeline.Pipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        pipeline ??= DefaultPipeline;
        var items = new List<(GoldActorRecord, IReadOnlyList<PredictedActor>)>();
        foreach (var r in records)
        {
            var doc = new Document(r.Text, new Article { Id = r.Id, Body = r.Text, Published = r.Published });
            pipeline.Process(doc);
            var pred = doc.Actors.Select(a =>
            {
                int start = doc.Token(a.Tokens.FirstToken).Start, end = doc.Token(a.Tokens.EndToken - 1).End;
                return new PredictedActor(start, end, r.Text[start..end], a.Code, a.Rule);
            }).ToList();
            items.Add((r, pred));
        }
        return Score(items);
    }

    /// <summary>Scores given predictions; each gold mention pairs with at most one overlapping prediction, in text order.</summary>
    public static ActorEvaluationReport Score(IEnumerable<(GoldActorRecord Gold, IReadOnlyList<PredictedActor> Predicted)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        int tp = 0, fp = 0, fn = 0, exact = 0, correct = 0, records = 0;
        var matches = new List<ActorMatch>();
        foreach (var (gold, predicted) in items)
        {
            records++;
            var pred = (predicted ?? []).OrderBy(p => p.Start).ToList();
            var used = new bool[pred.Count];
            foreach (var g in gold.Mentions.OrderBy(g => g.Start))
            {
                // Best partner: the unused overlapping prediction with the largest overlap (ties: the earliest).
                int best = -1, bestOverlap = 0;
                for (int i = 0; i < pred.Count; i++)
                {
                    if (used[i]) continue;
                    int ov = Math.Min(g.End, pred[i].End) - Math.Max(g.Start, pred[i].Start);
                    if (ov > bestOverlap) { best = i; bestOverlap = ov; }
                }
                if (best < 0) { fn++; matches.Add(new ActorMatch(gold.Id, g, null)); continue; }
                used[best] = true;
                tp++;
                var m = new ActorMatch(gold.Id, g, pred[best]);
                if (pred[best].Start == g.Start && pred[best].End == g.End) exact++;
                if (m.CodeCorrect) correct++;
                matches.Add(m);
            }
            for (int i = 0; i < pred.Count; i++)
                if (!used[i]) { fp++; matches.Add(new ActorMatch(gold.Id, null, pred[i])); }
        }
        return new ActorEvaluationReport
        {
            Records = records, Detection = new MatchCounts(tp, fp, fn), ExactSpan = exact, CodeCorrect = correct, Matches = matches,
        };
    }
}
