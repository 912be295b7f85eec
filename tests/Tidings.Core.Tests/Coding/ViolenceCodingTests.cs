
namespace Tidings.Tests.Coding;

/// <summary>
/// Assault, fight and mass violence (CAMEO 18, 19, 20) over the default pipeline (trained tagger and parser): bombings
/// whose bombers the text does not name (an unnamed source, written "-", as gold/README.md codes them), the sub-codes a
/// killing takes from its victims and from the attack a participle follows, weapons named by a "with" phrase, shots at
/// an office holder, and verbal attacks. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded (others
/// may be too) and each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class ViolenceCodingTests
{
    [Theory]
    // a planted device that harms people the sentence names: a bombing with an unnamed source
    [InlineData("A roadside bomb killed three policemen in Nigeria's Borno state on Tuesday.", "-→NGACOP:1833")]
    [InlineData("A car bomb exploded outside an army barracks in Somalia, killing seven soldiers.", "-→SOMMIL:1832")]
    [InlineData("A bomb blast at a bus station in the Pakistani city of Quetta killed nine people.", "-→PAKCVL:183")]
    // an accident or a device that harms no one named is no event
    [InlineData("A gas explosion at a factory in Tanzania killed four workers.", "!-→TZALAB:183")]
    [InlineData("A bomb exploded near a bank in Athens overnight.", "!-→GRC:183|!-→-:183")]
    // a device whose bombers the sentence names after all is not agentless
    [InlineData("A bomb planted by militants killed two policemen in Kenya's Lamu county.", "!-→KENCOP:183")]
    // a suicide bomber is an armed actor of the country where the attack is told
    [InlineData("A suicide bomber killed 22 people at a market in Pakistan's Khyber district.", "PAKREB→PAKCVL:1831")]
    // killing civilians is a killing by physical assault; many of them a mass killing; soldiers a fight
    [InlineData("Gunmen killed six farmers in Nigeria's Benue state.", "NGAREB→NGAAGR:1823|!NGAREB→NGAAGR:190")]
    [InlineData("Jihadist fighters killed more than 70 villagers in Burkina Faso's Sahel region.", "BFAREB→BFACVL:202")]
    [InlineData("Boko Haram fighters killed 14 soldiers in Nigeria's Borno state.", "NGAREB→NGAMIL:190")]
    // an armed group's attack on civilians is unconventional violence; its participle killing 1823
    // (armed men are not placed by the place alone in the actor stage, as actors-gold codes them REB; the event gives
    // them the country where they struck, as events-gold does: EventMention.SourceCountry)
    [InlineData("Armed men attacked a convoy of traders in Chad, killing 11 people.", "TCDREB→TCDBUS:180|TCDREB→TCDBUS:1823|!TCDREB→TCDBUS:190")]
    // a participle killing after a shelling or air strike is that attack, aimed at its victims, not a second event
    [InlineData("Russian artillery shelled a village in Ukraine's Sumy region, killing two civilians.", "RUSMIL→UKRCVL:194|!RUSMIL→UKRCVL:1823|!RUSMIL→UKRCVL:190")]
    // the weapon a fight is waged with gives its code, on both sides
    [InlineData("Sudanese troops and RSF fighters fought with tanks and artillery near Omdurman.", "SDNMIL→SDNREB:194|SDNREB→SDNMIL:194")]
    [InlineData("Houthi rebels attacked a Saudi border post with drones.", "YEMREB→SAU*:1952")]
    // shots fired at one holder of a political office are an attempt on his life
    [InlineData("Gunmen opened fire on Libya's interior minister in Tripoli.", "LBYREB→LBYGOV:185")]
    // an attack that is the manner of a ceasefire violation is that violation
    [InlineData("Indian troops violated the truce by shelling Pakistani army posts in Kashmir.", "INDMIL→PAKMIL:196|!INDMIL→PAKMIL:194")]
    // an attack between sides that carry no arms is one of words
    [InlineData("Opposition lawmakers in Kenya attacked the finance minister over the new budget.", "KENOPP→KENGOV:111|!KENOPP→KENGOV:190")]
    public void Codes_violence(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // A fight between two named sides is theirs both ways, also when "Fighting" opens the sentence (the tagger reads a
    // sentence-initial "Fighting" as a verb, but a verb takes no "between A and B")
    [InlineData("Fighting between Armenian and Azerbaijani troops erupted along the border overnight.", "ARMMIL→AZEMIL:190|AZEMIL→ARMMIL:190")]
    [InlineData("Fighting between Sudanese soldiers and RSF fighters intensified around El Fasher on Sunday.", "SDNMIL→SDNREB:190|SDNREB→SDNMIL:190")]
    [InlineData("Fierce fighting between Colombian troops and ELN guerrillas continued in Arauca.", "COLMIL→COLREB:190|COLREB→COLMIL:190")]
    [InlineData("Clashes between Kyrgyz and Tajik border guards erupted on Thursday.", "KGZCOP→TJKCOP:190|TJKCOP→KGZCOP:190")]
    [InlineData("Fighting with Fano militias continued in Amhara, the Ethiopian army said.", "ETHMIL→ETHREB:190")]
    public void Fighting_between_two_sides(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // A condemned attack presupposes the attack (gold/README.md, coding conventions): the condemnation is the event, aimed at
    // the attack's named doer, and at no one when none is named; the attack's victim is not whom it criticises.
    [InlineData("Mexico condemned the bombing of a market in Sinaloa.", "MEX→-:111")]
    [InlineData("The African Union condemned the attack on a Malian army convoy.", "IGOAFRAFU→-:111|!IGOAFRAFU→MLIMIL:111")]
    [InlineData("Peru's government condemned the killing of two police officers in the Vraem valley.", "PERGOV→-:111|!PERGOV→PERCOP:111")]
    [InlineData("Kenya condemned the killing of two Kenyan traders by Ugandan soldiers.", "KEN→UGAMIL:111")]
    // an attack the article told before is its doer's, also when the condemnation names what it struck
    [InlineData("Al-Shabaab fighters attacked a Kenyan police post in Mandera on Monday. Kenya's interior minister condemned the attack on the post.", "KENGOV→SOMREB:111")]
    public void A_condemned_attack_without_a_doer_criticises_no_one(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
