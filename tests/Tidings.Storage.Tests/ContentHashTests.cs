using Tidings.Storage;

namespace Tidings.Tests.Storage;

public class ContentHashTests
{
    [Theory]
    [InlineData("Talks resume", "Kenya's envoy said \"yes\" - today.", "TALKS  resume ", "kenya\u2019s envoy\u00A0said \u201Cyes\u201D \u2014 today.\n")]
    [InlineData(null, "body", "", " body ")]
    [InlineData("a", "b\u200Bc", "A", "bc")]
    public void Copies_of_one_story_hash_alike(string? h1, string b1, string? h2, string b2) =>
        Assert.Equal(ContentHash.Of(h1, b1), ContentHash.Of(h2, b2));

    [Theory]
    [InlineData("Talks resume", "Kenya agrees", "Talks resume", "Kenya disagrees")]
    [InlineData("Kenya agrees", "", "", "Kenya agrees")] // headline and body are kept apart
    [InlineData("a b", "c", "ab", "c")]
    public void Different_stories_hash_differently(string? h1, string b1, string? h2, string b2) =>
        Assert.NotEqual(ContentHash.Of(h1, b1), ContentHash.Of(h2, b2));

    [Fact]
    public void Hash_is_64_lower_case_hex_digits_and_stable()
    {
        var h = ContentHash.Of("Headline", "Body text.");
        Assert.Matches("^[0-9a-f]{64}$", h);
        Assert.Equal(h, ContentHash.Of(new Tidings.Documents.Article { Id = "x", Headline = "headline", Body = "BODY TEXT." }));
    }
}
