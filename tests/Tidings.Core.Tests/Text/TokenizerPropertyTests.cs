using System.Runtime.InteropServices;
using System.Text;
using FsCheck.Xunit;
using Tidings.Documents;
using Tidings.Text;

namespace Tidings.Tests.Text;

public class TokenizerPropertyTests
{
    // Characters that stress the tokenizer: lone and paired surrogates, combining marks, controls, quotes,
    // joiners, final punctuation, whitespace of several kinds, letters of several scripts.
    private static readonly string Alphabet =
        "aZ09 .,!?'’\"“”()[]-—–…$%@#/:;&\n\r\t\u00A0\u200B\u200D\uFEFF\u0301\u0308\u0000\u001F\u007F\uD83D\uDE00\uD800\uDFFFéßЖжمح中文\u2028\u2029_*=<>";

    private static string Build(int[] codes, int repeat)
    {
        var sb = new StringBuilder();
        foreach (var c in codes) sb.Append(Alphabet[(c & int.MaxValue) % Alphabet.Length]);
        var s = sb.ToString();
        return repeat > 1 ? string.Concat(Enumerable.Repeat(s, Math.Min(repeat, 50))) : s;
    }

    [Property(MaxTest = 300)]
    public bool Tokens_are_in_bounds_non_empty_and_ordered(int[] codes, byte repeat)
    {
        var text = Build(codes ?? [], repeat);
        foreach (bool split in new[] { false, true })
        {
            var tokens = new List<(int Start, int End)>();
            Tokenizer.Tokenize(text, 0, tokens, split);
            int prevEnd = 0;
            foreach (var (s, e) in tokens)
            {
                if (s < prevEnd || e <= s || e > text.Length) return false;
                // never between the halves of a surrogate pair
                if (s > 0 && char.IsLowSurrogate(text[s]) && char.IsHighSurrogate(text[s - 1])) return false;
                prevEnd = e;
            }
            var sentences = new List<(int First, int End)>();
            SentenceSegmenter.Split(text, 0, CollectionsMarshal.AsSpan(tokens), sentences);
            int next = 0;
            foreach (var (f, e) in sentences)
            {
                if (f != next || e <= f) return false;
                next = e;
            }
            if (next != tokens.Count) return false;
        }
        return true;
    }

    [Property(MaxTest = 200)]
    public bool Process_never_throws_and_sentences_cover_tokens(string? raw)
    {
        var doc = new Document(raw ?? "");
        Tokenizer.Default.Process(doc);
        int covered = 0;
        foreach (var s in doc.Sentences())
        {
            if (s.FirstToken != covered) return false;
            covered = s.EndToken;
        }
        return covered == doc.TokenCount;
    }

    [Property(MaxTest = 100)]
    public bool Tagger_never_throws(int[] codes)
    {
        var doc = new Document(Build(codes ?? [], 1));
        Tidings.Pipeline.Pipeline.Create(Tokenizer.Default, Tidings.Syntax.RuleTagger.Default).Process(doc);
        return doc.TokenCount == 0 || doc.Token(0).Lemma.Length > 0;
    }
}
