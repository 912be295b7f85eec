using System.Globalization;
using Tidings.Evaluation;
using Tidings.Learning;

namespace Tidings.Coding;

/// <summary>
/// One tunable gold line for the learned trigger model: the events the rules counted for it, the candidates of its
/// sentences, and each candidate's label: the CAMEO code of a gold event whose source and target the candidate's actors
/// match (as eval matches actors; in a sentence the rules left uncoded, only an event they missed), else
/// <see cref="LearnedTriggerModel.None"/>. Candidates of coded sentences are training examples only, never proposals.
/// </summary>
/// <param name="Group">The gold file and split ("events-gold:blind33"): cross-validation holds out whole groups.</param>
public sealed record TriggerLine(string Group, GoldSentence Gold, IReadOnlyList<PredictedEvent> Rules,
    IReadOnlyList<TriggerCandidate> Candidates, IReadOnlyList<string> Labels);

/// <summary>Root and exact counts of one set of held-out lines, rules alone and rules with the model.</summary>
public sealed record TriggerFoldResult(string Name, int Lines, int Proposed, int ProposedRight, MatchCounts RootBefore, MatchCounts RootAfter,
    MatchCounts ExactBefore, MatchCounts ExactAfter, double MeanRootBefore, double MeanRootAfter, int Splits);

/// <summary>
/// Trains the <see cref="LearnedTriggerModel"/> and measures it by whole held-out gold splits (decision 144), as
/// <see cref="EventScorerTraining"/> does for the event scorer: the threshold is always chosen on out-of-fold scores, to
/// maximise the mean root F1 over splits when the sentence's best candidate is added above it. Deterministic.
/// </summary>
public static class LearnedTriggerTraining
{
    public sealed record Options
    {
        public int Epochs { get; init; } = 6;
        public int Seed { get; init; } = 1;
        public int Ensemble { get; init; } = 1;
        public int Folds { get; init; } = 5;
        /// <summary>Codes seen on fewer gold-labelled candidates than this are learned as their 3-digit, then 2-digit, parent.</summary>
        public int MinCodeCount { get; init; } = 3;
        /// <summary>Feature templates left out (an ablation; decision 150 measures each lever so).</summary>
        public IReadOnlySet<int> DropGroups { get; init; } = new HashSet<int>();
        /// <summary>Candidate kinds (<see cref="TriggerCandidate.Kind"/>) the model neither learns from nor proposes.</summary>
        public IReadOnlySet<string> DropKinds { get; init; } = new HashSet<string>(StringComparer.Ordinal);
        /// <summary>Learn CAMEO roots rather than codes: more examples per class; a proposal codes the root's "X0" code.</summary>
        public bool RootLabels { get; init; }
        public string Name { get; init; } = "default";
    }

    /// <summary>
    /// The lines as <paramref name="options"/> sees them: candidates of dropped kinds removed, features of dropped templates
    /// removed, labels cut to their root when it learns roots. The result is what both training and proposing read.
    /// </summary>
    public static List<TriggerLine> Project(IReadOnlyList<TriggerLine> lines, Options options)
    {
        bool dropG = options.DropGroups.Count > 0;
        var result = new List<TriggerLine>(lines.Count);
        foreach (var l in lines)
        {
            var cs = new List<TriggerCandidate>(l.Candidates.Count);
            var ys = new List<string>(l.Candidates.Count);
            for (int i = 0; i < l.Candidates.Count; i++)
            {
                var c = l.Candidates[i];
                if (options.DropKinds.Contains(c.Kind)) continue;
                if (dropG && c.Groups.Length == c.Features.Length)
                {
                    var f = new List<ulong>(c.Features.Length);
                    for (int k = 0; k < c.Features.Length; k++) if (!options.DropGroups.Contains(c.Groups[k])) f.Add(c.Features[k]);
                    c = c with { Features = [.. f] };
                }
                cs.Add(c);
                string y = l.Labels[i];
                ys.Add(options.RootLabels && y != LearnedTriggerModel.None && y.Length >= 2 ? y[..2] + "0" : y);
            }
            result.Add(l with { Candidates = cs, Labels = ys });
        }
        return result;
    }

