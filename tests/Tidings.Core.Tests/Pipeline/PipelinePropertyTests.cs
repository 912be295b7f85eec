using FsCheck;
using FsCheck.Fluent;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Tests.Pipeline;

/// <summary>
/// The whole default pipeline (tagger, parser, actors, names, time, places, coder, merge) on random news-like word
/// salads: every stage must finish without throwing, and every index it writes must stay inside the document.
/// The vocabulary mixes what each stage reacts to (actors, titles, triggers, time and place words, pronouns,
/// clause words, punctuation and sentence ends), so rules meet neighbours they were not written for.
/// </summary>
public class PipelinePropertyTests
{
    private static readonly string[] Vocabulary =
    [
        "Russia", "Syria's", "Israeli", "President", "Putin", "Foreign", "Minister", "al-Shaibani", "the", "a", "of", "and", "or",
        "said", "that", "it", "they", "would", "not", "met", "talks", "with", "strikes", "on", "against", "by", "was", "attacked",
        "demanded", "urged", "to", "release", "protesters", "police", "in", "Moscow", "Gaza", "Washington", "New", "York",
        "state", "on", "Tuesday", "last", "December", "until", "end", "the", "former", "opposition", "party", "UN", "Security",
        "Council", "threatened", "warned", "calling", "them", "threat", ",", ".", ";", "\"", "(", ")", "—", "'s", "who",
        "which", "had", "been", "2019", "two", "days", "ago", "Brussels", "EU", "ceasefire", "agreed", "rejected", "visit",
    ];

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Random_news_words_never_throw_and_indices_stay_inside() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Vocabulary)).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (words, headline) =>
        {
            var body = string.Join(' ', words);
            var article = new Article
            {
                Id = "p", Headline = headline && words.Length > 3 ? string.Join(' ', words.Take(4)) : null,
                Body = body.Length == 0 ? "x" : body, Published = new DateOnly(2025, 7, 30),
            };
            var result = TidingsPipeline.Default.Analyze(article);
            var doc = result.Document;
            bool ok = doc.Actors.All(a => a.Tokens.FirstToken >= 0 && a.Tokens.EndToken <= doc.TokenCount)
                && doc.Places.All(p => p.Tokens.EndToken <= doc.TokenCount)
                && doc.Times.All(t => t.Tokens.EndToken <= doc.TokenCount)
                && result.MentionEvents.All(e => e.Sentence >= 0 && e.Sentence < Math.Max(1, doc.SentenceCount))
                && result.Events.All(e => e.Mentions.Count >= 1 && (e.Target is null || e.Source.Code is null || e.Source.Code != e.Target.Code));
            return ok;
        });
}
