using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 61 (stmt61): whom a denial (016) is aimed at, per construction (decision 082, after decision 063's order: the
/// accuser named, else the denied act's target, else no one). The "that" clause of a rejected charge noun is the denied act;
/// a building struck gives the denial its country, not the institution the role lexicon reads in it; an accusation told
/// after the denial in its sentence names the accuser as one told before it does; a denial of any part in an act names no
/// side. Events are written "SOURCE→TARGET:CODE"; "!" marks an event that must not be coded. Sentences written for these
/// tests, not taken from the gold lines.
/// </summary>
public class Stmt61Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // "rejected claims that X had done Y to Z": with no accuser named, the denial is aimed at Z, as "denied that ..." is.
    // A charge whose maker the noun names keeps its maker (the accuser first); a relative clause that tells who made the
    // charge is no denied act.
    [Theory]
    [InlineData("Indonesia's foreign ministry rejected claims that Indonesian patrol boats had entered Malaysian waters.", "IDNGOV→MYS:016")]
    [InlineData("Chile's interior minister rejected the claim that police had beaten journalists during the march.", "CHLGOV→CHLMED:016")]
    [InlineData("Venezuela's foreign ministry rejected Colombia's claim that Venezuelan troops had crossed the border.", "VENGOV→COL:016")]
    [InlineData("Kenya's government rejected the claims that the opposition made against the electoral commission.", "!KENGOV→KEN*:016")]
    // a denied agreement or plan harmed no one: no target
    [InlineData("Qatar's foreign ministry denied reports that Doha had agreed to host American troops withdrawn from Syria.", "!QATGOV→USA*:016")]
    [InlineData("Qatar's foreign ministry denied reports that Doha had agreed to host American troops withdrawn from Syria.", "QATGOV→-:016")]
    public void A_rejected_charge_names_the_denied_act_in_its_that_clause(string sentence, string expected) => AssertCoded(sentence, expected);

    // A denied strike on a hospital is aimed at the hospital's country (a building is no side that makes a charge); people
    // named at or in the building keep their own code.
    [Theory]
    [InlineData("Israel denied that its jets had struck a hospital in southern Lebanon.", "ISR→LBN:016")]
    [InlineData("Israel denied that its jets had struck a hospital in southern Lebanon.", "!ISR→LBNHLH:016")]
    [InlineData("Israel denied that its jets had struck a hospital where Lebanese families had taken shelter.", "ISR→LBNCVL:016")]
    public void A_denied_strike_on_a_building_is_aimed_at_its_country(string sentence, string expected) => AssertCoded(sentence, expected);

    // The accuser may be named after the denial ("said of a report accusing ..."); the denier's own counter-accusation is
    // no accuser.
    [Theory]
    [InlineData("'We firmly reject these invented claims,' Uganda's government spokesman said of a UN panel's report accusing Kampala of arming rebel fighters in South Sudan.", "UGAGOV→IGOUNO:016")]
    [InlineData("Ethiopia rejected the claims and accused Eritrea of arming rebels in Tigray.", "!ETH→ERI:016")]
    public void An_accusation_after_the_denial_names_the_accuser(string sentence, string expected) => AssertCoded(sentence, expected);

    // "denied any role in X": the denial names the act, not a side; an accuser named in the sentence still takes it.
    [Theory]
    [InlineData("Burundi denies role in Rwanda border clashes", "BDI→-:016")]
    [InlineData("Burundi denies role in Rwanda border clashes", "!BDI→RWA:016")]
    [InlineData("Niger's junta disowned any role in the killing of a French aid worker.", "!NERMIL→FRA*:016")]
    [InlineData("Thailand accused Cambodia of shelling a village, and Phnom Penh denied any involvement in the attack.", "KHMGOV→THA:016")]
    public void A_denied_part_in_an_act_names_no_side(string sentence, string expected) => AssertCoded(sentence, expected);

    // Sorrow over deaths said by a feeling predicate ("saddened by the deaths of", "regretted the deaths of") is an
    // empathetic comment (018) aimed at the dead; "saddened by the decision" is none.
    [Theory]
    [InlineData("UN Secretary-General Antonio Guterres was deeply saddened by the deaths of four peacekeepers from Ghana, his spokesman said.", "IGOUNO→GHA*:018")]
    [InlineData("Chile's foreign ministry said it was saddened by the loss of life in the Peru floods.", "CHLGOV→PER:018")]
    [InlineData("A Zambian mining company said it regretted the deaths of three striking miners.", "ZMBBUS→ZMBLAB:018")]
    [InlineData("The minister said he was saddened by the decision.", "!*→*:018")]
    public void Sorrow_over_deaths_is_an_empathetic_comment(string sentence, string expected) => AssertCoded(sentence, expected);
}
