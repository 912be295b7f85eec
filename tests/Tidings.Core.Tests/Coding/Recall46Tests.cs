namespace Tidings.Tests.Coding;

/// <summary>
/// Events missed outright (session 46, recall46): a call or a visit that sets the time of another act, told in a phrase the
/// parser hangs on a noun of the clause instead of on its verb, or with no "with" phrase of its own; and an armed group's
/// report, in its own words, of an attack it made, which takes responsibility for the attack (015) besides the attack.
/// </summary>
public class Recall46Tests
{
    [Theory]
    // a visit in a "during" phrase the parser hangs on the object's noun still sets the clause (042 by its subject)
    [InlineData("Kenya's president praised Qatar for its mediation during a visit to Doha.", "KENGOV→QAT:042")]
    [InlineData("Ghana's foreign minister thanked Germany for its help during a visit to Berlin.", "GHAGOV→DEU:042")]
    // "on a visit to" is being on a journey, as "during a visit" is
    [InlineData("The Polish president, on his first visit to Lithuania, praised the country's border guards.", "POLGOV→LTU:042")]
    // a call hung on an object's noun, and a call with no "with" phrase: held with the one the verb addresses (041)
    [InlineData("Egypt's president congratulated Tebboune on his election in a telephone call on Monday.", "EGYGOV→*:041")]
    [InlineData("The Turkish foreign minister told his Iranian counterpart in a phone call that Ankara opposed the strikes.", "TURGOV→IRNGOV:041")]
    [InlineData("Chile's president thanked Peru for its support in a telephone call with the Peruvian president.", "CHLGOV→PERGOV:041")]
    // a past promise made during a call: the call happened (041 asserted, not an intent to meet)
    [InlineData("Spain's prime minister promised to send firefighters to Portugal during a phone call with the Portuguese prime minister.", "ESPGOV→PRTGOV:041")]
    [InlineData("Spain's prime minister promised to send firefighters to Portugal during a phone call with the Portuguese prime minister.", "!*:036")]
    // a noun's own "in" phrase of place or content is no setting: no consultation is invented
    [InlineData("Kenya's president praised the progress in the negotiations.", "!*:042")]
    [InlineData("Kenya's president praised the role of women in politics.", "!*:041")]
    // a visit planned for later is not coded as made
    [InlineData("The minister plans to sign a trade deal during a visit to India next week.", "!*:042")]
    public void A_call_or_visit_that_sets_the_clause_is_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an armed group reporting its own attack claims it (015) and the attack is still coded
    [InlineData("Al-Shabaab said in a statement that its fighters had attacked an army base near Baidoa.", "SOMREB→*:015")]
    [InlineData("Al-Shabaab said in a statement that its fighters had attacked an army base near Baidoa.", "SOMREB→*:19*")]
    [InlineData("The Houthis said they had fired a drone at an Israeli port.", "YEMREB→ISR:015")]
    // a state's forces reporting their own strike make no claim
    [InlineData("The Israeli army said it had struck weapons depots in southern Lebanon.", "!*:015")]
    [InlineData("The Nigerian army said its troops had killed 20 insurgents in Borno.", "!*:015")]
    // an armed group's denial of an attack is no claim of it
    [InlineData("Al-Shabaab said it had not attacked the convoy.", "!*:015")]
    public void An_armed_groups_report_of_its_own_attack_claims_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
