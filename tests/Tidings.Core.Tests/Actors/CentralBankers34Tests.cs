using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Central bank governors of the G20 members (session 34, blind54): data/actors/people-g20.tsv lists the governors in post
/// and their predecessors with dated periods, so that a governor is his country's GOV on the article's date (as the gold
/// files code a central bank governor) and a predecessor or successor out of office is the country's elite (ELI). Mark
/// Carney's Bank of Canada and Bank of England terms come before his prime ministership. A bank named by its generic name
/// right before its titled governor is the governor's, not a second actor (ActorRecognizer.MergeBodyBeforeTitledPerson).
/// Sentences written for these tests.
/// </summary>
public class CentralBankers34Tests
{
    private static readonly DateOnly Date = new(2025, 5, 2);

    [Theory]
    // in post on the date
    [InlineData("Kazuo Ueda", "2025-05-01", "JPNGOV")]
    [InlineData("Andrew Bailey", "2024-06-01", "GBRGOV")]
    [InlineData("Jerome Powell", "2022-03-16", "USAGOV")]
    [InlineData("Sanjay Malhotra", "2025-02-07", "INDGOV")]
    [InlineData("Elvira Nabiullina", "2022-02-28", "RUSGOV")]
    [InlineData("Pan Gongsheng", "2024-09-24", "CHNGOV")]
    [InlineData("Tiff Macklem", "2025-03-12", "CANGOV")]
    [InlineData("Gabriel Galipolo", "2025-06-18", "BRAGOV")]
    [InlineData("Fatih Karahan", "2025-04-17", "TURGOV")]
    // predecessors in their own years, elites after them
    [InlineData("Haruhiko Kuroda", "2016-01-29", "JPNGOV")]
    [InlineData("Haruhiko Kuroda", "2024-01-01", "JPNELI")]
    [InlineData("Kazuo Ueda", "2020-01-01", "JPNELI")]
    [InlineData("Janet Yellen", "2015-12-16", "USAGOV")]
    [InlineData("Janet Yellen", "2019-01-01", "USAELI")]
    [InlineData("Shaktikanta Das", "2025-01-10", "INDELI")]
    [InlineData("Shaktikanta Das", "2025-03-01", "INDGOV")]
    // one person, several offices: the Bank of Canada, the Bank of England, then Canada's government
    [InlineData("Mark Carney", "2010-05-01", "CANGOV")]
    [InlineData("Mark Carney", "2016-06-24", "GBRGOV")]
    [InlineData("Mark Carney", "2022-01-01", "CANELI")]
    [InlineData("Mark Carney", "2025-06-01", "CANGOV")]
    [InlineData("Fabio Panetta", "2022-01-01", "IGOEURBUSECB")]
    [InlineData("Fabio Panetta", "2024-01-01", "ITAGOV")]
    [InlineData("Kevin Hassett", "2025-03-01", "USAGOV")]
    [InlineData("Kevin Hassett", "2021-01-01", "USAELI")]
    public void A_governor_is_coded_by_the_date(string name, string date, string code) => PersonCodeAssert.CodedOn(name, date, code);

    [Theory]
    // the bank named by its generic name before the titled governor joins his mention
    [InlineData("Bank of Japan Governor Kazuo Ueda told lawmakers that rates would stay low.", "Bank of Japan Governor Kazuo Ueda", "JPNGOV")]
    [InlineData("Reserve Bank of India Governor Sanjay Malhotra spoke to reporters in Mumbai.", "Reserve Bank of India Governor Sanjay Malhotra", "INDGOV")]
    [InlineData("Bank of England Governor Andrew Bailey spoke at a conference in London.", "Bank of England Governor Andrew Bailey", "GBRGOV")]
    public void The_bank_before_its_governor_is_his(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "cb34"), span, code);

    [Theory]
    // a conjunction between keeps the bank an actor of its own
    [InlineData("Protesters in Tokyo denounced the Bank of Japan and Governor Kazuo Ueda.", "Bank of Japan", "JPNBUS")]
    public void A_bank_apart_from_its_governor_stays_an_actor(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "cb34n"), span, code);
}
