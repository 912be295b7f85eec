using Tidings.Documents;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 12's rows and guard for cooperative phrasings of real news: leaving, departing or heading for a capital (a visit,
/// as "travelled to"), working closely with (diplomatic cooperation, as "cooperated"), presenting or receiving an envoy's
/// credentials, a verb phrase that does not end on a word the parser makes the modifier of a later event noun
/// ("stepped up security cooperation" is cooperation, not stepped-up security), and an agreement or talks that "will be
/// signed" or "are expected to be held" (intended). Sentences written for these tests.
/// </summary>
public class NegotiationPhrasingsTests
{
    private static IReadOnlyList<CodedEvent> Events(string body) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 5, 2) }).Events
            .Where(e => !e.Negated).ToList();

    /// <summary>"SOURCE→TARGET:CAMEO".</summary>
    private static string Describe(CodedEvent e) => $"{e.Source.Code}→{e.Target?.Code ?? "-"}:{e.Cameo}";

    [Theory]
    // 042: leaving, departing, heading or setting off for a capital is a trip there, as "travelled to"
    [InlineData("Kenya's foreign minister left for Kampala on Monday.", "KENGOV→UGAGOV:042")]
    [InlineData("Kenya's foreign minister departed for Kampala on Monday.", "KENGOV→UGAGOV:042")]
    [InlineData("Kenya's foreign minister headed for Kampala on Monday.", "KENGOV→UGAGOV:042")]
    [InlineData("Kenya's foreign minister set off for Kampala on Monday.", "KENGOV→UGAGOV:042")]
    // the purpose clause does not take the trip's place away
    [InlineData("The Chilean foreign minister left for Lima to meet the Bolivian president.", "CHLGOV→PER:042")]
    // 050: working closely with is diplomatic cooperation, as "cooperated closely"
    [InlineData("The Kenyan government worked closely with Ugandan officials.", "KENGOV→UGAGOV:050")]
    [InlineData("The Kenyan government has worked closely with Ugandan officials to end the dispute.", "KENGOV→UGAGOV:050")]
    // 050: an envoy's credentials presented and received
    [InlineData("Kenya's new ambassador presented his credentials to the Ugandan president.", "KENGOV→UGAGOV:050")]
    [InlineData("The Ugandan president received the credentials of the new Kenyan ambassador.", "UGAGOV→KENGOV:050")]
    // a phrase's last word that only modifies a later event noun leaves the act to that noun
    [InlineData("Kenya and Uganda vowed to step up security cooperation.", "KEN→UGA:0312")]
    // an event noun as the passive subject of a light verb still to come is intended, as "Kenya will sign an agreement"
    [InlineData("An agreement between Kenya and Uganda will be signed next week.", "KEN→UGA:032")]
    [InlineData("Talks between Kenya and Uganda will be held in Nairobi next week.", "UGA→KEN:036")]
    [InlineData("Talks between Kenya and Uganda are expected to be held in Nairobi.", "KEN→UGA:036")]
    [InlineData("The agreement between Kenya and Uganda was signed on Monday.", "KEN→UGA:057")]
    public void Codes_the_event(string sentence, string expected)
    {
        var got = Events(sentence).Select(Describe).ToList();
        Assert.True(got.Contains(expected), $"expected {expected}; got [{string.Join("; ", got)}]");
    }

    [Theory]
    [InlineData("Kenya and Uganda vowed to step up security cooperation.", "13")] // a pledge to cooperate threatens no one
    [InlineData("Kenya and Uganda vowed to step up security cooperation.", "15")] // no show of force: the security is the cooperation's
    [InlineData("The Kenyan rebels left for the hills.", "04")]                    // no place with a country, no visit
    public void Codes_no_event_of(string sentence, string cameoPrefix)
    {
        var got = Events(sentence);
        Assert.DoesNotContain(got, e => e.Cameo.StartsWith(cameoPrefix, StringComparison.Ordinal));
    }

    /// <summary>A phrase whose noun heads its own object keeps its code: police stepping up security is a show of force.</summary>
    [Fact]
    public void Stepped_up_security_alone_stays_a_show_of_force()
    {
        var got = Events("Kenyan police stepped up security in Nairobi.").Select(Describe).ToList();
        Assert.Contains(got, g => g.EndsWith(":151", StringComparison.Ordinal));
    }
}
