namespace Tidings.Tests.Coding;

/// <summary>
/// The full CAMEO code once the root and the actors are right (session 22, exact22): a military "strike" told by the noun
/// is an aerial attack (195); an appeal's content picks its sub-code (a government measure 0242, sanctions on a third side
/// 022); an agreed reopening of a transport link is economic cooperation (0311); an accusation's alleged act picks 1121,
/// 1123 or 1124.
/// </summary>
public class Exact22Tests
{
    [Theory]
    // the noun "strike(s)" of a state's forces is an air or missile strike
    [InlineData("Turkish strikes on Kurdish militant positions in northern Iraq killed five fighters.", "TUR→*:195|!TUR→*:190")]
    [InlineData("Moscow condemned American strikes on Syria.", "USA→SYR:195|!USA→SYR:190")]
    [InlineData("American strikes on Syria hit an air base near Homs.", "USA→SYR:195|!USA→SYR:190")]
    [InlineData("The Israeli air force carried out strikes on militant hideouts in Gaza overnight.", "ISR*→*:195|!ISR*→*:190")]
    [InlineData("Russia stepped up its strikes on Ukrainian power stations this week.", "RUS→UKR:195|!RUS→UKR:190")]
    // a participle of such a strike is the strike itself
    [InlineData("Jordanian strikes targeting drug smugglers killed four people near the Syrian border.", "JOR→*:195|!JOR→*:190")]
    // a drone strike keeps its own code, a labour strike is no attack
    [InlineData("A Turkish drone strike killed three fighters in northern Syria.", "TUR→*:1952")]
    [InlineData("Nurses in Malawi went on strike over unpaid wages.", "!*:195|!*:190")]
    public void A_military_strike_noun_is_an_aerial_attack(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a measure only a government can take, asked of it, is an appeal or demand for a policy change
    [InlineData("Kenya's bishops urged the government to declare a state of emergency in the north.", "*→KENGOV:0242")]
    [InlineData("Farmers' groups asked the Ghanaian government to close the border with Togo.", "*→GHAGOV:0242")]
    [InlineData("Mexico asked the United States to publish the report on arms smuggling.", "MEX→USA:0242")]
    [InlineData("Kenya's opposition asked the electoral commission to publish the results of every polling station.", "KENOPP→KENGOV:0242")]
    [InlineData("The lawyers' association urged parliament to repeal the new media law.", "*→*:0242")]
    [InlineData("The miners' union demanded that the government publish the safety inspectors' report.", "*→*GOV:1042")]
    // asking one side to punish a third is asking for its policy support
    [InlineData("Ukraine's president urged the European Union to impose new sanctions on Russia.", "UKRGOV→IGOEUREEC:022")]
    [InlineData("Lithuania asked the European Union to impose sanctions on Belarus.", "LTU→IGOEUREEC:022")]
    [InlineData("The exiled opposition demanded that Britain impose sanctions on the junta.", "*→GBR:102")]
    // a demand to withdraw troops stays a demand for de-escalation
    [InlineData("Mali's junta demanded that France withdraw its ambassador and troops from the country.", "*→FRA:1056")]
    public void An_appeal_for_a_government_measure_is_for_a_policy_change(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // agreeing or pledging to reopen a link or resume flights is the intent to cooperate economically
    [InlineData("Georgia and Armenia agreed to reopen the border crossing at Bagratashen.", "GEO→ARM:0311|ARM→GEO:0311")]
    [InlineData("India and China agreed to resume direct flights between the two countries.", "IND→CHN:0311|CHN→IND:0311")]
    // done, a reopening eases a restriction
    [InlineData("Pakistan and Afghanistan reopened the border crossing after talks.", "PAK→AFG:081|!*:0311")]
    public void An_agreed_reopening_of_a_link_is_economic_cooperation(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // the alleged act's words give the accusation's sub-code
    [InlineData("Bolivia's opposition accused the ruling party of rigging the vote.", "BOLOPP→*:1121")]
    [InlineData("The governor accused the rival party of paying youths to loot shops.", "*→*:1121")]
    [InlineData("Syria accused the rebels of using chemical weapons against civilians in Idlib.", "SYR→*:1124")]
    [InlineData("Thailand accused Cambodia of firing cluster munitions into villages.", "THA→KHM:1124")]
    [InlineData("The army accused the militia of shelling a hospital in the city.", "*MIL→*:1124")]
    [InlineData("Mali accused Algeria of sponsoring terrorism in the Sahel.", "MLI→DZA:1123")]
    // killing civilians short of a massacre stays a rights abuse
    [InlineData("Amnesty International accused Ethiopian soldiers of killing at least 30 civilians in the town.", "*→ETHMIL:1122")]
    public void The_alleged_act_gives_the_accusation_its_sub_code(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
