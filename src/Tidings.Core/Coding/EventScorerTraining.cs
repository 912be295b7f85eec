using Tidings.Evaluation;
using Tidings.Learning;
using Tidings.Output;

namespace Tidings.Coding;

/// <summary>
/// One gold line with the events the coder (without a scorer) counted for it, each with its <see cref="EventScorer"/>
/// features and whether <c>tidings eval</c> pairs it with a gold event at root level (same source, target and root).
/// </summary>
/// <param name="Group">The gold file and split the line comes from ("events-gold:blind33"): cross-validation holds out whole groups.</param>
public sealed record ScorerLine(string Group, GoldSentence Gold, IReadOnlyList<PredictedEvent> Predicted, IReadOnlyList<ulong[]> Features, IReadOnlyList<bool> Correct);

/// <summary>Held-out figures of one cross-validation fold (or of all folds pooled, or of one group).</summary>
public sealed record ScorerFoldResult(string Name, int Lines, int Events, float Threshold, int DroppedRight, int DroppedWrong,
    double RootBefore, double RootAfter, double ExactBefore, double ExactAfter);

/// <summary>Cross-validation of the event scorer: per fold, pooled, and per group (each group as held out).</summary>
public sealed record ScorerCrossValidation(IReadOnlyList<ScorerFoldResult> Folds, ScorerFoldResult Pooled, IReadOnlyList<ScorerFoldResult> Groups);

/// <summary>
/// Trains the <see cref="EventScorer"/> and measures it honestly (docs/decisions/029-event-scorer.md). The drop
/// threshold is always chosen on scores of events the model did not train on (out-of-fold scores by whole groups), so
/// the threshold stored with the final model is the one cross-validation would choose, and a fold's held-out figure
/// comes from a threshold chosen without that fold. Deterministic: fixed shuffle seed, groups in first-seen order.
/// </summary>
public static class EventScorerTraining
{
    /// <summary>Averaged perceptron settings.</summary>
    public sealed record Options
    {
        public int Epochs { get; init; } = 10;
        public int Seed { get; init; } = 1;
        /// <summary>Models trained on this many shuffle orders (seeds <see cref="Seed"/>, +1, ...) are averaged: steadier than one order.</summary>
        public int Ensemble { get; init; } = 5;
        /// <summary>Cross-validation folds over the gold groups other than real news (real news makes two more folds).</summary>
        public int Folds { get; init; } = 5;
    }

    /// <summary>
    /// The blind splits of events-gold no model may train on: blind55 for good, and the newest blind split in the session
    /// that writes it (it is scored fresh after that session's merge and becomes tunable in the next one). Keep this set
    /// and <c>scripts/dev/evalall.sh</c>'s <c>withheld_blind</c> the same.
    /// </summary>
    public static readonly IReadOnlySet<string> WithheldBlindSplits =
        new HashSet<string>(["blind55", "blind92"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True for the withheld splits no tuning may read: events-gold/coder-dev <c>test</c>, real news <c>heldout*</c> and
    /// <see cref="WithheldBlindSplits"/>.
    /// </summary>
    public static bool IsWithheld(string? split) =>
        split is not null && (split.Equals("test", StringComparison.OrdinalIgnoreCase)
            || split.StartsWith("heldout", StringComparison.OrdinalIgnoreCase) || WithheldBlindSplits.Contains(split));

    /// <summary>Throws when <paramref name="split"/> is withheld (<see cref="IsWithheld"/>).</summary>
    public static void RefuseWithheld(string? split, string source)
    {
        if (IsWithheld(split))
            throw new InvalidOperationException($"{source}: split '{split}' is withheld for testing; the event scorer never trains or tunes on it");
    }

    /// <summary>
    /// The training line of <paramref name="gold"/>: the events of <paramref name="events"/> that eval counts, their
    /// features (looked up by reference in <paramref name="features"/>, as recorded by the coding pipeline) and labels.
    /// </summary>
    public static ScorerLine Line(string group, GoldSentence gold, IReadOnlyList<CodedEvent> events, IReadOnlyDictionary<CodedEvent, ulong[]> features)
    {
        RefuseWithheld(gold.Split, group);
        var counted = events.Where(EventScorer.Scored).ToList();
        var predicted = Counted(counted);
        var f = counted.Select(e => features.TryGetValue(e, out var v) ? v : []).ToList();
        var correct = new bool[predicted.Count];
        foreach (var (_, p) in CoderEvaluator.Match(gold.Events, predicted, CoderEvaluator.MatchLevel.Root)) correct[p] = true;
        return new ScorerLine(group, gold, predicted, f, correct);
    }

    /// <summary>The events of <paramref name="events"/> that <c>tidings eval</c> counts (<see cref="EventScorer.Scored"/>:
    /// negated, background and conditional events are no reported events), as the predictions it scores.</summary>
    public static List<PredictedEvent> Counted(IEnumerable<CodedEvent> events) =>
        events.Where(EventScorer.Scored)
            .Select(e => new PredictedEvent(e.Source.Code, e.Target?.Code, e.Cameo) { Modality = e.Modality, Attribution = e.Attribution?.Code }).ToList();

    /// <summary>Trains the model on every event of <paramref name="lines"/>: class 1 = right, 0 = wrong.</summary>
    public static PerceptronModel Train(IReadOnlyList<ScorerLine> lines, Options options) =>
        PerceptronModel.Mean([.. Enumerable.Range(0, Math.Max(1, options.Ensemble)).Select(k => TrainOne(lines, options.Epochs, options.Seed + k))], prune: 1e-4f);

    private static PerceptronModel TrainOne(IReadOnlyList<ScorerLine> lines, int epochs, int seed)
    {
        var examples = new List<(ulong[] F, int Y)>();
        foreach (var l in lines)
            for (int i = 0; i < l.Predicted.Count; i++) examples.Add((l.Features[i], l.Correct[i] ? 1 : 0));
        var trainer = new PerceptronTrainer(2);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(seed);
        Span<float> scores = stackalloc float[2];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int k in order)
            {
                var (f, y) = examples[k];
                trainer.Score(f, scores);
                int guess = PerceptronModel.ArgMax(scores);
                trainer.Update(f, y, guess);
                trainer.Tick();
            }
        }
        return trainer.Average(prune: 1e-4f);
    }

