using System.Globalization;
using Tidings.Actors;
using Tidings.Documents;

namespace Tidings.Tests.Actors;

/// <summary>Runs the actor recognizer on a test sentence, and shows what it found when an assertion fails.</summary>
internal static class ActorDocs
{
    /// <summary>
    /// The sentence tokenized, dated <paramref name="published"/> (yyyy-MM-dd; null = unknown) and run through the
    /// recognizer; with <paramref name="tagged"/>, through the trained tagger first, and with <paramref name="parsed"/>
    /// through the tagger and the parser, as in the pipeline.
    /// </summary>
    public static Document Run(string text, string? published = "2025-07-30", Dateline? dateline = null, bool tagged = false, bool parsed = false)
    {
        DateOnly? date = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var doc = TestTokenizer.Tokenize(text, date, dateline);
        if (tagged || parsed) Tidings.Syntax.PerceptronTagger.Default!.Process(doc);
        if (parsed) Tidings.Syntax.DependencyParser.Default!.Process(doc);
        ActorRecognizer.Default.Process(doc);
        return doc;
    }

    public static string Dump(Document doc) =>
        string.Join(" | ", doc.Actors.Select(a => $"[{a.Tokens.TextIn(doc)}] {a.Code ?? "null"} ({a.Rule})"));
}
