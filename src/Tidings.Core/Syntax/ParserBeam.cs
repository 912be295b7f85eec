using System.Runtime.CompilerServices;

namespace Tidings.Syntax;

/// <summary>Scores every transition class of one configuration from its feature keys.</summary>
internal interface ITransitionScorer
{
    int ClassCount { get; }
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);
}

/// <summary>
/// Beam search over arc-hybrid transitions (Zhang &amp; Clark 2008; Zhang &amp; Nivre 2011): the
/// <c>width</c> best partial parses by summed transition score are kept at every step. In arc-hybrid with
/// the root at the end every complete parse takes exactly 2n transitions, so the items of a beam always have
/// the same length and finish together. Used to parse (<see cref="Decode"/>) and to train a structured
/// perceptron with early update (<see cref="Train"/>). A parse of width 1 is the greedy parse.
/// Per thread: not thread-safe, reuses all its buffers.
/// </summary>
internal sealed class ParserBeam
{
    private readonly int _width, _classes, _rootLabel;
    private TransitionState[] _cur, _next;
    private readonly TransitionState[] _free;
    private int _freeCount;
    private readonly float[] _curScore, _nextScore;
    private readonly bool[] _curCorrect, _nextCorrect, _taken, _owner;
    private int _count;
    private readonly float[] _scores;
    private readonly ulong[] _keys = new ulong[ParserFeatures.MaxFeatures];
    // Candidates of a step, best first.
    private readonly int[] _candParent, _candClass;
    private readonly float[] _candScore;
    private int _cands;
    // Backpointers: item j at step t came from item _histParent[t*width+j] of step t-1 by _histClass[...].
    private int[] _histParent = new int[256], _histClass = new int[256];
    // Oracle costs (shift, left, right) of each item, while training.
    private readonly int[] _costShift, _costLeft, _costRight;
    private readonly TransitionState _replay = new();
    private int[] _goldSeq = new int[64], _predSeq = new int[64];

    public ParserBeam(int width, int classes, int rootLabel)
    {
        if (width < 1) throw new ArgumentOutOfRangeException(nameof(width));
        _width = width; _classes = classes; _rootLabel = rootLabel;
        _cur = new TransitionState[width]; _next = new TransitionState[width];
        _free = new TransitionState[2 * width];
        for (int i = 0; i < 2 * width; i++) _free[i] = new TransitionState();
        _freeCount = 2 * width;
        _curScore = new float[width]; _nextScore = new float[width];
        _curCorrect = new bool[width]; _nextCorrect = new bool[width];
        _taken = new bool[width]; _owner = new bool[width];
        _scores = new float[width * classes];
        _candParent = new int[width]; _candClass = new int[width]; _candScore = new float[width];
        _costShift = new int[width]; _costLeft = new int[width]; _costRight = new int[width];
    }

    public int Width => _width;
    public int ClassCount => _classes;
    public int RootLabel => _rootLabel;

    /// <summary>Parses a sentence of <paramref name="n"/> words whose atoms <paramref name="feats"/> holds;
    /// returns the best complete configuration (valid until the next call).</summary>
    public TransitionState Decode(ParserFeatures feats, int n, ITransitionScorer scorer)
    {
        Start(n);
        while (!_cur[0].IsTerminal) Step(feats, scorer, null, null, out _, out _, out _);
        return _cur[0];
    }

