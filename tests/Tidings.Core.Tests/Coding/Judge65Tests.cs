namespace Tidings.Tests.Coding;

/// <summary>
/// Session 65 (judge65): root 11, court findings and naming judgements. A court that declares a measure void finds against the measure's doer, or
/// its own government when none is named (116), also when the predicate stands before a long object ("declared
/// unconstitutional a section of the act", which the parser reads as the object's adjective) or the parser reads the
/// measure as an adverb of the predicate ("declared the decree unconstitutional"); a ruling that an actor "acted unlawfully"
/// finds against it as "violated the law" does. Only a court's ruling: the same words said by anyone else, a lawful act
/// found, or an adjective after the object's article ("the illegal strike") are no finding. Names of a sham or a trick
/// ("a ploy", "a publicity stunt"), a course of action named by a disapproving noun ("a smear campaign", "a stalling
/// tactic") and "part of" something disapproved criticise (111), where "a military campaign" or "a negotiating tactic"
/// judge nothing; a naming participle's "it" or "them" judges the owned act its clause took as object or oblique
/// ("was concerned about Mexico's plans, calling them a danger"). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from the gold lines.
/// </summary>
public class Judge65Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    [Theory]
    [InlineData("Peru's Constitutional Court declared the decree unconstitutional.", "PERJUD→PERGOV:116")]
    [InlineData("Peru's Constitutional Court declared unconstitutional a decree that the police had used to arrest students.", "PERJUD→PERGOV:116")]
    [InlineData("Chile's Supreme Court on Tuesday declared illegal a provision of the new mining code.", "CHLJUD→CHLGOV:116")]
    [InlineData("The junta declared unconstitutional a decree of the ousted government.", "!*→*:116")]
    [InlineData("Peru's Constitutional Court declared the illegal strike over.", "!*→*:116")]
    public void A_court_declaring_a_measure_void_finds_against_its_doer(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Peru's Constitutional Court ruled that the interior ministry had acted unlawfully.", "PERJUD→PERGOV:116")]
    [InlineData("A court in Lima ruled that the interior ministry acted illegally when it banned the march.", "PERJUD→PERGOV:116")]
    [InlineData("Peru's Constitutional Court ruled that the interior ministry had acted lawfully.", "!*→*:116")]
    [InlineData("The opposition said the interior ministry had acted unlawfully.", "!*→*:116")]
    public void A_ruling_that_an_actor_acted_unlawfully_finds_against_it(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Peru's president called the recall motion a ploy by the opposition.", "PERGOV→PEROPP:111")]
    [InlineData("Nicaragua's government dismissed the bishops' letter as part of a smear campaign.", "NICGOV→NICCHR:111")]
    [InlineData("Nicaragua's government rejected Costa Rica's demand for an inquiry, calling it a publicity stunt.", "NICGOV→CRI:111")]
    [InlineData("Bolivia's government rejected Chile's proposal for talks on the border, calling it a stalling tactic.", "BOLGOV→CHL:111")]
    [InlineData("The union called the strike a negotiating tactic.", "!*→*:111")]
    [InlineData("Chile's army launched a military campaign against the rebels.", "!*→*:111")]
    public void Names_of_a_sham_a_trick_or_a_smear_criticise(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Cuba's foreign ministry said on Monday that Havana was deeply concerned about Mexico's plans to raise tariffs, calling them a danger to regional trade.", "CUBGOV→MEX:111")]
    [InlineData("Cuba's government welcomed Mexico's plan for talks, calling it a sensible step.", "!*→*:111")]
    public void A_naming_participles_pronoun_judges_the_owned_act_before_it(string sentence, string expected) => AssertCoded(sentence, expected);
}
