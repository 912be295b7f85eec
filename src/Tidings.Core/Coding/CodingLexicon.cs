using System.Collections.Frozen;
using System.Collections.Immutable;
using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// The event-trigger lexicon (<c>data/coding/verbs.tsv</c>) expanded to surface forms and indexed by the first
/// word of each trigger. Lookups take a token span (no allocation); each first word maps to its variants,
/// longest first, so the first variant that matches is the longest match. Immutable and thread-safe.
/// </summary>
public sealed class CodingLexicon
{
    /// <summary>Words a multiword trigger may skip between its own words ("signed a deal", "imposed new sanctions").</summary>
    private static readonly FrozenSet<string> SkippableInPhrase = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "its", "their", "his", "her", "our", "new", "fresh", "further", "more", "additional", "formal", "joint",
         "military", "economic", "political", "trade", "security", "defence", "defense", "peace", "bilateral", "humanitarian",
         "financial", "nuclear", "diplomatic", "border", "energy", "landmark", "historic", "comprehensive", "strategic", "major",
         "key", "sensitive", "classified", "emergency", "immediate", "tough", "sweeping", "harsh", "targeted", "direct", "high-level",
         "ceasefire", "truce", "any",
         // session 12: real copy puts these between a verb and its event noun ("paused deliveries of some weapons", "halted all
         // aid", "supplied armed drones", "slapped retaliatory tariffs on", "imposed punitive sanctions", "came under heavy fire")
         "some", "all", "armed", "retaliatory", "punitive", "reciprocal", "steep", "crippling", "heavy",
         // session 43 (lead43): a repeated or widened act ("would call another strike", "held a second round of talks",
         // "began an indefinite strike", "staged a nationwide shutdown") is the act the phrase names.
         "another", "second", "third", "renewed", "indefinite", "nationwide", "countrywide"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Last words of a phrase that never take a plural (particles and prepositions).</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["for", "on", "upon", "with", "to", "in", "into", "out", "off", "of", "up", "down", "at", "from", "by", "over", "about", "against", "between", "back", "eye", "masse", "air"],
        StringComparer.Ordinal);

    private const int MaxSkips = 2;

    private readonly FrozenDictionary<string, TriggerVariant[]> _triggers;
    private readonly FrozenDictionary<string, TriggerVariant[]>.AlternateLookup<ReadOnlySpan<char>> _triggerLookup;
    private readonly FrozenDictionary<string, TriggerVariant[]> _light;
    private readonly FrozenDictionary<string, TriggerVariant[]>.AlternateLookup<ReadOnlySpan<char>> _lightLookup;

    private CodingLexicon(ImmutableArray<TriggerEntry> entries, FrozenDictionary<string, TriggerVariant[]> triggers,
        FrozenDictionary<string, TriggerVariant[]> light, FrozenDictionary<string, ObjectClass> classes)
    {
        Entries = entries;
        ObjectClasses = classes;
        _triggers = triggers;
        _triggerLookup = triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        _light = light;
        _lightLookup = light.GetAlternateLookup<ReadOnlySpan<char>>();
        // Number every literal word a variant needs after its first one, so a sentence can say in one pass which of them it
        // holds (RestWordId) and the coder can skip the variants it cannot match (TriggerVariant.RestWordIds).
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var variants in triggers.Values.Concat(light.Values))
            foreach (var v in variants)
            {
                var need = new List<int>(v.Words.Length);
                for (int k = 1; k < v.Words.Length; k++)
                {
                    if (v.Classes?[k] is not null) continue;
                    if (!ids.TryGetValue(v.Words[k], out int id)) ids[v.Words[k]] = id = ids.Count;
                    if (!need.Contains(id)) need.Add(id);
                }
                v.RestWordIds = [.. need];
            }
        _restWords = ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _restWordLookup = _restWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenDictionary<string, int> _restWords;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _restWordLookup;

    /// <summary>How many distinct literal words variants need after their first word (the ids of <see cref="RestWordId"/>).</summary>
    public int RestWordCount => _restWords.Count;

    /// <summary>The id of <paramref name="word"/> (compared case-insensitively, as <see cref="MatchAt"/> compares) among the
    /// words variants need after their first word, or -1 when no variant needs it.</summary>
    public int RestWordId(ReadOnlySpan<char> word) => _restWordLookup.TryGetValue(word, out int id) ? id : -1;

    private static readonly Lazy<CodingLexicon> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded lexicon (or the one under <c>$TIDINGS_DATA/coding/</c>), loaded once on first use.</summary>
    public static CodingLexicon Default => LazyDefault.Value;

    /// <summary>Every lexicon row, light verbs included, in file order.</summary>
    public ImmutableArray<TriggerEntry> Entries { get; }

    /// <summary>The object classes the lexicon was loaded with, by name without "@" (empty when loaded without
    /// <c>object-classes.tsv</c>). Rules outside <c>verbs.tsv</c> that ask "is this noun a force?" read the same class.</summary>
    public FrozenDictionary<string, ObjectClass> ObjectClasses { get; }

    /// <summary>Number of distinct surface first-words indexed (event triggers only).</summary>
    public int FirstWordCount => _triggers.Count;

    private static CodingLexicon LoadDefault()
    {
        using var verbs = DataFiles.OpenText("coding/verbs.tsv");
        using var irr = DataFiles.OpenText("coding/irregular-verbs.tsv");
        using var classes = DataFiles.OpenText("coding/object-classes.tsv");
        return Load(verbs, irr, classes);
    }

    /// <summary>Reads the irregular-verb table (see its header).</summary>
    public static FrozenDictionary<string, IrregularVerb> LoadIrregular(TextReader reader)
    {
        var d = new Dictionary<string, IrregularVerb>(StringComparer.Ordinal);
        string? line; int n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length < 3) throw new FormatException($"irregular-verbs.tsv line {n}: expected at least 3 columns");
            static string[] Cell(string[] c, int i) =>
                i < c.Length && c[i].Trim().Length > 0 ? c[i].Trim().Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var lemma = c[0].Trim();
            d[lemma] = new IrregularVerb(lemma, Cell(c, 1), Cell(c, 2), Cell(c, 3), Cell(c, 4));
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Parses a lexicon without object classes; throws <see cref="FormatException"/> naming the line of a
    /// malformed row (a row with a <c>@class</c> word among them).</summary>
    public static CodingLexicon Load(TextReader verbs, TextReader irregularVerbs) => Load(verbs, irregularVerbs, null);

    /// <summary>Parses a lexicon whose rows may use the object classes of <paramref name="objectClasses"/> (the format of
    /// <c>object-classes.tsv</c>); throws <see cref="FormatException"/> naming the line of a malformed row or of a row
    /// that names an unknown class.</summary>
    public static CodingLexicon Load(TextReader verbs, TextReader irregularVerbs, TextReader? objectClasses)
    {
        var irregular = LoadIrregular(irregularVerbs);
        var classes = objectClasses is null ? FrozenDictionary<string, ObjectClass>.Empty : ObjectClass.Load(objectClasses);
        var entries = ImmutableArray.CreateBuilder<TriggerEntry>();
        var trig = new Dictionary<string, List<TriggerVariant>>(StringComparer.OrdinalIgnoreCase);
        var light = new Dictionary<string, List<TriggerVariant>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? line; int n = 0;
        while ((line = verbs.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var entry = ParseRow(line, n);
            var slots = ClassSlots(entry, classes, n);
            entries.Add(entry);
            var target = entry.Kind == TriggerKind.Light ? light : trig;
            // Only an entry's own variants can repeat each other; checking them against the whole first-word list
            // (with record equality) made loading quadratic in a large imported lexicon.
            seen.Clear();
            foreach (var v in Expand(entry, irregular))
            {
                if (!seen.Add(string.Join('\u0001', v.Words))) continue;
                if (slots is not null && v.Words.Length == slots.Length) v.Classes = slots;
                if (!target.TryGetValue(v.Words[0], out var list)) target[v.Words[0]] = list = new List<TriggerVariant>();
                list.Add(v);
            }
        }
        AddNominalisations(entries, trig, irregular, classes);
        static FrozenDictionary<string, TriggerVariant[]> Freeze(Dictionary<string, List<TriggerVariant>> d) =>
            d.ToFrozenDictionary(kv => kv.Key,
                // Of two variants of one length a literal row comes before a class row: "deploy peacekeeper" (074) is
                // more specific than "deploy @force" (154).
                kv => kv.Value.OrderByDescending(v => v.Words.Length).ThenBy(v => v.Classes is null ? 0 : 1).ToArray(), StringComparer.OrdinalIgnoreCase);
        return new CodingLexicon(entries.ToImmutable(), Freeze(trig), Freeze(light), classes);
    }

    /// <summary>
    /// The event nouns that name, with their object, the act of a verb that opens phrase rows: "suspension of" for
    /// "suspend", "freeze on" for "freeze". A closed table of the verbs whose nominalisation news uses for the act itself
    /// ("announced the suspension of military aid", "a freeze on development aid", "the resumption of talks"). Left out:
    /// verbs whose noun mostly names something else ("hold", "take", "open"), and nouns that news mostly uses for the
    /// content of another act rather than as an act done: "an end to the war" and "the release of hostages" are what
    /// appeals and talks ask for, "the closure of the border" and "the delivery of aid" mostly a state of affairs
    /// (tried in session 50: 0 events gained, 8 false ones over the tunable gold).
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> Nominalisations = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["suspend"] = ["suspension of"], ["halt"] = ["halt to", "halting of"], ["freeze"] = ["freeze on", "freezing of"],
        ["cut"] = ["cut in", "cut to"], ["sever"] = ["severing of"], ["recall"] = ["recall of"], ["downgrade"] = ["downgrading of"],
        ["cancel"] = ["cancellation of"], ["postpone"] = ["postponement of"], ["resume"] = ["resumption of"],
        ["restore"] = ["restoration of"], ["lift"] = ["lifting of"], ["ease"] = ["easing of"], ["impose"] = ["imposition of"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Adds to <paramref name="trig"/> the event noun of each phrase row "VERB OBJECT ..." whose verb has a
    /// <see cref="Nominalisations"/> entry: "suspend military aid" (1622) also matches "the suspension of military aid",
    /// "halt military aid" (1622) "a halt to military aid", with the row's code, target prepositions and flags, so that a
    /// family written once for the verb covers its nouns too. Invariants: a row written in the file for the same words
    /// wins (no noun is derived over it); only rows whose second word is the object (not a particle, as in "cut off aid"
    /// or "withdraw from treaty") and that frame nothing (no frame=, report, speaker or agentfrom row) are derived; the
    /// derived nouns are lookups only, not <see cref="Entries"/>, which stay the file's rows.
    /// </summary>
    private static void AddNominalisations(ImmutableArray<TriggerEntry>.Builder entries, Dictionary<string, List<TriggerVariant>> trig,
        FrozenDictionary<string, IrregularVerb> irregular, FrozenDictionary<string, ObjectClass> classes)
    {
        var written = new HashSet<string>(entries.Select(e => e.Trigger), StringComparer.Ordinal);
        foreach (var e in entries.ToArray())
        {
            if (e.Kind != TriggerKind.Phrase || e.Frame != FrameKind.None || e.OnlyExtraForms
                || (e.Flags & (TriggerFlags.Report | TriggerFlags.SpeakerThreat | TriggerFlags.AgentFrom | TriggerFlags.AgentIn | TriggerFlags.AgentBy | TriggerFlags.FrameOnly)) != 0) continue;
            var words = e.Trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || Particles.Contains(words[1]) || words[1] is "a" or "the"
                || !Nominalisations.TryGetValue(words[0], out var nouns)) continue;
            foreach (var noun in nouns)
            {
                var derived = e with { Trigger = noun + " " + string.Join(' ', words.Skip(1)), Kind = TriggerKind.Noun, ExtraForms = [],
                    Flags = e.Flags | TriggerFlags.PrepOnly };
                if (!written.Add(derived.Trigger)) continue;
                var slots = ClassSlots(derived, classes, e.Line);
                foreach (var v in Expand(derived, irregular))
                {
                    if (slots is not null && v.Words.Length == slots.Length) v.Classes = slots;
                    if (!trig.TryGetValue(v.Words[0], out var list)) trig[v.Words[0]] = list = new List<TriggerVariant>();
                    list.Add(v);
                }
            }
        }
    }

    /// <summary>The object class of each word of a row ("send @force"), or null when the row has none; throws for an
    /// unknown class or a class word in first place (the verb, which indexes the row).</summary>
    private static ObjectClass?[]? ClassSlots(TriggerEntry entry, FrozenDictionary<string, ObjectClass> classes, int n)
    {
        if (!entry.Trigger.Contains('@')) return null;
        var words = entry.Trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slots = new ObjectClass?[words.Length];
        for (int k = 0; k < words.Length; k++)
        {
            if (words[k][0] != '@') continue;
            if (k == 0) throw new FormatException($"verbs.tsv line {n}: a class word ('{words[k]}') may not be the first word of a trigger");
            if (!classes.TryGetValue(words[k][1..], out var cls))
                throw new FormatException($"verbs.tsv line {n}: unknown object class '{words[k]}' (classes are defined in object-classes.tsv)");
            slots[k] = cls;
        }
        if (entry.OnlyExtraForms || entry.ExtraForms.Length > 0)
            throw new FormatException($"verbs.tsv line {n}: a row with a class word may not have forms= or only=");
        return slots;
    }

    private static TriggerEntry ParseRow(string line, int n)
    {
        var c = line.Split('\t');
        string Col(int i) => i < c.Length ? c[i].Trim() : "";
        var trigger = Col(0).ToLowerInvariant();
        if (trigger.Length == 0) throw new FormatException($"verbs.tsv line {n}: empty trigger");
        var kind = Col(1) switch
        {
            "verb" => TriggerKind.Verb,
            "noun" => TriggerKind.Noun,
            "phrase" => TriggerKind.Phrase,
            "light" => TriggerKind.Light,
            var k => throw new FormatException($"verbs.tsv line {n}: unknown kind '{k}'"),
        };
        var cameo = Col(2);
        if (kind != TriggerKind.Light && !IsCameoFormat(cameo))
            throw new FormatException($"verbs.tsv line {n}: '{cameo}' is not a 3- or 4-digit CAMEO code");
        var prepCell = Col(3);
        var preps = prepCell is "" or "-" ? ImmutableArray<string>.Empty
            : prepCell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToLowerInvariant()).ToImmutableArray();
        var flags = TriggerFlags.None; var frame = FrameKind.None;
        var extra = new List<string>();
        bool onlyExtra = false;
        foreach (var f in Col(4).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (f)
            {
                case "-": break;
                case "notgt": flags |= TriggerFlags.NoTarget; break;
                case "sym": flags |= TriggerFlags.Symmetric; break;
                case "prep": flags |= TriggerFlags.PrepOnly; break;
                case "report": flags |= TriggerFlags.Report; break;
                case "lower": flags |= TriggerFlags.LowerCaseOnly; break;
                case "people": flags |= TriggerFlags.PeopleTarget; break;
                case "speaker": flags |= TriggerFlags.SpeakerThreat; break;
                case "frameonly": flags |= TriggerFlags.FrameOnly; break;
                case "agentfrom": flags |= TriggerFlags.AgentFrom; break;
                case "agentin": flags |= TriggerFlags.AgentIn; break;
                case "agentby": flags |= TriggerFlags.AgentBy; break;
                case "intl": flags |= TriggerFlags.InternationalTarget; break;
                case "protesters": flags |= TriggerFlags.ProtesterSource; break;
                case "force": flags |= TriggerFlags.ForceSource; break;
                case var s when s.StartsWith("frame=", StringComparison.Ordinal):
                    frame = s[6..] switch
                    {
                        "threat" => FrameKind.Threat,
                        "demand" => FrameKind.Demand,
                        "appeal" => FrameKind.Appeal,
                        "intend" => FrameKind.Intend,
                        "deny" => FrameKind.Deny,
                        "reject" => FrameKind.Reject,
                        "find" => FrameKind.Find,
                        var x => throw new FormatException($"verbs.tsv line {n}: unknown frame '{x}'"),
                    };
                    break;
                case var s when s.StartsWith("forms=", StringComparison.Ordinal):
                    extra.AddRange(s[6..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case var s when s.StartsWith("only=", StringComparison.Ordinal):
                    extra.AddRange(s[5..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    onlyExtra = true;
                    break;
                default: throw new FormatException($"verbs.tsv line {n}: unknown flag '{f}'");
            }
        }
        return new TriggerEntry
        {
            Trigger = trigger, Kind = kind, Cameo = cameo, Preps = preps, Flags = flags, Frame = frame, Line = n,
            ExtraForms = extra.ToImmutableArray(), OnlyExtraForms = onlyExtra,
        };
    }

    /// <summary>True for 2–4 ASCII digits with a root between 01 and 20 ("042", "0311", "195").</summary>
    public static bool IsCameoFormat(string code)
    {
        if (code.Length is < 2 or > 4) return false;
        foreach (var ch in code) if (!char.IsAsciiDigit(ch)) return false;
        int root = (code[0] - '0') * 10 + (code[1] - '0');
        return root is >= 1 and <= 20;
    }

    /// <summary>All surface variants of an entry (see the header of verbs.tsv for the rules).</summary>
    public static IEnumerable<TriggerVariant> Expand(TriggerEntry e, IReadOnlyDictionary<string, IrregularVerb> irregular)
    {
        var words = e.Trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (e.OnlyExtraForms)
        {
            // "back" (051) matches only "backed"/"backs": its bare form is mostly the adverb. A first word that is a
            // regular or irregular participle of the lemma keeps passive detection ("was backed by").
            var participles = Inflector.VerbFormsWithParticiple(words[0], irregular).Where(f => f.IsParticiple).Select(f => f.Form).ToHashSet();
            foreach (var x in e.ExtraForms)
            {
                var w = x.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                yield return new TriggerVariant(w, e, e.Kind != TriggerKind.Noun && participles.Contains(w[0]));
            }
            yield break;
        }
        string last = words[^1];
        var lastForms = new List<string> { last };
        // A class word ("@force") matches its members' plurals itself.
        bool pluralLast = last[0] != '@' && (e.Kind == TriggerKind.Noun || (words.Length > 1 && !Particles.Contains(last)));
        if (pluralLast && !(e.Kind != TriggerKind.Noun && words.Length == 1))
        {
            var pl = Inflector.Plural(last);
            if (pl != last) lastForms.Add(pl);
        }
        if (e.Kind == TriggerKind.Noun)
        {
            foreach (var lf in lastForms)
            {
                var w = (string[])words.Clone(); w[^1] = lf;
                yield return new TriggerVariant(w, e, false);
            }
        }
        else
        {
            foreach (var (form, participle) in Inflector.VerbFormsWithParticiple(words[0], irregular))
            {
                if (words.Length == 1) { yield return new TriggerVariant([form], e, participle); continue; }
                foreach (var lf in lastForms)
                {
                    var w = (string[])words.Clone(); w[0] = form; w[^1] = lf;
                    yield return new TriggerVariant(w, e, participle);
                }
            }
        }
        foreach (var x in e.ExtraForms)
            yield return new TriggerVariant(x.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), e, false);
    }

    /// <summary>Trigger variants whose first word is the token's text or its lemma; empty when none.
    /// Variants are ordered longest first.</summary>
    public ReadOnlySpan<TriggerVariant> Candidates(ReadOnlySpan<char> word) =>
        _triggerLookup.TryGetValue(word, out var v) ? v : ReadOnlySpan<TriggerVariant>.Empty;

    public ReadOnlySpan<TriggerVariant> LightCandidates(ReadOnlySpan<char> word) =>
        _lightLookup.TryGetValue(word, out var v) ? v : ReadOnlySpan<TriggerVariant>.Empty;

    /// <summary>
    /// Tries a variant at <paramref name="token"/>; returns the exclusive end token of the match, or -1.
    /// Words match the token text or its lemma, case-insensitively; up to two determiners or light adjectives
    /// may sit between the words of a multiword trigger. The match never extends past <paramref name="limit"/>.
    /// </summary>
    public static int MatchAt(Document doc, int token, int limit, TriggerVariant v, CodingLexicon? lexicon = null)
    {
        if (!WordMatches(doc, token, v.Words[0], v.Entry.Has(TriggerFlags.LowerCaseOnly) && !TitleCaseVerb(doc, token, v))) return -1;
        bool phrase = v.Entry.Kind == TriggerKind.Phrase;
        // "joint coast guard patrols", "joint air force drills", "joint border patrols": "joint" says the act is shared
        // whatever names the force or the place between it and the head noun, so a "joint ..." noun skips modifiers as a
        // phrase does. Other compound nouns keep their words together ("air drill" is no "air force drill").
        bool modifiers = phrase || (v.Entry.Kind == TriggerKind.Noun && v.Words.Length > 1 && v.Words[0] == "joint")
            // "committed a serious crime", "met the growing needs of", "complained of severe headaches": a light row that ends
            // in its object noun takes that noun's modifiers as a phrase does (one that ends in a particle, "carry out", has none).
            || (v.Entry.Kind == TriggerKind.Light && v.Words.Length > 1 && !Particles.Contains(v.Words[^1]))
            // Session 74 (noun74): "a new round of technical talks", "a second round of budget talks": an event noun whose second
            // word is a preposition names its act's object after it, and that object takes its modifiers as a verb's object
            // does. Only after the preposition: the prepositions are particles, before which MatchRest skips no modifier ("the
            // round table of" is no "round of"), and a modifier that opens an event noun of its own is still not skipped ("a
            // round of peace talks" stays "peace talks").
            || (v.Entry.Kind == TriggerKind.Noun && v.Words.Length > 2 && v.Words[1] is "of" or "to" or "on" or "in");
        var cls = v.Classes;
        int end = MatchRest(doc, token + 1, limit, v.Words, 1, v.Words.Length, lexicon, modifiers: modifiers, classes: cls);
        if (end >= 0) return end;
        // "called the talks off", "drove the rebels out of the town", "kicked two diplomats out": a particle right after the
        // verb may follow the verb's object instead. The object is the noun group the phrase names ("call off talks") or, for
        // a phrase that ends in its particles ("drive out", "kick out"), any short noun group.
        if (v.Words.Length >= 2 && SplitParticles.Contains(v.Words[1]) && v.Entry.Kind == TriggerKind.Phrase)
        {
            int p = 2;
            while (p < v.Words.Length && Particles.Contains(v.Words[p])) p++;
            if (p < v.Words.Length)
            {
                // "call off talks" read as "called the talks off": the noun words, then the particles.
                int afterNoun = MatchRest(doc, token + 1, limit, v.Words, p, v.Words.Length, lexicon, modifiers: true, classes: cls);
                if (afterNoun < 0) return -1;
                int splitEnd = MatchRest(doc, afterNoun, limit, v.Words, 1, p, null, allowSkips: false, classes: cls);
                return splitEnd >= 0 && !SplitOverIsPreposition(doc, v, splitEnd, limit) ? splitEnd : -1;
            }
            // "drive out" read as "drove the rebels out": up to MaxObjectWords words of a noun group, then the particles.
            for (int t = token + 1, n = 0; t < limit && n <= MaxObjectWords; t++, n++)
            {
                if (n > 0 && WordMatches(doc, t, v.Words[1], false))
                {
                    int splitEnd = MatchRest(doc, t, limit, v.Words, 1, p, null, allowSkips: false, classes: cls);
                    return splitEnd >= 0 && !SplitOverIsPreposition(doc, v, splitEnd, limit) ? splitEnd : -1;
                }
                if (!IsNounGroupWord(doc, t)) return -1;
            }
        }
        // "placed the opposition leader under house arrest", "took two suspects into custody", "put its forces on high alert":
        // a verb of putting takes its object before the preposition that ends the phrase.
        if (ObjectBeforePreposition(v))
            for (int t = token + 1, n = 0; t < limit && n <= MaxObjectWords; t++, n++)
            {
                if (n > 0 && WordMatches(doc, t, v.Words[1], false))
                {
                    int rest = MatchRest(doc, t + 1, limit, v.Words, 2, v.Words.Length, lexicon, modifiers: true, classes: cls);
                    // Session 65 (sanction65): "stripped dozens of people of their citizenship": an "of" that joins a count to
                    // its head ("dozens of", below) is not the phrase's own "of"; the scan goes on to the next one.
                    if (rest >= 0 || v.Words[1] != "of") return rest;
                }
                // "held dozens of hotel guests hostage", "placed hundreds of activists under house arrest": "of" after a count
                // ("dozens", "40") joins the object's head to its quantity; "set part of it on fire" keeps "part" a thing, not
                // a group of people. The bound on the object's words still holds.
                if (!IsNounGroupWord(doc, t) && !(n > 0 && doc.TokXpos(t) == "IN" && doc.Token(t).Span.Equals("of", StringComparison.OrdinalIgnoreCase)
                    && doc.TokXpos(t - 1) is "NNS" or "CD")) return -1;
            }
        return -1;
    }

    /// <summary>True when a split "over" (<see cref="SplitParticles"/>) is the preposition of a noun group after it, not the
    /// particle of "hand over": "handed the ruling party a defeat over the budget", "handed them leaflets over the weekend".
    /// The particle ends the object and is followed by "to", a time or place phrase of its own, or the clause's end.
    /// Session 57 (blind75): a split "off" likewise: "a canoe carrying 180 migrants off Saint-Louis", "carried the crew off
    /// the coast" put the object off a place, while "carried off six women" and "called the talks off" end their object.</summary>
    private static bool SplitOverIsPreposition(Document doc, TriggerVariant v, int end, int limit) =>
        v.Words[1] is "over" or "off" && end < limit && IsNounGroupWord(doc, end);

    /// <summary>Verbs of putting whose object stands between them and the preposition of their phrase ("put X on alert",
    /// "set homes on fire").</summary>
    private static readonly FrozenSet<string> PuttingVerbs = FrozenSet.ToFrozenSet(["put", "place", "keep", "hold", "take", "remand", "book", "set"], StringComparer.Ordinal);

    /// <summary>The prepositions that end such a verb's object: "under arrest", "into custody", "in custody", "on alert".</summary>
    private static readonly FrozenSet<string> PuttingPreps = FrozenSet.ToFrozenSet(["under", "into", "in", "on"], StringComparer.Ordinal);

    /// <summary>True when the variant is a phrase whose second word is a particle that may follow the verb's object, or
    /// one whose object stands before its preposition (<see cref="ObjectBeforePreposition"/>).</summary>
    public static bool SplitsParticle(TriggerVariant v) =>
        (v.Entry.Kind == TriggerKind.Phrase && v.Words.Length >= 2 && SplitParticles.Contains(v.Words[1])) || ObjectBeforePreposition(v);

    /// <summary>True when the variant is a phrase of putting whose object stands before its preposition ("placed the
    /// opposition leader under house arrest"), or of calling whose object stands before "to" ("called both sides to talks",
    /// "summoned the union and the employers to a meeting").</summary>
    private static bool ObjectBeforePreposition(TriggerVariant v) =>
        (v.Entry.Kind == TriggerKind.Phrase && v.Words.Length >= 3
        && ((PuttingVerbs.Contains(v.Words[0]) && PuttingPreps.Contains(v.Words[1])) || (CallingVerbs.Contains(v.Words[0]) && v.Words[1] == "to")
            || (DeprivingVerbs.Contains(v.Words[0]) && v.Words[1] == "of")))
        || ObjectBeforeComplement(v);

    /// <summary>Session 65 (sanction65): verbs of depriving, whose object (the person deprived) stands between them and the
    /// "of" of what is taken: "stripped a former opposition lawmaker of his citizenship", "stripped three opposition deputies
    /// of their mandates". The object is the phrase's target; the bound on its words (<see cref="MaxObjectWords"/>) holds.</summary>
    private static readonly FrozenSet<string> DeprivingVerbs = FrozenSet.ToFrozenSet(["strip", "deprive"], StringComparer.Ordinal);

    /// <summary>True when the variant is a phrase whose object stands before the word that says what the object is made
    /// ("held dozens of guests hostage", "took 20 crew members captive", "used villagers as human shields", "accepted Qatar
    /// as mediator"): the complement follows the object, never the verb, whoever the object is. Session 63 (reject63): so
    /// does "persona non grata" ("declared two French military attaches persona non grata").</summary>
    private static bool ObjectBeforeComplement(TriggerVariant v) =>
        v.Entry.Kind == TriggerKind.Phrase && v.Words.Length >= 2
        && (v.Words[1] is "hostage" or "captive" or "persona" || (v.Words[0] is "use" or "accept" && v.Words[1] == "as")
            || LabelComplement(v));

    /// <summary>Session 66 (civic66, decision 099 A): a label a state puts on a group or a person stands after its object
    /// ("declared a Berlin-based broadcaster an undesirable organisation", "designated the station a foreign agent"), as
    /// "persona non grata" does. Only the labels "undesirable" and "foreign agent", after a verb of declaring or labelling:
    /// "declared undesirable" and "designated a foreign agent" name no other complement.</summary>
    private static bool LabelComplement(TriggerVariant v) =>
        (v.Words[1] == "undesirable" || (v.Words[1] == "foreign" && v.Words.Length >= 3 && v.Words[2] is "agent" or "agents"))
        && v.Entry.Trigger.Split(' ')[0] is "declare" or "designate" or "label" or "brand" or "list";

    /// <summary>Verbs that call their object to a meeting: "called both sides to talks".</summary>
    private static readonly FrozenSet<string> CallingVerbs = FrozenSet.ToFrozenSet(["call", "summon"], StringComparer.Ordinal);

    /// <summary>Matches <paramref name="words"/>[from..to) from token <paramref name="t"/>, skipping up to
    /// <see cref="MaxSkips"/> listed light words and <see cref="MaxModifierSkips"/> in all (listed words and the noun's
    /// modifiers: adjectives, numbers, compound nouns, possessives, only when <paramref name="modifiers"/>: a verb phrase's
    /// noun, not a compound event noun's own words, "air drill" is no "air force drill"); returns the exclusive end token or -1.</summary>
    private static int MatchRest(Document doc, int t, int limit, string[] words, int from, int to, CodingLexicon? lexicon, bool allowSkips = true, bool modifiers = false,
        ObjectClass?[]? classes = null)
    {
        int skips = 0, listed = 0;
        for (int k = from; k < to; k++)
        {
            while (true)
            {
                if (t >= limit) return -1;
                if (classes?[k] is { } cls ? cls.Contains(doc.Token(t).Span, doc.TokLemma(t)) : WordMatches(doc, t, words[k], false)) break;
                // A skipped word may not start an event noun of its own: "provided military assistance" is the
                // noun "military assistance" (072), not "provide … assistance" (070). Before a class word it may: the
                // class names the object whatever compound it heads ("handed over medical supplies", 073).
                // "was not optimistic about the talks", "is never confident": a negation between a copula and its adjective
                // leaves the phrase whole; the coder reads the negation from the words it covers.
                if (k == 1 && words[0] == "be" && skips == 0 && IsCopulaNegation(doc, t)) { skips++; t++; continue; }
                // "said he was deeply pessimistic", "is cautiously optimistic", "was not very hopeful": a degree adverb between
                // the copula and its adjective leaves the phrase whole too.
                if (k == 1 && words[0] == "be" && skips < 2 && IsDegreeAdverb(doc, t)) { skips++; t++; continue; }
                // "who was a confident speaker", "is an anxious parent": an article between the copula and the adjective makes
                // the adjective a modifier of a noun, which states no mood of the subject.
                if (k == 1 && CopulaForms.Contains(words[0]) && doc.Token(t).Span is var art && (art.Equals("a", StringComparison.OrdinalIgnoreCase)
                    || art.Equals("an", StringComparison.OrdinalIgnoreCase) || art.Equals("the", StringComparison.OrdinalIgnoreCase))) return -1;
                // "joint live-fire exercises", "joint anti-submarine drills": "joint" says the act is shared whatever kind of
                // drill a hyphenated compound between names, even one that is an event noun of its own (a show of force, 150).
                // (An unhyphenated kind keeps its noun: "joint air drills near the border with Russia" stays the show of
                // force DemandContentTests codes.)
                bool sharedKind = modifiers && words[0] == "joint" && k == words.Length - 1 && doc.Token(t).Span.Contains('-');
                if (allowSkips && skips < (modifiers ? MaxModifierSkips : MaxSkips) && (lexicon is null || classes?[k] is not null || sharedKind || !lexicon.StartsNoun(doc, t, limit)))
                {
                    if (listed < MaxSkips && IsSkippable(doc, t)) { listed++; skips++; t++; continue; }
                    // "walked out of the EU-mediated talks", "pulled out of the Black Sea grain deal", "suspended Sweden's
                    // membership talks": any modifier of a noun of the phrase (not before its particles or prepositions).
                    if (modifiers && k > 0 && !Particles.Contains(words[k]) && IsModifierWord(doc, t)) { skips++; t++; continue; }
                }
                return -1;
            }
            t++;
        }
        return t;
    }

    /// <summary>An adverb of degree or manner before an adjective ("deeply", "cautiously", "very", "increasingly"): tagged RB,
    /// and either an -ly form or one of the few short degree words. Negations are <see cref="IsCopulaNegation"/>: none of
    /// them ends in "ly" or is a degree word.</summary>
    private static bool IsDegreeAdverb(Document doc, int t) =>
        doc.TokXpos(t) is "RB" && doc.Token(t).Span is var w
        && (w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || DegreeWordsBySpan.Contains(w));

    /// <summary>Short degree adverbs that may stand between a copula and its adjective ("very optimistic", "so concerned").</summary>
    private static readonly FrozenSet<string> DegreeWords = FrozenSet.ToFrozenSet(["very", "so", "too", "quite", "still", "also", "more", "less", "most", "rather"], StringComparer.OrdinalIgnoreCase);

    // Declared after DegreeWords: static fields initialise in text order.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DegreeWordsBySpan = DegreeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The copula's lemma and its forms, the first word of a "be" phrase's variants.</summary>
    private static readonly FrozenSet<string> CopulaForms = FrozenSet.ToFrozenSet(["be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"], StringComparer.Ordinal);

    private static bool IsCopulaNegation(Document doc, int t) =>
        doc.Token(t).Span is var w && (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("n't", StringComparison.OrdinalIgnoreCase)
            || w.Equals("never", StringComparison.OrdinalIgnoreCase));

    /// <summary>Particles that may be split from their verb by its object ("called the talks off"). "over" is one for "hand
    /// over" ("handed two suspects over to Indonesian police", "handed the hostages over to the Red Cross"); the other rows
    /// with "over" second ("speak over phone", "riot over tax") have a noun after it, which must then come right after the
    /// verb, so they match as before.</summary>
    private static readonly FrozenSet<string> SplitParticles = FrozenSet.ToFrozenSet(["out", "off", "back", "up", "down", "away", "over"], StringComparer.Ordinal);

    /// <summary>Most words a split particle's object may have ("drove the last Russian troops out").</summary>
    private const int MaxObjectWords = 5;

    /// <summary>Most words skipped before a phrase's last noun, light words and modifiers together.</summary>
    private const int MaxModifierSkips = 4;

    /// <summary>A word that may modify a noun before it: an adjective, a number, a noun or name in compound, a possessive
    /// "'s", or a hyphenated word ("EU-mediated", "Qatar-brokered"), by the tagger's word class.</summary>
    private static bool IsModifierWord(Document doc, int t)
    {
        var span = doc.Token(t).Span;
        if (span.Length == 0 || !char.IsLetterOrDigit(span[0]) && span is not "'s" and not "’s") return false;
        if (span.IndexOf('-') > 0) return true;
        return doc.TokXpos(t) is "JJ" or "JJR" or "JJS" or "CD" or "NN" or "NNP" or "NNPS" or "POS" or "VBN";
    }

    /// <summary>A word of a short noun group: a determiner, possessive pronoun, modifier or noun.</summary>
    private static bool IsNounGroupWord(Document doc, int t) =>
        IsModifierWord(doc, t) || doc.TokXpos(t) is "DT" or "PRP$" or "NNS" or "PRP";

    private bool StartsNoun(Document doc, int t, int limit)
    {
        foreach (var v in Candidates(doc.Token(t).Span))
            if (v.Entry.Kind == TriggerKind.Noun && v.Words.Length > 1 && MatchAt(doc, t, limit, v) > 0) return true;
        return false;
    }

    // A count is skippable too ("freed 6,000 prisoners", "expelled 12 diplomats"): without the tree (or when the tagger
    // reads the verb as an adjective, "would free 6,000 prisoners") the surface match is the phrase's only chance.
    private static bool IsSkippable(Document doc, int t)
    {
        var span = doc.Token(t).Span;
        return SkippableInPhrase.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span)
            || (span.Length > 0 && char.IsAsciiDigit(span[0]))
            // "warned of a 'resolute response'", "vowed a 'crushing response'": quotation marks round the noun's words
            || IsQuoteMark(span);
    }

    /// <summary>A quotation mark token, straight or curly, single or double (also the treebank's `` and '').</summary>
    private static bool IsQuoteMark(ReadOnlySpan<char> s) =>
        s is "'" or "\"" or "\u2018" or "\u2019" or "\u201C" or "\u201D" or "``" or "''";

    /// <summary>
    /// "Thousands March In Belgrade Against Vucic Government", "Protesters Marched On Parliament": a Title Case headline
    /// capitalises the verb a lower-case-only row ("march", kept from the month) would otherwise miss. The tagger's verb reading
    /// of a verb row's word, with no day number after it ("March 3"), is the verb, not the month.
    /// </summary>
    private static bool TitleCaseVerb(Document doc, int t, TriggerVariant v) =>
        v.Entry.Kind == TriggerKind.Verb && doc.Token(t).Upos == Upos.VERB
        && !(t + 1 < doc.TokenCount && doc.Token(t + 1).Span is { Length: > 0 } next && char.IsAsciiDigit(next[0]));

    /// <summary>Whether token <paramref name="t"/> is all capitals, four letters or more and ending in "S", while a word next to
    /// it has a lower-case letter: an acronym in running text ("AIDS"), which looks like a trigger's plural, not a word of a
    /// headline set in capitals. Other acronyms ("IED", "MOU") are trigger words of their own and match as before.</summary>
    private static bool IsAcronymAmongWords(Document doc, int t)
    {
        var span = doc.Token(t).Span;
        if (span.Length < 4 || span[^1] != 'S') return false;
        foreach (var ch in span) if (!char.IsUpper(ch)) return false;
        return HasLower(doc, t - 1) || HasLower(doc, t + 1);
    }

    private static bool HasLower(Document doc, int t)
    {
        if (t < 0 || t >= doc.TokenCount) return false;
        foreach (var ch in doc.Token(t).Span) if (char.IsLower(ch)) return true;
        return false;
    }

    private static bool WordMatches(Document doc, int t, string word, bool lowerOnly)
    {
        var span = doc.Token(t).Span;
        // "no sign of AIDS", "the ARMS Act": an acronym in capitals among lower-case words is a name, not the plural of a
        // trigger whose letters it shares ("aids", "arms").
        if (IsAcronymAmongWords(doc, t)) return false;
        if (span.Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            if (!lowerOnly) return true;
            foreach (var ch in span) if (char.IsUpper(ch)) return false;
            return true;
        }
        if (lowerOnly) return false;
        var lemma = doc.TokLemma(t);
        return lemma is not null && lemma.Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
