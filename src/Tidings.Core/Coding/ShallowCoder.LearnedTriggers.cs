using System.Globalization;
using Tidings.Actors;
using Tidings.Documents;
using Tidings.Learning;
using Tidings.Pipeline;

namespace Tidings.Coding;

/// <summary>
/// One candidate trigger of a sentence the rules left uncoded (<see cref="ShallowCoder.LearnedTriggerCandidates"/>): the
/// token, the source and target actor mentions the coder's tree roles read for it (-1: none) with how they were read, the
/// event codes of those actors, and the candidate's hashed features for <see cref="LearnedTriggerModel"/>.
/// </summary>
/// <param name="Coded">True when the rules coded an event in the candidate's sentence: such candidates are only training
/// examples (the model learns what the rules' triggers look like through their classes), never proposals.</param>
public sealed record TriggerCandidate(int Sentence, int Token, string Lemma, int Source, int Target, string SourceHow, string TargetHow,
    string? SourceCode, string? TargetCode, bool Negated, bool Conditional, ulong[] Features, bool Coded = false)
{
    /// <summary>What the token is: "verb", "xcomp" (a verb under another), "participle", "root-noun" (a verbless line's
    /// head) or "noun" (an event noun in the clause's core with a doer the tree reads).</summary>
    public string Kind { get; init; } = "verb";
    /// <summary>Per feature, its template number (the trainer's ablations drop whole templates); empty when unknown.</summary>
    public byte[] Groups { get; init; } = [];

    /// <summary>Whether the model may turn this candidate into an event: it has a source, and the sentence does not say the
    /// act did not happen or only might (eval counts neither).</summary>
    public bool Eligible => Source >= 0 && !Negated && !Conditional;
}

public sealed partial class ShallowCoder
{
    /// <summary>The learned trigger model this coder consults for sentences its rules leave uncoded (decision 144), or null.</summary>
    public LearnedTriggerModel? Triggers { get; init; }

    /// <summary>This coder over the same lexicon with <paramref name="triggers"/> as its learned trigger model (null: rules alone).</summary>
    public ShallowCoder WithTriggers(LearnedTriggerModel? triggers) => new(Lexicon) { Triggers = triggers };

    /// <summary>
    /// Adds at most one learned event per sentence that has no event mention from the rules and names an actor: the
    /// best candidate of the sentence when its margin reaches the model's threshold. Invariant: a sentence the rules coded
    /// (any mention, negated or background ones included) is never touched.
    /// </summary>
    private static void ProposeLearnedEvents(Document doc, int[] actorOf, LearnedTriggerModel model)
    {
        var proposals = new List<EventMention>();
        foreach (var (sentence, candidates) in CandidatesOfSentences(doc, actorOf, includeCoded: false))
        {
            TriggerCandidate? best = null;
            string bestCode = "";
            float bestMargin = float.NegativeInfinity;
            foreach (var c in candidates)
            {
                if (!c.Eligible || !model.Proposes(c.Kind)) continue;
                var (code, margin) = model.Best(c.Features);
                if (margin > bestMargin) { best = c; bestCode = code; bestMargin = margin; }
            }
            if (best is null || bestMargin < model.Threshold) continue;
            // A rare code is learned as its root ("03"): the event carries the root's own CAMEO code ("030"), as every later
            // stage expects a code of three digits or more.
            if (bestCode.Length == 2) bestCode += "0";
            proposals.Add(new EventMention
            {
                Sentence = sentence,
                Trigger = new TokenRange(best.Token, best.Token + 1),
                Cameo = bestCode,
                Source = best.Source,
                Target = best.Target,
                Rule = string.Create(CultureInfo.InvariantCulture,
                    $"learned:trigger {best.Lemma}→{bestCode} m={bestMargin:0.00} src={best.SourceHow},tgt={best.TargetHow}"),
            });
        }
        doc.Events.AddRange(proposals);
    }

