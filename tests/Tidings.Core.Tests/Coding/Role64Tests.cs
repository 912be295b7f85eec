namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (role64): the right country with the wrong role. A peaceful protest (141-144) held at, marched on or
/// boycotting a legislature's building or session ("rallied outside parliament", "marched on Congress", "boycotted
/// parliament") is aimed at the legislature (LEG), the organ whose building it stands before (decisions 086 and 064), as
/// riots there and rallies outside a court (JUD) already are; a protest at the country named as a place still presses the
/// protesters' own government (GOV, decision 005), and a demand of the protesters with another addressee ("to demand the
/// president's resignation") gives the protest that addressee. Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Role64Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The legislature's building names the organ the protest is aimed at.
    [Theory]
    [InlineData("Kenyan students protested outside parliament in Nairobi against a new tax on fuel.", "KENEDU→KENLEG:141*")]
    [InlineData("Kenyan students protested outside parliament in Nairobi against a new tax on fuel.", "!KENEDU→KENGOV:141*")]
    [InlineData("Thousands of farmers marched on parliament in Warsaw on Tuesday.", "POLAGR→POLLEG:141*")]
    [InlineData("Opposition lawmakers in Zambia walked out of parliament in protest against the budget.", "ZMBOPP→ZMBLEG:14*")]
    public void Protests_at_the_legislature_aim_at_it(string sentence, string expected) => AssertCoded(sentence, expected);

    // Not the legislature: a protest across the country, or at another building, keeps the own government.
    [Theory]
    [InlineData("Farmers blocked roads across Poland on Monday over cheap grain imports.", "POLAGR→POLGOV:144*")]
    [InlineData("Farmers blocked roads across Poland on Monday over cheap grain imports.", "!POLAGR→POLLEG:144*")]
    [InlineData("Students protested outside the presidential palace in Lima against the new law.", "PEREDU→PERGOV:141*")]
    public void Protests_elsewhere_keep_the_government(string sentence, string expected) => AssertCoded(sentence, expected);

    // A demand of the protesters with another addressee still gives the protest at the legislature its addressee
    // (decision 032 folding; decision 064's exception).
    [Theory]
    [InlineData("Students marched on parliament in Lima to demand the president's resignation.", "PEREDU→PERGOV:1411")]
    [InlineData("Students marched on parliament in Lima to demand the president's resignation.", "!PEREDU→PERLEG:14*")]
    // An actor the protest is against, named in its reason phrase, is its target before the building.
    [InlineData("Students rallied outside parliament in Accra to protest against the European Union.", "GHAEDU→IGOEUREEC:141*")]
    [InlineData("Students rallied outside parliament in Accra to protest against the European Union.", "!GHAEDU→GHALEG:14*")]
    public void A_demand_of_another_organ_decides(string sentence, string expected) => AssertCoded(sentence, expected);
}
