using Tidings.Documents;
using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Session 48 (compounds48, decision 041): a hyphenated pair of two sides ("Iran-US", "Sino-Indian", "US-South Korean") is
/// two modifier mentions on the compound's tokens, the first side first; a compound that is a name itself, or whose halves
/// are not both countries or listed organisations, is not. A sentence in capitals is read as the Title Case it stands for.
/// Sentences are written for these tests.
/// </summary>
public class PairCompoundActorTests
{
    private static readonly DateOnly Published = new(2025, 6, 1);

    [Theory]
    [InlineData("Officials prepared for Iran-US talks in Oman.", "Iran-US", "IRN", "USA")]
    [InlineData("The Israel-Hamas truce held for a third day.", "Israel-Hamas", "ISR", "PSEREBHMS")]
    [InlineData("Analysts expect Sino-Indian trade to grow.", "Sino-Indian", "CHN", "IND")]
    [InlineData("The Franco-German brigade paraded in Strasbourg.", "Franco-German", "FRA", "DEU")]
    [InlineData("Pyongyang condemned the US-South Korean exercises.", "US-South Korean", "USA", "KOR")]
    [InlineData("The Kenya-Uganda border reopened on Monday.", "Kenya-Uganda", "KEN", "UGA")]
    public void Reads_both_sides_of_a_pair(string text, string span, string first, string second)
    {
        var doc = RunPipeline(text, Published, "pair48");
        var sides = doc.Actors.Where(a => a.Tokens.TextIn(doc) == span).ToList();
        Assert.True(sides.Count == 2, Dump(doc));
        Assert.Equal(first, sides[0].Code);
        Assert.Equal(second, sides[1].Code);
        Assert.All(sides, s => Assert.True(s.IsModifier));
    }

    [Theory]
    [InlineData("Guinea-Bissau held elections on Sunday.", "Guinea-Bissau")]
    [InlineData("Bosnia-Herzegovina applied to join the bloc.", "Bosnia-Herzegovina")]
    [InlineData("Al-Shabaab fighters raided a village.", "Al-Shabaab")]
    [InlineData("The Saudi-led coalition denied the report.", "Saudi-led")]
    [InlineData("Pro-Russian separatists shelled the town.", "Pro-Russian")]
    [InlineData("Anti-government protesters marched in the capital.", "Anti-government")]
    [InlineData("A Kenya-based charity delivered food.", "Kenya-based")]
    [InlineData("Traffic stopped on the Kaduna-Abuja highway.", "Kaduna-Abuja")]
    [InlineData("The army tested a long-range missile.", "long-range")]
    [InlineData("Jean-Paul Dubois was elected mayor.", "Jean-Paul")]
    public void Leaves_a_compound_that_is_no_pair(string text, string span)
    {
        var doc = RunPipeline(text, Published, "pair48n");
        Assert.False(doc.Actors.Count(a => a.Tokens.TextIn(doc).StartsWith(span, StringComparison.Ordinal)
            && a.Rule.StartsWith("pair-compound", StringComparison.Ordinal)) > 0, Dump(doc));
    }

    [Theory]
    [InlineData("ISRAELI JETS POUND HEZBOLLAH POSITIONS", "ISRAELI JETS", "ISRMIL")]
    [InlineData("TURKEY DETAINS SWEDISH REPORTER", "TURKEY", "TUR")]
    [InlineData("UN ENVOY MEETS SUDAN ARMY CHIEF", "UN ENVOY", "IGOUNO")]
    public void Reads_a_sentence_in_capitals_as_title_case(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Published, "caps48"), span, code);

    [Theory]
    [InlineData("Thai Court Removes Prime Minister Over Leaked Recording", "Prime Minister", "THAGOV")]
    [InlineData("Zambia's UPND Accuses Electoral Commission Of Fraud", "Electoral Commission", "ZMBGOV")]
    public void Ends_a_title_case_headline_name_at_a_verb_or_function_word(string headline, string span, string code)
        => AssertMentionCode(Tidings.Pipeline.TidingsPipeline.Default.Analyze(
            new Article { Id = "tc48", Headline = headline, Body = "", Published = Published }).Document, span, code);

    [Theory]
    [InlineData("RUSSIA IS READY FOR NEW TALKS, KREMLIN SAYS", "IS")]
    [InlineData("POLICE SAY IT WAS AN ACCIDENT", "IT")]
    public void Reads_a_function_word_in_capitals_as_the_word(string text, string word)
    {
        var doc = RunPipeline(text, Published, "caps48n");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == word);
    }
}
