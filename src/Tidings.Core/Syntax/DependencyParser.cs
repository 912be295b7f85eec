using System.Runtime.CompilerServices;
using Tidings.Documents;
using Tidings.Learning;
using Tidings.Pipeline;
using Tidings.Syntax.Neural;

namespace Tidings.Syntax;

/// <summary>
/// Labeled dependency parser for English (Universal Dependencies relations): greedy arc-hybrid transitions
/// with the root at the end of the buffer, scored by an averaged perceptron over Zhang &amp; Nivre style
/// features, trained with a dynamic oracle on UD English-EWT (see <see cref="ParserTrainer"/>).
/// Every sentence gets a tree: each word exactly one head, exactly one word attached to the root with
/// relation "root". Immutable after loading and safe to use from many threads (scratch is per thread).
/// </summary>
public sealed class DependencyParser : IPipelineComponent
{
    public const string ModelKind = "parser";
    /// <summary>Kind of a model trained on reversed sentences (same payload): the right-to-left half of a
    /// combined parser, which must never be used on words in their own order.</summary>
    public const string RightToLeftKind = "parser-rl";
    /// <summary>Kind of a stacked model (Nivre &amp; McDonald 2008): the transition parser's payload followed by its guide, a
    /// graph-based parser whose tree of each sentence the transition parser reads as features. A parser of this kind
    /// cannot be loaded as a plain one (its weights expect the guide features).</summary>
    public const string StackedKind = "parser-stacked";
    /// <summary>The stacked model that <see cref="Default"/> prefers to <see cref="DataFile"/> when the build has it.</summary>
    public const string StackedDataFile = "models/parser-stacked.bin";
    /// <summary>Payload layout and feature-key version: bump whenever features or their hashing change.</summary>
    public const int ModelVersion = 4;
    /// <summary>Sentences longer than this are parsed in consecutive chunks whose roots are then joined.</summary>
    public const int MaxChunk = 250;
    public const string DataFile = "models/parser.bin";
    /// <summary>The right-to-left model that <see cref="Default"/> combines with <see cref="DataFile"/> when the build has it.</summary>
    public const string RightToLeftDataFile = "models/parser-rl.bin";
    /// <summary>Environment variable: "single" makes <see cref="Default"/> (and <see cref="DefaultComponent"/>) the left-to-right parser
    /// alone; "combined" makes both the transition parser combined with the BiLSTM parser (<see cref="CombinedMode"/>);
    /// "neural" makes <see cref="DefaultComponent"/> the BiLSTM parser alone (<see cref="NeuralMode"/>).</summary>
    public const string ModeVariable = "TIDINGS_PARSER";

    private readonly ParserModel _model;
    private readonly string[] _labels;
    private readonly int _rootLabel;
    private readonly int _fallbackLabel;
    private readonly int _beam;
    private readonly Supertagger? _supertagger;
    private readonly DependencyParser[] _members;  // the other parsers whose trees this one combines with its own
    private readonly int[][] _memberLabel;         // a member's relation index → ours
    private readonly GraphParser[] _graphs;        // graph-based parsers combined likewise, after the members
    private readonly int[][] _graphLabel;
    private readonly GraphParser? _guide;          // stacking: the graph parser whose tree this one reads as features
    private readonly int[] _guideLabel = [];       // the guide's relation index → ours
    private readonly NeuralMember[] _neurals;      // BiLSTM parsers combined likewise, after the graph parsers
    private readonly int[][] _neuralLabel;

    private readonly bool _neuralEverySentence;

    /// <summary>A BiLSTM parser (<see cref="NeuralParser"/>) in a combination, with the weight of its votes and the scale
    /// of its margins (its confidence in an arc of margin m is m / (m + Scale)), whether the relation of an arc it made
    /// is taken from it rather than voted, and whether it parses every sentence, even those the transition parser made
    /// with a margin of at least <see cref="ParserCombination.SkipMargin"/> on every arc.</summary>
    public sealed record NeuralMember(NeuralParser Parser, float Weight = NeuralMember.DefaultWeight, float Scale = NeuralMember.DefaultScale,
        bool Relations = false, bool EverySentence = false)
    {
        // Chosen on EWT dev with the committed parser.bin and two seeds of the 2 × 125 model of decision 021
        // ("Combination"): with two voters the neural parser must outweigh the perceptron where both are unsure but not
        // where the perceptron is sure; its hinge-trained scores have margins of a few units, against tens for the
        // perceptron's. Dev UAS / LAS, seeds 1 and 2: 86.82 / 83.81 and 86.91 / 83.91 at 1.5 and 5; 86.78 / 83.82 and
        // 86.75 / 83.80 at 1.5 and 3; 86.22 / 83.23 and 86.48 / 83.52 at 1.25 and 3; 86.64 / 83.56 and 86.60 / 83.64
        // at 1.75 and 3; seed 1: 86.32 / 83.35 at 1.5 and 10, 86.10 / 83.13 at 1 and 1; weight 2 gives the neural tree.
        public const float DefaultWeight = 1.5f, DefaultScale = 5f;
    }

