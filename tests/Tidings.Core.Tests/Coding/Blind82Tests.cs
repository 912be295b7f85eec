namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (blind82): diplomacy at the table (summits, talks, envoys, mediators, treaties; decision 091). Soldiers or
/// servicemen that two sides swap or exchange are prisoners of war: each side releases the other's military (0841 at
/// country + MIL, as "prisoners of war" already read), and a broker of the swap mediates (045) with each side. Events are
/// written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for
/// these tests, not taken from the blind82 gold lines.
/// </summary>
public class Blind82Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A swap of soldiers between two sides frees each side's captured troops; the swap's broker mediates with both.
    [Theory]
    [InlineData("Armenia and Azerbaijan swapped 12 captured soldiers at the border on Friday.", "ARM→AZEMIL:0841")]
    [InlineData("Armenia and Azerbaijan swapped 12 captured soldiers at the border on Friday.", "AZE→ARMMIL:0841")]
    [InlineData("Russia and Ukraine exchanged 150 soldiers apiece in a swap brokered by Qatar.", "QAT→RUS:045")]
    [InlineData("Russia and Ukraine exchanged 150 soldiers apiece in a swap brokered by Qatar.", "UKR→RUSMIL:0841")]
    [InlineData("Russia and Belarus swapped 20 servicemen on Sunday.", "RUS→BLRMIL:0841")]
    // Prisoners with no word of war or soldiering stay the country's (the gold codes freed nationals so, eb10049).
    [InlineData("Ethiopia and Eritrea exchanged 40 prisoners on Monday.", "!ETH→ERIMIL:0841")]
    // Soldiers named beside an exchange of fire are no swap.
    [InlineData("Indian and Pakistani soldiers exchanged fire along the Line of Control on Tuesday.", "!*→*:0841")]
    public void Soldiers_swapped_between_two_sides_are_prisoners_of_war(string sentence, string expected) => AssertCoded(sentence, expected);

    // An ultimatum handed or delivered to a side is given to it (139), with the side as indirect object or "to" phrase;
    // a letter handed over is no ultimatum.
    [Theory]
    [InlineData("Kosovo's negotiators handed Serbia an ultimatum to return to the talks within ten days.", "KSVGOV→SRB:139")]
    [InlineData("Sudan's army delivered an ultimatum to the Rapid Support Forces on Monday.", "SDNMIL→SDNREB:139")]
    [InlineData("The courier handed the minister a letter from the king.", "!*→*:139")]
    public void Ultimatums_handed_over_are_given(string sentence, string expected) => AssertCoded(sentence, expected);
}
