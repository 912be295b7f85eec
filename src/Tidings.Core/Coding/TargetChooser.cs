using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Tidings.Documents;
using Tidings.Learning;
using Tidings.Output;

namespace Tidings.Coding;

/// <summary>
/// A learned second opinion on the target of the events the rules code (docs/decisions/145-learned-target-choice.md).
/// For one counted event the candidates are no target (NONE), the rules' own target, and every other coded actor its
/// sentence resolves (not the source); a ranking perceptron scores each from the dependency path between the trigger
/// and the candidate's head word (relations and preposition lemmas), its side and distance, the event's code and root,
/// the trigger lemma, the candidate's actor kind and country relation to the source, and the rules' own target path.
/// The rules' target is replaced only when the best candidate outscores it by at least <see cref="Margin"/>, a margin
/// chosen on out-of-fold scores by whole gold splits when the model was trained.
/// <para>Runs on an article's assembled events before they are merged (where <see cref="EventScorer.Filter"/> runs), so
/// mentions, merged events and <c>tidings explain</c> agree. Only events eval counts are re-chosen (the model is trained
/// on those alone). A re-chosen target says so in <see cref="Evidence.Rule"/>: its target path becomes
/// <c>learned:PATH</c>, and <c> learned-margin=M rule-tgt=OLD</c> follows. Immutable and thread-safe.</para>
/// </summary>
public sealed partial class TargetChooser
{
    public const string ModelKind = "target-chooser";
    /// <summary>Payload layout and feature set version; bump when either changes (the model must be retrained).</summary>
    public const int ModelVersion = 1;
    public const string EmbeddedPath = "models/roles.bin";
    /// <summary>
    /// Whether the default pipeline re-chooses targets when <see cref="SwitchVariable"/> is not set. Decision 145 gives
    /// the rule: on only when the out-of-fold gain holds on both halves of the tunable gold and does not lose on real
    /// news. Session 72 left it off because on the coder's own test sentences it broke expectations the written
    /// conventions set; session 73 (decision 149) added the guards (<see cref="ActiveGuards"/>) that keep it off those
    /// classes, retrained it with blind90, and found both halves gaining out of fold: on.
    /// </summary>
    public const bool OnByDefault = true;
    /// <summary>Environment switch: 1 (on, true) makes the default pipeline use the chooser, 0 (off, false) keeps the rules' targets.</summary>
    public const string SwitchVariable = "TIDINGS_TARGET_CHOOSER";

    private static readonly Lazy<TargetChooser?> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _model;

    public TargetChooser(PerceptronModel model, float margin, string description)
    {
        _model = ChooserModelFile.RequireTwoClasses(model, "target chooser");
        Margin = margin;
        Description = description;
    }

    /// <summary>How much the best candidate must outscore the rules' target to replace it; <see cref="float.PositiveInfinity"/> never replaces.</summary>
    public float Margin { get; }
    public string Description { get; }
    internal PerceptronModel Model => _model;
    public int FeatureCount => _model.FeatureCount;

    /// <summary>The embedded model (data/models/roles.bin), or null when the build has none or it cannot be read.</summary>
    public static TargetChooser? Embedded => s_default.Value;

    /// <summary>The chooser the default pipeline uses: <see cref="Embedded"/> when switched on, else null.</summary>
    public static TargetChooser? Default => IsOn ? Embedded : null;

    /// <summary><see cref="SwitchVariable"/> when set to a known value, else <see cref="OnByDefault"/>.</summary>
    public static bool IsOn => OptionalModels.IsOn(SwitchVariable, OnByDefault);

    private static TargetChooser? LoadDefault() => OptionalModels.LoadEmbedded(EmbeddedPath, "target chooser", Load);

    public static TargetChooser Load(string path)
    {
        using var fs = File.OpenRead(path);
        return Load(fs, path);
    }

    /// <summary>Reads a model; a wrong, damaged or truncated file is an <see cref="InvalidDataException"/> naming it.</summary>
    public static TargetChooser Load(Stream stream, string name) =>
        ChooserModelFile.Read(stream, name, ModelKind, ModelVersion, "target chooser", (model, margin, description) => new TargetChooser(model, margin, description));

    public void Save(string path) => ModelFile.Save(path, ModelKind, ModelVersion, Description, WritePayload);

