namespace Tidings.Tests.Coding;

/// <summary>
/// Errors of the blind57 split (session 37: short paragraphs of one story whose later sentences refer back to actors and acts
/// of the first). "Those held included X", "They included X": a sentence that names more of the people an act of the
/// sentence before it was aimed at adds each as a further target of that act (ShallowCoder.CodeIncludedTargets).
/// "condemned the raids": a raid named back is a police one or an armed one, whichever the article told
/// (TreeRoles.AnaphoricNounFits). Workers who "stopped work" are on strike (verbs.tsv). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Paragraphs written for these tests.
/// </summary>
public class Blind57Tests
{
    [Theory]
    [InlineData("Police in Harare arrested 31 people at a rally on Saturday. Those held included three opposition councillors.", "ZWECOP→ZWEOPP:173")]
    [InlineData("Gunmen kidnapped 12 passengers on a highway in Zamfara state. They included two nurses, police said.", "NGAREB→NGAHLH:181")]
    [InlineData("Belarus freed 20 prisoners on Thursday. Those released included a Lithuanian journalist.", "BLR→LTUMED:0841")]
    // an "included" with no act on people before it adds nothing
    [InlineData("Ministers met in Nairobi on Monday. They included the Kenyan foreign minister.", "!*:17*|!*:18*")]
    // the act's own side named again is no new target
    [InlineData("Police in Lima detained 40 protesters. Those held included two police cadets.", "!PERCOP→PERCOP:*")]
    public void Included_people_are_further_targets_of_the_act_before(string paragraph, string expected) => PipelineEvents.AssertCoded(paragraph, expected);

    [Theory]
    [InlineData("Iranian drones struck Kurdish opposition camps in northern Iraq on Tuesday. The Kurdistan regional government condemned the raids.", "IRQGOV→IRN*:111")]
    [InlineData("Police raided the offices of an opposition newspaper in Dhaka on Monday. The Committee to Protect Journalists condemned the raid.", "*→BGDCOP:111")]
    public void A_raid_named_back_is_the_act_the_article_told(string paragraph, string expected) => PipelineEvents.AssertCoded(paragraph, expected);

    [Theory]
    [InlineData("Dock workers in Durban stopped work on Monday over a pay dispute.", "ZAFLAB→*:143")]
    [InlineData("Nurses in Lagos stopped work on Tuesday to demand unpaid allowances.", "NGAHLH→*:143")]
    // a thing that stops work is no strike
    [InlineData("Heavy rain stopped work at the port of Mombasa on Monday.", "!*:143")]
    public void Stopped_work_is_a_strike(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
