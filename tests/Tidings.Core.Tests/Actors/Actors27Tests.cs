using Tidings.Documents;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Actors the coder did not recognise or coded wrong (session 27, actors27): the capitalised "Secretary-General" with no
/// international organisation named before is the UN's, and so is the "He" that takes it up; "the security agencies" in
/// the plural are a country's police and forces (COP), one "security agency" stays intelligence (SPY);
/// pensioners and retirees are civilians; airlines that regulators fine and unions strike against are business of their
/// home country. Sentences written for these tests.
/// </summary>
public class Actors27Tests
{
    private static readonly DateOnly Date = new(2025, 6, 10);

    [Theory]
    // the UN's Secretary-General, named by the office alone
    [InlineData("The Secretary-General is deeply concerned by the fighting near Juba.", "Secretary-General", "IGOUNO")]
    [InlineData("The Secretary-General condemned the shelling of the hospital in Goma.", "Secretary-General", "IGOUNO")]
    [InlineData("In a statement, the Secretary-General called on Israel to allow fuel into the territory.", "Secretary-General", "IGOUNO")]
    [InlineData("The Secretary-General welcomed the ceasefire agreed by Armenia and Azerbaijan.", "Secretary-General", "IGOUNO")]
    // an international organisation named before keeps its own head
    [InlineData("NATO allies met in Brussels on Monday. The Secretary-General said the alliance would stand by Kyiv.", "Secretary-General", "IGOWSTNAT")]
    // the plural security agencies are the country's police and forces
    [InlineData("Villagers in Benue accused the security agencies of ignoring warnings before the attack.", "security agencies", "NGACOP")]
    [InlineData("Pakistani security agencies arrested four suspects in Quetta.", "Pakistani security agencies", "PAKCOP")]
    // social groups
    [InlineData("Thousands of pensioners protested in Madrid against the pension reform.", "pensioners", "ESPCVL")]
    [InlineData("Greek pensioners rallied outside parliament on Wednesday.", "Greek pensioners", "GRCCVL")]
    [InlineData("Retirees in Buenos Aires clashed with police outside Congress.", "Retirees", "ARGCVL")]
    // airlines
    [InlineData("Italy's competition authority fined Ryanair for blocking online travel agents.", "Ryanair", "IRLBUS")]
    [InlineData("Pilots at Lufthansa walked out on Thursday over pensions.", "Lufthansa", "DEUBUS")]
    [InlineData("Unions called a strike at British Airways over pay.", "British Airways", "GBRBUS")]
    [InlineData("Air France cancelled flights to Beirut after the strikes.", "Air France", "FRABUS")]
    [InlineData("Qatar Airways resumed flights to Damascus on Tuesday.", "Qatar Airways", "QATBUS")]
    public void Codes_through_the_pipeline(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "a27"), span, code);

    [Theory]
    // "He" after the office alone is the UN's Secretary-General too
    [InlineData("The Secretary-General is alarmed by the clashes in Upper Nile. He urges all parties to cease hostilities.")]
    [InlineData("The Secretary-General spoke to President Kiir on Sunday. He called for the release of detained officials.")]
    public void A_pronoun_takes_up_the_un_office(string text)
        => AssertMentionCode(RunPipeline(text, Date, "a27p"), "He", "IGOUNO");

    [Theory]
    // a body after the office, or a lower-case officer, is not the UN's
    [InlineData("The Secretary-General of the party resigned on Monday.", "Secretary-General")]
    [InlineData("The ruling party's secretary-general denied the report.", "secretary-general")]
    public void Is_not_the_un(string text, string span)
    {
        var doc = RunPipeline(text, Date, "a27n");
        Assert.DoesNotContain(doc.Actors, a => a.Code == "IGOUNO" && a.Tokens.TextIn(doc) == span);
    }

    [Fact]
    public void One_security_agency_stays_intelligence()
    {
        var doc = RunPipeline("Kenya's National Intelligence Service, the country's main security agency, denied the report.", Date, "a27s");
        Assert.DoesNotContain(doc.Actors, a => a.Code is { } c && c.EndsWith("COP", StringComparison.Ordinal) && a.Tokens.TextIn(doc).Contains("security agency"));
    }
}
