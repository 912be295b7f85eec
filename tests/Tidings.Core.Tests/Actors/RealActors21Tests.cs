using Tidings.Documents;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Actors of real news that the lexicon cannot list (session 21, realactors21): state bodies named in full by their head
/// word ("the Registrar of …", "the … Department of Corrections", "the … Sheriff's Office", "the … Regional Trial Court"),
/// acronyms of a body named in full earlier in the article without parentheses ("… Financial Services Agency … the FSA"),
/// appositive roles without an article ("X, second secretary at the … Embassy,"), and UN bodies written with "United
/// Nations" or "U.N." where the lexicon row says "UN". Sentences written for these tests.
/// </summary>
public class RealActors21Tests
{
    [Theory]
    [InlineData("The Lagos State Registrar of Cooperatives suspended the society's board.", "Lagos State Registrar of Cooperatives", "NGAGOV")]
    [InlineData("The Registrar of Trade Unions in Nairobi deregistered the union.", "Registrar of Trade Unions", "KENGOV")]
    [InlineData("The Ohio Board of Pharmacy suspended the pharmacist's licence.", "Ohio Board of Pharmacy", "USAGOV")]
    [InlineData("The Florida Department of Corrections moved the inmate to another prison.", "Florida Department of Corrections", "USAGOV")]
    [InlineData("The Harris County Sheriff's Office arrested two men in Houston.", "Harris County Sheriff's Office", "USACOP")]
    [InlineData("The Harlow Township Police Department charged the driver in Ohio.", "Harlow Township Police Department", "USACOP")]
    [InlineData("The Quezon City Regional Trial Court acquitted the former mayor.", "Quezon City Regional Trial Court", "PHLJUD")]
    [InlineData("The Lahore High Court Bench granted bail to the journalist.", "Lahore High Court", "PAKJUD")]
    [InlineData("Indonesia's Corruption Eradication Commission questioned the minister on Monday.", "Indonesia's Corruption Eradication Commission", "IDNGOV")]
    [InlineData("The National Communications Authority fined the operator. The NCA said the penalty was final.", "NCA", "GOV")]
    [InlineData("The Securities and Exchange Commission of Nigeria fined the broker. The SEC said the broker misled investors.", "SEC", "NGAGOV")]
    [InlineData("Japanese Financial Services Agency ordered the exchange to improve its controls. The FSA also demanded a report.", "FSA", "JPNGOV")]
    [InlineData("The Chief of Army Staff visited troops in Pakistan on Monday. The COAS praised their sacrifices.", "COAS", "PAKMIL")]
    [InlineData("The Kenya Revenue Authority raided the offices of the firm. Later the KRA froze its accounts.", "KRA", "KENGOV")]
    [InlineData("Maria Lopes, second secretary at the Brazilian Embassy, said the visas were ready.", "Maria Lopes", "BRAGOV")]
    [InlineData("Tom Hale, first secretary at the Australian High Commission, met the minister.", "Tom Hale", "AUSGOV")]
    [InlineData("Ana Ruiz, a law professor at the University of Lima, criticised the decree.", "Ana Ruiz", "PEREDU")]
    [InlineData("The United Nations High Commissioner for Refugees appealed for funds.", "United Nations High Commissioner for Refugees", "IGOUNOREFHCR")]
    [InlineData("The U.N. High Commissioner for Refugees opened a camp.", "U.N. High Commissioner for Refugees", "IGOUNOREFHCR")]
    [InlineData("The United Nations Children's Fund sent vaccines.", "United Nations Children's Fund", "IGOUNOKID")]
    public void Codes_through_the_pipeline(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, new DateOnly(2024, 3, 1), "r21"), span, code);

    [Theory]
    // a lower-case head word is a common noun ("Cauca department" is a province), and a lone capitalised head word names
    // no body; two-letter initials stand for too many things to be an acronym of a body named before
    [InlineData("A roadside bomb hit an army truck in Colombia's Cauca department.", "department")]
    [InlineData("The Office said nothing more.", "Office")]
    // a one-word office after a preposition of place is a room
    [InlineData("The two presidents met in the Oval Office on Friday.", "Oval")]
    [InlineData("The Supreme Council met on Monday. The SC said the vote was valid.", "SC")]
    public void Does_not_code_through_the_pipeline(string text, string word)
    {
        var doc = RunPipeline(text, new DateOnly(2024, 3, 1), "r21n");
        Assert.True(!doc.Actors.Any(a => a.Tokens.TextIn(doc).Split(' ').Contains(word)), $"'{word}' coded: {Dump(doc)}");
    }
}
