using System.Globalization;
using Tidings.Documents;
using Tidings.Learning;
using Tidings.Output;

namespace Tidings.Coding;

/// <summary>
/// A learned second opinion on the exact code of the events the rules code, within the root the rules chose
/// (docs/decisions/151-learned-code-within-the-root.md). For one counted event the candidates are the rules' code and the
/// codes of <see cref="CameoTable"/> that refine it within its root (<see cref="Refines"/>: any code of the root for the
/// root's bare code, the four-digit children of a three-digit code; never another root); a ranking perceptron scores each from the
/// event's features — the rules' code and the frame that matched, the trigger lemma and its word classes, the object
/// head's lemma, word classes and object classes, the trigger's prepositions, the modality, whether a number, place or
/// a weapon, money or force word is in the sentence, the actors' kinds — each crossed with the candidate code and with
/// the candidate's relation to the rules' code (same, parent, child, sibling, bare root code, other). The rules' code is
/// replaced only when the best candidate outscores it by at least <see cref="Margin"/>, chosen on out-of-fold scores by
/// whole gold splits when the model was trained.
/// <para>Invariants: the root, source, target, modality, negation and every other field but the code and what follows
/// from it (name, QuadClass, Goldstein, PLOVER, all read from <see cref="CameoTable"/>) are kept. Runs on an article's
/// assembled events before they are merged (where <see cref="EventScorer.Filter"/> runs), so mentions, merged events and
/// <c>tidings explain</c> agree. A re-chosen code says so in <see cref="Evidence.Rule"/>:
/// <c> code=learned:NEW←OLD lead=M</c> is appended. Immutable and thread-safe.</para>
/// </summary>
public sealed class CodeChooser
{
    public const string ModelKind = "code-chooser";
    /// <summary>Payload layout and feature set version; bump when either changes (the model must be retrained).</summary>
    public const int ModelVersion = 1;
    public const string EmbeddedPath = "models/codes.bin";
    /// <summary>
    /// Whether the default pipeline re-chooses codes when <see cref="SwitchVariable"/> is not set. Decision 151: on only
    /// when the out-of-fold exact gain holds on both halves of the tunable gold and does not lose on real news.
    /// </summary>
    public const bool OnByDefault = false;
    /// <summary>Environment switch: 1 (on, true) makes the default pipeline use the chooser, 0 (off, false) keeps the rules' codes.</summary>
    public const string SwitchVariable = "TIDINGS_CODE_CHOOSER";

    private static readonly Lazy<CodeChooser?> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PerceptronModel _model;

    public CodeChooser(PerceptronModel model, float margin, string description)
    {
        _model = ChooserModelFile.RequireTwoClasses(model, "code chooser");
        Margin = margin;
        Description = description;
    }

    /// <summary>How much the best candidate must outscore the rules' code to replace it; <see cref="float.PositiveInfinity"/> never replaces.</summary>
    public float Margin { get; }
    public string Description { get; }
    internal PerceptronModel Model => _model;
    public int FeatureCount => _model.FeatureCount;

    /// <summary>The embedded model (data/models/codes.bin), or null when the build has none or it cannot be read.</summary>
    public static CodeChooser? Embedded => s_default.Value;

    /// <summary>The chooser the default pipeline uses: <see cref="Embedded"/> when switched on, else null.</summary>
    public static CodeChooser? Default => IsOn ? Embedded : null;

    /// <summary><see cref="SwitchVariable"/> when set to a known value, else <see cref="OnByDefault"/>.</summary>
    public static bool IsOn => OptionalModels.IsOn(SwitchVariable, OnByDefault);

    private static CodeChooser? LoadDefault() => OptionalModels.LoadEmbedded(EmbeddedPath, "code chooser", Load);

    public static CodeChooser Load(string path)
    {
        using var fs = File.OpenRead(path);
        return Load(fs, path);
    }

    /// <summary>Reads a model; a wrong, damaged or truncated file is an <see cref="InvalidDataException"/> naming it.</summary>
    public static CodeChooser Load(Stream stream, string name) =>
        ChooserModelFile.Read(stream, name, ModelKind, ModelVersion, "code chooser", (model, margin, description) => new CodeChooser(model, margin, description));

    public void Save(string path) => ModelFile.Save(path, ModelKind, ModelVersion, Description, WritePayload);

