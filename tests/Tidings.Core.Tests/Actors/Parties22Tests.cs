using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Parties the lexicon does not list (session 22, party22): a capitalised name ending in a party word ("Party", "Front",
/// "Movement", "Alliance", "Union", …) or opening with "Parti"/"Partido" is a party of the country named inside it, owning
/// it by a possessive, or of the sentence or article; "ruling"/"opposition" before it gives GOVPTY/OPP, and its office
/// holder takes its code. Names that only share a head word with other bodies (a trade union, a legislature, a sports
/// league, a gathering) are left alone. Party names and sentences are invented for these tests.
/// </summary>
public class Parties22Tests
{
    private static readonly DateOnly Published = new(2025, 3, 1);

    [Theory]
    [InlineData("Police raided the offices of the New Unity Party in Nairobi on Tuesday.", "New Unity Party", "KENPTY")]
    [InlineData("The Zenith Party won three seats in the Zambian election.", "Zenith Party", "ZMBPTY")]
    [InlineData("Kenya's Orange Star Party called for protests over fuel prices.", "Orange Star Party", "KENPTY")]
    [InlineData("The Slovenian Democratic Party filed a complaint with the court.", "Slovenian Democratic Party", "SVNPTY")]
    [InlineData("The Green Party of Kenya said it would field a candidate.", "Green Party of Kenya", "KENPTY")]
    [InlineData("The opposition Forward Citizens Party boycotted the vote in Ghana.", "opposition Forward Citizens Party", "GHAOPP")]
    [InlineData("The ruling New Dawn Party in Malawi expelled two lawmakers.", "ruling New Dawn Party", "MWIGOVPTY")]
    [InlineData("Movement for Democratic Renewal leader Tom Banda was arrested by Malawi police.", "leader Tom Banda", "MWIPTY")]
    [InlineData("Movement for Democratic Renewal leader Tom Banda was arrested by Malawi police.", "Movement for Democratic Renewal", "MWIPTY")]
    [InlineData("The United Workers' Front marched through Lusaka, Zambia.", "United Workers' Front", "ZMBPTY")]
    [InlineData("Parti Bersatu Rakyat pulled out of the coalition in Malaysia.", "Parti Bersatu Rakyat", "MYSPTY")]
    [InlineData("The Partido de la Esperanza Nueva accused the Peruvian government of fraud.", "Partido de la Esperanza Nueva", "PERPTY")]
    [InlineData("New Unity Party lawmakers walked out of the Kenyan parliament.", "New Unity Party lawmakers", "KENPTY")]
    [InlineData("The Arizona Republican Party censured the senator.", "Arizona Republican Party", "USAPTY")]
    [InlineData("The president of the Zenith Party, Grace Mwale, said the vote in Zambia was rigged.", "Grace Mwale", "ZMBPTY")]
    [InlineData("Zambian police detained members of the Zenith Party on Monday.", "Zenith Party", "ZMBPTY")]
    [InlineData("The Social Justice Alliance in Nigeria called for a recount.", "Social Justice Alliance", "NGAPTY")]
    [InlineData("The Democratic Reform Union in Tanzania rejected the budget.", "Democratic Reform Union", "TZAPTY")]
    [InlineData("Zenith Party chairman Grace Mwale met Zambian police chiefs.", "chairman Grace Mwale", "ZMBPTY")]
    [InlineData("The opposition Patriotic Renewal Movement in Togo called a strike.", "opposition Patriotic Renewal Movement", "TGOOPP")]
    public void Codes_an_unlisted_party(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "party22"), span, code);

    [Theory]
    [InlineData("The Kenyan teachers' union and the Nurses Union called a strike.", "PTY")]
    [InlineData("The United States Congress passed the budget on Friday.", "PTY")]
    [InlineData("The Premier League fined the club for crowd trouble.", "PTY")]
    [InlineData("The embassy's Christmas Party was cancelled in Nairobi.", "PTY")]
    [InlineData("The National Union of Journalists condemned the arrests in Kenya.", "PTY")]
    public void Does_not_read_a_party(string text, string notThere)
    {
        var doc = RunPipeline(text, Published, "party22n");
        Assert.DoesNotContain(doc.Actors, a => (a.Code ?? "").EndsWith(notThere, StringComparison.Ordinal) || a.Tokens.TextIn(doc).Contains(notThere, StringComparison.Ordinal));
    }
}
