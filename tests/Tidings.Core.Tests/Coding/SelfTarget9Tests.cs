namespace Tidings.Tests.Coding;

/// <summary>
/// Session 19's rows for actors acting on their own country's people and for reciprocal phrasings (brief selftarget9),
/// over the default pipeline, on sentences written for these tests: a country's force striking inhabited ground in its
/// own country attacks its civilians (XXXCVL), while the country itself, a camp of rebels or a civilian doer gives no
/// such target; a role never stacks on a bare role ("the army" deploying troops is MIL, not MILMIL). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class SelfTarget9Tests
{
    [Theory]
    [InlineData("The Myanmar army bombed several villages in the Sagaing region on Monday.", "MMRMIL→MMRCVL:195")]
    [InlineData("Sudanese army warplanes struck a market in Nyala.", "SDNMIL→SDNCVL:195")]
    [InlineData("Ethiopian troops shelled towns in Tigray.", "ETHMIL→ETHCVL:194")]
    // a camp of an armed group is that group, not the country's people
    [InlineData("Nigerian troops attacked a rebel camp in Borno.", "NGAMIL→NGAREB:190|!NGAMIL→NGACVL:190")]
    // the country itself acting on itself stays a self-event
    [InlineData("Russia bombed villages in Russia's Belgorod region.", "!RUS→RUS*:19*")]
    // a foreign place is still its country
    [InlineData("Russian jets bombed villages in Idlib.", "RUSMIL→SYR:195|!RUSMIL→RUSCVL:195")]
    public void Codes_a_forces_strike_on_its_own_countrys_inhabited_ground(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("The army deployed troops to the border.", "MIL→*:154|!MILMIL*:154")]
    [InlineData("Police sent reinforcements to the capital.", "COP→*:153|!COPCOP*:153")]
    // a country still takes the role its words name
    [InlineData("Kenya deployed troops to the border.", "KENMIL→*:154")]
    public void Never_stacks_a_role_on_a_bare_role(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
