namespace Tidings.Tests.Coding;

/// <summary>
/// Session 62 (threat62): root 13 (Threaten), missed and false (decision 084). A threat keeps the dyad of the act it
/// threatens: the country the threatened act names (whose border, exports or airspace it would close or cut) is the target,
/// not the government of the capital its "if"/"unless" condition names; the condition's doer is the target only when the
/// threatened act names no one. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from any gold line.
/// </summary>
public class Threat62Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The threatened act names a country: that country, bare, is the target, whatever capital the condition names.
    [Theory]
    [InlineData("Hungary threatened to cut electricity exports to Serbia if Belgrade kept backing the rival candidate.", "HUN→SRB:131")]
    [InlineData("Hungary threatened to cut electricity exports to Serbia if Belgrade kept backing the rival candidate.", "!HUN→SRBGOV:131")]
    [InlineData("Morocco threatened to suspend fishing access for Spain unless Madrid recognised its claim.", "MAR→ESP:13*")]
    [InlineData("Morocco threatened to suspend fishing access for Spain unless Madrid recognised its claim.", "!MAR→ESPGOV:13*")]
    // The act names no one: the condition's doer is the target, a capital its government.
    [InlineData("Beijing threatened to impose sanctions if Manila sent troops to the shoal.", "CHNGOV→PHLGOV:1312")]
    [InlineData("Washington warned Ankara it would face sanctions if it bought more Russian missiles.", "USAGOV→TURGOV:1312")]
    public void Threats_keep_the_dyad_of_the_threatened_act(string sentence, string expected) => AssertCoded(sentence, expected);
}
