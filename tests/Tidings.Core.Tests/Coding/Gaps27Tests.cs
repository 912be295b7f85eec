namespace Tidings.Tests.Coding;

/// <summary>
/// Coder gaps reported by earlier helpers (session 27, gaps27): nationals counted as people forced over a border, a
/// population pushed back across a border, a bare count as the object of one act in a force's list of acts ("arrested at
/// least 60", "12 of them"), "tear gas" that must not become the clause's verb, and a document that accuses for its author.
/// </summary>
public class Gaps27Tests
{
    [Theory]
    // a counted plural demonym forced or driven over a border is that country's civilians, expelled en masse (201)
    [InlineData("Pakistan forced 8,000 Afghans across the border last month.", "PAK→AFGCVL:201")]
    [InlineData("Iran forced thousands of Afghans back across the border in June.", "IRN→AFGCVL:201")]
    [InlineData("Tajikistan forced hundreds of Uzbeks across the border.", "TJK→UZBCVL:201")]
    // pushed back across a border, in the passive with its agent, is the same expulsion
    [InlineData("Hundreds of migrants were pushed back across the border by Greek police.", "GRCCOP→REF:201")]
    // a force pushed back in battle is expelled by no one
    [InlineData("Ukrainian troops pushed the Russian soldiers back across the border.", "!*:201")]
    // deported nationals stay civilians of their country
    [InlineData("Libya deported 300 Nigerians on Tuesday.", "LBY→NGACVL:174")]
    public void Nationals_forced_over_a_border_are_expelled_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a bare count as the object of an act in a list counts the people the same force acted on before in the sentence
    [InlineData("Kenyan police fired tear gas at protesters in Nairobi, arrested at least 40 and blocked the main road.", "KENCOP→KENCVL:173")]
    [InlineData("Police in Lima fired tear gas and rubber bullets at thousands of people in the square, arrested at least 60 and closed it.", "PERCOP→PERCVL:173")]
    [InlineData("Police fired water cannon at the students and detained dozens of them.", "COP→EDU:173")]
    [InlineData("Soldiers fired on the villagers and killed 12 of them.", "MIL→CVL:18*")]
    // the people named in the act itself stay its target
    [InlineData("Police in Belgrade detained 14 people after the clashes.", "SRBCOP→SRBCVL:173")]
    [InlineData("Turkish police arrested 30 students and fired tear gas at the crowd.", "TURCOP→TUREDU:173")]
    public void A_bare_count_in_a_list_of_acts_counts_the_people_named_before(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "tear gas" before or after another act: "tear" never becomes the clause's verb, and both acts keep the subject
    [InlineData("Police in Lima fired tear gas and rubber bullets at thousands of people in the square, arrested at least 60 and closed it.", "PERCOP→PERCVL:175")]
    [InlineData("Police arrested 20 protesters and fired tear gas.", "COP→CVL:173")]
    // the tear gas is aimed at the civilians (Actors39Tests: repression with no named target)
    [InlineData("Police arrested 20 protesters and fired tear gas.", "COP→CVL:175")]
    [InlineData("Police in Accra used tear gas to disperse the protesters.", "GHACOP→GHACVL:175")]
    public void Tear_gas_stays_a_weapon_in_a_list_of_acts(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a document that accuses speaks for its author, named in its own phrase or by the earlier act that made it
    [InlineData("A report by Amnesty International accused Sudan's army of torturing prisoners.", "NGOHRIAMN→SDNMIL:112*")]
    [InlineData("Human Rights Watch criticised Kenya's police in a statement on Monday. The report accused the officers of beating detainees.", "NGOHRI→KENCOP:1122")]
    // with no author anywhere, nobody accuses
    [InlineData("The report accused the army of torturing prisoners.", "!*:112*")]
    public void A_document_accuses_for_its_author(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
