namespace Tidings.Tests.Coding;

/// <summary>
/// Session 46 (lead): the target of an investigation is the doer of the act it looks into, however the sentence names
/// that doer: an agent the parser hung under the victim, the subject of an allegation's clause, a "by" phrase hung on the
/// verb beside the act, or a force noun used as the act's modifier (then the investigator's own country's force). A victim
/// or a struck place is no target. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Lead46Tests
{
    [Theory]
    [InlineData("Kenya's rights commission opened an investigation into the shooting of a street hawker by a police constable in Mombasa.", "KEN*→KENCOP:09*")]
    [InlineData("The ombudsman launched an inquiry into allegations that soldiers beat traders at a market in Gulu.", "*→UGAMIL:09*")]
    [InlineData("Peru's attorney general opened an investigation into an army air strike that killed four farmers.", "PERJUD→PERMIL:09*")]
    [InlineData("The UN Human Rights Council voted to set up a fact-finding mission on abuses against protesters by Iran's security forces.", "IGOUNO*→IRNCOP:09*")]
    // the victim and the struck place are not what is investigated
    [InlineData("Kenya's rights commission opened an investigation into the killing of a street hawker in Mombasa.", "!KEN*→KENCVL:09*")]
    [InlineData("Prosecutors in Bogota opened an investigation into the bombing of a police station.", "!COLJUD→COLCOP:09*")]
    public void An_investigation_is_aimed_at_the_doer_of_the_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An invitation that names no inviter is aimed at the state the guest is asked to visit; a visit inside the guest's own
    // country has no host to aim at.
    [Theory]
    [InlineData("Chile's president accepted an invitation to pay a state visit to India later this year.", "CHLGOV→IND:036")]
    [InlineData("The Turkish president turned down an invitation to visit Moscow.", "TURGOV→RUS:125")]
    [InlineData("Indonesia's president accepted an invitation to visit Bali in the spring.", "!IDN*→IDN:036")]
    public void An_invitation_is_aimed_at_the_host_of_the_visit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // An armed group that claims an attack owns it: the claim (015) is news, and the attack, which the claim presupposes, is
    // recorded as background with the claimant as its doer. A definite attack that names no one it struck was told before;
    // nobody claiming an attack codes nothing.
    [Theory]
    [InlineData("The Pakistani Taliban claimed responsibility for a bomb attack on a police convoy in Quetta.", "PAKREB→PAKCOP:015")]
    [InlineData("The Pakistani Taliban claimed responsibility for a bomb attack on a police convoy in Quetta.", "!PAKREB→PAKCOP:18*")]
    [InlineData("No group has claimed responsibility for the bombing of the market.", "!*→*:18*")]
    public void A_claim_of_an_attack_is_the_news(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Al-Shabaab claimed a suicide bombing at an army base in Baidoa that killed nine soldiers.", "SOMREB", "SOMMIL", "1831", true)]
    [InlineData("The Pakistani Taliban claimed responsibility for a bomb attack on a police convoy in Quetta.", "PAKREB", "PAKCOP", "18", true)]
    [InlineData("JNIM claimed responsibility for the attack and warned it would strike again.", "MLIREB", "-", "19", false)]
    public void A_claimed_attack_is_background_with_its_claimant_as_doer(string sentence, string source, string target, string codePrefix, bool expected)
    {
        var events = Tidings.Pipeline.TidingsPipeline.Default.Analyze(new Tidings.Documents.Article { Id = "t", Body = sentence, Published = new DateOnly(2025, 5, 2) }).Events;
        bool found = events.Any(e => e.Background && e.Source.Code == source && (e.Target?.Code ?? "-") == target && e.Cameo.StartsWith(codePrefix, StringComparison.Ordinal));
        Assert.Equal(expected, found);
    }

    // Drones and helicopters shipped or sold to another side are military aid, as delivered or supplied ones are; drones
    // sent into a country are an attack, not a gift.
    [Theory]
    [InlineData("Turkey shipped a batch of armed drones to Somalia's army last month.", "TUR→SOMMIL:072")]
    [InlineData("Russia sold four attack helicopters to Mali's military government.", "RUS→MLI*:072")]
    [InlineData("Russia sent dozens of drones into Ukraine overnight.", "!RUS→UKR*:072")]
    public void Drones_shipped_or_sold_are_military_aid(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A strait closed to shipping is a blockade; closing it "if" another side acts is a threatened blockade aimed at the
    // doer of the condition, as a threatened strike is (decision 035); a canal kept open is no event.
    [Theory]
    [InlineData("Tehran will close the Strait of Hormuz if the United States attacks its nuclear sites, a commander said.", "IRNGOV→USA:1381")]
    [InlineData("Iran closed the Strait of Hormuz to tankers on Sunday.", "IRN→-:191")]
    [InlineData("Egypt will keep the Suez Canal open to all ships, the minister said.", "!EGY*→*:1*")]
    public void A_strait_closed_is_a_blockade_and_a_conditional_closure_a_threat(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
