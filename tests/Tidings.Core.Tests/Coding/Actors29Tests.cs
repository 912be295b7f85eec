namespace Tidings.Tests.Coding;

/// <summary>
/// Events whose root was right but whose actors were not (actors29): armed men with no country of their own are of the
/// country where the sentence says they act, not of their victims' or attackers' nationality; a company named by its name
/// lends no country to the workers, police or government beside it; and a strike by workers is aimed at the company the
/// sentence names or at the employers of the workplaces it names (with neither, it keeps no target). Sentences written for
/// these tests.
/// </summary>
public class Actors29Tests
{
    [Theory]
    // the victims' nationality does not make the armed men theirs
    [InlineData("Three Chinese engineers were kidnapped by gunmen at a gold mine in western Mali on Tuesday.", "MLIREB→CHN*:181")]
    [InlineData("Suspected jihadists abducted two Indian technicians at a cement plant in northern Mali.", "MLIREB→IND*:181|!INDREB→*:*")]
    [InlineData("Gunmen kidnapped four Turkish construction workers near Kidal on Sunday.", "MLIREB→TUR*:181")]
    // nor the attacker's: militants struck in another country are of that country
    [InlineData("Turkish forces drove Kurdish militants out of a border town in northern Syria.", "!*→TURREB:*")]
    // one country named only as a place of action places them even where other countries are named
    [InlineData("A Fijian court freed a Chinese businessman; gunmen abducted 25 pupils in Nigeria.", "NGAREB→*:181")]
    // armed men of a named country keep it
    [InlineData("Nigerian troops killed 20 militants in Borno state on Friday.", "NGAMIL→NGAREB:*")]
    public void Armed_men_are_of_the_country_where_they_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // workers strike against the company the sentence names, whatever its headquarters
    [InlineData("Copper miners in Chile went on strike against BHP over bonuses.", "CHLLAB→AUSBUS:143")]
    [InlineData("Workers at an Anglo American platinum mine in South Africa went on strike over wages.", "ZAFLAB→GBRBUS:143")]
    // against the employers of the workplaces the sentence names
    [InlineData("Textile workers in Pakistan went on strike over unpaid wages, closing dozens of mills.", "PAKLAB→PAKBUS:143")]
    [InlineData("Autoworkers in Brazil went on strike on Monday, halting production at three car plants.", "BRALAB→BRABUS:143")]
    // with neither, no target: who a plain strike is against is not said
    [InlineData("Railway workers in Spain went on strike for two days.", "ESPLAB→-:143")]
    [InlineData("Italian air traffic controllers went on strike on Friday, forcing airlines to cancel hundreds of flights.", "ITALAB→-:143")]
    // a strike already aimed by its own words keeps that target
    [InlineData("Dockworkers in Greece went on strike against the government's privatisation plan.", "GRCLAB→GRCGOV:143*")]
    public void A_strike_by_workers_is_aimed_at_the_employer_it_names(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the company's headquarters do not place the workers or the government of the sentence
    [InlineData("Workers at the Grasberg mine in eastern Indonesia walked off the job after talks with Freeport-McMoRan collapsed.", "IDNLAB→USABUS:143")]
    [InlineData("Truckers in Peru blocked highways against Glencore on Monday, and the government called for talks.", "!CHE*:*")]
    public void A_named_company_lends_no_country_to_the_roles_beside_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
