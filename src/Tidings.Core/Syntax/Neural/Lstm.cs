namespace Tidings.Syntax.Neural;

/// <summary>What one direction of an LSTM layer keeps of a sentence for back-propagation (grown as needed, reused).</summary>
internal sealed class LstmCache
{
    /// <summary>Per step: the four gates after their activations (input, forget, candidate, output), 4H each.</summary>
    public float[] Gates = [];
    /// <summary>Per step: the cell, tanh of the cell and the output, H each.</summary>
    public float[] C = [], TanhC = [], H = [];
    public float[] DhNext = [], DcNext = [], Da = [];

    public void Ensure(int steps, int hidden)
    {
        if (Gates.Length < steps * 4 * hidden)
        {
            int m = Math.Max(steps, 32) * 2;
            Gates = new float[m * 4 * hidden];
            C = new float[m * hidden];
            TanhC = new float[m * hidden];
            H = new float[m * hidden];
        }
        if (Da.Length < 4 * hidden)
        {
            DhNext = new float[hidden];
            DcNext = new float[hidden];
            Da = new float[4 * hidden];
        }
    }
}

/// <summary>
/// One direction of an LSTM layer (Hochreiter &amp; Schmidhuber 1997, with a forget gate): for each step t,
/// a = Wx x_t + Wh h_{t-1} + b, split into input i, forget f, candidate g and output o gates;
/// c_t = σ(f) c_{t-1} + σ(i) tanh(g), h_t = σ(o) tanh(c_t). A reversed layer reads the sentence from its end.
/// Back-propagation through time accumulates the gradients of Wx, Wh and b and of the inputs.
/// </summary>
internal sealed class LstmLayer
{
    public readonly int Input, Hidden;
    public readonly bool Reverse;
    public readonly Parameter Wx, Wh, B;

    public LstmLayer(string name, int input, int hidden, bool reverse, Random rnd)
    {
        Input = input;
        Hidden = hidden;
        Reverse = reverse;
        Wx = new Parameter(name + ".Wx", 4 * hidden, input).Glorot(rnd, input, hidden);
        Wh = new Parameter(name + ".Wh", 4 * hidden, hidden).Glorot(rnd, hidden, hidden);
        B = new Parameter(name + ".b", 1, 4 * hidden);
        // A forget-gate bias of 1 keeps the cell's memory at the start of training (Jozefowicz et al. 2015).
        B.W.AsSpan(hidden, hidden).Fill(1f);
    }

    public IEnumerable<Parameter> Parameters => [Wx, Wh, B];

    /// <summary>Wx and Wh re-laid for <see cref="PackedKernels"/> once the weights are final (<see cref="Pack"/>), for
    /// <see cref="BatchEncoder"/>; null while training (<see cref="Forward"/> and <see cref="Recur"/> always use the
    /// <see cref="Dense"/> kernels: they are the reference the packed path is tested against).</summary>
    public PackedMatrix? PackedWx, PackedWh;

    /// <summary>Packs Wh, and Wx when <paramref name="input"/> (the first layer's input products come from the network's
    /// input tables instead, so its Wx is never read packed). Call only once the weights no longer change (later updates
    /// would not reach the packed copies).</summary>
    public void Pack(bool input)
    {
        PackedWx = input ? new PackedMatrix(Wx.W, 4 * Hidden, Input) : null;
        PackedWh = new PackedMatrix(Wh.W, 4 * Hidden, Hidden);
    }

    /// <summary>Runs the layer over <paramref name="steps"/> inputs (steps × Input); outputs are in cache.H (steps × Hidden),
    /// indexed by word position whatever the direction.</summary>
    public void Forward(ReadOnlySpan<float> x, int steps, LstmCache cache)
    {
        int h = Hidden, g4 = 4 * h;
        cache.Ensure(steps, h);
        var gates = cache.Gates.AsSpan(0, steps * g4);
        for (int t = 0; t < steps; t++) B.W.AsSpan().CopyTo(gates.Slice(t * g4, g4));
        Dense.MulAddBatch(Wx.W, g4, Input, x, gates, steps);
        Recur(steps, cache);
    }

