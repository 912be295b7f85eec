namespace Tidings.Tests.Coding;

/// <summary>
/// People a violent or repressive act counts (session 20): a bare count ("dozens", "hundreds") stays a count of people when
/// the parser hangs the verb's own phrases on it, and counted victims with no country anywhere in the sentence are a bare
/// CVL rather than no event at all.
/// </summary>
public class CountedVictims20Tests
{
    [Theory]
    // the place, time or occasion the parser attaches to the count does not make it a count of something else
    [InlineData("Nigerian troops killed dozens in the raid.", "NGAMIL→NGACVL:1823")]
    [InlineData("Malian soldiers killed dozens on Sunday.", "MLIMIL→MLICVL:1823")]
    // (hundreds of people counted as victims reach the mass-killing bound: 202, as named civilians do; session 25)
    [InlineData("Burkinabe troops killed hundreds during the operation.", "BFAMIL→BFACVL:202")]
    // an "of" phrase still says what was counted
    [InlineData("Nigerian troops killed dozens of militants in the raid.", "NGAMIL→NGAREB:190")]
    public void A_bare_count_of_victims_keeps_its_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // no country anywhere: the victims are civilians all the same
    [InlineData("Security forces killed 30 people.", "COP→CVL:202")]
    [InlineData("Gunmen killed 12 people at a wedding.", "REB→CVL:1823")]
    [InlineData("Soldiers shot dead 14 people near the market.", "MIL→CVL:18*")]
    // with a country the victims take it
    [InlineData("Ethiopian security forces killed 30 people in the northern town.", "ETHCOP→ETHCVL:202")]
    public void Counted_victims_without_a_country_are_bare_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // anger expressed at an act disapproves of it (110); indignation and fury condemn it, as outrage does (111); the act is its topic, not an event of the speaker
    [InlineData("Egypt voiced anger over the attack on a police post.", "EGY→-:11*|!EGY→*:190")]
    [InlineData("Turkey expressed fury at Sweden over the burning of a Koran.", "TUR→SWE:111")]
    [InlineData("Mexico expressed indignation over the raid on its embassy.", "MEX→-:111")]
    public void Anger_expressed_at_an_act_condemns_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
