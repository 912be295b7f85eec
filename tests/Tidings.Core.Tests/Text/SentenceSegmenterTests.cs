using Tidings.Documents;
using Tidings.Text;

namespace Tidings.Tests.Text;

public class SentenceSegmenterTests
{
    // Expected sentences are separated by " || ".
    [Theory]
    [InlineData("Putin met Assad. They discussed trade.", "Putin met Assad. || They discussed trade.")]
    [InlineData("Did they agree? Nobody knows! Talks resume today.", "Did they agree? || Nobody knows! || Talks resume today.")]
    [InlineData("Gen. Smith arrived. Mr. Jones left.", "Gen. Smith arrived. || Mr. Jones left.")]
    [InlineData("Dr. Lee met Sen. Warren and Gov. Hochul.", "Dr. Lee met Sen. Warren and Gov. Hochul.")]
    [InlineData("U.S. officials said so.", "U.S. officials said so.")]
    [InlineData("The U.S. Army moved in.", "The U.S. Army moved in.")]
    [InlineData("He moved to the U.S. The move was sudden.", "He moved to the U.S. || The move was sudden.")]
    [InlineData("Acme Inc. said profits rose.", "Acme Inc. said profits rose.")]
    [InlineData("Shares of Acme Inc. fell. It blamed costs.", "Shares of Acme Inc. fell. || It blamed costs.")]
    [InlineData("Jennifer M. Anderson was nominated.", "Jennifer M. Anderson was nominated.")]
    [InlineData("\"We will win.\" The crowd cheered.", "\"We will win.\" || The crowd cheered.")]
    [InlineData("“Why?” he asked.", "“Why?” he asked.")]
    [InlineData("He left (finally.) Then rain.", "He left (finally.) || Then rain.")]
    [InlineData("First paragraph without stop\n\nSecond paragraph", "First paragraph without stop || Second paragraph")]
    [InlineData("A long line of prose that has been wrapped at a fixed width by the\nsender continues here.", "A long line of prose that has been wrapped at a fixed width by the\nsender continues here.")]
    [InlineData("Syrian ministers meet Putin\nMOSCOW (AP) — Syria's ministers met the president on Tuesday in a long meeting.", "Syrian ministers meet Putin || MOSCOW (AP) — Syria's ministers met the president on Tuesday in a long meeting.")]
    [InlineData("Key points:\n- Talks held\n- Deal signed", "Key points: || - Talks held || - Deal signed")]
    [InlineData("It cost 3.5 million. No. 5 won.", "It cost 3.5 million. || No. 5 won.")]
    [InlineData("Wait... The rest came later.", "Wait... || The rest came later.")]
    [InlineData("The vote is at 5 p.m. on Friday.", "The vote is at 5 p.m. on Friday.")]
    [InlineData("Он приехал. Она ушла.", "Он приехал. || Она ушла.")]
    [InlineData("no punctuation at all", "no punctuation at all")]
    [InlineData("Maj.Gen. Ali Hassan spoke. Troops left.", "Maj.Gen. Ali Hassan spoke. || Troops left.")]
    [InlineData("It happened because of X. So we left.", "It happened because of X. || So we left.")]
    [InlineData("lol. see you there ... maybe later", "lol. || see you there ... maybe later")]
    public void Segments(string text, string expected)
    {
        var doc = new Document(text);
        Tokenizer.Default.Process(doc);
        Assert.Equal(expected, string.Join(" || ", doc.Sentences().Select(s => s.Text)));
    }

    [Fact]
    public void Very_long_unpunctuated_text_is_cut_into_bounded_sentences()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 5000));
        var doc = new Document(text);
        Tokenizer.Default.Process(doc);
        Assert.All(doc.Sentences(), s => Assert.True(s.TokenCount <= SentenceSegmenter.MaxSentenceTokens));
        Assert.Equal(5000, doc.Sentences().Sum(s => s.TokenCount));
    }
}
