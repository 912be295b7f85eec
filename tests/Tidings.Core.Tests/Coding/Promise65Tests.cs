namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (promise65): root 03, promised acts the lexicon did not read. An announced deployment of forces to another
/// country, or to protect or help others, is the intent to provide military protection (0334), where one at home or on the
/// deployer's own border stays the posture decided (154); the acts a promise names are read by new rows (raising a matter with
/// a party 040 → 036, reopening a consulate 054 → 032, radar given 072 → 0332, grain sent or donated 073 → 0333).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from gold lines.
/// </summary>
public class Promise65Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // An intended deployment abroad or to protect others is 0334; at home or on one's own border it stays 154.
    [Theory]
    [InlineData("ECOWAS said it would deploy a standby force to Benin after the coup attempt.", "IGOWAFWAS→BEN:0334")]
    [InlineData("ECOWAS said it would deploy a standby force to Benin after the coup attempt.", "!*→*:154")]
    [InlineData("Nigeria said it would deploy troops to Benin to help restore order.", "NGA*→BEN:0334")]
    [InlineData("NATO said it would deploy more troops to the Baltic region to protect the undersea cables.", "IGOWSTNAT→-:0334")]
    [InlineData("Mexico will deploy 10,000 troops to the US border.", "MEXMIL→-:154")]
    [InlineData("Mexico will deploy 10,000 troops to the US border.", "!*→*:0334")]
    [InlineData("India said it would deploy more troops to the border to protect its territory.", "!*→*:0334")]
    [InlineData("Japan plans to deploy long-range missiles on its southern islands.", "JPN→-:154")]
    // asserted deployments are not intents
    [InlineData("Nigeria deployed troops to Benin on Sunday to help restore order.", "!*→*:0334")]
    public void Intended_deployments_abroad_or_to_protect_others(string sentence, string expected) => AssertCoded(sentence, expected);

    // Promised acts the lexicon now reads; their intent code comes from the act's own root.
    [Theory]
    [InlineData("Canada said it would raise the matter with Beijing.", "CAN→CHNGOV:036")]
    [InlineData("The foreign minister raised the issue with his Chinese counterpart on Monday.", "*→CHNGOV:040")]
    [InlineData("Canada said it would raise concerns with Beijing.", "!*→*:036")]
    [InlineData("Iran said it would reopen its consulate in Jeddah.", "IRN→SAU:032")]
    [InlineData("Japan will give Vietnam four coastal radar systems under its security aid programme.", "JPN→VNM:0332")]
    [InlineData("Japan will deliver four coastal radar systems to Vietnam.", "JPN→VNM:0332")]
    [InlineData("Pakistan will send wheat to flood-hit Afghanistan.", "PAK→AFG:0333")]
    [InlineData("Ukraine shipped grain to Egypt.", "!*→*:073")]
    public void Promised_acts_the_lexicon_reads(string sentence, string expected) => AssertCoded(sentence, expected);
}
