namespace Tidings.Tests.Coding;

/// <summary>
/// Sentence shapes the blind49 split showed the coder losing: a subject interrupted by a non-restrictive relative
/// clause, an apposition or a bracket before its verb ("Turkey, which hosts three million refugees, sent aid ..."), whose
/// verb the tagger read as a participle and the parser hung inside the interruption, so that the doer became an actor of
/// the relative clause or no one; and a resolution whose participle the parser hung on the verb that adopted it.
/// </summary>
public class Blind49Tests
{
    [Theory]
    // the verb after the relative clause's closing comma is the subject's, never an actor's inside the clause
    [InlineData("Turkey, which hosts more than three million Syrian refugees, sent 1,000 tonnes of food aid to Gaza on Friday.", "TUR→PSE:073|!SYRREF→*:*")]
    [InlineData("Poland, which has taken in thousands of Belarusian dissidents since 2020, granted asylum to a Belarusian journalist on Monday.", "POL→*:075|!BLR*→*:075")]
    [InlineData("Jordan, which hosts many Palestinian refugees, sent medical aid to Gaza.", "JOR→PSE:073")]
    [InlineData("The Sahel bloc, which was founded by Mali, Niger and Burkina Faso, condemned the attack.", "!MLI→*:111|!NER→*:111")]
    // the verb the parser hung inside a long relative clause is the sentence's verb
    [InlineData("Myanmar's military government, which seized power in a 2021 coup and has since lost control of large parts of the borderlands, announced on Tuesday that it would hold talks with three rebel armies.", "MMRGOV→MMRREB:036")]
    [InlineData("Kenya's opposition coalition (an alliance of six parties led by a former vice-president) demanded on Monday that the electoral commission publish the results.", "KENOPP→KENGOV:1042")]
    // the relative clause's own act keeps the antecedent as doer
    [InlineData("The militia, which seized the town of Bunia last week, killed 12 villagers in Congo.", "CODREB→CODCVL:1823")]
    // a subject with a relative clause whose verb the tagger already read as finite is unchanged
    [InlineData("Hamas, which has ruled Gaza since 2007, released four Israeli hostages.", "PSEREBHMS→ISRCVL:0841")]
    public void A_subject_interrupted_by_a_relative_clause_keeps_its_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a resolution adopted by a body does what it says through it, however the parser hangs the participle
    [InlineData("The UN Security Council adopted a resolution demanding an immediate ceasefire in Sudan.", "IGOUNO→SDN:1056")]
    [InlineData("The UN Security Council, which has been deadlocked over the war for months, adopted a resolution demanding an immediate ceasefire in Sudan.", "IGOUNO→SDN:1056")]
    [InlineData("The Security Council adopted a resolution demanding the immediate release of the hostages held by Hamas.", "IGOUNO→*:1053")]
    public void A_resolution_participle_is_done_by_the_body_that_adopted_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
