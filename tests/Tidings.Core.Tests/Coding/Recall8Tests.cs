namespace Tidings.Tests.Coding;

/// <summary>
/// Session 18's recall rows and rules (helper recall8, domestic politics and rare codes), over the default pipeline, on
/// sentences written for these tests: a court that halts or undoes a measure finds against its maker (116); an alert or
/// deployment ordered of a government's own force is that force's posture (15x, decision 023); a court upholding an
/// impeachment or a verdict finds against its target (116); a head of state dissolving parliament sanctions it (172); an
/// alert "against" a rival targets it (152); others' forecast of a coercive act is no threat; communities are civilians and
/// the Director of Public Prosecutions is the judiciary. Events are written "SOURCE→TARGET:CODE"; each listed event must
/// be coded, each "!"-prefixed one must not.
/// </summary>
public class Recall8Tests
{
    [Theory]
    // a court suspending, annulling or overturning a measure finds against its maker, or its own government (116); the
    // undone measure is not coded again as the court's own act
    [InlineData("Malawi's High Court suspended the ban on the opposition rally.", "MWIJUD→MWIGOV:116|!MWIJUD→-:172")]
    [InlineData("Peru's Constitutional Court annulled the government's decree on Monday.", "PERJUD→PERGOV:116")]
    [InlineData("A Zambian court overturned the government's ban on the newspaper.", "ZMBJUD→ZMBGOV:116|!ZMBJUD→ZMBMED:172")]
    [InlineData("Pakistan's Supreme Court on Tuesday quashed the electoral commission's order against the party.", "PAKJUD→PAKGOV:116")]
    [InlineData("Kenya's High Court halted the deployment of police officers abroad.", "KENJUD→KENGOV:116|!KENJUD→KENCOP:153")]
    // a judge keeping an actor from acting finds against that actor
    [InlineData("A Brazilian judge blocked the interior minister from expelling the journalists.", "BRAJUD→BRAGOV:116")]
    // no ruling made: prosecutors' motions, a court that only could act, a government's own suspension
    [InlineData("Guatemalan prosecutors sought to annul the election results.", "!GTMJUD→GTMGOV:116")]
    [InlineData("Brazil's Supreme Court could annul the government's decree.", "!BRAJUD→BRAGOV:116")]
    [InlineData("Kenya's government suspended the ban on the rally.", "!KENGOV→KENGOV:116")]
    public void Codes_courts_undoing_measures_as_findings(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // upholding an impeachment or a verdict is the court's finding against its target (116)
    [InlineData("Peru's Constitutional Court upheld the impeachment of the president.", "PERJUD→PERGOV:116")]
    [InlineData("Bolivia's Supreme Court upheld the verdict against the former president.", "BOLJUD→BOLELI:116")]
    // a head of state dissolving parliament sanctions it (172, as the removal row does)
    [InlineData("Nepal's president dissolved parliament on Friday after the protests.", "NPLGOV→NPLLEG:172")]
    [InlineData("Samoa's head of state dissolved the legislature after lawmakers rejected the budget.", "WSMGOV→WSMLEG:172")]
    // others' forecast of a coercive act is no threat (it is kept as a supposition, modality conditional, which is not scored)
    [InlineData("Malaysia's prime minister is widely expected to dissolve parliament next week.", "!MYSGOV→MYSLEG:132")]
    public void Codes_upheld_impeachments_and_dissolved_parliaments(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // an alert raised "against" a rival targets it (152, CAMEO: "the party against whom the military move is directed")
    [InlineData("South Korea's military heightened its alert against North Korea.", "KORMIL→PRK:152")]
    [InlineData("India's army raised its alert against Pakistan after the attack.", "INDMIL→PAK:152")]
    // an alert or deployment ordered of one's own force is that force's posture, not a demand made of it (decision 023, 8)
    [InlineData("India's defence minister ordered the army to raise its alert level along the border with Pakistan.", "INDMIL→PAK:152|!INDGOV→INDMIL:100")]
    [InlineData("Serbia's interior minister ordered police to raise their alert level ahead of the match.", "SRBCOP→-:151|!SRBGOV→SRBCOP:100")]
    // an order of an act that is no posture stays a demand
    [InlineData("Bolivia's president ordered the army to fire on protesters.", "!BOLMIL→BOLCVL:152")]
    public void Codes_alerts_against_rivals_and_ordered_postures(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // communities are civilians: an apology or an attack aimed at them has a target
    [InlineData("Canada's prime minister apologised to Indigenous communities for the abuses of the residential schools.", "CANGOV→CANCVL:055")]
    [InlineData("Australia's government issued an apology to Aboriginal communities.", "AUSGOV→AUSCVL:055")]
    // the Director of Public Prosecutions is the judiciary: its charges are 173
    [InlineData("Kenya's Director of Public Prosecutions charged six police officers with murder.", "KENJUD→KENCOP:173")]
    [InlineData("Six police officers were charged with murder by Kenya's Director of Public Prosecutions.", "KENJUD→KENCOP:173")]
    public void Codes_communities_and_prosecutors(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // turning down, rejecting or declining an offer rejects the offerer (120); since session 70 (fam11) an offer of
    // cooperation in a field it names (a railway: economic) is refused as that cooperation (1211, as eb29051 codes it)
    [InlineData("Ghana turned down a Chinese offer to build a railway.", "GHA→CHN:1211")]
    [InlineData("Ecuador rejected Peru's offer on Tuesday.", "ECU→PER:120")]
    [InlineData("Bolivia declined an offer from Chile to open talks on the port.", "BOL→CHL:120")]
    // a judgement of political motive criticises (111)
    [InlineData("Samoa's ruling party called the dissolution an abuse of power.", "WSMGOVPTY→-:111")]
    // (session 55) an event noun's "of" phrase is whom the act is done to: "the arrest of its leader" names no arrester
    [InlineData("Kenya's opposition called the arrest of its leader a witch-hunt.", "KENOPP→-:111")]
    [InlineData("Kenya's opposition called the police's arrest of its leader a witch-hunt.", "KENOPP→KENCOP:111")]
    [InlineData("The opposition called the court's decision a political coup.", "OPP→JUD:111")]
    // suspending a broadcaster, its broadcasts or a newspaper restricts the press (1721), not relations (160)
    [InlineData("Mali's junta suspended the French broadcaster RFI.", "MLIMIL→FRAMED:1721|!MLIMIL→FRAMED:160")]
    [InlineData("Niger's military government suspended the broadcasts of the BBC for three months.", "NERGOV→GBRMED:1721")]
    [InlineData("Burkina Faso's junta suspended the BBC and Voice of America over their reporting.", "BFAMIL→GBRMED:1721|BFAMIL→USAMED:1721")]
    // suspending an ambassador's posting or ties stays a reduction of relations
    [InlineData("Kenya suspended its ambassador to Somalia.", "KEN→SOM:160")]
    public void Codes_rejected_offers_judged_motives_and_suspended_media(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
