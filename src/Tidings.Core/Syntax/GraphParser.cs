using System.Diagnostics;
using Tidings.Documents;
using Tidings.Learning;
using Tidings.Pipeline;

namespace Tidings.Syntax;

/// <summary>
/// A first-order graph-based (arc-factored) dependency parser (McDonald, Crammer &amp; Pereira 2005): every possible
/// arc is scored by a linear model over <see cref="GraphFeatures"/>, one weight per relation, an arc's score being
/// that of its best relation, and Eisner's algorithm finds the projective tree of greatest total score. It is
/// trained with the averaged structured perceptron. It searches the whole tree space with local features, where the
/// transition parser searches greedily with rich history features, so the two make different errors (Nivre &amp;
/// McDonald 2008) and can be combined by reparsing (<see cref="DependencyParser.CombinedWith(GraphParser[])"/>).
/// Immutable after loading and safe to use from many threads (scratch is per thread).
/// </summary>
public sealed class GraphParser : IPipelineComponent
{
    public const string ModelKind = "parser-graph";
    /// <summary>Payload layout and feature-key version: bump whenever <see cref="GraphFeatures"/> or its hashing change.</summary>
    public const int ModelVersion = 1;
    /// <summary>The graph model that <see cref="DependencyParser.Default"/> combines with the transition parser when the build has it.</summary>
    public const string DataFile = "models/parser-graph.bin";
    /// <summary>Averaged weights below this are dropped from a trained model unless the caller says otherwise
    /// (<see cref="ParserTrainingOptions.Prune"/>'s default is the transition parser's).</summary>
    public const float DefaultPrune = 0.5f;

    private readonly ParserModel _model;
    private readonly string[] _labels;
    private readonly int _rootLabel;
    private readonly Supertagger? _supertagger;

    private readonly int _headCandidates;

    internal GraphParser(ParserModel model, string[] labels, Supertagger? supertagger, string description, int headCandidates = 0)
    {
        _headCandidates = headCandidates;
        if (model.ClassCount != labels.Length) throw new InvalidDataException($"graph parser model has {model.ClassCount} classes for {labels.Length} relations");
        _model = model;
        _labels = labels;
        _supertagger = supertagger;
        Description = description;
        _rootLabel = Array.IndexOf(labels, "root");
        if (_rootLabel < 0) throw new InvalidDataException("graph parser model has no 'root' relation");
    }

    public string Name => "parser";
    public Annotation Requires => Annotation.Tokens | Annotation.Sentences | Annotation.PartOfSpeech | Annotation.Lemmas;
    public Annotation Assigns => Annotation.Dependencies;
    public string Description { get; }
    public IReadOnlyList<string> Relations => _labels;
    public int FeatureCount => _model.FeatureCount;
    public int WeightCount => _model.WeightCount;
    public long MemoryBytes => _model.MemoryBytes + (_supertagger?.MemoryBytes ?? 0);
    internal int RootLabel => _rootLabel;

    /// <summary>A smaller copy without the weights below <paramref name="minWeight"/> in magnitude.</summary>
    public GraphParser Pruned(float minWeight) => new(_model.Pruned(minWeight), _labels, _supertagger, Description + $"; weights below {minWeight} pruned", _headCandidates);

