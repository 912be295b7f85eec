using System.Globalization;
using Tidings.Coding;
using Tidings.Output;

namespace Tidings.Tests.Coding;

/// <summary>
/// The merge of an article's event mentions. Mentions are written compactly:
/// "{sentence}{h|d|b} {source}>{target|-} {cameo} {date} [neg] [bg] [@article]", where h/d/b is headline, deck or
/// body, a code starting with '?' is an uncoded actor whose text follows, and date is "pub" (the
/// publication-date fallback), "none", or an ISO date read from the text. The expected result lists the
/// merged events in output order, each as the sentences of its mentions, primary first.
/// </summary>
public class EventMergerTests
{
    private const string Published = "2025-07-30";

    internal static CodedEvent Mention(string spec)
    {
        var f = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int sentence = int.Parse(f[0][..^1], CultureInfo.InvariantCulture);
        string section = f[0][^1] switch { 'h' => "headline", 'd' => "deck", _ => "body" };
        var dyad = f[1].Split('>');
        string date = f[3];
        string article = f.FirstOrDefault(x => x.StartsWith('@'))?[1..] ?? "a1";
        bool negated = f.Contains("neg"), background = f.Contains("bg");
        int start = 10 * sentence + 3;
        return new CodedEvent
        {
            Article = article,
            Sentence = sentence,
            Source = Actor(dyad[0])!,
            Target = Actor(dyad[1]),
            Cameo = f[2],
            CameoName = "name of " + f[2],
            QuadClass = 1,
            Goldstein = 1.0,
            Plover = new PloverRef("CONSULT", null, null),
            Date = date switch { "pub" => Published, "none" => null, _ => date },
            DatePrecision = date == "none" ? "unknown" : "day",
            DateSource = date switch { "pub" => "published", "none" => null, _ => "text" },
            Negated = negated,
            Background = background,
            Modality = negated ? "denied" : "asserted",
            Evidence = new Evidence("met", "test", $"sentence {sentence}", start, start + 3, section),
            Published = Published,
        };
    }

    private static ActorRef? Actor(string code) => code switch
    {
        "-" => null,
        ['?', .. var text] => new ActorRef(null, null, text, null),
        _ => new ActorRef(code, null, code.ToLowerInvariant(), null),
    };

    private static string Show(IEnumerable<CodedEvent> merged) =>
        string.Join(" | ", merged.Select(e => string.Join(",", e.Mentions.Select(m => m.Sentence))));

    public static TheoryData<string, string[], string> Cases => new()
    {
        { "headline and body report one meeting: the body mention is primary", ["0h A>B 040 pub", "2b A>B 040 pub"], "2,0" },
        { "headline, deck and lead", ["0h A>B 040 pub", "1d A>B 040 pub", "2b A>B 040 pub"], "2,0,1" },
        { "headline and deck only: the first mention is primary", ["0h A>B 040 pub", "1d A>B 040 pub"], "0,1" },
        { "equal text dates merge", ["2b A>B 040 2025-07-29", "6b A>B 040 2025-07-29"], "2,6" },
        { "different text dates are two events", ["2b A>B 040 2025-07-29", "5b A>B 040 2025-07-20"], "2 | 5" },
        { "a fallback-dated mention joins the text-dated one", ["0h A>B 040 pub", "3b A>B 040 2025-07-29"], "3,0" },
        { "a fallback-dated mention joins the earliest text-dated group", ["1b A>B 040 pub", "3b A>B 040 2025-07-29", "5b A>B 040 2025-07-20"], "1,3 | 5" },
        { "fallback-dated mentions after two dated ones", ["3b A>B 040 2025-07-29", "5b A>B 040 2025-07-20", "7b A>B 040 pub"], "3,7 | 5" },
        { "negated and asserted are not merged", ["0h A>B 040 pub", "2b A>B 040 pub neg"], "0 | 2" },
        { "background and news are not merged", ["2b A>B 070 pub", "6b A>B 070 none bg"], "2 | 6" },
        { "undated background mentions merge", ["4b A>B 070 none bg", "6b A>B 070 none bg"], "4,6" },
        { "different CAMEO codes are two events", ["2b A>B 040 pub", "2b A>B 042 pub"], "2 | 2" },
        { "the reverse dyad is another event", ["2b A>B 040 pub", "3b B>A 040 pub"], "2 | 3" },
        { "no target on both sides merges", ["0h A>- 190 pub", "3b A>- 190 pub"], "3,0" },
        { "a target and no target are two events", ["2b A>B 190 pub", "3b A>- 190 pub"], "2 | 3" },
        { "uncoded actors merge only with the same text", ["2b ?rebels>B 190 pub", "3b ?Rebels>B 190 pub", "4b ?gunmen>B 190 pub"], "2,3 | 4" },
        { "two articles are never merged", ["2b A>B 040 pub @x", "2b A>B 040 pub @y"], "2 | 2" },
        { "output follows the primary mention's place in the text", ["0h A>B 061 pub", "1d C>D 040 pub", "2b C>D 040 pub"], "0 | 2,1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Merges_mentions_of_the_same_event(string what, string[] mentions, string expected)
    {
        var merged = EventMerger.Merge(mentions.Select(Mention).ToList());
        Assert.True(Show(merged) == expected, $"{what}: got {Show(merged)}, expected {expected}");
    }

    [Fact]
    public void The_primary_gives_the_event_its_fields_and_every_mention_is_kept()
    {
        var headline = Mention("0h A>B 040 pub") with { Place = new PlaceRef("Moscow", "RUS", 55.75, 37.62), Source = new ActorRef("A", null, "headline A", null) };
        var body = Mention("2b A>B 040 pub") with { Source = new ActorRef("A", null, "body A", null) };
        var e = Assert.Single(EventMerger.Merge([headline, body]));
        Assert.Equal(2, e.Sentence);
        Assert.Equal(body.Evidence, e.Evidence);
        Assert.Equal("body A", e.Source.Text);
        Assert.Equal(headline.Place, e.Place); // the primary has none: the first mention that has one
        Assert.Equal([new MentionRef(2, body.Evidence), new MentionRef(0, headline.Evidence)], e.Mentions);
    }

    [Fact]
    public void A_primary_dated_only_by_publication_takes_the_text_date_of_its_group()
    {
        var e = Assert.Single(EventMerger.Merge([Mention("2b A>B 040 pub"), Mention("4b A>B 040 2025-07-29")]));
        Assert.Equal(2, e.Sentence);
        Assert.Equal("2025-07-29", e.Date);
        Assert.Equal("text", e.DateSource);
    }

    [Fact]
    public void Merging_again_changes_nothing()
    {
        var once = EventMerger.Merge(new[] { "0h A>B 040 pub", "1d A>B 040 pub", "2b A>B 040 pub", "3b B>A 040 2025-07-29", "5b A>B 040 2025-07-29" }
            .Select(Mention).ToList());
        Assert.Equal(once, EventMerger.Merge(once));
    }

    [Fact]
    public void A_single_event_is_returned_as_it_is()
    {
        var e = Mention("0h A>B 040 pub");
        Assert.Same(e, Assert.Single(EventMerger.Merge([e])));
        Assert.Equal([new MentionRef(0, e.Evidence)], e.Mentions);
    }
}
