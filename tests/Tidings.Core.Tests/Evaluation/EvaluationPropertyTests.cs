using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tidings.Coding;
using Tidings.Evaluation;

namespace Tidings.Tests.Evaluation;

/// <summary>Random input never makes the reader or the scorer throw anything but their documented errors.</summary>
public class EvaluationPropertyTests
{
    [Property(MaxTest = 300)]
    public bool Gold_parse_throws_only_GoldFormatException(string? line)
    {
        try
        {
            GoldFile.Parse(new StringReader(line ?? ""), "random.jsonl");
            return true;
        }
        catch (GoldFormatException e)
        {
            return e.Line >= 1 && e.Message.StartsWith("random.jsonl:", StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 300)]
    public bool Cameo_lookup_never_throws(string? code)
    {
        var found = CameoTable.Default.TryGet(code ?? "", out var info);
        return !found || (info is not null && CameoTable.IsWellFormed(info.Code));
    }

    private static readonly string[] Codes = ["042", "043", "04", "190", "1831", "xx", "", "2", "999", "0311"];
    private static readonly string?[] Actors = [null, "", "RUS", "RUSGOV", "UKR", "UKR*", "RUS*", "ruS", "IGOUNO"];

    private static Gen<(string? S, string? T, string C)> EventGen =>
        from s in Gen.Elements(Actors)
        from t in Gen.Elements(Actors)
        from c in Gen.Elements(Codes)
        select (s, t, c);

    [Property(MaxTest = 200)]
    public Property Scores_are_consistent_on_random_event_lists() =>
        Prop.ForAll(
            Gen.ListOf(EventGen).Select(l => l.Take(6).ToList()).ToArbitrary(),
            Gen.ListOf(EventGen).Select(l => l.Take(6).ToList()).ToArbitrary(),
            (gold, predicted) =>
            {
                var g = new GoldSentence("r", "t", null, null, gold.Select(e => new GoldEvent(e.S, e.T, e.C)).ToList());
                var p = predicted.Select(e => new PredictedEvent(e.S, e.T, e.C)).ToList();
                var r = CoderEvaluator.Score([(g, p)]);
                var e = r.Overall.Exact; var ro = r.Overall.Root; var lo = r.Overall.RootIgnoringActors;
                return e.TruePositives <= ro.TruePositives && ro.TruePositives <= lo.TruePositives
                       && lo.TruePositives <= Math.Min(gold.Count, predicted.Count)
                       && e.FalsePositives + e.TruePositives == predicted.Count
                       && e.FalseNegatives + e.TruePositives == gold.Count
                       && r.PerRoot.Sum(x => x.Counts.TruePositives) <= ro.TruePositives
                       && r.ToMarkdown().Length > 0 && r.ToJson().Length > 0;
            });
}
