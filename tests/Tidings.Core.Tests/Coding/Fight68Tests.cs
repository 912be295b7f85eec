namespace Tidings.Tests.Coding;

/// <summary>
/// Session 68 (fight68): roots 18-20. A specific act of force that a verb of criticism or blame takes as its object
/// ("condemned the strike on ...", "condemned Israel's strike", "condemned an air strike that killed ...") is the known
/// event the judgement presupposes, not news of its own (decision 132); a bare plural ("condemned repeated strikes on ...")
/// still tells the strikes (decision 008, the reference article). The mass-killing bound (25 non-combatants, session 25)
/// counts traders and a church's faithful as non-combatants, and reads the count of the head an "including" phrase names
/// some of. Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be.
/// Sentences written for these tests, not taken from the gold lines.
/// </summary>
public class Fight68Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // The judgement is coded; a specific act it judges (a determiner or a possessor singles it out) is not. A bare plural and
    // an attack told by its own clause stay coded.
    [Theory]
    [InlineData("Jordan condemned the Israeli strike on a school in Gaza.", "JOR→ISR:111")]
    [InlineData("Jordan condemned the Israeli strike on a school in Gaza.", "!ISR→*:19*")]
    [InlineData("Egypt condemned Israel's air strike on a hospital in Gaza on Monday.", "!ISR→*:19*")]
    [InlineData("Kenya condemned the killing of six traders by gunmen in Lamu county.", "!*→*:18*")]
    [InlineData("Qatar condemned repeated Israeli air strikes on Lebanese territory.", "ISR→LBN:195")]
    [InlineData("Israeli jets struck a school in Gaza on Monday, and Jordan condemned the attack.", "ISRMIL→PSE:195")]
    public void Specific_acts_of_force_judged_are_presupposed(string sentence, string expected) => AssertCoded(sentence, expected);

    // Traders (BUS) killed at the bound are a mass killing; the count on "people" before "including ..." is the victims'.
    // Below the bound the killing stays 1823.
    [Theory]
    [InlineData("Gunmen killed at least 31 traders at a livestock market in Katsina state on Monday.", "NGAREB→NGABUS:202")]
    [InlineData("Gunmen killed at least 31 traders at a livestock market in Katsina state on Monday.", "!*→*:1823")]
    [InlineData("Gunmen killed six traders at a livestock market in Katsina state on Monday.", "NGAREB→NGABUS:1823")]
    [InlineData("Militiamen killed at least 35 people, including women and children, in a raid on a village in Ituri.", "CODREB→CODCVL:202")]
    [InlineData("Militiamen killed at least 35 people, including women and children, in a raid on a village in Ituri.", "!*→*:1823")]
    [InlineData("Militiamen killed nine people, including women and children, in a raid on a village in Ituri.", "!*→*:202")]
    public void Mass_killing_bound(string sentence, string expected) => AssertCoded(sentence, expected);
}