    public void Save(Stream output) => ModelFile.Write(output, ModelKind, ModelVersion, Description, WritePayload);

    private void WritePayload(BinaryWriter w) => ChooserModelFile.WritePayload(w, Margin, _model);

    /// <summary>The same model with another margin (tests and cross-validation try several).</summary>
    public CodeChooser WithMargin(float margin) => new(_model, margin, Description);

    // ---- candidates ------------------------------------------------------------------------------------------------

    /// <summary>
    /// The codes an event coded <paramref name="code"/> may take: the code itself (first) and every code of
    /// <paramref name="table"/> that refines it (<see cref="Refines"/>), in table order. Never a code of another root, never a
    /// sibling or a coarser code: the rules' specific code is the reading of a specific wording, kept as it is (decision 151).
    /// </summary>
    public static List<string> Candidates(string code, CameoTable? table = null)
    {
        table ??= CameoTable.Default;
        var list = new List<string> { code };
        foreach (var c in table.All)
            if (Refines(code, c.Code)) list.Add(c.Code);
        return list;
    }

    /// <summary>
    /// True when <paramref name="candidate"/> says more than the rules' <paramref name="rule"/> code within its root: any
    /// other three- or four-digit code of the root for the root's bare code ("020" → "0256", "190" → "193"), a four-digit
    /// child for a three-digit code ("112" → "1123"). Out of fold by whole splits, re-choices among siblings or to a coarser
    /// code were wrong more often than right (decision 151): a rule that coded a specific code read a specific wording.
    /// </summary>
    public static bool Refines(string rule, string candidate)
    {
        if (candidate == rule || candidate.Length < 3 || rule.Length < 3 || CameoTable.Root(candidate) != CameoTable.Root(rule)) return false;
        if (rule.Length == 3 && rule[2] == '0') return true;
        return candidate.Length > rule.Length && candidate.StartsWith(rule, StringComparison.Ordinal);
    }

    /// <summary>
    /// How <paramref name="candidate"/> stands to the rules' <paramref name="rule"/> code: "same"; "bare" (the root's own
    /// three-digit code, "040", for a rule code that is not); "parent" (the rule's code extends it: 023 for 0234);
    /// "child" (it extends the rule's code: 0234 for 023); "sibling" (same length, same parent: 0233 for 0234, 042 for
    /// 043); else "other" with both lengths.
    /// </summary>
    public static string Relation(string rule, string candidate)
    {
        if (candidate == rule) return "same";
        if (candidate.Length == 3 && candidate[2] == '0') return "bare";
        if (rule.StartsWith(candidate, StringComparison.Ordinal)) return "parent";
        if (candidate.StartsWith(rule, StringComparison.Ordinal)) return "child";
        if (candidate.Length == rule.Length && candidate.AsSpan(0, candidate.Length - 1).SequenceEqual(rule.AsSpan(0, rule.Length - 1))) return "sibling";
        return "other" + rule.Length.ToString(CultureInfo.InvariantCulture) + candidate.Length.ToString(CultureInfo.InvariantCulture);
    }

    // ---- features --------------------------------------------------------------------------------------------------

