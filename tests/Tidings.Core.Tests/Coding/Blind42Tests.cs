namespace Tidings.Tests.Coding;

/// <summary>
/// Causes found on the blind42 articles (session 25: state-media read-outs, foreign-ministry briefings, defence communiques,
/// business desks): "expressed readiness to" framing the act it is ready for, diplomatic "representations" and "strong
/// dissatisfaction", fighters that intercept or are scrambled against foreign aircraft (a raised alert by the force, decision
/// 028), and a spokesperson "asked about" something at a briefing, which is a question and no appeal.
/// </summary>
public class Blind42Tests
{
    [Theory]
    // readiness or willingness to act frames the act: its code and its target, as "be ready to" does
    [InlineData("Indonesia expressed readiness to expand trade with Vietnam.", "IDN→VNM:0311")]
    [InlineData("Kenya expressed willingness to hold talks with Somalia over the maritime border.", "KEN→SOM:036")]
    [InlineData("Mongolia signalled readiness to resume talks with China on the pipeline.", "MNG→CHN:036")]
    // cooperation in general stays an intent to cooperate, now with its partner
    [InlineData("Argentina expressed readiness to cooperate with Chile.", "ARG→CHL:03*")]
    // a voiced readiness whose act names no partner is still the speaker's intent to cooperate (030, no target)
    [InlineData("Fiji expressed willingness to cooperate on a new regional fisheries plan.", "FJI→-:030")]
    [InlineData("The Gambia signalled readiness to work more closely with the wider world.", "GMB→-:030")]
    public void Readiness_frames_the_act_it_is_ready_for(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // representations lodged with or made to a government are an official complaint
    [InlineData("China lodged solemn representations with Japan over the minister's remarks.", "CHN→JPN:114")]
    [InlineData("India made strong representations to Nepal over the new map.", "IND→NPL:114")]
    [InlineData("Vietnam lodged representations with China after the ship was rammed.", "VNM→CHN:114")]
    // strong dissatisfaction is disapproval, like displeasure
    [InlineData("China's foreign ministry expressed strong dissatisfaction with Japan.", "CHNGOV→JPN:110")]
    [InlineData("Turkey voiced dissatisfaction with Sweden over the Koran burnings.", "TUR→SWE:110")]
    public void Briefing_formulas_of_protest_are_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // fighters sent up to meet a foreign military aircraft raise the force's alert against the aircraft's country
    // session 63 (country63, decision 093): a crewed military craft met in the trigger's own clause is country + MIL
    // (decision 023), so the intercepted bombers and reconnaissance aircraft are the craft's force, no longer the bare country
    [InlineData("Japanese fighter jets intercepted two Chinese bombers over the East China Sea.", "JPNMIL→CHNMIL:152")]
    [InlineData("Polish fighter jets intercepted a Russian reconnaissance aircraft over the Baltic Sea on Monday.", "POLMIL→RUSMIL:152")]
    [InlineData("British Typhoons intercepted two Russian bombers north of Scotland.", "GBRMIL→RUSMIL:152")]
    // a missile, drone or boat intercepted is no alert
    [InlineData("Air defences intercepted three drones over Kyiv overnight.", "!*:152")]
    [InlineData("The coast guard intercepted a boat carrying 40 migrants.", "!*:152")]
    public void Intercepting_a_foreign_military_aircraft_is_a_raised_alert(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // scrambled jets are a raised alert made by the force that flies them, aimed at no one the jets themselves name
    [InlineData("Poland scrambled fighter jets as a precaution.", "POLMIL→-:152")]
    [InlineData("Estonia scrambled warplanes on Monday.", "ESTMIL→-:152")]
    [InlineData("Lithuania scrambled jets overnight, its defence ministry said.", "LTUMIL→-:152")]
    public void Scrambled_jets_are_the_force_raising_its_alert(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a question put to a spokesperson at a briefing is no appeal
    [InlineData("The spokesman made the remarks when asked about the arrest of two journalists in Moscow.", "!*:02*")]
    [InlineData("Asked about the new tariffs, the Chinese spokesman said the talks would continue.", "!*:02*")]
    [InlineData("When asked whether the embassy would reopen, the Iranian spokesman declined to comment.", "!*:02*")]
    // asking someone to act, or for something, stays an appeal
    [InlineData("Japan asked China to lift the ban on seafood imports.", "JPN→CHN:02*")]
    [InlineData("Ukraine asked Germany for more air defence systems.", "UKR→DEU:02*")]
    public void A_question_at_a_briefing_is_no_appeal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
