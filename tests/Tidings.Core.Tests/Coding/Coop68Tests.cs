namespace Tidings.Tests.Coding;

/// <summary>
/// Session 68 (coop68): roots 03 to 08. An intent to meet or negotiate whose phrase names no partner is aimed at the one
/// other side the sentence names (036); a withdrawal "out of" a place is aimed at the place's country (0874, decision 051);
/// people rescued from a small boat at sea are migrants (REF). Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not be. Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Coop68Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The partner of a meeting intent is the one other side the line names; with none, or with two states, no event.
    [Theory]
    [InlineData("Venezuela's president accused Guyana of provoking the crisis and said Caracas was ready for talks.", "VENGOV→GUY*:036")]
    [InlineData("The rebels said on Sunday that they were ready for talks.", "!*→*:036")]
    [InlineData("Sudan's army blamed Egypt and Ethiopia for the crisis and said it was ready for talks.", "!*→*:036")]
    public void A_meeting_intent_is_aimed_at_the_other_side_named(string sentence, string expected) => AssertCoded(sentence, expected);

    // "pulled its troops out of Kherson": the ground left names the target as "from" does; at home it names none.
    [Theory]
    [InlineData("Russia pulled its troops out of Kherson on Friday.", "RUS*→UKR:0874")]
    [InlineData("France pulled its last soldiers out of Chad in January.", "FRA*→TCD:0874")]
    [InlineData("France pulled its soldiers out of a camp near Paris on Friday.", "!FRA*→FRA:0874")]
    public void Troops_pulled_out_of_a_place_yield_it_to_its_country(string sentence, string expected) => AssertCoded(sentence, expected);

    // People taken from a small boat at sea are migrants (REF); people of a named nationality and people pulled from rubble
    // keep their own code.
    [Theory]
    [InlineData("The Maltese navy rescued 45 people from a sinking dinghy on Tuesday.", "MLTMIL→REF:073")]
    [InlineData("The Maltese navy rescued 45 people from a sinking dinghy on Tuesday.", "!MLTMIL→MLTCVL:073")]
    [InlineData("Turkish soldiers rescued 45 people from a collapsed building in Hatay on Tuesday.", "!*→REF:073")]
    [InlineData("Indonesia's navy rescued 23 Malaysian fishermen whose boat sank in a storm.", "!*→REF:073")]
    public void People_rescued_from_a_boat_are_migrants(string sentence, string expected) => AssertCoded(sentence, expected);
}
