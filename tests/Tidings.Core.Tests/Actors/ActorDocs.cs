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

    /// <summary>The document of a one-body article run through the whole default pipeline (parse and article-level
    /// resolution included), as the main job codes it.</summary>
    public static Document RunPipeline(string text, DateOnly published, string id = "p") =>
        Tidings.Pipeline.TidingsPipeline.Default.Analyze(new Article { Id = id, Body = text, Published = published }).Document;

    /// <summary>Asserts that a mention whose text is exactly <paramref name="span"/> exists and has <paramref name="code"/>.</summary>
    public static void AssertMentionCode(Document doc, string span, string code)
    {
        var m = doc.Actors.FirstOrDefault(a => a.Tokens.TextIn(doc) == span);
        Assert.True(m is not null, $"no mention '{span}' in: {Dump(doc)}");
        Assert.True(code == m.Code, $"'{span}': expected {code}, got {m.Code} ({m.Rule}); all: {Dump(doc)}");
    }

    public static string Dump(Document doc) =>
        string.Join(" | ", doc.Actors.Select(a => $"[{a.Tokens.TextIn(doc)}] {a.Code ?? "null"} ({a.Rule})"));
}
