using System.Diagnostics;
using System.Globalization;
using Tidings.Learning;

namespace Tidings.Actors;

/// <summary>
/// Averaged-perceptron training of <see cref="NameTagger"/> (Collins 2002): each epoch visits the training
/// sentences in a seeded random order and decodes each with the current weights. Viterbi (default): a structured
/// update rewards the gold path's features and penalises the predicted path's where they differ. Greedy: the
/// model's own previous labels are the history (so training sees the errors it will make at run time) and every
/// wrong label is updated.
/// </summary>
internal static class NameTaggerTrainer
{
    private sealed class Sentence(string[] words, string[] tags, string[]? xpos, int document)
    {
        public readonly string[] Words = words;
        public readonly string[] Tags = tags;
        public readonly int[] Gold = NameLabels.FromIob2(tags);
        public readonly string[]? Xpos = xpos;
        /// <summary>Index of the sentence's document (consecutive sentences of one document share it).</summary>
        public readonly int Document = document;
        /// <summary>Document context codes of the words for the stage being trained (<see cref="NameDocument"/>), or null.</summary>
        public int[]? Context;
    }

    /// <summary>One structured-perceptron step: Viterbi with the current weights, then the gold path's features
    /// are rewarded and the predicted path's penalised where the two differ. Returns the wrong labels.</summary>
    private static int ViterbiStep(NameFeatures fx, int[] gold, PerceptronTrainer trainer, int[] predicted)
    {
        int n = gold.Length;
        NameTagger.DecodeViterbi(fx, predicted.AsSpan(0, n), trainer.Score);
        int errors = 0;
        Span<ulong> tf = stackalloc ulong[NameFeatures.MaxTransitionFeatures];
        for (int i = 0; i < n; i++)
        {
            int g = gold[i], p = predicted[i];
            int gp = i > 0 ? gold[i - 1] : -1, pp = i > 0 ? predicted[i - 1] : -1;
            if (g != p)
            {
                errors++;
                trainer.Update(fx.StaticFeatures(i), g, p);
            }
            if (g != p || gp != pp)
            {
                int c = fx.TransitionFeatures(i, gp, tf);
                foreach (var f in tf[..c]) trainer.Update(f, g, 1f);
                c = fx.TransitionFeatures(i, pp, tf);
                foreach (var f in tf[..c]) trainer.Update(f, p, -1f);
            }
            trainer.Tick();
        }
        return errors;
    }

