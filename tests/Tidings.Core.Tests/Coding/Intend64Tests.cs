namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (intend64): root 03, intents to cooperate the coder missed. A verb of intent ("agreed to", "pledged to",
/// "offered to", "promised to") whose promised verb is no trigger still states an intent to cooperate (030) with whom the
/// promised act is for: the owner of the act's object ("Zambian debt", "the debt of Malawi"), its indirect object or its
/// "to", "for" or "with" phrase (ShallowCoder.PromisedActs.cs). Verbs of hostility and negated acts give none.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines.
/// </summary>
public class Intend64Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The party a promised act is for: the owner of its object, an amount "of" that object, or a "with"/"to" phrase.
    [Theory]
    [InlineData("Kuwait agreed to reschedule Jordan's debts.", "KWT→JOR:03*")]
    [InlineData("Saudi Arabia pledged to reschedule three billion dollars of Pakistani debt.", "SAU→PAK:03*")]
    [InlineData("Tajikistan agreed to build a new dam with Uzbekistan.", "TJK→UZB:03*")]
    [InlineData("Qatar agreed to rebuild the bombed schools for Lebanon.", "QAT→LBN:03*")]
    public void Promised_act_names_whom_it_is_for(string sentence, string expected) => AssertCoded(sentence, expected);

    // No intent to cooperate: a promised act against the party named, a negated act, and a promise naming no party.
    [Theory]
    [InlineData("The allies agreed to isolate Iran's banks.", "!*→IRN:03*")]
    [InlineData("Kuwait agreed not to reschedule Jordan's debts.", "!KWT→JOR:03*")]
    [InlineData("The company promised to rebuild the warehouse by June.", "!*→*:03*")]
    public void No_intent_to_cooperate(string sentence, string expected) => AssertCoded(sentence, expected);

    // Decision 096: what a signed text commits a named side to do is that side's intent (03x); a side that commits itself
    // keeps the frame's reading, and a text that commits no named side codes no intent.
    [Theory]
    [InlineData("Ethiopia and Eritrea signed a peace accord that commits Asmara to withdraw its troops from the border town.", "ERI*→*:0356")]
    [InlineData("The agreement commits Serbia to withdraw its troops from the disputed villages.", "SRB*→*:0356")]
    [InlineData("Ethiopia and Eritrea signed a peace accord that commits Asmara to withdraw its troops from the border town.", "!*→ERI*:0356")]
    [InlineData("The accord commits the region to peace.", "!*→*:03*")]
    public void Commitments_of_a_signed_text(string sentence, string expected) => AssertCoded(sentence, expected);
}
