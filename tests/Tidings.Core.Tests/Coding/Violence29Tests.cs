namespace Tidings.Tests.Coding;

/// <summary>
/// Violence (roots 19-20) whose sides or victims were lost: the sides of a contest noun's "between" phrase when an adjective
/// stands before a side ("between federal troops and ethnic rebels"), the country of people counted as an attack's victims
/// (the place the attack struck, not the attacker's), a population forced from its homes or expelled whole (201), and
/// people named by how they travel or stand by as civilians.
/// </summary>
public class Violence29Tests
{
    [Theory]
    // an adjective before either side leaves the sides as they are; the contest is coded both ways
    [InlineData("Clashes between government troops and ethnic rebels killed 14 people in Kachin state.", "MMRMIL→MMRREB:190|MMRREB→MMRMIL:190")]
    [InlineData("Heavy fighting erupted between Somali troops and al-Shabaab militants near Mogadishu.", "SOMMIL→SOMREB:190|SOMREB→SOMMIL:190")]
    [InlineData("Fierce fighting between rival militias and the army continued in Tripoli on Monday.", "LBYREB→LBYMIL:190|LBYMIL→LBYREB:190")]
    // no contest noun, no fight
    [InlineData("Trade between the two neighbours grew last year.", "!*:19*")]
    public void The_sides_of_a_between_phrase_may_carry_adjectives(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // people counted as killed by an attack abroad are people of the place it struck
    [InlineData("Russian missiles hit the city of Zaporizhzhia, killing five people.", "RUS→UKRCVL:195|!*→RUSCVL:*")]
    [InlineData("Russian artillery struck the town of Kupiansk, killing three people.", "RUSMIL→UKRCVL:194|!*→RUSCVL:*")]
    // at home they stay the country's own
    [InlineData("Gunmen killed 12 people in a village in Zamfara state.", "NGAREB→NGACVL:18*")]
    public void Counted_victims_belong_to_the_place_struck(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a population forced from where it lives, or expelled whole, is a mass expulsion
    [InlineData("Militiamen forced hundreds of families from their land in Ituri.", "CODREB→CODCVL:201")]
    [InlineData("Sudanese paramilitaries forced 5,000 farmers from their villages in Kordofan.", "SDN*→SDNAGR:201")]
    [InlineData("Ethiopian troops expelled the population of the town.", "ETHMIL→ETHCVL:201")]
    // nature and office are no expulsion
    [InlineData("The floods forced thousands of people from their homes.", "!*:201")]
    [InlineData("The scandal forced the minister from office.", "!*:201")]
    public void A_population_forced_from_its_homes_is_expelled(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // motorists and bystanders are civilians; drivers are transport workers
    // Session 67 (fight67, decision 123): an armed group firing on civilians is the assault (180), no longer 193.
    [InlineData("Gunmen opened fire on motorists on a highway in Zamfara state, killing six.", "NGAREB→NGACVL:180")]
    [InlineData("Police beat bystanders near the stadium in Conakry.", "GINCOP→GINCVL:182")]
    [InlineData("Drivers in Lagos went on strike over fuel prices.", "NGALAB→*:143*")]
    public void People_harmed_where_they_travel_or_stand_are_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
