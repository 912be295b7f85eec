namespace Tidings.Tests.Coding;

/// <summary>
/// Session 50 (speech50): speech acts said without a verb of saying them. A copula that judges an actor itself, a refusal to
/// comment, grief shared with the bereaved and the second person of a quote told to an addressee. Events are written
/// "SOURCE→TARGET:CODE" ("-" for no target); each listed event must be coded, each "!"-prefixed one must not. Sentences
/// written for these tests.
/// </summary>
public class Speech50Tests
{
    // A copula whose subject is an actor and whose predicate disapproves is criticism of that actor (111); a relation noun
    // with an adjective of esteem, or a praising adjective, is praise (051). Negated, modal and bare descriptions are none.
    [Theory]
    [InlineData("Beijing said the United States was hypocritical.", "CHNGOV→USA:11*")]
    [InlineData("'Russia is a threat to every country in Europe,' Poland's foreign minister said.", "POLGOV→RUS:11*")]
    [InlineData("'Norway has been a true friend, and its money built our schools,' Malawi's president said on Monday.", "MWIGOV→NOR:051")]
    [InlineData("Brazil had been a reliable partner in the talks, the Argentine foreign minister said.", "ARGGOV→BRA:051")]
    [InlineData("Chile's president said Peru had been generous.", "CHLGOV→PER:051")]
    // bare relation nouns only describe
    [InlineData("Kenya is Uganda's largest trading partner, the trade minister said.", "!*→KEN:051")]
    [InlineData("The minister said Ghana was a partner of Togo in the project.", "!*→GHA:051")]
    // negated or modal predicates judge nothing
    [InlineData("'Iran is not a threat to anyone,' Russia's foreign minister said.", "!RUSGOV→IRN:11*")]
    [InlineData("Kenya's president said Uganda would be a reliable partner.", "!KENGOV→UGA:051")]
    public void A_copula_that_judges_an_actor_criticises_or_praises_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "would not comment", "we do not comment": declining to comment (011, asserted); "did not comment" and "has not
    // commented" only report that no comment came.
    [Theory]
    [InlineData("Turkey's foreign ministry would not comment on the reports.", "TURGOV→-:011")]
    [InlineData("'We do not comment on ongoing investigations,' a spokesman for Canada's foreign ministry said.", "CANGOV→-:011")]
    [InlineData("The Kremlin won't comment on the leaked letter.", "RUSGOV→-:011")]
    [InlineData("Turkey's foreign ministry did not comment on the reports.", "!TURGOV→-:011")]
    [InlineData("Turkey's foreign ministry has not commented on the reports.", "!TURGOV→-:011")]
    public void Refusing_to_comment_is_declining_comment(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Feelings said to be with the bereaved, or to go out to them, and grief shared with a people, are condolence (018).
    [Theory]
    [InlineData("'Our hearts are with the people of Morocco,' Spain's prime minister said after the earthquake.", "ESPGOV→MAR*:018")]
    [InlineData("Our thoughts go out to the people of Libya, Egypt's president said after the floods.", "EGYGOV→LBY*:018")]
    [InlineData("'Indonesia shares the grief of the Thai people,' the foreign minister said.", "IDN→THA*:018")]
    [InlineData("Kenya's thoughts are with Sudan, the president said.", "KEN→SDN:018")]
    // a heart that is not with something, and hearts of no actor, are no condolence
    [InlineData("Her heart is not with the project, Peru's finance minister said.", "!*→*:018")]
    [InlineData("The hearts of the fans are with the team tonight.", "!*→*:018")]
    public void Shared_grief_is_condolence(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // In a quote told to an actor, "you" and "your" are that addressee: what the quote judges of them is aimed at it.
    // "told reporters" is a channel: its "you" is no one.
    [Theory]
    [InlineData("'Your tariffs are illegal,' Canada's trade minister told the US commerce secretary.", "CANGOV→USAGOV:11*")]
    [InlineData("'You have been a true friend to Kenya,' President Ruto told India's prime minister.", "KENGOV→INDGOV:051")]
    [InlineData("'Your government is reckless,' the Greek foreign minister told reporters.", "!GRCGOV→MED:11*")]
    public void The_second_person_of_a_quote_is_its_addressee(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
