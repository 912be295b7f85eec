namespace Tidings.Tests.Coding;

/// <summary>
/// Session 68 (actor68): events whose act was read but whose actor was not. Events are written "SOURCE→TARGET:CODE"; each
/// listed event must be coded, each "!"-prefixed one must not be; "*" is a wildcard. Sentences written for these tests.
/// </summary>
public class Actor68Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A role phrase that the role table lists under another lemma ("ministry of health" for "health ministry") is read by
    // the rules for groups, which took a capitalised role word after a capitalised word for a word inside a longer name.
    // A sentence's opening "The" is capitalised only because it opens the sentence, so "The Ministry of Health said" is
    // the ministry, as "the Ministry of Health" is inside a sentence; a name of capitalised words ("The Rapid Support
    // Forces") is still read whole.
    [Theory]
    [InlineData("The Ministry of Health of Ghana thanked Japan for a donation of vaccines.", "GHAGOVHLH→JPN:051")]
    [InlineData("The Ministry of Health of Ghana thanked Japan for a donation of vaccines.", "!GHA→JPN:051")]
    [InlineData("The Ministry of Labour of Kenya accused the teachers' union of sabotage.", "KENGOVLAB→*:112*")]
    [InlineData("The Ministry of Labour of Kenya accused the teachers' union of sabotage.", "!GBRGOVPTY→*:*")]
    [InlineData("The Ministry of Education of Uganda banned student protests at public universities.", "UGAGOVEDU→UGAEDU:1721")]
    [InlineData("The ministry of health of Ghana thanked Japan for a donation of vaccines.", "GHAGOVHLH→JPN:051")]
    [InlineData("The Rapid Support Forces shelled a camp for displaced people near El Fasher.", "SDNREB→*:194")]
    public void A_sentences_opening_article_opens_no_name(string sentence, string expected) => AssertCoded(sentence, expected);
}
