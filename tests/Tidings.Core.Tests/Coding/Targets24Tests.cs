namespace Tidings.Tests.Coding;

/// <summary>
/// Targets inside the sentence that were missing or wrong (session 24, targets24): the doer of a threat's or refusal's
/// condition, the other side of a joint withdrawal of forces, a town named only as the venue, and people counted as
/// the crowd that force was used on.
/// </summary>
public class Targets24Tests
{
    [Theory]
    // a threat is aimed at the doer its "if"/"unless" clause names
    [InlineData("A senior official said Washington would impose further sanctions if Caracas postponed the election again.", "USA*→VEN*:1312")]
    [InlineData("The minister said Japan would impose new duties if Seoul raised its tariffs on Japanese cars.", "JPN→KOR*:131*")]
    [InlineData("The United States threatened to impose tariffs on Mexican goods unless Mexico City stopped the flow of migrants.", "USA→MEX*:131*")]
    // a refusal held "until"/"unless" another side acts is aimed at that side
    [InlineData("Moscow has repeatedly rejected calls for a truce until Kyiv abandons its bid to join the alliance.", "RUS*→UKR*:12*")]
    [InlineData("Ethiopia's government refused to resume talks until the Tigrayan rebels laid down their weapons.", "ETHGOV→ETHREB:12*")]
    [InlineData("Turkey said it would cut trade ties with Israel unless Israel halted its strikes.", "TUR→ISR:131*")]
    // a condition with no actor as doer leaves the threat without a target
    [InlineData("A senior official said Washington would impose further sanctions if the talks failed.", "USA*→-:1312")]
    // the source's own forces in the condition are no target
    [InlineData("Russia said it would strike back if its soldiers were attacked.", "!*→RUSMIL:*")]
    public void A_threat_or_refusal_is_aimed_at_the_doer_of_its_condition(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // troops pulled back by two coordinated sides are their own; each side de-escalates toward the other
    [InlineData("Armenia and Azerbaijan agreed to pull back troops from the border.", "ARM→AZE:0356|AZE→ARM:0356")]
    [InlineData("India and China agreed to withdraw troops from the disputed frontier.", "IND→CHN:0356|CHN→IND:0356")]
    [InlineData("Kyrgyzstan and Tajikistan agreed to pull back their troops.", "KGZ→TJK:0356|TJK→KGZ:0356")]
    [InlineData("Armenia and Azerbaijan agreed to pull back troops from the border.", "!*→ARMMIL:*|!*→AZEMIL:*")]
    public void A_joint_withdrawal_of_forces_is_aimed_at_the_other_side(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a country adjective on the town where talks were held names the venue, not whom the agreement concerns
    [InlineData("The defence ministers of Peru and Ecuador agreed on Tuesday to withdraw heavy weapons from the frontier after talks in the Brazilian capital.", "PERGOV→ECUGOV:0356|ECUGOV→PERGOV:0356")]
    [InlineData("The defence ministers of Peru and Ecuador agreed on Tuesday to withdraw heavy weapons from the frontier after talks in the Brazilian capital.", "!*→BRA*:*")]
    [InlineData("Brazil and Argentina signed a trade agreement after talks in the Uruguayan capital.", "BRA→ARG:057|ARG→BRA:057|!*→URY*:*")]
    [InlineData("Japan pledged new aid for Cambodia at a donor meeting in the Thai capital.", "JPN→KHM:033*|!*→THA*:*")]
    // a visit to the town is still a visit to its country
    [InlineData("Iran's foreign minister arrived in the Omani capital on Monday.", "IRNGOV→OMN*:042")]
    public void A_town_named_as_the_venue_is_no_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // people counted as those force was used on are the country's civilians, wherever a phrase trigger's words hold them
    [InlineData("Police in Lima fired tear gas on Tuesday at thousands of young people who marched on parliament.", "PERCOP→PERCVL:175")]
    [InlineData("Riot police fired tear gas and water cannon as thousands protested outside parliament in Nairobi on Tuesday.", "KENCOP→KENCVL:175")]
    [InlineData("Police in Dhaka fired rubber bullets at hundreds of people on Sunday.", "BGDCOP→BGDCVL:17*")]
    // a crowd that is not protesting in the clause of time names no victim
    [InlineData("Riot police fired tear gas as the minister spoke in Nairobi on Tuesday.", "!*→KENGOV:175")]
    public void Counted_people_are_the_civilians_force_was_used_on(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
