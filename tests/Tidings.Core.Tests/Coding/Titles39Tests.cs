namespace Tidings.Tests.Coding;

/// <summary>
/// Session 39 (titles39): events whose source is a capitalised office opening the sentence ("The Minister of Foreign
/// Affairs of X met …"), coded as when a date word comes first; one person as the object of a charge, arrest or shooting
/// ("charged a police officer with murder"); and an act in the pluperfect under "it emerged that", which is news told late,
/// not history. Sentences written for these tests.
/// </summary>
public class Titles39Tests
{
    [Theory]
    [InlineData("The Minister of Foreign Affairs of Peru met the ambassador of Chile.", "PERGOV→CHLGOV:040")]
    [InlineData("The Minister of Home Affairs of Malawi met the ambassador of Zambia.", "MWIGOV→ZMBGOV:040")]
    [InlineData("The Minister of Defence of Nigeria met the ambassador of Ghana.", "NGAGOV→GHAGOV:040")]
    [InlineData("On Monday the Minister of Foreign Affairs of Peru met the ambassador of Chile.", "PERGOV→CHLGOV:040")]
    public void A_sentence_initial_office_is_the_source(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Prosecutors in Lima charged a police officer with manslaughter.", "*JUD→*COP:17*")]
    [InlineData("Soldiers shot a farmer near the village of Kaya.", "*MIL→*:19*")]
    [InlineData("Ugandan police arrested a journalist and two activists in Kampala.", "UGACOP→UGAMED:173")]
    public void One_person_object_of_a_charge_or_attack_is_the_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("It emerged on Thursday that Nigerian police had detained three reporters in Abuja.", "NGACOP→NGAMED:173")]
    [InlineData("It has emerged that Zambian soldiers had shot two miners near the border.", "ZMBMIL→*:1*")]
    // a pluperfect under a plain past verb stays history
    [InlineData("The ministry recalled that Nigerian police had detained three reporters in Abuja in 2019.", "!NGACOP→NGAMED:173")]
    public void An_act_that_has_emerged_is_news(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
