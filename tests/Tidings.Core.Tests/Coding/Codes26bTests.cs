namespace Tidings.Tests.Coding;

/// <summary>
/// Sub-codes chosen by what an act asks for or does (session 26, codes26b): a rejected call to resign is a refused
/// leadership change (1231), a threatened walkout a threat of protest (133), a filed no-confidence motion a demand for
/// the government's removal (1041), and a civilian population pushed over a border or out of a town an expulsion (201).
/// </summary>
public class Codes26bTests
{
    [Theory]
    // the call's infinitive names what is refused, even when the parser hangs it on the rejecting verb
    [InlineData("The prime minister rejected calls from opposition lawmakers to resign.", "*GOV→*OPP:1231|!*:0831")]
    [InlineData("The mayor rejected calls to resign.", "*GOV→-:1231|!*:0831")]
    [InlineData("Nigeria's president rejected calls for his resignation.", "NGAGOV→-:1231")]
    // a call for talks stays a rejected proposal to negotiate
    [InlineData("The government rejected calls for talks with the rebels.", "*GOV→*:125")]
    public void A_rejected_call_is_refused_as_what_it_asks(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "strike" with nothing struck is a walkout: the threat is one of protest
    // since session 45 (decision 035) a threatened strike or protest with no target presses the workers' or protesters' own government
    [InlineData("Nurses in Kenya threatened to strike next month.", "KENHLH→KENGOV:133|!*:1384")]
    [InlineData("Teachers in Ghana threatened to strike unless salary arrears are paid.", "GHAEDU→GHAGOV:133|!*:1384")]
    [InlineData("The union threatened to strike over unpaid wages.", "*LAB→-:133|!*:1384")]
    // something struck keeps the threat of force
    [InlineData("The Houthis threatened to strike Israeli ships.", "YEMREB→ISR:1384")]
    [InlineData("The militia threatened to strike American warships.", "*→USAMIL:1384")]
    public void A_threatened_strike_without_an_object_is_a_walkout(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // filing, tabling or submitting a no-confidence or censure motion demands the government's removal
    [InlineData("Opposition parties in Nepal filed a no-confidence motion against the prime minister.", "NPLOPP→NPLGOV:1041")]
    [InlineData("Lawmakers tabled a motion of no confidence in the government.", "*LEG→*GOV:1041")]
    [InlineData("The opposition submitted a censure motion against the cabinet.", "*OPP→*GOV:1041")]
    // a motion passed is no demand
    [InlineData("Parliament passed a motion of no confidence in the prime minister.", "!*:1041")]
    public void A_filed_no_confidence_motion_demands_removal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a population forced over a border or driven out of a town is expelled
    [InlineData("Pakistan forced thousands of Afghan refugees across the border.", "PAK→AFGREF:201")]
    [InlineData("Soldiers forced the migrants back across the border.", "*MIL→*REF:201")]
    [InlineData("Gang members drove hundreds of residents out of the town.", "*CRM→*CVL:201")]
    // fighters driven out of a town are beaten in a fight, not expelled
    [InlineData("Troops drove the rebels out of the town.", "*MIL→*REB:190|!*:201")]
    public void A_population_pushed_out_is_expelled(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an attack the addressee is asked to hold back is an appeal for de-escalation, not a bare appeal
    [InlineData("The UN urged the army to refrain from attacks on civilians.", "IGOUNO→*MIL:0256|!*:020")]
    [InlineData("The UN called on the militias to halt their attacks on aid convoys.", "IGOUNO→*:0256")]
    // an attack asked to be looked into is no de-escalation
    [InlineData("The UN urged the army to investigate attacks on civilians.", "!*:0256")]
    public void An_attack_to_hold_back_is_de_escalation(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
