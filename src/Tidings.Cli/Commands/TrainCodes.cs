using System.Diagnostics;
using System.Globalization;
using Tidings.Coding;
using Tidings.Evaluation;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Cli.Commands;

/// <summary>
/// <c>tidings train codes</c>: codes the tunable gold with the rules alone (no learned chooser, no scorer), records each
/// counted event's candidate codes within its root and which of them a gold event of the same source, target and root
/// codes, and trains the <see cref="CodeChooser"/> into data/models/codes.bin; with <c>--cv K</c> reports grouped
/// cross-validation instead (exact and root TP/FP/FN pooled, per split, for the develop and check halves and real news)
/// and the table of confusions (rules' code → gold code). Reads the same tunable gold as <c>train events</c>
/// (<see cref="TrainEvents.TrainableGold"/>): withheld splits are refused (docs/decisions/151-learned-code-within-the-root.md).
/// </summary>
internal static class TrainCodes
{
    public static int Run(TrainSettings s, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        void Progress(string m) => Console.Error.WriteLine($"{clock.Elapsed:mm\\:ss} {m}");
        var lines = Collect(s.Gold, Progress, cancellationToken);
        var options = new CodeChooserTraining.Options { Seed = s.Seed, Epochs = s.Epochs ?? 10, Folds = s.CrossValidate ?? 5, Ensemble = s.Ensemble ?? 3 };
        int events = lines.Sum(l => l.Predicted.Count), labelled = lines.Sum(l => l.Good.Count(g => g is not null));
        int wrongCode = lines.Sum(l => l.Good.Where((g, i) => g is not null && l.Candidates[i] is { } ec && !g[ec.RuleIndex]).Count());
        Progress($"{lines.Count} lines of {lines.Select(l => l.Group).Distinct().Count()} splits, {events} events ({labelled} with a gold event of their source, target and root; {wrongCode} of them with another code)");
        if (s.CrossValidate is not null)
        {
            if (options.Folds < 2) throw new CliException("--cv needs at least 2 folds");
            Console.Out.Write(ConfusionTable(lines));
            var cv = CodeChooserTraining.CrossValidate(lines, options, Progress);
            Console.Out.Write(Table(cv.Folds, cv.Pooled, cv.Groups, lines, cv.Choices, cv.MarginOfLine, options));
            // Coding the gold is most of the cost: with --out naming a .bin file, the final model is written from the same lines too.
            if (!s.Out.EndsWith(".bin", StringComparison.OrdinalIgnoreCase)) return 0;
        }
        string path = s.Out.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) ? s.Out : Path.Combine(s.Out, "codes.bin");
        var description = string.Create(CultureInfo.InvariantCulture,
            $"trained {DateTime.UtcNow:yyyy-MM-dd} on {labelled} labelled events of {lines.Count} tunable gold lines ({string.Join(", ", TrainEvents.Sources.Select(x => x.File))}; no withheld split), {options.Epochs} epochs, mean of {options.Ensemble} shuffles from seed {options.Seed}; margin from grouped cross-validation");
        var chooser = CodeChooserTraining.TrainChooser(lines, options, description);
        chooser.Save(path);
        Progress(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {chooser.FeatureCount} features, margin {chooser.Margin:0.###}"));
        return 0;
    }

    internal static List<CodeLine> Collect(string goldDir, Action<string> progress, CancellationToken cancellationToken)
    {
        var candidates = new Dictionary<CodedEvent, CodeChooser.EventCandidates>(ReferenceEqualityComparer.Instance);
        // The rules' own output (no chooser, no scorer); the filter only records each counted event's candidates.
        var pipeline = TidingsPipeline.Default.WithEventFilter((doc, events) =>
        {
            var found = new List<(CodedEvent, CodeChooser.EventCandidates)>();
            foreach (var e in events)
                if (EventScorer.Scored(e) && CameoTable.IsWellFormed(e.Cameo) && e.Cameo.Length >= 3) found.Add((e, CodeChooser.Extract(doc, e)));
            lock (candidates)
                foreach (var (e, ec) in found) candidates[e] = ec;
            return events;
        });
        var texts = GoldTextSource.FromShared();
        var lines = new List<CodeLine>();
        foreach (var (path, name, selected) in TrainEvents.TrainableGold(goldDir, texts))
        {
            foreach (var (line, coded) in EvalCommand.CodeLines(path, texts, selected, perLine: false, pipeline, cancellationToken))
                lines.Add(CodeChooserTraining.Line($"{name}:{line.Split ?? "all"}", line, coded, candidates));
            progress($"{Path.GetFileName(path)}: {selected.Count} lines");
        }
        return lines;
    }

    /// <summary>Rules' code → gold code for events whose source, target and root agree with a gold event, by root:
    /// pooled and on the develop half, with the kind of confusion (<see cref="CodeChooser.Relation"/>).</summary>
    private static string ConfusionTable(List<CodeLine> lines)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        var all = CodeChooserTraining.Confusions(lines);
        var develop = CodeChooserTraining.Confusions(lines.Where(l => TrainRoles.InDevelopHalf(l.Group)));
        w.WriteLine($"Code confusions of the rules (same source, target and root as a gold event, another code): {all.Values.Sum()} events, {develop.Values.Sum()} on the develop half");
        w.WriteLine("| kind | events | develop half |");
        w.WriteLine("|---|---:|---:|");
        foreach (var g in all.GroupBy(kv => Kind(kv.Key.Rule, kv.Key.Gold)).OrderByDescending(g => g.Sum(kv => kv.Value)))
            w.WriteLine($"| {g.Key} | {g.Sum(kv => kv.Value)} | {develop.Where(kv => Kind(kv.Key.Rule, kv.Key.Gold) == g.Key).Sum(kv => kv.Value)} |");
        w.WriteLine();
        w.WriteLine("| root | events | most frequent rules' code → gold code (count) |");
        w.WriteLine("|---|---:|---|");
        foreach (var g in all.GroupBy(kv => CameoTable.Root(kv.Key.Rule)).OrderByDescending(g => g.Sum(kv => kv.Value)))
            w.WriteLine($"| {g.Key} | {g.Sum(kv => kv.Value)} | {string.Join(", ", g.OrderByDescending(kv => kv.Value).Take(6).Select(kv => $"{kv.Key.Rule}→{kv.Key.Gold} ({kv.Value})"))} |");
        w.WriteLine();
        return w.ToString();

        // The rules' code against the gold's: one is the root's bare code, one extends the other, siblings, or further apart.
        static string Kind(string rule, string gold) =>
            rule.Length == 3 && rule[2] == '0' ? "rules bare root code, gold a child" :
            gold.Length == 3 && gold[2] == '0' ? "rules a child, gold the bare root code" :
            gold.StartsWith(rule, StringComparison.Ordinal) ? "gold extends the rules' code (3 → 4 digits)" :
            rule.StartsWith(gold, StringComparison.Ordinal) ? "rules extend the gold code (4 → 3 digits)" :
            CodeChooser.Relation(rule, gold) == "sibling" ? "siblings" : "other codes of the root";
    }