    /// <summary>
    /// Why the gold events the rules miss stay missed, over the out-of-fold models (decision 150's diagnosis): per missed
    /// gold event of a line, whether the line has uncoded sentences with candidates at all, whether any eligible candidate
    /// reads its source, and its target, and for those that do, whether the out-of-fold model ranks the gold root first or
    /// second and whether the margin clears the fold's threshold. Then the precision of out-of-fold proposals by margin band.
    /// </summary>
    public static string Diagnose(IReadOnlyList<TriggerLine> lines, Options options, Func<int, bool> include)
    {
        var (foldOf, foldCount) = AssignFolds(lines, options.Folds);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void N(string k) => counts[k] = counts.GetValueOrDefault(k) + 1;
        // Examples (only ever asked for the develop half: the session's reading discipline).
        var examples = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        int perCategory = int.TryParse(Environment.GetEnvironmentVariable("TIDINGS_TRIGGER_EXAMPLES"), out int pe) ? pe : 0;
        void X(string k, TriggerLine l, GoldEvent ge, IEnumerable<TriggerCandidate> cs)
        {
            if (perCategory <= 0) return;
            if (!examples.TryGetValue(k, out var list)) examples[k] = list = [];
            if (list.Count >= perCategory) return;
            string text = l.Gold.Text.Length > 220 ? l.Gold.Text[..220] : l.Gold.Text;
            list.Add($"  {l.Gold.Id}: {text}\n     gold {ge.Source}→{ge.Target}:{ge.Cameo}; candidates " +
                string.Join(" ", cs.Take(8).Select(c => $"{c.Lemma}/{c.Kind} {c.SourceCode ?? "-"}→{c.TargetCode ?? "-"}")));
        }
        var props = new List<(float Margin, bool Right)>();
        for (int k = 0; k < foldCount; k++)
        {
            var held = Enumerable.Range(0, lines.Count).Where(i => foldOf[i] == k && include(i)).ToList();
            if (held.Count == 0) continue;
            var train = Enumerable.Range(0, lines.Count).Where(i => foldOf[i] != k).Select(i => lines[i]).ToList();
            var model = Train(train, options, 0, "");
            foreach (var p in Proposals(model, lines, held)) props.Add((p.Margin, Gains(lines[p.Line], p.Event)));
            var scores = new float[model.Labels.Count];
            foreach (int i in held)
            {
                var l = lines[i];
                var matched = new bool[l.Gold.Events.Count];
                foreach (var (g, _) in CoderEvaluator.Match(l.Gold.Events, l.Rules, CoderEvaluator.MatchLevel.Root)) matched[g] = true;
                var open = l.Candidates.Where(c => !c.Coded).ToList();
                // Each sentence's best margin, to say whether a reachable candidate is the one its sentence would propose.
                var bestOf = new Dictionary<int, float>();
                foreach (var c in open.Where(c => c.Eligible))
                {
                    float m = model.Best(c.Features).Margin;
                    bestOf[c.Sentence] = Math.Max(bestOf.GetValueOrDefault(c.Sentence, float.NegativeInfinity), m);
                }
                for (int g = 0; g < l.Gold.Events.Count; g++)
                {
                    if (matched[g]) continue;
                    var ge = l.Gold.Events[g];
                    N("missed gold events");
                    if (open.Count == 0) { N(l.Rules.Count > 0 ? "a: no uncoded sentence with candidates, line has rule events" : "a: no candidate at all (no actor or no verb), line uncoded"); continue; }
                    N(l.Rules.Count > 0 ? "b: uncoded sentence with candidates, line has rule events" : "b: uncoded sentence with candidates, line uncoded");
                    var el = open.Where(c => c.Eligible).ToList();
                    if (el.Count == 0) { N("c: no eligible candidate (no source read, negated or conditional)"); continue; }
                    var src = el.Where(c => CoderEvaluator.ActorMatches(ge.Source, c.SourceCode)).ToList();
                    if (src.Count == 0) { N(ge.Source is null or "" ? "d: gold has no source" : "d: no candidate reads the gold source"); X("d", l, ge, el); continue; }
                    var both = src.Where(c => CoderEvaluator.ActorMatches(ge.Target, c.TargetCode)).ToList();
                    if (both.Count == 0) { N(c0(ge.Target) ? "e: source read, gold target empty, candidates give one" : "e: source read, target not read"); X("e", l, ge, src); continue; }
                    N("f: reachable (a candidate reads source and target)");
                    N("f: reachable by kind " + string.Join("+", both.Select(c => c.Kind).Distinct().Order()));
                    string root = ge.Cameo.Trim()[..2];
                    int bestRank = int.MaxValue;
                    float bestMargin = float.NegativeInfinity;
                    bool sentenceBest = false;
                    foreach (var c in both)
                    {
                        model.Model.Score(c.Features, scores);
                        // Rank of the gold root: classes of other roots that score above the best class of the gold root.
                        float goldBest = float.NegativeInfinity;
                        for (int y = 1; y < scores.Length; y++) if (model.Labels[y].StartsWith(root, StringComparison.Ordinal)) goldBest = Math.Max(goldBest, scores[y]);
                        var above = new HashSet<string>(StringComparer.Ordinal);
                        for (int y = 1; y < scores.Length; y++) if (scores[y] > goldBest && !model.Labels[y].StartsWith(root, StringComparison.Ordinal)) above.Add(model.Labels[y][..2]);
                        int rank = float.IsNegativeInfinity(goldBest) ? 99 : above.Count + 1;
                        float m = goldBest - scores[0];
                        if (rank < bestRank || (rank == bestRank && m > bestMargin)) { bestRank = rank; bestMargin = m; sentenceBest = bestOf.TryGetValue(c.Sentence, out var sb) && model.Best(c.Features).Margin >= sb; }
                    }
                    if (bestRank > 1) X("g", l, ge, both);
                    N(bestRank == 99 ? "g: gold root not a class of the model" : bestRank == 1 ? "g: gold root ranked 1st" : bestRank == 2 ? "g: gold root ranked 2nd" : "g: gold root ranked 3rd or lower");
                    if (bestRank == 1) N(sentenceBest ? "h: 1st, and the sentence's best candidate" : "h: 1st, but another candidate of the sentence scores higher");
                    if (bestRank == 1) N(bestMargin >= 0 ? "i: 1st with margin over NONE >= 0" : "i: 1st but NONE scores higher");
                }
            }
        }
        var w = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var (k, v) in counts) w.WriteLine($"{v,6}  {k}");
        foreach (var (k, list) in examples) { w.WriteLine($"examples {k}:"); foreach (var x in list) w.WriteLine(x); }
        w.WriteLine("out-of-fold proposals (one per uncoded sentence with an eligible candidate), precision by margin from the top:");
        var sorted = props.OrderByDescending(p => p.Margin).ToList();
        int right = 0;
        for (int k = 0; k < sorted.Count; k++)
        {
            if (sorted[k].Right) right++;
            int n = k + 1;
            if (n is 10 or 25 or 50 or 100 or 200 or 400 or 800 or 1600 || n == sorted.Count)
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  top {n,5}: margin >= {sorted[k].Margin,8:0.00}  right {right,4}  precision {(double)right / n:0.000}"));
        }
        return w.ToString();

