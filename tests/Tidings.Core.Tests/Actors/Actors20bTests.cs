using Tidings.Tests.Coding;

namespace Tidings.Tests.Actors;

/// <summary>
/// Roles that took their country from the one state their sentence names (session 20, actors20b): when that state is the
/// event's other side, the role is not its organ ("The minister criticized Iran" is not IRNGOV→IRN, nor is "The spokesman
/// criticized the Iranian government" a self-dyad to drop); a role said to be of many states is of none.
/// </summary>
public class Actors20bTests
{
    [Theory]
    // a role lent the target's state by word or diplomacy is coded bare (no other country in reach), not dropped
    [InlineData("The spokesman criticized the Iranian government over the arrests.", "GOV→IRNGOV:111")]
    [InlineData("The minister praised the Turkish government for its help.", "GOV→TURGOV:051")]
    [InlineData("Diplomats urged the Russian government to release the journalist.", "GOV→RUSGOV:02*")]
    [InlineData("The army accused the Syrian military of shelling the town.", "MIL→SYRMIL:112*")]
    [InlineData("The minister criticized Iran over the attack.", "GOV→IRN:111|!IRNGOV→*:*")]
    [InlineData("The spokesman warned Venezuela against further provocations.", "GOV→VEN:012|!VENGOV→*:*")]
    public void A_role_lent_its_targets_state_is_not_that_states_organ(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a state acts on its own organs and country: those dyads keep the state's code
    [InlineData("Kenya opened an inquiry into the conduct of the police.", "KEN→KENCOP:09*")]
    [InlineData("Mexico opened an investigation into the army over the killing of migrants.", "MEX→MEXMIL:092")]
    [InlineData("Police in Kenya arrested 12 protesters.", "KENCOP→KENCVL:173")]
    public void A_state_acting_on_its_own_organs_keeps_its_code(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the governments of many states are of none of them
    [InlineData("The governments of several European countries condemned the attack.", "GOV→-:111")]
    [InlineData("The governments of two dozen countries condemned Russia over the attack.", "GOV→RUS:111|!RUSGOV→*:*")]
    public void A_role_of_many_states_takes_none_of_their_countries(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
