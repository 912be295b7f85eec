using Tidings.Learning;

namespace Tidings.Syntax;

/// <summary>
/// Guesses, before parsing, each word's relation and the side its head is on ("nsubj/R", "obj/L", "root"),
/// a "supertag" in the sense of Ouchi, Duh &amp; Matsumoto (2014). A greedy left-to-right averaged perceptron
/// over a window of words, lemmas and (predicted) tags, and the supertags already given to the left.
/// The parser reads the supertags of the stack and buffer words as features: they carry evidence from both
/// sides of a word, which a greedy left-to-right parser otherwise sees only within its feature window.
/// A second, stacked pass (optional) tags the sentence again, reading the first pass's guesses of the word itself
/// and of the words to its right, which the greedy first pass cannot see (as the tagger's second pass does).
/// Part of the parser's model file. Immutable and thread-safe.
/// </summary>
internal sealed class Supertagger
{
    private readonly string[] _classes;
    private readonly PerceptronModel _model;
    private readonly PerceptronModel? _second;
    private readonly int _root = -1;
    private readonly byte[] _side = [];

    public Supertagger(string[] classes, PerceptronModel model, PerceptronModel? second = null)
    {
        if (model.ClassCount != classes.Length || (second is not null && second.ClassCount != classes.Length))
            throw new InvalidDataException($"supertagger has {model.ClassCount} classes for {classes.Length} names");
        _classes = classes;
        _model = model;
        _second = second;
        _root = Array.IndexOf(classes, "root");
        // The side of each class's head (0 root, 1 left, 2 right), read by the second pass.
        _side = classes.Select(c => (byte)(c == "root" ? 0 : c.Contains("/L") ? 1 : 2)).ToArray();
    }

    public IReadOnlyList<string> Classes => _classes;
    public long MemoryBytes => _model.MemoryBytes + (_second?.MemoryBytes ?? 0) + (Heads?.MemoryBytes ?? 0);
    /// <summary>A companion tagger of the same kind whose classes are the part of speech of each word's head and its side
    /// ("VERB/R", "NOUN/L", "root", see <see cref="HeadOf"/>), saved with this one; null when the parser does not read it.</summary>
    public Supertagger? Heads { get; private init; }

    /// <summary>This supertagger with a companion head tagger (<see cref="Heads"/>).</summary>
    public Supertagger WithHeads(Supertagger? heads) => new(_classes, _model, _second) { Heads = heads, Alternatives = Alternatives };
    /// <summary>True when the parser also reads each word's runner-up supertag where the tagger was unsure (<see cref="Tag"/>).</summary>
    public bool Alternatives { get; private init; }
    public Supertagger WithAlternatives(bool on) => new(_classes, _model, _second) { Heads = Heads, Alternatives = on };

    /// <summary>The runner-up class and how close it came, as one value (class · 4 + closeness 0..2), or -1 when the best
    /// class led clearly (by at least 60 % of its score).</summary>
    private static int RunnerUp(ReadOnlySpan<float> scores, int best)
    {
        int second = -1;
        for (int c = 0; c < scores.Length; c++)
            if (c != best && (second < 0 || scores[c] > scores[second])) second = c;
        if (second < 0) return -1;
        float lead = (scores[best] - scores[second]) / MathF.Max(1f, MathF.Abs(scores[best]));
        return lead < 0.1f ? second * 4 : lead < 0.3f ? second * 4 + 1 : lead < 0.6f ? second * 4 + 2 : -1;
    }
    /// <summary>1 or 2 (with the stacked second pass).</summary>
    public int Passes => _second is null ? 1 : 2;

    /// <summary>The supertag of a word of a gold tree: universal relation and head side, or "root".</summary>
    /// <remarks>A head next to the word is marked ("det/R1", "punct/L1"): on EWT dev this gives 117 supertags instead of 62,
    /// a less accurate supertagger (82.1 % against 84.7 %) but a better parser (UAS 85.83 against 85.70).</remarks>
    public static string Of(ConlluWord w) =>
        w.Head == 0 ? "root"
            : ParserTrainer.Universal(w.Deprel).ToString() + (w.Head > w.Id ? "/R" : "/L") + (Math.Abs(w.Head - w.Id) == 1 ? "1" : "");

    /// <summary>The class of a word of a gold tree for the <see cref="Heads"/> tagger: its head's UPOS and side, or "root".</summary>
    /// <remarks>Which kind of word the head is tells the parser's LEFT (head b0) from RIGHT (head s1) where the relation
    /// alone does not ("nmod" and "obl" differ by exactly that).</remarks>
    public static string HeadOf(ConlluSentence s, ConlluWord w) =>
        w.Head <= 0 || w.Head > s.Words.Count ? "root" : s.Words[w.Head - 1].Upos + (w.Head > w.Id ? "/R" : "/L");

