namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (source66): the wrong actor altogether. A speaker's own second act after a backshifted reported clause ("said
/// Kenya had returned ... and urged Nairobi to ...") is the speaker's, not the reported subject's: the parser hangs the
/// appeal on the reported participle, and a past conjunct could share its "had" or "were" only in a reading the gold
/// never takes for an appeal, accusation or condemnation after a report (TreeRepairs.SpeakersConjunctOnReportedClause).
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be.
/// Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Source66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A past verb of the speaker's own act after a pluperfect or passive reported clause is the speaker's conjunct;
    // a material verb after the pluperfect shares its auxiliary and its subject, and two plain past verbs keep the tree.
    [Theory]
    [InlineData("The UN refugee agency said Kenya had forcibly returned 200 Somali asylum seekers last week and urged Nairobi to respect international law.", "IGOUNOREFHCR→KENGOV:020")]
    [InlineData("The UN refugee agency said Kenya had forcibly returned 200 Somali asylum seekers last week and urged Nairobi to respect international law.", "!KEN→KENGOV:020")]
    [InlineData("Ukraine's ombudsman said Russian forces had executed five prisoners near Pokrovsk, and called on the Red Cross to press Moscow for access.", "UKRGOV→NGOHLHIRC:022")]
    [InlineData("Ukraine's ombudsman said Russian forces had executed five prisoners near Pokrovsk, and called on the Red Cross to press Moscow for access.", "!RUSMIL→NGOHLHIRC:022")]
    [InlineData("Nigeria's army said Boko Haram fighters had stormed the village and killed 20 farmers.", "NGAREB→NGAAGR:1823")]
    [InlineData("Police in Lima said the protesters blocked the main road and demanded the minister's resignation.", "PERCVL→PERGOV:1441")]
    [InlineData("Police in Lima said the protesters had blocked the main road and demanded the minister's resignation.", "PERCVL→PERGOV:1441")]
    public void Speakers_act_after_a_backshifted_report(string sentence, string expected) => AssertCoded(sentence, expected);

    // The Islamic State's regional branches named by the possessive are coded by the country each fights in (the branch
    // rows of data/actors/organizations-groups.tsv); the Islamic State named without a branch stays IMGMUSISI. UN special
    // rapporteurs are Human Rights Council mandates (IGOUNOHRI), not the UN at large.
    [Theory]
    [InlineData("Militants from the Islamic State's West Africa branch killed 12 soldiers in Borno state on Sunday.", "NGAREB→NGAMIL:190")]
    [InlineData("Militants from the Islamic State's West Africa branch killed 12 soldiers in Borno state on Sunday.", "!IMGMUSISI→*:190")]
    [InlineData("A suicide bomber killed 20 people at a market in Kabul in an attack claimed by the Islamic State's Khorasan branch.", "AFGREB→AFGCVL:1831")]
    [InlineData("The Islamic State group said it had killed five soldiers in Iraq.", "IMGMUSISI→IRQMIL:190")]
    [InlineData("The UN special rapporteur on torture arrived in Minsk on Monday for a five-day visit.", "IGOUNOHRI→BLR:042")]
    [InlineData("The UN special rapporteur on torture arrived in Minsk on Monday for a five-day visit.", "!IGOUNO→BLR:042")]
    public void Branches_and_mandates_take_their_own_codes(string sentence, string expected) => AssertCoded(sentence, expected);
}
