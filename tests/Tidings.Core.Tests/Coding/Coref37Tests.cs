namespace Tidings.Tests.Coding;

/// <summary>
/// Session 37 (coref37): acts of a later sentence whose partner was named only in an earlier one. A refusal or rejection
/// (12x) with no target in its sentence ("said it would not bow to pressure", "would not give in to blackmail") answers the
/// latest appeal, offer, demand, threat or coercion an earlier sentence aimed at the refuser's side, and is aimed at whoever
/// made it (ShallowCoder.AimRefusalsAtEarlierPressure). No partner is taken from a meeting, from the refuser's own side, or
/// from nowhere. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// Paragraphs written for these tests.
/// </summary>
public class Coref37Tests
{
    [Theory]
    [InlineData("Russia threatened on Monday to cut gas supplies to Moldova. Moldova's government said it would not give in to blackmail.", "MDAGOV→RUS:124")]
    [InlineData("Venezuela's president threatened on Tuesday to expel Spain's ambassador. Spain's foreign ministry said it would not bow to pressure.", "ESPGOV→VENGOV:124")]
    [InlineData("China demanded on Friday that the Philippines remove its ship from the shoal. Manila refused.", "PHLGOV→CHN:12*")]
    // a meeting is no pressure: the refusal keeps no partner
    [InlineData("Egypt's president met Sudan's army chief on Monday. The Sudanese army said it would not bow to pressure.", "SDNMIL→-:124|!SDNMIL→EGYGOV:124")]
    // pressure from the refuser's own side is no partner
    [InlineData("Hungary's president urged the government to delay the vote. The government said it would not bow to pressure.", "!HUNGOV→HUNGOV:124")]
    // a single sentence has no earlier pressure
    [InlineData("Moldova's prime minister said on Monday the country would not bow to pressure.", "!*→RUS:124")]
    public void A_refusal_answers_the_pressure_told_before(string paragraph, string expected) => PipelineEvents.AssertCoded(paragraph, expected);

    [Theory]
    [InlineData("Serbia said on Monday it was ready for talks with Kosovo.", "SRB→KSV:036")]
    [InlineData("Pakistan said it remained ready for dialogue with India.", "PAK→IND:036")]
    // readiness for a thing that is no act is no intent
    [InlineData("Kenya's president said the country was ready for the rainy season.", "!*:03*")]
    public void Ready_for_talks_is_intent_to_meet(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
