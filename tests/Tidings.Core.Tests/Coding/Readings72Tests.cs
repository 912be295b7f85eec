namespace Tidings.Tests.Coding;

/// <summary>
/// Session 72 (read72): constructions that turn one act into another, or into none. An act told inside a "whether" clause
/// is the open question, not a reported act; a measure named as the object of a verb that ends or eases it is the easing
/// (08x), not its imposition; a deadline to leave and an order out given to a force expel it (166, 161 for diplomats).
/// Events are written "SOURCE→TARGET:CODE" ("-" for none, "*" any); each listed event must be coded, each "!"-prefixed one
/// must not. Sentences written for these tests.
/// </summary>
public class Readings72Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // An act in a "whether" clause is not told as done, whatever verb asks, withholds or examines it; told as fact it is.
    [Theory]
    [InlineData("A navy spokesman would not say whether sailors detained the crew of the trawler.", "!*→*:173")]
    [InlineData("The interior ministry would not confirm whether police arrested the blogger in Hanoi.", "!*→*:173")]
    [InlineData("Kabul refused to confirm whether its troops shelled the Pakistani border post.", "!*→*:19*")]
    [InlineData("Kabul said its troops shelled the Pakistani border post on Sunday.", "AFG*→PAK*:19*")]
    [InlineData("The interior ministry confirmed that police arrested the blogger in Hanoi.", "VNM*→*:173")]
    public void Acts_in_whether_clauses_are_not_reported(string sentence, string expected) => AssertCoded(sentence, expected);

    // A curfew or state of emergency revoked, or let lapse, is eased (0813, 0814); imposed or extended it is not.
    [Theory]
    [InlineData("The interim authorities revoked the curfew in Port Moresby on Thursday.", "*→*:0813|!*→*:1723")]
    [InlineData("Sri Lanka's president allowed the state of emergency to lapse.", "*→*:0814|!*→*:1724")]
    [InlineData("The interim authorities imposed a curfew in Port Moresby on Thursday.", "*→*:1723|!*→*:0813")]
    public void Ended_impositions_are_easings(string sentence, string expected) => AssertCoded(sentence, expected);

    // A deadline to leave, or an order out, given to another state's force expels it (166); a deadline for anything else
    // stays an ultimatum, and persons ordered out are deported (174).
    [Theory]
    [InlineData("Burkina Faso gave the French soldiers a month to leave the country.", "BFA*→FRAMIL:166|!*→*:139")]
    [InlineData("Niger ordered the American troops out of the country on Friday.", "NER*→USAMIL:166|!*→*:174")]
    [InlineData("Niger ordered the American journalists out of the country on Friday.", "!*→*:166")]
    [InlineData("Burkina Faso gave the French company a month to pay its back taxes.", "!*→*:166")]
    public void Deadlines_to_leave_and_orders_out_expel_a_force(string sentence, string expected) => AssertCoded(sentence, expected);
}
