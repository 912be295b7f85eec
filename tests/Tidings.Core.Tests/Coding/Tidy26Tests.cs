namespace Tidings.Tests.Coding;

/// <summary>
/// Session 26 (tidy26) review of round-1 code, which kept output identical: these rows pin the paths the review
/// rewrote (an "including" list's members, a "last month" cue in a noun-modifying clause, a report coordinated after a
/// copular clause, a one-word company in apposition, a rank between "former" and the office, an act helped toward,
/// an appeal to "all sides").
/// </summary>
public class Tidy26Tests
{
    [Theory]
    // every member of a group noun's "including" list is a source, also when the group noun is coded by its role
    [InlineData("Several donor countries including Norway, Japan and Canada pledged aid to Sudan.", "NOR→SDN:033|JPN→SDN:033|CAN→SDN:033")]
    [InlineData("Aid groups including Oxfam and the Red Cross criticised Israel.", "NGODEV→ISR:111|NGOHLHIRC→ISR:111")]
    public void The_members_of_an_including_list_are_the_sources(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "last month" inside a relative clause dates that clause only; the main clause stays the news
    [InlineData("Gunmen who kidnapped 20 villagers last month freed them on Sunday.", "REB→CVL:0841|!*:18*")]
    public void Last_month_in_a_relative_clause_dates_that_clause(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an appeal coordinated after a reported copular clause is the reporter's
    [InlineData("Egypt's foreign minister said the vote had been peaceful and called on the opposition to accept the result.", "EGYGOV→EGYOPP:020")]
    public void An_appeal_after_a_reported_copular_clause_is_the_reporters(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a one-word name in apposition to a business noun is a company of the appositive's country
    [InlineData("Ryanair, the Irish airline, sued the European Commission.", "IRLBUS→IGOEUREEC:115")]
    // a rank word between "former" and the office keeps the office a former one
    [InlineData("Former deputy president Daniel Okot was arrested by Uganda's army.", "UGAMIL→UGAELI:173")]
    [InlineData("Former vice president Daniel Okot was arrested by the army.", "MIL→ELI:173")]
    public void Apposed_companies_and_former_ranks(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the act after "to help X" is what the help is for, not an event of its own
    [InlineData("Britain sent troops to help the Iraqi army fight insurgents.", "GBR→IRQMIL:074|!*:19*")]
    // an appeal to "all sides" has no recipient
    [InlineData("The UN called on all sides to respect the ceasefire.", "IGOUNO→-:0256")]
    public void Helped_acts_and_appeals_to_all_sides(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
