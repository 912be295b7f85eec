namespace Tidings.Tests.Coding;

/// <summary>
/// Session 49 (realnews49): readings of real article text across sentences. Events are written "SOURCE→TARGET:CODE"; each
/// listed event must be coded, each "!"-prefixed one must not. Texts written for these tests (no article's sentence).
/// </summary>
public class RealNews49Tests
{
    // A quote that runs on into a sentence of its own, with no attribution there, keeps the speaker the sentence before
    // named for the quote: its "I" or "we" is that speaker. No quote before, or an attribution of its own, and it is not.
    [Theory]
    [InlineData("\"Our talks went well,\" Kenya's foreign minister said on Monday. \"I thanked Ethiopia for hosting the meeting.\"", "KENGOV→ETH:051")]
    [InlineData("\"The vote was fair,\" said Ghana's president. \"We thank Togo for its help.\"", "GHAGOV→TGO:051")]
    [InlineData("Peru's president told reporters in Lima: \"The border is calm.\" \"I praised Chile for its patience.\"", "PERGOV→CHL:051")]
    // narration before the quote: no speaker to continue
    [InlineData("Kenya's foreign minister met reporters on Monday. \"I thanked Ethiopia for hosting the meeting.\"", "!KENGOV→ETH:051")]
    // the quote's own attribution names another speaker
    [InlineData("\"We met the envoy,\" the Kenyan minister said. \"I thanked Ethiopia for its help,\" said Uganda's president.", "UGAGOV→ETH:051|!KENGOV→ETH:051")]
    // a quote left open that closes, a sentence later, with a speaker of its own is that speaker's, not a run
    [InlineData("\"The vote was fair,\" said Ghana's president. \"We thank Togo for its help. The talks were useful,\" said Kenya's president.", "!GHAGOV→TGO:051")]
    [InlineData("\"The vote was fair,\" said Ghana's president. \"We thank Togo for its help. The talks were useful.\"", "GHAGOV→TGO:051")]
    // a first person in plain narration is nobody's
    [InlineData("Kenya's foreign minister said the talks went well. I thanked Ethiopia for hosting them.", "!KENGOV→ETH:051")]
    public void A_quote_run_on_into_the_next_sentence_keeps_its_speaker(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A representative title ("spokesman", "chief executive") right after the name of a body the article introduced
    // itself speaks for that body, as "Boeing spokesman X" does for a listed company; a government's spokesman stays GOV.
    [Theory]
    [InlineData("Brellix, a private prison company, runs two jails in Ohio. Brellix spokesman Tom Reed criticised the governor's budget.", "USABUS→USAGOV:111|!USAGOV→USAGOV:111")]
    [InlineData("Norvana, an energy firm, operates in Kenya. Norvana chief executive Mary Otieno praised the government's new tax plan.", "KENBUS→KENGOV:051|!KENGOV→KENGOV:051")]
    [InlineData("Norvana, an energy firm, operates in Kenya. A government spokesman, Paul Mwangi, praised Norvana.", "KENGOV→KENBUS:051")]
    [InlineData("Norvana, an energy firm, operates in Kenya. Government spokesman Paul Mwangi criticised Norvana.", "KENGOV→KENBUS:111|!KENBUS→KENBUS:111")]
    public void A_spokesman_of_a_body_the_article_named_speaks_for_it(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