    public static NameTagger Train(IReadOnlyList<Iob2Sentence> train, IReadOnlyList<Iob2Sentence> dev, NameTaggerOptions opt, Action<string>? progress,
        IReadOnlyDictionary<string, string[]>? trainTags = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(opt);
        var fx = NameTagger.NewFeatures(opt.UsePos, opt.UseLexicons, opt.UseWordClasses);
        var data = Prepare(train, fx, trainTags);
        if (data.Count == 0) throw new ArgumentException("no training sentences (words and tags of equal, non-zero length)", nameof(train));
        var devData = Prepare(dev ?? [], fx, null);
        long tokens = data.Sum(d => (long)d.Words.Length);
        bool select = opt.SelectOnDev && devData.Count > 0;
        var sw = Stopwatch.StartNew();

        PerceptronModel? stage1 = null;
        int stage1Epoch = 0;
        int folds = Math.Max(2, opt.Folds);
        if (opt.TwoStage)
        {
            progress?.Invoke("first stage");
            (stage1, stage1Epoch, _) = TrainStage(data, devData, fx, opt, select ? opt.Epochs : opt.Stage1Epochs ?? opt.Epochs, select, progress);
            // the training documents' first-stage labels from models that did not see them, as at run time
            var labels = new int[data.Count][];
            for (int k = 0; k < folds; k++)
            {
                var rest = data.Where(d => d.Document % folds != k).ToList();
                var (m, _, _) = TrainPass(rest, [], fx, opt with { Seed = opt.Seed + 1000 + k }, stage1Epoch, false, null);
                for (int i = 0; i < data.Count; i++)
                    if (data[i].Document % folds == k) labels[i] = Label(fx, data[i], m, opt.Viterbi);
                progress?.Invoke(FormattableString.Invariant($"first-stage labels of fold {k + 1}/{folds} ({sw.Elapsed.TotalSeconds:F0} s)"));
            }
            SetContexts(data, labels);
            SetContexts(devData, devData.Select(d => Label(fx, d, stage1, opt.Viterbi)).ToArray());
            progress?.Invoke("second stage");
        }
        var (model, epoch, f1) = TrainStage(data, devData, fx, opt, opt.Epochs, select, progress);
        int seeds = Math.Max(1, opt.Ensemble);
        var desc = (
            FormattableString.Invariant($"name tagger (PER/ORG/LOC, BILOU {(opt.Viterbi ? "Viterbi" : "greedy")} averaged perceptron): {data.Count:N0} sentences, {tokens:N0} tokens; epoch {epoch} of {opt.Epochs}{(seeds > 1 ? $", mean of {seeds} seeds" : "")}") +
            (opt.TwoStage ? FormattableString.Invariant($", two stages (first stage epoch {stage1Epoch}, {folds}-fold jackknifed labels of the training documents)") : "") +
            (select ? " chosen on dev" : "") + (devData.Count > 0 ? FormattableString.Invariant($", dev F1 {100 * f1:F2}") : "") +
            FormattableString.Invariant($"; pos={opt.UsePos}{(trainTags is not null ? " (jackknifed training tags)" : "")}, lexicons={opt.UseLexicons}, wordclasses={opt.UseWordClasses}, seed {opt.Seed}; trained {DateTime.UtcNow:yyyy-MM-dd}"));
        progress?.Invoke($"kept epoch {epoch}; {sw.Elapsed.TotalSeconds:F0} s");
        return new NameTagger(model, opt.UsePos, opt.UseLexicons, opt.Viterbi, desc, opt.UseWordClasses, stage1)
            { ChosenEpoch = epoch, ChosenStage1Epoch = stage1Epoch };
    }

    // One model: the mean of opt.Ensemble models trained with seeds opt.Seed, opt.Seed + 1, ...
    private static (PerceptronModel Model, int Epoch, double F1) TrainStage(List<Sentence> data, List<Sentence> devData, NameFeatures fx,
        NameTaggerOptions opt, int epochs, bool select, Action<string>? progress)
    {
        var models = new List<PerceptronModel>();
        var chosen = new List<int>();
        PerceptronModel model = null!;
        int epoch = 0;
        double f1 = double.NaN;
        for (int m = 0; m < Math.Max(1, opt.Ensemble); m++)
        {
            var (one, e, f) = TrainPass(data, devData, fx, opt with { Seed = opt.Seed + m }, epochs, select, progress);
            models.Add(one); chosen.Add(e);
            (model, epoch, f1) = (one, e, f);
        }
        if (models.Count > 1)
        {
            model = PerceptronModel.Mean(models, opt.Prune);
            epoch = (int)Math.Round(chosen.Average());
            f1 = devData.Count > 0 ? Score(fx, devData, model, opt) : double.NaN;
            progress?.Invoke(FormattableString.Invariant($"mean of {models.Count} models (epochs {string.Join(", ", chosen)}): {model.FeatureCount:N0} features, dev F1 {100 * f1:F2}"));
        }
        return (model, epoch, f1);
    }

    // Sets each sentence's document context codes from the first stage's labels of the same sentences.
    private static void SetContexts(List<Sentence> data, int[][] labels)
    {
        int start = 0;
        for (int k = 1; k <= data.Count; k++)
        {
            if (k < data.Count && data[k].Document == data[start].Document) continue;
            var contexts = NameDocument.Contexts(data.GetRange(start, k - start).Select(d => d.Words).ToList(), labels[start..k]);
            for (int i = start; i < k; i++) data[i].Context = contexts[i - start];
            start = k;
        }
    }

