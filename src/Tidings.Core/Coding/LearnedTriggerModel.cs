using Tidings.Learning;

namespace Tidings.Coding;

/// <summary>
/// A learned trigger model (docs/decisions/144-learned-triggers-for-uncoded-sentences.md): a multiclass averaged perceptron
/// that, for a sentence the rule coder left without any event but that names an actor, scores each candidate trigger (a
/// verb, or a verbless headline's root noun, with the source and target the coder's tree roles read for it) against the
/// CAMEO codes of our gold and NONE. The sentence's best candidate becomes an event when its margin over NONE reaches
/// <see cref="Threshold"/> (chosen on out-of-fold scores by whole gold splits when the model was trained). Features are
/// mostly not the word itself (distributional word classes, suffix, the object's and prepositions' classes, actor
/// kinds), so the model can read wordings the lexicon lacks. Immutable and thread-safe.
/// </summary>
public sealed class LearnedTriggerModel
{
    public const string ModelKind = "trigger-model";
    /// <summary>Payload layout and feature set version; bump when either changes (the model must be retrained).</summary>
    public const int ModelVersion = 2;
    public const string EmbeddedPath = "models/triggers.bin";
    /// <summary>Class 0 of every model: no event.</summary>
    public const string None = "NONE";
    /// <summary>
    /// Whether the default coder proposes learned events when <see cref="SwitchVariable"/> is not set. Off: the
    /// out-of-fold gain must hold on both halves of the tunable gold and not lose on unseen real news first (decision 144).
    /// </summary>
    public const bool OnByDefault = false;
    /// <summary>Environment switch: 1 (on, true) makes the default coder use the model, 0 (off, false) the rules alone.</summary>
    public const string SwitchVariable = "TIDINGS_LEARNED_TRIGGERS";

    private static readonly Lazy<LearnedTriggerModel?> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _model;

    public LearnedTriggerModel(PerceptronModel model, IReadOnlyList<string> labels, float threshold, string description)
    {
        if (labels.Count != model.ClassCount || labels.Count < 2 || labels[0] != None)
            throw new ArgumentException("labels must name every class of the model, NONE first", nameof(labels));
        _model = model;
        Labels = labels;
        Threshold = threshold;
        Description = description;
    }

    /// <summary>Class names: <see cref="None"/>, then CAMEO codes.</summary>
    public IReadOnlyList<string> Labels { get; }
    /// <summary>A candidate becomes an event only when its best code's margin over NONE is at least this.</summary>
    public float Threshold { get; }
    public string Description { get; }
    /// <summary>The candidate kinds (<see cref="TriggerCandidate.Kind"/>) the model was trained on and may propose; a kind
    /// it never saw would be scored by features it has no weights for.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = ["root-noun", "verb", "participle", "xcomp"];

    /// <summary>Whether the model may propose a candidate of <paramref name="kind"/>.</summary>
    public bool Proposes(string kind)
    {
        foreach (var k in Kinds) if (k == kind) return true;
        return false;
    }
    public int FeatureCount => _model.FeatureCount;
    internal PerceptronModel Model => _model;

    /// <summary>The embedded model (data/models/triggers.bin), or null when the build has none or it cannot be read.</summary>
    public static LearnedTriggerModel? Embedded => s_default.Value;

    /// <summary>The model the default coder uses: <see cref="Embedded"/> when switched on (<see cref="IsOn"/>), else null.</summary>
    public static LearnedTriggerModel? Default => IsOn ? Embedded : null;

    /// <summary><see cref="SwitchVariable"/> when set to a known value, else <see cref="OnByDefault"/>.</summary>
    public static bool IsOn => OptionalModels.IsOn(SwitchVariable, OnByDefault);

    private static LearnedTriggerModel? LoadDefault() => OptionalModels.LoadEmbedded(EmbeddedPath, "learned trigger model", Load);

    public static LearnedTriggerModel Load(string path)
    {
        using var fs = File.OpenRead(path);
        return Load(fs, path);
    }

    /// <summary>Reads a model; a wrong, damaged or truncated file is an <see cref="InvalidDataException"/> naming it.</summary>
    public static LearnedTriggerModel Load(Stream stream, string name) =>
        ModelFile.Read(stream, name, ModelKind, ModelVersion, (r, h) =>
        {
            float threshold = r.ReadSingle();
            int n = r.ReadInt32();
            if (n is < 2 or > 10_000) throw new InvalidDataException($"{name}: bad label count {n}");
            var labels = new string[n];
            for (int i = 0; i < n; i++) labels[i] = r.ReadString();
            int nk = r.ReadInt32();
            if (nk is < 1 or > 64) throw new InvalidDataException($"{name}: bad kind count {nk}");
            var kinds = new string[nk];
            for (int i = 0; i < nk; i++) kinds[i] = r.ReadString();
            var model = PerceptronModel.Read(r);
            if (model.ClassCount != n || labels[0] != None) throw new InvalidDataException($"{name}: labels do not fit the model");
            return new LearnedTriggerModel(model, labels, threshold, h.Description) { Kinds = kinds };
        });

    public void Save(string path) => ModelFile.Save(path, ModelKind, ModelVersion, Description, WritePayload);

    public void Save(Stream output) => ModelFile.Write(output, ModelKind, ModelVersion, Description, WritePayload);

    private void WritePayload(BinaryWriter w)
    {
        w.Write(Threshold);
        w.Write(Labels.Count);
        foreach (var l in Labels) w.Write(l);
        w.Write(Kinds.Count);
        foreach (var k in Kinds) w.Write(k);
        _model.Write(w);
    }

    /// <summary>This model with another threshold (tests, and the trainer's cross-validation).</summary>
    public LearnedTriggerModel WithThreshold(float threshold) => new(_model, Labels, threshold, Description) { Kinds = Kinds };

    /// <summary>The best code (never NONE) for <paramref name="features"/> and its margin over NONE.</summary>
    public (string Code, float Margin) Best(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = _model.ClassCount <= 512 ? stackalloc float[_model.ClassCount] : new float[_model.ClassCount];
        _model.Score(features, scores);
        int best = 1;
        for (int c = 2; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
        return (Labels[best], scores[best] - scores[0]);
    }
}
