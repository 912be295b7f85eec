using Tidings.Learning;
using Tidings.Places;
using Tidings.Syntax;

namespace Tidings.Actors;

/// <summary>A name found by <see cref="NameTagger"/>: words [Start, End) of the sentence, of type PER, ORG or LOC.</summary>
public sealed record NameSpan(int Start, int End, string Type);

/// <summary>Training settings of <see cref="NameTagger.Train"/>.</summary>
public sealed record NameTaggerOptions
{
    /// <summary>Passes over the training data; the averaged model of the pass with the best dev F1 is kept.</summary>
    public int Epochs { get; init; } = 10;
    /// <summary>Use the Penn tags of <see cref="PerceptronTagger.Default"/> (predicted for the same sentence, at training and run time) as features.</summary>
    public bool UsePos { get; init; }
    /// <summary>Use the actor lexicon and the place gazetteer as features.</summary>
    public bool UseLexicons { get; init; } = true;
    /// <summary>Use the distributional word classes of <see cref="WordClasses.Default"/> (data/models/wordclasses.tsv) as features.</summary>
    public bool UseWordClasses { get; init; }
    /// <summary>Models trained with seeds Seed, Seed + 1, ... (each its own epoch chosen on dev) whose mean weights are the
    /// model: the shuffle order moves dev F1 by about a point, and the mean of several orders is steadier than any one.</summary>
    public int Ensemble { get; init; } = 1;
    /// <summary>Seed of the per-epoch shuffle, so a training run is repeatable.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Averaged weights below this magnitude are dropped from the saved model.</summary>
    public float Prune { get; init; } = 1e-3f;
    /// <summary>Decode by Viterbi over label bigrams (structured perceptron training) instead of greedily.</summary>
    public bool Viterbi { get; init; } = true;
    /// <summary>When false, every epoch runs and the last is kept (for a final retrain on train+dev with an epoch count chosen on dev).</summary>
    public bool SelectOnDev { get; init; } = true;
}

/// <summary>
/// Named-entity tagger for persons, organisations and locations (UNER v1 classes PER, ORG, LOC): an averaged
/// perceptron over hashed word, shape, affix, context, lexicon (<see cref="ActorLexicon"/> names,
/// <see cref="Gazetteer"/> places, role and courtesy titles) and optionally part-of-speech features (Penn tags
/// predicted by <see cref="PerceptronTagger"/>; on UNER EWT dev +1.7 F1 when the training sentences' tags come
/// from jackknifed taggers, +0.6 with the tagger's own, too accurate, tags of its training sentences). The default
/// decoder is Viterbi over BILOU label bigrams (features of the word paired with the previous label, only valid
/// transitions), trained as a structured perceptron; a greedy left-to-right decoder (previous two labels as
/// features) is kept as an option (<see cref="NameTaggerOptions.Viterbi"/>): on UNER EWT dev it scored about 10
/// F1 lower. Curated <see cref="ActorLexicon"/> names override the model's type (see ApplyLexicon). Optionally
/// (<see cref="NameTaggerOptions.UseWordClasses"/>) distributional word classes computed from unlabeled text
/// (<see cref="WordClasses"/>, data/models/wordclasses.tsv) are features too, and the model may be the mean of
/// several models trained on different shuffles (<see cref="NameTaggerOptions.Ensemble"/>); on UNER EWT dev the two
/// together raised F1 from 71.6 to 73.7 (classes alone about +0.5 to +1.1, averaging about +0.3 to +0.9).
/// Immutable and thread-safe (per-thread scratch buffers); tagging allocates per sentence, not per word.
/// </summary>
public sealed class NameTagger
{
    public const string ModelKind = "names";
    /// <summary>Payload layout and feature templates version; bump when <see cref="NameFeatures"/> changes.</summary>
    public const int ModelVersion = 3;
    public const string DefaultModelPath = "models/names.bin";

    private static readonly Lazy<NameTagger?> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded model (data/models/names.bin), or null when it is missing or unreadable.</summary>
    public static NameTagger? Default => s_default.Value;

    private readonly PerceptronModel _model;
    private readonly Scorer _score;
    [ThreadStatic] private static NameFeatures? t_features;
    [ThreadStatic] private static NameTagger? t_owner;

    internal NameTagger(PerceptronModel model, bool usePos, bool useLexicons, bool viterbi, string description, bool useWordClasses = false)
    {
        if (model.ClassCount != NameLabels.Count) throw new InvalidDataException($"name model has {model.ClassCount} classes, expected {NameLabels.Count}");
        _model = model;
        _score = model.Score;
        UsePos = usePos;
        UseLexicons = useLexicons;
        Viterbi = viterbi;
        UseWordClasses = useWordClasses;
        Description = description;
    }

