using Tidings.Actors;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Session 38: speakers named through an office. "Foreign office" is the generic name many states give their
/// foreign ministry (Pakistan, Germany, India): after a country's possessive it is that country's government, and
/// the capitalised British metonym "the Foreign Office" stays Britain's when no other country owns it.
/// Sentences written for these tests.
/// </summary>
public class Office38Tests
{
    [Theory]
    [InlineData("Japan's Foreign Office rejected the claims from Beijing.", "Japan's Foreign Office", "JPNGOV")]
    [InlineData("India's foreign office accused Pakistan of sheltering militants.", "India's foreign office", "INDGOV")]
    [InlineData("Pakistan's Foreign Office summoned the Afghan envoy on Monday.", "Pakistan's Foreign Office", "PAKGOV")]
    [InlineData("Austria's foreign office declined to comment on the report.", "Austria's foreign office", "AUTGOV")]
    // the British metonym alone, and the unchanged neighbours of the form
    [InlineData("The Foreign Office said Britain would expel two Russian diplomats.", "Foreign Office", "GBRGOV")]
    [InlineData("The Home Office said the new rules would start in April.", "Home Office", "GBRGOV")]
    [InlineData("Egypt's foreign ministry spokesman denied that Cairo had closed the crossing.", "Egypt's foreign ministry spokesman", "EGYGOV")]
    [InlineData("The Kremlin's spokesman rejected the proposal from Kyiv.", "Kremlin's spokesman", "RUSGOV")]
    public void Codes(string text, string span, string code)
    {
        var doc = Run(text, "2025-06-01");
        var m = doc.Actors.FirstOrDefault(a => a.Tokens.TextIn(doc) == span);
        Assert.True(m is not null, $"no mention '{span}' in: {Dump(doc)}");
        Assert.True(code == m.Code, $"'{span}': expected {code}, got {m.Code} ({m.Rule}); all: {Dump(doc)}");
    }
}
