using System.Globalization;
using System.Text;
using Tidings.Time;

namespace Tidings.Evaluation;

/// <summary>A gold TIMEX3 the system missed or normalised differently (Predicted null: missed); or a spurious prediction (Gold null).</summary>
public sealed record TimexError(string Document, GoldTimex? Gold, TimeExpression? Predicted, string Context);

/// <summary>
/// TempEval-3 scores of one corpus. Strict: same character extent (surrounding white space ignored); relaxed: any
/// overlap. Type accuracy and value accuracy are over relaxed matches; value F1 is the F1 whose true positives
/// are relaxed matches with the correct value (TempEval-3 "value F1"), as is type F1.
/// </summary>
public sealed record TimeEvaluation
{
    public required string Corpus { get; init; }
    public required int Documents { get; init; }
    public required int Gold { get; init; }
    public required int Predicted { get; init; }
    public required int StrictMatches { get; init; }
    public required int RelaxedMatches { get; init; }
    public required int TypeCorrect { get; init; }
    public required int ValueCorrect { get; init; }
    public required IReadOnlyList<TimexError> Errors { get; init; }

    public double StrictPrecision => Metrics.Ratio(StrictMatches, Predicted);
    public double StrictRecall => Metrics.Ratio(StrictMatches, Gold);
    public double StrictF1 => Metrics.F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Metrics.Ratio(RelaxedMatches, Predicted);
    public double RelaxedRecall => Metrics.Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => Metrics.F1(RelaxedPrecision, RelaxedRecall);
    public double TypeAccuracy => Metrics.Ratio(TypeCorrect, RelaxedMatches);
    public double ValueAccuracy => Metrics.Ratio(ValueCorrect, RelaxedMatches);
    public double TypeF1 => Metrics.F1(Metrics.Ratio(TypeCorrect, Predicted), Metrics.Ratio(TypeCorrect, Gold));
    public double ValueF1 => Metrics.F1(Metrics.Ratio(ValueCorrect, Predicted), Metrics.Ratio(ValueCorrect, Gold));

    /// <summary>Header and one row of a Markdown table (percentages).</summary>
    public static string MarkdownHeader =>
        "| corpus | docs | gold | predicted | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type acc | value acc | type F1 | value F1 |\n" +
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public string ToMarkdownRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Corpus} | {Documents} | {Gold} | {Predicted} | {P(StrictPrecision)} | {P(StrictRecall)} | {P(StrictF1)} | {P(RelaxedPrecision)} | {P(RelaxedRecall)} | {P(RelaxedF1)} | {P(TypeAccuracy)} | {P(ValueAccuracy)} | {P(TypeF1)} | {P(ValueF1)} |");

    private static string P(double v) => (100 * v).ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>
/// Scores time-expression recognition and TIMEX3 normalisation in the manner of TempEval-3. Each document's raw
/// text is analysed by <see cref="TimeExpressions.Find"/> anchored at its DCT; predictions and gold are aligned by
/// character offsets, one to one, in text order. Predictions overlapping an ignored range (a dateline that is the
/// DCT) are not counted.
/// </summary>
public static class TimeEvaluator
{
    public static TimeEvaluation Evaluate(string corpus, IEnumerable<TimeCorpusDocument> documents, CancellationToken cancellationToken = default) =>
        Score(corpus, documents.Select(d => (d, TimeExpressions.Find(d.Text, d.Anchor, cancellationToken))));

    /// <summary>Scores given predictions (the evaluator's core, testable without the resolver).</summary>
    public static TimeEvaluation Score(string corpus, IEnumerable<(TimeCorpusDocument Document, IReadOnlyList<TimeExpression> Predicted)> items)
    {
        int docs = 0, gold = 0, predicted = 0, strict = 0, relaxed = 0, type = 0, value = 0;
        var errors = new List<TimexError>();
        foreach (var (d, all) in items)
        {
            docs++;
            var preds = all.Where(p => !d.Ignored.Any(r => p.Start < r.End && r.Start < p.End)).ToList();
            gold += d.Timexes.Count;
            predicted += preds.Count;
            var used = new bool[preds.Count];
            foreach (var g in d.Timexes)
            {
                // Prefer the exact extent, else the first overlapping prediction not yet matched.
                int k = -1;
                for (int i = 0; i < preds.Count && k < 0; i++)
                    if (!used[i] && SameExtent(d.Text, g.Start, g.End, preds[i].Start, preds[i].End)) k = i;
                for (int i = 0; i < preds.Count && k < 0; i++)
                    if (!used[i] && preds[i].Start < g.End && g.Start < preds[i].End) k = i;
                if (k < 0) { errors.Add(new TimexError(d.Id, g, null, Context(d.Text, g.Start, g.End))); continue; }
                used[k] = true;
                var p = preds[k];
                relaxed++;
                if (SameExtent(d.Text, g.Start, g.End, p.Start, p.End)) strict++;
                bool typeOk = string.Equals(g.Type, TypeName(p.Type), StringComparison.OrdinalIgnoreCase);
                bool valueOk = p.Value is not null && string.Equals(g.Value, p.Value, StringComparison.Ordinal);
                if (typeOk) type++;
                if (valueOk) value++;
                if (!valueOk || !typeOk) errors.Add(new TimexError(d.Id, g, p, Context(d.Text, g.Start, g.End)));
            }
            for (int i = 0; i < preds.Count; i++)
                if (!used[i]) errors.Add(new TimexError(d.Id, null, preds[i], Context(d.Text, preds[i].Start, preds[i].End)));
        }
        return new TimeEvaluation
        {
            Corpus = corpus, Documents = docs, Gold = gold, Predicted = predicted, StrictMatches = strict, RelaxedMatches = relaxed,
            TypeCorrect = type, ValueCorrect = value, Errors = errors,
        };
    }

    public static string TypeName(Timex3Type t) => t switch
    {
        Timex3Type.Time => "TIME", Timex3Type.Duration => "DURATION", Timex3Type.Set => "SET", _ => "DATE",
    };

    /// <summary>Extents are equal when they cover the same characters after trimming white space and a trailing possessive.</summary>
    private static bool SameExtent(string text, int gs, int ge, int ps, int pe)
    {
        Trim(text, ref gs, ref ge);
        Trim(text, ref ps, ref pe);
        return gs == ps && ge == pe;
    }

    private static void Trim(string text, ref int s, ref int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
    }

    private static string Context(string text, int start, int end)
    {
        int s = Math.Max(0, start - 60), e = Math.Min(text.Length, end + 60);
        var sb = new StringBuilder();
        sb.Append(text, s, start - s).Append('[').Append(text, start, end - start).Append(']').Append(text, end, e - end);
        return sb.ToString().Replace('\n', ' ');
    }
}
