using Tidings.Evaluation;
using Tidings.Learning;
using Tidings.Output;

namespace Tidings.Coding;

/// <summary>
/// One gold line with the events the rules counted for it and, per event, its target candidates
/// (<see cref="TargetChooser.Extract"/>), which candidates agree with a gold event of the same source and root
/// (<see cref="Good"/>: null when no gold event has the event's source and root, or none of its targets is a candidate,
/// so the line teaches nothing about that event), and which guards refuse each candidate (<see cref="Refused"/>;
/// <see cref="TargetChooserTraining.Never"/> when the chooser may never put it in), so that cross-validation can measure
/// the chooser with each guard off.
/// </summary>
/// <param name="Group">The gold file and split the line comes from ("events-gold:blind33"): cross-validation holds out whole groups.</param>
public sealed record RoleLine(string Group, GoldSentence Gold, IReadOnlyList<PredictedEvent> Predicted,
    IReadOnlyList<TargetChooser.EventCandidates?> Candidates, IReadOnlyList<bool[]?> Good, IReadOnlyList<TargetChooser.Guard[]> Refused);

/// <summary>Root TP/FP/FN of a set of lines with the rules' targets and with the chooser's.</summary>
public sealed record RoleResult(string Name, int Lines, int Events, float Margin, int Changed, int TpBefore, int FpBefore, int FnBefore,
    int TpAfter, int FpAfter, int FnAfter)
{
    public double F1Before => TpBefore == 0 ? 0 : 2.0 * TpBefore / (2.0 * TpBefore + FpBefore + FnBefore);
    public double F1After => TpAfter == 0 ? 0 : 2.0 * TpAfter / (2.0 * TpAfter + FpAfter + FnAfter);
}

/// <summary>
/// Trains the <see cref="TargetChooser"/> and measures it by whole gold splits (docs/decisions/145-learned-target-choice.md),
/// as <see cref="EventScorerTraining"/> does for the event scorer: withheld splits are refused, the margin is always chosen
/// on out-of-fold scores, a fold's figure comes from a model and margin that never saw it. Deterministic.
/// </summary>
public static class TargetChooserTraining
{
    /// <summary>The refusal of a candidate that <see cref="TargetChooser.Always"/> rules out whatever the guards.</summary>
    public const TargetChooser.Guard Never = (TargetChooser.Guard)(1 << 30);

    public sealed record Options
    {
        public int Epochs { get; init; } = 10;
        public int Seed { get; init; } = 1;
        public int Ensemble { get; init; } = 3;
        public int Folds { get; init; } = 5;
        /// <summary>
        /// Rank only the candidates the pipeline may put in (the rules' pick and those no active guard refuses). Off:
        /// session 73 measured it on (grouped cross-validation, pooled root TP +10 against +18 with every candidate ranked;
        /// decision 149): a refused candidate the gold names still teaches the paths it shares with allowed ones.
        /// </summary>
        public bool OnlyAllowed { get; init; }
    }

    /// <summary>
    /// The training line of <paramref name="gold"/>: the counted events of <paramref name="events"/> with their candidates
    /// (looked up by reference in <paramref name="candidates"/>, as the coding pipeline recorded them) and labels.
    /// </summary>
    public static RoleLine Line(string group, GoldSentence gold, IReadOnlyList<CodedEvent> events,
        IReadOnlyDictionary<CodedEvent, TargetChooser.EventCandidates> candidates)
    {
        EventScorerTraining.RefuseWithheld(gold.Split, group);
        var counted = events.Where(EventScorer.Scored).ToList();
        var predicted = EventScorerTraining.Counted(counted);
        var cands = new List<TargetChooser.EventCandidates?>(counted.Count);
        var good = new List<bool[]?>(counted.Count);
        var refused = new List<TargetChooser.Guard[]>(counted.Count);
        for (int i = 0; i < counted.Count; i++)
        {
            var e = counted[i];
            if (!candidates.TryGetValue(e, out var ec)) { cands.Add(null); good.Add(null); refused.Add([]); continue; }
            cands.Add(ec);
            var rulePick = ec.Candidates[ec.RuleIndex];
            refused.Add(ec.Candidates.Select(c => TargetChooser.Always(e, c) ? TargetChooser.Refusals(c, rulePick) : Never).ToArray());
            string root = e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo;
            var same = gold.Events.Where(g => g.Cameo.StartsWith(root, StringComparison.Ordinal)
                && CoderEvaluator.ActorMatches(g.Source, e.Source.Code)).ToList();
            bool[]? labels = null;
            if (same.Count > 0)
            {
                labels = ec.Candidates.Select(c => same.Any(g => CoderEvaluator.ActorMatches(g.Target, c.Code))).ToArray();
                if (!labels.Any(x => x)) labels = null;
            }
            good.Add(labels);
        }
        return new RoleLine(group, gold, predicted, cands, good, refused);
    }

