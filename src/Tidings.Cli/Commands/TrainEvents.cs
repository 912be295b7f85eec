using System.Diagnostics;
using System.Globalization;
using Tidings.Coding;
using Tidings.Evaluation;
using Tidings.Output;
using Tidings.Pipeline;

namespace Tidings.Cli.Commands;

/// <summary>
/// <c>tidings train events</c>: codes the tunable gold with the rules alone (no scorer), labels each counted event by
/// whether eval pairs it with a gold event at root level, and trains the <see cref="EventScorer"/>; with <c>--cv K</c>
/// reports grouped cross-validation instead. Reads only tunable splits: events-gold every split but <c>test</c>,
/// coder-dev <c>dev</c>, samples-gold, real news <c>dev*</c> of corpora licensed for it (GeoVirus); a withheld split reaching the trainer is an error.
/// After a coder change this command is the only step needed to refresh data/models/events.bin (then rebuild).
/// </summary>
internal static class TrainEvents
{
    /// <summary>The gold files read and which of their splits (null split: lines with none).</summary>
    internal static readonly (string File, Func<string?, bool> Take)[] Sources =
    [
        ("events-gold.jsonl", split => split != "test"),
        ("coder-dev.jsonl", split => split == "dev"),
        ("samples-gold.jsonl", _ => true),
        ("realnews-gold.jsonl", split => split is not null && split.StartsWith("dev", StringComparison.Ordinal)),
    ];

    /// <summary>Third-party corpora whose texts may be trained on: GeoVirus is Wikinews (CC BY 2.5). GeoWebNews and
    /// TempEval-3 texts are evaluation-only (their SOURCE.md), so real-news lines that refer to them are never read here;
    /// they stay an out-of-sample check of the scorer (`tidings eval ... --event-scorer`).</summary>
    internal static readonly HashSet<string> TrainableCorpora = new(StringComparer.Ordinal) { "geovirus" };

    /// <summary>
    /// The tunable gold every learned model of the coder trains on (the event scorer, the learned triggers, the target
    /// chooser): per file of <see cref="Sources"/>, its path, short name and the lines of its taken splits, never a withheld
    /// one (<see cref="EventScorerTraining.IsWithheld"/>) nor a real-news line on a corpus outside <see cref="TrainableCorpora"/>.
    /// A missing or malformed gold file is a <see cref="CliException"/> naming it.
    /// </summary>
    internal static IEnumerable<(string Path, string Name, List<GoldSentence> Lines)> TrainableGold(string goldDir, GoldTextSource texts)
    {
        foreach (var (file, take) in Sources)
        {
            var path = Path.Combine(goldDir, file);
            if (!File.Exists(path)) throw new CliException($"gold file '{path}' does not exist (give the gold folder with --gold)");
            IReadOnlyList<GoldSentence> gold;
            try { gold = GoldFile.Load(path, texts); }
            catch (GoldFormatException ex) { throw new CliException(ex.Message); }
            var selected = gold.Where(g => take(g.Split) && !EventScorerTraining.IsWithheld(g.Split)
                && (g.Ref is null || TrainableCorpora.Contains(g.Ref.Corpus))).ToList();
            yield return (path, Path.GetFileNameWithoutExtension(file), selected);
        }
    }

