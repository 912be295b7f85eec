using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Tidings.Coding;
using Tidings.Evaluation;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Cli.Commands;

/// <summary>
/// <c>tidings train roles</c>: codes the tunable gold with the rules alone (no chooser, no scorer), records each counted
/// event's target candidates and which of them a gold event of the same source and root names, and trains the
/// <see cref="TargetChooser"/> into data/models/roles.bin; with <c>--cv K</c> reports grouped cross-validation instead,
/// pooled, per split and for the develop and check halves (docs/decisions/145-learned-target-choice.md). Reads the same
/// tunable gold as <c>train events</c> (<see cref="TrainEvents"/>): withheld splits are refused, and real-news lines of
/// corpora licensed for evaluation only are never read.
/// </summary>
internal static class TrainRoles
{

    public static int Run(TrainSettings s, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        void Progress(string m) => Console.Error.WriteLine($"{clock.Elapsed:mm\\:ss} {m}");
        var lines = Collect(s.Gold, Progress, cancellationToken);
        var options = new TargetChooserTraining.Options { Seed = s.Seed, Epochs = s.Epochs ?? 10, Folds = s.CrossValidate ?? 5, Ensemble = s.Ensemble ?? 3 };
        int events = lines.Sum(l => l.Predicted.Count), labelled = lines.Sum(l => l.Good.Count(g => g is not null));
        Progress($"{lines.Count} lines of {lines.Select(l => l.Group).Distinct().Count()} splits, {events} events ({labelled} with a gold event of their source and root)");
        if (s.CrossValidate is not null)
        {
            if (options.Folds < 2) throw new CliException("--cv needs at least 2 folds");
            // Each guard measured off (and all of them off): the same models, margins chosen under those guards.
            var all = TargetChooser.Guard.All;
            var others = new List<(string Name, TargetChooser.Guard Active)> { ("no guards", TargetChooser.Guard.None) };
            foreach (var g in Enum.GetValues<TargetChooser.Guard>())
                if (g is not TargetChooser.Guard.None and not TargetChooser.Guard.All) others.Add(($"without {g}", all & ~g));
            var cv = TargetChooserTraining.CrossValidate(lines, options, TargetChooser.ActiveGuards, others.Select(o => o.Active).ToList());
            Console.Out.Write(Table(cv.Folds, cv.Pooled, cv.Groups, lines, cv.Choices, cv.MarginOfLine, options));
            Console.Out.Write(Ablation(lines, cv.Choices, others, cv.MarginsOfOthers));
            // Coding the gold is most of the cost: with --out naming a .bin file, the final model is written from the same lines too.
            if (!s.Out.EndsWith(".bin", StringComparison.OrdinalIgnoreCase)) return 0;
        }
        string path = s.Out.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) ? s.Out : Path.Combine(s.Out, "roles.bin");
        var description = string.Create(CultureInfo.InvariantCulture,
            $"trained {DateTime.UtcNow:yyyy-MM-dd} on {labelled} labelled events of {lines.Count} tunable gold lines ({string.Join(", ", TrainEvents.Sources.Select(x => x.File))}; no withheld split), {options.Epochs} epochs, mean of {options.Ensemble} shuffles from seed {options.Seed}; margin from grouped cross-validation");
        var chooser = TargetChooserTraining.TrainChooser(lines, options, description);
        chooser.Save(path);
        Progress(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {chooser.FeatureCount} features, margin {chooser.Margin:0.###}"));
        return 0;
    }

    internal static List<RoleLine> Collect(string goldDir, Action<string> progress, CancellationToken cancellationToken)
    {
        var candidates = new Dictionary<CodedEvent, TargetChooser.EventCandidates>(ReferenceEqualityComparer.Instance);
        // The rules' own output (no chooser, no scorer); the filter only records each counted event's candidates.
        var pipeline = TidingsPipeline.Default.WithEventFilter((doc, events) =>
        {
            var found = new List<(CodedEvent, TargetChooser.EventCandidates)>();
            foreach (var e in events)
                if (EventScorer.Scored(e)) found.Add((e, TargetChooser.Extract(doc, e)));
            lock (candidates)
                foreach (var (e, ec) in found) candidates[e] = ec;
            return events;
        });
        var texts = GoldTextSource.FromShared();
        var lines = new List<RoleLine>();
        foreach (var (path, name, selected) in TrainEvents.TrainableGold(goldDir, texts))
        {
            foreach (var (line, coded) in EvalCommand.CodeLines(path, texts, selected, perLine: false, pipeline, cancellationToken))
                lines.Add(TargetChooserTraining.Line($"{name}:{line.Split ?? "all"}", line, coded, candidates));
            progress($"{Path.GetFileName(path)}: {selected.Count} lines");
        }
        return lines;
    }

    /// <summary>The develop half of the tunable gold (session 72's brief): events-gold dev, odd-numbered blind splits and
    /// blind88, real news dev..dev4. The rest is the check half.</summary>
    internal static bool InDevelopHalf(string group)
    {
        if (group == "events-gold:dev" || group == "events-gold:blind88") return true;
        var m = Regex.Match(group, @"^events-gold:blind(\d+)$");
        if (m.Success) return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) % 2 == 1;
        m = Regex.Match(group, @"^realnews-gold:dev(\d*)$");
        return m.Success && (m.Groups[1].Value.Length == 0 || int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) <= 4);
    }

    /// <summary>Pooled, develop-half, check-half and real-news root figures with each set of guards.</summary>
    private static string Ablation(List<RoleLine> lines, (int Best, float Lead)[][] choices, List<(string Name, TargetChooser.Guard Active)> sets, float[][] margins)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine();
        w.WriteLine("| guards (held out) | part | changed | root TP/FP/FN | root F1 |");
        w.WriteLine("|---|---|---:|---|---|");
        var all = Enumerable.Range(0, lines.Count).ToList();
        var parts = new (string Name, List<int> Idx)[]
        {
            ("pooled", all),
            ("develop half", all.Where(i => InDevelopHalf(lines[i].Group)).ToList()),
            ("check half", all.Where(i => !InDevelopHalf(lines[i].Group)).ToList()),
            ("real news", all.Where(i => lines[i].Group.StartsWith("realnews", StringComparison.Ordinal)).ToList()),
        };
        for (int s = 0; s < sets.Count; s++)
            foreach (var (name, idx) in parts)
            {
                var r = TargetChooserTraining.Result(name, idx, lines, choices, margins[s], float.NaN, sets[s].Active);
                w.WriteLine($"| {sets[s].Name} | {name} | {r.Changed} | {r.TpBefore}/{r.FpBefore}/{r.FnBefore} → {r.TpAfter}/{r.FpAfter}/{r.FnAfter} | {r.F1Before:0.000} → {r.F1After:0.000} |");
            }
        return w.ToString();
    }

    private static string Table(List<RoleResult> folds, RoleResult pooled, List<RoleResult> groups, List<RoleLine> lines,
        (int Best, float Lead)[][] choices, float[] marginOfLine, TargetChooserTraining.Options options)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"Target chooser, grouped cross-validation ({options.Epochs} epochs, mean of {options.Ensemble} shuffles from seed {options.Seed}): held-out root TP/FP/FN without → with the chooser");
        w.WriteLine("| fold | lines | events | margin | changed | root TP/FP/FN | root F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---|---|");
        foreach (var f in folds) Row(f);
        Row(pooled);
        var all = Enumerable.Range(0, lines.Count).ToList();
        Row(TargetChooserTraining.Result("develop half", all.Where(i => InDevelopHalf(lines[i].Group)).ToList(), lines, choices, marginOfLine, float.NaN));
        Row(TargetChooserTraining.Result("check half", all.Where(i => !InDevelopHalf(lines[i].Group)).ToList(), lines, choices, marginOfLine, float.NaN));
        Row(TargetChooserTraining.Result("real news (GeoVirus dev6-dev8)", all.Where(i => lines[i].Group.StartsWith("realnews", StringComparison.Ordinal)).ToList(), lines, choices, marginOfLine, float.NaN));
        w.WriteLine();
        w.WriteLine("| split (held out) | lines | events | margin | changed | root TP/FP/FN | root F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---|---|");
        foreach (var g in groups) Row(g);
        return w.ToString();

        void Row(RoleResult r) =>
            w.WriteLine($"| {r.Name} | {r.Lines} | {r.Events} | {(float.IsNaN(r.Margin) ? "" : float.IsPositiveInfinity(r.Margin) ? "never" : r.Margin.ToString("0.###"))} | {r.Changed} | " +
                $"{r.TpBefore}/{r.FpBefore}/{r.FnBefore} → {r.TpAfter}/{r.FpAfter}/{r.FnAfter} | {r.F1Before:0.000} → {r.F1After:0.000} |");
    }
}
