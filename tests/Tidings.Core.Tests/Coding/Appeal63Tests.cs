namespace Tidings.Tests.Coding;

/// <summary>
/// Session 63 (appeal63): appeals (root 02) that were missed. An appeal the sentence asserts, made to a group it names no
/// actor for ("urged allies to", "called on member states to", "called on donors to"), is coded with no recipient rather
/// than dropped, and the addressee noun is not the act asked for; an appeal for a sum of money is an appeal for aid (0233),
/// for a loan or credit economic aid (0231). Events are written "SOURCE→TARGET:CODE"; each listed event must be coded, each
/// "!"-prefixed one must not be. Sentences written for these tests, not taken from gold lines.
/// </summary>
public class Appeal63Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // An appeal to an unnamed group keeps the appeal, with what it asks for and no target; a named addressee stays the
    // target, and the group noun ("allies") is not taken as the act asked for.
    [Theory]
    [InlineData("Poland's foreign minister urged allies on Friday to send more air defence systems.", "POLGOV→-:0232")]
    [InlineData("Poland's foreign minister urged allies on Friday to send more air defence systems.", "!POLGOV→*:022")]
    [InlineData("Lithuania's president called on Western allies to deliver more artillery shells before the spring.", "LTUGOV→-:0232")]
    [InlineData("Lithuania's president called on Germany to deliver more artillery shells before the spring.", "LTUGOV→DEU:0232")]
    [InlineData("Lithuania's president called on Germany to deliver more artillery shells before the spring.", "!LTUGOV→-:*")]
    public void Appeals_to_an_unnamed_group(string sentence, string expected) => AssertCoded(sentence, expected);

    // An appeal for a sum of money is an appeal for aid; a loan asked for is economic aid; a claim of compensation is not
    // an appeal for aid.
    [Theory]
    [InlineData("Malawi's government appealed to donors on Monday for $120 million to feed families hit by the drought.", "MWIGOV→-:0233")]
    [InlineData("Niger's government asked donors for $150 million to feed the refugees in its camps.", "NERGOV→-:0233")]
    [InlineData("Sri Lanka asked the World Bank for a $500 million loan to steady its currency.", "LKA→IGO*:0231")]
    [InlineData("The families asked the mining company for $3 million in compensation for the flooded farms.", "!*→*:0233")]
    [InlineData("The families asked the mining company for $3 million in compensation for the flooded farms.", "CVL→BUS:020")]
    public void Appeals_for_a_sum(string sentence, string expected) => AssertCoded(sentence, expected);
}
