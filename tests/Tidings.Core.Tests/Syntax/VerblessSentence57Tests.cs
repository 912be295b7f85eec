using Tidings.Tests.Coding;
using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Session 57 (lead57): a full sentence whose only verb the tagger read as a noun, a name or a preposition ("Police in
/// Lome beat protesters", "The junta cut mobile internet") gets that verb back (PerceptronTagger.RepairVerblessSentence:
/// the word the stacked model finds closest to a finite reading); a finite verb the parser hung on a participle clause of
/// the subject ("Protesters demanding the prime minister's resignation clashed with police") becomes the root
/// (FiniteVerbRoot); and a phrase trigger ending on its object's noun no longer hides the finite verb after it. Each tagger
/// row gives a word, its Penn tag ("-" any, "!" must not be) and its head word and relation ("ROOT" for the root).
/// Sentences written for these tests.
/// </summary>
public class VerblessSentence57Tests
{
    [SkippableTheory]
    [InlineData("The junta cut mobile internet across the country on Friday.", "cut", "VBD", "ROOT")]
    [InlineData("Ghana's supreme court upheld the ruling against the mining firm.", "upheld", "VBD", "ROOT")]
    [InlineData("Kenya's president calls on Ethiopia to reopen the border.", "calls", "VBZ", "ROOT")]
    [InlineData("Security forces in Conakry beat journalists covering the rally.", "beat", "!NN", "ROOT")]
    [InlineData("Police in Lome beat protesters outside the stadium.", "beat", "VBD", null)]
    // nouns stay nouns: after a preposition, past an infinitive, in an imperative, a participle before "by"
    [InlineData("Soldiers on patrol near the border town of Beni.", "patrol", "NN", null)]
    [InlineData("Japan's prime minister calls on China to lift its ban on seafood imports.", "imports", "NNS", null)]
    [InlineData("Share this story with friends on social media.", "story", "NN", null)]
    [InlineData("Economists polled by the bank expect growth to slow.", "polled", "VBN", null)]
    // a sentence that has a finite verb is left alone
    [InlineData("Kenya's president thanked Ethiopia for its help on Monday.", "help", "NN", null)]
    public void A_verbless_sentence_gets_its_verb_back(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);

    [SkippableTheory]
    [InlineData("Protesters demanding the prime minister's resignation clashed with police in Kathmandu.", "clashed", "VBD", "ROOT")]
    [InlineData("Protesters demanding the prime minister's resignation clashed with police in Kathmandu.", "Protesters", "-", "clashed:nsubj")]
    public void A_finite_verb_after_the_subjects_participle_clause_is_the_root(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);

    [Theory]
    [InlineData("Police in Lome beat protesters on Tuesday.", "TGOCOP→TGOCVL:18*")]
    [InlineData("Protesters demanding the prime minister's resignation stormed the parliament building in Kathmandu.", "NPLCVL→NPLGOV:1451")]
    [InlineData("Protesters demanding the prime minister's resignation marched in Kathmandu.", "NPLCVL→NPLGOV:1411")]
    // the protest is the crowd's, not the prime minister's, whose name sits in the participle's object
    [InlineData("Protesters demanding the prime minister's resignation clashed with police in Kathmandu.", "!NPLGOV→*:*")]
    [InlineData("Protesters demanding the prime minister's resignation clashed with police in Kathmandu.", "NPLCVL→*:145*")]
    public void The_verb_after_a_demanding_subject_is_coded(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
