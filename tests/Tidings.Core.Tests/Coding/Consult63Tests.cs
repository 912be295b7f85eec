namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (consult63): root 04, talks the coder read but did not reach. An "after talks in X" time phrase that the
/// parser took for the subject of the reporter's clause ("after talks in Arusha, Tanzania's foreign ministry said") is the
/// time word's object again (a tree repair); talks measured by a round or a length ("a round of talks", "three hours of
/// talks") are talks for the setting and visit rules; talks set in the report both sides give together ("..., the two
/// delegations said after a round of talks") are held by the reported clause's joint subject (decision 076). Events are
/// written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for
/// these tests, not taken from the gold lines.
/// </summary>
public class Consult63Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The reporter's "said" after an "after" phrase of talks, followed by a second phrase, keeps the talks the joint
    // subject's negotiation; a reporter whose own clause has a single subject is no joint side.
    [Theory]
    [InlineData("Kenya and Uganda agreed to an immediate ceasefire on Sunday after talks in Arusha, Tanzania's foreign ministry said, following a week of border clashes.", "KEN→UGA:046")]
    [InlineData("Kenya and Uganda agreed to an immediate ceasefire on Sunday after talks in Arusha, Tanzania's foreign ministry said, following a week of border clashes.", "UGA→KEN:046")]
    [InlineData("Kenya and Uganda agreed to an immediate ceasefire on Sunday after talks in Arusha, Tanzania's foreign ministry said, following a week of border clashes.", "!TZA*→*:046")]
    public void Talks_before_a_reporter_are_a_time_phrase(string sentence, string expected) => AssertCoded(sentence, expected);

    // Talks measured by their round or length: set after a joint subject's act, and the matter of a visit's talks.
    [Theory]
    [InlineData("Kenya and Uganda agreed to reopen two border posts after a round of talks in Arusha.", "KEN→UGA:046")]
    [InlineData("Kenya's envoy met Uganda's president in Kampala for three hours of talks on ending the war.", "KENGOV→UGAGOV:046")]
    [InlineData("Kenya's envoy met Uganda's president in Kampala for three hours of talks on ending the war.", "UGAGOV→KENGOV:043")]
    // talks on a matter that is no dispute or deal stay the visit alone
    [InlineData("Kenya's envoy met Uganda's president in Kampala for three hours of talks on tourism.", "!*→*:046")]
    public void Measured_talks_are_talks(string sentence, string expected) => AssertCoded(sentence, expected);

    // The sides' joint report ("the two delegations said") sets the talks between the reported clause's joint subject; a
    // one-sided reporter names no pair.
    [Theory]
    [InlineData("Kenya and Uganda agreed to reopen two border posts, the two delegations said in a joint statement after a round of talks in Arusha.", "KEN→UGA:046")]
    [InlineData("Kenya and Uganda agreed to reopen two border posts, the two foreign ministers said after talks in Arusha.", "UGA→KEN:046")]
    [InlineData("Kenya agreed to reopen two border posts, the two delegations said after talks in Arusha.", "!*→*:046")]
    public void Talks_in_a_joint_report_are_the_sides_own(string sentence, string expected) => AssertCoded(sentence, expected);
}
