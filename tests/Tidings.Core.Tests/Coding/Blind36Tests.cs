namespace Tidings.Tests.Coding;

/// <summary>
/// General causes behind the misses of the blind36 gold split (session 21, blind36: domestic and regional news as local
/// papers and national agencies write it): troops and police sent within their own country, a participle before a titled
/// person, events still to come after "ahead of", bans imposed by a light verb, courts that declare a measure void, and
/// role nouns of local forces and unions.
/// </summary>
public class Blind36Tests
{
    [Theory]
    // troops or police a country sends to a place of its own are deployed there, the force as source, with no target
    [InlineData("The Mexican government sent 800 more soldiers to the state of Sinaloa on Friday.", "MEXMIL→-:154|!*:074")]
    [InlineData("Kenya sent 300 police officers to Marsabit county after clashes between herders.", "KENCOP→-:153|!*:074")]
    [InlineData("Nigeria sent 500 soldiers to Benue state on Sunday.", "NGAMIL→-:154|!*:074")]
    // sent to another country they still protect it
    [InlineData("Kenya sent 400 police officers to Haiti.", "KEN→HTI:074")]
    [InlineData("Rwanda sent troops to Mozambique's Cabo Delgado province.", "RWA→MOZ:074")]
    public void Forces_sent_within_their_own_country_are_deployed(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a participle before a title and name describes the person's state; what put him there is not news of the sentence
    [InlineData("Thousands of supporters of jailed former Prime Minister Imran Khan rallied in Lahore.", "!*→PAKELI:173")]
    [InlineData("Thousands of supporters of detained opposition leader Tundu Lissu rallied in Dar es Salaam.", "!*→TZAOPP:173")]
    // a coordinated verb the parser reads as a modifier stays an act
    [InlineData("A gunman shot and seriously wounded Slovak Prime Minister Robert Fico on Wednesday.", "SVK*→SVKGOV:18*")]
    public void A_participle_before_a_titled_person_is_no_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an event noun after "ahead of" has not happened yet
    [InlineData("Bangladeshi police detained dozens of people ahead of a planned rally by the opposition in Dhaka.", "BGDCOP→*:173|!*:14*")]
    [InlineData("Authorities in Kampala closed roads ahead of a march by opposition supporters.", "!*:14*")]
    // after "after" it happened
    [InlineData("Turkish police detained 40 students after a march by opposition supporters in Istanbul.", "TURCOP→TUREDU:173")]
    public void An_event_noun_ahead_of_which_something_is_done_has_not_happened(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "imposed a ban on gatherings" is "banned gatherings": a restriction of political freedoms with no target
    [InlineData("The Zimbabwean government imposed a ban on gatherings in Harare for two weeks.", "ZWEGOV→-:1721")]
    [InlineData("Togo's government imposed a ban on protests in Lome ahead of the elections.", "TGOGOV→-:1721|!*:14*")]
    public void A_ban_imposed_on_gatherings_restricts_political_freedoms(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a court that declares or rules a measure void finds against its maker, else its own government (decision 025)
    [InlineData("Kenya's High Court declared the finance law unconstitutional on Friday.", "KENJUD→KENGOV:116")]
    [InlineData("Kenya's High Court declared unconstitutional a section of the cybercrimes law.", "KENJUD→KENGOV:116")]
    [InlineData("Peru's Constitutional Court ruled the decree unconstitutional.", "PERJUD→PERGOV:116")]
    [InlineData("Malawi's High Court blocked the government's sale of the state fuel importer.", "MWIJUD→MWIGOV:116")]
    // a party declaring something illegal makes no legal finding
    [InlineData("The opposition declared the election illegal.", "!*:116")]
    public void A_court_declaring_a_measure_void_finds_against_its_maker(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a police detective branch is police, not criminals; a sheriff's deputies are local police; a public-sector union is labour
    [InlineData("Ghana's Criminal Investigation Department arrested a former finance minister on Tuesday.", "GHACOP→GHAELI:173|!GHACRM→*:*")]
    [InlineData("Sheriff's deputies in Texas arrested 12 protesters outside the courthouse.", "USACOP→USACVL:173")]
    [InlineData("Uganda's largest public sector union called a strike on Monday.", "UGALAB→*:143*")]
    public void Local_forces_and_unions_are_coded_by_their_role(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
