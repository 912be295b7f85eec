namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (intent67): roots 03 and 04, missed events. (1) Decision 125: a release of a foreign captive with a
/// go-between named on the exchange or deal it is part of is mediated (045) by the go-between with the holder and the
/// captive's state, even when each side's release is told in its own clause; named in an "after"/"following" phrase the
/// mediation is the release's cause (background, so not among the asserted events here); a state's release of its own
/// citizens has no second state to mediate with. (2) A span after "by" measures how far an act moved a term ("extended
/// their truce by six months after talks"), so the "after" phrase that follows sets the act and decision 076's talks stay
/// news. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be.
/// Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Intent67Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Decision 125: the broker of an exchange or deal a one-sided release is part of mediates with the holder and with the
    // captive's state, whether the deal's broker is a "by" agent or the subject of a relative clause.
    [Theory]
    [InlineData("Kenya released two Ugandan fishermen and Uganda freed a Kenyan trader on Friday, in an exchange that Rwanda had arranged.", "RWA→KEN:045")]
    [InlineData("Kenya released two Ugandan fishermen and Uganda freed a Kenyan trader on Friday, in an exchange that Rwanda had arranged.", "RWA→UGA:045")]
    [InlineData("Belgium freed an Iranian diplomat on Monday in an exchange mediated by Oman.", "OMN→BEL:045")]
    [InlineData("Belgium freed an Iranian diplomat on Monday in an exchange mediated by Oman.", "OMN→IRN:045")]
    [InlineData("Venezuela freed two American oil executives under a deal brokered by Brazil.", "BRA→VEN:045")]
    [InlineData("Venezuela freed two American oil executives under a deal brokered by Brazil.", "BRA→USA:045")]
    public void Mediated_releases_of_foreign_captives(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not news: mediation told in an "after" or "following" phrase is the release's cause (background); a state's release
    // of its own citizens under a brokered deal has no second state; the captive himself is never the mediated side.
    [Theory]
    [InlineData("The Taliban freed a German aid worker after mediation by Qatar.", "!QAT→*:045")]
    // the release's own recent day does not make its cause news
    [InlineData("The Taliban freed a German aid worker on Saturday after mediation by Qatar.", "!QAT→*:045")]
    [InlineData("Mali's junta released three Ivorian soldiers following mediation by Togo's president.", "!TGO*→*:045")]
    [InlineData("Cuban authorities released 200 prisoners under a deal brokered by the Vatican.", "!*→*:045")]
    [InlineData("Venezuela freed two American oil executives under a deal brokered by Brazil.", "!BRA→USABUS:045")]
    public void Mediation_that_is_no_news_or_no_second_state(string sentence, string expected) => AssertCoded(sentence, expected);

    // A span after "by" measures the change, so talks "after" which a joint subject extends its truce are news (decision
    // 076); a span right before "after" with no "by" still dates the talks earlier, as background.
    [Theory]
    [InlineData("Peru and Ecuador extended their truce by six months after talks in Lima.", "PER→ECU:046")]
    [InlineData("Peru and Ecuador extended their truce by six months after talks in Lima.", "ECU→PER:046")]
    [InlineData("Peru and Ecuador signed a truce a month after talks in Lima.", "!PER→ECU:046")]
    public void A_span_after_by_measures_the_change(string sentence, string expected) => AssertCoded(sentence, expected);
}
