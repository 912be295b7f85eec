using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Session 40 (apposvbd40): a subject followed by an insertion between commas, dashes or brackets (an apposition, an age,
/// a relative clause, a participle or prepositional phrase) keeps its finite verb after the insertion's closing mark. The
/// tagger repair makes the -ed form there a past tense (VBD) when nothing before it is finite; the tree repair makes that
/// verb the root, with the subject's head as its subject, when the parser hung it on a noun. Reduced relatives (a
/// participle right after the opening comma, before "by", or followed by a later finite verb) keep their participle tag.
/// Each row gives a word (its first occurrence), the Penn tag it must get ("-" for any; "!" prefix: must not get) and its
/// head word and relation ("ROOT" for the root). Sentences written for these tests.
/// </summary>
public class AppositionVerb40Tests
{
    [SkippableTheory]
    // a name in apposition
    [InlineData("Kenya's defence minister, John Kamau, accused Somalia of arming militants.", "accused", "VBD", "ROOT")]
    [InlineData("Uganda's army spokesman, Felix Kulayigye, blamed rebels for the ambush.", "blamed", "VBD", "ROOT")]
    // a role in apposition after a name, and a subject that is a quantity ("two of ...")
    [InlineData("Peter Okafor, a spokesman for the Nigerian navy, accused pirates on Tuesday of seizing a tanker.", "accused", "VBD", "ROOT")]
    [InlineData("Two of the senators, Mary Collins and Tom Reyes, criticised the budget.", "criticised", "-", "ROOT")]
    [InlineData("The Chilean navy, the country's oldest service, seized a Peruvian trawler.", "seized", "-", "ROOT")]
    [InlineData("The Chilean navy, the country's oldest service, seized a Peruvian trawler.", "navy", "-", "seized:nsubj")]
    // an age, a quantified apposition ("many of them ..."), a participle phrase
    [InlineData("The opposition leader, 61, rejected the offer.", "rejected", "VBD", "ROOT")]
    [InlineData("Thousands of farmers, many of them from the north, marched in Nairobi on Monday.", "marched", "VBD", "ROOT")]
    [InlineData("The ruling party's chairman, speaking at a rally in Lusaka, accused the opposition of inciting violence.", "accused", "VBD", "ROOT")]
    // dashes, and a relative clause after the apposition
    [InlineData("The head of the African Union commission -- a former Chadian prime minister -- urged both sides to talk.", "urged", "VBD", "ROOT")]
    [InlineData("The cabinet secretary, Ruth Wanjiru, who oversees the police, condemned the killings.", "condemned", "VBD", "ROOT")]
    // coordinated subjects with "both ..." in apposition
    [InlineData("Spain and Morocco, both members of the coalition, signed a fisheries accord.", "signed", "VBD", "ROOT")]
    public void A_verb_after_an_insertion_is_the_sentence_verb(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    // a participle right after the opening comma is a reduced relative
    [InlineData("The convoy, attacked near Goma, reached the city on Sunday.", "attacked", "VBN", "convoy:acl")]
    [InlineData("The convoy, attacked near Goma, reached the city on Sunday.", "reached", "VBD", "ROOT")]
    // a participle after an apposition but before "by", with a later finite verb: still a reduced relative
    [InlineData("The tanker, a Greek vessel, seized by Iran in April, was freed.", "seized", "VBN", null)]
    // a naming participle stays one
    [InlineData("A group, called the Patriots, claimed the attack.", "claimed", "VBD", "ROOT")]
    // a finite verb inside the insertion that is not a relative clause: no repair
    [InlineData("The army, it said, had shelled the town.", "shelled", "VBN", "ROOT")]
    public void A_reduced_relative_keeps_its_participle(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);
}
