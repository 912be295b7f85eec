using Xunit;

namespace Tidings.Tests.Syntax;

/// <summary>
/// Checks shared by the tiny-parser tests of every parser kind (transition, stacked, graph, neural): each is trained on
/// <see cref="DependencyParserTests.Small"/> and must fit it, then come back from its model bytes.
/// </summary>
internal static class TinyParsers
{
    /// <summary>The parser fits its own training sentences: UAS ≥ 90 and LAS ≥ 85.</summary>
    public static void AssertFitsTrainingSentences((double Uas, double Las, double UniversalLas) scores)
    {
        Assert.True(scores.Uas >= 90, $"UAS {scores.Uas:F1} on the training sentences");
        Assert.True(scores.Las >= 85, $"LAS {scores.Las:F1} on the training sentences");
    }

    /// <summary>Writes a model with <paramref name="save"/> and reads it back from the same bytes with <paramref name="load"/>.</summary>
    public static T SaveAndLoad<T>(Action<Stream> save, Func<Stream, T> load)
    {
        var ms = new MemoryStream();
        save(ms);
        ms.Position = 0;
        return load(ms);
    }
}
