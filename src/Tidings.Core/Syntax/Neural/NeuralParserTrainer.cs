using System.Diagnostics;

namespace Tidings.Syntax.Neural;

/// <summary>Settings of <see cref="NeuralParser.Train"/>.</summary>
public sealed record NeuralParserOptions
{
    public ParserNetworkShape Shape { get; init; } = new();
    /// <summary>Maximum passes over the training sentences (the best epoch on dev LAS is kept).</summary>
    public int Epochs { get; init; } = 10;
    /// <summary>Epochs without a dev LAS gain before stopping.</summary>
    public int Patience { get; init; } = 3;
    /// <summary>No new epoch starts when the last one would end past this many minutes of training (0 = no limit).</summary>
    public double MaxMinutes { get; init; }
    /// <summary>Seed of the initial weights, the shuffling, dropout and error exploration.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Adam's step size.</summary>
    public float LearningRate { get; init; } = 1e-3f;
    /// <summary>Adam's step size is multiplied by this after every epoch (1 = constant).</summary>
    public float LearningRateDecay { get; init; } = 1f;
    /// <summary>Sentences whose gradients are summed before an Adam step.</summary>
    public int Batch { get; init; } = 4;
    /// <summary>From the second epoch, the probability of following the model's own transition when it is wrong
    /// (error exploration with the dynamic oracle, Goldberg &amp; Nivre 2012).</summary>
    public double Explore { get; init; } = 0.9;
    /// <summary>From the second epoch, the probability of following the best wrong transition when the model ranks the
    /// correct one first but by less than the hinge margin (Kiperwasser &amp; Goldberg 2016's "aggressive exploration",
    /// p_agg = 0.1 in their paper): once the model fits its training set it makes few errors, and this shows it more
    /// configurations off the gold path. 0 = off (and then no random number is drawn, so older runs replay exactly).</summary>
    public double AggressiveExplore { get; init; }
    /// <summary>When above 0, dev is scored and the checkpoint saved with an exponential moving average of the weights
    /// (avg ← d avg + (1 − d) w after every Adam step) instead of the last weights: the average sits nearer the middle of
    /// the region Adam's noisy steps wander in. 0 = off.</summary>
    public float AverageDecay { get; init; }
    /// <summary>Word dropout (Kiperwasser &amp; Goldberg 2016): a word seen c times is replaced by the unknown word with
    /// probability α / (α + c), so the unknown vector is learned from rare words.</summary>
    public double WordDropout { get; init; } = 0.25;
    /// <summary>Dropout rate on the BiLSTM's output vectors in training.</summary>
    public float Dropout { get; init; }
    /// <summary>Forms seen fewer times than this in training share the unknown word's vector.</summary>
    public int MinWordCount { get; init; } = 2;
    /// <summary>Relations seen fewer times than this are kept only by their universal part (as <see cref="ParserTrainingOptions"/>).</summary>
    public int MinRelationCount { get; init; } = 5;
    /// <summary>When set, the model is saved there after every epoch that improves dev LAS (a long run can be stopped
    /// and still leave its best model).</summary>
    public string? Checkpoint { get; init; }
    /// <summary>Train on the first this many sentences only (0 = all): for quick experiments.</summary>
    public int MaxSentences { get; init; }
}

/// <summary>
/// Trains <see cref="NeuralParser"/> as Kiperwasser &amp; Goldberg (2016) train their arc-hybrid parser: the dynamic oracle
/// of <see cref="TransitionState.Costs"/> gives the transitions that lose no reachable gold arc; the loss of a step is the
/// hinge max(0, 1 − best correct score + best wrong score); error exploration follows the model's wrong choice from the
/// second epoch; gradients of a sentence flow back through the MLP, the BiLSTM and the embeddings, and Adam updates the
/// weights every few sentences. Non-projective gold trees are lifted (<see cref="TransitionState.Projectivize"/>) so the
/// oracle is exact. Single-threaded and deterministic for a seed.
/// </summary>
internal static class NeuralParserTrainer
{
    /// <summary>A training sentence: its words' input rows (n × FeatureCount) and its (projectivized) gold tree.</summary>
    internal sealed record Example(int[] Ids, int[] GoldHead, int[] GoldLabel);

