using Tidings.Documents;
using Tidings.Syntax;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>The pipeline's own tokenizer, tagger (the trained one, else the rule tagger) and parser (when its model is
/// embedded), run over one text: what the syntax tests read tags and heads from.</summary>
internal static class SyntaxPipeline
{
    public static Document Parse(string text)
    {
        var doc = new Document(text);
        var stages = new List<Tidings.Pipeline.IPipelineComponent> { Tokenizer.Default, (Tidings.Pipeline.IPipelineComponent?)PerceptronTagger.Default ?? RuleTagger.Default };
        if (DependencyParser.Default is { } p) stages.Add(p);
        Tidings.Pipeline.Pipeline.Create(stages).Process(doc);
        return doc;
    }

    /// <summary>
    /// Asserts the tag and head of a word (its first occurrence) of one sentence: <paramref name="tag"/> is the Penn tag it
    /// must get, "!" + a tag it must not get, or "-" for any; <paramref name="head"/> is "headWord:relation", "ROOT" for the
    /// root, or null when the head does not matter. Skips when no tagger or parser model is embedded.
    /// </summary>
    public static void AssertWord(string sentence, string word, string tag, string? head)
    {
        Skip.If(PerceptronTagger.Default is null || DependencyParser.Default is null, "no embedded tagger or parser model");
        var doc = Parse(sentence);
        int i = Enumerable.Range(0, doc.TokenCount).First(t => doc.Token(t).Text == word);
        var token = doc.Token(i);
        if (tag.StartsWith('!')) Assert.NotEqual(tag[1..], token.Xpos);
        else if (tag != "-") Assert.Equal(tag, token.Xpos);
        if (head is null) return;
        string got = token.Head < 0 ? "ROOT" : $"{doc.Token(token.Head).Text}:{token.Relation}";
        Assert.Equal(head, got);
    }
}
