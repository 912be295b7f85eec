using System.Diagnostics;
using System.Runtime.CompilerServices;
using Tidings.Learning;

namespace Tidings.Syntax;

/// <summary>Settings of <see cref="DependencyParser.Train"/>.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Maximum passes over the training sentences (training stops earlier when dev LAS stops rising).</summary>
    public int Epochs { get; init; } = 12;
    /// <summary>Seed of the shuffling and of error exploration: the same data and seed give the same model.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Epochs without a dev LAS gain before stopping.</summary>
    public int Patience { get; init; } = 3;
    /// <summary>After the first epoch, the probability of following the model's own wrong transition
    /// (error exploration, Goldberg &amp; Nivre 2012) instead of an optimal one.</summary>
    public double Explore { get; init; } = 0.9;
    /// <summary>Averaged weights smaller than this are dropped from the saved model. On EWT with jackknifed
    /// tags, 1.0 keeps 36% of the weights (1.1 million features, 49 MB in memory instead of 109) for -0.05 dev
    /// UAS and LAS against 0.7; 1.5 costs -0.4.</summary>
    public float Prune { get; init; } = 1.0f;
    /// <summary>Beam width: 1 trains a greedy parser with the dynamic oracle; above 1, a structured perceptron
    /// with beam search and early update (the parser then decodes with the same width).</summary>
    public int Beam { get; init; } = 1;
    /// <summary>With a beam: the first epochs train greedily with the dynamic oracle (fast, and a good start for
    /// the beam epochs that follow).</summary>
    public int GreedyEpochs { get; init; } = 0;
    /// <summary>With a beam: update at the step of maximum violation (Huang et al. 2012) instead of early update
    /// (fewer epochs to converge, each slower as every search runs to the end).</summary>
    public bool MaxViolation { get; init; }
    /// <summary>Relations seen fewer times than this in training are kept only by their universal part.</summary>
    public int MinRelationCount { get; init; } = 5;
    /// <summary>Train a <see cref="Supertagger"/> with the parser and give the parser its guesses as features.
    /// With our own tags, EWT dev UAS 85.33 → 85.82 and LAS 82.31 → 82.78; test 85.68 → 85.80 and 82.73 → 83.00;
    /// about 80 s more training (the supertagger is trained five times: four jackknife folds and the final one).</summary>
    public bool Supertags { get; init; } = true;
    /// <summary>Jackknife folds for the supertags of the training sentences (so they are as wrong as at run time).</summary>
    public int SupertagFolds { get; init; } = 4;
    public int SupertagEpochs { get; init; } = 8;
    /// <summary>2 stacks a second supertagger pass on the first (<see cref="Supertagger"/>): it reads the first pass's
    /// jackknifed guesses of the words to the right.</summary>
    public int SupertagPasses { get; init; } = 1;
    /// <summary>Also train a head tagger (<see cref="Supertagger.Heads"/>: each word's head's UPOS and side) and give the parser
    /// its guesses as features.</summary>
    public bool HeadTags { get; init; }
    /// <summary>Give the parser each word's runner-up supertag where the (one-pass) supertagger was unsure, jackknifed like
    /// the supertags: the parser learns how far to trust a guess. EWT dev with our tags, against the same seed without:
    /// UAS/LAS 85.58/82.52 → 85.77/82.79 (seed 1) and 85.03/82.06 → 85.55/82.56 (seed 2); session 8. The committed
    /// parser.bin predates it (its file has no runner-up flag and parses as before).</summary>
    public bool SupertagAlternatives { get; init; } = true;
    /// <summary>Copies of each sentence whose time phrase can move between subject and verb, with it moved
    /// (<see cref="TreebankAugmentation.FrontedTimeCopies"/>): the wire-copy "China on Tuesday imposed sanctions".
    /// Off by default (see <see cref="PerceptronTagger.Options.FrontedTimeCopies"/>).</summary>
    public int FrontedTimeCopies { get; init; }
    /// <summary>Train on the sentences with their word order reversed (heads remapped), for the right-to-left
    /// parser of <see cref="ParserCombination"/>: dev is reversed as well, so early stopping sees the same task.</summary>
    public bool RightToLeft { get; init; }
    /// <summary>Stacking (Nivre &amp; McDonald 2008): train a graph-based guide parser (<see cref="GraphParser"/>) first and give
    /// the transition parser features of the guide's tree of the same sentence; the training sentences carry guide trees
    /// from <see cref="GuideFolds"/>-fold jackknifing, so they are as wrong as at run time.</summary>
    public bool Stacked { get; init; }
    public int GuideFolds { get; init; } = 4;
    /// <summary>Epochs of each jackknife guide (no dev to stop on; the graph parser peaks at epochs 2 to 5).</summary>
    public int GuideFoldEpochs { get; init; } = 3;
    /// <summary>Maximum epochs of the final guide (early stopping on dev LAS with patience 1).</summary>
    public int GuideEpochs { get; init; } = 6;
    /// <summary>Averaged guide weights below this are dropped (<see cref="GraphParser.DefaultPrune"/>).</summary>
    public float GuidePrune { get; init; } = GraphParser.DefaultPrune;
}

