namespace Tidings.Tests.Coding;

/// <summary>
/// Session 74 (noun74): acts named by the noun of a verb, with the verb's own object after "of" ("the sale of 20 missiles
/// to", "the shipment of artillery shells to", "the seizure of two tankers"): the noun takes the code of the verb's phrase
/// row ("sell @weapon" 072), its doer from its possessor, adjective or "by" phrase or the subject of a light verb, and its
/// object keeps its modifiers ("20 Patriot missiles"). A noun that only names a thing of the act ("the sale price", "the
/// shipment date") or an act with no doer named is no event. Events are written "SOURCE→TARGET:CODE" ("-" for none, "*"
/// any); each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class EventNouns74Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Spain's sale of 12 Eurofighter jets to Turkey was completed in July.", "ESP→TUR:072")]
    [InlineData("The Pentagon approved the sale of 50 Stinger missiles to Taiwan.", "USA*→TWN:072")]
    [InlineData("Britain's sale of Typhoon jets to Qatar was worth 6 billion pounds.", "GBR→QAT:072")]
    [InlineData("Turkey's shipment of 300 artillery shells to Azerbaijan arrived on Friday.", "TUR→AZE:072")]
    [InlineData("Iran's seizure of two oil tankers in the Strait of Hormuz alarmed shipping companies.", "IRN→*:1711")]
    [InlineData("The sale price of the Leopard tanks was not disclosed.", "!*→*:072")]
    [InlineData("The shipment date for the artillery shells has not been set.", "!*→*:072")]
    [InlineData("The sale of 40 howitzers was completed in March.", "!*→*:072")]
    public void The_noun_of_a_verb_with_its_object_names_the_verbs_act(string sentence, string expected) => AssertCoded(sentence, expected);
}
