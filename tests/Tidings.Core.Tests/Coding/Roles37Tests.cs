namespace Tidings.Tests.Coding;

/// <summary>
/// Session 37, roles37: right country, wrong role. A capital that receives what is sent, delivered or pledged stands for
/// its government (gold/README.md, metonymy; the tunable gold codes nine of ten such capitals GOV), while a country named
/// as the destination, or a place inside the "to" phrase, stays the bare country (decision 022).
/// </summary>
public class Roles37Tests
{
    [Theory]
    // a capital that receives weapons, aid or money is its government
    [InlineData("Norway will send two more air defence batteries to Kyiv next month.", "NOR→UKRGOV:0332")]
    [InlineData("Sweden delivered 30 armoured vehicles to Kyiv on Thursday.", "SWE→UKRGOV:07*")]
    [InlineData("Japan pledged 20 million dollars in flood relief to Dhaka.", "JPN→BGDGOV:033*")]
    [InlineData("Canada To Send Howitzers To Kyiv", "CAN→UKRGOV:0332")]
    [InlineData("The minister said Rome would not send long-range missiles to Kyiv.", "*→UKRGOV:1222")]
    public void A_capital_that_receives_is_its_government(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the country named as the destination, or a place inside the phrase, is the bare country
    [InlineData("Norway will send air defence batteries to Ukraine next month.", "NOR→UKR:0332|!*→UKRGOV:*")]
    [InlineData("Turkey sent tents and blankets to a camp outside Kabul after the earthquake.", "TUR→AFG:073|!*→AFGGOV:*")]
    [InlineData("Italy sent food and medicine to the port of Benghazi.", "ITA→LBY:073|!*→LBYGOV:*")]
    [InlineData("Japan sent rescue teams to quake-hit Nepal.", "JPN→NPL:073|!*→NPLGOV:*")]
    public void A_country_or_a_place_in_the_phrase_stays_the_bare_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
