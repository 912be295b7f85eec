using Tidings.Documents;
using Tidings.Learning;
using Tidings.Pipeline;

namespace Tidings.Syntax.Neural;

/// <summary>
/// A greedy arc-hybrid dependency parser scored by a BiLSTM and an MLP (Kiperwasser &amp; Goldberg 2016; see
/// <see cref="ParserNetwork"/>), trained by <see cref="NeuralParserTrainer"/>. Same transition system, relation
/// inventory, root handling and tree repairs as <see cref="DependencyParser"/>. Immutable after loading and safe to use
/// from many threads (scratch is per thread).
/// </summary>
public sealed class NeuralParser : IPipelineComponent
{
    public const string ModelKind = "parser-neural";
    /// <summary>Payload layout version: bump whenever the network or its file layout changes.</summary>
    public const int ModelVersion = 2; // 2: optional suffix, word-class and shape inputs; vocabularies as key → row pairs
    /// <summary>The model of <see cref="Default"/>: the default pipeline's parser when the build has it (see
    /// <see cref="DependencyParser.DefaultComponent"/>).</summary>
    public const string DataFile = "models/parser-neural.bin";

    private static readonly Lazy<NeuralParser?> s_default = new(() =>
    {
        try
        {
            using var s = DataFiles.Open(DataFile);
            return Load(s, DataFile);
        }
        catch (FileNotFoundException) { return null; }
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model at data/models/parser-neural.bin, or null when the build has none.</summary>
    public static NeuralParser? Default => s_default.Value;

    internal readonly ParserNetwork Network;
    private readonly int _rootLabel, _fallbackLabel;

    /// <param name="frozen">The network's weights are final: precompute its first layer's input projections
    /// (<see cref="ParserNetwork.PrepareInference"/>). False only for the parser the trainer evaluates between epochs.</param>
    internal NeuralParser(ParserNetwork network, string description, bool frozen = true)
    {
        Network = network;
        if (frozen && network.InputTables is null) network.PrepareInference();
        Description = description;
        _rootLabel = Array.IndexOf(network.Labels, "root");
        if (_rootLabel < 0) throw new InvalidDataException("parser model has no 'root' relation");
        int dep = Array.IndexOf(network.Labels, "dep");
        _fallbackLabel = dep >= 0 ? dep : _rootLabel == 0 ? 1 % network.Labels.Length : 0;
    }

    public string Name => "parser";
    public Annotation Requires => Annotation.Tokens | Annotation.Sentences | Annotation.PartOfSpeech | Annotation.Lemmas;
    public Annotation Assigns => Annotation.Dependencies;
    public string Description { get; }
    public IReadOnlyList<string> Relations => Network.Labels;
    public long ParameterCount => Network.ParameterCount;
    internal int RootLabel => _rootLabel;

    /// <param name="inputTables">Precompute the first BiLSTM layer's input projections (<see cref="ParserNetwork.PrepareInference"/>):
    /// faster, more memory, the same trees up to float rounding. False only to measure or test that.</param>
    public static NeuralParser Load(string path, bool inputTables = true)
    {
        using var fs = File.OpenRead(path);
        return Load(fs, path, inputTables);
    }

    public static NeuralParser Load(Stream s, string name, bool inputTables = true) =>
        ModelFile.Read(s, name, ModelKind, ModelVersion, (r, h) => new NeuralParser(ParserNetwork.Read(r, name), h.Description, frozen: inputTables));

    /// <summary>Bytes of the precomputed first-layer tables (0 when loaded without them).</summary>
    public long InputTableBytes => Network.InputTableBytes;

    public void Save(string path) => ModelFile.Save(path, ModelKind, ModelVersion, Description, Network.Write);

    public void Save(Stream s) => ModelFile.Write(s, ModelKind, ModelVersion, Description, Network.Write);

    /// <summary>Trains a parser; see <see cref="NeuralParserTrainer"/>. Tags of <paramref name="train"/> are used as given.</summary>
    public static NeuralParser Train(IEnumerable<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev,
        NeuralParserOptions options, Action<string>? progress = null) => NeuralParserTrainer.Train(train, dev, options, progress);

    /// <summary>UAS, LAS and LAS over universal relations in percent, parsing <paramref name="gold"/> with its own tags.</summary>
    public (double Uas, double Las, double UniversalLas) Evaluate(IReadOnlyList<ConlluSentence> gold) => ParserTrainer.Evaluate(Parse, gold);

    // ---- parsing ----------------------------------------------------------------------------------------------

    [ThreadStatic] private static NeuralScratch? t_scratch;

    /// <summary>
    /// Parses one sentence: <paramref name="heads"/>[i] gets word i's head (0-based, -1 for the root) and
    /// <paramref name="relations"/>[i] its UD relation; both must hold at least <c>words.Count</c> items.
    /// </summary>
    public void Parse(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        if (n == 0) return;
        if (heads.Length < n || relations.Length < n) throw new ArgumentException("heads and relations must hold one item per word");
        var sc = t_scratch ??= new NeuralScratch();
        DecodeSentence(sc, words);
        Finish(sc.State, words, heads, relations);
    }

    /// <summary>Encodes one sentence and decodes it into <c>sc.State</c>: through <see cref="BatchEncoder"/> as a batch of
    /// one when <see cref="Prepared"/>, else through the training code's forward pass; with non-empty spans, records each
    /// word's margins (see <see cref="ParseForCombination"/>).</summary>
    private void DecodeSentence(NeuralScratch sc, IReadOnlyList<ParserInput> words, Span<float> arcMargin = default, Span<float> labelMargin = default)
    {
        if (Prepared)
        {
            sc.Batch.Clear();
            sc.Batch.Add(Network, words, 0, words.Count);
            sc.Batch.Encode(Network);
            DecodeBatched(sc, 0, sc.State, arcMargin, labelMargin);
        }
        else
        {
            sc.Load(Network, words);
            sc.State.Reset(words.Count);
            Decode(sc, sc.State, arcMargin, labelMargin);
        }
    }

    /// <summary>Whether the network was prepared for inference (<see cref="ParserNetwork.PrepareInference"/>): then it
    /// parses through <see cref="BatchEncoder"/>, else (the trainer's parser between epochs, or a model loaded without
    /// input tables) through the training code's forward pass, the reference the prepared path is tested against.</summary>
    private bool Prepared => Network.PackedW2 is not null;

    /// <summary>Heads and relations from a final state (the root row n as -1; a second root attached to the first), then
    /// <see cref="TreeRepairs.Apply"/>.</summary>
    private void Finish(TransitionState st, IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int i = 0; i < n; i++)
        {
            int h = st.HeadOf(i), lab = st.LabelAt(i);
            if (h < 0 || h > n) { h = n; lab = _rootLabel; }
            heads[i] = h == n ? -1 : h;
            relations[i] = lab >= 0 && lab < Network.Labels.Length ? Network.Labels[lab] : Network.Labels[_fallbackLabel];
        }
        int root = -1;
        for (int i = 0; i < n; i++)
        {
            if (heads[i] != -1) continue;
            if (root < 0) { root = i; relations[i] = "root"; }
            else { heads[i] = root; relations[i] = Network.Labels[_fallbackLabel]; }
        }
        TreeRepairs.Apply(words, heads[..n], relations);
    }

    /// <summary>
    /// Parses one sentence for <see cref="ParserCombination"/>, without tree repairs: <paramref name="heads"/>[i] gets word
    /// i's head (n for the root), <paramref name="labels"/>[i] its relation index in <see cref="Relations"/>, and the
    /// margins as <see cref="DependencyParser"/>'s greedy decoding gives them: <paramref name="arcMargin"/>[i] how far the
    /// transition that attached word i scored above the best allowed transition of another move,
    /// <paramref name="labelMargin"/>[i] above the best other relation of the same move.
    /// </summary>
    internal void ParseForCombination(IReadOnlyList<ParserInput> words, Span<int> heads, Span<int> labels, Span<float> arcMargin, Span<float> labelMargin)
    {
        int n = words.Count;
        if (n == 0) return;
        var sc = t_scratch ??= new NeuralScratch();
        var st = sc.State;
        arcMargin[..n].Clear();
        labelMargin[..n].Clear();
        DecodeSentence(sc, words, arcMargin, labelMargin);
        for (int i = 0; i < n; i++)
        {
            int h = st.HeadOf(i), lab = st.LabelAt(i);
            if (h < 0 || h > n) { h = n; lab = _rootLabel; }
            heads[i] = h;
            labels[i] = lab >= 0 && lab < Network.Labels.Length ? lab : _fallbackLabel;
        }
    }

    /// <summary>Encodes the loaded sentence and follows the best allowed transition to the end; with non-empty spans,
    /// records each word's margins (see <see cref="ParseForCombination"/>).</summary>
    internal void Decode(NeuralScratch sc, TransitionState st, Span<float> arcMargin = default, Span<float> labelMargin = default)
    {
        int n = st.Length, classes = Network.ClassCount;
        sc.Encode(Network, training: false, null, 0);
        Span<int> slots = stackalloc int[ParserNetwork.Slots];
        var scores = sc.Scores.AsSpan(0, classes);
        while (!st.IsTerminal)
        {
            ParserNetwork.SlotRows(st, slots);
            Network.Score(sc.P, n + 2, slots, sc.Hidden, scores);
            int best = DependencyParser.BestAllowed(st, scores, _rootLabel, arcMargin, labelMargin);
            if (best < 0) break;
            st.Apply(best);
        }
    }

    /// <summary><see cref="Decode"/> for sentence q of the batch <see cref="BatchEncoder.Encode"/> encoded (resets
    /// <paramref name="st"/> to its length).</summary>
    private void DecodeBatched(NeuralScratch sc, int q, TransitionState st, Span<float> arcMargin = default, Span<float> labelMargin = default)
    {
        var batch = sc.Batch;
        int classes = Network.ClassCount;
        st.Reset(batch.Length[q]);
        sc.GrowDecode(Network);
        Span<int> slots = stackalloc int[ParserNetwork.Slots];
        var scores = sc.Scores.AsSpan(0, classes);
        while (!st.IsTerminal)
        {
            ParserNetwork.SlotRows(st, slots);
            batch.MapSlots(q, slots);
            Network.Score(batch.P, batch.Rows, slots, sc.Hidden, scores);
            int best = DependencyParser.BestAllowed(st, scores, _rootLabel, arcMargin, labelMargin);
            if (best < 0) break;
            st.Apply(best);
        }
    }

    /// <summary>Sentences encoded together by <see cref="Process"/>: a batch is closed once it holds this many words
    /// (bounds the per-thread buffers, ≈ 6 kB a word at 2 × 100; the recurrent weights are reused across its sentences).</summary>
    internal const int BatchWords = 512;

    /// <summary>Parses every sentence of the document, encoding up to <see cref="BatchWords"/> words of consecutive
    /// sentences together (<see cref="BatchEncoder"/>): the same trees as parsing them one by one.</summary>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var sc = t_scratch ??= new NeuralScratch();
        if (!Prepared)
        {
            DependencyParser.ParseDocument(document, Parse, sc.Words, ref sc.Heads, ref sc.Relations, cancellationToken);
            return;
        }
        var batch = sc.Batch;
        var inputs = sc.Words;
        var sentences = sc.Sentences;
        inputs.Clear();
        sentences.Clear();
        batch.Clear();
        foreach (var sentence in document.Sentences())
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = sentence.FirstToken, n = sentence.TokenCount;
            if (n <= 0) continue;
            int from = inputs.Count;
            for (int i = 0; i < n; i++) inputs.Add(DependencyParser.InputOf(document.Token(first + i)));
            ParentheticalDashes.AsCommas(inputs, from, n);
            batch.Add(Network, inputs, from, n);
            sentences.Add((first, from, n, sentence.Section == SectionKind.Headline));
            if (batch.Words >= BatchWords) FlushBatch(document, sc);
        }
        FlushBatch(document, sc);
    }

    /// <summary>Encodes the batch, decodes each of its sentences and writes their heads into the document; empties the batch.</summary>
    private void FlushBatch(Document document, NeuralScratch sc)
    {
        var batch = sc.Batch;
        if (batch.Sentences == 0) return;
        batch.Encode(Network);
        for (int q = 0; q < sc.Sentences.Count; q++)
        {
            var (first, from, n, headline) = sc.Sentences[q];
            var words = sc.Inputs(from, n);
            if (sc.Heads.Length < n) { sc.Heads = new int[n * 2]; sc.Relations = new string[n * 2]; }
            var heads = sc.Heads.AsSpan(0, n);
            DecodeBatched(sc, q, sc.State);
            Finish(sc.State, words, heads, sc.Relations);
            if (headline) TreeRepairs.HeadlinePassives(words, heads, sc.Relations);
            for (int i = 0; i < n; i++)
            {
                int h = heads[i];
                document.SetHead(first + i, h < 0 ? -1 : first + h, sc.Relations[i]);
            }
        }
        sc.Words.Clear();
        sc.Sentences.Clear();
        batch.Clear();
    }
}

