namespace Tidings.Tests.Coding;

/// <summary>
/// Session 64 (wanted64): the sub-code of an appeal, demand, intent or refusal read from the thing wanted. The framed act
/// is found past the day the frame was said on and a place phrase ("agreed on Thursday to", "appealed to X in Yemen to");
/// an eased trade ban keeps its sub-code under every frame (x54, not x51); de-escalation (x56) is asked for when fighting,
/// killing or a show of force is to stop, ground is to be left, a truce to be accepted or sites to be spared; easing of
/// dissent (x52) when strikers go back to work or protesters lift their barricades; an intent of a named kind asked for,
/// demanded or refused takes the mirrored kind (0356 → 0256, 1056, 1246); refused judicial cooperation is 1213.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences
/// written for these tests, not taken from any gold line.
/// </summary>
public class Wanted64Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The day word between a frame and its infinitive is the frame's own time; the framed act still names the kind.
    [Theory]
    [InlineData("Kenya and Uganda agreed on Thursday to exchange intelligence on arms smuggling.", "KEN→UGA:0314")]
    [InlineData("Kenya and Uganda agreed on Thursday to exchange intelligence on arms smuggling.", "!KEN→UGA:064")]
    [InlineData("Kenya and Uganda agreed to exchange intelligence on arms smuggling.", "KEN→UGA:0314")]
    // a noun that is no name after "in" is still no gap the frame reads past
    [InlineData("Kenya and Uganda agreed in principle on Thursday to exchange intelligence on arms smuggling.", "!KEN→UGA:0314")]
    // a verb of finding is no act asked for: the appeal is for what the courage is found for
    [InlineData("The Pope called on Russia and Ukraine on Sunday to find the courage to negotiate an end to the war.", "VATREL→RUS:026")]
    [InlineData("The Pope called on Russia and Ukraine on Sunday to find the courage to negotiate an end to the war.", "!VATREL→RUS:020")]
    public void Day_between_frame_and_infinitive(string sentence, string expected) => AssertCoded(sentence, expected);

    // A refused appeal for judicial cooperation keeps its sub-code (1213): CAMEO's 121 has four sub-codes.
    [Theory]
    [InlineData("Spain dismissed Peru's extradition request.", "ESP→PER:1213")]
    [InlineData("Spain dismissed Peru's extradition request.", "!ESP→PER:121")]
    public void Refused_judicial_cooperation(string sentence, string expected) => AssertCoded(sentence, expected);

    // A trade ban eased keeps the economic sub-code under an appeal or a demand; a ban on rallies stays administrative.
    [Theory]
    [InlineData("Seoul urged Tokyo to lift its ban on South Korean fish imports.", "KOR*→JPN*:0254")]
    [InlineData("Seoul urged Tokyo to lift its ban on South Korean fish imports.", "!KOR*→JPN*:0251")]
    [InlineData("Brussels demanded that Minsk ease its ban on Lithuanian dairy imports.", "*→BLR*:1054")]
    [InlineData("The opposition urged the government to lift its ban on rallies.", "!*→*:0254")]
    public void Eased_trade_ban_under_a_frame(string sentence, string expected) => AssertCoded(sentence, expected);

    // Stopping force, leaving held ground, accepting a truce and sparing sites are de-escalation asked for.
    [Theory]
    [InlineData("Vietnam urged China to stop sending warships into its exclusive economic zone.", "VNM→CHN:0256")]
    [InlineData("Vietnam urged China to stop sending warships into its exclusive economic zone.", "!VNM→CHN:0242")]
    [InlineData("The UN envoy urged the militia's commanders to halt the killings in the camps.", "*→*:0256")]
    [InlineData("Lebanon demanded that Israeli forces pull out of the hills they still hold in the south.", "LBN→ISRMIL:1056")]
    [InlineData("The African Union called on the rebels to withdraw from the town of Bunia.", "*→*:0256")]
    [InlineData("Croatia demanded that Serbia accept an unconditional ceasefire.", "HRV→SRB:1056")]
    [InlineData("Croatia demanded that Serbia accept an unconditional ceasefire.", "!HRV→SRB:106")]
    // a refused truce or a refused demand to leave named ground is declining to de-escalate
    [InlineData("Serbia refused to accept the ceasefire.", "SRB→*:1246")]
    [InlineData("The rebels rejected a UN Security Council demand to withdraw from Walikale.", "*→IGOUNO:1246")]
    [InlineData("Belgrade rejected a demand to withdraw from ECOWAS.", "!*→*:1246")]
    [InlineData("Egypt called on both armies to spare the oil installations near the border.", "!*→*:020")]
    // a withdrawal from a treaty or a body is no ground left, and a gerund of arrest stopped is no fighting stopped
    [InlineData("Moscow urged Kyiv to withdraw from the agreement.", "!*→*:0256")]
    [InlineData("Kabul called on Islamabad to stop arresting Afghan refugees.", "!*→*:0256")]
    public void De_escalation_asked_for(string sentence, string expected) => AssertCoded(sentence, expected);

    // Strikers going back to work and protesters calling off their protest or lifting their barricades ease dissent.
    [Theory]
    [InlineData("Ghana's president called on the nurses to return to work.", "GHAGOV→GHAHLH:0252")]
    [InlineData("The archbishop appealed to the protesters to lift their barricades.", "*→*:0252")]
    // going back to a place that is no work is no strike ended
    [InlineData("Ghana's president called on the refugees to return to their villages.", "!*→*:0252")]
    public void Dissent_eased_asked_for(string sentence, string expected) => AssertCoded(sentence, expected);
}
