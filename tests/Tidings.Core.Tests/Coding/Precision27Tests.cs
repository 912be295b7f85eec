namespace Tidings.Tests.Coding;

/// <summary>
/// Events that should not exist at all (session 27, precision27): what reports, rumours and speculation say, what a vetoed
/// or rejected text would have done, a counterfactual "would have", talks that broke down, the words on a protester's
/// banner, the reason given in "saying ..." for a stance, a spokesman "asked about" something, an appeal describing the
/// protesters, and a perfect told "for years". The true events next to them stay.
/// </summary>
public class Precision27Tests
{
    [Theory]
    // hearsay: the content of "reports that", "speculation that", "reports of" is not asserted
    [InlineData("The foreign ministry declined to comment on reports that the army would withdraw from the border town.", "*→-:011|!*:08*")]
    [InlineData("The spokesman dismissed speculation that the president would visit Moscow next month.", "!*:036|!*:042")]
    [InlineData("The United Nations opened an inquiry into reports of killings by soldiers in the north.", "IGOUNO→*:09*|!*:18*|!*:20*")]
    [InlineData("Police responding to reports of a man firing at cars arrested two suspects.", "COP→*:173|!*:19*")]
    // a plain "asked X to" stays an appeal
    [InlineData("Egypt asked Israel to withdraw its troops from the border.", "EGY→ISR:025*")]
    public void What_reports_and_rumours_say_is_not_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a vetoed, rejected or counterfactual text does nothing; the veto or rejection stays
    [InlineData("China vetoed a UN Security Council resolution that demanded an end to the fighting in Myanmar.", "CHN→IGOUNO:129|!IGOUNO→*:10*")]
    [InlineData("Russia vetoed a draft resolution on Tuesday that would have imposed sanctions on Mali.", "!*:16*")]
    [InlineData("The senate rejected a bill that would have allowed the army to patrol the capital.", "LEG→*:12*|!*:08*")]
    [InlineData("Russia vetoed a UN Security Council resolution on Syria.", "RUS→IGOUNO:129")]
    public void A_blocked_text_and_a_counterfactual_are_no_events(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // talks that broke down or collapsed are no meeting and no mediation
    [InlineData("Talks between Ethiopia and Egypt over the dam broke down last year.", "!*:04*")]
    [InlineData("Negotiations between the union and the government collapsed on Monday.", "!*:04*")]
    [InlineData("Talks between the two governments, mediated by Oman, broke down in June.", "!*:04*")]
    // talks held stay
    [InlineData("Kenya and Uganda held talks on the border dispute on Monday.", "KEN→UGA:046|UGA→KEN:046")]
    public void Failed_talks_are_no_meeting(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the words on a banner or placard are the protest's, not an appeal of their own
    [InlineData("Several thousand farmers rallied in the capital, some carrying placards demanding lower fuel prices.", "AGR→*:141*|!*:10*|!*:02*")]
    [InlineData("Hundreds of students gathered outside the ministry, waving banners calling for free tuition.", "!*:02*")]
    // an appeal on the protesters' own noun is what their protest is for
    [InlineData("Protesters calling for the president's resignation marched through the capital.", "CVL→GOV:1411|!*:024*")]
    // with no protest the appeal stays
    [InlineData("Opposition lawmakers called for the president's resignation.", "*→GOV:0241")]
    public void A_protests_banner_and_appeal_fold_into_the_protest(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the reason given for defending, rejecting or condemning is no second event
    [InlineData("The interior minister defended the police, saying officers had shown great restraint.", "GOV→COP:052|!*:087")]
    [InlineData("Turkey condemned the bombing, saying it had killed dozens of civilians.", "TUR→*:111|!*:18*|!*:19*")]
    [InlineData("The rebel group rejected the accusation, saying its fighters had only defended themselves.", "REB→*:016")]
    // a spokesman asked about something by reporters appeals for nothing
    [InlineData("Asked about the sanctions, the Chinese spokesman said Beijing would respond firmly.", "!*:020")]
    public void A_stance_reason_and_a_press_question_are_no_events(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
