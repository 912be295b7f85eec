namespace Tidings.Tests.Coding;

/// <summary>
/// The right sub-code (session 27, codes27): a killing done in a fight that names its weapon takes that weapon's code (193
/// gunfight, 194 shelling, 195 air strike); executing captives or civilians is a killing by physical assault (1823, 202 at
/// the mass-killing bound); legislators who walk out protest (140) where workers strike (143); a rejected demand is refused
/// as a demand for political change (123, or 123x by what it asks).
/// </summary>
public class Codes27Tests
{
    [Theory]
    // the fight the killing happened in names the weapon
    [InlineData("Kenyan police killed five bandits in a gunfight in the north.", "KENCOP→KENCRM:193")]
    [InlineData("Soldiers killed two militants during a firefight in the hills.", "MIL→REB:193")]
    [InlineData("Security forces killed four gunmen in a gun battle overnight.", "COP→REB:193")]
    [InlineData("Government troops killed twelve rebels in heavy shelling near the town.", "MIL→REB:194")]
    [InlineData("Troops killed six insurgents in an airstrike on their camp.", "MIL→REB:195")]
    // with no fight named the killing stays generic
    [InlineData("Soldiers killed two militants near the town.", "MIL→REB:190")]
    public void A_killing_in_a_named_fight_takes_its_weapon(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // executing people is killing them by physical assault, not assassination
    [InlineData("Islamist fighters executed five villagers accused of spying.", "REB→CVL:1823|!*:186")]
    // at the mass-killing bound it is a mass killing
    [InlineData("Islamist fighters executed dozens of villagers accused of spying.", "REB→CVL:202")]
    [InlineData("Gunmen executed 40 prisoners in the town.", "REB→CVL:202")]
    public void Executions_are_killings_by_assault(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // legislators who walk out of a sitting protest
    [InlineData("Opposition MPs walked out of the chamber in protest.", "OPP→-:140|!*:143")]
    [InlineData("Ghanaian lawmakers staged a walkout during the debate on the budget.", "GHALEG→-:140|!*:143")]
    // workers who walk out strike
    [InlineData("Thousands of dock workers walked out over pay.", "LAB→-:143")]
    [InlineData("French rail workers staged a walkout on Tuesday.", "FRALAB→-:143")]
    public void A_walkout_by_legislators_is_a_protest(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a rejected demand that asks for nothing material is refused as political change
    [InlineData("The president rejected a demand by the opposition to publish the results.", "GOV→OPP:123")]
    [InlineData("The Nigerian government rejected the union's demand for a pay rise.", "NGAGOV→NGALAB:123")]
    [InlineData("The Kenyan minister dismissed the opposition's demand for an inquiry.", "KENGOV→KENOPP:123")]
    [InlineData("The government rebuffed the union's demand for a pay rise.", "GOV→LAB:123")]
    // what the demand asks for still gives the sub-code
    [InlineData("Zambia's government rejected the opposition's demand to withdraw the bill.", "ZMBGOV→ZMBOPP:1232")]
    [InlineData("Israel rejected Hamas's demand to release the prisoners.", "ISR→PSEREBHMS:1243")]
    // rejected proposals and requests keep their own codes
    [InlineData("Russia rejected the Ukrainian proposal for talks.", "RUS→UKR:125")]
    [InlineData("Japan rejected China's request for economic aid.", "JPN→CHN:1221")]
    // dismissing an official is no rejected demand
    [InlineData("The Kenyan president dismissed the health minister on Friday.", "!*:123")]
    public void A_rejected_demand_is_refused_political_change(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