    /// <summary>The score of every event of every line under <paramref name="model"/>.</summary>
    public static float[][] Score(PerceptronModel model, IReadOnlyList<ScorerLine> lines)
    {
        var scorer = new EventScorer(model, float.NegativeInfinity, "");
        return lines.Select(l => l.Features.Select(f => scorer.Score(f)).ToArray()).ToArray();
    }

    /// <summary>
    /// The threshold that maximises the mean root F1 of the groups of <paramref name="lines"/> (each gold split weighs the
    /// same, as the per-split report reads them) when events scoring below it are dropped: a dropped right event is one
    /// true positive less in its group, a dropped wrong one a false positive less. Splits differ in how many gold events
    /// the coder misses, and a drop that helps where it finds most of them costs where it finds few (real news), so the
    /// mean over splits chooses a safer threshold than F1 over all events pooled. Negative infinity when dropping nothing
    /// is best; ties keep more events.
    /// </summary>
    public static float ChooseThreshold(IReadOnlyList<ScorerLine> lines, IReadOnlyList<float[]> scores)
    {
        var groupOf = new Dictionary<string, int>();
        var gold = new List<int>();
        var predicted = new List<int>();
        var tp = new List<int>();
        var all = new List<(float Score, bool Right, int Group)>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!groupOf.TryGetValue(lines[i].Group, out int g))
            {
                groupOf[lines[i].Group] = g = gold.Count;
                gold.Add(0); predicted.Add(0); tp.Add(0);
            }
            gold[g] += lines[i].Gold.Events.Count;
            predicted[g] += lines[i].Predicted.Count;
            for (int j = 0; j < lines[i].Predicted.Count; j++)
            {
                if (lines[i].Correct[j]) tp[g]++;
                all.Add((scores[i][j], lines[i].Correct[j], g));
            }
        }
        all.Sort((a, b) => a.Score.CompareTo(b.Score));
        double sum = 0;
        for (int g = 0; g < gold.Count; g++) sum += F1(tp[g], predicted[g], gold[g]);
        double best = sum;
        float threshold = float.NegativeInfinity;
        for (int k = 0; k < all.Count; k++)
        {
            int g = all[k].Group;
            sum -= F1(tp[g], predicted[g], gold[g]);
            predicted[g]--;
            if (all[k].Right) tp[g]--;
            sum += F1(tp[g], predicted[g], gold[g]);
            if (k + 1 < all.Count && all[k + 1].Score == all[k].Score) continue; // a threshold drops all equal scores or none
            if (sum > best + 1e-9)
            {
                best = sum;
                threshold = k + 1 < all.Count ? (all[k].Score + all[k + 1].Score) / 2 : all[k].Score + 1;
            }
        }
        return threshold;
    }

    private static double F1(int tp, int predicted, int gold) => predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);

    /// <summary>
    /// The fold of each line: groups of real news (group names starting "realnews") alternate over two folds of their
    /// own, every other group goes round-robin over <see cref="Options.Folds"/> folds, in first-seen order.
    /// </summary>
    public static (int[] FoldOfLine, int FoldCount) AssignFolds(IReadOnlyList<ScorerLine> lines, int folds) =>
        AssignFolds(lines.Select(l => l.Group).ToList(), folds);

    /// <summary>
    /// Out-of-fold results for every line: for each fold, <paramref name="trainAndApply"/> gets the lines of the other
    /// folds (to train on) and the fold's own lines (to apply the model to), and returns one result per held line, in
    /// order. The learned choosers of targets and codes both cross-validate this way; a line is never scored by a model
    /// that saw it.
    /// </summary>
    public static TResult[] OutOfFold<TLine, TResult>(IReadOnlyList<TLine> lines, int[] foldOfLine, int foldCount,
        Func<IReadOnlyList<TLine>, IReadOnlyList<TLine>, IReadOnlyList<TResult>> trainAndApply)
    {
        var result = new TResult[lines.Count];
        for (int k = 0; k < foldCount; k++)
        {
            var held = Enumerable.Range(0, lines.Count).Where(i => foldOfLine[i] == k).ToList();
            if (held.Count == 0) continue;
            var train = lines.Where((_, i) => foldOfLine[i] != k).ToList();
            var applied = trainAndApply(train, held.Select(i => lines[i]).ToList());
            for (int j = 0; j < held.Count; j++) result[held[j]] = applied[j];
        }
        return result;
    }

    /// <summary>
    /// The margin at which a learned chooser replaces the rules' choice: +∞ (never replace) or one of
    /// <paramref name="leads"/> (the leads of the out-of-fold re-choices), whichever maximises <paramref name="f1At"/>.
    /// Tried from +∞ down through the sorted leads, every lead when there are fewer than twice <paramref name="tries"/>,
    /// else every (count / tries)-th from the largest; ties keep the margin tried first, the larger one (fewer changes).
    /// The target chooser and the code chooser choose their margins this way. Sorts <paramref name="leads"/>.
    /// </summary>
    public static float BestMargin(List<float> leads, int tries, Func<float, double> f1At)
    {
        leads.Sort();
        var margins = new List<float> { float.PositiveInfinity };
        int step = Math.Max(1, leads.Count / tries);
        for (int k = leads.Count - 1; k >= 0; k -= step) margins.Add(leads[k]);
        float best = float.PositiveInfinity;
        double bestF1 = -1;
        foreach (float m in margins)
        {
            double f1 = f1At(m);
            if (f1 > bestF1 + 1e-9) { bestF1 = f1; best = m; }
        }
        return best;
    }

    /// <summary>One outer fold of a nested cross-validation: the lines held out, the lines trained on, and the training
    /// lines' folds renumbered without this one (the inner folds on which a threshold or margin is chosen).</summary>
    public readonly record struct NestedFold(int Fold, List<int> Train, List<int> Held, int[] InnerFoldOfTrain);

    /// <summary>
    /// The outer folds of a nested cross-validation, empty folds skipped. Inner folds are the outer ones minus the held
    /// one, so a threshold or margin chosen on them never sees the held fold or in-sample scores. The event scorer, the
    /// learned triggers and both learned choosers cross-validate with these.
    /// </summary>
    public static IEnumerable<NestedFold> NestedFolds(int[] foldOfLine, int foldCount)
    {
        for (int k = 0; k < foldCount; k++)
        {
            var held = Enumerable.Range(0, foldOfLine.Length).Where(i => foldOfLine[i] == k).ToList();
            if (held.Count == 0) continue;
            var train = Enumerable.Range(0, foldOfLine.Length).Where(i => foldOfLine[i] != k).ToList();
            yield return new NestedFold(k, train, held, train.Select(i => foldOfLine[i] < k ? foldOfLine[i] : foldOfLine[i] - 1).ToArray());
        }
    }

    /// <summary>The folds of lines given by their gold groups (<paramref name="groupOfLine"/>, one per line), as above; every
    /// learned model of the coder (event scorer, learned triggers, target chooser) cross-validates with these folds.</summary>
    public static (int[] FoldOfLine, int FoldCount) AssignFolds(IReadOnlyList<string> groupOfLine, int folds)
    {
        var groupFold = new Dictionary<string, int>(StringComparer.Ordinal);
        int plain = 0, real = 0;
        bool anyReal = false;
        foreach (var g in groupOfLine)
        {
            if (groupFold.ContainsKey(g)) continue;
            if (g.StartsWith("realnews", StringComparison.Ordinal)) { groupFold[g] = folds + real++ % 2; anyReal = true; }
            else groupFold[g] = plain++ % folds;
        }
        return (groupOfLine.Select(g => groupFold[g]).ToArray(), anyReal ? folds + 2 : folds);
    }

    /// <summary>Scores of each line from a model trained on the lines of the other folds.</summary>
    public static float[][] OutOfFoldScores(IReadOnlyList<ScorerLine> lines, int[] foldOfLine, int foldCount, Options options) =>
        OutOfFold<ScorerLine, float[]>(lines, foldOfLine, foldCount, (train, held) => Score(Train(train, options), held));

    /// <summary>The final model: trained on every line, with the threshold chosen on out-of-fold scores of every line.</summary>
    public static EventScorer TrainScorer(IReadOnlyList<ScorerLine> lines, Options options, string description)
    {
        var (foldOf, foldCount) = AssignFolds(lines, options.Folds);
        var oof = OutOfFoldScores(lines, foldOf, foldCount, options);
        float threshold = ChooseThreshold(lines, oof);
        return new EventScorer(Train(lines, options), threshold, description);
    }

    /// <summary>
    /// Grouped cross-validation: for each fold, a model and threshold from the other folds alone (the threshold on their
    /// own out-of-fold scores), applied to the fold. Reports held-out root and exact F1 without and with the scorer.
    /// </summary>
    public static ScorerCrossValidation CrossValidate(IReadOnlyList<ScorerLine> lines, Options options)
    {
        var (foldOf, foldCount) = AssignFolds(lines, options.Folds);
        var keep = new bool[lines.Count][];
        var thresholdOf = new float[foldCount];
        var folds = new List<ScorerFoldResult>();
        foreach (var (k, trainIdx, heldIdx, innerFold) in NestedFolds(foldOf, foldCount))
        {
            var train = trainIdx.Select(i => lines[i]).ToList();
            float threshold = ChooseThreshold(train, OutOfFoldScores(train, innerFold, foldCount - 1, options));
            thresholdOf[k] = threshold;
            var held = heldIdx.Select(i => lines[i]).ToList();
            var scores = Score(Train(train, options), held);
            for (int j = 0; j < heldIdx.Count; j++) keep[heldIdx[j]] = scores[j].Select(s => s >= threshold).ToArray();
            var names = held.Select(l => l.Group).Distinct().ToList();
            folds.Add(Result($"{k + 1}: {string.Join(" ", names)}", heldIdx, lines, keep, threshold));
        }
        var pooled = Result("pooled", Enumerable.Range(0, lines.Count).ToList(), lines, keep, float.NaN);
        var groups = lines.Select((l, i) => (l.Group, i)).GroupBy(x => x.Group)
            .Select(g => Result(g.Key, g.Select(x => x.i).ToList(), lines, keep, thresholdOf[foldOf[g.First().i]])).ToList();
        var real = Enumerable.Range(0, lines.Count).Where(i => lines[i].Group.StartsWith("realnews", StringComparison.Ordinal)).ToList();
        if (real.Count > 0) folds.Add(Result("pooled real news", real, lines, keep, float.NaN));
        return new ScorerCrossValidation(folds, pooled, groups);
    }

    private static ScorerFoldResult Result(string name, IReadOnlyList<int> idx, IReadOnlyList<ScorerLine> lines, bool[][] keep, float threshold)
    {
        var before = new List<(GoldSentence, IReadOnlyList<PredictedEvent>)>();
        var after = new List<(GoldSentence, IReadOnlyList<PredictedEvent>)>();
        int events = 0, droppedRight = 0, droppedWrong = 0;
        foreach (int i in idx)
        {
            var l = lines[i];
            events += l.Predicted.Count;
            before.Add((l.Gold, l.Predicted));
            var kept = new List<PredictedEvent>();
            for (int j = 0; j < l.Predicted.Count; j++)
            {
                if (keep[i][j]) kept.Add(l.Predicted[j]);
                else if (l.Correct[j]) droppedRight++;
                else droppedWrong++;
            }
            after.Add((l.Gold, kept));
        }
        var b = CoderEvaluator.Score(before).Overall;
        var a = CoderEvaluator.Score(after).Overall;
        return new ScorerFoldResult(name, idx.Count, events, threshold, droppedRight, droppedWrong, b.Root.F1, a.Root.F1, b.Exact.F1, a.Exact.F1);
    }
}