    /// <summary>The recurrence of <see cref="Forward"/> once cache.Gates holds each step's input projection Wx x_t + b
    /// (cache.Ensure called): adds Wh h_{t-1}, applies the gates and writes C, TanhC and H.</summary>
    public void Recur(int steps, LstmCache cache)
    {
        int h = Hidden, g4 = 4 * h;
        var gates = cache.Gates.AsSpan(0, steps * g4);
        for (int s = 0; s < steps; s++)
        {
            int t = Reverse ? steps - 1 - s : s, prev = Reverse ? t + 1 : t - 1;
            var a = gates.Slice(t * g4, g4);
            if (s > 0) Dense.MulAdd(Wh.W, cache.H.AsSpan(prev * h, h), a);
            Activate(a, s > 0 ? cache.C.AsSpan(prev * h, h) : default, cache.C.AsSpan(t * h, h), cache.TanhC.AsSpan(t * h, h), cache.H.AsSpan(t * h, h));
        }
    }

    /// <summary>
    /// The gates of one step: <paramref name="a"/> (4H, the input and recurrent products with the bias) gets its activations
    /// in place; c = σ(f) c_prev + σ(i) tanh(g) (c_prev empty at the first step: 0), tanh(c) into <paramref name="tanhC"/>
    /// (at least H), h = σ(o) tanh(c). Shared by training and <see cref="BatchEncoder"/>, so both compute the same floats.
    /// </summary>
    public static void Activate(Span<float> a, ReadOnlySpan<float> cPrev, Span<float> c, Span<float> tanhC, Span<float> h)
    {
        int n = c.Length;
        var tc = tanhC[..n];
        Dense.Sigmoid(a[..(2 * n)]);
        Dense.Tanh(a.Slice(2 * n, n));
        Dense.Sigmoid(a.Slice(3 * n, n));
        for (int j = 0; j < n; j++)
        {
            float cp = cPrev.IsEmpty ? 0f : cPrev[j];
            c[j] = a[n + j] * cp + a[j] * a[2 * n + j];
        }
        c.CopyTo(tc);
        Dense.Tanh(tc);
        for (int j = 0; j < n; j++) h[j] = a[3 * n + j] * tc[j];
    }

    /// <summary>
    /// Back-propagation through time from the gradients of the outputs <paramref name="dh"/> (steps × Hidden) of the last
    /// <see cref="Forward"/>: adds the parameters' gradients and the inputs' gradients to <paramref name="dx"/> (steps × Input).
    /// </summary>
    public void Backward(ReadOnlySpan<float> x, int steps, LstmCache cache, ReadOnlySpan<float> dh, Span<float> dx)
    {
        int h = Hidden, g4 = 4 * h;
        var dhNext = cache.DhNext.AsSpan(0, h);
        var dcNext = cache.DcNext.AsSpan(0, h);
        var da = cache.Da.AsSpan(0, g4);
        dhNext.Clear();
        dcNext.Clear();
        for (int s = steps - 1; s >= 0; s--)
        {
            int t = Reverse ? steps - 1 - s : s, prev = Reverse ? t + 1 : t - 1;
            var a = cache.Gates.AsSpan(t * g4, g4);
            var tc = cache.TanhC.AsSpan(t * h, h);
            for (int j = 0; j < h; j++)
            {
                float i = a[j], f = a[h + j], gg = a[2 * h + j], o = a[3 * h + j];
                float dHt = dh[t * h + j] + dhNext[j];
                float dO = dHt * tc[j];
                float dC = dcNext[j] + dHt * o * (1 - tc[j] * tc[j]);
                float cPrev = s > 0 ? cache.C[prev * h + j] : 0f;
                da[j] = dC * gg * i * (1 - i);
                da[h + j] = dC * cPrev * f * (1 - f);
                da[2 * h + j] = dC * i * (1 - gg * gg);
                da[3 * h + j] = dO * o * (1 - o);
                dcNext[j] = dC * f;
            }
            Dense.Add(da, B.G);
            Dense.OuterAdd(da, x.Slice(t * Input, Input), Wx.G);
            Dense.MulTransposeAdd(Wx.W, da, dx.Slice(t * Input, Input));
            dhNext.Clear();
            if (s > 0)
            {
                Dense.OuterAdd(da, cache.H.AsSpan(prev * h, h), Wh.G);
                Dense.MulTransposeAdd(Wh.W, da, dhNext);
            }
        }
    }
}

/// <summary>
/// A stack of bidirectional LSTM layers (Graves &amp; Schmidhuber 2005; Kiperwasser &amp; Goldberg 2016): each layer
/// reads the sentence both ways and gives each word the concatenation [forward; backward] (2H), which the next layer
/// reads. One instance holds the caches of one sentence at a time (not thread-safe; run-time parsing keeps one per thread
/// through <see cref="BiLstmRun"/>).
/// </summary>
internal sealed class BiLstm
{
    public readonly LstmLayer[] Forward, Backward;
    public readonly int Input, Hidden;

