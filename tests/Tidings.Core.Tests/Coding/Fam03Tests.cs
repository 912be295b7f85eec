namespace Tidings.Tests.Coding;

/// <summary>
/// Session 70 (fam03): breadth of roots 03, 05, 06 and 07 in the wordings wire copy uses. A dispute settled or resolved is
/// what an intent to settle promises (037) and an appeal asks for (027), never an event told alone; "undertake to" frames
/// an intent as "pledge to" does; positions coordinated are diplomatic cooperation (050); information passed to another
/// state's organs is information shared (064); cooperation with a judicial body is judicial cooperation (063, 0313); a
/// force act done "together" or "jointly" is military cooperation (062), announced or promised its intent (0312), and a
/// joint act told as to come is no done cooperation; goods of an aid class delivered in the passive are aid from the "by"
/// agent; asylum promised stays asylum (075). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines or the probes.
/// </summary>
public class Fam03Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Guyana and Suriname vowed to settle their river border dispute at the negotiating table.", "GUY*→SUR*:037")]
    [InlineData("Guyana and Suriname vowed to settle their river border dispute at the negotiating table.", "!GUY*→SUR*:030")]
    [InlineData("Cambodia's government said it was committed to resolving its differences with Thailand peacefully.", "KHMGOV→THA*:037")]
    [InlineData("The Arab League urged Algeria and Morocco to resolve their row through talks.", "IGOMEAARL→DZA*:027")]
    // told as done, or as the ground of praise, a settlement promises nothing
    [InlineData("The elders were thanked by Kenya's president for settling a grazing dispute in Marsabit.", "!*→*:037")]
    public void Settling_a_dispute_is_coded_only_as_promised_or_asked(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Niger and Benin undertook to share intelligence on armed groups along their frontier.", "NER*→BEN*:0314")]
    [InlineData("Niger and Benin undertook to share intelligence on armed groups along their frontier.", "!NER*→BEN*:064")]
    [InlineData("Niger's army undertook a review of its border posts on Monday.", "!*→*:03*")]
    public void Undertaking_to_act_is_an_intent(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Argentina and Chile coordinated their positions before the Mercosur summit in Asuncion.", "ARG*→CHL*:050")]
    [InlineData("Argentina and Chile coordinated their positions before the Mercosur summit in Asuncion.", "!ARG*→CHL*:060")]
    [InlineData("Argentina and Chile agreed to align their stances before the Mercosur summit.", "ARG*→CHL*:032")]
    public void Coordinated_positions_are_diplomatic_cooperation(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Morocco passed information about the suspected cell to Spanish police last week.", "MAR*→ESPCOP:064")]
    [InlineData("Morocco relayed intelligence to Spanish police about the smuggling route, Spain's interior minister said.", "MAR*→ESPCOP:064")]
    public void Information_passed_to_another_state_is_shared(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Peru's attorney general promised to cooperate with Brazil's prosecutors in the bribery case.", "PERJUD→BRAJUD:0313")]
    [InlineData("Peru's attorney general promised to cooperate with Brazil's prosecutors in the bribery case.", "!PERJUD→BRAJUD:032")]
    [InlineData("Peru's president promised to cooperate with Brazil on Amazon fires.", "!*→*:0313")]
    public void Cooperation_with_a_judicial_body_is_judicial(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Chadian and Cameroonian soldiers patrolled the Lake Chad islands together on Thursday.", "TCDMIL→CMRMIL:062")]
    [InlineData("Chadian and Cameroonian soldiers patrolled the Lake Chad islands together on Thursday.", "CMRMIL→TCDMIL:062")]
    [InlineData("The Greek and Egyptian navies conducted exercises together off Crete.", "GRCMIL→EGYMIL:062")]
    [InlineData("The Greek and Egyptian navies conducted exercises together off Crete.", "!*→*:150")]
    [InlineData("Senegal and Gambia agreed to patrol their border jointly against smugglers.", "SEN*→GMB*:0312")]
    [InlineData("Senegal and Gambia agreed to patrol their border jointly against smugglers.", "!SEN*→GMB*:062")]
    // a sports or civilian "together" is no force act
    [InlineData("Chadian and Cameroonian farmers lived together on the islands for decades.", "!*→*:062")]
    public void Force_acts_done_together_are_military_cooperation(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Romania and Bulgaria will hold joint naval drills in the Black Sea next month.", "ROU*→BGR*:0312")]
    [InlineData("Romania and Bulgaria will hold joint naval drills in the Black Sea next month.", "!ROU*→BGR*:062")]
    [InlineData("Romania and Bulgaria held joint naval drills in the Black Sea on Tuesday.", "ROU*→BGR*:062")]
    public void Joint_acts_to_come_are_intents(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Forty tonnes of medicine were flown to Beirut by Qatar on Saturday.", "QAT*→LBN*:073")]
    [InlineData("Blankets and tents were delivered to Afghanistan by Pakistan after the earthquake.", "PAK*→AFG*:073")]
    [InlineData("Two coastal patrol boats were handed over to the Ghanaian navy by the United States.", "USA*→GHAMIL:072")]
    // an agentless passive names no giver
    [InlineData("Blankets and tents were delivered to Afghanistan after the earthquake.", "!*→*:07*")]
    public void Goods_delivered_in_the_passive_are_aid_from_the_agent(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Ireland's government agreed to take in 150 refugees from Sudan, the justice minister said.", "IRLGOV→*:075")]
    [InlineData("Ireland's government agreed to take in 150 refugees from Sudan, the justice minister said.", "!IRLGOV→*:033")]
    public void Asylum_promised_is_asylum(string sentence, string expected) => AssertCoded(sentence, expected);
}
