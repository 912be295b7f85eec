using Tidings.Syntax;
using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Paired dashes set an aside off as paired commas do, and the parser is shown them as commas: the news verb after the
/// aside heads the sentence and the aside hangs on the noun before it. Each row of the parse theory gives a word (its
/// first occurrence), the Penn tag it must get ("-" for any) and its head word and relation ("ROOT" for the root).
/// Sentences written for these tests.
/// </summary>
public class ParentheticalDashesTests
{
    [Theory]
    [InlineData(new[] { "Chad", "—", "which", "denies", "it", "—", "closed", "the", "border", "." }, new[] { 1, 5 })]
    [InlineData(new[] { "Chad", "–", "a", "neighbour", "–", "closed", "it", "–", "again", "–", "." }, new[] { 1, 4, 7, 9 })]
    [InlineData(new[] { "Chad", "--", "a", "neighbour", "--", "closed", "it", "." }, new[] { 1, 4 })]
    // a lone dash, a dash that opens or ends the sentence, and two dashes side by side are no aside
    [InlineData(new[] { "Chad", "closed", "the", "border", "—", "again", "." }, new int[0])]
    [InlineData(new[] { "—", "Chad", "closed", "the", "border", "—", "again", "." }, new int[0])]
    [InlineData(new[] { "Chad", "closed", "—", "—", "the", "border", "." }, new int[0])]
    public void Only_paired_dashes_become_commas(string[] forms, int[] rewritten)
    {
        var words = forms.Select(f => new ParserInput(f, f is "." ? "PUNCT" : "X", "", f)).ToList();
        int n = ParentheticalDashes.AsCommas(words, 0, words.Count);
        Assert.Equal(rewritten.Length, n);
        for (int i = 0; i < forms.Length; i++)
            Assert.Equal(rewritten.Contains(i) ? "," : forms[i], words[i].Form);
    }

    [SkippableTheory]
    [InlineData("Russia – which has denied targeting civilians – launched 40 drones at Kyiv overnight.", "launched", "-", "ROOT")]
    [InlineData("Russia – which has denied targeting civilians – launched 40 drones at Kyiv overnight.", "Russia", "-", "launched:nsubj")]
    [InlineData("Israel — which says it targets militants — struck a school in Gaza.", "struck", "-", "ROOT")]
    [InlineData("Israel — which says it targets militants — struck a school in Gaza.", "Israel", "-", "struck:nsubj")]
    [InlineData("The junta -- which seized power in 2021 -- dissolved four parties on Friday.", "dissolved", "-", "ROOT")]
    public void A_dash_set_relative_clause_leaves_the_news_verb_the_root(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);
}
