namespace Tidings.Tests.Coding;

/// <summary>
/// Whole-article readings from real reports (session 42, realnews42): "the president of Kenya" is the antecedent of a later
/// bare "the president", even when other countries were named in between; "the country's top general" is the country's
/// military, not the bare country; an acronym in capitals after "the" ("the WHO", "the US") is a proper noun, not the
/// pronoun it spells in lower case.
/// </summary>
public class RealNews42Tests
{
    [Theory]
    // the office named with "of <country>" is remembered; a later "the president" is that country's
    [InlineData("The president of Ghana held talks with officials from Togo and Benin on Tuesday. Benin's army said Togo had fired on its border posts. The president condemned Togo.",
        "GHAGOV→TGO:111|!TGOGOV→TGO:*")]
    [InlineData("The prime minister of Ethiopia visited Eritrea and Djibouti last week. Djibouti's government said Eritrea had closed the crossing. The prime minister criticised Eritrea.",
        "ETHGOV→ERI:111")]
    // a state's own province or region after "of" is not a country: nothing is remembered from it
    [InlineData("The governor of Borno met village heads on Monday.", "!*GOV→*GOV:*")]
    public void The_title_of_a_country_is_remembered(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // "the country's" + a state title is the country's state role
    [InlineData("Kenya recalled its envoy from Uganda on Monday. The country's top general warned Uganda.", "KENMIL→UGA:*|!KEN→UGA:012")]
    [InlineData("Peru expelled two diplomats from Bolivia on Friday. The country's deputy foreign minister accused Bolivia of meddling.", "PERGOV→BOL:112")]
    // a body below the state keeps the office as the body ("the court's president")
    [InlineData("A court in Nairobi ruled against the police. The court's president criticised the police chief.", "!*MIL→*:*")]
    public void A_countrys_office_is_its_state_role(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // an all-caps acronym after "the" is a proper noun, not a pronoun or wh-word
    [InlineData("Officials from the WHO visited the clinic .", 3, "NNP")]
    [InlineData("Sanctions imposed by the US hurt the economy .", 4, "NNP")]
    // a lower-case pronoun or wh-word stays what it is
    [InlineData("The man who came was tired .", 2, "WP")]
    [InlineData("They gave us the keys .", 2, "PRP")]
    public void An_acronym_after_the_is_a_proper_noun(string sentence, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(sentence, index));
}
