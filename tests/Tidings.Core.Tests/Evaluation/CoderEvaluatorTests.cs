using System.Text.Json;
using Tidings.Evaluation;

namespace Tidings.Tests.Evaluation;

public class CoderEvaluatorTests
{
    /// <summary>"SRC>TGT:CODE;..." with "-" for a missing actor, "" for no events.</summary>
    private static List<(string? S, string? T, string C)> Events(string spec) =>
        spec.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(e =>
        {
            var colon = e.LastIndexOf(':');
            var actors = e[..colon].Split('>');
            return (actors[0] == "-" ? null : actors[0], actors[1] == "-" ? null : actors[1], e[(colon + 1)..]);
        }).ToList();

    private static GoldSentence Gold(string id, string spec) =>
        new(id, "text of " + id, null, "dev", Events(spec).Select(e => new GoldEvent(e.S, e.T, e.C)).ToList());

    private static List<PredictedEvent> Pred(string spec) => Events(spec).Select(e => new PredictedEvent(e.S, e.T, e.C)).ToList();

    [Theory]
    // wildcard on the source accepts any role after the country
    [InlineData("ISR*>PSE:190", "ISRMIL>PSE:190", 1, 1, 1)]
    [InlineData("ISR*>PSE:190", "ISR>PSE:190", 1, 1, 1)]
    // a wildcard is a prefix, not a pattern of its own length
    [InlineData("ISRMIL*>PSE:190", "ISR>PSE:190", 0, 0, 1)]
    // swapped dyad: only the actor-blind level matches
    [InlineData("ISR*>PSE:190", "PSEMIL>ISR:190", 0, 0, 1)]
    // same root, different code: root match only
    [InlineData("KENGOV>ETHGOV:042", "KENGOV>ETHGOV:043", 0, 1, 1)]
    [InlineData("KENGOV>ETHGOV:042", "KENGOV>ETHGOV:04", 0, 1, 1)]
    // different root
    [InlineData("KENGOV>ETHGOV:042", "KENGOV>ETHGOV:036", 0, 0, 0)]
    // duplicates: each gold event is used once
    [InlineData("RUS>UKR:190", "RUS>UKR:190;RUS>UKR:190", 1, 1, 1)]
    [InlineData("RUS>UKR:190;RUS>UKR:190", "RUS>UKR:190", 1, 1, 1)]
    [InlineData("RUS>UKR:190;RUS>UKR:190", "RUS>UKR:190;RUS>UKR:190", 2, 2, 2)]
    // missing target: null matches only null
    [InlineData("FRACOP>-:173", "FRACOP>-:173", 1, 1, 1)]
    [InlineData("FRACOP>-:173", "FRACOP>FRA:173", 0, 0, 1)]
    [InlineData("FRACOP>FRACVL:173", "FRACOP>-:173", 0, 0, 1)]
    // maximum matching: the wildcard event must not take the only partner of the specific one
    [InlineData("ISR*>PSE:190;ISRMIL>PSE:190", "ISRMIL>PSE:190;ISRGOV>PSE:190", 2, 2, 2)]
    // an exact partner and a root-only partner: both gold events are still matched at root level
    [InlineData("USA>CHN:111;USA>CHN:112", "USA>CHN:112;USA>CHN:110", 1, 2, 2)]
    // actor codes compare without regard to case
    [InlineData("USAGOV>CHN:111", "usagov>chn:111", 1, 1, 1)]
    // nothing on either side
    [InlineData("", "", 0, 0, 0)]
    [InlineData("", "RUS>UKR:190", 0, 0, 0)]
    [InlineData("RUS>UKR:190", "", 0, 0, 0)]
    // a malformed predicted code is a false positive, never a crash
    [InlineData("RUS>UKR:190", "RUS>UKR:xyz;RUS>UKR:", 0, 0, 0)]
    public void Matcher_counts(string gold, string predicted, int exact, int root, int loose)
    {
        var g = Gold("s", gold);
        var p = Pred(predicted);
        var report = CoderEvaluator.Score([(g, p)]);
        AssertCounts(report.Overall.Exact, exact, g.Events.Count, p.Count);
        AssertCounts(report.Overall.Root, root, g.Events.Count, p.Count);
        AssertCounts(report.Overall.RootIgnoringActors, loose, g.Events.Count, p.Count);
        var s = Assert.Single(report.SentenceResults);
        Assert.Equal(g.Events.Count - root, s.Missed.Count);
        Assert.Equal(p.Count - root, s.Spurious.Count);
    }

    private static void AssertCounts(MatchCounts c, int tp, int gold, int predicted)
    {
        Assert.Equal(tp, c.TruePositives);
        Assert.Equal(predicted - tp, c.FalsePositives);
        Assert.Equal(gold - tp, c.FalseNegatives);
    }

    [Theory]
    [InlineData("ISR*", "ISRGOV", true)]
    [InlineData("ISR*", "IRQ", false)]
    [InlineData("ISR*", null, false)]
    [InlineData(null, null, true)]
    [InlineData(null, "", true)]
    [InlineData(null, "SYR", false)]
    [InlineData("IGOUNO*", "IGOUNOKID", true)]
    [InlineData("SYRGOV", "SYRGOVMIL", false)]
    public void Actor_matching(string? gold, string? predicted, bool expected) =>
        Assert.Equal(expected, CoderEvaluator.ActorMatches(gold, predicted));

