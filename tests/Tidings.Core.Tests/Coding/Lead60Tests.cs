using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 60 (lead60): intents to cooperate (root 03) that the coder lost. A past-tense verb right after a numeral or
/// quantifier that the parse makes its subject ("the two agreed to meet again", "both pledged") is the pair's verb, not an
/// attributive participle ("the two detained men"). Events are written "SOURCE→TARGET:CODE"; "!" marks an event that must
/// not be coded. Sentences written for these tests.
/// </summary>
public class Lead60Tests
{
    [Theory]
    [InlineData("Modi met Macron in Paris on Monday, and the two agreed to meet again in June.", "INDGOV→FRAGOV:036|FRAGOV→INDGOV:036")]
    [InlineData("The Kenyan president received his Tanzanian counterpart in Nairobi, and the two agreed to expand trade.", "KENGOV→TZAGOV:031*|TZAGOV→KENGOV:031*")]
    public void A_pair_subject_keeps_its_verb(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    // a participle between a numeral or quantifier and its noun stays an adjective: nobody detained or injured anyone here
    [InlineData("The two detained journalists were freed on Monday.", "!*→*:173")]
    [InlineData("Police said both injured soldiers were flown to Kyiv.", "!*→*:18*")]
    public void A_participle_before_its_noun_stays_an_adjective(string text, string expected) => PipelineEvents.AssertCoded(text, expected);
}
