namespace Tidings.Tests.Coding;

/// <summary>
/// Criticism told through a naming verb that the coder used to lose (session 28, disapprove28): an act named "an attack on"
/// or "an assault on" something, a naming participle the parser hangs on a reported clause (judged by the reporter), a
/// relative clause with no relative word ("a move Uganda called illegal"), "in a move X called ...", and a decision named
/// absurd in a relative clause by the actor that acts on it (an appeal), who is no doer of it.
/// </summary>
public class Disapprove28Tests
{
    [Theory]
    // an act named an attack or an assault on something is criticised (111), against its doer when the sentence names one
    // (session 55) the "of" phrase of an event noun is whom the act is done to, not its doer: the arrest names no arrester
    [InlineData("Kenya's opposition called the arrest of its leader an attack on democracy.", "KENOPP→-:111")]
    [InlineData("Kenya's opposition called the government's arrest of its leader an attack on democracy.", "KENOPP→KENGOV:111")]
    [InlineData("Nigeria's senate called the president's decree an assault on the constitution.", "NGALEG→NGAGOV:111")]
    [InlineData("Uganda's foreign ministry described the border closure as an attack on regional trade.", "UGAGOV→-:111")]
    [InlineData("Argentina's president called the general strike an attack on the workers who wanted to go to work.", "ARGGOV→-:111")]
    // an attack with nothing attacked, or an act of violence named an attack, is no judgement
    [InlineData("Kenya's opposition called the election an attack.", "!*:111")]
    [InlineData("The army called the blast an attack on its convoy.", "!*:111")]
    public void An_act_named_an_attack_on_something_is_criticism(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a naming participle after a reported clause judges for the reporter, against the reported clause's doer
    [InlineData("Manila said Chinese ships had rammed its vessels, calling the incident reckless.", "PHLGOV→CHN:111")]
    [InlineData("Manila said Chinese ships had fired water cannon at its vessels, calling the incident reckless and illegal.", "PHLGOV→CHN:111")]
    [InlineData("The ministry said the rebels had shelled the town, calling the attack barbaric.", "*GOV→*REB:111")]
    // set off after "the newspaper said", the participle is the newspaper's
    [InlineData("Police detained a reporter, the newspaper said, calling the arrest an attack on press freedom.", "*MED→*COP:111")]
    public void A_naming_participle_after_a_reported_clause_is_the_reporters(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a relative clause with no relative word names the act its antecedent sums up
    [InlineData("Kenya closed the border, in a move Uganda called illegal.", "UGA→KEN:111")]
    [InlineData("Kenya suspended the talks, a step Somalia described as reckless.", "SOM→KEN:111")]
    [InlineData("Tanzania expelled the envoy, a decision Kenya called unjustified.", "KEN→TZA:111")]
    // with a predicate that does not disapprove there is no judgement
    [InlineData("Kenya closed the border, in a move Uganda called necessary.", "!*:111")]
    public void A_move_an_actor_called_illegal_is_criticism_of_its_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // an actor that appeals or rejects a decision it names absurd criticises the decision's maker, not itself
    [InlineData("Kenya appealed the decision, which it called absurd.", "KEN→-:111")]
    [InlineData("Zambia said it would appeal the decision, which it called unfair.", "ZMB→-:111")]
    [InlineData("Mexico rejected the ruling, which it called biased.", "MEX→-:111")]
    // the maker told earlier in the text is the target
    [InlineData("Uganda banned the rally. Kenya appealed the decision, which it called absurd.", "KEN→UGA:111")]
    public void A_decision_its_appellant_calls_absurd_is_criticised(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