    internal DependencyParser(ParserModel model, string[] labels, int beam, Supertagger? supertagger, string description,
        bool rightToLeft = false, DependencyParser[]? members = null, GraphParser[]? graphs = null, GraphParser? guide = null,
        NeuralMember[]? neurals = null)
    {
        if (guide is not null && rightToLeft) throw new ArgumentException("a stacked parser reads words in their own order");
        _guide = guide;
        RightToLeft = rightToLeft;
        members ??= [];
        graphs ??= [];
        neurals ??= [];
        if ((members.Length > 0 || graphs.Length > 0 || neurals.Length > 0)
            && (rightToLeft || members.Any(m => m._members.Length > 0 || m._graphs.Length > 0 || m._neurals.Length > 0)))
            throw new ArgumentException("a combined parser is a left-to-right model joined with single parsers");
        _members = members;
        _graphs = graphs;
        _neurals = neurals;
        _supertagger = supertagger;
        if (beam is < 1 or > 64) throw new InvalidDataException($"parser beam width {beam} out of range 1..64");
        _model = model;
        _labels = labels;
        _beam = beam;
        Description = description;
        _rootLabel = Array.IndexOf(labels, "root");
        if (_rootLabel < 0) throw new InvalidDataException("parser model has no 'root' relation");
        if (model.ClassCount != TransitionState.ClassCount(labels.Length))
            throw new InvalidDataException($"parser model has {model.ClassCount} classes for {labels.Length} relations");
        int dep = Array.IndexOf(labels, "dep");
        _fallbackLabel = dep >= 0 ? dep : _rootLabel == 0 ? 1 % labels.Length : 0;
        _memberLabel = members.Select(m => LabelMap(m._labels)).ToArray();
        _graphLabel = graphs.Select(g => LabelMap(g.Relations)).ToArray();
        _neuralLabel = neurals.Select(g => LabelMap(g.Parser.Relations)).ToArray();
        _neuralEverySentence = neurals.Any(m => m.EverySentence);
        if (guide is not null) _guideLabel = LabelMap(guide.Relations);
    }

    private int[] LabelMap(IReadOnlyList<string> theirs) =>
        theirs.Select(l => Array.IndexOf(_labels, l) is var k and >= 0 ? k : _fallbackLabel).ToArray();

    public string Name => "parser";
    public Annotation Requires => Annotation.Tokens | Annotation.Sentences | Annotation.PartOfSpeech | Annotation.Lemmas;
    public Annotation Assigns => Annotation.Dependencies;

    /// <summary>Training corpus and settings the model was made with.</summary>
    public string Description { get; }
    /// <summary>The relations the model predicts.</summary>
    public IReadOnlyList<string> Relations => _labels;
    /// <summary>Beam width the parser decodes with (1 = greedy); the model was trained for this width.</summary>
    public int BeamWidth => _beam;
    public int FeatureCount => _model.FeatureCount;
    public int WeightCount => _model.WeightCount;
    public long MemoryBytes => _model.MemoryBytes + (_supertagger?.MemoryBytes ?? 0) + (_guide?.MemoryBytes ?? 0) + _members.Sum(m => m.MemoryBytes) + _graphs.Sum(g => g.MemoryBytes) + _neurals.Sum(m => m.Parser.ParameterCount * sizeof(float));
    /// <summary>True for a model trained on reversed sentences (it parses the words it is given as if they were reversed
    /// text; only <see cref="CombinedWith"/> uses it, reversing the words first).</summary>
    public bool RightToLeft { get; }
    /// <summary>The parsers whose trees this one combines with its own (empty for a single parser).</summary>
    public IReadOnlyList<DependencyParser> Members => _members;
    /// <summary>The graph-based parsers whose trees this one combines with its own (see <see cref="GraphParser"/>).</summary>
    public IReadOnlyList<GraphParser> Graphs => _graphs;
    /// <summary>The BiLSTM parsers whose trees this one combines with its own.</summary>
    public IReadOnlyList<NeuralMember> Neurals => _neurals;
    /// <summary>This parser without its partners (members, graph-based and BiLSTM parsers): the single transition parser,
    /// still reading its <see cref="Guide"/> if it has one; itself when it combines with nothing.</summary>
    public DependencyParser Single => _members.Length == 0 && _graphs.Length == 0 && _neurals.Length == 0 ? this : new(_model, _labels, _beam, _supertagger, Description, RightToLeft, guide: _guide);
    /// <summary>The graph-based parser this stacked parser reads (null for a plain one).</summary>
    public GraphParser? Guide => _guide;
    /// <summary>A parser that parses with this left-to-right model and <paramref name="others"/> (right-to-left ones read
    /// the words reversed), then joins the trees into one by a maximum spanning tree over their weighted arcs
    /// (see <see cref="ParserCombination"/>).</summary>
    public DependencyParser CombinedWith(params DependencyParser[] others) => new(_model, _labels, _beam, _supertagger, Description, RightToLeft, [.. _members, .. others], _graphs, _guide, _neurals);
    /// <summary>A parser that also combines the trees of graph-based parsers (<see cref="GraphParser"/>), weighted by the
    /// margin of each chosen arc over the word's best other head.</summary>
    public DependencyParser CombinedWith(params GraphParser[] graphs) => new(_model, _labels, _beam, _supertagger, Description, RightToLeft, _members, [.. _graphs, .. graphs], _guide, _neurals);
    /// <summary>A parser that also combines the trees of BiLSTM parsers (<see cref="NeuralParser"/>), each arc voted for
    /// as by the transition parsers, at the member's own weight and margin scale.</summary>
    public DependencyParser CombinedWith(params NeuralMember[] neurals) => new(_model, _labels, _beam, _supertagger, Description, RightToLeft, _members, _graphs, _guide, [.. _neurals, .. neurals]);
    /// <summary>True when the model guesses supertags (relation and head side) before parsing (see <see cref="Supertagger"/>).</summary>
    public bool UsesSupertags => _supertagger is not null;
    internal Supertagger? SupertaggerModel => _supertagger;

