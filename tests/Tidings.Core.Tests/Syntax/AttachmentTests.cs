using Tidings.Documents;
using Tidings.Syntax;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Syntax;

public class AttachmentTests
{
    private static TokenRange Word(Document doc, string word)
    {
        int i = Enumerable.Range(0, doc.TokenCount).First(t => doc.Token(t).Text == word);
        return new TokenRange(i, i + 1);
    }

    [Theory]
    [InlineData("The ministers held talks in Cairo on Sunday .", "talks", "Sunday", true)]
    [InlineData("Police arrested the leader on Monday after protesters marched on Friday .", "arrested", "Monday", true)]
    [InlineData("Police arrested the leader on Monday after protesters marched on Friday .", "arrested", "Friday", false)]
    [InlineData("Officials said on Tuesday that rebels had attacked the base .", "attacked", "Tuesday", false)]
    public void A_time_expression_attaches_to_the_predicate_that_governs_it(string text, string trigger, string time, bool same)
    {
        var doc = SyntaxPipeline.Parse(text);
        Assert.Equal(same, Attachment.SamePredicate(doc, Word(doc, time), Word(doc, trigger)));
    }

    [Fact]
    public void Without_a_parse_anything_may_attach()
    {
        var doc = new Document("Rebels attacked the base on Friday.");
        Tidings.Pipeline.Pipeline.Create(Tokenizer.Default).Process(doc);
        Assert.Equal(-1, Attachment.GoverningPredicate(doc, new TokenRange(0, 1)));
        Assert.True(Attachment.SamePredicate(doc, new TokenRange(0, 1), new TokenRange(4, 5)));
    }
}
