namespace Tidings.Tests.Coding;

/// <summary>
/// Session 45 (recall): events that were dropped outright. An armed attack on an installation or a craft whose owner the
/// sentence does not name is still an attack (toward the country of the sentence's places, else no named target); a court
/// that suspends the implementation of a measure undoes the measure. Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Recall45Tests
{
    // The struck thing is no actor: the attack goes to the one foreign country the sentence places it in (a reporter's
    // city counts), else to no named target. Things that are not installations or craft, unarmed doers, passives and
    // launches that are no attack (a ship launched, a campaign launched) stay uncoded.
    [Theory]
    [InlineData("Yemen's Houthi rebels fired two missiles at a bulk carrier in the Gulf of Aden on Monday.", "YEMREB→-:19*")]
    [InlineData("Officials in Odesa said Moscow had launched dozens of drones at port facilities overnight.", "RUS*→UKR:1952")]
    [InlineData("Houthi fighters attacked an oil pipeline on Sunday, the company said.", "YEMREB→-:19*")]
    [InlineData("Militants fired rockets at a power station, cutting electricity to thousands.", "*→-:19*")]
    // rebels striking installations in their own country aim the attack at that country (session 45, lead45b)
    [InlineData("Rebel drones struck the airport and a fuel depot in Port Sudan on Sunday, the army said.", "SDNREB→SDN:19*")]
    // a state's installations in its own land are not its target
    [InlineData("Sudan's army fired artillery at a fuel depot in Port Sudan on Sunday.", "!SDNMIL→SDN:19*")]
    [InlineData("The shipyard launched a new vessel at the port on Monday.", "!*→*:19*")]
    [InlineData("Protesters attacked the government's plan to sell the state refinery.", "!*→*:19*")]
    [InlineData("A commercial vessel was attacked in the Red Sea on Sunday.", "!*→-:19*")]
    public void An_attack_on_an_unowned_installation_is_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "suspended the implementation of the directive" undoes the directive, as "suspended the directive" does; an
    // implementation suspended by anyone but a court is no legal finding.
    [Theory]
    [InlineData("Ghana's High Court suspended the implementation of a government directive on mining licences.", "GHAJUD→GHAGOV:116")]
    [InlineData("The Zambian Constitutional Court halted the enforcement of the new cyber law on Friday.", "ZMBJUD→ZMBGOV:116")]
    [InlineData("Ghana's finance ministry suspended the implementation of a new tax on mobile payments.", "!*→*:116")]
    public void A_court_suspending_a_measures_implementation_undoes_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "ordered the mayor detained": the participle on the order's object is what is ordered (a small clause the parser may
    // read as a reduced relative), an arrest made by the authority that orders it. A participle after a comma, one with a
    // "by" agent, and verbs other than ordering stay descriptions.
    [Theory]
    [InlineData("A Senegalese court ordered the opposition mayor detained on Monday.", "SENJUD→SENOPP:173")]
    [InlineData("A court in Dakar ordered the opposition mayor held in custody pending his trial.", "SENJUD→SENOPP:173")]
    [InlineData("A Senegalese court questioned the opposition mayor detained last week.", "!SENJUD→SENOPP:173")]
    public void An_ordered_participle_is_the_ordered_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