    // ---- loading and saving ------------------------------------------------------------------------------

    private static readonly Lazy<DependencyParser?> _default = new(() =>
    {
        DependencyParser parser;
        string? mode = Environment.GetEnvironmentVariable(ModeVariable);
        bool single = string.Equals(mode, "single", StringComparison.OrdinalIgnoreCase);
        try
        {
            // The stacked parser when the build has it, unless the single parser is asked for.
            if (single) throw new FileNotFoundException();
            using var s = DataFiles.Open(StackedDataFile);
            parser = Load(s, StackedDataFile, StackedKind);
        }
        catch (FileNotFoundException)
        {
            try
            {
                using var s = DataFiles.Open(DataFile);
                parser = Load(s, DataFile);
            }
            catch (FileNotFoundException) { return null; }
        }
        if (single) return parser;
        try
        {
            using var s = DataFiles.Open(RightToLeftDataFile);
            parser = parser.CombinedWith(Load(s, RightToLeftDataFile, RightToLeftKind));
        }
        catch (FileNotFoundException) { }
        try
        {
            using var s = DataFiles.Open(GraphParser.DataFile);
            parser = parser.CombinedWith(GraphParser.Load(s, GraphParser.DataFile));
        }
        catch (FileNotFoundException) { }
        // The combination with the BiLSTM parser is slower than either alone (decision 021): only when asked for.
        if (string.Equals(mode, CombinedMode, StringComparison.OrdinalIgnoreCase) && NeuralParser.Default is { } neural)
            parser = parser.CombinedWith(new NeuralMember(neural));
        return parser;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model embedded as data/models/parser.bin, combined with data/models/parser-rl.bin,
    /// data/models/parser-graph.bin and data/models/parser-neural.bin when the build has them (unless <see cref="ModeVariable"/> is "single"), or null
    /// when the build has no parser.</summary>
    public static DependencyParser? Default => _default.Value;

    /// <summary><see cref="ModeVariable"/> value that combines <see cref="Default"/> with the BiLSTM parser by reparsing.</summary>
    public const string CombinedMode = "combined";

    /// <summary><see cref="ModeVariable"/> value that makes <see cref="DefaultComponent"/> the BiLSTM parser alone.</summary>
    public const string NeuralMode = "neural";

    /// <summary>
    /// The parser stage of the default pipeline: <see cref="Default"/>; with <see cref="ModeVariable"/> = "neural", the
    /// BiLSTM parser alone (<see cref="NeuralParser.Default"/>) when the build has its model. Null when the build has no parser.
    /// </summary>
    /// <remarks>Not the BiLSTM parser by default, though it is the more accurate on EWT dev (decision 021, session 14):
    /// the event coder's rules and tree repairs were tuned on the transition parser's trees, and with the BiLSTM parser's
    /// it loses root F1 on most event splits and fails dozens of coding tests.</remarks>
    public static IPipelineComponent? DefaultComponent
    {
        get
        {
            string? mode = Environment.GetEnvironmentVariable(ModeVariable);
            return string.Equals(mode, NeuralMode, StringComparison.OrdinalIgnoreCase) && NeuralParser.Default is { } neural ? neural : Default;
        }
    }

    /// <summary>
    /// The parser of the syntax commands (<c>tidings parse</c>, <c>tidings eval-syntax</c> without a parser option): the
    /// BiLSTM parser alone when the build has its model and <see cref="ModeVariable"/> is unset, the most accurate parser
    /// on EWT (decision 021, session 14); otherwise the same as <see cref="DefaultComponent"/>, so "single", "combined" and
    /// "neural" choose for both.
    /// </summary>
    /// <remarks>The event pipeline keeps <see cref="DefaultComponent"/>: what users read as CoNLL-U is the best parse we
    /// have, and what the coder reads is the parse its rules were written for; both are named in the output's stages.</remarks>
    public static IPipelineComponent? SyntaxComponent =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ModeVariable)) && NeuralParser.Default is { } neural ? neural : DefaultComponent;

    /// <summary>Loads a left-to-right model file, plain or stacked (<see cref="StackedKind"/>), as its header says.</summary>
    public static DependencyParser Load(string path)
    {
        try
        {
            using var fs = File.OpenRead(path);
            return Load(fs, path);
        }
        catch (InvalidDataException e) when (e.Message.Contains($"a '{StackedKind}' model"))
        {
            using var fs = File.OpenRead(path);
            return Load(fs, path, StackedKind);
        }
    }

    /// <summary>Loads a left-to-right model file; <see cref="Load(Stream, string, string)"/> with <see cref="RightToLeftKind"/> loads the other kind.</summary>
    public static DependencyParser Load(Stream s, string name) => Load(s, name, ModelKind);

