using Tidings.Syntax;

namespace Tidings.Tests.Coding;

/// <summary>
/// Headline tagging causes found on the blind44 articles (session 27, politics and courts desk): "order" read as the
/// subordinator of "in order to" after a headline's -s verb ("Federal judge blocks order sending ..."), which left the
/// headline verbless; a present-tense headline whose subject is two names joined by "and" ("Australia and Vietnam sign
/// ..."); and a subject in the irregular plural -men ("Gunmen kidnap ...").
/// </summary>
public class Domestic44Tests
{
    [Theory]
    // "order" is the noun everywhere but right after "in"
    [InlineData("Federal judge blocks order sending troops to two cities", 3, "NN")]
    [InlineData("Federal judge blocks order sending troops to two cities", 2, "VBZ")]
    [InlineData("Appeals court blocks order halting federal layoffs", 3, "NN")]
    [InlineData("Supreme court suspends order freezing party funds", 2, "VBZ")]
    [InlineData("The president signed an order to deploy troops .", 4, "NN")]
    [InlineData("The minister issued an order banning rallies .", 4, "NN")]
    [InlineData("Federal judge blocks order freezing union funds", 2, "VBZ")]
    public void Order_is_a_noun_unless_after_in(string sentence, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(sentence, index));

    [Theory]
    // two names joined by "and" are a plural subject: the base form after them is the headline's verb
    [InlineData("Australia and Vietnam sign defence pact", 3, "VBP")]
    [InlineData("Japan and India sign trade deal", 3, "VBP")]
    [InlineData("Russia and Ukraine swap prisoners", 3, "VBP")]
    [InlineData("Chile and Peru sign border accord", 3, "VBP")]
    [InlineData("Brazil and Argentina sign trade pact", 3, "VBP")]
    [InlineData("Gunmen kidnap priest in Delta state", 1, "VBP")]
    // an irregular plural in -men is a plural subject too
    [InlineData("Gunmen kidnap mayor in northern state", 1, "VBP")]
    // a verbless headline keeps its plural head
    [InlineData("Gaza talks in Cairo", 1, "NNS")]
    public void A_joined_or_irregular_plural_subject_takes_a_present_verb(string headline, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(headline, index));

    [Theory]
    // with the verb read right the headline's event is coded
    [InlineData("Australia and Vietnam sign defence pact", "AUS→VNM:057")]
    [InlineData("Japan and India sign trade deal", "JPN→IND:057")]
    [InlineData("Russia and Ukraine swap prisoners", "RUS→UKR:0841")]
    [InlineData("Gunmen kidnap mayor in northern state", "*→*GOV:181")]
    [InlineData("Fishermen protest fuel prices in Dakar", "*→*:141")]
    public void A_headline_with_a_joined_or_irregular_plural_subject_is_coded(string headline, string expected) =>
        PipelineEvents.AssertHeadlineCoded(headline, expected);
}
