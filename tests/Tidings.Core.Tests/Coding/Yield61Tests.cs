using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 61 (yield61): root 08 (Yield), missed and false. A release told by a bare "to"-infinitive (what someone is paid,
/// appealed to, given time or agreed to do) is not a release done; an act in an "until" clause waits when the main act is
/// itself an infinitive or the clause's verb is present; an armed force that pulls back retreats (0874, decision 051);
/// "free" after a determiner is the adjective; a truce whose lasting is the news is not declared. Events are written
/// "SOURCE→TARGET:CODE"; each listed event must be coded, each "!"-prefixed one must not be. Sentences written for these
/// tests, not taken from the gold lines.
/// </summary>
public class Yield61Tests
{
    private static void AssertCoded(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A release in a bare infinitive is what the payer, appealer or ultimatum asks for; "managed to free" and a plain
    // "freed" are done.
    [Theory]
    [InlineData("The provincial government paid the kidnappers 50 million naira last month to free nine road workers seized in June.", "!*→*:084*")]
    [InlineData("Soldiers managed to free the nine road workers after a two-day search.", "*MIL→*:0841")]
    [InlineData("The provincial government freed nine road workers on Monday.", "*GOV→*:0841")]
    public void Releases_in_an_infinitive_are_not_done(string sentence, string expected) => AssertCoded(sentence, expected);

    // An armed force that pulls back yields ground (0874); a general "pull back" by anyone else stays 087.
    [Theory]
    [InlineData("Serbian troops pulled back from the border with Kosovo on Tuesday.", "SRBMIL→*:0874")]
    [InlineData("Serbian troops pulled back from the border with Kosovo on Tuesday.", "!SRBMIL→*:087")]
    public void A_force_that_pulls_back_retreats(string sentence, string expected) => AssertCoded(sentence, expected);

    // "free" after a determiner is the adjective of its noun phrase; the verb still codes a release.
    [Theory]
    [InlineData("The Jamaican premier praised the regional court for its ruling on the free movement of workers.", "!*→*:084*")]
    [InlineData("Eritrea freed two Swedish journalists on Thursday.", "ERI→SWEMED:0841")]
    public void Free_after_a_determiner_is_an_adjective(string sentence, string expected) => AssertCoded(sentence, expected);

    // A truce whose lasting is the news was made before: no declaration. A truce that takes effect or is agreed is one.
    [Theory]
    [InlineData("Diplomats say the ceasefire between Armenia and Azerbaijan is unlikely to hold beyond the winter.", "!*→*:0871")]
    [InlineData("Whether the truce between Sudan and South Sudan, brokered in March after weeks of clashes, survives the rainy season is unclear.", "!*→*:0871")]
    [InlineData("The ceasefire between Armenia and Azerbaijan took effect at midnight.", "ARM→AZE:0871")]
    [InlineData("Armenia and Azerbaijan agreed a ceasefire on Tuesday.", "AZE→ARM:0871")]
    public void A_truce_whose_lasting_is_the_news_is_not_declared(string sentence, string expected) => AssertCoded(sentence, expected);

    /// <summary>The modality of every coded event of <paramref name="body"/> whose code is <paramref name="cameo"/>.</summary>
    private static string[] ModalitiesOf(string body, string cameo) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 5, 2) })
            .Events.Where(e => e.Cameo == cameo).Select(e => e.Modality).ToArray();

    // An "until" clause waits on an infinitive main act ("vowed to lead protests until") and on a present verb ("until
    // they free"); "fought on until the army withdrew" is told as done.
    [Theory]
    [InlineData("The former vice president vowed to lead more protests until President Ruto stepped down.", "0831", "conditional")]
    [InlineData("Teachers refused to end their occupation of the ministry until the education minister resigned.", "0831", "conditional")]
    [InlineData("The students occupied the campus for a week until the rector resigned.", "0831", "asserted")]
    public void Until_clauses_on_an_infinitive_wait(string sentence, string cameo, string modality)
    {
        var got = ModalitiesOf(sentence, cameo);
        Assert.True(got.Length > 0 && got.All(m => m == modality), $"{sentence}\n  expected {cameo} {modality}\n  got {string.Join(", ", got)}");
    }
}
