namespace Tidings.Tests.Coding;

/// <summary>
/// The right sub-code (session 26, codes26): a crowd that "protested" demonstrates (141, with its 14xk reason), where a state
/// complains officially (114); an air force named as the doer of a strike names its weapon (195); an appeal or demand to keep
/// a truce or to refrain from force is one for de-escalation (0256, 1056).
/// </summary>
public class Codes26Tests
{
    [Theory]
    // a country's people who protest demonstrate
    [InlineData("Thousands of teachers protested in Nairobi against unpaid salaries.", "KENEDU→KENGOV:141")]
    // decision 064 (session 70, fam13: also when the parse misreads "outside parliament"): a protest outside parliament is aimed at it
    [InlineData("Hundreds of students protested outside parliament in Dhaka.", "BGDEDU→BGDLEG:141")]
    [InlineData("Thousands of nurses protested in Harare against low pay.", "ZWEHLH→ZWEGOV:141*|!*:140")]
    [InlineData("About 300 residents protested outside the town hall on Monday.", "CVL→-:141|!*:140")]
    // what the crowd protests against still gives the sub-code
    [InlineData("Farmers protested in Warsaw against cheap grain imports.", "POLAGR→POLGOV:1412")]
    [InlineData("Opposition supporters protested in Caracas against the election result.", "VENOPP→VENGOV:141*")]
    // a state's protest stays an official complaint
    [InlineData("Nigeria's government protested to Ghana over the deportation of traders.", "NGAGOV→GHA:114|!*:141")]
    [InlineData("Argentina protested over the British military exercise.", "ARG→GBR*:114|!*:141")]
    public void A_crowd_that_protested_demonstrates(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an air force names its weapon as "jets" would
    [InlineData("The Nigerian air force struck militant camps in Borno state.", "NGAMIL→NGAREB:195")]
    [InlineData("The Pakistani air force struck hideouts of the militants near the border.", "PAKMIL→PAKREB:195")]
    [InlineData("The Israeli air force struck Hamas positions in Gaza.", "ISRMIL→PSE*:195")]
    [InlineData("Turkey's air force struck Kurdish militant positions in northern Iraq.", "TURMIL→*:195")]
    // ground troops that "struck" keep the generic 190 (gold/README.md, session 22)
    [InlineData("Nigerian troops struck a rebel camp near the border.", "NGAMIL→NGAREB:190")]
    public void An_air_force_strike_is_aerial(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // refraining from force asked for is de-escalation
    [InlineData("The UN called on the security forces to refrain from using lethal force against protesters.", "IGOUNO→COP:0256")]
    [InlineData("The Arab League urged the militias to refrain from using force in the capital.", "IGOMEAARL→*:0256")]
    [InlineData("Human Rights Watch urged the police to refrain from violence against demonstrators.", "NGOHRI→COP:0256")]
    // refraining from anything else is not
    [InlineData("The minister urged journalists to refrain from commenting on the case.", "!*:0256")]
    // keeping a truce asked for is de-escalation; of both named sides, each is asked
    [InlineData("The European Union urged Armenia and Azerbaijan to respect the ceasefire.", "IGOEUREEC→ARM:0256|IGOEUREEC→AZE:0256")]
    [InlineData("Qatar called on both sides to honour the truce.", "QAT→-:0256")]
    [InlineData("The Security Council urged the rebels to observe the truce.", "IGOUNO→REB:0256")]
    [InlineData("Egypt demanded that Israel respect the ceasefire.", "EGY→ISR:1056")]
    // respecting rights stays an appeal for rights
    [InlineData("The Pope urged the government to respect the rights of prisoners.", "*→*GOV:0243|!*:0256")]
    public void Keeping_a_truce_or_holding_back_force_is_de_escalation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
