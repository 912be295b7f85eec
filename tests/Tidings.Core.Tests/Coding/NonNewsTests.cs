namespace Tidings.Tests.Coding;

/// <summary>
/// Lines of real web pages that report no act (session 12, gold blind19): photo captions that drop the "was" of a passive,
/// contests named as figures of speech, datelines that open the text. The sentences are written for these tests; each
/// near miss is paired with news of the same shape that must stay coded.
/// </summary>
public class NonNewsTests
{
    [Theory]
    // The outlet in a dateline's parentheses reports the story; it does not join the subject of the first sentence.
    [InlineData("UNITED NATIONS (AP) — The Security Council on Wednesday condemned attacks by armed groups on peacekeepers.", "IGOUNO→*:111|!MED→*:111")]
    [InlineData("ADDIS ABABA (AP) — The African Union condemned the coup in Niger on Monday.", "IGOAFRAFU→NER*:111|!MED→*:111")]
    public void Datelines(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
