using System.Text;
using Tidings.Documents;
using Tidings.Pipeline;
using Tidings.Syntax;
using Tidings.Text;

namespace Tidings.Evaluation;

/// <summary>
/// Counts behind the CoNLL 2018 shared-task scores. Each metric is an F1 over words: a system word is
/// correct for a metric when it is aligned with a gold word and the metric's fields agree (UPOS; XPOS; lemma;
/// UAS: the head is the aligned gold head, or both are roots; LAS: UAS and the same relation, compared on its
/// universal part before ':' as CoNLL 2018 does; <see cref="LasFull"/> also compares subtypes such as
/// nsubj:pass). From gold tokens every word is aligned, so precision = recall = F1 = accuracy.
/// </summary>
public sealed record SyntaxScore(int GoldWords, int SystemWords, int AlignedWords, int GoldSentences, int SystemSentences, int SentenceMatches,
    int Upos, int Xpos, int Lemma, int Uas, int Las, int LasFull)
{
    public double F1(int correct) => GoldWords + SystemWords == 0 ? 0 : 2.0 * correct / (GoldWords + SystemWords);
    public double WordsF1 => F1(AlignedWords);
    public double SentencesF1 => GoldSentences + SystemSentences == 0 ? 0 : 2.0 * SentenceMatches / (GoldSentences + SystemSentences);
    public double UposF1 => F1(Upos);
    public double XposF1 => F1(Xpos);
    public double LemmaF1 => F1(Lemma);
    public double UasF1 => F1(Uas);
    public double LasF1 => F1(Las);
    public double LasFullF1 => F1(LasFull);

    public SyntaxScore Add(SyntaxScore o) => new(GoldWords + o.GoldWords, SystemWords + o.SystemWords, AlignedWords + o.AlignedWords,
        GoldSentences + o.GoldSentences, SystemSentences + o.SystemSentences, SentenceMatches + o.SentenceMatches,
        Upos + o.Upos, Xpos + o.Xpos, Lemma + o.Lemma, Uas + o.Uas, Las + o.Las, LasFull + o.LasFull);

    public static SyntaxScore Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// Scores tagging, lemmatization and parsing against a UD treebank, in two settings: from the gold words
/// (the stages see the treebank's tokenization and sentences) and from raw text (our segmenter and tokenizer
/// first; system words are aligned to gold words by character span, words inside a gold multiword token in
/// order when the counts agree). Written for Tidings after the CoNLL 2018 evaluation's definitions.
/// </summary>
public static class SyntaxEvaluator
{
    /// <summary>Runs <paramref name="stages"/> (tagger, parser ...) on each gold sentence's words and scores them.</summary>
    public static SyntaxScore FromGoldTokens(IEnumerable<ConlluSentence> gold, IReadOnlyList<IPipelineComponent> stages, Action<ConlluWord, Token>? inspect = null)
    {
        var total = SyntaxScore.Zero;
        foreach (var s in gold)
        {
            var sb = new StringBuilder();
            var spans = new List<(int, int)>(s.Words.Count);
            foreach (var w in s.Words)
            {
                if (sb.Length > 0) sb.Append(' ');
                int start = sb.Length;
                sb.Append(w.Form.Length == 0 ? "_" : w.Form);
                spans.Add((start, sb.Length));
            }
            var doc = new Document(sb.ToString());
            foreach (var (a, b) in spans) doc.AddToken(a, b);
            doc.AddSentence(0, spans.Count, SectionKind.Body);
            foreach (var stage in stages) stage.Process(doc);
            if (inspect is not null) for (int i = 0; i < s.Words.Count; i++) inspect(s.Words[i], doc.Token(i));
            var align = new int[s.Words.Count];
            for (int i = 0; i < align.Length; i++) align[i] = i;
            total = total.Add(Score(s.Words, doc, 0, align, doc.TokenCount) with { GoldSentences = 1, SystemSentences = 1, SentenceMatches = 1 });
        }
        return total;
    }

    /// <summary>
    /// Rebuilds each document's raw text from its sentences' <c># text</c> (sentences joined by a space,
    /// paragraphs by a blank line), runs <paramref name="tokenizer"/> and <paramref name="stages"/> on it and scores.
    /// </summary>
    public static SyntaxScore FromRawText(IEnumerable<ConlluSentence> gold, IPipelineComponent tokenizer, IReadOnlyList<IPipelineComponent> stages)
    {
        var total = SyntaxScore.Zero;
        var docSentences = new List<ConlluSentence>();
        foreach (var s in gold)
        {
            if (s.NewDocument && docSentences.Count > 0) { total = total.Add(ScoreDocument(docSentences, tokenizer, stages)); docSentences.Clear(); }
            docSentences.Add(s);
        }
        if (docSentences.Count > 0) total = total.Add(ScoreDocument(docSentences, tokenizer, stages));
        return total;
    }

    private static SyntaxScore ScoreDocument(List<ConlluSentence> sentences, IPipelineComponent tokenizer, IReadOnlyList<IPipelineComponent> stages)
    {
        // Gold words with character spans; all words of a multiword token share its span.
        var gold = TreebankText.Build(sentences);
        var goldWords = gold.Words.ConvertAll(w => w.Word);
        var goldSpans = gold.Words.ConvertAll(w => (w.Start, w.End, w.Multi));
        var goldSentenceSpans = gold.Sentences;
        var sentenceFirstWord = gold.SentenceFirstWord;
        var doc = new Document(gold.Text);
        tokenizer.Process(doc);
        foreach (var stage in stages) stage.Process(doc);

        // Align: exact span match for plain words; for a multiword token, the system tokens inside its span in order.
        var sysIndexByStart = new Dictionary<int, int>();
        for (int t = 0; t < doc.TokenCount; t++) sysIndexByStart.TryAdd(doc.Token(t).Start, t);
        var align = new int[goldWords.Count];
        Array.Fill(align, -1);
        for (int g = 0; g < goldWords.Count;)
        {
            var (start, end, multi) = goldSpans[g];
            int n = 1;
            while (multi && g + n < goldWords.Count && goldSpans[g + n] == goldSpans[g]) n++;
            if (start >= 0 && sysIndexByStart.TryGetValue(start, out int t))
            {
                if (!multi) { if (doc.Token(t).End == end) align[g] = t; }
                else
                {
                    int k = 0;
                    while (t + k < doc.TokenCount && doc.Token(t + k).End <= end) k++;
                    if (k == n && doc.Token(t + k - 1).End == end) for (int j = 0; j < n; j++) align[g + j] = t + j;
                }
            }
            g += n;
        }
        var sysSentences = new List<(int, int)>();
        foreach (var s in doc.Sentences()) sysSentences.Add((doc.Token(s.FirstToken).Start, doc.Token(s.EndToken - 1).End));
        int sentenceMatches = sysSentences.Intersect(goldSentenceSpans).Count();

        // Heads: gold heads are sentence-relative 1-based; map them to document word indices.
        var goldHeadDoc = new int[goldWords.Count];
        for (int si = 0, g = 0; si < sentences.Count; si++)
        {
            int first = sentenceFirstWord[si];
            foreach (var w in sentences[si].Words) goldHeadDoc[g++] = w.Head <= 0 ? -1 : first + w.Head - 1;
        }
        return Score(goldWords, doc, goldHeadDoc, align) with
        {
            GoldSentences = goldSentenceSpans.Count, SystemSentences = sysSentences.Count, SentenceMatches = sentenceMatches,
        };
    }

    // Gold-token setting: gold heads are 1-based within the one sentence starting at doc token 0.
    private static SyntaxScore Score(List<ConlluWord> words, Document doc, int offset, int[] align, int systemWords)
    {
        var heads = new int[words.Count];
        for (int i = 0; i < words.Count; i++) heads[i] = words[i].Head <= 0 ? -1 : offset + words[i].Head - 1;
        return Score(words, doc, heads, align) with { SystemWords = systemWords };
    }

    private static SyntaxScore Score(List<ConlluWord> gold, Document doc, int[] goldHead, int[] align)
    {
        // Inverse alignment: system token → gold word.
        var inverse = new int[doc.TokenCount];
        Array.Fill(inverse, -1);
        for (int g = 0; g < align.Length; g++) if (align[g] >= 0) inverse[align[g]] = g;
        int aligned = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0;
        for (int g = 0; g < gold.Count; g++)
        {
            int t = align[g];
            if (t < 0) continue;
            aligned++;
            var tok = doc.Token(t);
            var w = gold[g];
            if (tok.Upos.ToString() == w.Upos) upos++;
            if (tok.Xpos == w.Xpos) xpos++;
            if (tok.Lemma == w.Lemma) lemma++;
            int sysHead = tok.Head;
            bool headOk = goldHead[g] < 0 ? sysHead < 0 && tok.Relation is not null : sysHead >= 0 && inverse[sysHead] == goldHead[g];
            if (!headOk) continue;
            uas++;
            var rel = tok.Relation ?? "";
            if (Universal(rel).SequenceEqual(Universal(w.Deprel))) las++;
            if (rel == w.Deprel) lasFull++;
        }
        return new SyntaxScore(gold.Count, doc.TokenCount, aligned, 0, 0, 0, upos, xpos, lemma, uas, las, lasFull);
    }

    private static ReadOnlySpan<char> Universal(string rel)
    {
        int c = rel.IndexOf(':');
        return c < 0 ? rel : rel.AsSpan(0, c);
    }
}
