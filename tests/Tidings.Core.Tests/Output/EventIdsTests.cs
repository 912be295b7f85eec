using Tidings.Output;

namespace Tidings.Tests.Output;

public class EventIdsTests
{
    [Fact]
    public void Global_event_id_is_positive_and_stable()
    {
        long id = EventIds.GlobalEventId(SampleEvents.Meeting);
        Assert.True(id > 0);
        Assert.Equal(id, EventIds.GlobalEventId(SampleEvents.Meeting with { CameoName = "changed", Goldstein = 0 }));
    }

    [Fact]
    public void Global_event_id_tells_apart_what_identifies_an_event()
    {
        var e = SampleEvents.Meeting;
        var ids = new[]
        {
            e,
            e with { Cameo = "043" },
            e with { Sentence = 1 },
            e with { Article = "other" },
            e with { Evidence = e.Evidence with { TriggerStart = 36 } },
            e with { Target = e.Target! with { Code = "SOMGOV" } },
        }.Select(EventIds.GlobalEventId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
