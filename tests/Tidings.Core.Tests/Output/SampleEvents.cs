using Tidings.Output;

namespace Tidings.Tests.Output;

/// <summary>Hand-written events (invented story, not from any corpus) covering every optional field both set and absent.</summary>
public static class SampleEvents
{
    public const string Sentence0 = "Kenyan Foreign Minister Amina Wekesa met Ethiopia's prime minister in Addis Ababa on Monday.";
    public const string Sentence2 = "Police said protesters \"threw stones,\nthen\tfled\" after the rally, officials in Nairobi added.";

    public static CodedEvent Meeting { get; } = new()
    {
        Article = "feed-42/item-3",
        Sentence = 0,
        Source = new ActorRef("KENGOV", "Amina Wekesa", "Kenyan Foreign Minister Amina Wekesa", "KEN"),
        Target = new ActorRef("ETHGOV", "Ethiopia", "Ethiopia's prime minister", "ETH"),
        Cameo = "042",
        CameoName = "Make a visit",
        QuadClass = 1,
        Goldstein = 1.9,
        Plover = new PloverRef("CONSULT", "visit", null),
        Date = "2025-03-10",
        DatePrecision = "day",
        DateSource = "text",
        Place = new PlaceRef("Addis Ababa", "ETH", 9.02497, 38.74689),
        Attribution = null,
        Evidence = new Evidence("met", "verb:meet→042", Sentence0, 37, 40, "body"),
        Published = "2025-03-11",
        Url = "https://news.example.org/africa/kenya-ethiopia-talks",
    };

    public static CodedEvent Protest { get; } = new()
    {
        Article = "feed-42/item-3",
        Sentence = 2,
        Source = new ActorRef("KENCVL", null, "protesters", "KEN"),
        Target = null,
        Cameo = "1451",
        CameoName = "Engage in violent protest for leadership change",
        QuadClass = 4,
        Goldstein = -7.5,
        Plover = new PloverRef("PROTEST", "riot", "political institutions"),
        Date = "2025-03",
        DatePrecision = "month",
        Place = new PlaceRef(null, "KEN", null, null),
        Attribution = new ActorRef("KENCOP", "Kenya Police", "Police", "KEN"),
        Negated = false,
        Background = true,
        Modality = "asserted",
        Evidence = new Evidence("threw", "verb:throw stones→145", Sentence2, 25, 30, "body"),
        Published = "2025-03-11",
        Url = null,
    };

    public static CodedEvent Headline { get; } = new()
    {
        Article = "rss/ünïcode-\"quoted\".json",
        Sentence = 0,
        Source = new ActorRef("IGOUNOHLH", "World Health Organization", "WHO", null),
        Target = new ActorRef(null, null, "aid groups, \"partners\"", null),
        Cameo = "0233",
        CameoName = "Appeal for humanitarian aid",
        QuadClass = 1,
        Goldstein = 3.4,
        Plover = new PloverRef("REQUEST", null, null),
        Date = null,
        DatePrecision = "unknown",
        Place = null,
        Attribution = null,
        Negated = true,
        Modality = "demanded",
        Evidence = new Evidence("urges", "verb:urge→023", "WHO urges aid groups, \"partners\" — to act; 東京 too", 4, 9, "headline"),
        Published = null,
        Url = "https://example.net/a?x=1&y=\"2\"",
    };

    public const string TalksHeadline = "Army and RSF resume talks in Jeddah";
    public const string TalksSentence = "Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Tuesday, mediators said.";

    /// <summary>A merged event: reported in the headline and in the body, the body mention primary.</summary>
    public static CodedEvent Talks { get; } = new()
    {
        Article = "feed-42/item-7",
        Sentence = 2,
        Source = new ActorRef("SDNMIL", "Sudanese Armed Forces", "Sudan's army", "SDN"),
        Target = new ActorRef("SDNREB", "Rapid Support Forces", "the Rapid Support Forces", "SDN"),
        Cameo = "040",
        CameoName = "Consult, not specified below",
        QuadClass = 1,
        Goldstein = 1.0,
        Plover = new PloverRef("CONSULT", null, null),
        Date = "2025-03-11",
        DatePrecision = "day",
        DateSource = "text",
        Place = new PlaceRef("Jeddah", "SAU", 21.54238, 39.19797),
        Evidence = new Evidence("resumed talks", "noun:talks→040", TalksSentence, 162, 175, "body"),
        Mentions =
        [
            new MentionRef(2, new Evidence("resumed talks", "noun:talks→040", TalksSentence, 162, 175, "body")),
            new MentionRef(0, new Evidence("resume talks", "noun:talks→040", TalksHeadline, 13, 25, "headline")),
        ],
        Published = "2025-03-12",
        Url = null,
    };

    public static IReadOnlyList<CodedEvent> All { get; } = [Meeting, Protest, Headline, Talks];
}
