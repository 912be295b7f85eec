namespace Tidings.Tests.Coding;

/// <summary>
/// Events that should not exist at all (session 25, precision25): a protest, coercion or assault noun in an "after",
/// "following" or "amid" phrase names the cause of the clause's news and is background (gold/README.md), while the same
/// contest told by its own clause, dated by "during", or the parties' own talks stay news.
/// </summary>
public class Precision25Tests
{
    [Theory]
    // the contest named as the cause of a curfew, an arrest, a recall or a resignation is no event of its own
    [InlineData("Authorities imposed a curfew in the town after clashes between rival gangs.", "!*:190")]
    [InlineData("The government declared a state of emergency after deadly clashes between farmers and herders.", "GOV→-:1724|!*:190")]
    [InlineData("Police arrested 40 people after overnight clashes between rival fans.", "COP→CVL:173|!*:190")]
    [InlineData("Pakistan closed a border crossing with Afghanistan after border clashes.", "!*:190")]
    [InlineData("The president dismissed the police chief after days of clashes between police and protesters.", "!*:190")]
    [InlineData("The interior minister resigned after weeks of protests against rising prices.", "!*:14*")]
    [InlineData("Nepal lifted its ban on social media following deadly protests by students.", "NPL→NPLCVL:0811|!*:14*")]
    [InlineData("Oil prices rose sharply amid Israeli air strikes on Iran.", "!ISR→IRN:19*")]
    [InlineData("Kenya recalled its ambassador from Uganda following attacks on Kenyan truck drivers.", "KEN→UGA:161|!*:18*|!*:19*")]
    [InlineData("The army sent reinforcements to the region after a series of attacks by rebels.", "MIL→-:154|!REB→*:18*|!REB→*:19*")]
    [InlineData("Thousands marched in the capital after the arrest of an opposition leader.", "!*:173")]
    public void A_contest_named_after_after_or_amid_is_background(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "during" dates the news; a contest heading its own clause is the news
    [InlineData("Soldiers were killed during clashes with militants near the border.", "MIL→REB:190|REB→MIL:190")]
    [InlineData("Clashes between police and students erupted in the capital on Monday.", "COP→EDU:190|EDU→COP:190")]
    [InlineData("Fighting between the army and the rebels killed 20 people.", "MIL→REB:190|REB→MIL:190")]
    [InlineData("Police fired tear gas at protesters who marched on parliament.", "COP→CVL:175|CVL→LEG:141")]
    // an "after" clause with a subject of its own is not judged here, and the main clause's act stays
    [InlineData("Rebels attacked an army base in the north after the army bombed their camps.", "REB→MIL:190")]
    [InlineData("The army launched an offensive against the rebels after an attack on a military base.", "MIL→REB:190")]
    [InlineData("Israel struck targets in Gaza after rockets were fired at its towns.", "ISR→PSE:190")]
    [InlineData("Students protested in the capital after the government raised fuel prices.", "EDU→GOV:141")]
    // a gerund after "after" is the subject's own next act, not a cause
    [InlineData("Rebel fighters killed dozens of civilians in the town after seizing it from the army.", "REB→CVL:202|REB→MIL:1*")]
    // talks after which the parties agree are their own meeting, not a contest
    [InlineData("Pakistan and Afghanistan agreed to a ceasefire after talks in Doha.", "PAK→AFG:0871|AFG→PAK:0871")]
    public void A_contest_told_as_news_stays(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
