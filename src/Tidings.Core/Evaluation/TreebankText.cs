using System.Text;
using Tidings.Syntax;

namespace Tidings.Evaluation;

/// <summary>
/// A treebank document's raw text rebuilt from its sentences' <c># text</c> (sentences of a paragraph joined by a
/// space, paragraphs by a blank line), with where each gold unit lies in it. Scorers that run our segmenter and
/// tokenizer on raw text align their output to gold by these character spans.
/// Invariants: spans are half-open offsets into <see cref="Text"/>; a word or surface token whose form is not
/// found in its sentence's text has the span (-1, -1) and can never be matched; words inside a multiword token
/// share the multiword token's span.
/// </summary>
public sealed class TreebankText
{
    public required string Text { get; init; }
    /// <summary>Every syntactic word, in order, with its span and whether it belongs to a multiword token.</summary>
    public required List<(ConlluWord Word, int Start, int End, bool Multi)> Words { get; init; }
    /// <summary>Surface tokens found in the text (a multiword token counts once), in order.</summary>
    public required List<(int Start, int End)> Tokens { get; init; }
    /// <summary>Sentences with at least one token found: from their first to their last found token.</summary>
    public required List<(int Start, int End)> Sentences { get; init; }
    /// <summary>Index into <see cref="Words"/> of each sentence's first word (one entry per sentence given).</summary>
    public required List<int> SentenceFirstWord { get; init; }

    /// <summary>Rebuilds one document. A sentence without <c># text</c> is left out of the text (its words are not found).</summary>
    public static TreebankText Build(IReadOnlyList<ConlluSentence> sentences)
    {
        var text = new StringBuilder();
        var words = new List<(ConlluWord, int, int, bool)>();
        var tokens = new List<(int, int)>();
        var sents = new List<(int, int)>();
        var firstWord = new List<int>();
        foreach (var s in sentences)
        {
            firstWord.Add(words.Count);
            int baseOff = -1;
            if (s.Text is { } raw)
            {
                if (text.Length > 0) text.Append(s.NewParagraph ? "\n\n" : " ");
                baseOff = text.Length;
                text.Append(raw);
            }
            int cursor = 0, first = -1, last = -1, mw = 0;
            for (int i = 0; i < s.Words.Count;)
            {
                var w = s.Words[i];
                string surface = w.Form;
                int count = 1;
                while (mw < s.Multiwords.Count && s.Multiwords[mw].Last < w.Id) mw++;
                bool multi = mw < s.Multiwords.Count && s.Multiwords[mw].First == w.Id;
                if (multi) { surface = s.Multiwords[mw].Form; count = s.Multiwords[mw].Last - s.Multiwords[mw].First + 1; }
                int at = baseOff < 0 ? -1 : s.Text!.IndexOf(surface, cursor, StringComparison.Ordinal);
                (int Start, int End) span = at < 0 ? (-1, -1) : (baseOff + at, baseOff + at + surface.Length);
                if (at >= 0)
                {
                    tokens.Add(span);
                    cursor = at + surface.Length;
                    if (first < 0) first = at;
                    last = cursor;
                }
                for (int k = 0; k < count && i + k < s.Words.Count; k++) words.Add((s.Words[i + k], span.Start, span.End, multi));
                i += count;
            }
            if (first >= 0) sents.Add((baseOff + first, baseOff + last));
        }
        return new TreebankText { Text = text.ToString(), Words = words, Tokens = tokens, Sentences = sents, SentenceFirstWord = firstWord };
    }

    /// <summary>The documents of a CoNLL-U file (plain or .gz), split at <c># newdoc</c>.</summary>
    public static IEnumerable<TreebankText> ReadFile(string path)
    {
        var doc = new List<ConlluSentence>();
        foreach (var s in Conllu.ReadFile(path))
        {
            if (s.NewDocument && doc.Count > 0) { yield return Build(doc); doc.Clear(); }
            doc.Add(s);
        }
        if (doc.Count > 0) yield return Build(doc);
    }
}
