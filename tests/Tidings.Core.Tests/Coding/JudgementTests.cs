namespace Tidings.Tests.Coding;

/// <summary>
/// A speaker's judgement of another actor's act told with a copula (TreeRoles.Judgements): "said it was unacceptable for Y
/// to ...", "said Y's decision was a mistake" criticise Y (111), "said Y was responsible for the attack" accuses Y (112), and
/// the judged act is not coded again as news. Real news states criticism this way as often as with "criticised". The
/// sentences are written for these tests.
/// </summary>
public class JudgementTests
{
    [Theory]
    [InlineData("Kenya said it was unacceptable for Uganda to close the border.", "KEN→UGA:111|!UGA→-:191")]
    [InlineData("Kenya said Uganda's decision to close the border was a big mistake.", "KEN→UGA:111|!UGA→-:191")]
    [InlineData("It was a mistake for Uganda to close the border, the Kenyan foreign minister said.", "KENGOV→UGA:111")]
    [InlineData("Kenya said Uganda was responsible for the attack.", "KEN→UGA:112")]
    // Through a verb of evidence the conclusion is still the speaker's.
    [InlineData("The Slovenian prime minister said the analysis shows that Russia is responsible for the attack.", "SVNGOV→RUS:112")]
    // A naming verb with a predicate of disapproval judges the same way, with or without a trigger word in the sentence; a
    // participle judges for the main clause's subject, and an act of no named doer is its object's.
    [InlineData("Kenya called Uganda's decision unconstitutional.", "KEN→UGA:111")]
    [InlineData("Kenya described Uganda's move as a betrayal.", "KEN→UGA:111")]
    [InlineData("The Kenyan president called the closure of the border a mistake.", "KENGOV→-:111")]
    [InlineData("Zimbabwe's opposition accused the government of rigging the vote, calling the election a sham.", "ZWEOPP→ZWEGOV:111|!ZWEGOV→-:111")]
    // An act named before in the article is its earlier doer's.
    [InlineData("Malaysia's government banned the opposition party on Monday. The opposition leader called the ban unconstitutional.", "MYSOPP→MYSGOV:111")]
    public void A_judged_act_is_criticism_of_its_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Hypothetical, negated, or no act of an actor: no judgement made.
    [InlineData("Kenya said it would be a mistake for Uganda to close the border.", "!KEN→UGA:111")]
    [InlineData("Kenya said it was not unacceptable for Uganda to close the border.", "!KEN→UGA:111")]
    [InlineData("Kenya said Uganda was responsible for security at the border.", "!KEN→UGA:112")]
    [InlineData("Kenya did not call Uganda's decision unconstitutional.", "!KEN→UGA:111")]
    [InlineData("Kenya called Uganda a reliable partner.", "!KEN→UGA:111")]
    public void No_judgement(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // Taking the blame acknowledges responsibility, as accepting it does.
    [InlineData("The Kenyan minister took the blame for the delay.", "KENGOV→-:015")]
    public void Taking_the_blame(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // A naming verb whose object is an act with a possessive doer and whose predicate is a noun of disapproval: the doer is
    // criticised, with any possessor (a country, a body, a person) and any naming verb.
    [InlineData("Slovakia branded Hungary's veto a betrayal.", "SVK→HUN:111")]
    [InlineData("Kenya's president called Tanzania's border closure an act of aggression.", "KENGOV→TZA:111")]
    [InlineData("Vietnam called China's new map a violation of its sovereignty.", "VNM→CHN:111")]
    [InlineData("The Philippine senate branded Beijing's new coast guard rules a provocation.", "PHLLEG→CHNGOV:111")]
    public void A_named_act_with_a_possessive_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
