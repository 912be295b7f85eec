using Tidings.Evaluation;
using Xunit.Abstractions;

namespace Tidings.Tests.Evaluation;

public class ActorEvaluatorTests(ITestOutputHelper output)
{
    private static string GoldPath()
    {
        Skip.If(SharedData.RepoRoot is null, "repository root not found");
        return Path.Combine(SharedData.RepoRoot!, "gold", "actors-gold.jsonl");
    }

    [Fact]
    public void Scores_overlap_matches_and_codes()
    {
        var gold = ActorEvaluator.ReadGold(new StringReader(
            """{"id":"a","published":"2025-01-02","split":"dev","text":"Israeli troops met Hamas. Hamas left.","mentions":[{"text":"Israeli troops","code":"ISRMIL"},{"text":"Hamas","code":"PSEREBHMS"},{"text":"Hamas","code":"PSEREBHMS"}]}"""));
        var g = Assert.Single(gold);
        Assert.Equal(new DateOnly(2025, 1, 2), g.Published);
        Assert.Equal([0, 19, 26], g.Mentions.Select(m => m.Start));
        var report = ActorEvaluator.Score([(g, [
            new PredictedActor(0, 7, "Israeli", "ISR", "r"),        // overlaps gold 1, wrong code
            new PredictedActor(19, 24, "Hamas", "PSEREBHMS", "r"),  // exact, right code
            new PredictedActor(32, 36, "left", "CVL", "r"),         // extra
        ])]);
        Assert.Equal(new MatchCounts(2, 1, 1), report.Detection);
        Assert.Equal(1, report.ExactSpan);
        Assert.Equal(1, report.CodeCorrect);
        Assert.Equal(0.5, report.CodeAccuracy);
    }

    [Theory]
    [InlineData("""{"id":"a","text":"x","mentions":[{"text":"Syria","code":"SYR"}]}""")]
    [InlineData("""{"id":"a","text":"Syria"}""")]
    [InlineData("""not json""")]
    public void Malformed_gold_lines_name_the_line(string line)
    {
        var e = Assert.Throws<FormatException>(() => ActorEvaluator.ReadGold(new StringReader("\n" + line), "g.jsonl"));
        Assert.StartsWith("g.jsonl:2:", e.Message);
    }

    [SkippableFact]
    public void Gold_file_is_well_formed_and_large_enough()
    {
        var gold = ActorEvaluator.ReadGold(GoldPath());
        Assert.True(gold.Sum(r => r.Mentions.Count) >= 300);
        Assert.Equal(gold.Count, gold.Select(r => r.Id).Distinct().Count());
        Assert.All(gold, r => Assert.Contains(r.Split, new[] { "dev", "test", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14" }));
        Assert.All(gold.SelectMany(r => r.Mentions), m => Assert.Matches("^[A-Z]{3}([A-Z]{3})*$", m.Code));
    }

    /// <summary>Prints the figures for both splits; the floors are below the measured values so regressions show.</summary>
    [SkippableTheory]
    [InlineData("dev", 0.95, 0.95)]
    [InlineData("test", 0.90, 0.85)]
    public void Actor_recognizer_reaches_its_floor_on_the_gold_set(string split, double minF1, double minCodeAccuracy)
    {
        var gold = ActorEvaluator.ReadGold(GoldPath()).Where(r => r.Split == split).ToList();
        var report = ActorEvaluator.Evaluate(gold);
        output.WriteLine($"{split}: {report.Summary()}");
        if (split == "dev") output.WriteLine(report.Errors());
        Assert.True(report.Detection.F1 >= minF1, $"{split} detection F1 {report.Detection.F1:P1} < {minF1:P0}");
        Assert.True(report.CodeAccuracy >= minCodeAccuracy, $"{split} code accuracy {report.CodeAccuracy:P1} < {minCodeAccuracy:P0}");
    }
}
