namespace Tidings.Tests.Coding;

/// <summary>
/// Session 74 (noun74): an event noun whose second word is a preposition ("round of talks", "release of prisoner", "lifting
/// of sanction") names its act's object after the preposition, and that object keeps its modifiers as a verb's object does:
/// "a new round of technical talks" is the noun "round of talks" (046), not the bare "talks" (040). Only the object's
/// modifiers are skipped: a noun that merely opens like one ("the round table of experts", "a round of the football
/// league") and a noun with no actors named stay no event. Events are written "SOURCE→TARGET:CODE" ("-" for none, "*"
/// any); each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class EventNouns74Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Iran and the IAEA held a new round of technical talks in Vienna.", "IRN→IGOUNOIAE:046|IGOUNOIAE→IRN:046|!*→*:040")]
    [InlineData("The third round of the football league ended on Sunday.", "!*→*:04*")]
    [InlineData("The conference's round table of experts published a report on Monday.", "!*→*:04*")]
    [InlineData("A new round of technical talks opened in Vienna on Monday.", "!*→*:046")]
    public void The_object_of_an_event_nouns_preposition_keeps_its_modifiers(string sentence, string expected) => AssertCoded(sentence, expected);
}
