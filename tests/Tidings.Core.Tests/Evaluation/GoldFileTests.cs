using Tidings.Coding;
using Tidings.Evaluation;

namespace Tidings.Tests.Evaluation;

public class GoldFileTests
{
    private const string Good =
        """{"id":"a1","text":"Kenya's president visited Addis Ababa.","published":"2025-03-04","split":"dev","events":[{"source":"KENGOV","target":"ETHGOV","cameo":"042"}]}""";

    [Fact]
    public void Parses_a_well_formed_file()
    {
        var text = Good + "\n\n" +
                   """{"id":"a2","text":"Police arrested three men.","events":[{"source":"FRACOP","cameo":"173"},{"source":"ISR*","target":null,"cameo":"190","note":"x"}]}""" + "\n" +
                   """{"id":"a3","text":"Nothing happened.","events":[],"split":null,"published":null}""";
        var gold = GoldFile.Parse(new StringReader(text), "t.jsonl");
        Assert.Equal(3, gold.Count);
        Assert.Equal(new DateOnly(2025, 3, 4), gold[0].Published);
        Assert.Equal("dev", gold[0].Split);
        Assert.Equal(new GoldEvent("KENGOV", "ETHGOV", "042"), gold[0].Events[0]);
        Assert.Null(gold[1].Published);
        Assert.Equal(new GoldEvent("FRACOP", null, "173"), gold[1].Events[0]);
        Assert.Equal(new GoldEvent("ISR*", null, "190"), gold[1].Events[1]);
        Assert.Empty(gold[2].Events);
        Assert.Null(gold[2].Split);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("""{"text":"t","events":[]}""", "'id'")]
    [InlineData("""{"id":"","text":"t","events":[]}""", "'id'")]
    [InlineData("""{"id":"b","events":[]}""", "'text'")]
    [InlineData("""{"id":"b","text":"t"}""", "'events' must be an array")]
    [InlineData("""{"id":"b","text":"t","events":{}}""", "'events' must be an array")]
    [InlineData("""{"id":"b","text":"t","event":[],"events":[]}""", "unknown field 'event'")]
    [InlineData("""{"id":"b","text":"t","published":"04/03/2025","events":[]}""", "yyyy-MM-dd")]
    [InlineData("""{"id":"b","text":"t","events":[{"source":"SYR","target":"RUS"}]}""", "event 1: 'cameo'")]
    [InlineData("""{"id":"b","text":"t","events":[{"source":"SYR","cameo":"999"}]}""", "not a CAMEO code")]
    [InlineData("""{"id":"b","text":"t","events":[{"source":"SYR","cameo":"0429"}]}""", "not a CAMEO code")]
    [InlineData("""{"id":"b","text":"t","events":[{"source":"syrgov","cameo":"042"}]}""", "source 'syrgov'")]
    [InlineData("""{"id":"b","text":"t","events":[{"source":"SY*","cameo":"042"}]}""", "source 'SY*'")]
    [InlineData("""{"id":"b","text":"t","events":[{"source":"SYR","target":5,"cameo":"042"}]}""", "'target' must be a string")]
    [InlineData("""{"id":"b","text":"t","events":[{"source":"SYR","cameo":"042","role":"x"}]}""", "unknown field 'role'")]
    [InlineData("""{"id":"a1","text":"t","events":[]}""", "already used on line 1")]
    public void A_malformed_line_is_reported_with_file_and_line(string badLine, string fragment)
    {
        var text = Good + "\n" + badLine + "\n";
        var ex = Assert.Throws<GoldFormatException>(() => GoldFile.Parse(new StringReader(text), "gold.jsonl"));
        Assert.Equal(2, ex.Line);
        Assert.Equal("gold.jsonl", ex.FileName);
        Assert.StartsWith("gold.jsonl:2: ", ex.Message);
        Assert.Contains(fragment, ex.Message);
    }

    [Fact]
    public void Load_names_the_path_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tidings-gold-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllText(path, Good + "\n" + "{oops\n");
            var ex = Assert.Throws<GoldFormatException>(() => GoldFile.Load(path));
            Assert.StartsWith(path + ":2:", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("SYR", true)]
    [InlineData("IGOUNO", true)]
    [InlineData("ISR*", true)]
    [InlineData("IS", false)]
    [InlineData("ISR**", false)]
    [InlineData("*", false)]
    [InlineData("SYR GOV", false)]
    public void Actor_patterns(string code, bool ok) => Assert.Equal(ok, GoldFile.IsActorPattern(code));

    // ---- the committed gold file ----

    private static IReadOnlyList<GoldSentence>? LoadSample()
    {
        var repo = SharedData.RepoRoot;
        if (repo is null) return null;
        var path = Path.Combine(repo, "gold", "coder-dev.jsonl");
        return File.Exists(path) ? GoldFile.Load(path) : null;
    }

    [Fact]
    public void The_sample_gold_file_loads_and_covers_every_root()
    {
        var gold = LoadSample();
        Assert.NotNull(gold);   // the file is part of the repository
        Assert.True(gold.Count >= 120, $"{gold.Count} sentences");
        Assert.All(gold, s => Assert.Contains(s.Split, new[] { "dev", "test" }));
        var dev = gold.Count(s => s.Split == "dev");
        Assert.InRange((double)dev / gold.Count, 0.5, 0.7);
        var empty = gold.Count(s => s.Events.Count == 0);
        Assert.True(empty >= 15, $"only {empty} event-free sentences");
        var perRoot = gold.SelectMany(s => s.Events).GroupBy(e => CameoTable.Root(e.Cameo)).ToDictionary(g => g.Key, g => g.Count());
        for (var r = 1; r <= 20; r++)
        {
            var root = r.ToString("00");
            Assert.True(perRoot.GetValueOrDefault(root) >= 4, $"root {root}: {perRoot.GetValueOrDefault(root)} events");
        }
    }

    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        var gold = LoadSample();
        Assert.NotNull(gold);
        // Replace wildcards by a concrete code they accept, as a coder would output.
        static string? Concrete(string? a) => a is not null && a.EndsWith('*') ? a[..^1] : a;
        var report = CoderEvaluator.Score(gold.Select(s =>
            (s, (IReadOnlyList<PredictedEvent>)s.Events.Select(e => new PredictedEvent(Concrete(e.Source), Concrete(e.Target), e.Cameo)).ToList())));
        Assert.Equal(1.0, report.Overall.Exact.F1);
        Assert.Equal(0, report.EmptySentencesWithPredictions);
    }
}
