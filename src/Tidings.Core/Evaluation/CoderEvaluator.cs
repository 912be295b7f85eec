using Tidings.Coding;

namespace Tidings.Evaluation;

/// <summary>One event a coder produced for a sentence: actor codes as the coder wrote them, CAMEO code, and the flags
/// that are scored on matched events only (<see cref="FlagAgreement"/>).</summary>
public sealed record PredictedEvent(string? Source, string? Target, string Cameo)
{
    /// <summary>asserted, intended, threatened, demanded, possible, denied or conditional.</summary>
    public string Modality { get; init; } = "asserted";
    /// <summary>CAMEO code of the reporting source, null when the coder named none.</summary>
    public string? Attribution { get; init; }
}

/// <summary>
/// Scores coded events against gold sentences.
/// <para>
/// Per sentence, gold and predicted events are two multisets and each event is used at most once. A
/// predicted event can match a gold event at three levels:
/// <list type="bullet">
/// <item><b>exact</b>: same source, same target, same full CAMEO code;</item>
/// <item><b>root</b>: same source, same target, same two-digit root ("042" matches "043");</item>
/// <item><b>root, actors ignored</b>: same root only (diagnoses the event classifier apart from actor coding).</item>
/// </list>
/// Actors compare case-insensitively; a gold actor ending in '*' matches any predicted code that starts
/// with the part before it; a null gold actor matches only a null (or empty) predicted actor. At each
/// level the pairing is a maximum bipartite matching (augmenting paths), so a wildcard gold event never
/// "steals" the only partner of a more specific one: TP is the best achievable count, FP = predicted − TP,
/// FN = gold − TP.
/// </para>
/// </summary>
public static class CoderEvaluator
{
    public static EvaluationReport Score(IEnumerable<(GoldSentence Gold, IReadOnlyList<PredictedEvent> Predicted)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var exact = new Tally();
        var root = new Tally();
        var loose = new Tally();
        var perRootGold = new int[21];
        var perRootPred = new int[21];
        var perRootTp = new int[21];
        var sentences = new List<SentenceResult>();
        int goldTotal = 0, predTotal = 0, empty = 0, emptyWithPredictions = 0;
        int flagged = 0, modalityAgrees = 0, attributionAgrees = 0;

        foreach (var (gold, predicted) in items)
        {
            ArgumentNullException.ThrowIfNull(gold);
            var pred = predicted ?? [];
            // Gold lists come from GoldFile (never null); a hand-built GoldSentence may still pass null.
            var g = gold.Events ?? [];
            goldTotal += g.Count;
            predTotal += pred.Count;
            if (g.Count == 0)
            {
                empty++;
                if (pred.Count > 0) emptyWithPredictions++;
            }

            var exactPairs = Match(g, pred, MatchLevel.Exact);
            var rootPairs = Match(g, pred, MatchLevel.Root);
            var loosePairs = Match(g, pred, MatchLevel.RootIgnoringActors);
            exact.Add(exactPairs.Count, g.Count, pred.Count);
            root.Add(rootPairs.Count, g.Count, pred.Count);
            loose.Add(loosePairs.Count, g.Count, pred.Count);

            foreach (var e in g) if (RootIndex(e.Cameo) is var r and > 0) perRootGold[r]++;
            foreach (var e in pred) if (RootIndex(e.Cameo) is var r and > 0) perRootPred[r]++;
            foreach (var (gi, _) in rootPairs) if (RootIndex(g[gi].Cameo) is var r and > 0) perRootTp[r]++;
            // The flags are judged where the event itself is right: on the root-level pairs.
            foreach (var (gi, pi) in rootPairs)
            {
                flagged++;
                if (string.Equals(g[gi].Modality, pred[pi].Modality, StringComparison.OrdinalIgnoreCase)) modalityAgrees++;
                if (ActorMatches(g[gi].Attribution, pred[pi].Attribution)) attributionAgrees++;
            }

            var goldUsed = new bool[g.Count];
            var predUsed = new bool[pred.Count];
            foreach (var (gi, pi) in rootPairs) { goldUsed[gi] = true; predUsed[pi] = true; }
            sentences.Add(new SentenceResult(
                gold.Id, g.Count, pred.Count, exactPairs.Count, rootPairs.Count,
                [.. g.Where((_, i) => !goldUsed[i])],
                [.. pred.Where((_, i) => !predUsed[i])])
            {
                WrongCode = [.. rootPairs.Where(p => !string.Equals(g[p.Gold].Cameo?.Trim(), pred[p.Predicted].Cameo?.Trim(), StringComparison.Ordinal))
                    .Select(p => (g[p.Gold], pred[p.Predicted]))],
            });
        }

        var table = CameoTable.Default;
        var perRoot = new List<RootScore>(20);
        for (var r = 1; r <= 20; r++)
        {
            var code = r.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var name = table.TryGet(code, out var info) ? info.Name : code;
            perRoot.Add(new RootScore(code, name, perRootGold[r], perRootPred[r],
                new MatchCounts(perRootTp[r], perRootPred[r] - perRootTp[r], perRootGold[r] - perRootTp[r])));
        }

        return new EvaluationReport
        {
            Sentences = sentences.Count,
            GoldEvents = goldTotal,
            PredictedEvents = predTotal,
            EmptySentences = empty,
            EmptySentencesWithPredictions = emptyWithPredictions,
            Overall = new OverallScores(exact.ToCounts(), root.ToCounts(), loose.ToCounts()),
            PerRoot = perRoot,
            SentenceResults = sentences,
            Flags = new FlagAgreement(flagged, modalityAgrees, attributionAgrees),
        };
    }

