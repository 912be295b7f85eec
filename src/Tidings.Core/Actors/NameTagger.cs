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
    /// <summary>Two stages (Ratinov and Roth 2009): a first model's labels of a word's other occurrences in the document are
    /// features of the second; the training documents' first-stage labels come from models that did not see them (jackknifed).</summary>
    public bool TwoStage { get; init; }
    /// <summary>With <see cref="TwoStage"/> and <see cref="SelectOnDev"/> false: the first stage's epoch count (default <see cref="Epochs"/>).</summary>
    public int? Stage1Epochs { get; init; }
    /// <summary>With <see cref="TwoStage"/>: folds of the training documents for the first stage's jackknifed labels.</summary>
    public int Folds { get; init; } = 4;
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
/// Optionally (<see cref="NameTaggerOptions.TwoStage"/>, Ratinov and Roth 2009) a second model reads what a first
/// made of the rest of the document (<see cref="NameDocument"/>: its labels of the word's other occurrences, the
/// names it found elsewhere that the words here spell), trained on first-stage labels of the training documents
/// from models that did not see them; in 4-fold cross-validation over the UNER EWT training documents it raised F1
/// from 76.5 to 77.0. Such a model wants whole documents (<see cref="TagDocument"/>).
/// Immutable and thread-safe (per-thread scratch buffers); tagging allocates per sentence, not per word.
/// </summary>
public sealed class NameTagger
{
    public const string ModelKind = "names";
    /// <summary>Payload layout and feature templates version; bump when <see cref="NameFeatures"/> changes.</summary>
    public const int ModelVersion = 4;
    public const string DefaultModelPath = "models/names.bin";

    private static readonly Lazy<NameTagger?> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded model (data/models/names.bin), or null when it is missing or unreadable.</summary>
    public static NameTagger? Default => s_default.Value;

    private readonly PerceptronModel _model;
    private readonly PerceptronModel? _stage1;
    private readonly Scorer _score;

