using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 54 (realrecall54): events missed on real articles. Events are written "SOURCE→TARGET:CODE"; each listed event
/// must be coded, each "!"-prefixed one must not (<see cref="PipelineEvents"/>). Sentences written for these tests.
/// </summary>
public class RealRecall54Tests
{
    // A purpose infinitive opening the sentence ("To help ..., X did ...") is an adverbial of the main clause: the main
    // verb after its comma is the sentence's verb (not a participle hung on the subject), and the purpose clause is not
    // what a frame verb after it asks for. "To" as a preposition ("To the north, ...") opens no such clause.
    [Theory]
    [InlineData("To help avert a famine, the Red Cross pleaded for more food aid for Somalia.", "NGO*→*:023*")]
    [InlineData("To ease tension on the border, the Indian army withdrew its troops from the valley.", "INDMIL→*:*")]
    [InlineData("To protest the arrests, Kenyan teachers marched on the parliament in Nairobi.", "KEN*→KEN*:14*")]
    [InlineData("In order to calm the region, the UN envoy urged Ethiopia and Eritrea to resume talks.", "IGOUNO→ETH:02*|IGOUNO→ERI:02*")]
    [InlineData("To the north of the capital, Sudanese troops shelled RSF positions.", "SDNMIL→SDNREB:19*")]
    // the fronted purpose is no appeal of its own: "help" is not what is pleaded for
    [InlineData("To help the refugees, the charity pleaded with Chad for land.", "*NGO→TCD:02*|!*→REF:*")]
    public void A_fronted_purpose_clause_does_not_swallow_the_main_clause(string text, string expected) =>
        PipelineEvents.AssertCoded(text, expected);

    // The tagger repair alone: the -ed form after a fronted purpose clause's comma and a short subject is the past verb;
    // a participle before "by" and a sentence that does not open with "to" and a base verb keep theirs.
    [Theory]
    [InlineData("To help avert a crisis , the charity pleaded for beds .", 8, "VBD")]
    [InlineData("To end the siege , the army stormed the town .", 7, "VBD")]
    [InlineData("To the north , troops backed by tanks advanced .", 5, "VBN")]
    public void The_verb_after_a_fronted_purpose_clause_is_finite(string sentence, int index, string xpos) =>
        Assert.Equal(xpos, PipelineEvents.XposAt(sentence, index));

    // "the delegations", "the authorities" that a foreign speaker addresses are the same role named earlier with its own
    // country, not the article's main country; a country named only in another actor's phrase ("the UN envoy for Libya")
    // does not speak. A foreign speaker with no such earlier role still speaks of the article's main country's organs.
    [Theory]
    [InlineData("Egypt hosts rival Libyan delegations for talks.", "The UN envoy for Libya welcomed the meeting and urged the delegations to return to Cairo next month.",
        "IGOUNO→LBYGOV:02*|!IGOUNO→EGYGOV:02*")]
    [InlineData("Kenya hosts Somali delegations for border talks.", "The AU envoy for Somalia urged the delegations to sign a truce.",
        "IGOAFRAFU*→SOMGOV:02*|!IGOAFRAFU*→KENGOV:02*")]
    public void Delegations_a_foreign_speaker_addresses_keep_their_country(string headline, string body, string expected) =>
        PipelineEvents.AssertArticleCoded(headline, body, new DateOnly(2025, 4, 10), expected);

    // A subject phrase the parser hung on the auxiliary after it is the subject of the auxiliary's verb: "said the North
    // had fired" keeps its doer; a launch into the sea is a weapons test (150) even when "into the sea" hangs on the
    // missiles. Rockets fired into a town are no test.
    [Theory]
    [InlineData("North Korea threatened South Korea on Monday. Seoul said the North had fired two missiles into the sea.", "PRK→-:150")]
    [InlineData("South Korea said North Korea had fired two ballistic missiles into the sea.", "PRK→-:150")]
    [InlineData("Israel said Hamas had fired two rockets into the town of Sderot.", "!PSE*→-:150")]
    public void A_subject_hung_on_an_auxiliary_keeps_its_act(string text, string expected) => PipelineEvents.AssertCoded(text, expected);

    // A present perfect joined after a dated past verb is news of the day: the first verb's year or day dates the first
    // verb alone. A second past verb with no tense of its own shares the first verb's day.
    [Theory]
    [InlineData("Iran had expelled two French diplomats in 2023 and has summoned the French ambassador.", "114", "2025-05-02")]
    [InlineData("North Korea suspended the hotlines in 2023 and has rejected offers of talks from Seoul.", "125", "2025-05-02")]
    [InlineData("Iran expelled two French diplomats on Monday and summoned the French ambassador.", "114", "2025-04-28")]
    public void A_present_perfect_conjunct_is_not_dated_by_the_first_verb(string text, string cameo, string date)
    {
        var events = TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = text, Published = new DateOnly(2025, 5, 2) }).Events;
        var e = Assert.Single(events, x => x.Cameo == cameo);
        Assert.Equal(date, e.Date);
    }
}
