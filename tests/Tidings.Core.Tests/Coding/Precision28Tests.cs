namespace Tidings.Tests.Coding;

/// <summary>
/// Events that should not exist at all (session 28, precision28): what an addressee is only asked, pressed or allowed to
/// do, a "warn" comment beside an act of the same source, and a bare order given to the source's own side or beside another of its acts. The true
/// events next to them, and the acts that verbs of making and prompting tell as done, stay.
/// </summary>
public class Precision28Tests
{
    [Theory]
    // the addressee of an appeal, pressure or permission does nothing yet; the appeal stays
    [InlineData("The United States urged Beijing to stop harassing Philippine fishermen near the shoal.", "USA→CHN*:02*|!CHN*→*:*")]
    [InlineData("The Security Council called on Rwanda to stop supporting the rebels.", "IGOUNO→RWA:02*|!RWA→*:*")]
    [InlineData("The envoy urged Turkey to persuade Azerbaijan to end its offensive.", "!AZE*→*:*|!TUR*→*:*")]
    [InlineData("Washington pressed Ottawa to curb imports of Chinese steel.", "!CAN*→*:*|!*:163")]
    [InlineData("Germany pressed Hungary to lift its veto on aid to Ukraine.", "!HUN*→*:*")]
    [InlineData("The government allowed a Kenyan police contingent to deploy to the capital.", "!*:154")]
    [InlineData("The Kenyan government allowed Rwandan troops to deploy to the border region.", "!*:154")]
    // what a demand asks of its addressee is its content, not an act of the addressee's
    [InlineData("Pakistan demanded that the Afghan government hand over the militants behind the bombing.", "PAK→AFG*:101*|!AFG*→*:*")]
    [InlineData("Serbia demanded that Kosovo withdraw its special police units from the north.", "SRB→KSV*:10*|!KSV*→*:*")]
    // made or prompted, the act is done; ordered, its frame codes it
    [InlineData("Weeks of protests forced Kenya's president to withdraw the finance bill.", "KENGOV→*:083*")]
    [InlineData("Kenyan police arrested an opposition leader on Saturday, prompting the government to impose a curfew in Nairobi.", "KENCOP→KENOPP:173|KENGOV→*:1723")]
    [InlineData("The president ordered the army to heighten its alert along the border.", "*→MIL:152")]
    // a call made to discuss something is no appeal to its addressee: "on Monday" is a date, not "call on"
    [InlineData("Thailand's prime minister phoned the Cambodian leader to discuss the border.", "THAGOV→KHMGOV:04*")]
    public void What_an_addressee_is_asked_or_allowed_to_do_is_not_done(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a warning beside an act of another root by the same source is that act's comment
    [InlineData("North Korea fired three missiles into the sea, warning Japan against joining the drills.", "PRK→*:150|!*:012")]
    [InlineData("Russia expelled two Latvian diplomats and warned that further steps could follow.", "RUS*→LVA*:16*|!*:012")]
    [InlineData("The Sudanese government appealed to donors for emergency funds, warning that the camps were overflowing.", "SDNGOV→*:02*|!*:012")]
    [InlineData("Iran's army fired missiles at rebel positions in Iraq, warning Baghdad against sheltering the groups.", "IRNMIL→IRQ:19*|!*:012")]
    // a warning alone stays a pessimistic comment, and so does an expressed concern
    [InlineData("An opposition newspaper in Kenya warned that the new mining law would hurt workers.", "KENMED→*:012")]
    [InlineData("Ghana's president warned that the country faced a difficult year.", "GHAGOV→*:012")]
    [InlineData("The European Union said it was deeply concerned and urged Kyrgyzstan to respect press freedom.", "IGOEUREEC→*:012")]
    public void A_warning_beside_an_act_of_its_source_is_not_coded_again(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a bare order to the source's own side is administration, beside another act the means of it
    [InlineData("The president ordered two more army battalions into the northern region.", "!*:100")]
    [InlineData("A Turkish court ordered the opposition leader jailed pending trial.", "!*:100")]
    [InlineData("Pakistan closed the border and ordered trucks to return to Afghanistan.", "PAK→*:191|!*:100")]
    // an order made of another country's official stays a demand, and an order with coded content keeps its content
    [InlineData("Iran's foreign ministry ordered the Swiss ambassador to explain the remarks.", "IRNGOV→CHE*:10*")]
    [InlineData("Nigeria's president ordered the police to release the detained journalists.", "NGAGOV→*:0841|!*:100")]
    public void A_bare_order_to_the_own_side_is_no_demand(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