    /// <summary>
    /// Every candidate trigger of every sentence of <paramref name="doc"/> (already coded by the rules) that names at least
    /// one actor and has no event mention (with <paramref name="includeCoded"/>, sentences with one too, their candidates
    /// marked <see cref="TriggerCandidate.Coded"/>), in text order. What the trainer reads; the coder scores the uncoded ones.
    /// </summary>
    public List<TriggerCandidate> LearnedTriggerCandidates(Document doc, bool includeCoded = false) =>
        doc.TokenCount == 0 ? [] : [.. CandidatesOfSentences(doc, ActorIndex(doc), includeCoded).SelectMany(x => x.Candidates)];

    private static IEnumerable<(int Sentence, List<TriggerCandidate> Candidates)> CandidatesOfSentences(Document doc, int[] actorOf, bool includeCoded)
    {
        if ((doc.Annotations & Annotation.Dependencies) == 0) yield break;
        var coded = new HashSet<int>(doc.Events.Select(m => m.Sentence));
        var tree = new TreeRoles(doc, actorOf);
        for (int si = 0; si < doc.SentenceCount; si++)
        {
            bool isCoded = coded.Contains(si);
            if (isCoded && !includeCoded) continue;
            var sent = doc.Sentence(si);
            int f = sent.FirstToken, e = sent.EndToken;
            bool anyActor = false;
            for (int t = f; t < e && !anyActor; t++) anyActor = actorOf[t] >= 0;
            if (!anyActor || IsPageClutter(doc, f, e)) continue;
            tree.Load(f, e);
            var list = new List<TriggerCandidate>();
            for (int t = f; t < e; t++)
            {
                if (Candidate(doc, actorOf, tree, si, f, e, t) is not { } c) continue;
                list.Add(isCoded ? c with { Coded = true } : c);
                // The candidate's own reading found no target: the coder's target reading (passive subjects, coordinated and
                // prepositional targets, decision 150) may. A twin with that target competes beside it, its kind marked.
                if (c.Target < 0 && c.Source >= 0 && CoderTarget(tree, doc, t, c.Kind is "noun" or "root-noun", c.Source) is var (ct, cHow) && ct >= 0
                    && Candidate(doc, actorOf, tree, si, f, e, t, ct, cHow) is { } twin)
                    list.Add(isCoded ? twin with { Coded = true } : twin);
            }
            if (list.Count > 0) yield return (si, list);
        }
    }

    /// <summary>Modals whose verb tells a possible, intended or demanded act rather than one done.</summary>
    private static readonly HashSet<string> LearnedModals = new(StringComparer.OrdinalIgnoreCase)
        { "will", "would", "could", "may", "might", "should", "must", "can", "shall" };

    /// <summary>
    /// The candidate at token <paramref name="t"/>: a verb outside actor mentions, or the root noun of a verbless line
    /// ("Clashes in the capital"). Source from <see cref="TreeRoles.VerbSource"/> (<see cref="TreeRoles.NounSource"/> for
    /// the noun); target the first actor among the object, then the obliques (with their preposition), then an "of"
    /// phrase of the object, never the source itself. Null for any other token.
    /// </summary>
    /// <summary>Prepositions a learned event's target may follow when the coder's target reading is asked without a lexicon
    /// row (the union of the rows' usual target prepositions).</summary>
    private static readonly TriggerEntry WideVerbEntry = new()
    {
        Trigger = "-", Kind = TriggerKind.Verb, Cameo = "000",
        Preps = ["against", "with", "on", "to", "at", "for", "over", "into", "from", "toward", "towards", "about", "between", "upon"],
    };

    private static readonly TriggerEntry WideNounEntry = WideVerbEntry with { Kind = TriggerKind.Noun };

