namespace Tidings.Tests.Coding;

/// <summary>
/// Sentence structures of wire copy that the blind53 split (events in subordinate and participle clauses, reporting frames,
/// appositions, passives, headlines) found the coder misread: a year written before a noun inside another noun's phrase
/// ("for his role in the 1994 killings") dated the whole sentence as history, and a person named with the place of their
/// own home, parish or school before the town ("a priest from his parish in Enugu state") was no actor at all, so the
/// event on them was lost. Each row has its contrast: a year phrase on the verb itself still tells history, and a role
/// with no place after its own place stays without a country.
/// </summary>
public class Blind53Tests
{
    [Theory]
    // the year names which killings; the conviction is the news
    [InlineData("A Belgian court convicted a former Rwandan soldier of murder for his part in the 1994 massacres.", "BELJUD→RWAELI:116")]
    [InlineData("A Dutch court jailed a former Liberian rebel commander for his role in the 2003 killings of villagers in Lofa.", "NLDJUD→*:116")]
    // "in the 2020 war" on the verb itself: the fighting is history, not the news
    [InlineData("Armenian and Azerbaijani troops fought in the 2020 war over Nagorno-Karabakh.", "!ARM*→AZE*:19*")]
    // a bare year on the verb stays history too
    [InlineData("Ethiopian troops shelled the town of Adigrat in 2021.", "!ETH*→*:19*")]
    public void A_year_naming_a_noun_inside_another_noun_dates_that_noun_only(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Gunmen abducted a Catholic priest from his parish in Enugu state on Sunday.", "NGAREB→NGACHR:181")]
    [InlineData("Police arrested a teacher at her home in Lagos on Thursday.", "NGACOP→NGAEDU:173")]
    [InlineData("Soldiers detained a journalist at his office in Bamako.", "MLIMIL→MLIMED:173")]
    // no place after the home: the teacher keeps no country and no country is guessed for her (since session 39 the one
    // arrested person is the target, coded by her role alone)
    [InlineData("Police arrested a teacher at her home on Thursday.", "COP→EDU:173")]
    public void A_role_named_with_its_own_place_before_the_town_takes_the_towns_country(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
