using Tidings.Documents;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Places that give bare roles their country (session 28, actors28): a country adjective among a settlement's modifiers
/// ("the Mexican city of Tula") says whose the place is, whichever namesake the gazetteer ranks first; a country or
/// first-level division right after the name ("Newcastle in KwaZulu-Natal", "Paris, Texas") says which namesake it is.
/// Sentences written for these tests.
/// </summary>
public class Actors28Tests
{
    private static readonly DateOnly Date = new(2025, 6, 10);

    [Theory]
    // a country adjective before the settlement word
    [InlineData("Police arrested 20 protesters in the Mexican city of Tula on Sunday.", "Police", "MEXCOP")]
    [InlineData("Police arrested 20 protesters in the Mexican city of Tula on Sunday.", "protesters", "MEXCVL")]
    [InlineData("Police detained five activists in the Georgian port of Batumi.", "Police", "GEOCOP")]
    [InlineData("Riot police dispersed protesters in the Brazilian city of Santa Maria.", "Riot police", "BRACOP")]
    [InlineData("Gunmen killed three residents in the Nigerian town of Bama.", "residents", "NGACVL")]
    [InlineData("Police arrested a journalist in the Colombian city of Cartagena.", "Police", "COLCOP")]
    [InlineData("Protesters marched in the Argentine city of Cordoba on Friday.", "Protesters", "ARGCVL")]
    [InlineData("Police clashed with students in the Spanish city of Valencia.", "Police", "ESPCOP")]
    [InlineData("Police detained two men in the Russian city of Perm.", "Police", "RUSCOP")]
    [InlineData("Police arrested protesters in the Peruvian city of Trujillo.", "Police", "PERCOP")]
    [InlineData("Soldiers detained a farmer in the Sudanese town of Kassala.", "Soldiers", "SDNMIL")]
    // a country or first-level division after the name
    [InlineData("Police detained two men in Newcastle in KwaZulu-Natal on Friday.", "Police", "ZAFCOP")]
    [InlineData("Police arrested a pastor in Paris, Texas, on Monday.", "Police", "USACOP")]
    [InlineData("Police arrested a pastor in Paris, Texas, on Monday.", "pastor", "USACHR")]
    [InlineData("Police arrested a teacher in Tripoli, Lebanon, on Monday.", "Police", "LBNCOP")]
    [InlineData("Protesters gathered in Valencia, Venezuela, on Saturday.", "Protesters", "VENCVL")]
    [InlineData("Police raided a church in Cordoba, Argentina, on Sunday.", "Police", "ARGCOP")]
    [InlineData("Police arrested two protesters in Perth, Scotland.", "Police", "GBRCOP")]
    [InlineData("Police detained an opposition activist in Hyderabad, Sindh, on Sunday.", "Police", "PAKCOP")]
    [InlineData("Security forces arrested twelve miners in the Ghanaian town of Obuasi.", "Security forces", "GHACOP")]
    public void A_place_qualified_by_its_country_places_the_role(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "a28"), span, code);

    [Theory]
    // a country's name (not its adjective) before "town of" may be a US state: it does not place the role
    [InlineData("Police arrested a man in the Georgia town of Athens.", "Police", "GEOCOP")]
    public void A_country_name_before_a_settlement_word_is_no_adjective(string text, string span, string code)
    {
        var doc = RunPipeline(text, Date, "a28n");
        Assert.DoesNotContain(doc.Actors, a => a.Code == code && a.Tokens.TextIn(doc) == span);
    }
}