    /// <summary>Levels at which a predicted event may match a gold event.</summary>
    public enum MatchLevel { Exact, Root, RootIgnoringActors }

    /// <summary>True when <paramref name="predicted"/> matches <paramref name="gold"/> at <paramref name="level"/>.</summary>
    public static bool Matches(GoldEvent gold, PredictedEvent predicted, MatchLevel level)
    {
        var gc = (gold.Cameo ?? "").Trim();
        var pc = (predicted.Cameo ?? "").Trim();
        var codeOk = level == MatchLevel.Exact
            ? string.Equals(gc, pc, StringComparison.Ordinal)
            : gc.AsSpan(0, Math.Min(2, gc.Length)).SequenceEqual(pc.AsSpan(0, Math.Min(2, pc.Length)));   // so exact ⇒ root
        if (!codeOk) return false;
        if (level == MatchLevel.RootIgnoringActors) return true;
        return ActorMatches(gold.Source, predicted.Source) && ActorMatches(gold.Target, predicted.Target);
    }

    /// <summary>Gold actor pattern against a predicted actor code (see the class remarks).</summary>
    public static bool ActorMatches(string? goldPattern, string? predicted)
    {
        var p = predicted?.Trim();
        if (string.IsNullOrEmpty(goldPattern)) return string.IsNullOrEmpty(p);
        if (string.IsNullOrEmpty(p)) return false;
        var g = goldPattern.Trim();
        return g.EndsWith('*')
            ? p.StartsWith(g.AsSpan(0, g.Length - 1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(g, p, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Maximum matching between gold and predicted events at <paramref name="level"/> (Kuhn's augmenting
    /// paths; sentences hold a handful of events, so O(V·E) is negligible). Returns (gold index, predicted index) pairs.
    /// Gold events are tried in order and each tries its exact partners first, so exact pairs are kept
    /// together where the maximum matching allows (this affects only the reported leftovers, not the counts).
    /// </summary>
    public static IReadOnlyList<(int Gold, int Predicted)> Match(IReadOnlyList<GoldEvent> gold, IReadOnlyList<PredictedEvent> predicted, MatchLevel level)
    {
        if (gold.Count == 0 || predicted.Count == 0) return [];
        var adj = new List<int>[gold.Count];
        for (var i = 0; i < gold.Count; i++)
        {
            var list = new List<int>();
            for (var j = 0; j < predicted.Count; j++)
                if (Matches(gold[i], predicted[j], level)) list.Add(j);
            if (level != MatchLevel.Exact)
                list.Sort((a, b) => ExactFirst(gold[i], predicted[a]).CompareTo(ExactFirst(gold[i], predicted[b])));
            adj[i] = list;
        }
        var owner = new int[predicted.Count];
        Array.Fill(owner, -1);
        for (var i = 0; i < gold.Count; i++)
            TryAssign(i, new bool[predicted.Count]);

        var pairs = new List<(int, int)>();
        for (var j = 0; j < predicted.Count; j++)
            if (owner[j] >= 0) pairs.Add((owner[j], j));
        pairs.Sort();
        return pairs;

        bool TryAssign(int i, bool[] visited)
        {
            foreach (var j in adj[i])
            {
                if (visited[j]) continue;
                visited[j] = true;
                if (owner[j] < 0 || TryAssign(owner[j], visited))
                {
                    owner[j] = i;
                    return true;
                }
            }
            return false;
        }

        static int ExactFirst(GoldEvent g, PredictedEvent p) => Matches(g, p, MatchLevel.Exact) ? 0 : 1;
    }

    /// <summary>1–20 for a code whose first two characters are a CAMEO root, else 0.</summary>
    private static int RootIndex(string? code)
    {
        if (code is null) return 0;
        var c = code.Trim();
        if (c.Length < 2 || !char.IsAsciiDigit(c[0]) || !char.IsAsciiDigit(c[1])) return 0;
        var r = (c[0] - '0') * 10 + (c[1] - '0');
        return r is >= 1 and <= 20 ? r : 0;
    }

    private sealed class Tally
    {
        private int _tp, _fp, _fn;
        public void Add(int tp, int gold, int predicted)
        {
            _tp += tp;
            _fp += predicted - tp;
            _fn += gold - tp;
        }
        public MatchCounts ToCounts() => new(_tp, _fp, _fn);
    }
}
