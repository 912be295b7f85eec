namespace Tidings.Tests.Coding;

/// <summary>
/// What real relief and outbreak copy does that our own sentences rarely do (session 34, realnews34, from the errors on
/// realnews-gold dev to dev8). An appeal for money or aid whose purpose names people a disaster or a war struck ("to help
/// 300,000 refugees", "to assist victims of the floods", "for those affected by the cyclone") is an appeal for humanitarian
/// aid (0233), also when the parser hangs the purpose deep under a split "US$" amount, and so is urging a government to
/// help such people; an appeal for money to build or repair keeps its economic code (0231).
/// A fear or worry of what a disease does ("fear the virus will spread", "worried that cholera could start spreading",
/// "feared the spread of the disease") is a forecast about the outbreak, no pessimistic comment on anyone (012 is not
/// coded); a fear of what an actor will do, and a warning of a disease, stay 012. Collective role nouns spelled alike in
/// both numbers ("medical personnel", "medical staff", "military personnel") are actors without an article, so "freed
/// twelve foreign medical personnel" has its target. Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class RealNews34Tests
{
    [Theory]
    [InlineData("The World Food Programme appealed for $40 million to help 300,000 refugees in camps in eastern Chad.",
        "IGOUNOAGRWFP→-:0233|!IGOUNOAGRWFP→-:0231")]
    [InlineData("The Red Cross appealed for $3 million to help survivors of the earthquake in Herat.",
        "NGOHLHIRC→-:0233|!NGOHLHIRC→-:0231")]
    // the purpose under a currency split from its "US"
    [InlineData("The Red Cross has launched an appeal for US$12 million to assist victims of the floods in Mozambique.",
        "NGOHLHIRC→-:0233|!NGOHLHIRC→-:020")]
    [InlineData("Officials in Malawi requested international aid for those affected by the cyclone.",
        "MWIGOV→-:0233|!MWIGOV→-:023")]
    [InlineData("UNICEF appealed on Monday for $15 million to help families displaced by the fighting in Sudan.",
        "IGOUNOKID→*:0233")]
    // a government asked to help refugees is asked for humanitarian aid; asked to help farmers, for aid of no kind
    [InlineData("The UN urged Ethiopia to help the refugees.", "IGOUNO→ETH:0233")]
    [InlineData("The UN urged Ethiopia to help the farmers.", "IGOUNO→ETH:02*|!IGOUNO→ETH:0233")]
    // money asked for works is no appeal for humanitarian aid
    [InlineData("The government appealed for $2 billion to build roads and bridges.", "GOV→-:0231|!*:0233")]
    [InlineData("Kenya appealed to the World Bank for $500 million to repair its railways.", "KEN→IGOUNODEVWBK:02*|!*:0233")]
    public void An_appeal_to_relieve_stricken_people_is_for_humanitarian_aid(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Health officials said they fear the virus will spread to neighbouring provinces.", "!*:012")]
    [InlineData("The UN says it is worried that cholera could start spreading in the flooded districts.", "!*:012")]
    [InlineData("The WHO said it feared the spread of the disease to the capital.", "!*:012")]
    // a fear of an actor's act, and a warning, are comments still
    [InlineData("The UN said it feared that the militias would attack the camps.", "IGOUNO→REB:012")]
    [InlineData("Aid agencies said they were worried that the army would block the convoys.", "NGO→*:012")]
    // weather is no disease: a minister's fear of a drought's effects is his pessimistic comment
    [InlineData("Nigeria's agriculture minister said he feared the floods would ruin the harvest.", "NGAGOV*→*:012")]
    [InlineData("The WHO warned that cholera could spread across the region.", "IGOUNOHLHWHO→-:012")]
    public void A_fear_of_what_a_disease_does_is_no_comment(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Nigeria has freed twelve foreign medical personnel held since March.", "NGA→HLH:0841|!NGA→NGAHLH:0841")]
    [InlineData("Police in Caracas detained three medical staff at the hospital.", "VENCOP→VENHLH:173")]
    [InlineData("Rebels in Darfur abducted two medical personnel from a clinic.", "SDNREB→SDNHLH:181")]
    [InlineData("Russia sent military personnel to Mali in May.", "RUS→MLI:074")]
    public void Collective_role_nouns_are_actors_without_an_article(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
