namespace Tidings.Tests.Coding;

/// <summary>
/// Events that should not exist at all (session 26, precision26): a demand told by a participle on the protesters' own
/// noun is what their protest is for, not a second act; a warning that the warner's own men will attack is his threat, not
/// a comment aimed at them; an act after an infinitive "to help X" is the purpose of a third party's help; and "last
/// month" inside a clause that modifies a noun tells history beside the news. The true events next to them stay.
/// </summary>
public class Precision26Tests
{
    [Theory]
    // a demand told by a participle on the protesters' noun folds into their protest
    [InlineData("Demonstrators demanding new elections clashed with police in Tbilisi.", "GEOCVL→GEOCOP:145*|GEOCOP→GEOCVL:175|!*:10*")]
    [InlineData("Farmers demanding higher crop prices blocked the main highway into Lagos.", "NGAAGR→NGAGOV:144*|!*:10*")]
    [InlineData("Students demanding the education minister's resignation clashed with police in Dhaka.", "BGDEDU→BGDCOP:1451|!*:104*")]
    // with no protest in the sentence the demand stays the event
    [InlineData("The protesters demanded the president's resignation.", "CVL→GOV:1041")]
    [InlineData("Protesters burned tyres outside parliament in Nairobi.", "KENCVL→*:145")]
    public void A_demand_describing_the_protesters_is_their_protest(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "his fighters", "its fighters": the warner's own men carry out his threat
    [InlineData("A powerful rebel commander warned that his fighters would attack the army if it entered the valley.", "!*:012")]
    [InlineData("Hezbollah's leader warned that its fighters would strike Israel.", "LBNREB→ISR:138*|!*:012")]
    // another side's act stays the warner's threat or comment, never reattributed
    [InlineData("The police chief said officers would fight the gangs.", "COP→CRM:138*")]
    public void A_warning_that_the_warners_own_men_will_attack_is_his_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // what "to help X" is for is done by a third party, later: not an event
    [InlineData("Kenya sent 400 police officers to help Haiti's police fight armed gangs.", "KEN*→HTI*:074|!*:190")]
    [InlineData("Nigeria sent troops to help Niger's army fight jihadists.", "NGA*→*:074|!*:190")]
    [InlineData("The United Nations approved a mission to help the Somali army fight al Shabaab.", "!*:190")]
    [InlineData("The council voted to send a force to help the army fight the rebels.", "!*:190")]
    // a finite "helped" tells the helped act; a plain fight is a fight
    [InlineData("Britain helped the Ukrainian army repel a Russian assault.", "GBR→UKRMIL:07*|UKRMIL→RUS:19*")]
    [InlineData("The army fought al Shabaab militants near Mogadishu.", "SOMMIL→SOMREB:190")]
    public void An_act_after_to_help_is_a_third_partys_purpose(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "last month" or "last week" inside a relative clause identifies who is meant: that clause is background
    [InlineData("Gunmen who kidnapped 12 farmers last month freed them on Saturday.", "REB→AGR:084*|!*:181")]
    [InlineData("Militants who abducted two aid workers last week released them on Friday.", "REB→NGO:084*|!*:181")]
    [InlineData("Soldiers who detained a journalist last week released him on Monday.", "MIL→MED:084*|!*:173")]
    [InlineData("The envoy, who visited Kabul last week, urged the Taliban to reopen girls' schools.", "!*:042|*→AFGGOV:02*")]
    // in the main clause "last month" may be the news itself
    [InlineData("Rebels killed 30 villagers last month, the UN said.", "REB→CVL:*")]
    [InlineData("Police arrested three journalists last week, their lawyer said.", "COP→MED:173")]
    public void Last_month_in_a_relative_clause_is_background(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
