using System.Text.RegularExpressions;
using Tidings.Documents;

namespace Tidings.Tests.Actors;

/// <summary>
/// A small test-only tokenizer (until Tidings.Text.Tokenizer lands): abbreviations ("U.S."), words with inner
/// hyphens and apostrophes, possessive 's / ’s split off, numbers, any other character as punctuation.
/// Sentences end after . ! ? and never cross a section.
/// </summary>
internal static partial class TestTokenizer
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|['’][sS]\b|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’](?![sS]\b)[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|\S")]
    private static partial Regex TokenRx();

    public static Document Tokenize(string text, DateOnly? published = null, Dateline? dateline = null)
    {
        var doc = new Document(text, new Article { Id = "t", Body = text, Published = published, Dateline = dateline });
        foreach (var sec in doc.Sections)
        {
            int first = doc.TokenCount;
            foreach (Match m in TokenRx().Matches(text[sec.Start..sec.End]))
            {
                int t = doc.AddToken(sec.Start + m.Index, sec.Start + m.Index + m.Length);
                if (m.Value is "." or "!" or "?")
                {
                    doc.AddSentence(first, t + 1, sec.Kind);
                    first = t + 1;
                }
            }
            if (doc.TokenCount > first) doc.AddSentence(first, doc.TokenCount, sec.Kind);
        }
        return doc;
    }
}
