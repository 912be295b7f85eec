namespace Tidings.Tests.Coding;

/// <summary>
/// Right root, wrong actors (session 35, actors35). Two coordinated adjectives of nationality before the subject's noun
/// ("Senegalese and Gambian troops attacked") give one event per country, as "Indian and Chinese commanders met" already
/// did, now also when the parser had made the first adjective the sentence's head; a list of places stays places. A
/// demand that a named actor act ("demanded that President Daniel Chapo veto the bill") is aimed at that actor, also when
/// the tagger had read the subjunctive verb as the name's last word. Events are written "SOURCE→TARGET:CODE"; each listed
/// event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Actors35Tests
{
    [Theory]
    [InlineData("Senegalese and Gambian troops attacked rebel bases near the border.", "SENMIL→*:19*|GMBMIL→*:19*")]
    [InlineData("Malian and Nigerien soldiers killed 20 militants near the border.", "MLIMIL→*:19*|NERMIL→*:19*")]
    [InlineData("Nigerian and Cameroonian troops freed 30 hostages in a joint operation.", "NGAMIL→*:08*|CMRMIL→*:08*")]
    // places in a list are where it happened, not who acted
    [InlineData("Kenyan troops attacked militant camps in Somalia and Ethiopia.", "KENMIL→*:19*|!SOM→*:19*|!ETH→*:19*")]
    public void Coordinated_nationality_adjectives_give_each_country_its_event(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Farmers demanded that President Daniel Chapo veto the bill.", "*→MOZGOV:10*")]
    [InlineData("Kenya demanded that Uganda release the opposition leader.", "KEN→UGA:10*")]
    // the tagger had read "Beijing release" and "Pyongyang release" as one name
    [InlineData("Ottawa demanded that Beijing release two detained Canadian citizens.", "CANGOV→CHNGOV:1053")]
    [InlineData("Seoul demanded that Pyongyang release six South Korean missionaries.", "KORGOV→PRKGOV:1053")]
    // a demand with no actor in its clause keeps no target
    [InlineData("The opposition demanded that the vote be repeated.", "!OPP→*GOV:10*")]
    public void A_demand_that_an_actor_act_is_aimed_at_that_actor(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
