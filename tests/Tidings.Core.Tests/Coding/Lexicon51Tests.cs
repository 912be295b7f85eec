namespace Tidings.Tests.Coding;

/// <summary>
/// Session 51 (lexicon51): triggers and frames the lexicon lacked, added as families. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Lexicon51Tests
{
    // A verb phrase whose noun is the head of an actor that is its object ("dissolved the opposition X party", "expelled
    // the Kenyan ambassador") matches, and the actor stays its target; a phrase whose noun is not that head does not.
    [Theory]
    [InlineData("Cambodia's Supreme Court dissolved the opposition National Rescue party on Thursday.", "KHMJUD→KHMOPP:1722")]
    [InlineData("Cambodia's Supreme Court dissolved the opposition National Rescue party on Thursday.", "!KHMOPP→*:*")]
    [InlineData("The junta dissolved the electoral commission on Monday.", "!*→*:1722")]
    public void A_phrase_reaches_the_head_of_its_object_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A protest note told with "of" or as a letter is a formal protest (114) by the light verb's subject to its addressee.
    [Theory]
    [InlineData("Peru's foreign ministry delivered a note of protest to Chile on Friday.", "PERGOV→CHL:114")]
    [InlineData("Ghana sent a letter of protest to Togo over the border incident.", "GHA→TGO:114")]
    [InlineData("Ghana sent a letter of congratulation to Togo.", "!GHA→TGO:114")]
    public void A_note_or_letter_of_protest_is_a_protest(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // The offer to mediate named as a noun is an intent to mediate (039) by its owner, aimed at a side "between" names.
    [Theory]
    [InlineData("Oman's offer to mediate between Iran and the United States was welcomed in Tehran.", "OMN→IRN:039")]
    [InlineData("Turkey's mediation offer between Kyiv and Moscow was rejected by the Kremlin.", "TUR→UKR*:039")]
    [InlineData("Oman's offer to mediate between Iran and the United States was welcomed in Tehran.", "!IRN→OMN:039")]
    public void An_offer_to_mediate_named_as_a_noun(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Peacekeepers kept where they serve, and a stabilisation mission authorised for a country, are peacekeeping (074); a
    // state keeping its own troops somewhere is no peacekeeping.
    [Theory]
    [InlineData("The Security Council voted to keep its peacekeepers in South Sudan for another year.", "IGOUNO→*:074")]
    [InlineData("The Security Council voted to keep its blue helmets in Lebanon.", "IGOUNO→LBN:074")]
    [InlineData("The African Union authorised a stabilisation mission for Somalia.", "IGOAFRAFU→SOM:074")]
    [InlineData("Russia will keep its troops in Syria.", "!*→*:074")]
    public void Peacekeepers_kept_or_authorised_are_peacekeeping(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Decision 051: a force pulling out of ground it held is a military retreat (0874), a promised or agreed one an intent
    // to de-escalate (0356); neither is the 166 of leaving an organisation. "pulled its troops out of" is the longer row
    // that names the force, not the "pull out of" of a treaty or body.
    [Theory]
    [InlineData("Ethiopian troops withdrew from three border towns on Sunday.", "ETHMIL→*:0874")]
    [InlineData("Ethiopian troops withdrew from three border towns on Sunday.", "!ETHMIL→*:166")]
    [InlineData("Uganda said it would pull its troops out of South Sudan by March.", "UGA→SSD:0356")]
    [InlineData("Uganda pulled its troops out of South Sudan on Friday.", "UGA*→SSD:0874")]
    [InlineData("Uganda pulled its troops out of South Sudan on Friday.", "!UGA*→*:166")]
    [InlineData("Burundi withdrew from the International Criminal Court.", "BDI→*:166")]
    public void Troop_withdrawals_follow_decision_051(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