    /// <summary>Loads a model file of the given kind (<see cref="ModelKind"/>, <see cref="RightToLeftKind"/> or <see cref="StackedKind"/>).</summary>
    public static DependencyParser Load(Stream s, string name, string kind) =>
        ModelFile.Read(s, name, kind, ModelVersion, (r, h) =>
        {
            int n = r.ReadInt32();
            if (n is < 2 or > 1000) throw new InvalidDataException($"{name}: bad relation count {n}");
            var labels = new string[n];
            for (int i = 0; i < n; i++) labels[i] = r.ReadString();
            int beam = r.ReadInt32();
            var model = ParserModel.Read(r);
            var supertagger = r.ReadBoolean() ? Supertagger.Read(r, name) : null;
            var guide = kind == StackedKind ? GraphParser.ReadPayload(r, name, h.Description + " (guide)") : null;
            return new DependencyParser(model, labels, beam, supertagger, h.Description, kind == RightToLeftKind, guide: guide);
        });

    private string Kind => _guide is not null ? StackedKind : RightToLeft ? RightToLeftKind : ModelKind;

    /// <summary>Saves this model (never its partner: each direction is its own file).</summary>
    public void Save(string path) => ModelFile.Save(path, Kind, ModelVersion, Description, WritePayload);

    public void Save(Stream s) => ModelFile.Write(s, Kind, ModelVersion, Description, WritePayload);

    /// <summary>The model file's payload, read back by <see cref="Load(Stream, string)"/>: labels, beam width, weights, supertagger.</summary>
    private void WritePayload(BinaryWriter w)
    {
        w.Write(_labels.Length);
        foreach (var l in _labels) w.Write(l);
        w.Write(_beam);
        _model.Write(w);
        w.Write(_supertagger is not null);
        _supertagger?.Write(w);
        _guide?.WritePayload(w);
    }

    /// <summary>A smaller copy of this parser without the weights below <paramref name="minWeight"/> in magnitude
    /// (trades a little accuracy for size and speed; measure with <see cref="Evaluate"/>). A combined parser's members
    /// are pruned alike.</summary>
    public DependencyParser Pruned(float minWeight) =>
        new(_model.Pruned(minWeight), _labels, _beam, _supertagger, Description + $"; weights below {minWeight} pruned", RightToLeft,
            [.. _members.Select(m => m.Pruned(minWeight))], _graphs, _guide, _neurals);

    /// <summary>A stacked parser that also combines its tree with its guide's by reparsing (<see cref="CombinedWith(GraphParser[])"/>).</summary>
    public DependencyParser CombinedWithGuide() => _guide is null ? this : CombinedWith(_guide.WithSupertagger(_supertagger));

    /// <summary>A copy whose guide (stacked parser) scores only each word's best <paramref name="k"/> heads fully
    /// (<see cref="GraphParser.WithHeadCandidates"/>).</summary>
    public DependencyParser WithGuideHeads(int k) => _guide is null ? this :
        new(_model, _labels, _beam, _supertagger, Description, RightToLeft, _members, _graphs, _guide.WithHeadCandidates(k), _neurals);

    /// <summary>A copy whose guide (stacked parser) drops its weights below <paramref name="minWeight"/>.</summary>
    public DependencyParser GuidePruned(float minWeight) => _guide is null ? this :
        new(_model, _labels, _beam, _supertagger, Description, RightToLeft, _members, _graphs, _guide.Pruned(minWeight), _neurals);

    /// <summary>The same model decoding with another beam width (for measuring speed against accuracy; a model
    /// is most accurate at the width it was trained with). Combination needs greedy parsers: the copy is a single parser.</summary>
    public DependencyParser WithBeam(int width) => new(_model, _labels, width, _supertagger, Description + $"; decoding with beam {width}", RightToLeft, guide: _guide);

    /// <summary>Trains a parser; see <see cref="ParserTrainer"/>. Tags and lemmas of <paramref name="train"/> are used as given.</summary>
    public static DependencyParser Train(IEnumerable<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev,
        ParserTrainingOptions options, Action<string>? progress = null) => ParserTrainer.Train(train, dev, options, progress);

    /// <summary>UAS, LAS (full relation) and LAS on the universal part of the relation (CoNLL 2018), in percent
    /// over all words including punctuation, parsing <paramref name="gold"/> with its own tags and lemmas.</summary>
    public (double Uas, double Las, double UniversalLas) Evaluate(IReadOnlyList<ConlluSentence> gold) => ParserTrainer.Evaluate(this, gold);

    // ---- parsing -----------------------------------------------------------------------------------------

    private sealed class Scratch
    {
        public readonly TransitionState State = new();
        public readonly ParserFeatures Features = new();
        public readonly ulong[] Keys = new ulong[ParserFeatures.MaxFeatures];
        public float[] Scores = new float[256];
        public int[] Heads = new int[256];
        public int[] Supertags = new int[256], HeadTags = new int[256], Alternatives = new int[256];
        public int[] GuideHead = new int[256], GuideLabel = new int[256];
        public string[] Relations = new string[256];
        public readonly List<ParserInput> Words = new();
        public ParserBeam? Beam;
        // Combined parsing: each parser's tree (heads with the root as n, relation indexes) and the margins of the
        // transitions that made its arcs, in the words' own order.
        public readonly List<ParserInput> Reversed = new();
        public readonly ParserCombination Combination = new();
    }

