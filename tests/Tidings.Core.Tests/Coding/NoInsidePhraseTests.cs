namespace Tidings.Tests.Coding;

/// <summary>
/// Session 16 (plover6): a phrase trigger skips determiners between its words, and "no" was one of them, so "reached no
/// agreement" coded an agreement. "No" inside a matched phrase negates it. Sentences written for these tests. Events are
/// written "SOURCE→TARGET:CODE"; each listed event must be coded as asserted news, each "!"-prefixed one must not.
/// </summary>
public class NoInsidePhraseTests
{
    [Theory]
    [InlineData("Kenya and Uganda reached no agreement on the border dispute.", "!KEN→UGA:057")]
    [InlineData("Police in Kingston made no arrests after the shooting.", "!JAMCOP→*:173")]
    [InlineData("Ghana and Togo signed no deal at the summit in Lome.", "!GHA→TGO:057")]
    // a phrase whose own words hold "no" keeps its code
    [InlineData("The Nigerian foreign ministry had no comment on the arrests.", "NGAGOV→-:011")]
    // without "no" the phrase is coded as before
    [InlineData("Kenya and Uganda reached an agreement on the border dispute.", "KEN→UGA:057")]
    [InlineData("Ghana and Togo signed a trade deal in Lome.", "GHA→TGO:057")]
    public void No_inside_a_phrase_negates_it(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
