namespace Tidings.Tests.Coding;

/// <summary>
/// Session 60 (actors60): events whose root and one side are right while the other side's actor code is wrong. Events are
/// written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be; "*" is a wildcard.
/// Sentences written for these tests.
/// </summary>
public class Actors60Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A state's agents with no country of their own do not take it from the private people they act on when those are
    // named by a nationality and their trade or plight ("Guatemalan workers", "Nigerian traders"): the place of the
    // clause decides, as it did for a bare demonym ("150 Guatemalans"). Organs named by an adjective keep their country,
    // and with no place and no other country the people's country is still the article's.
    [Theory]
    [InlineData("Immigration agents detained 140 Honduran workers at a meatpacking plant in Iowa on Tuesday.", "USACOP→HNDLAB:173")]
    [InlineData("Immigration agents detained 140 Honduran workers at a meatpacking plant in Iowa on Tuesday.", "!HNDCOP→HNDLAB:173")]
    [InlineData("Police arrested 25 Nigerian traders at a market in Accra on Monday.", "GHACOP→NGABUS:173")]
    [InlineData("Police arrested 25 Nigerian traders at a market in Accra on Monday.", "!NGACOP→NGABUS:173")]
    [InlineData("Police arrested 140 Hondurans at a meatpacking plant in Iowa on Tuesday.", "USACOP→HND*:173")]
    [InlineData("Police fired tear gas at Zambian protesters on Monday.", "ZMBCOP→ZMBCVL:175")]
    [InlineData("Ghanaian police arrested 25 Nigerian traders in Lagos on Monday.", "GHACOP→NGABUS:173")]
    public void State_agents_are_not_of_the_nationals_they_act_on(string sentence, string expected) => AssertCoded(sentence, expected);

    // A compound naming where a body sits or who backs it ("Tripoli-based", "Saudi-backed") between a country's possessive
    // and its role noun describes the role; the possessive still owns it. Before a name that is no role it changes nothing.
    [Theory]
    [InlineData("Somalia's Mogadishu-based government condemned the attack on the port.", "SOMGOV→*:*")]
    [InlineData("Somalia's Mogadishu-based government condemned the attack on the port.", "!SOM→*:*")]
    [InlineData("Yemen's Saudi-backed government accused the rebels of shelling the city.", "YEMGOV→*:*")]
    [InlineData("Somalia's government condemned the attack on the port.", "SOMGOV→*:*")]
    public void Compounds_of_seat_or_backer_before_a_role(string sentence, string expected) => AssertCoded(sentence, expected);

    // "Forces loyal to X" is one actor: whom they are loyal to is no counterpart of the clash the sentence tells; the forces
    // still take X's code (an armed role loyal to a government is its military).
    [Theory]
    [InlineData("Forces loyal to Somalia's government clashed with a rival militia near the port overnight.", "!SOMMIL→SOMGOV:190")]
    [InlineData("Forces loyal to Somalia's government clashed with a rival militia near the port overnight.", "!SOMGOV→SOMMIL:190")]
    [InlineData("Forces loyal to Somalia's government clashed with a rival militia near the port overnight.", "SOMMIL→*:190")]
    [InlineData("Fighters loyal to the TPLF attacked an army base.", "ETHREB→*:*")]
    public void Forces_loyal_to_a_body_are_one_actor(string sentence, string expected) => AssertCoded(sentence, expected);
}
