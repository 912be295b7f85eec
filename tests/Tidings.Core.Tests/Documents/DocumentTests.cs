using Tidings.Documents;

namespace Tidings.Tests.Documents;

public class DocumentTests
{
    [Fact]
    public void FromArticle_lays_out_headline_deck_body_as_sections()
    {
        var doc = Document.FromArticle(new Article { Id = "a", Headline = "H", Deck = "D", Body = "B b." });
        Assert.Equal("H\n\nD\n\nB b.", doc.Text);
        Assert.Equal([SectionKind.Headline, SectionKind.Deck, SectionKind.Body], doc.Sections.Select(s => s.Kind));
        Assert.Equal("B b.", doc.Text[doc.Sections[2].Start..doc.Sections[2].End]);
    }

    [Fact]
    public void Tokens_must_be_in_order_and_inside_the_text()
    {
        var doc = new Document("ab cd");
        doc.AddToken(0, 2);
        Assert.Throws<InvalidOperationException>(() => doc.AddToken(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.AddToken(3, 9));
        doc.AddToken(3, 5);
        doc.AddSentence(0, 2, SectionKind.Body);
        Assert.Equal("cd", doc.Token(1).Text);
        Assert.Equal(0, doc.SentenceOf(1));
        Assert.Equal("ab cd", doc.Sentence(0).Text);
    }

    [Fact]
    public void Pipeline_rejects_a_component_whose_requirement_is_unmet()
    {
        var c = new Probe("needs-actors", Tidings.Pipeline.Annotation.Actors, Tidings.Pipeline.Annotation.EventMentions);
        var ex = Assert.Throws<Tidings.Pipeline.PipelineOrderException>(() => Tidings.Pipeline.Pipeline.Create(c));
        Assert.Contains("needs-actors", ex.Message);
    }

    private sealed record Probe(string Name, Tidings.Pipeline.Annotation Requires, Tidings.Pipeline.Annotation Assigns)
        : Tidings.Pipeline.IPipelineComponent
    {
        public void Process(Document document, CancellationToken cancellationToken = default) { }
    }
}
