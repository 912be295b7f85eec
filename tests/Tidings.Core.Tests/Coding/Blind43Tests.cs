namespace Tidings.Tests.Coding;

/// <summary>
/// Causes found on the blind43 articles (session 26: a daily newspaper's long-form reporting, sentences of 30 to 50 words):
/// a relative clause opened by "where" after a place in the subject's phrase, or by "which" after an organisation named
/// inside it, set between the subject and its verb; crowd-control weapons fired at a crowd (smoke grenades); lists of
/// actions; and a headline about
/// "X's warring sides" coded on its own, which threw.
/// </summary>
public class Blind43Tests
{
    [Theory]
    // "where" after a place in the subject's phrase opens a relative clause; the verb after it is the subject's
    [InlineData("Opposition lawmakers in Kenya's parliament, where the ruling party holds a majority, accused the government of corruption.", "KENOPP→KENGOV:112*")]
    [InlineData("Protesters in the square, where police had set up barricades, demanded the resignation of Serbia's prime minister.", "SRBCVL→SRBGOV:1041")]
    [InlineData("Farmers in the north of Ghana, where rains failed this year, urged the government to release grain from its reserves.", "GHAAGR→GHAGOV:02*")]
    [InlineData("Journalists in Tunis, where three reporters were jailed last month, staged a protest outside the prime minister's office.", "TUNMED→TUNGOV:14*")]
    [InlineData("Teachers in Nairobi, where schools have been closed for a week, marched on the education ministry.", "KENEDU→*:141")]
    [InlineData("Opposition lawmakers in Peru's Congress, where the president's allies hold few seats, called the reshuffle a sham and accused the government of lying.", "PEROPP→PERGOV:112")]
    // a relative clause on the subject itself keeps working
    [InlineData("Kenya's opposition leaders, who met in Mombasa on Saturday, called for nationwide protests against the tax increases.", "KENOPP→-:02*")]
    public void A_relative_clause_between_subject_and_verb_leaves_the_verb_its_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // crowd-control weapons fired at a crowd in long sentences are repression (175), smoke grenades among them
    [InlineData("Kenyan police fired tear gas at protesters in Nairobi on Tuesday, arrested dozens and closed the main road.", "KENCOP→KENCVL:175")]
    [InlineData("Peruvian police fired tear gas and rubber bullets at thousands of demonstrators in Lima.", "PERCOP→PERCVL:175")]
    [InlineData("Riot police in Belgrade used water cannon against students marching on parliament.", "SRBCOP→SRBEDU:175")]
    [InlineData("Police in Dhaka fired tear gas at garment workers who were blocking a highway.", "BGDCOP→BGDLAB:175")]
    [InlineData("Indonesian police fired tear gas at students in Jakarta, who threw stones at the parliament building.", "IDNCOP→IDNEDU:175")]
    [InlineData("Turkish police fired tear gas and water cannon at students in Istanbul, detaining dozens.", "TURCOP→TUREDU:175")]
    [InlineData("Police in Nairobi fired tear gas at protesters, arrested 30 and blocked the road to parliament.", "KENCOP→KENCVL:175")]
    [InlineData("Bangladeshi police fired smoke grenades at protesters in Dhaka.", "BGDCOP→BGDCVL:175")]
    public void A_crowd_control_weapon_fired_at_a_crowd_is_repression(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a list of actions in one clause: each verb keeps the list's subject and its own object
    [InlineData("Georgian police beat protesters outside parliament in Tbilisi and detained 35.", "GEOCOP→GEOCVL:182")]
    [InlineData("Ugandan soldiers attacked Kenyan herders near the border and killed five.", "UGAMIL→KENAGR:190")]
    public void A_list_of_actions_keeps_its_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a headline naming a country's warring sides, coded with no lead after it, keeps the country
    [InlineData("UN accuses Sudan's warring sides of abuses", "IGOUNO→SDN:112*")]
    [InlineData("Amnesty accuses Myanmar's warring sides of war crimes", "NGOHRIAMN→MMR:1124")]
    [InlineData("UN rights office accuses Sudan's warring sides of mass killings in Darfur", "IGOUNO*→SDN*:112*")]
    public void A_lone_headline_about_warring_sides_is_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
