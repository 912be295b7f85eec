namespace Tidings.Tests.Coding;

/// <summary>
/// Breadth of CAMEO roots 15, 18, 19 and 20 (session 71, famvio): force posture, assault, fighting and mass violence in the
/// wordings wire copy uses beyond the ones the lexicon read. Each theory pairs the new wordings with a near case the change
/// must not fire on. Sentences are written for these tests (none is a probe or a gold line).
/// </summary>
public class FamVioTests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Weapons paraded are a military parade (150); a parade of people is none.
    [Theory]
    [InlineData("Pakistan's army paraded its new cruise missiles through Islamabad on Saturday.", "PAKMIL→-:150")]
    [InlineData("The city paraded its Olympic champions through the old town.", "!*:15*")]
    public void Weapons_paraded(string sentence, string expected) => AssertCoded(sentence, expected);

    // A force that goes on alert or moves to a higher state of readiness raises its alert status; residents or a project
    // reaching a "state" do not.
    [Theory]
    [InlineData("Lebanese troops went on high alert along the southern frontier.", "LBNMIL→-:15*")]
    [InlineData("Residents went on high alert after the flood warning.", "!*:15*")]
    [InlineData("Serbia's army moved to a higher state of readiness on Friday.", "SRBMIL→-:152")]
    [InlineData("The project moved to a higher state of completion.", "!*:15*")]
    public void A_force_goes_on_alert(string sentence, string expected) => AssertCoded(sentence, expected);

    // Troops or police poured, drafted or brought in are a force increased (154, 153); money or managers are none.
    [Theory]
    [InlineData("Mozambique poured troops into Cabo Delgado province this week.", "MOZMIL→-:154")]
    [InlineData("Peru's government drafted in extra police officers to guard the capital.", "PERCOP→-:15*")]
    [InlineData("The Pentagon dispatched an aircraft carrier to the Gulf.", "USAMIL→-:154")]
    [InlineData("Investors poured money into Cabo Delgado gas projects.", "!*:15*")]
    [InlineData("The company brought in new managers to run the factory.", "!*:15*")]
    public void A_force_moved_in(string sentence, string expected) => AssertCoded(sentence, expected);

    // A ship commandeered and people held captive are abducted or hijacked (181); ground held is not.
    [Theory]
    [InlineData("Somali pirates commandeered a Maltese-flagged tanker off the coast of Puntland.", "SOMCRM→MLT:181")]
    [InlineData("Islamist fighters are holding three Italian aid workers captive in northern Mali.", "MLIREB→ITA*:181")]
    [InlineData("The rebels are holding the town despite heavy shelling.", "!*:181")]
    public void Captives_held_and_ships_commandeered(string sentence, string expected) => AssertCoded(sentence, expected);

    // An attack made "in an attempt on his life" or "in a failed assassination bid" is the attempt (185), not the attack
    // that carried it; an attack with another purpose keeps its own code.
    [Theory]
    [InlineData("Gunmen attacked the home of a Mexican journalist in an apparent attempt on his life.", "MEXREB→MEXMED:185|!*:180|!*:19*")]
    [InlineData("Islamist militants detonated a bomb under a Somali senator's car in a failed assassination bid.", "SOMREB→*:185|!*:183*")]
    [InlineData("Gunmen attacked the home of a Mexican journalist in an attempt to scare his family.", "!*:185")]
    public void Attacks_in_an_attempt_on_a_life(string sentence, string expected) => AssertCoded(sentence, expected);

    // Ground that "fell to" or "came under the control of" a force is occupied by it (192); a figure that fell to a level,
    // or a task that fell to an officer, is no ground taken.
    [Theory]
    [InlineData("The provincial capital of Sake fell to M23 rebels on Tuesday.", "CODREB→COD:192")]
    [InlineData("Several towns in Shan state came under the control of ethnic rebels.", "MMRREB→MMR:192")]
    [InlineData("Support for the president fell to 30 percent in the latest poll.", "!*:192")]
    [InlineData("The decision fell to the army chief.", "!*:192")]
    public void Ground_fallen_to_a_force(string sentence, string expected) => AssertCoded(sentence, expected);

    // Munitions named as carrying a chemical agent, and a named gas used on people, are chemical weapons used (2041);
    // explosives and tear gas are not.
    [Theory]
    [InlineData("Syrian government helicopters dropped bombs filled with chlorine on the rebel-held town.", "SYR*→*:2041|!*:195")]
    [InlineData("Syrian troops used nerve gas against rebels near Damascus.", "SYRMIL→SYRREB:2041")]
    [InlineData("Syrian government helicopters dropped bombs filled with explosives on the rebel-held town.", "!*:2041")]
    [InlineData("Police used tear gas against protesters in the capital.", "!*:2041")]
    public void Chemical_munitions(string sentence, string expected) => AssertCoded(sentence, expected);

    // A people forced to leave is expelled en masse (201) and a land purged of its people is ethnically cleansed (203); a
    // minister forced off a stage and a party purging its ranks are neither.
    [Theory]
    [InlineData("Militias in Sudan's West Kordofan forced the entire population of two villages to leave.", "SDNREB→SDNCVL:201")]
    [InlineData("Nigerian militias purged the district of its Christian inhabitants, a bishop said.", "NGAREB→NGACVL:203")]
    [InlineData("Protesters forced the minister to leave the stage.", "!*:20*")]
    [InlineData("The party purged its ranks of corrupt officials.", "!*:20*")]
    public void Peoples_forced_out(string sentence, string expected) => AssertCoded(sentence, expected);
}
