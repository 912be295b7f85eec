namespace Tidings.Tests.Coding;

/// <summary>
/// Violence the blind47 split showed dropped (session 28, blind47b): chemical weapons named by their agent ("used chlorine gas
/// against"), hostages taken when the captives are no actor, and a population driven from its homes or villages (201) when
/// the parser hangs "from their villages" on a counted object.
/// </summary>
public class Blind47bTests
{
    [Theory]
    // a chemical agent used against someone is a chemical attack (2041)
    [InlineData("Syrian troops used chlorine gas against opposition fighters near Hama.", "SYRMIL→SYROPP:2041")]
    [InlineData("The regime used sarin against civilians in the suburbs of Damascus.", "*→*CVL:2041")]
    [InlineData("Islamic State used poison gas against Iraqi soldiers near Mosul.", "*→IRQMIL:2041")]
    [InlineData("The militia used mustard gas on government troops, the ministry said.", "*→*MIL:2041")]
    [InlineData("The army used nerve agent against rebel positions, activists said.", "*MIL→*:2041")]
    // chlorine that cleans water is no weapon
    [InlineData("The city used chlorine to treat its drinking water.", "!*:2041")]
    [InlineData("Farmers used chlorine to clean the wells.", "!*:2041")]
    public void A_chemical_agent_used_against_people_is_a_chemical_attack(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // captives who are no actor still make the hostage-taking an event, without a target
    [InlineData("Al-Shabaab fighters held the hotel staff hostage for hours in Mogadishu.", "SOMREB→-:181")]
    // Session 67 (fight67, decision 123): the pirates' seizure of the ship is now the hijacking (181) itself, which carries the
    // hostage-taking; its target is read from "off Somalia" (a place, no owner: left for the target reading).
    [InlineData("Pirates seized a cargo ship off Somalia and took its 18 crew members hostage.", "SOMCRM→*:181")]
    [InlineData("Gunmen held a dozen mine workers hostage for two days in Zamfara.", "*→*:181")]
    // captives who are an actor stay the target
    [InlineData("Rebels took 40 passengers hostage after stopping a bus near Goma.", "CODREB→*CVL:181")]
    [InlineData("Kidnappers held two aid workers hostage for a month in Mali.", "*→NGO:181")]
    [InlineData("Gunmen took six foreign engineers hostage in the Niger Delta.", "*→*:181")]
    public void A_hostage_taking_is_coded_when_the_captives_are_no_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a population driven from its homes, villages or land is expelled (201), though the parser hangs the place on the count
    [InlineData("Armed men drove hundreds of families from their homes in Plateau state, residents said.", "NGAREB→NGACVL:201")]
    [InlineData("Jihadists drove thousands of villagers from their villages in northern Burkina Faso.", "BFAREB→BFACVL:201")]
    [InlineData("Soldiers drove the residents from their homes and burned the houses.", "*MIL→*CVL:201")]
    [InlineData("Gunmen drove hundreds of farmers from their land in Benue state.", "*→*:201")]
    // a force driven from a place is the battle's outcome; a drought is no actor
    [InlineData("Sudan's army drove the paramilitaries from the capital after months of fighting.", "!*:201")]
    [InlineData("The army drove the rebels from their villages after three days of fighting.", "!*:201")]
    [InlineData("The drought drove thousands of families from their homes.", "!*:201")]
    [InlineData("The police drove the protesters from the square.", "!*:201")]
    public void A_population_driven_from_its_homes_is_expelled(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
