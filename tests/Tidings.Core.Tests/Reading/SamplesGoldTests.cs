using System.Text.Json;
using System.Text.RegularExpressions;
using Tidings.Reading;

namespace Tidings.Tests.Reading;

/// <summary>
/// samples/gold/samples-gold.jsonl stays consistent with the samples it codes: every sentence occurs in the
/// article it names (as the readers give it), dates are ISO, actor codes are well formed and every CAMEO
/// code exists in the codebook.
/// </summary>
public partial class SamplesGoldTests
{
    [GeneratedRegex(@"^[A-Z]{3}[A-Z0-9]*\*?$")]
    private static partial Regex ActorCode();

    private static List<JsonElement> Gold(out string samples)
    {
        Skip.If(SharedData.RepoRoot is null, "repository root not found");
        samples = Path.Combine(SharedData.RepoRoot!, "samples");
        var lines = File.ReadAllLines(Path.Combine(SharedData.RepoRoot!, "gold", "samples-gold.jsonl")).Where(l => l.Length > 0);
        return lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static string Squash(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    [SkippableFact]
    public void Gold_sentences_come_from_the_samples()
    {
        var gold = Gold(out var samples);
        Assert.True(gold.Count >= 60, $"only {gold.Count} gold sentences");
        Assert.Equal(gold.Count, gold.Select(g => g.GetProperty("id").GetString()).Distinct().Count());
        var texts = new Dictionary<string, string>();
        foreach (var g in gold)
        {
            var file = g.GetProperty("article").GetString()!;
            if (!texts.TryGetValue(file, out var text))
            {
                var arts = ArticleReader.ReadPaths([Path.Combine(samples, file)]).OfType<ReadArticle>().Select(r => r.Article);
                text = Squash(string.Join(" ", arts.Select(a => $"{a.Headline} {a.Deck} {a.Body}")));
                texts[file] = text;
            }
            var sentence = g.GetProperty("text").GetString()!;
            Assert.True(text.Contains(Squash(sentence), StringComparison.Ordinal), $"{g.GetProperty("id")}: sentence not in {file}");
            Assert.True(DateOnly.TryParseExact(g.GetProperty("published").GetString(), "yyyy-MM-dd", out _));
        }
    }

    [SkippableFact]
    public void Gold_codes_are_valid_CAMEO()
    {
        var gold = Gold(out _);
        var codebook = File.ReadAllText(SharedData.PathOf("reference/cameo-codes/CAMEO_codefile.txt"));
        var codes = Regex.Matches(codebook, @"^LABELi?:\s*(\d+)i?=", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        int events = 0;
        foreach (var g in gold)
            foreach (var e in g.GetProperty("events").EnumerateArray())
            {
                events++;
                Assert.Contains(e.GetProperty("cameo").GetString()!, codes);
                Assert.Matches(ActorCode(), e.GetProperty("source").GetString()!);
                var target = e.GetProperty("target");
                if (target.ValueKind != JsonValueKind.Null) Assert.Matches(ActorCode(), target.GetString()!);
            }
        Assert.True(events >= 100, $"only {events} gold events");
        // The scorer's own loader accepts the file as it is.
        Assert.Equal(gold.Count, Tidings.Evaluation.GoldFile.Load(Path.Combine(SharedData.RepoRoot!, "gold", "samples-gold.jsonl")).Count);
    }
}
