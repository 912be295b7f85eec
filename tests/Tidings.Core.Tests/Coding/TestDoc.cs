using System.Text;
using Tidings.Actors;
using Tidings.Documents;

namespace Tidings.Tests.Coding;

/// <summary>
/// Test-only document builder: "[Russia|RUSGOV] condemned [Israeli|ISR|mod] strikes on [Syria|SYR]" becomes a
/// document with whitespace/punctuation tokens ("Syria's" → "Syria" + "'s", "didn't" → "did" + "n't"), one
/// sentence per ". ! ?" and an actor mention for every bracket (third field "mod" marks a modifier).
/// </summary>
public static class TestDoc
{
    public static Document Create(string marked, DateOnly? published = null)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int End, string? Code, bool Mod)>();
        for (int i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[')
            {
                int close = marked.IndexOf(']', i);
                var parts = marked[(i + 1)..close].Split('|');
                int start = text.Length;
                text.Append(parts[0]);
                string? code = parts.Length > 1 && parts[1].Length > 0 && parts[1] != "null" ? parts[1] : null;
                spans.Add((start, text.Length, code, parts.Length > 2 && parts[2] == "mod"));
                i = close;
            }
            else text.Append(marked[i]);
        }
        var s = text.ToString();
        var doc = new Document(s, new Article { Id = "test", Body = s, Published = published });
        Tokenize(doc, s);
        int first = 0;
        for (int t = 0; t < doc.TokenCount; t++)
        {
            var w = doc.Token(t).Span;
            if (w is "." or "!" or "?" || t == doc.TokenCount - 1)
            {
                doc.AddSentence(first, t + 1, SectionKind.Body);
                first = t + 1;
            }
        }
        int cursor = 0;
        foreach (var (start, end, code, mod) in spans)
        {
            int ft = -1, et = -1;
            while (cursor < doc.TokenCount && doc.Token(cursor).Start < start) cursor++;
            for (int t = cursor; t < doc.TokenCount && doc.Token(t).End <= end; t++)
            {
                if (ft < 0) ft = t;
                et = t + 1;
            }
            if (ft < 0) continue;
            doc.Actors.Add(new ActorMention
            {
                Tokens = new TokenRange(ft, et), Code = code, Name = s[start..end], Rule = "test", IsModifier = mod,
            });
        }
        return doc;
    }

    private static void Tokenize(Document doc, string s)
    {
        int i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i])) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(s[i]))
            {
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || ((s[i] == '-' || s[i] == '.') && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]) && s[i] != '.'))) i++;
                // "didn't" → "did" + "n't"
                if (i + 2 < s.Length + 0 && i - start >= 2 && s[i - 1] == 'n' && i < s.Length && (s[i] == '\'' || s[i] == '’') && i + 1 < s.Length && s[i + 1] == 't')
                {
                    doc.AddToken(start, i - 1);
                    doc.AddToken(i - 1, i + 2);
                    i += 2;
                    continue;
                }
                doc.AddToken(start, i);
                continue;
            }
            if ((s[i] == '\'' || s[i] == '’') && i + 1 < s.Length && s[i + 1] == 's' && (i + 2 == s.Length || !char.IsLetter(s[i + 2])))
            {
                doc.AddToken(i, i + 2); i += 2; continue;
            }
            doc.AddToken(i, i + 1); i++;
        }
    }

    /// <summary>Events as "SRC>TGT:CAMEO" strings ("-" for a missing target), sorted, for set comparison.</summary>
    public static string[] Triples(Document doc) =>
        doc.Events.Select(e => $"{Code(doc, e.Source)}>{Code(doc, e.Target)}:{e.Cameo}").Order(StringComparer.Ordinal).ToArray();

    private static string Code(Document doc, int a) => a < 0 ? "-" : doc.Actors[a].Code ?? "null";
}
