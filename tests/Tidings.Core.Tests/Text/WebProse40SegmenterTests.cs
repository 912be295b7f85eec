using Tidings.Documents;
using Tidings.Text;

namespace Tidings.Tests.Text;

/// <summary>
/// A web page's link to another story ("Read more:", "Also read:", "Related:") with its headline and no full stop runs
/// into the sentence after it; the segmenter ends the link where a sentence-case headline meets a capitalised
/// determiner or pronoun, so the page clutter is dropped and the article's sentence kept. Snippets written for these tests.
/// </summary>
public class WebProse40SegmenterTests
{
    // Expected sentences are separated by " || ".
    [Theory]
    [InlineData("Read more: Kenya and Uganda sign deal on oil pipeline The ministry said on Monday that talks would resume.",
        "Read more: Kenya and Uganda sign deal on oil pipeline || The ministry said on Monday that talks would resume.")]
    [InlineData("Also read: Why farmers in Punjab are angry about wheat prices They marched to the assembly on Friday.",
        "Also read: Why farmers in Punjab are angry about wheat prices || They marched to the assembly on Friday.")]
    [InlineData("Related: Court jails former mayor for fraud His lawyers said he would appeal.",
        "Related: Court jails former mayor for fraud || His lawyers said he would appeal.")]
    // a title-case headline gives no sign where it ends: left whole
    [InlineData("Read more: Why The Army Lost The Town The governor said the town was calm.",
        "Read more: Why The Army Lost The Town The governor said the town was calm.")]
    // no link label: a capitalised "The" inside a sentence is not a sentence start
    [InlineData("Officials from The Hague met the delegation on Monday.", "Officials from The Hague met the delegation on Monday.")]
    // a link headline that ends with a full stop is split as before
    [InlineData("Read more: Police arrest ten after riot. The city was calm on Sunday.", "Read more: Police arrest ten after riot. || The city was calm on Sunday.")]
    public void A_link_headline_ends_before_the_sentence_it_runs_into(string text, string expected)
    {
        var doc = new Document(text);
        Tokenizer.Default.Process(doc);
        Assert.Equal(expected, string.Join(" || ", doc.Sentences().Select(s => s.Text)));
    }

    [Theory]
    [InlineData("Read more: Ghana and Togo reopen border crossing The Nigerian army said its troops had killed 20 bandits in Zamfara on Sunday.", "NGAMIL→NGA*:1*")]
    [InlineData("Read more: Ghana and Togo reopen border crossing The Nigerian army said its troops had killed 20 bandits in Zamfara on Sunday.", "!*:0*")]
    public void The_sentence_after_a_link_headline_is_coded(string text, string expected) =>
        Tidings.Tests.Coding.PipelineEvents.AssertCoded(text, expected);
}
