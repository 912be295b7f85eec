namespace Tidings.Tests.Coding;

/// <summary>
/// Session 48 (lead): asides on the subject. A relative clause or aside set off on the subject by commas or dashes
/// ("Russia, which denies it, attacked Ukraine"; "Israel — which says it targets militants — struck a school") neither
/// frames the news verb after it nor takes its subject away. Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Lead48Tests
{
    [Theory]
    [InlineData("Russia, which denies the charge, attacked the Ukrainian port of Odesa on Monday.", "RUS→UKR:19*")]
    [InlineData("Israel, which denies targeting civilians, struck a school in Gaza on Tuesday.", "ISR→PSE:19*")]
    [InlineData("Israel — which says it only targets militants — struck a school in Gaza on Tuesday.", "ISR→PSE:19*")]
    [InlineData("Israel — which says it only targets militants — struck a school in Gaza on Tuesday.", "!PSE*→PSE*:19*")]
    [InlineData("Russia – which has denied targeting civilians – launched 40 drones at Kyiv overnight.", "RUS→UKR:195*")]
    [InlineData("Mali's junta -- which seized power in 2021 -- dissolved all political parties on Friday.", "MLI*→MLIPTY:172*")]
    // the denial itself is still read where the frame does govern its act
    [InlineData("Russia denied that it had attacked Ukraine on Monday.", "RUS→UKR:016")]
    [InlineData("Russia denied attacking Ukraine on Monday.", "RUS→UKR:016")]
    public void An_aside_on_the_subject_leaves_the_news_verb_its_event(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "press" someone to act is a demand of that act (10x by what is asked, 100 when the asked verb names no kind of demand);
    // "pressed ahead", "pressed charges" and the press are no demand.
    [Theory]
    [InlineData("Germany pressed Serbia to recognise Kosovo's independence.", "DEU→SRB:10*")]
    [InlineData("The World Bank pressed Egypt to trim fuel subsidies before the next loan tranche.", "IGO*→EGY:10*")]
    [InlineData("Egypt and Qatar are pressing Hamas to accept the latest proposal.", "QAT→PSEREBHMS:10*")]
    [InlineData("The government pressed ahead with the pension reform on Tuesday.", "!*→*:10*")]
    [InlineData("Tunisia's press union condemned the arrest of a reporter.", "!*→*:10*")]
    [InlineData("Kenya pressed charges against two Ugandan activists.", "!*→*:10*")]
    public void Pressing_a_side_to_act_demands_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A participle of saying, asking or protesting right after a noun of people is that group's act, not the main clause's
    // doer's ("fired tear gas at protesters demanding ..."); after a comma it stays the doer's.
    [Theory]
    [InlineData("Riot police in Lima fired tear gas at protesters demanding the president's resignation.", "PERCVL→PERGOV:104*")]
    [InlineData("Riot police in Lima fired tear gas at protesters demanding the president's resignation.", "!PERCOP→*:104*")]
    [InlineData("Soldiers in Conakry beat students calling for the release of detained activists.", "GINEDU→*:025*")]
    [InlineData("Soldiers in Conakry beat students calling for the release of detained activists.", "!GINMIL→*:025*")]
    [InlineData("Police in Lima dispersed the protesters, accusing them of blocking the highway.", "PERCOP→PERCVL:112")]
    public void A_crowds_participle_is_the_crowds_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Control regained or wrested from a side takes ground from it (192); control of a chamber is won in a vote.
    [Theory]
    [InlineData("Sudan's army regained control of the refinery town of Al-Jaili from the Rapid Support Forces.", "SDNMIL→SDNREB:192")]
    [InlineData("Nigerian troops wrested control of two villages in Borno state from Boko Haram fighters.", "NGAMIL→NGAREB:192")]
    [InlineData("Colombia's ruling coalition regained control of the senate in Sunday's vote.", "!*→*:192")]
    [InlineData("Kenya's opposition took control of the county assembly after the by-election.", "!*→*:192")]
    public void Control_won_back_takes_ground_but_a_chamber_is_won_in_a_vote(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
