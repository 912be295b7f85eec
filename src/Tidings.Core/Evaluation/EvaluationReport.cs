using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tidings.Evaluation;

/// <summary>
/// True positives, false positives and false negatives at one matching level. Ratios whose denominator is
/// zero are reported as 0 (and as "–" in Markdown, see <see cref="HasPredictions"/>/<see cref="HasGold"/>).
/// </summary>
public sealed record MatchCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public bool HasPredictions => TruePositives + FalsePositives > 0;
    public bool HasGold => TruePositives + FalseNegatives > 0;
    public double Precision => HasPredictions ? (double)TruePositives / (TruePositives + FalsePositives) : 0;
    public double Recall => HasGold ? (double)TruePositives / (TruePositives + FalseNegatives) : 0;
    public double F1 => Metrics.F1(Precision, Recall);
}

/// <summary>Whole-corpus scores at the three matching levels of <see cref="CoderEvaluator"/>.</summary>
public sealed record OverallScores(MatchCounts Exact, MatchCounts Root, MatchCounts RootIgnoringActors);

/// <summary>Root-level (actors required) scores for one CAMEO cue category; Gold/Predicted count events with that root.</summary>
public sealed record RootScore(string Root, string Name, int Gold, int Predicted, MatchCounts Counts);

/// <summary>What was missed and what was extra in one sentence, at root level with actors.</summary>
public sealed record SentenceResult(string Id, int Gold, int Predicted, int ExactMatches, int RootMatches,
    IReadOnlyList<GoldEvent> Missed, IReadOnlyList<PredictedEvent> Spurious)
{
    /// <summary>Root-level pairs (actors and root agree) whose full CAMEO codes differ: the exact-code errors.</summary>
    public IReadOnlyList<(GoldEvent Gold, PredictedEvent Predicted)> WrongCode { get; init; } = [];
}

/// <summary>
/// How often the flags of the root-level matched events agree with gold: the modality (asserted, intended, demanded …)
/// and the reporting source (both none, or the same code; a gold code ending in '*' as for actors).
/// </summary>
public sealed record FlagAgreement(int Matched, int ModalityAgrees, int AttributionAgrees)
{
    public double ModalityRate => Matched == 0 ? 0 : (double)ModalityAgrees / Matched;
    public double AttributionRate => Matched == 0 ? 0 : (double)AttributionAgrees / Matched;
}

/// <summary>The result of <see cref="CoderEvaluator.Score"/>.</summary>
public sealed record EvaluationReport
{
    public required int Sentences { get; init; }
    public required int GoldEvents { get; init; }
    public required int PredictedEvents { get; init; }
    /// <summary>Gold sentences with no event (the over-production probe).</summary>
    public required int EmptySentences { get; init; }
    /// <summary>Of <see cref="EmptySentences"/>, those where the coder still produced events.</summary>
    public required int EmptySentencesWithPredictions { get; init; }
    public required OverallScores Overall { get; init; }
    /// <summary>Roots 01–20 in order.</summary>
    public required IReadOnlyList<RootScore> PerRoot { get; init; }
    public required IReadOnlyList<SentenceResult> SentenceResults { get; init; }
    /// <summary>Flag agreement on the root-level matched events.</summary>
    public FlagAgreement Flags { get; init; } = new(0, 0, 0);

    public double MeanPredictedPerSentence => Sentences == 0 ? 0 : (double)PredictedEvents / Sentences;
    public double MeanGoldPerSentence => Sentences == 0 ? 0 : (double)GoldEvents / Sentences;

