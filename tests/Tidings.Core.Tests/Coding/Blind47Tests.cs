namespace Tidings.Tests.Coding;

/// <summary>
/// Causes the session-28 blind47 split of single sentences showed on the weak roots (18 assault, 20 mass violence): a
/// killing told by a phrase of its manner ("hacked to death", "shot dead", "gunned down") reaches the mass-killing bound as
/// "killed" does, and so does a count on the noun an apposition of the victims describes; a phrase whose object stands
/// before its complement ("held 30 villagers hostage", "used civilians as human shields") reaches past an object that is an
/// actor; a role placed "in the Honduran city of ..." or "in eastern Congo" takes the country of that place.
/// </summary>
public class Blind47Tests
{
    [Theory]
    // 25 or more non-combatants killed at once are a mass killing, whichever killing phrase tells it
    [InlineData("Militiamen hacked to death at least 40 villagers in central Mali.", "MLIREB→MLICVL:202|!*:1823")]
    [InlineData("Gunmen shot dead 31 villagers in northern Nigeria.", "NGAREB→NGACVL:202|!*:1823")]
    [InlineData("Soldiers gunned down dozens of villagers in eastern Congo.", "CODMIL→CODCVL:202")]
    [InlineData("Gunmen killed 40 villagers in a raid in northern Burkina Faso.", "BFAREB→BFACVL:202")]
    // fewer stay the killing of a few
    [InlineData("Gunmen shot dead 12 villagers in northern Nigeria.", "NGAREB→NGACVL:1823|!*:202")]
    [InlineData("Rebels hacked to death six farmers in eastern Congo.", "CODREB→CODAGR:1823|!*:202")]
    // a crowd named later in the sentence is not who was killed
    [InlineData("Police shot dead three people as thousands of protesters marched in Nairobi.", "KENCOP→KENCVL:1823|!*:202")]
    public void A_killing_phrase_reaches_the_mass_killing_bound(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "30 people, most of them women": the count of the head the apposition describes is the victims' count
    [InlineData("Gunmen killed 30 people, most of them women, in a village in Niger.", "NERREB→*CVL:202")]
    [InlineData("Gunmen killed 9 people, most of them women, in a village in Niger.", "NERREB→*CVL:1823|!*:202")]
    public void Victims_in_an_apposition_take_its_head_count(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the object stands between the verb and the word that says what it is made
    [InlineData("Rebels used civilians as human shields in Mali.", "MLIREB→MLICVL:184")]
    [InlineData("Insurgents used dozens of villagers as human shields in Mozambique.", "MOZREB→MOZCVL:184")]
    [InlineData("Militants held 30 villagers hostage in northern Burkina Faso.", "BFAREB→*CVL:181")]
    [InlineData("Pirates held 15 fishermen hostage off the coast of Somalia.", "SOMCRM→*:181")]
    [InlineData("Sudan accepted Egypt as mediator in the dispute.", "SDN→EGY:038")]
    [InlineData("Police placed dozens of activists under house arrest in Minsk.", "BLRCOP→BLRCVL:173")]
    // "of" joins a count to its noun, not a part to its whole
    [InlineData("Protesters set part of the building on fire in Nairobi.", "!*:1712")]
    public void An_object_before_its_complement_keeps_the_phrase(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "in the [modifiers] city/town/capital of X" is in X
    [InlineData("Gunmen shot dead a journalist in the northern city of Mosul.", "IRQREB→IRQMED:1823")]
    [InlineData("Gunmen shot dead a radio journalist in the Honduran capital of Tegucigalpa.", "HNDREB→HNDMED:1823")]
    [InlineData("Gunmen shot dead a police officer in the southern port city of Karachi.", "PAKREB→PAKCOP:1823")]
    // a lower-case compass word before the place is part of where
    [InlineData("Rebels in northern Mozambique abducted a journalist.", "MOZREB→MOZMED:181")]
    [InlineData("Police in southern Chile detained three activists.", "CHLCOP→CHLCVL:173")]
    // a capitalised one starts the name
    [InlineData("Soldiers in the Central African Republic beat a journalist.", "CAFMIL→CAFMED:182")]
    public void A_role_takes_the_country_of_the_settlement_it_is_in(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
