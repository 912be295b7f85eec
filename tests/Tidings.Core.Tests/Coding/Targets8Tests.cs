namespace Tidings.Tests.Coding;

/// <summary>
/// Targets found from the tree (session 18, brief targets8): the antecedent of a pronoun an appeal is addressed to,
/// the place a withdrawal leaves, the people a use of force is aimed at, the members of a delegation received.
/// Events are written "SOURCE→TARGET:CODE" ("-" for none); each listed event must be coded, each "!"-prefixed one must
/// not (see <see cref="PipelineEvents"/>).
/// </summary>
public class Targets8Tests
{
    [Theory]
    // "and urged him to ...": the pronoun an appeal is made to stands for the other side of the event just told
    [InlineData("Kenya's president held talks with Paul Kagame in Nairobi and urged him to extend the ceasefire.", "KENGOV→RWAGOV:02*")]
    [InlineData("Japan's prime minister met the Indonesian president in Tokyo and urged him to reopen the talks.", "JPNGOV→IDNGOV:02*")]
    [InlineData("Ghana's foreign minister phoned her Togolese counterpart and urged her to release the detained journalists.", "GHAGOV→TGOGOV:0253|!GHAGOV→MED:0253")]
    public void An_appeal_to_a_pronoun_is_aimed_at_the_antecedent(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // troops withdrawn "from" a country are the withdrawing side's own; the country left is the target
    [InlineData("France said it would withdraw troops from Chad by the end of the year.", "FRA→TCD:0356|!FRA→TCDMIL:0356")]
    [InlineData("Britain will pull troops from Estonia next spring, the defence ministry said.", "GBR*→EST:0356")]
    [InlineData("The United States withdrew troops from Syria on Tuesday.", "USA→SYR:087*|!USA→SYRMIL:087*")]
    public void Troops_withdrawn_from_a_country_leave_that_country(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // counted people in the "at"/"on" phrase of a use of force are civilians of the place (else of the doer)
    [InlineData("Police in Nairobi fired tear gas at hundreds of people gathered outside parliament.", "KENCOP→KENCVL:175")]
    [InlineData("Riot police in Dhaka fired water cannon at thousands of people on Sunday.", "BGDCOP→BGDCVL:175")]
    [InlineData("Soldiers in Conakry opened fire on dozens of people at a market.", "GINMIL→GINCVL:*")]
    public void Force_aimed_at_counted_people_targets_civilians(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // "received a delegation of X": the members named in the "of" phrase are the visitors
    [InlineData("Egypt's president received a delegation of Sudanese officials in Cairo.", "EGYGOV→SDNGOV:043")]
    [InlineData("Kenya's president received a delegation of Japanese lawmakers on Monday.", "KENGOV→JPNLEG:043")]
    [InlineData("Kenya's president received a delegation from Japan on Monday.", "KENGOV→JPN:043")]
    public void A_delegation_received_is_of_its_members(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a visit to a country whose leader the sentence names as the visitor's partner in talks is a visit to that government
    [InlineData("Spain's prime minister will travel to Morocco next week for talks with King Mohammed VI's government and Prime Minister Aziz Akhannouch.", "ESPGOV→MARGOV:036|!ESPGOV→MAR:036")]
    [InlineData("Kenya's president began a state visit to Japan on Tuesday after talks with Prime Minister Shigeru Ishiba.", "KENGOV→JPNGOV:042")]
    // ... and a visit with no such host stays a visit to the country
    [InlineData("Kenya's president began a state visit to Japan on Tuesday.", "KENGOV→JPN:042")]
    public void A_visit_for_talks_with_a_named_leader_is_to_that_government(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // prisoners of war released between two sides are each side's soldiers
    [InlineData("Armenia and Azerbaijan swapped 30 prisoners of war on Monday.", "ARM→AZEMIL:0841|AZE→ARMMIL:0841")]
    [InlineData("Moscow and Kyiv exchanged 120 prisoners of war each on Sunday.", "RUSGOV→UKRMIL:0841|UKRGOV→RUSMIL:0841")]
    // ... other prisoners exchanged stay with the bare sides
    [InlineData("Armenia and Azerbaijan exchanged prisoners on Monday.", "ARM→AZE:0841|AZE→ARM:0841")]
    public void Prisoners_of_war_swapped_are_the_other_sides_soldiers(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a withdrawal from a border is aimed at the country across it, however the parser hangs "with X"
    [InlineData("Uganda said it would pull back troops and armour from its border with South Sudan within a month.", "UGA→SSD:0356")]
    [InlineData("Kyrgyzstan withdrew its troops from the border with Tajikistan on Friday.", "KGZ→TJK:0874")]
    public void A_withdrawal_from_a_border_is_aimed_across_it(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);
}
