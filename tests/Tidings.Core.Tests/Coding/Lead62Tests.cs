using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 62 (lead62): a warning whose "that" clause says the warner's own side will act is a threat (13x) even when
/// that side is named by a noun, not a pronoun: "his country", "its forces", or an actor of the warner's own country ("The
/// White House warned ... that the United States would respond"). Another country's act told in the clause stays a
/// comment (012). Events are written "SOURCE→TARGET:CODE"; "!" marks an event that must not be coded. Sentences written
/// for these tests.
/// </summary>
public class Lead62Tests
{
    [Theory]
    [InlineData("The White House warned Moscow on Tuesday that the United States would respond with sanctions if Russian hackers kept attacking hospitals.",
        "USAGOV→RUSGOV:13*|!USAGOV→RUSGOV:012")]
    [InlineData("Egypt's foreign minister warned on Sunday that his country would take all measures to protect its water rights.",
        "EGYGOV→*:13*|!EGYGOV→*:012")]
    [InlineData("Ghana's president warned that his government would not tolerate further interference from Togo.",
        "GHAGOV→*:13*|!GHAGOV→*:012")]
    public void A_warning_that_the_warners_own_side_will_act_is_a_threat(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // another country's act forecast: no threat by the speaker
    [InlineData("Chinese officials warned that the United States would impose new sanctions on Chinese banks.", "!CHNGOV→*:13*")]
    // a noun of the own side that does not act: a comment
    [InlineData("Ghana's president warned that his country would be a victim of the crisis.", "!GHAGOV→*:13*")]
    // the warned act's coercive purpose is coded itself: no second, bare threat
    [InlineData("Kenya's police chief warned that officers would use force to break up any opposition rally in Nairobi.", "KENCOP→*:137|!KENCOP→*:130")]
    // a response to another's act is read with what it answers
    [InlineData("Iraq's army chief warned that Baghdad would respond within hours to any Turkish attack on its territory.", "IRQMIL→TUR:138|!IRQMIL→IRQGOV:130")]
    public void Another_sides_act_or_no_act_is_no_threat(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
