namespace Tidings.Tests.Coding;

/// <summary>
/// Small codebook confusions in verbal events (session 20, regret20b): regret over another actor's act is disapproval,
/// not an apology; repression of a gathering named only by where it was held is aimed at the protesters, not the place;
/// calling a result or plan impossible or unrealistic is a pessimistic comment; a simple past relative clause on the object
/// of a news clause ("arrested protesters, who threw stones") is news.
/// </summary>
public class Regret20bTests
{
    [Theory]
    // regret over an act whose doer is its possessor disapproves of that doer
    [InlineData("Germany expressed regret over the Hungarian government's decision to leave the court.", "DEU→HUNGOV:110|!*:055")]
    [InlineData("Japan voiced regret over Beijing's decision to ban seafood imports.", "JPN→CHN*:110|!*:055")]
    [InlineData("Japan expressed regret over Beijing's decision to ban seafood imports.", "JPN→CHN*:110|!*:055")]
    [InlineData("The European Union expressed regret at Georgia's decision to suspend accession talks.", "*→GEO*:110|!*:055")]
    [InlineData("Turkey expressed deep regret over Sweden's decision to allow the rally.", "TUR→SWE:110|!*:055")]
    // regret told to those it wronged stays an apology
    [InlineData("The prime minister expressed regret to the families over the army's failure.", "*GOV→*:055|!*:110")]
    [InlineData("Japan expressed regret to South Korea over the remarks.", "JPN→KOR:055")]
    public void Regret_over_anothers_act_is_disapproval(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the actor after a place preposition on the dispersed gathering only tells where it was held
    [InlineData("Police broke up a protest outside the embassy in Belgrade.", "SRBCOP→SRBCVL:175|!*→*GOV:175")]
    [InlineData("Riot police dispersed a sit-in outside the parliament in Belgrade.", "SRBCOP→SRBCVL:175|!*→*LEG:175")]
    [InlineData("Police in Nairobi dispersed a rally near the parliament.", "KENCOP→KENCVL:175|!*→*LEG:175")]
    [InlineData("Security forces broke up a demonstration at the ministry in Tbilisi.", "GEO*→GEOCVL:175|!*→*GOV:175")]
    // those named as holding the gathering remain its target
    [InlineData("Police dispersed a rally of opposition supporters outside the ministry.", "COP→OPP:175")]
    [InlineData("Police dispersed a protest by farmers near the ministry.", "COP→AGR:175")]
    // an actor that is the verb's own object stays the target
    [InlineData("Police dispersed the protesters outside the embassy.", "COP→*:175|!*→*GOV:175")]
    public void A_gatherings_place_is_not_its_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // calling a result, plan or timetable impossible, unrealistic or unworkable is a pessimistic comment
    [InlineData("The opposition rejected the count, calling the result impossible to verify.", "OPP→-:012")]
    [InlineData("Ukraine's president called the timetable unrealistic.", "UKRGOV→-:012")]
    [InlineData("The union called the new pension scheme unworkable.", "*LAB→-:012")]
    // a plain call for something is still an appeal, not a comment
    [InlineData("The opposition called for a recount.", "!*:012")]
    public void Calling_a_plan_impossible_is_pessimism(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a simple past relative clause on the object of a past or present perfect news clause goes on with the news
    [InlineData("Police arrested dozens of protesters, who threw stones at officers outside the parliament.", "CVL→COP:145")]
    [InlineData("Police have detained 40 protesters, who threw stones and bottles at police during the rally.", "CVL→COP:145")]
    // a pluperfect, an old year, or a clause on the subject stays background
    [InlineData("Police fired tear gas at the protesters, who had thrown stones at officers.", "!*:145")]
    [InlineData("Police arrested the protesters, who threw stones at officers in 2019.", "!*:145")]
    [InlineData("Armenia and Azerbaijan, which fought two wars over the region, agreed to hold talks.", "!*:190")]
    public void A_past_relative_clause_on_a_news_object_is_news(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
