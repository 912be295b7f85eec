using Tidings.Documents;
using Tidings.Tests.Coding;
using Tidings.Text;

namespace Tidings.Tests.Text;

/// <summary>
/// Invisible characters of web copy are removed before tokenizing, so the words around them keep their spelling for
/// every lexicon; joiners that shape non-Latin words or emoji stay; look-alike apostrophes between letters are ’. Sentences written
/// for these tests.
/// </summary>
public class TextCleanerTests
{
    [Theory]
    [InlineData("nego\u00ADtiations", "negotiations")]            // soft hyphen
    [InlineData("Gaza\u200B.", "Gaza.")]                           // zero-width space
    [InlineData("\u202EIsrael\u202C", "Israel")]                  // override and pop
    [InlineData("\u2067Hamas\u2069 said", "Hamas said")]          // isolate
    [InlineData("\u200Fand\u200E", "and")]                        // RLM, LRM
    [InlineData("mid\uFEFFtext", "midtext")]                      // BOM inside text
    [InlineData("attacked\u200D Gaza", "attacked Gaza")]          // joiner beside a space
    [InlineData("\u200Dleading", "leading")]                      // joiner at the edge
    [InlineData("plain text stays", "plain text stays")]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")] // Persian ZWNJ kept
    [InlineData("\U0001F468\u200D\U0001F469", "\U0001F468\u200D\U0001F469")]       // emoji ZWJ sequence kept
    public void Clean_removes_what_no_reader_sees(string input, string expected) =>
        Assert.Equal(expected, TextCleaner.Clean(input));

    [Theory]
    [InlineData("Russia\u00B4s army", "Russia\u2019s army")]
    [InlineData("Russia\u02BCs army", "Russia\u2019s army")]
    [InlineData("Russia\u2018s army", "Russia\u2019s army")]
    [InlineData("don\u00B4t", "don\u2019t")]
    // an opening quote after a space, and an accent at a word's edge, stay
    [InlineData("the \u2018peace\u2019 plan", "the \u2018peace\u2019 plan")]
    [InlineData("a\u00B4 b", "a\u00B4 b")]
    public void Look_alike_apostrophes_between_letters_are_apostrophes(string input, string expected) =>
        Assert.Equal(expected, TextCleaner.Clean(input));

    [Theory]
    [InlineData("Russia\u00B4s army attacked Ukraine on Monday.")]
    [InlineData("Russia\u02BCs army attacked Ukraine on Monday.")]
    [InlineData("Russia\u2018s army attacked Ukraine on Monday.")]
    public void A_look_alike_apostrophe_keeps_the_possessive(string sentence) =>
        PipelineEvents.AssertCoded(sentence, "RUSMIL→UKR:19*");

    [Fact]
    public void Clean_returns_the_same_string_when_nothing_changes()
    {
        const string s = "Kenya and Tanzania signed a border deal.";
        Assert.Same(s, TextCleaner.Clean(s));
    }

    [Fact]
    public void Clean_never_throws_on_a_lone_surrogate()
    {
        string s = "Iran\uD800 met\u00AD Iraq";
        Assert.Equal("Iran\uD800 met Iraq", TextCleaner.Clean(s));
    }

    [Fact]
    public void Document_offsets_refer_to_the_cleaned_text()
    {
        var doc = Document.FromArticle(new Article { Id = "a", Headline = "\u202EPeace\u202C talks", Body = "Talks re\u00ADsumed." });
        Assert.Equal("Peace talks\n\nTalks resumed.", doc.Text);
        Assert.Equal("Talks resumed.", doc.Text[doc.Sections[1].Start..doc.Sections[1].End]);
    }

    [Fact]
    public void A_section_of_invisible_characters_only_is_no_section()
    {
        var doc = Document.FromArticle(new Article { Id = "a", Headline = "\u200B\u00AD", Body = "Body." });
        Assert.Equal("Body.", doc.Text);
        Assert.Single(doc.Sections);
    }

    // The same sentence codes the same event with invisible characters in or around its words.
    [Theory]
    [InlineData("Israel at\u00ADtacked Gaza\u200B on Monday.")]
    [InlineData("\u202AIsrael\u202C attacked\u200D Gaza on Monday.")]
    [InlineData("Israel attacked \u2066Gaza\u2069 on Monday.")]
    public void Invisible_characters_do_not_hide_an_event(string sentence) =>
        PipelineEvents.AssertCoded(sentence, "ISR→PSE:190");
}