    [ThreadStatic] private static Scratch? t_scratch;

    /// <summary>Whether class <paramref name="cls"/> may be applied: legal in the transition system, and the
    /// relation "root" used exactly for the attachment to the root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Allowed(TransitionState st, int cls, int rootLabel)
    {
        int move = TransitionState.MoveOf(cls);
        if (move == TransitionState.Shift) return st.CanShift();
        bool toRoot = move == TransitionState.Left && st.B == st.Length;
        if (toRoot != (TransitionState.LabelOf(cls) == rootLabel)) return false;
        return move == TransitionState.Left ? st.CanLeft() : st.CanRight();
    }

    /// <summary>
    /// Parses one sentence. <paramref name="heads"/>[i] receives word i's head as a 0-based word index, or -1
    /// for the sentence root; <paramref name="relations"/>[i] its UD relation. Both must hold at least
    /// <c>words.Count</c> items. Exactly one word gets -1 (none for an empty sentence). Never throws on odd input.
    /// </summary>
    public void Parse(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        ParseUnrepaired(words, heads, relations);
        if (words.Count > 0) TreeRepairs.Apply(words, heads, relations);
    }

    private void ParseUnrepaired(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        if (n == 0) return;
        if (heads.Length < n || relations.Length < n) throw new ArgumentException("heads and relations must hold one item per word");
        var sc = t_scratch ??= new Scratch();
        if (_members.Length + _graphs.Length + _neurals.Length > 0 && n <= MaxChunk && _beam == 1)
        {
            ParseCombined(sc, words, heads, relations);
            return;
        }
        if (n <= MaxChunk)
        {
            ParseChunk(sc, words, heads, relations, 0);
            return;
        }
        // Long sentences (tables, lists, run-ons): parse chunks, then hang each later chunk's root on the first's.
        int firstRoot = -1;
        var chunk = new List<ParserInput>(MaxChunk);
        for (int start = 0; start < n; start += MaxChunk)
        {
            int len = Math.Min(MaxChunk, n - start);
            chunk.Clear();
            for (int i = 0; i < len; i++) chunk.Add(words[start + i]);
            ParseChunk(sc, chunk, heads.Slice(start, len), relations.AsSpan(start, len), start);
            for (int i = start; i < start + len; i++)
            {
                if (heads[i] != -1) continue;
                if (firstRoot < 0) firstRoot = i;
                else { heads[i] = firstRoot; relations[i] = "parataxis"; }
            }
        }
    }

    /// <summary>Parses words into heads (offset by <paramref name="offset"/>; -1 = root) and relations.</summary>
    private void ParseChunk(Scratch sc, IReadOnlyList<ParserInput> words, Span<int> heads, Span<string> relations, int offset)
    {
        int n = words.Count;
        var st = Decode(sc, words, default, default);
        for (int i = 0; i < n; i++)
        {
            int h = st.HeadOf(i);
            int lab = st.LabelAt(i);
            if (h < 0 || h > n) { h = n; lab = _rootLabel; } // defensive: unreachable for complete parses
            heads[i] = h == n ? -1 : h + offset;
            relations[i] = lab >= 0 && lab < _labels.Length ? _labels[lab] : _labels[_fallbackLabel];
        }
        RepairRoots(heads, relations, offset);
    }