    public const int FeatureCount = 30;
    /// <summary>Features of the second pass: the first pass's and <see cref="RightFeatureCount"/> more.</summary>
    public const int SecondFeatureCount = FeatureCount + RightFeatureCount;
    private const int RightFeatureCount = 11;

    /// <summary>Writes the supertag classes of <paramref name="words"/> into <paramref name="classes"/>.</summary>
    /// <remarks>With a non-empty <paramref name="alternatives"/> (one-pass taggers), also each word's runner-up (see <see cref="RunnerUp"/>).</remarks>
    public void Tag(IReadOnlyList<ParserInput> words, Span<int> classes, Span<int> alternatives = default)
    {
        int n = words.Count;
        if (n == 0) return;
        var atoms = Atoms.Rent(n);
        atoms.Fill(words);
        Span<ulong> f = stackalloc ulong[SecondFeatureCount];
        Span<float> scores = stackalloc float[_model.ClassCount];
        for (int i = 0; i < n; i++)
        {
            atoms.Features(i, classes, f);
            classes[i] = _model.Predict(f[..FeatureCount], scores);
            if (!alternatives.IsEmpty) alternatives[i] = RunnerUp(scores[.._model.ClassCount], classes[i]);
        }
        if (_second is null) return;
        var first = atoms.First;
        classes[..n].CopyTo(first);
        SecondPass(atoms, first, classes, f, scores);
    }

    /// <summary>The second pass alone, over given first-pass guesses (jackknifed ones in training).</summary>
    internal void TagSecond(IReadOnlyList<ParserInput> words, ReadOnlySpan<int> first, Span<int> classes)
    {
        if (_second is null) throw new InvalidOperationException("a one-pass supertagger");
        int n = words.Count;
        if (n == 0) return;
        var atoms = Atoms.Rent(n);
        atoms.Fill(words);
        var copy = atoms.First;
        first[..n].CopyTo(copy);
        Span<ulong> f = stackalloc ulong[SecondFeatureCount];
        Span<float> scores = stackalloc float[_model.ClassCount];
        SecondPass(atoms, copy, classes, f, scores);
    }

    private void SecondPass(Atoms atoms, int[] first, Span<int> classes, Span<ulong> f, Span<float> scores)
    {
        atoms.FillRoot(first, _root);
        for (int i = 0; i < atoms.Count; i++)
        {
            atoms.Features(i, classes, f);
            atoms.RightFeatures(i, first, _side, f[FeatureCount..]);
            classes[i] = _second!.Predict(f, scores);
        }
    }

    /// <summary>
    /// Trains on sentences whose inputs carry the tags the tagger will give at run time (jackknifed) and whose
    /// gold supertags are <paramref name="gold"/> (indices into <paramref name="classes"/>).
    /// </summary>
    public static Supertagger Train(IReadOnlyList<ParserInput[]> words, IReadOnlyList<int[]> gold, string[] classes, int epochs, int seed) =>
        new(classes, TrainPass(words, gold, classes, null, epochs, seed));

    /// <summary>A two-pass supertagger from a trained first pass and the (jackknifed) first-pass guesses of the training
    /// sentences, on which the second pass learns.</summary>
    public static Supertagger TrainSecond(Supertagger first, IReadOnlyList<ParserInput[]> words, IReadOnlyList<int[]> gold,
        IReadOnlyList<int[]> firstGuesses, int epochs, int seed) =>
        new(first._classes, first._model, TrainPass(words, gold, first._classes, firstGuesses, epochs, seed));

