namespace Tidings.Tests.Coding;

/// <summary>
/// Events missed outright (session 46, recall46): a call or a visit that sets the time of another act, told in a phrase the
/// parser hangs on a noun of the clause instead of on its verb, or with no "with" phrase of its own; and a strike noun
/// whose "by" phrase names workers. (An armed group's own report of its attack was tried as a claim, 015, and left out: the
/// gold codes most such reports as the attack alone.)
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
    // a strike noun whose "by" phrase names workers is their labour strike (143)
    [InlineData("A strike by nurses in Kenya's public hospitals entered its second week on Monday.", "KENHLH→*:143")]
    [InlineData("A strike by dockworkers in Chile shut the country's main ports.", "CHLLAB→*:143")]
    // a strike by a force is an attack, never a labour strike
    [InlineData("A strike by Israeli jets hit a building in Gaza.", "!*:143")]
    public void A_strike_by_workers_is_a_labour_strike(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
