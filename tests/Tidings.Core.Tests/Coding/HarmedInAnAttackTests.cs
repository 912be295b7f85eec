namespace Tidings.Tests.Coding;

/// <summary>
/// Session 16 (plover6): people killed or wounded "in a Kenyan air strike", found uncoded (or coded with the victims as
/// the doers) in the NGEC synthetic PLOVER stories, on sentences written for these tests. A passive harm with no
/// by-agent, suffered in an attack whose doer modifies the attack noun, is that doer's attack on the passive subject,
/// with the attack noun's code. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not.
/// </summary>
public class HarmedInAnAttackTests
{
    [Theory]
    [InlineData("Four Somali civilians were killed in a Kenyan air strike.", "KEN*→SOMCVL:195")]
    // "were wounded" read by the parser as a copula and an adjective: the victims are still no doers
    [InlineData("Two Afghan soldiers were wounded in a Pakistani rocket attack.", "PAK→AFGMIL:194|!AFGMIL→PAK:190")]
    [InlineData("Six Yemeni fishermen were wounded in a Saudi air strike off Hodeidah.", "SAU→YEMAGR:195")]
    // an attack on someone names its victims, not its doer; a place is no doer; a by-agent is coded as before
    [InlineData("Five soldiers were killed in an attack on a Malian army base.", "!MLIMIL→*:19*")]
    [InlineData("Two Indian police officers were injured in Kashmir on Monday.", "!*:19*")]
    [InlineData("Three civilians were killed in an air strike by the Saudi-led coalition in Hodeidah.", "SAUMIL→YEMCVL:195")]
    public void A_harm_suffered_in_an_actors_attack_is_that_actors_attack(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
