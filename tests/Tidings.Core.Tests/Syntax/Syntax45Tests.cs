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
    [SkippableTheory]
    // the infinitive after "call on X" and "appeal to X" is what X is asked to do, the appeal verb's complement
    [InlineData("The president called on Western partners to send more weapons.", "send", "-", "called:xcomp")]
    [InlineData("The union called on members to support the strike.", "support", "-", "called:xcomp")]
    [InlineData("Kenya appealed to donors to send tents to the refugee camps.", "send", "-", "appealed:xcomp")]
    // "call" with another preposition is no appeal
    [InlineData("The minister called at the embassy to sign the book of condolence.", "sign", "-", "!called:xcomp")]
    public void The_infinitive_after_call_on_is_the_appeals_complement(string sentence, string word, string tag, string? head)
    {
        if (head is not null && head.StartsWith('!'))
        {
            Skip.If(Tidings.Syntax.PerceptronTagger.Default is null || Tidings.Syntax.DependencyParser.Default is null, "no embedded tagger or parser model");
            var doc = SyntaxPipeline.Parse(sentence);
            int i = Enumerable.Range(0, doc.TokenCount).First(t => doc.Token(t).Text == word);
            var token = doc.Token(i);
            string got = token.Head < 0 ? "ROOT" : $"{doc.Token(token.Head).Text}:{token.Relation}";
            Assert.NotEqual(head[1..], got);
            return;
        }
        SyntaxPipeline.AssertWord(sentence, word, tag, head);
    }
}