    public static NeuralParser Train(IEnumerable<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev,
        NeuralParserOptions options, Action<string>? progress)
    {
        var clock = Stopwatch.StartNew();
        var sentences = train.Where(s => s.Words.Count > 0 && s.Words.All(w => w.Head >= 0)).ToList();
        if (options.MaxSentences > 0 && sentences.Count > options.MaxSentences) sentences = sentences.GetRange(0, options.MaxSentences);
        if (sentences.Count == 0) throw new ArgumentException("no training sentences with heads", nameof(train));
        var (labels, map) = ParserTrainer.Relations(sentences, options.MinRelationCount);
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);

        var formCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s.Words) formCounts[ParserNetwork.Normalize(w.Form)] = formCounts.GetValueOrDefault(ParserNetwork.Normalize(w.Form)) + 1;
        var vocabulary = formCounts.Where(p => p.Value >= options.MinWordCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        var upos = sentences.SelectMany(s => s.Words.Select(w => w.Upos)).Distinct().Order(StringComparer.Ordinal).ToList();
        var xpos = sentences.SelectMany(s => s.Words.Select(w => w.Xpos)).Distinct().Order(StringComparer.Ordinal).ToList();
        var net = new ParserNetwork(options.Shape, labels, Vocabularies(options, sentences, vocabulary, upos, xpos), options.Seed);
        var wordCount = new int[vocabulary.Count + 1];
        foreach (var w in vocabulary) wordCount[net.Words[w]] = formCounts[w];

        var examples = sentences.Select(s =>
        {
            int n = s.Words.Count;
            var heads = s.Words.Select(w => w.Head == 0 ? n : w.Head - 1).ToArray();
            TransitionState.Projectivize(heads);
            var ids = new int[n * net.FeatureCount];
            for (int i = 0; i < n; i++) net.Ids(s.Words[i].Form, s.Words[i].Upos, s.Words[i].Xpos, ids.AsSpan(i * net.FeatureCount, net.FeatureCount));
            return new Example(
                ids,
                heads,
                s.Words.Select(w => w.Head == 0 ? labelIndex["root"] : labelIndex[map(w.Deprel)]).ToArray());
        }).ToArray();
        progress?.Invoke($"neural parser: {examples.Length} sentences, {vocabulary.Count} word forms, {labels.Length} relations, " +
                         $"{net.ParameterCount:N0} parameters ({options.Shape})");

        var parser = new NeuralParser(net, "", frozen: false);
        var rnd = new Random(options.Seed);
        var sc = new NeuralScratch();
        var state = new TransitionState();
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var parameters = net.Parameters;
        float[][]? best = null;
        double bestLas = -1;
        int bestEpoch = 0, step = 0;
        string bestWhat = "";
        TimeSpan lastEpoch = TimeSpan.Zero;
        // The moving average of every parameter (null when off); it starts at the initial weights.
        float[][]? average = options.AverageDecay > 0 ? parameters.Select(p => (float[])p.W.Clone()).ToArray() : null;
        void Step(float rate)
        {
            step++;
            foreach (var p in parameters) p.AdamStep(rate, 0.9f, 0.999f, 1e-8f, step);
            if (average is null) return;
            for (int i = 0; i < parameters.Count; i++) Dense.MoveAverage(average[i], parameters[i].W, options.AverageDecay);
        }
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            if (options.MaxMinutes > 0 && (clock.Elapsed + lastEpoch).TotalMinutes > options.MaxMinutes)
            {
                progress?.Invoke($"neural parser: stopping before epoch {epoch}, which would end past {options.MaxMinutes} minutes");
                break;
            }
            var epochClock = Stopwatch.StartNew();
            float rate = options.LearningRate * MathF.Pow(options.LearningRateDecay, epoch - 1);
            rnd.Shuffle(order);
            double loss = 0;
            long decisions = 0, errors = 0;
            int inBatch = 0;
            foreach (int e in order)
            {
                var (l, d, err) = TrainSentence(net, sc, state, examples[e], wordCount, options, epoch, rnd, parser.RootLabel);
                loss += l; decisions += d; errors += err;
                if (++inBatch == options.Batch)
                {
                    Step(rate);
                    inBatch = 0;
                }
            }
            if (inBatch > 0) Step(rate);
            string line = $"neural parser epoch {epoch}: loss {loss / Math.Max(1, decisions):F4} per transition, train error {100.0 * errors / Math.Max(1, decisions):F2}% of {decisions}; ";
            // Candidates of the epoch: the last weights, and the moving average when kept. The best of them on dev LAS
            // becomes the checkpoint; training always goes on from the last weights.
            bool improved = false;
            void Consider(string what)
            {
                var (uas, las, ulas) = dev.Count > 0 ? parser.Evaluate(dev) : (0, 0, 0);
                line += $"dev{what} UAS {uas:F2} LAS {las:F2} (universal {ulas:F2}); ";
                if (dev.Count > 0 && las <= bestLas) return;
                bestLas = las;
                bestEpoch = epoch;
                bestWhat = what;
                improved = true;
                best = parameters.Select(p => (float[])p.W.Clone()).ToArray();
                if (options.Checkpoint is { } path) new NeuralParser(net, Describe(options, examples.Length, epoch, what), frozen: false).Save(path);
            }
            Consider("");
            if (average is not null)
            {
                var current = parameters.Select(p => (float[])p.W.Clone()).ToArray();
                for (int i = 0; i < parameters.Count; i++) average[i].CopyTo(parameters[i].W, 0);
                Consider(" (averaged weights)");
                for (int i = 0; i < parameters.Count; i++) current[i].CopyTo(parameters[i].W, 0);
            }
            lastEpoch = epochClock.Elapsed;
            progress?.Invoke(line + $"epoch {lastEpoch.TotalSeconds:F0}s, total {clock.Elapsed.TotalSeconds:F0}s ({Cpu():F0}s of processor time)");
            if (!improved && epoch - bestEpoch >= options.Patience) break;
        }
        if (best is not null)
            for (int i = 0; i < parameters.Count; i++) best[i].CopyTo(parameters[i].W, 0);
        progress?.Invoke($"neural parser: best dev LAS {bestLas:F2} at epoch {bestEpoch}{bestWhat}; {clock.Elapsed.TotalSeconds:F0}s");
        return new NeuralParser(net, Describe(options, examples.Length, bestEpoch, bestWhat), frozen: true);
    }

    /// <summary>
    /// The key → row maps of every input: words as given; tags; suffixes and shapes seen at least MinWordCount times in
    /// training (the rarer ones share row 0, which word dropout does not reach, so it is learned from rare keys only); the
    /// word classes of data/models/wordclasses.tsv (first clustering), class c at row c + 1, covering words training never saw.
    /// </summary>
    private static List<Dictionary<string, int>> Vocabularies(NeuralParserOptions options, List<ConlluSentence> sentences,
        IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos)
    {
        var shape = options.Shape;
        var result = new List<Dictionary<string, int>> { ParserNetwork.Index(words), ParserNetwork.Index(upos), ParserNetwork.Index(xpos) };
        var features = ParserNetwork.FeaturesOf(shape);
        for (int f = 3; f < features.Length; f++)
        {
            if (features[f] == InputFeature.Cluster)
            {
                var classes = Learning.WordClasses.Default ?? throw new InvalidOperationException("word-class inputs need data/models/wordclasses.tsv");
                result.Add(classes.Entries().ToDictionary(e => e.Word, e => e.Class + 1, StringComparer.Ordinal));
                continue;
            }
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var s in sentences)
                foreach (var w in s.Words)
                    foreach (var (feature, key) in ParserNetwork.Keys(shape, w.Form, w.Upos, w.Xpos))
                        if (feature == features[f]) counts[key] = counts.GetValueOrDefault(key) + 1;
            result.Add(ParserNetwork.Index([.. counts.Where(p => p.Value >= options.MinWordCount)
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)]));
        }
        return result;
    }

    private static string Describe(NeuralParserOptions o, int sentences, int epoch, string what = "") =>
        $"arc-hybrid greedy parser, BiLSTM {o.Shape.LstmLayers}×{o.Shape.LstmHidden} + MLP {o.Shape.MlpHidden} (Kiperwasser & Goldberg 2016), " +
        $"inputs {string.Join(" + ", ParserNetwork.FeaturesOf(o.Shape).Select(f => $"{f.ToString().ToLowerInvariant()} {ParserNetwork.DimOf(o.Shape, f)}"))}, " +
        $"dynamic oracle{(o.AggressiveExplore > 0 ? $" (aggressive exploration {o.AggressiveExplore})" : "")}, hinge loss, Adam{(o.LearningRateDecay < 1 ? $" (step × {o.LearningRateDecay} an epoch)" : "")}" +
        $"{(o.AverageDecay > 0 ? $", weights averaged (decay {o.AverageDecay})" : "")}, dropout {o.Dropout}; {sentences} training sentences; epoch {epoch}{what}, seed {o.Seed}";

    // Processor time of the whole process: on a shared machine the honest measure of the training's cost.
    private static double Cpu() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>One sentence: encode, follow the dynamic oracle (with exploration), add the gradients of the hinge losses.
    /// Returns the summed loss, the transitions and how many of them the model got wrong.</summary>
    internal static (double Loss, int Decisions, int Errors) TrainSentence(ParserNetwork net, NeuralScratch sc, TransitionState st, Example ex,
        int[] wordCount, NeuralParserOptions options, int epoch, Random rnd, int rootLabel)
    {
        int nf = net.FeatureCount, n = ex.Ids.Length / nf, classes = net.ClassCount;
        Span<int> ids = ex.Ids.Length <= 4096 ? stackalloc int[ex.Ids.Length] : new int[ex.Ids.Length];
        ex.Ids.CopyTo(ids);
        for (int i = 0; i < n; i++)
        {
            // Word dropout touches the form only: a dropped word keeps its tags, suffix, class and shape, as an unknown word does.
            int w = ids[i * nf];
            if (w != 0 && rnd.NextDouble() < options.WordDropout / (options.WordDropout + wordCount[w])) ids[i * nf] = 0;
        }
        sc.Load(net, ids);
        sc.Encode(net, training: true, rnd, options.Dropout);
        StartGradients(net, sc);
        st.Reset(n);
        Span<int> slots = stackalloc int[ParserNetwork.Slots];
        Span<int> costs = stackalloc int[classes];
        var scores = sc.Scores.AsSpan(0, classes);
        double loss = 0;
        int decisions = 0, errors = 0;
        bool any = false;
        while (!st.IsTerminal)
        {
            ParserNetwork.SlotRows(st, slots);
            net.Score(sc.P, n + 2, slots, sc.Hidden, scores);
            int minCost = st.LabelledCosts(ex.GoldHead, ex.GoldLabel, rootLabel, costs);
            int right = -1, wrong = -1;
            for (int c = 0; c < classes; c++)
            {
                if (costs[c] == int.MaxValue) continue;
                if (costs[c] == minCost) { if (right < 0 || scores[c] > scores[right]) right = c; }
                else if (wrong < 0 || scores[c] > scores[wrong]) wrong = c;
            }
            decisions++;
            int next = right;
            if (wrong >= 0)
            {
                float margin = scores[right] - scores[wrong];
                if (margin < 1)
                {
                    loss += 1 - margin;
                    AddStepGradient(net, sc, slots, n, right, wrong);
                    any = true;
                }
                if (margin < 0)
                {
                    errors++;
                    if (epoch > 1 && rnd.NextDouble() < options.Explore) next = wrong;
                }
                else if (margin < 1 && options.AggressiveExplore > 0 && epoch > 1 && rnd.NextDouble() < options.AggressiveExplore) next = wrong;
            }
            st.Apply(next);
        }
        if (any) BackwardSentence(net, sc, options.Dropout);
        return (loss, decisions, errors);
    }

    /// <summary>Clears the gradients of the precomputed products before a sentence's transitions.</summary>
    internal static void StartGradients(ParserNetwork net, NeuralScratch sc)
    {
        int rows = sc.Length + 2;
        Array.Clear(sc.DP, 0, ParserNetwork.Slots * rows * net.Shape.MlpHidden);
        Array.Clear(sc.DPUsed, 0, ParserNetwork.Slots * rows);
    }

    /// <summary>
    /// The gradient of score(<paramref name="wrong"/>) − score(<paramref name="right"/>) in the configuration last scored
    /// (sc.Hidden holds its hidden layer): into the output layer now, and into the precomputed products of the slots' rows,
    /// which <see cref="BackwardSentence"/> carries down to the weights of the first layer and to the encodings.
    /// </summary>
    internal static void AddStepGradient(ParserNetwork net, NeuralScratch sc, ReadOnlySpan<int> slots, int n, int right, int wrong)
    {
        int m = net.Shape.MlpHidden, rows = n + 2;
        var hidden = sc.Hidden.AsSpan(0, m);
        Dense.Axpy(-1f, hidden, net.W2.GradRow(right));
        Dense.Axpy(1f, hidden, net.W2.GradRow(wrong));
        net.B2.G[right] -= 1f;
        net.B2.G[wrong] += 1f;
        Span<float> dz = m <= 1024 ? stackalloc float[m] : new float[m];
        var wr = net.W2.Row(right);
        var ww = net.W2.Row(wrong);
        for (int j = 0; j < m; j++) dz[j] = (ww[j] - wr[j]) * (1 - hidden[j] * hidden[j]);
        Dense.Add(dz, net.B1.G);
        for (int k = 0; k < ParserNetwork.Slots; k++)
        {
            int at = k * rows + slots[k];
            Dense.Add(dz, sc.DP.AsSpan(at * m, m));
            sc.DPUsed[at] = true;
        }
    }

    /// <summary>Back-propagates the sentence's gradients of the precomputed products through the first MLP layer,
    /// the dropout mask, the BiLSTM and the embeddings (adds to every parameter's gradient).</summary>
    internal static void BackwardSentence(ParserNetwork net, NeuralScratch sc, float dropout)
    {
        int n = sc.Length, rows = n + 2, d = net.Encoding, m = net.Shape.MlpHidden;
        var dv = sc.DV.AsSpan(0, rows * d);
        dv.Clear();
        for (int k = 0; k < ParserNetwork.Slots; k++)
        {
            var w = net.W1.W.AsSpan(k * m * d, m * d);
            var g = net.W1.G.AsSpan(k * m * d, m * d);
            for (int r = 0; r < rows; r++)
            {
                if (!sc.DPUsed[k * rows + r]) continue;
                var dp = sc.DP.AsSpan((k * rows + r) * m, m);
                Dense.OuterAdd(dp, sc.V.AsSpan(r * d, d), g);
                Dense.MulTransposeAdd(w, dp, dv.Slice(r * d, d));
            }
        }
        Dense.Add(dv.Slice(n * d, 2 * d), net.Special.G);
        var dTop = dv[..(n * d)];
        if (dropout > 0) Dropout.Backward(dTop, sc.VMask.AsSpan(0, n * d));
        var dx = sc.DX.AsSpan(0, n * net.InputDim);
        dx.Clear();
        sc.Run.Backward(net.Lstm, sc.X.AsSpan(0, n * net.InputDim), n, dTop, dx);
        net.EmbedBackward(sc.Ids.AsSpan(0, n * net.FeatureCount), n, dx);
    }
}
