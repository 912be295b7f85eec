namespace Tidings.Tests.Coding;

/// <summary>
/// Right root, wrong actors (session 33, actors33): a finite verb the parser coordinates with a stretch of text that only
/// interrupts its clause takes that clause's subject. A news outlet's report set in between commas ("…, state television
/// reported, and accused France …") is no doer of the verb after it; a quotation's verb ("said the soldiers had \"fired on
/// traders\" and demanded …") is no doer of the verb after the closing mark. A parenthetical report by an actor that is no
/// outlet keeps the verb after it (the ministry that reports may well accuse), and a verb inside the quotation keeps the
/// quoted subject. A past form right after "and" that the parser hung as an adjective on the next noun ("lodged a protest
/// with Beijing and demanded compensation") is the verb coordinated with the clause's verb and shares its subject, not the
/// prepositional object before it; a true adjective there ("attacked camps and armed groups") codes nothing of its own.
/// A release asked for people "detained in neighbouring Mali" is asked of the country they are held in, also when the
/// parser reads "neighbouring" as a gerund. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not.
/// Sentences written for these tests.
/// </summary>
public class Actors33Tests
{
    [Theory]
    // a news outlet's parenthetical report: the clause it interrupts goes on
    [InlineData("Niger's junta expelled two French diplomats, state media reported, and accused Paris of meddling.",
        "NERMIL→FRAGOV:112|!FRAMED→FRAGOV:112")]
    [InlineData("Burundi's government closed the border with Rwanda on Monday, the state broadcaster reported, and accused Kigali of backing rebels.",
        "BDIGOV→RWAGOV:112*|!BDIMED→RWAGOV:112*")]
    [InlineData("Thailand's army seized three Cambodian soldiers near the border, the national news agency reported, and accused Phnom Penh of provoking the clash.",
        "THAMIL→KHMGOV:112*|!MED→KHMGOV:112*")]
    // a reporter that is no outlet may do the next act itself
    [InlineData("Troops shelled villages near the border, Armenia's defence ministry said, and accused Azerbaijan of breaking the truce.",
        "ARMGOV→AZE:112*")]
    [InlineData("Gunmen attacked an aid convoy near Goma, the UN mission said, and urged Kinshasa to protect aid workers.",
        "IGOUNO→CODGOV:02*")]
    public void Skips_an_outlets_parenthetical_report(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a verb past the closing quotation mark continues the quoting clause
    [InlineData("Serbia's president said the protesters had \"attacked the parliament\" and accused Croatia of funding them.",
        "SRBGOV→HRV:112|!CVL→HRV:112")]
    [InlineData("Sudan's army said it had \"repelled an attack by the RSF\" and accused the UAE of arming the group.",
        "SDNMIL→ARE:112*")]
    [InlineData("Ghana's foreign minister said the soldiers had \"fired on unarmed traders\" and demanded an apology from Togo.",
        "GHAGOV→TGO:10*")]
    // a verb inside the quotation keeps the quoted subject
    [InlineData("Ghana's foreign minister said Togolese soldiers \"crossed the border and detained three farmers\".",
        "TGOMIL→*:173|!GHAGOV→*:173")]
    public void Gives_the_verb_after_a_quotation_to_the_speaker(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the misread past form shares the first verb's subject
    [InlineData("Hanoi lodged a protest with Beijing and demanded compensation for the fishermen.",
        "VNMGOV→CHNGOV:114|VNMGOV→*:103*|!CHNGOV→*:103*")]
    // a true adjective after "and" is no verb
    [InlineData("The army attacked rebel camps and armed groups in the north.", "MIL→REB:190")]
    public void Gives_a_misread_coordinated_verb_the_clauses_subject(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // held in a neighbouring country: the appeal is aimed at it, not at the detainee
    [InlineData("Senegal's foreign minister called for the immediate release of a Senegalese journalist detained in neighbouring Mali since last week.",
        "SENGOV→MLI:0253|!SENGOV→SENMED:0253")]
    [InlineData("Chad's government called for the release of two Chadian traders detained in neighbouring Libya.",
        "TCDGOV→LBY:0253|!TCDGOV→TCDBUS:0253")]
    // a captor named by its "by" phrase stays the target
    [InlineData("France demanded the release of a French aid worker held by gunmen in Niger.", "FRA→NERREB:1053")]
    public void Aims_release_appeals_at_the_holding_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
