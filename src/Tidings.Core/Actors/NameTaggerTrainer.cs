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

    public static NameTagger Train(IEnumerable<(string[] Words, string[] Tags)> train, IReadOnlyList<(string[] Words, string[] Tags)> dev,
        NameTaggerOptions opt, Action<string>? progress)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(opt);
        dev ??= [];
        var data = train.Where(s => s.Words is { Length: > 0 } && s.Tags is not null && s.Tags.Length == s.Words.Length)
                        .Select(s => (s.Words, Labels: NameLabels.FromIob2(s.Tags))).ToList();
        if (data.Count == 0) throw new ArgumentException("no training sentences (words and tags of equal, non-zero length)", nameof(train));
        long tokens = data.Sum(d => (long)d.Words.Length);
        int epochs = Math.Max(1, opt.Epochs);
        var fx = NameTagger.NewFeatures(opt.UsePos, opt.UseLexicons);
        var trainer = new PerceptronTrainer(NameLabels.Count);
        var rng = new Random(opt.Seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var feats = new ulong[NameFeatures.MaxFeatures];
        var scores = new float[NameLabels.Count];
        var predicted = new int[Math.Max(1, data.Max(d => d.Words.Length))];
        var sw = Stopwatch.StartNew();
        NameTagger? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        bool select = opt.SelectOnDev && dev.Count > 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            long errors = 0;
            foreach (int s in order)
            {
                var (words, gold) = data[s];
                fx.Load(words);
                if (opt.Viterbi) { errors += ViterbiStep(fx, gold, trainer, predicted); continue; }
                int prev = -1, prev2 = -1;
                for (int i = 0; i < words.Length; i++)
                {
                    int c = fx.Features(i, prev, prev2, feats);
                    var f = feats.AsSpan(0, c);
                    trainer.Score(f, scores);
                    int guess = NameTagger.Best(scores, prev, i == words.Length - 1);
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
                var model = new NameTagger(trainer.Average(opt.Prune), opt.UsePos, opt.UseLexicons, opt.Viterbi, "");
                double f1 = dev.Count > 0 ? model.Evaluate(dev).Total.F1 : double.NaN;
                if (dev.Count > 0) line += string.Create(CultureInfo.InvariantCulture, $", dev F1 {100 * f1:F2}");
                if (!select || f1 > bestF1) { best = model; bestF1 = f1; bestEpoch = epoch; }
            }
            progress?.Invoke(line);
        }
        var desc = (
            FormattableString.Invariant($"name tagger (PER/ORG/LOC, BILOU {(opt.Viterbi ? "Viterbi" : "greedy")} averaged perceptron): {data.Count:N0} sentences, {tokens:N0} tokens; epoch {bestEpoch} of {epochs}") +
            (select ? " chosen on dev" : "") + (dev.Count > 0 ? FormattableString.Invariant($", dev F1 {100 * bestF1:F2}") : "") +
            FormattableString.Invariant($"; pos={opt.UsePos}, lexicons={opt.UseLexicons}, seed {opt.Seed}; trained {DateTime.UtcNow:yyyy-MM-dd}"));
        progress?.Invoke($"kept epoch {bestEpoch}; {sw.Elapsed.TotalSeconds:F0} s");
        var m = best!;
        return new NameTagger(m.ModelForSave, opt.UsePos, opt.UseLexicons, opt.Viterbi, desc);
    }
}
