namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (posture67): roots 15 and 10. (1) A state's military craft reported, sent or placed around, near, toward or
/// off another state are a show of force to it (150, decision 056), whichever verb tells it: a verb that reports seeing them
/// ("tracked", "detected", "reported"), one that sends them, or one they are the subject of ("surrounded"); the state shown
/// to is an actor after the preposition, or, for "the island", "its coast", the state that reports them. (2) An act another
/// side "must" do, told by a speaker, is the speaker's demand of that side (10x), also when the lexicon does not know the
/// demanded verb. Events are written "SOURCE→TARGET:CODE"; "!" marks an event that must not be coded. Sentences written for
/// these tests, not taken from the gold lines.
/// </summary>
public class Posture67Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Military craft about another state: reported, sent or surrounding it.
    [Theory]
    [InlineData("Taiwan's defence ministry said it detected 19 Chinese military aircraft and six navy ships around the island on Tuesday.", "CHNMIL→TWN:150")]
    [InlineData("Vietnam Reports Chinese Warships Near Its Coast", "CHNMIL→VNM:150")]
    [InlineData("The Philippine coast guard reported five Chinese navy vessels off its coast.", "CHNMIL→PHL:150")]
    [InlineData("China's military sent 32 aircraft and nine warships around Taiwan on Thursday.", "CHNMIL→TWN:150")]
    [InlineData("Chinese warships and aircraft surrounded Taiwan during the drills.", "CHNMIL→TWN:150")]
    // craft counted as none, fishing boats with no force, and craft shot down are no show of force
    [InlineData("Taiwan detected no Chinese aircraft near the island on Sunday.", "!CHNMIL→TWN:150")]
    [InlineData("Chinese fishing boats were spotted near the Natuna Islands, Indonesia said.", "!*→*:150")]
    [InlineData("Ukraine shot down 40 Russian drones near Kyiv.", "!*→*:150")]
    public void Military_craft_about_another_state_show_force(string sentence, string expected) => AssertCoded(sentence, expected);

    // "X must VERB", told by a speaker of another side, is the speaker's demand.
    [Theory]
    [InlineData("China said Japan must retract the remarks.", "CHN→JPN:100")]
    [InlineData("Lula: Venezuela must publish full election results", "BRAGOV→VEN:10*")]
    [InlineData("Sudan's army chief said the RSF must leave the cities it holds.", "SDNMIL→SDNREB:10*")]
    [InlineData("'Israel must let foreign reporters into Gaza, and it must do so now,' the head of the Committee to Protect Journalists said in Geneva.", "*→ISR:1055")]
    // a side's word on its own state, a state of being and a speaker no actor are no demand
    [InlineData("Kenya's finance minister said Kenya must cut spending.", "!*→*:10*")]
    [InlineData("France said the talks must be inclusive.", "!*→*:10*")]
    [InlineData("Analysts said the central bank must raise rates.", "!*→*:10*")]
    public void What_another_side_must_do_is_demanded(string sentence, string expected) => AssertCoded(sentence, expected);
}
