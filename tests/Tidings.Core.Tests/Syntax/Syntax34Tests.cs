using Tidings.Documents;
using Tidings.Syntax;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Tagger repairs of session 34 (syntax34), read through the pipeline's own tokenizer, tagger and parser: a past form
/// after "and" before a bare noun object is a coordinated verb, an adjective-tagged verb base after "to" before an article
/// or number is an infinitive, a past form the tagger read as a noun before a particle and an object is the verb, an
/// irregular past read as an adjective after a plural subject and before a bare noun ("Gangs laid siege") is the verb, and
/// a past-only form ("tore") is never a noun; a lower-case word inside a noun phrase is no proper noun ("Brazil's health
/// ministry announced"). Each row gives a word (its first occurrence), the Penn tag it must get and,
/// where it matters, its head word and relation ("ROOT" for the root); a tag prefixed with "!" must not be given. Sentences
/// written for these tests.
/// </summary>
public class Syntax34Tests
{
    private static void AssertWord(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    // a past form after "and", before a bare noun, continues the clause's verbs
    [InlineData("Police arrested two men and seized weapons in the raid.", "seized", "VBD", "arrested:conj")]
    [InlineData("The rebels captured the town and forced thousands of residents to flee.", "forced", "VBD", "captured:conj")]
    [InlineData("Kenyan police raided the offices of the newspaper and detained journalists.", "detained", "VBD", "raided:conj")]
    [InlineData("The president visited Pakistan and held talks with its prime minister.", "held", "VBD", "visited:conj")]
    // the tagger's adjective stays a modifier of the noun: armour, not an act
    [InlineData("The army sent tanks and armoured vehicles to the border.", "armoured", "!VBD", "vehicles:amod")]
    // a capitalised word is part of a name
    [InlineData("She filed the forms and Fed Tax ID papers last week.", "Fed", "!VBD", null)]
    public void A_past_form_after_and_before_a_bare_noun_is_a_coordinated_verb(string sentence, string word, string tag, string? head) =>
        AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    // after a verb, "to" + an adjective-tagged verb base + an article or number is an infinitive
    [InlineData("Hamas refused to free the hostages.", "free", "VB", "refused:xcomp")]
    [InlineData("The junta agreed to free all those detained after the coup.", "free", "VB", null)]
    // after an object, a number opens the verb's object too
    [InlineData("The UN urged Iran to free two journalists.", "free", "VB", null)]
    [InlineData("The UN urged Iran to free two journalists.", "to", "TO", null)]
    // an adjective before a bare noun stays one
    [InlineData("The opposition remained committed to free elections.", "free", "JJ", null)]
    [InlineData("Israel agreed to free trade with the bloc.", "free", "!VB", null)]
    public void A_verb_base_after_to_before_its_object_is_an_infinitive(string sentence, string word, string tag, string? head) =>
        AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    // a past form after the subject, before a particle and an object, is the verb, the particle its particle
    [InlineData("Mali said the Algerian army shot down a drone near the border.", "shot", "VBD", "said:ccomp")]
    [InlineData("Mali said the Algerian army shot down a drone near the border.", "down", "RP", "shot:compound:prt")]
    // after an article the form is a noun and "down" a preposition
    [InlineData("The striker fired a shot down the middle.", "shot", "NN", null)]
    // an irregular past read as an adjective, after a plural subject and before its bare object, is the verb
    [InlineData("Gangs laid siege to the town on Monday.", "laid", "VBD", "ROOT")]
    [InlineData("The rebels set fire to the police station.", "set", "VBD", "ROOT")]
    [InlineData("A set menu costs ten dollars.", "set", "!VBD", null)]
    // a past-only form is never a noun
    [InlineData("An explosion tore through a market in the capital.", "tore", "VBD", "ROOT")]
    public void A_past_form_read_as_a_noun_or_adjective_is_the_verb(string sentence, string word, string tag, string? head) =>
        AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    // an irregular past read as an adverb before its particle and object is the verb
    [InlineData("Nicaragua shut down the offices of two charities.", "shut", "VBD", "ROOT")]
    [InlineData("The door shut behind him.", "shut", "!VBD", null)]
    // after a name, an -ed form before a bare plural is the verb
    [InlineData("The European Union imposed sanctions on four Iranian officials.", "imposed", "VBD", "ROOT")]
    public void A_past_form_before_its_object_after_a_name_is_the_verb(string sentence, string word, string tag, string? head) =>
        AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    // a lower-case word inside a noun phrase is no name, and the noun phrase's head is the subject
    [InlineData("Brazil's health ministry announced a ban on imports of pork.", "ministry", "NN", "announced:nsubj")]
    [InlineData("The federal transport ministry sent buses to the border on Monday.", "ministry", "NN", "sent:nsubj")]
    // a particle between the parts of a name stays part of the name
    [InlineData("Sheikh Abdullah bin Zayed met the envoy in Abu Dhabi.", "bin", "NNP", null)]
    // right after a preposition, web text's lower-case names keep the tagger's reading
    [InlineData("She was living in malaysia at the time.", "malaysia", "!NN", null)]
    public void A_lower_case_word_in_a_noun_phrase_is_a_common_noun(string sentence, string word, string tag, string? head) =>
        AssertWord(sentence, word, tag, head);
}
