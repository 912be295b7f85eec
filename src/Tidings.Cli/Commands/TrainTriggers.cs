using System.Diagnostics;
using System.Globalization;
using Tidings.Coding;
using Tidings.Evaluation;
using Tidings.Pipeline;

namespace Tidings.Cli.Commands;

/// <summary>
/// <c>tidings train triggers</c>: codes every tunable gold line alone with the rules (no learned triggers, no scorer), takes
/// the candidate triggers of every sentence with an actor, labels each with the code of a gold event whose actors it
/// reads (in an uncoded sentence, one the rules missed), and trains the <see cref="LearnedTriggerModel"/> (decision 144); with <c>--cv K</c> first reports grouped
/// cross-validation, pooled and by half of the tunable gold, then trains and writes the model as without it. Reads the same lines as <c>train events</c>
/// (<see cref="TrainEvents"/>): withheld splits never reach the trainer.
/// </summary>
internal static class TrainTriggers
{
    public static int Run(TrainSettings s, CancellationToken cancellationToken)
    {
        // The rules alone: the model must learn from the sentences they leave uncoded, not from its own earlier output.
        Environment.SetEnvironmentVariable(LearnedTriggerModel.SwitchVariable, "0");
        var clock = Stopwatch.StartNew();
        void Progress(string m) => Console.Error.WriteLine($"{clock.Elapsed:mm\\:ss} {m}");
        var lines = Collect(s.Gold, Progress, cancellationToken);
        var options = new LearnedTriggerTraining.Options { Seed = s.Seed, Epochs = s.Epochs ?? 6, Folds = s.CrossValidate ?? 5, Ensemble = s.Ensemble ?? 1 };
        int candidates = lines.Sum(l => l.Candidates.Count), labelled = lines.Sum(l => l.Labels.Count(y => y != LearnedTriggerModel.None));
        int uncoded = lines.Sum(l => l.Candidates.Count(c => !c.Coded)), missed = lines.Sum(l => l.Candidates.Where((c, i) => !c.Coded && l.Labels[i] != LearnedTriggerModel.None).Count());
        Progress($"{lines.Count} lines of {lines.Select(l => l.Group).Distinct().Count()} splits, {candidates} candidates ({labelled} labelled with a gold code); in uncoded sentences {uncoded} ({missed} labelled with a missed gold code)");
        // Ablations (decision 150): TIDINGS_TRIGGER_CONFIGS="name|dropped templates|dropped kinds|code or root;..." measures
        // each configuration out of fold from the one coding of the gold; TIDINGS_TRIGGER_FINAL names the one written.
        var configs = Configs(Environment.GetEnvironmentVariable("TIDINGS_TRIGGER_CONFIGS"), options);
        var final = configs.FirstOrDefault(c => c.Name == Environment.GetEnvironmentVariable("TIDINGS_TRIGGER_FINAL")) ?? configs[0];
        if (s.CrossValidate is not null)
        {
            if (options.Folds < 2) throw new CliException("--cv needs at least 2 folds");
            foreach (var o in configs)
            {
                var projected = LearnedTriggerTraining.Project(lines, o);
                var (after, proposed, right, thresholds, _) = LearnedTriggerTraining.CrossValidate(projected, o, Progress);
                Console.Out.WriteLine($"## configuration {o.Name}: dropped templates [{string.Join(",", o.DropGroups.Order())}], dropped kinds [{string.Join(",", o.DropKinds.Order())}], {(o.RootLabels ? "root" : "code")} labels");
                Console.Out.Write(Table(projected, after, proposed, right, thresholds, o));
                if (Environment.GetEnvironmentVariable("TIDINGS_TRIGGER_DIAGNOSE") == "1")
                    foreach (var half in new[] { "develop", "check" })
                    {
                        Console.Out.WriteLine($"### diagnosis, {half} half (out of fold)");
                    {
                        // Examples are printed for the develop half only (the check half is read as sums).
                        if (half == "check") Environment.SetEnvironmentVariable("TIDINGS_TRIGGER_EXAMPLES", null);
                        Console.Out.Write(LearnedTriggerTraining.Diagnose(projected, o, i => LearnedTriggerTraining.Half(projected[i].Group) == half));
                    }
                    }
                Console.Out.WriteLine();
                Console.Out.Flush();
            }
            // Coding the gold is most of the cost: the model is written from the same lines rather than coded again.
        }
        lines = LearnedTriggerTraining.Project(lines, final);
        options = final;
        string path = s.Out.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) ? s.Out : Path.Combine(s.Out, "triggers.bin");
        var description = string.Create(CultureInfo.InvariantCulture,
            $"trained {DateTime.UtcNow:yyyy-MM-dd} on {candidates} candidate triggers ({labelled} labelled) of {lines.Count} tunable gold lines (no test, heldout or withheld blind split), {options.Epochs} epochs, mean of {options.Ensemble} shuffles from seed {options.Seed}; threshold from grouped cross-validation");
        var model = LearnedTriggerTraining.TrainFinal(lines, options, description);
        model.Save(path);
        Progress(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {model.FeatureCount} features, {model.Labels.Count - 1} codes, threshold {model.Threshold:0.###}"));
        return 0;
    }

    /// <summary>The configurations to measure: the default options when <paramref name="spec"/> is empty, else one per
    /// ";"-separated "name|templates|kinds|code-or-root" (templates and kinds comma-separated, dropped).</summary>
    private static List<LearnedTriggerTraining.Options> Configs(string? spec, LearnedTriggerTraining.Options options)
    {
        if (string.IsNullOrWhiteSpace(spec)) return [options];
        var list = new List<LearnedTriggerTraining.Options>();
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = part.Split('|');
            list.Add(options with
            {
                Name = f[0],
                DropGroups = f.Length > 1 ? f[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToHashSet() : [],
                DropKinds = f.Length > 2 ? f[2].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal),
                RootLabels = f.Length > 3 && f[3] == "root",
            });
        }
        return list;
    }

