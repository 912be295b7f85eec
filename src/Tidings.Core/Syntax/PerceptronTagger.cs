using System.Collections.Frozen;
using Tidings.Documents;
using Tidings.Learning;
using Tidings.Pipeline;

namespace Tidings.Syntax;

/// <summary>
/// The trained part-of-speech tagger and lemmatizer: a greedy left-to-right averaged perceptron over joint
/// UPOS+XPOS classes (UD English: "VERB VBD", "AUX VBD", "PROPN NNP" ...), with word, affix, shape and
/// context features, the tags already assigned to the left, and the ambiguity classes (tags seen in
/// training) of the words to the right. Frequent unambiguous words are tagged from a tag dictionary.
/// Lemmas come from <see cref="LemmaModel"/>. Trained by <see cref="Train"/> on a UD treebank; the default
/// model is the embedded data/models/tagger.bin (UD English-EWT, see data/models/NOTICE).
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed partial class PerceptronTagger : IPipelineComponent
{
    public const string ModelKind = "tagger";
    /// <summary>Payload layout and feature set version; bump when either changes (models must be retrained).</summary>
    public const int ModelVersion = 1;
    public const string EmbeddedPath = "models/tagger.bin";

    private static readonly Lazy<PerceptronTagger?> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded model, or null when this build has none (the pipeline then uses <see cref="RuleTagger"/>).</summary>
    public static PerceptronTagger? Default => s_default.Value;

    private static PerceptronTagger? LoadDefault()
    {
        Stream s;
        try { s = DataFiles.Open(EmbeddedPath); }
        catch (FileNotFoundException) { return null; }
        using (s) return Load(s, EmbeddedPath);
    }

    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly Upos[] _uposValue;
    private readonly PerceptronModel _model;
    /// <summary>Second pass, which also sees the first pass's tags of the words to the right; null for a one-pass model.</summary>
    private readonly PerceptronModel? _second;
    private readonly FrozenDictionary<string, int> _tagDict;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tagDictSpan;
    private readonly FrozenDictionary<string, ulong> _ambiguity; // lower-cased form → hash of its UPOS set
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _ambiguitySpan;

    public LemmaModel Lemmas { get; }
    public string Description { get; }

    private PerceptronTagger(string[] classes, PerceptronModel model, PerceptronModel? second, Dictionary<string, int> tagDict,
        Dictionary<string, ulong> ambiguity, LemmaModel lemmas, string description)
    {
        _upos = new string[classes.Length];
        _xpos = new string[classes.Length];
        _uposValue = new Upos[classes.Length];
        for (int i = 0; i < classes.Length; i++)
        {
            int sp = classes[i].IndexOf(' ');
            _upos[i] = sp < 0 ? classes[i] : classes[i][..sp];
            _xpos[i] = sp < 0 ? "_" : classes[i][(sp + 1)..];
            _uposValue[i] = Enum.TryParse<Upos>(_upos[i], out var u) ? u : Upos.X;
        }
        _model = model;
        _second = second;
        _tagDict = tagDict.ToFrozenDictionary(StringComparer.Ordinal);
        _tagDictSpan = _tagDict.GetAlternateLookup<ReadOnlySpan<char>>();
        _ambiguity = ambiguity.ToFrozenDictionary(StringComparer.Ordinal);
        _ambiguitySpan = _ambiguity.GetAlternateLookup<ReadOnlySpan<char>>();
        Lemmas = lemmas;
        Description = description;
        _vbdClass = ClassOf("VERB", "VBD");
        _nnpClass = ClassOf("PROPN", "NNP");
        _vbnClass = ClassOf("VERB", "VBN");
        _vbzClass = ClassOf("VERB", "VBZ");
        _vbpClass = ClassOf("VERB", "VBP");
        _nnClass = ClassOf("NOUN", "NN");
        _nnsClass = ClassOf("NOUN", "NNS");
        _vbClass = ClassOf("VERB", "VB");
        _jjClass = ClassOf("ADJ", "JJ");
        _toClass = ClassOf("PART", "TO");
        _rpClass = ClassOf("ADP", "RP");
        _vbgClass = ClassOf("VERB", "VBG");
    }

    /// <summary>The last tag class with this UPOS and XPOS (the repairs' target tags), or -1 when the model has none.</summary>
    private int ClassOf(string upos, string xpos)
    {
        int found = -1;
        for (int i = 0; i < _upos.Length; i++) if (_upos[i] == upos && _xpos[i] == xpos) found = i;
        return found;
    }

    /// <summary>The class of an adjective (ADJ JJ), or -1.</summary>
    private readonly int _jjClass;
    /// <summary>Infinitive "to" (PART, TO).</summary>
    private readonly int _toClass;
    /// <summary>A verb's particle ("shot down": ADP RP), or -1.</summary>
    private readonly int _rpClass;
    /// <summary>The class of a gerund or present participle (VERB VBG), or -1.</summary>
    private readonly int _vbgClass;

    /// <summary>The class of a base-form verb (VERB VB), or -1.</summary>
    private readonly int _vbClass;

    /// <summary>The class of a present-tense third-person verb (VERB VBZ), or -1.</summary>
    private readonly int _vbzClass;
    private readonly int _vbpClass;
    private readonly int _nnsClass;
    private readonly int _nnClass;

    /// <summary>The class of a past participle (VERB VBN), or -1.</summary>
    private readonly int _vbnClass;

    /// <summary>The class of a singular proper noun (PROPN NNP), or -1.</summary>
    private readonly int _nnpClass;

    /// <summary>The class of a finite past-tense verb (VERB VBD), or -1.</summary>
    private readonly int _vbdClass;

    public int ClassCount => _upos.Length;
    public string UposName(int cls) => _upos[cls];
    public Upos UposOf(int cls) => _uposValue[cls];
    public string XposOf(int cls) => _xpos[cls];
    public long MemoryBytes => _model.MemoryBytes + (_second?.MemoryBytes ?? 0) + (_tagDict.Count + _ambiguity.Count) * 64L;

    // ---- pipeline ---------------------------------------------------------------------------------------

    public string Name => "tagger";
    public Annotation Requires => Annotation.Tokens | Annotation.Sentences;
    public Annotation Assigns => Annotation.PartOfSpeech | Annotation.Lemmas;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var words = new List<string>();
        var classes = new int[64];
        foreach (var sentence in document.Sentences())
        {
            cancellationToken.ThrowIfCancellationRequested();
            words.Clear();
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++) words.Add(document.Token(i).Text);
            // Session 52 (blind70): words in capitals for emphasis are read in lower case.
            LowerEmphasisCapitals(words);
            if (classes.Length < words.Count) classes = new int[words.Count * 2];
            Tag(words, classes);
            for (int i = 0; i < words.Count; i++)
            {
                int t = sentence.FirstToken + i, c = classes[i];
                document.SetTag(t, _uposValue[c]);
                document.SetXpos(t, _xpos[c]);
                document.SetLemma(t, LemmaInContext(words, classes, i));
            }
        }
    }

    /// <summary>Tags one sentence: <paramref name="classes"/>[i] is word i's class (see <see cref="UposOf"/>, <see cref="XposOf"/>).</summary>
    public void Tag(IReadOnlyList<string> words, Span<int> classes)
    {
        if (words.Count == 0) return;
        var ctx = Context.Rent(words.Count);
        ctx.Fill(words, this);
        Span<ulong> features = stackalloc ulong[SecondFeatureCount];
        Span<float> scores = stackalloc float[_model.ClassCount];
        for (int i = 0; i < words.Count; i++)
        {
            if (_tagDictSpan.TryGetValue(words[i], out int known)) { classes[i] = known; continue; }
            ctx.Features(i, classes, features);
            classes[i] = NotPunctuationForWord(words[i], _model.Predict(features[..FeatureCount], scores), scores);
        }
        if (_second is null) { Repair(words, classes, headlineVerb: false); return; }
        var first = ctx.First;
        classes[..words.Count].CopyTo(first);
        for (int i = 0; i < words.Count; i++)
        {
            if (_tagDictSpan.TryGetValue(words[i], out int known)) { classes[i] = known; continue; }
            ctx.Features(i, classes, features);
            ctx.RightFeatures(i, first, features[FeatureCount..]);
            classes[i] = NotPunctuationForWord(words[i], _second.Predict(features, scores), scores);
        }
        classes[..words.Count].CopyTo(ctx.Model);
        Repair(words, classes, headlineVerb: true);
        RepairVerblessSentence(words, classes, ctx, features, scores);
        // Session 68 (parse68): a clause after "demanded that" with no verb left ("that Gambia hand over", "that he resign").
        RepairVerblessMandativeClause(words, classes, ctx, features, scores);
    }

    /// <summary>
    /// A word with a letter in it is never punctuation: when the model's best class for it is PUNCT ("Protesters set fire
    /// to ...", where "set" after a plural subject scored as a colon-like list marker), the best class that is not PUNCT
    /// is taken from the same <paramref name="scores"/>. Invariant: the result is <paramref name="cls"/> unless it was a
    /// PUNCT class given to a word with a letter.
    /// </summary>
    private int NotPunctuationForWord(string word, int cls, ReadOnlySpan<float> scores)
    {
        if (_uposValue[cls] != Upos.PUNCT || !HasLetter(word)) return cls;
        int best = -1;
        for (int c = 0; c < _uposValue.Length; c++)
            if (_uposValue[c] != Upos.PUNCT && (best < 0 || scores[c] > scores[best])) best = c;
        return best < 0 ? cls : best;

        static bool HasLetter(string w)
        {
            foreach (char ch in w) if (char.IsLetter(ch)) return true;
            return false;
        }
    }

    /// <summary>The rule repairs after tagging, in order; the headline-verb repair runs only after the stacked second pass,
    /// as it always has.</summary>
    private void Repair(IReadOnlyList<string> words, Span<int> classes, bool headlineVerb)
    {
        // A hyphenated compound's verb tag ("exchanged small-arms fire": "small-arms" read as VBZ) goes first: the verbless
        // clause repair must not count it as the clause's finite verb and leave the true verb a participle.
        RepairHyphenatedParticiple(words, classes);
        // Session 61 (blind79): a name read as a modal before a past spelt as its base ("Moscow put"), before any repair
        // counts verbs or reads a modal's verb.
        RepairNameReadAsModal(words, classes);
        // Headline words the tagger misreads as verbs or adjectives ("Moscow-backed", "FM"), before any repair counts verbs.
        RepairHeadlineWords(words, classes);
        // Before the verb repairs: a verb read as a conjunction leaves its clause without one. (Session 43 also tried reading
        // a CD tag on a word of letters, "Gunmen", "Tribunal-1", as a noun: it cost eight THREATEN stories of the NGEC check,
        // 73.4 -> 73.2 %, and was taken out until that loss is read.)
        RepairStrayCoordinator(words, classes);
        // Session 66 (fight66): a closed list of attacker plurals ("Gunmen" read as CD or NNP), not every word of letters.
        RepairAttackerNoun(words, classes);
        RepairMineNoun(words, classes);
        RepairArmedWith(words, classes);
        RepairParticipleBeforeBy(words, classes);
        // Before the verb repairs: they read a noun subject off common-noun tags ("China's commerce ministry responded").
        RepairLowercaseName(words, classes);
        RepairCapsAfterArticle(words, classes);
        RepairCrowdControlCompound(words, classes);
        RepairPastOnlyForms(words, classes);
        RepairPastFormReadAsNoun(words, classes);
        // Session 62 (blind80): "A mob set fire to": a "set" read as a compound's noun before "fire to/on" is the verb.
        RepairSetFireIdiom(words, classes);
        RepairPastReadAsPresent(words, classes);
        RepairPerfectParticiple(words, classes);
        RepairPerfectIrregularParticiple(words, classes);
        RepairNounBeforeParticle(words, classes);
        // Before the finite-verb repairs: a noun read as a base verb ("demanding higher pay rallied") would count as the
        // clause's finite verb and leave the true verb a participle.
        RepairNounAfterAdjective(words, classes);
        // Before the finite-verb repairs too: "Striking nurses agreed", where a participle read as a verb would stand for
        // the clause's verb.
        RepairAttributiveParticiple(words, classes);
        RepairOvernightAdverb(words, classes);
        RepairContractedIsBeforePreposition(words, classes);
        RepairOrderPreposition(words, classes);
        RepairFiniteParticiples(words, classes);
        // Session 68 (parse68): "after the military seized power": the verb of an adverbial clause read as its subject's participle.
        RepairSubordinateClauseVerb(words, classes);
        RepairVerblessClause(words, classes);
        RepairVerbAfterRelativeClause(words, classes);
        RepairVerbAfterPurposeClause(words, classes);
        RepairVerbAfterInsertion(words, classes);
        RepairVerbAfterModal(words, classes);
        RepairVerbAfterObjectTo(words, classes);
        RepairInfinitiveAfterAppealObject(words, classes);
        RepairSpeechParticipleAfterComma(words, classes);
        RepairOpeningGerundSubject(words, classes);
        RepairMandativeSubjunctive(words, classes);
        RepairPluralAfterTo(words, classes);
        // Session 50 (recall50): a noun-verb word after "to" and an adverb, or coordinated with an infinitive or a modal's verb.
        RepairSplitInfinitive(words, classes);
        RepairCoordinatedInfinitive(words, classes);
        // Again before the headline verb repairs: the finite-verb repairs above read "Moscow-backed" after a noun as a past verb.
        RepairHeadlineWords(words, classes);
        if (headlineVerb) RepairHeadlineVerb(words, classes);
        RepairHeadlinePresent(words, classes);
        // Session 69 (realnews69): "Soldiers seize power in X, detain president": the comma-joined second predicate.
        RepairHeadlineSecondPredicate(words, classes);
        RepairNominalAdjective(words, classes);
        RepairNameGerund(words, classes);
        RepairNamedObjectNoun(words, classes);
        // Session 68 (parse68): "its ruling on", "Kigali's backing of": the -ing head of a possessed noun phrase.
        RepairPossessedGerund(words, classes);
    }

    /// <summary>
    /// "Iran labelled the Israeli raid an act of war", "called the seizure of the fishing boats a declaration of war",
    /// "described the Turkish shelling as a crime": after a verb that names its object (call, brand, label, describe, term,
    /// dub, deem) and a determiner, the words up to the predicate's "a"/"an" or "as" are the object noun phrase, so its last
    /// word is that phrase's head noun. The tagger may read it as a verb (the object read as a clause, "the Israeli" its
    /// subject), and the parser then loses the object and the name given to it. A base, present or -ing verb tag there
    /// becomes a noun (NNS for the -s form, NN otherwise), and so does a past tag on a word with no past form. Only when
    /// nothing but words, "of" and determiners stands between the determiner and the predicate (no clause word, no
    /// punctuation), for at most eight words.
    /// </summary>
    private void RepairNamedObjectNoun(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnClass < 0 || _nnsClass < 0) return;
        for (int v = 0; v + 3 < words.Count; v++)
        {
            if (_uposValue[classes[v]] != Upos.VERB || !NamingForms.Contains(words[v])) continue;
            int start;
            if (ObjectDeterminers.Contains(words[v + 1])) start = v + 2;
            else if (v + 3 < words.Count && words[v + 2] is "'s" or "’s" && char.IsUpper(words[v + 1][0])) start = v + 3;
            else continue;
            int k = start;
            while (k < words.Count && k - start <= 8 && !(words[k] is "a" or "an" or "as"))
            {
                var w = words[k];
                bool word = w.Length > 0 && char.IsLetter(w[0]) && !ClauseOpeners.Contains(w) && !ObjectSpanStops.Contains(w);
                if (!word) { k = -1; break; }
                k++;
            }
            if (k <= start || k >= words.Count || k - start > 8 || !(words[k] is "a" or "an" or "as")) continue;
            int head = k - 1;
            if (_uposValue[classes[head]] != Upos.VERB) continue;
            // "the Israeli raid an act of war": a past tag on a word with no past ending and no irregular past is the
            // tagger's guess from the words around it, as wrong as a base tag there.
            var hx = _xpos[classes[head]];
            bool pastTag = hx is "VBD" or "VBN";
            if (!(hx is "VB" or "VBP" or "VBZ" or "VBG" || (pastTag && !words[head].EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && EnglishLexicon.IrregularLemma(words[head].ToLowerInvariant()) is null))) continue;
            var hw = words[head];
            bool plural = hx == "VBZ" || (hw.EndsWith('s') && !hw.EndsWith("ss", StringComparison.OrdinalIgnoreCase));
            classes[head] = plural ? _nnsClass : _nnClass;
        }
    }

    /// <summary>Forms of the verbs that give their object a name ("called the raid an act of war"); kept in step with the
    /// coder's naming verbs (TreeRoles.Judgements).</summary>
    private static readonly HashSet<string> NamingForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "brand", "brands", "branded", "branding", "label", "labels", "labelled", "labeled",
        "labelling", "labeling", "describe", "describes", "described", "describing", "term", "termed", "terming", "dub", "dubs",
        "dubbed", "dubbing", "deem", "deems", "deemed", "deeming",
    };

    /// <summary>Determiners that open a named object ("called the raid ...", "branded its seizure ...").</summary>
    private static readonly HashSet<string> ObjectDeterminers = new(StringComparer.OrdinalIgnoreCase)
    { "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your" };

    /// <summary>Words that end an object noun phrase before any predicate: a clause or a prepositional phrase other than
    /// "of" ("called the ministers to a meeting").</summary>
    private static readonly HashSet<string> ObjectSpanStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "to", "for", "on", "in", "at", "by", "with", "from", "after", "before", "into",
        "and", "or", "but", "when", "while", "because", "if", "said", "says", "was", "were", "is", "are", "has", "have", "had",
        "will", "would", "could", "should", "may", "might", "not", "over", "during", "since", "until", "about", "upon",
    };

    /// <summary>
    /// "the WHO said", "sanctions imposed by the US": a word of two or more capitals after "the" is an acronym naming a body
    /// or country, never the pronoun or wh-word it spells in lower case ("who", "us", "it"); the tagger, keyed on the
    /// lower-cased form, reads it as WP or PRP and the parser then opens a relative clause or an object there. After "the"
    /// no pronoun or wh-word can stand, so the proper noun's tag is safe. A sentence all in capitals is left alone.
    /// </summary>
    private void RepairCapsAfterArticle(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnpClass < 0) return;
        for (int i = 1; i < words.Count; i++)
        {
            if (_xpos[classes[i]] is not ("PRP" or "WP" or "WDT" or "PRP$")) continue;
            var w = words[i];
            if (w.Length < 2 || !IsAllCaps(w) || !words[i - 1].Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            // In a line of capitals ("THE WHO CONCERT") the article is as capitalised as the word and says nothing.
            if (IsAllCaps(words[i - 1])) continue;
            classes[i] = _nnpClass;
        }

        static bool IsAllCaps(string w)
        {
            foreach (char ch in w) if (!char.IsUpper(ch)) return false;
            return true;
        }
    }

    /// <summary>
    /// "China's commerce ministry responded", "Kenya's foreign ministry said": the tagger, trained on web text where names
    /// are often typed in lower case and with title-cased copies of its sentences, tags lower-case words such as "ministry",
    /// "defence" or "march" as proper nouns, and the parser then hangs the sentence on the wrong noun ("commerce" the root,
    /// "ministry responded" a relative clause). In a sentence that opens with a capital (written with its capitals), a word
    /// of lower-case letters only is no name: a proper noun tag on it becomes the common noun's (NN, NNPS → NNS), an -ed
    /// form a participle (VBN) for the verb repairs to read, inside a noun phrase (see below). A particle inside a name ("Faisal
    /// bin Farhan", "Pieter van Wyk": capitalised words on both sides) and title-case headlines are left alone.
    /// </summary>
    private void RepairLowercaseName(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnClass < 0 || _nnsClass < 0 || _vbnClass < 0 || words.Count < 2 || !IsCapitalised(words[0]) || IsTitleCase(words)) return;
        for (int i = 1; i < words.Count; i++)
        {
            var x = _xpos[classes[i]];
            if (x is not ("NNP" or "NNPS")) continue;
            var w = words[i];
            if (w.Length < 3 || !IsLowerLetters(w)) continue;
            if (i + 1 < words.Count && IsCapitalised(words[i - 1]) && IsCapitalised(words[i + 1])) continue;
            // Only inside a noun phrase, after its article, possessive, adjective, number or common noun: right after a
            // preposition or verb the web text the tagger learned from types its names in lower case ("living in malaysia",
            // "type it into youtube"), and the tagger is right there more often than not. After a name the word may be the
            // name's last part ("an Anglo American platinum mine", where the parser then reads the sentence worse).
            var before = _xpos[classes[i - 1]];
            bool inNounPhrase = before is "DT" or "PRP$" or "POS" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "CD";
            // A lower-case word that closes the sentence ("Bon appetit !", "the link for Red FM delhi ?") is left too: there
            // nothing hangs on it, and web text ends on such names.
            if (!inNounPhrase || (i + 2 == words.Count && words[i + 1] is "." or "!" or "?")) continue;
            classes[i] = w.EndsWith("ed", StringComparison.Ordinal) ? _vbnClass : x == "NNPS" ? _nnsClass : _nnClass;
        }

        static bool IsLowerLetters(string w)
        {
            foreach (char ch in w) if (!char.IsLower(ch)) return false;
            return true;
        }
    }

    /// <summary>First words of crowd-control weapons that are also verbs, with the nouns they qualify ("tear gas", "stun
    /// grenades", "pepper spray").</summary>
    private static readonly Dictionary<string, string[]> CrowdControlCompounds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tear"] = ["gas"],
        ["stun"] = ["grenade", "grenades", "gun", "guns"],
        ["pepper"] = ["spray"],
    };

    /// <summary>
    /// "Police fired tear gas and rubber bullets at ..., arrested at least 60 and closed the square": read as a verb, "tear"
    /// becomes the clause's finite verb, the true verb a participle on the subject, and the force's whole list of acts is
    /// lost. Before its noun the word is an adjective (JJ), as the tagger itself reads it in short clauses; an adjective
    /// rather than a noun, since a noun-noun compound after "arrested 20 protesters and fired" let the parser take the
    /// protesters for the subject of "fired" (session 26).
    /// </summary>
    private void RepairCrowdControlCompound(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_jjClass < 0) return;
        for (int i = 0; i + 1 < words.Count; i++)
            if (CrowdControlCompounds.TryGetValue(words[i], out var nouns) && _xpos[classes[i]].StartsWith("VB", StringComparison.Ordinal)
                && Array.Exists(nouns, x => x.Equals(words[i + 1], StringComparison.OrdinalIgnoreCase)))
                classes[i] = _jjClass;
    }

    /// <summary>
    /// "Teachers demanding higher pay rallied outside the ministry", "nurses seeking better care marched": a base-form verb
    /// (VB) right after an adjective that itself follows a participle, noun, preposition, possessive or number is the adjective's
    /// noun (NN): "pay", "care", "aid", "work" are nouns as often as verbs. A base verb stands after "to", a modal or "do"
    /// (with an adverb between at most), never after such an adjective; "it is vital leaders act" keeps its verb, as the
    /// adjective there follows a verb of its own clause, not a participle or noun phrase. An article before the adjective
    /// is left out: "help the poor get access", "the rich pay less" use the adjective as a noun and keep their verb.
    /// </summary>
    private void RepairNounAfterAdjective(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnClass < 0) return;
        for (int i = 2; i < words.Count; i++)
        {
            if (_xpos[classes[i]] != "VB" || _xpos[classes[i - 1]] is not ("JJ" or "JJR" or "JJS")) continue;
            if (_xpos[classes[i - 2]] is not ("VBG" or "NN" or "NNS" or "IN" or "PRP$" or "CD")) continue;
            classes[i] = _nnClass;
        }
    }

    /// <summary>
    /// "Beijing condemned the decision", "Kunming said": a capitalised word in -ing right before a finite verb that the
    /// tagger read as a gerund (VBG) but whose stem is no listed English verb ("beij", "kunm") is a name (NNP), the
    /// verb's subject; "Reading boosts vocabulary" keeps its gerund, as "read" is a verb.
    /// </summary>
    private void RepairNameGerund(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnpClass < 0) return;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (_xpos[classes[i]] != "VBG" || w.Length < 5 || !char.IsUpper(w[0]) || !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
            // Only right before a finite verb or modal, as a subject: the word list knows only frequent verbs, and a
            // participle clause opening the sentence ("Yielding to weeks of protests, ...") goes on with its own words.
            if (i + 1 >= words.Count || !IsFiniteTag(_xpos[classes[i + 1]])) continue;
            var stem = w.AsSpan(0, w.Length - 3).ToString().ToLowerInvariant();
            bool verb = EnglishLexicon.IsVerb(stem) || EnglishLexicon.IsVerb(stem + "e")
                || (stem.Length > 2 && stem[^1] == stem[^2] && EnglishLexicon.IsVerb(stem.AsSpan(0, stem.Length - 1)))
                || (stem.EndsWith('y') && EnglishLexicon.IsVerb(string.Concat(stem.AsSpan(0, stem.Length - 1), "ie")));
            if (!verb) classes[i] = _nnpClass;
        }
    }

    /// <summary>Adjectives that "a" makes a quantity, not a noun ("a few", "a little").</summary>
    private static readonly HashSet<string> QuantityAdjectives = new(StringComparer.OrdinalIgnoreCase) { "few", "little", "lot", "bit", "good", "great", "whole" };

    /// <summary>
    /// "killing two soldiers and a Cambodian civilian, officials said": a word tagged as an adjective that closes an
    /// indefinite noun phrase ("a"/"an", then only adjectives) right before punctuation or "and"/"or" has no noun to
    /// modify: it is the noun. The tagger reads "civilian", "Cambodian", "conservative" as adjectives by habit and
    /// the parser then hangs the rest of the sentence on the wrong word.
    /// </summary>
    private void RepairNominalAdjective(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnClass < 0) return;
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (_xpos[classes[i]] != "JJ" || QuantityAdjectives.Contains(words[i])) continue;
            var next = words[i + 1];
            if (next is not ("," or "." or ";" or ":" or "and" or "or" or ")")) continue;
            // "a friendly, helpful guide", "a long and bitter war": another adjective (or its adverb) after the comma or
            // conjunction shares the noun still to come.
            if (next is "," or "and" or "or" && (i + 2 >= words.Count || _xpos[classes[i + 2]] is "JJ" or "JJR" or "JJS" or "RB" or "RBR" or "VBN" or "VBG")) continue;
            int k = i - 1;
            while (k >= 0 && _xpos[classes[k]] is "JJ" or "NNP" && k > i - 4) k--;
            if (k < 0 || !(words[k].Equals("a", StringComparison.OrdinalIgnoreCase) || words[k].Equals("an", StringComparison.OrdinalIgnoreCase))) continue;
            classes[i] = _nnClass;
        }
    }

    /// <summary>A finite verb's tag (past, present or modal): the tag a clause's main verb carries.</summary>
    private static bool IsFiniteTag(string xpos) => xpos is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>
    /// "Myanmar's military said it would free 6,000 prisoners": a modal is followed by a verb, so a word right after
    /// "would", "will", "could" ... (or after the modal and "not"/"also"/"soon") that the tagger read as an adjective
    /// and whose form is an English verb's base ("free", "open", "clear", "secure") is that verb (VB).
    /// </summary>
    private void RepairVerbAfterModal(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbClass < 0) return;
        for (int i = 1; i < words.Count; i++)
        {
            if (_xpos[classes[i]] != "JJ") continue;
            int m = i - 1;
            if (_xpos[classes[m]] is "RB" && m > 0) m--;
            if (_xpos[classes[m]] != "MD") continue;
            var lower = words[i].ToLowerInvariant();
            if (EnglishLexicon.IsVerb(lower)) classes[i] = _vbClass;
        }
    }

    /// <summary>
    /// "urged the armed groups to spare civilians", "asked both sides to free the hostages": after an object and "to", a
    /// word the tagger read as an adjective whose form is an English verb's base is that infinitive (VB) when a plural
    /// noun, article, possessive or number follows as its own object. After a verb or "and" ("Hamas refused to free the
    /// hostages", "... and to free a detained journalist") the same holds before an article, possessive or number only. A
    /// singular noun after it stays modified ("access to clean water", "a shift to free trade"), as does a plural after a
    /// verb ("agreed to free elections") and any word after "to" that follows an adjective ("close to normal").
    /// </summary>
    private void RepairVerbAfterObjectTo(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbClass < 0) return;
        for (int i = 2; i + 1 < words.Count; i++)
        {
            if (!words[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            var lower = words[i].ToLowerInvariant();
            var x = _xpos[classes[i]];
            if (x != "JJ" || !EnglishLexicon.IsVerb(lower)) continue;
            var before = _xpos[classes[i - 2]];
            var after = _xpos[classes[i + 1]];
            // After an object ("urged the authorities to free two journalists"): a plural noun, a determiner, a
            // possessive or a number opens the verb's own object.
            bool afterObject = before is "NN" or "NNS" or "NNPS" or "NNP" or "PRP" && after is "NNS" or "DT" or "PDT" or "PRP$" or "CD";
            // After a verb or "and" ("refused to free the hostages", "and to free a detained journalist"): only a
            // determiner, possessive or number, as "agreed to free trade", "committed to free elections" use the
            // adjective before a bare noun.
            bool afterVerb = (before.StartsWith("VB", StringComparison.Ordinal) || words[i - 2].Equals("and", StringComparison.OrdinalIgnoreCase))
                && after is "DT" or "PDT" or "PRP$" or "CD";
            if (!afterObject && !afterVerb) continue;
            classes[i] = _vbClass;
            // The "to" before an infinitive is its particle, not a preposition: the parser hangs the verb on it otherwise.
            if (_toClass >= 0) classes[i - 1] = _toClass;
        }
    }

    /// <summary>
    /// "called on both sides to exercise restraint", "urged the parties to return to talks", "asked the council to review the
    /// ban": a verb of appealing or ordering takes an object and then its "to"-infinitive, so the word right after that "to"
    /// is a base verb, though the tagger may read a noun-verb word there ("exercise", "return", "review") as a noun and "to"
    /// as a preposition; the parser then hangs the appeal's content on the addressee and the appeal is read without it. Only
    /// a lower-case word without a plain -s whose form is an English verb's base, after an object of at most six words
    /// (articles, adjectives, nouns, names, numbers, possessives, "and", commas) that follows the appeal verb ("call on"
    /// with its particle).
    /// </summary>
    private void RepairInfinitiveAfterAppealObject(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbClass < 0) return;
        for (int j = 0; j + 3 < words.Count; j++)
        {
            var verb = words[j].ToLowerInvariant();
            if (!AppealObjectForms.Contains(verb) || !_xpos[classes[j]].StartsWith("VB", StringComparison.Ordinal)) continue;
            int k = j + 1;
            if (verb.StartsWith("call", StringComparison.Ordinal) || verb.StartsWith("appeal", StringComparison.Ordinal))
            {
                if (!(words[k].Equals("on", StringComparison.OrdinalIgnoreCase) || words[k].Equals("upon", StringComparison.OrdinalIgnoreCase)
                    || (verb.StartsWith("appeal", StringComparison.Ordinal) && words[k].Equals("to", StringComparison.OrdinalIgnoreCase)))) continue;
                k++;
            }
            int start = k;
            while (k < words.Count && k - start < 6 && !words[k].Equals("to", StringComparison.OrdinalIgnoreCase)
                && (_xpos[classes[k]] is "DT" or "PDT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "PRP" or "PRP$" or "POS" or "CC"
                    || words[k] == ",")) k++;
            if (k == start || k + 2 > words.Count - 1 || !words[k].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            int i = k + 1;
            var w = words[i];
            if (w.Length < 3 || !char.IsLower(w[0]) || w.EndsWith('s') || _xpos[classes[i]] is not ("NN" or "JJ")) continue;
            if (!EnglishLexicon.IsVerb(w.ToLowerInvariant())) continue;
            classes[i] = _vbClass;
            if (_toClass >= 0) classes[k] = _toClass;
        }
    }

    /// <summary>
    /// "urged the junta to free jailed activists, warning that failure to do so would have consequences", "..., adding that
    /// talks would resume": a participle of saying right after a comma and before "that" opens a clause of the sentence's
    /// speaker, though the tagger may read "warning" or "saying" as a noun (then the parser hangs it as a conjunct of the
    /// last object, and the warning is no one's). Only the listed participles of saying and warning, never after an article
    /// (", a warning that" has none between), and only before "that".
    /// </summary>
    private void RepairSpeechParticipleAfterComma(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbgClass < 0) return;
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (words[i - 1] != "," || !words[i + 1].Equals("that", StringComparison.OrdinalIgnoreCase)) continue;
            if (_xpos[classes[i]] is not ("NN" or "JJ") || !SpeechParticiples.Contains(words[i])) continue;
            classes[i] = _vbgClass;
        }
    }

    /// <summary>
    /// "Fighting resumed between Armenia and Azerbaijan", "Shelling resumed in Kharkiv", "Fighting erupted along the
    /// border": a sentence that opens with a gerund followed at once by a past form and then a preposition, an adverb or the
    /// end has the gerund as its subject noun and the past form as its verb; the tagger reads an opening participial
    /// clause ("Fighting resumed ..." as "[Having] fought, resumed"), and the clause's event loses its verb. Not "Having",
    /// "Being", "Getting" (auxiliaries of a participial clause: "Having resumed talks, ..."), and not when an object follows
    /// the past form ("Citing renewed threats" has no past verb there).
    /// </summary>
    private void RepairOpeningGerundSubject(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnClass < 0 || _vbdClass < 0 || words.Count < 3) return;
        var w = words[0];
        if (w.Length < 6 || !char.IsUpper(w[0]) || !w.EndsWith("ing", StringComparison.Ordinal) || _xpos[classes[0]] != "VBG") return;
        if (w is "Having" or "Being" or "Getting" or "Becoming" or "Following" or "According") return;
        var next = words[1];
        if (_xpos[classes[1]] is not ("VBN" or "VBD") || !next.EndsWith("ed", StringComparison.Ordinal) && !IrregularPastOpeners.Contains(next)) return;
        if (_xpos[classes[2]] is not ("IN" or "RB" or "RP" or "." or "," or "CC" or "TO")) return;
        classes[0] = _nnClass;
        classes[1] = _vbdClass;
    }

    /// <summary>Irregular past forms that tell a fight or a process beginning, going on or ending ("Fighting broke out").</summary>
    private static readonly HashSet<string> IrregularPastOpeners = new(StringComparer.Ordinal) { "broke", "began", "went", "grew", "spread", "took" };

    /// <summary>Participles of saying, warning and claiming that open a clause of their own after a comma.</summary>
    private static readonly HashSet<string> SpeechParticiples = new(StringComparer.Ordinal)
    {
        "warning", "saying", "adding", "noting", "insisting", "arguing", "claiming", "stressing", "alleging", "signalling",
        "signaling", "suggesting", "acknowledging", "admitting", "asserting", "declaring", "explaining", "recalling",
        "reiterating", "vowing", "promising", "pledging", "charging", "complaining", "conceding", "cautioning", "threatening",
        "announcing", "confirming", "denying", "maintaining", "underlining", "emphasising", "emphasizing",
    };

    /// <summary>Forms of verbs that take an object and its "to"-infinitive: appeals, requests and orders.</summary>
    private static readonly HashSet<string> AppealObjectForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press",
        "presses", "pressed", "pressing", "encourage", "encourages", "encouraged", "encouraging", "tell", "tells", "told",
        "telling", "order", "orders", "ordered", "ordering", "appeal", "appeals", "appealed", "appealing", "implore",
        "implores", "implored", "imploring", "persuade", "persuades", "persuaded", "persuading",
    };

    /// <summary>Forms of the verbs (and the noun "demand") that take a "that" clause in the subjunctive: "demanded that
    /// Beijing release ...", "insisted that Washington unfreeze ...", "its demand that Budapest scrap ...".</summary>
    private static readonly HashSet<string> MandativeForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "demand", "demands", "demanded", "demanding", "insist", "insists", "insisted", "insisting", "urge", "urges", "urged",
        "urging", "ask", "asks", "asked", "asking", "request", "requests", "requested", "requesting", "recommend",
        "recommends", "recommended", "recommending", "propose", "proposes", "proposed", "proposing", "require", "requires",
        "required", "requiring",
    };

    /// <summary>
    /// "Thailand demanded that Phnom Penh hand back five soldiers", "farmers demanded that President Daniel Chapo veto the
    /// bill": after a verb of demanding and "that", the clause's verb is a bare base form (the subjunctive), which the
    /// tagger, expecting "-s" after a singular subject, reads as the last word of the subject's name or noun phrase
    /// ("Penh hand", "Chapo veto"), and the demand then has no addressee. The first lower-case word after the subject
    /// (a short run of articles, possessives, adjectives, nouns and names that ends in a noun or name) that the tagger
    /// read as a noun or adjective, whose form is an English verb's base, and that is followed by what opens a verb's
    /// complement (an article, possessive, number, adverb, particle, "to" or a preposition other than "of") is that verb
    /// (VB). "Demanded that the government's export ban end" is left alone: a noun follows "ban", and nothing follows "end".
    /// </summary>
    private void RepairMandativeSubjunctive(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbClass < 0) return;
        int n = words.Count;
        for (int t = 1; t + 3 < n; t++)
        {
            if (!words[t].Equals("that", StringComparison.OrdinalIgnoreCase)) continue;
            // The verb of demanding right before "that", or before a day phrase ("demanded on Sunday that").
            int d = t - 1;
            if (d >= 2 && _xpos[classes[d]] == "NNP" && words[d - 1].Equals("on", StringComparison.OrdinalIgnoreCase)) d -= 2;
            if (!MandativeForms.Contains(words[d])) continue;
            bool noun = false;
            for (int i = t + 1; i + 1 < n && i - t <= 7; i++)
            {
                var x = _xpos[classes[i]];
                var w = words[i];
                bool lower = w.Length > 0 && char.IsLower(w[0]);
                if (noun && lower && x is "NN" or "NNS" or "NNP" or "JJ" && EnglishLexicon.IsVerb(w.ToLowerInvariant()))
                {
                    var next = _xpos[classes[i + 1]];
                    bool complement = next is "DT" or "PDT" or "PRP$" or "PRP" or "CD" or "RB" or "RP" or "TO"
                        || (next == "IN" && !words[i + 1].Equals("of", StringComparison.OrdinalIgnoreCase));
                    if (complement) classes[i] = _vbClass;
                    break;
                }
                if (x is "NN" or "NNS" or "NNP" or "NNPS" or "PRP") noun = true;
                else if (x is "DT" or "PRP$" or "POS" or "JJ" or "VBG" or "VBN" || (x == "NNP" && !lower)) noun = false;
                else break;
            }
        }
    }

    /// <summary>
    /// "Russian artillery shelled residential districts of Kherson, killing three civilians, the governor said",
    /// "Senegal's president consulted opposition leaders on Monday", "Supporters of the jailed leader rioted in Dakar":
    /// a clause (from the sentence's start, or from a word that opens a clause with a subject of its own, to the next
    /// comma, semicolon or such word) that has no finite verb at all has one: its first -ed form (or irregular past)
    /// right after the subject's noun, which the tagger read as a participle or adjective. A reduced relative ("the men
    /// arrested last week appeared in court") leaves its clause a finite verb of its own, and a participle before "by"
    /// is passive, so neither is touched. Clauses after a bare comma are left alone: they are often appositions ("..., the
    /// biggest protest seen in years").
    /// </summary>
    private void RepairVerblessClause(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0) return;
        int start = 0;
        while (start < words.Count)
        {
            // The clause runs to the next boundary, which ends it (punctuation) or opens the next one (a subordinator).
            int end = start + 1;
            while (end < words.Count && !IsClauseBoundary(words, end)) end++;
            bool finite = false;
            // A base form counts unless it is an infinitive: "demanded that Peru extradite a gang leader arrested in Lima".
            for (int k = start; k < end && !finite; k++)
                finite = IsFiniteTag(_xpos[classes[k]])
                    || (_xpos[classes[k]] == "VB" && !(k > 0 && words[k - 1].Equals("to", StringComparison.OrdinalIgnoreCase)));
            // Only the sentence's first clause: in a subordinate one the parser already reads a past form after
            // "after", "when" ... as that clause's verb more often than not, and a new tag there moved it to the wrong head.
            if (!finite && start == 0)
                PromoteFirstPast(words, classes, start, end);
            if (end >= words.Count) break;
            start = IsWindowSeparator(words[end]) ? end + 1 : end;
        }
        // "Venezuelan authorities arrested and later freed a journalist": an -ed form right after the subject and before
        // "and" plus a finite past verb is that verb's first conjunct, as long as the sentence has no finite verb before it.
        for (int i = 1; i + 2 < words.Count; i++)
        {
            var x = _xpos[classes[i]];
            if (IsFiniteTag(x)) return;
            if (x is not ("VBN" or "JJ") || !words[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            if (_xpos[classes[i - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS") || !(words[i + 1] is "and" or "or")) continue;
            int k = i + 2;
            if (_xpos[classes[k]] is "RB" or "RBR" && k + 1 < words.Count) k++;
            if (_xpos[classes[k]] == "VBD") classes[i] = _vbdClass;
            return;
        }
    }

    /// <summary>
    /// "Turkey, which hosts three million refugees, sent aid to Gaza", "ECOWAS, which has struggled to contain a wave of
    /// coups, suspended Guinea-Bissau": a sentence that opens with its subject and a non-restrictive relative clause
    /// resumes its own clause after the relative clause's closing comma, and the -ed form (or irregular past) right after
    /// that comma is the sentence's verb. The tagger reads it as a participle or adjective ("granted asylum", "suspended
    /// Guinea-Bissau"), and the parser then makes the subject the root and the sentence verbless. Only when nothing before the
    /// relative clause is finite and the relative clause has a verb of its own; a participle before "by" ("..., backed by
    /// Iran, ...") and a naming participle ("..., called ...") stay.
    /// </summary>
    private void RepairVerbAfterRelativeClause(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0) return;
        int open = -1;
        for (int i = 1; i + 1 < words.Count && i < 12; i++)
        {
            var x = _xpos[classes[i]];
            if (IsFiniteTag(x)) return;
            if (words[i] == "," || words[i] == "(") { if (words[i] == "," && words[i + 1] is "which" or "who" or "whose") open = i; break; }
        }
        if (open < 0) return;
        bool relativeVerb = false;
        int commas = 0;
        for (int i = open + 2; i + 1 < words.Count; i++)
        {
            var x = _xpos[classes[i]];
            if (words[i] != ",")
            {
                relativeVerb |= IsFiniteTag(x);
                continue;
            }
            if (++commas > 3) return;
            if (!relativeVerb) continue;
            int v = i + 1;
            var vx = _xpos[classes[v]];
            if (IsFiniteTag(vx)) return;
            if (vx is not ("VBN" or "JJ")) continue;
            bool past = words[v].EndsWith("ed", StringComparison.OrdinalIgnoreCase) || (vx == "VBN" && IrregularPasts.Contains(words[v]));
            if (!past || char.IsUpper(words[v][0]) || NamingParticiples.Contains(words[v])) continue;
            if (v + 1 < words.Count && words[v + 1].Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            classes[v] = _vbdClass;
            return;
        }
    }

    /// <summary>
    /// "Kenya's interior minister, Jane Doe, accused the opposition of ...", "John Smith, a spokesman for the army, accused
    /// rebels ...", "The head of the mission, a former minister, urged ...", "The union (NUMSA) downed tools": a sentence that
    /// opens with its subject and one or more insertions between commas, dashes or brackets (an apposition, an age, a
    /// relative clause, a participle or prepositional phrase) resumes its own clause after the last insertion's closing
    /// mark, and the -ed form (or irregular past) right there is the sentence's verb. The tagger reads it as a participle
    /// or adjective ("accused Moscow of ..."), and the parser then hangs it on a noun and leaves the sentence verbless.
    /// Only when nothing before the opening mark is a finite or base verb and the insertions hold finite verbs only inside
    /// relative clauses (a segment opened by "who", "which", "whose", "where" or "when"); the first finite verb right after
    /// a closing mark ends the search. A true reduced relative there ("the man, a former soldier, arrested in May, was
    /// freed") is kept: the form must not stand before "by", must not be a naming participle, no finite verb may follow it
    /// in its own stretch (up to the next mark or clause opener; verbs of saying excepted, which take bare clauses), and
    /// no finite verb may come right after a later mark.
    /// </summary>
    private void RepairVerbAfterInsertion(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0) return;
        int n = words.Count, open = -1;
        for (int i = 1; i + 3 < n && i < 16; i++)
        {
            var x = _xpos[classes[i]];
            if (IsFiniteTag(x) || x == "VB") return;
            if (IsInsertionMark(words[i])) { open = i; break; }
            if (words[i] is ";" or ":" or "\"" or ")") return;
        }
        if (open < 0 || _xpos[classes[open - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "CD")) return;
        int segment = open + 1, marks = 0;
        bool relative = IsRelativeWord(words[segment]);
        for (int c = open + 1; c + 1 < n; c++)
        {
            var x = _xpos[classes[c]];
            if (!IsInsertionMark(words[c]))
            {
                if (words[c] is ";" or ":") return;
                if (IsFiniteTag(x) && !relative) return;
                continue;
            }
            if (c == segment || ++marks > 4) return;
            int v = c + 1;
            if (_xpos[classes[v]] is "RB" && v + 1 < n && !words[v].Equals("not", StringComparison.OrdinalIgnoreCase)) v++;
            var vx = _xpos[classes[v]];
            if (IsFiniteTag(vx)) return;
            if (vx is "VBN" or "JJ" && words[c] != "(")
            {
                bool past = words[v].EndsWith("ed", StringComparison.OrdinalIgnoreCase) || (vx == "VBN" && IrregularPasts.Contains(words[v]));
                if (past)
                {
                    if (!char.IsUpper(words[v][0]) && !NamingParticiples.Contains(words[v]) && !ReducedRelativeAfterInsertion(words, classes, v))
                        classes[v] = _vbdClass;
                    return;
                }
            }
            segment = c + 1;
            relative = IsRelativeWord(words[segment]);
        }
    }

    /// <summary>Marks that open or close an insertion after a subject: commas, dashes, brackets.</summary>
    private static bool IsInsertionMark(string w) => w is "," or "--" or "-" or "\u2014" or "\u2013" or "(" or ")";

    private static bool IsRelativeWord(string w) => w is "who" or "which" or "whose" or "whom" or "where" or "when";

    /// <summary>Whether the past form at <paramref name="v"/> after an insertion is itself a reduced relative on the subject:
    /// before "by", followed in its own stretch by a finite verb (not after a verb of saying), or followed by a later mark
    /// with a finite verb right after it ("..., arrested in May, was freed").</summary>
    private bool ReducedRelativeAfterInsertion(IReadOnlyList<string> words, Span<int> classes, int v)
    {
        int n = words.Count;
        if (v + 1 < n && words[v + 1].Equals("by", StringComparison.OrdinalIgnoreCase)) return true;
        bool ownStretch = !(SpeechFinites.Contains(words[v]) || words[v].Equals("told", StringComparison.OrdinalIgnoreCase));
        for (int k = v + 1; k < n; k++)
        {
            if (IsInsertionMark(words[k]) || words[k] is ";" or ":")
            {
                ownStretch = false;
                int j = k + 1;
                if (j < n && _xpos[classes[j]] is "RB" && j + 1 < n) j++;
                if (j < n && IsFiniteTag(_xpos[classes[j]])) return true;
                continue;
            }
            if (ClauseOpeners.Contains(words[k]) || IsRelativeWord(words[k])) ownStretch = false;
            if (ownStretch && IsFiniteTag(_xpos[classes[k]]) && !CoordinatedPredicate(words, classes, k, v)) return true;
        }
        return false;
    }

    /// <summary>Whether the finite verb at <paramref name="k"/> is a second predicate joined to the past form at
    /// <paramref name="v"/> by "and", "but" or "or" (an adverb may stand after the conjunction): "The minister, in a statement
    /// on Tuesday, condemned the raid and urged the UN to act". Conjoined predicates share their tense, so the finite
    /// conjunct shows the past form is finite too, not a reduced relative. A conjunction followed by a subject of its own
    /// ("... and the army denied it") does not qualify: the finite verb must follow the conjunction (or its adverb) at once.</summary>
    private bool CoordinatedPredicate(IReadOnlyList<string> words, Span<int> classes, int k, int v)
    {
        int p = k - 1;
        if (p > v && _xpos[classes[p]] is "RB") p--;
        return p > v + 1 && words[p].ToLowerInvariant() is "and" or "but" or "or";
    }

    private void PromoteFirstPast(IReadOnlyList<string> words, Span<int> classes, int start, int end)
    {
        for (int i = start + 1; i < end; i++)
        {
            var x = _xpos[classes[i]];
            if (x is not ("VBN" or "JJ")) continue;
            bool past = words[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) || (x == "VBN" && IrregularPasts.Contains(words[i]));
            if (!past) continue;
            int p = i - 1;
            // An -ed form after an article, possessive, number or adjective modifies the next noun ("the jailed
            // opposition leader"); the verb comes later.
            if (_xpos[classes[p]] is "DT" or "PRP$" or "CD" or "JJ" or "POS") continue;
            if (_xpos[classes[p]] is "RB" or "RBR" && p > start && !words[p].Equals("not", StringComparison.OrdinalIgnoreCase)) p--;
            if (p > start && TreebankAugmentation.DayWords.Contains(words[p])) { p--; if (p > start && words[p].Equals("on", StringComparison.OrdinalIgnoreCase)) p--; }
            // The subject's head noun (or pronoun) comes right before the verb.
            if (_xpos[classes[p]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP")) return;
            if (i + 1 < words.Count && words[i + 1].Equals("by", StringComparison.OrdinalIgnoreCase)) return;
            if (NamingParticiples.Contains(words[i])) return;
            // "Five Killed In Attack", "Three journalists detained in Harare": a headline (no closing full stop) drops
            // the passive's auxiliary, so a participle with no object after it stays one there.
            bool headline = words[^1] is not ("." or "!" or "?" or "\"" or "'");
            if (headline && (i + 1 >= words.Count || _xpos[classes[i + 1]] is "IN" or "RB" or "." or "," or "TO")) return;
            classes[i] = _vbdClass;
            return;
        }
    }

    /// <summary>Punctuation that ends a clause window without opening the next one.</summary>
    private static bool IsWindowSeparator(string w) => w is "," or ";" or ":" or "\"" or "(" or ")" or "--" or "-";

    private static bool IsClauseBoundary(IReadOnlyList<string> words, int i) =>
        IsWindowSeparator(words[i]) || ClauseOpeners.Contains(words[i]) || words[i] is "who" or "which";

    /// <summary>A window that starts at a subordinating word, or after ", and", ", but" or ";", is a clause with a
    /// subject of its own.</summary>
    private static bool OpensSubjectClause(IReadOnlyList<string> words, int start)
    {
        if (ClauseOpeners.Contains(words[start])) return true;
        if (start > 0 && words[start - 1] == ";") return true;
        return start > 0 && words[start - 1] == "," && words[start] is "and" or "but";
    }

    /// <summary>
    /// "urged both sides to return to talks": an infinitive's base form does not end in a plain -s, so a word after "to"
    /// tagged VB that does ("talks", "negotiations", "arms") is the plural noun of a prepositional phrase. Forms in -ss,
    /// -us, -is and -as ("discuss", "focus", "bias") are base forms and stay verbs.
    /// </summary>
    private void RepairPluralAfterTo(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnsClass < 0) return;
        for (int i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length < 4 || _xpos[classes[i]] != "VB" || !words[i - 1].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            if (w[^1] != 's' || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal)
                || w.EndsWith("is", StringComparison.Ordinal) || w.EndsWith("as", StringComparison.Ordinal)) continue;
            classes[i] = _nnsClass;
        }
    }

    /// <summary>Participles that close a hyphenated adjective of what befell a place: "flood-hit", "war-torn", "quake-stricken".</summary>
    private static readonly HashSet<string> BefallenParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "hit", "stricken", "torn", "ravaged", "affected", "battered", "struck", "damaged", "devastated", "ridden", "wracked",
        "racked", "plagued", "scarred", "swept", "wrecked", "shattered", "besieged",
    };

    /// <summary>Adjectives that open a hyphenated modifier ("small-arms", "long-range", "high-level", "live-fire").</summary>
    private static readonly HashSet<string> CompoundAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "small", "large", "long", "short", "medium", "high", "low", "heavy", "light", "live", "full", "half", "multi", "cross",
    };

    /// <summary>
    /// "South Korea shipped rice to flood-hit Vietnam", "sent tents to quake-stricken Myanmar": a hyphenated word that ends
    /// in a participle of what befell a place ("flood-hit", "war-torn") is an adjective (JJ, as UD English tags it), never
    /// a finite or base verb. After "to" the tagger reads it as an infinitive, and the parser then hangs the country on it
    /// as its object, so the aid or visit loses its recipient. Only when a noun or name follows, which the adjective modifies.
    /// So is an -s compound opened by an adjective of <see cref="CompoundAdjectives"/> ("small-arms fire").
    /// </summary>
    private void RepairHyphenatedParticiple(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_jjClass < 0) return;
        for (int i = 0; i + 1 < words.Count; i++)
        {
            var w = words[i];
            int dash = w.LastIndexOf('-');
            // "imposed anti-dumping duties", "an anti-smuggling operation", "the anti-doping agency": an "anti-" compound
            // in -ing before a noun names what the noun is against; it is its modifier, never a verb taking the noun as
            // object (read so, the duties lose the verb that imposes them).
            if (dash > 0 && w.StartsWith("anti-", StringComparison.OrdinalIgnoreCase) && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && _xpos[classes[i]] is "VBG" or "VB" or "VBP" or "VBN" && _uposValue[classes[i + 1]] is Upos.NOUN or Upos.PROPN)
            {
                classes[i] = _jjClass;
                continue;
            }
            if (dash <= 0 || dash == w.Length - 1 || _xpos[classes[i]] is not ("VB" or "VBP" or "VBZ" or "VBD")) continue;
            // "exchanged small-arms fire", "heavy-weapons fire": a compound opened by an adjective of size or weight is a
            // modifier even when it ends in a plural the tagger reads as a verb's -s form.
            bool adjectiveCompound = _xpos[classes[i]] == "VBZ" && CompoundAdjectives.Contains(w[..dash]);
            if (!adjectiveCompound && !BefallenParticiples.Contains(w[(dash + 1)..])) continue;
            if (_uposValue[classes[i + 1]] is not (Upos.NOUN or Upos.PROPN)) continue;
            classes[i] = _jjClass;
        }
    }

    /// <summary>
    /// "nationalised a uranium mine run by ...", "attacked an informal gold mine", "the Kobada mine": after an article, a
    /// possessive, a number, an adjective or a noun, "mine" is the pit, never the pronoun (a pronoun stands alone: "the
    /// choice is mine"). The tagger, keyed on the form, reads it as PRP and the parser then makes it the subject of the
    /// participle after it, so the seizure or attack loses its object. Invariant: only "mine" tagged as a pronoun changes.
    /// </summary>
    private void RepairMineNoun(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnClass < 0) return;
        for (int i = 1; i < words.Count; i++)
        {
            if (!words[i].Equals("mine", StringComparison.OrdinalIgnoreCase) || _uposValue[classes[i]] != Upos.PRON) continue;
            if (_xpos[classes[i - 1]] is "DT" or "PRP$" or "POS" or "CD" or "JJ" or "JJR" or "JJS" or "NN" or "NNS" or "NNP" or "NNPS" or "VBN")
                classes[i] = _nnClass;
        }
    }

    /// <summary>
    /// "Militiamen armed with machetes killed 41 villagers", "men armed with rifles stormed the hotel": "armed with" right
    /// after a plural noun is a reduced relative describing it (a participle, VBN), not the clause's predicate. Read as an
    /// adjective or a finite verb it becomes the clause's head, the true verb a relative on the weapon, and the men an
    /// arming state. Only a plural noun before it: "the army armed with new rifles" is left, as is "were armed with".
    /// </summary>
    private void RepairArmedWith(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbnClass < 0) return;
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (!words[i].Equals("armed", StringComparison.OrdinalIgnoreCase) || !words[i + 1].Equals("with", StringComparison.OrdinalIgnoreCase)) continue;
            if (_xpos[classes[i - 1]] is "NNS" or "NNPS" && _xpos[classes[i]] is "JJ" or "VBD") classes[i] = _vbnClass;
        }
    }

    /// <summary>Verbs whose participle is their base form ("a mine run by", "a fire set by").</summary>
    private static readonly FrozenSet<string> BaseFormParticiples = new[] { "run", "set", "put", "cut", "hit", "hurt", "spread", "shut" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "nationalised a uranium mine run by a French company", "a blaze set by protesters": such a verb between a noun and
    /// "by" is a reduced passive relative on the noun (VBN), never a present tense (no subject stands before a present
    /// tense right after the object of another verb). Read as VBP, the parser makes it a second predicate and the noun
    /// loses its owner. Invariant: only VB/VBP tags on <see cref="BaseFormParticiples"/> between a noun and "by" change.
    /// </summary>
    private void RepairParticipleBeforeBy(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbnClass < 0) return;
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (!BaseFormParticiples.Contains(words[i]) || !words[i + 1].Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            if (_xpos[classes[i - 1]] is "NN" or "NNS" && _xpos[classes[i]] is "VB" or "VBP") classes[i] = _vbnClass;
        }
    }

    /// <summary>Words the tagger may rightly tag as coordinators (CC).</summary>
    private static readonly FrozenSet<string> Coordinators = new[]
    {
        "and", "or", "but", "nor", "yet", "so", "plus", "minus", "both", "either", "neither", "versus", "vs", "vs.", "v.",
        "and/or", "&", "n", "'n'", "times", "whether", "not", "only", "less", "then", "et",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Traders in Kano shut their shops", "Residents in the town set roadblocks": after a noun and a place the tagger may
    /// read a short verb whose past is its base form as a conjunction (CC), and the parser then coordinates the object with
    /// the subject, losing the clause's verb. A word of letters tagged CC that is no coordinator, between a noun or pronoun
    /// and the start of a noun phrase (article, possessive, number, noun, adjective), is the clause's finite verb: VBZ for a
    /// form in -s, else VBD. Invariant: only CC tags on words outside <see cref="Coordinators"/> change.
    /// </summary>
    private void RepairStrayCoordinator(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0 || _vbzClass < 0) return;
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (_xpos[classes[i]] != "CC") continue;
            var w = words[i];
            if (w.Length < 3 || !w.All(char.IsLetter) || Coordinators.Contains(w)) continue;
            // Only a listed English verb (its base form, or that form plus -s): "unless", "else", "lest" and other
            // subordinators the tagger may also read as CC are no verbs.
            string lower = w.ToLowerInvariant();
            bool thirdPerson = lower.EndsWith('s') && !lower.EndsWith("ss") && EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 1));
            if (!EnglishLexicon.IsVerb(lower) && !thirdPerson) continue;
            if (_uposValue[classes[i - 1]] is not (Upos.NOUN or Upos.PROPN or Upos.PRON)) continue;
            if (_xpos[classes[i + 1]] is not ("DT" or "PRP$" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "PDT")) continue;
            classes[i] = thirdPerson && !EnglishLexicon.IsVerb(lower) ? _vbzClass : _vbdClass;
        }
    }

    /// <summary>
    /// "Judge blocks order sending troops", "signed an order that ...": the tagger may read "order" as the subordinator
    /// of "in order to", which it is only right after "in". Anywhere else it is the noun. Invariant: only an "order"
    /// tagged IN and not preceded by "in" changes.
    /// </summary>
    private void RepairOrderPreposition(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_nnClass < 0) return;
        for (int i = 0; i < words.Count; i++)
            if (_xpos[classes[i]] == "IN" && words[i].Equals("order", StringComparison.OrdinalIgnoreCase)
                && (i == 0 || !words[i - 1].Equals("in", StringComparison.OrdinalIgnoreCase)))
                classes[i] = _nnClass;
    }

    /// <summary>True when at least six in ten of the words that start with a letter start with a capital (a headline).</summary>
    private static bool IsTitleCase(IReadOnlyList<string> words)
    {
        int capitals = 0, letters = 0;
        foreach (var w in words)
            if (w.Length > 0 && char.IsLetter(w[0])) { letters++; if (char.IsUpper(w[0])) capitals++; }
        return capitals * 10 >= letters * 6;
    }

    /// <summary>
    /// "Hungary Blocks EU Statement On Ukraine Aid", "Malawi court blocks land sale", "Ethiopia denies sending troops": a
    /// headline (Title Case, or no closing full stop) with no finite verb at all has one, usually the -s form right after
    /// its subject's noun, which the tagger reads as a plural. The first -s word tagged as a noun whose stem is an English
    /// verb, right after the singular noun that ends the noun phrase opening the headline, becomes VBZ. In a sentence-case
    /// headline a capitalised -s word is part of a name and is left alone; a preposition, verb or punctuation right after
    /// the word makes it the plural head of a verbless headline ("Ukraine peace talks in Geneva"), so it is left too.
    /// </summary>
    private void RepairHeadlineVerb(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbzClass < 0 || words.Count < 3) return;
        bool titleCase = IsTitleCase(words);
        if (!titleCase && words[^1] is "." or "!" or "?" or "\"" or "'" or ":" or ";") return;
        // "Chad appeals for aid as thousands flee fighting", "Russia warns of response as EU adopts sanctions": a finite
        // verb after a subordinator is the verb of a clause that hangs on the main one, so it does not stand for the
        // headline's own verb, and it says the main clause has one: the -s word before it is that verb even when a
        // preposition follows it (no verbless headline "Gaza talks in Cairo" carries an "as" clause with a verb).
        int end = words.Count;
        for (int i = 2; i + 1 < words.Count; i++)
            if (HeadlineSubordinators.Contains(words[i])) { end = i; break; }
        for (int i = 0; i < end; i++)
            if (IsFiniteTag(_xpos[classes[i]])) return;
        bool subordinateVerb = false;
        for (int i = end + 1; i < words.Count; i++)
            if (IsFiniteTag(_xpos[classes[i]])) { subordinateVerb = true; break; }
        for (int i = 1; i + 1 < end; i++)
        {
            var w = words[i];
            // In sentence case, only within the noun phrase that opens the headline: a preposition, verb form or
            // punctuation before the word ends it.
            if (!titleCase && _xpos[classes[i - 1]] is not ("NN" or "NNP" or "NNPS" or "NNS" or "JJ" or "POS" or "DT")) return;
            if (w.Length < 4 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal)) continue;
            if (titleCase ? !char.IsUpper(w[0]) : char.IsUpper(w[0])) continue;
            if (_xpos[classes[i]] is not ("NNS" or "NNP" or "NNPS")) continue;
            // The subject's head: a name ("Hungary", "Ethiopia") or a singular common noun ("court", "Opposition Party").
            bool afterName = _xpos[classes[i - 1]] is "NNP" || (titleCase && _xpos[classes[i - 1]] is "NNPS");
            if (!afterName && _xpos[classes[i - 1]] != "NN") continue;
            // "US Forces Leave Syrian Base": a verb right after it makes the -s word its subject.
            if (_xpos[classes[i + 1]].StartsWith("VB", StringComparison.Ordinal) && _xpos[classes[i + 1]] != "VBG") return;
            // "Ukraine peace talks in Geneva": after a common noun, or anywhere in sentence case, an -s word followed by a
            // preposition or punctuation heads a verbless headline.
            if ((!titleCase || !afterName) && _xpos[classes[i + 1]] is "IN" or "," or "." or ":" or "MD" or "CC" or "POS"
                && !(subordinateVerb && afterName && _xpos[classes[i + 1]] == "IN")) continue;
            if (!IsThirdPersonForm(w.ToLowerInvariant())) continue;
            classes[i] = _vbzClass;
            return;
        }
    }

    /// <summary>Words that open a subordinate clause in a headline ("... as thousands flee", "... after talks fail").</summary>
    private static readonly HashSet<string> HeadlineSubordinators = new(StringComparer.OrdinalIgnoreCase)
    { "as", "after", "while", "when", "before", "because", "until", "since", "though", "although", "if" };

    /// <summary>-s verbs of outcome that follow a noun of violence in headlines ("Police fire kills two").</summary>
    private static readonly HashSet<string> HeadlineOutcomeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "kills", "injures", "wounds", "hits", "leaves", "sparks", "destroys", "damages", "claims", "displaces", "forces",
    };

    /// <summary>
    /// "Police fire tear gas at protesters", "Nurses strike over pay in Kenya", "Troops shell rebel town": a headline (no
    /// closing full stop) tells the news in the present, with a plural subject and a base-form verb that is also a noun,
    /// which the tagger reads as a noun compound ("police fire tear gas") or, the subject, as a verb ("Nurses" VBZ). When
    /// the headline has no finite verb after its first word, the first word the lexicon allows as a verb, right after the
    /// plural subject that opens the headline (one to three words, the last plural or "police"), becomes VBP, and a
    /// subject read as VBZ becomes NNS. A verb or participle right after it ("Police fire killed ...") leaves it a noun.
    /// </summary>
    private void RepairHeadlinePresent(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbpClass < 0 || _nnsClass < 0 || words.Count < 3 || words[^1] is "." or "!" or "?" or "\"" or "'" or ":" ) return;
        // "Russia, Ukraine swap prisoners", "Japan, Australia sign pact": headlines join two named subjects with a comma;
        // one comma between two capitalised words among the first four is the subject's "and", not a clause break.
        int comma = -1;
        if (words.Count > 4)
            for (int i = 1; i <= 3; i++)
                if (words[i] == "," && IsCapitalised(words[i - 1]) && IsCapitalised(words[i + 1])) { comma = i; break; }
        // "Houthis fire rockets at ...": the tagger may read the object's plural as the verb (VBZ); that -s word right
        // after a base form the lexicon allows as a verb, whose stem is a noun, is the only finite word tolerated.
        int finite = -1;
        for (int i = 1; i < words.Count; i++)
        {
            if (i == comma) continue;
            // "Police raid warehouse, arrest 11": a comma before a second predicate of the same subject ends the first
            // one (RepairHeadlineSecondPredicate tags it); any other comma or colon leaves the headline alone.
            if (words[i] == "," && IsHeadlineSecondPredicate(words, classes, i + 1, "VBP", out _)) break;
            if (words[i] is ":" or ",") return;
            if (IsFiniteTag(_xpos[classes[i]])) { if (finite >= 0) return; finite = i; }
        }
        for (int i = 1; i <= 4 && i + 1 < words.Count; i++)
        {
            if (i == comma || i - 1 == comma) continue;
            var subject = words[i - 1];
            var sx = _xpos[classes[i - 1]];
            bool plural = subject.Equals("police", StringComparison.OrdinalIgnoreCase)
                || (sx is "NNS" or "NNPS" && subject.EndsWith('s'))
                || (i == 1 && sx == "VBZ" && subject.Length > 3 && char.IsUpper(subject[0]) && subject.EndsWith('s') && !subject.EndsWith("ss", StringComparison.Ordinal))
                // "Houthis fire ...": a capitalised plural name that opens the headline, whatever the tagger made of it
                || (i == 1 && sx is "DT" or "NNP" or "NNPS" or "JJ" && subject.Length > 4 && char.IsUpper(subject[0]) && !IsCapitalised(words[1])
                    && subject.EndsWith('s') && !subject.EndsWith("ss", StringComparison.Ordinal)
                    && !subject.EndsWith("us", StringComparison.Ordinal))
                // the second of two names joined by the headline's comma
                || (comma >= 0 && i - 1 == comma + 1 && IsCapitalised(subject))
                // "Australia and Vietnam sign ...": the second of two names joined by "and"
                || (i >= 3 && IsCapitalised(subject) && words[i - 2].Equals("and", StringComparison.OrdinalIgnoreCase) && IsCapitalised(words[i - 3]))
                // "Gunmen kidnap ...", "Fishermen protest ...": the irregular plural in -men
                || (subject.Length > 4 && subject.EndsWith("men", StringComparison.OrdinalIgnoreCase) && sx is "NNS" or "NNP" or "NNPS" or "NN");
            // "and" between the two names of a joined subject is part of the subject.
            if (!plural) { if (sx is "NN" or "NNP" or "JJ" or "NNS" or "NNPS" or "VBZ" || (sx == "CC" && subject.Equals("and", StringComparison.OrdinalIgnoreCase) && IsCapitalised(words[i - 2 < 0 ? 0 : i - 2]))) continue; return; }
            var w = words[i];
            if (w.Length < 3 || w.EndsWith('s') || _xpos[classes[i]] is not ("NN" or "VB" or "JJ" or "NNP")) continue;
            if (!EnglishLexicon.IsVerb(w.ToLowerInvariant().AsSpan())) continue;
            bool pluralObject = finite == i + 1 && _xpos[classes[i + 1]] == "VBZ" && IsPluralNoun(words[i + 1]) && !HeadlineOutcomeVerbs.Contains(words[i + 1]);
            if (finite >= 0 && !pluralObject) return;
            // "Police fire killed two", "Rebel attack kills ...": a verb or participle after it makes it the noun.
            if (!pluralObject && (_xpos[classes[i + 1]].StartsWith("VB", StringComparison.Ordinal) || _xpos[classes[i + 1]] == "MD")) return;
            // ... also when the tagger read that verb's -s form as a plural ("Police fire kills two", "Army strike hits
            // school"): the verbs that follow a noun of violence in headlines.
            if (HeadlineOutcomeVerbs.Contains(words[i + 1])) return;
            classes[i] = _vbpClass;
            if (sx == "VBZ") classes[i - 1] = _nnsClass;
            if (pluralObject) classes[i + 1] = _nnsClass;
            return;
        }
    }

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);

    /// <summary>True for an -s word whose stem the lexicon does not list as a verb ("rockets", "missiles", "drones"):
    /// read as a verb it can only be a plural noun.</summary>
    private static bool IsPluralNoun(string w)
    {
        if (w.Length < 4 || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal)) return false;
        var lower = w.ToLowerInvariant();
        if (EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 1))) return false;
        return !(lower.EndsWith("es", StringComparison.Ordinal) && EnglishLexicon.IsVerb(lower.AsSpan(0, lower.Length - 2)));
    }

    /// <summary>
    /// "Human Rights Watch urged Egypt to ...", "Police detained two journalists": a clause's first verb, an -ed form
    /// right after a noun or pronoun and right before a determiner, a proper noun, a pronoun or a number, is a finite
    /// verb (VBD), not a participle or adjective. The treebank's web text rarely opens clauses with a long name, and
    /// the tagger reads such a verb as a participle modifying what follows; news does it in most sentences.
    /// </summary>
    private void RepairFiniteParticiples(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0) return;
        // Headlines capitalise every word: there a capital says nothing about names.
        bool headline = IsTitleCase(words);
        bool finiteSeen = false;
        string? lastFinite = null;
        // "Fernando Dias, who had claimed victory, accused Embalo of ...": the verbs of a relative clause set off by commas
        // are not the main clause's; after its closing comma the main clause may still need its verb, whose subject is the
        // noun before the opening comma.
        int relativeComma = -1, relativeClosedAt = -1, subjectBeforeRelative = -1;
        bool finiteBeforeRelative = false;
        int bareRelative = -1;
        bool finiteBeforeBareRelative = false, subordinateWithoutVerb = false, inSubordinate = false;
        for (int i = 0; i < words.Count; i++)
        {
            var x = _xpos[classes[i]];
            if (i > 1 && words[i - 1] == "," && words[i] is "who" or "which")
            {
                relativeComma = i - 1; finiteBeforeRelative = finiteSeen;
                continue;
            }
            // "Ruth Wanjiku, a lawyer for the families, accused Kenyan police of ...": a name's apposition set off by commas
            // before the main clause's verb is closed as a relative clause is; after it the -ed form may be that verb.
            if (!finiteSeen && relativeComma < 0 && relativeClosedAt < 0 && i > 1 && words[i - 1] == "," && words[i] is "a" or "an" or "the"
                && _xpos[classes[i - 2]] is "NNP" or "NNPS")
            {
                relativeComma = i - 1; finiteBeforeRelative = finiteSeen;
                continue;
            }
            // "About 250 soldiers who had held out in the steelworks surrendered ...": a relative clause without commas;
            // its verb is not the main clause's, which a verb that takes no object may still supply after it.
            if (bareRelative < 0 && i > 0 && words[i] is "who" or "which" or "that" && _xpos[classes[i - 1]] is "NN" or "NNS" or "NNP" or "NNPS")
            {
                bareRelative = i; finiteBeforeBareRelative = finiteSeen;
            }
            if (relativeComma >= 0 && words[i] == "," && i > relativeComma + 2)
            {
                finiteSeen = finiteBeforeRelative; relativeClosedAt = i; subjectBeforeRelative = relativeComma - 1; relativeComma = -1;
                continue;
            }
            // A capitalised word inside the sentence is part of a name even when tagged as a verb ("Human Rights
            // Watch urged Egypt"): it opens no clause.
            bool nameWord = !headline && i > 0 && words[i].Length > 0 && char.IsUpper(words[i][0]);
            if (nameWord && _nnpClass >= 0 && x is "VB" or "VBP" or "VBZ" && _xpos[classes[i - 1]] is "NNP" or "NNPS")
            {
                classes[i] = _nnpClass; // "Human Rights Watch", "Save the Children": the last word of a name
                continue;
            }
            // "justice for the 15 people killed when the canopy collapsed": in a clause that has its verb, an -ed form
            // right after the noun of a prepositional phrase, with no object after it, is a reduced relative.
            if (x is "VBD" && finiteSeen && _vbnClass >= 0 && ReducedRelativeAt(words, classes, i)) { classes[i] = _vbnClass; continue; }
            // "released six detained Americans", "freed the jailed activists": in a clause that has its verb, an -ed form
            // between a number, article or possessive and a noun modifies the noun.
            if (x is "VBD" && finiteSeen && _vbnClass >= 0 && i > 0 && i + 1 < words.Count && words[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && _xpos[classes[i - 1]] is "CD" or "DT" or "PRP$" && !words[i - 1].Equals("that", StringComparison.OrdinalIgnoreCase)
                && _xpos[classes[i + 1]] is "NN" or "NNS" or "NNPS")
            { classes[i] = _vbnClass; continue; }
            // "suspended a treaty with Pakistan and expelled Pakistani military advisers": an -ed form after "and", in a
            // clause whose verb is in the past tense, before an object, is that verb's conjunct, not an adjective.
            if (x is "VBN" or "JJ" && lastFinite == "VBD" && i > 0 && i + 1 < words.Count && words[i - 1] is "and" or "or"
                && words[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && ObjectLike(words, classes, i + 1))
            { classes[i] = _vbdClass; continue; }
            // "lodged a protest and demanded compensation", "seized the town and forced thousands to flee", "and held
            // talks": the same conjunct before a bare noun object, when the tagger itself read the word as a verb form
            // (VBN), not an adjective: a participle it reads as JJ ("and wounded officers", "and armoured vehicles") is a
            // noun phrase's modifier. A finite verb right after the noun ("and injured officers were taken") makes the
            // noun a new clause's subject, so the word stays a modifier; a capitalised word is a name's ("and Fed Tax ID").
            // The first conjunct must end in a noun, pronoun or number (the previous verb's object): after an adjective or
            // participle ("the injured and detained migrants") the two modify one noun. Participles of a state that news
            // puts before nouns of people ("refugees and displaced families") are left to the noun phrase.
            if (x == "VBN" && lastFinite == "VBD" && i > 1 && i + 1 < words.Count && words[i - 1] is "and" or "or" && char.IsLower(words[i][0])
                && (words[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPasts.Contains(words[i]))
                && _xpos[classes[i - 2]] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "CD" && !StateParticiples.Contains(words[i])
                && BareNounObject(words, classes, i + 1))
            { classes[i] = _vbdClass; continue; }
            // "Israel said its jets struck Hezbollah targets", "Hezbollah said it fired rockets": a finite verb of saying
            // takes a clause without "that", whose own first verb the repair may still need.
            if (x is "VBD" or "VBZ" or "VBP" && !nameWord && SpeechFinites.Contains(words[i])) { finiteSeen = false; lastFinite = x; continue; }
            if (IsFiniteTag(x)) { if (!nameWord) { finiteSeen = true; lastFinite = x; } continue; }
            // A subordinate or a new coordinated clause has a first verb of its own ("..., after Chinese vessels fired
            // water cannon at a ship"; "..., and police arrested two men").
            if (!finiteSeen && i > 0 && ClauseOpeners.Contains(words[i]) && words[i - 1] != ",") subordinateWithoutVerb = true;
            if (finiteSeen && OpensClause(words, i)) { finiteSeen = false; inSubordinate = true; continue; }
            // "A convoy of 45 trucks carrying food crossed into Syria", "soldiers who had held out ... surrendered to Russian
            // forces": a verb that takes no object has no passive, so its -ed form after the subject's noun, before a
            // preposition or adverb, is the clause's finite verb even with no object after it.
            // A subordinator after the subject with no verb before it ("members downed tools after talks collapsed", with
            // "downed" read as an adjective) leaves the main clause's verb unfound: the subordinate verb must not take its place.
            // Only the main clause's (or a reported clause's) verb: in a subordinate clause after the main verb ("after students
            // protested", "as thousands rallied") the participle reading is left to the tagger.
            bool mainOpen = (!finiteSeen && !subordinateWithoutVerb && !inSubordinate) || (bareRelative >= 0 && !finiteBeforeBareRelative && i > bareRelative + 2);
            if (mainOpen && x is "VBN" or "JJ" && IntransitivePastAfterSubject(words, classes, i))
            {
                classes[i] = _vbdClass;
                finiteSeen = true; lastFinite = "VBD";
                // The relative clause's own verb keeps it open; a verb after it is the main clause's and closes it.
                if (bareRelative >= 0 && i > bareRelative + 2) bareRelative = -1;
                continue;
            }
            if (finiteSeen || i == 0 || i + 1 >= words.Count || x is not ("VBN" or "JJ")) continue;
            // "Gangs laid siege to the town", "the attackers set fire to shelters": an irregular past the tagger read as an
            // adjective is let through only before a bare noun, which the plural-subject test below then asks for ("a set
            // menu", "the laid-off workers" keep the adjective: no noun subject stands before them).
            bool irregularAdjective = x == "JJ" && IrregularPasts.Contains(words[i]) && i + 1 < words.Count && _xpos[classes[i + 1]] is "NN" or "NNS";
            if (!words[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !(x == "VBN" && IrregularPasts.Contains(words[i])) && !irregularAdjective) continue;
            // "China on Tuesday imposed sanctions": the wire-copy time phrase between subject and verb is skipped.
            int p = i - 1 == relativeClosedAt ? subjectBeforeRelative : i - 1;
            // "Eritrean and Ethiopian troops, according to a UN report, killed hundreds": the subject stands before an
            // interruption set off by commas.
            if (words[p] == "," && InterruptionOpening(words, classes, p) is var open && open > 0) p = open - 1;
            bool timed = false;
            // "Thai jets later struck Cambodian targets", "the army also seized": an adverb between subject and verb.
            if (_xpos[classes[p]] is "RB" or "RBR" && p > 0 && !words[p].Equals("not", StringComparison.OrdinalIgnoreCase) && !words[p].Equals("n't", StringComparison.Ordinal)) p--;
            // "Russia and Ukraine each released 150 prisoners", "the two sides both signed": a quantifier floated after a
            // plural or coordinated subject stands between subject and verb as an adverb does.
            else if (p > 0 && FloatedQuantifiers.Contains(words[p]) && _xpos[classes[p - 1]] is "NNS" or "NNPS" or "NNP" or "PRP") p--;
            if (TreebankAugmentation.DayWords.Contains(words[p]))
            {
                timed = true;
                p--;
                if (p >= 0 && words[p].Equals("on", StringComparison.OrdinalIgnoreCase)) p--;
                if (p < 0) continue;
            }
            bool prevName = p > 0 && words[p].Length > 0 && char.IsUpper(words[p][0]);
            if (_xpos[classes[p]] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP") && !prevName) continue;
            var next = _xpos[classes[i + 1]];
            // A bare noun after the -ed form is its object ("vessels fired water cannon") unless the verb names
            // ("a man named John"), and a plural or pronoun subject makes the reduced relative rarer still.
            bool nounObject = next is "NN" or "NNS" && _xpos[classes[p]] is "NNS" or "NNPS" or "PRP" && !NamingParticiples.Contains(words[i]);
            // "The European Union imposed sanctions on ...", "Moscow expelled diplomats": after a name, a bare plural is the
            // object too; a participle of a state keeps its noun ("US allied forces").
            nounObject |= next == "NNS" && _xpos[classes[p]] == "NNP" && words[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && !NamingParticiples.Contains(words[i]) && !StateParticiples.Contains(words[i]);
            // "Chile's foreign minister held talks in Lima on Tuesday and agreed to ...": a later past verb after "and" needs a
            // finite first conjunct, and a reduced relative ("the talks held in Lima") leaves the subject none; so before a
            // bare noun, with such a conjunct ahead and no finite verb between, the form is the clause's own past verb.
            nounObject |= next is "NN" or "NNS" && x == "VBN" && !NamingParticiples.Contains(words[i]) && !StateParticiples.Contains(words[i])
                && ConjoinedPastAhead(words, classes, i + 1);
            if (next is not ("DT" or "NNP" or "NNPS" or "PRP" or "PRP$" or "CD") && !(timed && next is "NN" or "NNS" or "JJ") && !nounObject
                && !(next == "JJ" && char.IsUpper(words[i + 1][0]) && _xpos[classes[p]] is "NNS" or "NNPS")
                && !CountFollows(words, classes, i + 1) && !PhrasalFollows(words, classes, i)
                // "shot down 48 drones", "handed over two suspects": a particle and then an object
                && !(next == "RP" && i + 2 < words.Count && ObjectLike(words, classes, i + 2))
                // Session 69 (agent69): "the military struck what it said were weapons depots", "police arrested what they
                // called ringleaders": a free relative "what" is an object, and a reduced passive has none, so the form
                // before it is the clause's past verb.
                && !words[i + 1].Equals("what", StringComparison.OrdinalIgnoreCase)) continue;
            if (next is "NNP" or "NNPS" && NamingParticiples.Contains(words[i])) continue;
            classes[i] = _vbdClass;
            finiteSeen = true; lastFinite = "VBD";
        }
    }

    /// <summary>Past forms of verbs that take no object in news use ("landed in Yangon", "surrendered to Russian forces",
    /// "rallied in Tel Aviv"): with no passive, after a noun they cannot be a reduced relative.</summary>
    private static readonly HashSet<string> IntransitivePasts = new(StringComparer.OrdinalIgnoreCase)
    {
        "arrived", "landed", "docked", "marched", "rallied", "surrendered", "protested", "clashed", "travelled", "traveled",
        "converged", "died", "collapsed", "erupted", "resigned", "sailed", "rioted", "mutinied", "defected", "retreated",
        "escaped", "disappeared", "happened", "occurred", "remained", "stayed", "responded", "reacted", "retaliated",
        "replied", "crossed", "campaigned", "crashed", "exploded", "testified", "apologised", "apologized", "rebelled",
        "stepped", "walked", "fled", "demonstrated",
    };

    /// <summary>
    /// True when the -ed form at <paramref name="i"/> is a verb of <see cref="IntransitivePasts"/> right after the subject's
    /// noun or pronoun (an adverb or a wire-copy day may stand between) and right before a preposition other than "by", a
    /// particle, an adverb or the clause's end: "troops surrendered to", "protesters rallied outside", "the minister resigned.".
    /// </summary>
    private bool IntransitivePastAfterSubject(IReadOnlyList<string> words, Span<int> classes, int i)
    {
        if (i == 0 || i + 1 >= words.Count || !IntransitivePasts.Contains(words[i])) return false;
        string next = words[i + 1];
        var nx = _xpos[classes[i + 1]];
        if (next.Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        if (nx is not ("IN" or "RP" or "RB" or "TO" or "." or ",")) return false;
        int p = i - 1;
        if (_xpos[classes[p]] is "RB" or "RBR" && p > 0 && !words[p].Equals("not", StringComparison.OrdinalIgnoreCase)) p--;
        if (TreebankAugmentation.DayWords.Contains(words[p]) && p > 1) { p--; if (words[p].Equals("on", StringComparison.OrdinalIgnoreCase)) p--; }
        if (p < 0) return false;
        if (words[p] == "," && InterruptionOpening(words, classes, p) is var open && open > 0) p = open - 1;
        return _xpos[classes[p]] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP" || words[p] == ")";
    }

    /// <summary>
    /// For a comma at <paramref name="close"/> that may end an interruption after the subject (", according to a UN report,",
    /// ", backed by Kenyan officers,"), the comma that opens it: the nearest comma before, right after a noun and right
    /// before "according" or a participle, with no finite verb between. -1 when there is none.
    /// </summary>
    private int InterruptionOpening(IReadOnlyList<string> words, Span<int> classes, int close)
    {
        for (int k = close - 1; k > 0; k--)
        {
            if (IsFiniteTag(_xpos[classes[k]])) return -1;
            if (words[k] != ",") continue;
            if (k + 1 >= close || _xpos[classes[k - 1]] is not ("NN" or "NNS" or "NNP" or "NNPS")) return -1;
            bool opener = words[k + 1].Equals("according", StringComparison.OrdinalIgnoreCase) || _xpos[classes[k + 1]] is "VBN" or "VBG";
            return opener ? k : -1;
        }
        return -1;
    }

    /// <summary>Words that open a clause with a subject of its own; "after", "before", "since" and "until" are also
    /// prepositions, which is why the repair still asks for an object-like word after the -ed form.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "when", "while", "as", "because", "since", "although", "though", "until", "once", "whereas",
        "that", "if", "where",
    };

    /// <summary>
    /// "The minister called on Israel to halt ...", "Japan and Korea agreed to resume talks": a verb of calling or of
    /// intent with its particle, or with a "to"-infinitive, after the subject is the clause's finite verb; as reduced
    /// relatives these combinations are rare in news.
    /// </summary>
    private bool PhrasalFollows(IReadOnlyList<string> words, Span<int> classes, int i)
    {
        if (i + 1 >= words.Count) return false;
        string w = words[i].ToLowerInvariant(), next = words[i + 1].ToLowerInvariant();
        if (next == "to" && i + 2 < words.Count && _xpos[classes[i + 2]] == "VB") return ControlPasts.Contains(w);
        return PhrasalPasts.Contains(w + " " + next);
    }

    private static readonly HashSet<string> ControlPasts = new(StringComparer.Ordinal)
    {
        "agreed", "vowed", "pledged", "promised", "refused", "threatened", "planned", "decided", "tried", "failed", "moved",
        "wanted", "hoped", "offered", "voted", "declined", "attempted", "managed", "continued", "started", "appeared",
        "intended", "aimed", "prepared", "resolved", "opted", "rushed", "scrambled", "pushed", "pressed", "demanded",
    };

    private static readonly HashSet<string> PhrasalPasts = new(StringComparer.Ordinal)
    {
        "called on", "called for", "pushed for", "pressed for", "appealed to", "appealed for", "lobbied for", "argued for",
        "argued against", "voted for", "voted against", "asked for", "opted for", "warned of", "warned against",
        "insisted on", "agreed on", "agreed with", "hit out", "lashed out", "cracked down", "pulled out", "backed down",
        "stepped down", "walked out", "pushed back", "signed up", "called off", "ruled out", "carried out", "sought to",
    };

    /// <summary>Finite verbs of saying and thinking that take a bare clause as their object ("said its jets struck").</summary>
    private static readonly HashSet<string> SpeechFinites = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "added", "adds", "claimed", "claims", "insisted", "insists", "stressed", "stresses", "noted",
        "notes", "argued", "argues", "believed", "believes", "thought", "thinks", "confirmed", "confirms", "acknowledged",
        "admitted", "alleged", "alleges", "reported", "reports", "announced", "announces", "warned", "warns", "estimated",
    };

    /// <summary>Quantifiers that float after the subject they count ("the ministers each said", "they both signed").</summary>
    private static readonly HashSet<string> FloatedQuantifiers = new(StringComparer.OrdinalIgnoreCase) { "each", "both", "all" };

    /// <summary>
    /// "The foreign ministers of Peru and Chile spoke by telephone", "Russia withdrew its troops": an irregular verb's past
    /// tense that is never its participle ("spoke", not "spoken") is a finite verb whatever its context, so a participle
    /// or adjective tag on it (from the reduced-relative reading the treebank favours after a noun) is always wrong.
    /// </summary>
    private void RepairPastOnlyForms(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0) return;
        for (int i = 1; i < words.Count; i++)
            if (PastOnlyForms.Contains(words[i])
                // "An explosion tore through a minibus": after a noun the tagger may read the form as the noun phrase's
                // head (NN); none of these forms is an English noun. Capitalised, it may be a name ("Drew"), and is left.
                && (_xpos[classes[i]] is "VBN" or "JJ" || (_xpos[classes[i]] == "NN" && char.IsLower(words[i][0]))))
                classes[i] = _vbdClass;
    }

    /// <summary>Irregular past forms (also participles) that are never a present tense (unlike "hit", "cut", "set").</summary>
    private static readonly FrozenSet<string> PastNeverPresent = new[]
    {
        "shot", "struck", "fought", "caught", "brought", "sought", "held", "led", "fled", "sent", "built", "lost", "left",
        "kept", "told", "sold", "found", "won", "stood", "seen", "taken", "given", "stolen", "thrown", "driven", "beaten",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Gunmen on motorcycles shot dead three villagers": a present-tense tag (VBP) on a form that is only a past or a
    /// participle ("shot", "seized", "fled") is always wrong; after a plural subject with a phrase between, the tagger
    /// may still give it, and the parser then takes the verb for a clause complement and the object for a new subject.
    /// The form becomes the finite past (VBD). Invariant: only VBP tags on -ed forms or listed irregular pasts change;
    /// "need", "feed", "bleed", "proceed", "succeed" and other words in -eed keep theirs.
    /// </summary>
    private void RepairPastReadAsPresent(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbdClass < 0) return;
        for (int i = 1; i < words.Count; i++)
        {
            if (_xpos[classes[i]] != "VBP") continue;
            var w = words[i];
            bool edForm = w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.EndsWith("eed", StringComparison.OrdinalIgnoreCase);
            if (edForm || PastNeverPresent.Contains(w)) classes[i] = _vbdClass;
        }
    }

    /// <summary>
    /// "The US has so far pledged $8 million", "the army had also recently withdrawn": after a form of "have" and up to
    /// three adverbs ("not" among them), a past form is the perfect's participle (VBN), never a second finite verb; the treebank rarely puts
    /// two adverbs there, and the finite reading leaves "has" the clause's main verb with the real verb hung off it.
    /// The simple pasts that are never participles ("spoke", "went") are left as they are (ungrammatical after "have").
    /// </summary>
    private void RepairPerfectParticiple(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbnClass < 0) return;
        for (int i = 2; i < words.Count; i++)
        {
            if (_xpos[classes[i]] != "VBD" || PastOnlyForms.Contains(words[i])) continue;
            int h = BeforeAdverbs(classes, i);
            if (h == i - 1) continue; // adjacent "has pledged" the tagger already reads; only adverbs in between confuse it
            if (PerfectAuxiliaries.Contains(words[h])) classes[i] = _vbnClass;
        }
    }

    /// <summary>The word before <paramref name="i"/> once up to three adverbs right before it are passed over ("had already
    /// been", "has reportedly pledged"): where a perfect's auxiliary stands if word i is its participle.</summary>
    private int BeforeAdverbs(Span<int> classes, int i)
    {
        int h = i - 1;
        while (h > 0 && i - h <= 3 && _xpos[classes[h]] is "RB" or "RBR" or "RBS") h--;
        return h;
    }

    /// <summary>Forms of "have" that make a perfect with a following participle ("'s" is left out: it is also "is").</summary>
    private static readonly HashSet<string> PerfectAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "having", "'ve", "'d",
    };

    /// <summary>
    /// "Ukraine's air force shot down 48 drones", "the army beat back the attack": a particle tag (RP) belongs to a verb, so a
    /// past form right before one that the tagger read as a noun ("a force shot") is the verb's participle form; the finite
    /// repair that follows decides whether it is the clause's finite verb. "Dead" after a past form is the resultative of
    /// "shot dead", "stabbed dead" ("Fighters of the Liberation Army shot dead four workers"), never an adjective of it.
    /// </summary>
    private void RepairNounBeforeParticle(IReadOnlyList<string> words, Span<int> classes)
    {
        if (_vbnClass < 0) return;
        for (int i = 1; i + 1 < words.Count; i++)
        {
            // "Burundi shut down the office": an irregular past may also be read as an adverb before its particle.
            bool irregular = IrregularPasts.Contains(words[i]) || PastOnlyForms.Contains(words[i]);
            if (!(_xpos[classes[i]] == "NN" || (_xpos[classes[i]] == "RB" && irregular))
                || !(words[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase) || irregular))
                continue;
            if (_xpos[classes[i]] == "NN" && (_xpos[classes[i + 1]] == "RP" || words[i + 1].Equals("dead", StringComparison.OrdinalIgnoreCase))) { classes[i] = _vbnClass; continue; }
            // "after the army shot down a drone": the tagger may read both the past form (NN) and its particle (IN) as
            // a noun and a preposition ("a shot down the street"). Right after the subject's noun or pronoun (not after an
            // article: "fired a shot down the road"), before a particle and then an object, it is the verb and the
            // particle its particle (RP).
            if (_rpClass >= 0 && i + 2 < words.Count && VerbParticles.Contains(words[i + 1]) && _xpos[classes[i + 1]] is "IN" or "RB" or "RP"
                && _xpos[classes[i - 1]] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP" && ObjectLike(words, classes, i + 2))
            {
                classes[i] = _vbnClass;
                classes[i + 1] = _rpClass;
            }
        }
    }

    /// <summary>Particles of phrasal verbs of news ("shot down", "held up", "called off", "pushed back").</summary>
    private static readonly HashSet<string> VerbParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "down", "up", "off", "out", "back", "away",
    };

    /// <summary>Simple past forms of irregular verbs that differ from their past participle ("spoke"/"spoken",
    /// "withdrew"/"withdrawn"); forms also used as nouns or participles in news ("rose", "saw", "fell", "ran") are left out.</summary>
    private static readonly HashSet<string> PastOnlyForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "spoke", "went", "came", "took", "gave", "wrote", "began", "drove", "flew", "knew", "grew", "threw", "drew", "chose",
        "froze", "broke", "stole", "swore", "tore", "shook", "rode", "forbade", "arose", "withdrew", "overthrew", "undertook",
        "overtook", "forgave", "became", "overran", "mistook", "foresaw", "oversaw", "rewrote",
    };

    /// <summary>Irregular verbs whose past tense and past participle are one form: the repair's -ed test misses them.</summary>
    private static readonly HashSet<string> IrregularPasts = new(StringComparer.OrdinalIgnoreCase)
    {
        "struck", "hit", "shot", "fought", "led", "held", "sent", "sought", "caught", "brought", "built", "cut", "put", "set",
        "left", "met", "lost", "kept", "told", "sold", "won", "spent", "bound", "found", "fled", "laid", "paid", "said",
        "shut", "spread", "split", "swept", "taught", "thought", "understood", "upheld", "withheld", "dealt", "meant", "lent",
    };

    /// <summary>Participles that name ("a man named John Smith", "a group called Hope"): before a name or a noun they
    /// are far more often reduced relatives than finite verbs.</summary>
    private static readonly HashSet<string> NamingParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "named", "called", "dubbed", "nicknamed", "titled", "entitled", "labelled", "labeled", "branded", "styled",
    };

    /// <summary>"killed at least 80 villagers", "detained more than 40 people": a number, after a word or two that
    /// approximate it, is an object, so the -ed form before it is a finite verb.</summary>
    private bool CountFollows(IReadOnlyList<string> words, Span<int> classes, int k)
    {
        if (k >= words.Count || !Approximators.Contains(words[k])) return false;
        if (k + 1 < words.Count && words[k + 1].Equals("of", StringComparison.OrdinalIgnoreCase) && words[k].EndsWith('s')) return true; // "dozens of"
        for (int n = k + 1; n < Math.Min(words.Count, k + 3); n++)
            if (_xpos[classes[n]] == "CD") return true;
        return false;
    }

    private static readonly HashSet<string> Approximators = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "more", "about", "nearly", "almost", "some", "around", "over", "up", "roughly", "approximately", "fewer", "less",
        "dozens", "hundreds", "thousands", "scores", "tens",
    };

    /// <summary>Participles of a state that news puts before nouns of people or things ("displaced families", "injured
    /// workers", "armed groups"): after "and" they modify a noun more often than they add a verb.</summary>
    private static readonly HashSet<string> StateParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "displaced", "affected", "injured", "wounded", "armed", "armoured", "armored", "unarmed", "elected", "disputed",
        "occupied", "exiled", "retired", "skilled", "registered", "undocumented", "unemployed", "organised", "organized",
        "allied", "united", "related", "qualified", "experienced", "trained",
    };

    /// <summary>A bare common noun phrase from <paramref name="k"/> (common nouns, at most three) that no finite verb or
    /// modal follows: the object of a verb before it, not the subject of a clause after it.</summary>
    private bool BareNounObject(IReadOnlyList<string> words, Span<int> classes, int k)
    {
        int e = k;
        while (e < words.Count && e - k < 3 && _xpos[classes[e]] is "NN" or "NNS") e++;
        if (e == k) return false;
        return e >= words.Count || !IsFiniteTag(_xpos[classes[e]]);
    }

    /// <summary>True when, from <paramref name="k"/> on, the clause reaches "and" and a past verb (VBD) with no finite verb,
    /// comma, relative word or subordinator before it: the past verb is then a conjunct with no finite verb to join but
    /// one still to be read before <paramref name="k"/>.</summary>
    private bool ConjoinedPastAhead(IReadOnlyList<string> words, Span<int> classes, int k)
    {
        for (int j = k; j + 1 < words.Count; j++)
        {
            var x = _xpos[classes[j]];
            if (IsFiniteTag(x) || x is "WDT" or "WP" || words[j] is "," or ";" or ":" or "that" || ClauseOpeners.Contains(words[j])) return false;
            if (words[j] == "and") return _xpos[classes[j + 1]] == "VBD";
        }
        return false;
    }

    /// <summary>A word that opens an object: a determiner, possessive, number, proper noun, or a capitalised adjective
    /// ("Pakistani").</summary>
    private bool ObjectLike(IReadOnlyList<string> words, Span<int> classes, int k) =>
        _xpos[classes[k]] is "DT" or "PRP$" or "CD" or "NNP" or "NNPS" or "PRP"
        || (_xpos[classes[k]] == "JJ" && words[k].Length > 0 && char.IsUpper(words[k][0]));

    private bool ReducedRelativeAt(IReadOnlyList<string> words, Span<int> classes, int i)
    {
        if (i < 2 || i + 1 >= words.Count || !words[i].EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        if (_xpos[classes[i - 1]] is not ("NN" or "NNS")) return false;
        if (_xpos[classes[i + 1]] is "DT" or "PRP" or "PRP$" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ") return false;
        int k = i - 1;
        while (k > 0 && _xpos[classes[k - 1]] is "NN" or "NNS" or "JJ" or "CD" or "DT" or "PRP$" or "NNP" or "NNPS" or "JJR" or "JJS") k--;
        if (k == 0) return false;
        var before = words[k - 1];
        return _xpos[classes[k - 1]] == "IN" && !ClauseOpeners.Contains(before);
    }

    private static bool OpensClause(IReadOnlyList<string> words, int i)
    {
        if (ClauseOpeners.Contains(words[i])) return true;
        // ", and police arrested", "; troops killed": coordination of clauses, not of nouns.
        if (words[i] is ";") return true;
        return i > 0 && words[i - 1] is "," && words[i] is "and" or "but";
    }

    // ---- features ---------------------------------------------------------------------------------------

    internal const int FeatureCount = 38;
    internal const int SecondFeatureCount = FeatureCount + 5;

    /// <summary>Per-sentence precomputed hashes; one per thread, reused (no allocation per token).</summary>
    private sealed class Context
    {
        [ThreadStatic] private static Context? t_context;
        public int[] First = [];
        /// <summary>The stacked model's own classes, before the rule repairs (see RepairVerblessSentence).</summary>
        public int[] Model = [];
        public ulong[] Lower = [], Exact = [], Shape = [], Suf1 = [], Suf2 = [], Suf3 = [], Suf4 = [], Suf5 = [], Pre1 = [], Pre2 = [], Pre3 = [], Amb = [], Tail = [];
        public int Count;
        /// <summary>How the sentence is cased: 0 ordinary, 1 no capitals at all, 2 title case (most words capitalised), 3 all capitals.
        /// Headlines and web text break the "capital means name" cue; this lets the model know when.</summary>
        public ulong Profile;

        public static Context Rent(int n)
        {
            var c = t_context ??= new Context();
            if (c.Lower.Length < n + 4)
            {
                int m = Math.Max(n + 4, 64);
                c.First = new int[m];
                c.Model = new int[m];
                c.Lower = new ulong[m]; c.Exact = new ulong[m]; c.Shape = new ulong[m]; c.Suf1 = new ulong[m]; c.Suf2 = new ulong[m];
                c.Suf3 = new ulong[m]; c.Suf4 = new ulong[m]; c.Pre1 = new ulong[m]; c.Pre2 = new ulong[m]; c.Pre3 = new ulong[m]; c.Amb = new ulong[m]; c.Suf5 = new ulong[m]; c.Tail = new ulong[m];
            }
            c.Count = n;
            return c;
        }

        // Positions are offset by 2 so that i-2 .. i+2 are always inside the arrays; pads hash to fixed values.
        public void Fill(IReadOnlyList<string> words, PerceptronTagger? tagger)
        {
            int n = words.Count;
            for (int p = 0; p < 2; p++)
            {
                Pad(p, 0x51A7);
                Pad(n + 2 + p, 0xE4D);
            }
            int letters = 0, capitalised = 0, upperOnly = 0;
            foreach (var word in words)
            {
                if (word.Length == 0 || !char.IsLetter(word[0])) continue;
                letters++;
                if (char.IsUpper(word[0])) capitalised++;
                bool allUpper = true;
                foreach (var ch in word) if (char.IsLower(ch)) { allUpper = false; break; }
                if (allUpper) upperOnly++;
            }
            Profile = letters < 3 ? 4UL : upperOnly * 10 >= letters * 8 ? 3UL : capitalised == 0 ? 1UL : capitalised * 10 >= letters * 6 ? 2UL : 0UL;
            for (int i = 0; i < n; i++)
            {
                var w = words[i].AsSpan();
                int j = i + 2;
                Lower[j] = FeatureHash.Lower(w);
                Exact[j] = FeatureHash.Exact(w);
                Shape[j] = ShapeHash(w);
                Suf1[j] = FeatureHash.Lower(w[Math.Max(0, w.Length - 1)..]);
                Suf2[j] = FeatureHash.Lower(w[Math.Max(0, w.Length - 2)..]);
                Suf3[j] = FeatureHash.Lower(w[Math.Max(0, w.Length - 3)..]);
                Suf4[j] = FeatureHash.Lower(w[Math.Max(0, w.Length - 4)..]);
                Suf5[j] = FeatureHash.Lower(w[Math.Max(0, w.Length - 5)..]);
                // The part after the last hyphen or slash ("pro-Russian" → "russian"): compounds take its class.
                int cut = w.Length == 0 ? -1 : w[..^1].LastIndexOfAny('-', '/');
                Tail[j] = cut > 0 ? FeatureHash.Lower(w[(cut + 1)..]) : 0x7A11;
                Pre1[j] = FeatureHash.Exact(w[..Math.Min(1, w.Length)]);
                Pre2[j] = FeatureHash.Lower(w[..Math.Min(2, w.Length)]);
                Pre3[j] = FeatureHash.Lower(w[..Math.Min(3, w.Length)]);
                Amb[j] = tagger?.AmbiguityOf(w) ?? 0;
            }
        }

        /// <summary>Makes word i look unseen: its identity features take values no word has.</summary>
        public void Forget(int i)
        {
            int j = i + 2;
            Lower[j] = 0xD0D0_0001; Exact[j] = 0xD0D0_0002; Amb[j] = 0x0A0A;
        }

        private void Pad(int j, ulong v)
        {
            Lower[j] = Exact[j] = Shape[j] = Suf1[j] = Suf2[j] = Suf3[j] = Suf4[j] = Suf5[j] = Tail[j] = Pre1[j] = Pre2[j] = Pre3[j] = Amb[j] = v + (ulong)j;
        }

        /// <summary>Writes the <see cref="FeatureCount"/> features of word i, given the classes of words before it.</summary>
        public void Features(int i, ReadOnlySpan<int> classes, Span<ulong> f)
        {
            int j = i + 2;
            ulong t1 = i >= 1 ? (ulong)classes[i - 1] + 1 : 0xF1, t2 = i >= 2 ? (ulong)classes[i - 2] + 1 : 0xF2;
            ulong initial = i == 0 ? 1UL : 0UL;
            f[0] = FeatureHash.OfHashes(1, 0);
            f[1] = FeatureHash.OfHashes(2, Lower[j]);
            f[2] = FeatureHash.OfHashes(3, Suf1[j]);
            f[3] = FeatureHash.OfHashes(4, Suf2[j]);
            f[4] = FeatureHash.OfHashes(5, Suf3[j]);
            f[5] = FeatureHash.OfHashes(6, Suf4[j]);
            f[6] = FeatureHash.OfHashes(7, Pre1[j]);
            f[7] = FeatureHash.OfHashes(8, Pre2[j]);
            f[8] = FeatureHash.OfHashes(9, Pre3[j]);
            f[9] = FeatureHash.OfHashes(10, Shape[j], initial);
            f[10] = FeatureHash.OfHashes(11, Lower[j - 1]);
            f[11] = FeatureHash.OfHashes(12, Lower[j + 1]);
            f[12] = FeatureHash.OfHashes(13, Lower[j - 2]);
            f[13] = FeatureHash.OfHashes(14, Lower[j + 2]);
            f[14] = FeatureHash.OfHashes(15, Suf3[j - 1]);
            f[15] = FeatureHash.OfHashes(16, Suf3[j + 1]);
            f[16] = FeatureHash.OfHashes(17, t1);
            f[17] = FeatureHash.OfHashes(18, t2, t1);
            f[18] = FeatureHash.OfHashes(19, t1, Lower[j]);
            f[19] = FeatureHash.OfHashes(20, Lower[j - 1], Lower[j]);
            f[20] = FeatureHash.OfHashes(21, Lower[j], Lower[j + 1]);
            f[21] = FeatureHash.OfHashes(22, Amb[j]);
            f[22] = FeatureHash.OfHashes(23, Amb[j + 1]);
            f[23] = FeatureHash.OfHashes(24, Amb[j + 2]);
            f[24] = FeatureHash.OfHashes(25, t1, Amb[j + 1]);
            f[25] = FeatureHash.OfHashes(26, Exact[j]);
            f[26] = FeatureHash.OfHashes(27, Shape[j - 1], Shape[j], Shape[j + 1]);
            f[27] = FeatureHash.OfHashes(28, Amb[j], Amb[j + 1]);
            f[28] = FeatureHash.OfHashes(29, t1, Suf3[j]);
            f[29] = FeatureHash.OfHashes(30, Lower[j], Amb[j + 1], t1);
            f[30] = FeatureHash.OfHashes(31, Suf5[j]);
            f[31] = FeatureHash.OfHashes(32, Tail[j]);
            f[32] = FeatureHash.OfHashes(33, t1, Lower[j + 1]);
            f[33] = FeatureHash.OfHashes(34, t1, Shape[j]);
            f[34] = FeatureHash.OfHashes(35, Lower[j + 1], Amb[j + 2]);
            f[35] = FeatureHash.OfHashes(36, Shape[j], Profile, initial);
            f[36] = FeatureHash.OfHashes(37, Lower[j], Profile);
            f[37] = FeatureHash.OfHashes(38, Shape[j - 1], Shape[j], t1);
        }

        /// <summary>The second pass's extra features: first-pass classes of the words to the right.</summary>
        public void RightFeatures(int i, ReadOnlySpan<int> first, Span<ulong> f)
        {
            int j = i + 2;
            ulong r1 = i + 1 < Count ? (ulong)first[i + 1] + 1 : 0xE1, r2 = i + 2 < Count ? (ulong)first[i + 2] + 1 : 0xE2;
            ulong t1 = i >= 1 ? (ulong)first[i - 1] + 1 : 0xF1;
            f[0] = FeatureHash.OfHashes(101, r1);
            f[1] = FeatureHash.OfHashes(102, r1, r2);
            f[2] = FeatureHash.OfHashes(103, Lower[j], r1);
            f[3] = FeatureHash.OfHashes(104, t1, r1);
            f[4] = FeatureHash.OfHashes(105, Suf3[j], r1);
        }

        /// <summary>Word shape: X upper, x lower, d digit, other chars as they are; runs longer than 2 collapse ("Xxx", "dd.dd").</summary>
        private static ulong ShapeHash(ReadOnlySpan<char> w)
        {
            ulong h = 14695981039346656037UL;
            char prev = '\0';
            int run = 0;
            int n = 0;
            foreach (char ch in w)
            {
                char s = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
                run = s == prev ? run + 1 : 1;
                prev = s;
                if (run > 2) continue;
                h = (h ^ s) * 1099511628211UL;
                if (++n > 12) break;
            }
            return FeatureHash.Mix(h);
        }
    }

    private ulong AmbiguityOf(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[64];
        if (word.Length > buf.Length) return 0x0A0A;
        int n = word.ToLowerInvariant(buf);
        return _ambiguitySpan.TryGetValue(buf[..n], out var h) ? h : 0x0A0A;
    }

    // ---- training ---------------------------------------------------------------------------------------

    public sealed record Options
    {
        public int Epochs { get; init; } = 12;
        public int Seed { get; init; } = 1;
        /// <summary>A word goes in the tag dictionary when seen this often with one class this large a share.</summary>
        public int TagDictMinCount { get; init; } = 20;
        public double TagDictMinShare { get; init; } = 0.995;
        /// <summary>Only words seen this often get an ambiguity class: for rare words the training data's own
        /// tag would leak into the feature, which a word unseen at run time never has.</summary>
        public int AmbiguityMinCount { get; init; } = 3;
        /// <summary>In training, a word seen at most <see cref="RareWordCount"/> times loses its word-identity features
        /// with this probability, so the model learns to tag from affixes and shape as it must for unseen words.</summary>
        public double RareWordDropout { get; init; } = 0.3;
        public int RareWordCount { get; init; } = 1;
        /// <summary>
        /// Share of training sentences added again in headline title case ("Rebels Seize Town Near Border"): the
        /// treebank has almost no headlines, where a capital says nothing about being a name.
        /// </summary>
        public double TitleCaseShare { get; init; } = 0.1;
        /// <summary>Copies of each treebank sentence whose time phrase can move between subject and verb, with it
        /// moved (<see cref="TreebankAugmentation.FrontedTimeCopies"/>): the wire-copy "China on Tuesday imposed".
        /// Off by default: with 3 copies the tagger tags "China on Tuesday imposed sanctions" right, but a parser
        /// retrained on its jackknifed tags scored EWT dev UAS 85.38 against 85.82 (session 5; see README).</summary>
        public int FrontedTimeCopies { get; init; }
        /// <summary>Jackknife folds for the stacked second pass; below 2, a one-pass tagger.</summary>
        public int Folds { get; init; } = 4;
    }

    /// <summary>
    /// Trains a tagger and lemmatizer. The first pass is trained on all sentences (best epoch on dev UPOS).
    /// With <see cref="Options.Folds"/> ≥ 2 a second pass is stacked on it: it learns from first-pass tags of the
    /// words to the right, which for training sentences come from first passes trained without them
    /// (jackknifing), so that they are as wrong as at run time.
    /// </summary>
    public static PerceptronTagger Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, Options options,
        Action<string>? progress = null, string description = "")
    {
        if (train.Count == 0) throw new ArgumentException("no training sentences", nameof(train));
        // The lemmatizer learns from the treebank as it is: title-cased copies would teach it capitalised lemmas.
        var lemmas = LemmaModel.Train(train);
        if (options.TitleCaseShare > 0) train = WithTitleCaseCopies(train, options.TitleCaseShare, options.Seed);
        if (options.FrontedTimeCopies > 0) train = [.. train, .. TreebankAugmentation.FrontedTimeCopies(train, options.FrontedTimeCopies, options.Seed)];
        var classIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var classes = new List<string>();
        int ClassOf(ConlluWord w)
        {
            var key = w.Upos + " " + w.Xpos;
            if (!classIndex.TryGetValue(key, out int c)) { c = classes.Count; classes.Add(key); classIndex[key] = c; }
            return c;
        }
        var gold = train.Select(s => s.Words.Select(ClassOf).ToArray()).ToArray();
        var words = train.Select(s => s.Words.Select(w => w.Form).ToArray()).ToArray();

        // Tag dictionary (exact forms) and ambiguity classes (lower-cased forms → sorted UPOS set).
        var exactCounts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var uposSets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var lowerCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < train.Count; s++)
            for (int i = 0; i < words[s].Length; i++)
            {
                var w = words[s][i];
                if (!exactCounts.TryGetValue(w, out var c)) exactCounts[w] = c = new();
                c[gold[s][i]] = c.GetValueOrDefault(gold[s][i]) + 1;
                var lower = w.ToLowerInvariant();
                if (!uposSets.TryGetValue(lower, out var set)) uposSets[lower] = set = new(StringComparer.Ordinal);
                set.Add(train[s].Words[i].Upos);
                lowerCounts[lower] = lowerCounts.GetValueOrDefault(lower) + 1;
            }
        var tagDict = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (w, c) in exactCounts)
        {
            int total = c.Values.Sum();
            var (cls, n) = c.MaxBy(p => p.Value);
            if (total >= options.TagDictMinCount && n >= options.TagDictMinShare * total) tagDict[w] = cls;
        }
        var ambiguity = uposSets.Where(p => lowerCounts[p.Key] >= options.AmbiguityMinCount)
            .ToDictionary(p => p.Key, p => FeatureHash.Exact(string.Join('|', p.Value)), StringComparer.Ordinal);
        progress?.Invoke($"tagger: {classes.Count} classes, {tagDict.Count} words in the tag dictionary, {ambiguity.Count} ambiguity classes; " +
                         $"lemmatizer: {lemmas.RuleCount} suffix rules, {lemmas.ExceptionCount} exceptions");

        var empty = new PerceptronTrainer(classes.Count).Average();
        PerceptronTagger Make(PerceptronModel first, PerceptronModel? second) =>
            new([.. classes], first, second, tagDict, ambiguity, lemmas, description);
        var all = Enumerable.Range(0, train.Count).ToArray();

        // Pass 1 on everything, best epoch on dev.
        var (firstModel, firstEpoch) = TrainPass(all, null, options.Epochs, m => Make(m, null), "pass 1");
        var tagger = Make(firstModel, null);
        if (options.Folds < 2) return tagger;

        // Jackknifed first-pass tags for the training sentences.
        var right = new int[train.Count][];
        var rndFold = new Random(options.Seed + 17);
        var fold = all.Select(_ => rndFold.Next(options.Folds)).ToArray();
        for (int f = 0; f < options.Folds; f++)
        {
            var (m, _) = TrainPass(all.Where(i => fold[i] != f).ToArray(), null, firstEpoch, null, $"fold {f + 1}/{options.Folds}");
            var t = Make(m, null);
            foreach (int i in all.Where(i => fold[i] == f))
            {
                right[i] = new int[words[i].Length];
                t.Tag(words[i], right[i]);
            }
        }
        var (secondModel, _) = TrainPass(all, right, options.Epochs, m => Make(firstModel, m), "pass 2");
        return Make(firstModel, secondModel);

        // Trains one pass on the given sentences; with `evaluate`, keeps the epoch whose tagger is best on dev.
        (PerceptronModel, int) TrainPass(int[] sentences, int[][]? firstTags, int epochs, Func<PerceptronModel, PerceptronTagger>? evaluate, string name)
        {
            var trainer = new PerceptronTrainer(classes.Count);
            var shell = Make(empty, null);
            var order = (int[])sentences.Clone();
            var rnd = new Random(options.Seed);
            var features = new ulong[SecondFeatureCount];
            int nFeatures = firstTags is null ? FeatureCount : SecondFeatureCount;
            var scores = new float[classes.Count];
            var predicted = new int[Math.Max(1, train.Max(s => s.Words.Count))];
            PerceptronModel? best = null;
            double bestAcc = -1;
            int bestEpoch = epochs;
            for (int epoch = 1; epoch <= epochs; epoch++)
            {
                rnd.Shuffle(order);
                int correct = 0, total = 0;
                foreach (int s in order)
                {
                    var ws = words[s];
                    var ctx = Context.Rent(ws.Length);
                    ctx.Fill(ws, shell);
                    if (options.RareWordDropout > 0)
                        for (int i = 0; i < ws.Length; i++)
                            if (lowerCounts.GetValueOrDefault(ws[i].ToLowerInvariant()) <= options.RareWordCount && rnd.NextDouble() < options.RareWordDropout)
                                ctx.Forget(i);
                    for (int i = 0; i < ws.Length; i++)
                    {
                        total++;
                        if (tagDict.TryGetValue(ws[i], out int known)) { predicted[i] = known; correct += known == gold[s][i] ? 1 : 0; continue; }
                        ctx.Features(i, predicted, features);
                        if (firstTags is not null) ctx.RightFeatures(i, firstTags[s], features.AsSpan(FeatureCount));
                        var f = features.AsSpan(0, nFeatures);
                        trainer.Score(f, scores);
                        int guess = PerceptronModel.ArgMax(scores);
                        trainer.Update(f, gold[s][i], guess);
                        trainer.Tick();
                        // Later words are conditioned on the predicted tag, as at run time (greedy, not gold, history).
                        predicted[i] = guess;
                        if (guess == gold[s][i]) correct++;
                    }
                }
                if (evaluate is null || dev.Count == 0)
                {
                    progress?.Invoke($"{name} epoch {epoch}: train {100.0 * correct / total:F2} %");
                    if (epoch == epochs) best = trainer.Average();
                    continue;
                }
                var model = trainer.Average();
                double acc = evaluate(model).UposAccuracy(dev);
                progress?.Invoke($"{name} epoch {epoch}: train {100.0 * correct / total:F2} % classes right, dev UPOS {100 * acc:F2} %, {trainer.FeatureCount:N0} features");
                if (acc > bestAcc) { bestAcc = acc; best = model; bestEpoch = epoch; }
            }
            if (evaluate is not null && dev.Count > 0) progress?.Invoke($"{name}: kept epoch {bestEpoch} (dev UPOS {100 * bestAcc:F2} %)");
            return (best!, bestEpoch);
        }
    }

    private static readonly HashSet<string> TitleCaseLowerWords = new(StringComparer.Ordinal)
    { "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "nor", "'s", "n't" };

    /// <summary>The sentences plus title-cased copies of a random share of them (same tags; lemmas unchanged).</summary>
    private static List<ConlluSentence> WithTitleCaseCopies(IReadOnlyList<ConlluSentence> train, double share, int seed)
    {
        var rnd = new Random(seed + 101);
        var result = new List<ConlluSentence>(train);
        foreach (var s in train)
        {
            if (rnd.NextDouble() >= share) continue;
            var copy = new ConlluSentence { SentenceId = s.SentenceId + "-title", Line = s.Line };
            foreach (var w in s.Words)
            {
                var form = w.Form;
                if (form.Length > 0 && char.IsLower(form[0]) && !TitleCaseLowerWords.Contains(form))
                    form = char.ToUpperInvariant(form[0]) + form[1..];
                copy.Words.Add(w with { Form = form });
            }
            result.Add(copy);
        }
        return result;
    }

    /// <summary>
    /// The lemma of word i. The clitics "'s" and "'d" stand for two verbs each, which only the next word tells
    /// apart: "'s" before a past participle is "has" ("she's gone"), else "is"; "'d" before one is "had", else "would".
    /// </summary>
    public string LemmaInContext(IReadOnlyList<string> words, ReadOnlySpan<int> classes, int i)
    {
        var form = words[i];
        var xpos = _xpos[classes[i]];
        if (form.Length == 2 && form[0] is '\'' or '\u2019' && (form[1] is 's' or 'S' or 'd' or 'D') && _upos[classes[i]] is "AUX" or "VERB")
        {
            int j = i + 1;
            while (j < words.Count && _upos[classes[j]] is "ADV" or "PART") j++;
            bool participle = j < words.Count && _xpos[classes[j]] == "VBN";
            return char.ToLowerInvariant(form[1]) == 's' ? (participle ? "have" : "be") : (participle ? "have" : "would");
        }
        return Lemmas.Lemmatize(form, xpos);
    }

    /// <summary>This tagger with another lemmatizer (the tagging models are shared, not copied).</summary>
    public PerceptronTagger WithLemmas(LemmaModel lemmas) =>
        new([.. Enumerable.Range(0, ClassCount).Select(i => _upos[i] + " " + _xpos[i])], _model, _second,
            new Dictionary<string, int>(_tagDict), new Dictionary<string, ulong>(_ambiguity), lemmas, Description);

    /// <summary>A copy of <paramref name="sentence"/> with this tagger's UPOS, XPOS and lemmas (heads and relations kept).</summary>
    public ConlluSentence Retag(ConlluSentence sentence)
    {
        var forms = sentence.Words.Select(w => w.Form).ToArray();
        var cls = new int[forms.Length];
        Tag(forms, cls);
        var copy = new ConlluSentence { SentenceId = sentence.SentenceId, Text = sentence.Text, NewDocument = sentence.NewDocument,
            NewParagraph = sentence.NewParagraph, Line = sentence.Line };
        copy.Comments.AddRange(sentence.Comments);
        copy.Multiwords.AddRange(sentence.Multiwords);
        for (int i = 0; i < forms.Length; i++)
            copy.Words.Add(sentence.Words[i] with { Upos = _upos[cls[i]], Xpos = _xpos[cls[i]], Lemma = LemmaInContext(forms, cls, i) });
        return copy;
    }

    /// <summary>
    /// The training sentences re-tagged by taggers that never saw them (k-fold jackknifing), so that a parser
    /// trained on them learns from tags as wrong as the ones it will get at run time.
    /// </summary>
    public static List<ConlluSentence> Jackknife(IReadOnlyList<ConlluSentence> train, int folds, Options options, Action<string>? progress = null)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), "jackknifing needs at least 2 folds");
        var result = new ConlluSentence[train.Count];
        var rnd = new Random(options.Seed + 31);
        var fold = train.Select(_ => rnd.Next(folds)).ToArray();
        for (int f = 0; f < folds; f++)
        {
            var part = Enumerable.Range(0, train.Count).Where(i => fold[i] != f).Select(i => train[i]).ToList();
            var tagger = Train(part, [], options with { Folds = 0 }, null);
            int n = 0;
            for (int i = 0; i < train.Count; i++)
                if (fold[i] == f) { result[i] = tagger.Retag(train[i]); n++; }
            progress?.Invoke($"jackknife fold {f + 1}/{folds}: re-tagged {n:N0} sentences");
        }
        return [.. result];
    }

    /// <summary>UPOS accuracy over gold-tokenized sentences.</summary>
    public double UposAccuracy(IReadOnlyList<ConlluSentence> sentences)
    {
        int right = 0, all = 0;
        var cls = new int[16];
        foreach (var s in sentences)
        {
            var ws = s.Words.Select(w => w.Form).ToArray();
            if (cls.Length < ws.Length) cls = new int[ws.Length * 2];
            Tag(ws, cls);
            for (int i = 0; i < ws.Length; i++) { all++; if (_upos[cls[i]] == s.Words[i].Upos) right++; }
        }
        return all == 0 ? 0 : (double)right / all;
    }

    // ---- persistence ------------------------------------------------------------------------------------

    public void Save(string path) => ModelFile.Save(path, ModelKind, ModelVersion, Description, Write);

    private void Write(BinaryWriter w)
    {
        w.Write(_upos.Length);
        for (int i = 0; i < _upos.Length; i++) w.Write(_upos[i] + " " + _xpos[i]);
        _model.Write(w);
        w.Write(_second is not null);
        _second?.Write(w);
        w.Write(_tagDict.Count);
        foreach (var (k, v) in _tagDict) { w.Write(k); w.Write((ushort)v); }
        w.Write(_ambiguity.Count);
        foreach (var (k, v) in _ambiguity) { w.Write(k); w.Write(v); }
        Lemmas.Write(w);
    }

    public static PerceptronTagger Load(string path)
    {
        using var fs = File.OpenRead(path);
        return Load(fs, path);
    }

    public static PerceptronTagger Load(Stream stream, string name) =>
        ModelFile.Read(stream, name, ModelKind, ModelVersion, (r, h) =>
        {
            int n = r.ReadInt32();
            if (n is < 2 or > 4096) throw new InvalidDataException($"{name}: bad class count {n}");
            var classes = new string[n];
            for (int i = 0; i < n; i++) classes[i] = r.ReadString();
            var model = PerceptronModel.Read(r);
            if (model.ClassCount != n) throw new InvalidDataException($"{name}: model has {model.ClassCount} classes, table {n}");
            var second = r.ReadBoolean() ? PerceptronModel.Read(r) : null;
            if (second is not null && second.ClassCount != n) throw new InvalidDataException($"{name}: second pass has {second.ClassCount} classes, table {n}");
            int td = r.ReadInt32();
            var tagDict = new Dictionary<string, int>(td, StringComparer.Ordinal);
            for (int i = 0; i < td; i++)
            {
                var k = r.ReadString(); int v = r.ReadUInt16();
                if (v >= n) throw new InvalidDataException($"{name}: tag dictionary class {v} out of range");
                tagDict[k] = v;
            }
            int am = r.ReadInt32();
            var amb = new Dictionary<string, ulong>(am, StringComparer.Ordinal);
            for (int i = 0; i < am; i++) amb[r.ReadString()] = r.ReadUInt64();
            var lemmas = LemmaModel.Read(r);
            return new PerceptronTagger(classes, model, second, tagDict, amb, lemmas, h.Description);
        });
}
