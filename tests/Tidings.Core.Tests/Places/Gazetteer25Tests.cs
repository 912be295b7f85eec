using Tidings.Places;
using Xunit;

namespace Tidings.Tests.Places;

/// <summary>
/// The gazetteer's first-word filter lets the name tagger skip span lookups from a word; it must pass every word
/// that some key begins with (case as the lookup compares it), so that skipping never loses a match.
/// </summary>
public class Gazetteer25Tests
{
    private const string Rows =
        "name\talternates\tfeature\tcountry\tadmin1\tlatitude\tlongitude\n" +
        "Port Amber\tAmber Port|The Amber Coast\tcity\tFRA\t\t45\t2\n" +
        "Velmora\t\tregion\tFRA\t\t44\t3\n" +
        "Saint  Ovid\t\tcity\tFRA\t\t43\t2\n";

    private static readonly Gazetteer G = Gazetteer.Parse(new StringReader(Rows), "toy.tsv");

    [Theory]
    [InlineData("Port", true)]     // first word of a name
    [InlineData("port", true)]     // case-insensitive, as the lookup is
    [InlineData("AMBER", true)]    // first word of an alternate
    [InlineData("Velmora", true)]  // a one-word name
    [InlineData("The", true)]      // alternates keep a leading "the"
    [InlineData("Saint", true)]    // white space runs in the row are one space in the key
    [InlineData("Ovid", false)]    // second words begin nothing
    [InlineData("Coast", false)]
    [InlineData("Velm", false)]    // a prefix of a word is not the word
    [InlineData("Velmoran", false)]
    public void Passes_exactly_the_first_words_of_keys(string word, bool expected) =>
        Assert.Equal(expected, G.CanStartKey(word));

    [Fact]
    public void Every_bundled_key_passes_its_own_first_word()
    {
        var g = Gazetteer.Default;
        var buffer = new char[256];
        foreach (var e in g.Entries)
            foreach (var n in e.AlternateNames.Prepend(e.Name))
            {
                int len = Gazetteer.Normalize(n, buffer);
                if (len <= 0) continue;
                var key = buffer.AsSpan(0, len);
                int sp = key.IndexOf(' ');
                Assert.True(g.CanStartKey(sp >= 0 ? key[..sp] : key), $"first word of '{n}'");
            }
    }
}
