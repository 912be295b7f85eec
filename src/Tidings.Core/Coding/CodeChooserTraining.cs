using Tidings.Evaluation;
using Tidings.Learning;
using Tidings.Output;

namespace Tidings.Coding;

/// <summary>
/// One gold line with the events the rules counted for it and, per event, its candidate codes
/// (<see cref="CodeChooser.Extract"/>) and which of them a gold event with the same source, target and root codes
/// (<see cref="Good"/>: null when no gold event has the event's source, target and root, so the line teaches nothing
/// about that event's code).
/// </summary>
/// <param name="Group">The gold file and split the line comes from ("events-gold:blind33"): cross-validation holds out whole groups.</param>
public sealed record CodeLine(string Group, GoldSentence Gold, IReadOnlyList<PredictedEvent> Predicted,
    IReadOnlyList<CodeChooser.EventCandidates?> Candidates, IReadOnlyList<bool[]?> Good);

/// <summary>Exact and root TP/FP/FN of a set of lines with the rules' codes and with the chooser's.</summary>
public sealed record CodeResult(string Name, int Lines, int Events, float Margin, int Changed, int ChangedRight, int ChangedWrong,
    (int Tp, int Fp, int Fn) ExactBefore, (int Tp, int Fp, int Fn) ExactAfter, (int Tp, int Fp, int Fn) RootBefore, (int Tp, int Fp, int Fn) RootAfter)
{
    public static double F1((int Tp, int Fp, int Fn) t) => t.Tp == 0 ? 0 : 2.0 * t.Tp / (2.0 * t.Tp + t.Fp + t.Fn);
}

/// <summary>
/// Trains the <see cref="CodeChooser"/> and measures it by whole gold splits (docs/decisions/151-learned-code-within-the-root.md),
/// as <see cref="TargetChooserTraining"/> does for targets: withheld splits are refused, the folds are
/// <see cref="EventScorerTraining.AssignFolds(IReadOnlyList{string}, int)"/>'s, the margin is always chosen on
/// out-of-fold scores, and a fold's figure comes from a model and margin that never saw it. Deterministic.
/// </summary>
public static class CodeChooserTraining
{
    public sealed record Options
    {
        public int Epochs { get; init; } = 10;
        public int Seed { get; init; } = 1;
        public int Ensemble { get; init; } = 3;
        public int Folds { get; init; } = 5;
    }

    /// <summary>
    /// The training line of <paramref name="gold"/>: the counted events of <paramref name="events"/> with their candidate
    /// codes (looked up by reference in <paramref name="candidates"/>, as the coding pipeline recorded them) and labels.
    /// A withheld split is refused (<see cref="EventScorerTraining.RefuseWithheld"/>).
    /// </summary>
    public static CodeLine Line(string group, GoldSentence gold, IReadOnlyList<CodedEvent> events,
        IReadOnlyDictionary<CodedEvent, CodeChooser.EventCandidates> candidates)
    {
        EventScorerTraining.RefuseWithheld(gold.Split, group);
        var counted = events.Where(EventScorer.Scored).ToList();
        var predicted = EventScorerTraining.Counted(counted);
        var cands = new List<CodeChooser.EventCandidates?>(counted.Count);
        var good = new List<bool[]?>(counted.Count);
        foreach (var e in counted)
        {
            if (!candidates.TryGetValue(e, out var ec) || ec.RuleIndex < 0) { cands.Add(null); good.Add(null); continue; }
            cands.Add(ec);
            good.Add(Labels(gold, e.Source.Code, e.Target?.Code, ec.Codes));
        }
        return new CodeLine(group, gold, predicted, cands, good);
    }

    /// <summary>Which of <paramref name="codes"/> a gold event of the same source, target and root codes; null when none does.</summary>
    public static bool[]? Labels(GoldSentence gold, string? source, string? target, IReadOnlyList<string> codes)
    {
        if (codes.Count == 0) return null;
        string root = CameoTable.Root(codes[0]);
        var same = gold.Events.Where(g => CameoTable.Root((g.Cameo ?? "").Trim()) == root
            && CoderEvaluator.ActorMatches(g.Source, source) && CoderEvaluator.ActorMatches(g.Target, target)).Select(g => (g.Cameo ?? "").Trim()).ToHashSet(StringComparer.Ordinal);
        if (same.Count == 0) return null;
        var labels = codes.Select(same.Contains).ToArray();
        return labels.Any(x => x) ? labels : null;
    }

    /// <summary>Trains the ranking model on every labelled event of <paramref name="lines"/>, an ensemble of shuffle orders averaged.</summary>
    public static PerceptronModel Train(IReadOnlyList<CodeLine> lines, Options options) =>
        PerceptronModel.Mean([.. Enumerable.Range(0, Math.Max(1, options.Ensemble)).Select(k => TrainOne(lines, options.Epochs, options.Seed + k))], prune: 1e-4f);

