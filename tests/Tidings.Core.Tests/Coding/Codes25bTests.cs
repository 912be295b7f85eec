namespace Tidings.Tests.Coding;

/// <summary>
/// The right code, round 2 (session 25, codes25b): killing 25 or more named non-combatants is a mass killing (202), as
/// the gold codes it, but a killing told as the outcome of a shelling, bombing or strike keeps the weapon's code; cooperation
/// whose field an "on"/"in" phrase names is of that field (0311/0312 for an intent, 061/062 done).
/// </summary>
public class Codes25bTests
{
    [Theory]
    // 25 or more named non-combatants killed by an armed doer: a mass killing
    [InlineData("Gunmen killed at least 32 villagers in raids on two farming settlements.", "*→*CVL:202|!*:1823")]
    [InlineData("Militiamen killed 45 civilians in an attack on a camp for displaced families.", "*→*CVL:202|!*:1823")]
    [InlineData("Soldiers killed 26 villagers near the river crossing last month.", "*→*CVL:202|!*:1823")]
    [InlineData("Rebels killed dozens of villagers in an overnight raid on a market town.", "*→*CVL:202|!*:1823")]
    // fewer stays a killing by physical assault
    [InlineData("Gunmen killed 24 villagers in raids on two farming settlements.", "*→*CVL:1823|!*:202")]
    [InlineData("Militiamen killed 9 civilians in an attack on a camp.", "*→*CVL:1823|!*:202")]
    // people only counted by "dozens" are no mass killing (a crackdown or a clash kills them as often)
    [InlineData("Police killed dozens of people during the protests.", "*COP→*CVL:1823|!*:202")]
    // the outcome of a bombing or shelling keeps the weapon's code at any count
    [InlineData("Air force jets bombed a crowded market in the town, killing at least 40 civilians, witnesses said.", "!*:202")]
    [InlineData("Rebel fighters shelled a camp for displaced people, killing at least 35 civilians.", "!*:202")]
    public void Killing_many_civilians_is_a_mass_killing_from_25(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an intent to cooperate whose field an "on"/"in" phrase names
    [InlineData("Finland and Sweden agreed to deepen cooperation on air defence.", "FIN→SWE:0312|SWE→FIN:0312|!*:031")]
    [InlineData("Japan and the Philippines agreed to strengthen cooperation in defence.", "JPN→PHL:0312|PHL→JPN:0312")]
    [InlineData("Kenya and Uganda agreed to deepen cooperation on trade.", "KEN→UGA:0311|UGA→KEN:0311|!*:031")]
    // done, the same cooperation is material cooperation of that field
    [InlineData("Japan and the Philippines deepened cooperation on defence.", "JPN→PHL:062|PHL→JPN:062")]
    // with no field named, plain material cooperation
    [InlineData("Finland and Sweden agreed to deepen cooperation.", "FIN→SWE:031|SWE→FIN:031")]
    // a field on the framing verb's own object stays as it was
    [InlineData("Egypt and Sudan agreed to connect their power grids.", "EGY→SDN:0311|SDN→EGY:0311")]
    public void Cooperation_takes_the_field_its_phrase_names(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
