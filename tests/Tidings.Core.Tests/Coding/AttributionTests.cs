using Tidings.Documents;
using Tidings.Pipeline;
using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>Which reporter each event of a sentence is attributed to, through the default pipeline.</summary>
public class AttributionTests
{
    // Expected: "trigger=REPORTER" for each listed event ("-" when none).
    [Theory]
    // two speakers, each reporting its own clause
    [InlineData("The army said it had killed 12 militants in Borno, and Boko Haram said its fighters had shot down a Nigerian military helicopter.",
        "killed=NGAMIL|shot down=NGAREB")]
    // one speaker for the whole sentence
    [InlineData("Kenyan police said officers had arrested 40 protesters in Nairobi.", "arrested=KENCOP")]
    // unnamed people who pass the news on are no reporter, whatever country the sentence lends them
    [InlineData("Hungary blocked the statement on Iran, diplomats said.", "blocked=-")]
    [InlineData("Gunmen attacked a police post in northern Benin, officials said.", "attacked=-")]
    // a body's own organ is, with the sentence's country
    [InlineData("Gunmen attacked a police post in northern Benin, police said.", "attacked=BENCOP")]
    [InlineData("Gunmen attacked a police post in northern Benin, health officials said.", "attacked=BENGOV")]
    // every actor of an "according to" phrase reports: the statement's author is found past the noun "statement"
    [InlineData("According to a statement from Kenya's defence ministry, troops killed 20 militants in Somalia.", "killed=KENGOV")]
    public void Each_event_takes_the_nearest_reporter_above_it(string text, string expected)
    {
        var events = TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = text, Published = new DateOnly(2025, 5, 2) }).MentionEvents;
        foreach (var want in expected.Split('|'))
        {
            var (trigger, reporter) = (want[..want.IndexOf('=')], want[(want.IndexOf('=') + 1)..]);
            var e = Assert.Single(events, e => e.Evidence.Trigger.StartsWith(trigger, StringComparison.Ordinal));
            Assert.Equal(reporter, e.Attribution?.Code ?? "-");
        }
    }

    [Theory]
    // a person named after the body in an "according to" phrase reports with it; neither is the doer of the news
    [InlineData("According to Kenya Tourism Board chief executive John Kamau, BA was concerned that the route would not pay.")]
    public void Actors_of_an_according_to_phrase_are_no_source(string text)
    {
        var events = TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = text, Published = new DateOnly(2025, 5, 2) }).MentionEvents;
        Assert.DoesNotContain(events, e => e.Source.Code is { } c && c.StartsWith("KEN", StringComparison.Ordinal));
    }
}
