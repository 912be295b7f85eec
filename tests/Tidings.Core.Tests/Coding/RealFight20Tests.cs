namespace Tidings.Tests.Coding;

/// <summary>
/// Force and coercion that real news tells without naming the doer next to the act (session 20, realfight20): a harm of
/// armed opponents told in the passive under an army's or police force's own report, people kept "from" an act, force used
/// "to disperse" a crowd, a protest broken up, people only counted as the arrested, fighting "around" a place, rebel-held
/// ground named by a synonym of stronghold, and a headline's present "storm".
/// </summary>
public class RealFight20Tests
{
    [Theory]
    // an army or police force reporting a passive harm of rebels, militants or gangs reports its own act
    [InlineData("The army said dozens of militants had been killed in the offensive.", "*MIL→*REB:19*")]
    [InlineData("The army said 40 insurgents were killed in air strikes.", "*MIL→*REB:19*")]
    [InlineData("Police said three robbers were killed in a shootout.", "*COP→*CRM:19*")]
    // fighters killed in their hundreds are no mass killing of civilians
    [InlineData("The army said hundreds of rebels had been killed in the fighting.", "*MIL→*REB:190|!*:202")]
    // soldiers or civilians killed may be anyone's victims; a reporter that is no force reports no act of its own
    [InlineData("The army said 12 soldiers were killed in the attack.", "!*MIL→*:19*")]
    [InlineData("Officials said 30 civilians were killed in the offensive.", "!*:19*")]
    public void A_force_reporting_the_passive_harm_of_its_foes_did_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a state organ keeping an actor from going somewhere restricts its movement (191); from another act, restricts it (172)
    [InlineData("Riot police blocked students from marching to the presidential palace.", "*COP→*:191")]
    [InlineData("Police stopped opposition supporters from entering the square.", "*COP→*OPP:191")]
    [InlineData("Authorities blocked relatives from visiting the detained activist.", "*GOV→*CVL:172")]
    [InlineData("Security forces prevented journalists from covering the trial.", "*→*MED:17*")]
    // a court that blocks the government from acting rules; it restricts no one's movement
    [InlineData("A court blocked the government from deporting the activists.", "!*:191|!*:172")]
    public void Keeping_an_actor_from_an_act_restricts_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // force used to disperse or push back people is aimed at them
    [InlineData("Police used water cannon to disperse the protesters.", "*COP→*CVL:175")]
    [InlineData("Soldiers opened fire to push back the crowd.", "*MIL→*CVL:19*")]
    // a protest broken up or dispersed names its protesters, the people of the country where it was
    [InlineData("Police dispersed a rally in Lagos.", "NGACOP→NGACVL:175")]
    [InlineData("The rally in Tbilisi was dispersed by riot police.", "GEOCOP→GEOCVL:175|!GEOCOP→*:14*")]
    // a ban on gatherings is aimed at no one in particular, and a quelling told as a purpose is not done
    [InlineData("The government of Cameroon banned all public gatherings in Douala.", "!*→CMRCVL:17*")]
    [InlineData("Kenya's government may deploy the army to help police quell the protests.", "!*COP→*:175")]
    public void Force_against_a_crowd_or_a_protest_is_aimed_at_the_people(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // people only counted as the passive's subject are the country's people
    [InlineData("Dozens of people were detained by police in Istanbul.", "TURCOP→TURCVL:173")]
    [InlineData("Around 200 people were arrested by police in Moscow.", "RUSCOP→RUSCVL:173")]
    public void People_counted_as_the_arrested_are_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // fighting around a foreign place attacks that place's country
    [InlineData("Russian troops stepped up attacks around the town of Kupiansk.", "RUSMIL→UKR:190")]
    // a rebel bastion is held ground, as a rebel stronghold is
    [InlineData("The army command said it had retaken several villages and was pressing its military operations in the last rebel bastion of the province.", "*MIL→*REB:190")]
    // a headline's present "storm" is the verb; the weather noun stays no event
    [InlineData("Protesters storm presidential palace in Colombo", "LKACVL→*:145")]
    [InlineData("A storm hit the coast of Bangladesh.", "!*:*")]
    public void Fighting_around_places_and_storming_in_headlines(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
