using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Session 51 (lead): a party family named after its country ("Spain's Socialists", "the Canadian Liberals") is that
/// country's party: the listed party whose name carries the family's stem, else the country's party, with the side that
/// "ruling" or "opposition" gives. A family that goes on into a noun phrase ("Labour Minister") is left to the roles.
/// Sentences written for these tests.
/// </summary>
public class PartyFamilies51Tests
{
    private static readonly DateOnly Published = new(2025, 9, 1);

    [Theory]
    [InlineData("Spain's Socialists accused the conservatives of lying about the floods.", "Spain's Socialists", "ESPGOVPTY")]
    [InlineData("The Spanish Socialists walked out of the regional assembly.", "Spanish Socialists", "ESPGOVPTY")]
    [InlineData("Germany's Greens called the deportation flights a disgrace.", "Germany's Greens", "DEUOPP")]
    [InlineData("Portugal's opposition Socialists demanded an inquiry into the contracts.", "Portugal's opposition Socialists", "PRTOPP")]
    [InlineData("Norway's Labour promised to raise the tax on oil profits.", "Norway's Labour", "NORGOVPTY")]
    [InlineData("Kenya's Democrats said the police had beaten their supporters.", "Kenya's Democrats", "KENPTY")]
    [InlineData("Zambia's ruling Socialists expelled two of their members.", "Zambia's ruling Socialists", "ZMBGOVPTY")]
    [InlineData("Spain's Socialists lawmakers voted against the amnesty.", "Spain's Socialists lawmakers", "ESPGOVPTY")]
    public void A_party_family_after_its_country_is_its_party(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "family51"), span, code);

    // "Japan's Liberals": the Liberal Democratic Party is no Liberal party, so no listed party fits and the country's
    // party it is; "Social Democrats" is not read as a family of Democrats.
    [Theory]
    [InlineData("Japan's Liberals criticised the budget.", "Japan's Liberals", "JPNPTY")]
    [InlineData("Spain's Social Democrats criticised the budget.", "Spain's Social Democrats", "ESPPTY")]
    public void A_family_the_listed_names_do_not_carry_is_the_countrys_party(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "family51"), span, code);

    // Not a party: a family word that goes on into a role or a noun, or a lower-case word.
    [Theory]
    [InlineData("Kenya's Labour Minister Alfred Mutua met the striking doctors.", "Kenya's Labour")]
    [InlineData("Germany's greens and parks were flooded.", "Germany's greens")]
    public void Not_a_party_family(string text, string span)
    {
        var doc = RunPipeline(text, Published, "family51");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == span);
    }

    // The government a listed party leads, named by the party before "government", "cabinet" or "administration", is the
    // country's government; the party named alone or with its members stays the party.
    [Theory]
    [InlineData("The Labour government refused to recognise the result.", "Labour government", "GBRGOV")]
    [InlineData("Britain's Labour government refused to recognise the result.", "Britain's Labour government", "GBRGOV")]
    [InlineData("The Labour Party refused to recognise the result.", "Labour Party", "GBRGOVPTY")]
    public void A_party_led_government_is_the_government(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "family51"), span, code);
}
