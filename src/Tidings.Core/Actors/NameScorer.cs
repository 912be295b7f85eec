using System.Globalization;
using System.Text;

namespace Tidings.Actors;

/// <summary>Precision, recall and F1 (as fractions 0..1) of one entity type or of all together.</summary>
public sealed record NameScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Evaluation.Metrics.Ratio(Correct, Predicted);
    public double Recall => Evaluation.Metrics.Ratio(Correct, Gold);
    public double F1 => Evaluation.Metrics.F1(Precision, Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {100 * Precision:F2}  R {100 * Recall:F2}  F1 {100 * F1:F2}  (gold {Gold}, predicted {Predicted}, correct {Correct})");
}

/// <summary>The micro-averaged total and the per-type scores of a name tagging run.</summary>
public sealed record NameScoreReport(NameScore Total, IReadOnlyDictionary<string, NameScore> ByType)
{
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("all  ").Append(Total).Append('\n');
        foreach (var (t, s) in ByType.OrderBy(kv => kv.Key, StringComparer.Ordinal)) sb.Append(t.PadRight(5)).Append(s).Append('\n');
        return sb.ToString();
    }
}

/// <summary>
/// CoNLL-style exact-match scoring of name spans (as conlleval): a predicted span is correct when its start,
/// end and type all equal a gold span's; precision, recall and F1 are micro-averaged over all spans, and also
/// given per type.
/// </summary>
public static class NameScorer
{
    /// <summary>Scores sentence-aligned span lists (<paramref name="gold"/>[i] and <paramref name="predicted"/>[i] are one sentence's).</summary>
    public static NameScoreReport Score(IReadOnlyList<IReadOnlyList<NameSpan>> gold, IReadOnlyList<IReadOnlyList<NameSpan>> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException($"{gold.Count} gold sentences but {predicted.Count} predicted");
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal); // type -> [gold, predicted, correct]
        int[] Of(string type) => counts.TryGetValue(type, out var c) ? c : counts[type] = new int[3];
        for (int s = 0; s < gold.Count; s++)
        {
            var g = new HashSet<NameSpan>(gold[s]);
            foreach (var span in g) Of(span.Type)[0]++;
            foreach (var span in new HashSet<NameSpan>(predicted[s]))
            {
                var c = Of(span.Type);
                c[1]++;
                if (g.Contains(span)) c[2]++;
            }
        }
        var byType = counts.ToDictionary(kv => kv.Key, kv => new NameScore(kv.Value[0], kv.Value[1], kv.Value[2]), StringComparer.Ordinal);
        var total = new NameScore(byType.Values.Sum(x => x.Gold), byType.Values.Sum(x => x.Predicted), byType.Values.Sum(x => x.Correct));
        return new NameScoreReport(total, byType);
    }

    /// <summary>Scores IOB2 tag sequences (sentence-aligned).</summary>
    public static NameScoreReport Score(IReadOnlyList<string[]> goldTags, IReadOnlyList<string[]> predictedTags) =>
        Score(goldTags.Select(t => (IReadOnlyList<NameSpan>)Iob2.Spans(t)).ToList(),
              predictedTags.Select(t => (IReadOnlyList<NameSpan>)Iob2.Spans(t)).ToList());
}