    [Fact]
    public void Precision_recall_f1_and_the_per_root_table()
    {
        var items = new List<(GoldSentence, IReadOnlyList<PredictedEvent>)>
        {
            (Gold("a", "KENGOV>ETHGOV:042;RUS>UKR:190"), Pred("KENGOV>ETHGOV:043;RUS>UKR:190;UKR>RUS:190")),
            (Gold("b", "USA>CHN:111"), Pred("USA>CHN:111")),
            (Gold("c", ""), Pred("FRA>DEU:036")),
            (Gold("d", ""), Pred("")),
            (Gold("e", "TURGOV>-:173"), Pred("")),
        };
        var r = CoderEvaluator.Score(items);

        Assert.Equal(5, r.Sentences);
        Assert.Equal(4, r.GoldEvents);
        Assert.Equal(5, r.PredictedEvents);
        Assert.Equal(1.0, r.MeanPredictedPerSentence);
        Assert.Equal(2, r.EmptySentences);
        Assert.Equal(1, r.EmptySentencesWithPredictions);

        // exact: 190 and 111 -> TP 2, FP 3, FN 2
        Assert.Equal(new MatchCounts(2, 3, 2), r.Overall.Exact);
        Assert.Equal(0.4, r.Overall.Exact.Precision, 6);
        Assert.Equal(0.5, r.Overall.Exact.Recall, 6);
        Assert.Equal(2 * 0.4 * 0.5 / 0.9, r.Overall.Exact.F1, 6);
        // root adds 042~043
        Assert.Equal(new MatchCounts(3, 2, 1), r.Overall.Root);

        Assert.Equal(20, r.PerRoot.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i.ToString("00")), r.PerRoot.Select(x => x.Root));
        var r04 = r.PerRoot.Single(x => x.Root == "04");
        Assert.Equal((1, 1), (r04.Gold, r04.Predicted));
        Assert.Equal(new MatchCounts(1, 0, 0), r04.Counts);
        var r19 = r.PerRoot.Single(x => x.Root == "19");
        Assert.Equal((1, 2), (r19.Gold, r19.Predicted));
        Assert.Equal(new MatchCounts(1, 1, 0), r19.Counts);
        Assert.Equal(0.5, r19.Counts.Precision, 6);
        var r03 = r.PerRoot.Single(x => x.Root == "03");
        Assert.Equal((0, 1), (r03.Gold, r03.Predicted));
        Assert.Equal(new MatchCounts(0, 1, 0), r03.Counts);
        var r17 = r.PerRoot.Single(x => x.Root == "17");
        Assert.Equal(new MatchCounts(0, 0, 1), r17.Counts);
        Assert.Equal("Consult", r04.Name);

        var md = r.ToMarkdown();
        Assert.Contains("| exact (actors + full code) | 2 | 3 | 2 | 0.400 | 0.500 | 0.444 |", md);
        Assert.Contains("| 19 | Fight | 1 | 2 | 1 | 0.500 | 1.000 | 0.667 |", md);
        Assert.Contains("| 17 | Coerce | 1 | 0 | 0 | – | 0.000 | – |", md);
        Assert.Contains("| 05 | Engage in diplomatic cooperation | 0 | 0 | 0 | – | – | – |", md);

        using var json = JsonDocument.Parse(r.ToJson());
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("sentences").GetInt32());
        Assert.Equal(2, root.GetProperty("overall").GetProperty("exact").GetProperty("tp").GetInt32());
        Assert.Equal(20, root.GetProperty("per_root").GetArrayLength());
        var errors = root.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(["a", "c", "e"], errors);
    }

    [Fact]
    public void Empty_input_gives_an_empty_report()
    {
        var r = CoderEvaluator.Score([]);
        Assert.Equal(0, r.Sentences);
        Assert.Equal(0, r.MeanPredictedPerSentence);
        Assert.Equal(0, r.Overall.Exact.F1);
        Assert.Contains("0 sentences", r.ToMarkdown());
        JsonDocument.Parse(r.ToJson()).Dispose();
    }

    [Fact]
    public void Flags_are_judged_on_the_root_level_matches_only()
    {
        var gold = new GoldSentence("g1", "text", null, "dev",
        [
            new GoldEvent("KENGOV", "ETHGOV", "036") { Modality = "intended", Attribution = "KENMED" },
            new GoldEvent("RUS", "UKR", "190"),
            new GoldEvent("FRA", "DEU", "111"),
        ]);
        List<PredictedEvent> pred =
        [
            new("KENGOV", "ETHGOV", "036") { Modality = "intended" },        // modality right, reporter missed
            new("RUS", "UKR", "190") { Modality = "possible" },             // modality wrong, no reporter on either side: agrees
            new("FRA", "DEU", "042") { Modality = "intended" },             // another root: not judged
        ];
        var flags = CoderEvaluator.Score([(gold, pred)]).Flags;
        Assert.Equal(new FlagAgreement(2, 1, 1), flags);
        Assert.Contains("modality agrees with gold on 1 (0.500)", CoderEvaluator.Score([(gold, pred)]).ToMarkdown());
    }
}