    private sealed class Scratch
    {
        public readonly GraphFeatures Features = new();
        public readonly Eisner Eisner = new();
        public float[] Scores = new float[64];
        public int[] ArcLabel = new int[64];
        public float[] LabelGap = new float[64];
        public float[] Cheap = new float[64];
        public int[] Order = new int[64];
        public int[] Supertags = new int[64];
        public int[] Head = new int[64], Label = new int[64];
        public float[] ArcMargin = new float[64], LabelMargin = new float[64];
        public readonly List<ParserInput> Words = new();
        public int[] DocumentHeads = new int[256];
        public string[] DocumentRelations = new string[256];
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>
    /// Parses one sentence: <paramref name="heads"/>[i] is word i's head (0-based, -1 = root) and
    /// <paramref name="relations"/>[i] its relation. Long sentences are parsed in chunks of
    /// <see cref="DependencyParser.MaxChunk"/> words whose roots hang on the first chunk's root.
    /// </summary>
    public void Parse(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        if (n == 0) return;
        if (heads.Length < n || relations.Length < n) throw new ArgumentException("heads and relations must hold one item per word");
        var sc = t_scratch ??= new Scratch();
        int firstRoot = -1;
        var chunk = n <= DependencyParser.MaxChunk ? words : null;
        for (int start = 0; start < n; start += DependencyParser.MaxChunk)
        {
            int len = Math.Min(DependencyParser.MaxChunk, n - start);
            var part = chunk ?? words.Skip(start).Take(len).ToList();
            if (sc.Head.Length < len)
            {
                sc.Head = new int[len * 2]; sc.Label = new int[len * 2]; sc.ArcMargin = new float[len * 2]; sc.LabelMargin = new float[len * 2];
            }
            Parse(part, sc.Head, sc.Label, sc.ArcMargin, sc.LabelMargin);
            for (int i = 0; i < len; i++)
            {
                int h = sc.Head[i];
                if (h == len)
                {
                    if (firstRoot < 0) { firstRoot = start + i; heads[start + i] = -1; relations[start + i] = "root"; }
                    else { heads[start + i] = firstRoot; relations[start + i] = "parataxis"; }
                    continue;
                }
                heads[start + i] = start + h;
                relations[start + i] = _labels[sc.Label[i]];
            }
        }
    }

    /// <summary>
    /// Parses into <paramref name="head"/> (the root as n) and relation indexes; <paramref name="arcMargin"/>[d] receives
    /// how far the chosen arc to d scored above d's best other head, <paramref name="labelMargin"/>[d] how far its
    /// relation scored above the next best (both for <see cref="ParserCombination"/>'s votes).
    /// </summary>
    internal void Parse(IReadOnlyList<ParserInput> words, Span<int> head, Span<int> label, Span<float> arcMargin, Span<float> labelMargin)
    {
        int n = words.Count;
        if (n == 0) return;
        var sc = t_scratch ??= new Scratch();
        if (_supertagger is not null)
        {
            if (sc.Supertags.Length < n) sc.Supertags = new int[n * 2];
            _supertagger.Tag(words, sc.Supertags);
            sc.Features.Load(words, sc.Supertags.AsSpan(0, n));
        }
        else sc.Features.Load(words, default);
        ScoreArcs(_model, sc.Features, sc.Eisner, ref sc.Scores, ref sc.ArcLabel, ref sc.LabelGap, _rootLabel, default);
        sc.Eisner.Decode(n);
        int m = n + 1;
        var score = sc.Eisner.Score;
        var eh = sc.Eisner.Heads;
        for (int d = 0; d < n; d++)
        {
            int hp = eh[d + 1];
            head[d] = hp == 0 ? n : hp - 1;
            int a = hp * m + d + 1;
            label[d] = sc.ArcLabel[a];
            labelMargin[d] = sc.LabelGap[a];
            float other = float.NegativeInfinity;
            for (int h = 0; h <= n; h++)
                if (h != hp && h != d + 1 && score[h * m + d + 1] > other) other = score[h * m + d + 1];
            arcMargin[d] = score[a] - other;
        }
    }

    /// <summary>
    /// Parses for a stacked transition parser (<see cref="DependencyParser"/> with a guide): heads with the root as n and
    /// relation indexes, reading the caller's <paramref name="supertags"/> (the stacked parser's supertagger is trained
    /// with the guide's, on the same jackknifed data) or this parser's own when empty.
    /// </summary>
    internal void Guide(IReadOnlyList<ParserInput> words, ReadOnlySpan<int> supertags, Span<int> head, Span<int> label)
    {
        int n = words.Count;
        if (n == 0) return;
        var sc = t_scratch ??= new Scratch();
        if (supertags.IsEmpty && _supertagger is not null)
        {
            if (sc.Supertags.Length < n) sc.Supertags = new int[n * 2];
            _supertagger.Tag(words, sc.Supertags);
            supertags = sc.Supertags.AsSpan(0, n);
        }
        sc.Features.Load(words, supertags);
        if (_headCandidates > 0 && n > _headCandidates + 1) ScoreArcsPruned(sc, _headCandidates);
        else ScoreArcs(_model, sc.Features, sc.Eisner, ref sc.Scores, ref sc.ArcLabel, ref sc.LabelGap, _rootLabel, default);
        sc.Eisner.Decode(n);
        int m = n + 1;
        var eh = sc.Eisner.Heads;
        for (int d = 0; d < n; d++)
        {
            int hp = eh[d + 1];
            head[d] = hp == 0 ? n : hp - 1;
            label[d] = sc.ArcLabel[hp * m + d + 1];
        }
    }

