namespace Tidings.Tests.Coding;

/// <summary>
/// Session 19's rows for actors acting on their own country's people and for reciprocal phrasings (brief selftarget9),
/// over the default pipeline, on sentences written for these tests: a country's force striking inhabited ground in its
/// own country attacks its civilians (XXXCVL), while the country itself, a camp of rebels or a civilian doer gives no
/// such target; a role never stacks on a bare role ("the army" deploying troops is MIL, not MILMIL); "each side ... the
/// other" is the pair named before it, both ways, and "violating it" after a truce is an accusation of aggression. Events are written
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
    // a light verb's object aimed at inhabited ground; "the country" with no place named is the force's own
    [InlineData("Ethiopian forces launched air strikes on towns in the Amhara region.", "ETHMIL→ETHCVL:195")]
    [InlineData("Myanmar's military carried out air strikes on villages in the country's north.", "MMRMIL→MMRCVL:195")]
    [InlineData("Sudan's army shelled towns across the country.", "SDNMIL→SDNCVL:194")]
    // what is no inhabited ground in "the country's north" gives no target of the country
    [InlineData("Israel's army struck targets in the country's north.", "!ISRMIL→ISR*:19*")]
    public void Codes_a_forces_strike_on_its_own_countrys_inhabited_ground(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("The army deployed troops to the border.", "MIL→*:154|!MILMIL*:154")]
    [InlineData("Police sent reinforcements to the capital.", "COP→*:153|!COPCOP*:153")]
    // a country still takes the role its words name
    [InlineData("Kenya deployed troops to the border.", "KENMIL→*:154")]
    public void Never_stacks_a_role_on_a_bare_role(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Armenia and Azerbaijan exchanged fire overnight, and each side accused the other of starting it.", "ARM→AZE:112|AZE→ARM:112")]
    [InlineData("India and Pakistan agreed to a ceasefire, but hours later each side accused the other of violating it.", "IND→PAK:1123|PAK→IND:1123")]
    [InlineData("Israel and Hamas agreed to a truce. On Sunday each side blamed the other for the delay.", "ISR→PSEREBHMS:112|PSEREBHMS→ISR:112")]
    [InlineData("Ethiopia and Eritrea exchanged fire, and each government blamed the other.", "ETHGOV→ERIGOV:112|ERIGOV→ETHGOV:112")]
    [InlineData("Sudan's army and the RSF met in Jeddah, yet each side accused the other side of attacking civilians.", "SDNMIL→SDNREB:112*|SDNREB→SDNMIL:112*")]
    // "the other's" is a possessive, not the other side acted on; "each" with no "the other" is no pair
    [InlineData("Australia and Papua New Guinea signed a defence treaty under which each country would come to the other's aid.", "!AUS→-:070|!PNG→-:070")]
    [InlineData("Each side will appoint three members to the commission.", "!*→*:*")]
    // a deal that is no truce keeps the plain accusation
    [InlineData("Russia and Ukraine signed a grain deal, but each side accused the other of breaking it.", "RUS→UKR:112|!RUS→UKR:1123")]
    public void Codes_each_side_accusing_the_other_both_ways(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
