namespace Tidings.Tests.Coding;

/// <summary>
/// Session 48 (compounds48, decision 041): the two sides of a pair compound before a symmetric event noun ("Iran-US talks",
/// "Sino-Indian border clashes") are the noun's sides as a "between" phrase's are, one event each way; a pair compound
/// before another noun gives no event of its own, and what a contest between the pair did is no act of either side.
/// Headlines in capitals are coded as their Title Case. Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Compounds48Tests
{
    [Theory]
    [InlineData("Iran-US talks resumed in Oman on Sunday.", "IRN→USA:04*|USA→IRN:04*")]
    [InlineData("Sino-Indian border talks ended in Delhi on Friday.", "CHN→IND:04*|IND→CHN:04*")]
    [InlineData("Thailand-Cambodia border clashes flared again on Thursday.", "THA→KHM:19*|KHM→THA:19*")]
    [InlineData("Qatar offered to host Israel-Hamas talks.", "QAT→ISR:039|QAT→PSEREBHMS:039")]
    [InlineData("Oman will host a fresh round of Iran-US talks next week.", "OMN→IRN:039|OMN→USA:039|!USA→OMN:*|!IRN→OMN:*")]
    // What a contest did is its outcome, no act of one side on the dead.
    [InlineData("India-Pakistan border clashes killed five soldiers.", "IND→PAK:19*|!IND→MIL:*|!PAK→MIL:*")]
    // A pair compound on a noun that takes no sides, or a place that only looks like one, gives no event.
    [InlineData("The Nigeria-Morocco pipeline will cost billions.", "!NGA→MAR:*|!MAR→NGA:*")]
    [InlineData("Prices rose on fears over the Russia-Ukraine war.", "!RUS→UKR:19*|!UKR→RUS:19*")]
    [InlineData("Guinea-Bissau and Senegal signed a border agreement.", "GNB→SEN:057|SEN→GNB:057|!GIN→*:*")]
    public void Codes_the_sides_of_a_pair_compound(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("ISRAELI WARPLANES BOMB HEZBOLLAH DEPOT NEAR TYRE", "ISRMIL→LBNREB:19*")]
    [InlineData("UN ENVOY MEETS SUDAN ARMY CHIEF.", "IGOUNO→SDNMIL:04*")]
    [InlineData("RUSSIA, UKRAINE SWAP PRISONERS", "RUS→UKR:*|UKR→RUS:*")]
    [InlineData("TURKEY DETAINS SWEDISH REPORTER", "TUR→SWEMED:173")]
    // "IS" in capitals is the verb, not the Islamic State.
    [InlineData("RUSSIA IS READY FOR TALKS WITH UKRAINE", "!*→IMGMUSISI:*|!IMGMUSISI→*:*")]
    public void Codes_a_headline_in_capitals(string headline, string expected) => PipelineEvents.AssertHeadlineCoded(headline, expected);

    // Title Case headlines: a word the tagger reads as a verb or a function word is no word of a name.
    [Theory]
    [InlineData("Opposition Party Accuses Election Commission Of Fraud", "OPP→GOV:112*")]
    public void Codes_a_title_case_headline(string headline, string expected) => PipelineEvents.AssertHeadlineCoded(headline, expected);
}
