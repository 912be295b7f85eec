using Tidings.Syntax;
using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Parser and tagger repairs of session 35 (actors35), read through the pipeline's own tokenizer, tagger and parser: two
/// coordinated adjectives of nationality before a plural noun modify that noun, not head the sentence ("Senegalese and
/// Gambian troops attacked"); after a verb of demanding and "that", a verb base the tagger read as the subject's last noun
/// is the subjunctive verb ("demanded that President Daniel Chapo veto the bill"). Each row gives a word (its first
/// occurrence), the Penn tag it must get ("-" for any) and its head word and relation ("ROOT" for the root); a tag
/// prefixed with "!" must not be given. Sentences written for these tests.
/// </summary>
public class Syntax35Tests
{
    private static void AssertWord(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    // the first adjective of a coordinated pair modifies the noun, and the verb heads the sentence
    [InlineData("Senegalese and Gambian troops attacked rebel bases near the border.", "Senegalese", "-", "troops:amod")]
    [InlineData("Senegalese and Gambian troops attacked rebel bases near the border.", "attacked", "-", "ROOT")]
    [InlineData("Malian and Nigerien soldiers killed 20 militants near the border.", "killed", "-", "ROOT")]
    [InlineData("Nigerian and Cameroonian troops freed 30 hostages in a joint operation.", "Nigerian", "-", "troops:amod")]
    // the second adjective stays the first one's conjunct
    [InlineData("Nigerian and Cameroonian troops freed 30 hostages in a joint operation.", "Cameroonian", "-", "Nigerian:conj")]
    // a parse already right keeps its shape
    [InlineData("Indian and Chinese commanders met at a border post.", "Indian", "-", "commanders:amod")]
    // "and" joining two clauses: the second clause keeps its own subject
    [InlineData("Relations were tense and Ethiopian troops withdrew from the border.", "troops", "-", "withdrew:nsubj")]
    public void Coordinated_adjectives_of_nationality_modify_their_noun(string sentence, string word, string tag, string? head) =>
        AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    // the subjunctive verb after a name or title and name
    [InlineData("Farmers demanded that President Daniel Chapo veto the bill.", "veto", "VB", "demanded:ccomp")]
    [InlineData("Kenya demanded that Uganda release the opposition leader.", "release", "VB", null)]
    [InlineData("The union demanded on Monday that the ministry release the detained workers.", "release", "VB", null)]
    // a noun after the subject's noun is left alone when a noun follows it (a compound, not the verb)
    [InlineData("The ministers demanded that the export ban order be lifted.", "ban", "!VB", null)]
    // "that" after a verb of saying: no subjunctive
    [InlineData("The minister said that Uganda release figures were published.", "release", "!VB", null)]
    public void A_verb_base_after_a_demand_that_clause_subject_is_the_subjunctive(string sentence, string word, string tag, string? head) =>
        AssertWord(sentence, word, tag, head);
}
