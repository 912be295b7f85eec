namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (role66): the right country with the wrong role, capitals (decision 111). A capital that receives a person
/// handed over or aid given stands for its government, whether or not the text writes it with the gazetteer's accents and
/// wherever the parse hangs its "to" phrase; a headline whose doer is a bare country and whose next sentence names that
/// country's government by its capital tells one act of that government. Events are written "SOURCE→TARGET:CODE"; each
/// listed event must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the
/// gold lines.
/// </summary>
public class Role66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    private static readonly DateOnly Published = new(2025, 5, 2);

    // A person extradited to a capital is received by its government, the capital spelt with or without accents and the
    // "to" phrase after a participle on the person; with no capital named, the person's country as before.
    [Theory]
    [InlineData("Spain extradited a Moroccan businessman wanted for tax fraud to Rabat on Friday.", "ESP→MARGOV:063")]
    [InlineData("Brazil extradited a Paraguayan drug trafficker to Asuncion on Monday.", "BRA→PRYGOV:063")]
    [InlineData("Panama extradited a Colombian drug trafficker to Bogota on Monday.", "PAN→COLGOV:063")]
    [InlineData("Spain extradited a Moroccan businessman wanted for tax fraud.", "ESP→MAR:063|!ESP→MARGOV:063")]
    [InlineData("Italy extradited an Albanian gang leader wanted for murder to Albania.", "ITA→ALB:063|!ITA→ALBGOV:063")]
    public void Persons_handed_over_to_a_capital(string sentence, string expected) => AssertCoded(sentence, expected);

    // Aid given to a capital goes to its government, also when the "to" phrase hangs on a noun inside the object
    // ("in flood relief to Dhaka"); aid to the country named as such stays the country's.
    [Theory]
    [InlineData("Japan pledged 20 million dollars in flood relief to Dhaka.", "JPN→BGDGOV:0333")]
    [InlineData("Japan pledged 20 million dollars in flood relief to Bangladesh.", "JPN→BGD:0333|!JPN→BGDGOV:0333")]
    public void Aid_given_to_a_capital(string sentence, string expected) => AssertCoded(sentence, expected);

    // A headline's bare country doer and a next sentence whose subject is that country's capital standing for its
    // government: one act of the government. Another first actor, or another country's capital, leaves the country.
    [Theory]
    [InlineData("Chad expels French ambassador", "N'Djamena gave the envoy 48 hours to leave, accusing him of interference.", "TCDGOV→FRAGOV:161")]
    [InlineData("Senegal rejects IMF call to cut fuel subsidies", "Dakar said it would keep the subsidies until the end of the year.", "SENGOV→IGOBUSIMF:12*")]
    [InlineData("Chad expels French ambassador", "Paris called the decision regrettable and said it would respond.", "TCD→FRAGOV:161|!TCDGOV→FRAGOV:161")]
    [InlineData("Chad expels French ambassador", "The envoy had criticised the country's leaders in an interview.", "TCD→FRAGOV:161|!TCDGOV→FRAGOV:161")]
    public void Headline_country_named_by_the_next_sentence_capital(string headline, string body, string expected) =>
        PipelineEvents.AssertArticleCoded(headline, body, Published, expected);
}
