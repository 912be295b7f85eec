namespace Tidings.Tests.Coding;

/// <summary>
/// Session 50 (target50): the surface target fallback ("the first actor after the trigger", used when the tree names no
/// target) stops at an actor that the tree makes the subject of another clause, and passes over a "for" phrase that the
/// trigger's entry does not take as its target's. Events are written "SOURCE→TARGET:CODE" ("-" for no target); each listed
/// event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Target50Tests
{
    // The subject of a purpose clause ("so that X would ...") does its own act; it is no target of the main act.
    [Theory]
    [InlineData("The finance minister resigned on Monday so that the ruling party would not lose the vote.", "GOV→-:083*")]
    [InlineData("The finance minister resigned on Monday so that the ruling party would not lose the vote.", "!GOV→GOVPTY:083*")]
    [InlineData("Police stepped up patrols around the capital so that the army would not be called in.", "COP→-:15*")]
    [InlineData("Police stepped up patrols around the capital so that the army would not be called in.", "!COP→MIL:15*")]
    // kept: a reaction with no patient is aimed at the subject of its adverbial clause; a framing verb at its complement's
    [InlineData("Japan put its air force on alert after Russian bombers flew close to Hokkaido.", "JPNMIL→RUS:15*")]
    [InlineData("Peru insisted that Bolivia hand over the fugitive general.", "PER→BOL:10*")]
    public void The_subject_of_another_clause_is_no_fallback_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "for" names whom a thing is meant for or the purpose, unless the entry takes its target with "for".
    [Theory]
    [InlineData("Norway's government is considering new limits on mobile phones for children.", "NORGOV→-:014")]
    [InlineData("Norway's government is considering new limits on mobile phones for children.", "!NORGOV→NORCVL:014")]
    [InlineData("Vietnam demanded compensation for the fishermen.", "!VNM→VNMAGR:10*")]
    // kept: a pledge of money names its recipient with "for"
    [InlineData("Germany pledged 20 million euros in aid for Pakistan.", "DEU→PAK:03*")]
    public void A_for_phrase_is_no_fallback_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
