namespace Tidings.Tests.Coding;

/// <summary>
/// Session 48's recall rows: a truce agreed, extended or renewed is a truce declared (0871), while a truce only observed
/// stays an intent (0356); "pressed X to ..." is a demand (10x); the attachment of property by police or an agency is a
/// seizure (1711); another country's forces accepted or allowed are military cooperation (062), refused with "would
/// not" (1212); an accusation made after a denial is the denier's own act, not part of what it denies; a warned
/// punitive passive held on an "if"/"unless" is a threat (13x); a headline's "X to hold joint drills" is a plan (03x).
/// </summary>
public class Recall48Tests
{
    [Theory]
    // the verbs of stopping hostilities and "hold fire", agreed, declare the truce as "agreed to a ceasefire" does
    [InlineData("Chad and Sudan agreed to halt hostilities along their shared border.", "TCD→SDN:0871|SDN→TCD:0871|!*:0356")]
    [InlineData("Ethiopia and Eritrea agreed to stop hostilities after a week of shelling.", "ETH→ERI:0871")]
    // a truce extended or renewed by agreement is declared anew
    [InlineData("Thailand and Cambodia agreed to extend their truce by three months.", "THA→KHM:0871|!*:0356")]
    [InlineData("Armenia and Azerbaijan agreed to renew the ceasefire along the frontier.", "ARM→AZE:0871")]
    // a truce only observed is a promise about an existing one: intent
    [InlineData("Thailand and Cambodia agreed to observe the truce along the border.", "THA→KHM:0356|!*:0871")]
    public void A_truce_agreed_is_declared(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Brazil pressed Paraguay to release the detained farmers.", "BRA→PRY:1053")]
    [InlineData("The European Union pressed Serbia on media freedom during the visit.", "IGOEUREEC→SRB:10*")]
    // the adjective and the press as media name no demand
    [InlineData("Kenya faces a pressing shortage of maize this year.", "!*:10*")]
    [InlineData("Ugandan police raided a printing press in Kampala.", "!*:10*")]
    // with no actor pressed, "press" lends its subject to the event noun (the light verb)
    [InlineData("Russian forces pressed their offensive against Ukrainian positions near Pokrovsk.", "RUSMIL→UKR*:19*|!*:10*")]
    public void To_press_an_actor_is_to_demand_of_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Indian police attached the property of a former minister in Lucknow.", "INDCOP→IND*:1711")]
    [InlineData("Pakistani investigators attached assets of a former minister in Lahore.", "PAK*→*:1711")]
    // importance attached to something is no property seized
    [InlineData("Japan attached great importance to its partnership with Vietnam.", "!*:1711")]
    public void Attaching_property_is_seizing_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Burundi's government denied that its soldiers had entered Congo and accused Kinshasa of backing rebels.", "BDIGOV→COD*:112*")]
    [InlineData("The Malian junta denied that its troops were shelling villages and blamed Algeria for the unrest.", "MLI*→DZA*:11*")]
    // a second act of the denied clause's own subject stays inside the denial (no attack is coded as done)
    [InlineData("Rwanda's army denied that its soldiers had crossed the border and attacked Congolese villages.", "!RWAMIL→*:19*")]
    public void An_accusation_after_a_denial_is_the_deniers_own(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Israel's defence minister warned Hezbollah that it would be destroyed if it fired on northern towns.", "ISRGOV→LBNREB*:13*")]
    [InlineData("Zimbabwe's government warned striking nurses that they would be dismissed unless they returned to work.", "ZWEGOV→ZWE*:132|!*:012")]
    // a forecast with no condition, and a penalty done by someone named, are no threats of the warner
    [InlineData("Kenyan officials warned that the bridge would be destroyed by the floods.", "!*:13*")]
    public void A_conditional_punitive_warning_is_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // another country's forces accepted or allowed: military cooperation, refused when "would not"
    [InlineData("Lithuania accepted more German troops on its territory.", "LTU→DEUMIL:062")]
    [InlineData("Colombia's president said his country would not allow American troops on Colombian soil.", "COLGOV→USA:1212|!COLGOV→USAMIL:1212|!*:062")]
    [InlineData("Honduras said it would not accept any US military bases on its islands.", "HND*→USA*:121*")]
    // forces of no other country are no cooperation
    [InlineData("The clinic accepted police officers as patients after the riot.", "!*:062")]
    public void Foreign_forces_accepted_or_refused(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Ghana and Togo to hold joint naval exercises", "GHA→TGO:0312|!*:062")]
    // done, the drills are the cooperation itself
    [InlineData("Ghana and Togo held joint naval exercises", "GHA→TGO:062")]
    public void A_headline_plan_with_a_light_verb_is_an_intent(string headline, string expected) => PipelineEvents.AssertHeadlineCoded(headline, expected);
}
