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

    // "Troops from both sides", "officials from the two countries": a bare role noun right before "from"/"of" and a pair
    // phrase names the pair's own members, so the act is coded between the two sides the article named (each with the
    // role noun's role when the sides are bare countries), not as the role noun's alone. A pair followed by "of" ("from
    // both sides of the border") names geography, and a side that acts on the pair ("urged both sides") stays outside it.
    [Theory]
    [InlineData("Ghana and Togo traded accusations on Monday. Soldiers from both sides exchanged fire near the border on Tuesday.", "GHAMIL→TGOMIL:19*|TGOMIL→GHAMIL:19*")]
    [InlineData("Chad and Niger agreed to reopen the border. Officials from the two countries met in Niamey on Thursday.", "TCDGOV→NERGOV:04*|NERGOV→TCDGOV:04*")]
    [InlineData("Chad and Niger agreed to reopen the border. Officials from the two countries met in Niamey on Thursday.", "!TCD→NER:04*")]
    [InlineData("Ghana and Togo traded accusations on Monday. Soldiers from both sides of the border were wounded by gunmen.", "!GHAMIL→TGOMIL:*")]
    [InlineData("Ghana and Togo traded accusations on Monday. Nigeria urged both sides to show restraint.", "NGA→GHA:02*|NGA→TGO:02*")]
    public void A_role_noun_from_both_sides_is_the_pairs_members(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
