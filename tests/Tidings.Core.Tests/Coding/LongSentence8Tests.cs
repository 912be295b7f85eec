using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 18's rows for long wire sentences (blind30), over the default pipeline, on sentences written for these tests:
/// a non-restrictive relative clause that tells its antecedent's history or standing is background, unless a recent day
/// dates it; a past tense the tagger read as a participle after such a clause is the subject's own verb; and an event told
/// first as history and then as the news is the news. Events are written "SOURCE→TARGET:CODE"; each listed event must be
/// coded (others may be too), and each "!"-prefixed one must not.
/// </summary>
public class LongSentence8Tests
{
    private static string[] Code(string body) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 9, 12) })
            .Events.Where(e => !e.Negated && !e.Background)
            .Select(e => $"{e.Source.Code}→{e.Target?.Code ?? "-"}:{e.Cameo}").Distinct().Order().ToArray();

    [Theory]
    // a present perfect relative clause set off by commas describes the antecedent's history
    [InlineData("Chile and Peru, whose navies have clashed over fishing rights for years, signed a fisheries agreement in Lima on Tuesday.",
        "CHL→PER:057|PER→CHL:057|!MIL→-:190")]
    [InlineData("Norway, which has mediated between Colombia and the ELN for a decade, hosted a new round of talks in Oslo on Monday.",
        "!NOR→COL:045|!NOR→COLREB:045")]
    // a simple past relative clause with no recent day is history too
    [InlineData("Peru and Ecuador, which fought a border war in the Cordillera del Condor, agreed on Friday to build a bridge across the Zarumilla river.",
        "!PER→ECU:190|!ECU→PER:190")]
    // a present tense relative clause tells a standing, not an event
    [InlineData("Opposition parties in Cameroon, which accuse the president of rigging the vote, called a general strike on Wednesday.",
        "!CMROPP→CMRGOV:112")]
    // a relative clause dated by a day of the last week is news
    [InlineData("Japan's foreign minister, who met his Chinese counterpart in Beijing on Tuesday, urged Pyongyang to stop its missile tests.",
        "JPNGOV→CHNGOV:042")]
    // a restrictive relative clause is not touched by the rule
    [InlineData("Police detained the protesters who attacked the embassy in Nairobi on Monday.",
        "KENCOP→KENCVL:173")]
    public void Relative_clauses_of_history_are_background(string text, string expected) => Check(text, expected);

    [Theory]
    // "spoke" read as a participle: a participle with no auxiliary cannot be coordinated with "chairs"; it is the main verb
    [InlineData("Indonesia's president, who chairs the regional bloc this year, spoke by telephone with Thailand's prime minister and urged Thailand to accept a truce.",
        "IDNGOV→THAGOV:041|IDNGOV→THA:0256")]
    public void A_past_tense_after_a_relative_clause_is_the_main_verb(string text, string expected) => Check(text, expected);

    [Theory]
    // the same dyad and code told first as history (the relative clause) and then as the news: the news is kept
    [InlineData("Mali's army, which has fought jihadist insurgents in the centre for years, said on Friday that its soldiers had killed 20 insurgents near Mopti.",
        "MLIMIL→MLIREB:190")]
    [InlineData("Somalia's army, which has battled al-Shabaab fighters since 2007, said on Monday that its troops had attacked al-Shabaab fighters near Baidoa.",
        "SOMMIL→SOMREB:190")]
    public void The_news_outlives_its_history_copy(string text, string expected) => Check(text, expected);

    [Theory]
    // an appeal to others to meet or negotiate: the joint subjects who appeal are not each other's addressees
    [InlineData("France and Germany urged both sides on Friday to return to the negotiating table in Minsk.",
        "!FRA→DEU:026|!DEU→FRA:026")]
    [InlineData("Egypt, Qatar and the United States, which have mediated in the war for months, urged both sides on Sunday to return to the negotiating table.",
        "!EGY→QAT:026|!QAT→USA:026|!USA→EGY:026")]
    // the joint subjects' own act stays mutual
    [InlineData("France and Germany agreed on Friday to hold talks in Paris next month.",
        "FRA→DEU:036|DEU→FRA:036")]
    public void Joint_subjects_appealing_to_others(string text, string expected) => Check(text, expected);

    private static void Check(string text, string expected)
    {
        var got = Code(text);
        foreach (var e in expected.Split('|'))
        {
            if (e.StartsWith('!')) Assert.DoesNotContain(e[1..], got);
            else Assert.Contains(e, got);
        }
    }
}
