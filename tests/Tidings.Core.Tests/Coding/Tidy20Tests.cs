using Tidings.Coding;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 20's clean-up of the coder (tidy20): rules that kept their own copies of lexicon classes or scanned the same
/// tokens twice now share one helper. These rows pin the behaviour the shared helpers keep, and the one widening (the
/// demanded withdrawal reads the lexicon's <c>@force</c> class).
/// </summary>
public class Tidy20Tests
{
    [Theory]
    // forces demanded to leave withdraw (1056): any noun of the @force class, and the whole army
    [InlineData("Mali's junta demanded that French soldiers leave the country within a month.", "MLIMIL→FRAMIL:1056")]
    [InlineData("Niger demanded that the French battalions leave its territory.", "NER→FRAMIL:1056")]
    [InlineData("Burkina Faso demanded that French paratroopers depart by the end of the year.", "BFA→FRAMIL:1056")]
    [InlineData("Congo demanded that the Rwandan army withdraw from its eastern provinces.", "COD→RWAMIL:1056")]
    // people who are no force, demanded to leave, are not a withdrawal
    [InlineData("Niger demanded that the French ambassador leave the country.", "!*:1056")]
    public void Forces_demanded_to_leave_withdraw(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Fact]
    public void The_lexicon_exposes_its_force_class()
    {
        var force = CodingLexicon.Default.ObjectClasses["force"];
        Assert.True(force.Contains("battalions", null));
        Assert.True(force.Contains("troops", "troop"));
        Assert.False(force.Contains("ambassador", "ambassador"));
    }
}
