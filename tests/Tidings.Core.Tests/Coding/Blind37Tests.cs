namespace Tidings.Tests.Coding;

/// <summary>
/// General causes behind the misses of the blind37 gold split (session 22, blind37: the long body sentences online news
/// prints): a hyphenated weapon compound that hid the clause's verb from the tagger, degree adverbs between a copula and
/// its adjective, appeals for forces, "their" after coordinated countries, a verb coordinated with an agreement's purpose
/// infinitive, and an appeal to find the courage to act.
/// </summary>
public class Blind37Tests
{
    [Theory]
    // a hyphenated compound the tagger first reads as a verb ("small-arms") no longer hides the clause's own verb
    [InlineData("Indian and Pakistani soldiers exchanged small-arms fire across the frontier on Tuesday, the army said.", "INDMIL→PAKMIL:193|PAKMIL→INDMIL:193")]
    [InlineData("Armenian and Azerbaijani forces exchanged small-arms fire overnight.", "ARMMIL→AZEMIL:193|AZEMIL→ARMMIL:193")]
    [InlineData("Georgian and Russian border guards exchanged small-arms fire near the boundary line.", "GEOCOP→RUSCOP:193|RUSCOP→GEOCOP:193")]
    public void A_hyphenated_weapon_compound_leaves_the_verb_finite(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a degree adverb between the copula and its adjective keeps the comment phrase whole
    [InlineData("The central bank governor said she was cautiously optimistic about the recovery.", "*→-:013")]
    [InlineData("The foreign minister said he was deeply pessimistic about the peace talks.", "*→-:012")]
    [InlineData("The health minister said he was very concerned about the spread of cholera.", "*→-:012")]
    [InlineData("The minister said he was deeply pessimistic about the talks.", "*→-:012")]
    // a negation still turns optimism into a pessimistic comment
    [InlineData("The prime minister was not very optimistic about the negotiations.", "*→-:012|!*:013")]
    public void A_degree_adverb_keeps_a_comment_phrase_whole(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // forces appealed for, asked for or requested are an appeal for protection (0234), from whoever is named
    [InlineData("The Somali president appealed for more troops to fight al-Shabaab.", "SOMGOV→-:0234")]
    [InlineData("The Libyan prime minister appealed for more peacekeepers.", "LBYGOV→-:0234")]
    [InlineData("Somalia's government requested 3,000 more troops from the African Union.", "SOMGOV→IGOAFRAFU:0234")]
    [InlineData("Chad's president asked for more troops from France.", "TCDGOV→FRA:0234")]
    [InlineData("The Haitian prime minister asked for more troops.", "HTIGOV→-:0234|!*→HTIMIL:*")]
    public void An_appeal_for_forces_is_an_appeal_for_protection(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "their" after coordinated countries is each one's own: the envoys recalled are no country's, the host is the target
    [InlineData("Niger, Mali and Burkina Faso said they were withdrawing their ambassadors from Algeria.", "NER→DZA:161|MLI→DZA:161|BFA→DZA:161|!*→NERGOV:*")]
    [InlineData("Rwanda and Uganda said they were recalling their envoys from Burundi.", "RWA→BDI:161|UGA→BDI:161|!*→UGAGOV:*")]
    // one country's own ambassador stays as it was
    [InlineData("Mali said on Sunday it was recalling its ambassador from Algeria.", "MLI→DZA:161")]
    public void Their_envoys_after_coordinated_countries_are_no_one_country(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a verb coordinated with an agreement's purpose infinitive is part of the purpose, not done
    [InlineData("Kenya and Uganda signed an agreement to resume rail services and expand trade.", "KEN→UGA:057|UGA→KEN:057|!*:061")]
    [InlineData("Russia and India signed a pact on Friday to build reactors and deepen energy cooperation.", "RUS→IND:057|IND→RUS:057|!*:06*")]
    [InlineData("Egypt and Qatar signed a deal on Monday to build a port and boost investment.", "EGY→QAT:057|QAT→EGY:057|!*:061")]
    public void A_verb_coordinated_with_a_purpose_shares_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // a verb of finding a way only leads an appeal to the act it asks for: the appeal to negotiate, no talks held
    [InlineData("The Pope called on Sudan's warring generals on Friday to find the courage to negotiate an end to the war.", "VATREL→SDNMIL:026|!*:046")]
    public void An_appeal_to_find_the_courage_to_act_asks_for_the_act(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
