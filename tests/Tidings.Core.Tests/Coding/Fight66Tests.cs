namespace Tidings.Tests.Coding;

/// <summary>
/// Session 66 (fight66): roots 18-20 and who attacks when no one is named (decision 112). Doers named by an attacker role
/// (gunmen, armed men, attackers, assailants, militiamen, suicide bombers, "unidentified" or not) are REB of the country
/// where the attack happens; doers named only by a description that is no actor role (masked, hooded, unidentified or
/// unknown men, men in plain clothes or on motorcycles, arsonists, vandals) keep the act with an unnamed source, as an
/// agentless bombing does (decision 016); a plain "men" names no one and codes nothing. Events are written
/// "SOURCE→TARGET:CODE" ("-" for an unnamed actor); each listed event must be coded, each "!"-prefixed one must not be.
/// Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Fight66Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // Men told only by their look, their anonymity or their deed keep the act with an unnamed source.
    [Theory]
    [InlineData("Unidentified men abducted an opposition youth leader in Kampala on Monday night, the party said.", "-→UGAOPP:181")]
    [InlineData("Masked men beat a Kenyan trade union leader outside his office in Nairobi.", "-→KENLAB:182")]
    [InlineData("Hooded men beat a Zambian opposition lawmaker outside his home in Lusaka on Sunday.", "-→ZMB*:18*")]
    [InlineData("Men in plain clothes beat a leader of Uganda's teachers' union in Kampala.", "-→UGA*:182")]
    public void Unnamed_men_keep_the_act_with_an_unnamed_source(string sentence, string expected) => AssertCoded(sentence, expected);

    // A plain "men" names no group and no attack of one; the description must be the subject's, not the victim's; an
    // attacker role is an actor of the place, never an unnamed source.
    [Theory]
    [InlineData("Two men stabbed a Pakistani lawyer outside a court in Lahore.", "!-→*:18*")]
    [InlineData("Police said masked men had been seen near the border in Kenya.", "!-→*:18*")]
    [InlineData("Kenyan police beat masked men outside the stadium in Nairobi.", "!-→*:18*")]
    [InlineData("Gunmen abducted a local journalist in the Peruvian city of Pucallpa on Saturday.", "PERREB→PERMED:181")]
    [InlineData("Gunmen abducted a local journalist in the Peruvian city of Pucallpa on Saturday.", "!-→*:181")]
    [InlineData("Unidentified gunmen abducted a prominent lawyer in Bamako on Saturday.", "MLIREB→*:181")]
    public void Plain_men_and_attacker_roles_are_no_unnamed_source(string sentence, string expected) => AssertCoded(sentence, expected);

    // The attacker plurals are plural common nouns wherever they stand: a sentence's opening "Gunmen" read as a number or a
    // name made it the root and lost the attack's doer. In Title Case the headline repairs keep their own reading.
    [Theory]
    [InlineData("Gunmen on motorcycles shot dead a prosecutor in the Ecuadorian port city of Guayaquil on Tuesday, officials said.", "ECUREB→ECUJUD:186")]
    [InlineData("Gunmen stopped a minibus on a highway in Pakistan's Balochistan province and shot dead seven passengers.", "PAKREB→PAKCVL:1823")]
    public void An_opening_attacker_plural_is_the_subject(string sentence, string expected) => AssertCoded(sentence, expected);

    [Theory]
    [InlineData("Gunmen on motorcycles abducted a priest on Friday .", 0, "NNS")]
    [InlineData("In neighbouring Mali , gunmen killed nine herders .", 4, "NNS")]
    [InlineData("Gunmen Kill 12 In Attack On Village", 0, "NNP")]
    public void Attacker_plurals_are_tagged_plural_nouns_outside_title_case(string sentence, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(sentence, index));
}