    /// <summary>As <see cref="ScoreArcs"/> without gold, scoring each word's heads with the cheap features first and only the
    /// best <paramref name="k"/> with every feature; the other arcs get a score far below any real one.</summary>
    private void ScoreArcsPruned(Scratch sc, int k)
    {
        var features = sc.Features;
        int n = features.Count, m = n + 1, classes = _model.ClassCount;
        sc.Eisner.Start(n);
        if (sc.ArcLabel.Length < m * m) { sc.ArcLabel = new int[m * m * 2]; sc.LabelGap = new float[m * m * 2]; }
        if (sc.Scores.Length < classes) sc.Scores = new float[classes];
        if (sc.Cheap.Length < m) { sc.Cheap = new float[m * 2]; sc.Order = new int[m * 2]; }
        var scores = sc.Scores.AsSpan(0, classes);
        Span<ulong> keys = stackalloc ulong[GraphFeatures.MaxFeatures];
        var arc = sc.Eisner.Score;
        var cheap = sc.Cheap;
        var order = sc.Order;
        for (int d = 0; d < n; d++)
        {
            for (int h = 0; h <= n; h++)
            {
                int p0 = (h == n ? 0 : h + 1) * m + d + 1;
                arc[p0] = -1e6f;
                sc.ArcLabel[p0] = h == n ? _rootLabel : _rootLabel == 0 ? 1 : 0; // read only if a projective tree needs the arc
                if (h == d) { cheap[h] = float.NegativeInfinity; continue; }
                int c = features.ExtractCheap(h, d, keys);
                _model.Score(keys[..c], scores);
                float top = h == n ? scores[_rootLabel] : float.NegativeInfinity;
                if (h != n)
                    for (int x = 0; x < classes; x++) if (x != _rootLabel && scores[x] > top) top = scores[x];
                cheap[h] = top;
            }
            // The k best heads by the cheap score (partial selection; k is small).
            int kept = 0;
            for (int h = 0; h <= n; h++)
            {
                if (h == d) continue;
                if (kept < k) { order[kept++] = h; }
                else
                {
                    int worst = 0;
                    for (int j = 1; j < k; j++) if (cheap[order[j]] < cheap[order[worst]]) worst = j;
                    if (cheap[h] > cheap[order[worst]]) order[worst] = h;
                }
            }
            for (int j = 0; j < kept; j++)
            {
                int h = order[j];
                int c = features.Extract(h, d, keys);
                _model.Score(keys[..c], scores);
                int best, pos = (h == n ? 0 : h + 1) * m + d + 1;
                float top, second = float.NegativeInfinity;
                if (h == n) { best = _rootLabel; top = scores[_rootLabel]; }
                else
                {
                    best = _rootLabel == 0 ? 1 : 0;
                    top = scores[best];
                    for (int x = 0; x < classes; x++)
                    {
                        if (x == _rootLabel || x == best) continue;
                        float v = scores[x];
                        if (v > top) { second = top; top = v; best = x; }
                        else if (v > second) second = v;
                    }
                }
                arc[pos] = top;
                sc.ArcLabel[pos] = best;
                sc.LabelGap[pos] = top - second;
            }
        }
    }

    /// <summary>This parser without its supertagger (a stacked parser's guide shares the stacked parser's).</summary>
    internal GraphParser WithoutSupertagger() => new(_model, _labels, null, Description, _headCandidates);

    /// <summary>
    /// A copy that, as a stacked parser's guide, scores every arc with a few cheap features first
    /// (<see cref="GraphFeatures.ExtractCheap"/>) and only each word's best <paramref name="k"/> heads with every feature
    /// (0: all heads). Arc pruning of this kind trades a little of the guide's accuracy for speed.
    /// </summary>
    public GraphParser WithHeadCandidates(int k) => new(_model, _labels, _supertagger, Description, Math.Max(0, k));

