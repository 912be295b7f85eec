namespace Tidings.Tests.Coding;

/// <summary>
/// Session 19's rows and rules for targets that are things and places of an actor (brief facilities9), over the default
/// pipeline, on sentences written for these tests: a force's installation or vehicle named by a state word that modifies a
/// modifier of its noun ("an army ammunition depot") or by "naval"/"navy" is the force's; a force's base taken is ground
/// occupied (192); a riot's target that is only the country of the building's place yields to the organ the building
/// houses; a "-operated" compound names the operator's country as "-owned" does; sinking a ship is force (190); a
/// country's own embassy reopened abroad restores relations with the host country; "both sides" after "between X and Y"
/// in its sentence are X and Y. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not.
/// </summary>
public class Facilities9Tests
{
    [Theory]
    // a state word on the noun that modifies the installation's noun
    [InlineData("The RSF said its drones had hit an army ammunition depot in Port Sudan.", "SDNREB→SDNMIL:1952")]
    [InlineData("Insurgents shelled an army fuel depot in Mozambique's Cabo Delgado province.", "MOZREB→MOZMIL:194")]
    [InlineData("Gunmen attacked an army airbase in northern Burkina Faso on Sunday.", "BFAREB→BFAMIL:190")]
    [InlineData("Al Shabaab fighters stormed a naval facility near Kismayo.", "SOMREB→SOMMIL:190")]
    // "near" places the installation as "in" does
    [InlineData("Al-Shabaab fighters attacked a police post near the Kenyan town of Mandera.", "SOMREB→KENCOP:190|!SOMREB→SOMCOP:190")]
    // a thing of no state word stays no target of the force
    [InlineData("Gunmen attacked a fuel depot in northern Nigeria.", "!NGAREB→NGAMIL:190|!NGAREB→NGACOP:190")]
    public void Codes_a_forces_installation_as_the_force(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Arakan Army fighters seized a naval base near Kyaukphyu.", "MMRREB→MMRMIL:192")]
    [InlineData("Jihadists captured an army outpost in northern Burkina Faso.", "BFAREB→BFAMIL:192")]
    // property seized from a base is no ground taken
    [InlineData("Soldiers seized weapons from a rebel camp in eastern Congo.", "!CODMIL→CODREB:192")]
    public void Codes_a_forces_base_taken_as_occupied_ground(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Farmers torched government offices in northern Ghana.", "GHAAGR→GHAGOV:145|!GHAAGR→GHA:1712")]
    [InlineData("Angry crowds burned a police station in southern Kenya.", "KENCVL→KENCOP:145")]
    [InlineData("Hundreds of protesters set fire to the parliament building in Kathmandu on Tuesday.", "NPLCVL→NPLLEG:145")]
    public void Codes_a_riot_at_a_state_building_as_aimed_at_its_organ(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Houthi fighters attacked a Greek-operated tanker in the Red Sea.", "YEMREB→GRC:190")]
    [InlineData("Somali pirates hijacked a Turkish-operated bulk carrier.", "SOMCRM→TUR:181")]
    [InlineData("The Houthis said they had sunk a Greek-operated cargo ship.", "YEMREB→GRC:190")]
    [InlineData("Houthi missiles sank a Liberian-flagged bulk carrier in the Red Sea.", "YEMREB→LBR:195")]
    // a sunk thing of no actor is no event
    [InlineData("The ferry sank off the coast of Bali.", "!*:190")]
    public void Codes_operated_and_sunk_ships_as_their_country(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Germany reopened its embassy in Damascus on Monday.", "DEU→SYR:054|!DEU→DEUGOV:054")]
    [InlineData("Saudi Arabia reopened its embassy in Tehran on Wednesday.", "SAU→IRN:054")]
    [InlineData("France closed its embassy in Niamey.", "FRA→NER:161")]
    public void Codes_a_countrys_own_mission_abroad_by_its_host(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Egypt hosted talks between Hamas and Israel and urged both sides to accept a truce.", "EGY→ISR:0256|EGY→PSEREBHMS:0256")]
    [InlineData("Qatar, which has mediated between Israel and Hamas for months, called on both sides to respect the truce.",
        "QAT→ISR:0256|QAT→PSEREBHMS:0256")]
    // Session 64 (wanted64): a ceasefire asked to be accepted ("accept ceasefire", 0356) is de-escalation asked for (0256),
    // as "urged both sides to accept a truce" above; the test is about the pair the appeal reaches.
    [InlineData("Turkey offered to mediate between Russia and Ukraine and urged both countries to accept a ceasefire.",
        "TUR→RUS:0256|TUR→UKR:0256")]
    // the sides of a "between" phrase are no doer of the verb after them
    [InlineData("Egypt's foreign minister said Cairo was ready to host a new round of talks between Hamas and Israel and urged both sides to accept a truce.",
        "EGYGOV→ISR:0256|EGYGOV→PSEREBHMS:0256|!ISR→PSEREBHMS:0256")]
    // sides that act on the pair stay out of it
    [InlineData("Norway and Cuba called on both sides to keep the ceasefire.", "!NOR→CUB:020|!CUB→NOR:020")]
    public void Resolves_both_sides_to_the_pair_named_after_between(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
