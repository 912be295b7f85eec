namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (statement64): root 01, false pessimistic comments. A warning that holds only on a condition ("warned X that
/// ... if ...", "If ..., fighting could spread, diplomats warned") is a conditional threat or a forecast, never a pessimistic
/// comment (012): every tunable gold line of "warned ... if/unless" codes a threat 13x or no event. With an addressee actor it
/// is a threat to the addressee (130); without one no 012 is coded. Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Statement64Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a conditional warning to a named addressee is a threat to it, not gloom
    [InlineData("The US president warned the Houthis that they would regret it bitterly if they did not stop attacking ships.", "USAGOV→YEMREB:13*")]
    [InlineData("The US president warned the Houthis that they would regret it bitterly if they did not stop attacking ships.", "!*→*:012")]
    // a conditional forecast with no addressee is no comment at all
    [InlineData("If the truce collapses, fighting could spread to the capital, Kenya's foreign minister warned.", "!*→*:012")]
    [InlineData("Ghana's finance minister warned that inflation would rise unless the central bank acted.", "!*→*:012")]
    // must stay: a warning with no condition keeps its pessimistic comment
    [InlineData("Kenya's foreign minister warned that the fighting could spread to the capital.", "KENGOV→*:012")]
    [InlineData("Jordan's king warned that the collapse of the talks would plunge the region into war.", "JORGOV→*:012")]
    public void Conditional_warnings_are_no_pessimistic_comment(string sentence, string expected) => AssertCoded(sentence, expected);

    // Condolences told as the purpose of a call, or beside a call or visit, go to the one called or visited; a call made for
    // another purpose lends nothing, and condolences with their own recipient keep it.
    [Theory]
    [InlineData("Ghana's foreign minister telephoned his Malian counterpart to offer condolences after the floods.", "GHAGOV→MLIGOV:018")]
    [InlineData("Ghana's foreign minister telephoned his Malian counterpart to offer condolences after the floods.", "!MLIGOV→*:018")]
    [InlineData("Chile's president telephoned Peru's president on Sunday and expressed sympathy over the landslide.", "CHLGOV→PERGOV:018")]
    [InlineData("Ghana's foreign minister telephoned his Malian counterpart to discuss the border.", "!*→*:018")]
    [InlineData("Chile's president called his Peruvian counterpart and sent condolences to the people of Bolivia.", "!CHLGOV→PERGOV:018")]
    public void Condolences_go_to_the_one_called(string sentence, string expected) => AssertCoded(sentence, expected);
}