    /// <summary>
    /// One structured-perceptron update for a training sentence. Searches with the current weights while
    /// following the gold tree; gold-consistent means every transition so far had zero dynamic-oracle cost
    /// (labels included), and among the many transition sequences of a gold tree the best-scoring consistent one
    /// is the gold sequence. With early update (Collins &amp; Roark 2004) the update is made as soon as no item of
    /// the beam is consistent; with max-violation (Huang, Fayong &amp; Guo 2012) the search goes on to the end
    /// (the gold sequence continuing outside the beam by its best zero-cost transitions) and the update is made
    /// at the step where the beam's best outscores the gold prefix most. Either way it adds the gold prefix's
    /// features and subtracts those of the beam's best prefix. No update when the best complete parse is gold.
    /// Returns whether an update was made.
    /// </summary>
    public bool Train(ParserFeatures feats, int[] goldHead, int[] goldLabel, ParserPerceptron perceptron, bool maxViolation)
    {
        int n = goldHead.Length;
        Start(n);
        int step = 0;
        bool inBeam = true;
        int goldLen = 0;
        float goldScore = 0;
        float maxViol = 0; // only a positive violation counts: ties (as with all-zero weights) fall back to the end
        int violStep = -1, violItem = -1; // violItem < 0: the gold prefix was outside the beam (in _goldSeq)
        var gold = _goldState;
        while (!_cur[0].IsTerminal)
        {
            Step(feats, perceptron, goldHead, goldLabel, out int goldParent, out int goldClass, out float goldCandScore);
            step++;
            if (inBeam)
            {
                int j = 0;
                while (j < _count && !_curCorrect[j]) j++;
                if (j < _count)
                {
                    float v = _curScore[0] - _curScore[j];
                    if (v > maxViol) { maxViol = v; violStep = step; violItem = j; }
                    continue;
                }
                if (goldParent < 0) return false; // cannot happen: a consistent item always has a zero-cost move
                goldLen = Sequence(step - 1, goldParent, ref _goldSeq);
                _goldSeq[goldLen++] = goldClass;
                goldScore = goldCandScore;
                inBeam = false;
                if (!maxViolation)
                {
                    int p = Sequence(step, 0, ref _predSeq);
                    Update(feats, perceptron, _goldSeq.AsSpan(0, goldLen), _predSeq.AsSpan(0, p), n);
                    return true;
                }
                gold.Reset(n);
                for (int t = 0; t < goldLen; t++) gold.Apply(_goldSeq[t]);
            }
            else
            {
                // The gold prefix outside the beam goes on by its best zero-cost transition.
                var sc = _scores.AsSpan(0, _classes);
                int k = feats.Extract(gold, _keys);
                perceptron.Score(_keys.AsSpan(0, k), sc);
                var (cs, cl, cr) = gold.Costs(goldHead);
                int best = -1;
                for (int c = 0; c < _classes; c++)
                {
                    if (!DependencyParser.Allowed(gold, c, _rootLabel) || (best >= 0 && sc[c] <= sc[best])) continue;
                    if (gold.LabelledCost(cs, cl, cr, c, goldHead, goldLabel) == 0) best = c;
                }
                if (best < 0) return false;
                goldScore += sc[best];
                if (_goldSeq.Length <= goldLen) Array.Resize(ref _goldSeq, _goldSeq.Length * 2);
                _goldSeq[goldLen++] = best;
                gold.Apply(best);
            }
            float viol = _curScore[0] - goldScore;
            if (viol > maxViol) { maxViol = viol; violStep = step; violItem = -1; }
        }
        if (inBeam && _curCorrect[0]) return false;
        if (violStep < 0)
        {
            violStep = step;
            violItem = -1;
            if (inBeam)
                for (int j = 1; j < _count && violItem < 0; j++)
                    if (_curCorrect[j]) violItem = j;
        }
        int gl = violItem >= 0 ? Sequence(violStep, violItem, ref _goldSeq) : violStep;
        int pl = Sequence(violStep, 0, ref _predSeq);
        Update(feats, perceptron, _goldSeq.AsSpan(0, gl), _predSeq.AsSpan(0, pl), n);
        return true;
    }

    private readonly TransitionState _goldState = new();

    private void Start(int n)
    {
        for (int i = 0; i < _count; i++) _free[_freeCount++] = _cur[i];
        var s = _free[--_freeCount];
        s.Reset(n);
        _cur[0] = s;
        _curScore[0] = 0;
        _curCorrect[0] = true;
        _count = 1;
        _step = 0;
        int need = (2 * n + 2) * _width;
        if (_histParent.Length < need) { _histParent = new int[need * 2]; _histClass = new int[need * 2]; }
    }

    private int _step;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Insert(int parent, int cls, float score)
    {
        int m = _cands;
        if (m == _width)
        {
            if (score <= _candScore[m - 1]) return;
            m--;
        }
        int i = m;
        while (i > 0 && _candScore[i - 1] < score)
        {
            _candScore[i] = _candScore[i - 1]; _candParent[i] = _candParent[i - 1]; _candClass[i] = _candClass[i - 1];
            i--;
        }
        _candScore[i] = score; _candParent[i] = parent; _candClass[i] = cls;
        _cands = m + 1;
    }

    /// <summary>Cost of class <paramref name="cls"/> for item <paramref name="i"/> (labels included).</summary>
    private int Cost(int i, int cls, int[] goldHead, int[] goldLabel) =>
        _cur[i].LabelledCost(_costShift[i], _costLeft[i], _costRight[i], cls, goldHead, goldLabel);

