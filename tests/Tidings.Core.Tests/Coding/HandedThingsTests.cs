namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (lead): the bare "hand over" row is no extradition (063) when what is handed over is a formality (a
/// ruling, a report, keys, control, a petition): only someone, or evidence, handed over is judicial cooperation (ShallowCoder.HandedThings.cs). Events
/// are written "SOURCE→TARGET:CODE"; "!" marks an event that must not be coded. Sentences written for these tests, not taken
/// from the gold lines.
/// </summary>
public class HandedThingsTests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // things handed over: no extradition
    [InlineData("The court handed over the verdict to the parties on Monday.", "!*→*:063")]
    [InlineData("The Colombian army handed over control of the border crossing to the national police.", "!*→*:063")]
    [InlineData("Nigerian students handed over a petition to the governor of Lagos State.", "!*→*:063")]
    [InlineData("Mexico's outgoing mayor handed over the keys of the city to his successor.", "!*→*:063")]
    // people and evidence handed over: the extradition stays
    [InlineData("Spain handed over a suspected drug trafficker to France.", "ESP→FRA:063")]
    [InlineData("Turkey handed over two Syrian nationals to Damascus.", "TUR→SYRGOV:063")]
    [InlineData("Police handed him over to Kenyan authorities.", "KENCOP→KENGOV:063")]
    [InlineData("The bank handed over documents on the transfers to prosecutors.", "*→*:063")]
    // weapons handed over through a noun of quantity are aid, not dropped with the things
    [InlineData("Germany handed over a new batch of artillery shells to Ukraine on Friday.", "DEU→UKR:072")]
    public void Hand_over_of_a_formality_is_no_extradition(string sentence, string expected) => AssertCoded(sentence, expected);
}
