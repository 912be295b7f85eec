using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 59 (lead59): a participle of charging right after the object ("arrested members of a group accused of
/// planning attacks", "beheaded villagers accused of spying") is a reduced relative on that noun, never a second act of
/// the main verb's subject (TreeRepairs.AsyndeticParticipleConjunct); the accuser is unnamed, so no accusation is coded.
/// A journey's "to" phrase hung on the visitor of its "by" phrase is the journey's destination
/// (TreeRepairs.VisitDestinationOnAgent). Sentences written for these tests.
/// </summary>
public class Lead59Tests
{
    [Theory]
    // the arrest stands; the police are not the accusers of the men they arrested
    [InlineData("Police in Karachi arrested 12 members of a banned religious party accused of planning attacks on churches.", "PAKCOP→PAK*:173|!PAKCOP→*:112*")]
    [InlineData("Soldiers in Kidal detained six men suspected of smuggling weapons to the rebels, the army said.", "MLIMIL→*:173|!MLIMIL→*:112*")]
    [InlineData("Police in Chittagong arrested 8 members of a banned student group accused of planning attacks on voting centres, a police official said.", "BGDCOP→BGDEDU:173|!*→*:112*")]
    [InlineData("Gunmen shot dead three traders accused of informing for the police in Borno.", "NGAREB→*:18*|!*→*:112*")]
    // the killers are not the accusers, nor the victims
    [InlineData("The army said the militants had executed five farmers accused of spying for the government.", "!*CVL→*:112*|!*REB→*:112*")]
    public void A_participle_of_charging_after_the_object_is_no_accusation(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // an accusation the subject makes in a clause of its own is still coded
    [InlineData("Pakistani police arrested 12 members of a banned party and accused them of planning attacks on churches.", "PAKCOP→PAK*:173|PAKCOP→PAK*:112*")]
    [InlineData("Kenya expelled two Somali diplomats, accusing them of spying for al-Shabaab.", "KEN→SOM*:112*")]
    public void An_accusation_in_its_own_clause_is_still_coded(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Chile pledged to expand copper trade with Peru during a visit by the Peruvian foreign minister to Santiago.", "PERGOV→CHL*:042")]
    [InlineData("Ghana and Togo signed a border pact during a visit by Togo's president to Accra on Friday.", "TGOGOV→GHA*:042")]
    // a posting's own "to" phrase stays the office's
    [InlineData("Protesters gathered in Nairobi during a visit by the Chinese envoy to the African Union.", "CHNGOV→IGOAFRAFU:042")]
    public void A_visit_by_someone_goes_where_its_to_phrase_says(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);
}
