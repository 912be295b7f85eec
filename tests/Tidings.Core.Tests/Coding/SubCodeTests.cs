namespace Tidings.Tests.Coding;

/// <summary>
/// The full CAMEO code once the root is right (session 14, blind23): a generic phrase keeps the kind of act the event
/// noun inside it names, framed or not (military cooperation 0312, reconstruction aid 0331); weapons, forces and purposes
/// give their sub-codes (drones 1952, police 153); and the lexicon's rows for kinds
/// of accusation, stopped lending, relief goods, returned artefacts, exercises and negotiating tables. Events are written
/// "SOURCE→TARGET:CODE" ("-" for none); each listed event must be coded and each "!"-prefixed one must not.
/// Sentences written for these tests.
/// </summary>
public class SubCodeTests
{
    [Theory]
    // a generic cooperation phrase refined by the kind of cooperation it takes in keeps that kind under a frame
    [InlineData("Indonesia vowed to deepen military cooperation with Australia during talks in Canberra.", "IDN→AUS:0312|!IDN→AUS:031")]
    [InlineData("Ecuador and Peru vowed to step up coast guard cooperation along their maritime border.", "ECU→PER:0312|PER→ECU:0312")]
    // ties that name the armed forces are military cooperation, not ties in general
    [InlineData("Ghana pledged to strengthen security ties with Burkina Faso after a string of jihadist raids.", "GHA→BFA:0312|!GHA→BFA:032")]
    // a pledge of a kinded aid noun is the kinded intent (033k), as appeals (023k) and cuts (162k) are
    [InlineData("Qatar pledged $150 million in reconstruction aid for southern Lebanon.", "QAT→LBN:0331|!QAT→LBN:033")]
    [InlineData("Canada pledged more military aid to Ukraine on Thursday.", "CAN→UKR:0332|!CAN→UKR:033")]
    [InlineData("Sweden cut off development aid to Mali after the coup.", "SWE→MLI:1621|!SWE→MLI:162")]
    [InlineData("The IMF suspended lending to Mozambique over hidden debts.", "IGOBUSIMF→MOZ:1621|!IGOBUSIMF→MOZ:162")]
    // what is asked for, in a "for" phrase the parser hangs on the addressee, is still the framed event (023k)
    [InlineData("Haiti's president appealed to donors for food aid after the hurricane.", "HTIGOV→-:0233|!HTIGOV→-:020")]
    [InlineData("Kenya asked Japan for emergency loans to pay its debts.", "KEN→JPN:0231")]
    // talks on a dispute or a deal negotiate it wherever they are held; talks on trade do not
    [InlineData("Chinese and Vietnamese officials held talks on their maritime border dispute on Friday.", "CHNGOV→VNMGOV:046|VNMGOV→CHNGOV:046|!CHNGOV→VNMGOV:040")]
    [InlineData("Ethiopia and Sudan held talks on trade in Addis Ababa.", "SDN→ETH:042|!SDN→ETH:046")]
    // the place a visit goes to does not do what the visit's purpose clause says; the visitor does
    [InlineData("A UN team visited Colombia to gather evidence of abuses by paramilitary groups.", "IGOUNO→*:092|!COL*:092")]
    // negotiating tables: negotiation, and asked for, an appeal to negotiate
    [InlineData("Qatar urged Sudan's army and the Rapid Support Forces to return to the negotiating table.", "QAT→SDNMIL:026|QAT→SDNREB:026|!QAT→SDNMIL:020")]
    [InlineData("Mozambique's government and Renamo returned to the negotiating table on Monday.", "MOZGOV→MOZOPP:046")]
    // a remotely piloted weapon as subject is 1952, not the 195 of aircraft and missiles
    [InlineData("Russian drones struck a power station in Ukraine's Kharkiv region overnight.", "RUS→UKR:1952|!RUS→UKR:195")]
    [InlineData("Iranian drones hit a Kurdish opposition camp in northern Iraq.", "IRN→IRQ*:1952")]
    // a weapon compounded with an attack noun names its sub-code, also when the weapon word heads the attacker's mention
    [InlineData("A Russian drone attack on the port of Odesa damaged two warehouses overnight.", "RUS→UKR:1952|!RUS→UKR:190")]
    [InlineData("A Pakistani rocket attack on an Afghan border post was reported on Sunday.", "PAK→AFG*:194|!PAK→AFG*:190")]
    // an attack noun that is the subject of a killing: one event, with the attack's code, aimed at the armed victims
    [InlineData("A Pakistani drone strike on a compound in eastern Afghanistan killed four Pakistani Taliban fighters.", "PAK→PAKREB:1952|!PAK→AFG:1952|!PAK→PAKREB:190")]
    [InlineData("An American air strike killed two al-Shabaab commanders near Kismayo.", "USA→SOMREB:195|!USA→SOMREB:190")]
    // civilians struck abroad are not the attacker's people: no repression
    [InlineData("A Saudi air raid on a wedding in Yemen's Hajjah province killed 20 civilians.", "!SAU*→SAUCVL:175")]
    // police that are themselves the subject mobilise under the police codes (153), not the military ones (154)
    [InlineData("Philippine police deployed thousands of officers in Manila ahead of the opposition rally.", "PHLCOP→-:153|!PHLCOP→-:154")]
    // plural exercises and manoeuvres are a show of force; joint ones stay military cooperation
    [InlineData("China's navy held exercises in the Yellow Sea on Tuesday.", "CHNMIL→-:150")]
    [InlineData("Venezuela's army staged manoeuvres near the border with Colombia.", "VENMIL→COL:150")]
    [InlineData("Egyptian and Saudi troops held joint exercises in the Red Sea.", "EGYMIL→SAUMIL:062|!EGYMIL→-:150")]
    // relief goods shipped and cultural objects returned
    [InlineData("India shipped rice and tents to earthquake-hit Nepal.", "IND→*:073")]
    [InlineData("The Netherlands returned 100 looted statues to Sri Lanka.", "NLD→LKA:0842")]
    // gathering evidence of an act investigates its doer, with the kind of the act
    [InlineData("UN investigators gathered evidence of war crimes committed by Sudanese troops in Darfur.", "IGOUNO→SDNMIL:094")]
    // kinds of accusation: arming or harbouring armed groups aggression, torturing detainees abuse
    [InlineData("Niger accused Benin of harbouring militants who attacked an army post.", "NER→BEN:1123")]
    [InlineData("Somalia accused Ethiopia of arming clan militias in the Gedo region.", "SOM→ETH:1123|!SOM→ETH:112")]
    [InlineData("Rights groups accused Egyptian police of torturing detainees in Cairo.", "NGOHRI→EGYCOP:1122")]
    // the phrase holds when a time or an adjunct stands between the object and "of"
    [InlineData("Kenya accused Somalia on Tuesday of harbouring al-Shabaab fighters near the border.", "KEN→SOM:1123|!KEN→SOM:112")]
    [InlineData("Chad's government accused Sudan in a statement of backing rebels in the east.", "TCDGOV→SDN:1123|!TCDGOV→SDN:112")]
    // messaging apps blocked for a whole population restrict its freedoms
    [InlineData("Pakistan's government blocked a popular messaging app across the country.", "PAKGOV→-:1721")]
    public void Codes_the_sub_code(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
