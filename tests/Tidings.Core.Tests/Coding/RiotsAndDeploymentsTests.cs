namespace Tidings.Tests.Coding;

/// <summary>
/// Session 15 (plover5): two phrase families the NGEC synthetic PLOVER stories showed missing, over the default pipeline,
/// on sentences written for these tests. A crowd of protesters, or a country's own people, attacking, storming or
/// burning a building or vehicle of their own state is a riot (145) against the organ it houses (PLOVER PROTEST/riot);
/// an order that only sends the source's own troops or police to a place is their deployment (154/153, PLOVER
/// MOBILIZE), made by the force (decision 018). Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not.
/// </summary>
public class RiotsAndDeploymentsTests
{
    [Theory]
    // the building's organ is the target: police station/post/vehicles → COP, parliament → LEG, offices, palace → GOV
    [InlineData("Several hundred rioters attacked a police station in Chittagong.", "BGDCVL→BGDCOP:145|!BGDCVL→*:190")]
    [InlineData("Angry demonstrators stormed the parliament building in Bishkek on Tuesday night.", "KGZCVL→KGZLEG:145")]
    [InlineData("Rioters torched a police post on the outskirts of Lagos.", "NGACVL→NGACOP:145")]
    [InlineData("An angry crowd ransacked the governor's office in the Nigerian city of Kano.", "NGACVL→NGAGOV:145")]
    [InlineData("Angry protesters torched part of the parliament building in Asuncion.", "PRYCVL→PRYLEG:145")]
    // what the riot is over still names its sub-code
    [InlineData("Protesters stormed the town hall in Cusco over the new mining law.", "PERCVL→PERGOV:1452")]
    // armed groups' attacks on police posts stay attacks; a crowd's attack on something that is no state building is no riot
    [InlineData("Gunmen attacked a police station in Zamfara state.", "!NGACVL→NGACOP:145")]
    [InlineData("A mob attacked a bus station in the Indian city of Nagpur.", "!INDCVL→*:145")]
    // a building named as attacked by whom the sentence does not name is no event
    [InlineData("A police station in Dhaka was attacked by rioters on Sunday.", "!BGDCVL→BGDCOP:145")]
    // a crowd's generic attack on an organ of a state (its police, officials, or another state's mission) riots too;
    // its beatings of people keep their code
    [InlineData("Rioters attacked police officers in the Kenyan town of Kisumu.", "KENCVL→KENCOP:145|!KENCVL→KENCOP:190")]
    [InlineData("Protesters stormed the Danish embassy in Tehran.", "IRNCVL→DNKGOV:145")]
    [InlineData("A crowd of demonstrators assaulted two journalists in Tbilisi.", "GEOCVL→GEOMED:182|!GEOCVL→GEOMED:145")]
    [InlineData("Islamist fighters attacked an army post in northern Burkina Faso.", "!*:145")]
    public void A_crowd_wrecking_its_own_state_buildings_riots(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // an order that sends the source's own force to a place is the force's deployment
    [InlineData("The governor of Rivers State ordered police to the centre of Port Harcourt on Friday.", "NGACOP→-:153|!NGAGOV→NGACOP:100")]
    [InlineData("Peru's interior minister ordered riot police into the streets of Arequipa.", "PERCOP→-:153|!PERGOV→PERCOP:100")]
    [InlineData("Sri Lanka's president ordered troops into the northern province after the attack.", "LKAMIL→-:154")]
    // at a border, the deployment is aimed at the country across it
    [InlineData("Kenya's president ordered the army to the border with Somalia.", "KENMIL→SOM:154")]
    // an ordered act stays a demand; others' forces ordered out are expelled; troops ordered back are no deployment
    [InlineData("The Ghanaian president ordered the army to guard polling stations in Accra.", "!GHAMIL→-:154")]
    [InlineData("Niger's junta ordered French troops to leave the country.", "NERMIL→FRAMIL:166|!FRAMIL→-:154")]
    [InlineData("The Bolivian president ordered the troops back to their barracks.", "!BOLMIL→-:154")]
    public void An_order_sending_own_forces_to_a_place_deploys_them(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
