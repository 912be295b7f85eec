namespace Tidings.Tests.Coding;

/// <summary>
/// Session 56 (realrecall56): constructions of real articles that lost events. Events are written "SOURCE→TARGET:CODE" ("-"
/// for no target); each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these tests.
/// </summary>
public class RealRecall56Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A finite clause of time, cause or circumstance ("as", "while", "after", "because") asserts its act as the main clause
    // does: an act in it with no target named is still coded. Conditions, limits and modal clauses tell no act done.
    [Theory]
    [InlineData("Talks resumed as Tanzania sent food.", "TZA→-:073")]
    [InlineData("Prices fell while Ethiopia sent food.", "ETH→-:073")]
    [InlineData("The border stayed quiet because Rwanda pledged aid.", "RWA→-:033")]
    [InlineData("Talks will resume if Tanzania sends food.", "!TZA→-:073")]
    [InlineData("Talks resumed as Tanzania would send food.", "!TZA→-:073")]
    [InlineData("Talks resumed as if Tanzania had sent food.", "!TZA→-:073")]
    public void Untargeted_acts_in_finite_clauses_of_time_and_cause_are_coded(string sentence, string expected) => AssertCoded(sentence, expected);

    // "as several countries including Tanzania and Zambia sent food": the parser reads "including" as a participle and the
    // list as the subject of a relative clause on the group noun; the list's members are the givers.
    [Theory]
    [InlineData("Relief flowed into the valley as several countries including Tanzania and Zambia sent food.", "TZA→-:073")]
    [InlineData("Relief flowed into the valley as several countries including Tanzania and Zambia sent food.", "ZMB→-:073")]
    [InlineData("Relief flowed into the valley as several countries including Tanzania and Zambia sent food to Malawi.", "ZMB→MWI:073")]
    // a participle after the list is a true reduced relative: "food sent" is no act of the members
    [InlineData("Relief flowed as several trucks including convoys from Zambia brought food sent by Tanzania.", "!ZMB→-:073")]
    public void An_including_list_read_as_a_relative_clause_subject_gives_the_givers(string sentence, string expected) => AssertCoded(sentence, expected);

    // Noun ellipsis after a numeral in parallel clauses: "Ukraine has expelled 13" counts the diplomats of the clause before,
    // so it is the same cut in relations (161), with the same written target; never another verb's count.
    [Theory]
    [InlineData("Latvia expelled 12 Belarusian diplomats, and Lithuania expelled five.", "LTU→BLRGOV:161")]
    [InlineData("Latvia expelled 12 Belarusian diplomats, and Lithuania expelled five.", "!LTU→-:166")]
    [InlineData("The Czech Republic has expelled 18 Russian diplomats, Slovakia has expelled three.", "SVK→RUSGOV:161")]
    // a context-lent country of the first clause's diplomats is no written target for the second
    [InlineData("Latvia expelled 12 diplomats, and Lithuania expelled five.", "!LTU→LVAGOV:161")]
    // another verb's count is not elided from the first clause
    [InlineData("Police arrested 20 protesters in Riga and expelled 13.", "!COP→-:161")]
    public void A_gapped_count_takes_the_parallel_phrase(string sentence, string expected) => AssertCoded(sentence, expected);

    // A diplomat role noun lent the expeller's own country is read again from the article: the diplomats whose expulsion an
    // earlier sentence told are the other side's.
    [Theory]
    [InlineData("The governments of several Baltic states announced the expulsion of Belarusian diplomats. Lithuania has expelled four diplomats.", "LTU→BLRGOV:161")]
    [InlineData("The governments of several Baltic states announced the expulsion of Belarusian diplomats. Lithuania has expelled four diplomats.", "!LTU→LTUGOV:161")]
    // with no earlier cut the target stays unnamed
    [InlineData("Lithuania has expelled four diplomats.", "LTU→-:161")]
    public void Own_country_diplomats_take_the_articles_earlier_cut(string sentence, string expected) => AssertCoded(sentence, expected);

    // A reaction to an act told before is aimed at its doer; a doer recalled as a bare country whose government the reacting
    // sentence itself names (by its capital) is that government. A force of the country named beside it is not.
    [Theory]
    [InlineData("North Korea fired three missiles into the sea on Friday. Tokyo condemned the launches and urged Pyongyang to halt its weapons programme.", "JPNGOV→PRKGOV:111")]
    [InlineData("North Korea fired three missiles into the sea on Friday. Tokyo condemned the launches and urged Pyongyang to halt its weapons programme.", "!JPNGOV→PRK:111")]
    [InlineData("Russia shelled Kharkiv on Friday. Ukraine condemned the attack and urged Russian troops to withdraw.", "UKR→RUS:111")]
    [InlineData("Russia shelled Kharkiv on Friday. Ukraine condemned the attack and urged Russian troops to withdraw.", "!UKR→RUSMIL:111")]
    public void A_recalled_country_is_the_government_the_sentence_names(string sentence, string expected) => AssertCoded(sentence, expected);
}