    /// <summary>
    /// The features of <paramref name="e"/> that do not depend on the candidate, as hashes (each is later crossed with
    /// a candidate's code and with its relation to the rules' code). Without a document only the rule's and actors' parts.
    /// </summary>
    public static List<ulong> EventFeatures(Document? doc, CodedEvent e)
    {
        var f = new List<ulong>(48);
        var rule = EventScorer.SplitRule(e.Evidence.Rule);
        string code = e.Cameo;
        f.Add(FeatureHash.Of(1, "bias"));
        f.Add(FeatureHash.Of(2, code));
        f.Add(FeatureHash.Of(3, rule.Frame));
        f.Add(FeatureHash.Of(4, rule.Kind, code));
        f.Add(FeatureHash.Of(5, rule.Target, code));
        f.Add(FeatureHash.Of(6, e.Modality));
        string srcKind = EventScorer.ActorKind(e.Source), tgtKind = EventScorer.ActorKind(e.Target);
        f.Add(FeatureHash.Of(7, srcKind));
        f.Add(FeatureHash.Of(8, tgtKind));
        f.Add(FeatureHash.Of(9, srcKind, tgtKind));
        f.Add(FeatureHash.Of(10, e.Evidence.Trigger.ToLowerInvariant()));
        if (doc is null || e.Sentence < 0 || e.Sentence >= doc.SentenceCount) return f;

        var sentence = doc.Sentence(e.Sentence);
        int trigger = TargetChooser.TriggerToken(doc, e);
        var classes = WordClasses.Default;
        var objectClasses = CodingLexicon.Default.ObjectClasses;
        string lemma = trigger >= 0 ? doc.Token(trigger).Lemma.ToLowerInvariant() : "";
        f.Add(FeatureHash.Of(11, lemma));
        f.Add(FeatureHash.Of(12, lemma, code));
        if (trigger >= 0)
        {
            f.Add(FeatureHash.Of(13, doc.Token(trigger).Upos.ToString()));
            AddClasses(14, doc.Token(trigger).Text);
        }

        // The trigger's dependents: its object (or clausal complement) and what the object's own words are; each
        // preposition and the noun it governs ("accused of spying", "clashed with police").
        int obj = -1;
        for (int t = sentence.FirstToken; trigger >= 0 && t < sentence.EndToken; t++)
        {
            var tok = doc.Token(t);
            if (tok.Head != trigger || t == trigger) continue;
            string rel = tok.Relation ?? "";
            if (rel is "obj" or "iobj" or "xcomp" or "ccomp" || rel.StartsWith("nsubj:pass", StringComparison.Ordinal))
            {
                if (obj < 0 || rel == "obj") obj = t;
            }
            else if (rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal) || rel == "advcl")
            {
                string prep = CaseOf(doc, sentence, t) ?? "-";
                f.Add(FeatureHash.Of(20, prep));
                f.Add(FeatureHash.Of(21, prep, tok.Lemma.ToLowerInvariant()));
                f.Add(FeatureHash.Of(22, lemma, prep));
            }
            f.Add(FeatureHash.Of(23, rel));
        }
        if (obj >= 0)
        {
            var o = doc.Token(obj);
            string objLemma = o.Lemma.ToLowerInvariant();
            f.Add(FeatureHash.Of(24, objLemma));
            f.Add(FeatureHash.Of(25, lemma, objLemma));
            f.Add(FeatureHash.Of(26, o.Relation ?? ""));
            AddClasses(27, o.Text);
            foreach (var (name, oc) in objectClasses)
                if (oc.Contains(o.Span, o.Lemma)) f.Add(FeatureHash.Of(28, name));
        }
        else f.Add(FeatureHash.Of(24, "-none-"));