    private static string Table(List<CodeResult> folds, CodeResult pooled, List<CodeResult> groups, List<CodeLine> lines,
        (int Best, float Lead)[][] choices, float[] marginOfLine, CodeChooserTraining.Options options)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"Code chooser, grouped cross-validation ({options.Epochs} epochs, mean of {options.Ensemble} shuffles from seed {options.Seed}): held out, rules alone → with the chooser");
        w.WriteLine("| held-out set | lines | events | margin | changed (to right / from right) | exact TP/FP/FN | exact F1 | root TP/FP/FN | root F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---|---|---|---|");
        foreach (var f in folds) Row(f);
        Row(pooled);
        var all = Enumerable.Range(0, lines.Count).ToList();
        Row(CodeChooserTraining.Result("develop half", all.Where(i => TrainRoles.InDevelopHalf(lines[i].Group)).ToList(), lines, choices, marginOfLine, float.NaN));
        Row(CodeChooserTraining.Result("check half", all.Where(i => !TrainRoles.InDevelopHalf(lines[i].Group)).ToList(), lines, choices, marginOfLine, float.NaN));
        Row(CodeChooserTraining.Result("real news (GeoVirus dev*)", all.Where(i => lines[i].Group.StartsWith("realnews", StringComparison.Ordinal)).ToList(), lines, choices, marginOfLine, float.NaN));
        w.WriteLine();
        w.WriteLine("| split (held out) | lines | events | margin | changed (to right / from right) | exact TP/FP/FN | exact F1 | root TP/FP/FN | root F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---|---|---|---|");
        foreach (var g in groups) Row(g);
        return w.ToString();

        static string C((int Tp, int Fp, int Fn) t) => $"{t.Tp}/{t.Fp}/{t.Fn}";
        void Row(CodeResult r) => w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {r.Name} | {r.Lines} | {r.Events} | {(float.IsNaN(r.Margin) ? "" : float.IsPositiveInfinity(r.Margin) ? "never" : r.Margin.ToString("0.###", CultureInfo.InvariantCulture))} | {r.Changed} ({r.ChangedRight}/{r.ChangedWrong}) | " +
            $"{C(r.ExactBefore)} → {C(r.ExactAfter)} | {CodeResult.F1(r.ExactBefore):0.000} → {CodeResult.F1(r.ExactAfter):0.000} | {C(r.RootBefore)} → {C(r.RootAfter)} | {CodeResult.F1(r.RootBefore):0.000} → {CodeResult.F1(r.RootAfter):0.000} |"));
    }
}
