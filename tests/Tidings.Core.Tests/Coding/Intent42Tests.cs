namespace Tidings.Tests.Coding;

/// <summary>
/// Session 42 (intent42). A phone call received from a named caller ("received a phone call from Y", "took a call from Y")
/// is a conversation both sides hold: 041 from the caller to the one called and back (decision 033); "spoke by telephone
/// with" stays one side's act, and no caller named means no event. "the two men" / "the two women" after two people named
/// is those two people (ActorRecognizer.ResolvePairs, PeoplePairNouns), never a country or a body named before them.
/// Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class Intent42Tests
{
    [Theory]
    [InlineData("Ghana's president received a telephone call from the Nigerian president on Friday.", "NGAGOV→GHAGOV:041|GHAGOV→NGAGOV:041")]
    [InlineData("Kenyan President William Ruto took a call from Tanzanian President Samia Suluhu Hassan on Monday.", "TZAGOV→KENGOV:041|KENGOV→TZAGOV:041")]
    [InlineData("The Peruvian foreign minister took a phone call from her Chilean counterpart.", "CHLGOV→PERGOV:041|PERGOV→CHLGOV:041")]
    public void A_call_received_is_consulted_both_ways(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // no caller named: nobody to consult
    [InlineData("The Kenyan finance minister took a call on the budget late on Monday.", "!*:041")]
    [InlineData("Ghana's president received a phone call on Friday.", "!*:041")]
    // a call to stand again is an appeal, not a phone conversation
    [InlineData("The Kenyan president received a call from his party to stand again.", "!*:041")]
    public void No_caller_no_call(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow. The two men discussed trade and energy.",
        "CHNGOV→RUSGOV:040|RUSGOV→CHNGOV:040")]
    [InlineData("Finnish President Alexander Stubb welcomed Estonian Prime Minister Kristen Michal on Monday. The two women discussed the Baltic Sea cable damage.",
        "FINGOV→ESTGOV:040|ESTGOV→FINGOV:040")]
    public void The_two_men_are_the_two_people_just_named(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // unnamed attackers: "the two men" is nobody the article named, so neither the police nor Kenya
    [InlineData("Kenyan police said gunmen attacked a bus near Mandera. The two men later attacked a police post.", "!KENCOP→*:*")]
    [InlineData("Kenya and Somalia agreed to reopen the border. The two men later attacked a police post in Mandera.", "!KEN→*:19*|!SOM→*:19*")]
    public void The_two_men_are_never_countries_or_bodies(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
