namespace Tidings.Tests.Coding;

/// <summary>
/// Session 42 (accuse42): disapproval told without a verb of accusing.
/// <list type="bullet">
/// <item>"&lt;act&gt; drew condemnation/criticism from &lt;actors&gt;": each actor of the coordinated "from" phrase is a
/// source of the reaction (111/112) at the act's doer, and a national capital there is its government.</item>
/// <item>"X said Y committed war crimes": a stated charge of a named wrong is an accusation of it (1124 war crimes, 1122
/// human rights abuses), as "accused Y of war crimes" is.</item>
/// </list>
/// </summary>
public class Accuse42Tests
{
    [Theory]
    // every coordinated actor after "from" reacts, a capital naming its government
    [InlineData("Iran's satellite launch drew sharp condemnation from Paris and Berlin.", "FRAGOV→IRN:111|DEUGOV→IRN:111")]
    [InlineData("The Chinese drills near the island drew criticism from Tokyo and Manila.", "JPNGOV→CHN*:111|PHLGOV→CHN*:111")]
    [InlineData("The arrest of the opposition leader by Turkish police drew condemnation from Germany and France.", "DEU→TURCOP:111|FRA→TURCOP:111")]
    [InlineData("Venezuela's decision drew a rebuke from Washington.", "USAGOV→VEN:11*")]
    // a capital after "from" with no reaction noun stays a place: no reacting government
    [InlineData("The delegation flew in from Paris and Berlin on Monday.", "!FRAGOV→*:*|!DEUGOV→*:*")]
    [InlineData("Refugees arriving from Kabul drew sympathy in the city.", "!AFGGOV→*:*")]
    public void A_reaction_drawn_from_actors_is_each_ones(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a stated charge of war crimes or rights abuses accuses the doer of it
    [InlineData("The human rights group said Sudanese soldiers committed war crimes in the town.", "*→SDNMIL:1124")]
    [InlineData("The Ukrainian foreign minister said Russian troops had committed crimes against humanity.", "UKRGOV→RUSMIL:1124")]
    [InlineData("Armenia's prime minister said Azerbaijan perpetrated genocide in the region.", "ARMGOV→AZE:1124")]
    [InlineData("The opposition said the Zimbabwean police had committed human rights abuses.", "*→ZWECOP:1122")]
    // no charge: denied, hypothetical, or the speaker's own side; a plain "committed" names no wrong
    [InlineData("The Ukrainian foreign minister said Russian troops had not committed war crimes.", "!*→RUSMIL:112*")]
    [InlineData("The Ukrainian foreign minister said Russian troops might commit war crimes.", "!*→RUSMIL:1124")]
    [InlineData("The Ukrainian foreign minister said Russian troops committed themselves to the truce.", "!*→RUSMIL:112*")]
    [InlineData("The Russian defence minister said its soldiers never committed war crimes.", "!*→RUSMIL:112*")]
    public void A_stated_war_crime_is_an_accusation(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);
}