    public static int Run(TrainSettings s, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        void Progress(string m) => Console.Error.WriteLine($"{clock.Elapsed:mm\\:ss} {m}");
        var lines = Collect(s.Gold, Progress, cancellationToken);
        var options = new EventScorerTraining.Options { Seed = s.Seed, Epochs = s.Epochs ?? 10, Folds = s.CrossValidate ?? 5, Ensemble = s.Ensemble ?? 5 };
        int events = lines.Sum(l => l.Predicted.Count), right = lines.Sum(l => l.Correct.Count(c => c));
        Progress($"{lines.Count} lines of {lines.Select(l => l.Group).Distinct().Count()} splits, {events} events ({right} right at root level)");
        if (s.CrossValidate is not null)
        {
            if (options.Folds < 2) throw new CliException("--cv needs at least 2 folds");
            var cv = EventScorerTraining.CrossValidate(lines, options);
            Console.Out.Write(Table(cv, options));
            return 0;
        }
        string path = s.Out.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) ? s.Out : Path.Combine(s.Out, "events.bin");
        var description = string.Create(CultureInfo.InvariantCulture,
            $"trained {DateTime.UtcNow:yyyy-MM-dd} on {events} coded events of {lines.Count} tunable gold lines ({string.Join(", ", Sources.Select(x => x.File))}; no test or heldout split), {options.Epochs} epochs, mean of {options.Ensemble} shuffles from seed {options.Seed}; threshold from grouped cross-validation");
        var scorer = EventScorerTraining.TrainScorer(lines, options, description);
        scorer.Save(path);
        Progress(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {scorer.FeatureCount} features, drop threshold {scorer.Threshold:0.###}"));
        return 0;
    }

    /// <summary>The training lines of every tunable gold line under <paramref name="goldDir"/>, coded without a scorer.</summary>
    internal static List<ScorerLine> Collect(string goldDir, Action<string> progress, CancellationToken cancellationToken)
    {
        var features = new Dictionary<CodedEvent, ulong[]>(ReferenceEqualityComparer.Instance);
        var buffer = new List<ulong>(64);
        // The rules' own output, whatever scorer this build embeds; the filter only records each counted event's features.
        var pipeline = TidingsPipeline.Default.WithEventFilter((doc, events) =>
        {
            lock (features)
                for (int i = 0; i < events.Count; i++)
                {
                    if (!EventScorer.Scored(events[i])) continue;
                    buffer.Clear();
                    EventScorer.Features(doc, events, i, buffer);
                    features[events[i]] = [.. buffer];
                }
            return events;
        });
        var texts = GoldTextSource.FromShared();
        var lines = new List<ScorerLine>();
        foreach (var (path, name, selected) in TrainableGold(goldDir, texts))
        {
            foreach (var (line, coded) in EvalCommand.CodeLines(path, texts, selected, perLine: false, pipeline, cancellationToken))
                lines.Add(EventScorerTraining.Line($"{name}:{line.Split ?? "all"}", line, coded, features));
            progress($"{Path.GetFileName(path)}: {selected.Count} lines");
        }
        return lines;
    }

    private static string Table(ScorerCrossValidation cv, EventScorerTraining.Options options)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"Event scorer, grouped cross-validation ({options.Epochs} epochs, mean of {options.Ensemble} shuffles from seed {options.Seed}): held-out F1 without → with the scorer");
        w.WriteLine("| fold | lines | events | threshold | dropped right/wrong | root F1 | exact F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---|---|");
        foreach (var f in cv.Folds) Row(f);
        Row(cv.Pooled);
        w.WriteLine($"| mean over {cv.Groups.Count} splits | | | | | {cv.Groups.Average(g => g.RootBefore):0.000} → {cv.Groups.Average(g => g.RootAfter):0.000} | " +
            $"{cv.Groups.Average(g => g.ExactBefore):0.000} → {cv.Groups.Average(g => g.ExactAfter):0.000} |");
        w.WriteLine();
        w.WriteLine("| split (held out) | lines | events | threshold | dropped right/wrong | root F1 | exact F1 |");
        w.WriteLine("|---|---:|---:|---:|---:|---|---|");
        foreach (var g in cv.Groups) Row(g);
        return w.ToString();

        void Row(ScorerFoldResult r) =>
            w.WriteLine($"| {r.Name} | {r.Lines} | {r.Events} | {(float.IsNaN(r.Threshold) ? "" : float.IsNegativeInfinity(r.Threshold) ? "none" : r.Threshold.ToString("0.###"))} | " +
                $"{r.DroppedRight}/{r.DroppedWrong} | {r.RootBefore:0.000} → {r.RootAfter:0.000} | {r.ExactBefore:0.000} → {r.ExactAfter:0.000} |");
    }
}