    public bool UsePos { get; }
    public bool UseLexicons { get; }
    public bool Viterbi { get; }
    /// <summary>The model reads <see cref="WordClasses.Default"/> (it must be the class file the model was trained with).</summary>
    public bool UseWordClasses { get; }
    /// <summary>What the model was trained on, and its dev figures (from the model file's header).</summary>
    public string Description { get; }
    public int FeatureCount => _model.FeatureCount;
    /// <summary>After <see cref="Train"/>: the epoch whose model was kept (the epoch count to reuse for a final retrain on train + dev).</summary>
    public int ChosenEpoch { get; internal init; }
    internal PerceptronModel ModelForSave => _model;

    private static NameTagger? LoadDefault()
    {
        try
        {
            using var s = DataFiles.Open(DefaultModelPath);
            return Load(s, DefaultModelPath);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or IOException)
        {
            return null;
        }
    }

    public static NameTagger Load(string path)
    {
        using var fs = File.OpenRead(path);
        return Load(fs, path);
    }

    public static NameTagger Load(Stream stream, string name) =>
        ModelFile.Read(stream, name, ModelKind, ModelVersion, (r, h) =>
        {
            int flags = r.ReadInt32();
            var model = PerceptronModel.Read(r);
            bool classes = (flags & 8) != 0;
            if (classes && WordClasses.Default is null) throw new InvalidDataException($"{name}: the model uses word classes but {WordClasses.DefaultPath} is missing");
            return new NameTagger(model, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, h.Description, classes);
        });

    public void Save(string path) =>
        ModelFile.Save(path, ModelKind, ModelVersion, Description, w =>
        {
            w.Write((UsePos ? 1 : 0) | (UseLexicons ? 2 : 0) | (Viterbi ? 4 : 0) | (UseWordClasses ? 8 : 0));
            _model.Write(w);
        });

    internal static NameFeatures NewFeatures(bool usePos, bool useLexicons, bool useWordClasses) =>
        new(useLexicons ? ActorLexicon.Default : null, useLexicons ? Gazetteer.Default : null, usePos,
            useWordClasses ? WordClasses.Default ?? throw new InvalidOperationException($"word classes ({WordClasses.DefaultPath}) are not available") : null);

    private NameFeatures Scratch()
    {
        if (t_features is null || !ReferenceEquals(t_owner, this))
        {
            t_features = NewFeatures(UsePos, UseLexicons, UseWordClasses);
            t_owner = this;
        }
        return t_features;
    }

    /// <summary>The names in one sentence's words (UD-style tokens), in order, not overlapping. Never throws on odd input.</summary>
    public IReadOnlyList<NameSpan> Tag(IReadOnlyList<string> words) => Tag(words, null);

    /// <summary>
    /// As <see cref="Tag(IReadOnlyList{string})"/>, with the sentence's Penn tags when a pipeline stage already
    /// computed them with <see cref="PerceptronTagger.Default"/> (the model was trained on that tagger's output),
    /// so the sentence is not tagged twice; null: the tagger runs here when the model uses tags.
    /// </summary>
    public IReadOnlyList<NameSpan> Tag(IReadOnlyList<string> words, string[]? xpos)
    {
        if (words is null || words.Count == 0) return [];
        var fx = Scratch();
        fx.Load(words, xpos is not null && xpos.Length == words.Count ? xpos : null);
        int n = words.Count;
        int[]? rented = n > 256 ? new int[n] : null;
        Span<int> labels = rented is not null ? rented : stackalloc int[n];
        if (Viterbi) DecodeViterbi(fx, labels, _score);
        else Decode(fx, labels, _score);
        var spans = NameLabels.Spans(labels);
        if (UseLexicons) ApplyLexicon(fx, spans);
        return spans;
    }

    /// <summary>
    /// The curated actor lexicon overrides the statistical model on its own names (the model learned from web
    /// text, the lexicon lists the persons, organisations and countries of news): a predicted span with exactly
    /// a lexicon name's words takes the lexicon's type, and a lexicon name that no predicted span touches is added.
    /// Country adjectives, demonyms and metonyms ("Kremlin") are left to the model: UNER does not tag the first two.
    /// </summary>
    internal static void ApplyLexicon(NameFeatures fx, List<NameSpan> spans)
    {
        foreach (var (start, end, kind) in fx.ActorMatches)
        {
            string? type = kind switch
            {
                NameKind.Person => "PER",
                NameKind.Organization => "ORG",
                NameKind.CountryName or NameKind.Capital => "LOC",
                _ => null,
            };
            if (type is null) continue;
            int at = 0;
            bool touched = false;
            for (int k = 0; k < spans.Count; k++)
            {
                var s = spans[k];
                if (s.End <= start) { at = k + 1; continue; }
                if (s.Start >= end) break;
                touched = true;
                if (s.Start == start && s.End == end && s.Type != type) spans[k] = s with { Type = type };
            }
            if (!touched) spans.Insert(at, new NameSpan(start, end, type));
        }
    }

    internal delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>Greedy left-to-right decoding restricted to valid BILOU transitions; writes one label per word.</summary>
    internal static void Decode(NameFeatures fx, Span<int> labels, Scorer score)
    {
        Span<ulong> feats = stackalloc ulong[NameFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NameLabels.Count];
        int n = fx.Count, prev = -1, prev2 = -1;
        for (int i = 0; i < n; i++)
        {
            int c = fx.Features(i, prev, prev2, feats);
            score(feats[..c], scores);
            labels[i] = Best(scores, prev, i == n - 1);
            prev2 = prev;
            prev = labels[i];
        }
    }

