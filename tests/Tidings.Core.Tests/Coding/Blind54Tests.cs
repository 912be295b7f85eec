namespace Tidings.Tests.Coding;

/// <summary>
/// Errors of the blind54 split (session 34: 2025-2026 current affairs): a central bank named by its generic name right
/// before its titled governor ("Bank of Japan Governor Kazuo Ueda said ...") was a second subject of the verb, so every
/// event of the governor was coded twice, once with the bank (BUS) as source; the bank now joins the governor's mention
/// (ActorRecognizer.MergeBodyBeforeTitledPerson). A conjunction between the two keeps two actors. A force pushed out of or
/// back from ground is fought (190), as one driven out is; a leader pushed out or a vote pushed back is not. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind54Tests
{
    [Theory]
    // the governor acts, once, for his bank
    [InlineData("Bank of Japan Governor Kazuo Ueda criticised Washington for pressing Tokyo to weaken the yen.", "JPNGOV→USAGOV:111|!JPNBUS→*:*")]
    [InlineData("Reserve Bank of India Governor Sanjay Malhotra criticised the United States for its tariffs on Indian goods.", "INDGOV→USA*:111|!INDBUS→*:*")]
    [InlineData("Bank of England Governor Andrew Bailey criticised Washington for attacking the Federal Reserve.", "GBRGOV→USAGOV:111|!GBRBUS→*:*")]
    [InlineData("Bank of Canada Governor Tiff Macklem criticised Washington's tariffs on Canadian steel.", "CANGOV→USA*:111|!CANBUS→*:*")]
    // the bank and its governor joined by "and" are two targets
    [InlineData("Protesters in Tokyo denounced the Bank of Japan and Governor Kazuo Ueda.", "JPNCVL→JPNBUS:111|JPNCVL→JPNGOV:111")]
    public void A_bank_before_its_titled_governor_is_no_second_actor(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a force as object: fighting
    [InlineData("Ukrainian troops pushed Russian forces out of two villages near Kupiansk.", "UKRMIL→RUSMIL:190")]
    [InlineData("Sudan's army pushed RSF forces back from the outskirts of El Obeid.", "SDNMIL→SDNREB:190")]
    // a person or a date pushed is no fighting
    [InlineData("The ruling party pushed its leader out after the election defeat.", "!*:190")]
    [InlineData("Parliament pushed the vote back to March.", "!*:190")]
    public void A_force_pushed_out_or_back_is_fought(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
