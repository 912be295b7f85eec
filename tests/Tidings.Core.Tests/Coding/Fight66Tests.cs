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
}
