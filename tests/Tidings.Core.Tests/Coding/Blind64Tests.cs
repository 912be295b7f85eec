namespace Tidings.Tests.Coding;

/// <summary>
/// Session 46 (blind64): causes found in the first run of the headline split blind64. Headlines abbreviate titles ("FM",
/// "PM", "FMs", "Govt", "Prez", "ex-minister"), use short verbs the tagger did not know ("raps", "nabs", "axes"), write the
/// sponsor of a group as a hyphenated participle ("Moscow-backed") that the tagger took for the headline's verb, and
/// announce plans as "Name Name to visit ...". Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind64Tests
{
    [Theory]
    // a sponsor compound before a noun is an adjective, so the verb before it stays the headline's verb
    [InlineData("Armenian police detain Moscow-backed activists in Gyumri", 3, "JJ")]
    // a capitals acronym after a country adjective heads the subject
    [InlineData("Latvian FM raps Minsk over border incidents", 1, "NNP")]
    [InlineData("Latvian FM raps Minsk over border incidents", 2, "VBZ")]
    // a hyphenated word of another kind keeps what the tagger made of it
    [InlineData("Police fire tear gas at flood-hit villagers", 1, "VBP")]
    public void Headline_words_are_tagged_as_headlines_use_them(string sentence, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(sentence, index));

    [Theory]
    // abbreviated titles after a country word are the office's holders
    [InlineData("Latvian FM raps Minsk over border incidents", "LVAGOV→BLRGOV:111")]
    [InlineData("Danish FM raps Washington over tariffs", "DNKGOV→USAGOV:111")]
    [InlineData("Egyptian, Turkish FMs hold talks in Cairo", "TURGOV→EGYGOV:042")]
    [InlineData("Thai PM to visit Phnom Penh next month", "THAGOV→KHM*:036")]
    [InlineData("Chad govt pulls out of talks with rebels", "TCDGOV→TCDREB:164")]
    [InlineData("Prez Ruto pardons 500 prisoners", "KENGOV→KENCVL:0841")]
    [InlineData("Dems slam Trump over tariff plan", "USAPTY→USAGOV:111")]
    [InlineData("Polish prosecutors quiz ex-minister over arms deal", "POLJUD→POLELI:091")]
    [InlineData("Kenyan court jails ex-governor for ten years over graft", "KENJUD→KENELI:116")]
    // a name run after the actor word still opens a headline's announced plan
    [InlineData("Pope Leo to visit Angola and Namibia", "VATREL→AGO:036|!VATREL→AGO:042")]
    // a sponsor compound no longer takes the arrest's place as the verb
    [InlineData("Armenian police detain Moscow-backed activists in Gyumri", "ARMCOP→ARMCVL:173")]
    // headline verbs
    [InlineData("Sweden axes development aid to Mali", "SWE→MLI:1621|!SWE→MLI:07*")]
    [InlineData("India, France hold joint drills in Rajasthan", "IND→FRA:062|FRA→IND:062")]
    public void Headline_abbreviations_and_verbs_are_coded(string headline, string expected) =>
        PipelineEvents.AssertHeadlineCoded(headline, expected);

    [Theory]
    // "PM" after a number is a time and "FM" a radio band: no minister acts
    [InlineData("The rally in Nairobi ended at 10 PM after police fired tear gas at protesters.", "!KENGOV→*:*")]
    [InlineData("Capital FM said police arrested two journalists in Nairobi.", "!*GOV→*:173")]
    [InlineData("Police arrested two men who had attacked an FM radio station in Goma.", "!*GOV→*:*")]
    public void Abbreviations_that_are_no_titles_name_no_minister(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
