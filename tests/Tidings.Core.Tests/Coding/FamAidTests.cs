namespace Tidings.Tests.Coding;

/// <summary>
/// Session 71 (famaid): breadth of roots 06, 07, 08 and 09, second round. A passive's "by" agent is read past an actor in the
/// verb's own "to"/"into"/"from" phrase; a verb of returning whose object is a thing returns property (0842); the reporter's
/// other words for working together (060), joint inquiries (063), information handed over (064), aid idioms and aid told
/// from the recipient's side (07x, "received ... from"), asylum given or offered (075), forces stood down (087), falling back
/// and giving oneself up (0874). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines or the probes.
/// </summary>
public class FamAidTests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("A former militia commander was extradited to the Netherlands by Colombia on Wednesday.", "COL*→NLD*:063")]
    // no agent named: no source, no event (gold/README.md, agentless passives)
    [InlineData("A former militia commander was extradited to the Netherlands on Wednesday.", "!*→*:063")]
    public void A_passive_agent_is_read_past_the_recipient(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Belgium handed back a royal throne to Congo at a ceremony in Kinshasa.", "BEL*→COD*:0842")]
    [InlineData("Belgium handed back a royal throne to Congo at a ceremony in Kinshasa.", "!BEL*→COD*:084")]
    // people handed back stay a release of persons
    [InlineData("Belgium handed back two prisoners to Congo at a ceremony in Kinshasa.", "!*→*:0842")]
    public void A_thing_handed_back_is_property_returned(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Ghana and Togo pooled resources to build a cross-border water pipeline.", "GHA*→TGO*:060")]
    [InlineData("Ghana and Togo pooled resources to build a cross-border water pipeline.", "TGO*→GHA*:060")]
    [InlineData("Ecuador joined hands with Peru to clear landmines from their shared border.", "ECU*→PER*:060")]
    [InlineData("Spanish and Moroccan prosecutors opened a joint investigation into a hashish smuggling ring.", "ESPJUD→MARJUD:063")]
    [InlineData("Lithuania swapped intelligence with Latvia on Russian drone flights.", "LTU*→LVA*:064")]
    [InlineData("Kenya passed on information to Uganda about a rebel camp near the border.", "KEN*→UGA*:064")]
    // an investigation of one body alone is no joint inquiry
    [InlineData("Spanish prosecutors opened an investigation into a hashish smuggling ring.", "!*→*:063")]
    [InlineData("Investors pooled resources to buy the football club.", "!*→*:060")]
    public void Working_together_in_other_words(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Japan came to the aid of Tonga after the cyclone flattened its main island.", "JPN*→TON*:070")]
    [InlineData("Qatar extended assistance to Lebanon's army, paying fuel bills for three months.", "QAT*→LBNMIL:07*")]
    [InlineData("Moldova received 50 million euros from the European Union to cover winter gas bills.", "IGOEUREEC→MDA*:071")]
    [InlineData("Ukraine received artillery shells and rocket launchers from Norway last month.", "NOR*→UKR*:072")]
    [InlineData("Argentina gave asylum to a Venezuelan opposition leader sheltering in its embassy.", "ARG*→VEN*:075")]
    // money got from no actor is no aid
    [InlineData("Moldova received 50 million euros from the sale of state bonds.", "!*→*:071")]
    public void Aid_in_idioms_and_from_the_recipient_side(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Serbia stood down its troops along the boundary with Kosovo on Friday.", "SRB*→*:087")]
    [InlineData("Sudanese army units fell back from the town of Bara after two days of fighting.", "SDNMIL→*:0874")]
    [InlineData("About 80 Congolese rebels gave themselves up to the army in Kasai.", "CODREB→*:0874")]
    // prices fall back too; a party leader stands down from a post
    [InlineData("Oil prices fell back from a two-week high on Tuesday.", "!*→*:0874")]
    [InlineData("Serbia's president stood down as party leader on Friday.", "!*→*:087")]
    public void Forces_stood_down_and_falling_back(string sentence, string expected) => AssertCoded(sentence, expected);
}
