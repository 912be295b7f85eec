namespace Tidings.Tests.Coding;

/// <summary>
/// Session 61 (coerce61): root 17, coerce. A bare suspension aimed at an organ of the suspending state's own country (its
/// parliament, a court, a party, the police, the media, a public figure) is an administrative sanction (172; media 1721,
/// parties 1722), not a reduction of relations between polities (160); destruction done by aerial weapons, of a military
/// installation or weapon, or of what an armed side holds by another armed side, is fighting (19x), not coercion's
/// destruction of property (1712). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Coerce61Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A state's own organs suspended by its government are sanctioned (172x); a foreign state or body suspended stays 16x.
    [Theory]
    [InlineData("Jordan's king suspended parliament for two years on Sunday.", "JORGOV→JORLEG:172")]
    [InlineData("Jordan's king suspended parliament for two years on Sunday.", "!*→*:160")]
    [InlineData("Zambia's chief justice was suspended by the president on Friday pending an inquiry.", "ZMBGOV→ZMBJUD:172")]
    [InlineData("In Guinea, the junta suspended a private television station for two weeks over its reporting.", "GINMIL→GINMED:1721")]
    [InlineData("The military government in Chad suspended the activities of three political parties on Monday.", "TCDGOV→TCDPTY:1722")]
    [InlineData("The African Union suspended Gabon after the coup.", "!*→*:17*")]
    [InlineData("Canada suspended Rwanda from the programme on Monday.", "!*→*:17*")]
    public void Own_organs_suspended_are_sanctioned(string sentence, string expected) => AssertCoded(sentence, expected);

    // Aerial weapons, military targets and armed sides' holdings destroyed are fighting; homes, shops and crops burned keep 1712.
    [Theory]
    [InlineData("Nigeria's air force said its jets had destroyed two Boko Haram camps near Lake Chad.", "NGAMIL→NGAREB:195")]
    [InlineData("Sudan's army said its drones had destroyed an RSF fuel depot near El Obeid.", "SDNMIL→SDNREB:1952")]
    [InlineData("Sudan's army said its drones had destroyed an RSF fuel depot near El Obeid.", "!*→*:1712")]
    [InlineData("Armenia's army said its troops had destroyed two Azerbaijani tanks near the border.", "ARMMIL→AZE*:190")]
    [InlineData("Somalia's army said on Monday it had destroyed an al-Shabaab training base near Jilib.", "SOMMIL→SOMREB:190")]
    [InlineData("Myanmar soldiers burned dozens of homes in a village in Sagaing, residents said.", "MMRMIL→MMRCVL:1712")]
    [InlineData("Militiamen torched shops and a market in the Congolese town of Kalehe on Sunday.", "CODREB→*:1712")]
    public void Destruction_in_war_is_fighting(string sentence, string expected) => AssertCoded(sentence, expected);

    // Warning shots fired to disperse people are violent repression of them; warning shots alone stay a show of force.
    [Theory]
    [InlineData("Police in Kisumu fired warning shots to disperse the protesters outside the county offices.", "KENCOP→KENCVL:175")]
    [InlineData("Police in Kisumu fired warning shots to disperse the protesters outside the county offices.", "!*→*:150")]
    [InlineData("Police in Kisumu fired warning shots into the air on Monday.", "!*→*:175")]
    public void Warning_shots_to_disperse_are_repression(string sentence, string expected) => AssertCoded(sentence, expected);

    // An agentless arrest or charge reported by the police or prosecutors is theirs; one reported by a lawyer has no doer.
    [Theory]
    [InlineData("Malawi's opposition leader was arrested at his home in Lilongwe on Friday, his lawyer said.", "!*→*:173")]
    [InlineData("The opposition leader has been charged with sedition over a speech in Lilongwe, his lawyers say.", "!*→*:173")]
    [InlineData("A man was arrested and charged with assault in Manhattan, the New York police said.", "USACOP→*:173")]
    public void Lawyers_report_arrests_they_do_not_make(string sentence, string expected) => AssertCoded(sentence, expected);

    // A ban on another country's goods, trade or firms is an embargo or boycott (163); a ban at home stays 172x.
    [Theory]
    [InlineData("Kenya banned Ugandan sugar and maize on Monday, citing quality concerns.", "KEN→UGA:163")]
    [InlineData("Kenya banned Ugandan sugar and maize on Monday, citing quality concerns.", "!*→*:172")]
    [InlineData("Hungary's parliament banned Pride marches in Budapest on Tuesday.", "!*→*:163")]
    [InlineData("Mali's junta banned all political parties on Wednesday.", "MLIMIL→MLIPTY:172*")]
    public void Bans_on_foreign_trade_are_embargoes(string sentence, string expected) => AssertCoded(sentence, expected);
}
