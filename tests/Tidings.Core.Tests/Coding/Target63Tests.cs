namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (target63): targets a show of force leaves out. (1) A compass point from a country ("drills east of Taiwan",
/// "drills north of Japan") places the act as "near" does, for the frames that read their target from "near"; a compass
/// point from a place that is no actor names no target. (2) A posture that answers a cause told as a noun ("in response to
/// the US military build-up") is aimed at the state its possessive, adjective or compound names (decision 090); the one an
/// "of" phrase names suffered the act and is no doer. An event noun's cause may hang on the verb that governs it ("began
/// drills ..., two days after Russian warships entered its waters"). Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Target63Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("China's navy held live-fire drills east of Taiwan on Tuesday.", "CHNMIL→TWN:150")]
    [InlineData("Russian warships held naval drills north of Japan on Friday.", "RUSMIL→JPN:150")]
    [InlineData("China's navy staged live-fire drills east of Taiwan, its command said.", "CHNMIL→TWN:150")]
    [InlineData("China's navy held live-fire drills east of the Paracel Islands on Tuesday.", "CHNMIL→-:150")]
    public void A_compass_point_from_a_country_places_a_show_of_force(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The Venezuelan defence minister said the armed forces had been placed on maximum alert in response to the US military build-up.", "VENMIL→USA:152")]
    [InlineData("The Venezuelan defence minister said the armed forces had been placed on maximum alert in response to the killing of Colombian soldiers.", "!VENMIL→COL*:152")]
    [InlineData("The Venezuelan defence minister said the armed forces had been placed on maximum alert in response to the government's order.", "!VENMIL→VENGOV:152")]
    [InlineData("Sweden's navy began snap readiness drills on Monday, two days after Russian warships entered its waters.", "SWEMIL→RUS:150")]
    [InlineData("Sweden's navy began snap readiness drills on Monday, two days after Sweden's coast guard boarded a tanker.", "SWEMIL→-:150")]
    [InlineData("Sweden's navy began snap readiness drills on Monday, two days after the election.", "SWEMIL→-:150")]
    public void A_posture_answering_a_foreign_act_told_as_a_noun_is_aimed_at_its_owner(string sentence, string expected) => AssertCoded(sentence, expected);
}
