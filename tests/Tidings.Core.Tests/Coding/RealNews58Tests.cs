namespace Tidings.Tests.Coding;

/// <summary>
/// Session 58 (realnews58): constructions of real articles the coder did not reach. A speaker's own act after a report
/// told as a copular judgement ("said voting was orderly but criticised ...") was hung on the reported clause; an event
/// noun of cooperation that "will resume" or "will take place" was coded as done; a relative clause on the object of an
/// -ing form that tells how a past act was done was read as history. Events are written "SOURCE→TARGET:CODE" (asserted,
/// non-background); each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these tests.
/// </summary>
public class RealNews58Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The speaker's second verb after a copular report is the speaker's act, not the reported subject's.
    [Theory]
    [InlineData("The European Union said voting in Malawi was largely orderly but criticised the electoral commission.",
        "IGOEUREEC→MWIGOV:111|!MWI→MWIGOV:111")]
    [InlineData("Kenya's foreign minister said the talks were useful and invited Ethiopia to a summit in Nairobi.", "KENGOV→ETH:036")]
    // Coded so before, and must stay so: the appeal after a copular report keeps the speaker.
    [InlineData("Britain said the talks were constructive and urged Iran to free the detained sailors.", "GBR→IRN:025*")]
    // A conjunct with its own subject is that subject's act, not the speaker's.
    [InlineData("Kenya said Ethiopia was a partner and Uganda criticised the deal.", "!KEN*→*:111")]
    public void A_speakers_act_after_a_copular_report_is_the_speakers(string text, string expected) => AssertCoded(text, expected);

    // An event noun of cooperation that will happen is announced, coded as intent (03x), as "will hold talks" is.
    [Theory]
    [InlineData("Talks between Kenya and Ethiopia will resume in Addis Ababa next week.", "KEN→ETH:036|ETH→KEN:036|!KEN→ETH:04*")]
    [InlineData("A meeting between the Kenyan and Ethiopian foreign ministers will take place in Geneva on Friday.",
        "KENGOV→ETHGOV:036|!KENGOV→ETHGOV:04*")]
    [InlineData("Negotiations between Sudan and Chad are expected to begin on Monday.", "SDN→TCD:036")]
    // Talks that have resumed are the meeting itself.
    [InlineData("Talks between Kenya and Ethiopia resumed in Addis Ababa on Monday.", "KEN→ETH:04*|!KEN→ETH:036")]
    // Hostilities forecast to go on are no threat and no intent.
    [InlineData("Fighting between Kenyan and Ethiopian troops will continue, analysts said.", "!KENMIL→ETHMIL:13*|!KENMIL→ETHMIL:03*")]
    public void Cooperation_that_will_take_place_is_intended(string text, string expected) => AssertCoded(text, expected);

    // A relative clause on the object of an -ing form under a past verb goes on with the story; under a present verb it
    // still describes its antecedent.
    [Theory]
    [InlineData("Kenyan police dispersed the crowd in Nairobi, firing tear gas at the protesters, who threw stones at officers.",
        "KENCVL→KENCOP:145|KENCOP→KENCVL:175")]
    [InlineData("Kenyan police keep firing tear gas at the protesters, who threw stones at officers.", "!KENCVL→KENCOP:145")]
    // Its "it" is the subject the -ing form inherits, not the antecedent the clause is about.
    [InlineData("Azerbaijan's parliament passed a law on Friday banning two opposition parties, which it accused of collaborating with foreign spies.",
        "AZELEG→AZEOPP:1125|!AZEOPP→*:112*")]
    public void A_relative_clause_on_a_past_gerunds_object_is_news(string text, string expected) => AssertCoded(text, expected);
}
