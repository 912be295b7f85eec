namespace Tidings.Tests.Coding;

/// <summary>
/// Errors of the blind58 split (session 38: single wire sentences of late 2025 and 2026). Travellers and town, city, county, local or
/// municipal councillors are actors (roles.tsv: CVL, GOV; a bare "councillors" after a party name stays the party), so an abduction or a killing of them has a target. Army, armoured and infantry divisions
/// moved, massed, stationed or deployed are a show of force as battalions are, by the force (verbs.tsv literal rows,
/// ShallowCoder.PostureForceWords), while a company's division is not. Patriot systems delivered or supplied are military
/// aid (verbs.tsv). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind58Tests
{
    [Theory]
    [InlineData("Bandits abducted nine travellers on a highway in Nigeria's Kaduna state on Sunday.", "NGA*→NGACVL:181")]
    [InlineData("Gunmen shot dead two local councillors in Mexico's Guerrero state on Friday.", "MEXREB→MEXGOV:18*")]
    [InlineData("Police in Kenya arrested a county councillor on Monday over the violence.", "KENCOP→KENGOV:173")]
    public void Travellers_and_councillors_are_actors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Russia has moved two army divisions closer to its border with Finland.", "RUSMIL→FIN:154")]
    [InlineData("Pakistan deployed an infantry division along its border with Afghanistan on Sunday.", "PAKMIL→AFG:154")]
    // a company's division moved is no force
    [InlineData("The carmaker moved its truck division to Sweden last year.", "!*:154")]
    public void Army_divisions_moved_to_a_border_are_a_show_of_force(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Greece delivered a Patriot system to Ukraine on Monday.", "GRC→UKR:072")]
    public void Patriot_systems_delivered_are_military_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
