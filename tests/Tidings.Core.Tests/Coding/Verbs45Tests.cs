namespace Tidings.Tests.Coding;

/// <summary>
/// Events the analysts' registers (incident digests, live blogs, ministry releases) wrote in ways the coder missed
/// (session 27, verbs45): a place "taken" as war reports say it, a call told with its means after "on", "over" or "by"
/// whose "with" phrase the parser hangs on the means, and a three-word weapon noun whose first word hangs from its second.
/// </summary>
public class Verbs45Tests
{
    [Theory]
    // a town, village or city taken is occupied territory (192), as when it is seized or captured
    [InlineData("Rebel fighters took the town of Kamina from the army on Friday.", "REB→*MIL:192")]
    [InlineData("Islamist fighters have taken the town of Djibo, the army said.", "*REB→*:192")]
    [InlineData("Militiamen took the provincial capital from government forces after two days of fighting.", "*→*MIL:192")]
    [InlineData("Insurgents have taken the district from the army.", "*REB→*MIL:192")]
    [InlineData("The army took the city from the rebels on Sunday.", "*MIL→*REB:192")]
    // "take" with no place as its object is no occupation
    [InlineData("The minister took the city bus to the summit.", "!*:192")]
    [InlineData("The rebels took the money from the bank.", "!*:192")]
    public void A_place_taken_is_occupied(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a call told with its means, after "by", "on" or "over", talked or discussed as well as spoken (041)
    [InlineData("Kenya's president spoke on the phone with his Iranian counterpart on Monday.", "KENGOV→IRNGOV:041")]
    [InlineData("The Turkish foreign minister talked over the phone with the Egyptian president.", "TURGOV→EGYGOV:041")]
    [InlineData("Kenya's foreign minister discussed the crisis by phone with the Iranian president.", "KENGOV→IRNGOV:041")]
    [InlineData("The Ghanaian president talked by telephone with the prime minister of Japan.", "GHAGOV→JPNGOV:041")]
    // the "with" phrase hung by the parser on the means noun is still the call's other side
    [InlineData("The UN Secretary-General spoke by telephone with the president of Chad on Sunday.", "IGOUNO→TCDGOV:041")]
    [InlineData("Japan's prime minister spoke by phone with the South Korean president on Tuesday.", "JPNGOV→KORGOV:041")]
    // a call with no one named on the other side is no event
    [InlineData("Kenya's president spoke by phone about the weather.", "!*:041")]
    [InlineData("The minister discussed the budget by phone.", "!*:041")]
    public void A_call_told_with_its_means_is_a_phone_call(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // weapon deliveries whose three-word noun carries a model name or count before it (072)
    [InlineData("Germany has delivered three more IRIS-T air defence systems to Ukraine.", "DEU→UKR:072")]
    [InlineData("Norway delivered two NASAMS air defence systems to Ukraine last week.", "NOR→UKR:072")]
    [InlineData("Sweden has delivered new Archer artillery systems to Ukraine.", "SWE→UKR:072")]
    [InlineData("Canada delivered four Leopard battle tanks to Ukraine.", "CAN→UKR:072")]
    // the plain forms still code
    [InlineData("Germany delivered air defence systems to Ukraine.", "DEU→UKR:072")]
    [InlineData("Germany delivered tanks to Ukraine.", "DEU→UKR:072")]
    public void A_weapon_named_by_a_long_compound_is_still_delivered(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
