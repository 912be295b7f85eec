namespace Tidings.Tests.Coding;

/// <summary>
/// Session 67 (coerce67): root 17, false and missed events. Events are written "SOURCE→TARGET:CODE"; each listed event must
/// be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Coerce67Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A court jails by sentencing: its jailing is its finding (116, decision 028) with or without a term named; a jailing
    // told as before trial detains (173), and police, prosecutors or a state that jail someone keep 173.
    [Theory]
    [InlineData("A court in Minsk jailed two reporters for extremism on Tuesday.", "BLRJUD→BLRMED:116")]
    [InlineData("A court in Minsk jailed two reporters for extremism on Tuesday.", "!BLRJUD→BLRMED:173")]
    [InlineData("Vietnam court jails blogger for anti-state propaganda", "VNMJUD→*:116")]
    [InlineData("A military tribunal in Kinshasa imprisoned a former general for treason.", "CODJUD→*:116")]
    [InlineData("The activist was jailed by a court in Tashkent for insulting the president.", "UZBJUD→*:116")]
    [InlineData("A court in Ankara jailed the opposition mayor pending trial on corruption charges.", "TURJUD→TUROPP:173")]
    [InlineData("A court in Ankara jailed the opposition mayor pending trial on corruption charges.", "!TURJUD→TUROPP:116")]
    [InlineData("A court in Cairo jailed the blogger ahead of his trial.", "!EGYJUD→*:116")]
    [InlineData("Police in Harare jailed three protesters overnight.", "ZWECOP→ZWECVL:173")]
    [InlineData("Police in Harare jailed three protesters overnight.", "!ZWECOP→ZWECVL:116")]
    public void A_courts_jailing_is_its_sentence(string sentence, string expected) => AssertCoded(sentence, expected);
}
