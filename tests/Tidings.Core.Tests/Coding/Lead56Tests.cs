namespace Tidings.Tests.Coding;

/// <summary>
/// Session 56 (lead): whom an act told through another is aimed at (a passenger train or bus struck, an option weighed, a
/// denial of forces sent "into" a country), and a noun group's head read as a verb. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests.
/// </summary>
public class Lead56Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A bus or a train struck is its passengers struck: the civilians of the country it was in, also when the attack is
    // one whose responsibility is claimed. A craft at sea keeps no owner by its waters.
    [Theory]
    [InlineData("Gunmen ambushed a minibus near Quetta in Balochistan province.", "PAKREB→PAKCVL:*")]
    [InlineData("Separatists attacked a train in Balochistan on Tuesday.", "PAKREB→PAKCVL:*")]
    [InlineData("The Baloch Liberation Army claimed responsibility for an attack on a bus in Balochistan.", "PAKREB→PAKCVL:015")]
    [InlineData("A separatist group claimed responsibility for a bomb attack on a passenger train in Balochistan that killed nine people.", "PAKREB→PAKCVL:015")]
    [InlineData("Al-Shabaab claimed responsibility for an attack on a police station in Baidoa.", "SOMREB→SOMCOP:015")]
    [InlineData("Al-Shabaab claimed responsibility for an attack on a police station in Baidoa.", "!SOMREB→SOMCVL:015")]
    public void A_passenger_vehicle_struck_is_its_passengers_struck(string sentence, string expected) => AssertCoded(sentence, expected);

    // A singular noun after an article and its own modifiers heads a noun group: "a passenger train" trains no one (062).
    [Theory]
    [InlineData("Militants attacked a passenger train in Pakistan.", "!*→*:062")]
    [InlineData("Insurgents fired on a freight train near Kandahar.", "!*→*:062")]
    [InlineData("France will train Malian soldiers.", "FRA→MLIMIL:*")]
    public void A_noun_group_head_is_no_verb(string sentence, string expected) => AssertCoded(sentence, expected);

    // An option weighed (014) with no target of its own is aimed at the target of the act weighed; what the act sends or
    // uses is not its target.
    [Theory]
    [InlineData("Japan is considering sending aid to Myanmar.", "JPN→MMR:014")]
    [InlineData("Tehran said it would consider suspending cooperation with the International Atomic Energy Agency.", "IRN*→IGOUNOIAE:014")]
    [InlineData("Brussels could consider lifting some sanctions on Belarus.", "*→BLR:014")]
    [InlineData("Germany is considering sending troops to Lithuania.", "DEU→LTU:014")]
    [InlineData("Germany is considering sending troops to Lithuania.", "!DEU→DEUMIL:014")]
    public void An_option_weighed_is_aimed_at_the_weighed_acts_target(string sentence, string expected) => AssertCoded(sentence, expected);

    // Forces sent "into" a country are sent to it; a denial of sending them is aimed at that country.
    [Theory]
    [InlineData("Rwanda denies sending troops into Congo.", "RWA→COD:016")]
    [InlineData("Rwanda denied that it had sent soldiers into Congo.", "RWA→COD:016")]
    [InlineData("Rwanda denied sending troops.", "RWA→-:016")]
    public void A_denial_of_forces_sent_into_a_country_is_aimed_at_it(string sentence, string expected) => AssertCoded(sentence, expected);
}
