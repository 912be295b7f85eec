using Tidings.Learning;

namespace Tidings.Syntax;

/// <summary>
/// Guesses, before parsing, each word's relation and the side its head is on ("nsubj/R", "obj/L", "root"),
/// a "supertag" in the sense of Ouchi, Duh &amp; Matsumoto (2014). A greedy left-to-right averaged perceptron
/// over a window of words, lemmas and (predicted) tags, and the supertags already given to the left.
/// The parser reads the supertags of the stack and buffer words as features: they carry evidence from both
/// sides of a word, which a greedy left-to-right parser otherwise sees only within its feature window.
/// Part of the parser's model file. Immutable and thread-safe.
/// </summary>
internal sealed class Supertagger
{
    private readonly string[] _classes;
    private readonly PerceptronModel _model;

    public Supertagger(string[] classes, PerceptronModel model)
    {
        if (model.ClassCount != classes.Length) throw new InvalidDataException($"supertagger has {model.ClassCount} classes for {classes.Length} names");
        _classes = classes;
        _model = model;
    }

    public IReadOnlyList<string> Classes => _classes;
    public long MemoryBytes => _model.MemoryBytes;

    /// <summary>The supertag of a word of a gold tree: universal relation and head side, or "root".</summary>
    /// <remarks>A head next to the word is marked ("det/R1", "punct/L1"): on EWT dev this gives 117 supertags instead of 62,
    /// a less accurate supertagger (82.1 % against 84.7 %) but a better parser (UAS 85.83 against 85.70).</remarks>
    public static string Of(ConlluWord w) =>
        w.Head == 0 ? "root"
            : ParserTrainer.Universal(w.Deprel).ToString() + (w.Head > w.Id ? "/R" : "/L") + (Math.Abs(w.Head - w.Id) == 1 ? "1" : "");

    public const int FeatureCount = 30;

    /// <summary>Writes the supertag classes of <paramref name="words"/> into <paramref name="classes"/>.</summary>
    public void Tag(IReadOnlyList<ParserInput> words, Span<int> classes)
    {
        int n = words.Count;
        if (n == 0) return;
        var atoms = Atoms.Rent(n);
        atoms.Fill(words);
        Span<ulong> f = stackalloc ulong[FeatureCount];
        Span<float> scores = stackalloc float[_model.ClassCount];
        for (int i = 0; i < n; i++)
        {
            atoms.Features(i, classes, f);
            classes[i] = _model.Predict(f, scores);
        }
    }

