using System.Runtime.InteropServices;
using Tidings.Text;

namespace Tidings.Evaluation;

/// <summary>
/// Token and sentence segmentation scores in the CoNLL 2018 shared-task style: a system token or sentence
/// counts as correct when its character span equals a gold span exactly.
/// </summary>
public sealed record SegmentationScore(int GoldTokens, int SystemTokens, int TokenMatches, int GoldSentences, int SystemSentences, int SentenceMatches)
{
    public double TokenPrecision => Metrics.Ratio(TokenMatches, SystemTokens);
    public double TokenRecall => Metrics.Ratio(TokenMatches, GoldTokens);
    public double TokenF1 => Metrics.F1(TokenPrecision, TokenRecall);
    public double SentencePrecision => Metrics.Ratio(SentenceMatches, SystemSentences);
    public double SentenceRecall => Metrics.Ratio(SentenceMatches, GoldSentences);
    public double SentenceF1 => Metrics.F1(SentencePrecision, SentenceRecall);


    public SegmentationScore Add(SegmentationScore o) => new(GoldTokens + o.GoldTokens, SystemTokens + o.SystemTokens,
        TokenMatches + o.TokenMatches, GoldSentences + o.GoldSentences, SystemSentences + o.SystemSentences, SentenceMatches + o.SentenceMatches);

    public override string ToString() =>
        $"tokens P={TokenPrecision:P2} R={TokenRecall:P2} F1={TokenF1:P2} (gold {GoldTokens}, system {SystemTokens}, match {TokenMatches}); " +
        $"sentences P={SentencePrecision:P2} R={SentenceRecall:P2} F1={SentenceF1:P2} (gold {GoldSentences}, system {SystemSentences}, match {SentenceMatches})";
}

/// <summary>Scores <see cref="Tokenizer"/> and <see cref="SentenceSegmenter"/> against a CoNLL-U treebank.</summary>
public static class SegmentationEvaluator
{
    /// <summary>
    /// Rebuilds each document's raw text from the <c># text</c> lines (sentences of a paragraph joined by a
    /// space, paragraphs by a blank line), locates gold surface tokens (a multiword-token line counts once) and
    /// sentences in it, runs the tokenizer and segmenter on the raw text and counts exact span matches.
    /// <paramref name="splitHyphens"/> selects EWT's hyphen convention (default, as the treebank splits "14-year").
    /// </summary>
    public static SegmentationScore Evaluate(string conlluPath, bool splitHyphens = true)
    {
        var total = new SegmentationScore(0, 0, 0, 0, 0, 0);
        foreach (var doc in ReadDocuments(conlluPath))
            total = total.Add(Score(doc, splitHyphens));
        return total;
    }

    /// <summary>A document rebuilt from CoNLL-U: raw text plus gold token and sentence character spans.</summary>
    public sealed record GoldDocument(string Text, List<(int Start, int End)> Tokens, List<(int Start, int End)> Sentences);

    public static SegmentationScore Score(GoldDocument doc, bool splitHyphens)
    {
        var sys = new List<(int Start, int End)>();
        Tokenizer.Tokenize(doc.Text, 0, sys, splitHyphens);
        var sents = new List<(int First, int End)>();
        SentenceSegmenter.Split(doc.Text, 0, CollectionsMarshal.AsSpan(sys), sents);
        var sysSentSpans = sents.ConvertAll(s => (sys[s.First].Start, sys[s.End - 1].End));
        var surface = SurfaceTokens(doc.Text, sys);
        return new SegmentationScore(doc.Tokens.Count, surface.Count, CountMatches(doc.Tokens, surface),
            doc.Sentences.Count, sysSentSpans.Count, CountMatches(doc.Sentences, sysSentSpans));
    }

    /// <summary>
    /// Surface tokens from syntactic words: a clitic the tokenizer split off ("n't", "'s") is joined back to the
    /// word it touches, as UD writes "don't" as one multiword surface token.
    /// </summary>
    public static List<(int Start, int End)> SurfaceTokens(string text, List<(int Start, int End)> words)
    {
        var result = new List<(int Start, int End)>(words.Count);
        foreach (var w in words)
        {
            if (result.Count > 0 && result[^1].End == w.Start && Tokenizer.IsClitic(text.AsSpan(w.Start, w.End - w.Start))
                && char.IsLetter(text[w.Start - 1]))
                result[^1] = (result[^1].Start, w.End);
            else result.Add(w);
        }
        return result;
    }

    // Both lists are sorted by start and non-overlapping.
    private static int CountMatches(List<(int Start, int End)> gold, List<(int Start, int End)> sys)
    {
        int i = 0, j = 0, m = 0;
        while (i < gold.Count && j < sys.Count)
        {
            if (gold[i] == sys[j]) { m++; i++; j++; }
            else if (gold[i].Start < sys[j].Start || (gold[i].Start == sys[j].Start && gold[i].End < sys[j].End)) i++;
            else j++;
        }
        return m;
    }

    public static IEnumerable<GoldDocument> ReadDocuments(string conlluPath)
    {
        foreach (var doc in TreebankText.ReadFile(conlluPath))
            if (doc.Text.Length > 0) yield return new GoldDocument(doc.Text, doc.Tokens, doc.Sentences);
    }
}
