namespace Tidings.Tests.Coding;

/// <summary>
/// Session 44 (target44): role selection. A reaction that names no one it is aimed at answers the doer its "after" clause
/// tells (gold/README.md: a protest's target named only in its "after" clause). Events are written "SOURCE→TARGET:CODE";
/// each listed event must be coded, each "!"-prefixed one must not. Sentences written for these tests.
/// </summary>
public class Target44Tests
{
    // The clause's subject, or the country adjective on it ("Chinese coast guard ships"), is the one answered; a passive's
    // patient ("after two soldiers were killed") names no doer, and appeals, meetings and aid are only dated by the cause.
    [Theory]
    [InlineData("Japan lodged a formal protest after Chinese coast guard ships entered its territorial waters.", "JPN→CHN*:114")]
    [InlineData("Armenia vowed to respond after Azerbaijani troops shelled border villages in Syunik.", "ARM→AZE*:13*")]
    [InlineData("Seoul rejected the proposal after Pyongyang fired two ballistic missiles into the sea.", "KORGOV→PRK*:12*")]
    [InlineData("The nurses' union suspended its strike after the health ministry agreed to pay three months of arrears.", "*→*GOV*:08*")]
    [InlineData("Kenya vowed to retaliate after two soldiers were killed in an ambush near the border.", "KEN→-:130")]
    [InlineData("Ghana's president met business leaders in Accra after Nigeria closed its border.", "!GHAGOV→NGA:04*")]
    [InlineData("Uganda sent food to refugee camps after South Sudanese militias attacked villages near the border.", "!UGA*→SSD*:07*")]
    public void A_reaction_is_aimed_at_the_doer_of_its_after_clause(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "X did Y, prompting Z to act": Z's reaction with no target of its own is aimed at X, the subject of the clause the
    // participle hangs on; the show of force only at a foreign side.
    [Theory]
    [InlineData("Chinese bombers flew close to Taiwan, prompting Taipei to put its forces on alert.", "TWN*→CHN*:15*")]
    [InlineData("Kenyan police dispersed the marchers, prompting the government to deploy soldiers in Nairobi.", "!KEN*→KEN*:15*")]
    public void A_reaction_prompted_by_a_clause_is_aimed_at_its_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // A truce declared or announced "with" a side is aimed at it; with no side named it has no target.
    [Theory]
    [InlineData("The FARC dissidents declared a week-long truce with the Colombian army over Easter.", "COLREB→COLMIL:0871")]
    [InlineData("Myanmar's junta announced a ceasefire with ethnic armed groups after the earthquake.", "MMR*→*REB:0871")]
    [InlineData("The junta announced a temporary ceasefire on Wednesday.", "!*→*REB:0871")]
    public void A_truce_with_a_side_is_aimed_at_it(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // "calling the incident reckless": a judgement of "the incident" is aimed at the doer of the hostile act the sentence
    // told before it; an incident that was no hostile act by another side gives no target.
    [Theory]
    [InlineData("Chinese vessels rammed Vietnamese fishing boats near the Paracel Islands on Monday, and Hanoi called the incident dangerous and unlawful.", "VNM*→CHN*:11*")]
    [InlineData("Vietnam's fishing boats collided near the Paracel Islands on Monday, and Hanoi called the incident regrettable.", "!VNM*→CHN*:11*")]
    public void A_judged_incident_is_aimed_at_its_doer(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    // Ground taken "of" settlements in a region is the region's country's, also when the parser hangs the "of" phrase on
    // the attributing verb.
    [Theory]
    [InlineData("Ukrainian forces took control of two more villages in the Kursk region, Ukraine's general staff said.", "UKRMIL→RUS:192")]
    [InlineData("Russian troops took control of the situation, Russia's defence ministry said.", "!RUSMIL→UKR:192")]
    public void Ground_taken_in_a_region_is_its_countrys(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
