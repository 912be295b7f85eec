namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (nationality65): people, firms and forces named by a nationality adjective. A noun that names a trade or lot
/// after a country adjective gives the role (roles.tsv): firms named by their trade are business ("Chinese solar panel
/// makers", "American gun dealers", "Russia's state nuclear corporation"), private people civilians ("a British couple",
/// "Afghan interpreters", "Russian conscientious objectors"), publishers and television channels media, trade unionists labour,
/// shepherds agriculture, servicemen and naval ships the military (decision 023). Words that say what a drone does do not
/// make it crewed (decision 023: "Ukrainian long-range drones" is the bare country). "The leader of an opposition party"
/// leads the opposition as "the leader of the opposition party" does; "States" inside "the United States" names one state,
/// so a role "of India and the United States" is each state's (decision 055). Events are written "SOURCE→TARGET:CODE";
/// each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these tests.
/// </summary>
public class Nationality65Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Firms named by their trade after a country adjective are its business; "drug dealers" keep their own row (CRM) and
    // policymakers are officials, not makers.
    [Theory]
    [InlineData("The United States hit Chinese solar panel makers with new tariffs on Friday.", "USA→CHNBUS:163")]
    [InlineData("Mexico sued five American gun dealers in a federal court in Texas on Tuesday.", "MEX→USABUS:115")]
    [InlineData("Beijing suspended imports from four Australian meat processors on Monday.", "CHNGOV→AUSBUS:163")]
    [InlineData("Police in Manila arrested three drug dealers on Sunday.", "!*→PHLBUS:173")]
    [InlineData("Police in Manila arrested three drug dealers on Sunday.", "PHLCOP→PHLCRM:173")]
    [InlineData("The United States hit Chinese solar panel makers with new tariffs on Friday.", "!USA→CHN:163")]
    public void Firms_named_by_their_trade_are_business(string sentence, string expected) => AssertCoded(sentence, expected);

    // Private people named by their lot or trade are civilians; media, labour and herding keep their sectors.
    [Theory]
    [InlineData("Iran freed a French couple on Friday after two years in prison.", "IRN→FRACVL:084*")]
    [InlineData("Germany granted refuge to hundreds of Afghan interpreters who had worked with its army.", "DEU→AFGCVL:075")]
    [InlineData("Latvia granted asylum to four Russian conscientious objectors on Monday.", "LVA→RUSCVL:075")]
    [InlineData("A court in Beijing sentenced a Taiwanese publisher to five years in prison on Tuesday.", "CHNJUD→TWNMED:116")]
    [InlineData("Moldova's media regulator blocked access to four Russian television channels on Monday.", "MDAGOV→RUSMED:*")]
    [InlineData("Lithuania granted asylum to a Belarusian trade unionist on Thursday.", "LTU*→BLRLAB:075")]
    [InlineData("Israeli troops opened fire on Lebanese shepherds near the border.", "ISRMIL→LBNAGR:19*")]
    [InlineData("Greece and Turkey agreed to keep diplomatic channels open.", "!*→*MED:*")]
    public void People_named_by_their_lot_or_trade(string sentence, string expected) => AssertCoded(sentence, expected);

    // Servicemen and naval ships are the military (decision 023); a drone is a munition however it is described, while its
    // makers stay a firm.
    [Theory]
    [InlineData("Azerbaijan freed two Armenian servicemen on Wednesday.", "AZE*→ARMMIL:084*")]
    [InlineData("Ukrainian sea drones struck a Russian naval ship near Sevastopol overnight.", "UKR→RUSMIL:*")]
    [InlineData("Russian long-range drones hit a power plant in western Ukraine overnight.", "RUS→UKR:*")]
    [InlineData("Russian long-range drones hit a power plant in western Ukraine overnight.", "!RUSMIL→*:*")]
    [InlineData("Polish fighter jets shot down a Russian reconnaissance drone over Lublin on Sunday.", "POLMIL→RUS:190")]
    [InlineData("Washington imposed sanctions on two Iranian drone makers on Thursday.", "USA*→IRNBUS:163")]
    public void Forces_and_craft(string sentence, string expected) => AssertCoded(sentence, expected);

    // The leader of an opposition party leads the opposition; the head of a state company does not.
    [Theory]
    [InlineData("Police in Harare arrested the leader of an opposition party on Sunday.", "ZWECOP→ZWEOPP:173")]
    [InlineData("Police in Nairobi arrested the head of a state company on Sunday.", "!*→KENOPP:173")]
    public void Leaders_of_a_named_opposition(string sentence, string expected) => AssertCoded(sentence, expected);

    // A role "of" two coordinated states is each state's, "the United States" too; a role of many states keeps no country.
    [Theory]
    [InlineData("The defence ministers of India and the United States met in New Delhi on Monday.", "INDGOV→USAGOV:04*")]
    [InlineData("The defence ministers of India and the United States met in New Delhi on Monday.", "USAGOV→INDGOV:04*")]
    [InlineData("The national security advisers of Japan and the United States discussed cyber threats by telephone.", "JPNGOV→USAGOV:041")]
    [InlineData("The governments of a dozen states condemned the vote in Caracas.", "!*GOV→*:11*")]
    public void Roles_of_coordinated_states(string sentence, string expected) => AssertCoded(sentence, expected);
}
