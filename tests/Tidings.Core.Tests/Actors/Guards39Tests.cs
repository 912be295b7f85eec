using Tidings.Documents;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Guards named by a country word (session 39, actors39): "Uzbek guards", "a Belarusian guard" are that country's border
/// or frontier guards, police-like forces (COP, decision 023), as "border guards" are. Alone ("his guards", "guards at the
/// prison", "security guards") guards are anyone's and no actor. Sentences written for these tests.
/// </summary>
public class Guards39Tests
{
    private static readonly DateOnly Date = new(2025, 6, 2);

    [Theory]
    [InlineData("Two Uzbek guards were wounded when Tajik troops fired on their post.", "Uzbek guards", "UZBCOP")]
    [InlineData("Belarusian guards detained three Lithuanian fishermen on the river.", "Belarusian guards", "BLRCOP")]
    [InlineData("An Armenian guard was killed by sniper fire near the village.", "Armenian guard", "ARMCOP")]
    // longer forms keep their own codes
    [InlineData("Greek coast guards rescued forty migrants off Samos.", "Greek coast guards", "GRCMIL")]
    [InlineData("Kyrgyz border guards closed the crossing on Monday.", "Kyrgyz border guards", "KGZCOP")]
    public void Guards_with_a_country_word_are_its_police(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "g39"), span, code);

    [Theory]
    [InlineData("Guards at the prison beat the inmates, a rights group said.", "Guards")]
    [InlineData("The minister's guards fired shots into the air.", "guards")]
    [InlineData("Private security guards blocked the gate of the mine.", "guards")]
    public void Guards_alone_are_no_actor(string text, string word)
    {
        var doc = RunPipeline(text, Date, "g39n");
        Assert.True(!doc.Actors.Any(a => a.Tokens.TextIn(doc) == word || a.Tokens.TextIn(doc).EndsWith(" " + word, StringComparison.Ordinal) && a.Code is "COP"),
            $"'{word}' coded: {Dump(doc)}");
    }
}
