using Tidings.Actors;

namespace Tidings.Tests.Actors;

/// <summary>
/// Session 73 (speed73): speed work that must not change what the stages find. The name tagger's document contexts
/// (NameDocument.MarkNames) now look a name's words up joined in a reused buffer instead of as a new string per try:
/// the words still match in any case, a missing word still reads as empty, and a key longer than the buffer still
/// matches. Documents written for these tests.
/// </summary>
public class NameDocumentLookupTests
{
    private static readonly int Org = NameLabels.TypeIndex("ORG"), Loc = NameLabels.TypeIndex("LOC");

    private static int[] Labels(int length, params (int Start, int End, int Type)[] spans)
    {
        var labels = new int[length];
        foreach (var (start, end, type) in spans)
        {
            if (end - start == 1) { labels[start] = NameLabels.Of(type, NameLabels.U); continue; }
            labels[start] = NameLabels.Of(type, NameLabels.B);
            for (int i = start + 1; i < end - 1; i++) labels[i] = NameLabels.Of(type, NameLabels.I);
            labels[end - 1] = NameLabels.Of(type, NameLabels.L);
        }
        return labels;
    }

    // A three-word organisation found in one sentence marks the same words elsewhere, whatever their case, word by word
    // (B, I, L); the same words out of order, or two of them alone, are not that name.
    [Theory]
    [InlineData("the northern grain board", true)]
    [InlineData("The Northern Grain Board", true)]
    [InlineData("THE NORTHERN GRAIN BOARD", true)]
    [InlineData("the grain northern board", false)]
    [InlineData("the northern grain office", false)]
    public void A_name_found_elsewhere_marks_its_words_in_any_case(string phrase, bool marked)
    {
        string[] first = ["Officials", "of", "the", "Northern", "Grain", "Board", "met", "."];
        var second = new List<string> { "Farmers", "praised" };
        second.AddRange(phrase.Split(' '));
        second.Add(".");
        IReadOnlyList<string>[] doc = [first, second];
        int[][] labels = [Labels(first.Length, (3, 6, Org)), new int[second.Count]];
        var c = NameDocument.Contexts(doc, labels);
        // "the" is not part of the name: words 3..5 of the second sentence are "northern grain board" when they match
        Assert.Equal(0, NameDocument.SpanType(c[1][2]));
        int[] positions = [NameLabels.B, NameLabels.I, NameLabels.L];
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(marked ? 1 + Org : 0, NameDocument.SpanType(c[1][3 + k]));
            if (marked) Assert.Equal(positions[k], NameDocument.SpanPosition(c[1][3 + k]));
        }
    }

    // Keys longer than the first buffer (256 characters) and missing words still find their name.
    [Fact]
    public void Long_words_and_missing_words_still_match()
    {
        string longWord = "Vrijheids" + new string('a', 300);
        string?[] first = ["Near", longWord, "Harbour", null, "today"];
        string?[] second = ["In", longWord.ToLowerInvariant(), "harbour", null, "yesterday"];
        IReadOnlyList<string>[] doc = [first!, second!];
        int[][] labels = [Labels(first.Length, (1, 4, Loc)), new int[second.Length]];
        var c = NameDocument.Contexts(doc, labels);
        Assert.Equal(1 + Loc, NameDocument.SpanType(c[1][1]));
        Assert.Equal(NameLabels.B, NameDocument.SpanPosition(c[1][1]));
        Assert.Equal(NameLabels.L, NameDocument.SpanPosition(c[1][3]));
        Assert.Equal(0, NameDocument.SpanType(c[1][4]));
    }
}
