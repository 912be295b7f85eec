using Tidings.Documents;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Headline grammar (session 15, blind25): a headline-only article, as the readers make a one-line text. Headlines write
/// the future as "X to do Y" (an announced plan, intended: gold/README.md, blind25), and the passive as a bare participle
/// with no "was" (agentless, so not coded, unless a "by" phrase names the doer). Sentences written for these tests.
/// </summary>
public class HeadlineGrammarTests
{
    private static IReadOnlyList<CodedEvent> Events(string headline) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Headline = headline, Body = "", Published = new DateOnly(2025, 5, 2) }).Events;

    private static string[] Codes(string headline) =>
        Events(headline).Where(e => !e.Negated && !e.Background)
            .Select(e => $"{e.Source.Code ?? "-"}→{e.Target?.Code ?? "-"}:{e.Cameo}:{e.Modality}").Distinct().Order().ToArray();

    // "X to do Y": a cooperative act becomes its intent code (03x), a coercive one keeps its code; both intended.
    [Theory]
    [InlineData("Norway to mediate between Colombia and ELN rebels", "NOR→COL:039:intended")]
    [InlineData("Chad to withdraw troops from Sudan border", "TCD→SDN:0356:intended")] // the troops are Chad's; the border left is Sudan's (gold eb25082, eb27044)
    [InlineData("Vietnam and Laos to share intelligence on trafficking gangs", "VNM→LAO:0314:intended|LAO→VNM:0314:intended")]
    [InlineData("Canada to impose sanctions on Haitian gang leaders", "CAN→HTICRM:163:intended")]
    public void A_to_infinitive_headline_is_an_announced_plan(string headline, string expected)
    {
        var got = Codes(headline);
        foreach (var want in expected.Split('|'))
            Assert.True(got.Contains(want), $"{headline}\n  expected {want}\n  got {string.Join(", ", got)}");
    }

    // A finite verb before "to" governs the infinitive; the headline rule does not touch it.
    [Theory]
    [InlineData("Canada plans to impose sanctions on Haitian gang leaders", "CAN→HTICRM:163:asserted")]
    public void A_governed_infinitive_is_not_a_headline_plan(string headline, string unexpected) =>
        Assert.DoesNotContain(unexpected, Codes(headline));

    // A bare participle on a noun inside the headline's subject ("Hundreds of X arrested") is an agentless passive: the
    // people it names suffered it and are no source.
    [Theory]
    [InlineData("Hundreds of striking miners arrested in Lubumbashi", "173")]
    [InlineData("Scores of Tamil protesters detained in Colombo", "173")]
    [InlineData("Two Filipino sailors freed after months in captivity", "084")]
    public void A_bare_participle_headline_without_an_agent_is_not_coded(string headline, string code) =>
        Assert.DoesNotContain(Codes(headline), c => c.Contains(":" + code, StringComparison.Ordinal));

    // With a "by" phrase the headline names the doer.
    [Theory]
    [InlineData("Three Nigerien soldiers abducted by jihadists near Tillaberi", "NERREB→NERMIL:181:asserted")]
    public void A_bare_participle_headline_with_an_agent_is_coded(string headline, string expected) =>
        Assert.Contains(expected, Codes(headline));

    // "A, B sign ...": a headline joins its subjects with a comma, whichever of the two names the parser makes the subject
    // and whichever the apposition.
    [Theory]
    [InlineData("Laos, Thailand Sign Power Trade Agreement", "LAO→THA:057:asserted|THA→LAO:057:asserted")]
    [InlineData("Senegal, Gambia Sign Bridge Toll Accord", "SEN→GMB:057:asserted|GMB→SEN:057:asserted")]
    // Session 65 (talks65, decision 104): border talks negotiate a border (046), as "peace talks" do (was 040).
    [InlineData("Bolivia, Paraguay Hold Border Talks", "BOL→PRY:046:asserted|PRY→BOL:046:asserted")]
    public void Comma_joined_headline_subjects_act_together(string headline, string expected)
    {
        var got = Codes(headline);
        foreach (var want in expected.Split('|'))
            Assert.True(got.Contains(want), $"{headline}\n  expected {want}\n  got {string.Join(", ", got)}");
    }

    // Headlines say "strike" for a walkout in the present tense: workers who strike with no object are on strike (143);
    // forces and weapons that strike something still attack it.
    [Theory]
    [InlineData("Nigerian doctors strike over unpaid salaries", "NGAHLH→NGAGOV:143:asserted", "NGAHLH→-:190:asserted")]
    [InlineData("Malawian tobacco farmers strike over auction prices", "MWIAGR→*:143*", "MWIAGR→-:190:asserted")]
    [InlineData("Israeli jets strike Hezbollah targets in Lebanon", "ISRMIL→LBNREB:190:asserted", "ISRMIL→-:143:asserted")]
    public void Workers_who_strike_are_on_strike(string headline, string expected, string unexpected)
    {
        var got = Codes(headline);
        int star = expected.IndexOf('*');
        bool found = star < 0 ? got.Contains(expected)
            : got.Any(g => g.StartsWith(expected[..star], StringComparison.Ordinal) && g.Contains(expected[(star + 1)..].TrimEnd('*'), StringComparison.Ordinal));
        Assert.True(found, $"{headline}\n  expected {expected}\n  got {string.Join(", ", got)}");
        Assert.DoesNotContain(unexpected, got);
    }

    // A headline-only article ends without a full stop, so a role mention may end the text ("... Of Refugees"): the actor
    // stage must not look at the token after it.
    [Theory]
    [InlineData("Greece Rescues Hundreds Of Refugees")]
    [InlineData("Malta Turns Away Boat Carrying Migrants")]
    [InlineData("Hamas Frees Three Hostages")]
    public void A_headline_ending_in_a_role_noun_is_read(string headline) =>
        Assert.NotNull(Events(headline));
}