    /// <summary>
    /// Parses with every member and joins the trees: a right-to-left model reads the words reversed and its arcs are
    /// mapped back, a graph-based one also gives soft votes, and <see cref="ParserCombination"/> picks the best-scoring
    /// tree over the votes.
    /// </summary>
    private void ParseCombined(Scratch sc, IReadOnlyList<ParserInput> words, Span<int> heads, Span<string> relations)
    {
        int n = words.Count;
        var comb = sc.Combination;
        int all = 1 + _members.Length + _graphs.Length + _neurals.Length;
        comb.Start(n, all);
        comb.HasSoft = false;
        var st = Decode(sc, words, comb.ArcMargin[0].AsSpan(0, n), comb.LabelMargin[0].AsSpan(0, n));
        for (int i = 0; i < n; i++)
        {
            int h = st.HeadOf(i), lab = st.LabelAt(i);
            if (h < 0 || h > n) { h = n; lab = _rootLabel; }
            comb.Head[0][i] = h;
            comb.Label[0][i] = lab >= 0 && lab < _labels.Length ? lab : _fallbackLabel;
        }
        int parsers = comb.Confident(0, n) && !_neuralEverySentence ? 1 : all;
        for (int k = 1; k < parsers; k++)
        {
            if (k > _members.Length + _graphs.Length)
            {
                int j = k - 1 - _members.Length - _graphs.Length;
                var nm = _neurals[j];
                var lab = comb.Label[k].AsSpan(0, n);
                nm.Parser.ParseForCombination(words, comb.Head[k].AsSpan(0, n), lab, comb.ArcMargin[k].AsSpan(0, n), comb.LabelMargin[k].AsSpan(0, n));
                var nmap = _neuralLabel[j];
                for (int i = 0; i < n; i++) lab[i] = (uint)lab[i] < (uint)nmap.Length ? nmap[lab[i]] : _fallbackLabel;
                comb.VoteWeight[k] = nm.Weight;
                comb.MarginScale[k] = nm.Scale;
                if (nm.Relations) comb.LabelParser = k;
                continue;
            }
            if (k > _members.Length)
            {
                int g = k - 1 - _members.Length;
                var lab = comb.Label[k].AsSpan(0, n);
                _graphs[g].Parse(words, comb.Head[k].AsSpan(0, n), lab, comb.ArcMargin[k].AsSpan(0, n), comb.LabelMargin[k].AsSpan(0, n));
                _graphs[g].AddSoftVotes(n, ref comb.Soft, comb.HasSoft);
                comb.HasSoft = true;
                var gmap = _graphLabel[g];
                for (int i = 0; i < n; i++) lab[i] = (uint)lab[i] < (uint)gmap.Length ? gmap[lab[i]] : _fallbackLabel;
                continue;
            }
            var member = _members[k - 1];
            var map = _memberLabel[k - 1];
            IReadOnlyList<ParserInput> input = words;
            if (member.RightToLeft)
            {
                var rev = sc.Reversed;
                rev.Clear();
                for (int i = n - 1; i >= 0; i--) rev.Add(words[i]);
                input = rev;
            }
            var arcs = comb.ArcMargin[k].AsSpan(0, n);
            var labs = comb.LabelMargin[k].AsSpan(0, n);
            st = member.Decode(sc, input, arcs, labs);
            for (int j = 0; j < n; j++)
            {
                int h = st.HeadOf(j), lab = st.LabelAt(j);
                if (h < 0 || h > n) { h = n; lab = member._rootLabel; }
                // The reversed word j is word n - 1 - j.
                int i = member.RightToLeft ? n - 1 - j : j;
                comb.Head[k][i] = h == n ? n : member.RightToLeft ? n - 1 - h : h;
                comb.Label[k][i] = lab >= 0 && lab < map.Length ? map[lab] : _fallbackLabel;
            }
            if (member.RightToLeft) { arcs.Reverse(); labs.Reverse(); }
        }
        comb.Combine(n, parsers, heads, _rootLabel);
        for (int i = 0; i < n; i++) relations[i] = _labels[comb.Result[i]];
        RepairRoots(heads, relations, 0);
    }

    /// <summary>Supertags, then decodes a chunk; with non-empty spans (greedy decoding), also records for each word the
    /// margins of the transition that attached it (<see cref="Greedy"/>).</summary>
    private TransitionState Decode(Scratch sc, IReadOnlyList<ParserInput> words, Span<float> arcMargin, Span<float> labelMargin)
    {
        int n = words.Count;
        TransitionState st;
        ReadOnlySpan<int> supertags = default, headTags = default, alternatives = default;
        if (_supertagger is not null)
        {
            if (sc.Supertags.Length < n) { sc.Supertags = new int[n * 2]; sc.HeadTags = new int[n * 2]; sc.Alternatives = new int[n * 2]; }
            if (_supertagger.Alternatives) alternatives = sc.Alternatives.AsSpan(0, n);
            _supertagger.Tag(words, sc.Supertags, sc.Alternatives.AsSpan(0, _supertagger.Alternatives ? n : 0));
            supertags = sc.Supertags.AsSpan(0, n);
            if (_supertagger.Heads is { } heads)
            {
                heads.Tag(words, sc.HeadTags);
                headTags = sc.HeadTags.AsSpan(0, n);
            }
        }
        if (_guide is not null)
        {
            if (sc.GuideHead.Length < n) { sc.GuideHead = new int[n * 2]; sc.GuideLabel = new int[n * 2]; }
            var gh = sc.GuideHead.AsSpan(0, n);
            var gl = sc.GuideLabel.AsSpan(0, n);
            _guide.Guide(words, supertags, gh, gl);
            for (int i = 0; i < n; i++) gl[i] = (uint)gl[i] < (uint)_guideLabel.Length ? _guideLabel[gl[i]] : _fallbackLabel;
            sc.Features.Load(words, supertags, gh, gl, headTags, alternatives);
        }
        else sc.Features.Load(words, supertags, default, default, headTags, alternatives);
        int classes = _model.ClassCount;
        if (_beam > 1)
        {
            if (sc.Beam is null || sc.Beam.Width != _beam || sc.Beam.ClassCount != classes || sc.Beam.RootLabel != _rootLabel)
                sc.Beam = new ParserBeam(_beam, classes, _rootLabel);
            st = sc.Beam.Decode(sc.Features, n, _model);
        }
        else
        {
            st = sc.State;
            st.Reset(n);
            Greedy(sc, st, classes, arcMargin, labelMargin);
        }
        return st;
    }

