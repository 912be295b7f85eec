namespace Tidings.Tests.Coding;

/// <summary>
/// Session 56 (blind74): economic and energy statecraft as political news (decision 062). Energy supplies cut off or resumed
/// (liquefied gas as gas; exports halted as deliveries halted), ports closed to another state's ships, firms placed under
/// state trusteeship or administration, loans secured from a lender, and oligarchs and magnates as business people. Events
/// are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written
/// for these tests, not taken from the blind74 gold lines.
/// </summary>
public class Blind74Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Halting deliveries or exports of energy to a state reduces relations (160); threatened it is 131 (decision 024);
    // resumed it is economic cooperation (061); exporting energy is still cooperation.
    [Theory]
    [InlineData("Norway halted LNG deliveries to Poland on Tuesday.", "NOR→POL:160")]
    [InlineData("Azerbaijan stopped exporting oil to Georgia in March.", "AZE→GEO:160")]
    [InlineData("Azerbaijan stopped exporting oil to Georgia in March.", "!AZE→GEO:061")]
    [InlineData("Romania threatened to stop exporting electricity to Moldova.", "ROU→MDA:131")]
    [InlineData("Algeria resumed LNG supplies to Italy after a week.", "DZA→ITA:061")]
    [InlineData("Azerbaijan exported more oil to Georgia this year.", "AZE→GEO:061")]
    [InlineData("Azerbaijan exported more oil to Georgia this year.", "!AZE→GEO:160")]
    public void Energy_cut_off_or_resumed(string sentence, string expected) => AssertCoded(sentence, expected);

    // Ports closed to another state's ships or goods are an embargo on that state (163); a port closed by no state to no
    // one is no event.
    [Theory]
    [InlineData("Egypt closed its ports to Iranian ships on Friday.", "EGY→IRN:163")]
    [InlineData("Heavy storms closed the port of Durban for two days.", "!*→*:163")]
    public void Ports_closed_to_a_state(string sentence, string expected) => AssertCoded(sentence, expected);

    // A firm placed under state trusteeship, administration or control has its property taken (1711) from its owners.
    [Theory]
    [InlineData("Kazakhstan placed the local unit of a Russian oil company under state administration.", "KAZ→RUSBUS:1711")]
    [InlineData("Poland put a Russian-owned fertiliser plant under temporary trusteeship.", "POL→RUS*:1711")]
    [InlineData("The general placed his soldiers under the command of the regional governor.", "!*→*:1711")]
    public void Firms_placed_under_state_control_are_confiscated(string sentence, string expected) => AssertCoded(sentence, expected);

    // A loan secured or obtained from a lender is economic aid from the lender to the borrower (071); with no lender named,
    // or when something other than a loan is secured, there is no aid.
    [Theory]
    [InlineData("Serbia secured a loan of 2 billion euros from China on Monday.", "CHN→SRB:071")]
    [InlineData("Tunisia obtained a 500 million dollar loan from Saudi Arabia.", "SAU→TUN:071")]
    [InlineData("Serbia secured a loan of 2 billion euros from China on Monday.", "!SRB→CHN:071")]
    [InlineData("Bangladesh secured the release of its sailors from Somali pirates.", "!*→*:071")]
    public void Loans_secured_from_a_lender_are_aid(string sentence, string expected) => AssertCoded(sentence, expected);

    // Oligarchs and magnates are business people of their country (BUS), as tycoons are.
    [Theory]
    [InlineData("Britain added seven Russian oligarchs to its sanctions list.", "GBR→RUSBUS:163")]
    [InlineData("Britain added seven Russian oligarchs to its sanctions list.", "!GBR→RUS:163")]
    [InlineData("Italian police seized the yacht of a Russian magnate.", "ITACOP→RUSBUS:1711")]
    public void Oligarchs_and_magnates_are_business(string sentence, string expected) => AssertCoded(sentence, expected);

    // A complaint filed at the WTO is a dispute case, a lawsuit (115) against the state whose measure it contests (blind46,
    // decision 062); a complaint lodged with an envoy stays an official complaint (114).
    [Theory]
    [InlineData("Brazil lodged a WTO complaint against Canadian duties on beef.", "BRA→CAN:115")]
    [InlineData("Brazil lodged a WTO complaint against Canadian duties on beef.", "!BRA→*:114")]
    [InlineData("Pakistan filed a complaint at the WTO against EU tariffs on textiles.", "PAK→IGOEUREEC:115")]
    [InlineData("Nepal lodged a complaint with the Indian ambassador over the border map.", "NPL→INDGOV:114")]
    [InlineData("Nepal lodged a complaint with the Indian ambassador over the border map.", "!NPL→*:115")]
    public void Complaints_at_the_WTO_are_lawsuits(string sentence, string expected) => AssertCoded(sentence, expected);

    // The officer of a body named after "of" with an indefinite article or plain modifiers before it is that body's
    // ("the chief executive of a state copper company" BUS), a two-word office included; a government's chief executive
    // keeps GOV.
    [Theory]
    [InlineData("Police in Lagos arrested the chief executive of a Nigerian oil firm.", "NGACOP→NGABUS:173")]
    [InlineData("Police in Lagos arrested the chief executive of a Nigerian oil firm.", "!NGACOP→NGAGOV:173")]
    [InlineData("Authorities in Hanoi arrested the chief executive of a state shipping company on Friday.", "VNMGOV→VNMBUS:173")]
    [InlineData("Hong Kong's chief executive met the Chinese premier in Beijing.", "HKGGOV→CHNGOV:*")]
    public void Officers_of_a_firm_named_after_of_are_its_business(string sentence, string expected) => AssertCoded(sentence, expected);
}