/// <summary>
/// A multiclass averaged perceptron whose rows are sparse (feature → list of (class, weight)), unlike
/// <see cref="PerceptronTrainer"/>'s dense rows: with about a hundred labeled transitions and millions of
/// features, dense rows would need gigabytes while updates touch only two classes per feature. A row's
/// entries are contiguous (a full row moves to the end of the pool with twice the room), and the table
/// slot holds the key with its row, so scoring a feature costs about two cache misses.
/// Averaging is lazy, as in <see cref="PerceptronTrainer"/>. Not thread-safe.
/// </summary>
internal sealed class ParserPerceptron : ITransitionScorer
{
    private struct Slot { public ulong Key; public int Start; public int Count; }
    private struct Entry { public int Class; public float Weight; }

    private Slot[] _slots = new Slot[1 << 21];
    private int _mask = (1 << 21) - 1;
    private int _features;
    private Entry[] _pool = new Entry[1 << 23];
    private double[] _total = new double[1 << 23];
    private int[] _stamp = new int[1 << 23];
    private int _used;
    private long _weights;
    private int _step = 1;

    public ParserPerceptron(int classCount) => ClassCount = classCount;

    public int ClassCount { get; }
    public int FeatureCount => _features;
    public long EntryCount => _weights;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong key)
    {
        if (key == 0) key = 1;
        int s = (int)(key & (ulong)_mask);
        while (true)
        {
            ulong k = _slots[s].Key;
            if (k == key) return s;
            if (k == 0) return ~s;
            s = (s + 1) & _mask;
        }
    }

    private ulong _sink; // keeps the touching loads in Score from being optimized away

    /// <summary>Current (not averaged) scores; looks features up in phases as <see cref="ParserModel.Score"/> does.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..ClassCount].Clear();
        int n = Math.Min(features.Length, 256);
        Span<int> found = stackalloc int[256];
        ulong sink = 0;
        for (int i = 0; i < n; i++) sink ^= _slots[(int)((features[i] == 0 ? 1 : features[i]) & (ulong)_mask)].Key;
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            int s = Find(features[i]);
            if (s < 0) continue;
            found[k++] = s;
            sink += (ulong)_pool[_slots[s].Start].Class;
        }
        for (int j = 0; j < k; j++)
        {
            ref var slot = ref _slots[found[j]];
            int end = slot.Start + slot.Count;
            for (int e = slot.Start; e < end; e++) scores[_pool[e].Class] += _pool[e].Weight;
        }
        _sink = sink;
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            int s = SlotOf(f);
            Bump(EntryOf(s, truth), 1f);
            Bump(EntryOf(s, guess), -1f);
        }
    }

    /// <summary>Adds <paramref name="amount"/> to the weight of class <paramref name="cls"/> for every feature
    /// (a structured update: the gold sequence's transitions +1, the predicted ones' -1).</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float amount)
    {
        foreach (var f in features) Bump(EntryOf(SlotOf(f), cls), amount);
    }

    public void Tick(int steps = 1) => _step += steps;

    private void Bump(int e, float amount)
    {
        _total[e] += (double)(_step - _stamp[e]) * _pool[e].Weight;
        _stamp[e] = _step;
        _pool[e].Weight += amount;
    }

    private int SlotOf(ulong f)
    {
        int s = Find(f);
        if (s >= 0) return s;
        if ((_features + 1) * 2 > _slots.Length)
        {
            Grow();
            s = Find(f);
        }
        s = ~s;
        _slots[s] = new Slot { Key = f == 0 ? 1 : f, Start = 0, Count = 0 };
        _features++;
        return s;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Key == 0) continue;
            int s = (int)(slot.Key & (ulong)_mask);
            while (_slots[s].Key != 0) s = (s + 1) & _mask;
            _slots[s] = slot;
        }
    }

    private int EntryOf(int s, int cls)
    {
        ref var slot = ref _slots[s];
        int end = slot.Start + slot.Count;
        for (int e = slot.Start; e < end; e++) if (_pool[e].Class == cls) return e;
        // Row capacity is the power of two at or above its count: full rows move to the pool's end.
        if (slot.Count == 0 || (slot.Count & (slot.Count - 1)) == 0)
        {
            int cap = slot.Count == 0 ? 1 : slot.Count * 2;
            if (_used + cap > _pool.Length)
            {
                int n = Math.Max(_used + cap, _pool.Length * 2);
                Array.Resize(ref _pool, n); Array.Resize(ref _total, n); Array.Resize(ref _stamp, n);
            }
            Array.Copy(_pool, slot.Start, _pool, _used, slot.Count);
            Array.Copy(_total, slot.Start, _total, _used, slot.Count);
            Array.Copy(_stamp, slot.Start, _stamp, _used, slot.Count);
            slot.Start = _used;
            _used += cap;
        }
        int x = slot.Start + slot.Count++;
        _pool[x] = new Entry { Class = cls, Weight = 0 };
        _total[x] = 0;
        _stamp[x] = _step;
        _weights++;
        return x;
    }

    /// <summary>The averaged weights as a compact run-time model, dropping weights below <paramref name="prune"/>.</summary>
    public ParserModel Average(float prune)
    {
        var keys = new List<ulong>(_features);
        var starts = new List<int>(_features + 1);
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var slot in _slots)
        {
            if (slot.Key == 0) continue;
            int before = classes.Count;
            for (int e = slot.Start; e < slot.Start + slot.Count; e++)
            {
                double total = _total[e] + (double)(_step - _stamp[e]) * _pool[e].Weight;
                float avg = (float)(total / _step);
                if (MathF.Abs(avg) < prune) continue;
                classes.Add((ushort)_pool[e].Class);
                weights.Add(avg);
            }
            if (classes.Count == before) continue;
            keys.Add(slot.Key);
            starts.Add(before);
        }
        starts.Add(classes.Count);
        return new ParserModel(ClassCount, keys.ToArray(), starts.ToArray(), classes.ToArray(), weights.ToArray());
    }
}