    /// <summary>Every tunable gold line (as <see cref="TrainEvents"/> selects them), coded alone, with its candidates.</summary>
    private static List<TriggerLine> Collect(string goldDir, Action<string> progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<TriggerCandidate> last = [];
        // Lines are coded one at a time (perLine), so the filter's document is the line just coded.
        var pipeline = TidingsPipeline.Default.WithEventFilter((doc, events) =>
        {
            last = ShallowCoder.Default.LearnedTriggerCandidates(doc, includeCoded: true);
            return events;
        });
        var texts = GoldTextSource.FromShared();
        var lines = new List<TriggerLine>();
        foreach (var (path, name, selected) in TrainEvents.TrainableGold(goldDir, texts))
        {
            foreach (var (line, coded) in EvalCommand.CodeLines(path, texts, selected, perLine: true, pipeline, cancellationToken))
                lines.Add(LearnedTriggerTraining.Line($"{name}:{line.Split ?? "all"}", line, coded, last));
            progress($"{Path.GetFileName(path)}: {selected.Count} lines");
        }
        return lines;
    }

    private static string Table(List<TriggerLine> lines, List<Evaluation.PredictedEvent>[] after, int[] proposed, int[] right, float[] thresholds,
        LearnedTriggerTraining.Options options)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"Learned triggers, grouped cross-validation ({options.Epochs} epochs, mean of {options.Ensemble} shuffles from seed {options.Seed}; " +
            $"fold thresholds {string.Join(" ", thresholds.Select(t => float.IsPositiveInfinity(t) ? "none" : t.ToString("0.##", CultureInfo.InvariantCulture)))}): held out, rules alone → rules + model");
        w.WriteLine("| held-out set | splits | lines | added (right at root) | root TP/FP/FN | root F1 | mean root F1 over splits | exact TP/FP/FN | exact F1 |");
        w.WriteLine("|---|---:|---:|---:|---|---|---|---|---|");
        var all = Enumerable.Range(0, lines.Count).ToList();
        Row(LearnedTriggerTraining.Result("pooled", all, lines, after, proposed, right));
        foreach (var half in new[] { "develop", "check" })
            Row(LearnedTriggerTraining.Result(half + " half", all.Where(i => LearnedTriggerTraining.Half(lines[i].Group) == half).ToList(), lines, after, proposed, right));
        Row(LearnedTriggerTraining.Result("real news (GeoVirus dev*)", all.Where(i => lines[i].Group.StartsWith("realnews", StringComparison.Ordinal)).ToList(), lines, after, proposed, right));
        Row(LearnedTriggerTraining.Result("blind splits 80-89", all.Where(i => lines[i].Group.StartsWith("events-gold:blind8", StringComparison.Ordinal)).ToList(), lines, after, proposed, right));
        w.WriteLine();
        w.WriteLine("| split (held out) | splits | lines | added (right) | root TP/FP/FN | root F1 | | exact TP/FP/FN | exact F1 |");
        w.WriteLine("|---|---:|---:|---:|---|---|---|---|---|");
        foreach (var g in all.GroupBy(i => lines[i].Group))
            Row(LearnedTriggerTraining.Result(g.Key, g.ToList(), lines, after, proposed, right));
        return w.ToString();

        static string C(MatchCounts m) => $"{m.TruePositives}/{m.FalsePositives}/{m.FalseNegatives}";
        static double F(MatchCounts m) => m.TruePositives == 0 ? 0 : 2.0 * m.TruePositives / (2.0 * m.TruePositives + m.FalsePositives + m.FalseNegatives);
        void Row(TriggerFoldResult r) => w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {r.Name} | {r.Splits} | {r.Lines} | {r.Proposed} ({r.ProposedRight}) | {C(r.RootBefore)} → {C(r.RootAfter)} | {F(r.RootBefore):0.000} → {F(r.RootAfter):0.000} | " +
            $"{r.MeanRootBefore:0.000} → {r.MeanRootAfter:0.000} | {C(r.ExactBefore)} → {C(r.ExactAfter)} | {F(r.ExactBefore):0.000} → {F(r.ExactAfter):0.000} |"));
    }
}