    /// <summary>
    /// Trains on sentences whose inputs carry the tags the tagger will give at run time (jackknifed) and whose
    /// gold supertags are <paramref name="gold"/> (indices into <paramref name="classes"/>).
    /// </summary>
    public static Supertagger Train(IReadOnlyList<ParserInput[]> words, IReadOnlyList<int[]> gold, string[] classes, int epochs, int seed)
    {
        var trainer = new PerceptronTrainer(classes.Length);
        var order = Enumerable.Range(0, words.Count).ToArray();
        var rnd = new Random(seed);
        var f = new ulong[FeatureCount];
        var scores = new float[classes.Length];
        var predicted = new int[Math.Max(1, words.Max(w => w.Length))];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rnd.Shuffle(order);
            foreach (int s in order)
            {
                var ws = words[s];
                var atoms = Atoms.Rent(ws.Length);
                atoms.Fill(ws);
                for (int i = 0; i < ws.Length; i++)
                {
                    atoms.Features(i, predicted, f);
                    trainer.Score(f, scores);
                    int guess = PerceptronModel.ArgMax(scores);
                    trainer.Update(f, gold[s][i], guess);
                    trainer.Tick();
                    predicted[i] = guess; // later words see predicted, not gold, history, as at run time
                }
            }
        }
        return new Supertagger(classes, trainer.Average());
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_classes.Length);
        foreach (var c in _classes) w.Write(c);
        _model.Write(w);
    }

    public static Supertagger Read(BinaryReader r, string name)
    {
        int n = r.ReadInt32();
        if (n is < 1 or > 1000) throw new InvalidDataException($"{name}: bad supertag count {n}");
        var classes = new string[n];
        for (int i = 0; i < n; i++) classes[i] = r.ReadString();
        return new Supertagger(classes, PerceptronModel.Read(r));
    }

    /// <summary>Per-sentence hashes of each position's word, lemma, tags and suffix; one per thread, reused.</summary>
    private sealed class Atoms
    {
        [ThreadStatic] private static Atoms? t_atoms;
        // Positions are offset by 2 so that i-2 .. i+2 stay inside the arrays; pads hash to fixed values.
        public ulong[] W = [], L = [], X = [], U = [], S3 = [];
        public int[] VerbsBefore = [];
        public int Count;

        public static Atoms Rent(int n)
        {
            var a = t_atoms ??= new Atoms();
            if (a.W.Length < n + 4)
            {
                int m = Math.Max(n + 4, 64);
                a.W = new ulong[m]; a.L = new ulong[m]; a.X = new ulong[m]; a.U = new ulong[m]; a.S3 = new ulong[m];
                a.VerbsBefore = new int[m];
            }
            a.Count = n;
            return a;
        }

        public void Fill(IReadOnlyList<ParserInput> words)
        {
            int n = words.Count;
            for (int p = 0; p < 2; p++)
            {
                Pad(p, 0x5A11);
                Pad(n + 2 + p, 0xE0D);
            }
            int verbs = 0;
            for (int i = 0; i < n; i++)
            {
                var x = words[i];
                int j = i + 2;
                var form = x.Form.AsSpan();
                W[j] = FeatureHash.Lower(form);
                L[j] = FeatureHash.Lower(string.IsNullOrEmpty(x.Lemma) ? form : x.Lemma.AsSpan());
                X[j] = FeatureHash.Exact(x.Xpos);
                U[j] = FeatureHash.Exact(x.Upos);
                S3[j] = FeatureHash.Lower(form[Math.Max(0, form.Length - 3)..]);
                VerbsBefore[i] = verbs;
                if (x.Upos is "VERB") verbs++;
            }
            VerbsBefore[n] = verbs;
        }

        private void Pad(int j, ulong v) => W[j] = L[j] = X[j] = U[j] = S3[j] = v + (ulong)j;

        public void Features(int i, ReadOnlySpan<int> classes, Span<ulong> f)
        {
            int j = i + 2;
            ulong t1 = i >= 1 ? (ulong)classes[i - 1] + 1 : 0xF1, t2 = i >= 2 ? (ulong)classes[i - 2] + 1 : 0xF2;
            // Verbs on each side (0, 1, 2+): a verb to the right and none to the left makes a subject likely.
            ulong left = (ulong)Math.Min(VerbsBefore[i], 2), right = (ulong)Math.Min(VerbsBefore[Count] - VerbsBefore[i + 1], 2);
            ulong end = (ulong)Math.Min(Count - 1 - i, 3);
            f[0] = FeatureHash.OfHashes(1, 0);
            f[1] = FeatureHash.OfHashes(2, W[j]);
            f[2] = FeatureHash.OfHashes(3, L[j]);
            f[3] = FeatureHash.OfHashes(4, X[j]);
            f[4] = FeatureHash.OfHashes(5, U[j]);
            f[5] = FeatureHash.OfHashes(6, W[j - 1]);
            f[6] = FeatureHash.OfHashes(7, W[j + 1]);
            f[7] = FeatureHash.OfHashes(8, X[j - 1], X[j]);
            f[8] = FeatureHash.OfHashes(9, X[j], X[j + 1]);
            f[9] = FeatureHash.OfHashes(10, X[j - 1], X[j], X[j + 1]);
            f[10] = FeatureHash.OfHashes(11, X[j - 2], X[j - 1], X[j]);
            f[11] = FeatureHash.OfHashes(12, X[j], X[j + 1], X[j + 2]);
            f[12] = FeatureHash.OfHashes(13, W[j], X[j]);
            f[13] = FeatureHash.OfHashes(14, W[j], X[j + 1]);
            f[14] = FeatureHash.OfHashes(15, W[j], X[j - 1]);
            f[15] = FeatureHash.OfHashes(16, L[j], W[j + 1]);
            f[16] = FeatureHash.OfHashes(17, W[j - 1], L[j]);
            f[17] = FeatureHash.OfHashes(18, t1);
            f[18] = FeatureHash.OfHashes(19, t2, t1);
            f[19] = FeatureHash.OfHashes(20, t1, X[j]);
            f[20] = FeatureHash.OfHashes(21, t1, W[j]);
            f[21] = FeatureHash.OfHashes(22, t1, X[j], X[j + 1]);
            f[22] = FeatureHash.OfHashes(23, S3[j], X[j]);
            f[23] = FeatureHash.OfHashes(24, X[j], left * 4 + right);
            f[24] = FeatureHash.OfHashes(25, W[j], left * 4 + right);
            f[25] = FeatureHash.OfHashes(26, X[j], end, t1);
            f[26] = FeatureHash.OfHashes(27, X[j - 2]);
            f[27] = FeatureHash.OfHashes(28, X[j + 2]);
            f[28] = FeatureHash.OfHashes(29, W[j - 2]);
            f[29] = FeatureHash.OfHashes(30, W[j + 2]);
        }
    }
}