/// <summary>
/// Trains <see cref="DependencyParser"/>: greedy arc-hybrid parsing with the dynamic oracle and error
/// exploration (Goldberg &amp; Nivre 2012, 2013), joint labeled transitions, averaged perceptron, shuffled
/// epochs with a fixed seed, and early stopping on dev LAS (the best epoch's averaged model is kept).
/// Non-projective gold trees are projectivized by lifting (<see cref="TransitionState.Projectivize"/>), so the
/// oracle's costs stay exact; the lifted arcs are the only ones the parser cannot learn.
/// </summary>
internal static class ParserTrainer
{
    private sealed record Example(ParserInput[] Words, int[] GoldHead, int[] GoldLabel)
    {
        public int[] Supertags { get; set; } = [];
        public int[] HeadTags { get; set; } = [];
        public int[] Alternatives { get; set; } = [];
        public int[] GuideHead { get; set; } = [];
        public int[] GuideLabel { get; set; } = [];
    }

    public static DependencyParser Train(IEnumerable<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev,
        ParserTrainingOptions options, Action<string>? progress)
    {
        var clock = Stopwatch.StartNew();
        var sentences = train.Where(s => s.Words.Count > 0 && s.Words.All(w => w.Head >= 0)).ToList();
        if (options.RightToLeft)
        {
            sentences = sentences.Select(Conllu.Reversed).ToList();
            dev = dev.Select(Conllu.Reversed).ToList();
        }
        if (sentences.Count == 0) throw new ArgumentException("no training sentences with heads", nameof(train));
        // The moved copies keep the tags of the original word order (jackknifed tags, when the caller re-tagged).
        if (options.FrontedTimeCopies > 0)
        {
            var copies = TreebankAugmentation.FrontedTimeCopies(sentences, options.FrontedTimeCopies, options.Seed);
            progress?.Invoke($"parser: {copies.Count} copies with the time phrase between subject and verb");
            sentences.AddRange(copies);
        }

        var (labels, Map) = Relations(sentences, options.MinRelationCount);
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);

