namespace Tidings.Tests.Coding;

/// <summary>
/// Who did what to whom in wire copy (session 14, split blind22 of gold/events-gold.jsonl): the syntax that carries the
/// roles — reported speech, the matter of talks, passives, coordination — over the default pipeline. Events are written
/// "SOURCE→TARGET:CODE" ("-" for none); each listed event must be coded, each "!"-prefixed one must not. Sentences written
/// for these tests.
/// </summary>
public class WireAttributionTests
{
    [Theory]
    // "said on DAY that X had done": the pluperfect only backshifts reported speech; the reported act is today's news
    [InlineData("Uganda's army said on Wednesday that its soldiers had killed six rebels near the Congolese border.", "UGAMIL→UGAREB:190")]
    [InlineData("Peru's interior ministry said on Sunday that police had arrested a former regional governor in Cusco.", "PERCOP→PERELI:173")]
    [InlineData("Chile's foreign ministry said in a statement that Bolivia had expelled two Chilean diplomats.", "BOL→CHLGOV:16*")]
    public void Reported_speech_after_a_day_or_a_statement_is_news(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // the matter of talks is no event of its own: the object of "discuss" (or of a noun holding it) and "on"/"about" phrases
    [InlineData("Mozambique's defence minister met Rwandan commanders in Maputo on Tuesday to discuss insurgent attacks in Cabo Delgado.", "MOZGOV→RWAMIL:043|!*:180")]
    [InlineData("Nepal's home minister met community leaders in Janakpur to discuss a series of bomb attacks.", "!*:183|!*:180")]
    [InlineData("The presidents of Malawi and Zambia held talks in Lilongwe on Friday on reopening a border crossing.", "ZMBGOV→MWIGOV:042|!*:081")]
    public void The_matter_of_talks_is_not_an_event(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
