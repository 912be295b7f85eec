using Tidings.Documents;
using Tidings.Text;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (realnews64): real articles, a fresh round. (1) A lone asterisk written against a full stop is a footnote
/// mark and ends the sentence before a capitalised word, as Markdown emphasis ("**") already did: "... for the world.* The
/// governments ..." ran the next sentence into the one before, so its act took the earlier sentence's subject as a joint
/// subject. A wire service's running-story label ("OKLAHOMA CITY The Latest on ... (all times local): 10:50 a.m.") ends after its
/// time stamp and codes nothing: it names the story's topic. (2) Decision 047: "the West" and its unnamed Western allies, partners and governments are no actor; a role noun
/// whose states are only "Western" is the bare role. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded,
/// each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class RealNews64Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Expected sentences are separated by " || ".
    [Theory]
    [InlineData("An analyst asks whether the row will become a new crisis for the region.* Canada has expelled two Russian diplomats.",
        "An analyst asks whether the row will become a new crisis for the region.* || Canada has expelled two Russian diplomats.")]
    [InlineData("The vote was delayed.* Turnout fell sharply.", "The vote was delayed.* || Turnout fell sharply.")]
    // no capitalised word after the mark, a mark at the end, or an asterisk with space before it: unchanged
    [InlineData("The vote was delayed.* see the note below for turnout.", "The vote was delayed.* see the note below for turnout.")]
    [InlineData("The talks ended.*", "The talks ended.*")]
    [InlineData("Prices rose 3 * 4 percent.", "Prices rose 3 * 4 percent.")]
    public void A_footnote_asterisk_against_a_full_stop_ends_the_sentence(string text, string expected)
    {
        var doc = new Document(text);
        Tokenizer.Default.Process(doc);
        Assert.Equal(expected, string.Join(" || ", doc.Sentences().Select(s => s.Text)));
    }

    // A running story's label ends after the first update's time stamp; other times of day before a capitalised word do not
    // end a sentence by this rule.
    [Theory]
    [InlineData("DENVER The Latest on nurses striking over staffing at three city hospitals (all times local): 9:40 a.m. Colorado lawmakers will meet on Friday.",
        "DENVER The Latest on nurses striking over staffing at three city hospitals (all times local): 9:40 a.m. || Colorado lawmakers will meet on Friday.")]
    [InlineData("The talks resumed at 10 a.m. Monday in Geneva.", "The talks resumed at 10 a.m. Monday in Geneva.")]
    public void A_running_story_label_ends_after_its_time_stamp(string text, string expected)
    {
        var doc = new Document(text);
        Tokenizer.Default.Process(doc);
        Assert.Equal(expected, string.Join(" || ", doc.Sentences().Select(s => s.Text)));
    }

    // The label names the story's topic and asserts no act; the update after it is coded, and "the latest" in running text is
    // no label.
    [Theory]
    [InlineData("DENVER The Latest on nurses rallying for higher pay at three city hospitals (all times local): 9:40 a.m. Striking nurses marched to the state Capitol on Friday.",
        "!USAHLH→*:141")]
    [InlineData("DENVER (AP) — The Latest on nurses rallying for higher pay at three city hospitals (all times local): 9:40 a.m. Nurses in Denver protested outside the governor's office on Friday.",
        "USAHLH→*:14*")]
    [InlineData("Nurses in Denver rallied for higher pay at three city hospitals on Friday, the latest on a string of protests.",
        "USAHLH→*:141")]
    public void A_running_story_label_asserts_no_act(string text, string expected) => AssertCoded(text, expected);

    // The act after the footnote mark keeps its own subject, not a joint subject with the sentence before.
    [Theory]
    [InlineData("Fyodor Petrov, director of a Moscow think tank, talks about whether the dispute will become a new war for the world.* The governments of two dozen countries have announced the expulsion of Russian diplomats.",
        "GOV→RUSGOV:161")]
    [InlineData("Fyodor Petrov, director of a Moscow think tank, talks about whether the dispute will become a new war for the world.* The governments of two dozen countries have announced the expulsion of Russian diplomats.",
        "!GOV→RUSGOV:174")]
    public void The_sentence_after_a_footnote_mark_keeps_its_subject(string sentence, string expected) => AssertCoded(sentence, expected);

    // Decision 047: a Western group names no actor; a named organisation of Western states keeps its code.
    [Theory]
    [InlineData("Ukraine's defence minister urged Western allies to send more artillery shells.", "UKRGOV→-:0232")]
    [InlineData("Ukraine's defence minister urged Western allies to send more artillery shells.", "!UKRGOV→WST*:*")]
    [InlineData("Moscow demanded that the West lift sanctions on Russian banks.", "!RUSGOV→WST*:*")]
    [InlineData("Ukraine's defence minister urged NATO to send more artillery shells.", "UKRGOV→IGOWSTNAT:0232")]
    public void The_West_names_no_actor(string sentence, string expected) => AssertCoded(sentence, expected);
}