    /// <summary>This parser with <paramref name="supertagger"/> (a stacked parser's guide, to vote in a combination).</summary>
    internal GraphParser WithSupertagger(Supertagger? supertagger) => new(_model, _labels, supertagger, Description, _headCandidates);

    /// <summary>Heads per word scored with every feature when guiding (0 = all).</summary>
    public int HeadCandidates => _headCandidates;

    /// <summary>After <see cref="Parse(IReadOnlyList{ParserInput}, Span{int}, Span{int}, Span{float}, Span{float})"/>
    /// on this thread: adds (or, when <paramref name="add"/> is false, writes) each arc's soft vote, the softmax over the
    /// dependent's heads of the arc scores (see <see cref="ParserCombination.SoftWeight"/>), into the Eisner-position matrix.</summary>
    internal void AddSoftVotes(int n, ref float[] soft, bool add)
    {
        var sc = t_scratch!;
        int m = n + 1;
        if (soft.Length < m * m)
        {
            if (add) Array.Resize(ref soft, m * m * 2); else soft = new float[m * m * 2];
        }
        var score = sc.Eisner.Score;
        const float t = ParserCombination.SoftTemperature, w = ParserCombination.SoftWeight;
        for (int d = 1; d <= n; d++)
        {
            float max = float.NegativeInfinity;
            for (int h = 0; h <= n; h++) if (h != d && score[h * m + d] > max) max = score[h * m + d];
            float z = 0;
            for (int h = 0; h <= n; h++) if (h != d) z += MathF.Exp((score[h * m + d] - max) / t);
            for (int h = 0; h <= n; h++)
            {
                float v = h == d ? 0 : w * MathF.Exp((score[h * m + d] - max) / t) / z;
                if (add) soft[h * m + d] += v; else soft[h * m + d] = v;
            }
        }
    }

    /// <summary>
    /// Scores every arc of the sentence loaded in <paramref name="features"/> into <paramref name="eisner"/>'s matrix
    /// (positions: 0 = root, word i = i + 1), each with its best relation (only "root" from the root, never "root"
    /// elsewhere) and that relation's lead over the next. With <paramref name="goldHead"/> (training), every arc not in
    /// the gold tree gets one point more, so that the perceptron learns to win by a margin.
    /// </summary>
    internal static void ScoreArcs(ITransitionScorer model, GraphFeatures features, Eisner eisner, ref float[] scores,
        ref int[] arcLabel, ref float[] labelGap, int rootLabel, ReadOnlySpan<int> goldHead)
    {
        int n = features.Count, m = n + 1, classes = model.ClassCount;
        eisner.Start(n);
        if (arcLabel.Length < m * m) { arcLabel = new int[m * m * 2]; labelGap = new float[m * m * 2]; }
        if (scores.Length < classes) scores = new float[classes];
        var sc = scores.AsSpan(0, classes);
        Span<ulong> keys = stackalloc ulong[GraphFeatures.MaxFeatures];
        var arc = eisner.Score;
        for (int d = 0; d < n; d++)
        {
            for (int h = 0; h <= n; h++)
            {
                if (h == d) continue;
                int k = features.Extract(h, d, keys);
                model.Score(keys[..k], sc);
                int best, pos = (h == n ? 0 : h + 1) * m + d + 1;
                float top, second = float.NegativeInfinity;
                if (h == n) { best = rootLabel; top = sc[rootLabel]; }
                else
                {
                    best = rootLabel == 0 ? 1 : 0;
                    top = sc[best];
                    for (int c = 0; c < classes; c++)
                    {
                        if (c == rootLabel || c == best) continue;
                        float v = sc[c];
                        if (v > top) { second = top; top = v; best = c; }
                        else if (v > second) second = v;
                    }
                }
                if (!goldHead.IsEmpty && goldHead[d] != h) top += 1;
                arc[pos] = top;
                arcLabel[pos] = best;
                labelGap[pos] = top - second;
            }
        }
    }

    /// <summary>Sets every token's head and relation with this parser alone (for measuring it; the pipeline combines it
    /// with the transition parser, see <see cref="DependencyParser.CombinedWith(GraphParser[])"/>).</summary>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var sc = t_scratch ??= new Scratch();
        DependencyParser.ParseDocument(document, Parse, sc.Words, ref sc.DocumentHeads, ref sc.DocumentRelations, cancellationToken);
    }

