using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// The default pipeline's events for a test sentence, and the check the coder's table-driven tests share: expected
/// events are written "SOURCE→TARGET:CODE" ("-" for an unnamed actor) and joined by "|"; each must be coded (other
/// events may be too), each "!"-prefixed one must not; a "*" stands for any run of characters ("ISR*→PSE:19*").
/// </summary>
internal static class PipelineEvents
{
    /// <summary>The asserted, non-background events of <paramref name="body"/>, published on Friday 2025-05-02.</summary>
    public static string[] Codes(string body) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 5, 2) })
            .Events.Where(e => !e.Negated && !e.Background)
            .Select(e => $"{e.Source.Code ?? "-"}→{e.Target?.Code ?? "-"}:{e.Cameo}").Distinct().Order().ToArray();

    public static void AssertCoded(string text, string expected)
    {
        var got = Codes(text);
        foreach (var want in expected.Split('|'))
        {
            bool negative = want.StartsWith('!');
            var w = negative ? want[1..] : want;
            int star = w.IndexOf('*');
            bool found = star >= 0
                ? got.Any(g => g.StartsWith(w[..star], StringComparison.Ordinal) && g.EndsWith(w[(star + 1)..], StringComparison.Ordinal))
                : got.Contains(w);
            Assert.True(negative ? !found : found, $"{text}\n  expected {(negative ? "no " : "")}{w}\n  got {string.Join(", ", got)}");
        }
    }
}
