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
    public static string[] Codes(string body) => CodesOf(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 5, 2) });

    /// <summary>The asserted, non-background events of an article that has only <paramref name="headline"/> (some rules read
    /// headline grammar only there), published on Friday 2025-05-02.</summary>
    public static string[] HeadlineCodes(string headline) =>
        CodesOf(new Article { Id = "t", Headline = headline, Body = "", Published = new DateOnly(2025, 5, 2) });

    private static string[] CodesOf(Article article) =>
        TidingsPipeline.Default.Analyze(article)
            .Events.Where(e => !e.Negated && !e.Background)
            .Select(e => $"{e.Source.Code ?? "-"}→{e.Target?.Code ?? "-"}:{e.Cameo}").Distinct().Order().ToArray();

    /// <summary>The embedded tagger's Penn tag for word <paramref name="index"/> of <paramref name="sentence"/>, its words
    /// split on spaces (the tagger alone, as headline and tagger-repair tests read it).</summary>
    public static string XposAt(string sentence, int index)
    {
        var tagger = Tidings.Syntax.PerceptronTagger.Default ?? throw new InvalidOperationException("no embedded tagger model");
        var words = sentence.Split(' ');
        var cls = new int[words.Length];
        tagger.Tag(words, cls);
        return tagger.XposOf(cls[index]);
    }

    /// <summary><see cref="AssertCoded"/> for an article with <paramref name="headline"/> and <paramref name="body"/>,
    /// published on <paramref name="published"/>.</summary>
    public static void AssertArticleCoded(string headline, string body, DateOnly published, string expected) =>
        AssertIn(CodesOf(new Article { Id = "t", Headline = headline, Body = body, Published = published }), $"{headline} / {body}", expected);

    public static void AssertCoded(string text, string expected) => AssertIn(Codes(text), text, expected);

    /// <summary><see cref="AssertCoded"/> for <paramref name="headline"/> coded as an article's headline.</summary>
    public static void AssertHeadlineCoded(string headline, string expected) => AssertIn(HeadlineCodes(headline), headline, expected);

    private static void AssertIn(string[] got, string text, string expected)
    {
        foreach (var want in expected.Split('|'))
        {
            bool negative = want.StartsWith('!');
            var w = negative ? want[1..] : want;
            // Every "*" is a wildcard: "ISR*→PSE:19*" has two, and a check that read only the first would let a "!" row
            // pass whatever is coded.
            var pattern = "^" + string.Join(".*", w.Split('*').Select(System.Text.RegularExpressions.Regex.Escape)) + "$";
            bool found = got.Any(g => System.Text.RegularExpressions.Regex.IsMatch(g, pattern));
            Assert.True(negative ? !found : found, $"{text}\n  expected {(negative ? "no " : "")}{w}\n  got {string.Join(", ", got)}");
        }
    }
}
