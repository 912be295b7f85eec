namespace Tidings.Tests.Coding;

/// <summary>
/// Sub-codes chosen from what is asked for (session 24, codes24): a protest made for a demand takes the demand's kind of
/// change (14xk), a demand that the authorities act in a way the lexicon does not name being one for a policy change
/// (14x2); an appeal or demand to let outsiders in (inspectors, monitors, aid convoys, journalists) asks for international
/// involvement (0255, 1055); one to give up a protest for easing dissent (0252, 1052); one to go back to talks for a
/// meeting (026, 106).
/// </summary>
public class Codes24Tests
{
    [Theory]
    // a demand that the government act in some unnamed way is a demand of policy change: the protest is for one (14x2)
    [InlineData("Hundreds of taxi drivers marched to the transport ministry in Accra to demand that the government cut fuel prices.", "*→*GOV:1412")]
    [InlineData("Thousands of farmers rallied in Lima to demand that the government buy their potato harvest.", "*→*GOV:1412")]
    [InlineData("Truck drivers blocked the main highway into Santiago, demanding that the government scrap the new toll.", "*→*:1442")]
    // a demand of a named kind of change keeps its own sub-code
    [InlineData("Protesters rallied in Bishkek to demand the resignation of the interior minister.", "*→*GOV:1411")]
    [InlineData("Students rallied in Colombo to demand their right to free education.", "*→*:1413")]
    // a demand of another kind (a withdrawal of fighters) leaves the protest's own code
    [InlineData("Residents marched through Goma to demand the withdrawal of rebel fighters.", "*→*:141|!*:1412")]
    // no demand, no sub-code
    [InlineData("Hundreds of people demonstrated in Lagos.", "*→*:141|!*:1412")]
    public void A_protest_takes_the_kind_of_change_it_demands(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // letting outsiders in is allowing international involvement (0255, 1055)
    [InlineData("The European Union urged Ethiopia to allow aid convoys into Tigray.", "IGOEUREEC→ETH:0255")]
    [InlineData("Germany urged Iran to allow inspectors back into its nuclear sites.", "DEU→IRN:0255")]
    [InlineData("Britain urged Myanmar's military to let journalists into Rakhine state.", "GBR→MMRMIL:0255")]
    [InlineData("The United Nations called on the junta to let independent monitors into the prisons.", "IGOUNO→*:0255")]
    [InlineData("Amnesty International urged Egypt to allow an independent investigation into the deaths.", "NGO*→EGY:0255")]
    [InlineData("Canada demanded that Venezuela allow international observers to monitor the vote.", "CAN→VEN:1055")]
    [InlineData("Sweden urged Belarus to permit UN investigators to visit the detention centres.", "SWE→BLR:0255")]
    public void Letting_outsiders_in_is_international_involvement(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // giving up a protest eases political dissent (0252)
    [InlineData("Kenya's president called on the opposition to end their protests.", "KENGOV→KENOPP:0252")]
    [InlineData("Peru's president urged the miners to halt their demonstrations and return home.", "PERGOV→*:0252")]
    // halting strikes or a blockade is de-escalation, not dissent
    [InlineData("The United States urged Israel to halt its strikes on Lebanon.", "USA→ISR:0256|!*:0252")]
    [InlineData("France urged Israel to end its blockade of Gaza.", "FRA→ISR:02*|!*:0252")]
    public void Giving_up_a_protest_eases_dissent(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // going back to talks is meeting to negotiate (026, 106)
    [InlineData("Qatar urged Israel and Hamas to return to the negotiating table.", "QAT→ISR:026")]
    [InlineData("Norway called on the Colombian government and the ELN rebels to return to talks.", "NOR→COLGOV:026")]
    [InlineData("Malaysia urged the Thai government to come back to the negotiating table.", "MYS→THAGOV:026")]
    public void Going_back_to_talks_is_an_appeal_to_meet(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
