using System.Runtime.InteropServices;
using Tidings.Evaluation;
using Tidings.Text;
using Xunit.Abstractions;

namespace Tidings.Tests.Text;

public class SegmentationEvaluatorTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Ewt_test_scores_reach_floor()
    {
        var path = SharedData.PathOf("data/ud-english-ewt/en_ewt-ud-test.conllu");
        var score = SegmentationEvaluator.Evaluate(path);
        output.WriteLine("EWT test (UD hyphen convention): " + score);
        var keep = SegmentationEvaluator.Evaluate(path, splitHyphens: false);
        output.WriteLine("EWT test (hyphenated words whole): " + keep);
        Assert.True(score.TokenF1 >= 0.985, $"token F1 {score.TokenF1:P2}");
        Assert.True(score.SentenceF1 >= 0.80, $"sentence F1 {score.SentenceF1:P2}");
    }

    [SkippableFact]
    public void Ewt_dev_scores_reach_floor()
    {
        var path = SharedData.PathOf("data/ud-english-ewt/en_ewt-ud-dev.conllu");
        var score = SegmentationEvaluator.Evaluate(path);
        output.WriteLine("EWT dev: " + score);
        var dump = Environment.GetEnvironmentVariable("TIDINGS_SEG_DUMP");
        if (!string.IsNullOrEmpty(dump)) Dump(path, dump);
        Assert.True(score.TokenF1 >= 0.985, $"token F1 {score.TokenF1:P2}");
        Assert.True(score.SentenceF1 >= 0.80, $"sentence F1 {score.SentenceF1:P2}");
    }

    [Fact]
    public void Score_counts_exact_span_matches()
    {
        var gold = new SegmentationEvaluator.GoldDocument("Hi there. Bye.", [(0, 2), (3, 8), (8, 9), (10, 13), (13, 14)], [(0, 9), (10, 14)]);
        var s = SegmentationEvaluator.Score(gold, splitHyphens: true);
        Assert.Equal(5, s.TokenMatches);
        Assert.Equal(2, s.SentenceMatches);
        Assert.Equal(1.0, s.TokenF1);
        var wrong = new SegmentationEvaluator.GoldDocument("Hi there. Bye.", [(0, 8), (8, 9), (10, 14)], [(0, 14)]);
        var w = SegmentationEvaluator.Score(wrong, splitHyphens: true);
        Assert.Equal(1, w.TokenMatches);
        Assert.Equal(0, w.SentenceMatches);
    }

    // Writes token and sentence disagreements for tuning (only when TIDINGS_SEG_DUMP names a file).
    private static void Dump(string path, string file)
    {
        using var w = new StreamWriter(file);
        foreach (var doc in SegmentationEvaluator.ReadDocuments(path))
        {
            var sys = new List<(int Start, int End)>();
            Tokenizer.Tokenize(doc.Text, 0, sys, true);
            var surface = SegmentationEvaluator.SurfaceTokens(doc.Text, sys);
            var gset = doc.Tokens.ToHashSet();
            var sset = surface.ToHashSet();
            foreach (var g in doc.Tokens) if (!sset.Contains(g)) w.WriteLine($"TOKMISS\t{doc.Text[g.Start..g.End]}\t{Ctx(doc.Text, g.Start, g.End)}");
            foreach (var t in surface) if (!gset.Contains(t)) w.WriteLine($"TOKEXTRA\t{doc.Text[t.Start..t.End]}\t{Ctx(doc.Text, t.Start, t.End)}");
            var sents = new List<(int First, int End)>();
            SentenceSegmenter.Split(doc.Text, 0, CollectionsMarshal.AsSpan(sys), sents);
            var ss = sents.ConvertAll(s => (sys[s.First].Start, sys[s.End - 1].End)).ToHashSet();
            var gs = doc.Sentences.ToHashSet();
            foreach (var g in doc.Sentences) if (!ss.Contains(g)) w.WriteLine($"SENTMISS\t{doc.Text[g.Start..g.End].Replace('\n', '|')}");
            foreach (var g in ss) if (!gs.Contains(g)) w.WriteLine($"SENTEXTRA\t{doc.Text[g.Start..g.End].Replace('\n', '|')}");
        }
    }

    private static string Ctx(string t, int s, int e) =>
        t[Math.Max(0, s - 20)..Math.Min(t.Length, e + 20)].Replace('\n', '|');
}