    /// <summary>
    /// Greedy decoding. When <paramref name="arcMargin"/> is not empty, each word's entry receives how far the
    /// transition that attached it scored above the best legal transition of another move (the confidence that the
    /// word's head is the one chosen), and <paramref name="labelMargin"/> how far above the best other relation of
    /// the same move.
    /// </summary>
    private void Greedy(Scratch sc, TransitionState st, int classes, Span<float> arcMargin, Span<float> labelMargin)
    {
        if (sc.Scores.Length < classes) sc.Scores = new float[classes];
        var scores = sc.Scores.AsSpan(0, classes);
        int rootArc = TransitionState.ClassOf(TransitionState.Left, _rootLabel);
        while (!st.IsTerminal)
        {
            // A configuration with one legal class takes it whatever the scores, so it is not scored (about one
            // transition in eleven on news text; the model lookup is most of the parser's time): an empty stack must
            // shift, and a lone stack word before the root must be attached to it. BestAllowed would pick the same class,
            // and its margins are +∞ there (no other legal class to compare with), as written here.
            if (st.StackCount == 0) { st.Apply(TransitionState.Shift); continue; }
            if (st.StackCount == 1 && st.B == st.Length)
            {
                if (!arcMargin.IsEmpty)
                {
                    int dep = st.S(0);
                    arcMargin[dep] = float.PositiveInfinity;
                    labelMargin[dep] = float.PositiveInfinity;
                }
                st.Apply(rootArc);
                continue;
            }
            int k = sc.Features.Extract(st, sc.Keys);
            _model.Score(sc.Keys.AsSpan(0, k), scores);
            int best = BestAllowed(st, scores, _rootLabel, arcMargin, labelMargin);
            if (best < 0) break; // cannot happen: some move is always legal before the terminal state
            st.Apply(best);
        }
    }

    /// <summary>
    /// The best-scoring transition allowed in <paramref name="st"/> (-1 if none). When <paramref name="arcMargin"/> is not
    /// empty and the transition makes an arc, the attached word's entry receives how far it scored above the best allowed
    /// transition of another move, and <paramref name="labelMargin"/>'s how far above the best other relation of the same
    /// move. One step of greedy decoding for every transition parser (perceptron and neural), so their margins vote alike.
    /// </summary>
    internal static int BestAllowed(TransitionState st, ReadOnlySpan<float> scores, int rootLabel, Span<float> arcMargin, Span<float> labelMargin)
    {
        int classes = scores.Length, best = -1;
        for (int c = 0; c < classes; c++)
            if ((best < 0 || scores[c] > scores[best]) && Allowed(st, c, rootLabel)) best = c;
        if (best <= 0 || arcMargin.IsEmpty) return best;
        int move = TransitionState.MoveOf(best);
        float otherMove = float.NegativeInfinity, otherLabel = float.NegativeInfinity;
        for (int c = 0; c < classes; c++)
        {
            if (c == best || !Allowed(st, c, rootLabel)) continue;
            if (TransitionState.MoveOf(c) == move) { if (scores[c] > otherLabel) otherLabel = scores[c]; }
            else if (scores[c] > otherMove) otherMove = scores[c];
        }
        int dep = st.S(0);
        arcMargin[dep] = scores[best] - otherMove;
        labelMargin[dep] = scores[best] - otherLabel;
        return best;
    }

