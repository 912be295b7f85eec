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
}
