using Tidings.Documents;
using Tidings.Text;

namespace Tidings.Tests.Text;

/// <summary>
/// Session 57 (lead57): Markdown emphasis ("**") written against a full stop, as pasted web copy has it, ends the sentence:
/// marker then word opens the next sentence, marker then space closes this one. Snippets written for these tests.
/// </summary>
public class Emphasis57SegmenterTests
{
    // Expected sentences are separated by " || ".
    [Theory]
    [InlineData("Police arrested two men on Monday.**Kenya recalls envoy** Kenya recalled its ambassador.",
        "Police arrested two men on Monday. || **Kenya recalls envoy** Kenya recalled its ambassador.")]
    [InlineData("He won a second term.** Update: Russia expelled two diplomats.",
        "He won a second term.** || Update: Russia expelled two diplomats.")]
    [InlineData("The vote was delayed.**Analysis** Turnout fell.", "The vote was delayed. || **Analysis** Turnout fell.")]
    // no sentence start after the marker, or a marker at the end: one sentence
    [InlineData("The talks ended.**", "The talks ended.**")]
    [InlineData("Turnout was 61.**2** percent on Sunday.", "Turnout was 61.**2** percent on Sunday.")]
    public void Emphasis_against_a_full_stop_ends_the_sentence(string text, string expected)
    {
        var doc = new Document(text);
        Tokenizer.Default.Process(doc);
        Assert.Equal(expected, string.Join(" || ", doc.Sentences().Select(s => s.Text)));
    }
}