    public void Save(Stream output) => ModelFile.Write(output, ModelKind, ModelVersion, Description, WritePayload);

    private void WritePayload(BinaryWriter w) => ChooserModelFile.WritePayload(w, Margin, _model);

    /// <summary>The same model with another margin (cross-validation tries several).</summary>
    public TargetChooser WithMargin(float margin) => new(_model, margin, Description);

    // ---- candidates ------------------------------------------------------------------------------------------------

    /// <summary>
    /// One possible target of an event: <see cref="Actor"/> null is NONE. <see cref="Head"/> is the candidate's head
    /// token (-1 when it has none in the sentence: NONE, or a rules' target built from a place or a country the coder
    /// inferred); <see cref="Path"/> the dependency path from the trigger to it ("none", "nohead", "far" when longer than
    /// four steps).
    /// </summary>
    public sealed record Candidate(ActorRef? Actor, int Head, string Path, bool IsRule, bool IsModifier)
    {
        public string? Code => Actor?.Code;
        /// <summary>The steps of <see cref="Path"/> (null when it has none: NONE, no head, or too far); the guards read them.</summary>
        public Route? Steps { get; init; }
    }

    /// <summary>The first token of the event's trigger in its sentence, or -1.</summary>
    public static int TriggerToken(Document doc, CodedEvent e)
    {
        if (e.Sentence < 0 || e.Sentence >= doc.SentenceCount) return -1;
        var s = doc.Sentence(e.Sentence);
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            var tok = doc.Token(t);
            if (tok.End <= e.Evidence.TriggerStart) continue;
            return tok.Start > e.Evidence.TriggerStart ? -1 : t;
        }
        return -1;
    }

    /// <summary>The head word of a token range: its first token whose head lies outside the range.</summary>
    public static int HeadOf(Document doc, TokenRange r)
    {
        for (int t = r.FirstToken; t < r.EndToken; t++)
        {
            int h = doc.Token(t).Head;
            if (h < r.FirstToken || h >= r.EndToken) return t;
        }
        return r.EndToken - 1;
    }

    /// <summary>
    /// The candidates of <paramref name="e"/>: NONE first, then the rules' target (when it has one), then each other
    /// coded actor of the sentence whose event code is neither the source's nor the rules' target's, one per code (the
    /// one nearest the trigger in the tree). Each marks whether it is the rules' pick.
    /// </summary>
    public static List<Candidate> Candidates(Document doc, CodedEvent e)
    {
        var list = new List<Candidate>(6);
        int trigger = TriggerToken(doc, e);
        list.Add(new Candidate(null, -1, "none", e.Target is null, false));
        if (e.Sentence < 0 || e.Sentence >= doc.SentenceCount) return list;
        var sentence = doc.Sentence(e.Sentence);
        var inSentence = new List<Actors.ActorMention>();
        foreach (var a in doc.Actors)
            if (a.Tokens.FirstToken >= sentence.FirstToken && a.Tokens.FirstToken < sentence.EndToken) inSentence.Add(a);
        if (e.Target is { } rt)
        {
            // The rules' target's own words in the sentence when there are some; else it has no head (a place's host, an
            // inferred country).
            int head = -1;
            bool modifier = false;
            foreach (var a in inSentence)
                if (a.Tokens.TextIn(doc) == rt.Text) { head = HeadOf(doc, a.Tokens); modifier = a.IsModifier; break; }
            list.Add(new Candidate(rt, head, head < 0 ? "nohead" : Path(doc, trigger, head), true, modifier) { Steps = RouteOf(doc, trigger, head) });
        }
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in inSentence)
        {
            if (Actors.ActorRecognizer.EventCode(doc, a) is not { Length: >= 3 } code) continue;
            if (code == e.Source.Code || code == e.Target?.Code) continue;
            int head = HeadOf(doc, a.Tokens);
            if (trigger >= 0 && head == trigger) continue;
            var c = new Candidate(new ActorRef(code, a.Name, a.Tokens.TextIn(doc), a.Country), head, Path(doc, trigger, head), false, a.IsModifier)
                { Steps = RouteOf(doc, trigger, head) };
            if (byCode.TryGetValue(code, out int at))
            {
                if (Steps(c.Path) < Steps(list[at].Path)) list[at] = c;
                continue;
            }
            byCode[code] = list.Count;
            list.Add(c);
        }
        return list;
    }

    /// <summary>
    /// The tokens on the tree path between two distinct tokens: <paramref name="up"/> from <paramref name="from"/> up to,
    /// not including, their lowest common ancestor; <paramref name="down"/> from <paramref name="to"/> up to it (nearest
    /// <paramref name="to"/> first). False when the two are not in one tree or more than four steps apart. Both
    /// <see cref="Path"/> and <see cref="RouteOf"/> read the path this way, so the guards and the features agree on it.
    /// </summary>
    private static bool Climb(Document doc, int from, int to, out List<int> up, out List<int> down)
    {
        up = new List<int>(8);
        for (int t = from, guard = 0; t >= 0 && guard < 64; t = doc.Token(t).Head, guard++) up.Add(t);
        down = new List<int>(8);
        int lca = -1;
        for (int t = to, guard = 0; t >= 0 && guard < 64; t = doc.Token(t).Head, guard++)
        {
            int k = up.IndexOf(t);
            if (k >= 0) { lca = t; up.RemoveRange(k, up.Count - k); break; }
            down.Add(t);
        }
        return lca >= 0 && up.Count + down.Count <= 4;
    }

    private static int Steps(string path) => path is "far" or "nohead" or "none" ? 99 : path.Count(ch => ch is '^' or 'v');

    /// <summary>
    /// The dependency path from <paramref name="from"/> up to the lowest common ancestor and down to <paramref name="to"/>:
    /// "^rel" for each step up, "vrel" for each step down, an oblique or nominal modifier's preposition lemma after it
    /// ("vobl:against"). "far" beyond four steps or when the two are not in one tree; "self" when they are one token.
    /// </summary>
    public static string Path(Document doc, int from, int to)
    {
        if (from < 0 || to < 0) return "nohead";
        if (from == to) return "self";
        if (!Climb(doc, from, to, out var up, out var down)) return "far";
        var sb = new StringBuilder();
        foreach (int t in up) sb.Append('^').Append(doc.Token(t).Relation ?? "?");
        for (int i = down.Count - 1; i >= 0; i--)
        {
            int t = down[i];
            string rel = doc.Token(t).Relation ?? "?";
            sb.Append('v').Append(rel);
            if (rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) || rel == "advcl")
                if (CaseOf(doc, t) is { } p) sb.Append(':').Append(p);
        }
        return sb.ToString();
    }

    /// <summary>The lemma of the case marker (preposition) of <paramref name="head"/>, or null.</summary>
    private static string? CaseOf(Document doc, int head)
    {
        int s = doc.SentenceOf(head);
        var sentence = doc.Sentence(s);
        for (int t = Math.Max(sentence.FirstToken, head - 6); t < head; t++)
            if (doc.Token(t).Head == head && doc.Token(t).Relation is "case" or "mark") return doc.Token(t).Lemma.ToLowerInvariant();
        return null;
    }

    // ---- features --------------------------------------------------------------------------------------------------

    /// <summary>The hashed features of <paramref name="c"/> as the target of <paramref name="e"/>; the list's order does not matter.</summary>
    public static ulong[] Features(Document doc, CodedEvent e, Candidate c, int trigger)
    {
        var f = new List<ulong>(32);
        var rule = EventScorer.SplitRule(e.Evidence.Rule);
        string code = e.Cameo;
        string root = code.Length >= 2 ? code[..2] : code;
        string lemma = trigger >= 0 ? doc.Token(trigger).Lemma.ToLowerInvariant() : "";
        string kind = c.Actor is null ? "none" : EventScorer.ActorKind(c.Actor);
        string path = c.Path;
        // The last step into the candidate: most of what a path says, and seen far more often than whole paths.
        int lastV = path.LastIndexOf('v');
        string last = lastV >= 0 ? path[lastV..] : path;
        string isRule = c.IsRule ? "R" : "-";
        f.Add(FeatureHash.Of(1, c.Actor is null ? "none" : "actor"));
        f.Add(FeatureHash.Of(2, isRule));
        f.Add(FeatureHash.Of(3, path));
        f.Add(FeatureHash.Of(4, path, root));
        f.Add(FeatureHash.Of(5, last));
        f.Add(FeatureHash.Of(6, last, root));
        f.Add(FeatureHash.Of(7, last, lemma));
        f.Add(FeatureHash.Of(8, path, isRule));
        f.Add(FeatureHash.Of(9, rule.Target, isRule, c.Actor is null ? "none" : "actor"));
        f.Add(FeatureHash.Of(10, rule.Target, last));
        f.Add(FeatureHash.Of(11, kind));
        f.Add(FeatureHash.Of(12, kind, root));
        f.Add(FeatureHash.Of(13, c.Actor is null ? "none" : "actor", root));
        f.Add(FeatureHash.Of(14, c.Actor is null ? "none" : "actor", code));
        f.Add(FeatureHash.Of(15, c.Actor is null ? "none" : "actor", lemma));
        f.Add(FeatureHash.Of(16, isRule, root));
        f.Add(FeatureHash.Of(17, rule.Kind, isRule));
        f.Add(FeatureHash.Of(18, rule.Frame, isRule));
        f.Add(FeatureHash.Of(19, last, c.IsModifier ? 1 : 0));
        if (c.Actor is { } a)
        {
            bool sameCountry = e.Source.Country is { } sc && a.Country == sc;
            f.Add(FeatureHash.Of(20, kind, sameCountry ? 1 : 0));
            f.Add(FeatureHash.Of(21, root, sameCountry ? 1 : 0));
            bool bareOfSource = sameCountry && a.Code is { Length: 3 };
            f.Add(FeatureHash.Of(22, root, bareOfSource ? 1 : 0));
        }
        if (c.Head >= 0 && trigger >= 0)
        {
            int d = c.Head - trigger;
            string side = d < 0 ? "L" : "R";
            int dist = Math.Abs(d);
            int bucket = dist <= 1 ? 0 : dist <= 3 ? 1 : dist <= 6 ? 2 : dist <= 12 ? 3 : 4;
            f.Add(FeatureHash.Of(23, side, bucket));
            f.Add(FeatureHash.Of(24, side, root));
            f.Add(FeatureHash.Of(25, side, last));
        }
        f.Add(FeatureHash.Of(26, path, lemma));
        return [.. f];
    }

    // ---- choosing --------------------------------------------------------------------------------------------------

    /// <summary>A candidate's score (higher: more likely the gold target).</summary>
    public float Score(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[2];
        _model.Score(features, scores);
        return scores[1];
    }

    /// <summary>The candidates of an event with their features; the rules' pick is at <c>RuleIndex</c> (NONE is index 0).</summary>
    public readonly record struct EventCandidates(List<Candidate> Candidates, ulong[][] Features, int RuleIndex);

    public static EventCandidates Extract(Document doc, CodedEvent e)
    {
        int trigger = TriggerToken(doc, e);
        var cands = Candidates(doc, e);
        var feats = cands.Select(c => Features(doc, e, c, trigger)).ToArray();
        int ruleIndex = cands.FindIndex(c => c.IsRule);
        return new EventCandidates(cands, feats, ruleIndex < 0 ? 0 : ruleIndex);
    }

    /// <summary>The best candidate and how far it outscores the rules' pick (0 when the rules' pick is best).</summary>
    public (int Best, float Lead) Choose(EventCandidates ec)
    {
        float ruleScore = Score(ec.Features[ec.RuleIndex]);
        int best = ec.RuleIndex;
        float bestScore = ruleScore;
        for (int i = 0; i < ec.Features.Length; i++)
        {
            float s = Score(ec.Features[i]);
            if (s > bestScore) { best = i; bestScore = s; }
        }
        return (best, bestScore - ruleScore);
    }

    /// <summary>
    /// <paramref name="events"/> (one article's, as <see cref="EventAssembler"/> built them) with each counted event's
    /// target re-chosen where the model's best candidate leads the rules' by at least <see cref="Margin"/>. A re-chosen
    /// event that would be a self-dyad or a state with its own organ keeps the rules' target; one that becomes a copy of
    /// another event of its sentence (same source, target and code) is dropped, as the assembler keeps one per key.
    /// <paramref name="leads"/>, when given, receives every counted event's (best candidate, lead) for <c>tidings explain</c>.
    /// </summary>
    public IReadOnlyList<CodedEvent> Apply(Document? doc, IReadOnlyList<CodedEvent> events, Dictionary<CodedEvent, (string Best, float Lead)>? leads = null)
    {
        if (doc is null || float.IsPositiveInfinity(Margin) && leads is null) return events;
        List<CodedEvent>? result = null;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            CodedEvent chosen = e;
            if (EventScorer.Scored(e))
            {
                var ec = Extract(doc, e);
                var (best, lead) = Choose(ec);
                leads?.TryAdd(e, (ec.Candidates[best].Code ?? "-", lead));
                if (best != ec.RuleIndex && lead >= Margin && Acceptable(e, ec.Candidates[best], ec.Candidates[ec.RuleIndex]))
                    chosen = Rechosen(e, ec.Candidates[best], ec.Candidates[ec.RuleIndex], lead);
            }
            // A re-choice that would copy another event of the sentence keeps the rules' target (guard Copies): the
            // rules coded one event per target they read there (co-ordinated targets, each side of a clash).
            if (!ReferenceEquals(chosen, e) && (ActiveGuards & Guard.Copies) != 0
                && (result ?? events.Take(i)).Concat(events.Skip(i + 1)).Any(o => SameKey(o, chosen)))
                chosen = e;
            if (!ReferenceEquals(chosen, e) && result is null) result = new List<CodedEvent>(events.Take(i));
            if (result is not null)
            {
                if (!ReferenceEquals(chosen, e) && result.Concat(events.Skip(i + 1)).Any(o => SameKey(o, chosen))) continue;
                result.Add(chosen);
            }
        }
        return result ?? events;
    }

    /// <summary>
    /// Whether the chooser may put <paramref name="c"/> in as <paramref name="e"/>'s target in place of the rules' pick
    /// <paramref name="rulePick"/> (training marks the others as never chosen, so cross-validation counts what the
    /// pipeline does): <see cref="Always"/> holds and none of the <see cref="ActiveGuards"/> refuses it (<see cref="Refusals"/>).
    /// </summary>
    public static bool Acceptable(CodedEvent e, Candidate c, Candidate? rulePick = null) =>
        Always(e, c) && (Refusals(c, rulePick) & ActiveGuards) == 0;

    /// <summary>
    /// The checks that hold whatever the guards: never the source itself or a state with its own organ
    /// (<see cref="EventAssembler.StateAndOwnOrgan"/>); never a bare state with its own organ or people at any root
    /// ("Norway expelled diplomats" is not aimed at Norway's government); and never an actor reached through a
    /// co-ordination ("Germany pledged aid and France sent a team", "Rwanda and Zambia issued bans"): a conjunct is the
    /// source's co-agent or another clause's participant, and the rules read the targets co-ordination shares (decision 142 ff.).
    /// </summary>
    public static bool Always(CodedEvent e, Candidate c)
    {
        if (c.Actor is null) return true;
        if (c.Code == e.Source.Code || EventAssembler.StateAndOwnOrgan(e.Source.Code, c.Code, e.Cameo)) return false;
        if (e.Source.Country is { } sc && c.Actor.Country == sc && (e.Source.Code?.Length == 3 || c.Code?.Length == 3)) return false;
        return !c.Path.Contains("conj", StringComparison.Ordinal);
    }

    private static bool SameKey(CodedEvent a, CodedEvent b) =>
        a.Sentence == b.Sentence && a.Article == b.Article && a.Source.Code == b.Source.Code && a.Target?.Code == b.Target?.Code
        && a.Cameo == b.Cameo && EventScorer.Scored(a);

    /// <summary>The event with <paramref name="c"/> as its target, its rule saying so.</summary>
    public static CodedEvent Rechosen(CodedEvent e, Candidate c, Candidate rulePick, float lead)
    {
        string rule = e.Evidence.Rule;
        var parts = EventScorer.SplitRule(rule);
        string learned = "learned:" + c.Path;
        int at = rule.IndexOf(",tgt=", StringComparison.Ordinal);
        string newRule = at >= 0
            ? string.Concat(rule.AsSpan(0, at + 5), learned, rule.AsSpan(at + 5 + parts.Target.Length))
            : rule + ",tgt=" + learned;
        newRule += string.Create(CultureInfo.InvariantCulture, $" learned-margin={lead:0.00} rule-tgt={rulePick.Code ?? "none"}");
        return e with { Target = c.Actor, Evidence = e.Evidence with { Rule = newRule } };
    }
}
