using Tidings.Tests.Syntax;
using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Tagger and tree repairs that many sentences share (session 68, parse68): the base verb of a clause after "demanded
/// that" read as a noun of its subject ("that Uganda hand over", "that the minister resign"); the past verb of an
/// adverbial clause read as a participle of its subject ("after the army seized power"); the -ing head of a possessed
/// noun phrase read as a gerund ("its ruling on"); and a label, an "after" clause taken for the complement of "said".
/// </summary>
public class Parse68Tests
{
    [Theory]
    // the subjunctive after "demanded that" and a subject
    [InlineData("Kenya demanded that Uganda hand over the two soldiers .", 4, "VB")]
    [InlineData("The union demanded that the minister resign .", 6, "VB")]
    [InlineData("Farmers demanded that the government cut fuel prices .", 5, "VB")]
    // a clause with a verb of its own keeps its nouns; so does a clause no verb of demanding opens
    [InlineData("The envoy demanded that the export ban be lifted .", 6, "NN")]
    [InlineData("The report said that the trade deal collapsed .", 6, "NN")]
    public void The_verb_of_a_demanded_clause_is_a_base_verb(string sentence, int index, string expected) =>
        Assert.Equal(expected, PipelineEvents.XposAt(sentence, index));

    [Theory]
    // the past verb right after the subject of an adverbial clause, before an object or (for a verb with no object) a preposition
    [InlineData("Canada suspended aid to Mali after the army seized power .", 8, "VBD")]
    [InlineData("The talks resumed after a gunman shot a guard .", 6, "VBD")]
    [InlineData("The army withdrew before the rebels crossed into the valley .", 6, "VBD")]
    public void The_verb_of_an_adverbial_clause_is_finite(string sentence, int index, string expected) =>
        Assert.Equal(expected, PipelineEvents.XposAt(sentence, index));

    [Theory]
    // a passive before "by", a reduced relative before the clause's own verb or a time phrase, a transitive verb with no object
    [InlineData("The talks resumed after a missile fired by rebels hit a ship .", 6)]
    [InlineData("Fighting resumed after a truce agreed last week .", 5)]
    [InlineData("Ties improved after talks held in Doha .", 4)]
    public void A_reduced_relative_in_an_adverbial_phrase_stays_a_participle(string sentence, int index) =>
        Assert.NotEqual("VBD", PipelineEvents.XposAt(sentence, index));

    [Theory]
    // the -ing head of a possessed noun phrase
    [InlineData("The court handed over its ruling to the parties .", 5, "NN")]
    [InlineData("Kigali denied its backing of the rebels .", 3, "NN")]
    // an -ing word before a noun modifies it
    [InlineData("Georgia 's ruling party won the vote .", 2, "!NN")]
    public void The_ing_word_after_a_possessive_is_a_noun(string sentence, int index, string expected)
    {
        var got = PipelineEvents.XposAt(sentence, index);
        if (expected.StartsWith('!')) Assert.NotEqual(expected[1..], got);
        else Assert.Equal(expected, got);
    }

    [SkippableTheory]
    [InlineData("The minister said after a Chinese jet fired flares near a patrol plane that the crew was safe.", "fired", "VBD", "said:advcl")]
    [InlineData("The army withdrew before the rebels crossed into the valley.", "crossed", "VBD", "withdrew:advcl")]
    // a clause marked "after" next to a verb that can take a complement is its adverbial clause
    [InlineData("It comes after the bloc suspended budget support to the junta.", "suspended", "VBD", "comes:advcl")]
    public void An_adverbial_clause_hangs_on_its_verb_as_one(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);
}
