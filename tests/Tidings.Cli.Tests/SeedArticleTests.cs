using System.Text.Json;
using Tidings.Output;
using Tidings.Pipeline;
using Tidings.Reading;
using Tidings.Tests;
using Xunit.Abstractions;

namespace Tidings.Tests.Cli;

/// <summary>
/// The acceptance target of the product: the reference wire story in ../shared/seed and the events that
/// must come out of it. Read from ../shared at test time (never copied); skipped when it is absent.
/// </summary>
public class SeedArticleTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Reference_article_yields_the_expected_events_without_over_production()
    {
        var articlePath = SharedData.PathOf("seed/moscow-visit.txt");
        var expectedPath = SharedData.PathOf("seed/expected-events.json");
        using var expectedJson = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var published = DateOnly.Parse(expectedJson.RootElement.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        int maxEvents = expectedJson.RootElement.GetProperty("max_events").GetInt32();

        var article = ArticleReader.ReadPaths([articlePath]).OfType<ReadArticle>().Single().Article with { Published = published };
        var (_, events, mentionEvents) = TidingsPipeline.Default.Analyze(article);
        foreach (var e in events)
            output.WriteLine($"{e.Sentence}: {e.Source.Code} -{e.Cameo}-> {e.Target?.Code} [{e.Evidence.Trigger}] {e.Evidence.Rule} date={e.Date} bg={e.Background} " +
                             $"mentions={string.Join(",", e.Mentions.Select(m => $"{m.Sentence}/{m.Evidence.Section}"))}");

        Assert.DoesNotContain(events, e => e.Target is not null && e.Source.Code == e.Target.Code);
        Assert.True(events.Count <= maxEvents, $"{events.Count} events, more than {maxEvents}");
        // The headline, the deck and the lead retell the meeting: merged, the article has fewer events than
        // mentions, and fewer than the over-production bound; no mention is lost.
        output.WriteLine($"{mentionEvents.Count} mention-level events, {events.Count} merged");
        Assert.True(events.Count < mentionEvents.Count, $"{events.Count} merged events from {mentionEvents.Count} mentions");
        Assert.True(events.Count < maxEvents, $"{events.Count} merged events, not fewer than {maxEvents}");
        Assert.Equal(mentionEvents.Count, events.Sum(e => e.Mentions.Count));
        Assert.All(events, e => Assert.Equal(e.Sentence, e.Mentions[0].Sentence));

        int Matched(IReadOnlyList<CodedEvent> coded)
        {
            int matched = 0;
            foreach (var x in expectedJson.RootElement.GetProperty("expected").EnumerateArray())
            {
                var src = x.GetProperty("source").GetString()!;
                var tgt = x.GetProperty("target").GetString()!;
                var roots = x.GetProperty("roots").EnumerateArray().Select(r => r.GetString()!).ToList();
                bool hit = coded.Any(e => ExpectedEvents.CodeMatches(src, e.Source.Code) && ExpectedEvents.CodeMatches(tgt, e.Target?.Code)
                                          && roots.Any(r => e.Cameo.StartsWith(r, StringComparison.Ordinal)));
                output.WriteLine($"expected #{x.GetProperty("id").GetInt32()} {src}→{tgt} {string.Join("/", roots)}: {(hit ? "found" : "MISSING")}");
                if (hit) matched++;
            }
            return matched;
        }
        int matched = Matched(events);
        int expectedCount = expectedJson.RootElement.GetProperty("expected").GetArrayLength();
        // The acceptance target: every expected event (a lower bar once let a regression through unnoticed).
        Assert.True(matched == expectedCount, $"only {matched} of the {expectedCount} expected events found");
        Assert.Equal(Matched(mentionEvents), matched); // merging loses no expected event
    }
}

public static class ExpectedEvents
{
    /// <summary>"ISR*" accepts any code starting with ISR; otherwise codes must be equal.</summary>
    public static bool CodeMatches(string pattern, string? code) =>
        code is not null && (pattern.EndsWith('*') ? code.StartsWith(pattern[..^1], StringComparison.Ordinal) : code == pattern);
}