/// <summary>Per-thread buffers of one sentence: ids, inputs, encodings, precomputed products and (in training) their gradients.</summary>
internal sealed class NeuralScratch
{
    public readonly TransitionState State = new();
    public readonly BiLstmRun Run = new();
    public readonly List<ParserInput> Words = [];
    public readonly BatchEncoder Batch = new();
    /// <summary>The sentences of <see cref="Batch"/> in <see cref="NeuralParser.Process"/>: first token in the document,
    /// first item in <see cref="Words"/>, length, whether it is a headline.</summary>
    public readonly List<(int First, int From, int Length, bool Headline)> Sentences = [];
    private readonly WordRange _range = new();

    /// <summary>Items [from, from + n) of <see cref="Words"/> as a list (one view, reused: valid until the next call).</summary>
    public IReadOnlyList<ParserInput> Inputs(int from, int n)
    {
        _range.Set(Words, from, n);
        return _range;
    }

    /// <summary>A window on a list, without copying (System.ArraySegment needs an array; List's is private).</summary>
    private sealed class WordRange : IReadOnlyList<ParserInput>
    {
        private List<ParserInput> _list = [];
        private int _from, _count;

        public void Set(List<ParserInput> list, int from, int count) => (_list, _from, _count) = (list, from, count);
        public ParserInput this[int index] => (uint)index < (uint)_count ? _list[_from + index] : throw new ArgumentOutOfRangeException(nameof(index));
        public int Count => _count;
        public IEnumerator<ParserInput> GetEnumerator()
        {
            for (int i = 0; i < _count; i++) yield return _list[_from + i];
        }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
    public int[] Heads = new int[256];
    public string[] Relations = new string[256];
    /// <summary>Embedding rows of the words' inputs, n × FeatureCount (word t's input f at t · FeatureCount + f).</summary>
    public int[] Ids = [];
    public float[] X = [], V = [], VMask = [], P = [], DP = [], DV = [], DX = [];
    public bool[] DPUsed = [];
    public float[] Hidden = [], Scores = [];
    public int Length;

