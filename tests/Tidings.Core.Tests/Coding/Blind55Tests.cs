namespace Tidings.Tests.Coding;

/// <summary>
/// Errors of the blind55 split (session 35: wire copy on domestic politics and local security outside Europe and North
/// America). Rows of data/coding/verbs.tsv: negotiations called off are halted (164), as talks called off are, while a
/// strike or march called off stays 082; a house that impeaches an office holder asks for his removal (1041, as "voted to
/// impeach"); Latin American copy's "state of exception" and "state of siege" are a state of emergency (1724, lifted 0814),
/// and a congress that approves one imposes it; people held at gunpoint are taken captive (181). Tree repairs for the tail
/// "..., the army said, days after the bandits had kidnapped ...": the parser hung "had" and its participle side by side
/// (TreeRepairs.PerfectAuxiliaryTakenForVerb, run again after the clause repairs) or made the participle the root
/// (TreeRepairs.PluperfectTailTakenForRoot), so the pluperfect read as the main clause's and its event was background. Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Blind55Tests
{
    [Theory]
    [InlineData("Zambia's main opposition party called off negotiations with the government over the electoral law on Monday.", "ZMBOPP→ZMBGOV:164")]
    // a strike or a march called off is yielding, not halting talks
    [InlineData("Teachers in Malawi called off their strike after the government raised their pay.", "MWIEDU→MWIGOV:082|!*:164")]
    [InlineData("Doctors in Nigeria called off a planned march to the health ministry.", "!*:164")]
    public void Negotiations_called_off_are_halted(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Malawi's parliament impeached the vice president on Tuesday over the misuse of public funds.", "MWILEG→MWIGOV:1041|!*:172")]
    [InlineData("Lawmakers in Lima impeached the interior minister over a wave of killings.", "PERLEG→PERGOV:1041")]
    // the other sense: a witness's credibility impeached in court is no demand
    [InlineData("The defence lawyer impeached the witness's credibility in court.", "!*:1041")]
    public void An_impeachment_asks_for_a_removal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Guatemala's Congress approved a state of exception in two provinces requested by the president.", "GTMLEG→GTM:1724")]
    [InlineData("Ecuador's president declared a state of exception in three coastal provinces after a prison riot.", "ECUGOV→ECU:1724")]
    [InlineData("Peru's president lifted the state of exception in the southern region of Puno.", "PERGOV→PER:0814|!*:1724")]
    public void A_state_of_exception_is_a_state_of_emergency(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Gunmen held dozens of passengers at gunpoint on a highway in Sinaloa.", "MEXREB→*:181")]
    // "held" a news conference is no captivity
    [InlineData("The police held a news conference at the airport on Monday.", "!*:181")]
    public void People_held_at_gunpoint_are_captives(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the tail's pluperfect is the history, the main clause's event is the news
    [InlineData("Soldiers killed twelve bandits in a raid on a forest camp, the army said, days after the bandits had kidnapped a village head.", "MIL→CRM:190|!CRM→*:181")]
    [InlineData("Police arrested the mayor of a northern town, prosecutors said, a week after gunmen had killed his rival.", "COP→GOV:173|!REB→*:18*")]
    [InlineData("Nigerian soldiers killed at least seven bandits in a raid on a forest camp in the northwestern region, the army said, days after the bandits had kidnapped a district administrator and demanded a ransom.", "NGAMIL→NGACRM:190")]
    // a pluperfect main clause stays background
    [InlineData("The rebels had kidnapped a teacher before soldiers stormed their camp.", "!REB→*:181")]
    public void A_pluperfect_in_the_tail_leaves_the_main_clause_asserted(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