    /// <summary>Keeps exactly one root in a chunk (the transition system already ensures it; this is a guard).</summary>
    private void RepairRoots(Span<int> heads, Span<string> relations, int offset)
    {
        int root = -1;
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] != -1) continue;
            if (root < 0) { root = i; relations[i] = "root"; }
            else { heads[i] = root + offset; relations[i] = _labels[_fallbackLabel]; }
        }
    }

    private static readonly string[] UposNames = Enum.GetNames<Upos>();

    /// <summary>What a parser reads of a tagged token.</summary>
    internal static ParserInput InputOf(Token t)
    {
        int u = (int)t.Upos;
        return new ParserInput(t.Text, (uint)u < (uint)UposNames.Length ? UposNames[u] : "X", t.Xpos ?? "", t.Lemma);
    }

    /// <summary>Sets every token's head and relation, sentence by sentence (heads are document token indexes).</summary>
    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var sc = t_scratch ??= new Scratch();
        ParseDocument(document, Parse, sc.Words, ref sc.Heads, ref sc.Relations, cancellationToken);
    }

    /// <summary>
    /// Parses the words after a lead-in label (<see cref="LeadInLabels"/>) of <paramref name="lead"/> words, clause by clause
    /// between the <paramref name="cuts"/> (semicolons, <see cref="SemicolonClauses"/>; none for one clause): the first
    /// clause's root is the sentence's, each later clause's root hangs on it as <c>parataxis</c> and each semicolon on the
    /// root of the clause it opens as <c>punct</c>. The label's words hang on the first root, punctuation as <c>punct</c> and
    /// the rest as <c>dep</c>, so no label word is a subject, object or oblique of the clause.
    /// </summary>
    private static void ParseClauses(ParserTrainer.ParseFunction parse, List<ParserInput> words, int lead,
        IReadOnlyList<int> cuts, Span<int> heads, string[] relations)
    {
        int n = words.Count, firstRoot = -1;
        for (int part = 0; part <= cuts.Count; part++)
        {
            int from = part == 0 ? lead : cuts[part - 1] + 1, end = part < cuts.Count ? cuts[part] : n;
            if (!FrontedAdverbials.TryParseSpan(parse, words, from, end, heads, relations, out int root))
                root = ParsePart(parse, words, from, end, heads, relations);
            if (part == 0) firstRoot = root;
            else
            {
                heads[root] = firstRoot;
                relations[root] = "parataxis";
                heads[from - 1] = root;
                relations[from - 1] = "punct";
            }
        }
        for (int i = 0; i < lead; i++)
        {
            heads[i] = firstRoot;
            relations[i] = words[i].Upos == "PUNCT" ? "punct" : "dep";
        }
    }

    /// <summary>
    /// Parses a quote-first sentence (<see cref="QuoteFirstClauses"/>) as its two parts, each alone: the attribution, whose
    /// root must be the verb of saying, is the sentence's root, and the quote's root hangs on it as <c>ccomp</c>; the quotation
    /// marks and the comma between them hang on the quote's root as <c>punct</c>. False (heads and relations to be set
    /// again by the caller) when the attribution parsed alone has another root.
    /// </summary>
    private static bool ParseQuoteFirst(ParserTrainer.ParseFunction parse, List<ParserInput> words, QuoteFirstClauses.Cut cut,
        Span<int> heads, string[] relations)
    {
        int n = words.Count;
        int speech = ParsePart(parse, words, cut.AttributionFrom, n, heads, relations);
        if (words[speech].Upos != "VERB" || !QuoteFirstClauses.IsSpeechVerb(words[speech])) return false;
        // "..., said the French foreign minister": parsed alone, an attribution that opens with its verb reads the speaker
        // after it as the verb's object (or, "said Ghana's president", as its complement); with the quote as the verb's
        // complement, that noun is its subject.
        if (speech == cut.AttributionFrom)
        {
            bool subject = false;
            int obj = -1;
            for (int i = cut.AttributionFrom; i < n; i++)
            {
                if (heads[i] != speech) continue;
                if (relations[i] is "nsubj" or "nsubj:pass") subject = true;
                else if (relations[i] is "obj" or "ccomp" or "xcomp" or "dep" && words[i].Upos is "NOUN" or "PROPN" && obj < 0) obj = i;
            }
            if (!subject && obj > speech) relations[obj] = "nsubj";
        }
        int quoteRoot = ParsePart(parse, words, cut.From, cut.End, heads, relations);
        heads[quoteRoot] = speech;
        relations[quoteRoot] = "ccomp";
        for (int i = 0; i < n; i++)
        {
            if (i >= cut.From && i < cut.End || i >= cut.AttributionFrom) continue;
            heads[i] = quoteRoot;
            relations[i] = "punct";
        }
        return true;
    }

    /// <summary>Parses words [<paramref name="from"/>, <paramref name="end"/>) alone into the sentence's heads (sentence
    /// indexes) and relations; returns the part's root, whose head is left at -1.</summary>
    private static int ParsePart(ParserTrainer.ParseFunction parse, List<ParserInput> words, int from, int end, Span<int> heads,
        string[] relations)
    {
        var part = words.GetRange(from, end - from);
        var partRelations = new string[part.Count];
        parse(part, heads[from..end], partRelations);
        int root = -1;
        for (int i = from; i < end; i++)
        {
            relations[i] = partRelations[i - from];
            if (heads[i] < 0) root = root < 0 ? i : root;
            else heads[i] += from;
        }
        if (root < 0) root = from; // a parse always has one root; kept so a broken one cannot hang a part on -1
        for (int i = from; i < end; i++)
            if (heads[i] < 0 && i != root) { heads[i] = root; relations[i] = "dep"; }
        return root;
    }

    /// <summary>Parses each sentence of <paramref name="document"/> with <paramref name="parse"/> and sets its tokens'
    /// heads and relations (for this parser and <see cref="GraphParser"/>; the buffers are the caller's per-thread scratch).</summary>
    internal static void ParseDocument(Document document, ParserTrainer.ParseFunction parse, List<ParserInput> words,
        ref int[] heads, ref string[] relations, CancellationToken cancellationToken)
    {
        foreach (var sentence in document.Sentences())
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = sentence.FirstToken, n = sentence.TokenCount;
            if (n <= 0) continue;
            words.Clear();
            for (int i = 0; i < n; i++)
            {
                words.Add(InputOf(document.Token(first + i)));
            }
            ParentheticalDashes.AsCommas(words, 0, n);
            if (heads.Length < n) { heads = new int[n * 2]; relations = new string[n * 2]; }
            int lead = LeadInLabels.Length(words);
            var cuts = SemicolonClauses.Cuts(words, lead);
            if (cuts.Count > 0 || lead > 0) ParseClauses(parse, words, lead, cuts, heads.AsSpan(0, n), relations);
            else if (QuoteFirstClauses.Find(words) is { } quote && ParseQuoteFirst(parse, words, quote, heads.AsSpan(0, n), relations)) { }
            else if (FrontedAdverbials.TryParseSpan(parse, words, 0, n, heads.AsSpan(0, n), relations, out _)) { }
            else parse(words, heads.AsSpan(0, n), relations);
            if (sentence.Section == SectionKind.Headline)
            {
                TreeRepairs.ReportedClauseOnObject(words, heads.AsSpan(0, n), relations);
                TreeRepairs.SpeakerColonClause(words, heads.AsSpan(0, n), relations);
                TreeRepairs.HeadlinePassives(words, heads.AsSpan(0, n), relations);
            }
            for (int i = 0; i < n; i++)
            {
                int h = heads[i];
                document.SetHead(first + i, h < 0 ? -1 : first + h, relations[i]);
            }
        }
    }
}
