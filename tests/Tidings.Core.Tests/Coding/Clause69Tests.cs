namespace Tidings.Tests.Coding;

/// <summary>
/// Session 69 (clause69): events wire copy tells in subordinate syntax, a nominalisation heading the clause and a machine
/// named as the doer. Events are written "SOURCE→TARGET:CODE" ("-" for no target); each listed event must be coded, each
/// "!"-prefixed one must not. Sentences written for these tests, none taken from a gold line.
/// </summary>
public class Clause69Tests
{
    // An attack told as a noun takes what it struck in its own "of" phrase, as the verb takes its object: a place of another
    // country than the attacker's is an attack on that country.
    [Theory]
    [InlineData("Russia stepped up its shelling of Zaporizhzhia on Friday.", "RUS→UKR:194")]
    [InlineData("The shelling of Odesa by Russian forces drew sharp condemnation from Brussels.", "RUSMIL→UKR:194")]
    // the place of the "of" phrase is the attacker's own: no attack on a foreign country
    [InlineData("Russia's shelling of Belgorod killed two people.", "!RUS→UKR:19*")]
    // an "of" phrase that names an actor keeps it as the target, no place country instead
    [InlineData("The bombing of the Turkish embassy by gunmen in Mogadishu drew condemnation.", "!*→SOM:18*")]
    public void An_attack_noun_strikes_the_place_of_its_of_phrase(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A machine named as the subject does not act of itself: the force a reduced passive names as escorting, guarding or
    // backing it sent it and is the doer.
    [Theory]
    [InlineData("Bulldozers escorted by Israeli troops demolished six Palestinian homes near Jenin on Monday.", "ISRMIL→PSE:1712")]
    [InlineData("Trucks escorted by UN peacekeepers delivered food to Goma.", "IGOUNO→COD:073")]
    // a supplier or maker is no doer
    [InlineData("Bulldozers supplied by a Turkish firm demolished six Palestinian homes near Jenin on Monday.", "!TUR*→*:17*|!*→PSE:1712")]
    // a subject that is itself an actor keeps its own code
    [InlineData("Militias backed by Iran attacked a US base in Syria.", "!IRN→*:19*")]
    public void A_machine_escorted_by_a_force_is_that_forces_doing(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
