namespace Tidings.Tests.Coding;

/// <summary>
/// Session 48 (actors48): the actor codes of events whose act is right. Criminals are placed where the sentence says
/// they act, as armed men are; an unmanned munition named by a possessive is still the bare country; makers of
/// munitions, writers, a sector's leaders and retired officers take their own sector. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these
/// tests.
/// </summary>
public class Actors48Tests
{
    [Theory]
    // Gangs fought by a foreign force are of the place they operate in, not of the force's country.
    [InlineData("Kenyan police officers exchanged fire with gang members near Port-au-Prince's airport.", "KENCOP→HTICRM:19*|!KENCOP→KENCRM:19*")]
    [InlineData("Ecuadorian soldiers clashed with drug traffickers in northern Peru on Sunday.", "ECUMIL→PERCRM:19*|!ECUMIL→ECUCRM:19*")]
    // A place of the same country as the force changes nothing.
    [InlineData("Mexican police arrested five gang members in Sinaloa.", "MEXCOP→MEXCRM:173")]
    public void Criminals_are_of_the_place_they_act_in(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A possessive on a drone names no agent, as the adjective does not ("Ukrainian drones" UKR).
    [InlineData("Ukraine's drone strikes hit two Russian oil refineries overnight.", "UKR→RUS:19*|!UKRMIL→RUS:19*")]
    // A crewed platform keeps its force.
    [InlineData("Russia's warplanes bombed a market in Kharkiv.", "RUSMIL→UKR*:19*")]
    public void Drones_name_the_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The European Union imposed sanctions on three Iranian drone makers.", "IGOEUREEC→IRNBUS:163|!IGOEUREEC→IRN:163")]
    [InlineData("A court in Beijing sentenced an Australian writer to death with a reprieve.", "CHNJUD→AUSCVL:116|!CHNJUD→AUS:116")]
    [InlineData("Police in Freetown arrested a retired general suspected of plotting a coup.", "SLECOP→SLEELI:173|!SLECOP→SLEMIL:173")]
    [InlineData("The agriculture minister of Ireland met farm leaders in Dublin.", "IRLGOVAGR→IRLAGR:04*|!IRLGOVAGR→IRLGOV:04*")]
    [InlineData("Zimbabwe's ruling party expelled the war veterans' leader on Friday.", "ZWEGOVPTY→ZWECVL:*|!ZWEGOVPTY→ZWEGOV:*")]
    public void Sector_nouns_give_their_sector(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A mission recalled from a capital reduces relations with the country, whatever organ of it the sentence names
    // elsewhere (gold/README: a capital after "from" is the country).
    [InlineData("Honduras recalled its envoy from Managua after police detained a Honduran trader who had insulted President Daniel Ortega.", "HND→NIC:161|!HND→NICGOV:161")]
    // A visit still has the host the sentence names.
    [InlineData("Kenya's president arrived in Addis Ababa for talks with Ethiopia's prime minister.", "KENGOV→ETHGOV:042")]
    public void Recalls_reduce_relations_with_the_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A crowd is of the place it gathers in, not of the forces that face it.
    [InlineData("Israeli troops fired on crowds in Khan Younis on Monday.", "ISRMIL→PSECVL:*|!ISRMIL→ISRCVL:*")]
    // Reservists called up are the force that shows itself (decision 018).
    [InlineData("Serbia's government called up army reservists on Friday.", "SRBMIL→-:154|!SRBGOV→-:154")]
    [InlineData("Lebanon's Internal Security Forces arrested three men in Tripoli.", "LBNCOP→*:173|!LBNMIL→*:173")]
    public void Forces_and_crowds_take_their_own_code(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // The head of an opposition body leads it; a bare leader stays the state's.
    [InlineData("Prosecutors in Serbia charged the leaders of three opposition parties with inciting unrest.", "SRBJUD→SRBOPP:*|!SRBJUD→SRBGOV:*")]
    [InlineData("Police in Nairobi detained the leader of the striking teachers' union on Monday.", "KENCOP→KENEDU:173|!KENCOP→KENGOV:173")]
    // The leader of a state is its government.
    [InlineData("Police in Harare arrested supporters of the leader of Zimbabwe's ruling party.", "!ZWECOP→ZWEOPP:173")]
    public void Leaders_of_challengers_lead_them(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
