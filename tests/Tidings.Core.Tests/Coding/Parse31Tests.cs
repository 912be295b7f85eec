namespace Tidings.Tests.Coding;

/// <summary>
/// Long news sentences that got no event because the tagger read the main verb as a participle (session 31, parse31):
/// after a subject with a long modifier (a participle clause, a relative clause without commas, an interruption set off
/// by commas) the -ed form of the clause's verb was tagged VBN and hung on the last noun as a reduced relative, which
/// left a sentence with a noun root and no verb. A verb that takes no object has no passive, so its -ed form after the
/// subject's noun is the finite verb; a subject set off from its verb by ", according to ...," or ", backed by ...,"
/// still stands before the verb.
/// </summary>
public class Parse31Tests
{
    [Theory]
    // a verb that takes no object, after a subject with a relative clause or a participle clause
    [InlineData("About 300 Ukrainian marines who had held out in the port for weeks surrendered to Russian forces .", 13, "VBD")]
    [InlineData("A convoy of 30 Egyptian lorries carrying flour and medicine crossed into Gaza on Monday .", 10, "VBD")]
    [InlineData("Thousands of farmers from the northern provinces marched through the capital on Tuesday .", 7, "VBD")]
    // the subject before an interruption set off by commas
    [InlineData("Malian troops , according to a report released by the United Nations , killed dozens of villagers .", 13, "VBD")]
    [InlineData("Sudanese soldiers , backed by allied militias , killed dozens of villagers in North Kordofan .", 8, "VBD")]
    // a reduced relative or a passive with its agent stays a participle
    [InlineData("Relatives of the hostages held in Gaza met the prime minister on Monday .", 4, "VBN")]
    [InlineData("The border crossed by the migrants is closed at night .", 2, "VBN")]
    public void The_past_form_after_a_long_subject_is_the_finite_verb(string sentence, int index, string expected) =>
        Assert.Equal(expected, PipelineEvents.XposAt(sentence, index));

    [Theory]
    [InlineData("About 300 Ukrainian marines who had held out in the port for weeks surrendered to Russian forces.", "UKRMIL→RUSMIL:0874")]
    [InlineData("Malian troops, according to a report released by the United Nations, killed dozens of villagers in central Mali.", "MLIMIL→MLICVL:*")]
    [InlineData("Sudanese soldiers, backed by allied militias, killed dozens of villagers in North Kordofan.", "SDNMIL→SDNCVL:*")]
    // the verb of a subordinate clause does not take the place of a main verb the tagger missed
    [InlineData("Thousands of miners downed tools at platinum mines in South Africa after wage talks with the companies collapsed.", "ZAFLAB→*:143")]
    // a reduced relative stays one: the meeting is the event
    [InlineData("Relatives of the hostages held in Gaza met the Israeli prime minister on Monday.", "ISRCVL→ISRGOV:040")]
    public void A_long_sentence_keeps_its_main_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
