namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (deny65): what a denial must deny (decision 100). A denial (016) denies a charge: an act, a part in an act or
/// a wrong ascribed to the denier's side, or the claim, report or finding that tells one. A rejected claim to a territory is
/// a rejection of the claimant (120); a rejected report, claim or finding whose content names no actor and no accusation or
/// harmful act blames no one (120 at its author, nothing when its author is unnamed or the rejecter's judgement of it is
/// coded); "deny" with a thing granted as its object (bail, a visa, entry, medical care) is a refusal, no denial.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from any gold line.
/// </summary>
public class Deny65Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A claim to or over a territory is a claim of right: rejecting it is 120 at the claimant. A claim that is a charge
    // stays a denial aimed at its maker.
    [Theory]
    [InlineData("Colombia rejected Nicaragua's claims over the islands.", "COL→NIC:120")]
    [InlineData("Colombia rejected Nicaragua's claims over the islands.", "!COL→*:016")]
    [InlineData("Belize's prime minister rejected Guatemala's claim to the southern district on Monday.", "BLZGOV→GTM:120")]
    [InlineData("Belize's prime minister rejected Guatemala's claim that Belizean soldiers had fired on farmers.", "BLZGOV→GTM:016")]
    [InlineData("Belize's prime minister rejected Guatemala's claim that Belizean soldiers had fired on farmers.", "!BLZGOV→*:120")]
    public void Territorial_claims_rejected_are_rejections(string sentence, string expected) => AssertCoded(sentence, expected);

    // A report whose content names no actor and no charge blames no one: 120 at its author, nothing without one, the
    // judgement alone when the rejecter judges it. A report that tells an act of a named side, or a harmful act, stays a
    // denial, and so does a bare "rejected the report".
    [Theory]
    [InlineData("Zimbabwe's finance ministry rejected an IMF report that said inflation had doubled.", "ZWEGOV→IGO*:120")]
    [InlineData("Zimbabwe's finance ministry rejected an IMF report that said inflation had doubled.", "!ZWEGOV→*:016")]
    [InlineData("Sudan's army dismissed a UN report warning of famine in Darfur as politically motivated.", "!SDNMIL→*:016")]
    [InlineData("Sudan's army dismissed a UN report warning of famine in Darfur as politically motivated.", "!SDNMIL→*:120")]
    [InlineData("The Kremlin dismissed reports of a summit in Geneva.", "!RUSGOV→*:016")]
    [InlineData("The Kremlin dismissed reports of a summit in Geneva.", "!RUSGOV→*:120")]
    [InlineData("Kenya's police rejected a report on the killings of protesters.", "KENCOP→*:016")]
    [InlineData("Ethiopia rejected a UN report that said its soldiers had killed civilians in Amhara.", "ETH*→*:016")]
    [InlineData("The Saudi foreign ministry dismissed a report that Riyadh had agreed to buy Chinese jets.", "SAUGOV→*:016")]
    [InlineData("Myanmar's junta rejected the report.", "MMRMIL→*:016")]
    // a phrase of time on the noun is no content
    [InlineData("Peru's interior minister dismissed the claim on Tuesday.", "PERGOV→-:016")]
    [InlineData("Peru's interior minister dismissed the report on Sunday night.", "PERGOV→-:016")]
    [InlineData("Malawi's health ministry dismissed the claim as politically motivated.", "MWIGOV*→-:016")]
    public void Reports_that_blame_no_one_are_no_denials(string sentence, string expected) => AssertCoded(sentence, expected);

    // "deny" with a thing granted as its object is a refusal, not a denial of responsibility; a denial of an act or a
    // charge stays 016, and refusals the lexicon names keep their codes.
    [Theory]
    [InlineData("A court in Harare denied bail to the opposition leader.", "!*→*:016")]
    [InlineData("The magistrate denied him bail on Tuesday.", "!*→*:016")]
    [InlineData("Israel denied visas to three UN officials.", "!ISR→*:016")]
    [InlineData("Belarus denied medical care to the jailed activist.", "!BLR→*:016")]
    [InlineData("The opposition leader was denied bail by the court.", "!*→*:016")]
    [InlineData("Moscow denied the accusation.", "RUSGOV→-:016")]
    [InlineData("Hamas denied firing the rocket.", "PSEREB*→-:016")]
    [InlineData("Israel has denied the United Nations access to the camp.", "ISR→IGOUNO:1245")]
    public void Refusals_are_no_denials(string sentence, string expected) => AssertCoded(sentence, expected);
}
