using Tidings.Documents;
using Tidings.Pipeline;
using Tidings.Syntax;

namespace Tidings.Tests.Coding;

/// <summary>
/// Headline grammar, session 21 (headlines21): a present-tense -s verb after the singular noun that opens a headline
/// ("court blocks", "Party Urges", "Uganda denies"), which the tagger read as a plural noun, also in sentence-case
/// headlines and for -ies stems; a finite verb the parser hung as a compound on the object noun ("sign minerals deal").
/// Sentences written for these tests.
/// </summary>
public class Headlines21Tests
{
    private static void AssertHeadline(string headline, string expected) => PipelineEvents.AssertHeadlineCoded(headline, expected);

    [Theory]
    // a court's -s verb after "court" in a sentence-case headline
    [InlineData("Zambia court blocks sale of state mining firm", "ZMBJUD→ZMBGOV:116")]
    [InlineData("Kenyan court halts deployment of police officers abroad", "KENJUD→KENGOV:116")]
    [InlineData("Ghana court orders release of detained journalist", "GHAJUD→GHAMED:0841")]
    // a Title Case subject of common nouns ("Opposition Party")
    [InlineData("Opposition Party Urges President To Dissolve Parliament", "*OPP→*GOV:02*")]
    // a country's -ies verb ("denies") and an -es verb after a name
    [InlineData("Uganda denies arresting opposition lawmakers", "UGA→UGAOPP:016")]
    [InlineData("Nigeria accuses Niger of harbouring rebels", "NGA→NER:112*")]
    [InlineData("Egypt condemns Israeli strike on Gaza school", "EGY→ISR:111")]
    [InlineData("Kenya welcomes UN decision on Haiti mission", "KEN→IGOUNO:051")]
    [InlineData("Peru expels Mexican ambassador over asylum row", "PER→MEXGOV:161")]
    [InlineData("Mali junta suspends French broadcaster", "MLIMIL→FRAMED:172*")]
    [InlineData("Nigeria police arrests protest leaders in Lagos", "NGACOP→*:173")]
    [InlineData("Philippine Coast Guard Accuses China Of Ramming Vessel", "PHL*→CHN:112*")]
    [InlineData("Moscow promises to retaliate against Lithuania", "RUSGOV→LTU:13*")]
    [InlineData("Kenya plans to send more troops to Somalia", "KEN→SOM:033*")]
    public void A_headline_verb_after_its_subject_noun_is_coded(string headline, string expected) => AssertHeadline(headline, expected);

    [Theory]
    // two named subjects joined by a comma, the verb before a plural compound object
    [InlineData("Ukraine, Norway sign minerals deal", "UKR→NOR:057|NOR→UKR:057")]
    [InlineData("Chile, Argentina sign energy deal", "ARG→CHL:057|CHL→ARG:057")]
    [InlineData("Tanzania, Kenya sign trade agreement", "KEN→TZA:057|TZA→KEN:057")]
    [InlineData("Colombia, Venezuela restore diplomatic ties", "COL→VEN:054|VEN→COL:054")]
    [InlineData("India, Pakistan trade fire along border", "IND→PAK:193|PAK→IND:193")]
    public void Joint_subjects_of_a_headline_verb_both_act(string headline, string expected) => AssertHeadline(headline, expected);

    [Theory]
    // verbless headlines: a plural noun before a preposition stays the noun it heads
    [InlineData("Ukraine peace talks in Geneva", "!*:0*|!*:1*")]
    [InlineData("Gaza ceasefire talks in Cairo", "!*:0*|!*:1*")]
    [InlineData("Oil prices rise as Gulf tensions grow", "!*:0*|!*:1*")]
    public void A_verbless_headline_codes_nothing(string headline, string expected) => AssertHeadline(headline, expected);

    [Theory]
    [InlineData("Zambia court blocks sale of state mining firm", 2, "VBZ")]
    [InlineData("Uganda denies arresting opposition lawmakers", 1, "VBZ")]
    [InlineData("Opposition Party Urges President To Dissolve Parliament", 2, "VBZ")]
    // a preposition after the -s word: the head noun of a verbless headline
    [InlineData("Ukraine peace talks in Geneva", 2, "NNS")]
    // a sentence with its full stop is not a headline: the repair leaves it alone
    [InlineData("Water supplies fell .", 1, "NNS")]
    public void The_headline_verb_repair_tags_the_verb(string sentence, int index, string xpos) => Assert.Equal(xpos, HeadlineTags.Xpos(sentence)[index]);
}