    /// <summary>
    /// A ranking perceptron on <see cref="PerceptronTrainer"/>: a candidate's score is its class-1 weight sum; when the
    /// best-scoring candidate (ties to the rules' code) is not a gold one, the best-scoring gold candidate's features are
    /// rewarded and the guess's penalised. Events whose rules' code is right teach the model to keep it.
    /// </summary>
    private static PerceptronModel TrainOne(IReadOnlyList<CodeLine> lines, int epochs, int seed)
    {
        var examples = new List<(CodeChooser.EventCandidates Ec, bool[] Good)>();
        foreach (var l in lines)
            for (int i = 0; i < l.Predicted.Count; i++)
                if (l.Candidates[i] is { } ec && l.Good[i] is { } g && ec.Codes.Count > 1) examples.Add((ec, g));
        var trainer = new PerceptronTrainer(2);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(seed);
        Span<float> scores = stackalloc float[2];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int k in order)
            {
                var (ec, good) = examples[k];
                int guess = ec.RuleIndex, truth = -1;
                float guessScore = float.NegativeInfinity, truthScore = float.NegativeInfinity;
                for (int c = 0; c < ec.Features.Length; c++)
                {
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

    /// <summary>Per line and counted event: the chooser's best candidate and its lead over the rules' code (-1, 0 when none).</summary>
    public static (int Best, float Lead)[][] Choices(CodeChooser chooser, IReadOnlyList<CodeLine> lines) =>
        lines.Select(l => l.Candidates.Select(ec => ec is { } c ? chooser.Choose(c) : (-1, 0f)).ToArray()).ToArray();

    /// <summary>A line's predictions with every re-choice whose lead reaches <paramref name="margin"/> applied, as
    /// <see cref="CodeChooser.Apply"/> does (copies of another event are dropped).</summary>
    public static (List<PredictedEvent> Predicted, int Changed, int Right, int Wrong) Applied(CodeLine l, (int Best, float Lead)[] choice, float margin)
    {
        var outList = new List<PredictedEvent>(l.Predicted.Count);
        var changedAt = new bool[l.Predicted.Count];
        var now = l.Predicted.ToArray();
        int changed = 0, right = 0, wrong = 0;
        for (int i = 0; i < now.Length; i++)
        {
            var (best, lead) = choice[i];
            if (best < 0 || l.Candidates[i] is not { } ec || best == ec.RuleIndex || lead < margin) continue;
            now[i] = now[i] with { Cameo = ec.Codes[best] };
            changedAt[i] = true;
            if (l.Good[i] is { } g) { if (g[best]) right++; else if (g[ec.RuleIndex]) wrong++; }
        }
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
        return (outList, changed, right, wrong);
    }

    private static (int Tp, int Fp, int Fn) Tally(GoldSentence gold, IReadOnlyList<PredictedEvent> predicted, CoderEvaluator.MatchLevel level)
    {
        int tp = CoderEvaluator.Match(gold.Events, predicted, level).Count;
        return (tp, predicted.Count - tp, gold.Events.Count - tp);
    }

    private static (int, int, int) Add((int, int, int) a, (int, int, int) b) => (a.Item1 + b.Item1, a.Item2 + b.Item2, a.Item3 + b.Item3);

    /// <summary>Exact and root tallies of the lines <paramref name="idx"/> before and after the choices at each line's margin.</summary>
    public static CodeResult Result(string name, IReadOnlyList<int> idx, IReadOnlyList<CodeLine> lines, (int Best, float Lead)[][] choices, float[] marginOfLine, float shownMargin)
    {
        int events = 0, changed = 0, right = 0, wrong = 0;
        (int, int, int) eb = default, ea = default, rb = default, ra = default;
        foreach (int i in idx)
        {
            var l = lines[i];
            events += l.Predicted.Count;
            var (after, ch, r, w) = Applied(l, choices[i], marginOfLine[i]);
            changed += ch; right += r; wrong += w;
            eb = Add(eb, Tally(l.Gold, l.Predicted, CoderEvaluator.MatchLevel.Exact));
            ea = Add(ea, Tally(l.Gold, after, CoderEvaluator.MatchLevel.Exact));
            rb = Add(rb, Tally(l.Gold, l.Predicted, CoderEvaluator.MatchLevel.Root));
            ra = Add(ra, Tally(l.Gold, after, CoderEvaluator.MatchLevel.Root));
        }
        return new CodeResult(name, idx.Count, events, shownMargin, changed, right, wrong, eb, ea, rb, ra);
    }

    /// <summary>
    /// The margin that maximises pooled exact F1 of <paramref name="lines"/> under <paramref name="choices"/> (out-of-fold),
    /// tried at every lead of a re-choice (quantiles when there are many) and at +∞ (never re-choose). Ties keep the
    /// larger margin: fewer changes.
    /// </summary>
    public static float ChooseMargin(IReadOnlyList<CodeLine> lines, (int Best, float Lead)[][] choices)
    {
        var leads = new List<float>();
        for (int i = 0; i < lines.Count; i++)
            for (int j = 0; j < choices[i].Length; j++)
                if (choices[i][j].Best >= 0 && lines[i].Candidates[j] is { } ec && choices[i][j].Best != ec.RuleIndex && choices[i][j].Lead > 0)
                    leads.Add(choices[i][j].Lead);
        var all = Enumerable.Range(0, lines.Count).ToList();
        var margins = new float[lines.Count];
        return EventScorerTraining.BestMargin(leads, 80, m =>
        {
            Array.Fill(margins, m);
            return CodeResult.F1(Result("", all, lines, choices, margins, m).ExactAfter);
        });
    }

    /// <summary>The fold of each line, as <see cref="EventScorerTraining.AssignFolds(IReadOnlyList{string}, int)"/> gives them.</summary>
    public static (int[] FoldOfLine, int FoldCount) AssignFolds(IReadOnlyList<CodeLine> lines, int folds) =>
        EventScorerTraining.AssignFolds(lines.Select(l => l.Group).ToList(), folds);

    /// <summary>Choices for each line from a model trained on the other folds.</summary>
    public static (int Best, float Lead)[][] OutOfFoldChoices(IReadOnlyList<CodeLine> lines, int[] foldOf, int foldCount, Options options) =>
        EventScorerTraining.OutOfFold<CodeLine, (int Best, float Lead)[]>(lines, foldOf, foldCount,
            (train, held) => Choices(new CodeChooser(Train(train, options), 0, ""), held));

    /// <summary>The final model on every line, with the margin chosen on out-of-fold choices of every line.</summary>
    public static CodeChooser TrainChooser(IReadOnlyList<CodeLine> lines, Options options, string description)
    {
        var (foldOf, foldCount) = AssignFolds(lines, options.Folds);
        float margin = ChooseMargin(lines, OutOfFoldChoices(lines, foldOf, foldCount, options));
        return new CodeChooser(Train(lines, options), margin, description);
    }

    /// <summary>
    /// Grouped cross-validation: per fold, a model and margin from the other folds alone (the margin on their own
    /// out-of-fold choices), applied to the fold. Returns per-fold, pooled and per-group results, and each line's choices
    /// and margin (for the per-half figures).
    /// </summary>
    public static (List<CodeResult> Folds, CodeResult Pooled, List<CodeResult> Groups, (int Best, float Lead)[][] Choices, float[] MarginOfLine)
        CrossValidate(IReadOnlyList<CodeLine> lines, Options options, Action<string>? progress = null)
    {
        var (foldOf, foldCount) = AssignFolds(lines, options.Folds);
        var choices = new (int, float)[lines.Count][];
        var marginOfLine = new float[lines.Count];
        var marginOfFold = new float[foldCount];
        var folds = new List<CodeResult>();
        foreach (var (k, trainIdx, heldIdx, inner) in EventScorerTraining.NestedFolds(foldOf, foldCount))
        {
            var train = trainIdx.Select(i => lines[i]).ToList();
            float margin = ChooseMargin(train, OutOfFoldChoices(train, inner, foldCount - 1, options));
            marginOfFold[k] = margin;
            var chooser = new CodeChooser(Train(train, options), margin, "");
            var c = Choices(chooser, heldIdx.Select(i => lines[i]).ToList());
            for (int j = 0; j < heldIdx.Count; j++) { choices[heldIdx[j]] = c[j]; marginOfLine[heldIdx[j]] = margin; }
            folds.Add(Result($"{k + 1}: {string.Join(" ", heldIdx.Select(i => lines[i].Group).Distinct())}", heldIdx, lines, choices, marginOfLine, margin));
            progress?.Invoke($"fold {k + 1}/{foldCount}: margin {margin:0.###}");
        }
        var pooled = Result("pooled", Enumerable.Range(0, lines.Count).ToList(), lines, choices, marginOfLine, float.NaN);
        var groups = lines.Select((l, i) => (l.Group, i)).GroupBy(x => x.Group)
            .Select(g => Result(g.Key, g.Select(x => x.i).ToList(), lines, choices, marginOfLine, marginOfFold[foldOf[g.First().i]])).ToList();
        return (folds, pooled, groups, choices, marginOfLine);
    }

    /// <summary>
    /// The confusions the chooser is for: per labelled event whose rules' code is not a gold code, (rules' code, gold
    /// code) counted; when several gold codes share the event's source, target and root, the first candidate in table order.
    /// </summary>
    public static Dictionary<(string Rule, string Gold), int> Confusions(IEnumerable<CodeLine> lines)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var l in lines)
            for (int i = 0; i < l.Predicted.Count; i++)
            {
                if (l.Candidates[i] is not { } ec || l.Good[i] is not { } g || g[ec.RuleIndex]) continue;
                int at = Array.IndexOf(g, true);
                var key = (ec.Codes[ec.RuleIndex], ec.Codes[at]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        return counts;
    }
}
