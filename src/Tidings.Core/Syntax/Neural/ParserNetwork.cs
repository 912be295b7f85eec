using System.Runtime.InteropServices;

namespace Tidings.Syntax.Neural;

/// <summary>Sizes of the <see cref="ParserNetwork"/>.</summary>
public sealed record ParserNetworkShape
{
    public int WordDim { get; init; } = 100;
    public int UposDim { get; init; } = 25;
    public int XposDim { get; init; } = 25;
    /// <summary>Embedding of the last <see cref="SuffixLength"/> characters of the normalized form (0 = no such input).
    /// Unknown words keep their suffix ("-ization", "-ed"), the strongest cue to their role.</summary>
    public int SuffixDim { get; init; }
    public int SuffixLength { get; init; } = 3;
    /// <summary>Embedding of the form's distributional class (data/models/wordclasses.tsv, first clustering; 0 = none):
    /// the classes were learned on more text than the treebank, so they cover words the parser never saw.</summary>
    public int ClusterDim { get; init; }
    /// <summary>Embedding of the word's shape (capitals, digits, punctuation, collapsed: "Xx", "X.X.", "d,d"; 0 = none):
    /// the only input that keeps the case the normalized form drops.</summary>
    public int ShapeDim { get; init; }
    /// <summary>Units per direction of each BiLSTM layer.</summary>
    public int LstmHidden { get; init; } = 100;
    public int LstmLayers { get; init; } = 2;
    /// <summary>Hidden units of the MLP that scores the transitions.</summary>
    public int MlpHidden { get; init; } = 100;
}

/// <summary>The inputs of a word, each embedded by its own table; their embeddings are concatenated in this order.</summary>
internal enum InputFeature { Word, Upos, Xpos, Suffix, Cluster, Shape }

/// <summary>
/// The network of Kiperwasser &amp; Goldberg (2016) for the arc-hybrid system: each word is the concatenation of the
/// embeddings of its (lower-cased) form, its UPOS and its XPOS (and optionally its suffix, word class and shape); a
/// stacked BiLSTM encodes the sentence; an MLP with one tanh layer reads the encodings of s0, s1, s2 and b0 (learned
/// vectors stand for the root and for an empty position) and scores every labelled transition.
/// <para>
/// The MLP's first layer is linear in each slot's vector, so it is computed once per word and slot
/// (<see cref="Precompute"/>): a transition then costs the sum of four vectors, a tanh and the output layer. Likewise the
/// first BiLSTM layer's input projection is linear in each embedding, so a frozen network computes it once per table row
/// (<see cref="PrepareInference"/>): a word's layer-1 gate inputs are then a sum of one row per input.
/// </para>
/// </summary>
internal sealed class ParserNetwork
{
    public const int Slots = 4; // s0, s1, s2, b0