    private static List<Sentence> Prepare(IReadOnlyList<Iob2Sentence> sentences, NameFeatures fx, IReadOnlyDictionary<string, string[]>? tags)
    {
        var result = new List<Sentence>();
        var documentOf = new int[sentences.Count];
        int document = 0;
        foreach (var (start, count) in NameTagger.DocumentsOf(sentences))
        {
            for (int k = start; k < start + count; k++) documentOf[k] = document;
            document++;
        }
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (s.Words is not { Length: > 0 } || s.Tags is null || s.Tags.Length != s.Words.Length) continue;
            // tagged once: the tagger's output does not change from epoch to epoch
            string[] xpos;
            if (s.SentId is not null && tags is not null && tags.TryGetValue(s.SentId, out var given) && given.Length == s.Words.Length) xpos = given;
            else
            {
                fx.Load(s.Words);
                xpos = fx.Xpos();
            }
            result.Add(new Sentence(s.Words, s.Tags, xpos, documentOf[k]));
        }
        return result;
    }

    private static int[] Label(NameFeatures fx, Sentence s, PerceptronModel model, bool viterbi)
    {
        fx.Load(s.Words, s.Xpos, s.Context);
        var labels = new int[s.Words.Length];
        if (viterbi) NameTagger.DecodeViterbi(fx, labels, model.Score);
        else NameTagger.Decode(fx, labels, model.Score);
        return labels;
    }

    private static double Score(NameFeatures fx, List<Sentence> dev, PerceptronModel model, NameTaggerOptions opt)
    {
        var gold = new List<IReadOnlyList<NameSpan>>(dev.Count);
        var predicted = new List<IReadOnlyList<NameSpan>>(dev.Count);
        foreach (var s in dev)
        {
            var spans = NameLabels.Spans(Label(fx, s, model, opt.Viterbi));
            if (opt.UseLexicons) NameTagger.ApplyLexicon(fx, spans);
            predicted.Add(spans);
            gold.Add(Iob2.Spans(s.Tags));
        }
        return NameScorer.Score(gold, predicted).Total.F1;
    }

    private static (PerceptronModel Model, int Epoch, double F1) TrainPass(List<Sentence> data, List<Sentence> dev, NameFeatures fx,
        NameTaggerOptions opt, int epochs, bool select, Action<string>? progress)
    {
        long tokens = data.Sum(d => (long)d.Words.Length);
        epochs = Math.Max(1, epochs);
        var trainer = new PerceptronTrainer(NameLabels.Count);
        var rng = new Random(opt.Seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var feats = new ulong[NameFeatures.MaxFeatures];
        var scores = new float[NameLabels.Count];
        var predicted = new int[Math.Max(1, data.Max(d => d.Words.Length))];
        var sw = Stopwatch.StartNew();
        PerceptronModel? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            long errors = 0;
            foreach (int si in order)
            {
                var s = data[si];
                fx.Load(s.Words, s.Xpos, s.Context);
                var gold = s.Gold;
                if (opt.Viterbi) { errors += ViterbiStep(fx, gold, trainer, predicted); continue; }
                int prev = -1, prev2 = -1;
                for (int i = 0; i < s.Words.Length; i++)
                {
                    int c = fx.Features(i, prev, prev2, feats);
                    var f = feats.AsSpan(0, c);
                    trainer.Score(f, scores);
                    int guess = NameTagger.Best(scores, prev, i == s.Words.Length - 1);
                    if (guess != gold[i]) { trainer.Update(f, gold[i], guess); errors++; }
                    trainer.Tick();
                    prev2 = prev;
                    prev = guess;
                }
            }
            string line = string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch}/{epochs}: {100.0 * errors / tokens:F2}% token errors, {trainer.FeatureCount:N0} features, {sw.Elapsed.TotalSeconds:F0} s");
            if (select || epoch == epochs)
            {
                var model = trainer.Average(opt.Prune);
                double f1 = dev.Count > 0 ? Score(fx, dev, model, opt) : double.NaN;
                if (dev.Count > 0) line += string.Create(CultureInfo.InvariantCulture, $", dev F1 {100 * f1:F2}");
                if (!select || f1 > bestF1) { best = model; bestF1 = f1; bestEpoch = epoch; }
            }
            progress?.Invoke(line);
        }
        return (best!, bestEpoch, bestF1);
    }
}
