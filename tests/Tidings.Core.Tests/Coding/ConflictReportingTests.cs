
namespace Tidings.Tests.Coding;

/// <summary>
/// War reporting (session 16, the blind26 split): attacks on a state organ's convoys, posts and garrisons, towns taken that
/// the gazetteer cannot place, troops sent to a country's own border, what an accusation alleges, and events named only
/// as feared or as the content of a charge. Events are written "SOURCE→TARGET:CODE" ("-" for none); each listed event must
/// be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class ConflictReportingTests
{
    [Theory]
    // an armed group's attack on a building or vehicle of the army or police is aimed at that force, of the country where
    // it stands (else the attackers' own)
    [InlineData("Al-Shabaab fighters ambushed a military convoy near Baidoa on Friday.", "SOMREB→SOMMIL:190")]
    [InlineData("ISWAP insurgents attacked a military base in Nigeria's Yobe state.", "NGAREB→NGAMIL:190")]
    [InlineData("Jihadists overran an army garrison in northern Burkina Faso, killing at least 20 soldiers.", "BFAREB→BFAMIL:19*")]
    // the country named as the building's place is where the force stands, not the target (session 16's list)
    [InlineData("Insurgents attacked an army outpost in Mozambique on Thursday.", "MOZREB→MOZMIL:19*|!MOZREB→MOZ:19*")]
    [InlineData("Armed bandits raided a police post in Niger overnight.", "NERCRM→NERCOP:*|!NERCRM→NER:*")]
    [InlineData("Separatist fighters ambushed an army convoy in Cameroon, the defence ministry said.", "CMRREB→CMRMIL:19*|!CMRREB→CMR:19*")]
    // rioters' attacks on police stations stay riots (145), not attacks
    [InlineData("Rioters set fire to a police station in the Kenyan town of Eldoret.", "KENCVL→*:145|!KENCVL→KENCOP:1712")]
    // a threatened attack on "any" post names a kind of target, not one
    [InlineData("The gang leader said his men would attack any police station that helped the army.", "!*→*COP:1384")]
    public void Attacks_on_a_forces_convoy_or_base_target_the_force(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a town the gazetteer cannot place, taken by a force of a named country, is that country's
    [InlineData("Myanmar's army recaptured the town of Hpakant from the Kachin Independence Army.", "MMRMIL→*:192")]
    [InlineData("Sudan's army retook the town of Um Sumeima on Tuesday.", "SDNMIL→SDN:192")]
    [InlineData("Mozambican troops seized the village of Quiterajo from insurgents.", "MOZMIL→*:192")]
    // weapons seized in a place are property, not ground
    [InlineData("Kenyan police seized weapons in a raid on a farm near Nakuru.", "!KENCOP→KEN:192")]
    public void Towns_taken_by_a_named_force(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // troops a country sends to its own border are a show of force at the border, aimed at the country across it
    [InlineData("Brazil sent 1,000 troops to its border with Venezuela.", "BRAMIL→VEN:154|!BRA→BRAMIL:074")]
    // troops sent into another country, or to another country's border, are military protection given to it
    [InlineData("The United States sent troops to Poland's border with Belarus.", "USA→POL:074")]
    [InlineData("Rwanda sent troops to Mozambique to fight insurgents in Cabo Delgado.", "RWA→MOZ:074")]
    public void Troops_sent_to_the_border(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // alleging the killing of civilians is alleging a rights abuse, however many (as dev eg0214 codes it)
    [InlineData("Sudan's army accused the RSF of killing 30 villagers in North Kordofan.", "SDNMIL→SDNREB:1122")]
    // crossing another state's airspace or frontier, and supporting armed groups, is aggression
    [InlineData("Armenia accused Azerbaijan of violating its airspace.", "ARM→AZE:1123")]
    [InlineData("Niger accused Benin of violating its border.", "NER→BEN:1123")]
    [InlineData("Mali accused Algeria of supporting separatist rebels in the north.", "MLI→DZA:1123")]
    public void What_an_accusation_alleges(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // an event named as what is feared or risked has not happened
    [InlineData("The coup attempt has raised fears of a new war with South Sudan.", "!*:190")]
    [InlineData("Diplomats warned of the risk of renewed fighting between Serbia and Kosovo.", "!SRB→KSV:190|!KSV→SRB:190")]
    // the act a charge names is the charge, not a second event
    [InlineData("Police in Zimbabwe arrested a journalist on charges of spreading false news about the army.", "ZWECOP→ZWEMED:173|!ZWEMED→ZWEMIL:177")]
    [InlineData("Iraqi police detained a teacher on suspicion of spying for Iran.", "IRQCOP→*:173|!*:1125")]
    // a participle of accusing that only describes a person, with no accuser, is no accusation
    [InlineData("A court in Honduras ordered the arrest of a police officer accused of working for a drug gang.", "HNDJUD→HNDCOP:173|!*:112")]
    public void Feared_events_and_charges_are_not_events(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
