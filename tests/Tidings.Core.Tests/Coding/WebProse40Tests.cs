namespace Tidings.Tests.Coding;

/// <summary>
/// Faults of web-page prose (session 40). "X says Y fired on Z": with no "that" the parser can read the reported clause's
/// subject as the object of "says" and its verb as a reduced relative on it, so the act is lost; in body text the coder
/// moves the clause back only when the object is a state or an armed force and the participle is a material act of the
/// lexicon with a complement of its own (<c>ShallowCoder.RepairReportedClausesOnActors</c>). An agency's weather, health
/// or road-safety advice to the public is dropped as an appeal (<c>DropSafetyAdviceToThePublic</c>). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class WebProse40Tests
{
    [Theory]
    [InlineData("The opposition leader says soldiers fired on protesters in the capital on Sunday, calling it a massacre.", "MIL→CVL:1*")]
    [InlineData("A village chief near Gao claims Burkinabe troops shelled a Malian army post last week, calling it an act of war.", "BFAMIL→MLIMIL:19*")]
    [InlineData("A human rights lawyer in Lahore says police raided the offices of an opposition newspaper overnight, seizing its computers.", "PAKCOP→*:1*")]
    // the object is no state or force, or the participle is no act of force: the reduced relative stays
    [InlineData("The union says workers fired by the mining company last month will be rehired.", "!*:19*")]
    [InlineData("The union says workers fired by the mining company last month will be rehired.", "!*:17*")]
    [InlineData("The aid group says refugees displaced by the floods need tents and clean water.", "!*:1*")]
    public void A_reported_act_of_a_force_after_says_is_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An agency's advice to the public on weather, health or road safety is no political event (gold/README.md: blind36,
    // blind59, dev7); an armed group's or a party's call on residents, and an appeal to a named state, stay appeals.
    [Theory]
    [InlineData("The Kenya Meteorological Department has warned residents of the lake region to expect heavy rain on Friday, advising farmers not to plant until the floods recede.", "!*:02*")]
    [InlineData("Health officials in Lagos urged parents to vaccinate their children against measles before the school term.", "!*:02*")]
    [InlineData("Traffic police in Nairobi urged motorists to avoid the Thika bridge until repairs are finished.", "!*:02*")]
    [InlineData("The opposition leader urged residents of Harare to stay indoors on Monday in protest at the election result.", "ZWEOPP→ZWECVL:02*")]
    [InlineData("Zimbabwe's opposition urged the government to release the jailed activists before the rains.", "ZWEOPP→ZWEGOV:0253")]
    [InlineData("The World Health Organization urged Malawi's government to step up vaccination against cholera.", "IGO*→MWIGOV:02*")]
    public void Safety_advice_to_the_public_is_no_appeal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