        var examples = sentences.Select(s =>
        {
            int n = s.Words.Count;
            var words = s.Words.Select(w => new ParserInput(w.Form, w.Upos, w.Xpos, w.Lemma)).ToArray();
            var heads = s.Words.Select(w => w.Head == 0 ? n : w.Head - 1).ToArray();
            TransitionState.Projectivize(heads);
            var labs = s.Words.Select(w => w.Head == 0 ? labelIndex["root"] : labelIndex[Map(w.Deprel)]).ToArray();
            return new Example(words, heads, labs);
        }).ToArray();
        Supertagger? supertagger = null;
        if (options.Supertags)
        {
            // Runner-up supertags come from a one-pass supertagger only.
            var alts = options.SupertagAlternatives && options.SupertagPasses < 2 ? new int[examples.Length][] : null;
            var (tagger, tags) = JackknifeSupertags(sentences, [.. examples.Select(e => e.Words)], options.SupertagFolds, options.SupertagEpochs, options.Seed, progress, options.SupertagPasses, alternatives: alts);
            supertagger = tagger.WithAlternatives(alts is not null);
            for (int i = 0; i < examples.Length; i++) { examples[i].Supertags = tags[i]; if (alts is not null) examples[i].Alternatives = alts[i]; }
            if (options.HeadTags)
            {
                var (heads, htags) = JackknifeSupertags(sentences, [.. examples.Select(e => e.Words)], options.SupertagFolds, options.SupertagEpochs, options.Seed + 5, progress, options.SupertagPasses, Supertagger.HeadOf);
                supertagger = supertagger.WithHeads(heads);
                for (int i = 0; i < examples.Length; i++) examples[i].HeadTags = htags[i];
            }
        }

        GraphParser? guide = null;
        if (options.Stacked)
        {
            if (options.RightToLeft) throw new ArgumentException("a stacked parser reads words in their own order", nameof(options));
            guide = JackknifeGuide(sentences, examples, labels, dev, supertagger, options, progress);
        }

        progress?.Invoke($"parser: {examples.Length} training sentences, {examples.Sum(e => e.Words.Length)} words, {labels.Length} relations");

        int classCount = TransitionState.ClassCount(labels.Length);
        int rootLabel = labelIndex["root"];
        var perceptron = new ParserPerceptron(classCount);
        var state = new TransitionState();
        var feats = new ParserFeatures();
        var fbuf = new ulong[ParserFeatures.MaxFeatures];
        var scores = new float[classCount];
        var costs = new int[classCount];
        var rnd = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();

