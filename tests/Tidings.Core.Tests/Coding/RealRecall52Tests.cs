namespace Tidings.Tests.Coding;

/// <summary>
/// Session 52 (realrecall52): events missed on real articles. Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class RealRecall52Tests
{
    // A definite role noun followed by a pro-adverb of place or time or an emphatic reflexive ("the authorities there",
    // "the police now", "the army itself") ends its noun phrase there and is an actor, as "the authorities in Harare" is;
    // before this reading it was taken for the modifier of a longer compound and the event lost its doer or addressee.
    // A role noun that does modify the noun after it ("the military cooperation deal") is still no actor.
    [Theory]
    [InlineData("The authorities there detained three reporters on Monday.", "GOV→MED:173")]
    [InlineData("The police there arrested two student leaders.", "COP→EDU:173")]
    [InlineData("The army itself rejected the report.", "MIL→*:*")]
    [InlineData("Floods hit towns in Mozambique last week. The UN envoy urged the authorities there to open the roads to aid convoys.", "IGOUNO→MOZGOV:02*")]
    [InlineData("The military cooperation deal was signed in Nairobi.", "!MIL→*:*")]
    [InlineData("Floods hit towns in Mozambique last week. The UN envoy urged the authorities there to open the roads to aid convoys.", "!IGOUNO→MOZ:02*")]
    [InlineData("Rioters burned the police station there on Sunday.", "!COP→*:*")]
    public void A_role_noun_before_a_pro_adverb_is_an_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