    // ---- model file ---------------------------------------------------------------------------------------

    public static GraphParser Load(string path)
    {
        using var fs = File.OpenRead(path);
        return Load(fs, path);
    }

    public static GraphParser Load(Stream s, string name) =>
        ModelFile.Read(s, name, ModelKind, ModelVersion, (r, h) => ReadPayload(r, name, h.Description));

    public void Save(string path) => ModelFile.Save(path, ModelKind, ModelVersion, Description, WritePayload);

    public void Save(Stream s) => ModelFile.Write(s, ModelKind, ModelVersion, Description, WritePayload);

    /// <summary>Reads what <see cref="WritePayload"/> wrote (also inside a stacked parser's file).</summary>
    internal static GraphParser ReadPayload(BinaryReader r, string name, string description)
    {
        int n = r.ReadInt32();
        if (n is < 2 or > 1000) throw new InvalidDataException($"{name}: bad relation count {n}");
        var labels = new string[n];
        for (int i = 0; i < n; i++) labels[i] = r.ReadString();
        var model = ParserModel.Read(r);
        var supertagger = r.ReadBoolean() ? Supertagger.Read(r, name) : null;
        return new GraphParser(model, labels, supertagger, description);
    }

    internal void WritePayload(BinaryWriter w)
    {
        w.Write(_labels.Length);
        foreach (var l in _labels) w.Write(l);
        _model.Write(w);
        w.Write(_supertagger is not null);
        _supertagger?.Write(w);
    }

    /// <summary>Trains a graph parser; see <see cref="GraphParserTrainer"/>. Tags and lemmas of <paramref name="train"/> are used as given.</summary>
    public static GraphParser Train(IEnumerable<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev,
        ParserTrainingOptions options, Action<string>? progress = null) => GraphParserTrainer.Train(train, dev, options, progress);

    /// <summary>UAS, LAS (full relation) and LAS on the universal part (CoNLL 2018), in percent, parsing <paramref name="gold"/> with its own tags.</summary>
    public (double Uas, double Las, double UniversalLas) Evaluate(IReadOnlyList<ConlluSentence> gold) => ParserTrainer.Evaluate(Parse, gold);
}

/// <summary>
/// Trains <see cref="GraphParser"/> with the averaged structured perceptron (Collins 2002): each training sentence is
/// parsed with the current weights (cost-augmented: arcs outside the gold tree get one point more), and where the
/// predicted arc or relation of a word differs from the gold one, the gold arc's features gain one for the gold relation
/// and the predicted arc's lose one for the predicted relation. Non-projective gold trees are lifted first
/// (<see cref="TransitionState.Projectivize"/>), as Eisner's algorithm finds only projective trees. Same relation
/// inventory, supertagger and jackknifed supertags as <see cref="ParserTrainer"/>; early stopping on dev LAS.
/// </summary>
internal static class GraphParserTrainer
{
    public static GraphParser Train(IEnumerable<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev,
        ParserTrainingOptions options, Action<string>? progress)
    {
        var sentences = train.Where(s => s.Words.Count > 0 && s.Words.All(w => w.Head >= 0)).ToList();
        if (sentences.Count == 0) throw new ArgumentException("no training sentences with heads", nameof(train));
        var (labels, map) = ParserTrainer.Relations(sentences, options.MinRelationCount);
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        int rootLabel = labelIndex["root"];
        var words = sentences.Select(s => s.Words.Select(w => new ParserInput(w.Form, w.Upos, w.Xpos, w.Lemma)).ToArray()).ToArray();
        var goldHeads = sentences.Select(s =>
        {
            int n = s.Words.Count;
            var heads = s.Words.Select(w => w.Head == 0 ? n : w.Head - 1).ToArray();
            TransitionState.Projectivize(heads);
            return heads;
        }).ToArray();
        var goldLabels = sentences.Select(s => s.Words.Select(w => w.Head == 0 ? rootLabel : labelIndex[map(w.Deprel)]).ToArray()).ToArray();
        Supertagger? supertagger = null;
        int[][] supertags = words.Select(w => Array.Empty<int>()).ToArray();
        if (options.Supertags)
            (supertagger, supertags) = ParserTrainer.JackknifeSupertags(sentences, words, options.SupertagFolds, options.SupertagEpochs, options.Seed, progress);
        progress?.Invoke($"graph parser: {sentences.Count} training sentences, {words.Sum(w => w.Length)} words, {labels.Length} relations");
        return TrainCore(words, goldHeads, goldLabels, supertags, supertagger, labels, dev, options.Epochs, options.Patience, options.Prune, options.Seed, "", progress);
    }

