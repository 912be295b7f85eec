using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 17's rows for long wire sentences (blind30), over the default pipeline, on sentences written for these tests: a
/// relative clause set off by commas between the subject and its verb, a fronted "after"/"hours after" clause the parser
/// takes for the main one, and an event noun that an appeal asks to be taken up ("to accept a truce"). Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded (others may be too), and each "!"-prefixed one must not.
/// </summary>
public class LongSentenceTests
{
    private static string[] Code(string body) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 9, 12) })
            .Events.Where(e => !e.Negated && !e.Background)
            .Select(e => $"{e.Source.Code}→{e.Target?.Code ?? "-"}:{e.Cameo}").Distinct().Order().ToArray();

    [Theory]
    // the subject's own verb after a relative clause set off by commas (the parser took it for the relative verb's conjunct)
    [InlineData("Zambia's president, who flew to Dodoma on Tuesday for a two-day visit, signed a rail agreement with Tanzania's president, Zambian officials said.",
        "ZMBGOV→TZAGOV:057")]
    [InlineData("Chile and Argentina, which share one of the longest land borders in the world, signed an accord on Friday to fight cattle smuggling.",
        "CHL→ARG:057|ARG→CHL:057")]
    [InlineData("Norway and Iceland, whose fishing fleets have quarrelled over mackerel quotas for years, signed a fisheries agreement in Oslo on Monday.",
        "NOR→ISL:057|ISL→NOR:057")]
    // a fronted "hours after" clause: the main clause's host receives the visitor
    [InlineData("Hours after Qatar's foreign minister landed in Tehran for talks on regional shipping, Iran's president received him at his office.",
        "IRNGOV→QATGOV:043")]
    // an appeal to take up a truce or ceasefire is an appeal to de-escalate, not a truce declared
    [InlineData("Ghana's president urged Burkina Faso's junta to accept a three-day truce in the north.",
        "GHAGOV→BFAMIL:0256|!BFAMIL→GHAGOV:0871|!GHAGOV→BFAMIL:0871")]
    [InlineData("Brazil urged Venezuela's government to respect the truce agreed with the opposition in Barbados.",
        "BRA→VENGOV:0256")]
    public void Codes_long_wire_sentences(string text, string expected)
    {
        var got = Code(text);
        foreach (var e in expected.Split('|'))
        {
            if (e.StartsWith('!')) Assert.DoesNotContain(e[1..], got);
            else Assert.Contains(e, got);
        }
    }
}
