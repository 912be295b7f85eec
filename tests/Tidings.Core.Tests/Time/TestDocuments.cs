using System.Text.RegularExpressions;
using Tidings.Documents;

namespace Tidings.Tests.Time;

/// <summary>
/// A small UD-style regex tokenizer for the time and place tests until Tidings.Text.Tokenizer is on main:
/// "Syria’s" → "Syria" + "’s", "U.S." one token, "2025-07-29" and "29/07/2025" one token, other punctuation split.
/// Sentences end at ". ! ?" followed by white space.
/// </summary>
public static partial class TestDocuments
{
    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Dr|Gen|St|Tues|Thurs)\.|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*|['’]s\b|\S")]
    private static partial Regex TokenPattern();

    public static Document Make(string body, DateOnly? published = null, string? dateline = null, string? headline = null)
    {
        var article = new Article
        {
            Id = "test", Body = body, Headline = headline, Published = published,
            Dateline = dateline is null ? null : new Dateline(dateline, null),
        };
        var doc = Document.FromArticle(article);
        Tokenize(doc);
        return doc;
    }

    public static void Tokenize(Document doc)
    {
        foreach (var section in doc.Sections)
        {
            int sentenceStart = doc.TokenCount;
            var text = doc.Text;
            foreach (Match m in TokenPattern().Matches(text[section.Start..section.End]))
            {
                int start = section.Start + m.Index, end = start + m.Length;
                doc.AddToken(start, end);
                bool terminal = m.Length == 1 && (m.Value[0] is '.' or '!' or '?') && (end >= section.End || char.IsWhiteSpace(text[end]));
                if (terminal)
                {
                    doc.AddSentence(sentenceStart, doc.TokenCount, section.Kind);
                    sentenceStart = doc.TokenCount;
                }
            }
            if (doc.TokenCount > sentenceStart) doc.AddSentence(sentenceStart, doc.TokenCount, section.Kind);
        }
    }
}
