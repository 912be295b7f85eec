namespace Tidings.Tests.Coding;

/// <summary>
/// Protests lost to their own demand (session 26, frames26): "X demanding Y" as the subject of a protest verb. The
/// tagger read a noun after an adjective as a base verb ("higher pay"), the parser hung the main verb on the demand's
/// object as a relative clause, and a gathering by people a demand describes was no protest; each left only the demand.
/// </summary>
public class Frames26Tests
{
    [Theory]
    // a noun after an adjective in the demand's object is no verb: the protest verb after it is the sentence's verb
    [InlineData("Teachers demanding higher pay rallied outside the education ministry in Nairobi on Tuesday.", "KENEDU→KENGOV*:141*|!*:100")]
    [InlineData("Doctors demanding better pay marched through Nairobi on Wednesday.", "KENHLH→KENGOV:141*|!*:100")]
    // session 64 (role64, decision 064): a protest at the legislature's building is aimed at the legislature (was GOV)
    [InlineData("Workers demanding higher pay marched on parliament in Nairobi on Monday.", "KENLAB→KENLEG:141*")]
    [InlineData("Thousands of workers demanding fair pay rallied in Johannesburg on Thursday.", "ZAFLAB→ZAFGOV:141*")]
    [InlineData("Farmers demanding fair prices rallied in Paris on Saturday.", "FRAAGR→FRAGOV:141*")]
    [InlineData("Nurses demanding better working conditions protested in Accra on Friday.", "GHAHLH→GHAGOV:141*")]
    public void A_protest_by_demanders_is_the_protest(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a finite verb the parser hung as a relative clause on the demand's object is the main verb
    [InlineData("Teachers demanding higher pay went on strike in Kenya on Monday.", "KENEDU→KENGOV:143|!*:100")]
    public void The_verb_after_the_demand_is_the_main_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // people a demand describes gather as protesters; the demand is what the gathering is for
    [InlineData("Students demanding free tuition gathered in front of parliament in Santiago.", "CHLEDU→CHL*:141*|!*:100")]
    [InlineData("Miners demanding safer work conditions gathered outside the mining ministry in Lusaka.", "ZMBLAB→ZMBGOV:141*")]
    [InlineData("Farmers calling for fuel subsidies gathered outside the agriculture ministry in Athens.", "GRCAGR→GRCGOV*:141")]
    [InlineData("Villagers calling for clean water gathered outside the governor's office in Kaduna.", "NGACVL→NGAGOV:141")]
    // a gathering with no demand describing its people stays no protest
    [InlineData("Students gathered in the main square of Santiago on Friday.", "!*:14*")]
    [InlineData("Ministers attending the meeting gathered in Brussels on Monday.", "!*:14*")]
    [InlineData("Fans supporting the club gathered outside the stadium in Madrid.", "!*:14*")]
    public void Demanders_who_gather_protest(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the demand still addresses its target when the crowd is the target of force
    [InlineData("Police fired tear gas at students demanding lower fees in Kampala.", "UGACOP→UGAEDU:175")]
    // a verb after a modal or "to" is still a verb
    [InlineData("The government said it would pay the striking doctors.", "!*:14*")]
    public void Other_verbs_are_left_alone(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