    /// <summary>Looks up the ids of a sentence's words.</summary>
    public void Load(ParserNetwork net, IReadOnlyList<ParserInput> words)
    {
        int n = words.Count, nf = net.FeatureCount;
        Grow(net, n);
        for (int i = 0; i < n; i++) net.Ids(words[i].Form, words[i].Upos, words[i].Xpos, Ids.AsSpan(i * nf, nf));
        Length = n;
    }

    /// <summary>Sets the ids directly (training, after word dropout): n × FeatureCount.</summary>
    public void Load(ParserNetwork net, ReadOnlySpan<int> ids)
    {
        int n = ids.Length / net.FeatureCount;
        Grow(net, n);
        ids.CopyTo(Ids);
        Length = n;
    }

    /// <summary>Sets the ids of a network with the three basic inputs only (tests).</summary>
    public void Load(ParserNetwork net, ReadOnlySpan<int> word, ReadOnlySpan<int> upos, ReadOnlySpan<int> xpos)
    {
        if (net.FeatureCount != 3) throw new InvalidOperationException("the network reads more than words and tags");
        var ids = new int[word.Length * 3];
        for (int t = 0; t < word.Length; t++) { ids[3 * t] = word[t]; ids[3 * t + 1] = upos[t]; ids[3 * t + 2] = xpos[t]; }
        Load(net, ids);
    }

