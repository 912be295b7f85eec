using Tidings.Documents;
using Tidings.Syntax;
using Tidings.Text;

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
}
