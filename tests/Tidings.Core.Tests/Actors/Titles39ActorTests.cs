using System.Globalization;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Session 39 (titles39): a capitalised office at the very start of a sentence. "Minister of Foreign Affairs" is one
/// minister, not a group (its last word "Affairs" is no plural of "minister"), and a portfolio between a title and
/// "of &lt;country&gt;" belongs to the office, so the country after it says whose office it is. Sentences written for these tests.
/// </summary>
public class Titles39ActorTests
{
    [Theory]
    [InlineData("The Minister of Foreign Affairs of Peru received the envoy of Chile.", "Minister of Foreign Affairs of Peru", "PERGOV")]
    [InlineData("The Minister of Foreign Affairs of Peru, Ana Torres, received the envoy of Chile.", "Minister of Foreign Affairs of Peru", "PERGOV")]
    [InlineData("The Minister of Home Affairs of Malawi praised the police.", "Minister of Home Affairs of Malawi", "MWIGOV")]
    [InlineData("The Minister of Internal Affairs of Georgia warned the protesters.", "Minister of Internal Affairs of Georgia", "GEOGOV")]
    // Session 69: a sector minister keeps the sector (decision 058, roles.tsv's "minister of <field>" rows of session 69)
    [InlineData("The Minister of Health of Zambia visited the clinic.", "Minister of Health of Zambia", "ZMBGOVHLH")]
    [InlineData("The minister of education of Chile met the teachers.", "minister of education of Chile", "CHLGOVEDU")]
    [InlineData("The Minister for Trade and Industry of Tanzania signed the deal.", "Minister for Trade and Industry of Tanzania", "TZAGOV")]
    [InlineData("The Secretary of State for Justice of Britain defended the plan.", "Secretary of State for Justice of Britain", "GBRGOV")]
    public void A_sentence_initial_office_takes_the_country_after_its_portfolio(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, DateOnly.ParseExact("2025-05-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)), span, code);

    [Theory]
    // no country after the portfolio: the office keeps its bare role (since session 69 "minister of health" is itself a
    // role row, GOVHLH), and nothing in the phrase ("of the city") is taken for a country
    [InlineData("The head of public health of the city met the mayor.", "head of public health of the city")]
    [InlineData("The minister of health met the nurses.", "minister of health")]
    public void A_portfolio_without_a_country_takes_no_country(string text, string span)
    {
        var doc = RunPipeline(text, new DateOnly(2025, 5, 1));
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == span && a.Country is not null);
    }
}