    /// <summary>Trains the ranking model on every labelled event of <paramref name="lines"/> with two or more candidates.</summary>
    public static PerceptronModel Train(IReadOnlyList<RoleLine> lines, Options options) =>
        PerceptronModel.Mean([.. Enumerable.Range(0, Math.Max(1, options.Ensemble)).Select(k => TrainOne(lines, options.Epochs, options.Seed + k, options.OnlyAllowed))], prune: 1e-4f);

    /// <summary>
    /// A ranking perceptron on <see cref="PerceptronTrainer"/>: a candidate's score is its class-1 weight sum; when the
    /// best-scoring candidate (ties to the rules' pick) is not a gold one, the best-scoring gold candidate's features are
    /// rewarded and the guess's penalised.
    /// </summary>
    private static PerceptronModel TrainOne(IReadOnlyList<RoleLine> lines, int epochs, int seed, bool onlyAllowed)
    {
        var examples = new List<(TargetChooser.EventCandidates Ec, bool[] Good, bool[] Skip)>();
        foreach (var l in lines)
            for (int i = 0; i < l.Predicted.Count; i++)
                if (l.Candidates[i] is { } ec && l.Good[i] is { } g && ec.Candidates.Count > 1)
                {
                    var skip = new bool[ec.Candidates.Count];
                    if (onlyAllowed)
                        for (int c = 0; c < skip.Length; c++)
                            skip[c] = c != ec.RuleIndex && (l.Refused[i][c] & (TargetChooser.ActiveGuards | Never)) != 0;
                    if (g.Where((_, c) => !skip[c]).Any(x => x)) examples.Add((ec, g, skip));
                }
        var trainer = new PerceptronTrainer(2);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(seed);
        Span<float> scores = stackalloc float[2];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int k in order)
            {
                var (ec, good, skip) = examples[k];
                int guess = ec.RuleIndex, truth = -1;
                float guessScore = float.NegativeInfinity, truthScore = float.NegativeInfinity;
                for (int c = 0; c < ec.Features.Length; c++)
                {
                    if (skip[c]) continue;
                    trainer.Score(ec.Features[c], scores);
                    float s = scores[1];
                    if (s > guessScore || (s == guessScore && c == ec.RuleIndex)) { guess = c; guessScore = s; }
                    if (good[c] && (s > truthScore || (s == truthScore && c == ec.RuleIndex))) { truth = c; truthScore = s; }
                }
                if (truth >= 0 && !good[guess])
                {
                    foreach (var f in ec.Features[truth]) trainer.Update(f, 1, 1f);
                    foreach (var f in ec.Features[guess]) trainer.Update(f, 1, -1f);
                }
                trainer.Tick();
            }
        }
        return trainer.Average(prune: 1e-4f);
    }

    /// <summary>Per line and counted event: the chooser's best candidate and its lead over the rules' pick (-1, 0 when none).</summary>
    public static (int Best, float Lead)[][] Choices(TargetChooser chooser, IReadOnlyList<RoleLine> lines) =>
        lines.Select(l => l.Candidates.Select((ec, i) => ec is { } c ? chooser.Choose(c) : (-1, 0f)).ToArray()).ToArray();

    /// <summary>A line's predictions with every re-choice whose lead reaches <paramref name="margin"/> applied, as
    /// <see cref="TargetChooser.Apply"/> does with the guards <paramref name="active"/> (refused candidates keep the rules'
    /// target; copies keep it too under <see cref="TargetChooser.Guard.Copies"/>, else they are dropped).</summary>
    public static (List<PredictedEvent> Predicted, int Changed) Applied(RoleLine l, (int Best, float Lead)[] choice, float margin,
        TargetChooser.Guard active = TargetChooser.ActiveGuards)
    {
        var outList = new List<PredictedEvent>(l.Predicted.Count);
        var changedAt = new bool[l.Predicted.Count];
        var now = l.Predicted.ToArray();
        int changed = 0;
        for (int i = 0; i < now.Length; i++)
        {
            var (best, lead) = choice[i];
            if (best < 0 || l.Candidates[i] is not { } ec || best == ec.RuleIndex || lead < margin || (l.Refused[i][best] & (active | Never)) != 0) continue;
            var moved = now[i] with { Target = ec.Candidates[best].Code };
            if ((active & TargetChooser.Guard.Copies) != 0 && now.Where((_, j) => j != i).Any(o => SameKey(o, moved))) continue;
            now[i] = moved;
            changedAt[i] = true;
        }
        // As TargetChooser.Apply: a re-chosen event that copies one kept before it or one still to come is dropped.
        static bool SameKey(PredictedEvent a, PredictedEvent b) => a.Source == b.Source && a.Target == b.Target && a.Cameo == b.Cameo;
        for (int i = 0; i < now.Length; i++)
        {
            if (changedAt[i])
            {
                changed++;
                if (outList.Any(o => SameKey(o, now[i])) || l.Predicted.Skip(i + 1).Any(o => SameKey(o, now[i]))) continue;
            }
            outList.Add(now[i]);
        }
        return (outList, changed);
    }

    private static (int Tp, int Fp, int Fn) Root(GoldSentence gold, IReadOnlyList<PredictedEvent> predicted)
    {
        int tp = CoderEvaluator.Match(gold.Events, predicted, CoderEvaluator.MatchLevel.Root).Count;
        return (tp, predicted.Count - tp, gold.Events.Count - tp);
    }

    public static RoleResult Result(string name, IReadOnlyList<int> idx, IReadOnlyList<RoleLine> lines, (int Best, float Lead)[][] choices, float[] marginOfLine, float shownMargin,
        TargetChooser.Guard active = TargetChooser.ActiveGuards)
    {
        int events = 0, changed = 0, tb = 0, fb = 0, nb = 0, ta = 0, fa = 0, na = 0;
        foreach (int i in idx)
        {
            var l = lines[i];
            events += l.Predicted.Count;
            var (t0, f0, n0) = Root(l.Gold, l.Predicted);
            var (after, ch) = Applied(l, choices[i], marginOfLine[i], active);
            var (t1, f1, n1) = Root(l.Gold, after);
            tb += t0; fb += f0; nb += n0; ta += t1; fa += f1; na += n1; changed += ch;
        }
        return new RoleResult(name, idx.Count, events, shownMargin, changed, tb, fb, nb, ta, fa, na);
    }

    /// <summary>
    /// The margin that maximises pooled root F1 of <paramref name="lines"/> under <paramref name="choices"/> (out-of-fold),
    /// tried at every lead of a re-choice (quantiles when there are many) and at +∞ (never re-choose). Ties keep the
    /// larger margin: fewer changes.
    /// </summary>
    public static float ChooseMargin(IReadOnlyList<RoleLine> lines, (int Best, float Lead)[][] choices, TargetChooser.Guard active = TargetChooser.ActiveGuards)
    {
        var leads = new List<float>();
        for (int i = 0; i < lines.Count; i++)
            for (int j = 0; j < choices[i].Length; j++)
                if (choices[i][j].Best >= 0 && lines[i].Candidates[j] is { } ec && choices[i][j].Best != ec.RuleIndex && choices[i][j].Lead > 0)
                    leads.Add(choices[i][j].Lead);
        var all = Enumerable.Range(0, lines.Count).ToList();
        var margins = new float[lines.Count];
        return EventScorerTraining.BestMargin(leads, 60, m =>
        {
            Array.Fill(margins, m);
            return Result("", all, lines, choices, margins, m, active).F1After;
        });
    }

    /// <summary>The fold of each line, as <see cref="EventScorerTraining.AssignFolds"/> gives them (real news two folds of its own).</summary>
    public static (int[] FoldOfLine, int FoldCount) AssignFolds(IReadOnlyList<RoleLine> lines, int folds) =>
        EventScorerTraining.AssignFolds(lines.Select(l => l.Group).ToList(), folds);

    /// <summary>Choices for each line from a model trained on the other folds.</summary>
    public static (int Best, float Lead)[][] OutOfFoldChoices(IReadOnlyList<RoleLine> lines, int[] foldOf, int foldCount, Options options) =>
        EventScorerTraining.OutOfFold<RoleLine, (int Best, float Lead)[]>(lines, foldOf, foldCount,
            (train, held) => Choices(new TargetChooser(Train(train, options), 0, ""), held));

    /// <summary>The final model on every line, with the margin chosen on out-of-fold choices of every line.</summary>
    public static TargetChooser TrainChooser(IReadOnlyList<RoleLine> lines, Options options, string description)
    {
        var (foldOf, foldCount) = AssignFolds(lines, options.Folds);
        float margin = ChooseMargin(lines, OutOfFoldChoices(lines, foldOf, foldCount, options));
        return new TargetChooser(Train(lines, options), margin, description);
    }

    /// <summary>
    /// Grouped cross-validation: per fold, a model and margin from the other folds alone (the margin on their own
    /// out-of-fold choices), applied to the fold. Returns per-fold, pooled and per-group results with the guards
    /// <paramref name="active"/>, and for each of <paramref name="otherGuards"/> the margin each line's fold would have
    /// chosen under those guards (the models and their choices do not depend on the guards, only the margins do).
    /// </summary>
    public static (List<RoleResult> Folds, RoleResult Pooled, List<RoleResult> Groups, (int Best, float Lead)[][] Choices, float[] MarginOfLine, float[][] MarginsOfOthers)
        CrossValidate(IReadOnlyList<RoleLine> lines, Options options, TargetChooser.Guard active = TargetChooser.ActiveGuards,
            IReadOnlyList<TargetChooser.Guard>? otherGuards = null)
    {
        otherGuards ??= [];
        var (foldOf, foldCount) = AssignFolds(lines, options.Folds);
        var choices = new (int, float)[lines.Count][];
        var marginOfLine = new float[lines.Count];
        var marginsOfOthers = otherGuards.Select(_ => new float[lines.Count]).ToArray();
        var marginOfFold = new float[foldCount];
        var folds = new List<RoleResult>();
        foreach (var (k, trainIdx, heldIdx, inner) in EventScorerTraining.NestedFolds(foldOf, foldCount))
        {
            var train = trainIdx.Select(i => lines[i]).ToList();
            var innerChoices = OutOfFoldChoices(train, inner, foldCount - 1, options);
            float margin = ChooseMargin(train, innerChoices, active);
            marginOfFold[k] = margin;
            var chooser = new TargetChooser(Train(train, options), margin, "");
            var c = Choices(chooser, heldIdx.Select(i => lines[i]).ToList());
            for (int j = 0; j < heldIdx.Count; j++) { choices[heldIdx[j]] = c[j]; marginOfLine[heldIdx[j]] = margin; }
            for (int o = 0; o < otherGuards.Count; o++)
            {
                float m = ChooseMargin(train, innerChoices, otherGuards[o]);
                foreach (int i in heldIdx) marginsOfOthers[o][i] = m;
            }
            folds.Add(Result($"{k + 1}: {string.Join(" ", heldIdx.Select(i => lines[i].Group).Distinct())}", heldIdx, lines, choices, marginOfLine, margin, active));
        }
        var pooled = Result("pooled", Enumerable.Range(0, lines.Count).ToList(), lines, choices, marginOfLine, float.NaN, active);
        var groups = lines.Select((l, i) => (l.Group, i)).GroupBy(x => x.Group)
            .Select(g => Result(g.Key, g.Select(x => x.i).ToList(), lines, choices, marginOfLine, marginOfFold[foldOf[g.First().i]], active)).ToList();
        return (folds, pooled, groups, choices, marginOfLine, marginsOfOthers);
    }
}