        static bool c0(string? t) => t is null or "" or "---";
    }

    /// <summary>
    /// The training line of <paramref name="gold"/> from its coded events and the candidates of its uncoded sentences.
    /// A withheld split is refused (<see cref="EventScorerTraining.IsWithheld"/>).
    /// </summary>
    public static TriggerLine Line(string group, GoldSentence gold, IReadOnlyList<Output.CodedEvent> events, IReadOnlyList<TriggerCandidate> candidates)
    {
        if (EventScorerTraining.IsWithheld(gold.Split))
            throw new InvalidOperationException($"{group}: split '{gold.Split}' is withheld for testing; the learned trigger model never trains or tunes on it");
        var rules = EventScorerTraining.Counted(events);
        var matched = new bool[gold.Events.Count];
        foreach (var (g, _) in CoderEvaluator.Match(gold.Events, rules, CoderEvaluator.MatchLevel.Root)) matched[g] = true;
        var labels = new List<string>(candidates.Count);
        foreach (var c in candidates)
        {
            string label = LearnedTriggerModel.None;
            for (int g = 0; g < gold.Events.Count; g++)
            {
                var ge = gold.Events[g];
                // In a sentence the rules coded, any gold event of the candidate's actors teaches what a trigger of that code
                // looks like; in an uncoded one only the events the rules missed are there to be found.
                if ((matched[g] && !c.Coded) || !c.Eligible) continue;
                if (CoderEvaluator.ActorMatches(ge.Source, c.SourceCode) && CoderEvaluator.ActorMatches(ge.Target, c.TargetCode)) { label = ge.Cameo.Trim(); break; }
            }
            labels.Add(label);
        }
        return new TriggerLine(group, gold, rules, candidates, labels);
    }

    /// <summary>The class names: NONE, then every code (rare ones folded to their parent), in ordinal order.</summary>
    public static List<string> LabelSet(IReadOnlyList<TriggerLine> lines, int minCount, out Dictionary<string, string> fold)
    {
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in lines)
            foreach (var y in l.Labels)
                if (y != LearnedTriggerModel.None) count[y] = count.GetValueOrDefault(y) + 1;
        fold = new Dictionary<string, string>(StringComparer.Ordinal);
        var parentCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, n) in count)
        {
            string c = code;
            if (n < minCount && c.Length > 3) c = c[..3];
            fold[code] = c;
        }
        foreach (var (code, c) in fold) parentCount[c] = parentCount.GetValueOrDefault(c) + count[code];
        foreach (var code in fold.Keys.ToList())
            if (parentCount[fold[code]] < minCount && fold[code].Length > 2) fold[code] = fold[code][..2];
        return [LearnedTriggerModel.None, .. fold.Values.Distinct().Order(StringComparer.Ordinal)];
    }

    public static LearnedTriggerModel Train(IReadOnlyList<TriggerLine> lines, Options options, float threshold, string description)
    {
        var labels = LabelSet(lines, options.MinCodeCount, out var fold);
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var examples = new List<(ulong[] F, int Y)>();
        foreach (var l in lines)
            for (int i = 0; i < l.Candidates.Count; i++)
                if (l.Candidates[i].Eligible)
                    examples.Add((l.Candidates[i].Features, l.Labels[i] == LearnedTriggerModel.None ? 0 : index[fold[l.Labels[i]]]));
        var models = Enumerable.Range(0, Math.Max(1, options.Ensemble)).Select(k => TrainOne(examples, labels.Count, options.Epochs, options.Seed + k)).ToList();
        return new LearnedTriggerModel(PerceptronModel.Mean(models, prune: 1e-4f), labels, threshold, description)
            { Kinds = lines.SelectMany(l => l.Candidates.Select(c => c.Kind)).Distinct().Order(StringComparer.Ordinal).ToArray() };
    }

    private static PerceptronModel TrainOne(List<(ulong[] F, int Y)> examples, int classes, int epochs, int seed)
    {
        var trainer = new PerceptronTrainer(classes);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = new Random(seed);
        var scores = new float[classes];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int k in order)
            {
                var (f, y) = examples[k];
                trainer.Score(f, scores);
                trainer.Update(f, y, PerceptronModel.ArgMax(scores));
                trainer.Tick();
            }
        }
        return trainer.Average(prune: 1e-4f);
    }

    /// <summary>One sentence's best eligible candidate under a model: the event it would add and its margin over NONE.</summary>
    public readonly record struct Proposal(int Line, float Margin, PredictedEvent Event);

    /// <summary>The proposal of every uncoded sentence of every line (at most one per sentence).</summary>
    public static List<Proposal> Proposals(LearnedTriggerModel model, IReadOnlyList<TriggerLine> lines, IEnumerable<int> which)
    {
        var result = new List<Proposal>();
        foreach (int i in which)
        {
            foreach (var sentence in lines[i].Candidates.GroupBy(c => c.Sentence))
            {
                TriggerCandidate? best = null;
                string bestCode = "";
                float bestMargin = float.NegativeInfinity;
                foreach (var c in sentence)
                {
                    if (!c.Eligible || c.Coded) continue;
                    var (code, margin) = model.Best(c.Features);
                    if (margin > bestMargin) { best = c; bestCode = code; bestMargin = margin; }
                }
                if (best is not null) result.Add(new Proposal(i, bestMargin, new PredictedEvent(best.SourceCode, best.TargetCode, bestCode)));
            }
        }
        return result;
    }

    /// <summary>
    /// The margin from which proposals are added that maximises the mean root F1 of the groups of
    /// <paramref name="lines"/> (each split weighs the same). Positive infinity when adding nothing is best.
    /// </summary>
    public static float ChooseThreshold(IReadOnlyList<TriggerLine> lines, IReadOnlyList<Proposal> proposals)
    {
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var gold = new List<int>();
        var pred = new List<int>();
        var tp = new List<int>();
        var lineGroup = new int[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (!groupOf.TryGetValue(lines[i].Group, out int g)) { groupOf[lines[i].Group] = g = gold.Count; gold.Add(0); pred.Add(0); tp.Add(0); }
            lineGroup[i] = g;
            gold[g] += lines[i].Gold.Events.Count;
            pred[g] += lines[i].Rules.Count;
            tp[g] += CoderEvaluator.Match(lines[i].Gold.Events, lines[i].Rules, CoderEvaluator.MatchLevel.Root).Count;
        }
        double sum = 0;
        for (int g = 0; g < gold.Count; g++) sum += F1(tp[g], pred[g], gold[g]);
        double best = sum;
        float threshold = float.PositiveInfinity;
        var sorted = proposals.OrderByDescending(p => p.Margin).ToList();
        for (int k = 0; k < sorted.Count; k++)
        {
            var p = sorted[k];
            int g = lineGroup[p.Line];
            sum -= F1(tp[g], pred[g], gold[g]);
            pred[g]++;
            if (Gains(lines[p.Line], p.Event)) tp[g]++;
            sum += F1(tp[g], pred[g], gold[g]);
            if (k + 1 < sorted.Count && sorted[k + 1].Margin == p.Margin) continue;
            if (sum > best + 1e-9)
            {
                best = sum;
                threshold = k + 1 < sorted.Count ? (p.Margin + sorted[k + 1].Margin) / 2 : p.Margin - 1;
            }
        }
        return threshold;
    }

    /// <summary>True when adding <paramref name="e"/> to the rules' events of the line adds a root-level match.</summary>
    private static bool Gains(TriggerLine line, PredictedEvent e) =>
        CoderEvaluator.Match(line.Gold.Events, [.. line.Rules, e], CoderEvaluator.MatchLevel.Root).Count
        > CoderEvaluator.Match(line.Gold.Events, line.Rules, CoderEvaluator.MatchLevel.Root).Count;

    private static double F1(int tp, int predicted, int gold) => predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);

    /// <summary>Fold of each line: real-news groups alternate over two folds of their own, every other group goes
    /// round-robin over <paramref name="folds"/> folds, in first-seen order.</summary>
    public static (int[] FoldOfLine, int FoldCount) AssignFolds(IReadOnlyList<TriggerLine> lines, int folds) =>
        EventScorerTraining.AssignFolds(lines.Select(l => l.Group).ToList(), folds);

    /// <summary>Proposals of every line from models trained on the other folds.</summary>
    public static List<Proposal> OutOfFoldProposals(IReadOnlyList<TriggerLine> lines, int[] foldOf, int foldCount, Options options)
    {
        var result = new List<Proposal>();
        for (int k = 0; k < foldCount; k++)
        {
            var held = Enumerable.Range(0, lines.Count).Where(i => foldOf[i] == k).ToList();
            if (held.Count == 0) continue;
            var model = Train(lines.Where((_, i) => foldOf[i] != k).ToList(), options, 0, "");
            result.AddRange(Proposals(model, lines, held));
        }
        return result;
    }

    /// <summary>The final model, trained on every line, with the threshold chosen on out-of-fold proposals of every line.</summary>
    public static LearnedTriggerModel TrainFinal(IReadOnlyList<TriggerLine> lines, Options options, string description)
    {
        var (foldOf, foldCount) = AssignFolds(lines, options.Folds);
        float threshold = ChooseThreshold(lines, OutOfFoldProposals(lines, foldOf, foldCount, options));
        return Train(lines, options, threshold, description);
    }

    /// <summary>
    /// Grouped cross-validation: per fold, a model from the other folds and a threshold chosen on their own out-of-fold
    /// proposals, applied to the fold. Returns the events each line would get (rules + accepted proposals).
    /// </summary>
    public static (List<PredictedEvent>[] After, int[] Proposed, int[] Right, float[] ThresholdOfFold, int[] FoldOf) CrossValidate(
        IReadOnlyList<TriggerLine> lines, Options options, Action<string>? progress = null)
    {
        var (foldOf, foldCount) = AssignFolds(lines, options.Folds);
        var after = lines.Select(l => new List<PredictedEvent>(l.Rules)).ToArray();
        var proposed = new int[lines.Count];
        var right = new int[lines.Count];
        var thresholds = new float[foldCount];
        foreach (var (k, trainIdx, heldIdx, inner) in EventScorerTraining.NestedFolds(foldOf, foldCount))
        {
            var train = trainIdx.Select(i => lines[i]).ToList();
            float threshold = ChooseThreshold(train, OutOfFoldProposals(train, inner, foldCount - 1, options));
            thresholds[k] = threshold;
            var model = Train(train, options, threshold, "");
            foreach (var p in Proposals(model, lines, heldIdx))
            {
                if (p.Margin < threshold) continue;
                if (Gains(lines[p.Line] with { Rules = after[p.Line] }, p.Event)) right[p.Line]++;
                after[p.Line].Add(p.Event);
                proposed[p.Line]++;
            }
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"fold {k + 1}/{foldCount}: threshold {threshold:0.###}"));
        }
        return (after, proposed, right, thresholds, foldOf);
    }

    /// <summary>Rules-alone and rules-with-model counts of the lines <paramref name="idx"/>.</summary>
    public static TriggerFoldResult Result(string name, IReadOnlyList<int> idx, IReadOnlyList<TriggerLine> lines, IReadOnlyList<List<PredictedEvent>> after,
        int[] proposed, int[] right)
    {
        var before = idx.Select(i => (lines[i].Gold, lines[i].Rules)).ToList();
        var with = idx.Select(i => (lines[i].Gold, (IReadOnlyList<PredictedEvent>)after[i])).ToList();
        var b = CoderEvaluator.Score(before).Overall;
        var a = CoderEvaluator.Score(with).Overall;
        var groups = idx.GroupBy(i => lines[i].Group).ToList();
        double MeanRoot(bool withModel) => groups.Count == 0 ? 0 : groups.Average(g =>
        {
            var r = CoderEvaluator.Score(g.Select(i => (lines[i].Gold, withModel ? (IReadOnlyList<PredictedEvent>)after[i] : lines[i].Rules))).Overall.Root;
            return F1(r.TruePositives, r.TruePositives + r.FalsePositives, r.TruePositives + r.FalseNegatives);
        });
        return new TriggerFoldResult(name, idx.Count, idx.Sum(i => proposed[i]), idx.Sum(i => right[i]), b.Root, a.Root, b.Exact, a.Exact,
            MeanRoot(false), MeanRoot(true), groups.Count);
    }

    /// <summary>
    /// The half of the tunable gold a group belongs to (the session's reading discipline): "develop" for events-gold dev,
    /// odd-numbered blind splits and blind88, real news dev..dev4; "check" for the rest.
    /// </summary>
    public static string Half(string group)
    {
        int colon = group.IndexOf(':');
        string file = colon < 0 ? group : group[..colon], split = colon < 0 ? "" : group[(colon + 1)..];
        if (file == "events-gold")
        {
            if (split == "dev") return "develop";
            if (split.StartsWith("blind", StringComparison.Ordinal) && int.TryParse(split.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                return n % 2 == 1 || n == 88 ? "develop" : "check";
            return "check";
        }
        if (file == "realnews-gold")
            return split is "dev" or "dev2" or "dev3" or "dev4" ? "develop" : "check";
        return "check";
    }
}
