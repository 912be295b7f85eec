namespace Tidings.Tests.Coding;

/// <summary>
/// The target role (session 23, targets23): the doer of a criticised act whose "by" phrase the parser hung on a place
/// phrase after it, the actor or decider a protest's purpose clause is "against", the foe a force's raised alert is aimed
/// at under an order, and a joint military act "with" a partner done by both sides.
/// </summary>
public class Targets23Tests
{
    [Theory]
    // a trailing "by" agent hung on the place after the act ("... in the state by troops") is still the act's doer
    [InlineData("Kenya condemned the shelling of a camp in South Sudan's Upper Nile state by Sudanese troops.", "KEN→SDNMIL:111")]
    [InlineData("Mexico condemned the attack on a convoy near the northern border by Honduran soldiers.", "MEX→HNDMIL:111")]
    [InlineData("The United Nations condemned the bombing of a market in the town by Sudanese army aircraft.", "IGOUNO→SDNMIL:111")]
    [InlineData("France denounced the killing of two aid workers in the north by Malian soldiers.", "FRA→MLIMIL:111")]
    [InlineData("Germany criticised the arrest of two journalists at the airport by Turkish police.", "DEU→TURCOP:111")]
    [InlineData("Japan condemned the seizure of a fishing boat near the disputed islands by Chinese coast guard ships.", "JPN→CHN*:111")]
    [InlineData("Britain condemned the detention of three aid workers at a checkpoint outside the city by Houthi rebels.", "GBR→YEMREB:111")]
    // the "by" phrase right on the act, as before
    [InlineData("Poland condemned the violation of its airspace by Russian drones.", "POL→RUS:111")]
    // no doer named: the criticism has no target; a "by" phrase of place names no one
    [InlineData("Mexico condemned the attack on a convoy near the border.", "MEX→-:111")]
    [InlineData("Canada condemned the attack on a camp by the river.", "CAN→-:111")]
    public void A_criticised_act_is_aimed_at_its_doer_past_a_place_phrase(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an actor a purpose clause protests against is the protest's target
    [InlineData("Polish farmers marched through Warsaw to protest against the European Union.", "POLAGR→IGOEUREEC:141")]
    [InlineData("Students rallied outside parliament in Nairobi to protest against the Kenyan government.", "KENEDU→KENGOV:141")]
    [InlineData("Lebanese protesters rallied in Beirut to protest against Israel.", "LBNCVL→ISR:141")]
    // after a noun of decision or refusal the "of" phrase is who decided
    [InlineData("Greek fishermen rallied in Athens to protest against the decision of the European Commission to cut fishing quotas.", "GRC*→IGOEUREEC:1412")] // session 64: a decision protested is a policy, 1412 (decision 098)
    // the second of two coordinated nouns of the "against" phrase, even hung on the verb by the parser
    [InlineData("Slovak farmers drove tractors into Bratislava to protest against cheap imports and the European Union's trade policy.", "SVKAGR→IGOEUREEC:14*")]
    [InlineData("French farmers protested against cheap imports and the European Union's farm policy.", "FRAAGR→IGOEUREEC:14*")]
    // against a thing of no named actor, a protest by a country's own people stays aimed at their government
    [InlineData("Polish farmers marched through Warsaw to protest against cheap imports.", "POLAGR→POLGOV:141*")]
    public void A_protest_is_aimed_at_whom_its_purpose_is_against(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a force ordered onto alert "against" what comes from or is done by another country is aimed at that country
    [InlineData("Seoul ordered the army to raise its alert level against possible attacks by North Korea.", "KORMIL→PRK:152")]
    [InlineData("Poland's army raised its alert level against possible incursions by Russian drones.", "POLMIL→RUS:152")]
    [InlineData("South Korea's military heightened its alert against any provocation from North Korea.", "KORMIL→PRK:152")]
    // the surface still finds the foe after the force when the tree names none
    [InlineData("Pakistan put its troops on high alert after India's missile strikes.", "PAKMIL→IND:152")]
    // the country's own forces are never the target
    [InlineData("Seoul ordered the army to raise its alert level.", "KORMIL→-:152")]
    public void A_raised_alert_is_aimed_at_the_foe_it_is_against(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a joint military act "with" a partner is reciprocal (gold/README.md): both directions
    [InlineData("On Friday, Chad's army began joint exercises with Turkish forces near the capital.", "TCDMIL→TURMIL:062|TURMIL→TCDMIL:062")]
    [InlineData("India held joint naval drills with France in the Arabian Sea.", "IND→FRA:062|FRA→IND:062")]
    [InlineData("Thai troops began joint patrols with Malaysian forces along the border.", "THAMIL→MYSMIL:062|MYSMIL→THAMIL:062")]
    [InlineData("Ghana's army began joint exercises with Nigerian troops in the north.", "GHAMIL→NGAMIL:062|NGAMIL→GHAMIL:062")]
    // a "with" phrase after a phrase of the noun's own ("along the border with ...") is no partner: one way only
    [InlineData("Thai soldiers began joint patrols along the border with Cambodia.", "!KHM→THAMIL:062")]
    // coordinated subjects stay one pair, each way
    [InlineData("Egypt and Sudan held joint military exercises near the border.", "EGY→SDN:062|SDN→EGY:062")]
    public void A_joint_military_act_with_a_partner_is_mutual(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