    /// <summary>A summary line, an overall table and a per-root table, ready to paste into a README.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"{Sentences} sentences, {GoldEvents} gold events, {PredictedEvents} predicted events " +
            $"({MeanPredictedPerSentence:0.00} predicted / {MeanGoldPerSentence:0.00} gold per sentence); " +
            $"{EmptySentencesWithPredictions} of {EmptySentences} event-free sentences received events.\n\n");
        sb.Append("| match | TP | FP | FN | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        Row("exact (actors + full code)", Overall.Exact);
        Row("root (actors + 2-digit root)", Overall.Root);
        Row("root, actors ignored", Overall.RootIgnoringActors);
        sb.Append("\n| root | category | gold | predicted | TP | precision | recall | F1 |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var r in PerRoot)
        {
            var c = r.Counts;
            sb.Append(CultureInfo.InvariantCulture,
                $"| {r.Root} | {r.Name} | {r.Gold} | {r.Predicted} | {c.TruePositives} | {Ratio(c.Precision, c.HasPredictions)} | {Ratio(c.Recall, c.HasGold)} | {Ratio(c.F1, c.HasPredictions && c.HasGold)} |\n");
        }
        if (Flags.Matched > 0)
            sb.Append(CultureInfo.InvariantCulture,
                $"\nOn the {Flags.Matched} root-level matches, the modality agrees with gold on {Flags.ModalityAgrees} ({Flags.ModalityRate:0.000}) and the reporting source on {Flags.AttributionAgrees} ({Flags.AttributionRate:0.000}).\n");
        return sb.ToString();

        void Row(string label, MatchCounts c) => sb.Append(CultureInfo.InvariantCulture,
            $"| {label} | {c.TruePositives} | {c.FalsePositives} | {c.FalseNegatives} | {Ratio(c.Precision, c.HasPredictions)} | {Ratio(c.Recall, c.HasGold)} | {Ratio(c.F1, c.HasPredictions && c.HasGold)} |\n");

        static string Ratio(double v, bool defined) => defined ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";
    }

    /// <summary>
    /// The report as indented JSON: counts, overall and per-root scores, and per-sentence misses and
    /// spurious events (sentences without errors are left out of <c>errors</c>).
    /// </summary>
    public string ToJson()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("sentences", Sentences);
            w.WriteNumber("gold_events", GoldEvents);
            w.WriteNumber("predicted_events", PredictedEvents);
            w.WriteNumber("mean_predicted_per_sentence", Math.Round(MeanPredictedPerSentence, 4));
            w.WriteNumber("mean_gold_per_sentence", Math.Round(MeanGoldPerSentence, 4));
            w.WriteNumber("empty_sentences", EmptySentences);
            w.WriteNumber("empty_sentences_with_predictions", EmptySentencesWithPredictions);
            w.WriteStartObject("overall");
            Counts(w, "exact", Overall.Exact);
            Counts(w, "root", Overall.Root);
            Counts(w, "root_ignoring_actors", Overall.RootIgnoringActors);
            w.WriteEndObject();
            w.WriteStartObject("flags");
            w.WriteNumber("matched", Flags.Matched);
            w.WriteNumber("modality_agrees", Flags.ModalityAgrees);
            w.WriteNumber("attribution_agrees", Flags.AttributionAgrees);
            w.WriteEndObject();
            w.WriteStartArray("per_root");
            foreach (var r in PerRoot)
            {
                w.WriteStartObject();
                w.WriteString("root", r.Root);
                w.WriteString("name", r.Name);
                w.WriteNumber("gold", r.Gold);
                w.WriteNumber("predicted", r.Predicted);
                CountFields(w, r.Counts);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("errors");
            foreach (var s in SentenceResults)
            {
                if (s.Missed.Count == 0 && s.Spurious.Count == 0 && s.WrongCode.Count == 0) continue;
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.WriteNumber("exact_matches", s.ExactMatches);
                w.WriteNumber("root_matches", s.RootMatches);
                w.WriteStartArray("missed");
                foreach (var e in s.Missed) Event(w, e.Source, e.Target, e.Cameo);
                w.WriteEndArray();
                w.WriteStartArray("spurious");
                foreach (var e in s.Spurious) Event(w, e.Source, e.Target, e.Cameo);
                w.WriteEndArray();
                if (s.WrongCode.Count > 0)
                {
                    w.WriteStartArray("wrong_code");
                    foreach (var (g, p) in s.WrongCode)
                    {
                        w.WriteStartObject();
                        w.WriteString("source", p.Source);
                        w.WriteString("target", p.Target);
                        w.WriteString("gold", g.Cameo);
                        w.WriteString("predicted", p.Cameo);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());

        static void Counts(Utf8JsonWriter w, string name, MatchCounts c)
        {
            w.WriteStartObject(name);
            CountFields(w, c);
            w.WriteEndObject();
        }

        static void CountFields(Utf8JsonWriter w, MatchCounts c)
        {
            w.WriteNumber("tp", c.TruePositives);
            w.WriteNumber("fp", c.FalsePositives);
            w.WriteNumber("fn", c.FalseNegatives);
            w.WriteNumber("precision", Math.Round(c.Precision, 4));
            w.WriteNumber("recall", Math.Round(c.Recall, 4));
            w.WriteNumber("f1", Math.Round(c.F1, 4));
        }

        static void Event(Utf8JsonWriter w, string? source, string? target, string cameo)
        {
            w.WriteStartObject();
            if (source is null) w.WriteNull("source"); else w.WriteString("source", source);
            if (target is null) w.WriteNull("target"); else w.WriteString("target", target);
            w.WriteString("cameo", cameo);
            w.WriteEndObject();
        }
    }
}
