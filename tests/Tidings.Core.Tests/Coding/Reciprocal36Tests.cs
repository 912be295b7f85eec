namespace Tidings.Tests.Coding;

/// <summary>
/// Joint (reciprocal) events (session 36, recip36). Talks or a call told as held "with" a partner ("held talks with",
/// "held a video call with", "got on the phone with") are held by both, each with the other (gold/README.md, reciprocal
/// verbs), while "spoke by telephone with" and "phoned" stay one side's act and separate calls with several partners stay
/// the caller's. Drills, exercises and patrols called joint are military cooperation between their holders (062, decision
/// 028), whatever words stand between "joint" and the noun, and an intent to hold them is 0312. A journey told by a verb
/// ("flew a joint patrol", "travelled to Brasilia") is no visit the fellow travellers pay each other.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class Reciprocal36Tests
{
    [Theory]
    [InlineData("Peru's foreign minister held talks with his Bolivian counterpart on Tuesday.", "PERGOV→BOLGOV:040|BOLGOV→PERGOV:040")]
    [InlineData("Peru's foreign minister held talks with his Bolivian counterpart on Tuesday on the disputed border.",
        "PERGOV→BOLGOV:046|BOLGOV→PERGOV:046")]
    [InlineData("The Chilean president held a video call with the Argentine president on Friday.", "CHLGOV→ARGGOV:041|ARGGOV→CHLGOV:041")]
    [InlineData("The Chilean president got on the phone with the Argentine president on Friday.", "CHLGOV→ARGGOV:041|ARGGOV→CHLGOV:041")]
    // one side's act: spoken with, phoned
    [InlineData("The Chilean president spoke by telephone with the Argentine president on Friday.", "CHLGOV→ARGGOV:041|!ARGGOV→CHLGOV:041")]
    [InlineData("The Chilean president phoned the Argentine president on Friday.", "CHLGOV→ARGGOV:041|!ARGGOV→CHLGOV:041")]
    // separate calls are the caller's alone
    [InlineData("The Chilean president held separate phone calls with the leaders of Peru and Bolivia.",
        "CHLGOV→PERGOV:041|CHLGOV→BOLGOV:041|!PERGOV→CHLGOV:041|!BOLGOV→CHLGOV:041")]
    // talks held in one side's country stay the visit and its hosting
    [InlineData("Peru's foreign minister held talks with his Bolivian counterpart in La Paz on Tuesday.", "PERGOV→BOLGOV:042|BOLGOV→PERGOV:043")]
    public void Talks_or_a_call_held_with_a_partner_are_mutual(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Peru and Ecuador agreed to step up joint border patrols.", "PER→ECU:0312|ECU→PER:0312|!*:130|!*:151")]
    [InlineData("Ghana and Togo held joint coastal patrols in the Gulf of Guinea.", "GHA→TGO:062|TGO→GHA:062|!*:150")]
    // drills not called joint are still a show of force
    [InlineData("China staged large-scale drills around Taiwan.", "CHN→TWN:150")]
    public void Drills_and_patrols_called_joint_are_military_cooperation(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Lithuanian and Polish jets flew a joint patrol over the Baltic.", "!POLMIL→LTUMIL:042|!LTUMIL→POLMIL:042")]
    [InlineData("The leaders of Chile and Peru travelled to Brasilia on Monday.", "!CHLGOV→PERGOV:042|!PERGOV→CHLGOV:042")]
    // coordinated subjects of a cooperation with no target still pair
    [InlineData("Chile and Peru will hold joint naval drills next month.", "CHL→PER:0312|PER→CHL:0312")]
    public void A_journey_together_is_no_visit_to_each_other(string sentence, string expected) =>
        PipelineEvents.AssertCoded(sentence, expected);
}
