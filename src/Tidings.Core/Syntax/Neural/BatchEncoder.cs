namespace Tidings.Syntax.Neural;

/// <summary>
/// Run-time encoding of several sentences at once (a document's, or one), for a network prepared for inference
/// (<see cref="ParserNetwork.PrepareInference"/>: input tables and <see cref="PackedMatrix"/> weights). Per word it does
/// what <see cref="NeuralScratch.Encode"/> does, but every product runs over all the sentences' words together: the
/// second layer's input projections and the MLP's slot products over all words, and each recurrent step over the words at
/// that step of every sentence still running (sentences sorted longest first, so they are a prefix of the order). The
/// recurrent weights (4H × H, larger than L1) are then read once a step for all sentences instead of once per sentence.
/// <para>Invariant: a sentence's encoding does not depend on the other sentences of the batch (each output of
/// <see cref="PackedKernels"/> is summed in the same order whatever the number of words), so parsing a document gives
/// exactly the trees of parsing its sentences one by one.</para>
/// One per thread (in <see cref="NeuralScratch"/>).
/// </summary>
internal sealed class BatchEncoder
{
    /// <summary>Words in the batch (N) and sentences (S); sentence q has words [Start[q], Start[q] + Length[q]).</summary>
    public int Words, Sentences;
    public int[] Start = new int[16], Length = new int[16];
    private int[] _order = new int[16];
    private int[] _ids = [];
    private float[] _gatesF = [], _gatesB = [], _cF = [], _cB = [], _hPrev = [], _a = [], _tanh = [];
    /// <summary>Per layer: the words' outputs, N × 2H (forward, backward); the top layer has two more rows, the root and
    /// the empty slot's learned vectors.</summary>
    private float[][] _out = [];
    /// <summary>The MLP's first-layer products, as <see cref="ParserNetwork.Precompute"/> lays them out for N + 2 rows:
    /// word i of sentence q is row Start[q] + i, the root row N, the empty slot row N + 1.</summary>
    public float[] P = [];

    public int Rows => Words + 2;

    public void Clear()
    {
        Words = 0;
        Sentences = 0;
    }

    /// <summary>Appends a sentence (n ≥ 1 words): looks up its ids.</summary>
    public void Add(ParserNetwork net, IReadOnlyList<ParserInput> words, int from, int n)
    {
        int nf = net.FeatureCount;
        if (Sentences == Start.Length)
        {
            Array.Resize(ref Start, 2 * Sentences);
            Array.Resize(ref Length, 2 * Sentences);
            _order = new int[2 * Sentences];
        }
        if (_ids.Length < (Words + n) * nf) Array.Resize(ref _ids, Math.Max(2 * (Words + n), 64) * nf);
        for (int i = 0; i < n; i++)
        {
            var w = words[from + i];
            net.Ids(w.Form, w.Upos, w.Xpos, _ids.AsSpan((Words + i) * nf, nf));
        }
        Start[Sentences] = Words;
        Length[Sentences] = n;
        Sentences++;
        Words += n;
    }

    /// <summary>The rows of <see cref="P"/> for sentence q's slots as <see cref="ParserNetwork.SlotRows"/> gives them
    /// (word i, the root n, the empty slot n + 1), in place.</summary>
    public void MapSlots(int q, Span<int> slots)
    {
        int n = Length[q], start = Start[q];
        for (int k = 0; k < slots.Length; k++) slots[k] = slots[k] < n ? start + slots[k] : Words + slots[k] - n;
    }

