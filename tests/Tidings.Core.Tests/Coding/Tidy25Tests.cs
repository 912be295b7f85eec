using Tidings.Coding;

namespace Tidings.Tests.Coding;

/// <summary>
/// The count words that both mass bounds read (session 25, tidy25): named non-combatants before a killing or an expulsion
/// (ShallowCoder.IsMassOfCivilians) and people only counted after a killing (TreeRoles.CountedPeopleAtLeast) share one
/// reading of "hundreds", "thousands", "million" and written numbers (TreeRoles.CountWordReaches).
/// </summary>
public class Tidy25Tests
{
    [Theory]
    // "hundreds" reaches a bound up to 100 and settles nothing above it; "thousands" and millions reach any bound
    [InlineData("hundreds", 50, true)]
    [InlineData("Hundreds", 100, true)]
    [InlineData("hundreds", 1000, null)]
    [InlineData("thousands", 1000, true)]
    [InlineData("million", 1000, true)]
    [InlineData("millions", 50, true)]
    // a written number is compared with the bound, thousands separators allowed
    [InlineData("1,500", 1000, true)]
    [InlineData("60", 50, true)]
    [InlineData("30", 50, false)]
    // other words, and numbers that are no whole count, settle nothing
    [InlineData("dozens", 50, null)]
    [InlineData("scores", 50, null)]
    [InlineData("1.5", 50, null)]
    [InlineData("villagers", 50, null)]
    public void A_count_word_reaches_a_bound_or_settles_nothing(string word, int least, bool? expected) =>
        Assert.Equal(expected, TreeRoles.CountWordReaches(word, least));

    [Theory]
    // named civilians at the mass-killing bound (50) are a mass killing; below it a killing by assault
    [InlineData("Gunmen killed more than 70 civilians in the village on Sunday.", "*→*CVL:202")]
    [InlineData("Gunmen killed hundreds of civilians in two villages.", "*→*CVL:202")]
    [InlineData("Gunmen killed 20 civilians in the village on Sunday.", "*→*CVL:1823|!*:202")]
    // people only counted after the killing read the same words
    [InlineData("Armed gangs killed more than 100 people in the capital last week.", "*→*CVL:202")]
    [InlineData("Armed gangs killed 2,000 people in the region.", "*→*CVL:202")]
    [InlineData("Armed gangs killed 20 people in the capital last week.", "*→*CVL:1823|!*:202")]
    public void Killings_at_the_mass_bound_are_mass_killings(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an expulsion of a population is mass expulsion (201) from a thousand people; "hundreds" does not reach that bound
    [InlineData("Pakistan expelled 5,000 Afghans last month.", "PAK→AFGCVL:201")]
    [InlineData("Pakistan expelled thousands of Afghans last month.", "PAK→AFGCVL:201")]
    [InlineData("Iran expelled more than 1.5 million Afghans this year.", "IRN→AFGCVL:201")]
    [InlineData("Pakistan expelled hundreds of Afghans last month.", "PAK→AFGCVL:166|!*:201")]
    [InlineData("Pakistan expelled 300 Afghans last month.", "PAK→AFGCVL:166|!*:201")]
    public void Expulsions_of_a_population_count_from_a_thousand(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
