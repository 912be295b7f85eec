using System.Text.RegularExpressions;
using Tidings.Actors;
using Tidings.Documents;
using Tidings.Output;

namespace Tidings.Tests.Storage;

/// <summary>
/// Builds articles, documents and coded events by hand (invented stories), since the tokenizer and coder are
/// written elsewhere: tokens are runs of word characters or single punctuation marks; a sentence ends at '.', '!' or '?'.
/// </summary>
internal static partial class Stories
{
    [GeneratedRegex(@"\w+|[^\w\s]")]
    private static partial Regex TokenPattern();

    public static Document Analyse(Article article)
    {
        var doc = Document.FromArticle(article);
        foreach (var section in doc.Sections)
        {
            int first = doc.TokenCount;
            foreach (Match m in TokenPattern().Matches(doc.Text[section.Start..section.End]))
            {
                int t = doc.AddToken(section.Start + m.Index, section.Start + m.Index + m.Length);
                if (m.Value is "." or "!" or "?")
                {
                    doc.AddSentence(first, t + 1, section.Kind);
                    first = t + 1;
                }
            }
            if (doc.TokenCount > first) doc.AddSentence(first, doc.TokenCount, section.Kind);
        }
        return doc;
    }

    /// <summary>Marks the first occurrence of <paramref name="text"/>, if any, as an actor mention.</summary>
    public static void AddActor(Document doc, string text, string? code, string? name, string? country)
    {
        int at = doc.Text.IndexOf(text, StringComparison.Ordinal);
        if (at < 0) return; // not in this story
        int first = -1, end = -1;
        for (int i = 0; i < doc.TokenCount; i++)
        {
            var t = doc.Token(i);
            if (first < 0 && t.Start == at) first = i;
            if (first >= 0 && t.End == at + text.Length) { end = i + 1; break; }
        }
        if (first < 0 || end < 0) throw new ArgumentException($"'{text}' is not on token boundaries");
        doc.Actors.Add(new ActorMention { Tokens = new TokenRange(first, end), Code = code, Name = name, Country = country, Rule = "test:" + text });
    }

    /// <summary>An event whose evidence is the given trigger word in sentence <paramref name="sentence"/> of the document.</summary>
    public static CodedEvent Event(Document doc, int sentence, string trigger, string cameo, ActorRef source, ActorRef? target,
        string? date = null, string precision = "unknown", bool negated = false, bool background = false, PlaceRef? place = null,
        ActorRef? attribution = null, double goldstein = 1.0, int quad = 1)
    {
        var s = doc.Sentence(sentence);
        int at = doc.Text.IndexOf(trigger, s.Start, StringComparison.Ordinal);
        return new CodedEvent
        {
            Article = doc.Article.Id,
            Sentence = sentence,
            Source = source,
            Target = target,
            Cameo = cameo,
            CameoName = "name of " + cameo,
            QuadClass = quad,
            Goldstein = goldstein,
            Plover = new PloverRef("CONSULT", null, null),
            Date = date,
            DatePrecision = precision,
            DateSource = date is null ? null : "text",
            Place = place,
            Attribution = attribution,
            Negated = negated,
            Background = background,
            Modality = negated ? "denied" : "asserted",
            Evidence = new Evidence(trigger, "test:" + trigger, s.Text, at - s.Start, at - s.Start + trigger.Length,
                s.Section.ToString().ToLowerInvariant()),
            Published = doc.Article.Published?.ToString("yyyy-MM-dd"),
            Url = doc.Article.Url,
        };
    }

    public static readonly ActorRef Kenya = new("KENGOV", "Kenya", "Nairobi", "KEN");
    public static readonly ActorRef Ethiopia = new("ETHGOV", "Ethiopia", "Addis Ababa", "ETH");
    public static readonly ActorRef EthiopiaArmy = new("ETHMIL", "Ethiopian army", "the army", "ETH");
    public static readonly ActorRef Somalia = new("SOMGOV", "Somalia", "Mogadishu", "SOM");
    public static readonly ActorRef UnitedNations = new("IGOUNO", "United Nations", "the UN", null);

    /// <summary>A story with five events: a visit, an aid promise, a denied attack, a background war and a UN appeal;
    /// with another <paramref name="body"/>, the same headline and deck and no events.</summary>
    public static (Article Article, Document Document, List<CodedEvent> Events) HornOfAfrica(string id = "horn-1", string? body = null)
    {
        var article = new Article
        {
            Id = id,
            Headline = "Kenya and Ethiopia agree on border talks",
            Deck = "Talks to resume next week",
            Body = body ?? "Kenya's president visited Addis Ababa on Monday. Ethiopia promised food aid to Kenya. " +
                   "The army denied it attacked Somali villages. In 1977 Ethiopia fought Somalia in the Ogaden. " +
                   "The UN urged both sides to keep talking, officials said.",
            Published = new DateOnly(2025, 3, 11),
            Url = "https://news.example.org/horn/" + id,
            Source = "Example Wire",
            Dateline = new Dateline("NAIROBI", "EXW"),
            Origin = "test",
        };
        var doc = Analyse(article);
        AddActor(doc, "Kenya", "KENGOV", "Kenya", "KEN");
        AddActor(doc, "Ethiopia", "ETHGOV", "Ethiopia", "ETH");
        AddActor(doc, "Addis Ababa", "ETHGOV", "Ethiopia", "ETH");
        AddActor(doc, "The army", "ETHMIL", null, "ETH");
        AddActor(doc, "The UN", "IGOUNO", "United Nations", null);
        if (body is not null) return (article, doc, []); // the events below belong to the default story
        // Sentences: 0 headline, 1 deck, 2 visit, 3 promise, 4 denial, 5 1977 war, 6 UN appeal.
        var events = new List<CodedEvent>
        {
            Event(doc, 2, "visited", "042", Kenya, Ethiopia, "2025-03-10", "day",
                place: new PlaceRef("Addis Ababa", "ETH", 9.02497, 38.74689), goldstein: 1.9),
            Event(doc, 3, "promised", "0331", Ethiopia, Kenya, null, "unknown", goldstein: 5.2),
            Event(doc, 4, "attacked", "190", EthiopiaArmy, Somalia, "2025-03", "month", negated: true, goldstein: -10, quad: 4),
            Event(doc, 5, "fought", "190", Ethiopia, Somalia, "1977", "year", background: true, goldstein: -10, quad: 4),
            Event(doc, 6, "urged", "0243", UnitedNations, null, "2025-03-11", "day",
                attribution: new ActorRef(null, null, "officials", null), place: new PlaceRef(null, null, null, null), goldstein: -0.1 + 0.3),
        };
        return (article, doc, events);
    }
}
