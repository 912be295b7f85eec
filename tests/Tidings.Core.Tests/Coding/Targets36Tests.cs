namespace Tidings.Tests.Coding;

/// <summary>
/// Session 36's target rules (helper targets36b), on sentences written for these tests: mass expulsion, mass killing and
/// ethnic cleansing (201-203) with no target named are done to the civilians of the place, else of the doer's country;
/// people counted by a noun of no role ("scores of hotel guests", "four passengers") are civilians as "30 people" are.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// </summary>
public class Targets36Tests
{
    [Theory]
    // mass violence with its victims unnamed: the place's civilians, else the doer's country's
    [InlineData("Sudan's army expelled the whole population of four villages in Darfur.", "SDNMIL→SDNCVL:201")]
    [InlineData("Burundian soldiers expelled the entire population of six hillside villages.", "BDIMIL→BDICVL:201")]
    // no doer the tree names: a flood or storm is no one's act
    [InlineData("Floods in northern Ghana drove thousands of people from their homes, forcing many to sleep in schools.", "!GHA→GHACVL:20*")]
    // a victim the actor stage names is kept
    [InlineData("The government deported hundreds of refugees to Afghanistan.", "!*→*CVL:*")]
    // people counted by a noun of no role are civilians
    [InlineData("Gunmen held scores of hotel guests hostage for a day in Nairobi.", "KENREB→KENCVL:181|!KENREB→-:181")]
    [InlineData("Armed men in Kenya kidnapped dozens of bus passengers near Garissa.", "*→KENCVL:181")]
    // counted things are no people
    [InlineData("Kenyan police seized hundreds of rifles in Mombasa.", "!KENCOP→KENCVL:*")]
    [InlineData("Ugandan police arrested three journalists in Kampala.", "!UGACOP→UGACVL:*")]
    public void Codes_unnamed_victims_of_mass_violence_and_counted_people(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
