using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Parser repair of session 48 (lead): a participle of saying, asking or protesting right after a noun of people is a
/// reduced relative clause on the noun ("fired tear gas at protesters demanding ..."), not an adverbial clause of the main
/// verb; after a comma, or with a participle of means, the tree stays. Each row gives a word (its first occurrence), the
/// Penn tag it must get ("-" for any) and its head word and relation ("ROOT" for the root). Sentences written for these tests.
/// </summary>
public class Syntax48Tests
{
    [SkippableTheory]
    [InlineData("Riot police fired tear gas at protesters demanding the president's resignation.", "demanding", "-", "protesters:acl")]
    [InlineData("Soldiers beat students calling for the release of detained activists.", "calling", "-", "students:acl")]
    [InlineData("Police dispersed the protesters, accusing them of blocking the highway.", "accusing", "-", "dispersed:advcl")]
    public void A_crowds_participle_hangs_on_the_crowd(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);
}
