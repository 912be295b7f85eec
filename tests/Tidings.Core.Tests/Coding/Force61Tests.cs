namespace Tidings.Tests.Coding;

/// <summary>
/// Session 61 (force61): roots 18, 19 and 20, missed and false. A bombing is aimed at the state organ whose building or
/// vehicle it went off at, beside or through ("a car bomb exploded outside a police station", "a roadside bomb ripped through
/// a police van"), also with no bomber named and where the dead are only counted as people; a force named on the struck
/// vehicle keeps it, and a blast at a place that houses no organ stays aimed at the people it killed. Counts spelled in words
/// ("more than two hundred villagers", "forty-five villagers") reach the mass-killing bound (202) as figures do, and a
/// spelled count below it stays a killing of a few (1823). Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Force61Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The organ whose building or vehicle a bomb hit is whom the bombing is aimed at.
    [Theory]
    [InlineData("A car bomb exploded outside a police station in Mogadishu on Sunday, killing eleven people.", "-→SOMCOP:1832")]
    [InlineData("A car bomb exploded outside a police station in Mogadishu on Sunday, killing eleven people.", "!-→SOMCVL:1832")]
    [InlineData("A roadside bomb struck a police van in Colombia's Narino department on Friday.", "-→COLCOP:1833")]
    [InlineData("A roadside bomb planted by the Pakistani Taliban ripped through a police van in Bannu on Monday.", "PAKREB→PAKCOP:1833")]
    [InlineData("A suicide bomber blew himself up at a police academy in Kabul, killing 12 recruits.", "*→AFGCOP:1831")]
    // a force the struck vehicle names is that force, not an organ of the country the place is in
    [InlineData("A roadside bomb struck a Turkish army convoy near Zakho, killing three soldiers.", "-→TURMIL:1833")]
    [InlineData("A roadside bomb struck a Turkish army convoy near Zakho, killing three soldiers.", "!-→IRQMIL:1833")]
    // a blast at a place that houses no organ stays aimed at the people it killed
    [InlineData("A bomb exploded near a bus station in Peshawar on Friday, killing eight people.", "-→PAKCVL:183")]
    [InlineData("A bomb exploded near a bus station in Peshawar on Friday, killing eight people.", "!-→PAKCOP:183")]
    public void Bombings_of_state_buildings_and_vehicles(string sentence, string expected) => AssertCoded(sentence, expected);

    // Counts spelled in words, as radio copy writes them.
    [Theory]
    [InlineData("Armed men have killed more than two hundred villagers in attacks in Zamfara state, local officials say.", "NGAREB→NGACVL:202")]
    [InlineData("Gunmen killed forty-five villagers in Nigeria's Benue state on Sunday.", "NGAREB→NGACVL:202")]
    [InlineData("Gunmen killed forty-five villagers in Nigeria's Benue state on Sunday.", "!NGAREB→NGACVL:1823")]
    [InlineData("Gunmen killed twelve villagers in Nigeria's Benue state on Sunday.", "NGAREB→NGACVL:1823")]
    [InlineData("Gunmen killed twelve villagers in Nigeria's Benue state on Sunday.", "!NGAREB→NGACVL:202")]
    public void Spelled_counts_and_the_mass_killing_bound(string sentence, string expected) => AssertCoded(sentence, expected);
}
