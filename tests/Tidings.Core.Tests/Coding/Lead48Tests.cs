namespace Tidings.Tests.Coding;

/// <summary>
/// Session 48 (lead): asides on the subject. A relative clause or aside set off on the subject by commas or dashes
/// ("Russia, which denies it, attacked Ukraine"; "Israel — which says it targets militants — struck a school") neither
/// frames the news verb after it nor takes its subject away. Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Lead48Tests
{
    [Theory]
    [InlineData("Russia, which denies the charge, attacked the Ukrainian port of Odesa on Monday.", "RUS→UKR:19*")]
    [InlineData("Israel, which denies targeting civilians, struck a school in Gaza on Tuesday.", "ISR→PSE:19*")]
    [InlineData("Israel — which says it only targets militants — struck a school in Gaza on Tuesday.", "ISR→PSE:19*")]
    [InlineData("Israel — which says it only targets militants — struck a school in Gaza on Tuesday.", "!PSE*→PSE*:19*")]
    [InlineData("Russia – which has denied targeting civilians – launched 40 drones at Kyiv overnight.", "RUS→UKR:195*")]
    [InlineData("Mali's junta -- which seized power in 2021 -- dissolved all political parties on Friday.", "MLI*→MLIPTY:172*")]
    // the denial itself is still read where the frame does govern its act
    [InlineData("Russia denied that it had attacked Ukraine on Monday.", "RUS→UKR:016")]
    [InlineData("Russia denied attacking Ukraine on Monday.", "RUS→UKR:016")]
    public void An_aside_on_the_subject_leaves_the_news_verb_its_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
