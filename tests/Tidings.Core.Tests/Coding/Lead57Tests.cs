using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 57 (lead57): a claim or admission of responsibility (015) with no target of its own is aimed at whom the
/// claimed attack hit, an attack of the same sentence or of the sentence right before, done by the claimant or by no named
/// doer (ShallowCoder.ClaimedAttackTargets.cs). Sentences written for these tests.
/// </summary>
public class Lead57Tests
{
    [Theory]
    // the attack in the same sentence, by no named doer
    [InlineData("A car bomb exploded outside an army barracks in Mogadishu on Saturday, killing seven soldiers, and al-Shabaab said its fighters had carried out the attack.", "SOMREB→SOMMIL:015")]
    // the attack told in the sentence before
    [InlineData("A suicide bomber struck a police post in Quetta on Monday, killing six officers. The Baloch Liberation Army said it carried out the attack.", "PAKREB→PAKCOP:015")]
    // an admission: the admitted strike's victims
    [InlineData("The Nigerian army admitted that one of its jets mistakenly bombed a village in Zamfara, killing 12 civilians.", "NGAMIL→NGACVL:015")]
    public void A_claim_is_aimed_at_the_claimed_attacks_victims(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // no attack told before: the claim keeps no target
    [InlineData("The weather in Quetta was cold on Monday. The Baloch Liberation Army said it carried out the attack.", "PAKREB→-:015")]
    // an attack two sentences back is too far
    [InlineData("A suicide bomber struck a police post in Quetta on Monday, killing six officers. Schools stayed closed on Tuesday. The Baloch Liberation Army said it carried out the attack.", "!PAKREB→PAKCOP:015")]
    public void A_claim_borrows_no_victims_from_afar(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);
}