    public readonly ParserNetworkShape Shape;
    public readonly string[] Labels;
    public readonly int ClassCount;
    /// <summary>The inputs this network reads (Word, Upos, Xpos always; the others when their size is not 0).</summary>
    public readonly InputFeature[] Features;
    /// <summary>Per input: key → embedding row (row 0 = unknown). Several keys may share a row (word classes).</summary>
    public readonly Dictionary<string, int>[] Vocab;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] _lookup;
    /// <summary>Per input: its embedding table and the column where its embedding starts in the input vector.</summary>
    public readonly Parameter[] Emb;
    public readonly int[] Offset;
    private readonly int _suffix, _cluster, _shape; // index in Features, or -1
    public readonly BiLstm Lstm;
    /// <summary>Rows 0 and 1: the encodings standing for the root and for an empty slot.</summary>
    public readonly Parameter Special;
    /// <summary>First layer: <see cref="Slots"/> blocks of MlpHidden × 2H (one per slot), its bias, and the output layer.</summary>
    public readonly Parameter W1, B1, W2, B2;

    /// <summary>
    /// Set by <see cref="PrepareInference"/>: per input, rows × 8H floats; row r holds the first layer's input projection
    /// of embedding row r, forward direction (4H) then backward (4H), the layer's biases included in the word table's rows.
    /// Invariant: only a network whose weights no longer change has them (they would go stale in training).
    /// </summary>
    public float[][]? InputTables { get; private set; }

    public ParserNetwork(ParserNetworkShape shape, string[] labels, IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, int seed)
        : this(shape, labels, [Index(words), Index(upos), Index(xpos), .. Extra(shape).Select(_ => new Dictionary<string, int>())], seed) { }

    /// <param name="vocab">One key → row map per input of <see cref="FeaturesOf"/>(shape), rows from 1.</param>
    public ParserNetwork(ParserNetworkShape shape, string[] labels, IReadOnlyList<Dictionary<string, int>> vocab, int seed)
    {
        Shape = shape;
        Labels = labels;
        ClassCount = TransitionState.ClassCount(labels.Length);
        Features = FeaturesOf(shape);
        if (vocab.Count != Features.Length) throw new ArgumentException($"expected {Features.Length} vocabularies, got {vocab.Count}");
        Vocab = [.. vocab];
        _lookup = [.. Vocab.Select(v => v.GetAlternateLookup<ReadOnlySpan<char>>())];
        _suffix = Array.IndexOf(Features, InputFeature.Suffix);
        _cluster = Array.IndexOf(Features, InputFeature.Cluster);
        _shape = Array.IndexOf(Features, InputFeature.Shape);
        var rnd = new Random(seed);
        Emb = new Parameter[Features.Length];
        Offset = new int[Features.Length];
        for (int f = 0, at = 0; f < Features.Length; f++)
        {
            int rows = (Vocab[f].Count == 0 ? 0 : Vocab[f].Values.Max()) + 1, dim = DimOf(shape, Features[f]);
            Emb[f] = new Parameter(Features[f].ToString().ToLowerInvariant(), rows, dim, sparse: true).Uniform(rnd, 0.1f);
            Offset[f] = at;
            at += dim;
        }
        Lstm = new BiLstm("lstm", InputDim, shape.LstmHidden, shape.LstmLayers, rnd);
        int d = Lstm.Output, m = shape.MlpHidden;
        Special = new Parameter("special", 2, d).Uniform(rnd, 0.1f);
        W1 = new Parameter("mlp.W1", Slots * m, d).Glorot(rnd, Slots * d, m);
        B1 = new Parameter("mlp.b1", 1, m);
        W2 = new Parameter("mlp.W2", ClassCount, m).Glorot(rnd, m, ClassCount);
        B2 = new Parameter("mlp.b2", 1, ClassCount);
    }

    private static IEnumerable<InputFeature> Extra(ParserNetworkShape shape) => FeaturesOf(shape).Skip(3);

    public static InputFeature[] FeaturesOf(ParserNetworkShape shape) =>
        [InputFeature.Word, InputFeature.Upos, InputFeature.Xpos,
         .. shape.SuffixDim > 0 ? [InputFeature.Suffix] : Array.Empty<InputFeature>(),
         .. shape.ClusterDim > 0 ? [InputFeature.Cluster] : Array.Empty<InputFeature>(),
         .. shape.ShapeDim > 0 ? [InputFeature.Shape] : Array.Empty<InputFeature>()];

    public static int DimOf(ParserNetworkShape shape, InputFeature f) => f switch
    {
        InputFeature.Word => shape.WordDim, InputFeature.Upos => shape.UposDim, InputFeature.Xpos => shape.XposDim,
        InputFeature.Suffix => shape.SuffixDim, InputFeature.Cluster => shape.ClusterDim, _ => shape.ShapeDim,
    };

    public static Dictionary<string, int> Index(IReadOnlyList<string> items)
    {
        var d = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        foreach (var s in items) d.TryAdd(s, d.Count + 1);
        return d;
    }

    public Dictionary<string, int> Words => Vocab[0];
    public Dictionary<string, int> Upos => Vocab[1];
    public Dictionary<string, int> Xpos => Vocab[2];
    public Parameter WordEmb => Emb[0];
    public int FeatureCount => Features.Length;
    public int InputDim => Features.Sum(f => DimOf(Shape, f));
    public int Encoding => Lstm.Output;

    /// <summary>Every parameter, in the order the model file stores them.</summary>
    public IReadOnlyList<Parameter> Parameters =>
        [.. Emb, .. Lstm.Parameters, Special, W1, B1, W2, B2];

    public long ParameterCount => Parameters.Sum(p => (long)p.Length);

    /// <summary>The form as the word vocabulary knows it: lower case, digits as 0 (numbers share one vector per shape).</summary>
    public static string Normalize(string form)
    {
        bool change = false;
        foreach (char c in form) if (char.IsUpper(c) || (char.IsDigit(c) && c != '0')) { change = true; break; }
        if (!change) return form;
        return string.Create(form.Length, form, (span, f) =>
        {
            for (int i = 0; i < f.Length; i++) span[i] = char.IsDigit(f[i]) ? '0' : char.ToLowerInvariant(f[i]);
        });
    }

    /// <summary>The shape key of a form into <paramref name="buffer"/>: X upper case, x lower case, d digit, other
    /// characters as themselves, runs collapsed, at most buffer.Length characters ("McCain" → "XxXx", "U.S." → "X.X.").</summary>
    public static int WordShape(string form, Span<char> buffer)
    {
        int len = 0;
        foreach (char c in form)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (len > 0 && buffer[len - 1] == k) continue;
            if (len == buffer.Length) break;
            buffer[len++] = k;
        }
        return len;
    }

    public const int ShapeLength = 6;

    /// <summary>The suffix key of a normalized form: its last <paramref name="length"/> characters (all of a shorter form).</summary>
    public static ReadOnlySpan<char> Suffix(string normalized, int length) =>
        normalized.AsSpan(Math.Max(0, normalized.Length - length));

    /// <summary>The keys of every input of a word, in <see cref="Features"/> order (training builds the vocabularies from them).</summary>
    public static IEnumerable<(InputFeature Feature, string Key)> Keys(ParserNetworkShape shape, string form, string upos, string xpos)
    {
        string norm = Normalize(form);
        foreach (var f in FeaturesOf(shape))
        {
            yield return (f, f switch
            {
                InputFeature.Word or InputFeature.Cluster => norm,
                InputFeature.Upos => upos,
                InputFeature.Xpos => xpos,
                InputFeature.Suffix => Suffix(norm, shape.SuffixLength).ToString(),
                _ => ShapeString(form),
            });
        }
    }

    private static string ShapeString(string form)
    {
        Span<char> buf = stackalloc char[ShapeLength];
        return new string(buf[..WordShape(form, buf)]);
    }

    public int WordId(string form) => Words.GetValueOrDefault(Normalize(form));
    public int UposId(string tag) => Upos.GetValueOrDefault(tag);
    public int XposId(string tag) => Xpos.GetValueOrDefault(tag);

    /// <summary>Writes the embedding rows of every input of a word into <paramref name="ids"/> (one per feature).</summary>
    public void Ids(string form, string upos, string xpos, Span<int> ids)
    {
        string norm = Normalize(form);
        ids[0] = _lookup[0].TryGetValue(norm, out int w) ? w : 0;
        ids[1] = _lookup[1].TryGetValue(upos, out int u) ? u : 0;
        ids[2] = _lookup[2].TryGetValue(xpos, out int x) ? x : 0;
        if (_suffix >= 0) ids[_suffix] = _lookup[_suffix].TryGetValue(Suffix(norm, Shape.SuffixLength), out int s) ? s : 0;
        if (_cluster >= 0) ids[_cluster] = _lookup[_cluster].TryGetValue(norm, out int c) ? c : 0;
        if (_shape >= 0)
        {
            Span<char> buf = stackalloc char[ShapeLength];
            ids[_shape] = _lookup[_shape].TryGetValue(buf[..WordShape(form, buf)], out int h) ? h : 0;
        }
    }

    /// <summary>Writes the input vectors of the words (n × InputDim) from their ids (n × FeatureCount).</summary>
    public void Embed(ReadOnlySpan<int> ids, int n, Span<float> x)
    {
        int d = InputDim, nf = Features.Length;
        for (int t = 0; t < n; t++)
        {
            var row = x.Slice(t * d, d);
            for (int f = 0; f < nf; f++) Emb[f].Row(ids[t * nf + f]).CopyTo(row[Offset[f]..]);
        }
    }

    /// <summary>Adds the input gradients (n × InputDim) to the embedding rows they came from.</summary>
    public void EmbedBackward(ReadOnlySpan<int> ids, int n, ReadOnlySpan<float> dx)
    {
        int d = InputDim, nf = Features.Length;
        for (int t = 0; t < n; t++)
        {
            var row = dx.Slice(t * d, d);
            for (int f = 0; f < nf; f++)
            {
                int id = ids[t * nf + f];
                Dense.Add(row.Slice(Offset[f], Emb[f].Cols), Emb[f].GradRow(id));
                Emb[f].Touch(id);
            }
        }
    }

    /// <summary>
    /// Computes <see cref="InputTables"/>: for every input, every embedding row and both directions of the first BiLSTM
    /// layer, Wx[:, that input's columns] × row (the word table's rows also get the layer's bias b). A word's layer-1 gate
    /// inputs are then Σ over its inputs of one table row: the same sum as Wx x + b, in a different order (float rounding).
    /// Call only once the weights are final (loading, end of training).
    /// </summary>
    public void PrepareInference()
    {
        var fw = Lstm.Forward[0];
        var bw = Lstm.Backward[0];
        int g4 = 4 * Lstm.Hidden, input = InputDim;
        var tables = new float[Features.Length][];
        for (int f = 0; f < Features.Length; f++)
        {
            var e = Emb[f];
            int rows = e.Rows, dim = e.Cols;
            var t = new float[rows * 2 * g4];
            var block = new float[g4 * dim];
            var part = new float[rows * g4];
            for (int dir = 0; dir < 2; dir++)
            {
                var layer = dir == 0 ? fw : bw;
                // The input's column block of Wx as its own g4 × dim matrix, so the batched product can read it.
                for (int r = 0; r < g4; r++) layer.Wx.W.AsSpan(r * input + Offset[f], dim).CopyTo(block.AsSpan(r * dim, dim));
                Array.Clear(part);
                Dense.MulAddBatch(block, g4, dim, e.W, part, rows);
                for (int r = 0; r < rows; r++)
                {
                    var dst = t.AsSpan(r * 2 * g4 + dir * g4, g4);
                    part.AsSpan(r * g4, g4).CopyTo(dst);
                    if (f == 0) Dense.Add(layer.B.W, dst);
                }
            }
            tables[f] = t;
        }
        InputTables = tables;
        // Layer 0's input products are the tables above: only the higher layers read a packed Wx.
        for (int l = 0; l < Lstm.Layers; l++)
        {
            Lstm.Forward[l].Pack(input: l > 0);
            Lstm.Backward[l].Pack(input: l > 0);
        }
        int m = Shape.MlpHidden, d = Encoding;
        PackedW1 = [.. Enumerable.Range(0, Slots).Select(k => new PackedMatrix(W1.W.AsSpan(k * m * d, m * d), m, d))];
        PackedW2 = new PackedMatrix(W2.W, ClassCount, m);
    }

    /// <summary>The MLP's weights re-laid for <see cref="PackedKernels"/> by <see cref="PrepareInference"/> (W1 one matrix per
    /// slot); null while training.</summary>
    public PackedMatrix[]? PackedW1;
    public PackedMatrix? PackedW2;

    /// <summary>Bytes held by <see cref="InputTables"/>.</summary>
    public long InputTableBytes => InputTables?.Sum(t => (long)t.Length * sizeof(float)) ?? 0;

    /// <summary>
    /// The first MLP layer's product for every encoding row and slot: p[(slot · rows + r) · M ..] = W1_slot v_r, for the
    /// <paramref name="rows"/> rows of <paramref name="v"/> (the words, then the root and the empty slot).
    /// </summary>
    public void Precompute(ReadOnlySpan<float> v, int rows, Span<float> p)
    {
        int m = Shape.MlpHidden, d = Encoding;
        var all = p[..(Slots * rows * m)];
        all.Clear();
        for (int k = 0; k < Slots; k++)
        {
            if (PackedW1 is { } pw) PackedKernels.MulAdd(pw[k], v, all.Slice(k * rows * m, rows * m), rows, m);
            else Dense.MulAddBatch(W1.W.AsSpan(k * m * d, m * d), m, d, v, all.Slice(k * rows * m, rows * m), rows);
        }
    }

    /// <summary>The row of v (and of the precomputed products) that fills each slot: the word, the root row n, or the empty row n + 1.</summary>
    public static void SlotRows(TransitionState st, Span<int> rows)
    {
        int n = st.Length;
        for (int i = 0; i < 3; i++) rows[i] = st.S(i) is var w and >= 0 ? w : n + 1;
        rows[3] = st.B; // the root is at n, exactly its row
    }

    /// <summary>Hidden layer (tanh) and transition scores of a configuration from the precomputed products.</summary>
    public void Score(ReadOnlySpan<float> p, int rows, ReadOnlySpan<int> slotRows, Span<float> hidden, Span<float> scores)
    {
        int m = Shape.MlpHidden;
        B1.W.AsSpan().CopyTo(hidden);
        for (int k = 0; k < Slots; k++) Dense.Add(p.Slice((k * rows + slotRows[k]) * m, m), hidden);
        Dense.Tanh(hidden[..m]);
        B2.W.AsSpan().CopyTo(scores);
        // Only the first m floats: the per-thread buffer may be longer, left by a larger network parsing on the same thread.
        if (PackedW2 is { } pw) PackedKernels.MulAdd(pw, hidden[..m], scores[..ClassCount]);
        else Dense.MulAdd(W2.W, hidden[..m], scores[..ClassCount]);
    }

    // ---- model file payload ---------------------------------------------------------------------------------

    /// <summary>Payload (version 2): relations; the shape; per input, its key → row pairs; every parameter as float32.</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Labels.Length);
        foreach (var l in Labels) w.Write(l);
        w.Write(Shape.WordDim); w.Write(Shape.UposDim); w.Write(Shape.XposDim);
        w.Write(Shape.LstmHidden); w.Write(Shape.LstmLayers); w.Write(Shape.MlpHidden);
        w.Write(Shape.SuffixDim); w.Write(Shape.SuffixLength); w.Write(Shape.ClusterDim); w.Write(Shape.ShapeDim);
        foreach (var vocab in Vocab)
        {
            w.Write(vocab.Count);
            foreach (var (s, id) in vocab.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)) { w.Write(s); w.Write(id); }
        }
        foreach (var p in Parameters)
        {
            w.Write(p.Length);
            w.Write(MemoryMarshal.AsBytes(p.W.AsSpan()));
        }
    }

    public static ParserNetwork Read(BinaryReader r, string name)
    {
        int n = r.ReadInt32();
        if (n is < 2 or > 1000) throw new InvalidDataException($"{name}: bad relation count {n}");
        var labels = new string[n];
        for (int i = 0; i < n; i++) labels[i] = r.ReadString();
        var shape = new ParserNetworkShape
        {
            WordDim = r.ReadInt32(), UposDim = r.ReadInt32(), XposDim = r.ReadInt32(),
            LstmHidden = r.ReadInt32(), LstmLayers = r.ReadInt32(), MlpHidden = r.ReadInt32(),
            SuffixDim = r.ReadInt32(), SuffixLength = r.ReadInt32(), ClusterDim = r.ReadInt32(), ShapeDim = r.ReadInt32(),
        };
        if (shape.LstmLayers is < 1 or > 8 || shape.LstmHidden is < 1 or > 4096 || shape.MlpHidden is < 1 or > 4096
            || shape.SuffixDim is < 0 or > 4096 || shape.SuffixLength is < 1 or > 64 || shape.ClusterDim is < 0 or > 4096 || shape.ShapeDim is < 0 or > 4096)
            throw new InvalidDataException($"{name}: bad network shape");
        var features = FeaturesOf(shape);
        var vocabs = new Dictionary<string, int>[features.Length];
        for (int v = 0; v < features.Length; v++)
        {
            int count = r.ReadInt32();
            if (count is < 0 or > 10_000_000) throw new InvalidDataException($"{name}: bad vocabulary size {count}");
            vocabs[v] = new Dictionary<string, int>(count, StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
            {
                string key = r.ReadString();
                int id = r.ReadInt32();
                if (id is < 1 or > 10_000_000) throw new InvalidDataException($"{name}: bad row {id} in vocabulary {features[v]}");
                vocabs[v][key] = id;
            }
        }
        var net = new ParserNetwork(shape, labels, vocabs, seed: 0);
        foreach (var p in net.Parameters)
        {
            int len = r.ReadInt32();
            if (len != p.Length) throw new InvalidDataException($"{name}: parameter {p.Name} has {len} values, expected {p.Length}");
            var bytes = MemoryMarshal.AsBytes(p.W.AsSpan());
            for (int done = 0; done < bytes.Length;)
            {
                int got = r.Read(bytes[done..]);
                if (got <= 0) throw new InvalidDataException($"{name}: truncated in parameter {p.Name}");
                done += got;
            }
        }
        return net;
    }
}
