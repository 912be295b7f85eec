namespace Tidings.Tests.Coding;

/// <summary>
/// Lines of real web pages that report no act (session 12, gold blind19): photo captions that drop the "was" of a passive,
/// contests named as figures of speech, datelines that open the text. The sentences are written for these tests; each
/// near miss is paired with news of the same shape that must stay coded.
/// </summary>
public class NonNewsTests
{
    [Theory]
    // A caption's passive without "was" names no doer, whatever the tagger makes of the participle.
    [InlineData("Protesters detained outside the parliament in Nairobi, in a photo taken on Monday.", "!*:173")]
    [InlineData("Two opposition activists freed from jail, Harare, Zimbabwe, March 3, 2025.", "!*:084")]
    // One that names its doer after "by" is coded with that doer, aimed at its subject.
    [InlineData("Kenyan opposition leader detained by police in Nairobi", "KENCOP→KENOPP:173|!KENOPP→*:173")]
    // A finite verb whose object is coordinated away or set after a place is still active news.
    [InlineData("Police detained and beat protesters in Nairobi.", "KENCOP→KENCVL:173")]
    [InlineData("Kenyan police arrested in Nairobi two opposition lawmakers.", "KENCOP→KENOPP:173")]
    public void Captions(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A contest named by its topic is a figure: no trade between the two, no fighting.
    [InlineData("The trade war between Washington and Beijing hurt exporters in Vietnam.", "!*:061|!*:19*")]
    [InlineData("The tariff battle between Canada and the United States hurt farmers.", "!*:061|!*:19*")]
    // A real fight, and a real trade tie, keep their codes.
    [InlineData("Sudan's army fought the RSF in El Fasher on Monday.", "SDNMIL→SDNREB:190")]
    [InlineData("Police clashed with protesters in Nairobi.", "KENCOP→KENCVL:175")]
    public void Figurative_contests(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // The outlet in a dateline's parentheses reports the story; it does not join the subject of the first sentence.
    [InlineData("UNITED NATIONS (AP) — The Security Council on Wednesday condemned attacks by armed groups on peacekeepers.", "IGOUNO→*:111|!MED→*:111")]
    [InlineData("ADDIS ABABA (AP) — The African Union condemned the coup in Niger on Monday.", "IGOAFRAFU→NER*:111|!MED→*:111")]
    public void Datelines(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