    public BiLstm(string name, int input, int hidden, int layers, Random rnd)
    {
        Input = input;
        Hidden = hidden;
        Forward = new LstmLayer[layers];
        Backward = new LstmLayer[layers];
        for (int l = 0; l < layers; l++)
        {
            int inp = l == 0 ? input : 2 * hidden;
            Forward[l] = new LstmLayer($"{name}{l}.fw", inp, hidden, false, rnd);
            Backward[l] = new LstmLayer($"{name}{l}.bw", inp, hidden, true, rnd);
        }
    }

    public int Layers => Forward.Length;
    public int Output => 2 * Hidden;
    public IEnumerable<Parameter> Parameters => Forward.Zip(Backward).SelectMany(p => p.First.Parameters.Concat(p.Second.Parameters));
}

/// <summary>The per-sentence state of a <see cref="BiLstm"/>: the caches of every layer and direction, and the layers'
/// concatenated outputs. One per thread.</summary>
internal sealed class BiLstmRun
{
    private LstmCache[] _fw = [], _bw = [];
    /// <summary>Per layer: steps × 2H outputs (the last one is the encoding).</summary>
    private float[][] _out = [];
    private float[] _dOut = [], _dIn = [], _dh = [];

    public ReadOnlySpan<float> Output(int layer, int steps, int width) => _out[layer].AsSpan(0, steps * width);

    /// <summary>Encodes <paramref name="x"/> (steps × Input); returns the top layer's outputs (steps × 2H).</summary>
    public Span<float> Forward(BiLstm net, ReadOnlySpan<float> x, int steps)
    {
        int layers = net.Layers, h = net.Hidden, w = 2 * h;
        if (_fw.Length != layers)
        {
            _fw = new LstmCache[layers]; _bw = new LstmCache[layers]; _out = new float[layers][];
            for (int l = 0; l < layers; l++) { _fw[l] = new LstmCache(); _bw[l] = new LstmCache(); _out[l] = []; }
        }
        var input = x;
        for (int l = 0; l < layers; l++)
        {
            net.Forward[l].Forward(input, steps, _fw[l]);
            net.Backward[l].Forward(input, steps, _bw[l]);
            if (_out[l].Length < steps * w) _out[l] = new float[Math.Max(steps, 32) * 2 * w];
            var o = _out[l];
            for (int t = 0; t < steps; t++)
            {
                _fw[l].H.AsSpan(t * h, h).CopyTo(o.AsSpan(t * w, h));
                _bw[l].H.AsSpan(t * h, h).CopyTo(o.AsSpan(t * w + h, h));
            }
            input = o.AsSpan(0, steps * w);
        }
        return _out[layers - 1].AsSpan(0, steps * w);
    }

    /// <summary>Back-propagates the gradient of the top outputs (steps × 2H, consumed) through every layer of the last
    /// <see cref="Forward"/>; adds the input gradients to <paramref name="dx"/> (steps × Input).</summary>
    public void Backward(BiLstm net, ReadOnlySpan<float> x, int steps, Span<float> dTop, Span<float> dx)
    {
        int layers = net.Layers, h = net.Hidden, w = 2 * h;
        if (_dh.Length < steps * h) _dh = new float[Math.Max(steps, 32) * 2 * h];
        if (_dIn.Length < steps * w) { _dIn = new float[Math.Max(steps, 32) * 2 * w]; _dOut = new float[_dIn.Length]; }
        Span<float> dOut = dTop;
        for (int l = layers - 1; l >= 0; l--)
        {
            ReadOnlySpan<float> input = l == 0 ? x : _out[l - 1].AsSpan(0, steps * w);
            Span<float> dInput;
            if (l == 0) dInput = dx;
            else
            {
                // Alternate two buffers: this layer's input gradient becomes the next (lower) layer's output gradient.
                var buf = dOut == (Span<float>)_dIn.AsSpan(0, steps * w) ? _dOut : _dIn;
                dInput = buf.AsSpan(0, steps * w);
                dInput.Clear();
            }
            var dh = _dh.AsSpan(0, steps * h);
            for (int t = 0; t < steps; t++) dOut.Slice(t * w, h).CopyTo(dh.Slice(t * h, h));
            net.Forward[l].Backward(input, steps, _fw[l], dh, dInput);
            for (int t = 0; t < steps; t++) dOut.Slice(t * w + h, h).CopyTo(dh.Slice(t * h, h));
            net.Backward[l].Backward(input, steps, _bw[l], dh, dInput);
            dOut = dInput;
        }
    }
}
