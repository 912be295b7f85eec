namespace Tidings.Tests.Coding;

/// <summary>
/// Session 42 (decision 032): a demand told by a participle clause on a protest ("blocked the road, demanding ...") is the
/// protesters' second act and is coded besides the protest, from the same source; a purpose infinitive ("marched to
/// demand") and a participle on the protesters' or the protest's own noun still fold into the protest. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Demand42Tests
{
    [Theory]
    // a comma participle the parser hangs on the last noun ("hours"), not on the verb
    [InlineData("Farmers in Kenya blocked the main road into Nairobi for ten hours on Friday, demanding the resignation of the agriculture minister.",
        "KENAGR→KENGOV*:144*|KENAGR→KENGOV*:1041")]
    // a strike, with a "that" clause naming the addressee
    [InlineData("Nurses in Malawi went on strike on Monday, demanding that the health ministry pay their overdue salaries.",
        "MWIHLH→MWIGOV*:143*|MWIHLH→MWIGOV*:10*")]
    // a protest noun that is the object of "held": the participle hangs on that verb's phrase
    [InlineData("Teachers in Ghana held a rally outside parliament on Tuesday, demanding that lawmakers approve a pay rise.",
        "GHAEDU→GHALEG:141*|GHAEDU→GHALEG:10*")]
    // no comma: the participle still hangs on the protest's verb
    [InlineData("Thousands of Georgians marched through Tbilisi on Sunday demanding the resignation of the prime minister.",
        "GEOCVL→GEOGOV:1411|GEOCVL→GEOGOV:1041")]
    public void A_participle_demand_of_a_protest_is_coded_besides_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a participle right after the protest noun says what that protest is for
    [InlineData("Thousands of Chileans joined protests demanding the resignation of the interior minister.", "CHLCVL→CHLGOV*:14*|!*:10*")]
    // a participle on the protesters' noun says who they are
    [InlineData("Protesters demanding the resignation of the prime minister marched through Tbilisi on Sunday.", "GEOCVL→GEOGOV:1411|!*:10*")]
    // a purpose infinitive: the march is the act, for the demand
    [InlineData("Thousands of Chileans marched on the presidential palace to demand the resignation of the interior minister.", "CHLCVL→CHLGOV*:1411|!*:10*")]
    public void A_demand_that_tells_what_the_protest_is_for_folds_into_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