        var beam = options.Beam > 1 ? new ParserBeam(options.Beam, classCount, rootLabel) : null;
        DependencyParser? best = null;
        double bestLas = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rnd.Shuffle(order);
            long decisions = 0, errors = 0;
            bool beamEpoch = options.Beam > 1 && epoch > options.GreedyEpochs;
            foreach (int idx in order)
            {
                var ex = examples[idx];
                feats.Load(ex.Words, ex.Supertags, ex.GuideHead, ex.GuideLabel, ex.HeadTags, ex.Alternatives);
                if (beamEpoch)
                {
                    // Ticks count transitions, as in the greedy epochs, so both kinds weigh alike in the average.
                    decisions++;
                    if (beam!.Train(feats, ex.GoldHead, ex.GoldLabel, perceptron, options.MaxViolation)) errors++;
                    perceptron.Tick(2 * ex.Words.Length);
                    continue;
                }
                state.Reset(ex.Words.Length);
                while (!state.IsTerminal)
                {
                    int k = feats.Extract(state, fbuf);
                    var f = fbuf.AsSpan(0, k);
                    perceptron.Score(f, scores);
                    int minCost = state.LabelledCosts(ex.GoldHead, ex.GoldLabel, rootLabel, costs.AsSpan(0, classCount));
                    int guess = -1, oracle = -1;
                    for (int c = 0; c < classCount; c++)
                    {
                        if (costs[c] == int.MaxValue) continue;
                        if (guess < 0 || scores[c] > scores[guess]) guess = c;
                        if (costs[c] == minCost && (oracle < 0 || scores[c] > scores[oracle])) oracle = c;
                    }
                    decisions++;
                    int next = oracle;
                    if (costs[guess] != minCost)
                    {
                        errors++;
                        perceptron.Update(f, oracle, guess);
                        if (epoch > 1 && rnd.NextDouble() < options.Explore) next = guess;
                    }
                    else next = guess;
                    perceptron.Tick();
                    state.Apply(next);
                }
            }
            var model = perceptron.Average(options.Prune);
            var parser = new DependencyParser(model, labels, options.Beam, supertagger,
                options.Beam > 1
                    ? $"arc-hybrid parser, beam {options.Beam}, structured averaged perceptron with early update after {options.GreedyEpochs} greedy dynamic-oracle epochs; {examples.Length} training sentences; epoch {epoch}, seed {options.Seed}"
                    : $"arc-hybrid greedy {(options.RightToLeft ? "right-to-left " : guide is not null ? "stacked " : "")}parser, dynamic oracle, averaged perceptron{(supertagger is null ? "" : $", {supertagger.Classes.Count} supertags")}; {examples.Length} training sentences; epoch {epoch}, seed {options.Seed}",
                options.RightToLeft, guide: guide);
            var (uas, las, ulas) = dev.Count > 0 ? Evaluate(parser, dev) : (0, 0, 0);
            progress?.Invoke($"parser epoch {epoch}: train error {100.0 * errors / decisions:F2}% of {decisions} {(beamEpoch ? "sentences (beam updates)" : "transitions")}; " +
                             $"{perceptron.FeatureCount} features, {perceptron.EntryCount} weights ({model.FeatureCount}/{model.WeightCount} after pruning); " +
                             $"dev UAS {uas:F2} LAS {las:F2} (universal {ulas:F2}); {clock.Elapsed.TotalSeconds:F0}s");
            if (dev.Count == 0) { best = parser; continue; }
            if (las > bestLas) { bestLas = las; best = parser; bestEpoch = epoch; }
            else if (epoch - bestEpoch >= options.Patience) break;
        }
        progress?.Invoke($"parser: best dev LAS {bestLas:F2} at epoch {bestEpoch}; {clock.Elapsed.TotalSeconds:F0}s");
        return best!;
    }

    /// <summary>
    /// A jackknife fold for each sentence, drawn from <paramref name="rnd"/> in sentence order. Folds follow sentence
    /// ids when there are some, so that copies of one sentence (a treebank given twice with different jackknifed tags)
    /// never tag or parse each other.
    /// </summary>
    private static int[] FoldsBySentenceId(IReadOnlyList<ConlluSentence> sentences, int folds, Random rnd)
    {
        var foldOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        return sentences.Select(s => s.SentenceId is { } id
            ? (foldOfId.TryGetValue(id, out int f) ? f : foldOfId[id] = rnd.Next(folds))
            : rnd.Next(folds)).ToArray();
    }

    /// <summary>
    /// Trains the guide graph parser fold by fold on all but one part and parses that part with it (the guide trees the
    /// transition parser learns from are then as wrong as at run time), then the final guide on all sentences, with early
    /// stopping on <paramref name="dev"/>. The examples' jackknifed supertags are reused by every guide.
    /// </summary>
    private static GraphParser JackknifeGuide(List<ConlluSentence> sentences, Example[] examples, string[] labels,
        IReadOnlyList<ConlluSentence> dev, Supertagger? supertagger, ParserTrainingOptions options, Action<string>? progress)
    {
        var clock = Stopwatch.StartNew();
        var words = examples.Select(e => e.Words).ToArray();
        var heads = examples.Select(e => e.GoldHead).ToArray();
        var labs = examples.Select(e => e.GoldLabel).ToArray();
        var tags = examples.Select(e => e.Supertags).ToArray();
        int folds = Math.Max(2, options.GuideFolds);
        var fold = FoldsBySentenceId(sentences, folds, new Random(options.Seed + 71));
        long right = 0, total = 0;
        for (int f = 0; f < folds; f++)
        {
            var part = Enumerable.Range(0, words.Length).Where(i => fold[i] != f).ToArray();
            if (part.Length == 0) continue;
            var g = GraphParserTrainer.TrainCore([.. part.Select(i => words[i])], [.. part.Select(i => heads[i])], [.. part.Select(i => labs[i])],
                [.. part.Select(i => tags[i])], supertagger, labels, [], options.GuideFoldEpochs, 1, options.GuidePrune, options.Seed + f, $" fold {f + 1}", progress);
            for (int i = 0; i < words.Length; i++)
            {
                if (fold[i] != f) continue;
                int n = words[i].Length;
                var h = new int[n];
                var l = new int[n];
                g.Guide(words[i], tags[i], h, l);
                examples[i].GuideHead = h;
                examples[i].GuideLabel = l;
                for (int j = 0; j < n; j++) { total++; if (h[j] == heads[i][j]) right++; }
            }
        }
        progress?.Invoke($"guide: jackknifed UAS {100.0 * right / Math.Max(1, total):F2} % (against lifted gold) over {folds} folds; {clock.Elapsed.TotalSeconds:F0}s");
        var guide = GraphParserTrainer.TrainCore(words, heads, labs, tags, supertagger, labels, dev, options.GuideEpochs, 1, options.GuidePrune, options.Seed, " (guide)", progress);
        foreach (var e in examples)
            if (e.GuideHead.Length != e.Words.Length)
            {
                e.GuideHead = new int[e.Words.Length];
                e.GuideLabel = new int[e.Words.Length];
                guide.Guide(e.Words, e.Supertags, e.GuideHead, e.GuideLabel);
            }
        return guide.WithoutSupertagger();
    }

    /// <summary>The relation inventory of a treebank: rare subtypes fall back to their universal part so every class has
    /// evidence; sorted, with "root". <c>Map</c> gives a treebank relation's class name.</summary>
    internal static (string[] Labels, Func<string, string> Map) Relations(IReadOnlyList<ConlluSentence> sentences, int minRelationCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s.Words) counts[w.Deprel] = counts.GetValueOrDefault(w.Deprel) + 1;
        string Map(string rel) => counts.GetValueOrDefault(rel) >= minRelationCount || !rel.Contains(':') ? rel : rel[..rel.IndexOf(':')];
        return (counts.Keys.Select(Map).Append("root").Distinct().Order(StringComparer.Ordinal).ToArray(), Map);
    }

    /// <summary>
    /// Trains the supertagger on all training sentences (for run time) and, fold by fold, on all but one part
    /// to tag that part: the parser then learns from supertags as wrong as those it will get.
    /// </summary>
    /// <remarks>Also used by <see cref="GraphParserTrainer"/>: returns the final supertagger and the jackknifed supertags of each sentence.</remarks>
    internal static (Supertagger Tagger, int[][] Tags) JackknifeSupertags(IReadOnlyList<ConlluSentence> sentences, ParserInput[][] words,
        int supertagFolds, int epochs, int seed, Action<string>? progress, int passes = 1, Func<ConlluSentence, ConlluWord, string>? classOf = null, int[][]? alternatives = null)
    {
        if (alternatives is not null && passes > 1) throw new ArgumentException("runner-up supertags come from a one-pass supertagger", nameof(alternatives));
        var clock = Stopwatch.StartNew();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var gold = sentences.Select(s => s.Words.Select(w =>
        {
            var tag = classOf is null ? Supertagger.Of(w) : classOf(s, w);
            if (!names.TryGetValue(tag, out int c)) names[tag] = c = names.Count;
            return c;
        }).ToArray()).ToArray();
        var classes = names.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        var result = new int[words.Length][];
        int folds = Math.Max(2, supertagFolds);
        var fold = FoldsBySentenceId(sentences, folds, new Random(seed + 53));
        long right = 0, total = 0;
        for (int f = 0; f < folds; f++)
        {
            var part = Enumerable.Range(0, words.Length).Where(i => fold[i] != f).ToArray();
            if (part.Length == 0) continue; // a tiny corpus all in one fold: its words get the full tagger's guesses below
            var tagger = Supertagger.Train([.. part.Select(i => words[i])], [.. part.Select(i => gold[i])], classes, epochs, seed + f);
            for (int i = 0; i < words.Length; i++)
            {
                if (fold[i] != f) continue;
                var tags = new int[words[i].Length];
                if (alternatives is not null) alternatives[i] = new int[tags.Length];
                tagger.Tag(words[i], tags, alternatives is null ? default : alternatives[i]);
                result[i] = tags;
                for (int j = 0; j < tags.Length; j++) { total++; if (tags[j] == gold[i][j]) right++; }
            }
        }
        var full = Supertagger.Train(words, gold, classes, epochs, seed);
        for (int i = 0; i < words.Length; i++)
            if (result[i] is null)
            {
                result[i] = new int[words[i].Length];
                if (alternatives is not null) alternatives[i] = new int[words[i].Length];
                full.Tag(words[i], result[i], alternatives is null ? default : alternatives[i]);
            }
        progress?.Invoke($"{(classOf is null ? "supertagger" : "head tagger")}: {classes.Length} classes, jackknifed accuracy {100.0 * right / Math.Max(1, total):F2} % over {folds} folds; {clock.Elapsed.TotalSeconds:F0}s");
        if (passes < 2) return (full, result);
        // The second pass learns from the jackknifed first-pass guesses and, fold by fold, tags each part from that part's
        // own jackknifed first pass: its guesses for the parser are as wrong as at run time too.
        var second = new int[words.Length][];
        right = 0; total = 0;
        for (int f = 0; f < folds; f++)
        {
            var part = Enumerable.Range(0, words.Length).Where(i => fold[i] != f).ToArray();
            if (part.Length == 0) continue;
            var tagger = Supertagger.TrainSecond(full, [.. part.Select(i => words[i])], [.. part.Select(i => gold[i])], [.. part.Select(i => result[i])], epochs, seed + 10 + f);
            for (int i = 0; i < words.Length; i++)
            {
                if (fold[i] != f) continue;
                var tags = new int[words[i].Length];
                tagger.TagSecond(words[i], result[i], tags);
                second[i] = tags;
                for (int j = 0; j < tags.Length; j++) { total++; if (tags[j] == gold[i][j]) right++; }
            }
        }
        var full2 = Supertagger.TrainSecond(full, words, gold, result, epochs, seed + 10);
        for (int i = 0; i < words.Length; i++)
            if (second[i] is null)
            {
                second[i] = new int[words[i].Length];
                full2.TagSecond(words[i], result[i], second[i]);
            }
        progress?.Invoke($"supertagger, second pass: jackknifed accuracy {100.0 * right / Math.Max(1, total):F2} %; {clock.Elapsed.TotalSeconds:F0}s");
        return (full2, second);
    }

    /// <summary>UAS, LAS (full relation) and LAS over the universal part of the relation, in percent, over all words.</summary>
    public static (double Uas, double Las, double UniversalLas) Evaluate(DependencyParser parser, IReadOnlyList<ConlluSentence> gold) =>
        Evaluate(parser.Parse, gold);

    /// <summary>A parser's Parse method: heads (-1 = root) and relations of the words.</summary>
    internal delegate void ParseFunction(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations);

    /// <summary>As above, for any parser (the graph-based one too).</summary>
    internal static (double Uas, double Las, double UniversalLas) Evaluate(ParseFunction parse, IReadOnlyList<ConlluSentence> gold)
    {
        long total = 0, uas = 0, las = 0, ulas = 0;
        var heads = new int[256];
        var rels = new string[256];
        var words = new List<ParserInput>();
        foreach (var s in gold)
        {
            int n = s.Words.Count;
            if (heads.Length < n) { heads = new int[n * 2]; rels = new string[n * 2]; }
            words.Clear();
            foreach (var w in s.Words) words.Add(new ParserInput(w.Form, w.Upos, w.Xpos, w.Lemma));
            parse(words, heads, rels);
            for (int i = 0; i < n; i++)
            {
                var w = s.Words[i];
                total++;
                if (heads[i] != w.Head - 1) continue;
                uas++;
                if (rels[i] == w.Deprel) las++;
                if (Universal(rels[i]).SequenceEqual(Universal(w.Deprel))) ulas++;
            }
        }
        return total == 0 ? (0, 0, 0) : (100.0 * uas / total, 100.0 * las / total, 100.0 * ulas / total);
    }

    internal static ReadOnlySpan<char> Universal(string rel)
    {
        int c = rel.IndexOf(':');
        return c < 0 ? rel : rel.AsSpan(0, c);
    }
}
