namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (civic66): root 17 in the civic-space register. Labels a state puts on groups and outlets (foreign agent,
/// undesirable) and the loss of legal status restrict association and expression (1721, decision 099 A), as do bans,
/// closures and suspensions of civic groups, while a fine stays 172; bank accounts blocked are confiscated (1711); persons
/// expelled or ordered out are deported (174) whatever office they hold, forces and missions keep 166 and diplomats 161
/// (decision 115); people shipped back or forcibly returned are deported at any number (174). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from the gold lines.
/// </summary>
public class Civic66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A label stands after the labelled object ("declared X an undesirable organisation"); only the labels "undesirable"
    // and "foreign agent" read so.
    [Theory]
    [InlineData("Moscow declared the BBC an undesirable organisation on Tuesday.", "RUSGOV→GBRMED:1721")]
    [InlineData("Belarus declared two Lithuanian civic groups undesirable on Monday.", "BLR→LTUNGO:1721")]
    [InlineData("Russia labelled the BBC a foreign agent on Friday.", "RUS→GBRMED:1721")]
    [InlineData("Hungary's president declared the British journalist a welcome guest.", "!*→*:1721")]
    public void Labels_of_foreign_agents_and_undesirable_groups(string sentence, string expected) => AssertCoded(sentence, expected);

    // A civic group's or an outlet's legal status cancelled, a closure ordered, associations dissolved: 1721; a fine 172.
    [Theory]
    [InlineData("Belarus's justice ministry cancelled the legal status of 20 NGOs on Monday.", "BLR*→BLRNGO:1721")]
    [InlineData("Guinea's junta dissolved 12 civic associations it accused of funding protests.", "GINMIL→GINNGO:1721")]
    [InlineData("A court in Baku ordered the closure of two independent news websites.", "AZEJUD→AZEMED:1721")]
    [InlineData("Georgia's media regulator fined two independent television channels on Monday.", "GEOGOV→GEOMED:172")]
    [InlineData("Georgia's media regulator fined two independent television channels on Monday.", "!*→*:1721")]
    [InlineData("Thailand's army dissolved a civilian self-defence militia in the south.", "!*→*:1721")]
    public void Civic_groups_and_outlets_restricted(string sentence, string expected) => AssertCoded(sentence, expected);

    // Bank accounts blocked by an authority are seized (1711); "blocked the accounts" alone (a platform's act) is not read.
    [Theory]
    [InlineData("Kyrgyz authorities blocked the bank accounts of an independent news website.", "KGZGOV→*:1711")]
    [InlineData("The platform blocked the accounts of two Kenyan bloggers after complaints.", "!*→*:1711")]
    public void Blocked_bank_accounts(string sentence, string expected) => AssertCoded(sentence, expected);

    // Persons expelled or ordered out are deported (174); forces keep 166, diplomats 161.
    [Theory]
    [InlineData("Libya's eastern authorities ordered two Italian ministers to leave Benghazi on Sunday.", "LBYGOV→ITAGOV:174")]
    [InlineData("Chad expelled the UN's resident coordinator on Monday.", "TCD→IGOUNO:174")]
    [InlineData("Venezuela ordered the staff of an American oil company to leave the country.", "VEN→USABUS:174")]
    [InlineData("Niger ordered French troops to leave the country by the end of the year.", "NER→FRAMIL:166")]
    [InlineData("Niger ordered French troops to leave the country by the end of the year.", "!*→*:174")]
    [InlineData("Poland ordered three Russian diplomats to leave the country within 72 hours.", "POL→RUSGOV:161")]
    [InlineData("Estonia expelled two Russian diplomatic officials on Monday.", "!*→*:174")]
    public void Persons_expelled_or_ordered_out(string sentence, string expected) => AssertCoded(sentence, expected);

    // People shipped back or forcibly returned are deported at any number (174, not 201); goods shipped back are not.
    [Theory]
    [InlineData("Pakistan shipped about 5,000 Afghan refugees back across the border on Monday.", "PAK→AFGREF:174")]
    [InlineData("Pakistan shipped about 5,000 Afghan refugees back across the border on Monday.", "!*→*:201")]
    [InlineData("Thailand forcibly returned 40 Uyghur men to China on Thursday.", "THA→*:174")]
    [InlineData("Iran shipped the crude back to its own terminals after the buyer cancelled.", "!*→*:174")]
    public void People_shipped_back_or_forcibly_returned(string sentence, string expected) => AssertCoded(sentence, expected);

    // Roles: civic associations are NGOs, a human rights lawyer a lawyer (JUD), a documentary maker a journalist (MED).
    [Theory]
    [InlineData("Egyptian security forces arrested a human rights lawyer at his home in Cairo overnight.", "EGYCOP→EGYJUD:173")]
    [InlineData("Cambodia deported a Japanese documentary maker who had filmed evictions.", "KHM→JPNMED:174")]
    public void Roles_of_civic_space(string sentence, string expected) => AssertCoded(sentence, expected);
}
