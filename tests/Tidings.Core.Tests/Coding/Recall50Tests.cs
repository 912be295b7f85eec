using Tidings.Tests.Syntax;
using Xunit;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 50 (recall50): gold events missed outright. A noun-verb word coordinated with an infinitive or a modal's verb, or
/// split from its "to" by an adverb, is that verb when a noun phrase of its own follows; criticism and praise told from
/// their target name their author after "from"; a labour strike ended eases dissent; forces put on combat readiness are
/// a show of force; a promised response is a threat. Events are written "SOURCE→TARGET:CODE" ("-" for no target); each
/// listed event must be coded, each "!"-prefixed one must not. Tag rows give a word, its Penn tag and its head ("-" for
/// any). Sentences written for these tests.
/// </summary>
public class Recall50Tests
{
    // The second verb of "to/modal VB NP and/or X NP" is a verb when its own object opens with an article, possessive,
    // number or adjective; a bare noun after it leaves the compound reading ("aid workers", "supply lines").
    [SkippableTheory]
    [InlineData("Qatar urged Israel and Hamas to halt the fighting and exchange all prisoners.", "exchange", "VB", null)]
    [InlineData("The ministry said Japan must retract the remarks or face further countermeasures.", "face", "VB", null)]
    [InlineData("The two governments agreed to reopen the embassies and restore direct flights.", "restore", "VB", null)]
    [InlineData("The envoy called on member states to fully fund the stabilisation force.", "fund", "VB", null)]
    [InlineData("Germany pledged to send food and aid workers to Gaza.", "aid", "NN", null)]
    [InlineData("The army vowed to cut supply lines and aid routes.", "supply", "NN", null)]
    [InlineData("The army vowed to cut supply lines and aid routes.", "aid", "NN", null)]
    // no "to" or modal before the first verb: the coordination is left as tagged
    [InlineData("Rebels seized the town and supply depots nearby.", "supply", "NN", null)]
    public void A_noun_verb_word_coordinated_with_an_infinitive_is_a_verb(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);

    [Theory]
    // the second act, a release of prisoners urged, is coded besides the halt to fighting
    [InlineData("Qatar urged Israel and Hamas to halt the fighting and exchange all prisoners.", "QAT→ISR:0253|QAT→ISR:0256")]
    // the compound reading stays where a bare noun follows: food and aid workers sent, no second act
    [InlineData("Germany pledged to send food and aid workers to Gaza.", "DEU→*:03*")]
    public void The_coordinated_verb_is_coded(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Criticism or praise drawn, faced or received: the author follows "from", the subject (or its possessor) is the target.
    [Theory]
    [InlineData("Russia's decision drew sharp criticism from the European Union.", "IGOEUREEC→RUS:111")]
    [InlineData("Serbia's new media law came in for criticism from human rights groups.", "NGOHRI→SRB*:111")]
    [InlineData("Hungary's veto faced condemnation from Poland and the Baltic states.", "POL→HUN*:111")]
    [InlineData("Kenya's drought plan won praise from the World Bank.", "IGO*→KEN*:051")]
    // no author named: no event
    [InlineData("Russia's decision drew sharp criticism.", "!*→*:111")]
    [InlineData("Russia's decision drew sharp criticism.", "!*→-:111")]
    public void Criticism_drawn_from_a_side_is_that_sides(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Air strikes ended are a halt to attacks; a strike one only tries to end is no event.
    [Theory]
    [InlineData("The minister called both sides to talks to try to end the strike.", "!*→*:082")]
    [InlineData("Israel ended its air strikes on Iranian nuclear sites.", "ISR→IRN:087")]
    [InlineData("Israel ended its air strikes on Iranian nuclear sites.", "!ISR→*:082")]
    public void An_ended_strike_is_coded_by_its_kind(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Forces put on combat readiness or a war footing show force (152); a promised response is a threat (130).
    [Theory]
    [InlineData("Azerbaijan's defence ministry said it had put its army units on full combat readiness.", "AZE*→-:152")]
    [InlineData("Latvia expelled a Belarusian diplomat on Wednesday. Minsk promised a response.", "BLRGOV→LVA:130")]
    [InlineData("Minsk promised a new hospital for the region.", "!BLRGOV→*:130")]
    public void Readiness_and_promised_responses(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A speaker's own appeal or accusation after "and", hung by the parser on the clause it reports, is the speaker's when
    // its form cannot share the reported verb's auxiliary or "to"; a conjunct of the same form as the reported verb stays.
    [SkippableTheory]
    [InlineData("The UN rights office said the militia fighters were burning villages and urged their commanders to stop.", "urged", "-", "said:conj")]
    [InlineData("Kosovo's prime minister told Belgrade to withdraw its troops from the border and accused Serbia of stoking unrest.", "accused", "-", "told:conj")]
    [InlineData("Officials said the protesters had blocked the road and demanded the governor's resignation.", "demanded", "-", "blocked:conj")]
    public void A_speakers_conjunct_hangs_on_the_verb_of_saying(string sentence, string word, string tag, string? head) =>
        SyntaxPipeline.AssertWord(sentence, word, tag, head);

    [Theory]
    [InlineData("Kosovo's prime minister told Belgrade to withdraw its troops from the border and accused Serbia of stoking unrest.", "KSVGOV→SRB*:112*")]
    [InlineData("Aid agencies say the blockade has left thousands without food and urge Israel to open the crossings.", "NGO→ISR:02*")]
    [InlineData("Aid agencies say the blockade has left thousands without food and urge Israel to open the crossings.", "!*→NGO:02*")]
    public void The_speakers_conjunct_is_coded_from_the_speaker(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