    /// <summary>
    /// The perceptron epochs on prepared sentences (heads projective, root as n; relation indexes into <paramref name="labels"/>;
    /// supertags jackknifed). Without <paramref name="dev"/> all <paramref name="epochs"/> are run and the last model returned.
    /// </summary>
    internal static GraphParser TrainCore(ParserInput[][] words, int[][] goldHeads, int[][] goldLabels, int[][] supertags,
        Supertagger? supertagger, string[] labels, IReadOnlyList<ConlluSentence> dev, int epochs, int patience, float prune, int seed,
        string tag, Action<string>? progress)
    {
        var clock = Stopwatch.StartNew();
        int rootLabel = Array.IndexOf(labels, "root");
        var perceptron = new ParserPerceptron(labels.Length);
        var features = new GraphFeatures();
        var eisner = new Eisner();
        var keys = new ulong[GraphFeatures.MaxFeatures];
        float[] scores = new float[labels.Length], gap = new float[64];
        int[] arcLabel = new int[64];
        var rnd = new Random(seed);
        var order = Enumerable.Range(0, words.Length).ToArray();
        GraphParser? best = null;
        double bestLas = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rnd.Shuffle(order);
            long arcs = 0, wrong = 0;
            foreach (int s in order)
            {
                var ws = words[s];
                int n = ws.Length, m = n + 1;
                var gh = goldHeads[s];
                var gl = goldLabels[s];
                features.Load(ws, supertags[s]);
                GraphParser.ScoreArcs(perceptron, features, eisner, ref scores, ref arcLabel, ref gap, rootLabel, gh);
                eisner.Decode(n);
                for (int d = 0; d < n; d++)
                {
                    int hp = eisner.Heads[d + 1];
                    int ph = hp == 0 ? n : hp - 1, pl = arcLabel[hp * m + d + 1];
                    arcs++;
                    if (ph == gh[d] && pl == gl[d]) continue;
                    wrong++;
                    int k = features.Extract(gh[d], d, keys);
                    perceptron.Add(keys.AsSpan(0, k), gl[d], 1f);
                    k = features.Extract(ph, d, keys);
                    perceptron.Add(keys.AsSpan(0, k), pl, -1f);
                }
                perceptron.Tick();
            }
            if (dev.Count == 0 && epoch < epochs)
            {
                progress?.Invoke($"graph parser{tag} epoch {epoch}: {100.0 * wrong / Math.Max(1, arcs):F2}% of {arcs} training arcs wrong; {clock.Elapsed.TotalSeconds:F0}s");
                continue;
            }
            var parser = new GraphParser(perceptron.Average(prune), labels, supertagger,
                $"first-order graph parser (Eisner), averaged structured perceptron{(supertagger is null ? "" : $", {supertagger.Classes.Count} supertags")}; {words.Length} training sentences; epoch {epoch}, seed {seed}");
            var (uas, las, ulas) = dev.Count > 0 ? parser.Evaluate(dev) : (0, 0, 0);
            progress?.Invoke($"graph parser{tag} epoch {epoch}: {100.0 * wrong / Math.Max(1, arcs):F2}% of {arcs} training arcs wrong; " +
                             $"{perceptron.FeatureCount} features, {perceptron.EntryCount} weights ({parser.FeatureCount}/{parser.WeightCount} after pruning); " +
                             $"dev UAS {uas:F2} LAS {las:F2} (universal {ulas:F2}); {clock.Elapsed.TotalSeconds:F0}s");
            if (dev.Count == 0) { best = parser; continue; }
            if (las > bestLas) { bestLas = las; best = parser; bestEpoch = epoch; }
            else if (epoch - bestEpoch >= patience) break;
        }
        if (dev.Count > 0) progress?.Invoke($"graph parser{tag}: best dev LAS {bestLas:F2} at epoch {bestEpoch}; {clock.Elapsed.TotalSeconds:F0}s");
        return best!;
    }
}
