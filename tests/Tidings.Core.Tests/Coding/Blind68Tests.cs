namespace Tidings.Tests.Coding;

/// <summary>
/// Session 50 (blind68): radio and TV bulletins. Spoken news contracts the perfect's "has" ("it's lodged a protest", "he's
/// asked Washington to ...") and tells a visit by where the visitor is ("The chancellor is in Warsaw for talks with ...").
/// Events are written "SOURCE→TARGET:CODE" ("-" for no target); each listed event must be coded, each "!"-prefixed one must
/// not. Sentences written for these tests, none taken from the blind68 gold lines.
/// </summary>
public class Blind68Tests
{
    // "'s" before a participle that takes a direct object is the perfect's "has", never the "is" of a passive: the pronoun
    // is the doer, not the patient.
    [Theory]
    [InlineData("The foreign ministry in Beijing says it's lodged a formal complaint with Manila.", "CHNGOV→PHLGOV:114")]
    [InlineData("Lithuania says it's summoned the Belarusian charge d'affaires.", "LTU→BLRGOV:114")]
    [InlineData("Mali's junta says it's expelled the French ambassador.", "MLIMIL→FRAGOV:16*")]
    // a real passive with a by-agent or "been" keeps its doer: the pronoun is no source
    [InlineData("The opposition says he's been arrested by soldiers.", "!*→MIL:173")]
    // a participle with no object stays as the parser reads it: no event with the pronoun's referent as the doer
    [InlineData("Lithuania says the border's closed for the night.", "!LTU→*:19*")]
    public void A_contracted_perfect_keeps_its_subject_as_the_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A government that "is in" a place of another country is on a visit there, hosted by the government the sentence names.
    [Theory]
    [InlineData("France's foreign minister is in Rabat for talks with Morocco's prime minister.", "FRAGOV→MARGOV:042|MARGOV→FRAGOV:043")]
    [InlineData("France's foreign minister is in Rabat for talks with Morocco's prime minister.", "!FRAGOV→MARGOV:040")]
    [InlineData("The Indian prime minister is in Colombo today.", "INDGOV→LKA:042")]
    [InlineData("Turkey's president was in Baku on Tuesday.", "TURGOV→AZE:042")]
    // no visitor: armed forces, a bare country, a leader at home, a plan, a negation, no place
    [InlineData("Rwandan troops are in eastern Congo.", "!RWAMIL→COD:042")]
    [InlineData("Ghana is in talks with the IMF.", "!GHA→IGO*:042")]
    [InlineData("Nigeria's president is in Abuja today.", "!NGAGOV→NGA:042")]
    [InlineData("Japan's prime minister will be in Delhi next week.", "!JPNGOV→IND:042")]
    [InlineData("Poland's president is not in Kyiv this week.", "!POLGOV→UKR:042")]
    [InlineData("Brazil's president is in hospital.", "!BRAGOV→*:042")]
    public void A_government_that_is_in_another_countrys_city_is_on_a_visit(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
