using System.Runtime.InteropServices;

namespace Tidings.Syntax.Neural;

/// <summary>Sizes of the <see cref="ParserNetwork"/>.</summary>
public sealed record ParserNetworkShape
{
    public int WordDim { get; init; } = 100;
    public int UposDim { get; init; } = 25;
    public int XposDim { get; init; } = 25;
    /// <summary>Units per direction of each BiLSTM layer.</summary>
    public int LstmHidden { get; init; } = 100;
    public int LstmLayers { get; init; } = 2;
    /// <summary>Hidden units of the MLP that scores the transitions.</summary>
    public int MlpHidden { get; init; } = 100;
}

/// <summary>
/// The network of Kiperwasser &amp; Goldberg (2016) for the arc-hybrid system: each word is the concatenation of the
/// embeddings of its (lower-cased) form, its UPOS and its XPOS; a stacked BiLSTM encodes the sentence; an MLP with one
/// tanh layer reads the encodings of s0, s1, s2 and b0 (learned vectors stand for the root and for an empty position)
/// and scores every labelled transition.
/// <para>
/// The MLP's first layer is linear in each slot's vector, so it is computed once per word and slot
/// (<see cref="Precompute"/>): a transition then costs the sum of four vectors, a tanh and the output layer.
/// </para>
/// </summary>
internal sealed class ParserNetwork
{
    public const int Slots = 4; // s0, s1, s2, b0

    public readonly ParserNetworkShape Shape;
    public readonly string[] Labels;
    public readonly int ClassCount;
    public readonly Dictionary<string, int> Words, Upos, Xpos; // id 0 = unknown
    public readonly Parameter WordEmb, UposEmb, XposEmb;
    public readonly BiLstm Lstm;
    /// <summary>Rows 0 and 1: the encodings standing for the root and for an empty slot.</summary>
    public readonly Parameter Special;
    /// <summary>First layer: <see cref="Slots"/> blocks of MlpHidden × 2H (one per slot), its bias, and the output layer.</summary>
    public readonly Parameter W1, B1, W2, B2;

    public ParserNetwork(ParserNetworkShape shape, string[] labels, IReadOnlyList<string> words, IReadOnlyList<string> upos, IReadOnlyList<string> xpos, int seed)
    {
        Shape = shape;
        Labels = labels;
        ClassCount = TransitionState.ClassCount(labels.Length);
        Words = Index(words);
        Upos = Index(upos);
        Xpos = Index(xpos);
        var rnd = new Random(seed);
        WordEmb = new Parameter("word", Words.Count + 1, shape.WordDim, sparse: true).Uniform(rnd, 0.1f);
        UposEmb = new Parameter("upos", Upos.Count + 1, shape.UposDim, sparse: true).Uniform(rnd, 0.1f);
        XposEmb = new Parameter("xpos", Xpos.Count + 1, shape.XposDim, sparse: true).Uniform(rnd, 0.1f);
        Lstm = new BiLstm("lstm", InputDim, shape.LstmHidden, shape.LstmLayers, rnd);
        int d = Lstm.Output, m = shape.MlpHidden;
        Special = new Parameter("special", 2, d).Uniform(rnd, 0.1f);
        W1 = new Parameter("mlp.W1", Slots * m, d).Glorot(rnd, Slots * d, m);
        B1 = new Parameter("mlp.b1", 1, m);
        W2 = new Parameter("mlp.W2", ClassCount, m).Glorot(rnd, m, ClassCount);
        B2 = new Parameter("mlp.b2", 1, ClassCount);
    }

    private static Dictionary<string, int> Index(IReadOnlyList<string> items)
    {
        var d = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        foreach (var s in items) d.TryAdd(s, d.Count + 1);
        return d;
    }

    public int InputDim => Shape.WordDim + Shape.UposDim + Shape.XposDim;
    public int Encoding => Lstm.Output;

    /// <summary>Every parameter, in the order the model file stores them.</summary>
    public IReadOnlyList<Parameter> Parameters =>
        [WordEmb, UposEmb, XposEmb, .. Lstm.Parameters, Special, W1, B1, W2, B2];

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

    public int WordId(string form) => Words.GetValueOrDefault(Normalize(form));
    public int UposId(string tag) => Upos.GetValueOrDefault(tag);
    public int XposId(string tag) => Xpos.GetValueOrDefault(tag);

    /// <summary>Writes the input vectors of the words (n × InputDim) from their ids.</summary>
    public void Embed(ReadOnlySpan<int> word, ReadOnlySpan<int> upos, ReadOnlySpan<int> xpos, Span<float> x)
    {
        int dw = Shape.WordDim, du = Shape.UposDim, dx = Shape.XposDim, d = InputDim;
        for (int t = 0; t < word.Length; t++)
        {
            var row = x.Slice(t * d, d);
            WordEmb.Row(word[t]).CopyTo(row);
            UposEmb.Row(upos[t]).CopyTo(row.Slice(dw, du));
            XposEmb.Row(xpos[t]).CopyTo(row.Slice(dw + du, dx));
        }
    }

    /// <summary>Adds the input gradients (n × InputDim) to the embedding rows they came from.</summary>
    public void EmbedBackward(ReadOnlySpan<int> word, ReadOnlySpan<int> upos, ReadOnlySpan<int> xpos, ReadOnlySpan<float> dx)
    {
        int dw = Shape.WordDim, du = Shape.UposDim, dxp = Shape.XposDim, d = InputDim;
        for (int t = 0; t < word.Length; t++)
        {
            var row = dx.Slice(t * d, d);
            Dense.Add(row[..dw], WordEmb.GradRow(word[t])); WordEmb.Touch(word[t]);
            Dense.Add(row.Slice(dw, du), UposEmb.GradRow(upos[t])); UposEmb.Touch(upos[t]);
            Dense.Add(row.Slice(dw + du, dxp), XposEmb.GradRow(xpos[t])); XposEmb.Touch(xpos[t]);
        }
    }

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
            Dense.MulAddBatch(W1.W.AsSpan(k * m * d, m * d), m, d, v, all.Slice(k * rows * m, rows * m), rows);
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
        Dense.MulAdd(W2.W, hidden, scores[..ClassCount]);
    }

    // ---- model file payload ---------------------------------------------------------------------------------

    public void Write(BinaryWriter w)
    {
        w.Write(Labels.Length);
        foreach (var l in Labels) w.Write(l);
        w.Write(Shape.WordDim); w.Write(Shape.UposDim); w.Write(Shape.XposDim);
        w.Write(Shape.LstmHidden); w.Write(Shape.LstmLayers); w.Write(Shape.MlpHidden);
        foreach (var vocab in new[] { Words, Upos, Xpos })
        {
            w.Write(vocab.Count);
            foreach (var (s, _) in vocab.OrderBy(p => p.Value)) w.Write(s);
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
        };
        if (shape.LstmLayers is < 1 or > 8 || shape.LstmHidden is < 1 or > 4096 || shape.MlpHidden is < 1 or > 4096)
            throw new InvalidDataException($"{name}: bad network shape");
        var vocabs = new List<string>[3];
        for (int v = 0; v < 3; v++)
        {
            int count = r.ReadInt32();
            if (count is < 0 or > 10_000_000) throw new InvalidDataException($"{name}: bad vocabulary size {count}");
            vocabs[v] = new List<string>(count);
            for (int i = 0; i < count; i++) vocabs[v].Add(r.ReadString());
        }
        var net = new ParserNetwork(shape, labels, vocabs[0], vocabs[1], vocabs[2], seed: 0);
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
