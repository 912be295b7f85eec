namespace Tidings.Tests.Coding;

/// <summary>
/// Session 69 (background69): background. A time cue inside a relative clause set off by commas dates that clause alone,
/// not a participle of the main clause ("Niger's junta, which seized power in 2023, expelled ..., accusing him of ...");
/// an act told as a gerund after "for" is the ground of the act the sentence reports ("criticised Nicaragua for expelling four
/// more priests"), background; a pluperfect in a relative clause without a comma dates that clause, not
/// the news it hangs in ("detained three students who had organised a sit-in"); a ", where" clause in the present perfect
/// describes its place ("where soldiers have fought militias"), background. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Background69Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The participle of the main clause is news; the relative clause's own act, and a participle dated by a cue of the main
    // clause, stay history.
    [Theory]
    [InlineData("Niger's junta, which seized power in a coup in July 2023, expelled the French ambassador on Friday, accusing him of spreading lies about the army.", "NERMIL→FRAGOV:112")]
    [InlineData("Niger's junta expelled the French ambassador in July 2023, accusing him of spreading lies about the army.", "!NERMIL→FRAGOV:112")]
    [InlineData("Chad's army, which fought the rebels near Mao in 2021, captured a rebel base near the Libyan border on Monday.", "TCDMIL→TCDREB:192")]
    [InlineData("Chad's army, which fought the rebels near Mao in 2021, captured a rebel base near the Libyan border on Monday.", "!TCDMIL→TCDREB:190")]
    public void A_cue_in_a_set_off_relative_clause_dates_only_that_clause(string sentence, string expected) => AssertCoded(sentence, expected);

    // The deed a sanction, a sentence or a judgement is imposed for is its ground, background; the same deed told by its own
    // clause is news.
    [Theory]
    [InlineData("The UN rights office criticised Nicaragua on Friday for expelling four more priests.", "IGOUNOHRIHCH→NIC:111")]
    [InlineData("The UN rights office criticised Nicaragua on Friday for expelling four more priests.", "!NIC→NICREL:174")]
    [InlineData("Nicaragua expelled four more priests on Friday, and the UN rights office criticised the move.", "NIC→NICREL:174")]
    [InlineData("Japan imposed sanctions on four Indian companies for supplying drones to Russia.", "JPN→INDBUS:163")]
    [InlineData("Four Indian companies supplied drones to Russia, and Japan imposed sanctions on them.", "INDBUS→RUS:072")]
    public void A_deed_named_as_the_ground_of_an_act_is_background(string sentence, string expected) => AssertCoded(sentence, expected);

    // A pluperfect in a restrictive relative clause (no comma, so one word clause with the news) dates only that clause: the
    // arrest is news, the sit-in the students had organised stays history; a pluperfect of the main clause still dates it.
    [Theory]
    [InlineData("Police in Belgrade detained three students who had organised a sit-in at the university.", "SRBCOP→SRBEDU:173")]
    [InlineData("Police in Belgrade detained three students who had organised a sit-in at the university.", "!SRBEDU→SRBGOV:141")]
    [InlineData("Police in Belgrade had detained three students at the university in 2023.", "!SRBCOP→SRBEDU:173")]
    public void A_pluperfect_in_a_relative_clause_dates_only_that_clause(string sentence, string expected) => AssertCoded(sentence, expected);

    // A ", where" clause in the present perfect tells what has gone on at the place, a standing state told as context; a
    // simple past there goes on with the story and stays news.
    [Theory]
    [InlineData("Chad sent troops to the northern town of Faya, where Chadian soldiers have fought Libyan militias.", "!TCDMIL→LBYREB:190")]
    [InlineData("Chad sent troops to the northern town of Faya, where Chadian soldiers have fought Libyan militias.", "TCDMIL→*:154")]
    [InlineData("Chad sent troops to the northern town of Faya, where Chadian soldiers fought Libyan militias on Monday.", "TCDMIL→LBYREB:190")]
    [InlineData("Police fired tear gas at students in Novi Sad, where students have held months of protests against the government.", "!SRBEDU→SRBGOV:141")]
    [InlineData("Police fired tear gas at students in Novi Sad, where students have held months of protests against the government.", "SRBCOP→SRBEDU:175")]
    public void A_where_clause_in_the_present_perfect_is_background(string sentence, string expected) => AssertCoded(sentence, expected);
}
