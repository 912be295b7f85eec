using Tidings.Documents;
using Tidings.Tests.Coding;

using static Tidings.Tests.Actors.ActorDocs;

namespace Tidings.Tests.Actors;

/// <summary>
/// Right root, wrong actors (session 31, actors31): a crowd counted in words with no noun ("Thousands rallied in Tbilisi",
/// "after tens of thousands protested") is a civilian actor of the place, as "thousands of people" is; Wagner's fighters and
/// mercenaries are the Wagner Group (RUSMIL), not armed men of the country they fight in; a company's executives with no
/// country of their own are the company's named before them; and the people a count hangs beside in an aid phrase ("to
/// 12,000 displaced people") are its recipients; police oversight bodies are GOV, as police watchdogs. Sentences written for
/// these tests.
/// </summary>
public class Actors31Tests
{
    private static readonly DateOnly Date = new(2025, 10, 6);

    [Theory]
    // a bare count that opens its clause and does what crowds do
    [InlineData("Thousands marched in Yerevan on Saturday against the peace deal.", "Thousands", "ARMCVL")]
    [InlineData("Tens of thousands rallied in Bucharest to demand the prime minister's resignation.", "Tens of thousands", "ROUCVL")]
    [InlineData("Hundreds of thousands protested in Santiago against the pension reform.", "Hundreds of thousands", "CHLCVL")]
    [InlineData("Riot police fired tear gas in Nairobi as thousands took to the streets over the tax bill.", "thousands", "KENCVL")]
    [InlineData("Police detained dozens in Minsk after hundreds gathered outside the election commission.", "hundreds", "BLRCVL")]
    // Wagner's men are the group
    [InlineData("Wagner fighters killed dozens of villagers in central Mali, witnesses said.", "Wagner fighters", "RUSMIL")]
    [InlineData("Wagner mercenaries withdrew from Bangui on Friday.", "Wagner mercenaries", "RUSMIL")]
    // a company's executives
    [InlineData("Indonesian police raided the offices of a South Korean battery maker and detained three executives.", "executives", "KORBUS")]
    // a police oversight body is a government watchdog, not the police
    [InlineData("Uganda's police oversight authority opened an inquiry into the shooting on Tuesday.", "Uganda's police oversight authority", "UGAGOV")]
    public void Codes_through_the_pipeline(string text, string span, string code)
        => AssertMentionCode(RunPipeline(text, Date, "a31"), span, code);

    [Theory]
    // counted victims, detainees and the fleeing are no crowd that acts
    [InlineData("Police arrested hundreds in Lagos on Monday.", "hundreds")]
    [InlineData("Thousands were killed in the fighting in Darfur.", "Thousands")]
    [InlineData("Thousands fled their homes in Goma as the rebels advanced.", "Thousands")]
    [InlineData("The army said it had killed dozens and captured hundreds near the border.", "hundreds")]
    // a count that is an object of a verb before it, or counts a noun after "of", is no bare crowd
    [InlineData("The rebels freed hundreds who marched to the border.", "hundreds")]
    // a person named Wagner is no mercenary group
    [InlineData("Foreign Minister Therese Kayikwamba Wagner accused Kigali of backing the rebels.", "Wagner")]
    public void Has_no_mention(string text, string span)
    {
        var doc = RunPipeline(text, Date, "a31n");
        Assert.DoesNotContain(doc.Actors, a => a.Tokens.TextIn(doc) == span && a.Code is not null);
    }

    [Theory]
    // the bare crowd is the doer of its protest
    [InlineData("Thousands rallied in Tbilisi on Sunday against the government.", "GEOCVL→GEOGOV:14*")]
    [InlineData("Serbian riot police detained dozens in Belgrade after tens of thousands rallied to demand early elections.", "SRBCOP→SRBCVL:173|SRBCVL→*:14*")]
    // Wagner fighters act for Russia, not as rebels of the place
    [InlineData("Wagner fighters killed dozens of villagers in central Mali, witnesses said.", "RUSMIL→MLICVL:*|!MLIREB→*:*")]
    // the executives arrested are the company's
    [InlineData("India raided the offices of a Chinese phone maker and arrested two executives.", "IND→CHNBUS:173")]
    // aid to a count of people the parser hung apart
    [InlineData("The World Food Programme delivered food to 12,000 displaced people in Bunia.", "IGOUNOAGRWFP→CODREF:073")]
    [InlineData("The Red Cross distributed blankets to 5,000 displaced families in Kharkiv.", "NGOHLHIRC→UKRREF:073")]
    public void Codes_the_event_with_its_actors(string sentence, string expected) => PipelineEvents.AssertCoded(sentence, expected);
}
