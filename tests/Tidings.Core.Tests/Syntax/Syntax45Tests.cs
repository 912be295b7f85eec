using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Parser repairs of session 45 (lead45), read through the pipeline's own tokenizer, tagger and parser: a subject noun
/// with a prepositional modifier ("Talks between Israeli and Hamas negotiators ended ...") is the subject of the verb after
/// it, not a fragment with a relative clause whose subject is the preposition's noun. Each row gives a word (its first
/// occurrence), the Penn tag it must get ("-" for any) and its head word and relation ("ROOT" for the root). Sentences
/// written for these tests.
/// </summary>
public class Syntax45Tests
{
    [SkippableTheory]
    // the verb heads the sentence and the event noun is its subject
    [InlineData("Talks between Israeli and Hamas negotiators ended without agreement on Monday.", "ended", "-", "ROOT")]
    [InlineData("Talks between Israeli and Hamas negotiators ended without agreement on Monday.", "Talks", "-", "ended:nsubj")]
    [InlineData("Border clashes between Kyrgyz and Tajik troops killed around 100 people in 2022.", "killed", "-", "ROOT")]
    [InlineData("Border clashes between Kyrgyz and Tajik troops killed around 100 people in 2022.", "clashes", "-", "killed:nsubj")]
    [InlineData("Border clashes between Kyrgyz and Tajik troops killed around 100 people in 2022.", "2022", "-", "killed:obl")]
    // the preposition's noun stays in the subject's phrase
    [InlineData("Border clashes between Kyrgyz and Tajik troops killed around 100 people in 2022.", "troops", "-", "clashes:nmod")]
    // a true relative clause, with its relative word, is left alone
    [InlineData("Officials described the clashes that Kyrgyz troops started as a provocation.", "started", "-", "clashes:acl:relcl")]
    // a sentence that already has its verb keeps its tree
    [InlineData("An attack on a police station in northern Nigeria killed five officers.", "killed", "-", "ROOT")]
    public void A_subject_noun_with_a_prepositional_modifier_is_the_verbs_subject(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);
}
