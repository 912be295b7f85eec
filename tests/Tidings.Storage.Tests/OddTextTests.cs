using FsCheck;
using FsCheck.Xunit;
using Tidings.Documents;
using Tidings.Output;
using Tidings.Storage;

namespace Tidings.Tests.Storage;

/// <summary>Whatever text a reader produced (control characters, NUL, any script, broken surrogates) is stored without error.</summary>
public sealed class OddTextTests : IDisposable
{
    private readonly DuckDbEventStore _store = DuckDbEventStore.Open(DuckDbEventStore.InMemory);

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("nul \0 inside")]
    [InlineData("lone high \uD800 surrogate")]
    [InlineData("lone low \uDC00 surrogate")]
    [InlineData("emoji 🇰🇪 and 東京 and عربى")]
    [InlineData("quote ' and \" and \\ backslash")]
    public void Odd_text_is_stored_and_read_back(string text)
    {
        var article = new Article { Id = text, Headline = text, Body = text + " body" };
        var doc = Document.FromArticle(article);
        var e = new CodedEvent
        {
            Article = text, Sentence = 0, Source = new ActorRef(null, text, text, null), Cameo = "010", CameoName = text,
            QuadClass = 1, Goldstein = 0, Plover = new PloverRef(text, text, text), DatePrecision = "unknown",
            Evidence = new Evidence(text, text, text, 0, 1, "headline"), Url = text, Date = text, Published = text,
        };
        var r = _store.Store(article, doc, [e]);
        Assert.Equal(1, r.EventsStored);
        var back = Assert.Single(_store.Query(EventQuery.All with { Article = text }));
        Assert.Equal(Clean(text), back.Evidence.SentenceText);
    }

    /// <summary>What the store keeps: NUL characters are dropped and a lone surrogate becomes U+FFFD.</summary>
    private static string Clean(string s) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(s.Replace("\0", "")));

    [Property(MaxTest = 60)]
    public bool Random_text_never_fails_to_store(NonNull<string> text)
    {
        var article = new Article { Id = "r", Body = text.Get };
        var e = new CodedEvent
        {
            Article = "r", Sentence = 0, Source = new ActorRef("KEN", null, text.Get, null), Cameo = "010", CameoName = "x",
            QuadClass = 1, Goldstein = 0, Plover = new PloverRef("CONSULT", null, null), DatePrecision = "unknown",
            Evidence = new Evidence(text.Get, "rule", text.Get, 0, 1, "body"),
        };
        _store.Store(article, Document.FromArticle(article), [e]);
        return true;
    }
}
