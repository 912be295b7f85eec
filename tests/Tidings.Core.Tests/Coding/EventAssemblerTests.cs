using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Coding;

/// <summary>The assembly of coded events on the default pipeline: dyads, dates and background actors.</summary>
public class EventAssemblerTests
{
    private static IReadOnlyList<Tidings.Output.CodedEvent> Code(string body, string published) =>
        TidingsPipeline.Default.Analyze(new Article
        {
            Id = "t", Body = body,
            Published = DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }).MentionEvents; // the assembler's output, one event per sentence that reports it

    [Fact]
    public void Background_events_code_a_former_leader_by_the_office_then_held()
    {
        var events = Code("Iran had provided military assistance to Bashar al-Assad during the war. Turkey criticised Bashar al-Assad on Monday.", "2025-07-30");
        var history = Assert.Single(events, e => e.Background);
        Assert.Equal("SYRGOV", history.Target?.Code);
        Assert.Null(history.Date);
        var news = Assert.Single(events, e => !e.Background);
        Assert.Equal("SYRELI", news.Target?.Code);
        Assert.Equal("2025-07-28", news.Date);
        Assert.Equal("text", news.DateSource);
    }

    [Fact]
    public void One_event_per_sentence_dyad_and_code_and_never_a_self_dyad()
    {
        var events = Code("Kenyan President William Ruto met Foreign Minister Amina Diallo and Defence Minister Paul Okoth of Senegal in Nairobi.", "2025-05-02");
        Assert.Equal(events.Count, events.Select(e => (e.Sentence, e.Source.Code, e.Target?.Code, e.Cameo)).Distinct().Count());
        Assert.DoesNotContain(events, e => e.Target is not null && e.Source.Code == e.Target.Code);
    }

    [Fact]
    public void News_of_the_day_without_a_time_expression_takes_the_publication_date_marked_as_such()
    {
        var e = Assert.Single(Code("Egypt condemned Israel's decision.", "2025-05-02"));
        Assert.Equal("2025-05-02", e.Date);
        Assert.Equal("day", e.DatePrecision);
        Assert.Equal("published", e.DateSource);
    }

    [Theory]
    [InlineData("Norway urged Colombia to return to talks in Oslo next week.", "2025-05-02", "published")]
    [InlineData("Chile condemned the attack on its embassy, days after Peru expelled its ambassador on Monday.", "2025-05-02", "published")]
    [InlineData("Egypt said on Tuesday it had signed a trade deal with Sudan.", "2025-04-29", "text")]
    public void A_time_in_another_clause_does_not_date_the_event(string body, string date, string dateSource)
    {
        var e = Code(body, "2025-05-02").First(e => e.Cameo.StartsWith("02", StringComparison.Ordinal) || e.Cameo.StartsWith("05", StringComparison.Ordinal) || e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal(date, e.Date);
        Assert.Equal(dateSource, e.DateSource);
    }

    [Theory]
    // a goal of another noun, or a place inside a clause below the trigger, is not where the event happened
    [InlineData("The EU imposed sanctions on Iran over drone sales to Russia.", "163", "Russia", false)]
    [InlineData("The EU imposed sanctions on eight Iranian officials accused of supplying drones to Russia.", "163", "Russia", false)]
    // a place on the trigger's object, or the trigger's own goal, is
    [InlineData("Russian forces shelled a village in Kharkiv region.", "19", "Kharkiv", true)]
    [InlineData("Egypt sent aid to Gaza on Monday.", "07", "Gaza", true)]
    public void A_locative_places_the_event_only_when_it_hangs_from_it(string body, string cameoPrefix, string place, bool placed)
    {
        var e = Code(body, "2025-05-02").First(e => e.Cameo.StartsWith(cameoPrefix, StringComparison.Ordinal));
        Assert.Equal(placed, e.Place?.Name?.Contains(place, StringComparison.Ordinal) == true);
    }
}
