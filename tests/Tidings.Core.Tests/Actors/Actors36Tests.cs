using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Right event, wrong actors (session 36, actors36): a party name the lexicon lists for one country (Britain's Labour,
/// Spain's Podemos) that another country's party also bears ("Nigeria's Labour Party", "Mozambique's Podemos") is the
/// other country's party when the sentence or the article names that country and never the listed one; with no such
/// context, or with the listed country named, the name keeps its listed country. An organisation the name tagger finds
/// is placed by a country word in its name only when that word is not part of a longer listed name ("Central American"
/// is a region, not the United States). Sentences written for these tests.
/// </summary>
public class Actors36Tests
{
    private static readonly DateOnly Date = new(2025, 11, 4);

    [Theory]
    // the sentence names the other country, by its capital, a city or its name
    [InlineData("Podemos supporters marched through Maputo on Saturday to reject the official count.", "Podemos supporters", "MOZ")]
    [InlineData("In Abuja, Labour accused the electoral commission of delaying the results.", "Labour", "NGA")]
    [InlineData("The opposition Podemos party boycotted the swearing-in of Mozambique's new parliament.", "opposition Podemos party", "MOZ")]
    [InlineData("Officials of the Labour Party in Kano said the count had been rigged.", "Labour Party", "NGA")]
    // the listed country is named, or nothing says which: the listed party
    [InlineData("Labour accused the Conservatives of cutting police numbers in London.", "Labour", "GBR")]
    [InlineData("Spanish police questioned two Podemos councillors in Madrid.", "Podemos councillors", "ESP")] // "councillors" is a role since session 66 (modrole66): the party with its role noun, as "Podemos supporters"
    [InlineData("Podemos called for new elections.", "Podemos", "ESP")]
    public void Reads_the_party_of_the_country_in_context(string text, string span, string country)
    {
        var doc = RunPipeline(text, Date, "a36");
        var m = Assert.Single(doc.Actors, a => a.Tokens.TextIn(doc) == span);
        Assert.StartsWith(country, m.Code);
    }

    [Fact]
    public void Reads_the_party_of_the_article_country()
    {
        // The first sentence names Nigeria; the second names no country: the article's.
        var doc = RunPipeline("Nigeria's election commission declared the governor re-elected on Sunday. Labour rejected the result and said it would go to court.", Date, "a36a");
        var m = Assert.Single(doc.Actors, a => a.Tokens.TextIn(doc) == "Labour");
        Assert.StartsWith("NGA", m.Code);
    }

    [Theory]
    // "Central American", "Latin American", "South American": a region's adjective inside a tagged name is no US word
    [InlineData("Troops occupied the Central American University in San Salvador on Friday.")]
    [InlineData("Police searched the offices of the Latin American Council of Churches in Quito.")]
    [InlineData("Prosecutors charged the rector of the South American University of Technology in Lima.")]
    [InlineData("Protesters blocked the entrance of the Latin American University in Caracas.")]
    public void Reads_no_country_from_a_regions_adjective(string text)
    {
        var doc = RunPipeline(text, Date, "a36r");
        Assert.DoesNotContain(doc.Actors, a => a.Code is { } c && c.StartsWith("USA", StringComparison.Ordinal));
    }

    [Theory]
    // a country's own adjective or name in a tagged name still places it
    [InlineData("The Iraqi High Tribunal sentenced two former officials to death on Sunday.", "IRQJUD")]
    public void Still_reads_a_countrys_word_in_a_name(string text, string code)
    {
        var doc = RunPipeline(text, Date, "a36c");
        Assert.Contains(doc.Actors, a => a.Code == code);
    }
}
