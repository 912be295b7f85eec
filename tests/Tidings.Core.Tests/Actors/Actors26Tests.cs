using Tidings.Documents;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Actors recognised wrong (session 26, actors26): "former" before a rank word and a title ("former deputy president X")
/// still makes a former office holder (ELI); a sub-national unit named like a country ("Niger State") is no mention of
/// that country; a one-word name the lexicons lack, in apposition to a business noun closed by a comma ("X, the
/// miner,"), is a company (BUS with the article's country). Sentences written for these tests.
/// </summary>
public class Actors26Tests
{
    private static readonly DateOnly Date = new(2025, 6, 10);

    [Theory]
    // "former" before a rank word and an office
    [InlineData("Former deputy president Rigathi Gachagua vowed to lead protests against the government.", "president Rigathi Gachagua", "KENELI")]
    [InlineData("Former vice president Mike Pence criticised the tariffs on Tuesday.", "vice president Mike Pence", "USAELI")]
    // a sub-national unit named like a country places the sentence in the country it belongs to
    [InlineData("Gunmen attacked a village in Niger State, killing 12 farmers.", "farmers", "NGAAGR")]
    [InlineData("Bandits abducted 20 pupils from a school in Niger State on Monday.", "pupils", "NGAEDU")]
    [InlineData("The governor of Lagos State met protesters on Monday.", "governor", "NGAGOV")]
    // a one-word company in apposition to a business noun
    [InlineData("Zorvex, the Irish airline, accused the government of ignoring its complaints.", "Zorvex", "IRLBUS")]
    [InlineData("Kardanor, Chile's largest miner, said it would cut 300 jobs.", "Kardanor", "CHLBUS")]
    [InlineData("Veltrano, a Brazilian meatpacker, said it would sue the regulator.", "Veltrano", "BRABUS")]
    [InlineData("Morvik, the Norwegian shipping company, denied that its vessel had entered Russian waters.", "Morvik", "NORBUS")]
    [InlineData("Portavo, an Italian carmaker, said on Friday it would close a plant near Turin.", "Portavo", "ITABUS")]
    [InlineData("Ghana's government fined Keltara, a British bank, for breaking currency rules.", "Keltara", "GBRBUS")]
    // a country name coordinated with an adjective shares a role of government
    [InlineData("Russia and Ukrainian negotiators met in Istanbul on Friday.", "Russia", "RUSGOV")]
    [InlineData("Armenia and Azerbaijani officials signed the border protocol.", "Armenia", "ARMGOV")]
    public void Codes_through_the_pipeline(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "a26"), span, code);

    [Theory]
    // the country the unit is named like is no actor
    [InlineData("Gunmen attacked a village in Niger State, killing 12 farmers.", "Niger")]
    [InlineData("Police in Niger state arrested five suspected kidnappers.", "Niger")]
    // sentence-opening adverbs and plain words before a comma are no company
    [InlineData("Meanwhile, the company said it would appeal the fine.", "Meanwhile")]
    [InlineData("However, the airline said its flights would resume on Friday.", "However")]
    [InlineData("Yesterday, the bank said it would raise rates.", "Yesterday")]
    // a one-word name before an appositive that is no business noun is no company
    [InlineData("Okafor, the striker, scored twice on Sunday.", "Okafor")]
    public void Is_no_coded_mention(string text, string span)
    {
        var doc = RunPipeline(text, Date, "a26n");
        Assert.True(!doc.Actors.Any(a => a.Code is not null && a.Tokens.TextIn(doc) == span), $"'{span}' coded: {Dump(doc)}");
    }

    [Theory]
    // an armed role is not shared with the country name before it
    [InlineData("Israel and Palestinian militants exchanged fire near the border.", "Israel", "ISRREB")]
    [InlineData("Russia and Ukrainian troops fought for the village.", "Russia", "RUSMIL")]
    public void Country_keeps_no_shared_armed_role(string text, string span, string code)
    {
        var doc = RunPipeline(text, Date, "a26c");
        Assert.DoesNotContain(doc.Actors, a => a.Code == code && a.Tokens.TextIn(doc) == span);
    }

    [Fact]
    public void A_serving_deputy_is_no_elite()
    {
        // "former" must stand before the rank word: a serving deputy keeps the office the lexicon gives.
        var doc = RunPipeline("Deputy President Kithure Kindiki met the striking doctors on Monday.", Date, "a26d");
        Assert.DoesNotContain(doc.Actors, a => a.Code is not null && a.Code.EndsWith("ELI", StringComparison.Ordinal));
    }
}