    /// <summary>Expands every item by every allowed transition and keeps the best <c>width</c>. While training,
    /// also tracks which items are gold-consistent and returns the best zero-cost extension of a consistent one.</summary>
    private void Step(ParserFeatures feats, ITransitionScorer scorer, int[]? goldHead, int[]? goldLabel, out int goldParent, out int goldClass, out float goldScore)
    {
        int classes = _classes;
        _cands = 0;
        goldParent = -1; goldClass = -1;
        goldScore = float.NegativeInfinity;
        for (int i = 0; i < _count; i++)
        {
            var st = _cur[i];
            var sc = _scores.AsSpan(i * classes, classes);
            int k = feats.Extract(st, _keys);
            scorer.Score(_keys.AsSpan(0, k), sc);
            float baseScore = _curScore[i];
            // The allowed classes (as DependencyParser.Allowed), by move rather than class by class.
            if (st.CanShift()) Insert(i, 0, baseScore + sc[0]);
            if (st.CanLeft())
            {
                if (st.B == st.Length) Insert(i, 1 + 2 * _rootLabel, baseScore + sc[1 + 2 * _rootLabel]);
                else
                    for (int c = 1; c < classes; c += 2)
                        if (c != 1 + 2 * _rootLabel) Insert(i, c, baseScore + sc[c]);
            }
            if (st.CanRight())
                for (int c = 2; c < classes; c += 2)
                    if (c != 2 + 2 * _rootLabel) Insert(i, c, baseScore + sc[c]);
            if (goldHead is null || !_curCorrect[i]) continue;
            var (cs, cl, cr) = st.Costs(goldHead);
            _costShift[i] = cs; _costLeft[i] = cl; _costRight[i] = cr;
            for (int c = 0; c < classes; c++)
            {
                float s = baseScore + sc[c];
                if (s <= goldScore || !DependencyParser.Allowed(st, c, _rootLabel) || Cost(i, c, goldHead, goldLabel!) != 0) continue;
                goldScore = s; goldParent = i; goldClass = c;
            }
        }

        // Successors: a parent's first successor takes over its configuration, later ones copy it first.
        int m = _cands, t = ++_step;
        Array.Clear(_taken, 0, _count);
        for (int j = 0; j < m; j++)
        {
            int p = _candParent[j];
            _owner[j] = !_taken[p];
            _taken[p] = true;
            _nextScore[j] = _candScore[j];
            _nextCorrect[j] = goldHead is not null && _curCorrect[p] && Cost(p, _candClass[j], goldHead, goldLabel!) == 0;
            _histParent[t * _width + j] = p;
            _histClass[t * _width + j] = _candClass[j];
        }
        for (int j = 0; j < m; j++)
        {
            int p = _candParent[j];
            if (_owner[j]) _next[j] = _cur[p];
            else
            {
                var s = _free[--_freeCount];
                s.CopyFrom(_cur[p]);
                _next[j] = s;
            }
        }
        for (int i = 0; i < _count; i++)
            if (!_taken[i]) _free[_freeCount++] = _cur[i];
        for (int j = 0; j < m; j++) _next[j].Apply(_candClass[j]);
        (_cur, _next) = (_next, _cur);
        Array.Copy(_nextScore, _curScore, m);
        Array.Copy(_nextCorrect, _curCorrect, m);
        _count = m;
    }

    /// <summary>The transitions that led to item <paramref name="item"/> after <paramref name="steps"/> steps; returns their count.</summary>
    private int Sequence(int steps, int item, ref int[] seq)
    {
        if (seq.Length < steps + 1) seq = new int[(steps + 1) * 2];
        for (int t = steps; t >= 1; t--)
        {
            seq[t - 1] = _histClass[t * _width + item];
            item = _histParent[t * _width + item];
        }
        return steps;
    }

    /// <summary>+1 for the gold sequence's (configuration, transition) features, -1 for the predicted one's,
    /// from the first transition where they differ (the shared prefix would cancel).</summary>
    private void Update(ParserFeatures feats, ParserPerceptron perceptron, ReadOnlySpan<int> gold, ReadOnlySpan<int> pred, int n)
    {
        int d = 0;
        while (d < gold.Length && d < pred.Length && gold[d] == pred[d]) d++;
        Replay(feats, perceptron, gold, d, n, 1f);
        Replay(feats, perceptron, pred, d, n, -1f);
    }

    private void Replay(ParserFeatures feats, ParserPerceptron perceptron, ReadOnlySpan<int> seq, int from, int n, float amount)
    {
        var st = _replay;
        st.Reset(n);
        for (int t = 0; t < seq.Length; t++)
        {
            if (t >= from)
            {
                int k = feats.Extract(st, _keys);
                perceptron.Add(_keys.AsSpan(0, k), seq[t], amount);
            }
            st.Apply(seq[t]);
        }
    }
}
