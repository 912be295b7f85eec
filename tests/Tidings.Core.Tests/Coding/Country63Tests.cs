namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (country63): actor codes of events whose root is right. A cut in diplomatic relations (161) aimed at a
/// foreign state's embassy or consulate itself is aimed at that state as a country (the bare code), as recalls from a
/// capital are; the people of a mission (diplomats, staff, an ambassador) stay their government's agents (GOV).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class Country63Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A closed foreign mission is the country's; expelled diplomats, an ambassador and "embassy staff" (the mission noun
    // only modifies the people) are the government's; an embassy attacked by protesters is no cut in relations and keeps
    // the government the building stands for.
    [Theory]
    [InlineData("Sweden closed the Iranian embassy in Stockholm on Tuesday.", "SWE→IRN:161")]
    [InlineData("Sweden closed the Iranian embassy in Stockholm on Tuesday.", "!SWE→IRNGOV:161")]
    [InlineData("Latvia ordered the closure of the Belarusian consulate in Daugavpils.", "LVA→BLR:161")]
    [InlineData("Latvia expelled two Belarusian diplomats on Tuesday.", "LVA→BLRGOV:161")]
    [InlineData("Latvia expelled the Belarusian ambassador on Tuesday.", "LVA→BLRGOV:161")]
    [InlineData("Chad expelled ten French embassy staff on Monday.", "TCD→FRAGOV:161")]
    [InlineData("Chad expelled ten French embassy staff on Monday.", "!TCD→FRA:161")]
    [InlineData("Protesters stormed the Iranian embassy in Stockholm.", "*→IRNGOV:145")]
    public void Closed_missions_are_the_country(string sentence, string expected) => AssertCoded(sentence, expected);
}
