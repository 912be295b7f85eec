namespace Tidings.Tests.Coding;

/// <summary>
/// Misses of the middle roots (session 30, misc30): a stoppage vowed or threatened to go on or start again is a threat of
/// dissent (133) while strikes aimed at a target stay threats of force (1384); people expelled who are no state organ,
/// force or agency are individuals deported (174); people who seek refuge or shelter
/// appeal to no one; an "anti-" compound in -ing before a noun is its modifier, not a verb.
/// </summary>
public class Misc30Tests
{
    [Theory]
    // a labour stoppage taken up again, carried on or spread is threatened dissent
    [InlineData("Teachers threatened to resume their strike if salaries were not paid by Friday.", "*EDU→*:133")]
    [InlineData("Doctors vowed to resume their strike next week.", "*HLH→*:133")]
    [InlineData("Nurses vowed to continue their strike until the health ministry met their demands.", "*HLH→*:133")]
    [InlineData("The miners' union threatened to extend the strike to two more shafts.", "*LAB→*:133")]
    [InlineData("Air traffic controllers vowed to escalate their walkout next week.", "*→*:133")]
    // strikes aimed on or against an actor are attacks: the threat is one of force
    [InlineData("The United States threatened strikes on Iran's nuclear sites.", "USA→IRN:1384|!*:133")]
    [InlineData("Israel threatened to resume its air strikes against Hezbollah.", "ISR→LBNREB:1384|!*:133")]
    [InlineData("Russia vowed to continue its strikes on Ukrainian power plants.", "RUS→UKR:1384|!*:133")]
    // a walkout "against" a policy keeps the labour reading
    [InlineData("The union threatened a strike against the pension reform.", "*LAB→*:133|!*:1384")]
    public void A_stoppage_threatened_to_go_on_is_threatened_dissent(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // private people expelled are deported individuals
    [InlineData("Mongolia expelled two Chinese nationals on Friday.", "MNG→CHN*:174|!*:166")]
    [InlineData("Nicaragua expelled three foreign priests from the country.", "NIC→*REL:174|!*:166")]
    [InlineData("Israel expelled four foreign activists who had sailed with the flotilla.", "ISR→*:174|!*:166")]
    [InlineData("Uzbekistan expelled a German correspondent on Tuesday.", "UZB→DEU*:174|!*:166")]
    // diplomats, troops and observers keep their own codes
    [InlineData("Russia expelled two British diplomats.", "RUS→GBR*:161|!*:174")]
    [InlineData("Mali expelled French troops.", "MLI→FRAMIL:166|!*:174")]
    [InlineData("Chad expelled a team of African Union observers.", "TCD→IGOAFRAFU:1662")]
    // a party or school expelling its members is no political event
    [InlineData("The school expelled two students for cheating.", "!*:17*")]
    public void Private_people_expelled_are_deported_individuals(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // survivors who seek refuge or shelter appeal to no one
    [InlineData("The agency delivered food to Tawila, where thousands of survivors have sought refuge.", "!*:02*")]
    [InlineData("Villagers sought shelter in schools after the attack in Zamfara.", "!*:02*")]
    // asking an actor for something is still an appeal
    [InlineData("Nepal sought help from India after the earthquake.", "NPL→IND:02*")]
    public void Seeking_refuge_is_no_appeal(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // "anti-dumping" before a noun is an adjective, so the duties keep the verb that imposes them
    [InlineData("The European Commission imposed anti-dumping duties of up to 30 percent on steel pipes from China.", "IGOEUREEC→CHN:163")]
    [InlineData("India imposed anti-dumping duties on Chinese solar glass.", "IND→CHN*:163")]
    public void An_anti_compound_before_a_noun_is_no_verb(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData("The commission imposed anti-dumping duties on steel", 3, "JJ")]
    [InlineData("Police launched an anti-smuggling operation in the port", 3, "JJ")]
    public void Anti_compound_in_ing_is_tagged_adjective(string sentence, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(sentence, index));
}