    [ThreadStatic] private static float[]? t_lattice;
    [ThreadStatic] private static byte[]? t_back;

    /// <summary>
    /// Viterbi decoding over label bigrams restricted to valid BILOU transitions: a label's score at word i is
    /// its static-feature score plus the score of the features paired with the previous label.
    /// </summary>
    internal static void DecodeViterbi(NameFeatures fx, Span<int> labels, Scorer score)
    {
        const int K = NameLabels.Count;
        int n = fx.Count;
        if (n == 0) return;
        var delta = t_lattice is { } l && l.Length >= n * K ? l : t_lattice = new float[Math.Max(n, 64) * K];
        var back = t_back is { } b && b.Length >= n * K ? b : t_back = new byte[Math.Max(n, 64) * K];
        Span<float> emit = stackalloc float[K];
        Span<float> trans = stackalloc float[K];
        Span<ulong> tf = stackalloc ulong[NameFeatures.MaxTransitionFeatures];
        // label-bigram scores, row p + 1 for previous label p (-1 = sentence start): the same at every word
        Span<float> bigram = stackalloc float[(K + 1) * K];
        for (int p = -1; p < K; p++)
        {
            tf[0] = NameFeatures.BigramFeature(p);
            score(tf[..1], bigram.Slice((p + 1) * K, K));
        }
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            score(fx.StaticFeatures(i), emit);
            var row = delta.AsSpan(i * K, K);
            row.Fill(float.NegativeInfinity);
            int prevFrom = i == 0 ? -1 : 0, prevTo = i == 0 ? -1 : K - 1;
            for (int p = prevFrom; p <= prevTo; p++)
            {
                float basis = p < 0 ? 0 : delta[(i - 1) * K + p];
                if (float.IsNegativeInfinity(basis)) continue;
                int c = fx.WordTransitionFeatures(i, p, tf);
                score(tf[..c], trans);
                var big = bigram.Slice((p + 1) * K, K);
                for (int lab = 0; lab < K; lab++)
                {
                    if (!NameLabels.Allowed(p, lab, last)) continue;
                    float v = basis + emit[lab] + trans[lab] + big[lab];
                    if (v > row[lab]) { row[lab] = v; back[i * K + lab] = (byte)(p < 0 ? 0 : p); }
                }
            }
        }
        int best = 0;
        var lastRow = delta.AsSpan((n - 1) * K, K);
        for (int lab = 1; lab < K; lab++) if (lastRow[lab] > lastRow[best]) best = lab;
        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = best;
            best = back[i * K + best];
        }
    }

    internal static int Best(ReadOnlySpan<float> scores, int prev, bool last)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int l = 0; l < NameLabels.Count; l++)
        {
            if (!NameLabels.Allowed(prev, l, last)) continue;
            if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
        }
        return best;
    }

    /// <summary>
    /// Trains a tagger on IOB2-tagged sentences (types other than PER/ORG/LOC are ignored). Each epoch's averaged
    /// model is scored on <paramref name="dev"/>; the best is returned (or the last, with
    /// <see cref="NameTaggerOptions.SelectOnDev"/> false or an empty dev set).
    /// </summary>
    public static NameTagger Train(IEnumerable<(string[] Words, string[] Tags)> train, IReadOnlyList<(string[] Words, string[] Tags)> dev,
        NameTaggerOptions opt, Action<string>? progress) =>
        NameTaggerTrainer.Train(train.Select(s => new Iob2Sentence(null, null, s.Words, s.Tags)).ToList(),
                                (dev ?? []).Select(s => new Iob2Sentence(null, null, s.Words, s.Tags)).ToList(), opt, progress);

    /// <summary>Trains on IOB2 sentences (see the other overload).</summary>
    /// <param name="trainTags">Optional predicted Penn tags of training sentences by sent_id, from taggers that did not
    /// see them (jackknifed): the tagger is more accurate on its own training sentences than on new text, and the
    /// name model should learn to trust its tags only as far as they deserve.</param>
    public static NameTagger Train(IReadOnlyList<Iob2Sentence> train, IReadOnlyList<Iob2Sentence> dev, NameTaggerOptions opt, Action<string>? progress,
        IReadOnlyDictionary<string, string[]>? trainTags = null) =>
        NameTaggerTrainer.Train(train, dev, opt, progress, trainTags);

    /// <summary>Tags <paramref name="sentences"/> and scores them against their gold IOB2 tags.</summary>
    public NameScoreReport Evaluate(IReadOnlyList<(string[] Words, string[] Tags)> sentences) =>
        NameScorer.Score(sentences.Select(s => (IReadOnlyList<NameSpan>)Iob2.Spans(s.Tags)).ToList(),
                         sentences.Select(s => Tag(s.Words)).ToList());
}