    /// <summary>Sizes the buffers of the transition loop (<see cref="Hidden"/>, <see cref="Scores"/>) for the network.</summary>
    public void GrowDecode(ParserNetwork net)
    {
        if (Hidden.Length < net.Shape.MlpHidden) Hidden = new float[net.Shape.MlpHidden];
        if (Scores.Length < net.ClassCount) Scores = new float[net.ClassCount];
    }

    private void Grow(ParserNetwork net, int n)
    {
        int d = net.Encoding, m = net.Shape.MlpHidden;
        GrowDecode(net);
        if (Ids.Length >= n * net.FeatureCount && X.Length >= n * net.InputDim && V.Length >= (n + 2) * d && P.Length >= Slots(n, m)) return;
        int cap = Math.Max(n, 32) * 2;
        Ids = new int[cap * net.FeatureCount];
        X = new float[cap * net.InputDim];
        DX = new float[cap * net.InputDim];
        V = new float[(cap + 2) * d];
        VMask = new float[(cap + 2) * d];
        DV = new float[(cap + 2) * d];
        P = new float[Slots(cap, m)];
        DP = new float[P.Length];
        DPUsed = new bool[ParserNetwork.Slots * (cap + 2)];
    }

    private static int Slots(int n, int m) => ParserNetwork.Slots * (n + 2) * m;

    /// <summary>Embeds, encodes (with dropout on the encodings when training) and precomputes the first MLP layer: the
    /// training code's forward pass (a network prepared for inference parses through <see cref="BatchEncoder"/> instead).</summary>
    public void Encode(ParserNetwork net, bool training, Random? rnd, float dropout)
    {
        int n = Length, d = net.Encoding;
        var x = X.AsSpan(0, n * net.InputDim);
        net.Embed(Ids.AsSpan(0, n * net.FeatureCount), n, x);
        var top = Run.Forward(net.Lstm, x, n);
        var v = V.AsSpan(0, (n + 2) * d);
        top.CopyTo(v);
        if (training && dropout > 0) Dropout.Apply(v[..(n * d)], VMask.AsSpan(0, n * d), dropout, rnd!);
        net.Special.W.AsSpan().CopyTo(v[(n * d)..]);
        net.Precompute(v, n + 2, P);
    }
}