        // What else the sentence holds: a number, a place, a word of an object class (weapon, money, force ...).
        bool number = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var tok = doc.Token(t);
            if (tok.Upos == Upos.NUM) number = true;
            if (tok.Upos is Upos.NOUN or Upos.PROPN)
                foreach (var (name, oc) in objectClasses)
                    if (!seen.Contains(name) && oc.Contains(tok.Span, tok.Lemma)) seen.Add(name);
        }
        f.Add(FeatureHash.Of(30, number ? 1 : 0));
        foreach (var name in seen) f.Add(FeatureHash.Of(31, name));
        bool place = doc.Places.Any(p => p.Tokens.FirstToken >= sentence.FirstToken && p.Tokens.FirstToken < sentence.EndToken);
        f.Add(FeatureHash.Of(32, place ? 1 : 0));
        return f;

        void AddClasses(int template, string word)
        {
            if (classes is null) return;
            string key = WordClasses.Normalize(word);
            for (int col = 0; col < classes.Clusterings; col++)
                f.Add(FeatureHash.Of(template, col, classes.ClassOf(key, col)));
        }
    }

    /// <summary>The lemma of the case marker (preposition) of <paramref name="head"/>, or null.</summary>
    private static string? CaseOf(Document doc, Sentence sentence, int head)
    {
        for (int t = Math.Max(sentence.FirstToken, head - 6); t < head; t++)
            if (doc.Token(t).Head == head && doc.Token(t).Relation is "case" or "mark") return doc.Token(t).Lemma.ToLowerInvariant();
        return null;
    }

    /// <summary>
    /// The words of a sentence that a code's CAMEO name can share: the first five letters of each content word's lemma
    /// (nouns, verbs, adjectives, names) and the word classes of those words. Empty without a document.
    /// </summary>
    public sealed record SentenceWords(HashSet<string> Stems, HashSet<int> Classes)
    {
        public static readonly SentenceWords None = new([], []);
    }

    public static SentenceWords WordsOf(Document? doc, CodedEvent e)
    {
        if (doc is null || e.Sentence < 0 || e.Sentence >= doc.SentenceCount) return SentenceWords.None;
        var sentence = doc.Sentence(e.Sentence);
        var classes = WordClasses.Default;
        var words = new SentenceWords(new HashSet<string>(StringComparer.Ordinal), []);
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var tok = doc.Token(t);
            if (tok.Upos is not (Upos.NOUN or Upos.VERB or Upos.ADJ or Upos.PROPN)) continue;
            if (Stem(tok.Lemma) is not { } stem) continue;
            words.Stems.Add(stem);
            if (classes is not null && classes.ClassOf(WordClasses.Normalize(tok.Lemma)) is var c and >= 0) words.Classes.Add(c);
        }
        return words;
    }

    /// <summary>The first five letters of a lower-cased word of four letters or more ("accused" and "accuse" share
    /// "accus", "weapons" and "weapon" "weapo"); null for a shorter word.</summary>
    private static string? Stem(string word)
    {
        if (word.Length < 4) return null;
        return word.Length <= 5 ? word.ToLowerInvariant() : word[..5].ToLowerInvariant();
    }

    /// <summary>Words of the codebook's names that say nothing about an act.</summary>
    private static readonly HashSet<string> NameStopWords = new(["specified", "below", "such", "with", "into", "from", "than", "other", "others", "engage", "target"], StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string[] Stems, int[] Classes)> s_nameWords = new(StringComparer.Ordinal);

    /// <summary>The stems and word classes of the content words of a code's CAMEO name ("Accuse of espionage, treason").</summary>
    private static (string[] Stems, int[] Classes) NameWords(string code) => s_nameWords.GetOrAdd(code, static c =>
    {
        if (!CameoTable.Default.TryGet(c, out var info)) return ([], []);
        var words = info.Name.Split([' ', ',', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Where(w => !NameStopWords.Contains(w)).ToList();
        var classes = WordClasses.Default;
        return ([.. words.Select(Stem).OfType<string>().Distinct()],
            classes is null ? [] : [.. words.Select(w => classes.ClassOf(WordClasses.Normalize(w))).Where(x => x >= 0).Distinct()]);
    });

    /// <summary>How many of the code's name stems and name word classes the sentence has.</summary>
    private static (int Stems, int Classes) NameOverlap(string code, SentenceWords words)
    {
        var (stems, classes) = NameWords(code);
        return (stems.Count(words.Stems.Contains), classes.Count(words.Classes.Contains));
    }

    /// <summary>
    /// The features of candidate code <paramref name="candidate"/>: each event feature crossed with the candidate and with
    /// its relation to the rules' code; and what the codebook's name of the candidate shares with the sentence (stems and
    /// word classes, how many, and whether more or fewer than the rules' code's name), so a wording no example had can
    /// still point at the code whose name it uses ("accused of spying" at 1125 "Accuse of espionage").
    /// </summary>
    public static ulong[] CandidateFeatures(IReadOnlyList<ulong> eventFeatures, string ruleCode, string candidate, SentenceWords? words = null)
    {
        words ??= SentenceWords.None;
        string relation = Relation(ruleCode, candidate);
        ulong c = FeatureHash.Exact(candidate);
        ulong r = FeatureHash.Exact(relation);
        var f = new List<ulong>(eventFeatures.Count * 2 + 12);
        foreach (ulong b in eventFeatures)
        {
            f.Add(FeatureHash.OfHashes(101, b, c));
            f.Add(FeatureHash.OfHashes(102, b, r));
        }
        f.Add(FeatureHash.OfHashes(103, c));
        f.Add(FeatureHash.OfHashes(104, r));
        f.Add(FeatureHash.OfHashes(105, r, c));
        if (words.Stems.Count > 0)
        {
            var (stems, classes) = NameOverlap(candidate, words);
            var (ruleStems, ruleClasses) = NameOverlap(ruleCode, words);
            f.Add(FeatureHash.Of(106, relation, Math.Min(stems, 2)));
            f.Add(FeatureHash.Of(107, relation, Math.Min(classes, 2)));
            f.Add(FeatureHash.Of(108, relation, Math.Sign(stems - ruleStems)));
            f.Add(FeatureHash.Of(109, relation, Math.Sign(classes - ruleClasses)));
            foreach (var stem in NameWords(candidate).Stems)
                if (words.Stems.Contains(stem)) f.Add(FeatureHash.Of(110, stem, relation));
        }
        return [.. f];
    }

    // ---- choosing --------------------------------------------------------------------------------------------------

    /// <summary>A candidate's score (higher: more likely the gold code).</summary>
    public float Score(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[2];
        _model.Score(features, scores);
        return scores[1];
    }

    /// <summary>The candidate codes of an event with their features; the rules' code is at <c>RuleIndex</c>.</summary>
    public readonly record struct EventCandidates(List<string> Codes, ulong[][] Features, int RuleIndex);

    public static EventCandidates Extract(Document? doc, CodedEvent e)
    {
        var codes = Candidates(e.Cameo);
        var ef = EventFeatures(doc, e);
        var words = WordsOf(doc, e);
        var feats = codes.Select(c => CandidateFeatures(ef, e.Cameo, c, words)).ToArray();
        return new EventCandidates(codes, feats, codes.IndexOf(e.Cameo));
    }

    /// <summary>The best candidate and how far it outscores the rules' code (0 when the rules' code is best; ties keep it).</summary>
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
    /// <paramref name="events"/> (one article's, as <see cref="EventAssembler"/> built them) with each counted event's code
    /// re-chosen within its root where the model's best candidate leads the rules' code by at least <see cref="Margin"/>.
    /// An event that becomes a copy of another of its sentence (same source, target and code) is dropped, as the assembler
    /// keeps one per key. <paramref name="leads"/>, when given, receives every counted event's (best code, lead).
    /// </summary>
    public IReadOnlyList<CodedEvent> Apply(Document? doc, IReadOnlyList<CodedEvent> events, Dictionary<CodedEvent, (string Best, float Lead)>? leads = null)
    {
        if (float.IsPositiveInfinity(Margin) && leads is null) return events;
        List<CodedEvent>? result = null;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            CodedEvent chosen = e;
            if (EventScorer.Scored(e) && CameoTable.IsWellFormed(e.Cameo) && e.Cameo.Length >= 3)
            {
                var ec = Extract(doc, e);
                var (best, lead) = Choose(ec);
                leads?.TryAdd(e, (ec.Codes[best], lead));
                if (best != ec.RuleIndex && lead >= Margin) chosen = Rechosen(e, ec.Codes[best], lead);
            }
            if (!ReferenceEquals(chosen, e) && result is null) result = new List<CodedEvent>(events.Take(i));
            if (result is not null)
            {
                if (!ReferenceEquals(chosen, e) && result.Concat(events.Skip(i + 1)).Any(o => SameKey(o, chosen))) continue;
                result.Add(chosen);
            }
        }
        return result ?? events;
    }

    private static bool SameKey(CodedEvent a, CodedEvent b) =>
        a.Sentence == b.Sentence && a.Article == b.Article && a.Source.Code == b.Source.Code && a.Target?.Code == b.Target?.Code
        && a.Cameo == b.Cameo && EventScorer.Scored(a);

    /// <summary>
    /// The event coded <paramref name="code"/> (of the same root): name, QuadClass, Goldstein and PLOVER follow the new
    /// code as <see cref="EventAssembler"/> reads them; its rule ends " code=learned:NEW←OLD lead=M".
    /// </summary>
    public static CodedEvent Rechosen(CodedEvent e, string code, float lead, CameoTable? table = null)
    {
        if (CameoTable.Root(code) != CameoTable.Root(e.Cameo))
            throw new ArgumentException($"a code chooser never changes the root ({e.Cameo} → {code})", nameof(code));
        table ??= CameoTable.Default;
        if (!table.TryGet(code, out var info)) return e;
        string rule = e.Evidence.Rule + string.Create(CultureInfo.InvariantCulture, $" code=learned:{code}←{e.Cameo} lead={lead:0.00}");
        return e with
        {
            Cameo = code,
            CameoName = info.Name,
            QuadClass = info.QuadClass,
            Goldstein = info.Goldstein,
            Plover = new PloverRef(info.PloverType, info.PloverMode, e.Plover.Context),
            Evidence = e.Evidence with { Rule = rule },
        };
    }
}
