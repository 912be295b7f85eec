namespace Tidings.Tests.Coding;

/// <summary>
/// Warnings that are threats and warnings that are not (session 22, warn22): a warning whose "that" clause names a penalty
/// its addressee would meet ("would face consequences", "would pay a heavy price", "would be met with a crushing response",
/// "failure to act would have consequences", "would suffer ... if it attacked") is the warner's threat, coded by the
/// penalty (force 138, sanctions 1312, else 130); an impersonal prospect (an economy, a famine, a market's prices, harm
/// from a drought) stays a pessimistic comment or no event.
/// </summary>
public class Warnings22Tests
{
    [Theory]
    // a penalty the addressee would face or pay is an unspecified threat aimed at it
    [InlineData("Russia warned Norway that it would face consequences if it hosted American bombers.", "RUS→NOR:130")]
    [InlineData("Egypt warned Ethiopia that it would face consequences if it filled the dam without an agreement.", "EGY→ETH:130")]
    [InlineData("Japan warned that China would face consequences if it kept sending ships into its waters.", "JPN→CHN:130")]
    [InlineData("Turkey warned Greece it would pay a heavy price unless it withdrew its troops.", "TUR→GRC:130")]
    // the hearer's own failure or refusal "would have consequences"
    [InlineData("The EU warned Georgia that failure to reform the courts would have consequences for its membership bid.", "IGOEUREEC→GEO:130|!*:012")]
    [InlineData("Brussels warned that a refusal to hold fresh elections would have serious consequences for Belgrade.", "IGOEUREEC→*:130|!*:012")]
    // harm the addressee would suffer if it acted
    [InlineData("Iran warned that Israel would suffer irreparable damage if it attacked its oil terminals.", "IRN→ISR:130|!*:012")]
    [InlineData("North Korea warned that the United States would suffer a crushing blow if it attacked the peninsula.", "PRK→USA:130|!*:012")]
    public void A_warned_penalty_is_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a penalty with force is a threat of military force; sanctions a threat of sanctions
    [InlineData("China warned that any move by Taiwan toward independence would be met with a crushing response.", "CHN→*:138|!*:012")]
    [InlineData("Azerbaijan warned that any provocation by Armenia would be met with force.", "AZE→*:138|!*:012")]
    [InlineData("India warned Pakistan that it would face a military response if the attacks continued.", "IND→PAK:138")]
    [InlineData("Poland warned Belarus that any incursion would be met with a firm response.", "POL→BLR:138*|!*:012")]
    [InlineData("Washington warned Ankara it would face sanctions if it bought more Russian missiles.", "USAGOV→TURGOV:1312")]
    [InlineData("Canada warned Iran that it would invite sanctions if it kept detaining its citizens.", "CAN→IRN:1312")]
    public void The_sub_code_follows_the_penalty(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // impersonal prospects are no threat
    [InlineData("The central bank warned that the economy could shrink next year.", "!*:13*")]
    [InlineData("The World Food Programme warned of famine in Yemen.", "IGOUNOAGRWFP→*:012|!*:13*")]
    [InlineData("Economists warned that farmers would suffer heavy losses if the drought continued.", "!*:13*")]
    [InlineData("The minister warned that the war would have consequences for the global economy.", "!*:13*")]
    [InlineData("Analysts warned that consumers would pay a higher price if the tariffs went ahead.", "!*:13*")]
    [InlineData("Meteorologists warned that the storm would bring floods to the coast.", "!*:13*")]
    [InlineData("The United Nations warned that millions would suffer hunger if the aid cuts went ahead.", "!*:13*")]
    public void An_impersonal_prospect_is_no_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a response vowed to another side's hostile act, or to nothing named, is a threat (130), not an intent to cooperate
    [InlineData("Iran vowed to respond to the Israeli strike.", "IRN→ISR:130|!*:030")]
    [InlineData("Venezuela vowed to respond to the new US sanctions.", "VEN→USA:130|!*:030")]
    [InlineData("The militia vowed to respond.", "*→*:130|!*:030")]
    // a response to a need or a concern is not
    [InlineData("The ministry vowed to respond quickly to the concerns of farmers.", "!*:13*")]
    [InlineData("The governor vowed to respond to the needs of the flood victims.", "!*:13*")]
    public void A_vowed_response_to_a_hostile_act_is_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