    private static PerceptronModel TrainPass(IReadOnlyList<ParserInput[]> words, IReadOnlyList<int[]> gold, string[] classes,
        IReadOnlyList<int[]>? firstGuesses, int epochs, int seed)
    {
        var trainer = new PerceptronTrainer(classes.Length);
        var order = Enumerable.Range(0, words.Count).ToArray();
        var rnd = new Random(seed);
        var f = new ulong[SecondFeatureCount];
        int nf = firstGuesses is null ? FeatureCount : SecondFeatureCount;
        var side = classes.Select(c => (byte)(c == "root" ? 0 : c.Contains("/L") ? 1 : 2)).ToArray();
        int root = Array.IndexOf(classes, "root");
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
                if (firstGuesses is not null) atoms.FillRoot(firstGuesses[s], root);
                for (int i = 0; i < ws.Length; i++)
                {
                    atoms.Features(i, predicted, f);
                    if (firstGuesses is not null) atoms.RightFeatures(i, firstGuesses[s], side, f.AsSpan(FeatureCount));
                    var fs = f.AsSpan(0, nf);
                    trainer.Score(fs, scores);
                    int guess = PerceptronModel.ArgMax(scores);
                    trainer.Update(fs, gold[s][i], guess);
                    trainer.Tick();
                    predicted[i] = guess; // later words see predicted, not gold, history, as at run time
                }
            }
        }
        return trainer.Average();
    }

    // The class count is written with the pass count in its upper half (0 for files of one pass, which predate the flag).
    // A second flag says that a head tagger (<see cref="Heads"/>) follows.
    private const int TwoPassFlag = 1 << 16, HeadsFlag = 1 << 17, AlternativesFlag = 1 << 18;

    public void Write(BinaryWriter w)
    {
        w.Write(_classes.Length | (_second is null ? 0 : TwoPassFlag) | (Heads is null ? 0 : HeadsFlag) | (Alternatives ? AlternativesFlag : 0));
        foreach (var c in _classes) w.Write(c);
        _model.Write(w);
        _second?.Write(w);
        Heads?.Write(w);
    }

    public static Supertagger Read(BinaryReader r, string name)
    {
        int n = r.ReadInt32();
        bool twoPass = (n & TwoPassFlag) != 0, heads = (n & HeadsFlag) != 0, alternatives = (n & AlternativesFlag) != 0;
        n &= ~(TwoPassFlag | HeadsFlag | AlternativesFlag);
        if (n is < 1 or > 1000) throw new InvalidDataException($"{name}: bad supertag count {n}");
        var classes = new string[n];
        for (int i = 0; i < n; i++) classes[i] = r.ReadString();
        var model = PerceptronModel.Read(r);
        var second = twoPass ? PerceptronModel.Read(r) : null;
        return new Supertagger(classes, model, second) { Heads = heads ? Read(r, name) : null, Alternatives = alternatives };
    }

    /// <summary>Per-sentence hashes of each position's word, lemma, tags and suffix; one per thread, reused.</summary>
    private sealed class Atoms
    {
        [ThreadStatic] private static Atoms? t_atoms;
        // Positions are offset by 2 so that i-2 .. i+2 stay inside the arrays; pads hash to fixed values.
        public ulong[] W = [], L = [], X = [], U = [], S3 = [];
        public int[] VerbsBefore = [], First = [];
        public int Count;
        /// <summary>Second pass: the nearest word the first pass guessed as the root (-1 when none).</summary>
        public int Root;

        public static Atoms Rent(int n)
        {
            var a = t_atoms ??= new Atoms();
            if (a.W.Length < n + 4)
            {
                int m = Math.Max(n + 4, 64);
                a.W = new ulong[m]; a.L = new ulong[m]; a.X = new ulong[m]; a.U = new ulong[m]; a.S3 = new ulong[m];
                a.VerbsBefore = new int[m]; a.First = new int[m];
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

        public void FillRoot(ReadOnlySpan<int> first, int rootClass)
        {
            Root = -1;
            for (int i = 0; i < Count; i++) if (first[i] == rootClass) { Root = i; break; }
        }

        /// <summary>The second pass's extra features: the first pass's guesses of the word itself, its neighbours (those
        /// to the right above all) and where the first pass put the root.</summary>
        public void RightFeatures(int i, ReadOnlySpan<int> first, byte[] side, Span<ulong> f)
        {
            int j = i + 2;
            ulong r0 = (ulong)first[i] + 1;
            ulong r1 = i + 1 < Count ? (ulong)first[i + 1] + 1 : 0xE1, r2 = i + 2 < Count ? (ulong)first[i + 2] + 1 : 0xE2;
            ulong l1 = i >= 1 ? (ulong)first[i - 1] + 1 : 0xF1;
            // The first pass's root: none, left, here or right.
            ulong root = Root < 0 ? 0UL : Root < i ? 1UL : Root == i ? 2UL : 3UL;
            f[0] = FeatureHash.OfHashes(101, r0);
            f[1] = FeatureHash.OfHashes(102, r0, X[j]);
            f[2] = FeatureHash.OfHashes(103, r0, W[j]);
            f[3] = FeatureHash.OfHashes(104, r1);
            f[4] = FeatureHash.OfHashes(105, r1, r2);
            f[5] = FeatureHash.OfHashes(106, r1, X[j]);
            f[6] = FeatureHash.OfHashes(107, r0, r1);
            f[7] = FeatureHash.OfHashes(108, l1, r0, r1);
            f[8] = FeatureHash.OfHashes(109, r2, X[j]);
            f[9] = FeatureHash.OfHashes(110, r0, root, X[j]);
            f[10] = FeatureHash.OfHashes(111, r1, W[j]);
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
