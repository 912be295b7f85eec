namespace Tidings.Tests.Coding;

/// <summary>
/// Session 16 (plover6): troops and police that are moved somewhere, found missing or coded as visits in the NGEC
/// synthetic PLOVER stories, on sentences written for these tests. A force that arrives somewhere, or that is sent,
/// rushed, stationed, called in or brought in, is deployed (154, police 153: PLOVER MOBILIZE), with the force as the
/// source (decision 018); officials of a force and other people still visit. Events are written "SOURCE→TARGET:CODE";
/// each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class ForcesOnTheMoveTests
{
    [Theory]
    // a force that arrives is deployed there, not on a visit; its own country is no target
    [InlineData("Hundreds of police officers arrived in Quito on Tuesday.", "ECUCOP→-:153|!ECUCOP→*:042")]
    [InlineData("More Kenyan riot police arrived in Kisumu after the clashes.", "KENCOP→-:153|!KENCOP→KEN:042")]
    [InlineData("Nigerian troops arrived in Monrovia on Sunday.", "NGAMIL→*:154|!NGAMIL→*:042")]
    // people of a force, officials and peacekeepers keep their codes
    [InlineData("Army chiefs from Ghana arrived in Beijing for talks.", "GHAMIL→CHN:042|!GHAMIL→*:154")]
    [InlineData("Vietnam's defence minister arrived in Manila.", "VNMGOV→PHL:042")]
    [InlineData("Kenyan peacekeepers arrived in Somalia on Monday.", "SOM→KENMIL:0861|!KENMIL→*:154")]
    public void A_force_that_arrives_is_deployed(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // the passive of a verb that moves a force, with no one named as mover: the force deploys
    [InlineData("Police were called in to restore order in Durban.", "ZAFCOP→-:153")]
    [InlineData("Extra police were sent to the capital after the riots in Harare.", "ZWECOP→-:153")]
    [InlineData("Peruvian soldiers were stationed along the border with Ecuador.", "PERMIL→ECU:154")]
    [InlineData("Hundreds of Indonesian soldiers were rushed to Jayapura on Friday.", "IDNMIL→-:154")]
    [InlineData("Two battalions of Indonesian troops flew to Jayapura on Friday.", "IDNMIL→-:154|!IDNMIL→*:042")]
    // the active: a state that calls in or sends its own force has the force deploy
    [InlineData("Ecuador's president called in the police to clear the square.", "ECUCOP→-:153|!ECUGOV→ECUCOP:041")]
    [InlineData("Mexico's governor brought in the army to patrol the streets of Culiacan.", "MEXMIL→-:154")]
    [InlineData("Bolivia called the army in after the riots in Cochabamba.", "BOLMIL→-:154")]
    // what is sent or called in is no force: no deployment
    [InlineData("Kenya sent a letter to Uganda's president.", "!*:154|!*:153")]
    [InlineData("A police spokesman was called in by the Kenyan minister.", "!*:153")]
    [InlineData("Ghana brought in foreign investors to build the port.", "!*:154")]
    // a force sent abroad is offered, not deployed at home; warships that arrive may be on a port call
    [InlineData("Rwandan police officers were sent to the Central African Republic.", "!RWACOP→*:153")]
    [InlineData("Two Chinese warships arrived in Karachi on a goodwill visit.", "!CHNMIL→*:154")]
    public void A_force_sent_or_called_in_is_deployed(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
