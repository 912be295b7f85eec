namespace Tidings.Tests.Coding;

/// <summary>
/// Session 71 (famst): breadth of roots 01, 03 and 05 (statements, intents, diplomatic cooperation) in the wordings wire
/// copy uses for them: withheld speech and evaded questions (011), apprehension and gloomy or upbeat notes (012, 013), options
/// studied (014), credit taken (015), claims brushed aside (016), solidarity after a loss (018), positions echoed (019);
/// eagerness, keenness and volunteering as intent frames, compromise, settlements and ways out, good offices, acting as
/// intermediary, troops thinned out (03); partnerships deepened, support mustered, remorse and apologies accepted (05).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines or the probes.
/// </summary>
public class FamStTests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("A spokesman for Jordan's foreign ministry would not say whether the two detained pilots had been charged.", "JORGOV→-:011")]
    [InlineData("Colombia's defence minister would not say how many soldiers had been sent to the border.", "COLGOV→-:011")]
    [InlineData("Kenya's interior minister dodged questions on Tuesday about the deportation order.", "KENGOV→-:011")]
    // told as said, not withheld, and a figurative dodge, decline nothing
    [InlineData("Jordan's foreign ministry said the two detained pilots had been charged.", "!*→*:011")]
    [InlineData("The minister dodged a bullet when the coalition survived the vote.", "!*→*:011")]
    public void Withheld_speech_and_evaded_questions_decline_comment(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The UN children's agency voiced apprehension over the state of schools in eastern Chad.", "IGOUNO*→*:012")]
    [InlineData("Mexico's finance minister struck a gloomy note on the peso on Friday.", "MEXGOV→-:012")]
    [InlineData("The Indonesian trade minister struck an optimistic note on the tariff negotiations.", "IDNGOV→-:013")]
    [InlineData("The Indonesian band struck a note of defiance at the concert.", "!*→*:013")]
    public void Apprehension_and_notes_struck_are_comments(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Norway's government is studying whether to expand its sovereign fund's stake in Asian markets.", "NORGOV→-:014")]
    [InlineData("Ghana's cabinet will examine a proposal to ban small-scale gold mining in forest reserves.", "GHAGOV→-:014")]
    [InlineData("Researchers are studying the plan's effect on wages.", "!*→*:014")]
    public void Options_studied_are_considered(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The Pakistani Taliban took credit for an ambush on a police patrol in Khyber.", "PAKREB→PAKCOP:015")]
    [InlineData("Nepal's army brushed off allegations that its soldiers had beaten villagers in the west.", "NPLMIL→*:016")]
    [InlineData("Nepal's army brushed off allegations that its soldiers had beaten villagers in the west.", "!NPLMIL→*:120")]
    [InlineData("Iran brushed aside an offer of talks from Norway.", "!*→*:016")]
    public void Credit_taken_and_claims_brushed_aside(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Chile's foreign ministry expressed solidarity with Ecuador after floods swept through the coastal provinces.", "CHLGOV→ECU*:018")]
    [InlineData("Chile's foreign ministry expressed solidarity with Ecuador after floods swept through the coastal provinces.", "!CHLGOV→ECU*:051")]
    [InlineData("Spain expressed solidarity with Morocco after the train crash near Rabat.", "ESP*→MAR*:018")]
    // solidarity in a quarrel is support
    [InlineData("Latvia expressed solidarity with Finland after Moscow expelled two Finnish diplomats.", "LVA*→FIN*:051")]
    [InlineData("Latvia expressed solidarity with Finland after Moscow expelled two Finnish diplomats.", "!LVA*→FIN*:018")]
    public void Solidarity_after_a_loss_is_sympathy(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Chile's president echoed Brazil's position on the disputed election at the summit.", "CHLGOV→BRA*:019")]
    public void Echoed_positions_are_accord(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Mongolia is keen to expand cooperation with South Korea, its prime minister said.", "MNG*→KOR*:03*")]
    [InlineData("Mongolia is keen on horse racing.", "!*→*:03*")]
    [InlineData("Oman volunteered to host talks between Iran and the United States.", "OMN*→IRN*:039")]
    [InlineData("Oman volunteered to host talks between Iran and the United States.", "!OMN*→IRN*:043")]
    [InlineData("Thousands of volunteers cleared debris in Valencia.", "!*→*:03*")]
    public void Eagerness_and_volunteering_frame_intents(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Serbia's president said Belgrade was willing to compromise with Kosovo over the licence plates.", "SRBGOV→KSV:035")]
    [InlineData("The leak compromised the identities of several informants.", "!*→*:035")]
    [InlineData("Armenia and Azerbaijan pledged to find a peaceful solution to their border dispute.", "ARM*→AZE*:037")]
    [InlineData("Armenia and Azerbaijan pledged to find a peaceful solution to their border dispute.", "!ARM*→*:090")]
    [InlineData("Scientists found a solution to the water shortage in the village.", "!*→*:037")]
    [InlineData("Ethiopia's government remains committed to a peaceful settlement of the dispute.", "ETHGOV→-:037")]
    [InlineData("Sudan's army said it would accept Egypt's good offices in the conflict.", "SDNMIL→EGY*:038")]
    [InlineData("Kuwait stands ready to act as an intermediary between Riyadh and Tehran.", "KWT*→IRNGOV:039")]
    [InlineData("Zambia's president committed to sweeping reforms of the electoral system.", "ZMBGOV→-:034")]
    [InlineData("Zambia's president praised the reforms of his predecessor.", "!*→*:034")]
    [InlineData("Malaysia's prime minister held out the prospect of talks with Singapore.", "MYSGOV→SGP*:036")]
    [InlineData("Malaysia's prime minister held out the prospect of talks with Singapore.", "!MYSGOV→SGP*:040")]
    [InlineData("Armenia and Azerbaijan agreed to thin out troops along their border.", "AZE*→ARM*:0356")]
    [InlineData("Pakistan's army thinned out the crowd with tear gas.", "!*→*:0356")]
    public void Yielding_settling_and_mediating_intents(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Kenya and Ethiopia upgraded their relationship to a strategic partnership.", "KEN*→ETH*:050")]
    [InlineData("Turkey and Egypt stepped up diplomatic coordination on Libya.", "EGY*→TUR*:050")]
    [InlineData("Senegal mustered African support for Gambia's candidate at the UN.", "SEN*→GMB*:053")]
    [InlineData("Japan's emperor expressed remorse to China for the war.", "JPN*→CHN*:055")]
    [InlineData("Ecuador accepted an apology from Mexico over the embassy raid.", "ECU*→MEX*:056")]
    public void Partnerships_support_and_apologies(string sentence, string expected) => AssertCoded(sentence, expected);
}
