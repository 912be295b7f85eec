namespace Tidings.Tests.Coding;

/// <summary>
/// Session 49 (lead). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one
/// must not. Sentences written for these tests.
/// </summary>
public class Lead49Tests
{
    // A side pressed for an act is asked for that act: the act asked for gives the demand its sub-code, as with "demanded".
    // An act pressed with no side ("pressed its offensive") is carried on and demands nothing.
    [Theory]
    [InlineData("The United States pressed Israel for a ceasefire in Lebanon.", "USA→ISR:1056")]
    [InlineData("The African Union pressed Ethiopia for talks with the Tigrayan leaders.", "IGO*→ETH:106")]
    [InlineData("The army pressed its offensive on the rebel-held district.", "!*→*:10*")]
    [InlineData("Russian forces are pressing their assault around Pokrovsk.", "!*→*:10*")]
    public void A_side_pressed_for_an_act_is_asked_for_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
