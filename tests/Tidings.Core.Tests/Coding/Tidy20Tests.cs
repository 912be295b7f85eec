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

    [Theory]
    // a border after a show of force or a withdrawal says who is across it (one shared scan for both rules)
    [InlineData("Venezuela massed troops along its border with Guyana.", "VENMIL→GUY:154")]
    [InlineData("Russia deployed tanks near Ukraine's borders.", "RUS→UKR:154")]
    [InlineData("Rwanda pulled back its troops from its border with Congo.", "RWA→COD:087")]
    public void The_country_across_a_border_is_the_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // what harm or criticism is aimed at, read by one walk over the verb's object and its "at"/"on"/"over" phrases
    [InlineData("Mexico condemned the bombing of a market.", "MEX→-:111")]
    [InlineData("Egypt expressed outrage at the killing.", "EGY→-:111")]
    [InlineData("Nigerian troops killed at least 30 people in Borno state.", "NGAMIL→NGACVL:202")]
    [InlineData("Sudanese soldiers opened fire on hundreds of people in Khartoum.", "SDNMIL→SDNCVL:193")]
    public void Aimed_at_phrases_give_the_target(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    // the acts inside a ruling, an ultimatum or a denial are its content, not events of their own (ConsumeTriggers)
    [InlineData("Israel told Hamas to release the hostages or face severe consequences.", "ISR→PSEREBHMS:139|!*:08*")]
    [InlineData("Kenya's high court ruled that the deployment of police to Haiti was unconstitutional.", "KENJUD→KENGOV:116|!*:15*")]
    [InlineData("The army said its soldiers had not fired on the protesters.", "MIL→-:016|!*:19*")]
    public void Acts_inside_a_judgement_or_ultimatum_are_its_content(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);

    [Theory]
    [InlineData(true, false, false, false, true)]   // asserted history, then asserted news: the news replaces it
    [InlineData(true, false, true, false, false)]   // history twice: the first stays
    [InlineData(true, false, false, true, false)]   // a denied copy never replaces
    [InlineData(true, true, false, false, false)]   // a denied history copy stays
    [InlineData(false, false, false, false, false)] // news twice: the first stays
    public void News_replaces_only_an_asserted_background_copy(bool keptBackground, bool keptNegated, bool newBackground, bool newNegated, bool replaces) =>
        Assert.Equal(replaces, EventMention.NewsReplacesBackground(keptBackground, keptNegated, newBackground, newNegated));

    [Fact]
    public void The_lexicon_exposes_its_force_class()
    {
        var force = CodingLexicon.Default.ObjectClasses["force"];
        Assert.True(force.Contains("battalions", null));
        Assert.True(force.Contains("troops", "troop"));
        Assert.False(force.Contains("ambassador", "ambassador"));
    }
}
