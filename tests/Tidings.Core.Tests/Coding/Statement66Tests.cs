namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (statement66): roots 01 and 13. A demanded apology, explanation or clarification is a demand of no kind CAMEO
/// numbers (100), not a demand for policy support (102), as decision 114 settles; seeing no sign or no prospect of what
/// another would do is a pessimistic comment (012), aimed at the subject of its "that" clause when that is an actor, while
/// seeing no reason to act stays a refusal. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from gold lines.
/// </summary>
public class Statement66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A demanded answer or apology is a plain demand (100) of the one asked; asking for one stays no demand.
    [Theory]
    [InlineData("Peru's foreign ministry demanded an explanation from Quito after Ecuadorian troops crossed the border.", "PERGOV→ECUGOV:100")]
    [InlineData("Peru's foreign ministry demanded an explanation from Quito after Ecuadorian troops crossed the border.", "!PERGOV→ECUGOV:102")]
    [InlineData("Latvia's foreign ministry summoned Russia's envoy and demanded an apology.", "LVAGOV→RUSGOV:100")]
    [InlineData("Latvia's foreign ministry summoned Russia's envoy and demanded an apology.", "!LVAGOV→RUSGOV:102")]
    [InlineData("Seoul demanded clarification from Tokyo over the minister's remarks.", "KORGOV→JPNGOV:100")]
    [InlineData("Seoul asked Tokyo for clarification over the minister's remarks.", "!KORGOV→JPNGOV:100")]
    public void Demanded_apologies_and_explanations(string sentence, string expected) => AssertCoded(sentence, expected);

    // No sign or prospect of another's act: 012, at the doubted clause's actor; no reason to act is a refusal, no 012.
    [Theory]
    [InlineData("Serbia's foreign minister said he saw no sign that Pristina was ready to compromise.", "SRBGOV→KSV*:012")]
    [InlineData("Japan's foreign minister said she saw no prospect of a deal this year.", "JPNGOV→-:012")]
    [InlineData("Chile's president said he saw little prospect of a quick agreement with Bolivia.", "CHLGOV→BOL*:012")]
    [InlineData("Kenya's opposition leader said he saw no reason to attend the talks.", "!*→*:012")]
    [InlineData("Serbia's foreign minister said Pristina was ready to compromise.", "!*→*:012")]
    public void No_sign_or_prospect(string sentence, string expected) => AssertCoded(sentence, expected);

    // Decision 114 (3): a concern about a named country's own crisis with no doer named is aimed at the country; about
    // strikes of no named doer, or about a town the line gives no country for, at no one; gloom about the speaker's own
    // country has no target.
    [Theory]
    [InlineData("The United States said it was deeply concerned by the postponement of Uganda's election.", "USA→UGA:012")]
    [InlineData("The African Union said it was deeply concerned by the renewed fighting in South Sudan.", "IGOAFRAFU→SSD:012")]
    [InlineData("Norway's foreign ministry voiced alarm over the fighting in eastern Congo.", "NORGOV→COD:012")]
    [InlineData("Norway's foreign ministry voiced alarm over the shelling of towns in eastern Congo.", "NORGOV→-:012")]
    [InlineData("Norway's foreign ministry voiced alarm over the shelling of towns in eastern Congo.", "!NORGOV→COD:012")]
    [InlineData("Ghana's president said he feared the country was heading toward a debt crisis.", "GHAGOV→-:012")]
    [InlineData("Ghana's president said he feared the country was heading toward a debt crisis.", "!GHAGOV→GHA:012")]
    public void Concerns_about_a_countrys_crisis(string sentence, string expected) => AssertCoded(sentence, expected);
}
