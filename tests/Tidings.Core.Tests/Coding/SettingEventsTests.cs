using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 11's recall rules for events that wire copy names beside the main one, over the default pipeline, on sentences
/// written for these tests: a visit, talks or clash in a time phrase of the clause, a fronted phrase before an announcing
/// subject, signing with a named side, a visit to a named government and a host receiving a guest. Events are written "SOURCE→TARGET:CODE"; each
/// listed event must be coded (other events may be too), and each "!"-prefixed one must not.
/// </summary>
public class SettingEventsTests
{
    private static string[] Code(string body) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 5, 2) })
            .Events.Where(e => !e.Negated && !e.Background)
            .Select(e => $"{e.Source.Code}→{e.Target?.Code ?? "-"}:{e.Cameo}").Distinct().Order().ToArray();

    [Theory]
    // a visit or talks that set the clause's time are the subject's own, beside the clause's event
    [InlineData("During a visit to Nairobi on Monday, Japan's prime minister pledged loans to Kenya.", "JPNGOV→KEN:042|JPNGOV→KEN:0331")]
    [InlineData("Hours after meeting Moldova's president in Chisinau, Romania's prime minister announced a new package of military aid for Moldova.",
        "ROUGOV→MDAGOV:042|MDAGOV→ROUGOV:043|ROUGOV→MDA:072")]
    // a fronted phrase and its comma make no reporter of the subject after them
    [InlineData("After the meeting, Poland's defence minister announced military aid for Ukraine.", "POLGOV→UKR:072")]
    // what comes "after" with no other side named is the cause, told as known
    [InlineData("Armenia and Azerbaijan agreed a ceasefire after border clashes.", "!ARM→AZE:190|!AZE→ARM:190")]
    // signing is mutual; a visit to a government the sentence names is hosted by it
    [InlineData("Kenya's president signed a trade agreement with Ethiopia.", "KENGOV→ETH:057|ETH→KENGOV:057")]
    [InlineData("Kazakhstan's foreign minister flew to Baku to meet Azerbaijan's president.", "KAZGOV→AZEGOV:042|AZEGOV→KAZGOV:043")]
    // receiving another country's leader hosts a visit; receiving refugees meets nobody
    [InlineData("Ghana's president received Togo's president in Accra on Friday.", "GHAGOV→TGOGOV:043|TGOGOV→GHAGOV:042")]
    [InlineData("Kenya received 200 refugees from South Sudan.", "!KEN→REF:040|!KEN→SSDREF:040")]
    public void Codes_the_events_beside_the_main_one(string body, string expected)
    {
        var got = Code(body);
        foreach (var e in expected.Split('|'))
        {
            if (e.StartsWith('!')) Assert.DoesNotContain(e[1..], got);
            else Assert.Contains(e, got);
        }
    }
}
