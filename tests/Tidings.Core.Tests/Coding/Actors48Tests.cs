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
}
