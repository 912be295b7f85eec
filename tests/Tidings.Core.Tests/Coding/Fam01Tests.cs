namespace Tidings.Tests.Coding;

/// <summary>
/// Session 70 (fam01): breadth of roots 01, 02 and 04 read in the wordings wire copy uses. Talks opened with a partner are held by both, sides "in talks" negotiate (046); withholding what one knows
/// in other verbs is declining to comment (011); closer cooperation called for is 021, a force's deployment called for 0234, a peaceful settlement asked to be reached 027.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from the gold lines or the probes.
/// </summary>
public class Fam01Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Talks opened or entered with a partner are held by both; "in talks" is negotiating.
    [Theory]
    [InlineData("Ethiopia opened negotiations with Eritrea over access to the port of Assab.", "ETH→ERI:046|ERI→ETH:046")]
    [InlineData("Ghana is in talks with the IMF over a new credit line.", "GHA→IGOBUSIMF:046")]
    [InlineData("The striker is in talks with several clubs about a transfer.", "!*→*:046")]
    public void Talks_opened_and_under_way(string sentence, string expected) => AssertCoded(sentence, expected);

    // Withholding what one knows is declining to comment; telling it is not.
    [Theory]
    [InlineData("Brazil's defence ministry declined to disclose the cost of the new submarines.", "BRAGOV→-:011")]
    [InlineData("Pakistan's army has remained tight-lipped about the blast at the air base.", "PAKMIL→-:011")]
    [InlineData("Nigeria's oil minister disclosed the cost of the new refinery on Monday.", "!*→*:011")]
    public void Comment_withheld(string sentence, string expected) => AssertCoded(sentence, expected);

    // Appeals in the words copy uses for cooperation, forces and settlements.
    [Theory]
    [InlineData("Vietnam's prime minister called for closer cooperation with Cambodia on flood control.", "VNMGOV→KHM:021")]
    [InlineData("Vietnam's prime minister praised the closer cooperation with Cambodia on flood control.", "!*→*:021")]
    [InlineData("Mozambique's president called for the deployment of more regional troops in Cabo Delgado.", "MOZGOV→*:0234")]
    [InlineData("Mozambique's president criticised the deployment of regional troops in Cabo Delgado.", "!*→*:0234")]
    [InlineData("The African Union urged Sudan's army to reach a peaceful settlement with the RSF.", "IGOAFRAFU→SDNMIL:027")]
    [InlineData("Nigeria's president urged the oil ministry to reach a solution to the fuel shortage.", "!*→*:027")]
    public void Appeals_in_other_words(string sentence, string expected) => AssertCoded(sentence, expected);
}