    /// <summary>Encodes every sentence added since <see cref="Clear"/> and fills <see cref="P"/>.</summary>
    public void Encode(ParserNetwork net)
    {
        var lstm = net.Lstm;
        var tables = net.InputTables ?? throw new InvalidOperationException("the network is not prepared for inference");
        int h = lstm.Hidden, g4 = 4 * h, w = 2 * h, n = Words, layers = lstm.Layers, nf = net.FeatureCount, m = net.Shape.MlpHidden;
        Grow(layers, n, h, m);
        // Longest first (ties by position, so the order is deterministic).
        for (int q = 0; q < Sentences; q++)
        {
            int at = q;
            for (; at > 0 && Length[_order[at - 1]] < Length[q]; at--) _order[at] = _order[at - 1];
            _order[at] = q;
        }
        for (int l = 0; l < layers; l++)
        {
            var gf = _gatesF.AsSpan(0, n * g4);
            var gb = _gatesB.AsSpan(0, n * g4);
            if (l == 0)
            {
                // Σ over the inputs of one table row each: the same sums as BiLstmRun's tabled first layer.
                for (int t = 0; t < n; t++)
                {
                    var rf = gf.Slice(t * g4, g4);
                    var rb = gb.Slice(t * g4, g4);
                    var first = tables[0].AsSpan(_ids[t * nf] * 2 * g4, 2 * g4);
                    first[..g4].CopyTo(rf);
                    first[g4..].CopyTo(rb);
                    for (int f = 1; f < nf; f++)
                    {
                        var row = tables[f].AsSpan(_ids[t * nf + f] * 2 * g4, 2 * g4);
                        Dense.Add(row[..g4], rf);
                        Dense.Add(row[g4..], rb);
                    }
                }
            }
            else
            {
                var input = _out[l - 1].AsSpan(0, n * w);
                for (int t = 0; t < n; t++)
                {
                    lstm.Forward[l].B.W.AsSpan().CopyTo(gf.Slice(t * g4, g4));
                    lstm.Backward[l].B.W.AsSpan().CopyTo(gb.Slice(t * g4, g4));
                }
                PackedKernels.MulAdd(lstm.Forward[l].PackedWx!, input, gf, n, g4);
                PackedKernels.MulAdd(lstm.Backward[l].PackedWx!, input, gb, n, g4);
            }
            Recur(lstm.Forward[l], _gatesF, _cF, _out[l], 0);
            Recur(lstm.Backward[l], _gatesB, _cB, _out[l], h);
        }
        var top = _out[layers - 1].AsSpan(0, (n + 2) * w);
        net.Special.W.AsSpan().CopyTo(top[(n * w)..]);
        net.Precompute(top, n + 2, P);
    }

    /// <summary>One direction of one layer over every sentence: step s of all sentences still running, then step s + 1.
    /// <paramref name="gates"/> holds each word's input projection (+ bias) and gets the recurrent product added;
    /// the outputs go to columns [offset, offset + H) of <paramref name="output"/> (rows of 2H).</summary>
    private void Recur(LstmLayer layer, float[] gates, float[] cells, float[] output, int offset)
    {
        int h = layer.Hidden, g4 = 4 * h, w = 2 * h, active = Sentences;
        var wh = layer.PackedWh ?? throw new InvalidOperationException("the network is not prepared for inference");
        int steps = Length[_order[0]];
        for (int s = 0; s < steps; s++)
        {
            while (Length[_order[active - 1]] <= s) active--;
            if (s > 0)
            {
                for (int b = 0; b < active; b++)
                {
                    int q = _order[b];
                    output.AsSpan((Start[q] + Position(q, s - 1, layer.Reverse)) * w + offset, h).CopyTo(_hPrev.AsSpan(b * h, h));
                }
                var a = _a.AsSpan(0, active * g4);
                a.Clear();
                PackedKernels.MulAdd(wh, _hPrev.AsSpan(0, active * h), a, active, g4);
                for (int b = 0; b < active; b++)
                {
                    int q = _order[b];
                    Dense.Add(a.Slice(b * g4, g4), gates.AsSpan((Start[q] + Position(q, s, layer.Reverse)) * g4, g4));
                }
            }
            for (int b = 0; b < active; b++)
            {
                int q = _order[b], t = Start[q] + Position(q, s, layer.Reverse);
                var cPrev = s > 0 ? cells.AsSpan((Start[q] + Position(q, s - 1, layer.Reverse)) * h, h) : default;
                LstmLayer.Activate(gates.AsSpan(t * g4, g4), cPrev, cells.AsSpan(t * h, h), _tanh, output.AsSpan(t * w + offset, h));
            }
        }
    }

    private int Position(int q, int step, bool reverse) => reverse ? Length[q] - 1 - step : step;

    private void Grow(int layers, int n, int h, int m)
    {
        if (_out.Length != layers) _out = new float[layers][];
        // Sizes depend on the network too (a thread may parse with several models).
        if (_gatesF.Length < n * 4 * h || _cF.Length < n * h || _out[layers - 1] is null || _out.Any(o => o.Length < (n + 2) * 2 * h)
            || P.Length < ParserNetwork.Slots * (n + 2) * m)
        {
            int cap = Math.Max(n, 32) * 2;
            _gatesF = new float[cap * 4 * h];
            _gatesB = new float[cap * 4 * h];
            _cF = new float[cap * h];
            _cB = new float[cap * h];
            for (int l = 0; l < layers; l++) _out[l] = new float[(cap + 2) * 2 * h];
            P = new float[ParserNetwork.Slots * (cap + 2) * m];
        }
        if (_hPrev.Length < Sentences * h || _a.Length < Sentences * 4 * h)
        {
            _hPrev = new float[Math.Max(Sentences, 16) * 2 * h];
            _a = new float[Math.Max(Sentences, 16) * 2 * 4 * h];
        }
        if (_tanh.Length < h) _tanh = new float[h];
    }
}
