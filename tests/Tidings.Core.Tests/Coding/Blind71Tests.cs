namespace Tidings.Tests.Coding;

/// <summary>
/// Session 53 (blind71): incidents at sea, in the air and on borders as wires and maritime agencies report them. Ships and
/// aircraft named with their force ("Chinese coast guard ships", "a Norwegian frigate") are that force; a weapon named as the
/// subject of an attack is done by whom its "fired by" phrase names; shadowing, flares, and entering another state's airspace
/// or waters are shows of force (150); boats and migrants stopped at sea, ships blocked or driven away and crossings closed
/// are restrictions of movement (191); drones brought down are fought (19); control taken of a ship is a hijacking (181).
/// Events are written "SOURCE→TARGET:CODE" ("-" for no target); each listed event must be coded as asserted news, each
/// "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind71Tests
{
    // Shows of force at sea and in the air, by a force; the same words with no force or no airspace are no show of force.
    [Theory]
    [InlineData("A Russian corvette shadowed a Norwegian frigate off Tromso on Monday.", "RUSMIL→NOR*:150")]
    [InlineData("The negotiations were shadowed by doubts over the funding.", "!*→*:150")]
    [InlineData("Two Belarusian military helicopters violated Lithuanian airspace on Tuesday.", "BLRMIL→LTU:150")]
    [InlineData("The parliament violated the constitution when it extended its own term.", "!*→*:150")]
    [InlineData("Chinese coast guard ships entered Vietnamese waters near the Paracel Islands.", "CHNMIL→VNM:150")]
    [InlineData("Hundreds of migrants entered Italian waters overnight.", "!*→*:150")]
    [InlineData("A Russian fighter jet fired flares near a Polish patrol aircraft over the Baltic.", "RUSMIL→POL*:150")]
    public void Shadowing_flares_and_incursions_by_a_force_are_shows_of_force(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // Boats and their people stopped, ships blocked or driven away, crossings closed: movement restricted (191).
    [Theory]
    [InlineData("Chinese coast guard cutters blocked a Philippine supply boat near Sabina Shoal.", "CHNMIL→PHL:191")]
    [InlineData("Malaysia's navy drove away a Chinese survey vessel off Sarawak.", "MYSMIL→CHN:191")]
    [InlineData("Italy's coast guard intercepted 200 migrants off Lampedusa.", "ITAMIL→REF:191")]
    [InlineData("Greece closed the Kipoi crossing with Turkey on Friday.", "GRC→TUR:191")]
    public void Vessels_stopped_blocked_or_driven_away_and_crossings_closed_restrict_movement(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // Aircraft and drones brought down or downed are fought; a government brought down is not.
    [Theory]
    [InlineData("Lithuanian air defences brought down a Belarusian drone near Vilnius.", "LTUMIL→BLR:19*")]
    [InlineData("Syrian air defences downed an Israeli drone near Damascus.", "SYRMIL→ISR:19*")]
    [InlineData("Mass protests brought down the government of Serbia's prime minister.", "!*→*:19*")]
    [InlineData("Pakistan's army said its air defences had shot down an Indian drone near Sialkot.", "PAK*→IND:19*")]
    public void Drones_brought_down_are_fought(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // A weapon that strikes is the instrument of whoever fired or launched it; its maker is no doer.
    [Theory]
    [InlineData("Missiles launched by the Houthis struck a Panama-flagged container ship in the Gulf of Aden.", "YEMREB→PAN:19*")]
    [InlineData("Drones made by Iran struck the port of Odesa overnight.", "!IRN*→*:*")]
    public void A_weapon_fired_by_an_actor_is_that_actors_attack(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    // Control taken of a ship is a hijacking; control of a town stays territory occupied.
    [Theory]
    [InlineData("Somali pirates took control of a Panama-flagged cargo ship off the coast of Puntland.", "SOMCRM→PAN:181")]
    [InlineData("Somali pirates took control of a Panama-flagged cargo ship off the coast of Puntland.", "!*→*:192")]
    [InlineData("Al-Shabaab fighters took control of the town of Moqokori.", "!*→*:181")]
    public void Control_of_a_ship_taken_is_a_hijacking(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
