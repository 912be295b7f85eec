namespace Tidings.Tests.Coding;

/// <summary>
/// Long wire sentences (blind50): a trailing participle that draws criticism from someone is that critic's disapproval of
/// the clause's doer; an object made by someone ("a plan put forward by X") is aimed at its maker; a ban from standing or
/// holding office is a ban on politicians (1722); releasing people of no stated country is releasing persons (0841); and an
/// adverbial clause whose own subject names no actor does not borrow the main clause's doer.
/// </summary>
public class Blind50Tests
{
    [Theory]
    // the critic follows "from"; the one criticised is the doer of the clause the participle hangs on
    [InlineData("Slovakia's prime minister flew to Moscow on Friday, drawing sharp criticism from European Union officials.", "IGOEUREEC→SVKGOV:111")]
    [InlineData("Pakistani jets bombed a village in Khost province, drawing condemnation from Afghanistan.", "AFG→PAKMIL:111")]
    [InlineData("Hungary vetoed the joint statement on Georgia, prompting criticism from Poland.", "POL→HUN:111")]
    [InlineData("Bolivia's decision triggered condemnation from the United States.", "USA→BOL:111")]
    // the act itself keeps its own coding
    [InlineData("Pakistani jets bombed a village in Khost province, drawing condemnation from Afghanistan.", "PAKMIL→AFG:195")]
    // no critic named: no criticism
    [InlineData("The new tax drew criticism at home and abroad.", "!*:111")]
    public void Drawing_criticism_from_someone_is_their_disapproval(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a participle's "by" agent on the object names who made it, the one the rejection is aimed at
    [InlineData("Russia rejected a peace plan proposed by Ukraine on Tuesday.", "RUS→UKR:127")]
    [InlineData("Israel's prime minister rejected a truce plan put forward by Egyptian mediators.", "ISRGOV→EGYGOV:127")]
    [InlineData("Iran rejected a resolution drafted by Britain and France.", "IRN→GBR:12*|IRN→FRA:12*")]
    // an object's own "by" phrase still counts as before
    [InlineData("Azerbaijan rejected calls by France for monitors to be sent to the region.", "AZE→FRA:12*")]
    public void An_object_made_by_someone_is_aimed_at_its_maker(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a ban from standing, running or holding office bars politicians
    [InlineData("Pakistan's election commission barred the former prime minister from running for office for five years.", "PAKGOV→PAKELI:1722")]
    [InlineData("A court in Ankara banned the mayor from politics on Wednesday.", "TURJUD→TURGOV:1722")]
    [InlineData("The electoral board barred two opposition candidates from contesting the vote.", "*→*OPP:1722")]
    // a ban on imports from a country is no ban on politicians
    [InlineData("India banned imports from Bangladesh on Monday.", "!*:1722")]
    public void A_ban_from_office_bans_politicians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // people of no stated country released are persons, not property
    [InlineData("The junta released two journalists and a former minister on Monday.", "*→MED:0841|*→ELI:0841")]
    // a country's role keeps 0841 as before
    [InlineData("Kenya's police released a former minister on Monday.", "KENCOP→KENELI:0841")]
    public void Released_people_of_no_stated_country_are_persons(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the crowd of an "after" clause is not the police of the main clause
    [InlineData("Riot police detained dozens in Belgrade after tens of thousands rallied to demand early elections.", "SRBCOP→SRBCVL:173|!SRBCOP→*:14*|!SRBCOP→*:10*")]
    [InlineData("Police arrested 40 people in Tbilisi after hundreds marched on parliament to protest against the election results.", "!GEOCOP→*:14*")]
    // an actor subject of the clause keeps its act
    // session 64 (role64, decision 064): a protest at the legislature's building is aimed at the legislature (was GOV)
    [InlineData("Police fired tear gas after thousands of protesters marched on parliament in Nairobi.", "KENCVL→KENLEG:14*")]
    public void An_adverbial_clause_with_its_own_subject_does_not_borrow_the_main_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
