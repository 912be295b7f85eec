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

    // A past participle set off by a comma is a reduced passive: its doer is its "by" agent, and it was done to the noun it
    // describes or to the subject of the clause it hangs on, never done by that subject. A bare reduced relative inside
    // another event ("an inquiry into the deaths of protesters shot by police") stays no event of its own.
    [Theory]
    [InlineData("Armenia and Azerbaijan swapped 40 detainees on Monday, mediated by Qatar.", "QAT→ARM:045")]
    [InlineData("Armenia and Azerbaijan swapped 40 detainees on Monday, mediated by Qatar.", "QAT→AZE:045")]
    [InlineData("Armenia and Azerbaijan swapped 40 detainees on Monday, mediated by Qatar.", "!ARM→AZE:045")]
    [InlineData("The opposition leader, arrested by police in Harare on Monday, was freed on bail.", "ZWECOP→ZWEOPP:173")]
    [InlineData("The opposition leader, arrested by police in Harare on Monday, was freed on bail.", "!ZWEOPP→*:173")]
    [InlineData("Peru opened an inquiry into the deaths of farmers shot by police during the strike.", "!PERCOP→*:1*")]
    public void A_comma_participle_is_done_by_its_agent(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
