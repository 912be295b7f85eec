namespace Tidings.Tests.Coding;

/// <summary>
/// Event actors (session 39, actors39): a role a region adjective gives to many states ("Western diplomats", "European
/// governments") designates none of them, so an event aimed at it has no target rather than a bare role code; "foreign"
/// keeps the bare role, as the gold codes "foreign media". Guards named by a country word are its police (COP). Violent
/// repression (175) with no target named is aimed at the civilians of the place it is told in, else of the force's country.
/// Sentences written for these tests.
/// </summary>
public class Actors39Tests
{
    [Theory]
    [InlineData("The mayor of Odesa urged Western governments to send more artillery.", "UKRGOV→-:02*|!*→GOV:*")]
    [InlineData("Mali's junta ordered the expulsion of three European ambassadors on Tuesday.", "!*→GOV:*")]
    [InlineData("Iran's foreign minister accused Western intelligence agencies of stirring up the riots.", "IRNGOV→-:112*|!*→SPY:*")]
    // a country or a named state keeps its target
    [InlineData("The mayor of Odesa urged the German government to send more artillery.", "UKRGOV→DEUGOV:02*")]
    // "foreign" is not a region: the gold keeps the bare role
    [InlineData("Burkina Faso's junta threatened to suspend foreign media that report on attacks.", "BFAMIL→MED:13*")]
    public void A_role_of_a_region_is_no_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Belarusian guards detained three Lithuanian fishermen on the river.", "BLRCOP→LTU*:173")]
    [InlineData("Tajik guards opened fire on a Kyrgyz patrol near the disputed canal.", "TJKCOP→KGZ*:19*")]
    public void Guards_with_a_country_word_act_as_its_police(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("French riot police fired tear gas and charged the crowd near the station.", "FRACOP→FRACVL:175")]
    [InlineData("Police in Lima fired tear gas on Monday.", "PERCOP→PERCVL:175")]
    [InlineData("Kenyan police fired water cannon near the stadium on Sunday.", "KENCOP→KENCVL:175")]
    // a bare force gives bare civilians
    [InlineData("Riot police fired tear gas to clear the square.", "COP→CVL:175")]
    // a named target is kept
    [InlineData("Ugandan police fired tear gas at opposition supporters in Jinja.", "UGACOP→UGAOPP:175")]
    public void Repression_with_no_target_is_aimed_at_civilians(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
