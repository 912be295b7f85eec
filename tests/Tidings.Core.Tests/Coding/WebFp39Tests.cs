using Tidings.Documents;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>
/// Session 39 (webfp39): false events of web-news prose. A page's link to another story ("Read more: ...") is no part of
/// the article; a treaty dated by a past "since" clause and an attack that a "while" clause only says goes on are context
/// (background); "fighting spirit" and "a fighting chance" name no fight. Rows that must keep their event sit beside them.
/// Each case lists the news events (neither negated nor background) as "SOURCE→TARGET:ROOT", in any order.
/// </summary>
public class WebFp39Tests
{
    private static IReadOnlyList<CodedEvent> Events(string body) =>
        TidingsPipeline.Default.Analyze(new Article { Id = "t", Body = body, Published = new DateOnly(2025, 5, 2) }).Events;

    private static string Triple(CodedEvent e) => $"{e.Source.Code}→{e.Target?.Code ?? "-"}:{e.Cameo[..2]}";

    private static string[] News(string body) =>
        Events(body).Where(e => !e.Negated && !e.Background).Select(Triple).Distinct().Order().ToArray();

    private static string[] Roots(string body) =>
        Events(body).Where(e => !e.Negated && !e.Background).Select(e => e.Cameo[..2]).Distinct().Order().ToArray();

    [Theory]
    // a page's link to another story: its headline is not this article's news
    [InlineData("Read more: Teachers stage strike over unpaid wages. The weather service says the rains will be late this year.", "")]
    [InlineData("Related: Dockworkers walk out over pay. The port authority says cargo volumes rose by 4 per cent last quarter.", "")]
    [InlineData("Also read: Nurses protest in Lagos. The central bank says inflation eased slightly in March.", "")]
    // a treaty dated by a past "since" clause is history, the shooting is the news
    [InlineData("Lithuanian and Latvian border guards exchanged fire on Monday, in the first such incident since the two countries ratified their border treaty in March.", "19")]
    // an attack a "while" clause only says goes on is context
    [InlineData("Moscow saw no basis for a ceasefire while Kyiv continued its attacks on Russian refineries.", "")]
    public void WebClutterAndContextGiveNoFalseEvent(string body, string roots)
    {
        var want = roots.Length == 0 ? Array.Empty<string>() : roots.Split('|').Order().ToArray();
        Assert.Equal(want, Roots(body).Where(r => r != "01").ToArray());
    }

    [Theory]
    // "fighting spirit", "a fighting chance" name no fight
    [InlineData("The governor congratulated the Flying Eagles on their title, describing the squad's comeback as proof of the courage and fighting spirit of Ghanaian youth.")]
    [InlineData("The coach said his side still had a fighting chance of reaching the semi-finals after the draw in Accra.")]
    public void FightingSpiritIsNoFight(string body) =>
        Assert.DoesNotContain("19", Roots(body));

    [Theory]
    // a fight told with the same verb stays news
    [InlineData("Sudanese troops were fighting RSF paramilitaries in the streets of El Obeid on Sunday.", "19")]
    public void RealFightStays(string body, string root) =>
        Assert.Contains(root, Roots(body));

    [Theory]
    // a link label elsewhere in the sentence leaves the sentence alone
    [InlineData("Striking teachers marched on the ministry in Nairobi on Tuesday, and police fired tear gas at them.", "KENCOP→KENEDU:17")]
    // an attack told in the main clause, with a "while" clause of its own, stays news
    [InlineData("Rebels attacked an army base near Goma on Tuesday while government troops were shelling their positions in the hills.", "CODREB→CODMIL:19")]
    // an attack that goes on, told in the main clause, is news
    [InlineData("Ukrainian forces continued their attacks on Russian refineries on Sunday.", "UKRMIL→RUS:19")]
    // a signing in the main clause stays news, a "since" clause in the present perfect is left alone
    [InlineData("Armenia and Azerbaijan signed a border treaty in Washington on Friday.", "ARM→AZE:05|AZE→ARM:05")]
    public void RealEventsStay(string body, string expected)
    {
        var got = News(body);
        foreach (var e in expected.Split('|')) Assert.Contains(e, got);
    }
}
