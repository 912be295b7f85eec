using Tidings.Tests.Syntax;
using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Tagger and tree repairs that many sentences share (session 68, parse68): the base verb of a clause after "demanded
/// that" read as a noun of its subject ("that Uganda hand over", "that the minister resign"); the past verb of an
/// adverbial clause read as a participle of its subject ("after the army seized power"); and two labels, an "after"
/// clause taken for the complement of "said" and the "days" of "days after ..." taken for a second subject.
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

    [SkippableTheory]
    [InlineData("The court banned the party on Monday, days after its members clashed with police.", "days", "-", "clashed:obl:tmod")]
    [InlineData("The court banned the party on Monday, days after its members clashed with police.", "clashed", "VBD", "banned:advcl")]
    public void The_span_before_an_after_clause_is_no_subject(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);
}