    internal NameTagger(PerceptronModel model, bool usePos, bool useLexicons, bool viterbi, string description, bool useWordClasses = false,
        PerceptronModel? stage1 = null)
    {
        if (model.ClassCount != NameLabels.Count) throw new InvalidDataException($"name model has {model.ClassCount} classes, expected {NameLabels.Count}");
        if (stage1 is not null && stage1.ClassCount != NameLabels.Count) throw new InvalidDataException($"first-stage name model has {stage1.ClassCount} classes, expected {NameLabels.Count}");
        _model = model;
        _stage1 = stage1;
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
    /// <summary>Two-stage model: a first model's labels of the rest of the document are features of the second
    /// (<see cref="NameDocument"/>), so <see cref="TagDocument"/> should be given the whole text.</summary>
    public bool TwoStage => _stage1 is not null;
    /// <summary>What the model was trained on, and its dev figures (from the model file's header).</summary>
    public string Description { get; }
    public int FeatureCount => _model.FeatureCount;
    /// <summary>After <see cref="Train"/>: the epoch whose model was kept (the epoch count to reuse for a final retrain on train + dev).</summary>
    public int ChosenEpoch { get; internal init; }
    /// <summary>After <see cref="Train"/> with <see cref="NameTaggerOptions.TwoStage"/>: the first stage's kept epoch.</summary>
    public int ChosenStage1Epoch { get; internal init; }
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
            var stage1 = (flags & 16) != 0 ? PerceptronModel.Read(r) : null;
            bool classes = (flags & 8) != 0;
            if (classes && WordClasses.Default is null) throw new InvalidDataException($"{name}: the model uses word classes but {WordClasses.DefaultPath} is missing");
            return new NameTagger(model, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, h.Description, classes, stage1);
        });

    public void Save(string path) =>
        ModelFile.Save(path, ModelKind, ModelVersion, Description, w =>
        {
            w.Write((UsePos ? 1 : 0) | (UseLexicons ? 2 : 0) | (Viterbi ? 4 : 0) | (UseWordClasses ? 8 : 0) | (TwoStage ? 16 : 0));
            _model.Write(w);
            _stage1?.Write(w);
        });

    internal static NameFeatures NewFeatures(bool usePos, bool useLexicons, bool useWordClasses) =>
        new(useLexicons ? ActorLexicon.Default : null, useLexicons ? Gazetteer.Default : null, usePos,
            useWordClasses ? WordClasses.Default ?? throw new InvalidOperationException($"word classes ({WordClasses.DefaultPath}) are not available") : null);

    /// <summary>Longest document whose sentences' features are kept between the two stages (about 40 KB a sentence).</summary>
    internal const int MaxCachedSentences = 200;

    [ThreadStatic] private static List<NameFeatures>? t_pool;
    [ThreadStatic] private static NameTagger? t_poolOwner;

    /// <summary>At least <paramref name="count"/> feature scratches for this model, one per sentence of a document;
    /// per thread and reused, so a document allocates none once the pool is as large as the longest one.</summary>
    private List<NameFeatures> SentenceScratch(int count)
    {
        if (t_pool is null || !ReferenceEquals(t_poolOwner, this)) { t_pool = []; t_poolOwner = this; }
        while (t_pool.Count < count) t_pool.Add(NewFeatures(UsePos, UseLexicons, UseWordClasses));
        return t_pool;
    }

    /// <summary>This thread's feature scratch for one sentence: the first of the per-sentence pool.</summary>
    private NameFeatures Scratch() => SentenceScratch(1)[0];

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
        if (TwoStage) return TagDocument([words], xpos is null ? null : [xpos])[0];
        var fx = Scratch();
        fx.Load(words, xpos is not null && xpos.Length == words.Count ? xpos : null);
        int n = words.Count;
        int[]? rented = n > 256 ? new int[n] : null;
        Span<int> labels = rented is not null ? rented : stackalloc int[n];
        if (Viterbi) DecodeViterbi(fx, labels, _score, RunTimeBeam);
        else Decode(fx, labels, _score);
        var spans = NameLabels.Spans(labels);
        if (UseLexicons) ApplyLexicon(fx, spans);
        return spans;
    }

    /// <summary>
    /// The names in each sentence of one document (a text's sentences in order), so that a two-stage model
    /// (<see cref="TwoStage"/>) sees how the words are labelled elsewhere in it; other models tag sentence by sentence. <paramref name="xpos"/>: the sentences' Penn tags where already computed (see
    /// <see cref="Tag(IReadOnlyList{string}, string[])"/>), else null.
    /// </summary>
    public IReadOnlyList<NameSpan>[] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]?>? xpos = null) =>
        TagDocument(sentences, xpos, sentences is not null && sentences.Count <= MaxCachedSentences);

    /// <summary><see cref="TagDocument(IReadOnlyList{IReadOnlyList{string}}, IReadOnlyList{string[]})"/>, keeping each
    /// sentence's features between the stages or loading them twice (the same result; tests compare the two).</summary>
    internal IReadOnlyList<NameSpan>[] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string[]?>? xpos, bool cacheFeatures)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new IReadOnlyList<NameSpan>[sentences.Count];
        if (!TwoStage)
        {
            for (int s = 0; s < sentences.Count; s++) result[s] = Tag(sentences[s], xpos is not null && s < xpos.Count ? xpos[s] : null);
            return result;
        }
        // One feature scratch per sentence, kept from the first stage to the second, which only adds the document
        // features (NameFeatures.SetDocument): loading a sentence is most of the tagging time. A document longer than
        // MaxCachedSentences reuses one scratch and loads each sentence twice, so memory stays bounded.
        bool cached = cacheFeatures;
        var pool = cached ? SentenceScratch(sentences.Count) : null;
        var single = cached ? null : Scratch();
        var words = new IReadOnlyList<string>[sentences.Count];
        var tags = new string[]?[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            words[s] = sentences[s] ?? [];
            var x = xpos is not null && s < xpos.Count ? xpos[s] : null;
            tags[s] = x is not null && x.Length == words[s].Count ? x : null;
        }
        // first stage: each sentence alone
        var first = new int[sentences.Count][];
        for (int s = 0; s < words.Length; s++)
        {
            first[s] = new int[words[s].Count];
            if (first[s].Length == 0) continue;
            var fx = pool?[s] ?? single!;
            fx.Load(words[s], tags[s]);
            if (!cached) tags[s] ??= UsePos ? fx.Xpos() : null; // tagged once for both stages
            if (Viterbi) DecodeViterbi(fx, first[s], _stage1!.Score, RunTimeBeam);
            else Decode(fx, first[s], _stage1!.Score);
        }
        // second stage: each sentence with what the first made of the whole document
        var context = NameDocument.Contexts(words, first);
        for (int s = 0; s < words.Length; s++)
        {
            if (words[s].Count == 0) { result[s] = []; continue; }
            var fx = pool?[s] ?? single!;
            if (cached) fx.SetDocument(context[s]);
            else fx.Load(words[s], tags[s], context[s]);
            var labels = new int[words[s].Count];
            if (Viterbi) DecodeViterbi(fx, labels, _score, RunTimeBeam);
            else Decode(fx, labels, _score);
            var spans = NameLabels.Spans(labels);
            if (UseLexicons) ApplyLexicon(fx, spans);
            result[s] = spans;
        }
        return result;
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

    /// <summary>
    /// Run-time Viterbi prunes a previous label whose path scores this far behind the best one: on the committed model
    /// the tags and the UNER test F1 are unchanged from exact decoding at margins of 110 and up (80 loses 0.5 F1), and the
    /// tagger runs about a quarter faster. Training decodes exactly (margin 0), as the structured perceptron's updates
    /// assume.
    /// </summary>
    internal const float RunTimeBeam = 150f;

    [ThreadStatic] private static float[]? t_lattice;
    [ThreadStatic] private static byte[]? t_back;

    /// <summary>
    /// Viterbi decoding over label bigrams restricted to valid BILOU transitions: a label's score at word i is
    /// its static-feature score plus the score of the features paired with the previous label.
    /// </summary>
    internal static void DecodeViterbi(NameFeatures fx, Span<int> labels, Scorer score, float beam = 0f)
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
            // A previous label far behind the best one cannot win: its paths are pruned (a beam over the lattice).
            float floor = float.NegativeInfinity;
            if (i > 0 && beam > 0)
            {
                float top = float.NegativeInfinity;
                for (int p = 0; p < K; p++) top = Math.Max(top, delta[(i - 1) * K + p]);
                floor = top - beam;
            }
            for (int p = prevFrom; p <= prevTo; p++)
            {
                float basis = p < 0 ? 0 : delta[(i - 1) * K + p];
                if (float.IsNegativeInfinity(basis) || basis < floor) continue;
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

    /// <summary>Tags <paramref name="sentences"/> document by document (consecutive sentences of one document id, see
    /// <see cref="DocumentsOf"/>) and scores them against their gold IOB2 tags.</summary>
    public NameScoreReport Evaluate(IReadOnlyList<Iob2Sentence> sentences)
    {
        var predicted = new List<IReadOnlyList<NameSpan>>(sentences.Count);
        foreach (var (start, count) in DocumentsOf(sentences))
            predicted.AddRange(TagDocument(Enumerable.Range(start, count).Select(k => (IReadOnlyList<string>)sentences[k].Words).ToList()));
        return NameScorer.Score(sentences.Select(s => (IReadOnlyList<NameSpan>)Iob2.Spans(s.Tags)).ToList(), predicted);
    }

    /// <summary>Runs of consecutive sentences of one document: the same <see cref="Iob2Sentence.DocId"/> (UNER's
    /// <c># newdoc id</c>), else the same sentence id less its "-NNNN" number (UD EWT's ids); a sentence with
    /// neither is a document of its own.</summary>
    public static IEnumerable<(int Start, int Count)> DocumentsOf(IReadOnlyList<Iob2Sentence> sentences)
    {
        int start = 0;
        for (int k = 1; k <= sentences.Count; k++)
            if (k == sentences.Count || DocumentKey(sentences[k]) is not { } key || key != DocumentKey(sentences[k - 1]))
            {
                yield return (start, k - start);
                start = k;
            }
    }

    private static string? DocumentKey(Iob2Sentence s)
    {
        if (s.DocId is not null) return s.DocId;
        if (s.SentId is not { } id) return null;
        int dash = id.LastIndexOf('-');
        return dash > 0 && dash < id.Length - 1 && id.AsSpan(dash + 1).IndexOfAnyExceptInRange('0', '9') < 0 ? id[..dash] : id;
    }

    /// <summary>Tags <paramref name="sentences"/> (each a document of its own) and scores them against their gold IOB2 tags.</summary>
    public NameScoreReport Evaluate(IReadOnlyList<(string[] Words, string[] Tags)> sentences) =>
        NameScorer.Score(sentences.Select(s => (IReadOnlyList<NameSpan>)Iob2.Spans(s.Tags)).ToList(),
                         sentences.Select(s => Tag(s.Words)).ToList());
}