    /// <summary>The first target <see cref="TreeRoles.Targets"/> reads for token <paramref name="t"/> with any usual target
    /// preposition, other than <paramref name="source"/>, and how; (-1, "") when none.</summary>
    private static (int Target, string How) CoderTarget(TreeRoles tree, Document doc, int t, bool noun, int source)
    {
        var targets = new List<int>(2);
        var how = tree.Targets(t, noun, noun ? WideNounEntry : WideVerbEntry, targets, source, new TokenRange(t, t + 1));
        if (how is null) return (-1, "");
        foreach (var a in targets)
            if (a >= 0 && a != source) return (a, "coder:" + how);
        return (-1, "");
    }

    private static TriggerCandidate? Candidate(Document doc, int[] actorOf, TreeRoles tree, int sentence, int f, int e, int t,
        int forcedTarget = -1, string forcedHow = "")
    {
        var tok = doc.Token(t);
        var upos = tok.Upos;
        string rel = tok.Relation ?? "";
        if (actorOf[t] >= 0) return null;
        bool rootNoun = upos is Upos.NOUN && rel == "root";
        // An event noun in a clause's core ("X held talks with Y", "talks were held", "strikes on Y") reads its doer through
        // NounSource (a light verb's subject, a possessive, a by-agent); only one with a doer is a candidate (decision 150).
        bool coreNoun = upos is Upos.NOUN && !rootNoun && rel is "obj" or "nsubj" or "nsubj:pass" or "obl";
        bool noun = rootNoun || coreNoun;
        if (!(upos is Upos.VERB || noun)) return null;
        string how;
        int source = noun ? tree.NounSource(t, out how) : tree.VerbSource(t, out how);
        if (coreNoun && source < 0) return null;
        string kind = rootNoun ? "root-noun" : coreNoun ? "noun" : rel.StartsWith("xcomp", StringComparison.Ordinal) ? "xcomp"
            : rel.StartsWith("acl", StringComparison.Ordinal) || rel == "amod" ? "participle" : "verb";
        int target = -1;
        string targetHow = "tree:none";
        int obj = -1;
        string? modal = null, mark = null;
        bool negated = false;
        var obls = new List<(string Case, int Node)>();
        int xcomp = -1;
        for (int k = f; k < e; k++)
        {
            if (k == t || doc.Token(k).Head != t) continue;
            string r = doc.Token(k).Relation ?? "";
            string lemma = doc.Token(k).Lemma.ToLowerInvariant();
            if (r is "obj" or "iobj" && obj < 0) obj = k;
            else if (r.StartsWith("obl", StringComparison.Ordinal) || (noun && r.StartsWith("nmod", StringComparison.Ordinal)))
                obls.Add((CaseWord(doc, f, e, k) ?? "-", k));
            else if (r == "advmod" && lemma is "not" or "never" or "n't") negated = true;
            else if (r == "aux" && LearnedModals.Contains(lemma)) modal = lemma;
            else if (r == "mark") mark = lemma;
            else if (r == "xcomp" && xcomp < 0) xcomp = k;
        }
        bool conditional = mark is "if" or "unless";
        void TryTarget(int node, string path)
        {
            if (target >= 0 || node < 0) return;
            int a = tree.ActorOfNode(node);
            if (a >= 0 && a != source) { target = a; targetHow = path; }
        }
        TryTarget(obj, "tree:obj");
        foreach (var (c, node) in obls) TryTarget(node, "tree:obl:" + c);
        if (target < 0 && obj >= 0)
            for (int k = f; k < e && target < 0; k++)
                if (doc.Token(k).Head == obj && (doc.Token(k).Relation ?? "").StartsWith("nmod", StringComparison.Ordinal))
                    TryTarget(k, "tree:obj-nmod:" + (CaseWord(doc, f, e, k) ?? "-"));

        // "Peru held talks with Chile": the parse may hang the event noun's partner on the light verb rather than the noun.
        if (target < 0 && coreNoun && tok.Head >= f && tok.Head < e)
            for (int k = f; k < e && target < 0; k++)
                if (k != t && doc.Token(k).Head == tok.Head && (doc.Token(k).Relation ?? "").StartsWith("obl", StringComparison.Ordinal))
                    TryTarget(k, "tree:head-obl:" + (CaseWord(doc, f, e, k) ?? "-"));

        if (forcedTarget >= 0)
        {
            target = forcedTarget;
            targetHow = forcedHow;
            kind += "+coder-target";
        }

        string? srcCode = source >= 0 ? ActorRecognizer.EventCode(doc, doc.Actors[source]) : null;
        string? tgtCode = target >= 0 ? ActorRecognizer.EventCode(doc, doc.Actors[target]) : null;
        var wc = WordClasses.Default;
        var lcc = LexiconClassCodes.Default;
        string lemmaT = tok.Lemma.ToLowerInvariant();
        int Cls(string w, int col) => wc?.ClassOf(WordClasses.Normalize(w), col) ?? -1;
        int lc256 = Cls(lemmaT, 0), lc64 = Cls(lemmaT, 1), fc256 = Cls(tok.Text, 0);
        string suffix = lemmaT.Length > 3 ? lemmaT[^3..] : lemmaT;
        string srcKind = Kind(doc, source, srcCode), tgtKind = Kind(doc, target, tgtCode);
        var x = new List<ulong>(64);
        var groups = new List<byte>(64);
        // Every feature carries its template number as its group, so the trainer can measure a model without a group.
        void Add(int group, ulong hash) { x.Add(hash); groups.Add((byte)group); }
        Add(1, FeatureHash.Of(1, 0));
        Add(2, FeatureHash.Of(2, lemmaT));
        Add(3, FeatureHash.Of(3, lc256));
        Add(4, FeatureHash.Of(4, lc64));
        Add(5, FeatureHash.Of(5, fc256));
        Add(6, FeatureHash.Of(6, suffix));
        Add(7, FeatureHash.Of(7, tok.Xpos ?? upos.ToString()));
        Add(8, FeatureHash.Of(8, rel));
        Add(9, FeatureHash.Of(9, rel, lc64));
        Add(10, FeatureHash.Of(10, !noun && tree.IsPassive(t) ? 1 : 0));
        Add(11, FeatureHash.Of(11, negated ? 1 : 0, conditional ? 1 : 0));
        Add(12, FeatureHash.Of(12, modal ?? "-"));
        Add(13, FeatureHash.Of(13, mark ?? "-"));
        Add(14, FeatureHash.Of(14, srcKind));
        Add(15, FeatureHash.Of(15, tgtKind));
        Add(16, FeatureHash.Of(16, srcKind, tgtKind));
        Add(17, FeatureHash.Of(17, tgtKind, lc64));
        Add(18, FeatureHash.Of(18, srcKind + "|" + tgtKind, lc256));
        Add(19, FeatureHash.Of(19, how));
        Add(20, FeatureHash.Of(20, targetHow));
        Add(21, FeatureHash.Of(21, targetHow, lc64));
        Add(22, FeatureHash.Of(22, Math.Min(e - f, 60) / 10));
        Add(23, FeatureHash.Of(23, source >= 0 && target >= 0 && doc.Actors[source].Country is { } sc && sc == doc.Actors[target].Country ? 1 : 0));
        int head = tok.Head;
        if (head >= f && head < e && head != t)
        {
            string hl = doc.Token(head).Lemma.ToLowerInvariant();
            Add(24, FeatureHash.Of(24, hl));
            Add(25, FeatureHash.Of(25, rel, Cls(hl, 1)));
            // The governing verb's lexicon roots: an event noun in a light verb's object ("held talks") or a verb under
            // another ("moved to sanction") takes meaning from its head.
            foreach (var r in lcc.OwnRoots(hl, noun: false)) Add(46, FeatureHash.Of(46, r, rel));
        }
        // What the lexicon says about the word and its class-mates (decision 150): the roots of its own rows, and the most
        // frequent roots of the other lemmas of its 256- and 64-class, the first also crossed with the target's kind.
        bool asNoun = upos is Upos.NOUN;
        foreach (var r in lcc.OwnRoots(lemmaT, asNoun)) Add(40, FeatureHash.Of(40, r));
        var c256 = lcc.ClassRoots(lemmaT, 0, asNoun);
        var c64 = lcc.ClassRoots(lemmaT, 1, asNoun);
        foreach (var r in c256) Add(41, FeatureHash.Of(41, r));
        foreach (var r in c64) Add(42, FeatureHash.Of(42, r));
        if (c256.Count > 0) Add(43, FeatureHash.Of(43, c256[0], tgtKind));
        else if (c64.Count > 0) Add(43, FeatureHash.Of(43, "64:" + c64[0], tgtKind));
        if (obj >= 0)
        {
            string ol = doc.Token(obj).Lemma.ToLowerInvariant();
            int oc64 = Cls(ol, 1);
            Add(26, FeatureHash.Of(26, ol));
            Add(27, FeatureHash.Of(27, oc64));
            Add(28, FeatureHash.Of(28, lc64, oc64));
            Add(29, FeatureHash.Of(29, lc256, oc64));
            Add(30, FeatureHash.Of(30, lemmaT, ol));
            Add(31, FeatureHash.Of(31, actorOf[obj] >= 0 ? 1 : 0));
            // The object noun's own lexicon roots and its class-mates' ("staged a walkout" when only "strike" is a row).
            if (actorOf[obj] < 0)
            {
                foreach (var r in lcc.OwnRoots(ol, noun: true)) Add(44, FeatureHash.Of(44, r));
                var oc = lcc.ClassRoots(ol, 1, noun: true);
                if (oc.Count > 0) Add(45, FeatureHash.Of(45, oc[0]));
            }
        }
        else Add(26, FeatureHash.Of(26, "-"));
        foreach (var (c, node) in obls)
        {
            int nc64 = Cls(doc.Token(node).Lemma, 1);
            Add(32, FeatureHash.Of(32, c));
            Add(33, FeatureHash.Of(33, c, nc64));
            Add(34, FeatureHash.Of(34, c, lc64));
            Add(35, FeatureHash.Of(35, lemmaT, c));
        }
        if (xcomp >= 0)
        {
            string xl = doc.Token(xcomp).Lemma.ToLowerInvariant();
            Add(36, FeatureHash.Of(36, xl));
            Add(37, FeatureHash.Of(37, Cls(xl, 1)));
            foreach (var r in lcc.OwnRoots(xl, noun: false)) Add(47, FeatureHash.Of(47, r));
        }
        Add(48, FeatureHash.Of(48, kind));
        return new TriggerCandidate(sentence, t, lemmaT, source, target, how, targetHow, srcCode, tgtCode, negated, conditional, [.. x])
            { Kind = kind, Groups = [.. groups] };
    }

    /// <summary>The preposition ("case" child) of a nominal, lower case, or null.</summary>
    private static string? CaseWord(Document doc, int f, int e, int node)
    {
        for (int k = f; k < e; k++)
            if (doc.Token(k).Head == node && doc.Token(k).Relation == "case") return doc.Token(k).Text.ToLowerInvariant();
        return null;
    }

    /// <summary>The kind of an actor for the model: none, uncoded, country, country with a role (which), a bare role, or another
    /// coded actor by its first three letters (IGO, NGO, ...), as <see cref="EventScorer.ActorKind"/> reads output actors.</summary>
    private static string Kind(Document doc, int actor, string? code)
    {
        if (actor < 0) return "none";
        if (code is not { Length: > 0 }) return "uncoded";
        if (doc.Actors[actor].Country is not null)
            return code.Length == 3 ? "country" : code.Length >= 6 ? "country+" + code.Substring(3, 3) : "country+?";
        if (code.Length == 3 && ActorLexicon.RoleCodes.Contains(code)) return "role";
        return code.Length >= 3 ? "other:" + code[..3] : "other";
    }
}
