using Tidings.Actors;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Coding;

/// <summary>
/// The first event coder: finds lexicon triggers in each sentence and assigns source and target actors. When the
/// sentence is parsed, roles come from the dependency tree first (<see cref="TreeRoles"/>: subject, passive agent,
/// object, the entry's prepositional phrase, an event noun's modifier, inherited and coordinated subjects); token
/// windows inside clause boundaries decide where the tree names no actor, and for unparsed text.
/// <para>Symmetric relations (meet, talks, agreement) are coded in both directions only when both sides are
/// explicit as joint subjects ("X and Y signed a deal") or as "between X and Y"; "X met Y" and "X held talks with Y"
/// are coded once, X→Y, because news reports name the initiator or visitor first.</para>
/// Immutable and thread-safe: all per-document state lives in locals.
/// </summary>
public sealed partial class ShallowCoder : IEventCoder
{
    private static readonly Lazy<ShallowCoder> LazyDefault = new(() => new ShallowCoder(CodingLexicon.Default) { Triggers = LearnedTriggerModel.Default });

    public ShallowCoder(CodingLexicon lexicon) => Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));

    /// <summary>A coder over <see cref="CodingLexicon.Default"/>, with the embedded learned trigger model when it is switched on
    /// (<see cref="LearnedTriggerModel.Default"/>).</summary>
    public static ShallowCoder Default => LazyDefault.Value;

    public CodingLexicon Lexicon { get; }
    public string Name => "shallow-coder";
    public Annotation Requires => Annotation.Tokens | Annotation.Sentences | Annotation.Actors;
    public Annotation Assigns => Annotation.EventMentions;

    private struct Trig
    {
        public int Start, End;
        public TriggerVariant Variant;
        public bool IsNoun;
        public int Clause;
        public bool Consumed;
        /// <summary>A more specific code than the entry's, from an event noun inside the phrase ("expanded judicial
        /// cooperation": 063 inside "expand cooperation", 060), else null.</summary>
        public string? Refined;
        public TriggerEntry Entry => Variant.Entry;
        /// <summary>The code the trigger stands for: the refined one when an event noun inside the phrase gave one.</summary>
        public string Code => Refined ?? Entry.Cameo;
    }

    private struct Clause
    {
        public int Start, End;
        /// <summary>Clause whose subject this one inherits (participle, "to"+verb, "and"+verb), else -1.</summary>
        public int Parent;
        /// <summary>For relative clauses ("…, which/who …"): the antecedent actor, else -1.</summary>
        public int Antecedent;
        public int Subject;
        public int FirstTarget;
        public bool Background;
    }

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.TokenCount == 0 || document.SentenceCount == 0) return;
        var actorOf = ActorIndex(document);
        var state = new SentenceState(document, Lexicon, actorOf);
        for (int si = 0; si < document.SentenceCount; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sent = document.Sentence(si);
            if (IsPageClutter(document, sent.FirstToken, sent.EndToken)) continue;
            state.Code(si, sent.FirstToken, sent.EndToken);
        }
        // Last: the learned trigger model reads only sentences the rules above left without any event (off unless switched on).
        if (Triggers is { } triggers) ProposeLearnedEvents(document, actorOf, triggers);
    }

    /// <summary>The actor mention each token belongs to (-1: none), as the coder's roles read it: the first mention over a
    /// token wins, appositive role nouns of named actors are unmapped, reported clauses on actors repaired.</summary>
    internal int[] ActorIndex(Document document)
    {
        int nTok = document.TokenCount;
        var actorOf = new int[nTok];
        Array.Fill(actorOf, -1);
        var actors = document.Actors;
        for (int a = 0; a < actors.Count; a++)
        {
            var r = actors[a].Tokens;
            int s = Math.Max(0, r.FirstToken), e = Math.Min(nTok, r.EndToken);
            for (int t = s; t < e; t++) if (actorOf[t] < 0) actorOf[t] = a;
        }
        UnmapAppositiveRoles(document, actorOf);
        RepairReportedClausesOnActors(document, actorOf);
        return actorOf;
    }

    /// <summary>
    /// "Read more: Nurses stage strike over pay.", "Related: Minister sacked", "Also read: ...", "See also: ...": a web page's
    /// link to another story, a headline that is no part of this article; its acts are not the article's news (blind59's page
    /// clutter). Only the label followed by a colon at the very start of the sentence counts. A running story's "The Latest on
    /// ..." label is clutter too (<see cref="IsRunningStoryLabel"/>).
    /// </summary>
    private static bool IsPageClutter(Document doc, int first, int end)
    {
        bool W(int t, string w) => t < end && doc.Token(t).Span.Equals(w, StringComparison.OrdinalIgnoreCase);
        if (end - first < 3) return false;
        return (W(first, "read") && W(first + 1, "more") && W(first + 2, ":"))
            || (W(first, "read") && W(first + 1, "also") && W(first + 2, ":"))
            || (W(first, "also") && W(first + 1, "read") && W(first + 2, ":"))
            || (W(first, "see") && W(first + 1, "also") && W(first + 2, ":"))
            || (W(first, "related") && (W(first + 1, ":") || (W(first + 1, "stories") || W(first + 1, "story") || W(first + 1, "news") || W(first + 1, "articles")) && W(first + 2, ":")))
            || (W(first, "recommended") && W(first + 1, ":"))
            || IsReaderCall(doc, first, end)
            || IsRunningStoryLabel(doc, first, end);
    }

    /// <summary>
    /// "mediators Egypt and Qatar", "the mediators, Egypt and Qatar,", "Egypt and Qatar, the mediators,": a role noun
    /// the text could give no country stands in apposition with the actors that fill it, and is not a third actor. Its
    /// tokens are unmapped, so the tree reads the role's node through its appositive and the coder codes the named actors.
    /// </summary>
    private static void UnmapAppositiveRoles(Document doc, int[] actorOf)
    {
        var actors = doc.Actors;
        int n = actorOf.Length;
        for (int a = 0; a < actors.Count; a++)
        {
            var m = actors[a];
            if (m.Country is not null || m.Code is not { Length: 3 } || !m.Rule.StartsWith("role:", StringComparison.Ordinal)) continue;
            int first = m.Tokens.FirstToken, end = m.Tokens.EndToken;
            if (first < 0 || end > n || end <= first) continue;
            int sentence = doc.SentenceOf(first);
            bool Word(int t, string w) => t >= 0 && t < n && doc.SentenceOf(t) == sentence && doc.Token(t).Span.Equals(w, StringComparison.OrdinalIgnoreCase);
            bool NamedActorAt(int t) => t >= 0 && t < n && doc.SentenceOf(t) == sentence && actorOf[t] >= 0 && actorOf[t] != a
                && actors[actorOf[t]].Country is not null && char.IsUpper(doc.Token(t).Span[0]);
            bool NamedActorEndsAt(int t) => NamedActorAt(t) && actors[actorOf[t]].Tokens.EndToken == t + 1;
            int det = first - 1;
            bool definite = Word(det, "the");
            bool appositive =
                // "mediators Egypt and Qatar": a plural role right before the names (a singular one is a title: "President X").
                (NamedActorAt(end) && actors[actorOf[end]].Tokens.FirstToken == end && doc.Token(first).Span.EndsWith("s", StringComparison.OrdinalIgnoreCase))
                // "the mediators, Egypt and Qatar,"
                || (definite && Word(end, ",") && NamedActorAt(end + 1))
                // "Egypt and Qatar, the mediators,"
                || (definite && Word(det - 1, ",") && NamedActorEndsAt(det - 2) && (Word(end, ",") || end >= n || doc.SentenceOf(end) != sentence || Word(end, ".")));
            if (!appositive) continue;
            for (int t = first; t < end; t++) if (actorOf[t] == a) actorOf[t] = -1;
        }
    }

    /// <summary>Working state for one document, reused across its sentences.</summary>
    private sealed partial class SentenceState(Document doc, CodingLexicon lex, int[] actorOf)
    {
        private readonly List<Trig> _trigs = new();
        private readonly List<Clause> _clauses = new();
        private readonly List<EventMention> _out = new();
        private readonly HashSet<(int, int, string)> _seen = new();

        /// <summary>Takes back an event already emitted, and its (source, target, code) key, so that the act it was read as
        /// can be coded once as what it is (a later Emit of the same key is then not taken for a copy).</summary>
        private void Retract(EventMention m)
        {
            _out.Remove(m);
            _seen.Remove((m.Source, m.Target, m.Cameo));
        }

        /// <summary>Countryless doers (actor index) an attack placed in a country (<see cref="EventMention.SourceCountry"/>):
        /// "Gunmen kidnapped a mayor in Guerrero … The governor condemned the kidnapping" aims at the gunmen of that country.</summary>
        private readonly Dictionary<int, string> _placedDoers = new();
        /// <summary>The target of the article's latest event of each root so far: "similar sanctions" in a later sentence
        /// are aimed where the earlier ones were. Kept across the document's sentences.</summary>
        private readonly Dictionary<string, int> _lastTargetOfRoot = new(StringComparer.Ordinal);
        /// <summary>Sources of the article's events so far, in order, with their sentences: "the decision" that a later
        /// sentence condemns was made by one of them. Target is the event's target (-1 when none): a later denial or rejection
        /// with no target of its own answers the side that acted on the denier (<see cref="AnsweredActor"/>). Kept across the
        /// document's sentences.</summary>
        private readonly List<(int Sentence, int Source, string Code, string Trigger, int Target)> _sources = new();
        /// <summary>The article's lead sentence (<see cref="LeadSentence"/>), int.MinValue until first asked.</summary>
        private int _lead = int.MinValue;
        /// <summary>This sentence's judgements that named no doer: the judgement's token → the judged act noun
        /// (<see cref="AimJudgementsAtEarlierActs"/>).</summary>
        private readonly Dictionary<int, int> _judgedActs = new();
        private readonly HashSet<int> _reporters = new();
        /// <summary>First tokens of the triggers that produced an event in this sentence (frame verbs and their inner triggers).</summary>
        private readonly HashSet<int> _coded = new();
        private int[] _clauseOf = new int[64];
        private int[] _trigAt = new int[64];
        private int[] _lightEnd = new int[64];
        private readonly TreeRoles _tree = new(doc, actorOf);
        private int _f, _e, _sentence;
        private bool _sentenceBackground;
        /// <summary>The first token of the trigger the candidate being coded has found to be a contest noun in a cause phrase
        /// ("amid strikes", "after clashes"), or -1; set before that candidate's events are emitted.</summary>
        private int _causeNounAt = -1;
        // Whether the sentence reports play (WordSets.SportPlay) and tells no real violence (WordSets.SportViolence); null until asked.
        private bool? _sportPlay;
        /// <summary>The token of the sentence's background cue ("during", "in 2014", "ago"), -1 when none.</summary>
        private int _backgroundCue = -1;
        /// <summary>The noun-modifying clause a background cue belongs to when the parse hung it elsewhere, -1 otherwise.</summary>
        private int _backgroundCueClause = -1;
        private int _attribution;
        /// <summary>The speech verb whose subtree alone the attribution covers, -1 when it covers the sentence.</summary>
        private int _attributionScope = -1;
        /// <summary>Each parsed speech verb of the sentence with its reporter: (verb node, actor).</summary>
        private readonly List<(int Node, int Actor)> _reportNodes = new();

        private ReadOnlySpan<char> W(int t) => doc.Token(t).Span;
        private bool Is(int t, WordSet set) => t >= _f && t < _e && set.Contains(W(t));
        /// <summary>
        /// The actor that starts at <paramref name="k"/> or right after the noun compounds from <paramref name="k"/> on ("striking
        /// Tube drivers", "striking Air Canada flight attendants"); -1 when none does.
        /// </summary>
        private int StrikersAfter(int k)
        {
            for (int i = k; i < _e && i <= k + 3; i++)
            {
                int a = ActorAt(i);
                if (a >= 0) return A(a).Tokens.FirstToken == i ? a : -1;
                if (doc.TokUpos(i) is not (Upos.NOUN or Upos.PROPN) || doc.Token(i).Relation != "compound") return -1;
            }
            return -1;
        }

        private bool IsWord(int t, string w) => t >= _f && t < _e && W(t).Equals(w, StringComparison.OrdinalIgnoreCase);

        /// <summary>A prenominal word that names an event as not yet (or not surely) happened: "a planned march", "an
        /// upcoming strike", "a possible attack". Only as a modifier in the noun phrase ("amod", or right after a determiner):
        /// "the army planned attacks" is a verb of intent with its own reading.</summary>
        private bool UnrealisedModifier(int t) => t >= _f && t < _e && UnrealisedWords.Contains(W(t).ToString())
            && (doc.Token(t).Relation == "amod" || (t - 1 >= _f && doc.TokUpos(t - 1) == Upos.DET) || UnrealisedAfterPreposition(t));

        /// <summary>Session 70 (fam13): "ahead of planned anti-government protests", "before scheduled strikes": with no
        /// determiner the parser often reads "planned" as a finite verb (advcl) whose object is the event noun, and the clause
        /// subject then became the planner of a threatened protest. Right after a preposition (or "before"/"after"), with no
        /// subject of its own, the word is still the noun phrase's modifier. "after they planned protests" has a subject
        /// between and is not this.</summary>
        private bool UnrealisedAfterPreposition(int t) => t - 1 >= _f && doc.TokUpos(t - 1) is Upos.ADP or Upos.SCONJ
            && !(_tree.Parsed && (_tree.HasChildRelation(t, "nsubj") || _tree.HasChildRelation(t, "nsubj:pass")));

        /// <summary>True when every token from <paramref name="from"/> up to <paramref name="to"/> is an adjective or a noun
        /// ("planned [fuel price] protests").</summary>
        private bool NounPhraseWordsBetween(int from, int to)
        {
            for (int t = from; t < to; t++)
                if (t < _f || t >= _e || doc.TokUpos(t) is not (Upos.ADJ or Upos.NOUN or Upos.PROPN)) return false;
            return true;
        }

        private static readonly HashSet<string> UnrealisedWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "planned", "proposed", "upcoming", "scheduled", "expected", "possible", "potential", "prospective", "forthcoming",
            "impending", "looming", "mooted",
        };
        private int ActorAt(int t) => t >= _f && t < _e ? actorOf[t] : -1;
        private ActorMention A(int a) => doc.Actors[a];

        /// <summary>True when the parse gives token <paramref name="t"/> a possessive dependent ("the ministry's arm").</summary>
        private bool HasPossessor(int t)
        {
            if (!_tree.Parsed) return false;
            for (int k = Math.Max(_f, t - 8); k < t; k++)
                if (doc.Token(k).Head == t && doc.Token(k).Relation == "nmod:poss") return true;
            return false;
        }

        /// <summary>True when the parse makes actor <paramref name="a"/> the doer of a noun's act: its possessor ("Beijing's
        /// decision", "the court's ruling").</summary>
        private bool DoerOfAct(int a)
        {
            int head = Syntax.Attachment.SpanHead(doc, A(a).Tokens);
            return head >= 0 && doc.Token(head).Relation == "nmod:poss";
        }

        /// <summary>True when the parse makes the determiner word <paramref name="det"/> (a numeral or quantifier standing
        /// alone: "two", "both", "all") the subject of the finite verb <paramref name="verb"/> right after it, so the verb is
        /// no attributive participle. Needs a past-tense tag: "the two detained men" keeps its adjective.</summary>
        private bool DeterminerIsSubject(int det, int verb) =>
            _tree.Parsed && doc.Token(det).Head == verb && doc.Token(det).Relation is "nsubj" or "nsubj:pass"
            && doc.TokXpos(verb) == "VBD" && (doc.TokUpos(det) is Upos.NUM || Is(det, StandaloneQuantifiers));

        /// <summary>Quantifiers that stand alone as a subject ("both agreed", "all pledged"). Not "that", "this", "these",
        /// "those": a relative "that" before a past verb ("a strike that killed six aid workers") is a clause whose subject
        /// the coder finds elsewhere, and lifting the adjective reading there coded acts with the wrong doer.</summary>
        private static readonly WordSet StandaloneQuantifiers = new("both", "all", "several", "some", "any");

        private bool IsPunct(int t)
        {
            var s = W(t);
            return s.Length > 0 && !char.IsLetterOrDigit(s[0]) && !Words.Possessive.Contains(s) && s[0] != '\'';
        }

        /// <summary>True for a possessive or adjective actor: flagged by the recogniser or followed by "'s".</summary>
        private bool IsModifier(int a)
        {
            var m = A(a);
            if (m.IsModifier) return true;
            int after = m.Tokens.EndToken;
            return after < _e && Words.Possessive.Contains(W(after));
        }

        /// <summary>True when the sentence opens with a "Background:" or "Context:" label.</summary>
        private bool BackgroundLabelled() =>
            _e - _f > 2 && W(_f + 1) is ":"
            && (W(_f).Equals("background", StringComparison.OrdinalIgnoreCase) || W(_f).Equals("context", StringComparison.OrdinalIgnoreCase));

        public void Code(int sentence, int f, int e)
        {
            _f = f; _e = e; _sentence = sentence;
            int n = e - f;
            if (_clauseOf.Length < n) { _clauseOf = new int[n * 2]; _trigAt = new int[n * 2]; _lightEnd = new int[n * 2]; }
            _trigs.Clear(); _clauses.Clear(); _out.Clear(); _seen.Clear(); _reporters.Clear(); _coded.Clear(); _judgedActs.Clear(); _verbTargets.Clear();
            _sportPlay = null;
            Array.Fill(_trigAt, -1, 0, n);
            Array.Fill(_lightEnd, 0, 0, n);
            _tree.Load(f, e);
            MarkRestWords();
            FindTriggers();
            FindConditionMarks();
            // A verb of finding is a trigger only where it states a finding ("found that ..."); elsewhere ("traces of uranium
            // found at a site", "found the bodies") it is an ordinary word, and no boundary for the other triggers' roles.
            for (int i = 0; i < _trigs.Count; i++)
                if (_trigs[i].Entry.Frame == FrameKind.Find
                    && (!_tree.Parsed || _tree.FindingClause(Syntax.Attachment.SpanHead(doc, new TokenRange(_trigs[i].Start, _trigs[i].End))) < 0))
                { var x = _trigs[i]; x.Consumed = true; _trigs[i] = x; }
            // A judgement needs no trigger word of its own ("called Uganda's decision unconstitutional").
            if (_trigs.Count == 0 && !AnyJudgement() && !AnyCourtUndoing() && !AnyCarriedRelief() && !AnyMandatedMission() && !AnyJointForceAct() && !AnyTogetherForceAct() && !AnyPassiveDelivery() && IncludedTargetsVerb() < 0 && !AnyGriefFeeling()
                && CopularVisits().Count == 0 && !AnyAcceptVerb() && !AnyMustOrCraft() && !AnyOverseeingOrOrder() && !AnyFallenGround() && !AnyExpellingVerb()) return;
            SplitClauses();
            _sentenceBackground = SentenceBackgroundCue();
            _causeNounAt = -1;
            _attribution = FindAttribution();
            ComputeSubjects();
            CodeJudgements();
            CodeSaidDenials();
            CodeSaidBaseless();
            CodeCourtUndoings();
            CodeUltimatums();
            CodeSharedGrief();
            ConsumePenaltyReasons();
            for (int i = 0; i < _trigs.Count; i++)
            {
                if (_trigs[i].Consumed || _trigs[i].Entry.Has(TriggerFlags.Report)) continue;
                CodeTrigger(i);
            }
            CodeCopularVisits();
            CodeDeniedCharges();
            CodeIncludedTargets();
            CodeCarriedRelief();
            CodePassiveDeliveries(); // session 70 (fam03)
            CodeMandatedMissions(); // session 62 (aid62)
            CodeClaimedAttacks();
            CodeClaimedAttackActs();
            CodeObligationDemands(); // session 67 (posture67)
            CodeCraftAroundAState(); // session 67 (posture67)
            CodeOverseenWeaponsTests(); // session 68 (posture68)
            CodeForcesOrderedToAPlace(); // session 68 (posture68)
            CodeFallenGround(); // session 71 (famvio): "the town fell to M23 rebels"
            CodeExpelledPeoples(); // session 71 (famvio): "forced the population to leave", "purged the region of its residents"
            CodeDeclaredFairTargets(); // session 69 (threat69): "would be treated as a legitimate target"
            CodeSaidResponses();
            DropProtestsLentToTheState(); // session 62 (protest62)
            FoldDemandsIntoProtests();
            CodeCrowdWeaponsUsedWith(); // session 67 (coerce67): "cleared the blockade with tear gas"
            AimForceAtProtesters();
            DropWarningsThatThreaten();
            DropActsHelpedToward();
            ReadRejectedNonCharges(); // session 65 (deny65), decision 100
            DropRefusalsReadAsDenials(); // session 65 (deny65), decision 100
            AimDenialsAtTheDeniedAct();
            AimCriticismsAtTheAppealed();
            AimRelativeAccusationsAtThePunished(); // session 61 (dis61), decision 080
            AimThreatsAtTheDemanded();
            AimDissentThreatsAtThePressed();
            AimConcernsAtTheTroubledCountry(); // session 66 (statement66), decision 114
            AimAnswersAtTheAuthor();
            ReadEndedImpositionsAsEasings(); // session 72 (read72): "revoked the curfew", "let the emergency expire" are 08x
            AimConcessionsAtThePressure();
            NameTheKindOfConcessions(); // session 70 (fam08)
            AimRefusalsAtTheDefiedPressure(); // session 60 (judge60)
            AimExtraditionsAtTheWantingState(); // session 60 (judge60)
            ReadActsInBreachAsWrongs(); // session 60 (judge60)
            AimAidAtTheRelativeRecipient();
            AimJudgementsAtEarlierActs();
            AimReleaseDemandsAtTheCaptor();
            AimRecalledEnvoysAtTheHost(); // session 68 (posture68)
            CodeSeizedPowerAsCoups(); // session 69 (realnews69), decision 069
            AimCallingJudgementsAtTheJudgedAct();
            DropUnaimedUnownedJudgements(); // session 58 (judge58)
            AimRefusedForcesAtTheirCountry();
            AimAidAtEarlierAppeal();
            AimRefusalsAtEarlierPressure();
            CodeJointForceActs(); // session 62 (aid62)
            CodeTogetherForceActs(); // session 70 (fam03)
            AddJointOperationAttacks();
            AimNetworkRestrictionsAtThePeople();
            DropBeneficiariesOfFundingAppeals();
            DropTargetlessCopies();
            DropBareFramesUnderSubCodes();
            DropStatementsToldByTheirContent();
            DropBareStatements(); // session 66 (realnews66), decision 116
            DropSecondReadingsOfOneAct();
            DropMeetingsOfAVisit();
            DropDiscussionsOfACall();
            GiveSelfAimedConjunctsToTheSpeaker();
            DropCitedReasons();
            DropEvidencedActs();
            DropAskedActs();
            DropActsInWhetherClauses(); // session 72 (read72): "would not say whether troops fired" codes no firing
            DropWarningsBesideActs();
            DropBareOrdersAtOwnSide();
            DropPromisesThatNameTheirThing();
            DropSafetyAdviceToThePublic();
            // Session 56 (realrecall56): "Ukraine has expelled 13" after "The U.S. has expelled 60 diplomats".
            CodeGappedCountedObjects();
            // Session 57 (judge57): "expelled three diplomats, saying they had worked for the SVR" accuses them.
            CodeGroundsOfPunitiveActs();
            // Session 57 (judge57): "would not accept the result" is a rejection.
            CodeRefusedAcceptances();
            CodeRefusedPermissions(); // session 60 (judge60): "would not allow X to ..." is a refusal
            AimRefusalsAtTheDefiedPressure(); // session 60 (judge60): the refusals read just above
            UntargetOwnCountryRelationCuts();
            // Session 57 (lead57): a claim of responsibility is aimed at whom the claimed attack hit.
            AimClaimsAtTheClaimedAttack();
            AimCondolencesAtTheContacted();
            ReadSolidarityInLossAsSympathy(); // session 71 (famst): "expressed solidarity with X after the floods" is 018
            UntargetWithheldSpeech(); // session 71 (famst): "would not say whether X was held" is aimed at no one
            // Session 63 (fight63), decision 079: an armed group's assault beside the killing it tells.
            FoldAssaultsIntoTheirKillings();
            // Session 63 (fight63): a state taking control of a company confiscates property (1711), no ground taken.
            ReadCompaniesTakenAsConfiscations();
            // Session 64 (coerce64), decision 095: a police raid and the goods it seizes are one confiscation.
            FoldRaidsIntoTheirSeizures();
            // Session 63 (fight63): the fighting people fled or were displaced by is background.
            DropFightsPeopleFled();
            // Session 63 (fight63): "fight" and "battle" of unarmed sides against nothing armed are figurative.
            DropFightsOfUnarmedSides();
            // Session 68 (blind86): a violent act on the counted victims and its copy on their apposition are one act.
            DropActsOnAppositiveVictims();
            // A threatened retaliation, or a fight threatened in a trade quarrel, is a residual threat (130), no attack.
            ReadThreatenedAnswersAsThreats();
            // Session 69 (threat69): a threat of force is never aimed at the threatener's own forces.
            UntargetOwnForcesOfForceThreats();
            // Session 71 (famvio): an attack "in an attempt on his life" is the attempt (185); munitions "containing chlorine" 2041.
            ReadAttacksInAttemptsOnLife();
            ReadChemicalMunitionAttacks();
            _out.Sort((x, y) => x.Trigger.FirstToken.CompareTo(y.Trigger.FirstToken));
            doc.Events.AddRange(_out);
        }

        /// <summary>
        /// "violated the ceasefire by firing on Indian army posts": an event a trigger may code without a target (notgt) and
        /// another path codes with one, for the same source and code in the sentence, is one event with that target; the
        /// targetless copy would score as a second event (gold/README.md, duplicates). Only asserted copies of asserted events.
        /// </summary>
        private void DropTargetlessCopies()
        {
            if (_out.Count < 2) return;
            _out.RemoveAll(m => m.Target < 0 && m.TargetPlace < 0 && m.TargetCountry is null && !m.Negated && !m.Background
                && _out.Exists(o => !ReferenceEquals(o, m) && o.Source == m.Source && o.Cameo == m.Cameo && !o.Negated && !o.Background
                    && (o.Target >= 0 || o.TargetPlace >= 0 || o.TargetCountry is not null)));
        }

        /// <summary>
        /// "agreed on Thursday to hold joint coast guard patrols": when the words between a frame verb and what it frames keep
        /// the frame from taking the event in, the framed event is still coded with the frame's mode and its sub-code (0312)
        /// and the frame verb alone with its bare code (030). For the same source, target and mode the bare code is the same
        /// event told less precisely (gold/README.md: most specific code), so it is dropped. Only the frames' bare codes
        /// (020 appeal, 030 intent, 100 demand, 120 rejection, 130 threat), never an event of another root.
        /// </summary>
        private void DropBareFramesUnderSubCodes()
        {
            if (_out.Count < 2) return;
            _out.RemoveAll(m => m.Cameo is "020" or "030" or "100" or "120" or "130" && !m.Negated
                && _out.Exists(o => !ReferenceEquals(o, m) && o.Cameo != m.Cameo && o.Cameo.StartsWith(m.Cameo[..2], StringComparison.Ordinal)
                    && o.Source == m.Source && o.Target == m.Target && o.TargetCountry == m.TargetCountry && o.TargetRole == m.TargetRole
                    && o.Modality == m.Modality && !o.Negated && o.Background == m.Background));
        }

        /// <summary>
        /// "issued a statement on Thursday, condemning Uganda's decision", "issued a statement on the election, calling the result
        /// impossible to verify": a bare statement (010, no target) whose speaker is coded in the same sentence with a verbal
        /// event (01–14: a comment, appeal, demand, criticism, rejection or threat) is that event's vehicle, not news of its own;
        /// gold codes only the content (gold/README.md: most specific code). A statement beside a material act ("issued a
        /// statement and closed the border") stays.
        /// </summary>
        private void DropStatementsToldByTheirContent()
        {
            if (_out.Count < 2) return;
            _out.RemoveAll(m => m.Cameo == "010" && m.Target < 0 && m.TargetPlace < 0 && m.TargetCountry is null && !m.Negated
                && _out.Exists(o => !ReferenceEquals(o, m) && o.Cameo != "010" && o.Source == m.Source && !o.Negated
                    && o.Background == m.Background && IsVerbalRoot(o.Cameo)));
        }

        /// <summary>
        /// Session 66 (realnews66), decision 116: "Mahecic commented that the agency is limited in what it can do", "The WHO
        /// issued a statement on Thursday that more countries were at risk", "the president gave a speech on Wednesday": the
        /// act of speaking (010) with no one it is aimed at and no content coded beside it is the frame of what is said, as
        /// "said" is (the reporting rows code no event of their own), not news of its own; the gold codes a statement by its
        /// content (a comment 012/013, a policy stated, a criticism) and leaves the bare act out. Runs after
        /// DropStatementsToldByTheirContent, so what is left here is a statement whose content coded nothing. A statement
        /// aimed at someone ("commented on Iran's nuclear programme") or a place keeps its 010; a negated one ("declined to
        /// comment", 011) is not a 010 here.
        /// </summary>
        private void DropBareStatements() =>
            _out.RemoveAll(m => m.Cameo == "010" && m.Target < 0 && m.TargetPlace < 0 && m.TargetCountry is null
                && string.IsNullOrEmpty(m.TargetRole) && !m.Negated);

        /// <summary>
        /// "filed a lawsuit against the company, alleging that it had poisoned the wells", "summoned the ambassador to protest
        /// against what it called illegal licences", "massacred 40 villagers, shooting men and women": a participle or purpose
        /// clause that hangs (advcl) under a coded act and tells how or why that act was done is one act told twice when it
        /// codes a reading of the same kind by the same source at the same (or no) target: the allegation is the lawsuit's
        /// content, the shooting the massacre's means. The head's code is the act (gold/README.md: one event per act, the
        /// most specific code), so the adjunct's event is dropped. Same kind: the same root within verbal disapproval (11) or
        /// any violence (18–20) under a mass killing (202). A clause joined by "and" (conj) is a second act and stays
        /// ("summoned the ambassador and accused Moscow"), as does an adjunct of another kind ("seized the boats, accusing
        /// the crews of poaching"). Asserted events only.
        /// </summary>
        private void DropSecondReadingsOfOneAct()
        {
            if (_out.Count < 2 || !_tree.Parsed) return;
            // The heads are looked up in a snapshot: RemoveAll compacts the list while its predicate runs, so reading _out
            // inside it would see moved and removed entries and make the result depend on the order of the events.
            var all = _out.ToArray();
            _out.RemoveAll(m => !m.Negated && Array.Exists(all, o => !ReferenceEquals(o, m) && !o.Negated && o.Source == m.Source
                && o.Background == m.Background && o.Modality == m.Modality && SameKindOfAct(o.Cameo, m.Cameo)
                && (SameTarget(o, m) || m.Target < 0 && m.TargetPlace < 0 && m.TargetCountry is null)
                && AdjunctOf(Syntax.Attachment.SpanHead(doc, m.Trigger), Syntax.Attachment.SpanHead(doc, o.Trigger), out int clause)
                // "lashed out at Algeria, accusing it of harbouring terrorists", "accused the government of rigging the vote,
                // calling the election a sham": a verbal adjunct with an object of its own charges or judges someone or
                // something anew, a second act; the speaker's wording inside the purpose's object ("to protest against what it
                // called illegal licences") and a bare allegation ("alleging that ...") are not.
                && (o.Cameo[0] == '2' || !HasObject(clause))));
            // "flew on to Nairobi, where he was welcomed at the airport by the president": a host who welcomes the guest of a
            // visit told in the same sentence receives him; that is the hosting (043), not praise (051).
            // 043s are never removed here, so reading _out inside the predicate is safe.
            _out.RemoveAll(m => m.Cameo == "051" && !m.Negated && IsWelcome(m.Trigger) && _out.Exists(o => o.Cameo == "043"
                && !o.Negated && o.Source == m.Source && SameTarget(o, m)));
        }

        /// <summary>
        /// "visited Kyiv on Tuesday and met President Zelenskiy", "paid a visit to Moscow and held talks with Putin at the
        /// Kremlin", "flew to Riyadh, where he met the crown prince": the meeting a visit is made for is the visit itself
        /// (gold/README.md, visits: "held talks with" on a visit is 042/043), so a plain meeting (040 from "meet" or "talks")
        /// between the two countries of a visit (042 or 043) coded in the same sentence is dropped. Other consultations
        /// beside a visit stay ("received the minister and discussed maritime security": 040 by "discuss" is a second act),
        /// as do negotiations (046) and meetings of two sides of one country.
        /// </summary>
        private void DropMeetingsOfAVisit()
        {
            if (_out.Count < 2) return;
            // 042/043 are never removed here, so reading _out inside the predicate is safe.
            _out.RemoveAll(m => m.Cameo == "040" && !m.Negated && m.Source >= 0 && m.Target >= 0 && IsMeeting(m.Trigger)
                && VisitSide(m.Source) is { } mc1 && VisitSide(m.Target) is { } mc2 && mc1 != mc2
                && _out.Exists(o => o.Cameo is "042" or "043" && !o.Negated && o.Background == m.Background && o.Source >= 0
                    && VisitSide(o.Source) is { } oc1 && (o.Target >= 0 ? VisitSide(o.Target) : o.TargetCountry) is { } oc2
                    && (oc1 == mc1 && oc2 == mc2 || oc1 == mc2 && oc2 == mc1)));
        }

        /// <summary>The side an actor stands for in a visit: its country, or its code when it has none (an international
        /// body: "NATO's chief visited Kyiv and met Zelenskiy").</summary>
        private string? VisitSide(int actor) => A(actor).Country ?? A(actor).Code;

        /// <summary>Whether the trigger is a meeting: a form of "meet", "meeting" or "talks" ("held talks").</summary>
        private bool IsMeeting(TokenRange trigger)
        {
            for (int t = trigger.FirstToken; t < trigger.EndToken; t++)
                if (doc.TokLemma(t) is { } lemma && (lemma.Equals("meet", StringComparison.OrdinalIgnoreCase)
                    || lemma.Equals("meeting", StringComparison.OrdinalIgnoreCase) || lemma.Equals("talk", StringComparison.OrdinalIgnoreCase)
                    || lemma.Equals("talks", StringComparison.OrdinalIgnoreCase)))
                    return true;
            return false;
        }

        /// <summary>
        /// "urged China to stop harassing fishermen", "pressed Mexico to curb Chinese imports", "allowed a Rwandan battalion to
        /// deploy": what an addressee is asked, pressed or allowed to do is not done, so it is no event of its own; the asking
        /// is coded by its frame (020, 10x ...), whose events are kept (<see cref="TreeRoles.InAskedOrAllowedAct"/>). So is an
        /// act that no frame took but that the coder read as demanded (in the complement of an appeal or demand: "demanded
        /// that the Taliban hand over the militants", "EU demands Belarus free jailed journalists"): only the appeal,
        /// demand, threat or protest (02, 10, 13, 14) is news.
        /// </summary>
        private void DropAskedActs()
        {
            if (_out.Count == 0 || !_tree.Parsed) return;
            _out.RemoveAll(m => !m.Rule.StartsWith("frame:", StringComparison.Ordinal)
                && (_tree.InAskedOrAllowedAct(Syntax.Attachment.SpanHead(doc, m.Trigger))
                    || m.Modality == Modality.Demanded && !m.Rule.StartsWith("obligation:", StringComparison.Ordinal)
                        && m.Cameo.Length >= 2 && !(m.Cameo[..2] is "02" or "10" or "13" or "14")));
        }

        /// <summary>
        /// "fired two missiles into the sea, warning Seoul against holding drills", "expelled two diplomats and warned that
        /// further steps could follow", "appealed to donors for aid, warning that the camps are full": a warning (012) by a
        /// source whose act of another root the sentence codes is that act's comment, not news of its own (gold/README.md:
        /// the speech act is not coded beside the event it accompanies). Only "warn": an expressed concern beside an appeal
        /// ("said it was deeply concerned and urged ...") is coded on its own, and a warning that threatens is 13x, not 012.
        /// </summary>
        private void DropWarningsBesideActs()
        {
            if (_out.Count < 2) return;
            var all = _out.ToArray();
            _out.RemoveAll(m => m.Cameo == "012" && m.Source >= 0 && !m.Negated && IsWarning(m.Trigger)
                && Array.Exists(all, o => !ReferenceEquals(o, m) && !o.Negated && o.Background == m.Background && o.Source >= 0
                    && !o.Cameo.StartsWith("01", StringComparison.Ordinal) && (o.Source == m.Source || A(o.Source).Code is { } oc && oc == A(m.Source).Code)));
        }

        /// <summary>
        /// "the president ordered two more battalions into the region", "a court ordered the mayor jailed", "imposed a
        /// blockade, ordering residents to stay in their homes", "suspended trade and ordered cargo rerouted": an order whose
        /// content no frame codes (bare 100) is a demand only when it is made of another country's actor as news of its own.
        /// Given to the source's own side (the same country, or an addressee of no country) it is administration, and beside
        /// another act of the same source it is how that act is carried out; the gold codes neither (only what is ordered,
        /// when that is an act of its own: "ordered the police to release the students" 1053).
        /// </summary>
        private void DropBareOrdersAtOwnSide()
        {
            if (_out.Count == 0) return;
            var all = _out.ToArray();
            _out.RemoveAll(m => m.Cameo == "100" && m.Source >= 0 && !m.Negated && !m.Rule.StartsWith("frame:", StringComparison.Ordinal)
                && doc.TokLemma(m.Trigger.FirstToken) is { } lemma && lemma.Equals("order", StringComparison.OrdinalIgnoreCase)
                && (OwnSide(m) || Array.Exists(all, o => !ReferenceEquals(o, m) && !o.Negated && o.Source == m.Source && o.Cameo != m.Cameo)));
        }

        /// <summary>
        /// "delivered the last of the F-16 jets it promised to Ukraine", "sent the aid that it pledged after the typhoon": an
        /// intent verb in an object relative clause (its antecedent is what was promised; the clause has a subject and no
        /// object or complement of its own) only says which thing the sentence speaks of; the promise was made before and is
        /// no news of its own (gold/README.md: the reported act is coded, background told as context is not). A promise that
        /// has its own complement stays ("a deal under which Russia pledged to supply gas"), as does any main-clause pledge.
        /// </summary>
        private void DropPromisesThatNameTheirThing()
        {
            if (_out.Count == 0 || !_tree.Parsed) return;
            _out.RemoveAll(m => m.Cameo.StartsWith("03", StringComparison.Ordinal) && !m.Negated
                && Syntax.Attachment.SpanHead(doc, m.Trigger) is var v && v >= _f && v < _e
                && doc.Token(v).Relation == "acl:relcl" && doc.TokUpos(v) == Upos.VERB && ObjectGapRelative(v));
        }

        /// <summary>Whether relative-clause verb <paramref name="v"/> has a subject and no object, clausal complement or
        /// relative pronoun subject: its antecedent fills its object slot ("the jets it promised", "the aid that it pledged").</summary>
        private bool ObjectGapRelative(int v)
        {
            bool subject = false;
            for (int t = _f; t < _e; t++)
            {
                if (doc.Token(t).Head != v) continue;
                var rel = doc.Token(t).Relation;
                // "the aid that it pledged": the relative pronoun in the object slot is the antecedent itself.
                if (rel is "obj" && (IsWord(t, "that") || IsWord(t, "which"))) continue;
                if (rel is "obj" or "xcomp" or "ccomp" or "iobj") return false;
                if (rel is "nsubj" && !IsWord(t, "that") && !IsWord(t, "which") && !IsWord(t, "who")) subject = true;
            }
            return subject;
        }

        /// <summary>Whether an event's target is of the source's own country or of none.</summary>
        private bool OwnSide(EventMention m)
        {
            string? targetCountry = m.Target >= 0 ? A(m.Target).Country : m.TargetCountry;
            return targetCountry is null || targetCountry == A(m.Source).Country;
        }

        /// <summary>
        /// Session 64 (statement64): the words' reading of <see cref="TreeRoles.WarnedOnCondition"/>, for parses that hang the
        /// condition elsewhere ("warned the Houthis that they would regret it if ...", read as a relative clause; "unless"
        /// taken as an adverb): an "if" or "unless" after the warning in its sentence, before any semicolon, or a sentence that
        /// opens on one and reports the warning after it ("If the talks fail, fighting could spread, diplomats warned").
        /// Invariant: "if" for "whether" ("unclear if", "asked if"), "as if" and "even if" (a concession: the gloom holds
        /// either way) make no condition.
        /// </summary>
        private bool WarnedOnConditionInWords(int warnStart, int warnEnd)
        {
            bool Condition(int t)
            {
                if (!IsWord(t, "if") && !IsWord(t, "unless")) return false;
                if (IsWord(t, "unless")) return true;
                int p = t - 1;
                if (p < _f) return true;
                return doc.TokLemma(p)?.ToLowerInvariant() is not ("as" or "even" or "unclear" or "clear" or "know" or "ask" or "see"
                    or "decide" or "wonder" or "doubt" or "sure" or "determine" or "question" or "check" or "whether");
            }
            for (int t = warnEnd; t < _e; t++)
            {
                if (W(t) == ";") break;
                if (Condition(t)) return true;
            }
            int first = _f;
            while (first < warnStart && IsPunct(first)) first++;
            return first < warnStart && Condition(first);
        }

        /// <summary>Session 64 (statement64): the actor a warning is told to ("warned the group that ...", "warned Finland
        /// that ..."): the verb's object or indirect object when an actor stands on it, else -1.</summary>
        private int WarnedAddressee(int warn)
        {
            foreach (var rel in new[] { "obj", "iobj" })
                if (DependentOf(warn, rel) is var o && o >= 0 && ActorAt(o) >= 0) return o;
            return -1;
        }

        /// <summary>Whether the trigger is a form of "warn" (the tagger may lemmatise the participle "warning" as the noun).</summary>
        private bool IsWarning(TokenRange trigger) =>
            doc.TokLemma(trigger.FirstToken) is { } lemma && (lemma.Equals("warn", StringComparison.OrdinalIgnoreCase)
                || lemma.Equals("warning", StringComparison.OrdinalIgnoreCase));

        /// <summary>Whether two events of the sentence have the same target: the same mention (or country), or two mentions
        /// of one coded actor ("massacred 40 villagers, shooting men and women"; a pronoun's antecedent).</summary>
        private bool SameTarget(EventMention o, EventMention m) =>
            o.Target == m.Target && o.TargetCountry == m.TargetCountry && o.TargetPlace == m.TargetPlace
            || o.Target >= 0 && m.Target >= 0 && A(o.Target).Code is { } code && code == A(m.Target).Code;

        /// <summary>Whether the trigger is a form of "welcome" or "greet".</summary>
        private bool IsWelcome(TokenRange trigger) =>
            doc.TokLemma(trigger.FirstToken) is { } lemma && (lemma.Equals("welcome", StringComparison.OrdinalIgnoreCase)
                || lemma.Equals("greet", StringComparison.OrdinalIgnoreCase));

        /// <summary>Whether an adjunct's code <paramref name="adjunct"/> is a reading of the same act as its head's code
        /// <paramref name="head"/> (<see cref="DropSecondReadingsOfOneAct"/>).</summary>
        private static bool SameKindOfAct(string head, string adjunct) =>
            head != adjunct && head.Length >= 2 && adjunct.Length >= 2
            && (head[0] == '1' && head[1] == '1' && adjunct[0] == '1' && adjunct[1] == '1'
                || head == "202" && adjunct[0] is '1' or '2' && (adjunct[0] == '1' ? adjunct[1] is '8' or '9' : adjunct[1] == '0'));

        /// <summary>Whether token <paramref name="node"/> lies in a participle or "to"-purpose clause of token
        /// <paramref name="head"/>: walking up from the node reaches the head through such an advcl edge and no conj edge (a
        /// conjoined verb is an act of its own; a finite clause of time or cause, "after it accused", tells another act).
        /// At most 6 steps. <paramref name="clause"/>: the adjunct clause's verb nearest the head.</summary>
        private bool AdjunctOf(int node, int head, out int clause)
        {
            clause = -1;
            if (node == head || node < _f || node >= _e || head < _f || head >= _e) return false;
            for (int t = node, steps = 0; t >= _f && t < _e && steps < 6; steps++)
            {
                var rel = doc.Token(t).Relation;
                if (rel == "conj" || rel == "parataxis") return false;
                if (rel == "advcl" && (_tree.ParticipleBesideClause(t) || _tree.HasToMark(t))) clause = t;
                t = doc.Token(t).Head;
                if (t == head) return clause >= 0;
            }
            return false;
        }

        /// <summary>Whether verb <paramref name="verb"/> has a direct or indirect object in the parse.</summary>
        private bool HasObject(int verb)
        {
            for (int t = _f; t < _e; t++)
                if (doc.Token(t).Head == verb && doc.Token(t).Relation is "obj" or "iobj") return true;
            return false;
        }

        /// <summary>Session 67 (blind85): an act of violence, CAMEO roots 18 (assault), 19 (fight) and 20 (mass violence).</summary>
        private static bool IsViolence(string cameo) => cameo.Length >= 2 && cameo[..2] is "18" or "19" or "20";

        /// <summary>Whether a CAMEO code is a verbal event (roots 01–14: statements, appeals, intents, consultation, diplomatic
        /// cooperation, demands, disapproval, rejection, threats, protest).</summary>
        private static bool IsVerbalRoot(string cameo) =>
            cameo.Length >= 2 && cameo[0] is '0' or '1' && char.IsDigit(cameo[1]) && (cameo[0] == '0' ? cameo[1] != '0' && cameo[1] is <= '5' : cameo[1] is <= '4');

        // ---- triggers ----------------------------------------------------------------------------

        private void FindTriggers()
        {
            for (int t = _f; t < _e; t++)
            {
                if (actorOf[t] >= 0) continue;
                var span = W(t);
                var lemma = doc.TokLemma(t);
                int lightEnd = BestEnd(lex.LightCandidates(span), t, out _);
                if (lemma is not null) lightEnd = Math.Max(lightEnd, BestEnd(lex.LightCandidates(lemma), t, out _));
                if (lightEnd > 0) _lightEnd[t - _f] = lightEnd;

                TriggerVariant? verb = null, noun = null; int verbEnd = -1, nounEnd = -1;
                Consider(lex.Candidates(span), t, ref verb, ref verbEnd, ref noun, ref nounEnd);
                if (lemma is not null && !span.Equals(lemma, StringComparison.OrdinalIgnoreCase))
                    Consider(lex.Candidates(lemma), t, ref verb, ref verbEnd, ref noun, ref nounEnd);
                // A verb phrase whose words the tree links though other words stand between ("eased a citywide curfew").
                if (_tree.Parsed && doc.TokUpos(t) == Upos.VERB)
                {
                    int wordsBefore = verb is null ? 0 : verb.Words.Length;
                    ConsiderTree(lex.Candidates(span), t, ref verb, ref verbEnd, ref wordsBefore);
                    if (lemma is not null && !span.Equals(lemma, StringComparison.OrdinalIgnoreCase))
                        ConsiderTree(lex.Candidates(lemma), t, ref verb, ref verbEnd, ref wordsBefore);
                }
                // A passive verb is no noun: "police were called in" is no phone call (041).
                if (verb is null && PassiveForceMove(t, lemma) is { } moved)
                {
                    verb = moved; verbEnd = t + 1; noun = null;
                    if (IsWord(t + 1, "in") && actorOf[t + 1] < 0) verbEnd = t + 2;
                }
                if (verb is null && noun is null && KeptFromActing(t, lemma) is { } kept) { verb = kept; verbEnd = t + 1; }
                // "Ethiopian forces pushed on with operations": a light phrase that starts at the word outranks a one-word verb
                // entry of its first word ("push", an appeal frame).
                if (verb is not null && verbEnd == t + 1 && lightEnd > t + 1) verb = null;
                // "is pressing its military operations": with no actor pressed, "press" is the light verb (see PressedNoActor).
                if (verb is not null && verbEnd == t + 1 && lightEnd == t + 1 && PressedNoActor(t, verb)) verb = null;
                if (verb is null && noun is null) continue;

                bool nounContext = NounContext(t);
                // "to talks": after "to", a word the tagger reads as a plural noun is no infinitive.
                bool verbContext = VerbContext(t) && !(t > _f && IsWord(t - 1, "to") && doc.TokXpos(t) == "NNS")
                    // "struck Hezbollah targets": a word only a verb entry matches, after a name that the tagger and the parser
                    // both make its compound modifier, is a noun, not the name's verb, when the parser also makes it the object
                    // of a word before the name ("Egypt hosts rival delegations", a headline's root, stays a verb).
                    && !(noun is null && _tree.Parsed && doc.TokUpos(t) is Upos.NOUN && doc.Token(t - 1).Relation == "compound" && doc.Token(t - 1).Head == t
                        && doc.Token(t).Relation is "obj" or "iobj" or "obl" or "nmod" && doc.Token(t).Head is var th && th >= _f && th < t - 1);
                // "the fighting spirit of the team", "a fighting chance", "fighting fit", "fighting talk": fixed phrases of
                // praise in which the -ing word qualifies a noun of temper or odds, no fight at all (sport pages, blind59).
                if (span.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && t + 1 < _e
                    && actorOf[t + 1] < 0 && doc.TokLemma(t + 1) is { } qual && FightingQuality.Contains(qual)
                    && lemma is "fight" or "battle")
                    continue;
                // "the parliament rammed through a law", "rammed the bill through": forcing a vote is no ramming of anyone.
                if (verb is not null && noun is null && lemma is "ram" && ForcedThroughVote(t))
                    continue;
                // A participle right after a determiner is an adjective: "the detained journalists". Not when the parse makes the
                // determiner word the verb's own subject: "the two agreed to meet again", "both pledged to deepen ties", "all
                // agreed" use a pronoun-like numeral or quantifier, which the actor stage reads as the pair of sides.
                if (verb is not null && noun is null && t > _f && Is(t - 1, Words.Determiner) && span.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                    && !DeterminerIsSubject(t - 1, t))
                    continue;
                // So is an -ing word the tagger reads as an adjective and the parser hangs on the noun after it as its modifier:
                // "appealed to protesting students to end their blockade" appeals to the students, it tells of no protest.
                if (verb is not null && noun is null && AttributiveParticiple(t, span)) continue;
                // "displaced families were sheltering in schools", "thousands evacuated ahead of the storm": these verbs give
                // shelter or relief only to an object ("sheltered a million refugees", "evacuated the wounded"); active and
                // without one, their subject is the one who shelters or flees, which is no aid.
                if (verb is not null && noun is null && verb.Words.Length == 1 && _tree.Parsed
                    && verb.Entry.Trigger is "shelter" or "evacuate" && !HasObject(t) && !_tree.IsPassive(t))
                    continue;
                // "the fund said", "halting trains and flights": a word that only a verb entry matches, which the tagger
                // reads as a noun after a determiner or as a plural noun, is no verb (a noun that is an event has entries
                // of its own).
                // So is one the parser makes the direct object of a verb that is no trigger ("to restore order in Haiti": no order
                // given), unless it is the verb's own -ing noun, which names the act ("to continue military training"); a
                // trigger's object may be what it frames ("Police Threaten Protestors With Arrest").
                // Nor one the parser gives a possessor ("the agency's research arm": a division, no arming).
                if (verb is not null && noun is null && !verbContext && doc.TokUpos(t) is Upos.NOUN
                    // ("shows no sign of recovery": after "no" too)
                    && ((t > _f && (Is(t - 1, Words.Determiner) || IsWord(t - 1, "no"))) || doc.TokXpos(t) == "NNS" || HasPossessor(t)
                        // "told Reuters by telephone": right after a preposition the word is its noun; a gerund stays a verb
                        // ("Raises Potential of Suspending Talks", where Title Case made it a noun)
                        || (t > _f && doc.TokUpos(t - 1) is Upos.ADP && doc.TokXpos(t - 1) == "IN" && !span.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                        // "40 million euros for food and shelter": a conjunct of a noun the tagger also reads as a noun is one
                        // of the things listed, no verb (a noun trigger before it keeps its own reading).
                        || (_tree.Parsed && verb.Words.Length == 1 && doc.Token(t).Relation == "conj" && doc.Token(t).Head is var ch
                            && ch >= _f && ch < t && doc.TokUpos(ch) == Upos.NOUN && TrigAt(ch) < 0)
                        // "attacked a passenger train", "the border fence": the determiner stands before the noun's own modifiers
                        // (session 56, lead)
                        || (verb.Words.Length == 1 && DeterminedNounGroup(t))
                        // ("display a text warning": an -ing word with "a" of its own is a count noun, no gerund)
                        || (_tree.Parsed && verb.Words.Length == 1 && (!span.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || IndefiniteNoun(t))
                            && doc.Token(t).Relation == "obj" && doc.Token(t).Head is var oh && oh >= _f && oh < t && doc.TokUpos(oh) == Upos.VERB
                            && TrigAt(oh) < 0 && LightEndAt(oh) == 0)))
                    continue;
                // "A UN report accused ...", "an Amnesty report said ...": a word only a verb entry matches, which the tagger
                // reads as a noun and the parser makes the subject of a verb after it, is that verb's subject even right after
                // a name (a verb context); read as a verb it would hide the real verb behind it, as two finite verbs do not
                // follow each other. Only a singular noun: a plural one after a name may be a present verb the tagger and the
                // parser both misread ("Turkey plans to host talks", "Junta Frees Detained Hostage").
                if (verb is not null && noun is null && _tree.Parsed && verb.Words.Length == 1 && doc.TokUpos(t) is Upos.NOUN
                    && doc.TokXpos(t) == "NN" && doc.Token(t).Relation == "nsubj" && doc.Token(t).Head is var sh && sh > t && sh < _e
                    && doc.TokUpos(sh) == Upos.VERB && !IsWord(sh - 1, "to"))
                    continue;
                // "EU trade chief Maros Sefcovic": a word a verb entry matches, which the tagger reads as a noun and the parser makes
                // a flat part of a name, belongs to the name (a title); it names no event. (blind31)
                if (verb is not null && _tree.Parsed && doc.TokUpos(t) is Upos.NOUN && doc.Token(t).Relation is "flat"
                    && doc.Token(t).Head is var fh && fh >= _f && fh < t && doc.TokUpos(fh) is Upos.PROPN
                    // a title word follows ("trade chief"); "demanded that Venezuela release three citizens", where the tagger
                    // makes the verb a flat noun of the name, has an object after it
                    && t + 1 < _e && doc.TokUpos(t + 1) is Upos.ADJ or Upos.NOUN && actorOf[t + 1] >= 0)
                    continue;
                // "the Kenyan military withdrawal from Somalia", "Kenya Military Withdrawal from Somalia": a word only a noun entry
                // matches, after an actor the parser makes its modifier, is the noun of that actor's act, not its verb.
                if (noun is not null && verb is null && verbContext && ActorModifiesNoun(t)) verbContext = false;
                bool pickNoun;
                if (noun is null) pickNoun = false;
                else if (verb is null) pickNoun = !verbContext;
                else if (nounContext) pickNoun = true;
                else if (verbContext) pickNoun = false;
                // Only now the tagger's word class: context words are more reliable than a weak tagger.
                else if (doc.TokUpos(t) is Upos.NOUN or Upos.PROPN) pickNoun = true;
                else if (doc.TokUpos(t) is Upos.VERB) pickNoun = false;
                // Neither context: a finite verb needs a subject before it and usually an -ed/irregular form;
                // a bare or -s form after an ordinary word ("amid mounting protests") is read as a noun.
                else pickNoun = !HasActorBefore(t) || !verb!.HeadIsParticiple;
                if (noun is not null && verb is null && verbContext) continue;
                // Two finite verbs do not follow each other: "struck targets" makes "targets" a noun.
                if (noun is null && t > _f && EndsVerbTrigger(t) && !span.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
                var v = pickNoun ? noun! : verb!;
                int end = pickNoun ? nounEnd : verbEnd;
                // "Israeli jets and drones attacked Hezbollah", "Russian drones struck Kyiv": a multiword noun entry ("drone
                // attack", "drone strike") matched by lemma across a noun and a past-tense verb is the verb's subject and the
                // verb, no event noun; the verb is coded at its own token.
                if (pickNoun && end - t > 1 && doc.TokXpos(end - 1) == "VBD") continue;
                // "branding the rebels a threat": a predicate noun names no event.
                if (pickNoun && v.Entry.Kind == TriggerKind.Noun && _tree.IsPredicateNoun(Syntax.Attachment.SpanHead(doc, new TokenRange(t, end)))) continue;
                // "calling them blackmail": a verb entry matched on a noun the tree makes a naming verb's predicate is no event either.
                if (!pickNoun && end - t == 1 && doc.TokUpos(t) is Upos.NOUN && _tree.IsPredicateNoun(t)) continue;
                if (pickNoun && v.Entry.Trigger == "call" && !CallToActor(end)) continue;
                // "the trade war between Washington and Beijing", "the biggest trade battle in decades", "to wage a tariff war":
                // a contest named by its topic is a figure of speech; neither the topic ("trade" is no trade between them)
                // nor the contest (no one fights) is an act.
                if (FigurativeContest(t, end)) continue;
                // "Estonia is on high alert after a cyberattack": a state of readiness whose subject is no force is no trigger at
                // all, so it does not stand over the sentence's other events (the attack it follows is coded as before).
                if (v.Entry.Has(TriggerFlags.ForceSource) && !ForceSubjectOfSpan(t, end)) continue;
                // Session 62 (intent62): "would allow the UN rights office to reopen its mission": a verb of letting (flag intl) is
                // a trigger only when whom it lets act is an international body or an aid group; otherwise it is no trigger at
                // all, so that it does not stand over what it lets happen ("urged Israel to let more trucks into Gaza" stays
                // the appeal for aid access, "allowed dozens of aid trucks into Gaza" the access given).
                if (v.Entry.Has(TriggerFlags.InternationalTarget) && !LetsInternationalBody(t)) continue;
                _trigAt[t - _f] = _trigs.Count;
                _trigs.Add(new Trig { Start = t, End = end, Variant = v, IsNoun = v.Entry.Kind == TriggerKind.Noun, Refined = RefinedInside(v, t, end) });
                t = end - 1;
            }
        }

        /// <summary>True when an actor code is an international or a non-governmental organisation's (IGO*, NGO*).</summary>
        private static bool IsInternationalBody(string code) =>
            code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal);

        /// <summary>
        /// Session 62 (intent62): true when the verb at <paramref name="verb"/> has an object (obj or iobj) that is an
        /// international organisation or a non-governmental one (IGO*, NGO*): "allow the UN human rights office to reopen",
        /// "let aid agencies use the river routes", "allow IAEA inspectors back". False without a parse.
        /// </summary>
        private bool LetsInternationalBody(int verb)
        {
            if (!_tree.Parsed) return false;
            for (int c = verb + 1; c < _e && c <= verb + 8; c++)
            {
                if (doc.Token(c).Head != verb || doc.Token(c).Relation is not ("obj" or "iobj")) continue;
                // the object's head or a word of its noun phrase before it ("a UN fact-finding mission", "United Nations human
                // rights monitors"): the body is named inside the phrase
                for (int j = verb + 1; j <= c; j++)
                    if (actorOf[j] >= 0 && (j == c || doc.Token(j).Head == c || (doc.Token(j).Head is var h && h > j && h < c && doc.Token(h).Head == c))
                        && A(actorOf[j]).Code is { } body && IsInternationalBody(body))
                        return true;
            }
            return false;
        }

        /// <summary>True when the verb at <paramref name="node"/> has a personal pronoun as its direct object and no actor
        /// covers it. Not "it": it stands as often for a thing or an act ("urged it to be scrapped") as for a state, and its
        /// antecedent rules are the actor recognizer's.</summary>
        private bool UnresolvedPronounObject(int node)
        {
            if (!_tree.Parsed || node < _f || node >= _e) return false;
            for (int c = node + 1; c < _e && c <= node + 3; c++)
                if (doc.Token(c).Head == node && doc.Token(c).Relation == "obj")
                    return actorOf[c] < 0 && doc.TokXpos(c) == "PRP" && !IsWord(c, "it");
            return false;
        }

        /// <summary>"rammed through a law", "rammed the bill through parliament": the verb forces a text through a vote.
        /// True when "through" follows the verb at <paramref name="t"/>
        /// (as its particle or the preposition of its phrase or its object's) and a word of legislation is its object or
        /// the noun after "through" ("a truck rammed through the gates" stays a ramming).</summary>
        private bool ForcedThroughVote(int t)
        {
            for (int c = t + 1; c < _e && c <= t + 8; c++)
            {
                if (!IsWord(c, "through")) continue;
                for (int n = c + 1; n < _e && n <= c + 4; n++)
                    if (doc.TokLemma(n) is { } l && (LegislationWords.Contains(l) || LegislatureWords.Contains(l))) return true;
                for (int n = t + 1; n < c; n++)
                    if (doc.Token(n).Head == t && doc.Token(n).Relation == "obj" && doc.TokLemma(n) is { } o && LegislationWords.Contains(o)) return true;
                return false;
            }
            return false;
        }

        private static readonly HashSet<string> LegislationWords = new(StringComparer.OrdinalIgnoreCase)
        { "law", "bill", "legislation", "reform", "amendment", "measure", "budget", "motion", "resolution", "constitution", "package", "act" };

        private static readonly HashSet<string> LegislatureWords = new(StringComparer.OrdinalIgnoreCase)
        { "parliament", "congress", "senate", "assembly", "legislature", "chamber", "house", "vote" };

        /// <summary>Nouns an -ing form of "fight" qualifies in fixed phrases of temper or odds ("fighting spirit",
        /// "a fighting chance"), which name no fight.</summary>
        private static readonly HashSet<string> FightingQuality = new(StringComparer.OrdinalIgnoreCase)
        {
            "spirit", "spirits", "chance", "chances", "fit", "talk", "mood", "qualities", "quality", "heart", "instinct", "instincts",
        };

        /// <summary>"8,000 Afghans", "dozens of Kenyans": a bare demonym (coded as its country) with a count before it, which
        /// names people of that country, not the state.</summary>
        private bool CountedNationals(int a) =>
            A(a).Code is { Length: 3 } && A(a).Country is not null && A(a).Rule.StartsWith("demonym:", StringComparison.Ordinal)
            && CountedBefore(A(a).Tokens.FirstToken);

        /// <summary>True when a number or a word of quantity stands right before <paramref name="k"/> ("20 Palestinians",
        /// "dozens of Afghans", "two Britons").</summary>
        private bool CountedBefore(int k)
        {
            int p = k - 1;
            if (p >= _f && IsWord(p, "of")) p--;
            if (p < _f) return false;
            return doc.TokUpos(p) is Upos.NUM || char.IsDigit(W(p)[0]) || IsWord(p, "dozens") || IsWord(p, "hundreds") || IsWord(p, "thousands")
                || IsWord(p, "several") || IsWord(p, "many") || IsWord(p, "scores");
        }

        /// <summary>
        /// "Clashes between the army and M23 rebels killed 18 people", "Renewed fighting between rival militias left 30 dead": the
        /// clause before the verb at <paramref name="verbStart"/> opens with a contest noun and its "between" phrase (only
        /// determiners and adjectives before the noun, no comma up to the verb), so the actors before the verb are the
        /// contest's sides, not the verb's doer. By the words, for the parser often misreads such a subject.
        /// </summary>
        private bool ContestBetweenOpens(int clauseStart, int verbStart)
        {
            int k = Math.Max(clauseStart, _f);
            while (k < verbStart && (doc.TokUpos(k) is Upos.DET or Upos.ADJ || IsWord(k, "renewed") || IsWord(k, "heavy"))) k++;
            if (k + 1 >= verbStart || !ContestNoun.Contains(W(k)) || !IsWord(k + 1, "between")) return false;
            for (int j = k + 2; j < verbStart; j++)
                if (IsWord(j, ",") || doc.TokUpos(j) is Upos.VERB or Upos.AUX) return false;
            return true;
        }

        /// <summary>
        /// "MIL" or "COP" when the words of a show-of-force trigger name the troops or police it moves ("sent reinforcements",
        /// "put its defence force on alert", "deployed police officers"), else null: with no force named the country's rule
        /// holds ("Russia threatened Ukraine", "South Korea held air drills").
        /// </summary>
        private string? ForceNamedIn(TokenRange range)
        {
            for (int k = range.FirstToken; k < range.EndToken && k < _e; k++)
            {
                if (Is(k, PoliceForceWords)) return "COP";
                if (Is(k, MilitaryForceWords) || Is(k, MilitaryAircraftWords)) return "MIL";
                // "moved armoured units", "moved heavy artillery", "put its military on high alert": units, guns and the military
                // named as a noun are the force too; "staged a military parade" only describes (eg0315 keeps PRK), and a police
                // word before "units" has returned COP above.
                if (Is(k, PostureForceWords) && (!IsWord(k, "military") || doc.TokUpos(k) == Upos.NOUN)) return "MIL";
            }
            return null;
        }

        /// <summary>
        /// Session 62 (posture62): the force whose posture a show of force by a state (a bare country or its government) tells,
        /// "MIL" or "COP", else null (decision 018: the force is the source). CAMEO 151 and 152 are the alert status of the
        /// police and of the military, so the code itself names the force ("Seoul raised its military alert", "Venezuela's
        /// defence minister put the armed forces on maximum alert": KORMIL, VENMIL). Other codes need the force in the
        /// trigger's words (<see cref="ForceNamedIn"/>) or in the "of" phrase that completes a trigger noun ("raised the
        /// readiness of its frontline units", "announced the deployment of 4,000 troops"), stopping at the phrase's end.
        /// Invariant: a state's show of force that names no force (missiles deployed, drills held) keeps the state.
        /// </summary>
        private string? PostureForce(TokenRange range, string code)
        {
            if (code == "151") return "COP";
            if (code == "152") return "MIL";
            if (ForceNamedIn(range) is { } named) return named;
            if (!IsWord(range.EndToken, "of")) return null;
            int end = range.EndToken + 1;
            while (end < _e && end < range.EndToken + 7 && doc.TokUpos(end) is Upos.DET or Upos.PRON or Upos.NUM or Upos.ADJ or Upos.NOUN or Upos.PROPN
                   && !IsWord(end, ",")) end++;
            return end > range.EndToken + 1 ? ForceNamedIn(new TokenRange(range.EndToken + 1, end)) : null;
        }

        /// <summary>A state's own code, whose show of force its police or army make: a bare country ("KOR") or its government
        /// ("KORGOV"), not a role of its own (a ministry's "MIL" or "COP" stays as it is).</summary>
        private static bool StateOrgan(string code) =>
            code.Length == 3 && !Actors.ActorLexicon.RoleCodes.Contains(code)
            || code.Length == 6 && code.EndsWith("GOV", StringComparison.Ordinal) && !code.StartsWith("IGO", StringComparison.Ordinal);

        /// <summary>Words that name a military force in a show of force's own words (<see cref="ForceNamedIn"/>) but are no
        /// moving force of their own for <see cref="ArrivingForce"/> ("police units" are police).</summary>
        private static readonly WordSet PostureForceWords = new("artillery", "units", "military", "division", "divisions",
            // session 68 (posture68): "ordered the state's National Guard to the border", "deployed border guards"
            "guard", "guards");

        /// <summary>Verbs that move a force somewhere; "call" and "bring" only with "in" ("called in", "brought in"). ("Fly" is a
        /// visit verb of the lexicon; a force that flies somewhere is the arrival rule's.)</summary>
        private static readonly WordSet MoveVerbs = new("send", "dispatch", "rush", "redeploy", "station", "call", "bring");

        /// <summary>
        /// "Hundreds of police officers were called in to restore order", "extra troops were rushed to the border": troops or
        /// police as the passive subject of a verb that moves them, with no by-agent, are deployed (read as the lexicon's
        /// "deploy" row, whose passive the coder already gives the force as source, decision 018); so are those the active
        /// of "call in" or "bring in" names as object ("the governor called in the army"), whose source the own-force rule
        /// then makes the force. Sent to another country's actor, a force is offered (074), not deployed at home. Returns that row's verb variant, else null. Invariant: only a subject or
        /// object whose head noun is the force (ArrivingForce), and only where no lexicon verb or phrase matched ("send
        /// troops" stays 074): "a letter was sent", "a police spokesman was flown in" stay as before.
        /// </summary>
        private TriggerVariant? PassiveForceMove(int t, string? lemma)
        {
            if (!_tree.Parsed || lemma is null || !MoveVerbs.Contains(lemma) || doc.TokUpos(t) != Upos.VERB) return null;
            bool passive = _tree.IsPassive(t);
            // The particle of "called in", "brought in": right after the verb, or after its object ("called the army in").
            bool particle = IsWord(t + 1, "in");
            for (int k = t + 2; k < _e && !particle; k++)
                if (doc.Token(k).Head == t && IsWord(k, "in") && doc.Token(k).Relation is "compound:prt" or "advmod") particle = true;
            if (lemma is "call" or "bring" && !particle) return null;
            // A state that sends its forces abroad (active "send", "dispatch") offers them (074, "send troops"), so only a
            // force called or brought in is the active's.
            if (!passive && lemma is not ("call" or "bring")) return null;
            string moved = passive ? "nsubj:pass" : "obj";
            int force = -1;
            for (int k = _f; k < _e; k++)
            {
                var tok = doc.Token(k);
                if (tok.Head != t) continue;
                if (passive && tok.Relation == "obl:agent") return null;
                if (passive && tok.Relation is { } rel && rel.StartsWith("obl", StringComparison.Ordinal))
                    for (int j = _f; j < k; j++)
                        if (doc.Token(j).Head == k && doc.Token(j).Relation == "case" && IsWord(j, "by")) return null;
                // "called in the police": the parser may read the particle as the case of an oblique object.
                bool inObject = !passive && tok.Relation == "obl" && IsWord(t + 1, "in") && doc.Token(t + 1).Head == k;
                if (tok.Relation != moved && !inObject) continue;
                if (actorOf[k] >= 0) force = actorOf[k];
                // "Hundreds of police officers": the parser may head the subject with the quantity and hang the force on it.
                else
                    for (int j = k + 1; j < _e && force < 0; j++)
                        if (doc.Token(j).Head == k && actorOf[j] >= 0) force = actorOf[j];
            }
            if (force < 0 || ArrivingForce(A(force).Tokens) is null) return null;
            // "Kenyan police officers were sent to Haiti": a force sent to another country is an offer of it (074), not
            // a deployment at home.
            for (int k = t + 1; k < _e; k++)
            {
                if (ActorAt(k) is not (var dest and >= 0) || dest == force || A(dest).Tokens.FirstToken != k
                    || A(dest).Country is not { } dc || dc == A(force).Country) continue;
                int before = k - 1;
                while (before > t && Is(before, Words.Determiner)) before--;
                if (IsWord(before, "to") || IsWord(before, "into")) return null;
            }
            foreach (var v in lex.Candidates("deploy"))
                if (v.Entry.Kind == TriggerKind.Verb && v.Entry.Trigger == "deploy" && v.Words.Length == 1) return v;
            return null;
        }

        /// <summary>
        /// "Police blocked protesters from entering the square", "authorities prevented lawyers from visiting him": a verb of
        /// preventing whose object is an actor kept from the act of a "from" + gerund clause restricts that actor: its movement
        /// (191, read as the lexicon's "blockade" row) when the act is one of going somewhere, else what it may do (172, the
        /// "bar" row). Invariant: only where no lexicon row matched the word ("blocked the bill" stays 120), and only for a
        /// doer that is a state or its government, police, army or security service; a court that blocks someone from acting
        /// rules (116), and a company or a person that does so is no state restricting people.
        /// </summary>
        private TriggerVariant? KeptFromActing(int t, string? lemma)
        {
            if (!_tree.Parsed || lemma is null || doc.TokUpos(t) != Upos.VERB) return null;
            int gerund = _tree.KeptFromClause(t);
            if (gerund < 0) return null;
            int doer = _tree.VerbSource(t, out _);
            if (doer < 0 || A(doer).Code is not { } dc || dc.StartsWith("IGO", StringComparison.Ordinal)) return null;
            if (!(dc.Length == 3 && A(doer).Country == dc) && RoleOf(doer) is not ("GOV" or "COP" or "MIL" or "SPY")) return null;
            string row = doc.TokLemma(gerund) is { } act && GoingVerbs.Contains(act) ? "blockade" : "bar";
            foreach (var v in lex.Candidates(row))
                if (v.Entry.Kind == TriggerKind.Verb && v.Entry.Trigger == row && v.Words.Length == 1) return v;
            return null;
        }

        /// <summary>Acts of going somewhere, which a force that keeps people from them restricts their movement (191).</summary>
        private static readonly HashSet<string> GoingVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "enter", "reach", "leave", "cross", "approach", "access", "board", "march", "travel", "return", "land", "dock", "sail",
            "move", "pass", "exit", "flee", "proceed", "gather", "go", "come",
        };

        // Warships and fleets that arrive somewhere are as often on a port call (a visit) as deployed.
        private static readonly WordSet ShipWords = new("navy", "warships", "warship", "fleet", "vessels");

        /// <summary>
        /// "COP" or "MIL" when the head noun of an actor span is a force itself ("police officers", "riot police", "Nigerian
        /// troops", "security forces"), else null: a force word that only modifies another noun ("army chiefs", "police
        /// spokesman") names people of the force, not the force. "Officers" counts only after a police word; ships do not
        /// count (ShipWords).
        /// </summary>
        private string? ArrivingForce(TokenRange range)
        {
            for (int k = range.FirstToken; k < range.EndToken && k < _e; k++)
            {
                bool police = Is(k, PoliceForceWords), military = Is(k, MilitaryForceWords) && !Is(k, ShipWords);
                if (!police && !military) continue;
                int next = k + 1;
                if (police && IsWord(next, "officers")) return "COP";
                bool head = next >= range.EndToken || next >= _e || doc.TokUpos(next) is not (Upos.NOUN or Upos.PROPN);
                if (head) return police ? "COP" : "MIL";
            }
            return null;
        }

        // Nouns of moved forces only: "staged a military parade" names no force that moves (eg0315 keeps PRK).
        private static readonly WordSet MilitaryForceWords = new("troops", "soldiers", "reinforcements", "reinforcement", "conscripts",
            "navy", "army", "armies", "forces", "force", "warships", "tanks", "reservists", "battalions", "brigades", "paratroopers", "marines");

        /// <summary>Crewed military aircraft, which in a show of force's own words stand for the force that flies them (decision
        /// 023): "Poland scrambled fighter jets" is POLMIL. Not arriving forces (<see cref="ArrivingForce"/>).</summary>
        private static readonly WordSet MilitaryAircraftWords = new("jets", "fighters", "warplanes", "bombers");

        private static readonly WordSet PoliceForceWords = new("police", "policemen", "gendarmes", "gendarmerie");

        /// <summary>Nouns of held ground: seized, they are territory occupied (192), not property confiscated.</summary>
        private static readonly WordSet SeizedGround = new("town", "towns", "city", "village", "villages", "district", "region", "province",
            "capital", "port", "airport", "territory", "island", "outpost", "hilltop");

        /// <summary>Natural hazards that kill, injure and destroy with no doer.</summary>
        private static readonly WordSet NaturalHazards = new("flood", "floods", "flooding", "earthquake", "earthquakes", "quake", "storm",
            "storms", "cyclone", "hurricane", "typhoon", "tsunami", "landslide", "landslides", "mudslide", "mudslides", "avalanche",
            "drought", "heatwave", "wildfire", "wildfires", "rain", "rains", "downpours");

        /// <summary>Adjectives of fear, ability and leave whose "to"-infinitive is a course weighed, not an act done ("not afraid to
        /// fight", "unable to enforce", "free to travel"). "Able" itself is left out: "was able to reach the town" tells it done.</summary>
        private static readonly WordSet AttitudeAdjectives = new("afraid", "unafraid", "scared", "fearful", "unable", "powerless",
            "free", "hesitant", "loath", "loth");

        /// <summary>Nouns of a contest that news also uses as figures ("a trade war", "a budget fight", "a legal battle").</summary>
        private static readonly WordSet ContestNoun = new("war", "wars", "battle", "battles", "fight", "fights", "fighting", "clash",
            "clashes", "dispute", "disputes", "row", "rows", "spat", "spats", "feud", "standoff", "showdown", "tussle", "skirmish", "skirmishes");

        /// <summary>Topics that make a contest noun a figure: what is fought over is money, rules, words or votes, not ground.</summary>
        private static readonly WordSet ContestTopic = new("trade", "tariff", "tariffs", "price", "prices", "currency", "tech", "technology",
            "chip", "chips", "culture", "cultural", "word", "words", "legal", "court", "courtroom", "budget",
            "media", "propaganda", "information", "bidding", "custody", "tax", "subsidy", "subsidies", "ratings");

        /// <summary>True at the <paramref name="k"/>-th token when it is a contest noun right after a topic word of <see cref="ContestTopic"/>.</summary>
        private bool FigurativeContestAt(int k) => k > _f && k < _e && Is(k, ContestNoun) && Is(k - 1, ContestTopic);

        /// <summary>
        /// True when the trigger at [<paramref name="t"/>, <paramref name="end"/>) is the topic word of a figurative contest
        /// ("trade" in "trade war") or takes one in ("trade war" itself, "wage a tariff war"). A verb whose object is one
        /// ("vowed to fight a trade war") stays: dropped, it would leave its frame verb to be coded alone as an intent.
        /// </summary>
        private bool FigurativeContest(int t, int end)
        {
            if (Is(t, ContestTopic) && FigurativeContestAt(t + 1)) return true;
            for (int k = t; k < end; k++) if (FigurativeContestAt(k)) return true;
            return false;
        }

        /// <summary>
        /// A phrase with a generic three-digit code ("expand cooperation" 060, "carry out strike" 190) whose words take in
        /// an event noun of the same root with a more specific code ("judicial cooperation" 063, "air strike" 195): the
        /// noun says which kind of event the phrase reports. Null when there is none.
        /// </summary>
        private string? RefinedInside(TriggerVariant v, int t, int end)
        {
            var e = v.Entry;
            // "stepped up joint border patrols", "will hold joint air force drills", "joint patrols by Algerian and Tunisian
            // troops": drills, exercises and patrols called joint are military cooperation between their holders (062,
            // decision 028), not one side's show of force (15), however many words stand between "joint" and the noun the
            // longer "joint ..." rows of the lexicon know.
            if (e.Root == "15" && JointWithin(t, end)) return "062";
            // "brought down two drones": the weapon inside a downing phrase is the thing destroyed, not the attack's (IsDowning).
            if (IsDowning(e)) return null;
            // Session 58 (blind76): "overturned the president's veto": the event noun inside a phrase of overriding is the act
            // undone, not the kind of the overriding (120, not the veto's 129).
            if (e.Kind == TriggerKind.Phrase && IsOverriding(e)) return null;
            if (e.Kind == TriggerKind.Phrase && KindedParent(e.Cameo) is { } kinded) return KindInside(t, end, kinded, e.Cameo);
            if (e.Kind != TriggerKind.Phrase || e.Cameo.Length != 3 || e.Cameo[2] != '0') return null;
            return NounInside(t, end, nv => nv.Entry.Kind == TriggerKind.Noun && nv.Entry.Root == e.Root && nv.Entry.Cameo != e.Cameo
                && nv.Entry.Frame == FrameKind.None)?.Entry.Cameo;
        }

        /// <summary>True when "joint" is a word of the trigger (t, end) or stands before it in its noun phrase, only
        /// adjectives and nouns between ("joint border patrols", "joint air force drills").</summary>
        private bool JointWithin(int t, int end)
        {
            for (int k = t; k < end; k++)
                if (IsWord(k, "joint")) return true;
            for (int k = t - 1; k >= Math.Max(_f, t - 4); k--)
                if (IsWord(k, "joint") && NounPhraseWordsBetween(k + 1, t)) return true;
            return false;
        }

        /// <summary>The first lexicon entry, read by a word of (t, end) or its lemma, that <paramref name="accept"/> takes and
        /// that matches there within the phrase; null when none.</summary>
        private TriggerVariant? NounInside(int t, int end, Func<TriggerVariant, bool> accept)
        {
            for (int k = t + 1; k < end; k++)
            {
                foreach (var cands in new[] { lex.Candidates(W(k)).ToArray(), doc.TokLemma(k) is { } lm ? lex.Candidates(lm).ToArray() : [] })
                    foreach (var nv in cands)
                        if (accept(nv) && CodingLexicon.MatchAt(doc, k, end, nv, lex) is var ne && ne > k && ne <= end) return nv;
            }
            return null;
        }

        /// <summary>
        /// The root of the material act whose kind (its third digit, 1-4) a three-digit code of intent, appeal, demand,
        /// rejection or cut numbers alike in its fourth digit: CAMEO gives 031, 021, 101 and 121 the kinds of 06k
        /// (economic, military, judicial, intelligence) and 033, 023, 103, 122 and 162 those of 07k (economic, military,
        /// humanitarian aid, protection; 162 has no 1624). Null for every other code.
        /// </summary>
        private static string? KindedParent(string code) => code switch
        {
            "031" or "021" or "101" or "121" => "06",
            "033" or "023" or "103" or "122" or "162" => "07",
            _ => null,
        };

        /// <summary>
        /// "pledged $300 million in reconstruction aid" (033 with economic aid 071 inside: 0331), "appealed for food aid"
        /// (023 with 073: 0233), "cut off military aid" (162 with 072: 1622): the four-digit code the kinded event noun
        /// inside a generic phrase gives it, or null when the phrase's words hold none.
        /// </summary>
        private string? KindInside(int t, int end, string materialRoot, string parent) =>
            NounInside(t, end, nv => nv.Entry.Kind == TriggerKind.Noun && nv.Entry.Cameo is { Length: 3 } c
                && c.StartsWith(materialRoot, StringComparison.Ordinal) && c[2] is >= '1' and <= '4' && !(parent == "162" && c[2] == '4'))
            is { } kind ? parent + kind.Entry.Cameo[2] : null;

        private int BestEnd(ReadOnlySpan<TriggerVariant> cands, int t, out TriggerVariant? best)
        {
            best = null; int bestEnd = 0;
            foreach (var v in cands)
            {
                if (!MayMatch(v)) continue;
                int end = CodingLexicon.MatchAt(doc, t, ActorFreeLimit(t), v, lex);
                if (end > bestEnd) { bestEnd = end; best = v; }
            }
            return bestEnd;
        }

        /// <summary>Per <see cref="CodingLexicon.RestWordId"/>, whether the sentence holds a token whose text or lemma is that
        /// word; <see cref="_restMarked"/> lists the ids set, to clear them for the next sentence.</summary>
        private bool[] _restPresent = [];
        private readonly List<int> _restMarked = [];

        /// <summary>Marks the words later variant words may match in this sentence (see <see cref="MayMatch"/>).</summary>
        private void MarkRestWords()
        {
            if (_restPresent.Length != lex.RestWordCount) _restPresent = new bool[lex.RestWordCount];
            foreach (int id in _restMarked) _restPresent[id] = false;
            _restMarked.Clear();
            for (int t = _f; t < _e; t++)
            {
                Mark(lex.RestWordId(doc.Token(t).Span));
                if (doc.TokLemma(t) is { } lemma) Mark(lex.RestWordId(lemma));
            }

            void Mark(int id)
            {
                if (id >= 0 && !_restPresent[id]) { _restPresent[id] = true; _restMarked.Add(id); }
            }
        }

        /// <summary>False when the sentence lacks one of <paramref name="v"/>'s later literal words, so no match can start
        /// anywhere in it (a necessary condition only: true says nothing).</summary>
        private bool MayMatch(TriggerVariant v)
        {
            foreach (int id in v.RestWordIds)
                if (!_restPresent[id]) return false;
            return true;
        }

        /// <summary>Triggers may not run into an actor span: the limit is the first actor token after t.</summary>
        private int ActorFreeLimit(int t)
        {
            int lim = t + 1;
            while (lim < _e && actorOf[lim] < 0 && lim - t < 10) lim++;
            return lim;
        }

        private void Consider(ReadOnlySpan<TriggerVariant> cands, int t, ref TriggerVariant? verb, ref int verbEnd, ref TriggerVariant? noun, ref int nounEnd)
        {
            int limit = ActorFreeLimit(t);
            foreach (var v in cands)
            {
                // Every path below matches the variant's later words against this sentence's tokens (MatchAt).
                if (!MayMatch(v)) continue;
                int end = CodingLexicon.MatchAt(doc, t, limit, v, lex);
                // "drove Russian forces out of the village", "kicked two French envoys out": a particle split from its verb by
                // the object may reach past the object actor, which stays the phrase's target.
                if (end < 0 && limit < _e && (CodingLexicon.SplitsParticle(v) || ClassObjectBeforeParticle(v))) end = CodingLexicon.MatchAt(doc, t, ClauseLimit(t), v, lex);
                // "handed over four hostages", "sent 300 soldiers": a class word (decision 026) may name the object that is
                // itself an actor (a force, captives); the phrase then ends at that actor's head, which stays an actor.
                if (end < 0 && limit < _e && v.Classes is { } classes && classes[^1] is not null && actorOf[limit] >= 0)
                {
                    int actorEnd = A(actorOf[limit]).Tokens.EndToken;
                    if (actorEnd > limit && actorEnd <= _e && CodingLexicon.MatchAt(doc, t, actorEnd, v, lex) is var inActor && inActor == actorEnd) end = inActor;
                    // "released 84 prisoners of war", "freed two hostages of the group": the class word is the head of an actor
                    // that goes on past it; the phrase ends at that head (the actor stays whole, the phrase's object).
                    else if (actorEnd > limit && actorEnd <= _e && CodingLexicon.MatchAt(doc, t, actorEnd, v, lex) is var atHead && atHead > limit
                        && atHead - 1 == Syntax.Attachment.SpanHead(doc, A(actorOf[limit]).Tokens)) end = atHead;
                }
                if (end < 0) end = ActorHeadedObjectEnd(v, t, limit);
                if (end < 0) end = JointActOverRoleNoun(v, t, limit); // session 69 (coop69): "joint police patrols"
                if (end < 0) continue;
                if (v.Entry.Kind == TriggerKind.Phrase && (EndsOnModifierOfEventNoun(t, end) || CrossesNecessityNoun(t, end, v))) continue;
                if (v.Entry.Kind == TriggerKind.Noun) { if (end > nounEnd) { nounEnd = end; noun = v; } }
                else if (end > verbEnd) { verbEnd = end; verb = v; }
            }
        }

        /// <summary>The end of the words a split particle may reach from <paramref name="t"/>: the sentence, or the first comma,
        /// semicolon or clause word after it.</summary>
        private int ClauseLimit(int t)
        {
            for (int k = t + 1; k < _e; k++)
                if (W(k) is "," or ";" or ":" || IsWord(k, "and") || IsWord(k, "that") || IsWord(k, "who") || IsWord(k, "which")) return k;
            return _e;
        }

        /// <summary>Phrase variants matched on the tree: a longer phrase (more words) replaces a shorter surface match.</summary>
        private void ConsiderTree(ReadOnlySpan<TriggerVariant> cands, int t, ref TriggerVariant? verb, ref int verbEnd, ref int words)
        {
            foreach (var v in cands)
            {
                // MatchPhraseOnTree, too, matches each later literal word against a token of this sentence by text or lemma.
                if (v.Entry.Kind != TriggerKind.Phrase || v.Words.Length <= words || !MayMatch(v)) continue;
                int end = _tree.MatchPhraseOnTree(t, v.Words, v.Classes);
                if (end < 0 || (end - t > 12 && !EndsOnVerbsOwnOblique(t, end)) || EndsOnModifierOfEventNoun(t, end) || CrossesNecessityNoun(t, end, v)) continue;
                // The phrase may not swallow an actor that is its own argument ("imposed on Iran sanctions" keeps Iran).
                verb = v; verbEnd = end; words = v.Words.Length;
            }
        }

        /// <summary>
        /// Session 63 (reject63). A phrase matched on the tree whose last word is an oblique hung on the phrase's verb itself
        /// ("added six Russian oligarchs, including the owner of a fertiliser maker, to its sanctions list") is the verb's
        /// own argument however long the object between them: the twelve-token bound on tree matches guards against
        /// words reached through deeper nouns, which this is not. Invariants: only a direct "obl" dependent of
        /// <paramref name="t"/>, after it, in the sentence; every word between the verb and that oblique belongs to the
        /// verb's object (or is punctuation): adjuncts of place and time between them ("met Carney in Johannesburg on
        /// Saturday, on the margins of ...") keep the bound.
        /// </summary>
        private bool EndsOnVerbsOwnOblique(int t, int end)
        {
            int last = end - 1;
            if (!_tree.Parsed || last <= t || last >= _e || doc.Token(last).Head != t || doc.Token(last).Relation != "obl") return false;
            int obj = -1;
            for (int k = t + 1; k < last && obj < 0; k++) if (doc.Token(k).Head == t && doc.Token(k).Relation == "obj") obj = k;
            if (obj < 0) return false;
            for (int k = t + 1; k < last; k++)
                if (!_tree.InSubtreeOf(k, obj) && !_tree.InSubtreeOf(k, last) && doc.TokUpos(k) != Upos.PUNCT) return false;
            return true;
        }

        /// <summary>
        /// "vowed to step up security cooperation", "pledged to expand trade ties": a phrase of a light verb and a noun whose
        /// noun the parser makes the compound modifier of a later noun that is an event noun of its own does not end there;
        /// the light verb lends its subject to that noun, which names the act ("security cooperation", not "step up
        /// security"). A noun no entry knows ("a sanctions package") leaves the phrase, and so does a verb that is no light
        /// verb: its phrase is the more specific act ("dropped chlorine bombs", "allow aid convoys").
        /// </summary>
        private bool EndsOnModifierOfEventNoun(int t, int end)
        {
            int last = end - 1;
            if (!_tree.Parsed || LightEndAt(t) == 0 || last < _f || doc.TokUpos(last) is not Upos.NOUN || doc.Token(last).Relation != "compound") return false;
            int head = doc.Token(last).Head;
            if (head < end || head >= _e || doc.TokUpos(head) is not Upos.NOUN) return false;
            foreach (var v in lex.Candidates(W(head))) if (v.Entry.Kind == TriggerKind.Noun) return true;
            if (doc.TokLemma(head) is { } hl) foreach (var v in lex.Candidates(hl)) if (v.Entry.Kind == TriggerKind.Noun) return true;
            // Or the modifier opens a compound event noun that takes the head in ("trade ties", "security cooperation").
            foreach (var v in lex.Candidates(W(last)))
                if (v.Entry.Kind == TriggerKind.Noun && CodingLexicon.MatchAt(doc, last, _e, v, lex) > head) return true;
            return false;
        }

        /// <summary>"the attack on a Malian army convoy", where the parser hangs the phrase on the verb: the actor at
        /// <paramref name="t"/> lies in an "on"/"against"/"of"/"at"/"in" phrase that follows the noun right away, with no
        /// verb or punctuation between.</summary>
        private bool InPhraseAfter(int noun, int t)
        {
            if (t <= noun + 1 || !(IsWord(noun + 1, "on") || IsWord(noun + 1, "against") || IsWord(noun + 1, "of") || IsWord(noun + 1, "at") || IsWord(noun + 1, "in")))
                return false;
            for (int k = noun + 2; k < t; k++)
                if (doc.TokUpos(k) is Upos.VERB or Upos.AUX or Upos.PUNCT) return false;
            return true;
        }

        /// <summary>True when the noun at <paramref name="noun"/> is the object of "ahead of" or "(in the) run-up to", with
        /// only a determiner, adjectives or numbers between ("ahead of a planned nationwide strike").</summary>
        private bool AheadOfNoun(int noun)
        {
            int k = noun - 1;
            while (k >= _f && noun - k <= 4 && actorOf[k] < 0 && doc.TokUpos(k) is Upos.DET or Upos.ADJ or Upos.NUM or Upos.NOUN && !IsWord(k, "run-up")) k--;
            if (k - 1 < _f) return false;
            return (IsWord(k, "of") && IsWord(k - 1, "ahead")) || (IsWord(k, "to") && IsWord(k - 1, "run-up"));
        }

        private bool NounContext(int t)
        {
            // "Fighting between the army and the rebels killed 18": an -ing word right before "between" names the contest
            // between two sides (a noun), however the tagger reads it at the head of a sentence.
            if (t + 1 < _e && IsWord(t + 1, "between") && W(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
            int p = t - 1;
            if (p < _f) return false;
            int a = actorOf[p];
            if (a >= 0) return IsModifier(a);
            // "he's arrested the opposition leader", "it's banned all rallies": a contracted "'s" the tagger reads as an
            // auxiliary ("has", "is") is no possessive, so the word after it is a verb, not a noun owned.
            if (Is(p, Words.NounContext) && doc.TokUpos(p) != Upos.AUX) return true;
            var s = W(p);
            return s.Length > 0 && char.IsDigit(s[0]);
        }

        /// <summary>
        /// "defended his call to the Kenyan president", "Ruto's call to Museveni": a call to a named actor with nothing asked of it
        /// is a telephone call. One that goes on to ask ("the UN's call to Iran to release the sailors", "a call to Kenya for
        /// calm", "calls from aid agencies to reopen schools") is an appeal, which its own words code; "call" is then no trigger.
        /// </summary>
        private bool CallToActor(int end)
        {
            // "had a frank call with her Chinese counterpart", "in a call with the Indian prime minister": a call held "with" a
            // named actor is a telephone call as one "to" it is (meet60; gold eb70022, eb70061, eb30098). Nothing after the actor
            // can make a call "with" someone an appeal, so the checks below apply to "to" alone.
            if (IsWord(end, "with"))
            {
                int w = end + 1;
                while (Is(w, Words.Determiner)) w++;
                return ActorAt(w) is var wa && wa >= 0 && A(wa).Tokens.FirstToken == w;
            }
            if (!IsWord(end, "to")) return false;
            int k = end + 1;
            while (Is(k, Words.Determiner)) k++;
            int a = ActorAt(k);
            if (a < 0 || A(a).Tokens.FirstToken != k) return false;
            int after = A(a).Tokens.EndToken;
            return !(IsWord(after, "for") || IsWord(after, "that") || IsWord(after, "on")
                || (IsWord(after, "to") && after + 1 < _e && doc.TokUpos(after + 1) is Upos.VERB or Upos.AUX));
        }

        /// <summary>True when the parse makes the last word of the actor right before <paramref name="t"/> its adjective
        /// ("military" in "the Kenyan military withdrawal") and tags <paramref name="t"/> a noun. An actor that ends in an
        /// adjective is no verb's subject. A name in compound ("the US embargo", "a UN investigation found") is not taken:
        /// such a noun is mostly an act the sentence refers to, not one it reports.</summary>
        private bool ActorModifiesNoun(int t)
        {
            if (!_tree.Parsed || t <= _f || actorOf[t - 1] < 0 || doc.TokUpos(t) is not (Upos.NOUN or Upos.PROPN)) return false;
            var m = doc.Token(t - 1);
            return m.Head == t && m.Relation == "amod";
        }

        /// <summary>
        /// Whether a verb trigger ends right before <paramref name="t"/> ("struck targets": two finite verbs do not follow
        /// each other, so the second word is a noun). A phrase of a verb and its object that ends on the object's noun
        /// ("demanding the prime minister's resignation", "set fire") is followed by the sentence's finite verb as often as
        /// not ("Protesters demanding the prime minister's resignation stormed parliament"): a word tagged finite after such
        /// a noun is left to be a verb. Invariant: only a multiword trigger of a verbal act (roots 01-14: what a crowd
        /// demands or says, which describes its doers) ending on a noun, and only a finite tag after it; a material act's
        /// phrase ("relief flights carrying tents and medicine landed in Kabul") keeps the old reading, where the relief is
        /// the event and the arrival only its place.
        /// </summary>
        private bool EndsVerbTrigger(int t)
        {
            if (_trigs.Count == 0) return false;
            var last = _trigs[^1];
            if (last.End != t || last.IsNoun) return false;
            if (last.End - last.Start > 1 && IsVerbalRoot(last.Entry.Cameo) && doc.TokUpos(t - 1) is Upos.NOUN && doc.TokXpos(t) is "VBD" or "VBZ" or "VBP") return false;
            return true;
        }

        private bool HasActorBefore(int t)
        {
            for (int k = t - 1; k >= _f; k--) if (actorOf[k] >= 0) return true;
            return false;
        }

        /// <summary>Whether the parser gives the word <paramref name="t"/> the article "a" or "an": a count noun, never a gerund.</summary>
        private bool IndefiniteNoun(int t)
        {
            for (int k = t - 1; k >= _f && k >= t - 4; k--)
                if (doc.Token(k).Head == t && doc.Token(k).Relation == "det" && (IsWord(k, "a") || IsWord(k, "an"))) return true;
            return false;
        }

        /// <summary>
        /// Whether the singular noun <paramref name="t"/> heads a noun group that opens with an article or demonstrative and
        /// whose words between it and the determiner are its own noun or adjective modifiers ("a passenger train", "the
        /// border fence", "this weekend's army march"): such a word is the group's head noun, never a finite verb, since
        /// an article does not open a clause. Invariant: the parse must hang the determiner and every word between on
        /// <paramref name="t"/>; a word right after the determiner is the older check's.
        /// </summary>
        private bool DeterminedNounGroup(int t)
        {
            if (!_tree.Parsed || doc.TokXpos(t) != "NN") return false;
            for (int k = t - 1; k >= _f && k >= t - 4; k--)
            {
                if (doc.Token(k).Head != t) return false;
                if (doc.Token(k).Relation == "det")
                    return k < t - 1 && W(k).ToString().ToLowerInvariant() is "a" or "an" or "the" or "this" or "that" or "these" or "those";
                if (doc.Token(k).Relation is not ("compound" or "amod") || doc.TokUpos(k) is not (Upos.NOUN or Upos.ADJ)) return false;
            }
            return false;
        }

        private bool VerbContext(int t)
        {
            int p = t - 1;
            if (p < _f) return false;
            if (Is(p, Words.Aux) || Is(p, Words.Negation) || Is(p, Words.CoordAdverb)) return true;
            int a = actorOf[p];
            return a >= 0 && !IsModifier(a);
        }

        private int TrigAt(int t) => t >= _f && t < _e ? _trigAt[t - _f] : -1;
        private int LightEndAt(int t) => t >= _f && t < _e ? _lightEnd[t - _f] : 0;

        private bool IsVerbTriggerAt(int t)
        {
            int k = TrigAt(t);
            return (k >= 0 && !_trigs[k].IsNoun) || LightEndAt(t) > 0;
        }

        // ---- clauses -----------------------------------------------------------------------------

        private void SplitClauses()
        {
            var cur = new Clause { Start = _f, Parent = -1, Antecedent = -1, Subject = -1, FirstTarget = -1 };
            // The clause an open non-restrictive relative clause (", which ...", ", who ...") interrupts, or -1: "Turkey,
            // which hosts three million Syrian refugees, sent aid to Gaza" resumes that clause at the finite verb after the
            // closing comma, so the verb's subject is the interrupted clause's ("Turkey"), never an actor inside the
            // relative clause ("Syrian refugees").
            int interrupted = -1, interruptedAntecedent = -1;
            for (int t = _f + 1; t < _e; t++)
            {
                int parent = -2, antecedent = -1; int startAt = t;
                bool opensRelative = false;
                if (IsWord(t - 1, ";")) parent = -1;
                else if (IsWord(t, ",") && t + 1 < _e && actorOf[t + 1] < 0)
                {
                    int w = t + 1;
                    if (Is(w, Words.ClauseOpener))
                        parent = IsParticiple(w + 1) ? _clauses.Count : -1;
                    else if (Is(w, Words.Relative))
                    {
                        parent = -1; antecedent = LastActorBefore(t); opensRelative = true;
                    }
                    // The resumed clause's subject is the relative clause's antecedent, as inside it: "Kenya and Ethiopia,
                    // which have mediated ..., invited ..." keeps both conjuncts before the antecedent.
                    else if (interrupted >= 0 && ResumesInterruptedClause(w)) { parent = interrupted; antecedent = interruptedAntecedent; }
                    else if (IsParticiple(w)) parent = _clauses.Count;
                }
                else if (Is(t, Words.Coordinator) && actorOf[t - 1] < 0)
                {
                    int w = t + 1;
                    while (Is(w, Words.CoordAdverb)) w++;
                    if (w < _e && actorOf[w] < 0 && (IsVerbTriggerAt(w) || (Is(w, Words.Aux) && IsVerbTriggerAt(w + 1))))
                        parent = _clauses.Count;
                }
                else if (IsWord(t, "while") && IsParticiple(t + 1)) parent = _clauses.Count;
                else if (IsWord(t, "to") && t + 1 < _e && TrigAt(t + 1) >= 0 && !_trigs[TrigAt(t + 1)].IsNoun && TrigAt(t - 1) < 0
                         && !EndsTrigger(t))
                    parent = _clauses.Count;
                else
                {
                    // Content of a reporting verb starts a clause of its own: "X said (that) Y attacked Z".
                    int k = TrigAt(PrevTriggerStartEndingAt(t));
                    if (k >= 0 && _trigs[k].Entry.Has(TriggerFlags.Report) && !IsPunct(t))
                    {
                        if (actorOf[t] >= 0)
                        {
                            int ae = A(actorOf[t]).Tokens.EndToken;
                            if (IsWord(ae, "that")) { startAt = -1; }
                            else parent = -1;
                        }
                        else parent = -1;
                    }
                }
                if (parent == -2 || startAt < 0) continue;
                // A relative clause that follows a relative clause, or a new top-level clause, ends the interruption; one that
                // resumes the interrupted clause ends it too (one relative clause is closed by one finite verb).
                if (parent == interrupted || parent == -1) interrupted = -1;
                cur.End = startAt;
                bool added = cur.End > cur.Start;
                if (added) _clauses.Add(cur);
                if (opensRelative && added) { interrupted = _clauses.Count - 1; interruptedAntecedent = antecedent; }
                cur = new Clause { Start = startAt, Parent = Math.Min(parent, _clauses.Count - 1), Antecedent = antecedent, Subject = -1, FirstTarget = -1 };
            }
            cur.End = _e;
            _clauses.Add(cur);
            int c = 0;
            for (int t = _f; t < _e; t++)
            {
                while (c < _clauses.Count - 1 && t >= _clauses[c].End) c++;
                _clauseOf[t - _f] = c;
            }
            for (int i = 0; i < _trigs.Count; i++)
            {
                var tr = _trigs[i]; tr.Clause = _clauseOf[tr.Start - _f]; _trigs[i] = tr;
            }
        }

        private bool EndsTrigger(int t)
        {
            for (int i = 0; i < _trigs.Count; i++) if (_trigs[i].Start < t && _trigs[i].End > t) return true;
            return false;
        }

        private int PrevTriggerStartEndingAt(int t)
        {
            for (int i = _trigs.Count - 1; i >= 0; i--) if (_trigs[i].End == t) return _trigs[i].Start;
            return -1;
        }

        private bool IsParticiple(int t)
        {
            if (t >= _e || t < _f || actorOf[t] >= 0) return false;
            var s = W(t);
            if (s.Length < 5 || !s.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
            foreach (var ch in s) if (!char.IsLetter(ch)) return false;
            return char.IsLower(s[0]) && !s.Equals("during", StringComparison.OrdinalIgnoreCase) && !s.Equals("including", StringComparison.OrdinalIgnoreCase)
                && !s.Equals("according", StringComparison.OrdinalIgnoreCase) && !s.Equals("regarding", StringComparison.OrdinalIgnoreCase)
                && !s.Equals("following", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>True when the word after a comma that closes a non-restrictive relative clause opens a finite verb
        /// group (past or present tense, a modal, or an auxiliary before a verb), perhaps after one adverb: "Turkey, which
        /// hosts refugees, sent ...", "ECOWAS, which has struggled ..., suspended ...", "..., has agreed ...". A participle
        /// ("killing", "backed by") or a noun phrase after the comma continues the relative clause or an apposition.</summary>
        private bool ResumesInterruptedClause(int w)
        {
            if (w < _e && doc.Token(w).Xpos is "RB" && actorOf[w] < 0) w++;
            if (w >= _e || actorOf[w] >= 0 || Is(w, Words.Relative)) return false;
            return doc.Token(w).Xpos is "VBD" or "VBZ" or "VBP" or "MD";
        }

        private int LastActorBefore(int t)
        {
            for (int k = t - 1; k >= _f; k--)
            {
                int a = actorOf[k];
                if (a >= 0 && !IsModifier(a) && !_reporters.Contains(a)) return a;
            }
            return -1;
        }

        private int ClauseStart(int c) => _clauses[c].Start;
        private int ClauseEnd(int c) => _clauses[c].End;

        /// <summary>Clause subjects in order: the nearest non-modifier actor before the clause's first verb
        /// trigger, else the antecedent (relative clause), else the parent's subject.</summary>
        private void ComputeSubjects()
        {
            for (int c = 0; c < _clauses.Count; c++)
            {
                var cl = _clauses[c];
                int firstVerb = cl.End;
                for (int t = cl.Start; t < cl.End; t++)
                    if (actorOf[t] < 0 && IsVerbTriggerAt(t)) { firstVerb = t; break; }
                int subj = NearestSourceBefore(firstVerb, cl.Start);
                if (firstVerb == cl.End)
                    for (int t = cl.Start; t < cl.End; t++)
                        if (actorOf[t] >= 0 && !IsModifier(actorOf[t]) && !_reporters.Contains(actorOf[t])) { subj = actorOf[t]; break; }
                if (subj < 0 && cl.Antecedent >= 0) subj = cl.Antecedent;
                if (subj < 0 && cl.Parent >= 0 && cl.Parent < c) subj = _clauses[cl.Parent].Subject;
                cl.Subject = subj;
                cl.Background = HasPluperfect(cl.Start, cl.End) || (cl.Parent >= 0 && cl.Parent < c && _clauses[cl.Parent].Background);
                _clauses[c] = cl;
            }
        }

        /// <summary>Nearest non-modifier actor before t (not after "by"/"to", not a reporter); when the clause has
        /// none, the nearest modifier actor, which then stands for the noun it modifies ("Chinese warships shelled").</summary>
        private int NearestSourceBefore(int t, int lo)
        {
            int modifier = -1;
            for (int k = t - 1; k >= lo; k--)
            {
                int a = actorOf[k];
                if (a < 0 || _reporters.Contains(a)) continue;
                int first = A(a).Tokens.FirstToken;
                if (IsWord(first - 1, "by") || IsWord(first - 1, "to")) { k = first; continue; }
                // "host talks between Hamas and Israel and urged both sides": the sides of a "between" phrase are no doer.
                if (AfterBetween(first, lo)) { k = first; continue; }
                // "Security forces in Iran used ...", "protesters in Lima": the place after a role says where it is; the role
                // is the doer.
                if ((IsWord(first - 1, "in") || IsWord(first - 1, "at") || IsWord(first - 1, "from") || IsWord(first - 1, "near"))
                    && ActorAt(first - 2) is var role && role >= 0 && role != a && !IsModifier(role) && !_reporters.Contains(role)) { k = first; continue; }
                if (IsModifier(a)) { if (modifier < 0 && !ObjectOfVerb(first) && !_tree.ModifiesInertThing(A(a).Tokens.EndToken - 1)) modifier = a; k = first; continue; }
                return a;
            }
            return modifier;
        }

        /// <summary>True when the actor whose first token is <paramref name="first"/> follows "between" ("between Hamas",
        /// "between the army"), or "and" after such an actor ("between Hamas and Israel").</summary>
        private bool AfterBetween(int first, int lo)
        {
            int p = BeforeSide(first - 1, lo);
            if (p >= lo && IsWord(p, "between")) return true;
            if (p < lo + 1 || !IsWord(p, "and") || actorOf[p - 1] is not (var b and >= 0)) return false;
            int q = BeforeSide(A(b).Tokens.FirstToken - 1, lo);
            return q >= lo && IsWord(q, "between");
        }

        /// <summary>The token before a "between" side whose actor starts after <paramref name="p"/>: up to three adjectives or
        /// numbers outside any actor ("between federal troops and ethnic rebels") and then "the" are stepped back over, as
        /// <see cref="SideStart"/> steps forward over them.</summary>
        private int BeforeSide(int p, int lo)
        {
            for (int n = 0; n < 3 && p >= lo && actorOf[p] < 0 && doc.TokUpos(p) is Upos.ADJ or Upos.NUM; n++) p--;
            if (p >= lo && IsWord(p, "the")) p--;
            return p;
        }

        /// <summary>"waving Russian flags and chanting slogans": a phrase right after a verb (past its determiners) is
        /// that verb's object, so a modifier inside it stands for no subject.</summary>
        private bool ObjectOfVerb(int first)
        {
            int p = first - 1;
            while (p >= _f && Is(p, Words.Determiner)) p--;
            return p >= _f && doc.Token(p).Xpos is { } x && x.StartsWith("VB", StringComparison.Ordinal);
        }

        // ---- context cues ------------------------------------------------------------------------

        private bool HasPluperfect(int lo, int hi)
        {
            for (int t = lo; t < hi - 1; t++)
                if (IsWord(t, "had") && !_tree.IsSubordinateClauseAux(t) && (IsWord(t + 1, "been") || (t + 1 < hi && W(t + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                    || TrigAt(t + 1) >= 0 || LightEndAt(t + 1) > 0)) return true;
            return false;
        }

        private bool SentenceBackgroundCue()
        {
            _backgroundCue = -1;
            _backgroundCueClause = -1;
            int pubYear = doc.Article.Published?.Year ?? int.MaxValue;
            for (int t = _f; t < _e; t++)
            {
                if (IsWord(t, "during"))
                    for (int k = t + 1; k < Math.Min(_e, t + 6); k++) if (Is(k, Words.EraNoun)) { _backgroundCue = t; return true; }
                if (IsWord(t, "ago") && Is(t - 1, Words.AgoUnit)) { _backgroundCue = t; return true; }
                // "In the worst purges of the Soviet period ...", "under colonial rule", "during the apartheid era": an age named by
                // its bygone regime is history (session 38, realfp38).
                if (IsWord(t, "in") || IsWord(t, "during") || IsWord(t, "under"))
                    for (int k = t + 1; k + 1 < Math.Min(_e, t + 8); k++)
                    {
                        if (IsPunct(k)) break;
                        if (Is(k, Words.BygoneRegime) && Is(k + 1, Words.PeriodNoun)) { _backgroundCue = k + 1; return true; }
                    }
                if ((IsWord(t, "in") || IsWord(t, "back") || IsWord(t, "since")) && t + 1 < _e)
                {
                    // "in 2014", "in June 2020", "in March 3, 2019"'s cousin "in late 2019": a year before the publication's.
                    // "since 2013" ("the army that has battled the rebels since 2013") tells a state that began in history.
                    // Centuries back too ("the first country to recognise the United States in 1777"), though not a bare
                    // number of things ("in 1500 villages" is rare; quantities are written "1,500").
                    int yt = t + 1;
                    if (Is(yt, Words.YearLead)) yt++;
                    if (Is(yt, Words.MonthName)) { yt++; if (yt < _e && W(yt).Length <= 2 && char.IsDigit(W(yt)[0])) yt++; if (IsWord(yt, ",")) yt++; }
                    var s = yt < _e ? W(yt) : default;
                    // "the first such deportation since 2011", "the largest since 2016" compare the news with the past (no cue).
                    if (s.Length == 4 && int.TryParse(s, out int y) && y >= 1500 && y < pubYear && !AttributiveYearInNoun(t, yt)
                        && !(IsWord(t, "since") && ComparedSinceAt(t)))
                    { _backgroundCue = t; return true; }
                }
                if (IsWord(t, "at") && IsWord(t + 1, "the") && IsWord(t + 2, "time")) { _backgroundCue = t; return true; }
                if (HistoryTimeWord(t) is var cue && cue >= 0) { _backgroundCue = cue; return true; }
            }
            return false;
        }

        /// <summary>
        /// "convicted a former officer ... for his role in the 1994 killings", "jailed for his part in the 2019 riots": a year
        /// written before a noun ("the 1994 killings") names which event the noun means, and a phrase "in the YEAR NOUN"
        /// inside another noun ("role in", "part in") dates only that noun, not the verb the news tells. Such a phrase dates
        /// the clause only when it hangs on a predicate itself (obl: "fought in the 2020 war"). Without a parse nothing
        /// changes. <paramref name="prep"/> is the preposition, <paramref name="year"/> the year token.
        /// </summary>
        private bool AttributiveYearInNoun(int prep, int year)
        {
            if (!_tree.Parsed || !IsWord(prep + 1, "the") || year + 1 >= _e || doc.TokXpos(year + 1) is not ("NN" or "NNS")) return false;
            int noun = doc.Token(prep).Head;
            if (noun < 0) return false;
            var rel = doc.Token(noun).Relation ?? "";
            return rel.StartsWith("nmod", StringComparison.Ordinal) && !rel.Contains("tmod", StringComparison.Ordinal);
        }

        /// <summary>True when "has" or "have" stands as an auxiliary before <paramref name="t"/> in the sentence.</summary>
        private bool PerfectBefore(int t)
        {
            for (int k = _f; k < t; k++)
                if ((IsWord(k, "has") || IsWord(k, "have")) && k + 1 < t && doc.TokXpos(k + 1) is "VBN" or "RB") return true;
            return false;
        }

        /// <summary>
        /// The time word, if <paramref name="t"/> opens one, that tells history without a year: "last year" and "last
        /// October" (a report's own events are this week's), "in the past" with no span after it ("have rejected talks in
        /// the past"; "in the past 24 hours" is the news), "previously" after an auxiliary ("has previously said"). Only
        /// one that hangs from a verb dates a clause ("last year's protests", "an operation last year" date their noun).
        /// "last month" and "last week" tell history only in a clause that modifies a noun, whose clause they then date
        /// (<see cref="_backgroundCueClause"/>). Returns the time noun or adverb, -1 when none.
        /// </summary>
        private int HistoryTimeWord(int t)
        {
            int word = -1;
            // "last" before a time noun that is no possessive ("last year's protests" dates its noun, not a clause).
            bool lastTime = IsWord(t, "last") && t + 1 < _e && !(t + 2 < _e && Is(t + 2, Words.Possessive));
            if (lastTime && (IsWord(t + 1, "year") || Is(t + 1, Words.MonthName)))
                word = t + 1;
            else if (IsWord(t, "in") && IsWord(t + 1, "the") && IsWord(t + 2, "past")
                && (t + 3 >= _e || IsPunct(t + 3) || Is(t + 3, Words.AgoUnit) || Is(t + 3, Words.Coordinator)))
                word = t + 2;
            else if (IsWord(t, "previously") && t > _f && Is(t - 1, Words.HistoryAux))
                word = t;
            // "New Delhi has accused Islamabad for years of ...", "has fought the rebels for decades": a perfect told over years
            // is a standing state, history beside the news.
            // Not "for months": "barriers that have held up trucks for months" is the news's own recent past.
            else if (IsWord(t, "for") && t + 1 < _e && (IsWord(t + 1, "years") || IsWord(t + 1, "decades")
                    || (t + 2 < _e && (IsWord(t + 1, "many") || IsWord(t + 1, "several")) && (IsWord(t + 2, "years") || IsWord(t + 2, "decades"))))
                && PerfectBefore(t))
                word = IsWord(t + 1, "many") || IsWord(t + 1, "several") ? t + 2 : t + 1;
            // "Gunmen who abducted 30 students last month released them on Thursday", "fishermen who were detained last
            // week": a recent time told only in a clause that modifies a noun identifies who or what the news is about; it is
            // history beside the news. In the main clause "last month" may be the news itself ("Gangs killed 100 people last
            // month, the UN said"), so it dates nothing there.
            // The parser often hangs such a time on the main verb when it ends the clause right before it ("Gunmen who
            // abducted 30 students last month released them"): a time right after a noun-modifying clause's last word, with
            // no comma, is that clause's.
            else if (lastTime && (IsWord(t + 1, "month") || IsWord(t + 1, "week")) && _tree.Parsed)
            {
                int clause = _tree.PredicateOf(t + 1);
                if (clause < 0 || !_tree.InNounModifyingClause(clause))
                    clause = t > _f && !IsPunct(t - 1) && _tree.PredicateOf(t - 1) is var before && before >= 0 && _tree.InNounModifyingClause(before) ? before : -1;
                if (clause >= 0) { _backgroundCueClause = clause; return t + 1; }
            }
            return word >= 0 && _tree.DatesAClause(word) ? word : -1;
        }

        /// <summary>
        /// Whether the sentence's background cue dates this event: with a parse, only when the cue hangs from the
        /// event's own predicate ("apologised to Indonesia for the violence committed during the war": the war dates the
        /// violence, not the apology); without one, the whole sentence.
        /// </summary>
        private bool CueDates(int headNode, int innerNode)
        {
            if (!_sentenceBackground) return false;
            // A cue inside a relative clause set off by commas dates that clause alone (ShallowCoder.SetOffRelativeCues.cs).
            if (CueOnlyInSetOffRelative(headNode, innerNode)) return false;
            if (DuringPhraseOwner() is var owner && owner >= 0)
                return _tree.InSubtreeOf(headNode, owner) || _tree.InSubtreeOf(innerNode, owner);
            int governor = CueClause();
            // "lifted a ban that had been in force since 2022": a cue in a noun's clause whose predicate is a noun or
            // adjective with a copula (no verb for PredicateOf to stop at) dates that clause alone, not the verb above it.
            if (_backgroundCueClause < 0 && _tree.NominalClauseOnNoun(_backgroundCue, governor) is var nominal && nominal >= 0)
                return _tree.InSubtreeOf(headNode, nominal) || _tree.InSubtreeOf(innerNode, nominal);
            // Only a cue inside a clause that modifies a noun is that clause's alone; elsewhere it dates the sentence.
            if (governor < 0) return true;
            if (!_tree.InNounModifyingClause(governor))
            {
                // "accused the army of killing civilians in 2014", "urged the Houthis to release staff they have held since
                // last year" (the parser often makes a relative clause without "that" a ccomp): a cue in a clause that hangs
                // below the event's own predicate, and is not the predicate of the act the event is about, dates that lower
                // clause; the accusation or the appeal above it is the news. A cue on the event's predicate or above it (a
                // reporting verb) still dates the event.
                return !_tree.CueBelowEventClause(governor, headNode, innerNode);
            }
            return _tree.OnVerbalChain(headNode, governor) || _tree.OnVerbalChain(innerNode, governor);
        }

        /// <summary>The predicate the sentence's background cue belongs to: the noun-modifying clause the cue was found to
        /// date (<see cref="_backgroundCueClause"/>), else the predicate the parse hangs it on; -1 when none.</summary>
        private int CueClause() => _backgroundCueClause >= 0 ? _backgroundCueClause : _tree.PredicateOf(_backgroundCue);

        /// <summary>Reporting frames: "X said/reported/told" with another event in the sentence, or "according to X".
        /// Marks reporter actors so that they are never a source or target, and returns the attribution actor.</summary>
        private int FindAttribution()
        {
            int attribution = -1;
            _attributionScope = -1;
            _reportNodes.Clear();
            for (int t = _f; t + 2 < _e; t++)
                if (IsWord(t, "according") && IsWord(t + 1, "to"))
                {
                    int k = t + 2; while (Is(k, Words.Determiner)) k++;
                    int a = ActorAt(k);
                    if (a >= 0) { _reporters.Add(a); attribution = a; }
                    // "According to Kenya's tourism board chief executive John Kamau, the airline …", "according to a statement
                    // from the ministry": every actor up to the phrase's comma is who reports, none of them a doer of the news.
                    // A finite verb ends it too ("Kenya according to officials sent troops to Somalia").
                    for (int r = k + 1; r < _e && r < k + 16 && !IsWord(r, ",") && !IsWord(r, ";") && !IsWord(r, "—")
                         && doc.TokXpos(r) is not ("VBD" or "VBZ" or "VBP" or "MD"); r++)
                        if (ActorAt(r) is var more && more >= 0)
                        {
                            _reporters.Add(more);
                            if (attribution < 0) attribution = more;
                        }
                }
            bool hasOther = false;
            for (int i = 0; i < _trigs.Count; i++) if (!_trigs[i].Entry.Has(TriggerFlags.Report)) { hasOther = true; break; }
            if (!hasOther) return attribution;
            for (int i = 0; i < _trigs.Count; i++)
            {
                var tr = _trigs[i];
                if (!tr.Entry.Has(TriggerFlags.Report)) continue;
                // "accused Turkish ships of entering waters it claims as its shelf": a speech verb inside what an event
                // verb governs reports nothing of the sentence; its subject is no outside reporter.
                int node = _tree.Parsed && !tr.IsNoun ? Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)) : -1;
                int a = CommaReporter(tr);
                if (a < 0) a = node >= 0 && (UnderEventVerb(node) || AnnouncesEventNoun(node)) ? -1 : ReporterOf(tr);
                if (a >= 0)
                {
                    _reporters.Add(a);
                    // "Hungary blocked the statement, diplomats said": unnamed people who only pass the news on ("officials",
                    // "diplomats", "witnesses", unqualified) are no attribution, whatever country the context lends them
                    // (gold/README.md, Attribution); they still are no source or target. An organ that speaks for its body
                    // ("police said", "a spokesman said", "health officials said") stays the reporter.
                    if (UnnamedPasserOn(a)) { tr.Consumed = true; _trigs[i] = tr; continue; }
                    if (attribution < 0) { attribution = a; _attributionScope = node >= 0 && _tree.ReportsOwnClauseOnly(node) ? node : -1; }
                    if (node >= 0) _reportNodes.Add((node, a));
                }
                tr.Consumed = true; _trigs[i] = tr;
            }
            return attribution;
        }

        /// <summary>The reporter of the event at <paramref name="range"/> when it is a police force or a judicial body
        /// (prosecutors, a court): a code ending in COP or JUD, not a lawyer. -1 otherwise.</summary>
        private int ReportingLawOrgan(TokenRange range)
        {
            int rep = AttributionOf(range);
            if (rep < 0 || A(rep).Code is not { } c) return -1;
            // Session 61 (coerce61): "was arrested at his home, his lawyer said": a lawyer (JUD by roles.tsv) reports the
            // arrest of a client; he is no organ that arrests or charges.
            if (IsLawyer(rep)) return -1;
            return c.EndsWith("COP", StringComparison.Ordinal) || c.EndsWith("JUD", StringComparison.Ordinal) ? rep : -1;
        }

        /// <summary>
        /// The reporter of the passive harm at <paramref name="verb"/> when it is a state's army or police (a code ending in MIL
        /// or COP) and the verb's passive subject is an armed side such a force fights (REB or CRM, not the reporter's own
        /// country's force), else -1. Only with the tree and no "by" agent.
        /// </summary>
        private int ReportingForceAgainst(int verb, TokenRange range)
        {
            if (!_tree.Parsed || verb < _f || verb >= _e || _tree.HasByAgent(verb)) return -1;
            int rep = AttributionOf(range);
            if (rep < 0 || RoleOf(rep) is not ("MIL" or "COP")) return -1;
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb || doc.Token(k).Relation != "nsubj:pass") continue;
                int victim = _tree.ActorOfNode(k);
                return victim >= 0 && victim != rep && RoleOf(victim) is "REB" or "CRM" ? rep : -1;
            }
            return -1;
        }

        /// <summary>Role nouns for people who pass news on without speaking for a body.</summary>
        private static readonly HashSet<string> PassersOn = new(StringComparer.OrdinalIgnoreCase)
        { "official", "diplomat", "source", "analyst", "witness", "resident", "observer", "expert", "villager", "local" };

        /// <summary>True when the reporter is one bare role noun of <see cref="PassersOn"/> ("officials", "regional officials",
        /// "diplomats") with no country of its own; a noun before it makes it an organ ("health officials", "security
        /// officials").</summary>
        private bool UnnamedPasserOn(int a)
        {
            var m = A(a);
            int t = m.Tokens.FirstToken;
            return m.Rule.StartsWith("role:", StringComparison.Ordinal) && (m.Country is null || m.CountryFromContext) && m.Tokens.Length == 1
                && PassersOn.Contains(doc.Token(t).Lemma ?? "") && !(t > _f && doc.TokUpos(t - 1) is Upos.NOUN or Upos.PROPN);
        }

        /// <summary>
        /// The reporter of the event at <paramref name="range"/>: with two speech verbs in the sentence ("Japan's minister said
        /// Tokyo had asked Beijing …, while South Korea said it would seek talks"), the one nearest above the trigger in the
        /// tree; otherwise the sentence's, unless that reporter speaks only of its own conjoined clause.
        /// </summary>
        private int AttributionOf(TokenRange range)
        {
            int head = Syntax.Attachment.SpanHead(doc, range);
            if (_reportNodes.Count > 1 && _tree.Parsed)
                for (int v = head, step = 0; v >= 0 && step < 32; v = doc.Token(v).Head, step++)
                    foreach (var (node, actor) in _reportNodes)
                        if (node == v) return actor;
            return _attributionScope >= 0 && !_tree.InSubtree(head, _attributionScope) ? -1 : _attribution;
        }

        /// <summary>
        /// ", Lebanon's health ministry said, after …", "…," the agency reported": an actor set off by a comma or a closing
        /// quote right before the speech verb is the sentence's reporter, whatever the parse made of the clause (a greedy
        /// parse often hangs such a "said" inside the event's clause). -1 when the surface is not that.
        /// </summary>
        private int CommaReporter(Trig tr)
        {
            if (tr.IsNoun) return -1;
            int a = ActorAt(tr.Start - 1);
            if (a < 0 || A(a).Tokens.EndToken != tr.Start) return -1;
            int before = A(a).Tokens.FirstToken - 1;
            // ", the regional governor said", ", a senior army officer said": plain adjectives the actor's span leaves out
            // describe the same reporter (ReporterDescription).
            while (before >= _f && (Is(before, Words.Determiner) || ReporterDescription(before))) before--;
            if (before < _f) return -1;
            var w = W(before);
            if (w is not ("," or "\"" or "”" or "'" or "’")) return -1;
            // "After the meeting, Poland's prime minister announced military aid": a comma that closes a fronted time or place
            // phrase, with no clause before it, closes nothing the actor reports.
            if (w is ",")
            {
                bool clauseBefore = false;
                for (int t = _f; t < before && !clauseBefore; t++)
                    clauseBefore = doc.Token(t).Xpos is "VBD" or "VBZ" or "VBP" or "MD";
                if (!clauseBefore) return -1;
            }
            return a;
        }

        /// <summary>"prisoners of war" (or "POWs") within the trigger or the few words after it.</summary>
        private bool PrisonersOfWarNear(Trig inner)
        {
            for (int k = Math.Max(_f, inner.Start); k < Math.Min(_e, inner.End + 3); k++)
                if (IsWord(k, "POWs") || ((IsWord(k, "prisoners") || IsWord(k, "prisoner")) && IsWord(k + 1, "of") && IsWord(k + 2, "war"))) return true;
            // Session 64 (blind82): soldiers or servicemen that two sides release to each other are prisoners of war by
            // what the act is ("swapped 84 captured soldiers apiece", verbs.tsv "swap soldier"): each side frees the
            // other's military, as with "prisoners of war" (gold eb63050). Only the trigger's own words count (its object
            // noun), never soldiers named elsewhere; the caller asks only for releases between two sides.
            for (int k = Math.Max(_f, inner.Start); k < Math.Min(_e, inner.End); k++)
                if (IsWord(k, "soldiers") || IsWord(k, "servicemen")) return true;
            return false;
        }

        /// <summary>The government actor of <paramref name="iso"/> right after "talks with" or "meeting with" in the
        /// sentence ("for talks with Prime Minister Narendra Modi"), -1 when none.</summary>
        private int TalksWithGovernment(string iso, int src)
        {
            for (int k = _f + 1; k + 1 < _e; k++)
            {
                if (!IsWord(k, "with") || !(IsWord(k - 1, "talks") || IsWord(k - 1, "meeting") || IsWord(k - 1, "meetings"))) continue;
                int a = ActorAt(k + 1);
                if (a >= 0 && a != src && !A(a).IsModifier && A(a).Country == iso && A(a).Code is { Length: 6 } code && code.EndsWith("GOV", StringComparison.Ordinal))
                    return a;
            }
            return -1;
        }

        /// <summary>The first actor of the sentence that stands for a part of the visited country's state (its government,
        /// a minister, its presidency), neither the source nor a reporter. -1 when the sentence names none.</summary>
        private int HostActor(string iso, int src)
        {
            for (int t = _f; t < _e; t++)
            {
                int a = actorOf[t];
                if (a < 0 || a == src || _reporters.Contains(a) || A(a).IsModifier || A(a).Country != iso || A(a).Code is not { } code) continue;
                if (code.Length == 6 && code.EndsWith("GOV", StringComparison.Ordinal)) return a;
            }
            return -1;
        }

        /// <summary>True when an aid trigger (root 07) covers or heads the noun at <paramref name="node"/> ("aid", "an aid
        /// convoy", "relief supplies").</summary>
        private bool AidNounAt(int node)
        {
            foreach (var t in _trigs)
                if (t.Entry.Root == "07" && t.IsNoun && node >= t.Start && node < t.End) return true;
            return false;
        }

        /// <summary>True when the event noun starting at <paramref name="t"/> is what an office is "responsible for" ("the
        /// commissioner responsible for the EU's humanitarian aid", "the minister responsible for trade talks"): a portfolio,
        /// no event. Read on the surface (a noun, "responsible for", then only the noun phrase's own modifiers), since the parser
        /// often makes the portfolio the subject of the verb after it. "was responsible for the attack" (after a verb) is not taken.</summary>
        private bool PortfolioOfOffice(int t)
        {
            int k = t - 1;
            while (k >= _f && t - k <= 5 && (actorOf[k] >= 0 || doc.TokUpos(k) is Upos.DET or Upos.ADJ or Upos.PART)) k--;
            // Only an office holds a portfolio: "the group responsible for the attack" names the attack's doer.
            return k - 2 >= _f && IsWord(k, "for") && IsWord(k - 1, "responsible") && doc.TokLemma(k - 2) is { } office && OfficeNouns.Contains(office);
        }

        /// <summary>Nouns of offices and office holders that are given a portfolio.</summary>
        private static readonly HashSet<string> OfficeNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "minister", "ministry", "commissioner", "secretary", "official", "officer", "director", "chief", "head", "department",
            "agency", "office", "body", "envoy", "coordinator", "commission", "committee", "authority", "deputy", "spokesman", "spokeswoman",
        };

        /// <summary>Nouns that carry the event of the event noun before them ("a bomb blast", "an aid convoy", "a rescue
        /// operation"): there the event noun is no mere classifier.</summary>
        private static readonly HashSet<string> EventHeads = new(StringComparer.OrdinalIgnoreCase)
        {
            "blast", "explosion", "fire", "campaign", "operation", "effort", "convoy", "shipment", "package", "flight", "mission",
            "raid", "offensive", "wave", "spree", "drive", "incident", "run", "action", "activity", "programme", "program",
            "delivery", "distribution", "airlift", "airdrop",
        };

        /// <summary>Objects of "protect" that are no people or places a force can guard: rights, interests, freedoms.</summary>
        private static readonly HashSet<string> AbstractProtected = new(StringComparer.OrdinalIgnoreCase)
        {
            "right", "rights", "interest", "interests", "freedom", "freedoms", "privacy", "dignity", "environment", "economy", "job", "jobs",
            "investment", "investments", "data", "value", "values", "heritage", "identity", "reputation", "integrity", "democracy",
        };

        /// <summary>Ills that governments "fight", "battle" or "combat" without fighting anyone.</summary>
        private static readonly HashSet<string> AbstractFoes = new(StringComparer.OrdinalIgnoreCase)
        {
            "corruption", "poverty", "crime", "inflation", "extremism", "disease", "virus", "pandemic", "epidemic", "hunger",
            "famine", "climate", "change", "wildfire", "blaze", "flood", "drought", "graft", "fraud", "misinformation",
            "disinformation", "cancer", "unemployment", "discrimination", "racism", "injustice", "impunity", "illiteracy",
            "malaria", "cholera", "ebola", "outbreak", "locust", "desertification", "pollution", "deforestation", "addiction",
            "obesity", "tax", "evasion", "laundering", "trafficking", "smuggling", "radicalisation", "radicalization", "hate",
            "antisemitism", "islamophobia", "xenophobia", "bureaucracy", "waste", "deficit", "recession", "price", "cost",
        };

        private static readonly HashSet<string> AnotherWords = new(StringComparer.OrdinalIgnoreCase)
        { "similar", "further", "additional", "more", "fresh", "new", "same", "such", "parallel", "matching", "reciprocal", "retaliatory" };

        /// <summary>True when one of the two words before the event noun marks it as another of its kind.</summary>
        private bool AnotherOfItsKind(Trig tr)
        {
            for (int k = tr.Start - 1; k >= Math.Max(_f, tr.Start - 2); k--)
                if (AnotherWords.Contains(W(k).ToString())) return true;
            return false;
        }

        /// <summary>"Britain announced sanctions against three Russian banks": a speech verb whose direct object is an event
        /// noun lends its subject to that event as a light verb does; its subject reports nothing.</summary>
        private bool AnnouncesEventNoun(int node)
        {
            // "said talks with Canada had stalled": verbs of saying take a clause, whatever the parser makes of it.
            if (doc.Token(node).Lemma is "say" or "tell" or "add" or "note" or "claim" or "write" or "state" or "insist") return false;
            // The object's head word may end a multiword event noun ("announced joint military exercises").
            return _tree.AnyObject(node, t => TriggerCovering(t, -1) is var k && k >= 0 && _trigs[k].IsNoun && !_trigs[k].Entry.Has(TriggerFlags.Report));
        }

        /// <summary>True when the parse hangs the speech verb (its head word <paramref name="node"/>) below a verb that
        /// triggers an event (not another speech verb).</summary>
        private bool UnderEventVerb(int node)
        {
            // "Police arrested two men, the party said": a trailing report hangs from the event verb as parataxis.
            if (doc.Token(node).Relation is { } rel && (rel.StartsWith("parataxis", StringComparison.Ordinal) || rel.StartsWith("conj", StringComparison.Ordinal))) return false;
            for (int v = doc.Token(node).Head, step = 0; v >= _f && v < _e && step < 12; v = doc.Token(v).Head, step++)
            {
                int k = TrigAt(v);
                // Through other speech verbs: "imposed tariffs, while Mexico said it would announce its response".
                if (k >= 0 && !_trigs[k].IsNoun && !_trigs[k].Entry.Has(TriggerFlags.Report)) return true;
                if (doc.Token(v).Head == v) break;
            }
            return false;
        }

        /// <summary>The reporting actor: nearest actor before the verb in its clause, or after it ("…, said X").</summary>
        private int ReporterOf(Trig tr)
        {
            // "..., saying the gangs had killed 1,500 people": a participle reports for the subject of the sentence,
            // which is the source of the sentence's own events and so no outside reporter; the actor after it is the
            // reported clause's subject, not the reporter ("..., said the agency" is).
            if (W(tr.Start).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return -1;
            // "Abiy thanked Erdogan for his mediation and said …": the tree's subject of the speech verb, its own or the one
            // its coordinated verb lends it, is the reporter, not the last actor before the verb.
            if (_tree.Parsed && !tr.IsNoun && _tree.VerbSource(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)), out var how) is var subject
                && subject >= 0 && how is "tree:nsubj" or "tree:inherited-nsubj" && !IsModifier(subject)
                // the subject word itself names the actor ("sanctions" whose compound is "the European Union" does not)
                && A(subject).Tokens.Contains(_tree.LastSubjectNode))
                return subject;
            int lo = tr.Start;
            while (lo > _f && !IsWord(lo - 1, ",") && !IsWord(lo - 1, ";") && (tr.Start - lo) < 8) lo--;
            if (tr.Start - lo < 8 && (lo == _f || IsWord(lo - 1, ",")))
            {
                for (int k = tr.Start - 1; k >= lo; k--)
                    if (actorOf[k] >= 0) return actorOf[k];
                // ", the agency said" with an uncoded reporter; "…, said X" names it after the verb.
                if (lo > _f) { int after0 = tr.End; while (Is(after0, Words.Determiner)) after0++; return ActorAt(after0); }
            }
            int cl = _clauseOf[tr.Start - _f];
            for (int k = tr.Start - 1; k >= ClauseStart(cl); k--)
                if (actorOf[k] >= 0 && !IsModifier(actorOf[k])) return actorOf[k];
            // "…, said the agency." names the reporter after the verb; in "rejected the report and said Thai soldiers attacked
            // …" the actor after the verb is the reported clause's subject, not its reporter.
            int after = tr.End; while (Is(after, Words.Determiner)) after++;
            int reporter = ActorAt(after);
            if (reporter >= 0 && A(reporter).Tokens.EndToken is var re && re < _e && !IsPunct(re)) return -1;
            return reporter;
        }

        /// <summary>
        /// "Kenya said it was unacceptable for Uganda to close the border", "said Uganda's decision was a mistake", "said Uganda was
        /// responsible for the attack": a speaker who judges another actor's act with a copula criticises (111) or accuses (112)
        /// its doer. The judged act is what the speaker speaks of, presupposed, so its own trigger is not coded as news.
        /// </summary>
        private bool AnyJudgement()
        {
            if (!_tree.Parsed) return false;
            for (int p = _f; p < _e; p++)
                if (_tree.Judgement(p, out _, out _, out _, out _, IsEventNounNode) || SurfaceNaming(p, out _, out _, out _)) return true;
            return false;
        }

        /// <summary>
        /// "X called the verdict unjust", "X called Y's decision \"incoherent\"": a naming verb, its object and a predicate of
        /// disapproval, read from the words when the parser took the predicate for a noun of the object or for the root of
        /// the sentence. At a disapproving predicate <paramref name="p"/>: the naming verb before it (at most ten words back,
        /// across only an object phrase: determiners, names, nouns, adjectives, a possessive, quotes), not negated and not
        /// "call for/on/off"; the actor in the object (its possessor, or the object itself) when there is one, and the
        /// object's last noun (for an act named earlier in the article). False for any other shape.
        /// </summary>
        private bool SurfaceNaming(int p, out int verb, out int doer, out int actNoun)
        {
            verb = doer = actNoun = -1;
            if (p <= _f || p >= _e) return false;
            var word = doc.TokLemma(p) ?? W(p).ToString();
            if (!TreeRoles.IsDisapprovingPredicate(word) && !TreeRoles.IsDisapprovingPredicate(W(p).ToString().ToLowerInvariant())) return false;
            // The predicate ends its phrase: "unjust treatment of prisoners" is a noun phrase, not a predicate.
            if (p + 1 < _e && doc.TokUpos(p + 1) is Upos.NOUN or Upos.PROPN) return false;
            int k = p - 1;
            if (k > _f && (W(k) is "\"" or "“" or "'" or "‘")) k--;
            if (k > _f && (IsWord(k, "a") || IsWord(k, "an"))) k--;
            // "called the judge's decision, which indicates that ..., \"incoherent\"": a relative clause set off by commas may
            // stand between the object and its predicate; the object phrase ends before it.
            int reach = p;
            if (k > _f && W(k) is "," && CommaRelativeBefore(k) is var open && open > _f) { k = open - 1; reach = open; }
            int objEnd = k;
            for (; k >= _f && reach - k <= 10; k--)
            {
                var lemma = doc.TokLemma(k) ?? "";
                var xpos = doc.TokXpos(k) ?? "";
                if (xpos.StartsWith("VB", StringComparison.Ordinal) && TreeRoles.IsNamingJudgementVerb(lemma)) { verb = k; break; }
                bool inPhrase = Is(k, Words.Determiner) || xpos is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "POS" or "CD" or "PRP$"
                    || actorOf[k] >= 0 || W(k) is "'s" or "’s"
                    // "called the decision \"incoherent\" and \"unjust\"": a coordinated predicate in quotes before this one.
                    || W(k) is "\"" or "“" or "”" or "," || IsWord(k, "and");
                if (!inPhrase) return false;
            }
            if (verb < 0 || verb + 1 > objEnd) return false;
            if (IsWord(verb + 1, "for") || IsWord(verb + 1, "on") || IsWord(verb + 1, "upon") || IsWord(verb + 1, "off")) return false;
            for (int b = verb - 1; b >= Math.Max(_f, verb - 3); b--)
                if (IsWord(b, "not") || IsWord(b, "n't") || IsWord(b, "never")) return false;
            // "to stop what he called Thai aggression": after "what" the predicate names the thing itself, and its object slot is
            // empty; a named object needs a noun, a name or an actor of its own.
            for (int b = verb - 1; b >= Math.Max(_f, verb - 3); b--)
                if (IsWord(b, "what")) return false;
            bool named = false;
            for (int t = verb + 1; t <= objEnd; t++)
            {
                if (actorOf[t] >= 0 && doer < 0) doer = actorOf[t];
                if (doc.TokUpos(t) == Upos.NOUN) actNoun = t;
                // (session 55) A name that is only an actor adjective ("described the Azerbaijani offensive as ...") names no
                // object: the word after it is the object's noun, not its predicate.
                bool adjectiveOnly = actorOf[t] >= 0 && IsModifier(actorOf[t]);
                if (doc.TokUpos(t) == Upos.NOUN || (doc.TokUpos(t) == Upos.PROPN && !adjectiveOnly) || (actorOf[t] >= 0 && !adjectiveOnly)) named = true;
            }
            if (actNoun >= 0 && _tree.DismissedClaim(verb, actNoun, p)) return false;
            return named;
        }

        /// <summary>The comma that opens a relative clause (", which", ", who") closed by the comma at <paramref name="close"/>,
        /// at most 30 words back and within the clause (no semicolon, colon or other such opening between), or -1.</summary>
        private int CommaRelativeBefore(int close)
        {
            for (int b = close - 2; b >= Math.Max(_f, close - 30); b--)
            {
                if (W(b) is ";" or ":") return -1;
                if (W(b) is "," && (IsWord(b + 1, "which") || IsWord(b + 1, "who"))) return b;
            }
            return -1;
        }

        /// <summary>Nouns of an office or a person that speaks for its possessor ("the president's office", "the army's
        /// spokesman", "the Kremlin's press service").</summary>
        private static readonly HashSet<string> SpeakingOffices = new(StringComparer.OrdinalIgnoreCase)
        { "office", "spokesman", "spokeswoman", "spokesperson", "service", "presidency", "secretary" };

        /// <summary>"in what the president's office called a coup attempt": a possessive actor whose office, spokesperson or
        /// press service is the subject of <paramref name="verb"/> speaks through it, and is the verb's speaker.</summary>
        private bool SpeaksThroughOffice(int actor, int verb)
        {
            int after = A(actor).Tokens.EndToken;
            if (after >= _e || !Words.Possessive.Contains(W(after))) return false;
            for (int t = after + 1; t < Math.Min(_e, after + 4); t++)
                if (doc.Token(t).Head == verb && doc.Token(t).Relation == "nsubj")
                    return SpeakingOffices.Contains(doc.TokLemma(t) ?? "");
            return false;
        }

        /// <summary>Verbs of admitting one's own act ("admitted", "acknowledged", "apologised", "owned up").</summary>
        private bool IsAdmissionVerb(int v)
        {
            var lemma = doc.TokLemma(v) ?? "";
            if (AdmissionVerbs.Contains(lemma)) return true;
            return lemma.Equals("own", StringComparison.OrdinalIgnoreCase) && v + 1 < _e
                && (doc.TokLemma(v + 1) ?? "").Equals("up", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>True for a naming participle ("calling the shooting a tragic error") that hangs, through non-finite
        /// verbs, from a finite verb of admitting ("owned up to firing on the boat, calling ..."): the speaker names its own
        /// act.</summary>
        private bool ParticipleOfAdmission(int v) =>
            doc.TokXpos(v) == "VBG" && ClimbToFiniteVerb(v, 4) is var main && IsFiniteVerb(main) && IsAdmissionVerb(main);

        /// <summary>The node reached from <paramref name="node"/> by climbing to its head, at most <paramref name="steps"/>
        /// times, until a finite verb (the parser may hang a participle on a word inside the main clause); the last node
        /// reached when no finite verb is found.</summary>
        private int ClimbToFiniteVerb(int node, int steps)
        {
            for (int step = 0; step < steps && !IsFiniteVerb(node) && doc.Token(node).Head is var up && up >= _f && up < _e && up != node; step++)
                node = up;
            return node;
        }

        private bool IsFiniteVerb(int t) => doc.TokXpos(t) is "VBD" or "VBZ" or "VBP";

        private static readonly HashSet<string> AdmissionVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "admit", "acknowledge", "confess", "apologise", "apologize", "concede" };

        private void CodeJudgements()
        {
            if (!_tree.Parsed) return;
            for (int p = _f; p < _e; p++)
            {
                if (!_tree.Judgement(p, out int speechVerb, out int doer, out int judged, out string code, IsEventNounNode))
                {
                    CodeSurfaceNaming(p);
                    continue;
                }
                bool unownedAct = _tree.JudgedActUnowned; // session 58: ShallowCoder.UnownedActJudgements.cs
                // "accused the government of rigging the vote, calling the election a sham": a participle judges for the subject
                // of the verb it hangs from, and an act of no named doer is that verb's object's.
                // The parser may hang a sentence-final participle on a word inside the main clause: climb to the finite verb.
                int main = doc.Token(speechVerb).Head;
                bool participle = doc.TokXpos(speechVerb) == "VBG" && doc.Token(speechVerb).Relation is "advcl" or "xcomp" or "conj"
                    && main >= _f && main < _e && main != speechVerb;
                if (participle) main = ClimbToFiniteVerb(main, 4);
                // "the navy admitted firing on the boat, calling the shooting a tragic error": a naming participle of a verb of
                // admitting names the speaker's own act; the admission is coded from its verb, and no one is criticised.
                if (participle && IsAdmissionVerb(main)) continue;
                int judge = _tree.VerbSource(participle ? main : speechVerb, out string how);
                if (_tree.JudgeActor >= 0) { judge = _tree.JudgeActor; how = "tree:relative-object-judge"; }
                if (participle && doer < 0) doer = _tree.ObjectActor(main);
                // Session 65 (judge65): "rejected a government proposal, calling it a stalling tactic": "it" is the owned act
                // the participle's clause names, whose owner is the doer (TreeRoles.ParticipleAntecedentDoer).
                if (participle && doer < 0 && judged >= 0 && doc.TokUpos(judged) == Upos.PRON && (IsWord(judged, "it") || IsWord(judged, "them")))
                {
                    doer = _tree.ParticipleAntecedentDoer(doc.Token(speechVerb).Head);
                    if (doer < 0 && main != doc.Token(speechVerb).Head) doer = _tree.ParticipleAntecedentDoer(main);
                }
                // "Ryanair said it would appeal the decision, which it called absurd": an actor that names an act it acts on
                // (appeals, rejects) as disapproved is not its doer; the act is the one the article told earlier, or of no
                // named doer.
                if (judge >= 0 && doer >= 0 && judged >= 0 && doc.TokUpos(judged) == Upos.NOUN && doc.Token(speechVerb).Relation == "acl:relcl"
                    && TreeRoles.IsNamingJudgementVerb(doc.TokLemma(speechVerb) ?? "") && (judge == doer || (A(judge).Code is { } jcode && jcode == A(doer).Code))) doer = -1;
                // "called the order unconstitutional" after sentences telling who gave the order: the act is that actor's.
                bool earlierAct = false;
                if (judge >= 0 && doer < 0 && judged >= 0 && doc.TokUpos(judged) == Upos.NOUN)
                {
                    doer = EarlierActor(judge, doc.TokLemma(judged) ?? "");
                    earlierAct = doer >= 0;
                }
                // (session 55) "M23 rebels seized the town. Kinshasa called it a declaration of war": "it" or "this" named is
                // the act told just before, a material one (EarlierActor's default kind: no statement, appeal or meeting),
                // in this sentence or the one before only, since a pronoun reaches no further back.
                else if (judge >= 0 && doer < 0 && judged >= 0 && doc.TokUpos(judged) == Upos.PRON
                    && (IsWord(judged, "it") || IsWord(judged, "this")))
                {
                    doer = EarlierActor(judge, "", window: 1);
                    earlierAct = doer >= 0;
                }
                ReporterJudges(speechVerb, ref judge, ref doer, ref how);
                if (judge < 0 || judge == doer || (IsModifier(judge) && !SpeaksThroughOffice(judge, speechVerb))) continue;
                // A ruling is a court's finding (116): said by anyone else ("the party ruled that ...") it is no judgement;
                // with no named doer it finds against the court's own government, as "ruled that the deployment was
                // unconstitutional" does.
                string? ownCountry = null;
                if (_tree.IsRuling(speechVerb))
                {
                    // Session 61 (dis61): or a body that rules on a dispute by its head noun ("a WTO panel ruled that
                    // Indonesia's export ban broke global trade rules").
                    if ((A(judge).Code is not { } jc || !jc.Contains("JUD", StringComparison.Ordinal)) && !_tree.RuledByRulingBody(speechVerb)) continue;
                    if (doer < 0) { if (A(judge).Country is not { } jcountry) continue; ownCountry = jcountry; }
                }
                ConsumeTriggers((_, node) => _tree.WithinJudged(node, judged));
                // The naming verb is read as naming: "rejected the statement as interference" is the judgement (111), not also a
                // rejection (120), so the rejection verb's own trigger goes; any other naming verb loses only its other-sense
                // phrase rows (ConsumeOtherSenseRows).
                var speechLemma = doc.TokLemma(speechVerb) ?? "";
                if (TreeRoles.RejectedAsNamed(speechLemma)) ConsumeTriggers((tr, _) => tr.Start == speechVerb);
                else if (TreeRoles.IsNamingJudgementVerb(speechLemma)) ConsumeOtherSenseRows(speechVerb);
                if (doer < 0 && judged >= 0) _judgedActs[p] = judged;
                Emit(new TokenRange(p, p + 1), code, judge, doer, $"judgement:{doc.TokLemma(p)}→{code} src={how},tgt=" + (ownCountry is null ? "judged-act" : "own-government(ruling)")
                    + (unownedAct ? UnownedActMark : ""), false,
                    CueDates(p, p), Modality.Asserted, targetCountry: ownCountry, targetRole: ownCountry is null ? null : "GOV");
                // "Russia and China vetoed the resolution … Britain called the vetoes shameful": an act named back that several
                // sides did together is judged in each of them.
                if (earlierAct) EmitForJointDoers(new TokenRange(p, p + 1), code, judge, doer, $"judgement:{doc.TokLemma(p)}→{code} src={how},tgt=judged-act,joint-doers", CueDates(p, p));
            }
        }

        /// <summary>
        /// "The High Court suspended the ban on the newspaper", "a federal judge blocked the president from deploying troops": a
        /// court that halts or undoes an actor's measure finds against it (116, <see cref="TreeRoles.CourtUndoes"/>), against
        /// the measure's named doer or else the court's own government, as a ruling that an act "violated" a right does. The
        /// undone measure is only what the ruling is about: its own trigger ("the ban" 172, "deploying troops" 154) and the
        /// verb's ("suspended" as a reduction of relations) are not coded besides. Only a subject coded as a court or judge.
        /// </summary>
        private bool AnyCourtUndoing()
        {
            if (!_tree.Parsed) return false;
            for (int v = _f; v < _e; v++)
                if (_tree.CourtUndoes(v, out _, out _)) return true;
            return false;
        }

        private void CodeCourtUndoings()
        {
            if (!_tree.Parsed) return;
            for (int v = _f; v < _e; v++)
            {
                if (!_tree.CourtUndoes(v, out int act, out int doer) || _tree.IsNegated(v)) continue;
                int court = _tree.VerbSource(v, out string how);
                if (court < 0 || A(court).Code is not { } cc || !cc.EndsWith("JUD", StringComparison.Ordinal) || court == doer || !NamesCourt(court)) continue;
                // "prosecutors sought to annul the election", "the court is expected to suspend the law": only a ruling made.
                if (ComplementModality(v) != Modality.Asserted || !RulingMade(v)) continue;
                string? ownCountry = null;
                if (doer < 0) { if (A(court).Country is not { } country) continue; ownCountry = country; }
                ConsumeTriggers((tr, node) => (tr.Start <= v && v < tr.End) || _tree.WithinJudged(node, act));
                Emit(new TokenRange(v, v + 1), "116", court, doer, $"court-undoes:{doc.TokLemma(v)}→116 src={how},tgt=" + (ownCountry is null ? "measure's-doer" : "own-government"),
                    false, CueDates(v, v), Modality.Asserted, targetCountry: ownCountry, targetRole: ownCountry is null ? null : "GOV");
            }
        }

        /// <summary>
        /// Marks consumed every trigger not consumed yet (reporting verbs aside) that <paramref name="told"/> takes, given the
        /// trigger and its head node: the acts inside what a judgement, a court's ruling or an ultimatum codes as a whole are
        /// its content, not news of their own.
        /// </summary>
        private void ConsumeTriggers(Func<Trig, int, bool> told)
        {
            for (int i = 0; i < _trigs.Count; i++)
            {
                var tr = _trigs[i];
                if (tr.Consumed || tr.Entry.Has(TriggerFlags.Report)) continue;
                if (told(tr, Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)))) { tr.Consumed = true; _trigs[i] = tr; }
            }
        }

        /// <summary>False when the verb group before <paramref name="v"/> makes the act unreal or still to come: an
        /// infinitive ("sought to annul"), a modal ("could suspend", "will block") or a condition.</summary>
        private bool RulingMade(int v)
        {
            for (int k = v - 1; k >= Math.Max(_f, v - 4) && !IsPunct(k); k--)
                if (IsWord(k, "to") || Is(k, Words.IntendModal) || Is(k, Words.Possible) || IsConditionMark(k)
                    || IsWord(k, "should") || IsWord(k, "must") || IsWord(k, "can")) return false;
            return true;
        }

        /// <summary>True when a judiciary mention names a court or a judge ("the High Court", "a federal judge"), not
        /// prosecutors, whose motions are no rulings.</summary>
        private bool NamesCourt(int a)
        {
            var r = A(a).Tokens;
            for (int t = r.FirstToken; t < r.EndToken; t++)
                if (doc.TokLemma(t) is { } l && CourtWords.Contains(l)) return true;
            return false;
        }

        private static readonly HashSet<string> CourtWords = new(StringComparer.OrdinalIgnoreCase)
            { "court", "judge", "justice", "tribunal", "bench", "magistrate", "council" };

        /// <summary>
        /// "Manila said Chinese ships had fired water cannon at its vessels, calling the incident reckless": a naming participle
        /// the parser hung on a reported clause (<see cref="TreeRoles.SpeechOverParticiple"/>) judges for the reporter when the
        /// reported clause's subject would otherwise judge its own act, or is no actor or only a modifier: an actor does not
        /// disapprove of what it did. The judged act is then the reported clause's, its subject the doer. False (nothing
        /// changed) otherwise: "said the opposition rejected the bill, calling it unconstitutional" stays the opposition's.
        /// </summary>
        private bool ReporterJudges(int namingVerb, ref int judge, ref int doer, ref string how)
        {
            int speech = _tree.SpeechOverParticiple(namingVerb, out int reported);
            if (speech < 0) return false;
            int reportedDoer = _tree.VerbSource(reported, out _);
            int reporter = _tree.VerbSource(speech, out string rhow);
            // "Chinese ships fired water cannon at its vessels, Manila said, calling the incident reckless": the reporter who
            // already judges names the reported act, whose doer the judgement is aimed at.
            if (judge >= 0 && judge == reporter && doer < 0 && _tree.ReportedDoer(reported) is var actDoer && actDoer >= 0
                && actDoer != judge && !IsModifier(actDoer))
            {
                doer = actDoer;
                return true;
            }
            if (!(judge < 0 || IsModifier(judge) || judge == doer || (doer < 0 && judge == reportedDoer) || SameStateSide(judge, doer))) return false;
            if (reporter < 0 || IsModifier(reporter) || reporter == reportedDoer) return false;
            judge = reporter; how = "reporter:" + rhow;
            if (doer < 0 || doer == reporter) doer = reportedDoer;
            return true;
        }

        /// <summary>A naming judgement the parse missed (<see cref="SurfaceNaming"/>): the namer criticises (111) the doer of
        /// the named act, or its object when that is an actor ("called Uganda irresponsible").</summary>
        private void CodeSurfaceNaming(int p)
        {
            if (!SurfaceNaming(p, out int verb, out int doer, out int actNoun)) return;
            if (ParticipleOfAdmission(verb)) return;
            int judge = _tree.VerbSource(Syntax.Attachment.SpanHead(doc, new TokenRange(verb, verb + 1)), out string how);
            if (judge < 0) { judge = NearestSourceBefore(verb, _f); how = "subject-before"; }
            if (judge >= 0 && doer < 0 && actNoun >= 0) doer = EarlierActor(judge, doc.TokLemma(actNoun) ?? "");
            bool reporter = ReporterJudges(verb, ref judge, ref doer, ref how);
            // A doer named before the naming verb in this sentence is no object of it; one from an earlier sentence (the act's
            // doer the article told) is.
            if (judge < 0 || judge == doer || IsModifier(judge) || (!reporter && doer >= 0 && A(doer).Tokens.FirstToken >= _f && A(doer).Tokens.FirstToken < verb)) return;
            // "called the attack a war crime": the surface's last noun is the predicate's own ("war"); the act named is the
            // first act noun of the object.
            if (doer < 0)
                for (int t = verb + 1; t < p; t++)
                    if (doc.TokUpos(t) == Upos.NOUN && TreeRoles.IsAnaphoricActNoun(doc.TokLemma(t) ?? "")) { _judgedActs[p] = t; break; }
            // (session 55) "called the strike a war crime": a war crime named is the accusation of one (1124), as in the tree's
            // reading (TreeRoles.NamedWarCrimeCode); and the naming verb is read as naming, not as its own lexicon phrase
            // ("call strike", 143).
            string code = IsWord(p, "crime") && (IsWord(p - 1, "war") || (IsWord(p + 1, "against") && IsWord(p + 2, "humanity"))) ? "1124" : "111";
            ConsumeOtherSenseRows(verb);
            Emit(new TokenRange(p, p + 1), code, judge, doer, $"judgement:{doc.TokLemma(p)}→{code} src={how},tgt=named-act(surface)", false,
                CueDates(p, p), Modality.Asserted);
            if (doer >= 0 && actNoun >= 0 && A(doer).Tokens.FirstToken < _f)
                EmitForJointDoers(new TokenRange(p, p + 1), code, judge, doer, $"judgement:{doc.TokLemma(p)}→{code} src={how},tgt=named-act(surface),joint-doers", CueDates(p, p));
        }

        /// <summary>
        /// At a verb read as naming (a judgement's "called ... a war crime"): marks consumed the phrase rows that open at it in
        /// the verb's other sense ("called the Russian strike a war crime" calls no labour strike, the lexicon's "call strike",
        /// 143). Invariants: only phrases of more than one word that start at the verb, so a verb coordinated with it ("called
        /// the vote a farce and accused the government of rigging it") stays news of its own; rows of naming themselves
        /// ("call farce", "call baseless": statements and criticism, roots 01 and 11) stay for the coder to code.
        /// </summary>
        private void ConsumeOtherSenseRows(int namingVerb) =>
            ConsumeTriggers((tr, _) => tr.Start == namingVerb && tr.End - tr.Start > 1 && !(tr.Code.Length >= 2 && tr.Code[..2] is "01" or "11"));

        /// <summary>Emits the judgement <paramref name="code"/> of <paramref name="judge"/> at the other doers of the earlier act
        /// <paramref name="doer"/> did with them (coordinated subjects, joint events: <see cref="JointDoers"/>).</summary>
        private void EmitForJointDoers(TokenRange range, string code, int judge, int doer, string rule, bool background)
        {
            var doers = new List<int> { doer };
            JointDoers(doer, judge, doers);
            for (int k = 1; k < doers.Count; k++)
                if (doers[k] != judge) Emit(range, code, judge, doers[k], rule, false, background, Modality.Asserted);
        }

        /// <summary>
        /// The "include" of a sentence that opens with "Those" or "They" ("Those held included two opposition deputies", "They
        /// included a Kenyan student"), else -1: such a sentence names more of the people an act of the sentence before it
        /// was aimed at (<see cref="CodeIncludedTargets"/>).
        /// </summary>
        private int IncludedTargetsVerb()
        {
            if (_e - _f < 3 || !(W(_f) is "Those" or "They")) return -1;
            for (int t = _f + 1; t < Math.Min(_e, _f + 4); t++)
                if (string.Equals(doc.TokLemma(t), "include", StringComparison.OrdinalIgnoreCase) && doc.TokUpos(t) is Upos.VERB or Upos.AUX)
                    return t;
            return -1;
        }

        /// <summary>
        /// "Police detained 23 people at a march. Those held included two opposition deputies.": the people named after
        /// "included" are further targets of the latest act on people (an arrest, an abduction, a release, a killing, 17x, 18x,
        /// 20x, 0841) that the sentence just before told; the act is coded once more for each, with its source
        /// and code (blind57). Only the first actor named after "included", and only one of another code than the act's own target.
        /// </summary>
        private void CodeIncludedTargets()
        {
            int inc = IncludedTargetsVerb();
            if (inc < 0) return;
            int added = -1;
            for (int t = inc + 1; t < _e; t++)
                if (actorOf[t] is var a && a >= 0 && !IsModifier(a)) { added = a; break; }
            if (added < 0) return;
            for (int k = _sources.Count - 1; k >= 0; k--)
            {
                var (sentence, src, code, _, tgt) = _sources[k];
                if (sentence >= _sentence) continue;
                if (sentence < _sentence - 1) break;
                if (!(code[..2] is "17" or "18" or "20" || code == "0841")) continue;
                // (a target counted in people, "arrested 31 people", is a role with no actor of its own: tgt is -1)
                if ((tgt >= 0 && string.Equals(A(added).Code, A(tgt).Code, StringComparison.Ordinal)) || SameSide(added, src)) return;
                Emit(new TokenRange(inc, inc + 1), code, src, added, $"included-target:{code} src=earlier-act,tgt=included", false,
                    _sentenceBackground, Modality.Asserted);
                return;
            }
        }

        /// <summary>
        /// "The United States told Iran to accept the deal within two months or face military action": a demand with a
        /// penalty for refusing it is an ultimatum (CAMEO 139, a threat), from the teller to whom it is told. What is demanded
        /// and the penalty are not events of their own, and the telling verb ("warned", "ordered") is not coded besides.
        /// </summary>
        private void CodeUltimatums()
        {
            if (!_tree.Parsed) return;
            for (int p = _f + 1; p < _e; p++)
            {
                if (!_tree.Ultimatum(p, out int tell, out int demanded, out int addressee) || addressee < 0) continue;
                int issuer = _tree.VerbSource(tell, out string how);
                if (issuer < 0 || issuer == addressee || IsModifier(issuer)) continue;
                ConsumeTriggers((_, node) => node == tell || _tree.InSubtreeOf(node, demanded));
                Emit(new TokenRange(tell, tell + 1), "139", issuer, addressee, $"ultimatum:{doc.TokLemma(tell)}+or face→139 src={how},tgt=addressee",
                    _tree.IsNegated(tell), CueDates(tell, demanded) || _tree.InPluperfectClause(tell), Modality.Threatened);
            }
        }

        // ---- one trigger --------------------------------------------------------------------------

        /// <summary>Verbs that take up a labour strike as their object ("began an indefinite strike", "called a strike").</summary>
        private static readonly HashSet<string> StrikeLightVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "begin", "launch", "start", "stage", "call", "hold", "declare", "announce", "continue", "extend", "resume",
        };

        /// <summary>True when the parse puts <paramref name="tr"/>'s head in text the sentence does not assert: a claim's
        /// content, a vetoed or blocked text, a process that failed, hearsay, a carried sign, the reason given for a stance, or
        /// (for a verb) a counterfactual "would have".</summary>
        private bool InUnassertedText(Trig tr)
        {
            if (!_tree.Parsed) return false;
            int head = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            return _tree.InClaimContent(head) || _tree.InBlockedText(head) || _tree.InFailedProcess(head) || _tree.InHearsayOf(head)
                || _tree.OnCarriedSign(head) || _tree.InStanceReason(head) || (!tr.IsNoun && _tree.IsCounterfactual(head));
        }

        private void CodeTrigger(int i)
        {
            var tr = _trigs[i];
            var entry = tr.Entry;
            if (PresupposedByOtherTrigger(i) || AllegedOnTheSurface(tr) || InEventName(tr) || InUnassertedText(tr)) return;
            // "Iraq's demand that Turkey withdraw", "is considering closing its embassy", "calls the strike 'political'": no act done.
            if (UnrealisedContent(tr)) return;
            // "paid bandits to free eleven farm workers": a release told by an infinitive is not done (session 61, yield61).
            if (ReleaseInInfinitive(tr) || FreeAfterDeterminer(tr)) return;
            // "the truce between Israel and Iran is unlikely to hold": a truce that may or may not last was made before (yield61).
            if (TruceOnlyLasting(tr)) return;
            // "Asked about the sanctions, the spokesman said ...", "the minister, asked about reports that ...": the one asked a
            // question by reporters makes no request; a bare participle "asked about" is the press question, not an appeal.
            if (!tr.IsNoun && tr.End - tr.Start == 1 && doc.TokLemma(tr.Start) == "ask" && doc.TokXpos(tr.Start) == "VBN"
                && IsWord(tr.Start + 1, "about") && (tr.Start == _f || IsWord(tr.Start - 1, ","))) return;
            // "gave the council 72 hours to step down or face attacks": the act demanded by a deadline and the penalty it threatens
            // are one ultimatum (139) by whom gives the deadline, to whom it is given; neither is done.
            if (_tree.Parsed && _tree.UltimatumGiver(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)), out int given) is var giver && giver >= 0)
            {
                if (_coded.Contains(giver)) return;
                var giving = tr; giving.Start = giver; giving.End = giver + 1; giving.IsNoun = false;
                CodePlain(giving, tr, "139", Modality.Threatened, $"ultimatum:{doc.TokLemma(giver)}+{entry.Trigger}→139", given);
                _coded.Add(giver);
                return;
            }
            // "launched joint air force drills near the border", "to hold joint coast guard patrols": joint drills and patrols are military cooperation (062, the lexicon's
            // "joint ..." rows), no show of force by either side.
            // So are joint drills of a kind a hyphenated compound names ("joint live-fire exercises", CodingLexicon.MatchAt).
            if (tr.IsNoun && (entry.Trigger is "drill" or "patrol" or "exercise" || (entry.Root == "15" && entry.Trigger.Split(' ')[0].Contains('-')))
                && _tree.Parsed && _tree.HasModifierLemma(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)), "joint")) return;
            // Session 70 (fam13): the same for a phrase that steps patrols up ("intensified joint patrols along the border"): the
            // patrols' own "joint" makes them cooperation, and the stepping up no show of force.
            if (!tr.IsNoun && entry.Root == "15" && LastWord(entry.Trigger) is "patrol" && _tree.Parsed
                && _tree.HasModifierLemma(tr.End - 1, "joint")) return;
            // "to break up any opposition rally": an event named after "any" is a kind of event the sentence speaks of, not one
            // that happened. Not violence: "would treat any incursion as an act of war" is what a threat is built on.
            if (tr.Start > _f && entry.Root is not ("18" or "19" or "20") && (IsWord(tr.Start - 1, "any")
                || (tr.Start - 1 > _f && IsWord(tr.Start - 2, "any") && doc.TokUpos(tr.Start - 1) is Upos.ADJ or Upos.NOUN or Upos.PROPN)))
                return;
            // "ahead of a planned opposition march", "an upcoming general strike", "foiled a planned attack on the embassy": a
            // protest or an attack named as planned, expected or possible has not happened, and its planner is not said to
            // threaten it. (Visits and talks keep theirs: a planned visit is an intent, 036.)
            if (tr.Start > _f && entry.Root is "14" or "18" or "19" or "20" && (UnrealisedModifier(tr.Start - 1)
                || (tr.Start - 1 > _f && UnrealisedModifier(tr.Start - 2) && doc.TokUpos(tr.Start - 1) is Upos.ADJ or Upos.NOUN or Upos.PROPN)))
                return;
            // "raised fears of a new war with Eritrea", "the risk of renewed fighting": an event named only as what is feared or
            // risked has not happened (session 16, blind26).
            if (tr.IsNoun && _tree.Parsed && FearedEvent(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)))) return;
            // "stressed the importance of expanding trade with Russia", "spoke of the benefits of holding talks": an act named only
            // as what a noun of worth or possibility is of is a topic of the statement, not something done (session 38, realfp38).
            if (_tree.Parsed && _tree.ActOfWorthNoun(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)))) return;
            // "a police commander accused of working for the cartel", "a man suspected of spying": a bare participle of
            // accusing that modifies a noun and names no accuser describes the person; nobody accuses anyone in the sentence.
            if (!tr.IsNoun && entry.Cameo.StartsWith("112", StringComparison.Ordinal) && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)) is var accusingNode
                && doc.Token(accusingNode).Xpos == "VBN" && !_tree.HasByAgent(accusingNode)
                // the parser hangs such a participle on the noun (acl) or, in a long object, on the main verb (xcomp)
                && doc.Token(accusingNode).Relation is "acl" or "xcomp" && tr.Start > _f && doc.TokUpos(tr.Start - 1) is Upos.NOUN or Upos.PROPN) return;
            // "staged drills simulating a blockade of the island's ports": an act a drill simulates is not done.
            if (_tree.Parsed && _tree.IsSimulated(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)))) return;
            // "sent a team of rescue workers", "a Philippine supply boat", "attack helicopters": a one-word event noun that
            // only classifies the noun after it (no trigger itself) names a kind of thing, not an event.
            // (A verb-kind trigger the tagger read as a noun counts too when a determiner, adjective, number or preposition
            // puts it inside a noun phrase, outside Title Case headlines, whose tags are weak; or a conjunction joining it to
            // an earlier modifier of the same noun, "a joint search and rescue drill", session 62 aid62.)
            if (tr.End - tr.Start == 1 && _tree.Parsed && doc.Token(tr.Start).Upos == Upos.NOUN && doc.Token(tr.Start).Relation == "compound"
                && (tr.IsNoun || (doc.Sentence(_sentence).Section != SectionKind.Headline && tr.Start > _f
                    && doc.Token(tr.Start - 1).Upos is Upos.DET or Upos.ADJ or Upos.NUM or Upos.ADP or Upos.PRON or Upos.PROPN or Upos.CCONJ))
                && doc.Token(tr.Start).Head is var kindOf && kindOf == tr.Start + 1 && kindOf < _e && TriggerCovering(kindOf, i) < 0
                && doc.Token(kindOf).Upos == Upos.NOUN && !EventHeads.Contains(doc.Token(kindOf).Lemma)
                && doc.Token(kindOf).Lemma is not ("today" or "tonight" or "yesterday" or "tomorrow")) // "a curfew today", misparsed
                return;
            // "the UN's humanitarian aid office", "the peace talks secretariat": a multiword event noun whose last word only
            // classifies the noun after it names an office or a body, as a one-word one does above.
            if (tr.IsNoun && tr.End - tr.Start > 1 && tr.End < _e && _tree.Parsed && doc.Token(tr.End - 1).Upos == Upos.NOUN
                && doc.Token(tr.End - 1).Relation == "compound" && doc.Token(tr.End - 1).Head == tr.End && TriggerCovering(tr.End, i) < 0
                && doc.Token(tr.End).Upos == Upos.NOUN && !EventHeads.Contains(doc.Token(tr.End).Lemma)) return;
            // "said the commissioner responsible for the EU's humanitarian aid": an office's portfolio names no event.
            if (tr.IsNoun && PortfolioOfOffice(tr.Start)) return;
            // "7.5 million South Sudanese now require humanitarian aid": people in need demand nothing of anyone.
            if (!tr.IsNoun && entry.Trigger == "require" && _tree.Parsed && _tree.CountedSubject(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)))) return;
            if (entry.Frame == FrameKind.Find)
            {
                CodeFinding(i);
                return;
            }
            // "did not respond to requests for comment", "ignored calls for talks": an event asked for, in a "for" phrase on a
            // noun of asking that frames nothing itself, is not done by anyone the sentence names.
            if (tr.End - tr.Start == 1 && _tree.Parsed && doc.Token(tr.Start).Upos == Upos.NOUN && _tree.AskedFor(tr.Start)) return;
            // "farmers blocked roads to press the government for help", "began a hunger strike to press the government to act":
            // pressing told as the purpose of a protest or another act is what that act is for, coded with it (gold/README.md:
            // a protest's demand gives the protest its code), not a demand of its own.
            if (entry.Trigger == "press" && !tr.IsNoun && tr.Start > _f && IsWord(tr.Start - 1, "to") && _tree.Parsed
                && doc.Token(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End))).Relation == "advcl") return;
            int frameTarget = -1; int embedded = -1;
            if (entry.Frame != FrameKind.None) embedded = FindEmbedded(i, out frameTarget);
            if (entry.Frame != FrameKind.None && embedded < 0) embedded = TreeEmbedded(i, out frameTarget);
            // "warned that it would retaliate" is a threat; "warned that talks could collapse" is a warning (012) and the
            // collapse its own event: a threat frame only takes an inner event that it can make a threat of.
            if (embedded >= 0 && entry.Frame == FrameKind.Threat && entry.Cameo is var fc && !fc.StartsWith("13", StringComparison.Ordinal)
                && MapFrame(FrameKind.Threat, _trigs[embedded].Entry.Cameo, fc) == fc)
                embedded = -1;
            // "warned that any attack on its ships would be met with a crushing response": an act that is the subject of the
            // warned penalty is the hearer's, not what the warner threatens; the penalty codes the warning (WarnedPenalty), and
            // the act, only supposed, is no event.
            if (embedded >= 0 && entry.Frame == FrameKind.Threat && entry.Trigger == "warn" && !tr.IsNoun && _trigs[embedded].IsNoun && _tree.Parsed
                && doc.Token(Syntax.Attachment.SpanHead(doc, new TokenRange(_trigs[embedded].Start, _trigs[embedded].End))).Relation is "nsubj" or "nsubj:pass"
                // a bare 130 penalty ("would be met with a firm response") leaves the act to say what force is threatened
                && _tree.WarnedPenalty(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End))) is { } penaltyCode && penaltyCode != "130")
            {
                var supposed = _trigs[embedded]; supposed.Consumed = true; _trigs[embedded] = supposed;
                embedded = -1;
            }
            // "rejected the opposition's demand for a rerun": an event noun whose rejection CAMEO gives no code of its own
            // is what is rejected, not a framed act; the plain rejection keeps its object ("the opposition's") as target. A
            // refused verb stays framed ("refused to recognise Kosovo"): it did not happen.
            if (embedded >= 0 && entry.Frame == FrameKind.Reject && _trigs[embedded].IsNoun
                && MapFrame(FrameKind.Reject, _trigs[embedded].Entry.Cameo, entry.Cameo) == entry.Cameo)
                embedded = -1;
            // "rejected the AU's demand to release the president", "turned down Sri Lanka's request for a credit line", "turned down
            // Brazil's offer to mediate": what the rejected call, request or offer asks for gives the refusal its code (1243,
            // 1221, 126 rather than the 125 of a rejected offer), as "refused to release" does. A veto is its own code whatever
            // the vetoed text asks for ("vetoed a resolution calling for a ceasefire" is 129, not 1246).
            if (!tr.IsNoun && (entry.Frame == FrameKind.Reject || entry.Root == "12") && entry.Cameo != "129" && _tree.Parsed
                && _tree.ProposalContent(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End))) is var content && content >= 0
                && TriggerCovering(content, i) is var ck && ck >= 0 && !_trigs[ck].Entry.Has(TriggerFlags.Report)
                && MapFrame(FrameKind.Reject, _trigs[ck].Entry.Cameo, "120") is var refused && refused != "120")
            {
                var ce = _trigs[ck]; ce.Consumed = true; _trigs[ck] = ce;
                if (embedded >= 0 && embedded != ck) { var pn = _trigs[embedded]; pn.Consumed = true; _trigs[embedded] = pn; }
                CodePlain(tr, ce, refused, Modality.Asserted, $"reject-proposal:{entry.Trigger}+{ce.Entry.Trigger}→{refused}", -1);
                return;
            }
            // "rejected the protesters' demand to scrap the finance bill", "a Hamas demand to end the war was rejected": a
            // rejected call, demand or request whose asked verb is no trigger is refused as what its verb and objects ask for
            // (DemandContent: 1042 → 1232, 1056 → 1246), as a demand with that verb is coded; a verb of government that names
            // no kind of change ("to publish the results") leaves the plain 123 that AskedRefusal gives a rejected demand.
            // Offers and proposals are left alone: refusing what another side offers to do is not refusing to yield.
            if (!tr.IsNoun && (entry.Frame == FrameKind.Reject || entry.Root == "12") && entry.Cameo is "120" or "123" && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)) is var rejecting && RejectsCall(rejecting)
                && _tree.ProposalContent(rejecting) is var askedNode && askedNode >= 0 && TrigAt(askedNode) < 0
                && doc.TokUpos(askedNode) == Upos.VERB && doc.TokLemma(askedNode) is { } askedLemma
                && DemandedContent(askedNode, askedLemma) is { } askedFor
                && AskedRefusal(askedFor) is { } refusedAsked)
            {
                CodePlain(tr, tr, refusedAsked, Modality.Asserted, $"reject-call:{entry.Trigger}+{askedLemma}→{refusedAsked}", -1);
                return;
            }
            // Session 74 (exact74): "rejected a request from Hungary for more gas supplies", "turned down a Greek request for
            // intelligence on the smugglers": a rejected call, demand or request whose "for" noun is no trigger is refused as
            // what the noun names (AskedThingContent: economic aid 1031 → 1221, intelligence 1014 → 1214), as a demand for it
            // is coded. A noun that names no kind leaves the plain refusal.
            if (!tr.IsNoun && (entry.Frame == FrameKind.Reject || entry.Root == "12") && entry.Cameo is "120" && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)) is var rejectingCall && RejectsCall(rejectingCall)
                && _tree.ProposalContent(rejectingCall) is var askedThing && askedThing >= 0
                && AskedThingContent(askedThing) is { } askedKind && AskedRefusal(askedKind) is { } refusedThing)
            {
                CodePlain(tr, tr, refusedThing, Modality.Asserted, $"reject-call:{entry.Trigger}+{doc.TokLemma(askedThing)}→{refusedThing}", -1);
                return;
            }
            // Session 70 (fam11): "turned down China's offer to finance the railway link": a refused offer of cooperation in a
            // field is refused as that cooperation (ShallowCoder.RefusedCooperation.cs); a rejected proposal of it is no
            // rejected settlement (127), so the lexicon's "reject proposal" gives way too.
            if (!tr.IsNoun && (entry.Frame == FrameKind.Reject || entry.Root == "12") && entry.Cameo is "120" or "127" && _tree.Parsed
                && RefusedCooperationCode(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End))) is { } refusedField)
            {
                CodePlain(tr, tr, refusedField, Modality.Asserted, $"reject-cooperation:{entry.Trigger}→{refusedField}", -1);
                return;
            }
            // Session 64 (intend64): "signed a peace agreement that commits Kigali to withdraw its troops", "the treaty commits
            // Canberra to defend the islands": what an agreement commits a party to is that party's intent (ShallowCoder.PromisedActs.cs).
            if (embedded >= 0 && CommittedParty(tr) >= 0 && MapFrame(FrameKind.Intend, _trigs[embedded].Code, entry.Cameo).StartsWith("03", StringComparison.Ordinal))
            {
                var committed = _trigs[embedded]; committed.Consumed = true; _trigs[embedded] = committed;
                string committedCode = MapFrame(FrameKind.Intend, committed.Code, entry.Cameo);
                CodePlain(committed, committed, committedCode, Modality.Intended, $"committed-party:{entry.Trigger}+{committed.Entry.Trigger}→{committedCode}", -1);
                return;
            }
            if (embedded >= 0)
            {
                var em = _trigs[embedded]; em.Consumed = true; _trigs[embedded] = em;
                CodeFramed(tr, _trigs[embedded], frameTarget);
                // "urged Israel to release the detained activists and lift the blockade": a verb coordinated with the framed
                // one is framed too (0253 and 0256), with the same addressee; the blockade was not lifted.
                if (_tree.Parsed && !em.IsNoun)
                {
                    int innerNode = Syntax.Attachment.SpanHead(doc, new TokenRange(em.Start, em.End));
                    for (int j = embedded + 1; j < _trigs.Count; j++)
                    {
                        var cj = _trigs[j];
                        if (cj.Consumed || cj.IsNoun || cj.Entry.Has(TriggerFlags.Report) || cj.Entry.Frame != FrameKind.None) continue;
                        int node = Syntax.Attachment.SpanHead(doc, new TokenRange(cj.Start, cj.End));
                        if (doc.Token(node).Head != innerNode || doc.Token(node).Relation != "conj") continue;
                        cj.Consumed = true; _trigs[j] = cj;
                        CodeFramed(tr, cj, frameTarget);
                    }
                    // "urged Cameroon to release the detainees and open a dialogue with the opposition", "called on both to
                    // exercise restraint and resolve their dispute": a coordinated verb that is no trigger itself asks for
                    // what its object names (the event noun it takes up, 026) or what its verb and object say (107 → 027).
                    if (entry.Frame is FrameKind.Appeal or FrameKind.Demand)
                        for (int t = innerNode + 1; t < _e; t++)
                        {
                            if (doc.Token(t).Head != innerNode || doc.Token(t).Relation != "conj" || doc.TokUpos(t) != Upos.VERB || TrigAt(t) >= 0) continue;
                            int taken = TakenUpEventNoun(t);
                            // only an act the appeal can name ("stop the attacks" asks for no attack)
                            if (taken >= 0 && MapFrame(entry.Frame, _trigs[taken].Entry.Cameo, entry.Cameo) != entry.Cameo)
                            {
                                var tk = _trigs[taken]; tk.Consumed = true; _trigs[taken] = tk;
                                CodeFramed(tr, tk, frameTarget);
                            }
                            else if (doc.TokLemma(t) is { } conjLemma && DemandedContent(t, conjLemma) is { } conjDemand)
                                CodeDemand(conjDemand, conjLemma, frameTarget);
                        }
                }
                return;
            }
            // "asked the United States to stop the flow of firearms", "demanded that the ministry end the practice": an
            // appeal or demand that something stop or change is one for a change of policy (0242, 1042).
            if (!tr.IsNoun && entry.Frame is FrameKind.Appeal or FrameKind.Demand && _tree.Parsed)
            {
                int frameNode = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
                int verb = _tree.ComplementVerb(frameNode);
                // "demanded that the African Union keep its troops in the country" (1034), "demanded that Venezuela settle the
                // border question" (107): the demanded verb and its object say what kind of demand it is (DemandContent).
                if (verb >= 0 && TrigAt(verb) < 0 && doc.TokLemma(verb) is { } lemma
                    && (DemandedContent(verb, lemma) ?? (PolicyChangeVerbs.Contains(lemma) ? "1042" : null)) is { } demanded
                    && _tree.Frames(frameNode, verb, false, out int addressee))
                {
                    CodeDemand(demanded, lemma, addressee);
                    return;
                }
                // "urged Kinshasa to restart talks with Rwanda", "urged Pyongyang to return to dialogue": a demanded verb that only
                // takes up an event noun asks for that event (026 for talks), as a coordinated one does; the talks are not held.
                if (verb >= 0 && TrigAt(verb) < 0 && doc.TokLemma(verb) is { } takeUp && EventJoiningVerbs.Contains(takeUp))
                {
                    if (TakenUpEventNoun(verb) is var takenUp && takenUp >= 0
                        && MapFrame(entry.Frame, _trigs[takenUp].Entry.Cameo, entry.Cameo) != entry.Cameo
                        && _tree.Frames(frameNode, verb, false, out int takeUpAddressee))
                    {
                        var tk = _trigs[takenUp]; tk.Consumed = true; _trigs[takenUp] = tk;
                        CodeFramed(tr, tk, takeUpAddressee);
                        return;
                    }
                    // "urged Pyongyang to return to dialogue", "called on the rebels to come back to the negotiating table": talks
                    // the lexicon only codes with a named partner are still what is asked for (026, 106).
                    if (TakenUpTalks(verb) && _tree.Frames(frameNode, verb, false, out int talksAddressee))
                    {
                        CodeDemand("106", takeUp, talksAddressee);
                        return;
                    }
                }
                // "urged exiled politicians to return home and take part in a national dialogue", "called on the rebels to lay
                // down their arms and join the talks": a verb coordinated with the asked one that joins talks asks for them
                // (026, 106) when the first verb named no kind of demand; the talks are not held.
                if (verb >= 0 && TrigAt(verb) < 0 && _tree.Frames(frameNode, verb, false, out int conjAddressee))
                    for (int t = verb + 1; t < _e; t++)
                        if (doc.Token(t).Head == verb && doc.Token(t).Relation == "conj" && doc.TokUpos(t) == Upos.VERB && TrigAt(t) < 0
                            && doc.TokLemma(t) is { } joined && (EventJoiningVerbs.Contains(joined) || joined is "take" or "participate")
                            && TakenUpTalks(t))
                        {
                            CodeDemand("106", joined, conjAddressee);
                            return;
                        }
                // "called on Honduran electoral authorities to resume the count and publish the results": the same, when the
                // parser hung the infinitive on the addressee.
                if (verb < 0 && _tree.InfinitiveOnAddressee(frameNode, out int addresseeNode) is var onAddressee && onAddressee >= 0
                    && TrigAt(onAddressee) < 0 && doc.TokLemma(onAddressee) is { } asked0
                    && (DemandedContent(onAddressee, asked0) ?? (PolicyChangeVerbs.Contains(asked0) || ConjoinedPolicyVerb(onAddressee) ? "1042" : null)) is { } demandedOn)
                {
                    CodeDemand(demandedOn, asked0, _tree.ActorOfNode(addresseeNode));
                    return;
                }
                // "demanded the scrapping of a new admission rule", "called for the repeal of the law": a noun of change names
                // the demand as its verb would.
                var changed = new List<string>();
                if (verb < 0 && _tree.NominalisedChange(frameNode, changed) is { } changeVerb && DemandContent.DemandCode(changeVerb, changed) is { } asked)
                {
                    CodeDemand(asked, changeVerb, -1);
                    return;
                }
            }
            if (!tr.IsNoun && entry.Cameo == "112" && Accusation(i) is { } accused)
            {
                CodePlain(tr, tr, accused, Modality.Asserted, null, -1);
                return;
            }
            // "were killed during clashes with militants": a clash or visit that sets the verb's time is no part of the verb's event.
            if (!tr.IsNoun && NextNounTriggerClose(i)
                && !(_tree.Parsed && _tree.IsSettingEvent(Syntax.Attachment.SpanHead(doc, new TokenRange(_trigs[i + 1].Start, _trigs[i + 1].End)))))
            {
                // A bare light verb gives way to the event noun it governs ("provided military assistance");
                // a specific verb or phrase absorbs the noun ("discuss expanding cooperation", "pledged to send aid").
                if (LightEndAt(tr.Start) == tr.End && tr.End - tr.Start == 1) return;
                var nx = _trigs[i + 1]; nx.Consumed = true; _trigs[i + 1] = nx;
            }
            // "threatened to respond with overwhelming force to the joint drills by South Korea and the United States": a
            // threatened response with force is a threat of military force (138), aimed at whoever did what it answers.
            if (!tr.IsNoun && entry.Frame == FrameKind.Threat && _tree.Parsed
                && _tree.ComplementVerb(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End))) is var response && response >= 0
                && TrigAt(response) < 0 && new List<int>() is var answered && _tree.ResponseWithForce(response, answered))
            {
                CodePlain(tr, tr, "138", Modality.Threatened, $"frame:{entry.Trigger}+respond-with-force→138", answered.Count > 0 ? answered[0] : -1);
                return;
            }
            // "vowed to respond to the strike", "vowing that Kabul would respond": a response vowed to another side's hostile
            // act is a threat (130), not an intent to cooperate; "vowed to respond to the needs of the victims" stays 030.
            if (!tr.IsNoun && entry.Trigger == "vow" && entry.Frame == FrameKind.Intend && _tree.Parsed
                && _tree.ComplementVerb(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End))) is var vowed && vowed >= 0
                && TrigAt(vowed) < 0 && _tree.VowedResponse(vowed))
            {
                CodePlain(tr, tr, "130", Modality.Threatened, "vow-response→130", -1);
                return;
            }
            // "Beijing warned Manila that it would take resolute measures", "warned that it would not stand idly by": a
            // warning whose "that" clause says the warner itself will act is a threat (130) even when the act has no CAMEO
            // code of its own; "warned that the talks could collapse" stays a pessimistic comment (012).
            if (!tr.IsNoun && entry.Frame == FrameKind.Threat && !entry.Cameo.StartsWith("13", StringComparison.Ordinal) && _tree.Parsed
                && _tree.WarnsOfOwnAct(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End))) is var act && act >= 0 && TrigAt(act) < 0
                && !TriggerInPurposeOf(act))
            {
                // "warned that it would answer any provocation with overwhelming force": the warned act is a response with
                // force, a threat of military force (138).
                string warned = _tree.ResponseWithForce(act) ? "138" : "130";
                CodePlain(tr, tr, warned, Modality.Threatened, $"warning-own-act:{entry.Trigger}→{warned}", -1);
                return;
            }
            // "the IMF pressed Pakistan to widen its tax net", "pushed the rebels to accept the plan": a frame-only verb of
            // appeal or demand whose "to"-infinitive is asked of a named addressee asks for it even when the asked verb names
            // no kind of demand: the bare appeal or demand, aimed at the addressee. Without an addressee ("pressed ahead")
            // or an asked verb, it stays no event; frame-only refusals ("declined to comment") are left out.
            if (entry.Has(TriggerFlags.FrameOnly) && !tr.IsNoun && entry.Frame is FrameKind.Appeal or FrameKind.Demand && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)) is var askingNode
                && _tree.ComplementVerb(askingNode) is var askedVerb && askedVerb >= 0 && TrigAt(askedVerb) < 0
                && _tree.Frames(askingNode, askedVerb, false, out int askedOf) && askedOf >= 0)
            {
                CodePlain(tr, tr, entry.Cameo, Modality.Demanded, $"frame:{entry.Trigger}+{doc.TokLemma(askedVerb)}→{entry.Cameo}", askedOf);
                return;
            }
            // Session 64 (intend64): "China agreed to restructure Zambian debt", "pledged to return the land to Tamil owners": a
            // frame of intent whose promised verb is no trigger is the bare intent to cooperate (030) with whom the promised
            // act is for (ShallowCoder.PromisedActs.cs).
            if (!tr.IsNoun && CooperativeIntentFrame(entry) && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)) is var promisingNode
                && _tree.ComplementVerb(promisingNode) is var promisedAct && promisedAct >= 0
                && _tree.VerbSource(promisingNode, out _) is var promiser
                && PromisedActBeneficiary(promisedAct, promiser) is var beneficiary && beneficiary >= 0)
            {
                // Session 74 (exact74): the promised act's content names the intent's kind (IntentContent: "agreed to share
                // intelligence with Kabul" 0314 ... "pledged to back Accra's plan" 032); the bare 030 when it names none.
                string promisedCode = entry.Cameo == "030" && IntentContent(promisedAct) is { } promisedKind ? promisedKind : entry.Cameo;
                CodePlain(tr, tr, promisedCode, Modality.Intended, $"frame:{entry.Trigger}+{doc.TokLemma(promisedAct)}→{promisedCode}(for)", beneficiary);
                return;
            }
            // A frame-only verb ("decline") framed nothing here: "Ghana's exports declined" is no refusal.
            if (entry.Has(TriggerFlags.FrameOnly)) return;
            // Session 74 (exact74): "vowed to overhaul the national police", "promised to withdraw its troops from the border": a
            // frame of intent whose promised act is no trigger and has no beneficiary is still an intent of the kind the act
            // names (IntentContent), not the bare 030; the frame's roles stay as the plain coding gives them.
            if (!tr.IsNoun && entry.Frame == FrameKind.Intend && tr.Code == "030" && _tree.Parsed
                && _tree.ComplementVerb(Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End))) is var intendedAct && intendedAct >= 0
                && IntentContent(intendedAct) is { } intendedKind)
            {
                CodePlain(tr, tr, intendedKind, Modality.Intended, $"frame:{entry.Trigger}+{doc.TokLemma(intendedAct)}→{intendedKind}", -1);
                return;
            }
            CodePlain(tr, tr, tr.Code, Modality.Asserted, null, -1);

            // What an appeal or demand asks for, coded on its frame word: an appeal's code for an appeal (DemandContent.AppealOf),
            // the demanded code for a demand; <word> is the word that names what is asked.
            void CodeDemand(string demanded, string word, int target)
            {
                string code = entry.Frame == FrameKind.Appeal ? DemandContent.AppealOf(demanded) : demanded;
                CodePlain(tr, tr, code, Modality.Demanded, $"frame:{entry.Trigger}+{word}→{code}", target);
            }
        }

        /// <summary>"warned that officers would use force to break up any rally": a coercive or violent trigger (root 13 to 20)
        /// in the purpose clause of the warned act names what the warning threatens and is coded itself, so the bare warning
        /// adds no second threat. A benign purpose ("would take all measures to protect its rights") leaves the threat.</summary>
        private bool TriggerInPurposeOf(int act)
        {
            int purpose = _tree.PurposeClauseOf(act);
            if (purpose < 0) return false;
            for (int k = _f; k < _e; k++)
                if (TrigAt(k) is var j && j >= 0 && _tree.InSubtreeOf(k, purpose)
                    && _trigs[j].Code is { Length: >= 2 } c && string.CompareOrdinal(c[..2], "13") >= 0)
                    return true;
            return false;
        }

        /// <summary>What the words of an expelled actor name: <see cref="ExpelledPeople.Persons"/> for one or more persons by
        /// name or by a post ("the EU's migration commissioner", "ministers from Greece", "the UN's resident coordinator"),
        /// <see cref="ExpelledPeople.Staff"/> for the staff of a body ("Chevron's staff"), null for a country, a body or a force.
        /// Session 66 (civic66, decision 115).</summary>
        private ExpelledPeople? ExpelledPersons(int a)
        {
            var m = A(a);
            if (m.Rule.StartsWith("person", StringComparison.Ordinal) || m.Rule.Contains("title", StringComparison.Ordinal)) return ExpelledPeople.Persons;
            var span = m.Tokens;
            // "four Russian diplomatic officials": diplomats are no persons deported but relations reduced (161, decision 025).
            for (int k = span.FirstToken; k < span.EndToken; k++)
                if (doc.TokLemma(k)?.ToLowerInvariant() is "diplomatic" or "diplomat" or "ambassador" or "envoy" or "consul") return null;
            if (NamesDiplomats(a)) return null;
            ExpelledPeople? found = null;
            for (int k = span.FirstToken; k < span.EndToken; k++)
                if (Kind(k) is { } kk) found = kk;
            if (found is not null) return found;
            // "ministers from Greece, Italy and Malta", "Chevron's staff": the country or the owner is coded, the noun it hangs
            // on says who is expelled; a later conjunct hangs on the first.
            int root = _tree.Parsed ? Syntax.Attachment.SpanHead(doc, span) : -1;
            for (int step = 0; step < 4 && root >= _f && root < _e && doc.Token(root).Relation == "conj"; step++) root = doc.Token(root).Head;
            if (root >= _f && root < _e
                && doc.Token(root).Relation is { } rel && rel.StartsWith("nmod", StringComparison.Ordinal)
                && doc.Token(root).Head is var over && over >= _f && over < _e) return Kind(over);
            return null;

            ExpelledPeople? Kind(int k) => doc.TokLemma(k)?.ToLowerInvariant() switch
            {
                "minister" or "commissioner" or "official" or "coordinator" or "head" or "chief" or "director" or "executive"
                    or "manager" or "representative" or "adviser" or "advisor" or "spokesman" or "spokeswoman" or "secretary"
                    or "chairman" or "chairwoman" or "president" or "governor" or "mayor" or "lawmaker" => ExpelledPeople.Persons,
                "staff" or "employee" or "personnel" => ExpelledPeople.Staff,
                _ => null,
            };
        }

        private enum ExpelledPeople { Persons, Staff }

        /// <summary>True when the words of actor <paramref name="a"/> name diplomats or a diplomatic mission ("12 French embassy
        /// staff", "diplomats from Argentina", "the ambassador").</summary>
        private bool NamesDiplomats(int a)
        {
            var span = A(a).Tokens;
            for (int k = span.FirstToken; k < span.EndToken; k++)
                if (IsDiplomatWord(k)) return true;
            // "diplomats from Argentina": the country is coded, the noun it hangs on says who they are.
            // "diplomats from Argentina, Chile and Peru": a later conjunct hangs on the first.
            int root = _tree.Parsed ? Syntax.Attachment.SpanHead(doc, span) : -1;
            for (int step = 0; step < 4 && root >= _f && root < _e && doc.Token(root).Relation == "conj"; step++) root = doc.Token(root).Head;
            if (root >= _f && root < _e
                && doc.Token(root).Relation is { } rel && rel.StartsWith("nmod", StringComparison.Ordinal)
                && doc.Token(root).Head is var over && over >= _f && over < _e && IsDiplomatWord(over)) return true;
            return false;

            bool IsDiplomatWord(int k) => doc.TokLemma(k)?.ToLowerInvariant() is "diplomat" or "ambassador" or "embassy" or "consul"
                or "consulate" or "consular" or "envoy" or "attache" or "attaché";
        }

        /// <summary>Participles and adjectives that make what follows "of" an alleged or judged act.</summary>
        private static readonly HashSet<string> AllegingWords = new(StringComparer.OrdinalIgnoreCase)
        { "accused", "suspected", "convicted", "acquitted", "cleared", "guilty", "innocent", "charged", "blamed", "alleged",
          // "arrested four journalists on charges of spreading false news", "detained on suspicion of spying": the act a
          // charge names is the charge, not a second event (session 16, blind26).
          "charges", "suspicion", "accusations", "allegations" };

        /// <summary>Verbs of accusing whose object is the accused and whose "of"/"for"/"with" phrase the alleged act.</summary>
        private static readonly HashSet<string> AllegingVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming", "charged", "convicted" };

        /// <summary>Nouns whose "of" phrase names an event that is apprehended, not done ("fears of a new war").</summary>
        private static readonly HashSet<string> ApprehensionNouns = new(StringComparer.OrdinalIgnoreCase)
        { "fear", "fears", "risk", "risks", "danger", "dangers", "prospect", "prospects", "spectre", "specter", "possibility",
          "likelihood", "worry", "worries", "concern", "concerns", "anxiety" };

        /// <summary>Nouns of a pause in an activity: the event in their "in" or "from" phrase is not going on ("a lull in the
        /// fighting", "a pause in the strikes", "a respite from the shelling").</summary>
        private static readonly HashSet<string> PauseNouns = new(StringComparer.OrdinalIgnoreCase)
        { "lull", "pause", "respite", "let-up", "letup", "break", "hiatus" };

        /// <summary>True when the event noun at <paramref name="node"/> is the "of" phrase of a noun of apprehension, or the
        /// "in"/"from" phrase of a noun of pause (session 18, realmine8: "experiencing a lull in the fighting").</summary>
        private bool FearedEvent(int node)
        {
            int head = doc.Token(node).Head;
            if (head >= _f && head < _e && PauseNouns.Contains(doc.TokLemma(head) ?? ""))
            {
                for (int k = node - 1; k > head; k--)
                    if (IsWord(k, "in") || IsWord(k, "from")) return true;
                return false;
            }
            if (head < _f || head >= _e || !ApprehensionNouns.Contains(doc.TokLemma(head) ?? "")) return false;
            for (int k = node - 1; k > head; k--)
                if (IsWord(k, "of") || IsWord(k, "over")) return true;
            return false;
        }

        /// <summary>
        /// "sanctions on three companies accused of supplying drones to Russia", "men suspected of attacking a convoy": true
        /// when the trigger comes right after one of <see cref="AllegingWords"/> with "of", "for" or "with" ("accused of",
        /// "charged with", "blamed for", "on charges of") or with "to have" ("alleged to have"). Such an act is alleged, not
        /// told as done (gold/README.md, accusations), whatever the parse made of a long sentence. The accusing verb itself,
        /// when the sentence names who accuses, is coded by its own rule.
        /// </summary>
        private bool AllegedOnTheSurface(Trig tr)
        {
            int k = tr.Start - 1;
            if (k - 1 < _f) return false;
            if ((IsWord(k, "of") || IsWord(k, "for") || IsWord(k, "with")) && AllegingWords.Contains(W(k - 1).ToString())) return true;
            // "accused Downing Street of punishing MPs", "blamed the army for killing them": the accused comes between the verb
            // and "of"/"for"/"with". The act stays alleged when the accuser is no actor ("One of them, X, accused ..."), so the
            // accusation is not coded and nothing else may code its complement as done. The object is a short noun phrase:
            // punctuation ends the search. Session 55 (blind73): up to twelve words, since a named force and a time phrase make
            // a long one ("charged four officers of China's People's Liberation Army on Monday with breaking into ...").
            if (IsWord(k, "of") || IsWord(k, "for") || IsWord(k, "with"))
                for (int j = k - 2; j >= _f && j >= k - 12; j--)
                {
                    var w = W(j);
                    if (w.Length == 1 && char.IsPunctuation(w[0]) && w[0] != '\'') break;
                    if (AllegingVerbs.Contains(w.ToString())) return true;
                }
            // "alleged to have supplied", "suspected to have carried out"
            return IsWord(k, "have") && k - 2 >= _f && IsWord(k - 1, "to") && AllegingWords.Contains(W(k - 2).ToString());
        }

        /// <summary>
        /// "urged the government to lift the ban on opposition rallies", "promised to restore the right of citizens to
        /// hold rallies": an event noun inside the complement of another event's trigger is presupposed by that event,
        /// not a second event (gold/README.md, event nouns). Statements (01) and frames are no such governors: "announced
        /// sanctions" and "called for talks" introduce the noun's event.
        /// </summary>
        private bool PresupposedByOtherTrigger(int i)
        {
            if (!_tree.Parsed) return false;
            var tr = _trigs[i];
            int node = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            Func<int, bool> coded = h =>
            {
                if (h >= tr.Start && h < tr.End) return false;
                int k = TrigAt(h);
                if (k < 0)
                    for (int j = 0; j < _trigs.Count; j++)
                        if (j != i && h >= _trigs[j].Start && h < _trigs[j].End) { k = j; break; }
                // Only an event that is coded presupposes the noun; otherwise the noun is the sentence's news.
                if (k < 0 || k == i || !_coded.Contains(_trigs[k].Start)) return false;
                var e = _trigs[k].Entry;
                return !e.Has(TriggerFlags.Report) && e.Frame == FrameKind.None && e.Root != "01";
            };
            // "pledged to fight corruption", "battling wildfires": a fight against an ill, not against anyone.
            if (!tr.IsNoun && tr.Entry.Root is "18" or "19" && _tree.ObjectLemma(node) is { } foe && AbstractFoes.Contains(foe)) return true;
            // "new sanctions targeting 200 vessels of Russia's shadow fleet", "tariffs targeting Chinese steel": a participle of
            // aiming that modifies another event's noun says at whom that event is aimed; it is no attack of its own. (blind31)
            if (!tr.IsNoun && tr.Entry.Root == "19" && doc.TokLemma(node) is "target" && W(tr.Start).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && SanctionNounJustBefore(i)) return true;
            // "urged Manila to protect the rights of Chinese citizens": protecting rights, interests or freedoms is no military
            // protection (074), which guards people or places with forces. (blind31)
            if (!tr.IsNoun && tr.Entry.Cameo == "074" && _tree.ObjectLemma(node) is { } guarded && AbstractProtected.Contains(guarded)) return true;
            // "Phnom Penh denied that Cambodian troops had laid new landmines": what a coded denial's "that" clause says is the
            // act denied, not news; a trigger anywhere in that clause is not coded (gold/README.md, denials: 016 alone).
            if (InDeniedClause(node)) return true;
            // "retaliated with tariffs": the tariffs are the event; the verb of response only says why.
            if (!tr.IsNoun && _tree.RespondsWith(node, n => TrigAt(n) is var kn && kn >= 0 && kn != i && _trigs[kn].IsNoun)) return true;
            // "sent troops to protect farmers", "restore the right of citizens to hold rallies": a purpose is not done.
            // A demand stays: "blocked the highway to demand the resignation" says what the protest is for.
            // The purpose of an appeal, demand, promise or threat is not done either ("appealed for 150 million dollars to help
            // families", "pledged troops to protect the border").
            Func<int, bool> codedOrFrame = h =>
            {
                if (coded(h)) return true;
                if (h >= tr.Start && h < tr.End) return false;
                for (int j = 0; j < _trigs.Count; j++)
                    if (j != i && h >= _trigs[j].Start && h < _trigs[j].End)
                        return _coded.Contains(_trigs[j].Start) && _trigs[j].Entry.Frame is not (FrameKind.None or FrameKind.Deny);
                return false;
            };
            // Session 64 (statement64): "telephoned his Nepali counterpart to offer condolences", "visited Kabul to express
            // sympathy": a statement (root 01) made the purpose of a call or visit is made in it, so it is done.
            if (!tr.IsNoun && tr.Entry.Frame == FrameKind.None && tr.Entry.Root is not ("10" or "02") && _tree.PurposeOf(node, codedOrFrame) is var purposeHost
                && purposeHost >= 0 && !(tr.Entry.Root == "01" && TreeRoles.IsContactVerb(doc.TokLemma(purposeHost))))
                return true;
            // "signed a joint declaration, committing both countries to open transport links": a participle of binding after a
            // signed agreement, and what it binds to, tell the text's terms; the signing (057) is the event, not an intent (03)
            // or a withdrawal of its own.
            if (InTermsOfSignedAgreement(node, i)) return true;
            // "were deployed to Haiti to help the national police fight armed gangs": what a purpose clause's verb helps,
            // lets or gets others do is part of the purpose, not done either, by the sender or by those helped. Only the
            // purpose of a coded act: what a pledge, appeal or threat is for ("pledged to keep working with") is its content.
            if (tr.Entry.Frame == FrameKind.None && tr.Entry.Root is not ("10" or "02") && _tree.ComplementOfPurpose(node, coded)) return true;
            // "rejected calls to release the president", "welcomed the EU's offer to mediate": what a call, offer or plan
            // asks for is not done (a framing verb before the noun still codes it as its content).
            if (!tr.IsNoun && tr.Entry.Frame == FrameKind.None && _tree.ContentOfProposalNoun(node)) return true;
            // "criticised the United States for deporting migrants", "praised Qatar for mediating between ...": what a judgement
            // is passed for is its reason, told as known, as an accusation's alleged act is (gold/README.md); the judging is the news.
            if (!tr.IsNoun && tr.Start > _f && IsWord(tr.Start - 1, "for") && W(tr.Start).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && JudgedJustBefore(i)) return true;
            // "welcomed the ceasefire agreement between Israel and Hamas", "praised the deal": what a praise or welcome is of is
            // known news, not an act of the praising side (the object's own sides are not its source either).
            if ((tr.IsNoun || doc.TokUpos(node) == Upos.NOUN) && ObjectOfCodedPraise(node, i)) return true;
            // "condemned the strike on Doha", "condemned Israel's strike": a specific act of force judged is presupposed (decision 132).
            if ((tr.IsNoun || doc.TokUpos(node) == Upos.NOUN) && SpecificObjectOfCodedCriticism(node, i)) return true;
            // "vetoed a new package of EU sanctions against Russia", "rejected the peace plan": what a veto or rejection stops
            // did not happen, and what it names is its content, not news of its own.
            if ((tr.IsNoun || doc.TokUpos(node) == Upos.NOUN) && doc.Token(node).Relation == "obj" && doc.Token(node).Head is var rh && rh >= _f && rh < _e && rh != node
                && TriggerCovering(rh, i) is var rk && rk >= 0 && _coded.Contains(_trigs[rk].Start) && _trigs[rk].Entry.Root == "12") return true;
            // "An attack by Houthi forces on a tanker was condemned by the IMO": the passive subject of a judgement or rejection
            // (a verb after its subject, so not yet coded when the noun is read) is what is judged, presupposed as in the active "the IMO condemned an attack by Houthi forces on ..."
            // (gold/README.md, event nouns). (blind31)
            if ((tr.IsNoun || doc.TokUpos(node) == Upos.NOUN) && doc.Token(node).Relation == "nsubj:pass" && doc.Token(node).Head is var ph
                && ph >= _f && ph < _e && ph != node && TriggerCovering(ph, i) is var pk && pk >= 0
                && _trigs[pk].Entry.Frame == FrameKind.None && _trigs[pk].Entry.Root is "11" or "12") return true;
            // "set up a commission of inquiry into the killing of demonstrators": what an investigation looks into, in an "into"
            // phrase the parser hangs on its light verb, is its topic, not news of its own.
            if (doc.TokUpos(node) is Upos.NOUN && _tree.IntoPhraseOfInvestigation(node, k => TriggerCovering(k, i) is var ik && ik >= 0
                    && _coded.Contains(_trigs[ik].Start) && _trigs[ik].Entry.Root == "09")) return true;
            // "met community leaders to discuss a wave of al-Shabaab attacks", "held talks on reopening the border": the matter
            // of talks is not an event of its own (a consultation about a consultation is still coded).
            if (tr.Entry.Root != "04" && (tr.IsNoun || doc.TokUpos(node) is Upos.NOUN or Upos.PROPN || doc.Token(node).Xpos == "VBG" || _tree.PurposeOfNoun(node) >= 0)
                && _tree.TopicOfTalks(node, h => TriggerCovering(h, i) is var ck && ck >= 0 && _trigs[ck].Entry.Root == "04")) return true;
            // A noun, whichever entry matched it ("rallies" read by the verb entry "rally").
            if (!tr.IsNoun && doc.TokUpos(node) is not (Upos.NOUN or Upos.PROPN)) return false;
            // "Putin and Erdogan discussed a prisoner exchange in a phone call": a call that sets a verb of consultation is that
            // consultation told with its means, one event (the verb's), not a second one beside it. (A visit during which
            // leaders met is news of its own.)
            if (tr.Entry.Root == "04" && doc.TokLemma(node) is "call" or "conversation" && _tree.SettingVerbOf(node) is var consulted && consulted >= 0
                && TriggerCovering(consulted, i) is var ck2 && ck2 >= 0 && !_trigs[ck2].IsNoun && _trigs[ck2].Entry.Root == "04") return true;
            // "During a visit to Hanoi, Lee pledged loans": a visit, talks or clash that sets the clause's time is news of its own.
            if (_tree.IsSettingEvent(node)) return false;
            return _tree.GoverningTrigger(node, coded) >= 0;
        }

        /// <summary>True when a trigger of no violence (not 18-20) whose last word is a noun ("new sanctions", "tariffs") ends at
        /// most three words before trigger <paramref name="i"/> ("sanctions on Monday targeting ...", where the parser may
        /// hang the participle elsewhere).</summary>
        private bool SanctionNounJustBefore(int i)
        {
            int start = _trigs[i].Start;
            for (int k = 0; k < _trigs.Count; k++)
            {
                if (k == i) continue;
                var o = _trigs[k];
                if (o.End > start || start - o.End > 3 || o.Entry.Root is "18" or "19" or "20") continue;
                if (doc.TokUpos(o.End - 1) is Upos.NOUN) return true;
            }
            return false;
        }

        private bool IsCodedDenial(int t)
        {
            int k = TrigAt(t);
            return k >= 0 && _coded.Contains(_trigs[k].Start) && (_trigs[k].Entry.Frame == FrameKind.Deny || _trigs[k].Entry.Cameo == "016");
        }

        /// <summary>True when <paramref name="node"/> lies in the clausal complement of a coded denial ("denied that ...").</summary>
        private bool InDeniedClause(int node)
        {
            for (int n = node, step = 0; n >= _f && n < _e && step < 8; step++)
            {
                int h = doc.Token(n).Head;
                if (h < _f || h >= _e || h == n) return false;
                if (doc.Token(n).Relation == "ccomp")
                {
                    if (IsCodedDenial(h)) return true;
                    // "denied on Friday that ...": the parser may hang the clause on the time phrase of the verb.
                    int hh = doc.Token(h).Head;
                    if (doc.Token(h).Relation is { } hrel && hrel.StartsWith("obl", StringComparison.Ordinal) && hh >= _f && hh < _e && IsCodedDenial(hh)) return true;
                }
                n = h;
            }
            return false;
        }

        /// <summary>True when a coded verb of praise, criticism, sympathy or apology ends at most eight words before the
        /// trigger <paramref name="i"/> ("condemned Britain for sending ...").</summary>
        private bool JudgedJustBefore(int i)
        {
            var tr = _trigs[i];
            for (int j = i - 1; j >= 0; j--)
            {
                var o = _trigs[j];
                if (o.IsNoun || !_coded.Contains(o.Start) || tr.Start - o.End > 8) continue;
                if (o.Entry.Root is "05" or "11" || o.Entry.Cameo is "018" or "019") return true;
            }
            return false;
        }

        /// <summary>
        /// "accused X of spying", "blamed X for the killing of civilians": the alleged act is not coded (gold/README.md,
        /// accusations) but says which accusation it is. The lexicon's "accuse of ..." phrases name it when the words
        /// after "of" match ("of ethnic cleansing" → 1122); else the kind of alleged act does: repression and assault
        /// (17, 18) are human rights abuses (1122), fighting (19) aggression (1123), mass violence (20) war crimes
        /// (1124). Null when the tree shows no alleged act.
        /// </summary>
        private string? Accusation(int i)
        {
            if (!_tree.Parsed) return null;
            var tr = _trigs[i];
            int verb = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            int act = _tree.AllegedAct(verb, out int mark);
            if (act < 0) return null;
            string code = "112";
            int bestWords = 0;
            foreach (var v in lex.Candidates(W(tr.Start)))
            {
                if (v.Entry.Kind != TriggerKind.Phrase || !v.Entry.Cameo.StartsWith("112", StringComparison.Ordinal) || v.Words.Length < 3
                    || !W(mark).Equals(v.Words[1], StringComparison.OrdinalIgnoreCase) || v.Words.Length <= bestWords) continue;
                bool all = true;
                for (int w = 2; w < v.Words.Length && all; w++)
                {
                    int t = mark + w - 1;
                    all = t < _e && v.WordIs(w, W(t), doc.TokLemma(t));
                }
                if (all) { code = v.Entry.Cameo; bestWords = v.Words.Length; }
            }
            // "accused Rwanda of sending troops across the border to support the rebels", "of sheltering RSF leaders", "of
            // sponsoring the militants behind an attack on a school bus": backing an armed group is aggression (1123; decision
            // 022), whatever the group went on to do, so the group's own acts below do not make it a rights abuse or war crime.
            if (code == "112" && BacksArmedGroup(act)) code = "1123";
            // "accused the militia of shelling a hospital", "of attacking a refugee camp": the lexicon's force (1123) aimed at
            // civilians or their places is a war crime (1124).
            if (code == "1123" && doc.TokLemma(act) is "shell" or "shelling" or "attack" or "bomb" or "bombing" or "strike" or "fire" or "target" && CivilianTargetIn(act))
                code = "1124";
            // "accused Maduro of leading a drug cartel", "of running a trafficking ring": an act whose words name a kind of
            // wrong (a crime, a rights abuse, aggression, a war crime, spying) says which accusation it is, whatever verb
            // tells it.
            if (code == "112") code = AllegedKind(act) ?? code;
            // "agreed to a ceasefire, but hours later each side accused the other of violating it": "it" violated stands for the
            // truce named before the accusation, as "of violating the ceasefire" does (1123).
            if (code == "112" && doc.TokLemma(act) is "violate" or "breach" or "break" && act + 1 < _e && IsWord(act + 1, "it"))
                for (int t = _f; t < tr.Start; t++)
                    if (IsTruceLemma(doc.TokLemma(t))) { code = "1123"; break; }
            // "accused Israel on Thursday of violating the ceasefire", "of breaching the truce eight times": a broken truce is
            // aggression (1123) wherever the words stand that the lexicon's phrase needs next to "of".
            if (code == "112" && doc.TokLemma(act) is "violate" or "breach" or "break")
                for (int t = act + 1; t < _e; t++)
                    if (_tree.InSubtree(t, act) && IsTruceLemma(doc.TokLemma(t))) { code = "1123"; break; }
            // The victim of the alleged act, if the sentence names one: harm to civilians is a rights abuse.
            bool civilianVictim = false;
            for (int t = act; t < _e; t++)
                if (actorOf[t] >= 0 && _tree.InSubtree(t, act) && A(actorOf[t]).Code is { } vc)
                {
                    civilianVictim = CivilianRoles.Any(r => vc.Contains(r, StringComparison.Ordinal));
                    break;
                }
            for (int j = 0; j < _trigs.Count; j++)
            {
                if (j == i || _trigs[j].Entry.Has(TriggerFlags.Report)) continue;
                int node = Syntax.Attachment.SpanHead(doc, new TokenRange(_trigs[j].Start, _trigs[j].End));
                if (!_tree.InSubtree(node, act)) continue;
                // "accused the government of ignoring warnings of the raid": an act only warned of or feared is not what the
                // accused did, so it does not make the accusation one of force.
                if (code == "112" && _trigs[j].IsNoun && doc.Token(node).Head is var over && over >= _f && over < _e
                    && doc.TokLemma(over)?.ToLowerInvariant() is "warning" or "fear" or "risk" or "threat" or "danger" or "report" or "rumour" or "rumor")
                {
                    var warned = _trigs[j]; warned.Consumed = true; _trigs[j] = warned;
                    continue;
                }
                if (code == "112")
                    code = _trigs[j].Entry.Root switch
                    {
                        // "of shelling a hospital", "of deliberately targeting civilians": military force aimed at civilians is a
                        // war crime (1124); coercion, assault or killing of civilians short of a massacre a rights abuse (1122),
                        // as the gold codes "accused soldiers of killing civilians".
                        "19" when !_trigs[j].Entry.Trigger.StartsWith("kill", StringComparison.Ordinal) && !_trigs[j].Entry.Trigger.StartsWith("shoot", StringComparison.Ordinal)
                            && (civilianVictim || CivilianTargetIn(act)) => "1124",
                        // "of plotting to remove him from office", "of spreading false information about the army", "of
                        // ordering a cyber attack": restrictions, disinformation and hacking are coercion without force, no
                        // aggression; the accusation stays 112 (gold/README.md, the cyber attack of eb31069) unless people
                        // are named as harmed (1122).
                        "17" when _trigs[j].Entry.Cameo.StartsWith("172", StringComparison.Ordinal) || _trigs[j].Entry.Cameo == "177"
                            || _trigs[j].Entry.Trigger.Contains("cyber", StringComparison.Ordinal) || _trigs[j].Entry.Trigger.StartsWith("hack", StringComparison.Ordinal)
                            => civilianVictim ? "1122" : code,
                        "17" or "18" or "19" => civilianVictim ? "1122" : "1123",
                        "20" => "1124",
                        _ => code,
                    };
                var alleged = _trigs[j]; alleged.Consumed = true; _trigs[j] = alleged;
            }
            return code;
        }

        /// <summary>
        /// The accusation's sub-code named by the words of the alleged act <paramref name="act"/>, or null. Means or names of
        /// war crimes win wherever they stand ("of killing, raping and starving civilians": 1124); otherwise the first word
        /// of a kind decides: a crime (1121: "of buying votes", "of stuffing ballot boxes"), a rights abuse (1122: "of torturing
        /// detainees", "of silencing the press"), aggression (1123: "of violating its airspace"), spying (1125: "of spying",
        /// "of activities incompatible with their diplomatic status").
        /// </summary>
        private string? AllegedKind(int act)
        {
            for (int t = act; t < _e; t++)
                if (_tree.InSubtree(t, act) && doc.TokLemma(t)?.ToLowerInvariant() is { } wl)
                {
                    // "of using starvation as a method of warfare", "of firing cluster munitions", "of using chemical agents":
                    // means that the laws of war forbid make the act a war crime (1124); so do its names ("of committing war
                    // crimes", "of crimes against humanity").
                    if (WarCrimeWords.Contains(wl)) return "1124";
                    if (wl is "crime" && ((t > _f && doc.TokLemma(t - 1)?.ToLowerInvariant() == "war")
                        || (t + 2 < _e && IsWord(t + 1, "against") && doc.TokLemma(t + 2)?.ToLowerInvariant() == "humanity"))) return "1124";
                }
            // Session 55 (blind73): secrets gathered, passed or read make the accusation one of espionage (ShallowCoder.Espionage.cs).
            if (IsEspionageAct(act)) return "1125";
            for (int t = act; t < _e; t++)
                if (_tree.InSubtree(t, act) && doc.TokLemma(t)?.ToLowerInvariant() is { } cl)
                {
                    if (CrimeWords.Contains(cl)) return "1121";
                    // "of buying votes": a bought vote is a crime as "vote-buying" is.
                    if (cl is "vote" && doc.Token(t).Head is var bh && bh >= _f && bh < _e && doc.TokLemma(bh)?.ToLowerInvariant() is "buy" or "purchase") return "1121";
                    // "of sponsoring terrorism", "of an act of aggression": aggression (1123) named by its noun.
                    if (AggressionWords.Contains(cl)) return "1123";
                    // Session 64 (subcode64): "of deliberately ramming a coast guard ship": a vessel rammed is force against the
                    // other side (1123), as the tunable lines code "accused ... of ramming" (eb48136, eb51010, eb56014, eb69112).
                    // Only with a vessel named in the act: "of ramming the bill through parliament" is no force. (Troops massed
                    // are left: the gold codes them 112 and 1123, eb79069 and eb70095.)
                    if (cl is "ram" or "ramming" && (doc.TokUpos(t) == Upos.VERB || W(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                        && NamesVessel(act)) return "1123";
                    // "of violating its airspace", "of crossing into its territorial waters": entering another's ground by force.
                    if (cl is "airspace" || (cl is "territory" or "water" or "waters" && doc.Token(t).Head is var th && th >= _f && th < _e
                        && doc.TokLemma(th)?.ToLowerInvariant() is "cross" or "violate" or "enter" or "intrude" or "breach")) return "1123";
                    if (EspionageWords.Contains(cl)) return "1125";
                    // "of activities incompatible with their diplomatic status": the diplomatic formula for spying.
                    if (cl is "incompatible")
                        for (int u = t + 1; u < _e && u < t + 6; u++)
                            if (doc.TokLemma(u)?.ToLowerInvariant() == "status") return "1125";
                    if (RightsAbuseWords.Contains(cl)) return "1122";
                    // "of turning the police into a death squad"
                    if (cl is "squad" && t > _f && doc.TokLemma(t - 1)?.ToLowerInvariant() == "death") return "1122";
                }
            return null;
        }

        /// <summary>True when the alleged act <paramref name="act"/> names, in its subtree, a vessel ("rammed a supply boat").</summary>
        private bool NamesVessel(int act)
        {
            for (int t = act; t < _e; t++)
                if (_tree.InSubtree(t, act) && doc.TokLemma(t)?.ToLowerInvariant() is "ship" or "boat" or "vessel" or "cutter" or "warship"
                    or "trawler" or "frigate" or "tanker" or "ferry" or "patrol")
                    return true;
            return false;
        }

        /// <summary>Words of spying and betrayal (1125).</summary>
        private static readonly HashSet<string> EspionageWords = new(StringComparer.Ordinal)
        {
            "spy", "spying", "espionage", "treason", "traitor", "spyware",
        };

        /// <summary>Words of abuse of people in an authority's hands or of its critics (1122).</summary>
        private static readonly HashSet<string> RightsAbuseWords = new(StringComparer.Ordinal)
        {
            "torture", "torturing", "rape", "raping", "extrajudicial", "disappearance", "beat", "beating", "silence", "persecute",
            "persecution", "persecuting",
        };

        /// <summary>
        /// True when the alleged act <paramref name="act"/> has, in its subtree, a verb of backing (support, arm, fund, shelter,
        /// train …) whose object names an armed group: a rebel, militant or militia noun, or an actor coded as rebels (REB).
        /// </summary>
        private bool BacksArmedGroup(int act)
        {
            for (int v = act; v < _e; v++)
            {
                if (!_tree.InSubtree(v, act) || doc.TokLemma(v)?.ToLowerInvariant() is not { } vl || !BackingVerbs.Contains(vl)) continue;
                for (int o = v + 1; o < _e; o++)
                {
                    if (doc.Token(o).Head != v || doc.Token(o).Relation is not ("obj" or "nsubj:pass")) continue;
                    for (int t = o; t < _e && t < o + 8; t++)
                        if (_tree.InSubtree(t, o)
                            && (IsBackedGroupNoun(t)
                                || (actorOf[t] >= 0 && A(actorOf[t]).Code is { } gc && gc.Contains("REB", StringComparison.Ordinal))))
                            return true;
                }
            }
            return false;
        }

        /// <summary>The armed-group nouns of <see cref="IsArmedGroupNoun"/> as objects of backing, less "fighters" (who may be a state's)
        /// and with "terrorists" (the accuser's word for the same groups).</summary>
        private bool IsBackedGroupNoun(int t) =>
            (IsArmedGroupNoun(t) && doc.TokLemma(t)?.ToLowerInvariant() != "fighter") || doc.TokLemma(t)?.ToLowerInvariant() == "terrorist";

        /// <summary>Verbs of giving an armed group means or refuge.</summary>
        private static readonly HashSet<string> BackingVerbs = new(StringComparer.Ordinal)
        {
            "support", "back", "arm", "fund", "finance", "sponsor", "shelter", "harbour", "harbor", "train", "equip", "supply",
        };

        /// <summary>A participle hung on the noun "strike" ("strikes targeting Hamas commanders").</summary>
        private bool IsParticipleOfStrike(int node)
        {
            if (node < 0 || doc.Token(node).Relation is not { } rel || !rel.StartsWith("acl", StringComparison.Ordinal)) return false;
            int struck = doc.Token(node).Head;
            return struck >= 0 && doc.TokLemma(struck) is "strike";
        }

        /// <summary>Words that make an alleged act a crime (1121): drugs, graft, smuggling, a rigged vote, looting.</summary>
        private static readonly HashSet<string> CrimeWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "drug", "drugs", "cartel", "narcotic", "narcotics", "trafficking", "corruption", "fraud", "bribery", "bribe", "graft",
            "embezzlement", "laundering", "smuggling", "extortion", "racketeering", "kickback", "kickbacks",
            "rig", "rigging", "loot", "looting", "theft", "steal", "embezzle", "launder", "smuggle", "vote-buying",
            // "of extorting money from traders at checkpoints"
            "extort",
            // "of altering tally sheets", "of falsifying the results", "of tampering with ballots"
            "tally", "falsify", "tamper", "ballot",
        };

        /// <summary>Means of war that the laws of war forbid: accused of using them is accused of war crimes (1124).</summary>
        private static readonly HashSet<string> WarCrimeWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "starvation", "starve", "chemical", "cluster", "genocide", "sarin", "chlorine", "phosphorus",
        };

        /// <summary>A lemma of an agreement to stop fighting, whose breach an accusation names as aggression (1123).</summary>
        private static bool IsTruceLemma(string? lemma) => lemma is "ceasefire" or "cease-fire" or "truce" or "armistice";

        /// <summary>Nouns naming aggression itself (1123): "of sponsoring terrorism", "of an act of aggression".</summary>
        private static readonly HashSet<string> AggressionWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "aggression", "terrorism", "invasion", "incursion",
            // "of laying landmines along the border": mines laid against the other side are force (1123); not "mine", which
            // is as often a pit of ore.
            "landmine", "landmines",
        };

        /// <summary>Places and people of civilian life named in an alleged act ("shelling a hospital", "firing into civilian
        /// areas", "targeting civilians"): force used against them is a war crime.</summary>
        private bool CivilianTargetIn(int act)
        {
            for (int t = act; t < _e; t++)
                if (_tree.InSubtree(t, act) && doc.TokLemma(t) is { } l && CivilianTargets.Contains(l)) return true;
            return false;
        }

        private static readonly HashSet<string> CivilianTargets = new(StringComparer.OrdinalIgnoreCase)
        {
            "civilian", "civilians", "hospital", "school", "market", "residential", "displaced", "refugee", "refugees",
            "shelter", "clinic", "mosque", "church",
        };

        /// <summary>The alert's code by the force put on alert: its object ("put its navy on alert") or, in the passive, the
        /// source ("police were placed on alert"); null when neither is a force.</summary>
        private string? AlertedForce(int verb, int src)
        {
            var objects = new List<string>();
            _tree.ObjectLemmas(verb, objects);
            // Session 70 (fam13): "Philippine police placed all units in the capital on full alert", "the army put its bases on
            // heightened alert": a word that names no arm of its own (units, forces, bases, personnel, stations) is the arm
            // of the source that puts it on alert; only with no such source is it the military's.
            bool generic = false;
            foreach (var o in objects)
            {
                if (o is "police" or "officer" or "policeman" or "gendarmerie") return "151";
                if (o is "army" or "navy" or "troops" or "troop" or "military" or "soldier") return "152";
                if (o is "force" or "unit" or "base" or "personnel" or "station" or "post" or "garrison" or "division" or "battalion") generic = true;
            }
            if ((objects.Count == 0 || generic) && src >= 0 && A(src).Code is { Length: 6 } sc)
            {
                if (sc.EndsWith("COP", StringComparison.Ordinal)) return "151";
                if (sc.EndsWith("MIL", StringComparison.Ordinal)) return "152";
            }
            return generic ? "152" : null;
        }

        /// <summary>True when a verb among the trigger's words ("threatened to expel") expels diplomats.</summary>
        private bool ExpelsDiplomatsIn(Trig t)
        {
            for (int k = t.Start; k < t.End; k++)
                if (doc.TokUpos(k) == Upos.VERB && _tree.ExpelsDiplomats(k)) return true;
            return false;
        }

        /// <summary>"reporters", "journalists", "the press", "the media": the press as such, no named outlet.</summary>
        private bool IsThePress(int a) => RoleOf(a) == "MED" && doc.Token(A(a).Tokens.EndToken - 1).Lemma?.ToLowerInvariant()
            is "reporter" or "journalist" or "press" or "media" or "newsman" or "correspondent";

        /// <summary>
        /// True when a protest's target stands for the state as a place rather than for people in it: the country named
        /// bare ("across Zambia", "the country's ports"; not a demonym, "Palestinians", who are people), or the legislature
        /// named as an institution or its building ("parliament", "the National Assembly", "Congress"); not lawmakers
        /// or a named member, whom a protest can target in person.
        /// </summary>
        private bool ProtestedPlaceOfState(int a)
        {
            var m = A(a);
            if (m.Code is not { } code || m.IsModifier) return false;
            if (code.Length == 3) return !m.Rule.StartsWith("demonym", StringComparison.Ordinal);
            if (RoleOf(a) != "LEG" || m.Rule.StartsWith("person", StringComparison.Ordinal) || m.Rule.StartsWith("title+", StringComparison.Ordinal))
                return false;
            return doc.TokLemma(m.Tokens.EndToken - 1)?.ToLowerInvariant() is "parliament" or "congress" or "assembly" or "senate"
                or "legislature" or "capitol" or "duma" or "knesset" or "rada" or "sejm" or "bundestag" or "majlis" or "diet" or "storting"
                or "riksdag" or "cortes" or "sabha";
        }

        /// <summary>Rule mark of a peaceful protest aimed at the legislature whose building or sitting it is held at
        /// (decision 064): a demand of the same protesters with another addressee still folds into it.</summary>
        private const string ProtestAtLegislature = ",protest-at-legislature";

        /// <summary>
        /// True when a purpose infinitive within a few words after <paramref name="from"/> puts down unrest: "to quell the
        /// protests", "to help police contain riots", "to disperse protesters", "to break up the demonstrations".
        /// </summary>
        private bool SentToQuellUnrest(int from)
        {
            for (int k = from; k < _e && k < from + 12; k++)
            {
                if (W(k) is ";" or ".") return false;
                bool quell = doc.TokLemma(k)?.ToLowerInvariant() is "quell" or "contain" or "disperse" or "suppress" or "crush" or "control"
                    || (doc.TokLemma(k)?.ToLowerInvariant() is "put" && IsWord(k + 1, "down"))
                    || (doc.TokLemma(k)?.ToLowerInvariant() is "break" && IsWord(k + 1, "up"));
                if (!quell || !(IsWord(k - 1, "to") || IsWord(k - 2, "help") || IsWord(k - 3, "help"))) continue;
                for (int j = k + 1; j < _e && j <= k + 5; j++)
                    if (doc.TokLemma(j)?.ToLowerInvariant() is "protest" or "riot" or "unrest" or "protester" or "protestor" or "demonstrator"
                        or "demonstration" or "rioter" or "crowd" or "uprising" or "disturbance") return true;
            }
            return false;
        }

        /// <summary>Health and relief bodies (the WHO, UNICEF, UNHCR, the WFP, the Red Cross, MSF, aid NGOs): what they send or
        /// deploy is aid.</summary>
        private static bool IsReliefBody(string? code) => code is not null
            && (code.Contains("HLH", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal)
                || code.StartsWith("IGOUNOKID", StringComparison.Ordinal) || code.StartsWith("IGOUNOREF", StringComparison.Ordinal)
                || code.StartsWith("IGOUNOAGR", StringComparison.Ordinal));

        /// <summary>True when the subject the tree gives the span's words ("police are on high alert": "police" of "alert",
        /// "troops remained on alert": "troops" of "remained") is an armed or police force; without a parse, the nearest actor
        /// before the span.</summary>
        private bool ForceSubjectOfSpan(int start, int end)
        {
            if (!_tree.Parsed)
            {
                for (int k = start - 1; k >= Math.Max(_f, start - 8); k--)
                    if (actorOf[k] >= 0) return RoleOf(actorOf[k]) is "MIL" or "COP";
                return false;
            }
            for (int k = _f; k < _e; k++)
            {
                var tok = doc.Token(k);
                // Session 53 (blind71): "Chinese coast guard ships entered Japanese waters": a craft whose force the words before
                // it name ("coast guard", "navy") is that force, as the tree reads its actor (ActorOfNode), though the craft noun
                // itself lies outside the actor's span.
                if (tok.Relation is "nsubj" or "nsubj:pass" && tok.Head >= start && tok.Head < end)
                    return (actorOf[k] >= 0 ? actorOf[k] : _tree.ActorOfNode(k)) is var subject && subject >= 0 && RoleOf(subject) is "MIL" or "COP";
            }
            return false;
        }

        /// <summary>The CAMEO role of an actor ("NGO" of UGANGO, "MED" of MED), null for a country or an IGO.</summary>
        private string? RoleOf(int a)
        {
            if (A(a).Code is not { } code || code.StartsWith("IGO", StringComparison.Ordinal)) return null;
            string role = A(a).Country is { } c && code.StartsWith(c, StringComparison.Ordinal) ? code[c.Length..] : code;
            return role.Length >= 3 ? role[..3] : null;
        }

        /// <summary>The role (LEG, JUD, PTY, OPP, COP, ELI, MED, NGO, EDU, LAB) of actor <paramref name="t"/> when it is an organ
        /// or group of the same country as <paramref name="src"/> ("KWTGOV" and "KWTLEG"), else null. The country is the
        /// mentions' own, or the first three letters of both codes when a mention carries none (a role whose country the
        /// recognizer read from the sentence's place). International bodies and role-only codes have no country.</summary>
        private string? OwnCountryOrgan(int src, int t)
        {
            if (A(src).Code is not { Length: >= 6 } sc || A(t).Code is not { Length: >= 6 } tc) return null;
            if (sc.StartsWith("IGO", StringComparison.Ordinal) || tc.StartsWith("IGO", StringComparison.Ordinal)) return null;
            string? scountry = A(src).Country ?? sc[..3], tcountry = A(t).Country ?? tc[..3];
            if (scountry != tcountry || !sc.StartsWith(scountry, StringComparison.Ordinal) || !tc.StartsWith(tcountry, StringComparison.Ordinal)) return null;
            if (Actors.ActorLexicon.RoleCodes.Contains(scountry)) return null; // "NGOHRI", "MEDxxx": a role code, not a country
            string role = tc.Substring(3, 3);
            return IsSanctionableOrgan(role) ? role : null;
        }

        /// <summary>As <see cref="OwnCountryOrgan"/> for a target read from a role noun with no actor mention ("suspended a
        /// private radio station": MED of the sentence's country).</summary>
        private string? OwnCountryRoleNoun(int src, string? targetCountry, string? targetRole)
        {
            if (targetCountry is null || targetRole is null || !IsSanctionableOrgan(targetRole)) return null;
            string? scountry = A(src).Country ?? (A(src).Code is { Length: >= 6 } sc && !Actors.ActorLexicon.RoleCodes.Contains(sc[..3]) ? sc[..3] : null);
            return scountry == targetCountry ? targetRole : null;
        }

        /// <summary>True when actor <paramref name="a"/> is a military or an armed group (MIL, REB), by its own role.</summary>
        private bool IsArmedSide(int a) => RoleOf(a) is "MIL" or "REB";

        /// <summary>
        /// Session 65 (talks65, decision 104): the two sides of talks are a state (its government or military) and a party of
        /// the same country that it is in conflict or bargaining with: an armed group (REB), the opposition or a party (OPP,
        /// PTY), or a union (LAB, or a group its own words name a union: "the nurses' union", coded by its members). Talks
        /// between them are a negotiation (046) with no matter named, as the gold codes them (eb75075, eb75022, eb51147,
        /// eb32030, eb44089); a state's talks with anyone else (another state, its businesses, its clergy) stay meetings
        /// unless a dispute or deal is named. Invariant: both sides have the same country and only one of them is the state.
        /// </summary>
        private bool BargainingSides(int a, int b)
        {
            if (a < 0 || b < 0 || A(a).Country is not { } ca || ca != A(b).Country) return false;
            string? ra = RoleOf(a), rb = RoleOf(b);
            bool stateA = ra is "GOV" or "MIL", stateB = rb is "GOV" or "MIL";
            if (stateA == stateB) return false;
            int party = stateA ? b : a;
            string? rp = stateA ? rb : ra;
            if (rp is "REB" or "OPP" or "PTY" or "LAB") return true;
            var r = A(party).Tokens;
            for (int k = r.FirstToken; k < r.EndToken; k++)
                if (doc.Token(k).Lemma is "union") return true;
            return false;
        }

        /// <summary>True when <paramref name="t"/> is a country other than <paramref name="src"/>'s, named bare ("KEN") or as
        /// its firms ("THABUS"); false for roles of no country, international bodies and the source's own country.</summary>
        private bool BannedForeignTrade(int src, int t)
        {
            if (A(t).Code is not { } tc || A(src).Code is not { Length: >= 3 } sc || tc.StartsWith("IGO", StringComparison.Ordinal)) return false;
            string? scountry = A(src).Country ?? (Actors.ActorLexicon.RoleCodes.Contains(sc[..3]) ? null : sc[..3]);
            string? tcountry = A(t).Country ?? (tc.Length >= 3 && !Actors.ActorLexicon.RoleCodes.Contains(tc[..3]) ? tc[..3] : null);
            if (scountry is null || tcountry is null || scountry == tcountry || !tc.StartsWith(tcountry, StringComparison.Ordinal)) return false;
            return tc.Length == 3 || tc[3..] == "BUS";
        }

        private static bool IsSanctionableOrgan(string role) =>
            role is "LEG" or "JUD" or "PTY" or "OPP" or "COP" or "ELI" or "MED" or "NGO" or "EDU" or "LAB"
                // Session 62 (blind80, decision 083 D): churches and religious bodies suspended by their own state.
                or "REL" or "CHR";

        /// <summary>True when a negotiation noun ("talks", "negotiations") follows within a few words of modifiers.</summary>
        private bool NegotiationAfter(int from)
        {
            for (int t = from; t < _e && t < from + 4; t++)
            {
                if (doc.TokLemma(t) is "talks" or "talk" or "negotiation" or "dialogue") return true;
                if (IsPunct(t) || actorOf[t] >= 0 || doc.Token(t).Upos is Upos.VERB or Upos.ADP && t > from) return false;
            }
            return false;
        }

        /// <summary>"each other" or "one another" at token <paramref name="k"/>.</summary>
        private bool ReciprocalAt(int k) => (IsWord(k, "each") && IsWord(k + 1, "other")) || (IsWord(k, "one") && IsWord(k + 1, "another"))
            // "each side accused the other (side)": "the other" alone, or before a singular noun of sides, answers "each".
            || (IsWord(k, "the") && IsWord(k + 1, "other") && !IsWord(k + 2, "'s") && !IsWord(k + 2, "’s")
                && (k + 2 >= _e || doc.TokUpos(k + 2) is not (Upos.NOUN or Upos.PROPN or Upos.ADJ)
                || W(k + 2) is "side" or "country" or "army" or "government" or "nation"));

        /// <summary>True when the verb at <paramref name="verb"/> has a "to"-infinitive of purpose ("gathered to demand ...").</summary>
        private bool PurposeClause(int verb)
        {
            if (!_tree.Parsed || verb < _f || verb >= _e) return false;
            foreach (var rel in PurposeRelations)
                if (DependentOf(verb, rel) is var p && p > verb && IsWord(p - 1, "to")) return true;
            return false;
        }

        private static readonly string[] PurposeRelations = ["xcomp", "advcl"];

        /// <summary>True when the actor's words name it as protesters ("protesters", "demonstrators", "anti-government
        /// protestors"), not as a crowd or mob that may have gathered for anything.</summary>
        private bool IsNamedProtesters(int a)
        {
            var span = A(a).Tokens;
            for (int t = span.FirstToken; t < span.EndToken; t++)
                if (doc.TokLemma(t) is "protester" or "protestor" or "demonstrator") return true;
            return false;
        }

        /// <summary>
        /// "Students demanding free tuition gathered outside parliament", "farmers calling for fuel subsidies assembled in the
        /// square": those whom a participle of demanding describes (acl on the actor's head noun) gather as protesters; the
        /// demand tells what they gather for (folded in by <see cref="FoldDemandsIntoProtests"/>). "Leaders attending the
        /// summit gathered in Rome" is no protest: only demanding, calling for and protesting describe a crowd's cause.
        /// </summary>
        private bool DescribedByDemand(int a)
        {
            if (!_tree.Parsed) return false;
            int head = Syntax.Attachment.SpanHead(doc, A(a).Tokens);
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != head || doc.Token(k).Relation != "acl" || k <= head) continue;
                if (doc.TokLemma(k) is "demand" or "protest" || (doc.TokLemma(k) == "call" && IsWord(k + 1, "for"))) return true;
            }
            return false;
        }

        /// <summary>True when the actor is a crowd of protesters ("rioters", "protesters", "an angry mob").</summary>
        private bool IsProtestingCrowd(int a)
        {
            if (a < 0) return false;
            var span = A(a).Tokens;
            for (int t = span.FirstToken; t < span.EndToken; t++)
                // "youths torched police posts": wire copy's word for rioting young men.
                if (doc.TokLemma(t) is "rioter" or "protester" or "protestor" or "demonstrator" or "mob" or "crowd" or "youth") return true;
            return false;
        }

        /// <summary>The first "border", "borders" or "frontier" in [<paramref name="from"/>, <paramref name="end"/>) of the
        /// sentence, or -1: the words after a show of force or a withdrawal that say whose border it was.</summary>
        private int BorderWordIn(int from, int end)
        {
            for (int k = Math.Max(_f, from), stop = Math.Min(_e, end); k < stop; k++)
                if (IsWord(k, "border") || IsWord(k, "borders") || IsWord(k, "frontier")) return k;
            return -1;
        }

        /// <summary>The demand code (10x) the demanded verb and its objects name (<see cref="DemandContent.DemandCode"/>).</summary>
        private string? DemandedContent(int verb, string lemma)
        {
            var objects = new List<string>();
            _tree.ObjectLemmas(verb, objects);
            string verbLemma = lemma.ToLowerInvariant();
            // Session 65 (appeal65, decision 103): "urged voters to remain calm" (1052, 0252), "urged both to restore calm" after a
            // truce (1056, 0256): calm asked for is an easing of dissent, or de-escalation where fighting is told.
            if (CalmAskedFor(verb, verbLemma) is { } calm) return calm;
            // "demanded that French troops leave its territory": troops that leave withdraw (1056).
            if (verbLemma is "leave" or "withdraw" or "depart" or "quit" or "exit" && DependentOf(verb, "nsubj") is var gone
                && gone >= 0 && (IsForceNoun(gone) || IsArmedGroupNoun(gone)))
                return "1056";
            // "urged both sides to return to the negotiating table", "called on the rebels to come back to talks": going back to
            // talks is meeting to negotiate (106, 026).
            if (verbLemma is "return" or "come" or "go" or "get")
                for (int t = _f; t < _e; t++)
                    if (doc.Token(t).Head == verb && doc.Token(t).Relation is { } r && r.StartsWith("obl", StringComparison.Ordinal)
                        && doc.TokLemma(t) is "talk" or "table" or "negotiation" or "dialogue" or "mediation")
                        return "106";
            // Session 64 (wanted64): "called on the unions to return to work", "demanded that striking teachers return to their
            // classrooms": going back to work or class ends a strike, an easing of dissent (1052, 0252). Only with "to" and
            // the place of work as the phrase's noun ("return to Gaza" is no strike ended).
            if (verbLemma is "return" or "go" or "get")
                for (int t = verb + 1; t < _e && t < verb + 6; t++)
                    if (doc.Token(t).Head == verb && doc.Token(t).Relation is { } r && r.StartsWith("obl", StringComparison.Ordinal)
                        && doc.TokLemma(t)?.ToLowerInvariant() is { } place && DemandContent.IsWorkplace(place) && HasCase(t, "to"))
                        return "1052";
            // Session 64 (wanted64): "called on the rebels to withdraw from the mine", "urged Israel to withdraw from all areas it
            // had seized", "demanded that Israeli forces pull out of the hilltops": leaving ground one holds is a military
            // withdrawal, de-escalation (1056, 0256), whoever is asked; withdrawing from talks, a treaty or a body is not
            // (no ground: IsHeldGround), nor is a withdrawal with an object ("withdraw the bill", read by DemandCode).
            if (verbLemma is "withdraw" or "pull" or "retreat" or "leave" && DependentOf(verb, "obj") < 0)
                for (int t = verb + 1; t < _e && t < verb + 8; t++)
                    if (doc.Token(t).Head == verb && doc.Token(t).Relation is { } r && r.StartsWith("obl", StringComparison.Ordinal)
                        && (HasCase(t, "from") || HasCase(t, "of")) && doc.TokLemma(t)?.ToLowerInvariant() is { } ground
                        && (DemandContent.IsHeldGround(ground) || NamedGround(t)))
                        return "1056";
            // Session 64 (wanted64): "urged the Philippines to stop sending vessels into the waters", "to stop making
            // provocations at sea": the act after a verb of stopping, told by a gerund, says what is stopped (StoppedActCode).
            if (DemandContent.IsStopVerb(verbLemma))
                for (int t = verb + 1; t < _e && t < verb + 3; t++)
                    if (doc.Token(t).Head == verb && doc.Token(t).Relation == "xcomp" && doc.TokUpos(t) == Upos.VERB
                        && doc.TokLemma(t)?.ToLowerInvariant() is { } gerund)
                    {
                        var stopped = new List<string>();
                        _tree.ObjectLemmas(t, stopped);
                        if (DemandContent.StoppedActCode(gerund, stopped) is { } stoppedCode) return stoppedCode;
                    }
            // "called on security forces to refrain from using lethal force against protesters", "urged the
            // army to refrain from attacks": holding back force is de-escalation (1056, 0256); "refrain from commenting" is not.
            if (verbLemma is "refrain" or "desist")
                for (int t = verb + 1; t < _e && t < verb + 8; t++)
                    if (_tree.InSubtree(t, verb) && doc.TokLemma(t)?.ToLowerInvariant() is "force" or "violence" or "attack" or "strike"
                        or "hostility" or "escalation" or "provocation" or "fire" or "weapon")
                        return "1056";
            // "asked the Security Council to press Israel to withdraw", "urged China to use its influence to persuade Russia":
            // asking a side to bring a third side round is asking for its diplomatic backing (102, 022), as asking it to impose
            // sanctions on a third side is (gold/README.md, session 22). Only with an actor as the one pressed ("press charges",
            // "press ahead" are not) or with influence or leverage as what is used.
            if (verbLemma is "press" or "pressure" or "pressurise" or "pressurize" or "persuade" or "convince" or "lean")
                for (int t = verb + 1; t < _e && t < verb + 6; t++)
                    if (doc.Token(t).Head == verb && doc.Token(t).Relation is "obj" or "obl" && actorOf[t] >= 0) return "102";
            if (verbLemma is "use" or "exert" or "wield" && objects.Any(o => o is "influence" or "leverage" or "clout")) return "102";
            if (DemandContent.DemandCode(verbLemma, objects) is { } demanded) return demanded;
            // "urged the Taliban to reopen secondary schools for girls", "to let women work for aid groups", "to allow migrant
            // workers to form unions": schooling or work opened to women, girls or workers is a right granted (1043, 0243,
            // refused 1233). Checked after DemandCode, so letting outsiders in stays 1055.
            if (verbLemma is "let" or "allow" or "permit" || (verbLemma is "reopen" or "open" && objects.Any(o => o is "school" or "university" or "class")))
                for (int t = verb + 1; t < _e && t < verb + 10; t++)
                    if (_tree.InSubtree(t, verb) && doc.TokLemma(t)?.ToLowerInvariant() is "girl" or "woman" or "women" or "worker")
                        return "1043";
            return null;
        }

        /// <summary>Session 64 (wanted64): a place named by its name ("withdraw from Walikale", "pull out of Syria"): a proper noun
        /// that is no actor, or a bare country; not a body or an alliance ("withdraw from ECOWAS" leaves no ground).</summary>
        private bool NamedGround(int t) =>
            doc.TokUpos(t) == Upos.PROPN && (ActorAt(t) is var a && (a < 0 || A(a).Code is { Length: 3 } c && !c.StartsWith("IGO", StringComparison.Ordinal)));

        /// <summary>"demanded that the M23 rebels withdraw from Goma": armed groups that pull out of ground they hold
        /// de-escalate as troops do (1056, 0256).</summary>
        private bool IsArmedGroupNoun(int t) =>
            doc.TokLemma(t)?.ToLowerInvariant() is "rebel" or "militant" or "fighter" or "militia" or "insurgent" or "paramilitary" or "jihadist" or "guerrilla";

        /// <summary>A noun of a state's forces: a member of the lexicon's <c>@force</c> class (decision 026: "troops",
        /// "soldiers", "peacekeepers", "battalions"), or "army"/"military", which name the whole force (and are left out of
        /// the class, whose verbs send or station a part of it).</summary>
        private bool IsForceNoun(int t) =>
            (lex.ObjectClasses.TryGetValue("force", out var force) && force.Contains(doc.Token(t).Span, doc.TokLemma(t)))
            || doc.TokLemma(t)?.ToLowerInvariant() is "army" or "military";

        /// <summary>The unconsumed event-noun trigger (of no frame) that a verb takes as its object or "to" phrase ("open a
        /// dialogue", "return to talks"), -1 when there is none.</summary>
        private int TakenUpEventNoun(int verb)
        {
            for (int t = verb + 1; t < _e && t < verb + 8; t++)
            {
                if (!ObjOrOblOf(t, verb)) continue;
                int k = TrigAt(t);
                if (k >= 0 && _trigs[k].IsNoun && !_trigs[k].Consumed && _trigs[k].Entry.Frame == FrameKind.None && !_trigs[k].Entry.Has(TriggerFlags.Report))
                    return k;
            }
            return -1;
        }

        /// <summary>True when token t hangs on the verb as its object or an oblique ("open a dialogue", "return to talks").</summary>
        private bool ObjOrOblOf(int t, int verb) =>
            doc.Token(t).Head == verb && doc.Token(t).Relation is { } rel && (rel == "obj" || rel.StartsWith("obl", StringComparison.Ordinal));

        /// <summary>True when the verb's object or prepositional phrase is talks, dialogue, negotiations or the negotiating table.</summary>
        private bool TakenUpTalks(int verb)
        {
            for (int t = verb + 1; t < _e && t < verb + 8; t++)
            {
                // "take part in the talks": the talks hang on "part", the verb's object.
                if (!ObjOrOblOf(t, verb)
                    && !(doc.Token(t).Head is var part && part >= _f && part < _e && doc.TokLemma(part) == "part" && ObjOrOblOf(part, verb)))
                    continue;
                if (doc.TokLemma(t) is "talks" or "talk" or "dialogue" or "dialog" or "negotiation" or "negotiations") return true;
                if (doc.TokLemma(t) == "table" && t > _f && doc.TokLemma(t - 1) is "negotiating" or "negotiation") return true;
            }
            return false;
        }

        /// <summary>Whether a verb coordinated with <paramref name="verb"/> asks for a policy act ("to resume the count and to
        /// publish the results"): the appeal is one for the policy, whichever verb comes first.</summary>
        private bool ConjoinedPolicyVerb(int verb)
        {
            for (int t = verb + 1; t < _e; t++)
                if (doc.Token(t).Head == verb && doc.Token(t).Relation == "conj" && doc.TokUpos(t) == Upos.VERB && TrigAt(t) < 0
                    && doc.TokLemma(t) is { } l && PolicyChangeVerbs.Contains(l))
                    return true;
            return false;
        }

        /// <summary>
        /// Verbs that only start, resume or join the event their object names ("resume talks", "return to dialogue", "come to
        /// the table"): asking for them asks for that event. Verbs of stopping or refusing are not here ("end the talks").
        /// </summary>
        private static readonly HashSet<string> EventJoiningVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "resume", "restart", "return", "reopen", "revive", "restore", "start", "begin", "launch", "hold", "open", "join",
            "enter", "attend", "continue", "pursue", "seek", "engage", "come", "sit",
        };

        /// <summary>Verbs whose complement asks for a policy to stop or change ("to stop the flow of arms").</summary>
        private static readonly HashSet<string> PolicyChangeVerbs = new(StringComparer.OrdinalIgnoreCase)
            {
                "stop", "halt", "cease", "end", "change", "reverse", "abandon", "drop", "scrap", "rethink", "reconsider", "curb",
                // "called on the electoral council to publish the tallies", "urged Congress to adopt the bill", "asked the
                // government to close the border": acts of government asked of it are a policy, whatever their object.
                "publish", "disclose", "declare", "adopt", "enact", "implement", "introduce", "ban", "repeal", "revoke", "postpone", "close",
            };

        /// <summary>Roles of people as individuals, not organisations (no NGO): expelling them deports them.</summary>
        private static readonly string[] PeopleRoles = ["CVL", "REF", "MED", "EDU", "LAB", "AGR", "HLH", "REL", "OPP", "ACT"];

        /// <summary>CAMEO role codes of people outside the state's and armed groups' ranks.</summary>
        private static readonly string[] CivilianRoles = ["CVL", "REF", "MED", "NGO", "EDU", "LAB", "AGR", "HLH", "REL", "OPP"];

        /// <summary>The actor of the noun right before the verb's subject when the verb has no object and that noun is no
        /// argument of it ("officials it accused", "journalists the government detained"), else -1.</summary>
        private int ContactRelativeAntecedent(int verb, int src)
        {
            if (_tree.AnyObject(verb, _ => true)) return -1;
            int subj = -1;
            for (int t = _f; t < verb; t++)
                if (doc.Token(t).Head == verb && doc.Token(t).Relation == "nsubj") { subj = t; break; }
            if (subj < 0) return -1;
            int first = actorOf[subj] >= 0 ? A(actorOf[subj]).Tokens.FirstToken : subj;
            if (actorOf[subj] < 0 && doc.TokUpos(subj) != Upos.PRON) return -1;
            while (first - 1 >= _f && Is(first - 1, Words.Determiner)) first--;
            int before = first - 1;
            if (before < _f || actorOf[before] < 0 || doc.TokUpos(before) is not (Upos.NOUN or Upos.PROPN)) return -1;
            int a = actorOf[before];
            return a != src && !_reporters.Contains(a) && !IsModifier(a) ? a : -1;
        }

        /// <summary>The latest event of <paramref name="src"/> (or of a source of its code) coded in this sentence that is
        /// aimed at other people (an actor, or civilians named only by a role), as its index in the output; -1 when none.</summary>
        private int LastEventOnSomeoneInSentence(int src)
        {
            for (int k = _out.Count - 1; k >= 0 && _out[k].Sentence == _sentence; k--)
            {
                if (_out[k].Source < 0 || (_out[k].Source != src && A(_out[k].Source).Code != A(src).Code)) continue;
                if (_out[k].Target >= 0 ? _out[k].Target != src && A(_out[k].Target).Code != A(src).Code : _out[k].TargetRole == "CVL") return k;
            }
            return -1;
        }

        /// <summary>The target of the latest event the same source did (or, with <paramref name="sameCountry"/>, a source of its
        /// country in this sentence), or -1: the pronoun continues what the source did to it ("Venezuela held a referendum on
        /// annexing it" continues no event of Venezuela's).</summary>
        private int LastTarget(int src, bool sameCountry = false)
        {
            // An event with no source ("a roadside bomb ..., killing four of them") has no earlier act of its own to follow.
            if (src < 0) return -1;
            for (int k = _out.Count - 1; k >= 0; k--)
                if ((_out[k].Source == src || (sameCountry && _out[k].Sentence == _sentence && _out[k].Source >= 0 && A(_out[k].Source).Country is { } home && home == A(src).Country))
                    && _out[k].Target >= 0 && _out[k].Target != src && A(_out[k].Target).Code != A(src).Code) return _out[k].Target;
            return -1;
        }

        /// <summary>Nouns for the seizure of power by force.</summary>
        private static readonly HashSet<string> CoupNouns = new(StringComparer.OrdinalIgnoreCase) { "coup", "takeover", "putsch", "junta" };

        /// <summary>Statements whose content is another event they judge or own: pessimistic (012) and optimistic (013)
        /// comments, claims (015) and denials (016) of responsibility. Their recipient is the other side of that event.</summary>
        private static bool StatementAboutEvent(string code) => code is "012" or "013" or "015" or "016";

        /// <summary>The lexicon's single-word event noun for the token's text ("attack", "deals"), null when none.</summary>
        private TriggerEntry? NounEntryAt(int node)
        {
            foreach (var v in lex.Candidates(W(node)))
                if (v.Entry.Kind == TriggerKind.Noun && v.Words.Length == 1 && W(node).Equals(v.Words[0], StringComparison.OrdinalIgnoreCase))
                    return v.Entry;
            return null;
        }

        /// <summary>Verbs whose participle after a signed agreement states its terms ("committing both sides to a ceasefire").</summary>
        private static readonly HashSet<string> BindingVerbs = new(StringComparer.OrdinalIgnoreCase) { "commit", "oblige", "obligate", "bind", "require" };

        /// <summary>
        /// True when the node is, or lies under, an "-ing" participle of <see cref="BindingVerbs"/> hung on a coded signing
        /// of an agreement (057): "signed a peace deal, committing both countries to withdraw troops from the border".
        /// </summary>
        private bool InTermsOfSignedAgreement(int node, int i)
        {
            for (int cur = node, depth = 0; cur >= _f && cur < _e && depth < 6; depth++)
            {
                var t = doc.Token(cur);
                if (t.Xpos == "VBG" && t.Lemma is { } lemma && BindingVerbs.Contains(lemma) && t.Relation is "advcl" or "acl" or "xcomp" or "conj"
                    && t.Head >= _f && t.Head < _e && TriggerCovering(t.Head, i) is var sk && sk >= 0
                    && _coded.Contains(_trigs[sk].Start) && _trigs[sk].Entry.Cameo == "057") return true;
                cur = t.Head;
            }
            return false;
        }

        /// <summary>True when the node lies inside a noun trigger of this sentence ("annexation", "air strikes"): an act named by
        /// a noun, which a judgement may take as the act it judges.</summary>
        private bool IsEventNounNode(int node) => TriggerCovering(node, -1) is var k && k >= 0 && _trigs[k].IsNoun;

        /// <summary>The trigger other than <paramref name="except"/> whose tokens cover <paramref name="node"/>, or -1.</summary>
        private int TriggerCovering(int node, int except)
        {
            for (int j = 0; j < _trigs.Count; j++)
                if (j != except && node >= _trigs[j].Start && node < _trigs[j].End) return j;
            return -1;
        }

        private bool NextNounTriggerClose(int i)
        {
            var tr = _trigs[i];
            if (i + 1 >= _trigs.Count) return false;
            var nx = _trigs[i + 1];
            if (!nx.IsNoun || nx.Clause != tr.Clause || nx.Start - tr.End > 3) return false;
            for (int t = tr.End; t < nx.Start; t++) if (actorOf[t] >= 0 || IsPunct(t)) return false;
            return true;
        }

        /// <summary>The trigger a framing verb introduces ("threatened to strike", "urged Y to hold talks",
        /// "called for talks"), with the frame's own object actor when there is one.</summary>
        private int FindEmbedded(int i, out int frameObject)
        {
            frameObject = -1;
            var tr = _trigs[i];
            if (i + 1 >= _trigs.Count) return -1;
            var nx = _trigs[i + 1];
            if (nx.Entry.Has(TriggerFlags.Report) || nx.Start - tr.End > 10) return -1;
            // Session 64 (wanted64): "called on Russia and Ukraine to find the courage to negotiate": a verb of finding is a frame
            // of its own (090 only with what it finds), never the act an appeal or demand asks for; the act is read from the
            // tree (TreeEmbedded, which passes over frames).
            if (nx.Entry.Frame == FrameKind.Find && tr.Entry.Frame is FrameKind.Appeal or FrameKind.Demand) return -1;
            // "Russia, which denies it, attacked Ukraine", "Israel, which says it only targets militants, struck a school": a
            // frame in a clause that the next trigger governs (a relative clause or aside on that verb's subject) is not what
            // frames it; the verb is the sentence's own news. Invariant: a framed act never dominates its frame. Only across
            // the aside's closing comma or dash: with none between them, a parse that hangs the frame under the act is more
            // often a mistagged frame verb ("M23 denied carrying out the strike", "denied" read as a name).
            if (_tree.Parsed && PunctuationBetween(tr.End, nx.Start) && Syntax.Attachment.SpanHead(doc, new TokenRange(nx.Start, nx.End)) is var nextNode
                && Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)) is var frameNode && nextNode != frameNode
                && _tree.InSubtreeOf(frameNode, nextNode)) return -1;
            // "denied that its drones had struck": a noun that is the subject of a clause is not the framed event.
            if (nx.IsNoun && ThatBetween(tr.End, nx.Start) && _tree.IsSubject(Syntax.Attachment.SpanHead(doc, new TokenRange(nx.Start, nx.End)))) return -1;
            // "demanded that Venezuela release three citizens", "urged that the parties should resume talks": the actor right
            // after "that" is the addressee and the trigger after it (and a modal) the demanded act, however the tagger read it.
            if (tr.Entry.Frame is FrameKind.Demand or FrameKind.Appeal && IsWord(tr.End, "that"))
            {
                int t = tr.End + 1;
                while (t < nx.Start && Is(t, Words.Determiner)) t++;
                if (t < nx.Start && actorOf[t] >= 0 && !IsModifier(actorOf[t]))
                {
                    int a = actorOf[t];
                    t = A(a).Tokens.EndToken;
                    while (t < nx.Start && (IsWord(t, "should") || IsWord(t, "must") || IsWord(t, "would") || IsWord(t, "immediately"))) t++;
                    if (t == nx.Start) { frameObject = a; return i + 1; }
                }
            }
            // Session 63 (appeal63): "urged allies to send Patriot systems", "called on its partners to speed up deliveries": an
            // event noun right after an appeal or demand that is followed by "to" and a verb is the addressee the act is asked
            // of, not the act asked for; the infinitive is (the tree reading below finds it).
            // The addressee noun is no event of its own either ("asked the summit to extend the mission" holds no summit).
            if (tr.Entry.Frame is FrameKind.Demand or FrameKind.Appeal && AddresseeNounBeforeInfinitive(tr, nx))
            {
                nx.Consumed = true; _trigs[i + 1] = nx;
                return -1;
            }
            bool sawTo = false; int unknown = 0;
            for (int t = tr.End; t < nx.Start; t++)
            {
                int a = actorOf[t];
                if (a >= 0)
                {
                    if (unknown > 0) return -1;
                    if (frameObject < 0 && !IsModifier(a)) frameObject = a;
                    t = A(a).Tokens.EndToken - 1; continue;
                }
                if (IsWord(t, "to")) { if (unknown > 0) return -1; sawTo = true; continue; }
                if (Words.FrameGap.Contains(W(t)) || IsWord(t, "and") || IsWord(t, ",")) { if (unknown > 0) return -1; continue; }
                // Session 64 (wanted64): "agreed on Thursday to exchange intelligence", "appealed to the Houthi authorities in
                // Yemen to free the migrants": the day the frame was said on, and a place phrase ("in"/"at" and a named place or
                // actor) hung on the frame or its addressee, stand between the frame and its "to"-infinitive without being
                // part of the framed act. Invariant: only before the "to" (an infinitive must still follow), and only a day
                // word or a preposition whose next word is an actor or a proper name; "urged Israel in a letter to" stays
                // unread, as its noun is no name.
                if (!sawTo && tr.Entry.Frame != FrameKind.Deny && ToBefore(t, nx.Start) && (Words.FrameDay.Contains(W(t))
                    || ((IsWord(t, "in") || IsWord(t, "at")) && t + 1 < nx.Start && (actorOf[t + 1] >= 0 || doc.TokUpos(t + 1) == Upos.PROPN))))
                {
                    if (unknown > 0) return -1;
                    // the named place itself ("in Yemen", "in Kuala Lumpur") is read past, and is never the addressee
                    if (!Words.FrameDay.Contains(W(t)))
                    {
                        if (actorOf[t + 1] >= 0) t = Math.Min(nx.Start, A(actorOf[t + 1]).Tokens.EndToken) - 1;
                        else while (t + 1 < nx.Start && actorOf[t + 1] < 0 && doc.TokUpos(t + 1) == Upos.PROPN) t++;
                    }
                    continue;
                }
                if (LightEndAt(t) > 0) { t = LightEndAt(t) - 1; continue; }
                // Up to two modifiers directly before an event noun: "for emergency aid".
                if (nx.IsNoun && !IsPunct(t) && ++unknown <= 2) continue;
                return -1;
            }
            // "raised the possibility of suspending talks", "warned of imposing sanctions": a gerund after "of" is the
            // framed act as a "to"-infinitive is.
            bool gerund = !nx.IsNoun && IsWord(nx.Start - 1, "of") && W(nx.Start).EndsWith("ing", StringComparison.Ordinal);
            if (!nx.IsNoun && !sawTo && !gerund && tr.Entry.Frame != FrameKind.Deny) return -1;
            return i + 1;
        }

        /// <summary>Session 64 (wanted64): whether a "to" stands in [<paramref name="from"/>, <paramref name="to"/>): the gap
        /// before a framed act is read past a day or a place only when an infinitive follows, not before a "that" clause
        /// ("denied on Monday that it had sent drones", "warned on Friday that any attack ...") or a gerund.</summary>
        private bool ToBefore(int from, int to)
        {
            for (int k = from; k < to; k++) if (IsWord(k, "to")) return true;
            return false;
        }

        /// <summary>Session 63 (appeal63): true when the noun trigger <paramref name="noun"/> is the addressee of the appeal or
        /// demand verb <paramref name="frame"/> (its object, or its "on"/"upon"/"to" phrase: "urged allies", "called on its
        /// partners") and "to" and a verb follow it: the act asked for is that infinitive, not the addressee. A noun in a
        /// "for" phrase ("appealed for financial assistance to shore up reserves") is what is asked for and stays.</summary>
        private bool AddresseeNounBeforeInfinitive(Trig frame, Trig noun)
        {
            if (frame.IsNoun || !noun.IsNoun || !_tree.Parsed) return false;
            // "to" and a verb right after the noun, or after a short phrase ("urged allies on X to send")
            bool infinitive = false;
            for (int k = noun.End; k + 1 < _e && k <= noun.End + 4 && !infinitive; k++)
            {
                if (IsWord(k, ",") || IsWord(k, ";")) break;
                infinitive = IsWord(k, "to") && doc.TokUpos(k + 1) == Upos.VERB;
            }
            if (!infinitive) return false;
            int frameNode = Syntax.Attachment.SpanHead(doc, new TokenRange(frame.Start, frame.End));
            int node = Syntax.Attachment.SpanHead(doc, new TokenRange(noun.Start, noun.End));
            return doc.Token(node).Head == frameNode && _tree.AddresseeRelation(node);
        }

        /// <summary>Nouns of a legislature or of a majority in one.</summary>
        private static readonly HashSet<string> ChamberNouns = new(StringComparer.OrdinalIgnoreCase)
        { "parliament", "senate", "congress", "house", "assembly", "chamber", "legislature", "council", "majority", "duma", "knesset", "bundestag" };

        /// <summary>True when the "of" phrase at <paramref name="t"/> names a legislature or a majority ("of parliament", "of
        /// the lower house", "of the city council").</summary>
        private bool ControlOfAChamber(int t)
        {
            if (!IsWord(t, "of")) return false;
            for (int k = t + 1; k < _e && k <= t + 5; k++)
            {
                if (ChamberNouns.Contains(W(k).ToString())) return true;
                if (doc.TokUpos(k) is not (Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.PART)) return false;
            }
            return false;
        }

        private bool PunctuationBetween(int from, int to)
        {
            for (int t = from; t < to; t++) if (IsWord(t, ",") || Syntax.ParentheticalDashes.IsDash(W(t))) return true;
            return false;
        }

        private bool ThatBetween(int from, int to)
        {
            for (int t = from; t < to; t++) if (IsWord(t, "that")) return true;
            return false;
        }

        /// <summary>The trigger a framing verb introduces according to the parse ("demanded that France withdraw its
        /// troops": the complement clause's verb, its subject as the frame's addressee), else -1.</summary>
        private int TreeEmbedded(int i, out int frameObject)
        {
            frameObject = -1;
            if (!_tree.Parsed) return -1;
            var tr = _trigs[i];
            int frameNode = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            for (int j = 0; j < _trigs.Count; j++)
            {
                var other = _trigs[j];
                if (j == i || other.Consumed || other.Entry.Has(TriggerFlags.Report) || other.Entry.Frame != FrameKind.None) continue;
                // Session 63 (appeal63): the addressee noun of an appeal, with "to" and a verb after it, is not the act asked
                // for (FindEmbedded).
                if (tr.Entry.Frame is FrameKind.Demand or FrameKind.Appeal && AddresseeNounBeforeInfinitive(tr, other)) continue;
                int node = Syntax.Attachment.SpanHead(doc, new TokenRange(other.Start, other.End));
                if (_tree.Frames(frameNode, node, other.IsNoun, out frameObject)) return j;
            }
            frameObject = -1;
            return -1;
        }

        /// <summary>
        /// "Investigators from the United Nations found evidence that the RSF had carried out ethnic killings", "the OPCW
        /// found that the Syrian air force had dropped chlorine": a finding about a coercive or violent act is an
        /// investigation of its doer (09x by the act's kind: 094 mass violence, 093 military action, 092 repression and
        /// assault, gold/README.md: findings); the found act is coded on its own, as history when told in the pluperfect. A government's finding is an
        /// accusation (112x: "the United States determined that the RSF had committed genocide"). A finding verb with no
        /// such act in its "that" clause or its "evidence" ("found the bodies", "found a solution") is no event.
        /// </summary>
        private void CodeFinding(int i)
        {
            if (!_tree.Parsed) return;
            var tr = _trigs[i];
            int verb = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            int clause = _tree.FindingClause(verb);
            if (clause < 0) return;
            for (int j = 0; j < _trigs.Count; j++)
            {
                var act = _trigs[j];
                if (j == i || act.Consumed || act.Entry.Has(TriggerFlags.Report) || act.Entry.Frame != FrameKind.None) continue;
                if (act.Entry.Root is not ("16" or "17" or "18" or "19" or "20")) continue;
                int node = Syntax.Attachment.SpanHead(doc, new TokenRange(act.Start, act.End));
                if (node != clause && !_tree.InSubtreeOf(node, clause)) continue;
                // "found evidence that Ethiopian troops committed war crimes": war crimes are 094 whatever the act's root.
                string code = InvestigatedKind(act.Start) == "094" ? "094" : act.Entry.Root switch { "20" => "094", "19" => "093", _ => "092" };
                int finder = _tree.VerbSource(verb, out _);
                if (finder >= 0 && A(finder).Code is { } fc && !IsInternationalBody(fc)
                    && A(finder).Country is not null && (fc.Length == 3 || fc.EndsWith("GOV", StringComparison.Ordinal)))
                    code = code switch { "094" => "1124", "093" => "1123", _ => "1122" };
                int doer = _tree.ClauseDoer(clause);
                // The found act keeps its own trigger: told in the pluperfect it is history (background), as gold/README.md
                // keeps it.
                CodePlain(tr, act, code, Modality.Asserted, $"finding:{tr.Entry.Trigger}+{act.Entry.Trigger}→{code}", doer);
                return;
            }
            // "Judges found that the former minister had received bribes", "a jury concluded that the officer had falsified
            // evidence": what a court finds an actor did, when it is no act of force (an investigation, above), is its legal
            // finding against that actor (116, gold/README.md: findings of courts are 116).
            int court = _tree.VerbSource(verb, out _);
            if (court >= 0 && A(court).Code is { } cc && cc.Contains("JUD", StringComparison.Ordinal) && !_tree.IsNegated(verb)
                && !_tree.IsNegated(clause) && _tree.ClauseDoer(clause) is var found && found >= 0 && found != court
                && !A(found).IsModifier && ComplementModality(verb) == Modality.Asserted)
            {
                CodePlain(tr, tr, "116", Modality.Asserted, $"finding:{tr.Entry.Trigger}→116(court)", found);
            }
        }

        private void CodeFramed(Trig frame, Trig inner, int frameObject)
        {
            // "ahead of planned anti-government protests", "during the opposition's planned rally": a protest or an attack that
            // a word inside its own noun phrase names as planned or expected has not happened, and nobody in the sentence is
            // said to plan or threaten it (as for a plain event noun after "planned"); "the party was planning protests" and
            // "plans to hold joint exercises" keep their planner.
            if (inner.IsNoun && frame.End - frame.Start == 1 && frame.End <= inner.Start && inner.Start - frame.End <= 3
                && inner.Entry.Root is "14" or "18" or "19" or "20" && UnrealisedModifier(frame.Start)
                && NounPhraseWordsBetween(frame.End, inner.Start)) return;
            var modality = frame.Entry.Frame switch
            {
                FrameKind.Threat => Modality.Threatened,
                FrameKind.Demand or FrameKind.Appeal => Modality.Demanded,
                FrameKind.Intend => Modality.Intended,
                FrameKind.Deny => Modality.Denied,
                _ => Modality.Asserted,
            };
            // "pledged to deepen military cooperation": a generic phrase refined by the event noun it takes in (062, not 060)
            // is framed with that noun's code, so the frame keeps the kind of act (0312, not 031).
            string code = MapFrame(frame.Entry.Frame, inner.Code, frame.Entry.Cameo);
            // Session 62 (intent62): "agreed to deploy additional air defence systems", "plans to hold naval exercises": a show of
            // force promised, planned or agreed is the posture decided (AnnouncedPosture), not a threat; only a vow (which
            // reads as one: "vowed to send warships") or a condition ("ready to send warships if ...") keeps the threat.
            if (frame.Entry.Frame == FrameKind.Intend && inner.Code.StartsWith("15", StringComparison.Ordinal)
                && frame.Entry.Trigger != "vow" && !ConditionAfter(inner))
                code = AnnouncedPosture(inner.Code, inner.Entry);
            // Session 62 (intent62): "vowed to take the Commission to the European Court of Justice", "pledged to investigate the
            // reports", "vowed to ask the court to reconsider": an appeal, an investigation, a demand, a disapproval or a
            // rejection (02, 09-12) promised has no intent category of its own in CAMEO; it keeps its own code, flagged intended,
            // as "said it would appeal the ruling" already does through the modal (gold/README.md "Verbal categories carry their
            // mode"; eb28099, eb42126, eb46125, eb59119, eb66065, eb76086), not the bare intent to cooperate (030).
            // An investigation only as the promiser's own verb ("pledged to investigate"): an inspection or a joint
            // investigation agreed or offered as a noun ("agree to resume inspections", "offered India a joint investigation")
            // is done with or by the other side, cooperation the intent codes keep (0355, 0313 in the gold: eb25029, eb32014).
            if (frame.Entry.Frame == FrameKind.Intend && code == frame.Entry.Cameo && inner.Code.Length >= 2
                && (inner.Code[..2] is "02" or "10" or "11" or "12" || (inner.Code[..2] == "09" && !inner.IsNoun)))
                code = inner.Code;
            // "agreed to reopen a rail link across their border", "pledged to resume direct flights": reopening a trade or
            // transport link, done, eases a restriction (081), but promised or agreed it is the intent to cooperate
            // economically (0311), as the gold codes every such agreement.
            if (frame.Entry.Frame == FrameKind.Intend && IsReopenedLink(inner.Entry))
                code = "0311";
            // "asked the Security Council to press Israel to withdraw from the hills", "urged China to use its influence to
            // persuade Russia to end the war": the act is asked of a third side, and what the addressee is asked is to bring that
            // side round, diplomatic backing (022, 102), as DemandedContent reads "to press Israel" with no act after it.
            // The same when the pressing verb is itself a trigger of demand ("to press Israel to withdraw").
            if (frame.Entry.Frame is FrameKind.Appeal or FrameKind.Demand && !frame.IsNoun && !inner.IsNoun
                && inner.Entry.Trigger == "press" && inner.Entry.Frame == FrameKind.Demand)
                code = frame.Entry.Frame == FrameKind.Appeal ? "022" : "102";
            else if (frame.Entry.Frame is FrameKind.Appeal or FrameKind.Demand && !frame.IsNoun && !inner.IsNoun && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(inner.Start, inner.End)) is var actNode
                && doc.Token(actNode).Relation is "xcomp" or "ccomp" && doc.Token(actNode).Head is var presser
                && presser >= _f && presser < _e && presser != Syntax.Attachment.SpanHead(doc, new TokenRange(frame.Start, frame.End))
                && doc.TokLemma(presser) is { } pressLemma && TrigAt(presser) < 0 && DemandedContent(presser, pressLemma) == "102")
                code = frame.Entry.Frame == FrameKind.Appeal ? "022" : "102";
            // "agreed on Tuesday to a 30-day humanitarian truce", "agree China-brokered truce": a truce agreed is a truce
            // declared (0871), as the lexicon's "agree to ceasefire" row says when nothing stands between the words; only the
            // truce noun itself ("agreed to stop fighting" stays an intent, 0356), not a promise about an existing one ("agreed to
            // observe the ceasefire": 0356), nor a commitment or pledge, which stays an intent. A truce extended or renewed by
            // agreement is declared anew for the new period (decision 044: "agreed to extend their ceasefire" 0871, as the gold
            // codes it).
            if (frame.Entry.Frame == FrameKind.Intend && !frame.IsNoun && frame.Entry.Trigger == "agree" && _tree.Parsed
                && TruceAgreedByFrame(Syntax.Attachment.SpanHead(doc, new TokenRange(inner.Start, inner.End)),
                    Syntax.Attachment.SpanHead(doc, new TokenRange(frame.Start, frame.End)))
                && inner.IsNoun && inner.Entry.Cameo == "0871")
            {
                code = "0871"; modality = Modality.Asserted;
            }
            // "demanded that France withdraw its ambassador and troops": an act whose demand CAMEO gives no code of its own
            // (a recalled ambassador) may still name one with its other words (withdrawn troops: de-escalation, 1056).
            if (code == frame.Entry.Cameo && frame.Entry.Frame is FrameKind.Demand or FrameKind.Appeal && !inner.IsNoun && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(inner.Start, inner.End)) is var innerVerb
                && doc.TokLemma(innerVerb) is { } innerLemma && DemandedContent(innerVerb, innerLemma) is { } demanded)
                code = frame.Entry.Frame == FrameKind.Appeal ? DemandContent.AppealOf(demanded) : demanded;
            // Session 64 (wanted64): "rejected a UN demand to withdraw from Walikale", "refused to stop the shelling": a refused
            // act whose refusal the lexicon's code leaves bare (120) is refused as what its verb and objects ask for, by the
            // same reading an appeal or demand for it gets (DemandedContent), numbered as CAMEO numbers the refusals
            // (AskedRefusal: 1056 → 1246, 1052 → 1242). Only verbs, and only the bare refusal: a refusal the lexicon or
            // MapFrame named keeps its code.
            else if (code == "120" && frame.Entry.Frame == FrameKind.Reject && !inner.IsNoun && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(inner.Start, inner.End)) is var refusedVerb
                && doc.TokLemma(refusedVerb) is { } refusedLemma && DemandedContent(refusedVerb, refusedLemma) is { } refusedAsk
                && AskedRefusal(refusedAsk) is { } refusedCode)
                code = refusedCode;
            // "urged the army to refrain from attacks on civilians", "demanded that the rebels halt their offensive": an act of
            // force the addressee is asked to hold back takes the frame as an event noun, but what is asked is de-escalation
            // (0256, 1056), not the bare appeal the noun's own root leaves.
            if (code == frame.Entry.Cameo && frame.Entry.Frame is FrameKind.Demand or FrameKind.Appeal && inner.IsNoun && _tree.Parsed
                && inner.Code is { Length: >= 2 } forceCode && forceCode[..2] is "18" or "19" or "20"
                && doc.Token(Syntax.Attachment.SpanHead(doc, new TokenRange(inner.Start, inner.End))).Head is var held && held >= 0
                && doc.TokLemma(held)?.ToLowerInvariant() is "refrain" or "desist" or "halt" or "cease" or "stop" or "end")
                code = frame.Entry.Frame == FrameKind.Appeal ? "0256" : "1056";
            // "appealed to Kenya for armoured vehicles to fight the insurgents": a purpose clause whose act an appeal cannot
            // name (fighting) leaves the bare appeal, but the thing asked for on the appeal verb still names the aid (023k).
            if (code is "020" && frame.Entry.Frame == FrameKind.Appeal && !frame.IsNoun && _tree.Parsed
                && _tree.AidKindOfThing(Syntax.Attachment.SpanHead(doc, new TokenRange(frame.Start, frame.End))) is { } askedKind)
                code = "023" + (askedKind switch { 'H' => "3", 'M' => "2", _ => "1" });
            // "vowed to retaliate against India": a threatened or vowed retaliation names no kind of act, so it is CAMEO's residual
            // threat (130), not a threat of force; told with force ("retaliate militarily", "with missile strikes") it is 138
            // (gold/README.md, session 13).
            if (frame.Entry.Frame is FrameKind.Threat or FrameKind.Intend && !inner.IsNoun && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(inner.Start, inner.End)) is var retaliating
                && doc.TokLemma(retaliating) is { } rl && rl.Equals("retaliate", StringComparison.OrdinalIgnoreCase))
                code = _tree.ResponseWithForce(retaliating) ? "138" : "130";
            // "the union threatened to strike over unpaid wages", "teachers threatened to strike next month": "strike" with
            // nothing struck is a walkout, so the threat is one of protest (133); "threatened to strike American warships"
            // keeps its object and stays a threat of force (1384).
            if (frame.Entry.Frame == FrameKind.Threat && code == "1384" && !inner.IsNoun && inner.Entry.Trigger == "strike" && _tree.Parsed
                && Syntax.Attachment.SpanHead(doc, new TokenRange(inner.Start, inner.End)) is var struck && !_tree.HasObject(struck))
                code = "133";
            // "invited Lula to visit Mexico City", "invited the Uzbek leader to a summit in Astana": an invitation to meet or
            // visit is the inviter's offer to meet (036, CAMEO's "offer ... to meet, visit"); 026 is a third party's call on
            // others to meet each other, which "urged" and "called on" say (decision 024).
            if (code == "026" && frame.Entry.Trigger is "invite" or "invitation") { code = "036"; modality = Modality.Intended; }
            // "a court ordered the mayor jailed pending trial", "the junta ordered the editor detained", "ordered police to arrest
            // the organisers": an order of coercion or of a release is carried out by the authority that gives it, as the
            // lexicon's "order arrest" (173), "order closure" (172) and "order curfew" (1723) rows already say: the ordered act
            // itself, asserted, not a demand (100) made of whoever carries it out. The ordered person is its target; an own
            // force told to carry it out is no target (the act's own object is). Other orders ("ordered the army to fire")
            // stay demand frames, as do orders told as demands ("demanded the release").
            // "ordered the military to heighten its alert against North Korea", "ordered police onto high alert": a show of force
            // (15x) ordered of the source's own force is that force's posture, made by it (decision 023, 8): the ordered force
            // stays the frame's object so that the own-force rule of CodePlain makes it the source.
            bool orderedPosture = inner.Entry.Root == "15" && frameObject >= 0 && A(frameObject).Code is { } force
                && (force.EndsWith("COP", StringComparison.Ordinal) || force.EndsWith("MIL", StringComparison.Ordinal));
            // "ordered the suspension of military aid to Rwanda", "ordered the closure of its embassy in Mexico": an ordered cut
            // in relations named by its noun is made by the authority that orders it, as "order withdrawal" (166) already
            // says (eg0340, eb62004 code such orders as the act); "ordered Rwanda to withdraw its troops" (a verb, told to
            // another) stays a demand.
            if (frame.Entry.Trigger == "order" && !frame.IsNoun && modality == Modality.Demanded
                && (inner.Entry.Root == "17" || orderedPosture || (inner.Code.StartsWith("084", StringComparison.Ordinal) && !OrderedOfCivilOrgan(frameObject))
                    || (inner.Entry.Root == "16" && inner.IsNoun)))
            {
                code = inner.Code;
                modality = Modality.Asserted;
                if (!orderedPosture && frameObject >= 0 && A(frameObject).Code is { } carrier
                    && (carrier.EndsWith("COP", StringComparison.Ordinal) || carrier.EndsWith("MIL", StringComparison.Ordinal) || carrier.EndsWith("JUD", StringComparison.Ordinal)))
                    frameObject = -1;
            }
            // "refused to rule out new sanctions", "declined to rule out a snap election": refusing to exclude an option is
            // considering it (014), as "would not rule out" is (CodePlain), not a refusal (12x).
            if (frame.Entry.Frame == FrameKind.Reject && !frame.IsNoun && !inner.IsNoun && inner.Entry.Trigger == "rule out")
            {
                code = "014"; modality = Modality.Asserted;
            }
            string rule = $"frame:{frame.Entry.Trigger}+{KindName(inner.Entry.Kind)}:{inner.Entry.Trigger}→{code}";
            // "denied that its border guards had opened fire on Kyrgyz villagers": the subject of a denied clause is the
            // denied act's doer, not whom the denial concerns; the act's own target is (gold/README.md, 016).
            if (frame.Entry.Frame == FrameKind.Deny) frameObject = -1;
            int codedBefore = _out.Count;
            CodePlain(frame, inner, code, modality, rule, frameObject);
            // "expressed willingness to cooperate on a new security framework", "signalled readiness to work with the
            // international community": a readiness the speaker voices is its intent to cooperate (030) even when the act it
            // is ready for names no one to do it with and so codes nothing; only the voiced phrases, not "be ready to", which
            // also frames force ("ready to fight").
            if (_out.Count == codedBefore && frame.Entry.Frame == FrameKind.Intend && !frame.IsNoun
                && frame.Entry.Trigger is "express willingness" or "express readiness" or "signal willingness" or "signal readiness")
                CodePlain(frame, frame, frame.Code, Modality.Asserted, null, -1);
        }

        /// <summary>The CAMEO code of an event introduced by a framing verb: "urged X to release" is an appeal for
        /// release (0253), "threatened to strike" a threat of force (138), "vowed to send aid" an intent (033).</summary>
        public static string MapFrame(FrameKind frame, string inner, string frameCode)
        {
            string root = inner.Length >= 2 ? inner[..2] : inner;
            string three = inner.Length >= 3 ? inner[..3] : inner;
            switch (frame)
            {
                // "denied supplying drones": the denial is the event (016), the denied act its content (gold/README.md).
                case FrameKind.Deny: return "016";
                case FrameKind.Appeal:
                case FrameKind.Demand:
                {
                    bool d = frame == FrameKind.Demand;
                    string? c = three switch
                    {
                        "084" => d ? "1053" : "0253",
                        "085" => d ? "1054" : "0254",
                        "087" => d ? "1056" : "0256",
                        "081" => d ? "1051" : "0251",
                        // CAMEO numbers the kinds of reform alike: 083k accede ↔ 024k appeal ↔ 104k demand (k = 1 leadership,
                        // 2 policy, 3 rights, 4 institutions).
                        "083" => inner.Length == 4 && inner[3] is >= '1' and <= '4' ? (d ? "104" : "024") + inner[3] : (d ? "104" : "024"),
                        "082" => d ? "1052" : "0252",
                        "086" => d ? "1055" : "0255",
                        "045" => d ? "108" : "028",
                        // "demanded that Egypt accept mediation": a demand for mediation.
                        "038" => d ? "108" : "028",
                        // "urged the Security Council to impose sanctions on Kigali": asking one side to punish a third is asking
                        // for its policy support (022, 102), not a bare appeal.
                        "163" => d ? "102" : "022",
                        // "urged the president to declare a state of emergency", "asked the government to close the border": a
                        // measure only a government can take, asked of it, is a change of its policy (0242, 1042).
                        "172" or "191" => d ? "1042" : "0242",
                        _ => null,
                    };
                    // "demanded that the IAEA condemn the strikes on its nuclear sites", "urged the council to denounce the
                    // coup": asking one side to condemn or criticise is asking for its diplomatic support (022, 102), as
                    // asking it to punish a third side is (163 above); a bare appeal would lose what is asked.
                    if (c is null && root == "11" && three is "111" or "110") c = d ? "102" : "022";
                    // Session 64 (wanted64): "demanded that Serbia accept the ceasefire" (0356 row), "urged Kabul to agree to share
                    // intelligence" (0314): an intent whose kind CAMEO names is asked for as that kind, by the numbering the
                    // codebook gives alike to intents, appeals and demands (03xk ↔ 02xk ↔ 10xk: 0356 → 1056, 0314 → 0214);
                    // only the bare intent (030) and an offer to mediate (039, whose appeal is 028) are left to the lines below.
                    if (c is null && root == "03" && DemandContent.MirrorOfIntent(inner, d ? "10" : "02") is { } mirrored) c = mirrored;
                    if (c is not null) return c;
                    if (SubCode(inner, d ? "10" : "02") is { } sub) return sub;
                    return root switch
                    {
                        "03" or "04" => d ? "106" : "026",
                        "05" => d ? "102" : "022",
                        "06" => d ? "101" : "021",
                        "07" => d ? "103" : "023",
                        "08" => d ? "105" : "025",
                        "02" or "10" => inner,
                        _ => frameCode,
                    };
                }
                case FrameKind.Intend:
                {
                    switch (three)
                    {
                        case "084": return "0353";
                        case "085": return "0354";
                        case "087": return "0356";
                        case "081": return "0351";
                        case "082": return "0352";
                        case "086": return "0355";
                        case "045": return "039";
                        case "083": return inner.Length == 4 && inner[3] is >= '1' and <= '4' ? "034" + inner[3] : "034";
                        // Session 70 (fam03): "agreed to take in 200 refugees", "offered asylum to the journalist": asylum
                        // promised is coded as asylum granted (075, decision 073); CAMEO has no intent code for it.
                        case "075": return "075";
                    }
                    if (SubCode(inner, "03") is { } sub) return sub;
                    return root switch
                    {
                        "04" => "036",
                        "05" => "032",
                        "06" => "031",
                        "07" => "033",
                        "08" => "035",
                        "03" => inner,
                        "13" or "14" or "15" or "16" or "17" or "18" or "19" or "20" => MapFrame(FrameKind.Threat, inner, "130"),
                        _ => frameCode,
                    };
                }
                // "refused to recognise Kosovo", "refused to release the hostages": the refusal is the event (12x), the
                // refused act its content; CAMEO numbers the refusals as the appeals (021x → 121x, 023x → 122x, 024x → 123x,
                // 025x → 124x, 026 → 125, 027 → 127, 028 → 126) and the acts behind them.
                case FrameKind.Reject:
                {
                    string? c = three switch
                    {
                        "081" => "1241",
                        "082" => "1242",
                        "083" => inner.Length == 4 && inner[3] is >= '1' and <= '4' ? "123" + inner[3] : "123",
                        "084" => "1243",
                        "085" => "1244",
                        "086" => "1245",
                        "087" => "1246",
                        "045" or "038" => "126",
                        _ => null,
                    };
                    if (c is not null) return c;
                    if (inner.Length >= 3 && inner[0] == '0' && inner[1] is '6' or '7' && inner[2] is >= '1' and <= '4')
                        return (inner[1] == '6' ? "121" : "122") + inner[2];
                    // "rejected calls to resign", "rejected demands for a ceasefire": a refused appeal or demand is refused as
                    // what it asks for, by the numbering the comment above gives (024x/104x → 123x, 025x/105x → 124x).
                    if (AskedRefusal(inner) is { } asked) return asked;
                    // Session 64 (wanted64): "refused to accept the ceasefire" (0356 row): a refused intent of a named kind is
                    // refused as that kind, through the demand the codebook numbers alike (0356 → 1056 → 1246, 0311 → 1211).
                    if (root == "03" && DemandContent.MirrorOfIntent(inner, "10") is { } refusedIntent && AskedRefusal(refusedIntent) is { } refusedKind)
                        return refusedKind;
                    return root switch
                    {
                        // "declined on Wednesday to comment on the reports": refusing to state something is declining comment.
                        "01" => "011",
                        "04" or "03" => "125",
                        "06" => "121",
                        "07" => "122",
                        "08" => "124",
                        "12" => inner,
                        _ => frameCode,
                    };
                }
                case FrameKind.Threat:
                    return three switch
                    {
                        "162" => "1311",
                        "163" => "1312",
                        "161" => "1313",
                        "164" => "134",
                        "165" => "135",
                        "166" => "136",
                        // Session 71 (famcoe): "warned it could pull its troops out of Chad", "threatened to withdraw its
                        // peacekeepers": forces withdrawn from another's soil end an international involvement (136), as
                        // the expulsions and withdrawals of 166 do; "threatened to take the ministry to court", "to sue":
                        // a lawsuit threatened is a non-force threat (131), as the codebook's residual for such measures.
                        "087" when inner == "0874" => "136",
                        "115" => "131",
                        "172" => inner.Length == 4 ? "132" + inner[3] : "132",
                        "173" or "174" or "175" => "137",
                        "191" => "1381",
                        "192" => "1382",
                        "204" => "1385",
                        _ => root switch
                        {
                            "13" => inner,
                            "14" => "133",
                            // "warned it would cut gas supplies to Spain": a threat to cut ties of no kind 131x names is
                            // CAMEO's residual non-force threat (131; the codebook's own example cuts off electricity).
                            "16" => "131",
                            // Session 71 (famcoe): "warned it would send warships to escort its tankers", "threatened to deploy
                            // troops to the border": a show of force threatened is a threat of military force (138), as the
                            // codebook's 138 reads; an attack or invasion threatened keeps its own code (1384, by its row).
                            "15" => "138",
                            "18" => "1383",
                            "19" => "1384",
                            "20" => "1385",
                            _ => frameCode,
                        },
                    };
                default: return inner;
            }
        }

        /// <summary>True when the rejecting verb at <paramref name="verb"/> has a call, demand, request, appeal or plea as its
        /// object (or passive subject): what such a noun asks the rejecter to do is what is refused.</summary>
        private bool RejectsCall(int verb)
        {
            for (int t = _f; t < _e; t++)
                if (doc.Token(t).Head == verb && doc.Token(t).Relation is "obj" or "nsubj:pass"
                    && doc.TokLemma(t)?.ToLowerInvariant() is "call" or "demand" or "request" or "appeal" or "plea")
                    return true;
            return false;
        }

        /// <summary>The refusal (12x) of an appeal (02x) or demand (10x), by what it asks: 0211/1011 → 1211, 023x/103x → 122x,
        /// 024x/104x → 123x, 025x/105x → 124x, 026/106 → 125, 027/107 → 127, 028/108 → 126; null for a bare appeal or demand.</summary>
        private static string? AskedRefusal(string inner)
        {
            if (inner.Length < 3 || !(inner[0] == '0' && inner[1] == '2' || inner[0] == '1' && inner[1] == '0')) return null;
            // "dismissed the demand", "rejected a demand by the OAS to publish the results": a demand that names no material
            // or yielding content is one for political change, and its rejection is 123 (as the gold codes it), not a bare 120.
            if (inner == "100") return "123";
            char sub = inner.Length == 4 ? inner[3] : '\0';
            return inner[2] switch
            {
                // Session 64 (wanted64): CAMEO's 121 has all four sub-codes, as 021x and 101x do (1213 judicial, 1214
                // intelligence: data/cameo/cameo-codes.tsv, the codebook), so a refused call for extradition is 1213.
                '1' => sub is >= '1' and <= '4' ? "121" + sub : "121",
                '3' => sub is >= '1' and <= '4' ? "122" + sub : "122",
                '4' => sub is >= '1' and <= '4' ? "123" + sub : "123",
                '5' => sub is >= '1' and <= '6' ? "124" + sub : "124",
                '6' => "125",
                '7' => "127",
                '8' => "126",
                _ => null,
            };
        }

        /// <summary>The four-digit appeal/demand/intent code that mirrors a four-digit material-cooperation or aid
        /// code: 063 extradition → 0213/1013/0313, 072 military aid → 0232/1032/0332; null when none.</summary>
        private static string? SubCode(string inner, string prefix)
        {
            if (inner.Length < 3 || inner[0] != '0' || inner[1] is not ('6' or '7') || inner[2] is < '1' or > '4') return null;
            // CAMEO numbers the sub-kinds alike: 06x → x21x/101x/031x, 07x → 023x/103x/033x.
            char kind = inner[1] == '6' ? '1' : '3';
            return prefix == "10" ? "10" + kind + inner[2] : prefix + kind + inner[2];
        }

        private static string KindName(TriggerKind k) => k switch
        {
            TriggerKind.Verb => "verb", TriggerKind.Noun => "noun", TriggerKind.Phrase => "phrase", _ => "light",
        };

        /// <summary>Codes one event (or two for explicit symmetric pairs). <paramref name="head"/> is the token group
        /// that bears the subject (the frame verb when framed); <paramref name="inner"/> the event trigger.</summary>
        private void CodePlain(Trig head, Trig inner, string code, Modality modality, string? frameRule, int frameObject)
        {
            var entry = inner.Entry;
            int clause = head.Clause;
            string srcHow, tgtHow;
            int headNode = Syntax.Attachment.SpanHead(doc, new TokenRange(head.Start, head.End));
            int penalised = -1, warningHost = -1;
            // "vowed a crushing response to any attack", "threatened military retaliation": a threat of a response with force
            // is a threat of military force.
            if (code == "130" && _tree.Parsed && _tree.ForcefulResponseNoun(inner.Start, inner.End)) code = "138";
            // "warned that failure to comply would have consequences", "warned that any attack would be met with a crushing
            // response": a penalty the addressee would meet is the warner's threat, coded by the penalty (130, 138, 1312).
            if (code == "012" && entry.Trigger == "warn" && head.Entry.Trigger == "warn" && !head.IsNoun && _tree.Parsed
                && _tree.WarnedPenalty(headNode, out int penalisedNode) is { } penalty)
            {
                code = penalty; modality = Modality.Threatened;
                penalised = penalisedNode;
                warningHost = _tree.WarningHostAddressee(headNode);
            }
            // "warned Israel that it would face a crushing response": a warning of a response with force is a threat of it.
            if (code is "012" or "130" && (entry.Trigger == "warn" || head.Entry.Trigger == "warn") && !head.IsNoun && _tree.Parsed
                && _tree.WarnedForcefulResponse(headNode))
            {
                code = "138"; modality = Modality.Threatened;
            }
            // Session 64 (statement64): "warned the group that hell would rain down on it if it did not stop", "warning that
            // Slovakia would cut exports to Ukraine if Kyiv did not ...", "If the talks fail, fighting could spread, diplomats
            // warned": a warning that holds on a condition is no pessimistic comment. With an addressee actor it is a threat
            // to the addressee (130, threatened; a penalty the rows above read keeps its own code); without one the warner's
            // own threat is coded by its own verb, or it is a forecast: no 012 either way.
            if (code == "012" && entry.Trigger == "warn" && head.Entry.Trigger == "warn" && !head.IsNoun && _tree.Parsed
                && (_tree.WarnedOnCondition(headNode) || WarnedOnConditionInWords(head.Start, head.End)))
            {
                if (WarnedAddressee(headNode) < 0) return;
                code = "130"; modality = Modality.Threatened;
            }
            // "UN officials said they fear the disease will spread", "the WHO is worried that cholera could start spreading": a
            // fear of what a disease will do is a forecast about the outbreak, no comment on anyone's acts. A warning is left as
            // it is: warning of a crisis is how agencies appeal for attention (012 with no target).
            if (code == "012" && !head.IsNoun && _tree.Parsed && doc.TokLemma(headNode)?.ToLowerInvariant() is "fear" or "worry" or "worried"
                    or "concerned" or "afraid" && _tree.FearsDisease(headNode))
                return;
            // "pardoned 412 prisoners to mark independence day", "police fired at demonstrators marking the anniversary of last
            // year's protests": an anniversary marked as the occasion of another act is why that act was done, no symbolic act
            // of its own (017); "the two sides marked the tenth anniversary of their accord" still is one, and so is a
            // ceremony, service or parade marking it (CommemorationNouns): such a noun names the symbolic act itself.
            if (code == "017" && entry.Trigger == "mark anniversary" && !head.IsNoun && _tree.Parsed
                && _tree.OccasionHost(headNode) is var occasionHost && occasionHost >= 0
                && doc.TokLemma(occasionHost)?.ToLowerInvariant() is var hostWord
                && (TreeRoles.ProtestOccasionNouns.Contains(hostWord ?? "")
                    || (doc.Token(occasionHost).Upos is Upos.NOUN or Upos.PROPN && !TreeRoles.CommemorationNouns.Contains(hostWord ?? ""))
                    || _trigs.Exists(t => t.Start <= occasionHost && occasionHost < t.End && t.Start != inner.Start)))
                return;
            // "expelled the French ambassador, giving him 72 hours to leave", "broke off relations and gave its diplomats 48 hours
            // to leave": a deadline that goes with an expulsion or a break the sentence tells is that act's own term, no
            // ultimatum of its own (139 stays for a deadline told alone: "gave the aid groups two weeks to ...").
            if (entry.Trigger == "give @span" && _trigs.Exists(t => t.Start != inner.Start && t.Entry.Cameo.StartsWith("16", StringComparison.Ordinal)))
                return;
            // "vowed to respond to the attack": a vowed response is a threat whether or not the sentence names whom it answers,
            // as a warning's is (the "warn" row is notgt).
            if (frameRule == "vow-response→130" && !entry.Has(TriggerFlags.NoTarget)) entry = entry with { Flags = entry.Flags | TriggerFlags.NoTarget };
            // "threatened to retaliate militarily": a threat phrase whose verb of response is told with force.
            if (code == "130" && _tree.Parsed)
                for (int k = inner.Start; k < inner.End; k++)
                    if (doc.TokLemma(k) is { } lk && TreeRoles.RespondVerbs.Contains(lk) && _tree.ResponseWithForce(k)) { code = "138"; break; }
            int src;
            bool passive = false, headlinePassive = false, subjectIsTarget = false;
            int patientSubject = -1;

            // ---- source: from the parse when the sentence has one and it names an actor, else from the surface ----
            int innerNode = Syntax.Attachment.SpanHead(doc, new TokenRange(inner.Start, inner.End));
            // Session 54 (blind72): "overturned the conviction of a columnist": a finding undone is no finding.
            if (UndoneJudicialNoun(inner, innerNode)) return;
            int treeSrc = -1; string treeHow = "";
            string? bomb = null; TokenRange bombWords = default; int bombVerb = -1;
            TokenRange? unnamedAgent = null;
            // "released six detained Americans", "the jailed activists": a participle before its noun describes the noun's
            // state; what put it there is not told as an event of the sentence.
            if (!head.IsNoun && head.Start == inner.Start && head.End - head.Start == 1
                && _tree.IsPrenominalParticiple(headNode, head.Variant is { HeadIsParticiple: true })) return;
            // "Two activists released from prison": a headline's passive without its "was" names no doer (an agentless
            // passive is not coded), and its subject is what was acted on.
            if (!head.IsNoun && head.Start == inner.Start && _tree.IsReducedPassiveHeadline(headNode)) return;
            // "sealed roads ahead of a march by opposition supporters", "in the run-up to a general strike": an event noun
            // after "ahead of" or "in the run-up to" has not happened yet; the sentence tells what was done before it.
            if (head.IsNoun && head.Start == inner.Start && AheadOfNoun(head.Start)) return;
            // "Iran exported 2.6 million tons of goods to Iraq in the period", "exports to Iran fell 52 percent": exports and
            // imports told with a figure are trade statistics, no act between governments.
            if (entry.Trigger is "export" or "import" && TradeFigure(clause)) return;
            // "the loan demonstrates the EU's commitment", "the trial demonstrated that the vaccine works": with an object or a
            // clause "demonstrate" is to show; protesters demonstrate with none ("demonstrated outside parliament").
            if (entry.Trigger is "demonstrate" && !inner.IsNoun && _tree.Parsed
                && (ShownObject(innerNode) || DependentOf(innerNode, "ccomp") >= 0)) return;
            // "Nigeria attacked from the first whistle and beat Cameroon 3-1", "Messi struck twice", "Pakistan's bowlers attacked
            // the stumps": in a report of play a verb of force is a move in the game, and the country named is its team. A
            // sentence that also tells real violence ("fans attacked the team bus") keeps the verb's sense.
            if (code.Length >= 2 && code[..2] is "13" or "15" or "17" or "18" or "19" or "20" && SportPlay()) return;
            // Everyday senses of trigger words ("hearing aids", "backed its profit forecast", "hit with tariffs", "welcomed the
            // vice president to Accra"): see ShallowCoder.Senses.cs.
            if (EverydaySense(head, headNode, inner, innerNode, ref code)) return;
            // "the infected will receive free care": a thing received is no meeting (ShallowCoder.ReceivedThings.cs).
            if (ReceivesAThing(inner, innerNode)) return;
            // "the court handed over its ruling to the parties": a thing handed over is no extradition (ShallowCoder.HandedThings.cs).
            if (HandsOverAThing(inner, innerNode)) return;
            // "admitted that three more patients had contracted the virus": a fact conceded is no responsibility owned
            // (ShallowCoder.AdmittedFacts.cs).
            if (code == "015" && AdmitsAFactNotADeed(inner, innerNode)) return;
            // "the ruling could force the government to call early elections": what a thing may bring about is speculation,
            // no one's act (TreeRoles.ImpersonalSpeculation).
            if (!head.IsNoun && _tree.ImpersonalSpeculation(headNode)) return;
            // "the group said it had carried out the attack": owning an attack already told is a claim of responsibility
            // (015), no second attack (ShallowCoder.ClaimedAttacks.cs).
            if (!head.IsNoun && code.Length >= 2 && code[..2] is "18" or "19" or "20" && ClaimsToldAttack(headNode))
            {
                code = "015";
                if (!entry.Has(TriggerFlags.NoTarget)) entry = entry with { Flags = entry.Flags | TriggerFlags.NoTarget };
            }
            // "The fact that the U.S. expelled 60 diplomats makes one wonder ...": an act presupposed as known fact, argued from.
            if (!head.IsNoun && _tree.InFactClause(headNode)) return;
            // "Demonstrators detained during a march", "Jailed journalist X released from prison, Baku": a photo caption in
            // the body drops the "was" too, and the tagger then reads the participle as a finite verb; with no one named
            // after "by" nobody is the doer (a caption that names one is read below, as a headline's passive is).
            if (!head.IsNoun && head.Start == inner.Start && CaptionPassive(head, headNode, code) && AgentAfterBy(head, out _) < 0) return;
            // "talks with striking nurses", "met striking teachers", "an agreement with striking Tube drivers": "striking" right
            // before workers, teachers or doctors (after any noun compounds naming their trade or firm) says they are on
            // strike; it is no military strike on them (their own strike is told elsewhere).
            if (!inner.IsNoun && inner.End - inner.Start == 1 && IsWord(inner.Start, "striking") && StrikersAfter(inner.End) is var onStrike && onStrike >= 0
                && A(onStrike).Code is { } sc
                && (sc.EndsWith("LAB", StringComparison.Ordinal) || sc.EndsWith("EDU", StringComparison.Ordinal) || sc.EndsWith("HLH", StringComparison.Ordinal)))
                return;
            if (_tree.Parsed)
            {
                treeSrc = head.IsNoun ? _tree.NounSource(headNode, out treeHow) : _tree.VerbSource(headNode, out treeHow);
                // "The 40-page report accuses the army of ...", "a UN report criticised ...": a document that accuses or
                // criticises speaks for its authors (gold/README.md, blind43), named in its own phrase or by the earlier act
                // that made or published it; never the actor nearest before it, which the document is about.
                // (The tree may already give the author, as a modifier of the subject; it is then no mere reporter of the act.)
                if (!head.IsNoun && code[..2] == "11" && _tree.DocumentSubject(headNode, out int author) is var document && document >= 0
                    && (treeSrc < 0 || treeSrc == author))
                {
                    treeSrc = author >= 0 ? author : EarlierActor(-1, doc.TokLemma(document) ?? "");
                    if (treeSrc >= 0) treeHow = author >= 0 ? "tree:document-author" : "tree:document-earlier-author";
                }
                // "vetoed a resolution that would have imposed sanctions": the relative pronoun stands for a thing, not an
                // actor, and no window may lend the clause the main subject.
                // "a roadside bomb killed four soldiers": a bombing whose bombers the sentence does not name.
                if (treeSrc < 0 && !head.IsNoun && _tree.BombOfSubject(headNode, out bombWords) is { } bombCode) bomb = bombCode;
                // Decision 112: "Masked men set fire to a hostel", "Unidentified men abducted a party youth leader", "Arsonists
                // started a fire at a mosque": doers the sentence names only by a description that is no actor role keep the
                // act with an unnamed source, as an agentless bombing does (decision 016). Those named by an attacker role
                // (gunmen, armed men, attackers, assailants) are actors of the role lexicon and never reach here.
                else if (treeSrc < 0 && !head.IsNoun && _tree.UnnamedAgentSubject(headNode) is { } agentWords) unnamedAgent = agentWords;
                // "Clashes between the army and M23 rebels killed 18 people": the sides in a contest noun's "between" phrase
                // fought each other (the noun codes that, both ways); what the contest did is its outcome, no act of one side.
                else if (!head.IsNoun && (_tree.SubjectIsContestBetween(headNode, n => ContestNoun.Contains(W(n))) || ContestBetweenOpens(ClauseStart(clause), head.Start))) return;
                // "sent condolences to Nepal after landslides killed 50 people": a natural hazard right before the verb did the
                // harm, whatever the parser attached it to; no actor of the sentence stands in for it.
                else if (!head.IsNoun && head.Start > _f && NaturalHazards.Contains(W(head.Start - 1))) return;
                // "India-Pakistan border clashes killed five soldiers": the two sides of a pair compound on a contest noun
                // fought each other, as a "between" phrase's do; what the contest did is no act of either side.
                else if (!head.IsNoun && treeSrc >= 0 && PairCompoundOfContest(treeSrc)) return;
                // "refugees in camps threatened by flooding", "warned that 750,000 people could be hit by mudslides": what a force
                // of nature or a disease does to people is no one's act, and a warning of it is a forecast, no threat.
                else if ((!head.IsNoun && _tree.PassiveByNature(headNode)) || (!inner.IsNoun && _tree.PassiveByNature(innerNode))) return;
                // "WHO is investigating an outbreak of an unknown illness": an inquiry into a disease or a disaster looks
                // into nature, no one's conduct; with no actor investigated it is public-health or relief work, not coded.
                else if (code.StartsWith("09", StringComparison.Ordinal) && !inner.IsNoun && _tree.ObjectIsNature(innerNode)) return;
                else if (treeSrc < 0 && treeHow is "tree:relative-antecedent" or TreeRoles.NonActorAgent) return;
                // A reporter is no source, except of what it says it does itself ("Hamas said it would release ...").
                // Nor of what it does beside saying ("the State Department said ... and urged China to stop").
                // Nor of what a relative clause on it says it does ("according to Taliban officials, who accused Islamabad …").
                if (treeSrc >= 0 && _reporters.Contains(treeSrc) && !treeHow.EndsWith("pronoun-antecedent", StringComparison.Ordinal)
                    && treeHow != "tree:relative-antecedent"
                    // Nor of what its document accuses or criticises ("a UN report accused the army of ..."), which it does.
                    && !treeHow.StartsWith("tree:document", StringComparison.Ordinal)
                    // Nor of a visit or talks that set the time of its report ("After talks with Widodo, Albanese said ...").
                    && !treeHow.StartsWith("tree:setting-of", StringComparison.Ordinal)
                    && !(!head.IsNoun && _tree.CoordinatedWithSubjectVerb(headNode, _tree.LastSubjectNode))
                    // Nor of a comma participle of speech on its own reporting verb (", the ministry said, calling on ...").
                    && !(!head.IsNoun && ReporterOwnSpeechParticiple(headNode, treeSrc, code))) treeSrc = -1;
            }
            // Session 67 (fight67): "a car bomb exploded outside a police station", "a roadside bomb tore through a bus carrying
            // police recruits", "a bomb went off in a market": verbs that tell a bombing only of a bomb; with any other subject
            // they tell no attack ("protests exploded", "a fire tore through the market", "the alarm went off").
            if (BombSubjectEntries.Contains(entry.Trigger) && bomb is null) return;
            // "Ukrainian positions came under fire from Russian artillery": the one firing is named after "from" and the
            // subject is the one fired on; with nobody named after "from" no doer is told and nothing is coded.
            if (entry.Has(TriggerFlags.AgentFrom) && head.Start == inner.Start)
            {
                src = AgentAfterFrom(inner);
                if (src < 0) return;
                srcHow = "from-agent";
                // "came under fire from doctors' unions over waiting lists": fire from critics is criticism.
                if (code[..2] == "19" && IsCritic(src)) { code = "111"; srcHow = "from-agent(critic)"; }
                subjectIsTarget = true;
                patientSubject = treeSrc >= 0 ? treeSrc : NearestSourceBefore(head.Start, ClauseStart(clause));
            }
            // Session 58 (blind76): "the government lost a confidence vote in parliament": the legislature after "in" removes
            // the subject; "survived a no-confidence motion tabled by the opposition": the movers after "by" demand its
            // removal (ShallowCoder.ConfidenceVotes.cs).
            else if ((entry.Has(TriggerFlags.AgentIn) || entry.Has(TriggerFlags.AgentBy)) && head.Start == inner.Start)
            {
                src = entry.Has(TriggerFlags.AgentIn) ? LegislatureAfterIn(inner) : AgentAfterBy(inner, out _);
                if (src < 0) return;
                srcHow = entry.Has(TriggerFlags.AgentIn) ? "in-legislature" : "by-agent(undergone phrase)";
                subjectIsTarget = true;
                patientSubject = treeSrc >= 0 ? treeSrc : NearestSourceBefore(head.Start, ClauseStart(clause));
            }
            // "The senator faces a criminal investigation", "Iran risks new sanctions from the EU": the subject of a verb of
            // undergoing is acted on; the doer is named after "from" or "by", and with none named (an agentless act, as
            // agentless passives are) nothing is coded.
            else if (head.IsNoun && head.Start == inner.Start && _tree.Parsed && _tree.Undergone(headNode, out int undergoer))
            {
                src = AgentAfterFrom(inner); srcHow = "from-agent(undergone)";
                if (src < 0) { src = AgentAfterBy(inner, out _); srcHow = "by-agent(undergone)"; }
                if (src < 0) return;
                subjectIsTarget = true;
                patientSubject = undergoer >= 0 ? undergoer : NearestSourceBefore(head.Start, ClauseStart(clause));
            }
            else if (head.IsNoun)
            {
                if (treeSrc >= 0) { src = treeSrc; srcHow = treeHow; }
                // "a bomb blast at a market killed eight people": a bombing noun that harms the object of its verb.
                else if (_tree.BombNounSubject(headNode, out bombWords, out bombVerb) is { } nounBomb && doc.TokLemma(bombVerb) is { } harm
                         && HarmVerbs.Contains(harm))
                {
                    bomb = nounBomb; src = -1; srcHow = "tree:bomb-subject";
                }
                else src = NounSource(head, out srcHow);
            }
            // "Four Somali civilians were killed in a Kenyan air strike", "two soldiers were wounded in a Pakistani rocket
            // attack": a passive harm with no by-agent, told as suffered in an attack whose doer modifies the attack noun,
            // is that doer's attack on the passive subject, coded with the noun's code. (The parser may read "were wounded"
            // as a copula and an adjective, which made the victims the doers; the surface passive counts here.)
            else if (!head.IsNoun && head.Start == inner.Start && entry.Trigger is "kill" or "wound" or "injure" or "maim"
                     && (_tree.Parsed && _tree.IsPassive(headNode) || IsPassive(head)) && AgentAfterBy(head, out _) < 0
                     && AttackInAgent(head, out int attackTrig) is var attacker && attacker >= 0
                     // "At least 12 people were killed in a Russian missile strike on Kharkiv": victims that are no actor
                     // leave the attack noun to be coded on its own (against the place it names), not consumed for nothing.
                     && ((treeSrc >= 0 && treeSrc != attacker) || NearestSourceBefore(head.Start, ClauseStart(clause)) >= 0))
            {
                passive = true; subjectIsTarget = true;
                patientSubject = treeSrc >= 0 && treeSrc != attacker ? treeSrc : NearestSourceBefore(head.Start, ClauseStart(clause));
                src = attacker; srcHow = "attack-in";
                code = _trigs[attackTrig].Code;
                var consumed = _trigs[attackTrig]; consumed.Consumed = true; _trigs[attackTrig] = consumed;
            }
            // "Three police officers were wounded when militants attacked a checkpoint", "two soldiers were killed when rebels
            // ambushed their convoy": a passive harm with no by-agent, told as befalling its subject when someone used force,
            // is that someone's force against the subject, coded with the clause verb's code (the clause's own event, aimed at
            // a place or thing, is consumed). Only victims that are an actor: "twelve people were killed when gunmen opened
            // fire on a market" leaves the clause to be coded on its own.
            else if (!head.IsNoun && head.Start == inner.Start && entry.Trigger is "kill" or "wound" or "injure" or "maim"
                     && _tree.Parsed && (_tree.IsPassive(headNode) || IsPassive(head)) && AgentAfterBy(head, out _) < 0
                     && _tree.WhenClauseDoer(headNode, out int whenVerb) is var whenDoer && whenDoer >= 0
                     && TrigAt(whenVerb) is var whenTrig && whenTrig >= 0 && !_trigs[whenTrig].IsNoun && IsForceCode(_trigs[whenTrig].Code)
                     && (treeSrc >= 0 ? treeSrc : NearestSourceBefore(head.Start, ClauseStart(clause))) is var whenVictims && whenVictims >= 0 && whenVictims != whenDoer)
            {
                passive = true; subjectIsTarget = true;
                patientSubject = whenVictims;
                src = whenDoer; srcHow = "tree:when-clause-doer";
                code = _trigs[whenTrig].Code;
                var consumed = _trigs[whenTrig]; consumed.Consumed = true; _trigs[whenTrig] = consumed;
            }
            // "Opposition Leader Arrested by Police", "General Convicted of War Crimes at UN Tribunal": the parser reads a
            // headline's passive as active; when the headline names the doer, its subject is the one acted on.
            // (One that names no doer keeps the parser's reading for now: coding it agentless, as gold/README.md codes
            // agentless passives, drops many NGEC label events told only in the headline; a decision for the lead.)
            else if ((HeadlinePassive(head) || CaptionPassive(head, headNode, code)) && !(_tree.Parsed ? _tree.IsPassive(headNode) : IsPassive(head))
                     && (AgentAfterBy(head, out _) is var byAgent && byAgent >= 0 ? byAgent : code == "116" ? CourtWhere(head) : -1) is var headlineDoer && headlineDoer >= 0)
            {
                passive = true; headlinePassive = true;
                patientSubject = treeSrc >= 0 ? treeSrc : NearestSourceBefore(head.Start, ClauseStart(clause));
                src = headlineDoer; srcHow = byAgent >= 0 ? "by-agent(headline-passive)" : "court-where(headline-passive)";
            }
            else if (_tree.Parsed ? _tree.IsPassive(headNode) : IsPassive(head))
            {
                passive = true;
                src = treeSrc >= 0 ? treeSrc : AgentAfterBy(head, out _);
                // "was put on high alert after reports of an incursion by Sudan's RSF": the agent of a noun in the verb's
                // phrase of cause is not the verb's.
                if (treeSrc < 0 && src >= 0 && src == _tree.CauseNounAgent(headNode)) src = -1;
                srcHow = treeSrc >= 0 ? treeHow : "by-agent";
                // "was convicted of war crimes at the UN tribunal", "were sentenced before a military court": the court
                // where a conviction or sentence is handed down hands it down.
                if (src < 0 && code == "116" && CourtWhere(head) is var court && court >= 0) { src = court; srcHow = "court-where"; }
                // "A man was arrested and charged with assault, the NYPD said", "... has been charged with murder, according
                // to Chicago police": an arrest or charge told in the passive with no agent, reported by the police or the
                // prosecutors themselves, is theirs: such an organ reports its own act. Only for 173 (other agentless
                // passives stay uncoded, gold/README.md) and only for a reporter that is a police or judicial body.
                if (src < 0 && code.StartsWith("173", StringComparison.Ordinal) && ReportingLawOrgan(new TokenRange(inner.Start, inner.End)) is var organ && organ >= 0)
                { src = organ; srcHow = "reporting-law-organ"; }
                // "The army said 30 militants were killed in the operation", "police said two gang members were shot dead": a
                // harm told in the passive with no agent, reported by a state's force about the armed side it fights, is that
                // force's own act, as an arrest the police report is theirs (above). Only a MIL or COP reporter, and only
                // rebels, militants or gangs as the ones harmed: civilians or soldiers killed may be anyone's victims.
                if (src < 0 && code[..2] is "18" or "19" && ReportingForceAgainst(headNode, new TokenRange(inner.Start, inner.End)) is var force && force >= 0)
                { src = force; srcHow = "reporting-force(own-act)"; }
            }
            else if (treeSrc >= 0)
            {
                src = treeSrc; srcHow = treeHow;
            }
            else if (bomb is not null)
            {
                src = -1; srcHow = "tree:bomb-subject";
            }
            else
            {
                // "after floods killed 300 people", "a bomb blast killed eight people": the tree names a doer that is no actor.
                if (!head.IsNoun && _tree.SubjectIsInanimateCause(headNode)) return;
                // "after a ferry capsized on the river, killing 60 passengers": nor does a participle on such a subject's verb.
                if (!head.IsNoun && _tree.ParticipleOfInanimateCause(headNode)) return;
                // "Two border guards were killed and four wounded when ...", "Five killed in attack": a bare participle right
                // after a count is a passive whose auxiliary is left out; the actor before it is among those harmed, never
                // the doer, so a surface subject would turn the act round. The count is no actor itself: the tagger sometimes
                // reads a capitalised role noun as a number ("Gunmen set fire to ...").
                if (!head.IsNoun && doc.Token(head.Start).Xpos is "VBN" or "JJ" && head.Start > _f && doc.Token(head.Start - 1).Xpos == "CD"
                    && ActorAt(head.Start - 1) < 0) return;
                src = NearestSourceBefore(head.Start, ClauseStart(clause));
                srcHow = "subject-before";
                // "... after tens of thousands rallied to demand early elections": the adverbial clause's own subject names
                // no actor; the actor before it is the main clause's, not this clause's doer, so the act has no source.
                if (!head.IsNoun && _tree.ForeignSubjectStart(headNode) is var ownSubject && ownSubject >= 0
                    && (src < 0 || A(src).Tokens.FirstToken < ownSubject)) return;
                if (src < 0)
                {
                    var cl = _clauses[clause];
                    src = cl.Subject; srcHow = cl.Antecedent >= 0 ? "relative-antecedent" : "inherited-subject";
                }
            }

            // "Israel will pay a heavy price", Iran said: the reporter threatens the phrase's subject. Without a reporter, or
            // told of the past ("investors paid a heavy price"), it is a prediction or a judgement, no threat.
            int threatened = -1;
            if (entry.Has(TriggerFlags.SpeakerThreat) && head.Start == inner.Start)
            {
                if (_attribution < 0 || src < 0 || _attribution == src) return;
                // Session 66 (threat66): "Iran must abandon enrichment or face the consequences," the envoy said: the penalty
                // joined by "or" to an act the subject "must" do is an ultimatum (139), a demand with what follows refusal,
                // as "told X to V or face N" is (session 12); the reporter gives it to the subject.
                bool future = AfterFutureModal(head.Start, ClauseStart(clause));
                bool mustOrPenalty = !future && PenaltyAfterMust(head.Start, ClauseStart(clause));
                if (!future && !mustOrPenalty) return;
                threatened = src; src = _attribution; srcHow = "speaker";
                if (mustOrPenalty) { code = "139"; modality = Modality.Threatened; frameRule ??= $"ultimatum:must+or {entry.Trigger}→139"; }
            }

            // ---- target ----
            // "warned that the People's Liberation Army would crush any attempt at independence": the warner's own side in
            // the threatened clause is its doer, not whom the threat is aimed at; the clause's own target is.
            // Only the clause's subject: "police threatened protesters with arrest" still threatens the protesters.
            if (frameObject >= 0 && src >= 0 && head.Entry.Frame == FrameKind.Threat && head.Start != inner.Start && _tree.Parsed
                && doc.Token(Syntax.Attachment.SpanHead(doc, A(frameObject).Tokens)).Relation is "nsubj" or "nsubj:pass"
                && A(src).Country is { } warnerCountry && A(frameObject).Country == warnerCountry)
                frameObject = -1;
            var targets = new List<int>(2);
            string? treeTargets = null;
            if (_tree.Parsed && frameObject < 0)
                treeTargets = _tree.Targets(passive ? headNode : innerNode, !passive && inner.IsNoun, entry, targets, src, new TokenRange(inner.Start, inner.End));
            if (headlinePassive || subjectIsTarget)
            {
                treeTargets = null;
                targets.Clear();
                if (patientSubject >= 0 && patientSubject != src) targets.Add(patientSubject);
                tgtHow = headlinePassive ? "headline-passive-subject" : "subject";
            }
            else if (treeTargets is not null)
            {
                tgtHow = treeTargets;
                // "hosted Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev": the parser may bury the
                // second of two titled objects in the first one's name; the surface still coordinates them.
                if (treeTargets == "tree:obj" && targets.Count == 1 && targets[0] >= 0 && !IsModifier(targets[0])) AddCoordinated(targets[0], targets);
            }
            // "a protest in Delmas, South Africa, was broken up by police": a passive subject the tree shows to be a protest
            // names the protesters (below), not the actor nearest before it.
            else if (passive && _tree.Parsed && code.StartsWith("175", StringComparison.Ordinal) && _tree.ProtestActedOn(headNode) >= 0)
            {
                tgtHow = "none(protest-subject)";
            }
            else if (passive)
            {
                int patient = NearestSourceBefore(head.Start, ClauseStart(clause));
                if (patient < 0) patient = _clauses[clause].Subject;
                if (patient >= 0) targets.Add(patient);
                tgtHow = "passive-subject";
            }
            else if (frameObject >= 0)
            {
                targets.Add(frameObject); tgtHow = "frame-object";
                AddCoordinated(frameObject, targets);
                // "demanded that Australia and New Zealand increase their aid": the addressee's conjuncts in the tree, which
                // the surface takes for the subject of a new clause because the demanded verb follows them.
                if (_tree.Parsed)
                {
                    var addressees = new List<int>();
                    _tree.Conjuncts(Syntax.Attachment.SpanHead(doc, A(frameObject).Tokens), addressees);
                    foreach (var b in addressees) if (b != src && !targets.Contains(b) && !IsModifier(b) && !_reporters.Contains(b)) targets.Add(b);
                }
            }
            // "recalled its ambassador from Managua ... in protest at the expulsion of Catholic priests", "demanded an
            // explanation from Caracas after Venezuelan soldiers crossed the river": a place in the trigger's own target
            // phrase is whom the act concerns (below), not an actor the surface finds further on.
            else if (_tree.Parsed && TargetPlaceInPhrase(code, innerNode, entry) >= 0)
            {
                tgtHow = "none(place-in-target-phrase)";
            }
            // "claimed responsibility for an ambush on an army patrol", "optimistic about a trade deal with Chile": a
            // statement about another event is aimed at that event's own target, which the tree names after the event
            // noun's prepositions; the surface windows would take any actor nearby.
            else if (_tree.Parsed && StatementAboutEvent(code) && !inner.IsNoun
                     && _tree.ContentEventTarget(innerNode, new TokenRange(inner.Start, inner.End), entry, NounEntryAt, targets, src) is { } contentHow)
            {
                tgtHow = contentHow;
            }
            // "Lavrov told Rubio in a phone call that ...": a call that sets the clause with no "with" phrase of its own is held
            // with the one the clause's verb addresses.
            else if (_tree.Parsed && inner.IsNoun && head.Start == inner.Start && code.StartsWith("041", StringComparison.Ordinal)
                     && _tree.SettingCallAddressee(innerNode, src) is var addressee && addressee >= 0)
            {
                targets.Add(addressee); tgtHow = "tree:setting-call-addressee";
            }
            else
            {
                tgtHow = FindTargets(inner, targets, code.StartsWith("13", StringComparison.Ordinal) || head.Entry.Frame == FrameKind.Threat);
                // Session 63 (coerce63): a seizure of goods may name no owner (notgt, verbs.tsv "seize @haul"), but a seizure
                // coordinated with an act on an actor takes its property ("stormed the UN compound and seized computers").
                if (targets.Count == 0 && _clauses[inner.Clause].Parent >= 0 && (!entry.Has(TriggerFlags.NoTarget) || code is "1711"))
                {
                    int pt = _clauses[_clauses[inner.Clause].Parent].FirstTarget;
                    // Session 56 (coord56): with the parent's target its coordinated actors ("appealed to Armenia and Azerbaijan
                    // to respect the truce and offered Geneva as a venue for talks" offers to both).
                    if (pt >= 0) { targets.Add(pt); AddCoordinated(pt, targets); tgtHow = "inherited-target"; }
                }
            }

            // "Phnom Penh denied that Cambodian troops had laid landmines on the Thai side": a denial is aimed at whom the
            // denied act would have harmed ("denied that its coast guard had rammed a Philippine vessel" CHN → PHL), never at
            // the doer its clause names, who is the denier's own side or the accused.
            if (code == "016" && !head.IsNoun && targets.Count > 0 && _tree.DeniedClause(headNode, out int deniedDoer, out int deniedVictim)
                && deniedDoer >= 0 && targets.Contains(deniedDoer))
            {
                targets.Clear();
                if (deniedVictim >= 0 && deniedVictim != src) targets.Add(deniedVictim);
                tgtHow = "denied-clause-victim";
            }
            // Session 61 (stmt61, decision 082): "rejected claims that Vietnamese fishing boats had entered Indonesian waters",
            // "rejected the claim that officers had spied on reporters": the charge's "that" clause is the denied act, and with
            // no accuser named the denial is aimed at whom that act would have harmed, as for "denied that ...". A target the
            // surface found that is not the clause's doer (an accuser named elsewhere) is kept.
            else if (code == "016" && !head.IsNoun && (targets.Count == 0 || targets.TrueForAll(t => t < 0))
                     && _tree.DeniedChargeContent(headNode, out int chargedDoer, out int chargedVictim)
                     && chargedVictim >= 0 && chargedVictim != src && chargedVictim != chargedDoer)
            {
                targets.Clear(); targets.Add(chargedVictim);
                tgtHow = "denied-charge-victim";
            }
            else if (code == "016" && !head.IsNoun && targets.Count > 0
                     && _tree.DeniedChargeContent(headNode, out int chargedDoer2, out int chargedVictim2)
                     && chargedDoer2 >= 0 && targets.Contains(chargedDoer2))
            {
                targets.Clear();
                if (chargedVictim2 >= 0 && chargedVictim2 != src) targets.Add(chargedVictim2);
                tgtHow = "denied-charge-victim";
            }
            // Session 61 (stmt61, decision 082): "Rwanda denies role in Burundi border clashes", "Hezbollah denied any role in the
            // rocket fire on northern Israel": a denial of any part in an act names the act, not a side it is aimed at; with no
            // accuser named it has no target (decision 063's "names neither", eb20098), whoever the act's own phrase names ("in"
            // after "deny role"; anything after "disown role", a row with no target preposition).
            if (code == "016" && (head.Entry.Trigger is "disown role" or "disavow role"
                || (head.Entry.Trigger is "deny role" or "deny involvement" && tgtHow.StartsWith("tree:in", StringComparison.Ordinal))))
            {
                targets.Clear(); tgtHow = "none(part-denied)";
            }
            if (threatened >= 0)
            {
                targets.Clear(); targets.Add(threatened); tgtHow = "speaker-threat";
                AddCoordinated(threatened, targets);
            }
            // "rejected calls from ASEAN to let aid agencies in": a rejected call, demand or request is rejected of its author,
            // not of an actor inside what it asks for.
            if (!head.IsNoun && _tree.Parsed && (head.Entry.Frame == FrameKind.Reject || head.Entry.Root == "12")
                && _tree.ProposalHolder(headNode, innerNode) is var holder && holder >= 0 && holder != src && !_reporters.Contains(holder))
            {
                targets.Clear(); targets.Add(holder); tgtHow = "tree:proposal-author";
                AddCoordinated(holder, targets);
            }
            // "opened an inquiry into the deaths of protesters shot by police", "is investigating the strike on an aid convoy":
            // an investigation of an act is aimed at its doer, when the act names one, and at no one else (not its victims).
            if (code[..2] == "09" && _tree.Parsed && head.Entry.Frame != FrameKind.Find
                && _tree.InvestigatedAct(innerNode, n => TriggerCovering(n, -1) is var k && k >= 0 && (_trigs[k].IsNoun || k == TriggerCovering(innerNode, -1)), out int doer))
            {
                targets.Clear(); targets.Add(doer >= 0 && doer != src ? doer : -1);
                tgtHow = doer >= 0 ? "tree:investigated-doer" : "none(investigated-act)";
            }
            // Session 66 (target66): "opened an investigation into whether TikTok had broken EU rules", "an inquiry into how the
            // government handled the fires": a conduct told as a clause is investigated in its subject, as an act in its doer.
            if (code[..2] == "09" && _tree.Parsed && head.Entry.Frame != FrameKind.Find && targets.TrueForAll(t => t < 0)
                && _tree.InvestigatedClauseSubject(innerNode) is var probedSubject && probedSubject >= 0 && probedSubject != src
                && !_reporters.Contains(probedSubject) && !IsModifier(probedSubject) && A(probedSubject).Code != A(src).Code)
            {
                targets.Clear(); targets.Add(probedSubject); tgtHow = "tree:investigated-clause-subject";
            }
            // Session 70 (fam08): "is investigating two army officers over the killing of civilians", "the former minister is
            // under investigation by prosecutors": people named as the ones investigated are its target when the act looked
            // into names no doer (InvestigatedPerson).
            if (code[..2] == "09" && _tree.Parsed && head.Entry.Frame != FrameKind.Find && targets.TrueForAll(t => t < 0)
                && InvestigatedPerson(innerNode, src) is var probedPerson && probedPerson >= 0)
            {
                targets.Clear(); targets.Add(probedPerson); tgtHow = "tree:investigated-person";
            }
            // "Nigerian doctors strike over unpaid salaries", "cocoa farmers strike for better prices": workers (labour, teachers,
            // health workers, farmers) who strike with nothing struck are on strike (143), as "striking nurses" are below; no
            // military strike, and the verb names nobody it is against.
            if (!inner.IsNoun && code[..2] == "19" && inner.Entry.Trigger == "strike" && src >= 0 && _tree.Parsed && !_tree.HasObject(innerNode)
                && A(src).Code is { Length: 6 } wc && wc[3..] is "LAB" or "EDU" or "HLH" or "AGR")
            {
                code = "143"; targets.Clear(); tgtHow = "none(labour-strike)";
            }
            // "Nurses in public hospitals began an indefinite strike", "teachers launched a strike over pay": a strike noun of
            // such workers, taken up by a light verb, that names nothing struck (no "on"/"against" target) is their labour
            // strike too ("while covering a teachers' strike" names one, not the news).
            if (inner.IsNoun && code[..2] == "19" && inner.Entry.Trigger == "strike" && src >= 0 && targets.Count == 0 && _tree.Parsed
                && doc.Token(innerNode).Head is var takenUp && takenUp >= 0 && doc.TokLemma(takenUp) is { } tl && StrikeLightVerbs.Contains(tl)
                && A(src).Code is { Length: 6 } nc && nc[3..] is "LAB" or "EDU" or "HLH" or "AGR")
            {
                code = "143"; targets.Add(-1); tgtHow = "none(labour-strike)";
            }
            // "A strike by teachers in public universities entered its third week", "a strike by dockworkers shut the port": a
            // bare strike noun whose "by" phrase names such workers, with nothing struck, is their labour strike as well.
            if (inner.IsNoun && code[..2] == "19" && inner.Entry.Trigger == "strike" && src >= 0 && targets.TrueForAll(t => t < 0)
                && srcHow is "tree:by-agent" or "by-agent"
                && A(src).Code is { Length: 6 } bc && bc[3..] is "LAB" or "EDU" or "HLH" or "AGR")
            {
                code = "143"; targets.Clear(); targets.Add(-1); tgtHow = "none(labour-strike)";
            }
            // "Fishermen began a strike to press New Delhi to act", "truckers blocked roads to pressure the government": a protest
            // that names no one it is against is aimed at whom its purpose clause presses.
            if (code[..2] == "14" && targets.TrueForAll(t => t < 0) && _tree.Parsed
                && _tree.PressedInPurpose(innerNode) is var pressed && pressed >= 0 && pressed != src && !_reporters.Contains(pressed))
            {
                targets.Clear(); targets.Add(pressed); tgtHow = "tree:pressed-in-purpose";
            }
            // "Japan expressed regret over Beijing's decision", "regret at the court's ruling": regret over another actor's
            // act, its doer found as the possessor of what is regretted (by the surface or by the tree), is disapproval (110), not an
            // apology; regret for one's own act, or told to those it wronged ("to the families"), stays 055.
            if (code == "055" && tgtHow is "after-over" or "after-at" or "tree:over" or "tree:at" && targets.Count == 1 && targets[0] >= 0 && targets[0] != src
                && _tree.Parsed && DoerOfAct(targets[0]))
            {
                code = "110"; tgtHow += "(doer-of-regretted-act)";
            }
            // Session 67 (blind85): "handed over a new batch of air defence launchers to Ukraine", "handed over four patrol
            // boats to Libya's coast guard", "handed over tonnes of medicine to the Red Crescent": handing over is an
            // extradition (063) only when what is handed over is a person; a weapon, a military craft or relief handed to
            // another side is aid (072, 073), as the "deliver @weapon" and "hand over @relief" rows code it. The thing is read
            // on the tree, through a noun of quantity ("a batch of", "a shipment of", "tonnes of"), which the rows' word
            // window cannot reach past its modifiers. Invariant: only the bare "hand over" row's 063 changes, and only for an
            // object noun in the weapon, craft or relief class; people, suspects and documents stay 063.
            if (code == "063" && entry.Trigger == "hand over" && !inner.IsNoun && _tree.Parsed && HandedThingCode(innerNode) is { } handedAid)
            {
                code = handedAid;
                // The side the thing goes to is the "to" phrase's, never the thing (read as a role: "fighter jets", MIL).
                if (RecipientAfterTo(inner.End, ClauseEnd(inner.Clause)) is var receiver && receiver >= 0 && receiver != src)
                {
                    targets.Clear(); targets.Add(receiver); tgtHow = "recipient-after-to";
                }
            }
            // "extradited a Venezuelan former spy chief to the United States": the state a person is handed over to is the
            // judicial cooperation's partner, not the person's country (which stands in only when no recipient is named).
            if (code == "063" && !inner.IsNoun && RecipientAfterTo(inner.End, ClauseEnd(inner.Clause)) is var recipient && recipient >= 0 && recipient != src)
            {
                targets.Clear(); targets.Add(recipient); tgtHow = "recipient-after-to";
            }
            // "would file a complaint with the International Court of Justice against Russia", "lodged a complaint with the
            // Supreme Court against the electoral commission": a complaint lodged with a court is a lawsuit (115, the CAMEO
            // codebook's "file civil or criminal lawsuit at domestic or international courts"), brought against whom the
            // "against" phrase names; the court is no target.
            if (code == "114" && (targets.Exists(t => t >= 0 && IsCourt(t)) || CourtAfter(inner.End, ClauseEnd(inner.Clause))))
            {
                code = "115";
                int defendant = -1;
                for (int k = inner.End; k < ClauseEnd(inner.Clause) && k < _e && defendant < 0; k++)
                {
                    if (!IsWord(k, "against")) continue;
                    int n = k + 1;
                    while (Is(n, Words.Determiner)) n++;
                    if (ActorAt(n) is var d && d >= 0 && d != src && !IsCourt(d)) defendant = d;
                    break;
                }
                if (defendant < 0)
                    foreach (var t in targets)
                        if (t >= 0 && t != src && !IsCourt(t)) { defendant = t; break; }
                targets.Clear(); targets.Add(defendant); tgtHow = defendant >= 0 ? "court-complaint-against" : "none(court-complaint)";
            }
            // Session 59 (realnews59): "reversed the conviction of a journalist and released him", "pursued the bandits and
            // killed 11 of them": a pronoun object of a coordinated verb stands for what the earlier verb's object names, even
            // when that verb is no event (TreeRoles.ConjunctObjectAntecedentNode states the invariants). Read before the
            // earlier event's target below, which may lie in another sentence; a role noun with no mention ("an opposition
            // leader") is read with the other role nouns further down. A person handed over (063, "handed him over to German
            // officers") is not the act's target: the recipient found above stays.
            int conjunctAntecedentNode = -1;
            if (frameObject < 0 && !inner.IsNoun && !passive && (targets.Count == 0 || !tgtHow.StartsWith("tree:", StringComparison.Ordinal))
                && tgtHow != "recipient-after-to"
                && _tree.ConjunctObjectAntecedentNode(innerNode) is var anteNode && anteNode >= 0)
            {
                int anteActor = _tree.ActorOfNode(anteNode);
                if (anteActor >= 0 && anteActor != src)
                {
                    targets.Clear(); targets.Add(anteActor); tgtHow = "tree:conjunct-object-antecedent"; conjunctAntecedentNode = anteNode;
                }
                else if (anteActor < 0 && CivilRoleOf(anteNode) is not null)
                {
                    targets.Clear(); tgtHow = "none(conjunct-object-role)"; conjunctAntecedentNode = anteNode;
                }
            }
            // "filed a case against Israel ..., accusing it of genocide in Gaza", "accused a Belarusian diplomat of spying and
            // ordered him to leave": an object pronoun stands for the target of the event told just before it in the sentence,
            // not for an actor the surface finds after it.
            if (frameObject < 0
                && ((!inner.IsNoun && (targets.Count == 0 || !tgtHow.StartsWith("tree:", StringComparison.Ordinal)) && _tree.ObjectPronoun(passive ? -1 : innerNode))
                    // "spoke with Min Aung Hlaing and urged him to extend the truce", "phoned her counterpart and urged her to
                    // release the journalists": the pronoun an appeal is made to is its addressee, whatever the act asked for
                    // is done to.
                    || (head.Entry.Frame == FrameKind.Appeal && !head.IsNoun && headNode != innerNode && _tree.ObjectPronoun(headNode)))
                // "Argentina pulled out of the WHO, with its foreign ministry accusing it of ...": in a participle clause beside
                // the main one a source of the same country speaks for the side that did the main act.
                && conjunctAntecedentNode < 0
                && LastTarget(src, _tree.Parsed && !passive && _tree.ParticipleBesideClause(innerNode)) is var antecedent && antecedent >= 0)
            {
                targets.Clear(); targets.Add(antecedent); tgtHow = "object-pronoun-antecedent";
            }
            // Session 63 (disapprove63): "revoked the registration of 18 aid groups, accusing them of working with the rebels",
            // "gave UN agencies 72 hours to leave, accusing them of spying": when the main clause told no event on anyone for
            // the pronoun to continue, an accusation's or a criticism's object pronoun in a participle beside that clause
            // stands for the actor the main clause acted on (TreeRoles.ParticipleClauseObjectActor).
            else if (frameObject < 0 && conjunctAntecedentNode < 0 && code.StartsWith("11", StringComparison.Ordinal) && !inner.IsNoun && !passive
                && (targets.Count == 0 || !tgtHow.StartsWith("tree:", StringComparison.Ordinal)) && _tree.ObjectPronoun(innerNode)
                && src >= 0 && _tree.ParticipleClauseObjectActor(innerNode) is var clauseObject && clauseObject >= 0 && clauseObject != src
                && A(clauseObject).Code != A(src).Code && !IsModifier(clauseObject))
            {
                targets.Clear(); targets.Add(clauseObject); tgtHow = "participle-pronoun-clause-object";
            }
            // "shut down an independent news outlet and seized its equipment", "banned all parties and seized their assets":
            // property a possessive pronoun gives an owner belongs to whom the same doer acted on just before in the sentence.
            if (targets.Count == 0 && code.StartsWith("171", StringComparison.Ordinal) && !inner.IsNoun && !passive && _tree.ObjectOwnedByPronoun(innerNode))
                for (int k = _out.Count - 1; k >= 0; k--)
                    if (_out[k].Sentence == _sentence && _out[k].Source == src && _out[k].Target >= 0 && _out[k].Target != src)
                    {
                        targets.Add(_out[k].Target); tgtHow = "owner-pronoun-antecedent";
                        break;
                    }
            // Session 54 (blind72): "ordered their release", "ordered his deportation": a possessive pronoun of an act done to
            // a person names whom it is done to (ShallowCoder.Judicial.cs).
            if (targets.Count == 0 && frameObject < 0 && PatientPossessiveTarget(inner, innerNode, src) is var patientOwner && patientOwner >= 0)
            {
                targets.Add(patientOwner); tgtHow = "tree:patient-possessive-antecedent";
            }
            // Session 54 (blind72): "condemned the sentence handed to a blogger by a Cairo court": a judged verdict is aimed at
            // the court that gave it, or at no one, never at the defendant (ShallowCoder.Judicial.cs).
            if (!inner.IsNoun && frameObject < 0 && code.Length >= 3 && (code[..2] is "05" || code is "110" or "111" or "114") && _tree.Parsed
                && VerdictCourt(innerNode, src, out int verdictCourt, out int verdictNoun))
            {
                if (verdictCourt >= 0) { targets.Clear(); targets.Add(verdictCourt); tgtHow = "tree:verdict-court"; }
                else if (targets.RemoveAll(t => t >= 0 && Dominates(verdictNoun, A(t).Tokens.FirstToken)) > 0 && targets.Count == 0)
                {
                    targets.Add(-1); tgtHow = "none(verdict-defendant)";
                }
            }
            // "fired tear gas at the crowd, arrested at least 60 and closed the square", "fired water cannon at the marchers and
            // detained 12 of them": a bare count as the object of a coercive or violent act counts the people the same doer
            // acted on just before in the sentence.
            int countedEarlier = -1;
            if (frameObject < 0 && !inner.IsNoun && !passive && targets.Count == 0 && src >= 0 && code[..2] is "17" or "18" or "19" or "20"
                && _tree.CountedObjectWithoutNoun(innerNode) && LastEventOnSomeoneInSentence(src) is var before && before >= 0)
            {
                // The earlier act's target may be people it counted with no mention ("at thousands of people": civilians).
                targets.Add(_out[before].Target); tgtHow = "counted-object-antecedent";
                countedEarlier = before;
            }
            // "sanctions against Venezuelan officials it accused of rigging the vote", "journalists the government detained": a
            // verb with no object of its own right after a noun and its subject is a relative clause without "that" (the
            // parser often hangs it as a complement); the noun's actor is what the verb acts on.
            if (!inner.IsNoun && targets.Count == 0 && frameObject < 0 && !passive && _tree.Parsed && ContactRelativeAntecedent(innerNode, src) is var rel && rel >= 0)
            {
                targets.Add(rel); tgtHow = "contact-relative-antecedent";
            }
            // "urged its Western partners to speed up deliveries", "called on friendly countries to support its bid": an
            // appeal to a group the sentence names no actor for has no recipient (not one from what it asks for).
            if (head.Entry.Frame == FrameKind.Appeal && !head.IsNoun && frameObject < 0 && head.Entry.Trigger is not ("invite" or "encourage")
                && _tree.UnnamedAddressee(headNode)
                // "congratulated the winner and called on all sides to keep the peace": a coordinated appeal asserted with
                // the subject it shares is as much the sentence's news as the first verb.
                && (MainPredicate(headNode, srcHow) || (srcHow == "tree:inherited-nsubj" && doc.Token(headNode).Relation == "conj")))
            {
                targets.Clear(); targets.Add(-1); tgtHow = "none(unnamed-addressee)";
            }
            // "urged Georgia's governing party to free the protesters, warning that failure to do so would have consequences for
            // the country's path": the threat is aimed at whom the appeal was made to, not at a possessor in the penalty.
            if (warningHost >= 0 && warningHost != src && tgtHow is not ("tree:obj" or "tree:iobj"))
            {
                targets.Clear(); targets.Add(warningHost); tgtHow = "warning-host-addressee";
            }
            // "warned that anyone who attacked police stations would be dealt with firmly": a warning that names no addressee
            // threatens whom its penalty falls on.
            if (penalised >= 0 && code == "137" && (targets.Count == 0 || targets[0] < 0) && _tree.ActorOfNode(penalised) is var sufferer
                && sufferer >= 0 && sufferer != src)
            {
                targets.Clear(); targets.Add(sufferer); tgtHow = "penalised";
            }
            // "the deal will allow for full cooperation between Libya and the EU", "would enable joint patrols": what a permission
            // still to come allows is a prospect weighed, not an event (an event noun that is itself the subject of a modal, "a
            // blockade would disrupt", stays, flagged conditional or possible below).
            if (inner.IsNoun && head.Start == inner.Start && _tree.Parsed && _tree.AllowedByModalPermission(innerNode, n => Is(n, Words.Permit))) return;
            // "talks between X and Y": both sides explicit ("a lasting agreement between X and Y" after a preposition, or "a deal
            // between X and Y could lift exports", is no event of the sentence: TreeRoles.BetweenNounOutsideTheNews).
            if (inner.IsNoun && src < 0 && entry.IsTargetPrep("between") && _tree.Parsed && _tree.BetweenNounOutsideTheNews(innerNode)
                && BetweenAfter(inner, 3, out _) >= 0) return;
            bool pair = false;
            List<int>? betweenRest = null;
            if (inner.IsNoun && src < 0 && entry.IsTargetPrep("between") && BetweenPair(inner, out int p1, out int p2))
            {
                src = p1; targets.Clear(); targets.Add(p2); srcHow = "between"; tgtHow = "between"; pair = true;
            }
            // "Iran-US talks", "the Israel-Hamas ceasefire": a pair compound before the noun names its two sides as "between"
            // does (a side already read as the noun's source, the compound's modifier, is one of them).
            else if (inner.IsNoun && entry.IsTargetPrep("between") && BetweenAfter(inner, 3, out _) < 0 && PairCompoundSides(inner, out int c1, out int c2)
                && (src < 0 || src == c1 || src == c2)
                && !(_tree.Parsed && _tree.BetweenNounOutsideTheNews(innerNode)))
            {
                src = c1; targets.Clear(); targets.Add(c2); srcHow = "pair-compound"; tgtHow = "pair-compound"; pair = true;
            }
            // "talks between Egypt, Qatar, Israel and Hamas": every side of the list pairs with every other, as joint
            // subjects do (the first is the source, the rest its targets and each other's partners).
            else if (inner.IsNoun && src < 0 && entry.IsTargetPrep("between") && BetweenSides(inner, 3) is { Count: > 2 and <= MaxJointSides } sides)
            {
                src = sides[0]; targets.Clear(); srcHow = "between"; tgtHow = "between"; pair = true;
                for (int x = 1; x < sides.Count; x++) targets.Add(sides[x]);
                betweenRest = sides.GetRange(1, sides.Count - 1);
            }
            // "X and Y held talks": joint subject.
            int joint = -1;
            var coordinated = new List<int>(2);
            if (treeSrc >= 0 && treeSrc == src) _tree.CoordinatedSubjects(coordinated);
            if (treeSrc >= 0 && treeSrc == src && treeHow == "tree:relative-antecedent" && !head.IsNoun) _tree.RelativeAntecedentConjuncts(headNode, coordinated);
            // "drew condemnation from Seoul and Tokyo": every actor of the coordinated "from" phrase is a source of the reaction.
            if (treeSrc >= 0 && treeSrc == src && treeHow == "tree:drawn-from" && head.IsNoun) _tree.DrawnFromConjuncts(headNode, coordinated);
            // "Pakistan, Afghanistan agree ceasefire": a headline joins its subjects with a comma.
            if (src >= 0 && coordinated.Count == 0 && doc.Sentence(_sentence).Section == SectionKind.Headline
                && A(src).Tokens.FirstToken is var hs && IsWord(hs - 1, ",") && ActorAt(hs - 2) is var hb && hb >= 0
                && A(hb).Tokens.EndToken == hs - 1 && !IsModifier(hb))
                coordinated.Add(hb);
            // "Japan, Philippines Sign Troop Access Pact": the parser may make the second name an apposition of the first, the
            // source; the name after the comma that ends right before the verb is the other subject.
            if (src >= 0 && coordinated.Count == 0 && doc.Sentence(_sentence).Section == SectionKind.Headline && !head.IsNoun
                && A(src).Tokens.EndToken is var he && IsWord(he, ",") && ActorAt(he + 1) is var ha && ha >= 0
                && A(ha).Tokens.FirstToken == he + 1 && A(ha).Tokens.EndToken == head.Start && !IsModifier(ha))
                coordinated.Add(ha);
            coordinated.Remove(src);
            // "India and Australia said they shared concerns": the pronoun stands for all the reporters, who are then
            // the sources of what they say they do themselves.
            if (!treeHow.EndsWith("pronoun-antecedent", StringComparison.Ordinal)) coordinated.RemoveAll(_reporters.Contains);
            // "Sudan's army and the RSF fought ..., officials said": subjects the parser hung under the reporting verb are the
            // doers' conjuncts, not its reporters (the reporter is the verb's own later subject).
            if (treeSrc >= 0 && treeSrc == src && treeHow == "tree:modified-noun" && !head.IsNoun)
            {
                _tree.FiniteClauseOnConjunctSubjects(headNode, coordinated);
                coordinated.Remove(src);
            }
            // "Turkey and Azerbaijan held joint drills near the border with Armenia": when the tree gives the subjects and
            // no target, a target the surface windows guessed gives way to the joint subjects of a symmetric event.
            if (entry.Has(TriggerFlags.Symmetric) && coordinated.Count > 0 && targets.Count > 0 && treeTargets is null && frameObject < 0 && !passive)
                targets.Clear();
            // "Armenia and Azerbaijan accused each other of ...", "the two sides blamed one another": a reciprocal object
            // makes any event mutual between the coordinated subjects.
            bool reciprocal = !inner.IsNoun && coordinated.Count > 0 && !passive && ReciprocalAt(inner.End);
            if (reciprocal) { targets.Clear(); tgtHow = "none"; }
            // "The presidents of Tajikistan, Kyrgyzstan and Uzbekistan signed an agreement": with three or more joint subjects
            // every pair of them does the symmetric act, each way (gold/README.md, reciprocal verbs); the source pairs with
            // each conjunct below, and the conjuncts pair with each other after it.
            List<int>? jointRest = betweenRest;
            // "Egypt, Qatar and the United States urged both sides to return to the table": the act an appeal or demand asks
            // for is its addressees' to do, not the joint subjects' with each other.
            bool askedOfOthers = head.Start != inner.Start && head.Entry.Frame is FrameKind.Appeal or FrameKind.Demand;
            // "Russia and the United States freed 24 prisoners in a swap": prisoners of no stated nationality, freed by joint
            // subjects, are each side's captives of the other; the release is mutual between the sides, not aimed at the
            // people of the one named nearest.
            if (code == "0841" && coordinated.Count > 0 && targets.Count > 0 && targets.TrueForAll(t => t >= 0 && IsUnqualifiedPrisoners(A(t))))
                targets.Clear();
            // "Azerbaijan and Armenia agreed to exchange prisoners of war", "pledged to free all detainees": the same prisoners
            // as the object of what joint subjects intend or cooperate on (03, 06) are the sides' captives of each other, so
            // the intent is mutual between the sides, not aimed at the prisoners.
            else if (code[..2] is "03" or "06" && Mutual(code) && coordinated.Count > 0 && targets.Count > 0
                && targets.TrueForAll(t => t >= 0 && IsUnqualifiedPrisoners(A(t))))
                targets.Clear();
            // A journey told by a verb ("flew a joint patrol", "travelled together") is not a visit the fellow travellers pay
            // each other: the visited place or host is what the verb names, or no one.
            bool journey = code == "042" && !inner.IsNoun;
            // "Indian and Chinese commanders held talks and agreed to maintain peace": the second verb inherits the first
            // conjunct's target, which for a joint act is the other subject itself. A joint act's conjunct is joint too, so
            // when every inherited target is one of the coordinated subjects the act is read as the subjects' own, each way,
            // below (the pair the first act already set). Invariant: only targets inherited from the parent clause are
            // dropped, and only for an act the joint-subject reading below takes up.
            if (tgtHow == "inherited-target" && coordinated.Count > 0 && targets.Count > 0 && targets.TrueForAll(coordinated.Contains)
                && (entry.Has(TriggerFlags.Symmetric) || (Mutual(code) && !journey && !_tree.ModifiesNoun(headNode))) && !askedOfOthers)
                targets.Clear();
            if ((entry.Has(TriggerFlags.Symmetric) || reciprocal || (Mutual(code) && !journey && !_tree.ModifiesNoun(headNode))) && targets.Count == 0 && coordinated.Count > 0
                && !askedOfOthers)
            {
                joint = coordinated[0]; targets.Add(joint); tgtHow = "joint-subject"; pair = true;
                // Every pair of n sides is n(n-1) events: the convention ("A and B signed" is A → B and B → A) reaches every
                // side of a joint act of up to six ("Argentina, Brazil, Paraguay and Uruguay signed", 12 dyads); a longer
                // list is a roster ("leaders of the 27 EU states met"), where the source pairs with the first conjunct.
                if (coordinated.Count is >= 2 and < MaxJointSides)
                {
                    jointRest = new List<int>();
                    foreach (var b in coordinated)
                        if (b != joint && b >= 0 && !IsModifier(b) && !targets.Contains(b)) { targets.Add(b); jointRest.Add(b); }
                    jointRest.Insert(0, joint);
                }
                coordinated.Clear();
            }
            else if (entry.Has(TriggerFlags.Symmetric) && targets.Count == 0 && src >= 0 && src < doc.Actors.Count && !askedOfOthers)
            {
                // The surface shows what a misparsed tree missed: "Thai and Cambodian forces traded fire", "Congolese
                // troops and M23 rebels fought" (one conjunct right before the other, the verb right after).
                int s0 = A(src).Tokens.FirstToken, s1 = A(src).Tokens.EndToken;
                // "Sudan's army and the RSF fought": the conjunction may stand before the second side's determiner.
                while (s0 - 1 > _f && Is(s0 - 1, Words.Determiner) && IsWord(s0 - 2, "and")) s0--;
                if (IsWord(s0 - 1, "and"))
                {
                    int b = NearestSourceBefore(s0 - 1, Math.Max(_f, s0 - 8));
                    if (b >= 0 && (treeSrc < 0 || A(b).Tokens.EndToken == s0 - 1)) { joint = b; targets.Add(b); tgtHow = "joint-subject"; pair = true; }
                }
                else if (IsWord(s1, "and") && ActorAt(s1 + 1) is var b && b >= 0 && b != src && !_reporters.Contains(b)
                         && A(b).Tokens.EndToken <= head.Start && head.Start - A(b).Tokens.EndToken <= 2)
                {
                    joint = b; targets.Add(b); tgtHow = "joint-subject"; pair = true;
                }
            }

            // "Police in Paris were placed on maximum alert", "troops were deployed to the border": a show of force told in
            // the passive with no agent is made by the force it names (the police or troops as passive subject).
            if (src < 0 && passive && code.StartsWith("15", StringComparison.Ordinal) && targets.Count == 1 && targets[0] >= 0
                && A(targets[0]).Code is { } forceCode
                && (forceCode.EndsWith("MIL", StringComparison.Ordinal) || forceCode.EndsWith("COP", StringComparison.Ordinal)))
            {
                src = targets[0]; targets.Clear(); srcHow = "passive-force"; tgtHow = "none";
                // "Kenya's police were put on high alert after warnings of an attack by al-Shabaab": past the force, the
                // posture is aimed at the next actor of another country the surface names, as in the active voice below.
                int force = src;
                if (_tree.CauseNounAgent(innerNode) is var cause && cause >= 0 && A(cause).Country is { } cc && cc != A(force).Country)
                {
                    targets.Add(cause); tgtHow = "tree:cause-agent,past-force";
                }
                code = ForceCode(code, police: forceCode.EndsWith("COP", StringComparison.Ordinal), showOfForce: true);
            }
            if (src < 0)
            {
                if (bomb is not null && code[..2] is "18" or "19" or "20") CodeAgentlessBombing(head, inner, headNode, bombVerb >= 0 ? bombVerb : innerNode, bomb, bombWords, bombVerb >= 0 ? [] : targets, tgtHow);
                // Only the harm a person does to people or to their property: an assault, an abduction, a killing, an arson.
                else if (unnamedAgent is { } agent && (code[..2] is "18" || code is "181" or "1712" || code == "180"))
                    CodeAgentlessBombing(head, inner, headNode, innerNode, code, agent, targets, tgtHow);
                return;
            }
            // "Russian troops withdrew from the city", "the rebels pulled out of the town": armed forces that leave a place
            // retreat (0874); the same verbs for a state leaving talks, treaties or organisations stay 166.
            // So does their announced withdrawal ("the rebels announced their withdrawal from the villages"), and a state
            // that leaves another country ("Kenya's withdrawal from Somalia", "Kenya announced the withdrawal of its troops
            // from Somalia"): what a state withdraws from a country is its forces.
            if (code == "166" && (entry.Trigger.StartsWith("withdraw", StringComparison.Ordinal) || entry.Trigger.StartsWith("pull out", StringComparison.Ordinal))
                && A(src).Code is { } armed
                && ((armed.EndsWith("MIL", StringComparison.Ordinal) || armed.EndsWith("REB", StringComparison.Ordinal))
                        && targets.TrueForAll(t => t < 0 || t == src || A(t).Code is { Length: 3 })
                    || armed.Length == 3 && A(src).Country is { } leaver && targets.Count > 0
                        && targets.TrueForAll(t => t >= 0 && A(t).Code is { Length: 3 } && A(t).Country is { } left && left != leaver)))
                code = "0874";
            // Session 61 (yield61): "Russian troops pulled back from positions near the plant", "Thai troops pulled back from
            // a disputed temple": an armed force that pulls back yields ground (0874, decision 051, which names "pull back"
            // with a force as subject); a state or a market that "pulled back" keeps the general de-escalation (087).
            if (code == "087" && entry.Trigger.StartsWith("pull back", StringComparison.Ordinal) && !inner.IsNoun
                && A(src).Code is { } puller && (puller.EndsWith("MIL", StringComparison.Ordinal) || puller.EndsWith("REB", StringComparison.Ordinal)))
                code = "0874";
            // "the prime minister quit on Sunday", "Bulgaria's leader quits": quitting with nothing quit is stepping down
            // (0831); "quit the coalition", "quit the talks" stay a withdrawal (166, 164).
            if (code == "166" && entry.Trigger == "quit" && !inner.IsNoun && targets.Count == 0 && _tree.Parsed && !_tree.AnyObject(innerNode, _ => true)
                && !IsWord(inner.End, "as"))
                code = "0831";
            // "the far-right minister quit the government": a member leaving its own government steps down (0831).
            if (code == "166" && entry.Trigger == "quit" && !inner.IsNoun && targets.Count > 0
                && targets.TrueForAll(t => t >= 0 && A(t).Code == A(src).Code && A(t).Code is { } own && own.EndsWith("GOV", StringComparison.Ordinal)))
            {
                code = "0831"; targets.Clear(); targets.Add(-1); tgtHow = "none(own-government)";
            }
            // "Kenyan peacekeepers arrived in Somalia", "UN peacekeepers arrive in Mali": peacekeepers come on no visit (042);
            // the country they arrive in receives their deployment (0861), from whoever the peacekeepers are.
            if (code == "042" && entry.Trigger == "arrive" && !inner.IsNoun && IsPeacekeepers(src) && targets.Count == 1 && targets[0] >= 0
                && A(targets[0]).Code is { Length: 3 } && A(targets[0]).Country != A(src).Country)
            {
                int host = targets[0];
                targets[0] = src; src = host; code = "0861";
                srcHow = "host-of-peacekeepers"; tgtHow = "peacekeepers";
            }
            // "Police raided the offices of a rights group", "police raids on the ethnic community": a raid by the police is a
            // search and seizure (171), not the use of military force that a raid by troops or rebels is (190).
            // Session 63 (fight63): so is a raid by a security service ("the GKNB raided the homes of three journalists").
            if (code == "190" && entry.Trigger == "raid" && A(src).Code is { } raider
                && (raider.EndsWith("COP", StringComparison.Ordinal) || raider.EndsWith("SPY", StringComparison.Ordinal)))
                code = "171";
            // "prosecutors raided the offices of Samsung", "EU antitrust regulators raided tyre makers", "the
            // tax agency raided the phone maker's offices": a raid by prosecutors, regulators or tax and customs officials, state
            // organs that carry no arms, is the search of an investigation (091, as the gold codes prosecutors' raids), no force.
            else if (code == "190" && entry.Trigger == "raid" && A(src).Code is { } searcher && IsInvestigatingOrgan(searcher))
                code = "091";
            // Session 68: "prosecutors searched the offices of two ruling-party factions": the search rows (171) by an organ that
            // carries no arms are an investigation's search (091), as its raid is above.
            else if (code == "171" && entry.Trigger.StartsWith("search ", StringComparison.Ordinal) && A(src).Code is { } prober
                && IsInvestigatingOrgan(prober))
                code = "091";
            // "Israel allowed dozens of aid trucks into northern Gaza", "let relief convoys through": aid that the source lets
            // others bring is humanitarian access granted (0863), not aid the source gives (073).
            if (code[..2] is "07" && inner.IsNoun && _tree.Parsed && _tree.GoverningVerbLemma(innerNode) is "allow" or "let" or "permit")
                code = "0863";
            // "Sudanese refugees arrived in Chad", "thousands of migrants reached Lampedusa": people who flee or move are no
            // delegation on a visit; only officials and bodies visit (042/043).
            if (code is "042" or "043" && src >= 0 && RoleOf(src) is "REF" or "CVL" && !inner.IsNoun)
                return;
            // "Turkish humanitarian aid arrived in Syria", "a Jordanian aid convoy reached Daraa": aid that arrives is the
            // giver's aid (07, coded from the aid noun), no visit by the giver whose adjective it carries.
            if (code is "042" or "043" && !inner.IsNoun && _tree.Parsed && _tree.EventSubject(innerNode) is var arrivingThing && arrivingThing >= 0
                && AidNounAt(arrivingThing))
                return;
            // "flew the men back to the United States", "returned home to Kyiv": a trip back home is no visit (a visit to a
            // region of one's own country is).
            if (code is "042" or "043" && targets.Count > 0 && A(src).Country is { } homeCountry
                && targets.TrueForAll(t => t >= 0 && A(t).Country == homeCountry) && BackHome(inner.End, targets))
                return;
            // "ordered the ambassador to leave the country within 72 hours", "gave two diplomats 48 hours to leave": an order to
            // leave, given to people the sentence names, is their expulsion (166; 174 for people who hold no office, below).
            // Session 72 (read72): so is a deadline to leave ("gave two diplomats 48 hours to leave", "gave UN aid agencies 72
            // hours to leave the country"), which the "give @span" row reads as an ultimatum (139): the tunable gold codes the
            // expulsion by who is sent away (161, 1663), as an order to leave is. A deadline for anything else, or one given to
            // the source's own country's people ("gave the rebels 72 hours to leave the city"), stays 139.
            if ((code == "100" && entry.Trigger is "order" or "give" or "tell"
                    || code == "139" && entry.Trigger == "give @span" && targets.Count > 0 && targets[0] >= 0 && src >= 0
                        && A(targets[0]).Country != A(src).Country)
                && !inner.IsNoun && targets.Count > 0 && targets[0] >= 0
                && OrderedToLeave(head.End, ClauseEnd(clause)))
            {
                code = "166";
                entry = entry with { Trigger = "expel" };
                // Session 57 (blind75): "ordered the inhabitants of three villages to leave within 72 hours", "told residents to
                // leave their homes": an order to leave given to a population (residents, villagers, inhabitants, families)
                // forces it out of where it lives, a mass expulsion (201) as "drove the residents out" and "forced hundreds of
                // families to leave" are, not the deportation of persons (174). Invariant: the order's own object is a
                // population noun; named persons, diplomats and forces keep 174, 161 and 166.
                if (_tree.Parsed && DependentOf(innerNode, "obj") is var ordered && ordered >= 0 && PopulationNoun(ordered)) code = "201";
            }
            // Session 72 (read72): "ordered the French troops out of the country", "Chad orders French forces out": an order out
            // given to a force is its expulsion (166), as "expelled the French troops" is, not the deportation of individuals
            // its bare row codes. Invariant: every target is a force (code ending MIL); persons, refugees and diplomats keep
            // 174 (161 for diplomats, below).
            if (code == "174" && entry.Trigger == "order out" && !inner.IsNoun && targets.Count > 0
                && targets.TrueForAll(t => t >= 0 && A(t).Code is { } fc && fc.EndsWith("MIL", StringComparison.Ordinal)))
                code = "166";
            // "Angola expelled a Portuguese activist", "Russia expelled two American journalists": expelling people who hold no
            // office is deporting individuals (174); expelling diplomats, missions and forces stays 166.
            if (code == "166" && !inner.IsNoun && entry.Trigger is "expel" or "eject" && targets.Count > 0
                && targets.TrueForAll(t => t >= 0 && A(t).Code is { } tc && tc.Length > 3 && PeopleRoles.Any(r => tc.EndsWith(r, StringComparison.Ordinal))))
                code = "174";
            // Session 66 (civic66, decision 115): "ministers from Greece, Italy and Malta were ordered to leave Benghazi", "expelled
            // the UN's resident coordinator", "ordered Chevron's staff to leave": persons expelled or ordered out are individuals
            // deported (174) whatever office they hold or body they work for; only a force, a mission or an agency as a whole
            // is withdrawn or expelled (166; 1661-1663 for peacekeepers, monitors and aid agencies, whose staff as a whole keep
            // that sub-code). Diplomats become 161 below. Invariant: every target's own words (or the noun it hangs on) name a
            // person or a firm's staff; a bare country, body or force keeps 166.
            else if (code == "166" && !inner.IsNoun && entry.Trigger is "expel" or "eject" && targets.Count > 0
                && targets.TrueForAll(t => t >= 0 && ExpelledPersons(t) is { } kind
                    && (kind == ExpelledPeople.Persons || (_tree.ExpelledKind(innerNode) ?? (headNode != innerNode ? _tree.ExpelledKind(headNode) : null)) is null)))
                code = "174";
            // "The governor ordered police to the city centre", "ordered troops into the mountains of Antioquia": an order that
            // only moves the source's own troops or police to a place is their deployment (154, 153 for police), as "ordered
            // the deployment of troops" is, not a demand made of them. An order of an act stays a demand frame ("ordered the
            // army to fire on protesters"), one to others' forces an expulsion ("ordered French troops to leave").
            if (code == "100" && entry.Trigger == "order" && !inner.IsNoun && frameRule is null && targets.Count == 1 && targets[0] >= 0
                && SameSideForce(src, targets[0]) && _tree.Parsed && _tree.SendsObjectToAPlace(innerNode, doc.Places))
            {
                // A deployment needs no target, as the lexicon's "deploy" and "order deployment" rows say (notgt). A commander's
                // own force ("the military governor ordered two battalions into Djugu": MIL and MIL) is no other actor either.
                if (!OwnForce(src, targets[0])) { targets[0] = -1; tgtHow = "none"; }
                code = "154";
                entry = entry with { Trigger = "deploy", Flags = entry.Flags | TriggerFlags.NoTarget };
            }
            // "Brazil sent 500 troops to its border with Venezuela", "sent soldiers to the frontier": troops a country sends to
            // its own border are no military protection given to anyone (074) but a show of force at the border (154), aimed
            // past the force at the country across it when the sentence names one (decision 018).
            if (code == "074" && !inner.IsNoun && targets.Count == 1 && targets[0] >= 0 && OwnForce(src, targets[0]) && _tree.Parsed
                && _tree.SentToOwnBorder(innerNode))
                code = "154";
            // "Mexico sent 600 more soldiers to Culiacan", "sent police to the Rift Valley": troops or police a country sends to
            // a place of its own are deployed there (154, 153 for police below), no protection given to another actor; a
            // deployment needs no target (the "deploy" row is notgt).
            if (code == "074" && !inner.IsNoun && src >= 0 && _tree.Parsed && OwnForceIn(src, inner) is var sent && sent >= 0
                && _tree.SentToPlaceCountry(innerNode, doc.Places) is { } sentTo && sentTo == A(src).Country)
            {
                code = "154";
                targets.Clear(); targets.Add(sent);
                entry = entry with { Trigger = "deploy", Flags = entry.Flags | TriggerFlags.NoTarget };
            }
            // "The army sent 600 more troops to the area", "Kenya sent 200 police officers to the region": troops or police sent
            // by their own force or country to ground the sentence names by a common noun only are deployed there (154, 153
            // for police), as when the place is named in their own country above; with no recipient named, sending troops is
            // no protection given to anyone (074 needs its recipient). A deployment needs no target (the "deploy" row is notgt).
            if (code == "074" && !inner.IsNoun && src >= 0 && _tree.Parsed && SameSideForceIn(src, inner) is var moved && moved >= 0
                && _tree.SentToGround(innerNode, doc.Places))
            {
                code = "154";
                targets.Clear();
                if (OwnForce(src, moved)) targets.Add(moved);
                else { targets.Add(-1); tgtHow = "none"; }
                entry = entry with { Trigger = "deploy", Flags = entry.Flags | TriggerFlags.NoTarget };
            }
            // "Hundreds of police officers arrived in Quito", "Nigerian troops flew to Monrovia": troops or police that
            // arrive or fly somewhere are deployed there (154, 153 for police), not on a visit (042), which is a delegation's or a
            // leader's. Only when the subject's head noun is the moved force (ArrivingForce): "army chiefs arrived in
            // Beijing for talks" names officials of a force, who visit. Their own country is no target ("police from
            // other states arrived in Berlin"); a deployment needs none (the "deploy" row is notgt).
            if (code == "042" && entry.Trigger is "arrive" or "fly" && !pair && src >= 0 && A(src).Code is { } arriving
                && (arriving.EndsWith("MIL", StringComparison.Ordinal) || arriving.EndsWith("COP", StringComparison.Ordinal))
                && ArrivingForce(A(src).Tokens) is { } movedForce)
            {
                code = movedForce == "COP" ? "153" : "154";
                int force = src;
                targets.RemoveAll(t => t >= 0 && (A(t).Country is null || A(t).Country == A(force).Country));
                if (targets.Count == 0) { targets.Add(-1); tgtHow = "none"; }
                entry = entry with { Trigger = "deploy", Flags = entry.Flags | TriggerFlags.NoTarget };
            }
            // "Brazil deployed police officers in Rio", "India raised the alert level of its forces": a show of force is
            // made by the force itself; the country's own troops or police are its source, not its target, and police
            // mobilise or go on alert under the police codes (151, 153), troops under the military ones (152, 154).
            if (code.StartsWith("15", StringComparison.Ordinal) && targets.Count == 1 && !pair && OwnForce(src, targets[0]))
            {
                src = targets[0]; targets.Clear(); srcHow += ",force"; tgtHow = "none";
                // "Pakistan put its troops on high alert after India's missile strikes": past the force, the posture is
                // aimed at the next actor of another country the surface names, as a reaction with no patient is.
                int force = src;
                // "ordered the army to raise its alert against possible attacks by North Korea": the tree's phrase on the act
                // itself ("against" X, or whom the thing it is against comes from) first; the surface stops at a "by".
                string found = "none";
                if (_tree.Parsed && innerNode >= 0 && !inner.IsNoun
                    && _tree.Targets(innerNode, false, entry, targets, force, new TokenRange(inner.Start, inner.End)) is { } treeFound)
                    found = treeFound;
                // Only an actor of a known other country is aimed at (the force itself and its own side share its country).
                targets.RemoveAll(t => !OtherCountry(t));
                if (targets.Count == 0) found = FindTargets(inner, targets, false, a => a == force || OwnForce(force, a));
                targets.RemoveAll(t => !OtherCountry(t));
                if (targets.Count > 0) tgtHow = found + ",past-force";
                code = ForceCode(code, police: A(src).Code!.EndsWith("COP", StringComparison.Ordinal));

                bool OtherCountry(int t) => t >= 0 && A(t).Country is { } c && c != A(force).Country;
            }
            // "Kenyan police deployed thousands of officers", "police went on high alert": a force that is itself the subject
            // mobilises or goes on alert under its own codes, police under 151/153 and troops under 152/154 (decision 005).
            else if (code is "151" or "152" or "153" or "154" && A(src).Code is { } forceSrc
                     && (forceSrc.EndsWith("COP", StringComparison.Ordinal) || forceSrc.EndsWith("MIL", StringComparison.Ordinal)))
            {
                code = ForceCode(code, police: forceSrc.EndsWith("COP", StringComparison.Ordinal));
            }
            // "the junta suspended the BBC and Voice of America", "suspended the broadcasts of two French radio stations": a
            // reduction of relations (160) with a broadcaster or newspaper is a restriction on the press, which CAMEO codes
            // under political freedoms (1721: "restrictions on media ... are coded here").
            if (code == "160" && targets.Count > 0 && targets.TrueForAll(t => t >= 0 && A(t).Code is { } mc && mc.EndsWith("MED", StringComparison.Ordinal)))
                code = "1721";
            // "refused to send its own soldiers", "will send their troops to Mali": the source's own forces, named as
            // theirs, are what it acts with, not what it acts on.
            // "denied that its warships had entered Japanese waters": once the source's own forces are set aside, the target
            // is the next actor the surface names.
            if (targets.RemoveAll(t => t >= 0 && OwnForce(src, t) && PossessedBySource(t)) > 0 && targets.Count == 0)
            {
                int source = src;
                tgtHow = FindTargets(inner, targets, code.StartsWith("13", StringComparison.Ordinal) || head.Entry.Frame == FrameKind.Threat,
                    a => OwnForce(source, a) && PossessedBySource(a)) + ",past-own-force";
            }
            // "Russia's army pulled back troops": an object with the source's own code is not a target, and an
            // event that needs none is still coded (Emit would drop it as a self-event).
            // Session 66 (realnews66): not when the target is the subject the act is suffered by ("The government has come
            // under fire from officials in a town", "came in for criticism from its own ministers"): the subject is the
            // one criticised, not an object the act may do without, so the same code on both sides is a self-dyad and
            // the event is dropped as every self-dyad is, rather than kept as a criticism of no one.
            if (entry.Has(TriggerFlags.NoTarget) && !subjectIsTarget)
            {
                targets.RemoveAll(t => t >= 0 && string.Equals(A(t).Code, A(src).Code, StringComparison.Ordinal));
                // "Thailand and Cambodia agreed to pull back troops", "both countries agreed to withdraw their forces": troops
                // of any of the coordinated doers are their own, whichever of them the bare role took its country from.
                // A force with no country at all ("both sides will withdraw troops") is theirs too.
                if (coordinated.Count > 0)
                    targets.RemoveAll(t => t >= 0 && A(t).Code is { } tc && (tc.EndsWith("MIL", StringComparison.Ordinal) || tc.EndsWith("COP", StringComparison.Ordinal))
                        && (A(t).Country is null || A(t).Country == A(src).Country || OfACoordinatedSide(t, coordinated)));
            }
            // "Indian and Chinese commanders agreed to pull back troops": once the source's own troops are set aside, a
            // mutual event of coordinated subjects is aimed at each other, as it is when the tree names no target at all.
            if (targets.Count == 0 && coordinated.Count > 0 && !pair && Mutual(code) && !journey && !_tree.ModifiesNoun(headNode))
            {
                joint = coordinated[0]; targets.Add(joint); tgtHow = "joint-subject(past-own-force)"; pair = true;
                coordinated.Clear();
            }
            if (_clauses[clause].FirstTarget < 0 && targets.Count > 0)
            {
                var cl = _clauses[clause]; cl.FirstTarget = targets[0]; _clauses[clause] = cl;
            }
            // "visited Mexico City", "a state visit to Washington": the host of a visit is the country of the place.
            int hostPlace = -1;
            // "recalled its ambassador from Phnom Penh": the relation reduced is with the country of the place.
            // "reopened its embassy in Damascus": so is the relation restored (054) where a mission reopens.
            if (targets.Count == 0 && (code.StartsWith("04", StringComparison.Ordinal) || code.StartsWith("16", StringComparison.Ordinal) || code == "054") && _tree.Parsed)
            {
                hostPlace = _tree.VisitedPlace(innerNode, doc.Places, inner.Entry);
                if (hostPlace < 0 && headNode != innerNode) hostPlace = _tree.VisitedPlace(headNode, doc.Places, head.Entry);
                if (hostPlace >= 0)
                {
                    // "arrived in Addis Ababa for talks with Ethiopia's prime minister": a host the sentence names
                    // (the country's government or one of its people) is the target, else the country.
                    // A mission recalled from or reopened in a capital has no host: the relation is with the country, whatever
                    // organ of it the sentence names elsewhere ("recalled its ambassador from Managua over the jailing of a
                    // journalist who had criticised President Ortega" NIC, gold/README: a capital after "from" is the country).
                    int host = code.StartsWith("04", StringComparison.Ordinal) && doc.Places[hostPlace].Place?.Country is { } hc ? HostActor(hc, src) : -1;
                    if (host >= 0) { targets.Add(host); tgtHow = "tree:visited-place-host"; hostPlace = -1; }
                    else { targets.Add(-1); tgtHow = "tree:visited-place"; }
                }
            }
            // "allowed IAEA inspectors", "expelled Russian diplomats": a phrase trigger that spans an actor names its
            // target inside itself when nothing else does (not the source's own side: "reaffirmed Turkey's backing").
            string? aidPlace = null;
            // "will close the US consulate in St Petersburg", "shut the Turkish embassy in Vienna": a place of the source's own
            // country after the phrase says where the mission is, while the mission's owner inside the phrase is whom the act
            // is aimed at; the place would make a self-dyad and lose the event.
            List<int>? ownPlaceTargets = null;
            if (targets.Count > 0 && inner.End - inner.Start > 1 && src >= 0 && A(src).Country is { } ownCountry
                && targets.TrueForAll(t => t >= 0 ? A(t).Country == ownCountry && A(t).Code == ownCountry
                    : hostPlace >= 0 && doc.Places[hostPlace].Place?.Country == ownCountry))
            {
                ownPlaceTargets = new List<int>(targets);
                targets.Clear();
            }
            if (targets.Count == 0 && inner.End - inner.Start > 1)
                for (int k = inner.Start + 1; k < inner.End; k++)
                    if (actorOf[k] is var a && a >= 0 && a != src && !_reporters.Contains(a) && !TreeRoles.Refines(A(src), A(a)) && !OwnForce(src, a)
                        && A(a).Code is { } ac && A(src).Code is { } sc0 && !sc0.StartsWith(ac, StringComparison.Ordinal)
                        // "Germany reopened its embassy in Damascus": the source's own mission is no target; the place is.
                        && !(A(a).Country is { } missionCountry && missionCountry == A(src).Country && IsOwnMission(a))
                        // "challenge the result in the Supreme Court": the court a case is brought before hears it; it is
                        // not whom the case is brought against.
                        && !(code.StartsWith("115", StringComparison.Ordinal) && RoleOf(a) == "JUD"))
                    {
                        // "sent additional doctors", "flew in rescue teams": the people an aid phrase sends are the aid, not
                        // its recipient. A country the context gave them (the place they are sent to, the article's country)
                        // is the recipient when it is not the giver's own.
                        if (code.StartsWith("07", StringComparison.Ordinal) && A(a).CountryFromContext)
                        {
                            if (A(a).Country is { } received && received != A(src).Country) { aidPlace = received; tgtHow = "inside-phrase-aid-place"; }
                            break;
                        }
                        targets.Add(a); tgtHow = "inside-phrase";
                        // "offered to host Iran-US talks": both sides of a pair compound inside the phrase are its targets.
                        if (IsPairCompoundFirst(a) && a + 1 != src) targets.Add(a + 1);
                        break;
                    }
            if (ownPlaceTargets is not null)
            {
                if (targets.Count == 0 && aidPlace is null) targets.AddRange(ownPlaceTargets);
                else { hostPlace = -1; }
            }
            // "called for a ceasefire in Sudan", "demanded free elections in Venezuela": an appeal or demand with no
            // addressee is aimed at the country where the event it asks for would take place.
            string? targetCountry = aidPlace;
            string? targetRole = null;
            // "expressed sympathy to the people of Mozambique", "sent condolences to the people of Vanuatu": empathy with a
            // nation's people as a whole is addressed to the country (its bare code, as eb21074 and eb48008 code it), not to
            // civilians as a role; victims named as such ("the families of three soldiers") stay civilians. So are thanks,
            // praise, apologies and pledges ("thanked the people of Japan", "apologised to the people of Namibia", eb67007,
            // eb67083): every verbal or diplomatic act (roots 01-05) told to a nation's people is told to the nation. Aid
            // handed to them and force used against them (07, 18-20) still reach its civilians.
            if (code.Length >= 2 && code[..2] is "01" or "02" or "03" or "04" or "05" && targets.Count == 1 && targets[0] >= 0 && A(targets[0]) is { Country: { } nation } nationsPeople
                && nationsPeople.Code == nation + "CVL" && W(nationsPeople.Tokens.FirstToken) is var first
                && (first.Equals("people", StringComparison.OrdinalIgnoreCase) || first.Equals("nation", StringComparison.OrdinalIgnoreCase)))
            {
                targets[0] = -1; targetCountry = nation; tgtHow += ",nation's-people";
            }
            // People counted with no mention in the earlier act a bare count refers back to (above): its civilians.
            if (countedEarlier >= 0 && targets.Count == 1 && targets[0] < 0)
            {
                targetCountry = _out[countedEarlier].TargetCountry; targetRole = _out[countedEarlier].TargetRole;
            }
            if (aidPlace is not null) targets.Add(-1);
            // "sent aid to the quake zone in Turkey", "deployed medical teams to the flooded areas of Sindh": aid sent to a place
            // that holds no actor is received by the place's country, when that is not the giver's own.
            else if (targets.Count == 0 && code.StartsWith("07", StringComparison.Ordinal) && !inner.IsNoun && _tree.Parsed
                && _tree.AidDestinationCountry(innerNode, doc.Places) is { } destination && destination != A(src).Country)
            {
                targets.Add(-1); targetCountry = destination; tgtHow = "tree:aid-destination";
                // "sent air defence systems to Kyiv": a capital that receives stands for its government (gold/README.md, metonymy).
                if (_tree.DestinationCapital(innerNode, doc.Places) == destination) { targetRole = "GOV"; tgtHow += "(capital)"; }
            }
            // "Gunmen killed at least 30 people in Plateau state": people counted as victims of violence are civilians of
            // the country where it happened (else of the doer's), as the gold codes them (XXXCVL). So are people counted as
            // the detained, expelled or repressed ("Police detained more than 200 people at a protest in Moscow").
            // (Only for a doer the tree names: "the earthquake, which killed 300 people" has none.)
            // So are people counted as the passive's subject ("Around 70 people were detained by police").
            // "detained three men who tried to storm parliament": an actor the fallback took from after the trigger that sits
            // inside the counted people's own phrase (a relative clause on them) is not whom the act is aimed at; they are.
            // Nor is one it took beyond them, from a later phrase ("arrested three people on Friday on suspicion of spying for
            // China", "shot dead 12 people in an operation against Boko Haram"): the counted object is the target.
            bool afterInsideCounted = targets.Count == 1 && targets[0] >= 0 && tgtHow == "after" && _tree.Parsed
                && _tree.CountedPeopleObjectNode(innerNode) is var countedNode && countedNode >= 0
                && (_tree.InSubtree(A(targets[0]).Tokens.FirstToken, countedNode) || countedNode < A(targets[0]).Tokens.FirstToken);
            // Session 61 (dis61): so are people counted as those a court convicts or sentences ("a court sentenced 17 young men to
            // prison", "convicted three Egyptian men of smuggling"): a finding of guilt (116) against people only counted is
            // against civilians, as the arrest before it is (173).
            if ((afterInsideCounted || targets.TrueForAll(t => t >= 0 && A(t).IsModifier)) && !inner.IsNoun
                && (code[..2] is "17" or "18" or "19" or "20" || code == "116")
                && _tree.Parsed && treeSrc == src && src >= 0
                && (passive ? _tree.CountedPeoplePassiveSubject(innerNode) : CountedPeopleAimedAt(inner, innerNode))
                && (_tree.LocativeCountry(innerNode, doc.Places)
                    // "struck an apartment block in Dnipro, killing 12 people": the place the attack a participle tells the outcome
                    // of; "Israeli strikes on the town of Nabatieh killed five people": the place the attack noun subject struck.
                    // Only then the doer's own country: victims of a cross-border attack are people of the place it hit.
                    ?? StruckCountry(headNode, innerNode)
                    ?? A(src).Country) is var victims)
            {
                // "deported 81 Afghan men to Kabul", "detained 30 Cambodian men": a country adjective on the counted people
                // themselves says whose people they are, before the place or the doer's country.
                if (!passive && !afterInsideCounted && targets.Count > 0 && _tree.CountedPeopleObjectNode(innerNode) is var peopleNode && peopleNode >= 0
                    && targets.TrueForAll(t => _tree.InSubtree(A(t).Tokens.FirstToken, peopleNode) && A(t).Country == A(targets[0]).Country)
                    && A(targets[0]).Country is { } demonymCountry)
                    victims = demonymCountry;
                // With no country anywhere ("Security forces killed 30 people."), the victims are still civilians: a bare CVL.
                targets.Clear(); targets.Add(-1); targetCountry = victims; targetRole = "CVL"; tgtHow = "counted-people";
            }
            // "insisted on the prime minister's resignation", "called for Ethiopia's withdrawal": a demand or appeal for an act
            // that is done to no one (a resignation, a withdrawal) is addressed to whoever would do it, whom the noun names.
            if (targets.TrueForAll(t => t < 0) && inner.IsNoun && frameRule is not null && head.Entry.Frame is FrameKind.Demand or FrameKind.Appeal
                && entry.Has(TriggerFlags.NoTarget) && _tree.Parsed && _tree.NounDoer(innerNode) is var nounDoer && nounDoer >= 0
                && nounDoer != src && !_reporters.Contains(nounDoer))
            {
                targets.Clear(); targets.Add(nounDoer); tgtHow = "tree:framed-noun-doer";
            }
            if (targets.Count == 0 && inner.IsNoun && frameRule is not null && code[..2] is "02" or "10")
            {
                int la = _tree.LocativeOfNoun(innerNode, doc.Places, out var iso);
                if (la >= 0 && la != src && !_reporters.Contains(la)) { targets.Add(la); tgtHow = "tree:noun-in"; }
                else if (iso is not null && iso != A(src).Country && !IsCountryItself(src, iso)) { targets.Add(-1); targetCountry = iso; tgtHow = "tree:noun-in-place"; }
            }
            // "Zimbabwe's government lifted a ban on an independent newspaper", "Paraguayan police detained its editor": a
            // target named by a role noun of civil society that the actor stage leaves without a mention (an indefinite or
            // possessed singular) is that role of the sentence's one country (gold/README.md: a bare role takes the one
            // country of the sentence's other actors, or a place after it). State organs and armed roles are not read so:
            // "met a senior official" may be anyone's.
            if (targets.Count == 0 && !passive && _tree.Parsed
                && _tree.TargetNounWithoutActor(innerNode, inner.IsNoun, entry, new TokenRange(inner.Start, inner.End)) is var roleNoun && roleNoun >= 0
                && CivilRoleOf(roleNoun) is { } civilRole
                // "Libya freed six foreign medical personnel": people called foreign are not the sentence's country's (session 18).
                && !_tree.HasModifierLemma(roleNoun, "foreign")
                && (_tree.LocativeCountry(roleNoun, doc.Places) ?? OneActorCountry() ?? OnePlaceCountry(roleNoun)) is { } roleCountry)
            {
                targets.Add(-1); targetCountry = roleCountry; targetRole = civilRole; tgtHow = "tree:role-noun";
            }
            // Session 59 (realnews59): "raided the home of an opposition leader and arrested her": the role noun a coordinated
            // verb's pronoun object stands for (read above) takes its role and country as a role noun object does.
            if (targets.Count == 0 && conjunctAntecedentNode >= 0 && CivilRoleOf(conjunctAntecedentNode) is { } anteRole
                && !_tree.HasModifierLemma(conjunctAntecedentNode, "foreign")
                && (_tree.LocativeCountry(conjunctAntecedentNode, doc.Places) ?? OneActorCountry() ?? OnePlaceCountry()) is { } anteCountry)
            {
                targets.Add(-1); targetCountry = anteCountry; targetRole = anteRole; tgtHow = "tree:conjunct-object-role-noun";
            }
            // "demanded an explanation from Caracas", "lodged a complaint with Tokyo": a capital in the trigger's target phrase,
            // which the actor stage leaves a place there, is its government.
            if (targets.Count == 0 && _tree.Parsed && code[..2] is not ("04" or "16") && TargetPlaceInPhrase(code, innerNode, entry) is var capital && capital >= 0
                && doc.Places[capital].Place?.Country is { } capitalOf && capitalOf != A(src).Country)
            {
                targets.Add(-1); targetCountry = capitalOf; targetRole = "GOV"; tgtHow = "tree:capital-in-target-phrase";
            }
            // "condemned the coup in Gabon", "denounced the military takeover in Niger": a coup is seized by the country's
            // armed forces, so a judgement of it is aimed at them (XXXMIL), not at the country where it happened. A doer the
            // sentence names ("the coup by the presidential guard") is kept.
            if (code[..2] == "11" && !inner.IsNoun && !passive && _tree.Parsed && _tree.ObjectLemma(innerNode) is { } judged && CoupNouns.Contains(judged)
                && (targets.Count == 0 ? _tree.LocativeCountry(innerNode, doc.Places) ?? OnePlaceCountry()
                    : targets.Count == 1 && targets[0] >= 0 && A(targets[0]).Code is { Length: 3 } ? A(targets[0]).Country : null) is { } seized
                && seized != A(src).Country)
            {
                targets.Clear(); targets.Add(-1); targetCountry = seized; targetRole = "MIL"; tgtHow = "tree:coup-makers";
            }
            // Curfews, states of emergency and martial law are imposed on (or lifted for) a population: with no target
            // named, the place they cover, else the source's own country ("declared a state of emergency"). An actor the
            // surface window finds after them is the setting, not the population ("imposed a curfew after clashes between
            // rival militias").
            if (code is "0813" or "0814" or "1723" or "1724" && targets.Count > 0 && !tgtHow.StartsWith("tree:", StringComparison.Ordinal) && tgtHow != "passive-subject")
                targets.Clear();
            // "imposed an overnight curfew in three districts of Abidjan": a capital named as where a curfew or an emergency
            // holds is a place, not its government (the metonym reading), so the curfew falls on its country's population.
            if (code is "0813" or "0814" or "1723" or "1724" && targets.Count > 0
                && targets.TrueForAll(t => t >= 0 && A(t).Rule.StartsWith("metonym", StringComparison.Ordinal)))
                targets.Clear();
            if (targets.Count == 0 && (OnPopulation(code) || ConfinesPopulation(code, entry)) && A(src).Country is { } own
                && (_tree.LocativeCountry(innerNode, doc.Places) ?? own) is var where && !IsCountryItself(src, where))
            {
                targets.Add(-1);
                targetCountry = where;
                tgtHow = "own-country";
                // "lifted a travel ban on thousands of people", "imposed a curfew on hundreds of residents": a population the
                // measure names by counted people is the country's civilians, as the gold codes counted people (XXXCVL).
                if (_tree.Parsed && _tree.CountedPeopleObject(innerNode)) { targetRole = "CVL"; tgtHow = "own-country:counted-people"; }
            }
            // "the army expelled the whole population of four villages in Darfur", "militias carried out ethnic cleansing of
            // minority farmers in the west": mass expulsion, mass killing and ethnic cleansing (201-203) are done to civilians
            // (the CAMEO codebook's wording; the gold codes them XXXCVL all but once). With no target named, they are the
            // civilians of the place it happened in, else of the doer's own country. A named target (refugees, a community
            // the actor stage reads) is kept; so is no target when the tree names no doer ("heavy rain forced thousands from
            // their homes in southern Brazil" is a flood, and the country a place gives is no doer).
            if (targets.Count == 0 && code is "201" or "202" or "203" && src >= 0 && treeSrc == src && !_reporters.Contains(src)
                && ((_tree.Parsed ? _tree.LocativeCountry(innerNode, doc.Places) : null) ?? OnePlaceCountry() ?? A(src).Country) is { } massVictims)
            {
                targets.Add(-1); targetCountry = massVictims; targetRole = "CVL"; tgtHow = "mass-violence-civilians";
            }
            // "M23 rebels seized Goma", "insurgents captured the town of Mocimboa da Praia": a town or region taken is
            // territory occupied (192), aimed at the country it belongs to even when the taker is of that country (rebels
            // take their own country's towns), as the gold codes it (eg0013: CODREB → COD). Only the object itself or its "of"
            // phrase: "seized weapons in Goma" takes property in a place, not the place.
            // "launched more than 700 drones and a dozen missiles at Ukraine": drones with other munitions are aerial weapons
            // at large (195, decision 022).
            if (code == "1952" && _tree.Parsed && _tree.DronesWithOtherMunitions(inner.Start, inner.End + 8)) code = "195";
            // "the ruling party took control of parliament", "the opposition regained control of the senate": control of a
            // chamber or a majority is won in a vote, not taken from anyone, so no territory is occupied.
            if (code == "192" && entry.Trigger.EndsWith(" control", StringComparison.Ordinal) && ControlOfAChamber(inner.End)) return;
            // Session 53 (blind71): "pirates took control of a bulk carrier": control of a ship or airliner is a hijacking (181).
            if (code == "192" && entry.Trigger.EndsWith(" control", StringComparison.Ordinal) && ControlOfACraft(inner.End)) code = "181";
            // Session 63 (coerce63): "Vodafone took control of the firm": a company that takes control of another buys it; only
            // a state, a force or an armed group taking control of an enterprise confiscates it (1711, verbs.tsv "take control
            // of @holding").
            if (code == "1711" && entry.Trigger.StartsWith("take control of", StringComparison.Ordinal) && src >= 0 && RoleOf(src) is "BUS") return;
            // Session 64 (coerce64): "M23 fighters took control of the coltan mines": an armed group's seizure of a mine or a field
            // in a war is ground taken (192), as fight63's company rule (ShallowCoder.SeizedCompanies.cs) keeps it; only a state
            // or its organs confiscate an enterprise (1711).
            if (code == "1711" && entry.Trigger.EndsWith("@holding", StringComparison.Ordinal) && src >= 0 && RoleOf(src) is "REB" or "CRM"
                && !(A(src).Code ?? "").StartsWith("IGO", StringComparison.Ordinal)) code = "192";
            // "M23 rebels took control of Bukavu": a phrase of occupation (192) takes its place the same way.
            // Session 67 (fight67): "armed men seized nine villagers from a market in Menoua district": people seized are
            // taken (181, below) wherever they were taken from; the place after them is no ground seized.
            // The lexicon's phrases of ground ("seize village", "seize district") match across the people seized, as a gap.
            bool peopleSeized = code is "1711" or "192" && entry.Trigger.StartsWith("seize", StringComparison.Ordinal) && !inner.IsNoun && !passive
                && _tree.Parsed && _tree.ObjectIsPeopleTaken(innerNode);
            bool seizing = !peopleSeized && (code == "192" || (code is "171" or "1711" && entry.Trigger is "seize" or "capture"));
            if (seizing && !inner.IsNoun && !passive
                && _tree.Parsed && _tree.ObjectPlaceCountry(innerNode, doc.Places) is { } taken)
            {
                code = "192";
                if (targets.Count == 0) { targets.Add(-1); targetCountry = taken; tgtHow = "tree:seized-place"; }
            }
            // "Myanmar's army recaptured the town of Lashio", "rebels took control of two villages": a town the gazetteer
            // cannot place, taken by a force of a named country, is that country's (rebels and armies take towns of their own
            // country far more often than foreign ones, and a foreign place usually names its country). Session 16, blind26.
            else if (seizing && targets.Count == 0
                && !inner.IsNoun && !passive && _tree.Parsed && src >= 0
                && RoleOf(src) is "REB" or "CRM" or "MIL" or "COP" or "GOV" && A(src).Country is { } takerCountry
                // "Russia said its forces had captured two villages": a force known only through a pronoun's owner ("its
                // forces", "their troops", the state that speaks of them) tells whose force it is, not where it fights; a
                // state reporting its own forces' gains is at war abroad as often as at home, so the place taken gets no
                // country from it (session 55).
                && !A(src).Rule.StartsWith("possessive-pronoun", StringComparison.Ordinal)
                && _tree.LocativeCountry(innerNode, doc.Places) is null && _tree.ObjectIsSettlement(innerNode))
            {
                code = "192"; targets.Add(-1); targetCountry = takerCountry; tgtHow = "tree:seized-settlement(taker's country)";
            }
            // Without a tree, by the words: "seized the town of Bunagana", "captured a village near Kidal".
            else if (code is "171" or "1711" && entry.Trigger is "seize" or "capture" && !inner.IsNoun && !passive
                && (Is(inner.End, Words.Determiner) ? inner.End + 1 : inner.End) is var objWord && Is(objWord, SeizedGround))
                code = "192";
            // "gunmen seized 20 villagers", "pirates seized the crew of a cargo ship", "two aid workers were seized": people
            // seized are abducted or taken hostage (181, the CAMEO codebook's "abduct, hijack, or take hostage"), not property
            // confiscated (1711); police who seize people arrest them (173).
            else if ((peopleSeized || (code == "1711" && entry.Trigger == "seize")) && !inner.IsNoun && _tree.Parsed && _tree.ObjectIsPeopleTaken(innerNode))
                code = src >= 0 && RoleOf(src) == "COP" ? "173" : "181";
            // Session 67 (fight67): "Houthi forces seized a Liberian-flagged cargo ship", "separatists seized a bus carrying 40
            // passengers": a craft or vehicle seized by an armed group or a gang is hijacked (181, the codebook's "abduct,
            // hijack, or take hostage"); a state's navy or coast guard seizing a tanker confiscates it (1711), as the gold
            // codes every such line.
            else if (code == "1711" && entry.Trigger is "seize" or "seize @haul" && !inner.IsNoun && !passive && src >= 0 && RoleOf(src) is "REB" or "CRM"
                     && !(A(src).Code ?? "").StartsWith("IGO", StringComparison.Ordinal) && _tree.ObjectIsCraftOrVehicle(innerNode))
                code = "181";
            // "The army chief acknowledged the tribal elders for their support", "the mayor recognised the firefighters for their
            // courage": people acknowledged or recognised for what they did are praised (051); it is no admission (015) of the
            // speaker's and no diplomatic recognition (054) of a state, which take no "for" phrase of merit.
            if (code is "015" or "054" && entry.Trigger is "acknowledge" or "recognise" or "recognize" && !inner.IsNoun && !passive
                && _tree.Parsed && _tree.ActorObjectWithReasonFor(innerNode))
                code = "051";
            // "The World Food Programme delivered food to a camp in North Darfur", "sent medicine to the port of Hodeidah":
            // aid taken to a place is aid to that place's country, as the gold codes places (eb20074 "airlifted tents to
            // quake-hit Afghanistan" → AFG). Not to the giver's own country ("flew supplies to Kharkiv" from Kyiv is no aid
            // between actors).
            // Session 67 (protest67): "delivered flour to thousands of displaced families", "to 5,000 displaced people in Goma":
            // a counted recipient after "to" is the actor counted (see CountedRecipientAfterTo), before any place's country.
            if (targets.Count == 0 && code[..2] is "07" && !passive && !inner.IsNoun && src >= 0 && CountedRecipientAfterTo(inner.End, src) is var counted && counted >= 0)
            {
                targets.Add(counted); tgtHow = "counted-recipient-after-to";
            }
            if (targets.Count == 0 && code[..2] is "07" && !passive && _tree.Parsed
                && (_tree.DestinationCountry(innerNode, doc.Places) ?? (headNode != innerNode ? _tree.DestinationCountry(headNode, doc.Places) : null)) is { } bound
                && bound != A(src).Country)
            {
                targets.Add(-1); targetCountry = bound; tgtHow = "tree:aid-destination";
                if ((_tree.DestinationCapital(innerNode, doc.Places) ?? (headNode != innerNode ? _tree.DestinationCapital(headNode, doc.Places) : null)) == bound)
                { targetRole = "GOV"; tgtHow += "(capital)"; }
            }
            if (code == "074" && !inner.IsNoun && BorderFacingDeployment(src, targets, targetCountry, inner, innerNode) is var facingForce && facingForce >= 0)
            { code = A(facingForce).Code is { } sentCode && sentCode.EndsWith("COP", StringComparison.Ordinal) ? "153" : "154"; src = facingForce; srcHow += ",force"; targetRole = null; }
            // "A Jordanian aid convoy reached southern Syria", "Turkish humanitarian aid arrived in Idlib": aid told as the
            // subject of its arrival is aid to where it arrives, the object's actor or the country of the place.
            if (targets.Count == 0 && code[..2] is "07" && inner.IsNoun && _tree.Parsed && _tree.ArrivalVerbOfSubject(innerNode) is var arrival && arrival >= 0)
            {
                int reached = _tree.ObjectActor(arrival);
                string? arrivedIn = reached < 0 ? _tree.DestinationCountry(arrival, doc.Places) ?? _tree.LocativeCountry(arrival, doc.Places) : null;
                if (reached >= 0 && reached != src && A(reached).Country != A(src).Country) { targets.Add(reached); tgtHow = "tree:aid-arrived-at"; }
                else if (arrivedIn is not null && arrivedIn != A(src).Country) { targets.Add(-1); targetCountry = arrivedIn; tgtHow = "tree:aid-arrived-in"; }
            }
            // "Oxfam has sent specialists to set up water facilities in Saint-Marc", "the WHO has deployed personnel to the affected
            // areas", "30 countries including Japan and France provide assistance": aid whose recipient the sentence does not
            // name goes to the stricken country, the one country of the sentence's places, else the country the article's
            // earlier sentences are mostly about (a reader of the story so far knows where the disaster is, decision 020).
            // Not military aid or protection (072, 074), which goes to a force or government, not to the place of a disaster.
            // Not a state's aid to its own country, which is no aid between actors; an aid group's work in its own country is.
            // Not "help" or "assist", whose object is the one helped: with none named, nobody is. Not an aid noun either ("the
            // largest recipients of Australian development aid", "the signing of the EU defence fund"): only a verb tells aid given.
            if (targets.Count == 0 && targetCountry is null && !inner.IsNoun && doc.TokUpos(innerNode) == Upos.VERB && (code is "070" or "071" or "073" or "033" or "0331" or "0333"
                    // a relief body's deployment, which is aid (073) below
                    || (code == "154" && src >= 0 && IsReliefBody(A(src).Code))) && src >= 0
                && entry.Trigger is not ("help" or "assist") && (StrickenPlaceCountry(A(src).Country) ?? StoryPlaceCountry()) is { } stricken
                && (stricken != A(src).Country || RoleOf(src) is "NGO") && !IsCountryItself(src, stricken))
            {
                targets.Add(-1); targetCountry = stricken; tgtHow = "aid-stricken-place(context)";
                // "pledged relief to Kathmandu": the capital the aid is given to stands for its government (gold/README.md, metonymy).
                if (_tree.Parsed && _tree.DestinationCapital(innerNode, doc.Places) == stricken) targetRole = "GOV";
            }
            // "voted to keep its peacekeepers in Cyprus for another year", "will maintain its peacekeeping mission in South Sudan":
            // peacekeeping whose recipient no actor names is given to the country where the force keeps the peace, the place
            // the entry's own preposition names ("in", "to"), as a visit goes to the country visited. Never the keeper's own
            // country: a force kept at home is no protection given to anyone.
            if (code == "074" && targets.Count == 0 && targetCountry is null && src >= 0 && _tree.Parsed && !inner.IsNoun
                && _tree.PlaceWhereForceKept(innerNode, doc.Places, entry) is var keptAt && keptAt >= 0
                && doc.Places[keptAt].Place is { Country: { } keptIn } && keptIn != A(src).Country && !IsCountryItself(src, keptIn))
            {
                targets.Add(-1); targetCountry = keptIn; tgtHow = "tree:protected-place";
            }
            // "Kenya sent food and medicine to flood victims in Tanzania", "distributed food parcels to 20,000 households": relief
            // handed to people of the stricken country is aid to its civilians (XXXCVL), as the gold codes its recipients.
            // A state's relief handed to such people at home ("the provincial government distributed tents to 40,000 flood
            // victims") is its aid to its own civilians, a real event between two actors (GOV → CVL), unlike aid "to" a home place.
            if (code == "073" && !inner.IsNoun && _tree.Parsed && src >= 0 && _tree.AidRecipientPeopleNode(innerNode) >= 0)
            {
                if (targets.Count == 1 && targets[0] < 0 && targetCountry is not null && targetRole is null)
                {
                    targetRole = "CVL"; tgtHow += ",recipient-people";
                }
                else if (targets.Count == 0 && targetCountry is null && A(src).Country is { } giverHome && RoleOf(src) is "GOV" or "MIL" or "COP")
                {
                    targets.Add(-1); targetCountry = giverHome; targetRole = "CVL"; tgtHow = "tree:recipient-people(own)";
                }
            }
            // "Indian missiles struck nine sites in Pakistan", "launched air strikes on hideouts in Afghanistan": an attack
            // on something that is no actor, in a foreign country, is an attack on that country.
            if (targets.Count == 0 && code[..2] is "18" or "19" or "20" && A(src).Country is { } srcCountry)
            {
                string? at = _tree.LocativeCountry(innerNode, doc.Places, attacked: true);
                if (at is null && headNode != innerNode) at = _tree.LocativeCountry(headNode, doc.Places, attacked: true);
                // "carried out air strikes on villages in the country's north": "the country" with no place named is the
                // force's own (its inhabited ground then gives its civilians below).
                if (at is null && RoleOf(src) is "MIL" or "COP" or "GOV" && (_tree.InTheCountry(innerNode) || (headNode != innerNode && _tree.InTheCountry(headNode))))
                    at = srcCountry;
                if (at is not null && at != srcCountry) { targets.Add(-1); targetCountry = at; tgtHow = "tree:attacked-place"; }
                // "Myanmar's military bombed villages in Sagaing", "rebels shelled a market in North Kivu": a force or organ of
                // the country striking inhabited ground at home attacks its own people (XXXCVL, as eb17038, eb25057 and
                // eb11029 code it), a real event between two roles; the country itself ("Russia bombed ...") stays dropped.
                else if (at is not null && !IsCountryItself(src, at) && RoleOf(src) != "CVL"
                    && (_tree.AttacksInhabitedGround(innerNode) || (headNode != innerNode && _tree.AttacksInhabitedGround(headNode))))
                { targets.Add(-1); targetCountry = at; targetRole = "CVL"; tgtHow = "tree:attacked-own-ground"; }
            }
            // Session 67 (blind85): "Jihadists laid siege to the town of Djibo in northern Burkina Faso", "gangs laid siege to
            // the town of Mirebalais in central Haiti", "federal forces besieged the Amhara town of Debre Tabor": a siege of a
            // place that no actor names blockades that place's country (191, as eb52022, eb21041 and eb75072 code it), at home
            // as abroad; the rule above already gives a siege of inhabited ground its civilians or a foreign place its country.
            // The place is read where a siege names it: the "to" phrase of "lay siege to", the object of "besiege", or a place
            // phrase of the verb. Only an armed side or a state lays a siege: "reporters laid siege to the minister's house" is
            // a crowd, no blockade. Invariant: only the siege rows (191), only with no target found, never the besieger's own
            // actor (a state named alone is not besieging itself).
            if (targets.Count == 0 && targetCountry is null && code == "191" && entry.Trigger is "lay siege" or "besiege" && !inner.IsNoun && !passive
                && _tree.Parsed && src >= 0 && (RoleOf(src) is "GOV" or "MIL" or "COP" or "REB" or "CRM" || A(src).Code is { Length: 3 })
                && (_tree.DestinationCountry(innerNode, doc.Places) ?? _tree.ObjectPlaceCountry(innerNode, doc.Places)
                    ?? _tree.LocativeCountry(innerNode, doc.Places, attacked: true)) is { } besieged
                && !IsCountryItself(src, besieged))
            {
                targets.Add(-1); targetCountry = besieged; tgtHow = "tree:besieged-place";
            }
            // Session 66 (denytgt66, decisions 082 and 119): "denied that the group had fired drones at oil fields in the
            // Kurdistan region", "denied that its jets had struck a depot in Syria": a denial with no accuser named is aimed at
            // whom the denied act would have harmed, and an attack on a place no actor names harms the place's country, as the
            // asserted attack above does. The denied act's own place phrase is read (never the denial verb's, which tells where
            // the denial was made). Unlike the asserted rule the denier's own country counts too: a strike at home that is
            // denied answers that country's charge (eb51051 IRQMIL → IRQ), and a state denying is never aimed at itself.
            // A lexicon row that names no one harmed ("violate truce", notgt) keeps its denial untargeted: "denied that its
            // fighters had violated the truce in Rafah" tells where, not against whom (decision 082 B, eb49037).
            if (code == "016" && targets.Count == 0 && targetCountry is null && _tree.Parsed && inner.Entry.Root is "18" or "19" or "20"
                && !inner.Entry.Has(TriggerFlags.NoTarget)
                && innerNode != headNode && _tree.LocativeCountry(innerNode, doc.Places, attacked: true) is { } deniedAt
                && (src < 0 || !IsCountryItself(src, deniedAt)))
            {
                targets.Add(-1); targetCountry = deniedAt; tgtHow = "tree:denied-attack-place";
            }
            // Session 68: "blocked roads with burning tyres", "set fire to tyres outside the electoral council": tyres a crowd burns
            // are its barricade's fuel, not property destroyed (1712); the blockade or riot told beside them is the event.
            // Whatever building the windows read as a target ("outside the electoral council's offices") is only where. A crowd of
            // protesters that burns them still riots ("protesters burned tyres outside parliament", 145 below): the tyres are
            // then the riot's act, not property destroyed.
            if (code == "1712" && !inner.IsNoun && _tree.Parsed && _tree.BurnsOnlyTyres(headNode) && !(src >= 0 && IsProtestingCrowd(src)))
                return;
            // "rebels burned homes in six villages in North Kivu", "settlers torched shops in a village near Ramallah", "killing
            // nine residents and burning dozens of homes": homes, shops and shelters destroyed with no owner named are the
            // people's of the place (XXXCVL, as the gold codes such burnings): the place's country, else that of whom the
            // doer's attack in the sentence hit, else the doer's own. A crowd burning shops at home riots (145, below), so
            // popular doers count only abroad.
            // Session 68: "attacked three villages in Benue state, killing 100 people and burning homes": a bare country a coordinated
            // participle inherited from the attack on a place is only where the homes stood; their owners are its people.
            if (code == "1712" && targets.Count == 1 && targets[0] >= 0 && tgtHow.StartsWith("inherited", StringComparison.Ordinal)
                && A(targets[0]).Code is { Length: 3 } inheritedPlace && inheritedPlace == A(targets[0]).Country && _tree.Parsed
                && !passive && _tree.DestroysPeoplesProperty(innerNode) && src >= 0 && RoleOf(src) is not ("GOV" or "LEG" or "JUD")
                && !IsProtestingCrowd(src))
            { targets.Clear(); targets.Add(-1); targetCountry = inheritedPlace; targetRole = "CVL"; tgtHow = "tree:peoples-property(inherited-place)"; }
            if (targets.Count == 0 && code == "1712" && _tree.Parsed && src >= 0 && !passive && RoleOf(src) is not ("GOV" or "LEG" or "JUD")
                && _tree.DestroysPeoplesProperty(innerNode)
                && (_tree.LocativeCountry(innerNode, doc.Places) ?? (headNode != innerNode ? _tree.LocativeCountry(headNode, doc.Places) : null)
                    ?? AttackedCountry(src) ?? A(src).Country) is { } owners
                && (RoleOf(src) is "REB" or "CRM" or "MIL" or "COP" or "SPY" || owners != A(src).Country))
            { targets.Add(-1); targetCountry = owners; targetRole = "CVL"; tgtHow = "tree:peoples-property"; }
            // "pulled back troops from the area around Kyiv", "withdrew its forces from northern Mali": a withdrawal from a
            // place abroad de-escalates toward that country.
            // The troops withdrawn are the source's own, not a target ("France withdrew its forces").
            // So are "their troops" of coordinated subjects ("Kyrgyzstan and Tajikistan pulled their troops back").
            // "agreed to pull back troops from the disputed border" (0356) withdraws forces as the act itself does, when the
            // forces are its object ("ready to observe a truce with the army" names the other side).
            bool withdrawal = code.StartsWith("087", StringComparison.Ordinal) || (code == "0356" && tgtHow is "object" or "tree:obj");
            // "The ELN declared a truce with the Colombian army": a force named after "with" is the other side of the truce,
            // never the source's own troops withdrawn, even when it is of the source's country (rebels and their army).
            if (tgtHow == "tree:with") withdrawal = false;
            // Session 70 (fam08): "Boko Haram fighters surrendered to the Nigerian army": the force surrendered to is the side
            // given in to, never the surrendering side's own troops, even when both are of one country (rebels and their army).
            if (tgtHow == "tree:to" && entry.Trigger is "surrender" or "capitulate") withdrawal = false;
            if (withdrawal && targets.Count == 1 && targets[0] >= 0
                && (OwnForce(src, targets[0])
                    // "US to withdraw troops from Niger": the actor stage gives a bare force the country of the place after
                    // it, but troops withdrawn from a place are the withdrawing side's; the place is where they leave.
                    || ForceNamedByPlaceLeft(targets[0])
                    // "Thailand and Cambodia agreed to pull back troops": a bare force given the country of one of the
                    // coordinated sides is theirs, withdrawn by both; each side is the other's target below.
                    || (A(targets[0]).Code is { Length: 6 } fc && fc[3..] is "MIL" or "COP"
                        && (PossessedBySource(targets[0]) || OfACoordinatedSide(targets[0], coordinated)))))
            {
                targets.Clear(); tgtHow = "none(own-forces)";
                // Coordinated sides that each pull back their own forces de-escalate toward each other.
                if (coordinated.Count > 0 && !_tree.ModifiesNoun(headNode))
                {
                    targets.Add(coordinated[0]); tgtHow = "joint-subject(own-forces)"; pair = true;
                    coordinated.Clear();
                }
            }
            if (targets.Count == 0 && withdrawal && A(src).Country is { } leaving)
            {
                string? from = _tree.FromCountry(innerNode, doc.Places);
                if (from is null && headNode != innerNode) from = _tree.FromCountry(headNode, doc.Places);
                if (from is not null && from != leaving) { targets.Add(-1); targetCountry = from; tgtHow = "tree:withdrawn-from"; }
                // "pull back troops and equipment from its border with Congo": a withdrawal from a border de-escalates toward
                // the country across it (gold eb27044, eb23), whatever the parser hung "with Congo" from.
                // (k + 2 < the sentence's end: the actor after "with" is in the sentence.)
                else if (from is null)
                    for (int k = BorderWordIn(inner.End, Math.Min(_e - 2, inner.End + 10)); k >= 0; k = BorderWordIn(k + 1, Math.Min(_e - 2, inner.End + 10)))
                    {
                        if (!IsWord(k + 1, "with")) continue;
                        if (!(IsWord(k - 1, "from") || (IsWord(k - 2, "from") && (IsWord(k - 1, "its") || IsWord(k - 1, "their") || IsWord(k - 1, "the"))))) break;
                        if (ActorAt(k + 2) is var across && across >= 0 && across != src && A(across).Country is { } ac && ac != leaving)
                        { targets.Add(-1); targetCountry = ac; tgtHow = "withdrawn-from-border-with"; }
                        break;
                    }
            }
            // Session 62 (posture62, decision 085): "Mexico sends troops to US border", "raising the readiness of its troops
            // along the Belarus frontier": a country named as the modifier of a border word names where a show of force is
            // held, not whom it is aimed at, whichever path (a "to" phrase, the surface after the trigger) took it.
            // Invariant: only 15x, and only an actor that ends right before "border(s)" or "frontier"; "Ukraine's border"
            // (possessive) and "the border with X" are left to the rule below.
            if (code.StartsWith("15", StringComparison.Ordinal) && targets.Count > 0
                && targets.RemoveAll(t => t >= 0 && BorderWordIn(A(t).Tokens.EndToken, A(t).Tokens.EndToken + 1) >= 0
                    && !IsWord(A(t).Tokens.EndToken - 1, "'s") && !IsWord(A(t).Tokens.EndToken - 1, "’s")) > 0 && targets.Count == 0)
            {
                targets.Add(-1); tgtHow = "none(border-adjective)";
            }
            // "moved troops to the border with Guyana", "massed tanks along its border with Ukraine": a show of force at a
            // border is aimed at the country across it.
            // So is one at another country's border named as its owner ("massed troops near Ukraine's borders").
            // Session 62 (posture62, decision 085): a border named by a country adjective or noun ("along the Syrian border",
            // "Mexico sends troops to US border", "along the Belarus frontier") names where the posture is held, as gold/README's
            // border-adjective convention reads it (session 50) and 6 of 8 tunable 15x lines code it: no target from it.
            if (targets.Count == 0 && code.StartsWith("15", StringComparison.Ordinal) && BorderWordIn(inner.End, inner.End + 12) is var bk && bk >= 0)
            {
                int across = IsWord(bk + 1, "with") ? ActorAt(bk + 2)
                    : IsWord(bk - 1, "'s") || IsWord(bk - 1, "’s") ? ActorAt(bk - 2)
                    : -1;
                if (across >= 0 && across != src && A(across).Country is { } ac && ac != A(src).Country) { targets.Add(across); tgtHow = "border-with"; }
            }
            // "resigned after weeks of mass protests", "backed down amid protests": a concession made to protests with no
            // other target yields to the protesters, the country's people unless the protest names who protests.
            if (targets.Count == 0 && code.StartsWith("08", StringComparison.Ordinal) && A(src).Country is { } home
                && ProtestCause(out int protester))
            {
                if (protester >= 0 && protester != src) { targets.Add(protester); tgtHow = "protesters"; }
                else if (protester < 0) { targets.Add(-1); targetCountry = home; targetRole = "CVL"; tgtHow = "protesters(people)"; }
            }
            // "Iran's foreign ministry demanded the release of the Iranian oil tanker", "the ministry rejected interference
            // in the country's judicial affairs": the source's own country, named as an adjective or possessive of a thing,
            // is whose the thing is, not the one the act is aimed at. Coercion at home (a state of emergency declared
            // in the country) keeps it.
            // Territory taken (192) keeps it too: "M23 rebels captured the Congolese town of Goma" is aimed at the country the
            // town belongs to (CODREB → COD), as "captured the town of Goma" is through its place (tree:seized-place above).
            if (targets.Count > 0 && A(src).Country is { } srcHome && A(src).Code is { Length: > 3 } && !code.StartsWith("17", StringComparison.Ordinal)
                && code != "192")
                targets.RemoveAll(t => t >= 0 && A(t).IsModifier && A(t).Code == srcHome);
            // "Mexico condemned the bombing of a market", "condemned the attack on a police post": criticism of an attack is aimed
            // at its doer (gold/README.md: the attack is presupposed, not coded); with no doer named, at no one. The place or
            // force attacked, inside the attack's phrase, is no target; an attack the article told before still gives its doer.
            bool agentlessAttack = false;
            if (code == "111" && !inner.IsNoun && !passive && _tree.Parsed && _tree.AttackObjectWithoutDoer(innerNode, src) is var attackObj && attackObj >= 0)
            {
                targets.RemoveAll(t => t >= 0 && (_tree.InSubtreeOf(A(t).Tokens.FirstToken, attackObj) || InPhraseAfter(attackObj, A(t).Tokens.FirstToken)));
                agentlessAttack = targets.Count == 0;
            }
            // "Japan expelled two diplomats, a decision that Beijing condemned": a reaction whose object is the gap of a relative
            // clause on an act noun summing up the clause before it is aimed at that clause's doers, not the reacting side's own.
            if (targets.Count == 0 && !head.IsNoun && !passive && code[..2] is "01" or "02" or "04" or "05" or "10" or "11" or "12" or "13" or "16" && _tree.Parsed)
            {
                var summed = new List<int>();
                _tree.SummedActDoers(headNode, summed);
                foreach (int d in summed)
                    if (!SameSide(d, src)) targets.Add(d);
                if (targets.Count > 0) tgtHow = "tree:doer-of-summed-act";
            }
            // "EU ministers imposed sanctions on Iran … Iran's foreign ministry condemned the decision": a reaction whose
            // object is an act the article told before is aimed at that act's doer, the latest source of an earlier
            // sentence (up to eight back) of the kind the noun names, that is not the reacting side.
            if (targets.Count == 0 && !head.IsNoun && !passive && code[..2] is "01" or "02" or "04" or "05" or "10" or "11" or "12" or "13" or "16"
                && _tree.ObjectIsAnaphoricAct(headNode) is { } actNoun && EarlierActor(src, actNoun) is var earlierDoer && earlierDoer >= 0)
            {
                // Session 56 (realrecall56): a bare country recalled is its organ when the sentence itself names one.
                int named = OrganNamedForRecalledCountry(earlierDoer, src);
                targets.Add(named); tgtHow = named == earlierDoer ? "tree:doer-of-earlier-act" : "tree:doer-of-earlier-act(organ-named)";
                // "Seoul and Washington began joint drills … Pyongyang condemned the drills": all who did that act.
                JointDoers(earlierDoer, src, targets);
            }
            // "Prosecutors opened an investigation into two lawmakers … Both lawmakers deny wrongdoing", "ECOWAS urged Mali to open
            // talks … A government spokesman rejected the proposal": a denial or rejection that names no one it answers answers
            // the side that last acted on the denier's side in the sentences just before (an accusation, a charge, a proposal).
            // A verb only: a noun of rejection ("reacting to the president's rejection of ...") is mostly an act presupposed.
            // A denial answers a charge against any organ of the denier's state ("Guyana accused Venezuela's army of firing on a
            // patrol; Caracas denied it"), told earlier in its own sentence too; CAMEO aims 016 at whoever made the charge.
            if (targets.Count == 0 && targetCountry is null && !passive && !head.IsNoun && src >= 0 && (code == "016" || code[..2] == "12")
                && AnsweredActor(src, sameSentence: code == "016", stateWide: code == "016") is var answered && answered >= 0)
            {
                targets.Add(answered); tgtHow = "answers-earlier-act(context)";
            }
            // "EU imposes duties on Chinese steel, Beijing vows response", "… said Moscow would respond in kind", "Caracas
            // retaliated": a hostile response (threatened or done) that names no one it answers answers the side that last
            // acted on the responder's side, earlier in its sentence or in the three before. ("respond to the needs of the
            // victims" is cooperative, not a root of 10-20.)
            if (targets.Count == 0 && targetCountry is null && !passive && src >= 0 && code[0] == '1'
                && IsResponse(head, inner) && AnsweredActor(src, sameSentence: true) is var responded && responded >= 0)
            {
                targets.Add(responded); tgtHow = "answers-earlier-act(response)";
            }
            // "Militants ambushed an army convoy … The attack drew condemnation from ECOWAS": a reaction drawn from an actor by
            // an act the article told before is aimed at that act's doer, as the reaction whose object is that act above.
            if (targets.Count == 0 && head.IsNoun && code[..2] is "01" or "05" or "11" or "12" or "14"
                && _tree.DrawnByAnaphoricAct(headNode) is { } drawnAct && EarlierActor(src, drawnAct) is var drawnDoer && drawnDoer >= 0)
            {
                targets.Add(drawnDoer); tgtHow = "tree:drawn-by-earlier-act";
                JointDoers(drawnDoer, src, targets);
            }
            if (agentlessAttack && targets.Count == 0) { targets.Add(-1); tgtHow = "none(agentless-attack)"; }
            // "the interior minister warned that anyone who joined the rallies would be prosecuted", "warned that those who
            // blocked roads would be arrested": a government's or police force's threat of repression against whoever does
            // something is aimed at its own people (CVL), as gold eg0267 codes "anyone taking part ... could be arrested".
            // "police threatened to arrest anyone who joined the march", "would detain whoever blocks the roads": the same threat
            // of repression told actively, with the indefinite person as the object (decision 084).
            if ((targets.Count == 0 || (targets.Count == 1 && targets[0] < 0 && targetCountry is null)) && code == "137"
                && A(src).Country is { } repressorCountry && A(src).Code is { } threatenerCode
                && (threatenerCode.Length == 3 || threatenerCode.EndsWith("GOV", StringComparison.Ordinal) || threatenerCode.EndsWith("COP", StringComparison.Ordinal))
                && ((head.Entry.Frame == FrameKind.Threat && !inner.IsNoun && _tree.Parsed && _tree.PassiveSubjectIsIndefinitePerson(innerNode)) is var passiveAnyone
                && (passiveAnyone || ObjectIsAnyone(inner))))
            {
                targets.Clear(); targets.Add(-1); targetCountry = repressorCountry; targetRole = "CVL";
                tgtHow = passiveAnyone ? "own-people(anyone)" : "own-people(anyone-object)";
            }
            // "Protesters in Lima demanded faster action on jobs", "opposition parties called for early elections", "the
            // opposition rejected the election results": an appeal, demand, criticism or rejection by a country's own
            // people that names no addressee is made of their government, as their protests are (FoldDemandsIntoProtests).
            // Only a demand made by a verb: a demand noun is often one told as the topic of another event ("rejected the
            // opposition's demand for a rerun").
            // Not when the verb names its addressee and that one is no actor ("ordered the exchange to improve").
            if (targets.Count == 0 && code[..2] is "02" or "10" or "11" or "12" && !inner.IsNoun && IsPopular(src) && A(src).Country is { } people
                && !_tree.AddresseeNotActor(headNode))
            {
                targets.Add(-1); targetCountry = people; targetRole = "GOV"; tgtHow = "own-government";
            }
            // Session 69 (threat69): "the labour congress ..., giving the government two weeks to act or face a general strike":
            // a deadline a country's own people give "the government" (no country named) is given to their own government.
            if (targets.Count == 0 && code == "139" && IsPopular(src) && A(src).Country is { } deadlineSetters && _tree.Parsed
                && _tree.GivesUnnamedGovernment(headNode))
            {
                targets.Add(-1); targetCountry = deadlineSetters; targetRole = "GOV"; tgtHow = "own-government(deadline)";
            }
            // "A federal judge in Texas blocked the new labour rule", "parliament delayed the budget bill": a court or a
            // legislature that stops a measure (a rule, law, decree, ban, bill, order or policy: the last word of the
            // lexicon phrase) naming no maker stops its own government's; the state makes such measures. Only for the
            // judiciary and the legislature, whose rejections of measures are checks on the government.
            if (targets.Count == 0 && code[..2] == "12" && entry.Kind == TriggerKind.Phrase && StateMeasureNouns.Contains(LastWord(entry.Trigger))
                && A(src) is { Country: { } state, Code: { Length: >= 6 } stopper } && stopper[3..6] is "JUD" or "LEG")
            {
                targets.Add(-1); targetCountry = state; targetRole = "GOV"; tgtHow = "own-government(measure)";
            }
            // "Poland's president vetoed a bill extending benefits", "vetoed a law tightening family reunification": a head of
            // state's or government's veto of a bill or law that names no maker sends it back to the country's own
            // legislature, which passed it (129 aimed at LEG). A resolution or statement vetoed in a body of states is that
            // body's, named or not, and is left to the target search.
            // The bill's beneficiaries after it ("benefits for Ukrainian refugees", found by the surface search) are not its maker.
            if ((targets.Count == 0 || tgtHow == "after") && code == "129" && !inner.IsNoun && doc.TokLemma(inner.Start) == "veto"
                && A(src) is { Country: { } vetoer, Code: { } vetoerCode } && (vetoerCode.Length == 3 || vetoerCode.AsSpan(3).StartsWith("GOV"))
                && VetoedLegislation(inner.End))
            {
                targets.Clear(); targets.Add(-1); targetCountry = vetoer; targetRole = "LEG"; tgtHow = "own-legislature(veto)";
            }
            // Session 61 (blind79): "The United States vetoed a draft resolution that would have imposed an arms embargo on Israel",
            // "Russia vetoed a draft resolution on Syria": a state named as the vetoer of a resolution casts its veto in the
            // Security Council, the one body where a state's vote alone blocks a resolution, so the veto is aimed at the UN
            // (IGOUNO), not at the state the resolution is about (gold/README and every tunable veto of a resolution: eg0257,
            // eb16021, eb35062, eb50050 ...). Only a bare country vetoes so: a president's veto of a congressional resolution
            // is a domestic act, and an EU body named as target keeps its own code.
            if (code == "129" && !inner.IsNoun && doc.TokLemma(inner.Start) == "veto" && src >= 0 && A(src).Code is { Length: 3 }
                && _tree.Parsed && _tree.ObjectLemma(innerNode) is "resolution" or "draft"
                && !targets.Exists(t => t >= 0 && A(t).Code is { } tc && tc.StartsWith("IGO", StringComparison.Ordinal)))
            {
                targets.Clear(); targets.Add(-1); targetCountry = null; targetRole = "IGOUNO"; tgtHow = "vetoed-resolution(council)";
            }
            // "fired two ballistic missiles into the sea off its east coast": a launch into the sea hits no one; it is a
            // weapons test, a show of force (150) with no target.
            // Session 68 (posture68): "launched two missiles toward the Sea of Japan", "over the Yellow Sea" too, for missiles and
            // shells; drones flown over a sea are aimed at a shore the article names.
            if (targets.Count == 0 && code.StartsWith("19", StringComparison.Ordinal) && _tree.Parsed
                && _tree.FiredIntoTheSea(innerNode, overOrToward: !entry.Trigger.Contains("drone", StringComparison.Ordinal)))
            {
                code = "150"; targets.Add(-1); tgtHow = "into-the-sea";
            }
            // Session 61 (blind79): "North Korea launched an intercontinental ballistic missile on Friday": a launch of missiles
            // that names no target and no direction is a weapons test, a show of force (150) with no target, as a launch into
            // the sea is (decision 077; 16 untargeted missile launches of the tunable gold are 150; the two coded 19x with no
            // target, eb10022 and eb63044, were fired "at" a ship of no named owner). Drones fired with the missiles, a night's
            // barrage or ten missiles or more make it an attack whose target is told elsewhere.
            if (targets.Count == 0 && code.StartsWith("19", StringComparison.Ordinal) && !inner.IsNoun && _tree.Parsed
                && entry.Trigger is "launch missile" or "fire missile" && _tree.LaunchAimedAtNothing(innerNode))
            {
                code = "150"; targets.Add(-1); tgtHow = "launch-aimed-at-nothing";
            }
            // "Britain and Canada announced similar sanctions": an event noun marked as another of its kind is aimed
            // where the article's latest event of that root was.
            if (targets.Count == 0 && inner.IsNoun && AnotherOfItsKind(inner) && _lastTargetOfRoot.TryGetValue(code[..2], out int earlier)
                && earlier != src && A(earlier).Code != A(src).Code)
            {
                targets.Add(earlier); tgtHow = "earlier-same-root";
            }
            // "Protesters stormed parliament", "demonstrators tried to storm the presidential palace": a crowd of protesters that
            // storms a building riots (145) against whoever the sentence names in it, else against the country's government
            // (gold/README.md: a protest by a country's people with no target addresses its government). Storming by armed
            // men stays an attack on people.
            bool crowdStorm = entry.Trigger == "storm" && !inner.IsNoun && src >= 0 && IsProtestingCrowd(src);
            if (crowdStorm)
            {
                code = "145";
                targets.RemoveAll(t => t < 0 || IsModifier(t) || t == src);
                if (targets.Count == 0 && A(src).Country is { } crowdCountry)
                {
                    // "stormed the parliament building", "stormed a police station": the organ the building houses, when it is
                    // the crowd's own state's (StateBuildingRole, as for other wrecking below); else the government.
                    string organ = OwnStateBuilding(innerNode, crowdCountry) ?? "GOV";
                    targets.Add(-1); targetCountry = crowdCountry; targetRole = organ; tgtHow = "own-government(storming crowd)";
                }
            }
            // Session 68: "Rioters looted shops and burned cars in Goma", "protesters torched vehicles in the town of Kikuyu": a crowd
            // of protesters or rioters that wrecks, burns or loots property no one is named as owning, at home, riots (145, its
            // reason naming the sub-code) against its own government, as the tunable gold codes such crowds ("rioted in Maputo,
            // burning tyres and looting shops", "rioters burned cars and shops"); the verbs need a target, so without this the
            // act was lost. An owner named ("looted two lawmakers' homes", "vehicles belonging to the army", a religious
            // community's homes) keeps its target and the rules below. Invariant: only a verb (not a noun), only 171x codes,
            // only when no actor target is left but the crowd's own country read from the place.
            bool crowdWrecking = !crowdStorm && code.StartsWith("171", StringComparison.Ordinal) && !inner.IsNoun && !passive && src >= 0
                // an attributive participle ("burning barricades") tells no act of the crowd's own
                && !(_tree.Parsed && doc.Token(headNode).Relation is "amod")
                && IsProtestingCrowd(src) && A(src).Country is { } wreckers && targetCountry is null
                && targets.TrueForAll(t => t < 0 || (A(t).Code is { Length: 3 } placeCode && placeCode == wreckers))
                && (!_tree.Parsed || (_tree.LocativeCountry(innerNode, doc.Places) ?? wreckers) == wreckers);
            if (crowdWrecking)
            {
                code = RiotCode(innerNode);
                targets.Clear(); targets.Add(-1); targetCountry = A(src).Country; targetRole = OwnStateBuilding(innerNode, A(src).Country!) ?? "GOV";
                tgtHow = "own-government(wrecking crowd)";
            }
            // "police beat protesters", not "Brazil beat Argentina": some verbs are political acts only when done to people.
            // People counted as victims (civilians of a country, no mention) are people too.
            // A counted plural demonym is people too ("forced 8,000 Afghans across the border"): its civilians, coded below.
            // The addressee of an appeal, demand or threat ("urged Somalia to punish the attackers") is whom the frame is aimed
            // at, not the people the asked-for act would be done to, so it stays whatever it is.
            if (entry.Has(TriggerFlags.PeopleTarget) && !crowdStorm && tgtHow != "frame-object") targets.RemoveAll(t => t < 0 ? !(targetCountry is not null && targetRole == "CVL") : !IsPeople(t) && !CountedNationals(t));
            // "forced thousands of villagers out of their homes": forcing a population out is an expulsion (201); "forced the
            // minister out" is no violence, so only a non-combatant population is its target.
            if (entry.Trigger == "force out") targets.RemoveAll(t => t < 0 ? targetRole != "CVL" : !IsPopulation(t));
            // Session 62 (intent62): "would allow the UN rights office to reopen its mission", "let aid agencies use the river
            // routes": a verb of letting is the admission of international involvement (086) only when whom it lets act is an
            // international organisation or an aid group (flag intl); "allowed the opposition to campaign" is no event.
            // The addressee of an appeal or demand ("demanded that Belarus let UN monitors visit its prisons") is whom the frame
            // is aimed at, and stays so, as for the people flag above.
            if (entry.Has(TriggerFlags.InternationalTarget) && tgtHow != "frame-object")
            {
                targets.RemoveAll(t => t < 0 || A(t).Code is not { } body || !IsInternationalBody(body));
                if (targets.Count == 0) return;
            }
            // "pushed hundreds of migrants back across the border", "forced 8,000 Afghans across the border": a population moved
            // over a border is expelled (201); "pushed the rebels back across the border" is a battle's outcome, no expulsion.
            // "drove thousands of families from their homes" likewise; "drove the rebels from the town" is the battle's outcome.
            // "forced hundreds of families to leave their villages" too; "forced the rebels to abandon their positions" is no expulsion.
            if (entry.Trigger.EndsWith(" across border", StringComparison.Ordinal) || entry.Trigger.StartsWith("drive from ", StringComparison.Ordinal)
                || entry.Trigger.StartsWith("force to leave ", StringComparison.Ordinal) || entry.Trigger.StartsWith("force to abandon ", StringComparison.Ordinal))
                targets.RemoveAll(t => t < 0 ? targetRole != "CVL" : !IsPopulation(t) && !CountedNationals(t));
            // "militias drove thousands of residents out of the town": driving out a civilian population is its expulsion (201),
            // as forcing it out is; "drove the rebels out of the town" stays the fight (190).
            if (entry.Trigger == "drive out" && code == "190" && targets.Count > 0
                && targets.TrueForAll(t => t < 0 ? targetRole == "CVL" : IsPopulation(t))) code = "201";
            // "received Argentina's president in Santiago": receiving people is meeting them (a visit, by where it is) only when
            // they govern another country; "received 200 refugees", "received the wounded soldiers" are no consultation.
            // "received the head of the IMF in Dakar", "received the UN envoy": so is receiving an official of an international
            // organisation, named by office or name (not the body: "received a loan from the World Bank" has no guest).
            if (entry.Trigger == "receive" && entry.Kind == TriggerKind.Verb)
                targets.RemoveAll(t => t < 0 || A(t).Code is not { } guest
                    || (guest.StartsWith("IGO", StringComparison.Ordinal) ? !PersonOfAnOrganisation(t) || A(src).Code is not { } host || host.StartsWith("IGO", StringComparison.Ordinal)
                        : !(guest.Contains("GOV", StringComparison.Ordinal) || ForeignMovementsEnvoy(t)) || A(t).Country is not { } guestCountry || guestCountry == A(src).Country));
            // "Rioters attacked a police station in Dhaka", "protesters stormed the parliament building", "a crowd ransacked the
            // governor's office": a crowd of protesters, or a country's own people, assaulting or wrecking a building or vehicle
            // of their own state is a riot (145) against the organ it houses (gold/README.md codes "Rioters set fire to police
            // stations" FRACVL → FRACOP 145, "torched government buildings" → GOV). Only with no actor target left and the
            // building in the source's own country (an embassy or a foreign base is another matter); armed groups' and
            // criminals' attacks on police posts stay attacks (190).
            // "Rioters set fire to police stations in several French cities", "farmers torched government offices in northern
            // Ghana": the country the windows took from the building's place is where the organ stands, not what was struck.
            bool placeOnlyTarget = targets.Count == 1 && targets[0] >= 0 && _tree.Parsed
                && A(targets[0]).Code is { Length: 3 } placeOnlyCode && placeOnlyCode == A(targets[0]).Country
                && _tree.LocativeCountry(innerNode, doc.Places) == placeOnlyCode;
            if ((targets.Count == 0 || placeOnlyTarget) && !passive && !inner.IsNoun && !head.IsNoun && _tree.Parsed && src >= 0
                && (code[..2] is "18" or "19" || code.StartsWith("171", StringComparison.Ordinal))
                && (IsProtestingCrowd(src) || (IsPopular(src) && RoleOf(src) is "CVL" or "OPP" or "LAB" or "EDU" or "AGR"))
                && A(src).Country is { } rioters && (!placeOnlyTarget || A(targets[0]).Code == rioters)
                && OwnStateBuilding(innerNode, rioters) is { } building)
            {
                code = "145"; targets.Clear(); targets.Add(-1); targetCountry = rioters; targetRole = building; tgtHow = "tree:state-building";
            }
            // "Fano militiamen ambushed a military convoy", "gangs torched the police station", "jihadists overran an army
            // garrison": an armed group's attack on a building or vehicle of a state organ is aimed at that organ, of the
            // country where it stands (else the attackers' own), as "army positions" are MIL (decision 022). Session 16, blind26.
            // "Rebels attacked an army base in Mali": the country of the building's place, which the windows may take as the
            // target, is where the organ stands, not what was struck; the force's own base, post or convoy is the force.
            // Invariant: only a lone target that is that bare country yields (a named side, "attacked Malian troops", stays).
            bool placeOnly = placeOnlyTarget && targets.Count == 1 && targets[0] >= 0;
            // "Al-Shabaab fighters attacked a police post near the Kenyan town of Mandera": a role word on the building that
            // the actor stage gave the attackers' own country stands in another country's place: that country's organ.
            bool borrowedCountry = targets.Count == 1 && targets[0] >= 0 && src >= 0 && _tree.Parsed && !passive && !inner.IsNoun
                && A(targets[0]).Country is { } borrowed && borrowed == A(src).Country && RoleOf(targets[0]) is "MIL" or "COP"
                && _tree.LocativeCountry(innerNode, doc.Places) is { } standsIn && standsIn != borrowed;
            // "JNIM militants attacked a military detachment in Djibo": an armed group striking a force's post across its
            // own country's border got only the place's country above; the post names the organ it houses.
            bool foreignPlaceOnly = targets.Count == 1 && targets[0] < 0 && tgtHow == "tree:attacked-place";
            // Session 61 (force61): a bombing is aimed at the organ whose building or vehicle it went off at, beside or in ("blew
            // himself up at a police academy", "a bomb planted by the Taliban ripped through a police van"), also where the
            // sentence counts the dead only as people ("exploded outside a police station, killing nine people": the gold codes
            // the police, eb30068, eb59051, eb59130). Named victims (an actor: "killing 17 worshippers") keep the target.
            bool bombing = code.StartsWith("183", StringComparison.Ordinal);
            bool bombCountedOnly = bombing && targets.Count == 1 && targets[0] < 0 && tgtHow == "counted-people";
            int struckAnchor = bombing ? BlastAnchor(innerNode) : innerNode;
            if ((targets.Count == 0 || placeOnly || borrowedCountry || foreignPlaceOnly || bombCountedOnly) && !passive && (!inner.IsNoun || bombing) && _tree.Parsed && src >= 0 && !IsWord(inner.End, "any")
                && (code[..2] is "18" or "19" || code.StartsWith("171", StringComparison.Ordinal))
                && RoleOf(src) is "REB" or "CRM" or "MIL" or "COP" or "SPY"
                && _tree.StateBuildingRole(struckAnchor, blast: bombing) is { } attackedOrgan && attackedOrgan is "MIL" or "COP"
                && (_tree.LocativeCountry(struckAnchor, doc.Places) ?? A(src).Country) is { } organCountry)
            {
                targets.Clear(); targets.Add(-1); targetCountry = organCountry; targetRole = attackedOrgan; tgtHow = "tree:armed-on-state-building";
                // "Arakan Army fighters seized a naval base", "jihadists captured an army outpost": a force's base taken is
                // ground occupied (192), as a town taken is.
                if (code is "171" or "1711" && entry.Trigger is "seize" or "capture" && _tree.ObjectIsHeldGround(innerNode)) code = "192";
            }
            // "The Pakistani Taliban claimed responsibility for a suicide attack on a police station in Bannu": a claim of an
            // attack on a state building with no actor target is aimed at the organ the building houses (gold eb13002 PAKCOP,
            // eb18028 SOMMIL), of the country where it stands, else of the claimant's (an armed group attacks at home).
            if (targets.Count == 0 && code == "015" && _tree.Parsed && _tree.ClaimedAttackBuildingRole(innerNode) is { } claimedOrgan
                && (_tree.LocativeCountry(innerNode, doc.Places, attacked: true) ?? A(src).Country) is { } struckAt)
            {
                targets.Add(-1); targetCountry = struckAt; targetRole = claimedOrgan;
                tgtHow = "tree:claimed-attack-building";
            }
            // Session 66 (target66, decision 108): "claimed responsibility for a suicide bombing that killed three policemen",
            // "claimed the bombing of a market that killed nine people": a claim whose attack names no one it was aimed at is
            // aimed at the victims the attack noun's relative clause names: an actor, or people only counted, the civilians
            // of the country where the clause places the attack (else the claimant's: an armed group attacks at home).
            if (targets.Count == 0 && targetCountry is null && code == "015" && _tree.Parsed && src >= 0
                && _tree.ClaimedAttackVictimClause(innerNode, out int claimVictim, out int claimCounted) is var victimClause && victimClause >= 0)
            {
                string? placed = _tree.LocativeCountry(victimClause, doc.Places, attacked: true);
                if (claimVictim >= 0 && claimVictim != src && A(claimVictim).Code is { } vc && vc != A(src).Code && !IsModifier(claimVictim))
                {
                    // "a drone attack that destroyed several bombers at an airbase inside Russia": a bare role the actor stage
                    // placed in the claimant's own country is of the country where the clause puts it.
                    if (placed is not null && A(claimVictim).Country == A(src).Country && placed != A(src).Country
                        && A(claimVictim).Rule.StartsWith("role:", StringComparison.Ordinal) && A(claimVictim).Country is { } vIso
                        && Actors.ActorLexicon.Default.CountryByIso3(vIso) is { } vCountry
                        && vc.StartsWith(vCountry.Cameo, StringComparison.Ordinal) && vc.Length > vCountry.Cameo.Length)
                    {
                        targets.Add(-1); targetCountry = placed; targetRole = vc[vCountry.Cameo.Length..];
                    }
                    else targets.Add(claimVictim);
                    tgtHow = "tree:claimed-attack-victims";
                }
                else if (claimCounted >= 0)
                {
                    targets.Add(-1); targetCountry = placed ?? A(src).Country; targetRole = "CVL";
                    tgtHow = "tree:claimed-attack-counted-victims";
                }
            }
            // "Venezuela's president ordered the mobilisation of militia members after U.S. warships arrived": a show of force
            // with no target of its own is aimed at the foreign side whose act the "after" clause tells (gold/README.md: eb16038
            // "aims a mobilisation at the country whose warships caused it", as eg0327 and eb9058); the emission below codes that
            // side as its bare country.
            if (targets.Count == 0 && code.StartsWith("15", StringComparison.Ordinal) && _tree.Parsed && A(src).Country is { } poser
                && (_tree.CauseClauseDoer(innerNode) is var cdo && cdo >= 0 ? cdo : headNode != innerNode ? _tree.CauseClauseDoer(headNode)
                    // "began snap drills ..., days after Estonia's navy tried to stop a tanker" (session 63, decision 090): the
                    // cause hangs on the verb that governs the event noun.
                    : inner.IsNoun && _tree.LightVerbOfObjectNoun(innerNode) is var lv && lv >= 0 ? _tree.CauseClauseDoer(lv) : -1) is var causer
                && causer >= 0 && causer != src && !_reporters.Contains(causer) && A(causer).Country is { } cc2 && cc2 != poser)
            {
                targets.Add(causer); tgtHow = "tree:cause-clause-doer";
            }
            // "prompting Poland to scramble fighter jets", "Japan scrambled its jets": the force named inside a show of force's own
            // phrase is the force shown, the source's own, never whom the show is aimed at (a bare or same-country force).
            if (code.StartsWith("15", StringComparison.Ordinal) && src >= 0)
                targets.RemoveAll(t => t >= 0 && A(t).Tokens.FirstToken >= inner.Start && A(t).Tokens.EndToken <= inner.End
                    && A(t).Code is { } shown && shown.EndsWith("MIL", StringComparison.Ordinal) && (A(t).Country is null || A(t).Country == A(src).Country));
            // "Pakistan vowed to retaliate after Indian missiles struck", "lodged a protest after a Chinese ship rammed ...": any
            // other reaction with no target of its own is aimed at the doer its "after" clause tells (ReactionCauseDoer).
            if (targets.Count == 0 && targetCountry is null && !passive && ReactionCauseDoer(code, src, innerNode, headNode) is var reactedTo && reactedTo >= 0)
            {
                targets.Add(reactedTo); tgtHow = "tree:reaction-cause-doer";
            }
            // "filed a protest following Beijing's deployment of militia boats", "lodged a protest as Chinese ships entered its
            // waters": the cause told as a noun phrase or an "as"/"when" clause (session 71, ReactionCauseNounDoers).
            if (targets.Count == 0 && targetCountry is null && !passive && ReactionCauseNounDoers(code, src, innerNode, headNode) is { Count: > 0 } causeDoers)
            {
                targets.AddRange(causeDoers); tgtHow = "tree:reaction-cause-noun-doer";
            }
            // "Police dispersed a protest in Nairobi", "the rally was broken up by police": repression of a protest that names
            // no protester is aimed at those who protest, the people (CVL) of the country where it was, else of the force's.
            // Only force (175): a ban on gatherings (1721) is aimed at no one in particular. Only a verb told as done: "may deploy
            // the army to help police quell the protests" tells a purpose (an infinitive), whose aim is not coded.
            // "Police broke up a protest outside the embassy": the actor the surface finds after the gathering only tells
            // where it was held; those dispersed are the protesters, as when no actor follows.
            int protestNode = code.StartsWith("175", StringComparison.Ordinal) && !inner.IsNoun && _tree.Parsed ? _tree.ProtestActedOn(innerNode) : -1;
            if (targets.Count > 0 && protestNode >= 0
                && targets.TrueForAll(t => t >= 0 && _tree.PlaceOfGathering(protestNode, Syntax.Attachment.SpanHead(doc, A(t).Tokens))))
                targets.Clear();
            if (targets.Count == 0 && protestNode >= 0 && src >= 0
                && doc.Token(innerNode).Relation != "xcomp" && !_tree.HasToMark(innerNode)
                && (_tree.LocativeCountry(innerNode, doc.Places) ?? _tree.LocativeCountry(protestNode, doc.Places) ?? A(src).Country) is { } protestedIn)
            {
                targets.Add(-1); targetCountry = protestedIn; targetRole = "CVL"; tgtHow = "tree:protest-acted-on";
            }
            // Session 61 (coerce61): "Police fired warning shots to disperse the protesters", "soldiers fired warning shots to
            // push back the crowd": shots fired to put people down are violent repression of them (175), as tear gas fired to
            // disperse them is; warning shots with no such purpose stay a show of force (150; across a border 190, eb57020).
            // Invariant: only the warning-shot row, by a police or armed force, and only when its purpose clause names people
            // put down.
            if (code == "150" && entry.Trigger == "fire warning shot" && !passive && _tree.Parsed && src >= 0 && RoleOf(src) is "COP" or "MIL"
                && (_tree.DispersedInPurpose(innerNode) is var shotAt && shotAt >= 0 ? shotAt : _tree.DispersedInPurpose(headNode)) is var shotPut
                && shotPut >= 0 && shotPut != src && !_reporters.Contains(shotPut))
            {
                code = "175"; targets.Clear();
            }
            // "Police fired tear gas to disperse the crowds", "used water cannon to break up the protesters": force used with no
            // target of its own is aimed at those its purpose clause puts down (the purpose verb itself is not coded again).
            if (targets.Count == 0 && code[..2] is "17" or "18" or "19" && !passive && _tree.Parsed)
            {
                int put = _tree.DispersedInPurpose(innerNode);
                if (put < 0 && headNode != innerNode) put = _tree.DispersedInPurpose(headNode);
                if (put < 0 && inner.IsNoun && doc.Token(innerNode).Relation == "obj" && doc.Token(innerNode).Head is var usedBy && usedBy >= _f && usedBy < _e)
                    put = _tree.DispersedInPurpose(usedBy);
                if (put >= 0 && put != src && !_reporters.Contains(put)) { targets.Add(put); tgtHow = "tree:purpose-dispersed"; }
            }
            // "Norway pledged 12 million dollars to help Malawi rebuild", "Turkey sent tents to assist Syria": aid given or
            // promised with no recipient of its own goes to whom its purpose clause helps.
            // The parser may make the helped one a compound of a later object ("to help Solomon Islands repair roads"): the
            // first actor between the verb of helping and its object's head.
            if (targets.Count == 0 && code[..2] is "03" or "07" && !inner.IsNoun && _tree.Parsed && _tree.PurposeBeneficiary(innerNode) is var helpedObj
                && helpedObj >= 0)
            {
                int helped = -1;
                for (int k = doc.Token(helpedObj).Head + 1; k <= helpedObj && helped < 0; k++) helped = ActorAt(k);
                if (helped >= 0 && helped != src) { targets.Add(helped); tgtHow = "tree:purpose-beneficiary"; }
            }
            // "Vietnam protested a Chinese survey ship in its waters", "Eritrea protested Ethiopia's decision": a state's
            // protest (an official complaint, 114 below) with a direct object is lodged against the actor whose thing or act
            // the object names; a crowd's protest of a decision names no addressee by it.
            if (targets.Count == 0 && code == "140" && !inner.IsNoun && !passive && _tree.Parsed && ProtestsAsAState(src)
                && _tree.ObjectOwner(innerNode, src) is var owner && owner >= 0 && A(owner).Country != A(src).Country)
            {
                targets.Add(owner); tgtHow = "tree:object-owner";
            }
            // Session 70 (target70): "Japan protested the entry of Chinese coast guard ships into its waters", "protested the
            // detention of its fishermen by Chinese authorities": with no owner as a modifier, the object's doer (its "by"
            // agent, or the "of" phrase of a noun of presence or movement) is whom the complaint is lodged against.
            if (targets.Count == 0 && code == "140" && !inner.IsNoun && !passive && _tree.Parsed && ProtestsAsAState(src)
                && _tree.ProtestedActDoer(innerNode, src) is var protestedDoer && protestedDoer >= 0 && A(protestedDoer).Country != A(src).Country)
            {
                targets.Add(protestedDoer); tgtHow = "tree:protested-act-doer";
            }
            // "banned imports of Polish apples", "halted imports of Russian gas": a curb on imports whose goods a country
            // adjective names is aimed at that country, as "imports from Poland" is.
            if (targets.Count == 0 && code.StartsWith("16", StringComparison.Ordinal) && _tree.Parsed)
                for (int k = inner.Start; k < inner.End; k++)
                    if (doc.Token(k).Lemma == "import" && doc.Token(k).Upos == Upos.NOUN && _tree.ImportedGoodsOrigins(k, src, targets))
                    {
                        tgtHow = "tree:imported-goods-origin";
                        break;
                    }
            // "refused to resume talks until the rebels disarm": a refusal or threat already coded as one is aimed at the
            // doer of its condition (ConditionTarget) before a missing target drops it; one the modal makes a threat is
            // looked at below.
            if (targets.Count == 0 && src >= 0 && _tree.Parsed && !passive && code[..2] is "13" or "12"
                && ConditionTarget(code, inner.IsNoun ? headNode : innerNode, headNode, src) is var conditionedFirst && conditionedFirst >= 0)
            {
                targets.Add(conditionedFirst); tgtHow = "tree:condition-doer";
            }
            if (targets.Count == 0 && src >= 0 && WeighedActTarget(inner, innerNode, src, targets) is { } weighedHow) tgtHow = weighedHow;
            if (targets.Count == 0 && AttackOnUnownedThing(code, entry, innerNode, src, passive, inner.IsNoun || head.IsNoun, out string? struckCountry, out bool passengers, out int carried))
            {
                // Session 67 (fight67): "opened fire on a bus carrying pilgrims": those it is said to carry, named as an actor.
                if (carried >= 0 && !A(carried).IsModifier) { targets.Add(carried); tgtHow = "tree:attacked-thing,carried"; }
                else
                {
                    targets.Add(-1); targetCountry = struckCountry; tgtHow = struckCountry is null ? "tree:attacked-thing" : "tree:attacked-thing(place)";
                    // A bus or a train struck is its passengers struck: the civilians of the country it was in.
                    if (passengers && struckCountry is not null) { targetRole = "CVL"; tgtHow += ",passengers"; }
                }
            }
            // Session 56 (coord56): a conjunct's addressee shared ("summoned Israel's ambassador and demanded an explanation"):
            // ShallowCoder.ConjunctTargets.cs. A gapped object ("Poland expelled three Russian diplomats and Lithuania expelled
            // two") is CodeGappedCountedObjects'.
            if (targets.Count == 0 && !head.IsNoun && !passive && ConjunctSharedTargets(headNode, code, src, targets)) tgtHow = "conj-shared-target";
            // Session 63 (coerce63): "police confiscated an opposition leader's passport", "seized the Canadian company's mine":
            // goods seized are taken from the actor who owns them, named as the object's possessive, adjective or compound.
            // Session 64 (coerce64): "seized gold from a mine run by a Canadian company": else the owner named by a participle
            // of running or owning on the seized thing or the place it was taken from.
            if (targets.Count == 0 && code == "1711" && !inner.IsNoun && !head.IsNoun && !passive && _tree.Parsed)
            {
                if (_tree.ObjectOwner(innerNode, src) is var goodsOwner && goodsOwner >= 0)
                { targets.Add(goodsOwner); tgtHow = "tree:seized-goods-owner"; }
                else if (_tree.SeizedGoodsRunner(innerNode, src) is var runner && runner >= 0)
                { targets.Add(runner); tgtHow = "tree:seized-goods-runner"; }
            }
            // An enterprise has an owner the sentence usually names ("a gold mine run by a Canadian company", "the French-run
            // uranium mine"); one taken with no owner read is left uncoded rather than aimed at no one (verbs.tsv @holding).
            if (targets.Count == 0 && code == "1711" && entry.Trigger.EndsWith("@holding", StringComparison.Ordinal)) return;
            // "remained ready for dialogue", "is ready for talks": an intent to meet names its partner elsewhere in the line
            // (ShallowCoder.MeetingIntents.cs).
            if (targets.Count == 0 && MeetingIntentPartner(head, inner, code, src, passive) is var meetingPartner && meetingPartner >= 0)
            { targets.Add(meetingPartner); tgtHow = "sentence-partner(meeting-intent)"; }
            if (targets.Count == 0)
            {
                // An entry that needs a target still codes its event when the tree shows no place for one ("threatened to
                // walk out", "agreed to disarm"); a place that holds no actor ("banned three rights groups") drops it.
                // "appealed for medical aid", "asked for emergency relief": an appeal for aid is made to whoever will give, and is
                // news with no addressee named, as "appealed for aid" is (decision 006).
                bool aidAppeal = code.StartsWith("023", StringComparison.Ordinal) && head.Entry.Frame == FrameKind.Appeal && !head.IsNoun && inner.IsNoun;
                // "Hezbollah denied firing the rocket", "Russia denied sending troops", "the army denied firing first": the
                // denial (016) is the event, told whether or not the denied act names a victim; CAMEO aims it at the accuser,
                // whom later passes look for (AimDenialsAtTheDeniedAct, AimAnswersAtTheAuthor), and it stays untargeted
                // when the sentence names neither (gold/README.md, decision 063).
                bool deniedAct = head.Entry.Frame == FrameKind.Deny && head.Start != inner.Start;
                // "threatened to impose tariffs on any country that buys Venezuelan oil", "would impose sanctions on any
                // commander who broke the truce", "threatened to arrest anyone who joined the march": a threat held over
                // whoever of a class might do something is aimed at no named side, and is still the threat (decision 084);
                // the slot holds a class, not a place with no actor.
                bool threatOverAnyone = AnyOneAfter(inner) && (code.StartsWith("13", StringComparison.Ordinal)
                    || (MapFrame(FrameKind.Intend, code, code).StartsWith("13", StringComparison.Ordinal) && WillRightBefore(inner)));
                // Session 63 (appeal63): "urged allies to send more Patriot systems", "called on member states to fully fund the
                // force": an appeal the sentence asserts, made to a group it names no actor
                // for (and no earlier pass resolved), is still the appeal; it keeps no recipient rather than being dropped
                // (gold/README.md: an appeal with no addressee named keeps a null target).
                bool groupAppeal = head.Entry.Frame == FrameKind.Appeal && !head.IsNoun && !passive && frameObject < 0 && _tree.Parsed
                    && _tree.GroupAddresseeWithoutActor(headNode)
                    && (MainPredicate(headNode, srcHow) || (srcHow == "tree:inherited-nsubj" && doc.Token(headNode).Relation == "conj"));
                if (!entry.Has(TriggerFlags.NoTarget) && !aidAppeal && !deniedAct && !threatOverAnyone && !groupAppeal && !(head.IsNoun && head.Start == inner.Start && PassiveOfTargetlessPhrase(headNode))
                    && (passive || frameObject >= 0 || !_tree.Parsed || inner.IsNoun || head.IsNoun || !MainPredicate(headNode, srcHow)
                        // a meeting or agreement has another side even when a plural subject hides it ("the two ministers
                        // held talks")
                        || entry.Has(TriggerFlags.Symmetric)
                        || (_tree.HasTargetSlot(innerNode, inner.IsNoun, entry, new TokenRange(inner.Start, inner.End))
                            // Session 56 (realrecall56): "..., and Germany expelled 40": the number counts an elided noun.
                            && !GappedCountedObject(innerNode))))
                    return;
                // "the president flies on a state aircraft", "he travels widely": a journey with no destination is no visit;
                // the place travelled to is what makes flying or travelling one.
                if (code == "042" && !inner.IsNoun && entry.Trigger is "fly" or "travel" or "jet") return;
                targets.Add(-1); tgtHow = entry.Has(TriggerFlags.NoTarget) ? "none" : groupAppeal ? "none(group-addressee)" : "none(no-slot)";
            }
            // People rescued from a small boat at sea are migrants (REF): ShallowCoder.SeaRescues.cs.
            if (code == "073" && targets.Count == 1 && PeopleRescuedFromABoat(inner, targets[0], targetRole, tgtHow))
            { targets[0] = -1; targetCountry = null; targetRole = "REF"; tgtHow += ",rescued-from-boat"; }
            // "UN figures suggest 7.5 million South Sudanese now require humanitarian aid", "300,000 people need food aid": people
            // counted by the number who require or need something are a figure of need, no one demanding it of anyone.
            if (head.Entry.Trigger is "require" or "need" && !head.IsNoun && src >= 0 && CountedBefore(A(src).Tokens.FirstToken)) return;
            // "SEO Chemical provides absorbents and straps", "the agency will provide its hurricane outlook": goods or a service
            // provided to no named recipient are trade or routine work; only aid, force, protection or money (ProvidedAid, a
            // figure) given is material aid when the sentence names no one who receives it.
            if (entry.Trigger is "provide" && !inner.IsNoun && _tree.Parsed && targets.TrueForAll(t => t < 0) && ProvidesNoAid(innerNode)) return;

            bool negated = IsNegated(head) || (head.Start != inner.Start && IsNegated(inner))
                || (_tree.Parsed && (_tree.IsNegated(headNode) || _tree.IsNegated(innerNode)))
                // "banned the main opposition party from holding rallies": what a ban keeps from happening did not happen.
                || (_tree.Parsed && (_tree.PreventedAct(headNode) || _tree.PreventedAct(innerNode)))
                || StoppedShortOf(head);
            // A denial is news however far back the denied act lies ("denied that its coast guard had rammed").
            bool deny = head.Entry.Frame is FrameKind.Deny or FrameKind.Find && head.Start != inner.Start;
            // The cause phrase's contest ("prices jumped on Friday amid strikes") is background by the sentence's structure,
            // not by its tense or a date: the day the sentence gives dates the clause's news, not the cause, so Emit does not
            // let a recent day make it news again.
            _causeNounAt = head.Start == inner.Start && ContestCauseNoun(inner, code) ? inner.Start : -1;
            bool sceneProtest = ProtestOfTheScene(code);
            bool afterClause = _tree.InAfterClause(headNode, misparsed: !sceneProtest, causeClause: !sceneProtest) || _tree.InDaysAfterClause(headNode);
            bool background = CueDates(headNode, innerNode) || ClauseBackground(clause, headNode, innerNode) || (!deny && ClauseBackground(inner.Clause, headNode, innerNode)) || FormerBefore(inner)
                || _tree.InPluperfectClause(headNode) || (!deny && _tree.InPluperfectClause(innerNode)) || afterClause
                || _tree.InCauseOfReaction(headNode) || _tree.InBackgroundRelativeClause(headNode)
                // ", where gunmen have attacked several villages": a place's standing state (TreeRoles.PerfectWhereClauses.cs).
                || _tree.InPerfectWhereClause(headNode)
                || _causeNounAt >= 0;
            // "suspended Guinea-Bissau on Friday after soldiers seized power": an "after" clause is the news's cause by the
            // sentence's structure, so the main clause's recent day (which a misparse may attach to the clause) does not make
            // it news again in Emit, as with a cause noun. Denials and findings of an earlier act keep their own reading.
            if (!deny && !sceneProtest && afterClause) _causeNounAt = inner.Start;
            // "condolences to the families of soldiers killed in a clash with rebels", "rice for families displaced by
            // fighting": a reduced passive relative tells what befell its noun, background by the sentence's structure (as
            // a cause noun is, so a recent day in it does not make it news again: see Emit).
            if (!background && !deny && _tree.InDescribingParticiple(headNode)) { background = true; _causeNounAt = inner.Start; }
            // "frozen since Russia's invasion of Ukraine": the act a state has lasted from is history (ShallowCoder.SinceNouns.cs).
            if (!background && head.Start == inner.Start && SinceEventNoun(head, headNode)) { background = true; _causeNounAt = inner.Start; }
            // A finding is news however far back the found act lies ("found that the air force had dropped chlorine in
            // 2018"): only the finding verb's own tense and dates count.
            if (head.Entry.Frame == FrameKind.Find && _tree.Parsed)
            {
                int found = _tree.FindingClause(headNode);
                int cue = _sentenceBackground ? CueClause() : -1;
                bool cueInFinding = cue >= 0 && found >= 0 && (cue == found || _tree.InSubtreeOf(cue, found));
                // A cue of a noun-modifying clause dates only that clause (see CueDates).
                background = _tree.InPluperfectClause(headNode) || (_sentenceBackground && !cueInFinding && (_backgroundCueClause < 0 || CueDates(headNode, headNode)));
            }
            // "Venezuela's president warned that US strikes could be followed by an invasion": a warning that another
            // country will act is a pessimistic comment about it (012), not a threat; "warned that his army would strike"
            // (the source's own side) stays one.
            // "warned that Israel would pay dearly" is the warner's own threat.
            if (head.Entry.Frame == FrameKind.Threat && frameRule is not null && !head.Entry.Cameo.StartsWith("13", StringComparison.Ordinal)
                && !entry.Has(TriggerFlags.SpeakerThreat) && tgtHow == "frame-object" && targets.Count > 0 && targets[0] >= 0 && A(targets[0]).Tokens.FirstToken >= head.End && ThatBetween(head.End, A(targets[0]).Tokens.FirstToken)
                && A(targets[0]).Tokens.EndToken <= inner.Start && A(targets[0]).Country is { } doerCountry && A(src).Country is { } warner
                && doerCountry != warner)
            {
                code = head.Entry.Cameo; modality = Modality.Asserted;
                frameRule = $"warning:{head.Entry.Trigger}+{entry.Trigger}→{code}";
            }
            // "Britain said Russia should withdraw its troops", "the opposition leader said the government should release
            // the activists": an act told with a modal of obligation is not done; the speaker asks it of the clause's subject,
            // an appeal (02x by the act, as "urged X to" numbers it) from the speaker to that subject. With no speaker of its
            // own ("the government should act", an opinion) or the subject's own words, it is no event.
            // The verb whose object is the event noun carries the modal for it ("Bolivia must resume talks with Peru").
            int modalBearer = !head.IsNoun ? headNode
                : headNode >= 0 && doc.Token(headNode).Relation == "obj" ? doc.Token(headNode).Head : -1;
            if (modality == Modality.Asserted && frameRule is null && _tree.Parsed && modalBearer >= 0
                && _tree.DeonticModal(modalBearer) is var deontic && deontic >= 0)
            {
                int speaker = AttributionOf(new TokenRange(inner.Start, inner.End));
                if (negated || speaker < 0 || src < 0 || speaker == src || A(speaker).Code == A(src).Code) return;
                // "Amnesty said the authorities must release the journalists", "the Kremlin said Kyiv must first withdraw its
                // troops": "must" leaves the subject no choice; the speaker demands the act (10x), as the gold codes every
                // such line, where "should" only asks it (02x).
                code = IsWord(deontic, "must") ? MapFrame(FrameKind.Demand, code, "100") : MapFrame(FrameKind.Appeal, code, "020");
                targets.Clear(); targets.Add(src); tgtHow = "obligation-subject";
                src = speaker; srcHow = "obligation-speaker";
                targetCountry = null; targetRole = null;
                modality = Modality.Demanded;
                frameRule = $"obligation:{entry.Trigger}→{code}";
            }
            string unmodal = code;
            if (modality == Modality.Asserted) modality = ModalityCue(head, ref code, entry, src);
            // "If Nigeria's president asks Ghana to send troops, Accra will refuse": a request or plan told inside an "if" clause is
            // only supposed, however its frame verb reads.
            else if (modality is Modality.Demanded or Modality.Intended && InConditionalClause(head)) modality = Modality.Conditional;
            // "would impose further sanctions if Tehran resumed enrichment", "will fight back if the U.S. persists": a threat
            // (here, once the modal made the act one) is aimed at whoever its condition names as the doer; "rejected calls
            // for a ceasefire until Kyiv gives up its bid", "refused to resume talks unless the rebels disarm": so is a
            // refusal held until another side acts.
            if (targets is [-1] && targetCountry is null && src >= 0 && _tree.Parsed && !passive && code[..2] is "13" or "12"
                && ConditionTarget(code, inner.IsNoun ? headNode : innerNode, headNode, src) is var conditioned && conditioned >= 0)
            {
                targets[0] = conditioned; tgtHow = "tree:condition-doer";
            }
            // "Iran allowed IAEA inspectors to return to the plant", "Armenia allowed EU monitors to deploy": when the
            // permission is itself coded (086x), what it permits is not a second event (gold/README.md codes the permission
            // alone); a permission the lexicon does not code ("the deal allows troops to train together") leaves the act
            // possible.
            if (head.Start == inner.Start && _tree.Parsed && _tree.ComplementGovernor(innerNode, g => Is(g, Words.Permit)) is var permit
                && permit >= 0 && TrigAt(permit) >= 0)
                return;
            // "China isn't afraid to fight one", "the agency would be unable to enforce the curbs", "is free to leave": an act
            // under an adjective of fear, ability or leave is only weighed as a course open or closed to its subject, not done,
            // announced or threatened (readiness, "ready to talk", is an intent and is read above).
            if (head.Start == inner.Start && _tree.Parsed && _tree.ComplementGovernor(innerNode, g => AttitudeAdjectives.Contains(W(g))) >= 0) return;
            // "urged Colombia to return to talks", "wants Bogota to resume negotiations": an event that no frame took, lying
            // in the complement of an appeal, demand, threat or intent, is asked for, threatened or meant, not done.
            // A visit or call that sets a past clause ("promised to send food during a phone call with Arce", "pledged to boost
            // trade during a visit to Brasilia") took place whatever the promise: the parser may hang the setting phrase on
            // the promised verb, but a past promise was made in it.
            if (modality == Modality.Asserted && head.Start == inner.Start && _tree.Parsed
                && !(inner.IsNoun && _tree.IsSettingEvent(innerNode) && _tree.SettingInPastClause(innerNode)))
            {
                modality = ComplementModality(innerNode);
                code = ThreatenedActCode(code, modality);
            }
            // "a Chinese blockade of Taiwan would disrupt supplies" is a hypothetical (gold/README.md), "a strike could close the
            // port" a possibility.
            if (modality == Modality.Asserted && inner.IsNoun && head.Start == inner.Start && _tree.SubjectOfSupposition(innerNode) is { } supposed)
                modality = supposed == "would" ? Modality.Conditional : Modality.Possible;
            // "said the military would not negotiate with the RSF", "Moscow will not scale back its operations": an act of
            // cooperation or yielding announced as not going to happen is a refusal (12x, asserted; gold/README.md:
            // "would not negotiate" is 125), numbered as "refused to" numbers it. A hostile act that will not happen is no event.
            if (negated && modality == Modality.Intended && frameRule is null && unmodal[0] == '0' && unmodal[1] is >= '3' and <= '8'
                && ModalNegated(head))
            {
                code = MapFrame(FrameKind.Reject, unmodal, "120");
                modality = Modality.Asserted; negated = false;
                frameRule = $"modal-refusal:{entry.Trigger}→{code}";
                // Session 60 (judge60): "would not reopen the border crossings until Cambodia cleared its mines": the refusal
                // is aimed at the other side its condition names, whose act would end it (as "refused to reopen ... until"
                // is above), in place of no target or the source's own population the eased measure would have had.
                if (targets is [-1] && (targetCountry is null || tgtHow.StartsWith("own-country", StringComparison.Ordinal))
                    && src >= 0 && _tree.Parsed && !passive
                    && ConditionTarget(code, inner.IsNoun ? headNode : innerNode, headNode, src) is var refusalCondition && refusalCondition >= 0)
                {
                    targets[0] = refusalCondition; tgtHow = "tree:condition-doer";
                    targetCountry = null; targetRole = null;
                }
            }
            // "Iran is not ready to negotiate with the United States", "said it was not willing to resume talks": readiness
            // to cooperate or yield denied by a negation inside the copula phrase is a refusal (12x, asserted), as "would not
            // negotiate" is above.
            if (negated && head.Entry.Frame == FrameKind.Intend && head.Start != inner.Start && NegationInside(head)
                && entry.Cameo is { Length: >= 3 } ic && ic[0] == '0' && ic[1] is >= '3' and <= '8'
                && MapFrame(FrameKind.Reject, ic, "120") is var refusal)
            {
                code = refusal; modality = Modality.Asserted; negated = false;
                frameRule = $"denied-readiness:{head.Entry.Trigger}+{entry.Trigger}→{code}";
            }
            // "would not rule out declaring a state of emergency", "did not rule out sending troops": an option its holder
            // declines to exclude is a policy option considered (014, CAMEO's "consider policy option"), asserted; the act
            // itself is neither done nor refused.
            if (negated && head.Entry.Trigger == "rule out" && !head.IsNoun && head.Start != inner.Start)
            {
                code = "014"; modality = Modality.Asserted; negated = false;
                frameRule = $"unexcluded-option:{entry.Trigger}→014";
            }
            // "said he was not optimistic about the talks", "was not confident of a deal": optimism denied by its own speaker is
            // a pessimistic comment (012), asserted (the CAMEO codebook's 012 is any negative outlook).
            if (negated && frameRule is null && unmodal == "013" && !inner.IsNoun)
            {
                code = "012"; negated = false;
                frameRule = $"denied-optimism:{entry.Trigger}→012";
            }
            // "would not comment on the reports", "we do not comment on such matters": declining to comment (011), asserted
            // (ShallowCoder.DeclinedComments.cs).
            if (negated && frameRule is null && unmodal == "010" && head.Start == inner.Start && DeclinesComment(inner))
            {
                code = "011"; negated = false; modality = Modality.Asserted;
                frameRule = $"declined-comment:{entry.Trigger}→011";
            }
            // Appeals, demands, threats and intents are modal by nature, whichever way the lexicon matched them.
            if (modality == Modality.Asserted)
                modality = code[..2] switch
                {
                    "02" or "10" => Modality.Demanded,
                    "13" => Modality.Threatened,
                    "03" => Modality.Intended,
                    _ => Modality.Asserted,
                };
            // The future tense of "will pay a heavy price" is the threat's own, not an intent of the speaker.
            if (threatened >= 0) modality = Modality.Threatened;
            // "vowed to crush the opposition" (137): an intent to do harm is coded as a threat, and flagged as one.
            if (modality == Modality.Intended && code.StartsWith("13", StringComparison.Ordinal)) modality = Modality.Threatened;
            // "threatened to close the border with Colombia if Bogota did not stop ...", "threatened to cut gas supplies to Spain
            // if Madrid ...": a threat keeps the dyad of the act it threatens, so a bare country the act names stays the target;
            // the capital or government of that country named in the condition does not replace it (decision 084). The
            // condition's doer is the target only of a threat whose act names no one (ConditionTarget above).
            // "warned of grave consequences if American bombers flew over the peninsula again": a threat aimed at the doer of its
            // condition, when that doer is a foreign state's forces or their craft, is aimed at the state, its bare country
            // (gold eb16024 USA), as a show of force is; a threat to strike the forces themselves keeps them ("threatened to
            // strike American warships", eg0547 USAMIL: the object, not the condition).
            if (code.StartsWith("13", StringComparison.Ordinal) && tgtHow == "condition-subject" && targets.Count == 1 && targets[0] >= 0
                && RoleOf(targets[0]) is "MIL" && A(targets[0]).Country is { } warned && A(src).Country is { } threatener && warned != threatener)
            {
                targets[0] = -1; targetCountry = warned; targetRole = null; tgtHow += ",state-of-forces";
            }
            // "signed a declaration brokered by the United States", "met under the auspices of the EU": the broker mediates
            // (045) between the sides, and is none of them.
            int broker = -1;
            var coBrokers = new List<int>();
            // Swaps of prisoners and truces (08) and agreements told as intent (03) are brokered as deals and talks are, when both
            // sides make them. Session 67 (intent67, decision 125): a release one side grants ("the Taliban freed an American
            // after mediation by Qatar", "Iran released a Swedish citizen ..., in an exchange that Oman had arranged") is
            // mediated too, between the holder and the captive's state (the broker's events below); a truce one side declares
            // alone keeps its broker as a cause.
            string? captiveState = code.StartsWith("084", StringComparison.Ordinal) && targets.Count == 1 && targets[0] >= 0
                && !tgtHow.Contains("joint-subject", StringComparison.Ordinal) && A(targets[0]).Country is { } captiveOf
                && A(src).Country is { } holderState && captiveOf != holderState ? captiveOf : null;
            bool releaseOfForeignCaptive = captiveState is not null;
            if (_tree.Parsed && (code[..2] is "04" or "05" or "06"
                || (code[..2] is "03" or "08" && (tgtHow.Contains("joint-subject", StringComparison.Ordinal) || entry.Has(TriggerFlags.Symmetric)))
                || releaseOfForeignCaptive))
            {
                broker = _tree.Broker(innerNode, coBrokers);
                if (broker < 0 && headNode != innerNode) broker = _tree.Broker(headNode, coBrokers);
                if (broker < 0 && inner.IsNoun) broker = _tree.BrokerAfter(inner.End);
                if (broker < 0) broker = _tree.BrokeredAdjunctAfter(Math.Max(head.End, inner.End), coBrokers);
                if (broker == src) broker = -1;
                if (broker >= 0) targets.Remove(broker);
                if (broker >= 0 && targets.Count == 0) targets.Add(-1);
            }
            // Session 65 (appeal65, decision 103): "France, UN call for calm" after strikes on a town: calm asked amid fighting is
            // de-escalation (0256), not the easing of dissent (0252) the lexicon's calm rows give.
            code = CalmPhraseCode(code, entry.Trigger);
            // Session 65 (appeal65, decision 103): "requested a new UN peacekeeping mission", "appealed to the international
            // community for more troops for the security mission", "asked the Security Council to authorise a larger
            // international force": forces asked for to keep the peace or protect are military protection (0234, 1034), the
            // codebook's "deployment of peacekeepers or other military forces"; arms and equipment stay military aid (0232).
            if (_tree.Parsed && code is "020" or "023" or "100" or "103"
                && (_tree.ProtectionAskedFor(innerNode) || (headNode != innerNode && _tree.ProtectionAskedFor(headNode))))
                code = code[0] == '0' ? "0234" : "1034";
            // "pledged 500 million euros in humanitarian aid": the kind of aid an amount is given in names the aid code.
            // A money phrase ("provide $", "give dollar": 071, or 0331 under a promise) keeps "in emergency aid" as its kind.
            if (_tree.Parsed && code is "030" or "033" or "070" or "071" or "0331" or "162" or "020" or "023" or "0231" or "100" or "103"
                && (_tree.AidKindOfAmount(innerNode) ?? (headNode != innerNode ? _tree.AidKindOfAmount(headNode) : null)
                    ?? (code is "020" or "023" or "030" or "033" or "070" ? _tree.AidKindOfThing(innerNode) : null)
                    // "appealed for $5 million to help 200,000 refugees", "launched an appeal for $30 million to assist flood
                    // victims": money or aid asked for to relieve people a disaster or a war struck is humanitarian aid.
                    ?? (code is "020" or "023" or "0231" ? _tree.AppealReliefPurpose(innerNode) : null)
                    // Session 69 (coop69): "pledged $12 million to help Bangladesh feed Rohingya refugees", "an extra 120 million
                    // euros to help Jordan host Syrian refugees": money given or promised to relieve stricken people is
                    // humanitarian aid (0333, 073) as money asked for is (0233), before the bare economic reading below.
                    ?? (code is "033" or "0331" or "071" && _tree.GivesMoney(innerNode) ? _tree.AppealReliefPurpose(innerNode) : null)
                    // Session 65 (appeal65, decision 103): "asked India to help rebuild bridges" (economic), "urged donors to help
                    // equip the army" (military), "for $600 million to rebuild homes destroyed by floods" (humanitarian): what
                    // the asked help is to build or equip names its kind.
                    ?? (code is "020" or "023" or "0231" ? _tree.AidKindOfPurpose(innerNode) ?? (headNode != innerNode ? _tree.AidKindOfPurpose(headNode) : null) : null)
                    // "pledged 12 million dollars to help Tonga rebuild": money that names no other kind is economic aid; a
                    // plain intent (030) only under a verb of promising, not "agreed to pay 5 million dollars for the jets".
                    ?? ((code != "030" || Is(headNode, Words.PromiseMoney)) && (_tree.GivesMoney(innerNode) || (headNode != innerNode && _tree.GivesMoney(headNode))) ? 'E' : null)) is { } aidKind)
            {
                string family = code[..2] switch { "03" => "033", "07" => "07", "16" => "162", "02" => "023", _ => "103" };
                code = family + (aidKind switch { 'H' => "3", 'M' => "2", _ => "1" });
            }
            // Session 74 (exact74): "asked Kenya for more fuel supplies", "appealed to its allies for intelligence on the
            // smugglers", "appealed to Brussels for access for its monitors": a bare appeal or demand whose "for" noun
            // names a kind the aid readings above do not (economic goods, intelligence, access, a reform) is an appeal or demand
            // of that kind (AskedThingContent), by the numbering 02x ↔ 10x. Only the bare code: a kind already read stays.
            // An appeal or demand for aid of no kind (023, 103, from a row such as "ask for supplies") takes the kind only
            // within aid ("for more gas supplies": 0231), never another code of the root.
            if (code is "020" or "100" or "023" or "103" && !inner.IsNoun && _tree.Parsed && AskedForNoun(innerNode) is var askedFor && askedFor >= 0
                && AskedThingContent(askedFor) is { } askedForKind
                && (code is "020" or "100" || askedForKind.StartsWith("103", StringComparison.Ordinal)))
                code = code[0] == '0' ? DemandContent.AppealOf(askedForKind) : askedForKind;
            // "rejected a request from Nauru for emergency food shipments", "turned down Kyiv's request for more air defence
            // systems": a refused request for aid of a kind is the refusal of that aid (122k), as the appeal for it is 023k.
            // Only the plain rejection (120): a refusal the lexicon or a frame already named keeps its code.
            if (code == "120" && !inner.IsNoun && _tree.Parsed && _tree.RequestedAidKind(innerNode) is { } refusedAid)
                code = "122" + (refusedAid switch { 'H' => "3", 'M' => "2", _ => "1" });
            // Session 65 (appeal65, decision 103): "rejected Haiti's request for a full UN peacekeeping mission" (1224), "rejected
            // a Tajik request for a red notice against an opposition leader" (1213): a refused request for forces to keep the
            // peace, or for an extradition, is refused as what it asked for, as the appeal for it is 0234 / 0213.
            if (code == "120" && !inner.IsNoun && _tree.Parsed && _tree.RequestedNonAidKind(innerNode) is { } refusedKind)
                code = refusedKind == 'P' ? "1224" : "1213";
            // "The WHO deployed experts to the affected areas", "the army deployed medical teams to the flooded towns": a deployment
            // by a health or relief body, or of medical staff, is humanitarian aid (073), not a show of force (154).
            if (code == "154" && _tree.Parsed && !inner.IsNoun && (IsReliefBody(A(src).Code) || _tree.ConveysMedicalStaff(innerNode))) code = "073";
            // "Oxfam has sent specialists to set up water facilities": experts sent are aid only when a health or relief body
            // sends them; a state's experts sent abroad may be investigators, builders or advisers ("sent experts to examine the
            // wreckage").
            if (entry.Trigger.EndsWith("@staff", StringComparison.Ordinal) && (src < 0 || !IsReliefBody(A(src).Code))) return;
            // "Protesters gathered outside parliament", "demonstrators converged on the ministry": gathering is a demonstration
            // (141) only when those who gather are named as protesters; "leaders gathered in Rome", "a crowd gathered to watch"
            // are no protest.
            // "gathered outside Congress to demand its dissolution": the purpose clause is the demonstration's own event, coded
            // from its verb; the gathering adds none.
            // Session 59 (blind77, decision 071): a gathering for a demand is the demonstration, aimed where the demand is.
            bool gatheredForDemand = entry.Has(TriggerFlags.ProtesterSource) && GatheredForDemand(innerNode, src);
            if (gatheredForDemand) { targets.Clear(); targets.Add(-1); targetCountry = null; tgtHow = "none(gathered for a demand)"; }
            // Session 71 (famcoe): a gathering of the people to oppose, denounce or reject something is the demonstration too.
            bool gatheredToOppose = !gatheredForDemand && entry.Has(TriggerFlags.ProtesterSource) && GatheredToOppose(innerNode, src);
            if (!gatheredForDemand && !gatheredToOppose && entry.Has(TriggerFlags.ProtesterSource) && (src < 0 || !(IsNamedProtesters(src) || DescribedByDemand(src)) || PurposeClause(innerNode))) return;
            // "Troops along the border are on high alert": a state of readiness is a show of force only in a force.
            // Session 53 (blind71): "denied that its warships had entered Japanese waters": a framed act with a subject of its
            // own is checked on that subject, the force, not on the framer who denies it.
            int forceDoer = head.Start != inner.Start && !inner.IsNoun && _tree.OwnSubjectActor(innerNode) is var ownDoer && ownDoer >= 0 ? ownDoer : src;
            if (entry.Has(TriggerFlags.ForceSource) && (forceDoer < 0 || RoleOf(forceDoer) is not ("MIL" or "COP"))) return;
            // "Tonga's Privy Council dismissed the police commissioner", "the president dismissed his defence minister": "dismiss"
            // whose object is itself an office holder or organ of the dismisser's own country (not an owner of the thing
            // dismissed, "the unions' demands") is removal from office inside the state, no interaction (a president firing
            // his police chief in blind60), not a rejection (120, "dismissed the proposal").
            if (entry.Trigger == "dismiss" && !inner.IsNoun && src >= 0 && A(src).Country is { } dismisser && targets.Count > 0
                && targets.TrueForAll(t => t >= 0 && !IsModifier(t) && A(t).Country == dismisser && A(t).Code is { } tc && tc != dismisser))
                return;
            // "agreed to connect their power grids", "agreed to hold joint coast guard drills": a plain intent takes the field
            // of the act it frames (0311, 0312, 0313, 0314, 032).
            if (_tree.Parsed && code == "030" && _tree.CooperationIntentKind(innerNode) is { } field) code = field;
            // "agreed to deepen cooperation on air defence" (031), "deepened cooperation on defence" (060): cooperation whose
            // field an "on"/"in" phrase names is of that kind, material fields only (031x, 06x; 032 is no kind of either).
            if (_tree.Parsed && code is "031" or "060" && !inner.IsNoun && _tree.CooperationFieldOfAct(innerNode) is { } phraseField
                && phraseField.StartsWith("031", StringComparison.Ordinal))
                code = code == "031" ? phraseField : "06" + phraseField[3];
            // "opened an investigation into a former president over alleged fraud", "an inquiry into the killing of
            // protesters", "investigating how its artillery shells landed": what is looked into names the investigation's kind.
            if (code == "090" && InvestigatedKind(inner.End) is { } investigated) code = investigated;
            // "thousands of farmers protested in Athens against fuel costs", "students protested outside
            // parliament": a protest by a country's people (not a state's complaint, 114 below) is a demonstration (141), as the
            // gold codes every crowd that "protested"; only the bare "protest" trigger, not phrases such as "walk out in protest".
            if (code == "140" && inner.Entry.Trigger == "protest" && src >= 0 && A(src).Code is { Length: >= 3 } crowd && PopularRoles.Contains(crowd[^3..])) code = "141";
            // "rallied against the government's plan", "walked out in protest at the pension reform": the change a protest is
            // against or for gives its sub-code (14xk), as a demand of it does (FoldDemandsIntoProtests).
            if (_tree.Parsed && code is "141" or "142" or "143" or "144" or "145"
                && (_tree.ProtestReasonKind(innerNode) is var kind && kind > 0 ? kind : headNode != innerNode ? _tree.ProtestReasonKind(headNode) : 0) is var reform && reform > 0)
                code += (char)('0' + reform);
            // "marched through Madrid in support of Palestinians in Gaza": a demonstration of support is about whom it supports.
            if (_tree.Parsed && code.Length >= 3 && code[..3] is "141" or "142" or "143" or "144" or "145" && targets.TrueForAll(t => t < 0) && targetCountry is null
                && _tree.ProtestSupported(innerNode) is var supported && supported >= 0 && supported != src && A(supported).Code != A(src).Code)
            {
                targets.Clear(); targets.Add(supported); tgtHow = "protest-in-support-of";
            }
            // "farmers marched to protest against EU trade deals": a protest with no target of its own is aimed at whose act
            // or thing it is against ("protested against cheap imports and the EU's farm policy": the plain protest too).
            if (_tree.Parsed && code.Length >= 3 && code[..3] is "140" or "141" or "142" or "143" or "144" or "145" && targets.TrueForAll(t => t < 0) && targetCountry is null
                && _tree.ProtestReasonActor(innerNode) is var against && against >= 0 && against != src && A(against).Code != A(src).Code)
            {
                targets.Clear(); targets.Add(against); tgtHow = "protest-reason";
            }
            // The same reason read off the words when the parser hung it out of the tree's reach (SurfaceProtestReasonActor).
            if (code.Length >= 3 && code[..3] is "140" or "141" or "142" or "143" or "144" or "145" && targets.TrueForAll(t => t < 0) && targetCountry is null
                && SurfaceProtestReasonActor(inner) is var againstWords && againstWords >= 0 && againstWords != src && A(againstWords).Code != A(src).Code
                && !_reporters.Contains(againstWords))
            {
                targets.Clear(); targets.Add(againstWords); tgtHow = "protest-reason(words)";
            }
            // "lodged a protest over a Russian naval exercise", "filed a complaint over Turkish jets' flights": a state's
            // official complaint with no addressee of its own is aimed at whose act or thing it is over, as a protest is
            // (the phrase's noun may carry the reason: "a protest over ..."). Only another country's: a complaint over
            // one's own people's acts is not made to them.
            if (_tree.Parsed && code == "114" && !inner.IsNoun && targets.TrueForAll(t => t < 0) && targetCountry is null && src >= 0
                && _tree.ComplaintReasonActor(innerNode) is var over && over >= 0 && over != src && A(over).Country is { } overCountry
                && overCountry != A(src).Country)
            {
                targets.Clear(); targets.Add(over); tgtHow = "complaint-reason";
            }
            // "deployed the army to help police contain protests", "may deploy troops to quell the riots": a country's own
            // forces sent to put down unrest are aimed at its people, the crowds they face (eg0554, eb21016 KENCVL); a
            // deployment "ahead of planned protests" or with no such purpose names no target (eb23101).
            if (code.StartsWith("15", StringComparison.Ordinal) && targets.TrueForAll(t => t < 0) && targetCountry is null
                && src >= 0 && RoleOf(src) is "MIL" or "COP" && A(src).Country is { } quellingState && SentToQuellUnrest(inner.End))
            {
                targets.Clear(); targets.Add(-1); targetCountry = quellingState; targetRole = "CVL"; tgtHow = "sent-to-quell-unrest";
            }
            // "marched to the Ugandan high commission": a protest at a country's mission is aimed at its government.
            if (_tree.Parsed && code.Length >= 3 && code[..3] is "141" or "142" or "143" or "144" or "145" && targets.TrueForAll(t => t < 0) && targetCountry is null
                && _tree.ProtestAtMission(innerNode) is { } missionOf && missionOf != A(src).Country)
            {
                targets.Clear(); targets.Add(-1); targetCountry = missionOf; targetRole = "GOV"; tgtHow = "protest-at-mission";
            }
            // "ordered the withdrawal of the UN peacekeeping mission", "expelled IAEA inspectors", "ordered foreign aid groups
            // to leave": who is expelled or withdrawn names the sub-code (1661 peacekeepers, 1662 observers, 1663 aid agencies).
            if (_tree.Parsed && code == "166" && (_tree.ExpelledKind(innerNode) ?? (headNode != innerNode ? _tree.ExpelledKind(headNode) : null)) is { } expelled)
                code = expelled;
            // "pulled out of the ceasefire talks" when the parser misses the talks: the negotiation noun right after.
            if (code == "166" && NegotiationAfter(inner.End)) code = "164";
            // "launched a probe into bribery allegations against a former defence minister", "set up a commission of inquiry into
            // the deaths of protesters in police custody": what an investigation looks into names its kind (091 crime, 092
            // abuses, 093 military action, 094 war crimes) when the trigger's own words do not, and whose act it is, its
            // target when the trigger's slots name none.
            if (code.StartsWith("09", StringComparison.Ordinal) && _tree.Parsed && entry.Frame == FrameKind.None
                && _tree.InvestigatedNoun(innerNode, new TokenRange(inner.Start, inner.End)) is var probed && probed >= 0)
            {
                if (code == "090" && _tree.InvestigationKind(probed) is { } probeKind) code = probeKind;
                // "opened an inquiry into the deaths of three protesters in police custody": a national investigator looks into
                // its own country's keepers (COP, MIL), not into the dead, when the act names no doer of its own.
                if (tgtHow is not ("tree:investigated-doer" or "investigated") && src >= 0 && A(src).Country is { } keeperState
                    && _tree.CustodyKeeper(probed) is { } keeper && RoleOf(src) != keeper
                    && !targets.Exists(t => t >= 0 && RoleOf(t) == keeper))
                {
                    targets.Clear(); targets.Add(-1); targetCountry = keeperState; targetRole = keeper; tgtHow = "investigated-custody";
                }
                if (targets.TrueForAll(t => t < 0) && targetCountry is null && _tree.InvestigatedActor(probed, src) is var suspect && suspect >= 0)
                {
                    targets.Clear(); targets.Add(suspect); tgtHow = "investigated";
                }
                // "opened an investigation into an army air strike": a force named only as the act's modifier is the
                // investigator's own country's force, as with custody above.
                else if (targets.TrueForAll(t => t < 0) && targetCountry is null && src >= 0 && A(src).Country is { } forceState
                    && _tree.ForceModifierRole(probed) is { } force && RoleOf(src) != force)
                {
                    targets.Clear(); targets.Add(-1); targetCountry = forceState; targetRole = force; tgtHow = "investigated-force";
                }
                // "Gunmen abducted six women … Prosecutors opened an investigation into the kidnapping": a definite act noun
                // with no doer of its own names an act the article told before, and the inquiry looks into its doer's deed.
                else if (targets.TrueForAll(t => t < 0) && targetCountry is null && src >= 0 && _tree.AnaphoricActAt(probed) is { } probedAct
                    && EarlierActor(src, probedAct) is var probedDoer && probedDoer >= 0)
                {
                    targets.Clear(); targets.Add(probedDoer); tgtHow = "investigated-earlier-act";
                }
                // "the ICC opened an investigation into alleged war crimes in Libya", "a UN commission launched an inquiry into
                // killings in the war in Sudan": an inquiry from outside into acts whose doer is not named looks into what
                // happened in that country; it is aimed at the country (bare: no organ of it is named). An investigator's own
                // country is no target ("Peruvian prosecutors opened an inquiry into the killings in Puno"), nor is the place of
                // a state's own acts it investigates ("Israel's military is investigating the strike on a convoy in Gaza"): only
                // international investigators (courts, UN bodies, rights groups: actors of no country) look in from outside.
                else if (targets.TrueForAll(t => t < 0) && targetCountry is null && src >= 0 && A(src).Country is null
                    && (_tree.LocativeCountry(probed, doc.Places) ?? _tree.InvestigatedPlaceCountry(probed, doc.Places)) is { } probedIn)
                {
                    targets.Clear(); targets.Add(-1); targetCountry = probedIn; tgtHow = "investigated-place";
                }
            }
            // "Spain extradited a Moroccan drug trafficker to Rabat": an extradition is judicial cooperation between states (063);
            // the one handed over is its matter, the receiving state its partner. A place in the "to" phrase the actor stage
            // left a place names that state: its government when it is the capital (as a capital in a target phrase is
            // above), else the bare country.
            if (code == "063" && !inner.IsNoun && _tree.Parsed && src >= 0 && tgtHow == "tree:obj"
                && _tree.VisitedPlace(innerNode, doc.Places, entry) is var extraditedTo && extraditedTo >= 0
                && doc.Places[extraditedTo].Place is { Country: { } receiving } destinationPlace && receiving != A(src).Country)
            {
                bool toCapital = Actors.ActorLexicon.Default.IsCapitalPlace(destinationPlace);
                targets.Clear(); targets.Add(-1); targetCountry = receiving; targetRole = toCapital ? "GOV" : null; tgtHow = "tree:extradited-to";
            }
            // "accepted an invitation to visit Vietnam", "turned down an invitation to pay a visit to Moscow": with no inviter
            // named, the state the guest is asked to visit is the host, and the acceptance (036) or refusal (125) is aimed at
            // it. A visit within the guest's own country hosts no one.
            if (code is "036" or "125" && entry.Trigger.Contains("invitation", StringComparison.Ordinal) && src >= 0
                && targets.TrueForAll(t => t < 0) && targetCountry is null
                && _tree.InvitationDestination(new TokenRange(inner.Start, inner.End), doc.Places, out int invitedHost, out string? hostCountry))
            {
                if (invitedHost >= 0 && invitedHost != src && A(invitedHost).Country != A(src).Country) { targets.Clear(); targets.Add(invitedHost); tgtHow = "tree:invited-to"; }
                else if (invitedHost < 0 && hostCountry is not null && hostCountry != A(src).Country)
                {
                    targets.Clear(); targets.Add(-1); targetCountry = hostCountry; tgtHow = "tree:invited-to";
                }
            }
            // "demanded the release of four activists detained by security forces", "Amnesty urged the release of jailed
            // journalists in Azerbaijan": a demand or appeal for a release (1053, 0253) asks it of whoever holds the people, not
            // of the people freed. The captor a participle on them names is the target; else the government of the country
            // they belong to, unless a state asks for its own nationals (then the holder is abroad and not named here).
            if (code is "1053" or "0253" && _tree.Parsed && src >= 0 && targets.Count > 0 && targets.TrueForAll(t => t >= 0))
            {
                int captor = -1;
                string? heldIn = null;
                bool allFreed = true;
                foreach (var t in targets)
                {
                    if (!_tree.NamesReleased(t, src, doc.Places, out int h, out var heldAt)) { allFreed = false; break; }
                    if (captor < 0) captor = h;
                    heldIn ??= heldAt;
                }
                if (allFreed && captor >= 0 && captor != src)
                {
                    targets.Clear(); targets.Add(captor); tgtHow = "release-captor";
                }
                // "France called for the release of two French teachers held in Tehran": the country they are held in (bare,
                // as a place names no organ), when it is not the asker's own.
                else if (allFreed && heldIn is not null && heldIn != A(src).Country)
                {
                    targets.Clear(); targets.Add(-1); targetCountry = heldIn; tgtHow = "release-holder(held-in)";
                }
                else if (allFreed && A(targets[0]).Country is { } freedCountry && RoleOf(targets[0]) is not ("GOV" or "MIL" or "COP" or "JUD" or "LEG")
                    && (freedCountry != A(src).Country || !(RoleOf(src) is null or "GOV" or "MIL" or "COP" or "JUD" or "LEG")))
                {
                    targets.Clear(); targets.Add(-1); targetCountry = freedCountry; targetRole = "GOV"; tgtHow = "release-holder(government)";
                }
            }
            // "China sent 30 warplanes around Taiwan", "sent jets into Taiwan's air defence zone": craft sent around, near, over
            // or into another country show force at it (150), as warships sent do; only weapons sent "to" a party are given.
            if (code == "072" && entry.Trigger.StartsWith("send ", StringComparison.Ordinal) && !inner.IsNoun && _tree.Parsed && src >= 0
                && ((targets.TrueForAll(t => t < 0) && targetCountry is null) || tgtHow == "tree:aid-destination")
                && _tree.ShownForceCountry(innerNode, doc.Places) is { } shownTo && shownTo != A(src).Country)
            {
                code = "150"; targets.Clear(); targets.Add(-1); targetCountry = shownTo; targetRole = null; tgtHow = "tree:shown-at";
            }
            // "prosecutors opened an investigation into the president's decree", "police opened an inquiry into illegal
            // mining": prosecutors and police investigate crimes, so their investigation whose matter names no other kind
            // (abuses 092, an attack 093, war crimes 094) is a criminal one (091). Other investigators keep 090.
            if (code == "090" && src >= 0 && RoleOf(src) is "JUD" or "COP") code = "091";
            // "Opposition lawmakers walked out of the chamber", "MPs staged a walkout during the speech": legislators who walk
            // out of a sitting protest in the house (140); only workers who walk out of their jobs strike (143).
            // Session 67 (protest67, decision 109 (4)): so do members walking out of the chamber or its sitting whatever role
            // the actor stage gives them ("Ghana's minority walked out of the chamber", "lawmakers from Albanian parties walked
            // out of parliament").
            if (code == "143" && IsWalkoutTrigger(entry.Trigger) && src >= 0 && (RoleOf(src) is "LEG" or "OPP" || WalkoutOfChamber(inner.End, out _))) code = "140";
            // Session 59 (blind77, decision 071): strikers and protesters ending their own strike or blockade ease dissent (082).
            if (code.StartsWith("087", StringComparison.Ordinal) && EndedProtestCode(entry, inner, src, targets) is { } ended) { if (ended.Length == 0) return; code = ended; }
            // "threatened to expel the Sudanese ambassador": a threat to expel a state's diplomats threatens relations (1313);
            // threats to expel peacekeepers, observers or aid groups stay threats to halt international involvement (136).
            if (code == "136" && _tree.Parsed && ExpelsDiplomatsIn(inner)) code = "1313";
            // Session 65 (talks65, decision 091 B): "rejected the International Court of Justice's ruling on the Essequibo
            // region": a ruling of an international court or tribunal settles a dispute between states, and rejecting it
            // rejects that settlement (127, as a rejected plan), aimed at the court. Invariant: only the plain rejection (120)
            // of a ruling, verdict, judgment or award whose target is an international judicial body (IGO…JUD); a national
            // court's ruling rejected stays 120.
            if (code == "120" && !inner.IsNoun && _tree.Parsed && innerNode >= 0 && RejectsRuling(innerNode)
                && targets.Count > 0 && targets.TrueForAll(t => t >= 0 && A(t).Code is { } court
                    && court.StartsWith("IGO", StringComparison.Ordinal) && court.Contains("JUD", StringComparison.Ordinal)))
                code = "127";
            // "put its navy on alert", "police were placed on maximum alert": an alert is the alerted force's (152 military,
            // 151 police).
            if (code == "150" && entry.Trigger.EndsWith("alert", StringComparison.Ordinal) && _tree.Parsed
                && AlertedForce(innerNode, src) is { } alert)
                code = alert;
            // "A suicide bomber blew himself up ..., in an attack claimed by the Islamic State", "gunmen opened fire ... in an
            // attack blamed on the rebels": an attacker the sentence names only by his role acts for the one the attack is laid on.
            if (code.Length >= 3 && code[..2] is "18" or "19" or "20" && src >= 0 && A(src).Rule.StartsWith("role:", StringComparison.Ordinal)
                && RoleOf(src) is "REB" or "CRM" && AttackLaidOnAfter(head.Start) is var claimer && claimer >= 0 && claimer != src && !targets.Contains(claimer))
            {
                src = claimer; srcHow += ",attack-laid-on";
            }
            string rule = (frameRule ?? $"{KindName(entry.Kind)}:{entry.Trigger}→{code}") + $" src={srcHow},tgt={tgtHow}";
            var range = new TokenRange(Math.Min(head.Start, inner.Start), Math.Max(head.End, inner.End));
            _coded.Add(head.Start); _coded.Add(inner.Start);
            // "Malaysia hosted a new round of peace talks between the Thai government and separatist rebels": a host of talks
            // between two others is their broker (045 with each), and the two negotiate (046 both ways); offering to host
            // them is an offer to mediate (039).
            // "Qatar mediated talks between Rwanda and Congo", "Turkey brokered negotiations between the two sides": the
            // mediated talks are the sides' negotiation (046 both ways), as hosted ones are.
            if (((entry.Trigger == "host" && code is "043" or "036") || (entry.Trigger is "mediate" or "broker" && code is "045"))
                && !inner.IsNoun && _tree.Parsed && _tree.HostsTalks(innerNode)
                && (PairAfter(inner, 16, out int sideA, out int sideB) || PairCompoundAfter(inner, 16, out sideA, out sideB)) && sideA != src && sideB != src)
            {
                string brokered = code == "036" ? "039" : "045";
                Emit(range, brokered, src, sideA, rule + ",hosted-talks", negated, background, modality);
                Emit(range, brokered, src, sideB, rule + ",hosted-talks", negated, background, modality);
                // "Qatar and Egypt mediated talks between Israel and Hamas": every coordinated host or broker brokers them.
                foreach (var co in coordinated)
                    if (co != sideA && co != sideB && !_reporters.Contains(co))
                    {
                        Emit(range, brokered, co, sideA, rule + ",hosted-talks,joint-subject", negated, background, modality);
                        Emit(range, brokered, co, sideB, rule + ",hosted-talks,joint-subject", negated, background, modality);
                    }
                if (code is "043" or "045")
                {
                    Emit(range, "046", sideA, sideB, rule + ",hosted-talks", negated, background, modality);
                    Emit(range, "046", sideB, sideA, rule + ",hosted-talks", negated, background, modality);
                }
                ConsumeNounTriggersIn(inner.End, A(sideB).Tokens.EndToken);
                return;
            }
            // ", killing nine people": the deaths an attack the participle hangs on caused are that attack's outcome.
            // "drones struck an oil refinery, setting it on fire", "attacked a police post, killing three officers and setting two
            // vehicles on fire": the fire an attack sets in what it hit, or in property of no named owner, is the attack's
            // outcome, coded with the attack, not a second act of destroying property; so is a riot's ("rioted in Dakar, setting
            // fire to a supermarket").
            // Session 68: unless a participle coordinated with it kills or wounds people who are no armed side ("killing two
            // election officials and setting ballot boxes on fire", "setting forty of the trucks ablaze and killing several
            // drivers"): the fire is then set in those people's property, a destruction of its own (1712) aimed at them, as the
            // tunable gold codes raids on villages; officers killed at a police post leave the fire the attack's outcome.
            if (code == "1712" && !inner.IsNoun && entry.Trigger.StartsWith("set ", StringComparison.Ordinal) && _tree.Parsed
                && !IsWord(headNode + 1, "it") && targets.TrueForAll(t => t < 0) && targetCountry is null
                && _tree.VictimsOfCoordinatedKilling(headNode) is var burnedOwners && burnedOwners >= 0 && burnedOwners != src
                && !IsArmedSide(burnedOwners) && RoleOf(burnedOwners) is not ("MIL" or "COP" or "SPY"))
            {
                targets.Clear(); targets.Add(burnedOwners); tgtHow = "tree:victims-of-coordinated-killing";
            }
            if (code == "1712" && !inner.IsNoun && entry.Trigger.StartsWith("set ", StringComparison.Ordinal) && _tree.Parsed
                && (IsWord(headNode + 1, "it") || (targets.TrueForAll(t => t < 0) && targetCountry is null))
                && _tree.ParticipleGovernor(headNode) is var burner && burner >= 0
                && TriggerCovering(burner, -1) is var bj && bj >= 0 && _trigs[bj].Code[..2] is "14" or "18" or "19" or "20")
                return;
            // "massacred 170 villagers ..., shooting men, women and children", "stormed two villages, shooting residents": a
            // shooting told by a participle on an assault, a killing or an attack is how that act was done, not a second
            // exchange of small-arms fire (193). Only the "-ing" participle: "attacked the post and shot two guards" stays.
            // A tree that missed the clause: ", shooting ..." right after a violent act coded for the same source.
            if (code == "193" && entry.Trigger == "shoot" && !inner.IsNoun && W(headNode).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && ((_tree.Parsed && _tree.ParticipleGovernor(headNode) is var shotIn && shotIn >= 0
                     && TriggerCovering(shotIn, -1) is var sj && sj >= 0 && _trigs[sj].Code[..2] is "18" or "19" or "20")
                    || (IsWord(headNode - 1, ",") && _out.FindLastIndex(m => m.Sentence == _sentence && m.Source == src && !m.Negated
                        && m.Trigger.EndToken <= headNode && m.Cameo[..2] is "18" or "19" or "20") >= 0)))
                return;
            string? outcomeOf = !inner.IsNoun && entry.Trigger is "kill" or "wound" && code == "190" ? AttackOfOutcome(headNode, src, targets, targetCountry) : null;
            // "fired on protesters ..., wounding several of them": wounds in a crackdown or an assault are that act's outcome,
            // coded with it; they are no killing (1823).
            if (outcomeOf == "1823" && entry.Trigger == "wound") return;
            string outcomeRule = "";
            // "violated the ceasefire by firing on Indian posts": an attack that is the manner of a ceasefire violation is
            // that violation, aimed at whom the attack is.
            if (!inner.IsNoun && code[..2] == "19" && _tree.Parsed && _tree.MannerGovernor(headNode) is var manner && manner >= 0
                && TriggerCovering(manner, -1) is var mj && mj >= 0 && _trigs[mj].Code == "196")
            {
                code = "196"; outcomeRule = ",manner-of-violation";
            }
            // "a state visit to Brazil after talks with President Lula", "would travel to India for talks with Prime Minister
            // Modi": a visit to a country whose leader the sentence names as the one the visitor holds talks with is a visit
            // to that government (gold eb27001, eb22028); a country visited with no such host stays the country.
            if (code is "036" or "042")
                for (int k = 0; k < targets.Count; k++)
                    if (targets[k] >= 0 && A(targets[k]).Code is { Length: 3 } && A(targets[k]).Country is { } visited
                        && TalksWithGovernment(visited, src) is var hostGov && hostGov >= 0 && !targets.Contains(hostGov))
                        targets[k] = hostGov;
            // Session 67 (blind85): the code each target's act took in the loop below, for the coordinated subjects after it.
            Dictionary<int, string>? violenceByTarget = null;
            foreach (var t in targets)
            {
                // "..., the minister said, speaking to journalists after the vote": talking to the press is how a statement is
                // made, not a consultation with the media (wire copy says it after nearly every quote).
                if (code.StartsWith("04", StringComparison.Ordinal) && entry.Trigger is "speak to" or "speak with" or "talk" or "talk to"
                    && t >= 0 && IsThePress(t)) continue;
                string fwd = code; string? rev = pair ? code : null;
                // Releasing an actor is releasing people (0841), not property: a country's role ("KENELI") or a role of
                // no stated country ("released two journalists and a former minister": MED, ELI). A bare country or an
                // IGO keeps 084 (what of it is handed back is not said).
                if (fwd == "084" && t >= 0 && (A(t).Code is { Length: > 3 } || IsRoleOnly(A(t)))) fwd = "0841";
                // Session 71 (famaid): "handed back two seized tankers to Greece", "repatriated looted bronzes to Nigeria": a
                // verb of returning whose object is a thing, no person, returns property (0842), as "give back" and the
                // "return @thing" rows code it. Invariant: only 084 from "hand back" or "repatriate" with a noun object that
                // holds no actor and names no people (ReturnsAThing); people keep 0841 above, no object keeps 084.
                if (fwd == "084" && t >= 0 && !inner.IsNoun && inner.Entry.Trigger is "hand back" or "repatriate" && innerNode >= 0
                    && ReturnsAThing(innerNode)) fwd = "0842";
                // "barred the opposition leader from running for office", "banned its leaders from politics": a ban from
                // standing in elections or holding office is a ban on politicians (1722), as gold eg0373 and eb12038 code it.
                if (fwd == "172" && headNode >= 0 && !head.IsNoun && _tree.BarsFromOffice(headNode)) fwd = "1722";
                // "lifted its ban on imports of Japanese seafood" (085), "lifted a ban on opposition rallies" (0811), "eased
                // restrictions on oil exports" (085): the plain easing of a ban (081) takes the sub-code of what was banned
                // when the lexicon's longer rows missed it (modifiers and actors between the words). Only 081 is refined.
                if (fwd == "081" && !inner.IsNoun && innerNode >= 0 && _tree.EasedBanKind(innerNode) is { } eased) fwd = eased;
                // Session 64 (wanted64): "urged China to lift its ban on Japanese seafood imports", "refused to ease its ban on
                // potash shipments": the eased ban is the thing asked for, promised or refused, and the same reading gives it
                // its sub-code there: a trade ban eased is easing economic sanctions (0254, 1054, 0354, 1244), not the
                // administrative sanction (x51) the frame made of the plain "lift ban" row. Invariant: only an easing
                // of a ban framed by an appeal, demand, intent or refusal (x51 from the 081 row) moves, and only to x54.
                if (fwd is "0251" or "1051" or "0351" or "1241" && inner.Entry.Cameo == "081" && !inner.IsNoun && innerNode >= 0
                    && _tree.EasedBanKind(innerNode) == "085")
                    fwd = fwd[..3] + "4";
                // "expelled 12 French embassy staff", "ordered diplomats from Argentina to leave": expelled or withdrawn
                // diplomats are a reduction of diplomatic relations (161; gold/README.md, codebook 166 and 174), whatever words
                // the lexicon's "expel diplomat" row missed. Invariant: only an expulsion (166, 174) of a target whose own words
                // name a diplomat or a mission is changed.
                if (fwd is "166" or "174" && t >= 0 && NamesDiplomats(t)) fwd = "161";
                // "ordered the closure of the Russian consulate", "shut down the embassy": a diplomatic mission closed is a
                // reduction of diplomatic relations (161, as the "close embassy" rows and eb62004 say), not an administrative
                // sanction (172) on its staff. Invariant: only a closure (172) of a target whose words name a mission.
                if (fwd == "172" && t >= 0 && NamesDiplomats(t)) fwd = "161";
                // "Thailand and Cambodia agreed to withdraw heavy weapons after talks in Kuala Lumpur": talks of a joint subject
                // told in an "after" phrase negotiate what the clause says they settled (046 both ways, decision 076), not a
                // visit of one side to the other's capital.
                if (t >= 0 && fwd == "040" && pair && (_tree.AfterTalksOfJointSubject(headNode) || (innerNode != headNode && _tree.AfterTalksOfJointSubject(innerNode))))
                {
                    fwd = "046"; rev = "046";
                }
                if (t >= 0) VisitCodes(src, t, headNode, innerNode, ref fwd, ref rev);
                // "signed a security pact with Romania", "met X in Kampala and signed an agreement": signing is mutual, so
                // the side signed with signs too (gold/README.md, reciprocal verbs), as it does when both are subjects.
                if (fwd == "057" && rev is null && t >= 0 && entry.Has(TriggerFlags.Symmetric)) rev = "057";
                // "held talks with his Bolivian counterpart", "had a video call with", "got on the phone with": talks or a
                // call held "with" a partner are held by both, each with the other (gold/README.md, reciprocal verbs; the
                // gold mirrors them), unlike "spoke by telephone with" or "phoned", told as one side's act. Separate talks
                // or calls with several partners are the holder's alone.
                // The bare noun "call" is no symmetric entry (a call "to" one side is that side's call, decision 033), but a call
                // one holds or has "with" a partner is held by both (meet60: "had a very good call with Putin").
                if (fwd is "040" or "041" or "046" && rev is null && t >= 0 && (entry.Has(TriggerFlags.Symmetric) || (inner.IsNoun && entry.Trigger == "call"))
                    && tgtHow == "tree:with" && modality == Modality.Asserted && HeldWithPartner(inner, innerNode)) rev = fwd;
                // "received a phone call from the Kenyan president", "took a call from her counterpart": a call received is
                // a conversation both sides hold, so the one called consults the caller too (decision 033; gold eb59013,
                // eb60044 list both). Invariant: only the lexicon's call-received rows (041 with the caller after "from")
                // are mirrored; "spoke by telephone with" and "phoned" stay one side's act.
                if (fwd == "041" && rev is null && t >= 0 && entry.Has(TriggerFlags.AgentFrom) && srcHow == "from-agent"
                    && modality == Modality.Asserted) rev = "041";
                // "began joint exercises with Turkish forces", "held joint naval drills with France": a joint military act
                // "with" a partner is done by both, each with the other (gold/README.md, reciprocal verbs).
                if (fwd == "062" && rev is null && t >= 0 && tgtHow == "tree:with" && entry.Trigger.StartsWith("joint ", StringComparison.Ordinal)
                    && _tree.WithPartner(innerNode, t)) rev = "062";
                // "Russian cruise missiles hit power stations", "Ukrainian drones struck a refinery": a generic attack by an air
                // weapon is an aerial attack (195), by artillery a shelling (194).
                if (fwd == "190" && !head.IsNoun && headNode >= 0 && !IsDowning(entry) && _tree.WeaponOfSubject(headNode) is { } weaponCode) fwd = weaponCode;
                // "A Russian drone attack on the port", "a missile strike on Kyiv": the weapon compounded with the attack noun.
                if (fwd == "190" && headNode >= 0 && !IsDowning(entry) && _tree.WeaponOfCompound(headNode) is { } compoundCode) fwd = compoundCode;
                // "fought with mortars and heavy machine guns", "attacked the town with drones": the weapon the fight is waged with.
                // Both sides of a fight "with mortars" wage it with them.
                if (fwd == "190" && !head.IsNoun && headNode >= 0 && !IsDowning(entry) && _tree.WeaponOfInstrument(headNode) is { } instrumentCode)
                {
                    fwd = instrumentCode;
                    if (rev == "190") rev = instrumentCode;
                }
                // "exchanged fire with rifles and mortars": "exchanged fire" is 193 only when no weapon is named (decision 022);
                // a heavier weapon named for it decides, for both sides. A lighter one (rifles) leaves 193 as it is.
                if (fwd == "193" && entry.Trigger is "exchange fire" or "trade fire" && !head.IsNoun && headNode >= 0
                    && _tree.WeaponOfInstrument(headNode) is ("194" or "195" or "1952") and var heavier)
                {
                    fwd = heavier;
                    if (rev == "193") rev = heavier;
                }
                // "workers held a strike against the government", "unions strike against cuts": a strike
                // by workers, teachers, doctors or farmers is the labour strike (143), never a military one; those sides carry no
                // arms, so the word has no other sense with them as its doers.
                if (fwd.StartsWith("19", StringComparison.Ordinal) && entry.Trigger is "strike" && IsWorkforce(src)) fwd = "143";
                // "Israeli strikes on Syria", "carried out strikes on militant hideouts", "stepped up its strikes on power plants":
                // a military strike told by the noun, with no other weapon named, is an air or missile strike (195, the codebook's
                // aerial weapons); ground attacks are told as raids, assaults, shelling or attacks. The verb "struck" stays 190
                // unless its subject or instrument names the weapon (gold/README.md, session 22).
                // "strikes targeting Hamas commanders", "strikes hitting the port": the participle of such a strike is that strike.
                if (fwd == "190" && ((entry.Trigger is "strike" or "carry out strike" && (inner.IsNoun || entry.Trigger != "strike"))
                    || (entry.Trigger is "target" or "hit" && !inner.IsNoun && IsParticipleOfStrike(headNode)))) fwd = "195";
                // "shelled the city, killing three civilians", "struck a block of flats, killing 12 people": killing by shells,
                // bombs or missiles is the shelling, bombing or strike itself, now aimed at its victims; "attacked a bus ...,
                // killing nine people", "used live ammunition against protesters, killing dozens": killing in an assault or a
                // crackdown is a killing by physical assault (1823).
                if (outcomeOf is not null) { fwd = outcomeOf; outcomeRule = ",outcome"; }
                // "gunmen killed seven worshippers", "militiamen killed 41 villagers": killing civilians, short of a mass killing
                // (202, below), is a killing by physical assault (1823), not a battle (190).
                // The killer is the verb's actor subject, or the actor read just before the verb where the parse gives the
                // verb no subject ("In Burkina Faso, gunmen killed at least 20 villagers last week", the headline "Gunmen kill
                // 14 villagers"); inanimate causes ("floods killed") never reach here.
                else if (fwd == "190" && entry.Trigger == "kill" && !inner.IsNoun && (_tree.SubjectIsActor(headNode) || srcHow == "subject-before")
                         && (t < 0 ? targetRole == "CVL" : IsCivilian(t))) fwd = "1823";
                // "armed men attacked a bus carrying pilgrims": an armed group's or criminals' attack on civilians is
                // unconventional violence (180), not a military engagement. Session 67 (fight67): so is their firing on
                // civilians ("gunmen opened fire on worshippers leaving a mosque", "fired on a bus carrying pilgrims", "shot
                // at villagers"), which the lexicon reads as small-arms fire (193) or fighting (190) between forces.
                if (fwd is "190" or "193" && (entry.Trigger is "attack" or "storm" || FiringEntries.Contains(entry.Trigger)) && !inner.IsNoun && A(src).Code is { } attacker
                    && (attacker.EndsWith("REB", StringComparison.Ordinal) || attacker.EndsWith("CRM", StringComparison.Ordinal))
                    && (t < 0 ? targetRole == "CVL" : IsCivilian(t))) fwd = "180";
                // "hackers targeted the government network", "a hacking group attacked the central bank": hackers attack with
                // computers; their attack is a cyber attack (171), not military force or an armed assault.
                if (fwd is "190" or "180" && IsHackers(src)) fwd = "171";
                // "Ethiopian troops blocked all roads into the town", "cartel gunmen blocked highways around the city": roads
                // blocked by an army, police, an armed group or a gang restrict the movement of everyone else (191); a state
                // named alone does so through its forces. Protesters' roadblocks stay an obstruction (144), and so do those of a
                // people named by its demonym ("thousands of Israelis blocked highways"): nationals are no state's forces.
                if (fwd == "144" && entry.Trigger is "block road" or "block highway" or "block street" or "blockade road"
                    && A(src).Code is { } blocker && ((blocker == A(src).Country && !A(src).Rule.StartsWith("demonym", StringComparison.Ordinal)) || blocker.EndsWith("MIL", StringComparison.Ordinal)
                        || blocker.EndsWith("COP", StringComparison.Ordinal) || blocker.EndsWith("REB", StringComparison.Ordinal)
                        || blocker.EndsWith("CRM", StringComparison.Ordinal))) fwd = "191";
                // "Opposition lawmakers attacked the president over new taxes": an attack between sides that carry no arms
                // (governments, parliaments, parties, courts, media) is one of words (111), as a clash between them is.
                if (fwd == "190" && entry.Trigger == "attack" && !inner.IsNoun && t >= 0 && IsUnarmedPolitical(src) && IsUnarmedPolitical(t)) fwd = "111";
                // "The budget came under fire from opposition lawmakers": fire from a side that carries no arms, at another such
                // side or at a thing, is criticism too.
                if (fwd == "190" && entry.Has(TriggerFlags.AgentFrom) && IsUnarmedPolitical(src) && (t < 0 || IsUnarmedPolitical(t))) fwd = "111";
                // "fired several shots at the prime minister", "opened fire on the president's car": shooting at one holder of a
                // political office is an attempt on his life (185). So is wounding or stabbing one ("shot and seriously wounded
                // the prime minister", "stabbed the mayor"): an office holder who survives an assault survived an attempt; one
                // who does not is assassinated (186, below, from "kill" and "shoot dead").
                if (fwd is "190" or "193" or "182" && t >= 0 && entry.Trigger is "fire at" or "fire on" or "shoot at" or "open fire" or "shoot" or "fire shot" or "wound" or "injure" or "stab"
                    && IsOneOfficeHolder(t)) fwd = "185";
                // "Gangs killed more than 100 people", "killed hundreds of men": people the sentence only counts, at the
                // mass-killing bound, are a mass killing as named civilians are. A killing already coded by its weapon (the
                // outcome of a shelling, bombing or strike, a suicide bomber's) keeps that code at any count ("bombed a market,
                // killing at least 40 civilians" 195, "a suicide bomber killed 40 people" 1831, as the gold codes them).
                // So is a killing told by a phrase of its manner ("hacked to death at least 35 villagers", "shot dead 48
                // protesters", "gunned down dozens of worshippers"): the lexicon codes each one 1823, the killing of a few.
                // Its victims are the phrase's own object, a few words after it; a crowd named further on ("shot dead eight
                // people as thousands of protesters marched") is not who was killed.
                // Session 57 (blind75): the same holds when the manner phrase's victims are people only counted and no actor
                // ("hacked to death at least 38 people"): the count is read on the phrase verb's own object (CountedPeopleAtLeast),
                // never on a crowd elsewhere in the sentence.
                if ((entry.Trigger is "kill" or "execute" || (entry.Cameo == "1823" && !inner.IsNoun
                        && (t < 0 || A(t).Tokens.FirstToken >= inner.End && A(t).Tokens.FirstToken - inner.End <= 4)))
                    && fwd is "190" or "1823" && (t >= 0 ? IsMassOfCivilians(t, MassKillingAtLeast)
                    : tgtHow == "counted-people" && !inner.IsNoun && _tree.CountedPeopleAtLeast(innerNode, MassKillingAtLeast))) fwd = "202";
                // "drove tens of thousands of villagers out of the region", "drove the residents out": a population driven out of
                // where it lives is expelled (201); fighters driven out of a town lost a battle (190).
                if (fwd == "190" && entry.Trigger == "drive out" && (t < 0 ? targetRole == "CVL" : IsPopulation(t))) fwd = "201";
                // "expelled tens of thousands of residents": expelling thousands of people is a mass expulsion (201). A
                // deportation stays one (174) at any number: the codebook keeps legal deportations in 174 and gives 201 to
                // forcing a population out of an area (decision 024); "forcibly deported" is a phrase of its own (201).
                // Session 66 (civic66): people shipped back or forcibly returned across a border are deported as well ("shipped
                // 20,000 Afghans back across the border", 174 in the gold at that number).
                if (t >= 0 && fwd is "174" or "166" && entry.Trigger is not ("deport" or "deportation" or "ship back @people" or "ship @people back"
                    or "forcibly return" or "forcibly repatriate") && IsMassOfCivilians(t, 1000)) fwd = "201";
                // "expelled two Russian diplomats", "kicked the French ambassador out": CAMEO codes an expelled or withdrawn
                // diplomat as a reduction of relations with the diplomat's state (161), not the deportation of a person (174)
                // nor the expulsion of a group (166) (gold/README.md, session 13).
                if (t >= 0 && fwd is "174" or "166" && IsDiplomat(t)) fwd = "161";
                // "shut down an independent news outlet", "imposed restrictions on foreign-funded media": an administrative
                // sanction on the media restricts political freedoms (1721, as CAMEO's codebook puts restrictions on media);
                // "suspended the operations of 54 NGOs": a suspension of the source's own country's civil groups is an
                // administrative sanction (172), not a reduction of relations (160).
                // Session 66 (civic66, decision 099 A): so is a civic group's (NGO) ban, closure, suspension, label or loss of its
                // licence or legal status ("cancelled the legal status of 43 NGOs", "suspended the operations of 54 NGOs"): it
                // restricts association as the media's restricts expression. A fine stays 172 for either: it punishes, it
                // does not silence ("fined two opposition television channels"). A civic group or an outlet dissolved is restricted
                // so too ("dissolved 40 civic associations", "dissolved the journalists' association"); the "dissolve @body" row's
                // 1722 stays for parties, religious bodies, unions and militias.
                if (t >= 0 && fwd is "172" or "160" or "1722" && RoleOf(t) is { } role)
                {
                    if ((fwd == "172" || (fwd == "1722" && entry.Trigger == "dissolve @body")) && role is "MED" or "NGO"
                        && entry.Trigger is not ("fine" or "impose fine" or "slap fine" or "levy fine")) fwd = "1721";
                    // Session 62 (blind80, decision 083 D): "banned a Muslim youth group", "outlawed three churches": a state's
                    // ban on a religious organisation of its own country bans it as a group (1722), as eb50120 codes "ban
                    // religious groups"; a foreign one banned stays the plain ban.
                    else if (fwd == "172" && role is "REL" or "CHR" && A(t).Country is { } rc && rc == A(src).Country) fwd = "1722";
                    else if (fwd == "160" && A(t).Country is { } tc && tc == A(src).Country && role is "NGO" or "MED" or "OPP" or "EDU" or "LAB")
                        fwd = role is "MED" or "NGO" ? "1721" : "172";
                }
                // "the emir suspended parliament", "the chief justice was suspended by the president", "the junta suspended a
                // private radio station", "suspended the activities of all political parties": CAMEO's 16 codes reduce relations
                // between polities; a state's own legislature, courts, parties, police, media or public figures suspended by its
                // government are sanctioned by it (172; media 1721, parties 1722). Invariant: only a bare reduction (160) aimed
                // at a role of the source's own country, the country read from the codes when a mention names none.
                if (fwd == "160" && (t >= 0 ? OwnCountryOrgan(src, t) : OwnCountryRoleNoun(src, targetCountry, targetRole)) is { } organ)
                    // A religious organisation suspended is banned as a group, as a party is (1722, decision 083 D; eb50120).
                    fwd = organ switch { "MED" => "1721", "PTY" or "REL" or "CHR" => "1722", _ => "172" };
                // "Tanzania banned Kenyan milk and eggs", "Spain has banned all arms sales to Israel", "Cambodia banned Thai
                // airlines from its airspace": a ban a state lays on another country's goods, trade or firms is an embargo or
                // boycott of that country (163), as the "ban import" rows and the tunable gold code it; a ban at home (parties,
                // protests, media, a foreign broadcaster's programmes) stays the administrative ban (172x). Invariant: only the
                // plain "ban" and "prohibit" verbs, aimed at a bare foreign country or a foreign firm.
                if (fwd == "172" && entry.Trigger is "ban" or "prohibit" && !head.IsNoun && t >= 0 && BannedForeignTrade(src, t)) fwd = "163";
                // Session 68 (decision 134): "imposed travel bans on four Nicaraguan officials": a travel ban a state lays on another
                // state's officials or citizens is a sanction (163), as visa and entry bans are; on its own people (an exit ban on
                // the opposition) it stays the restriction of their rights (172). Invariant: only the "travel ban" row, and only
                // when the banned people's country is known and differs from the source's (an international body, "the EU
                // imposed travel bans on", has none of its own and always bans foreigners).
                if (fwd == "172" && entry.Trigger == "travel ban" && t >= 0 && A(t).Country is { } bannedCountry
                    && (A(src).Country is { } banningCountry ? bannedCountry != banningCountry : A(src).Code is { } ban && ban.StartsWith("IGO", StringComparison.Ordinal)))
                    fwd = "163";
                // "Rioters set fire to police stations": property a crowd of protesters destroys is destroyed in a riot (145).
                // What the riot is over names its sub-code, as for other protests ("set parliament on fire over tax increases").
                // Session 62 (blind80, decision 083 G): "a mob set fire to 20 Christian homes and two churches", "a crowd torched a
                // mosque": a crowd's burning of what belongs to a religious community is communal violence against the believers,
                // destruction of their property (1712), not a protest against the state; a riot is aimed at an organ of a state.
                // Invariant: only a target whose role is a religious community's (REL, CHR) keeps the destruction.
                if (fwd.StartsWith("171", StringComparison.Ordinal) && IsProtestingCrowd(src) && !(t >= 0 && RoleOf(t) is "REL" or "CHR"))
                    fwd = RiotCode(innerNode);
                // "Our jets destroyed three launch sites", "its drones had set a fuel depot ablaze", "its forces destroyed two
                // Indian posts", "destroyed a jihadist camp": destruction by aerial weapons, of a military installation or
                // weapon, or of what an armed group holds, done by a force, is fighting (19x), not coercion's destruction of
                // property (1712: homes, shops, crops). Invariant: only 1712; its code comes from the weapon (195, drones
                // 1952) or is plain force (190); a crowd's burning was made a riot above.
                if (fwd == "1712" && !head.IsNoun && headNode >= 0)
                {
                    if (_tree.WarDestructionCode(headNode) is { } war) fwd = war;
                    else if (t >= 0 && IsArmedSide(src) && IsArmedSide(t)) fwd = "190";
                }
                // "rebels killed a village council head", "gunmen shot dead a provincial governor": the killing of one holder of
                // a political office is an assassination (186).
                if (t >= 0 && entry.Trigger is "kill" or "shoot dead" or "gun down" && IsOneOfficeHolder(t)) fwd = "186";
                // "jihadists beheaded 11 villagers": beheading people who hold no office kills them by physical assault (1823);
                // CAMEO's assassination (186) is of political figures.
                if (fwd == "186" && t >= 0 && entry.Trigger is "behead" or "beheading" && IsCivilian(t)) fwd = "1823";
                // "Somalia's government protested to Addis Ababa": a government's protest is an official complaint (114), not
                // a demonstration; so is a state's, named by its country ("Argentina protested over the decision").
                if (fwd == "140" && ProtestsAsAState(src)) fwd = "114"; // not "Jordanians protested"
                // "Demonstrators clashed with police": a fight is mutual, and between a country's people and its police
                // or troops it is a riot (145) on one side and violent repression (175) on the other.
                if (t >= 0 && fwd.StartsWith("19", StringComparison.Ordinal) && entry.Has(TriggerFlags.Symmetric))
                {
                    rev ??= fwd;
                    // What the riot is over names its sub-code ("clashed with police and set parliament on fire over tax increases").
                    string riot = RiotCode(innerNode);
                    if (IsPopular(src) && OwnForce(src, t)) { fwd = riot; if (rev is not null) rev = "175"; }
                    else if (IsPopular(t) && OwnForce(t, src)) { fwd = "175"; if (rev is not null) rev = riot; }
                    // "Opposition lawmakers clashed with the prime minister": a clash between sides that carry no arms
                    // (governments, parliaments, parties, courts, media, international bodies) is a war of words (111).
                    else if (entry.Trigger == "clash" && IsUnarmedPolitical(src) && IsUnarmedPolitical(t)) { fwd = "111"; rev = "111"; }
                }
                // "Police in Nairobi fatally shot a man", "troops opened fire on protesters in Bamako": a country's own police
                // or troops firing on its people is violent repression (175), as their clash with them is; heavy weapons keep
                // their own code.
                else if (t >= 0 && fwd is "190" or "193" && IsPopular(t) && OwnForce(t, src) && !StruckAbroad(t, src, headNode, innerNode)) fwd = "175";
                // "Rioters attacked police officers in Kisumu", "protesters stormed the Danish embassy": a crowd of protesters
                // assaulting an organ of a state (its officials, police, troops, parliament, courts, or a mission) riots
                // (145), as when it clashes with the police or burns their stations; its beatings and killings of people
                // keep their own codes (182, 1823), and so does fighting by anyone who is no crowd.
                if (t >= 0 && fwd == "190" && rev is null && !inner.IsNoun && IsProtestingCrowd(src) && RoleOf(t) is "GOV" or "COP" or "MIL" or "LEG" or "JUD")
                    fwd = RiotCode(innerNode);
                // "Russian artillery shelled a village in Ukraine's Sumy region, killing two civilians": the people an attack kills
                // where it struck abroad are that country's, whatever country the actor stage gave them by the attacker.
                if (t >= 0 && fwd[..2] is "18" or "19" or "20" && IsCivilian(t) && A(t).Country is var vc && (vc is null || vc == A(src).Country)
                    && StruckCountry(headNode, innerNode) is { } struck && struck != A(src).Country && A(src).Country is not null
                    && A(t).Code is { } victimCode)
                {
                    Emit(range, fwd, src, -1, rule + outcomeRule + ",victims-abroad", negated, background, modality, -1, struck,
                        victimCode[^3..]);
                    continue;
                }
                // "Taiwan put its armed forces on alert after Chinese warships were spotted", "Guyana put its defence force on alert
                // after Venezuela's president ordered ...": a show of force (15x) is aimed at a foreign state as a whole, its bare
                // country, whichever of its organs the text names (gold/README.md: eb16038 "aims a mobilisation at the country
                // whose warships caused it"; every 15x target of the gold files is a bare country or an armed group). Armed
                // groups, criminals and civilians keep their code ("put on alert after warnings of an attack by al-Shabaab").
                // Session 63 (country63): a crewed craft of a state the show of force is made at, named in the trigger's own
                // clause ("flew within 30 metres of a Canadian patrol aircraft", "shadowed a Dutch frigate", "released flares
                // near an Australian air force surveillance plane"), keeps its organ: a crewed military platform named by a
                // nationality adjective is country + MIL (decision 023), and the gold codes such encounters so (eb57058,
                // eb67022, eb71010, eb71023, eb79040). A craft told in a clause of its own ("after Chinese warships were
                // spotted", "when Russian aircraft entered its zone") is the cause, and the posture is still aimed at the state.
                if (t >= 0 && fwd.StartsWith("15", StringComparison.Ordinal) && RoleOf(t) is "GOV" or "MIL" or "COP" or "LEG" or "JUD"
                    && A(t).Country is { } posedAt && A(src).Country is { } poserCountry && posedAt != poserCountry
                    && !EncounteredCraft(t, headNode, innerNode))
                {
                    Emit(range, fwd, src, -1, rule + outcomeRule + ",posture-at-state", negated, background, modality, -1, posedAt, null);
                    continue;
                }
                // "walked off the job across Zambia over unpaid allowances", "blocked roads across Poland": a peaceful protest
                // (141-144) by a country's own people at the country named as a place is aimed at its government, the maker of
                // the policy it is over (decision 005). Session 64 (role64, decision 064): a legislature's building or sitting
                // the protest is held at, marched on, boycotted or walked out of ("rallied outside parliament", "marched on
                // Congress", "boycotted parliament") is the organ it is aimed at and keeps LEG, as decision 086's chosen rule
                // writes ("the organ whose building the protest is held at or marched on") and as riots there (145) and
                // rallies outside a court (JUD) already are. The mark lets a demand of the same protesters with another
                // addressee ("to demand the president's resignation") still give the protest its addressee
                // (FoldDemandsIntoProtests). Invariant: a legislature is never rewritten to GOV here.
                if (t >= 0 && fwd.Length >= 3 && fwd[..3] is "141" or "142" or "143" or "144" && rev is null
                    && A(t).Country is { } protestedAt && protestedAt == A(src).Country && ProtestedPlaceOfState(t))
                {
                    if (A(t).Code is { Length: 3 })
                        Emit(range, fwd, src, -1, rule + outcomeRule + ",protest-at-own-state", negated, background, modality, -1, protestedAt, "GOV");
                    else
                    {
                        // "rallied outside parliament to protest against the Kenyan government": an actor the protest is
                        // against, named in its own reason phrase, is whom it is aimed at, before the building it stands at.
                        int reasonActor = _tree.Parsed ? _tree.ProtestReasonActor(innerNode) : -1;
                        if (reasonActor < 0) reasonActor = SurfaceProtestReasonActor(inner);
                        if (reasonActor >= 0 && reasonActor != src && A(reasonActor).Code != A(src).Code && !_reporters.Contains(reasonActor))
                            Emit(range, fwd, src, reasonActor, rule + outcomeRule + ",protest-reason", negated, background, modality);
                        else
                            Emit(range, fwd, src, t, rule + outcomeRule + ProtestAtLegislature, negated, background, modality, hostPlace, null, targetRole);
                    }
                    continue;
                }
                // "arrested at least 20 Palestinians", "beat dozens of Kenyans": nationals counted as the people arrested, beaten
                // or abducted are civilians of their country (eb17022: PSECVL), not the state the bare demonym codes. (Releases
                // are left as they were: the gold codes freed nationals both ways, eb10049 PSE and eb15039 BLRCVL.)
                // Likewise nationals driven or forced over a border en masse (201: "forced 8,000 Afghans across the border").
                if (t >= 0 && fwd is "173" or "174" or "175" or "181" or "182" or "1821" or "1822" or "1823" or "201"
                    && CountedNationals(t) && A(t).Country is { } nationals)
                {
                    Emit(range, fwd, src, -1, rule + outcomeRule + ",counted-nationals", negated, background, modality, -1, nationals, "CVL");
                    continue;
                }
                // "held talks on a reciprocal access agreement": talks on a dispute or a deal are a negotiation (046) wherever
                // they are held; a visit or a meeting abroad keeps its own code (the visit's talks add 046 below).
                // Session 65 (talks65, decision 104): also when the place made them a meeting at a third location (044): "held
                // talks in Abu Dhabi on a peace treaty" negotiates the treaty wherever the table stands. And talks between a
                // state and a party it is in conflict or bargaining with at home (BargainingSides: its rebels, its opposition or
                // parties, a union) negotiate with no matter named: such talks have no other business than the conflict.
                if (fwd is "040" or "044" && t >= 0
                    && (_tree.TalksOnADispute(headNode) || (innerNode != headNode && _tree.TalksOnADispute(innerNode))
                        || (BargainingSides(src, t) && (_tree.NamesTalks(headNode) || (innerNode != headNode && _tree.NamesTalks(innerNode))))))
                {
                    fwd = "046"; if (rev is "040" or "044") rev = "046";
                }
                // "met his Chilean counterpart on the sidelines of the APEC summit", "sat down with ... on the sidelines of the
                // UN General Assembly": a meeting held at a gathering elsewhere is a meeting at a third location (044), as the
                // lexicon's "meet on sideline" is when no words stand between.
                if (fwd == "040" && t >= 0 && (_tree.OnTheSidelines(headNode) || (innerNode != headNode && _tree.OnTheSidelines(innerNode))))
                {
                    fwd = "044"; if (rev == "040") rev = "044";
                }
                // "Ukraine and Russia swapped 250 prisoners of war each": each side frees the other side's soldiers, so a
                // release of prisoners of war between two sides is aimed at each one's military (gold eb26035, eb30097, as
                // eb13025 "released four Armenian prisoners of war" → ARMMIL).
                if (pair && t >= 0 && fwd.StartsWith("084", StringComparison.Ordinal) && PrisonersOfWarNear(inner)
                    && A(t).Country is { } heldSide && A(src).Country is { } holdingSide && heldSide != holdingSide)
                {
                    Emit(range, fwd, src, -1, rule + outcomeRule + ",prisoners-of-war", negated, background, modality, -1, heldSide, "MIL");
                    if (rev is not null) Emit(range, rev, t, -1, rule + ",sym,prisoners-of-war", negated, background, modality, -1, holdingSide, "MIL");
                    continue;
                }
                Emit(range, fwd, src, t, rule + outcomeRule, negated, background, modality, hostPlace, t < 0 ? targetCountry : null, targetRole);
                if (t >= 0 && fwd != code && IsViolence(code) && IsViolence(fwd)) (violenceByTarget ??= new())[t] = fwd;
                if (rev is not null && t >= 0) Emit(range, rev, t, src, rule + (pair ? ",sym" : ",mirror"), negated, background, modality);
                // "hosted a Houthi delegation in Riyadh for talks on a roadmap to end the war": talks on a matter held during
                // a visit negotiate it (046, both sides; gold/README.md, visits); talks with no matter named are the visit alone.
                if (t >= 0 && fwd is "042" or "043" && (_tree.TalksOnAMatter(headNode) || (innerNode != headNode && _tree.TalksOnAMatter(innerNode))))
                {
                    Emit(range, "046", src, t, rule + ",talks-on", negated, background, modality);
                    Emit(range, "046", t, src, rule + ",talks-on", negated, background, modality);
                }
            }
            if (jointRest is { Count: > 1 })
                for (int x = 0; x < jointRest.Count; x++)
                    for (int y = x + 1; y < jointRest.Count; y++)
                    {
                        int ja = jointRest[x], jb = jointRest[y];
                        if (A(ja).Code is { } ca && ca == A(jb).Code) continue;
                        string jf = code; string? jr = code;
                        VisitCodes(ja, jb, headNode, innerNode, ref jf, ref jr);
                        Emit(range, jf, ja, jb, rule + ",joint-subjects", negated, background, modality);
                        if (jr is not null) Emit(range, jr, jb, ja, rule + ",joint-subjects", negated, background, modality);
                    }
            if (broker >= 0)
            {
                coBrokers.Remove(broker);
                coBrokers.Insert(0, broker);
                // "agreed to a truce after talks hosted by Saudi Arabia": the talks the broker held took place, whatever the
                // sides only promise; an intended act keeps its broker's mediation asserted (not 039).
                var brokerModality = modality == Modality.Intended ? Modality.Asserted : modality;
                // "after mediation by Qatar": a one-sided release's broker told as its cause is background (decision 125, as
                // decision 076 keeps talks "after" which one side acts); the broker of the exchange or deal the release is part
                // of is news. Co-brokers share the first broker's phrase.
                bool brokerCause = captiveState is not null && _tree.BrokerInAfterPhrase(broker);
                bool brokerBackground = background || brokerCause;
                // The cause is background by the sentence's structure, as a cause noun is: the release's own day ("freed ...
                // on Saturday after mediation by Qatar") does not make it news again in Emit.
                int causeNounBefore = _causeNounAt;
                if (brokerCause) _causeNounAt = range.FirstToken;
                foreach (var brk in coBrokers)
                {
                    if (brk == src || targets.Contains(brk)) continue;
                    // "after mediation by Qatar, the Qatari foreign ministry said": the reporter the parser hung on the broker
                    // as a conjunct or apposition reports the mediation; it is no second broker.
                    if (brk != broker && _reporters.Contains(brk)) continue;
                    Emit(range, "045", brk, src, rule + ",broker", negated, brokerBackground, brokerModality);
                    // Decision 125: the other side of a mediated release is the captive's state, not the captive: the go-between
                    // dealt with the government that wanted its citizen or soldier back ("freed an American aid worker after
                    // mediation by Qatar": Qatar with the Taliban and with the United States).
                    if (captiveState is not null)
                    {
                        if (A(brk).Country != captiveState)
                            Emit(range, "045", brk, -1, rule + ",broker,captive's-state", negated, brokerBackground, brokerModality, -1, captiveState, null);
                        continue;
                    }
                    foreach (var t in targets) if (t >= 0) Emit(range, "045", brk, t, rule + ",broker", negated, background, brokerModality);
                }
                _causeNounAt = causeNounBefore;
            }
            // Session 67 (blind85): "Soldiers and allied militiamen killed at least 70 civilians", "Gunmen and bandits shot dead
            // the mayor": coordinated subjects did one act, so each takes the code the act took for that victim - the killing
            // of a few civilians (1823), a massacre at the count bound (202), an assassination (186) - not the trigger's bare
            // residual (190) the first subject's code was refined from. Invariant: only a violent act (roots 18-20) refined
            // into another violent code for a target; every other code stays the trigger's, as before.
            string JointSubjectCode(int t) => t >= 0 && violenceByTarget is not null && violenceByTarget.TryGetValue(t, out var v) ? v : code;
            // "X and Y condemned Z": each coordinated subject is a source too (not for symmetric pairs, coded above).
            if (!pair && srcHow.StartsWith("tree:", StringComparison.Ordinal) && coordinated.Count > 0)
            {
                var more = coordinated;
                // "Turkey and Qatar sent aid as the toll from floods in Pakistan rose": every donor's aid goes to the stricken country.
                string? jointAidTo = tgtHow == "aid-stricken-place(context)" ? targetCountry : null;
                foreach (var b in more)
                    if (b != src && !_reporters.Contains(b))
                        foreach (var t in targets)
                            // Mediation (045) is between others: a target coded as the mediating subject itself ("the
                            // delegations" given the nearest country, Norway) is no side of it, for the subject or for its
                            // co-mediators ("Kenyan and Norwegian mediators carried messages between the delegations" is no
                            // mediation of Kenya's with Norway; meet60). Other acts keep such a target: a misread subject may
                            // share its code with a true target ("Thailand and Cambodia trade fire; Malaysia urges both sides").
                            if (code == "045" && t >= 0 && A(t).Code is { } tc && tc == A(src).Code) continue;
                            else if (t < 0 && jointAidTo is not null && jointAidTo != A(b).Country)
                                Emit(range, code, b, t, rule + ",joint-subject", negated, background, modality, -1, jointAidTo, targetRole);
                            else if (t < 0 && jointAidTo is null && SharedTargetCountry(b, tgtHow, targetCountry) is { } shared)
                                Emit(range, code, b, t, rule + ",joint-subject", negated, background, modality, -1, shared, targetRole);
                            else Emit(range, JointSubjectCode(t), b, t, rule + ",joint-subject", negated, background, modality);
            }
            // "Egypt and Saudi Arabia, which have mediated between the parties, invited …": the surface shows the conjuncts
            // before a subject the tree missed, whether found before the verb or as the antecedent of a relative clause.
            else if (!pair && srcHow is "subject-before" or "relative-antecedent" or "inherited-subject")
            {
                int s0 = A(src).Tokens.FirstToken;
                for (int guard = 0; guard < 3 && (IsWord(s0 - 1, "and") || IsWord(s0 - 1, ",")); guard++)
                {
                    int k = s0 - 2;
                    while (k >= _f && Is(k, Words.Determiner)) k--;
                    int b = ActorAt(k);
                    if (b < 0 || IsModifier(b) || _reporters.Contains(b) || A(b).Tokens.EndToken != k + 1) break;
                    // "In neighbouring Burkina Faso, gunmen killed ...": a fronted place phrase's object before the comma is
                    // where, not a second doer.
                    if (ObjectOfPreposition(A(b).Tokens.FirstToken)) break;
                    foreach (var t in targets)
                        if (t < 0 && SharedTargetCountry(b, tgtHow, targetCountry) is { } shared)
                            Emit(range, code, b, t, rule + ",joint-subject", negated, background, modality, -1, shared, targetRole);
                        else Emit(range, JointSubjectCode(t), b, t, rule + ",joint-subject", negated, background, modality);
                    s0 = A(b).Tokens.FirstToken;
                }
            }
        }

        /// <summary>True when the words before <paramref name="first"/>, past any determiners and adjectives ("in neighbouring
        /// Mali", "across the whole of"), end on a preposition: the mention is a prepositional object.</summary>
        private bool ObjectOfPreposition(int first)
        {
            int j = first - 1;
            // The tagger may read "neighbouring" as a gerund and the preposition as a subordinator (both "IN").
            while (j >= _f && (doc.TokUpos(j) is Upos.DET or Upos.ADJ || doc.Token(j).Xpos == "VBG")) j--;
            return j >= _f && (doc.TokUpos(j) == Upos.ADP || doc.Token(j).Xpos == "IN");
        }

        /// <summary>
        /// "Western countries, including Britain and France, condemned the coup in Niger": a target told only by its country
        /// and role (the coup-makers, a stricken country) is the same for every coordinated subject. Not a target found
        /// through the first subject's own side ("its own government"), nor one in the joint subject's own country. Null
        /// when the target is not shared.
        /// </summary>
        private string? SharedTargetCountry(int joint, string tgtHow, string? targetCountry) =>
            targetCountry is null || tgtHow.Contains("own", StringComparison.Ordinal) || A(joint).Country == targetCountry ? null : targetCountry;

        /// <summary>
        /// The verb whose phrases say where a bombing went off (session 61, force61): for the killing a participle tells after
        /// it ("exploded outside a police station, killing nine people") the verb it follows; for a bomb noun that is its
        /// clause's subject ("a roadside bomb planted by the Taliban ripped through a police van") that clause's verb; else
        /// the trigger's own node.
        /// </summary>
        private int BlastAnchor(int node)
        {
            if (!_tree.Parsed || node < _f || node >= _e) return node;
            if (_tree.OutcomeGovernor(node) is var g && g >= 0) return g;
            if (doc.Token(node).Relation == "nsubj" && doc.Token(node).Head is var h && h >= _f && h < _e && doc.TokUpos(h) == Upos.VERB) return h;
            return node;
        }

        /// <summary>
        /// "A roadside bomb killed four soldiers", "a bomb blast at a market killed eight people", "a car bomb exploded near a
        /// checkpoint, killing five officers": a bombing with no bomber named keeps its event with an unnamed source
        /// (gold/README.md), aimed at the victims it names; people it only counts are civilians of the country where it
        /// happened. A device that harms no one the sentence names is no dyad and is not coded.
        /// </summary>
        private void CodeAgentlessBombing(Trig head, Trig inner, int headNode, int innerNode, string code, TokenRange device, List<int> targets, string tgtHow)
        {
            // Session 67 (fight67): "a bomb tore through a bus carrying police recruits, killing 11 people": the bombing the
            // blast verb coded tells the killing as its outcome, one event (decision 079); the same device is not coded again.
            // Victims named as actors ("killing six civilians") take the bombing over from the organ whose building it hit.
            var victims = targets.FindAll(t => t >= 0 && !A(t).IsModifier && !_reporters.Contains(t));
            if (victims.Count == 0 && _tree.ObjectActor(innerNode) is var harmed && harmed >= 0 && !A(harmed).IsModifier) { victims.Add(harmed); tgtHow = "tree:obj"; }
            var sameDevice = _out.FindAll(o => o.Source < 0 && o.UnnamedSource is { } seenDevice && seenDevice.Equals(device) && o.Cameo == code);
            if (sameDevice.Count > 0)
            {
                // What the blast verb hit ("exploded near an air force base") gives way to the people its killing names.
                if (victims.Count == 0 || sameDevice.Exists(o => o.Target >= 0 && !BombSubjectEntries.Any(e => o.Rule.Contains("+" + e + "→", StringComparison.Ordinal)))) return;
                foreach (var o in sameDevice) { _out.Remove(o); _seen.Remove((-1, o.Target, o.Cameo)); }
            }
            string? victimCountry = null;
            string victimRole = "CVL";
            // Session 61 (force61): "a roadside bomb struck a police van", "a car bomb exploded outside a police station, killing
            // nine people": with no victim named as an actor, the bomb is aimed at the organ whose building or vehicle it hit,
            // before people only counted (as the gold codes it: eb10037, eb11002, eb16043, eb59130), of the country where it
            // stands.
            // A force the actor stage named on what the blast struck ("struck a Turkish army convoy near Duhok") is whom it is
            // aimed at, the struck vehicle's own force, not an organ of the country the place is in; the tree roles give it.
            if (victims.Count == 0 && _tree.Parsed && BlastAnchor(innerNode) is var blastAt
                && _tree.ObjectNominalActor(blastAt) is var onStruck && (onStruck < 0 || A(onStruck).IsModifier)
                && _tree.StateBuildingRole(blastAt, blast: true) is { } organ
                && (_tree.LocativeCountry(blastAt, doc.Places) ?? OnePlaceCountry() ?? OneActorCountry()) is { } organCountry)
            {
                victimCountry = organCountry; victimRole = organ; tgtHow = "tree:bombed-state-building";
            }
            if (victims.Count == 0 && victimCountry is null && _tree.CountedPeopleObject(innerNode)
                && (_tree.LocativeCountry(innerNode, doc.Places) ?? OnePlaceCountry() ?? OneActorCountry()) is { } iso)
            {
                victimCountry = iso; tgtHow = "counted-people";
            }
            if (victims.Count == 0 && victimCountry is null) return;
            bool negated = IsNegated(inner);
            bool background = CueDates(headNode, innerNode) || ClauseBackground(head.Clause, headNode, innerNode) || ClauseBackground(inner.Clause, headNode, innerNode)
                || _tree.InPluperfectClause(headNode) || _tree.InAfterClause(headNode) || _tree.InBackgroundRelativeClause(headNode)
                || _tree.InDaysAfterClause(headNode);
            string rule = $"bomb:{doc.Token(device.EndToken - 1).Span.ToString().ToLowerInvariant()}+{inner.Entry.Trigger}→{code} src=tree:bomb-subject,tgt={tgtHow}";
            var range = new TokenRange(Math.Min(head.Start, inner.Start), Math.Max(head.End, inner.End));
            _coded.Add(head.Start); _coded.Add(inner.Start);
            if (victims.Count == 0) victims.Add(-1);
            foreach (int t in victims)
            {
                if (!_seen.Add((-1, t, code))) continue;
                _out.Add(new EventMention
                {
                    Sentence = _sentence, Trigger = range, Cameo = code, Source = -1, UnnamedSource = device, Target = t,
                    TargetCountry = t < 0 ? victimCountry : null, TargetRole = t < 0 ? victimRole : null, Rule = rule,
                    Negated = negated, Background = background,
                    Attribution = AttributionOf(range),
                    Time = PredicateTime(range),
                    Place = NearestMention(doc.Places, static m => m.Tokens, range),
                });
            }
        }

        /// <summary>
        /// "the recognition of the Armenian Genocide", "the Cultural Revolution", "National Rally lawmakers": an event noun
        /// written with a capital inside a sentence in ordinary case is part of a name, of a past event told as a topic or of
        /// a party or movement, not news of an event. Not in headlines and Title Case lines (where every noun has a capital),
        /// nor right after punctuation (a quote or a colon opens a sentence of its own), nor at the sentence's start.
        /// </summary>
        private bool InEventName(Trig tr)
        {
            if (doc.Sentence(_sentence).Section == SectionKind.Headline || tr.Start <= _f) return false;
            // A capital then lower case only: an abbreviation ("an MoU", "the MOU") is the event's ordinary spelling.
            for (int k = tr.Start; k < tr.End; k++)
            {
                var w = W(k);
                if (w.Length < 2 || !char.IsUpper(w[0])) return false;
                foreach (char c in w[1..]) if (char.IsUpper(c)) return false;
            }
            var before = W(tr.Start - 1);
            if (before.Length == 0 || !char.IsLetter(before[0])) return false;
            // Ordinary case: most words of the sentence start in lower case.
            int lower = 0, words = 0;
            for (int k = _f; k < _e; k++)
            {
                var t = W(k);
                if (t.Length == 0 || !char.IsLetter(t[0])) continue;
                words++;
                if (char.IsLower(t[0])) lower++;
            }
            return words >= 6 && lower * 2 > words;
        }

        /// <summary>
        /// "General Convicted of War Crimes", "Opposition Leader Arrested in Capital": headlines tell what was done in the
        /// present tense and drop the auxiliary of a passive, so an -ed verb in a headline with no object after it is a
        /// passive.
        /// </summary>
        private bool HeadlinePassive(Trig tr)
        {
            if (tr.IsNoun || doc.Sentence(_sentence).Section != SectionKind.Headline || tr.End - tr.Start != 1) return false;
            // The tagger may read a Title Case participle as a name ("General Convicted"): the verb entry and the ending decide.
            if (tr.Entry.Kind != TriggerKind.Verb || !W(tr.Start).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
            if (tr.Start - 1 >= _f && (Is(tr.Start - 1, Words.Aux) || Is(tr.Start - 1, Words.Be))) return false;
            int next = tr.End;
            return next >= _e || !(ActorAt(next) >= 0 || Is(next, Words.Determiner) || doc.TokXpos(next) is "CD" or "NN" or "NNS" or "NNP" or "NNPS");
        }

        /// <summary>
        /// "Demonstrators detained during the night march", "Opposition leader detained by police in Lusaka": a body line with
        /// no finite verb of its own (a photo caption, a headline run into the text) whose -ed verb of an act done to people
        /// (arrest, release, sentencing, assault, expulsion) has no object after it. Such verbs are not used without one in
        /// the active voice, so the line is a passive whose "was" is dropped, and its subject is who was acted on.
        /// </summary>
        private bool CaptionPassive(Trig tr, int node, string code)
        {
            if (tr.IsNoun || doc.Sentence(_sentence).Section == SectionKind.Headline || tr.End - tr.Start != 1) return false;
            if (!(code[..2] is "17" or "18" or "20" || code is "084" or "0841" or "116" or "174")) return false;
            if (tr.Entry.Kind != TriggerKind.Verb || !W(tr.Start).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
            if (tr.Start - 1 >= _f && (Is(tr.Start - 1, Words.Aux) || Is(tr.Start - 1, Words.Be) || IsWord(tr.Start - 1, "had") || IsWord(tr.Start - 1, "has"))) return false;
            int next = tr.End;
            if (next < _e && (ActorAt(next) >= 0 || Is(next, Words.Determiner) || Is(next, Words.Coordinator)
                || doc.TokXpos(next) is "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP" or "CC")) return false;
            return _tree.IsVerblessLinePredicate(node);
        }

        /// <summary>A court or tribunal in an "at", "in" or "before" phrase within the clause after the trigger; -1 when none.</summary>
        private int CourtWhere(Trig tr)
        {
            for (int t = tr.End; t < ClauseEnd(tr.Clause) && t < tr.End + 12; t++)
            {
                if (IsPunct(t)) return -1;
                if (!(IsWord(t, "at") || IsWord(t, "in") || IsWord(t, "before"))) continue;
                int k = t + 1;
                while (Is(k, Words.Determiner)) k++;
                int a = ActorAt(k);
                if (a < 0) continue;
                if (A(a).Code is { } c && c.EndsWith("JUD", StringComparison.Ordinal)) return a;
                var r = A(a).Tokens;
                for (int m = r.FirstToken; m < r.EndToken; m++)
                    if (W(m).Equals("court", StringComparison.OrdinalIgnoreCase) || W(m).Equals("tribunal", StringComparison.OrdinalIgnoreCase)) return a;
            }
            return -1;
        }

        /// <summary>Peacekeepers: an actor named by a word of peacekeeping ("Kenyan peacekeepers", "UN peacekeeping troops").</summary>
        private bool IsPeacekeepers(int a)
        {
            if (a < 0) return false;
            var r = A(a).Tokens;
            for (int k = r.FirstToken; k < r.EndToken; k++)
                if (W(k).StartsWith("peacekeep", StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>Hackers, hacking groups, cyber criminals: an actor named by a word of hacking or cyber crime, a criminal one
        /// (CRM) or, since session 55 (decision 061), one the text ties to a state ("hackers working for China's Ministry of
        /// State Security" CHNSPY): whoever runs them, hackers attack with computers.</summary>
        private bool IsHackers(int a)
        {
            if (a < 0 || A(a).Code is null) return false;
            var r = A(a).Tokens;
            for (int k = r.FirstToken; k < r.EndToken; k++)
                if (W(k).StartsWith("hack", StringComparison.OrdinalIgnoreCase) || W(k).StartsWith("cyber", StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>True when the actor is a population rather than an institution or a force: civilians or refugees of a
        /// country, or a mass of its unarmed people ("thousands of farmers").</summary>
        private bool IsPopulation(int a) =>
            A(a).Code is { Length: >= 3 } c && (c.EndsWith("CVL", StringComparison.Ordinal) || c.EndsWith("REF", StringComparison.Ordinal) || IsMassOfCivilians(a, 100));

        /// <summary>True for an actor of a civilian role (civilians, worshippers, pilgrims, villagers, journalists ...).</summary>
        private bool IsCivilian(int a) =>
            A(a).Code is { Length: >= 3 } c && (CivilianRoles.Any(r => c.EndsWith(r, StringComparison.Ordinal)) || c.EndsWith("BUS", StringComparison.Ordinal))
            && c != A(a).Country;

        /// <summary>
        /// The code of the killing told by a participle (", killing nine people") on an attack coded just before with the same
        /// source: the attack's own code for shelling, bombing, air and drone strikes and fighting (and the attack's event
        /// that was aimed only at a place gives way to this one, aimed at the victims); 1823 for an assault or a crackdown
        /// on people (17, 18). Null when the participle hangs on no coded attack.
        /// </summary>
        private string? AttackOfOutcome(int participle, int src, List<int> victims, string? victimCountry)
        {
            int gov = _tree.ParticipleGovernor(participle);
            // "An Israeli air strike killed three people in Gaza": a finite killing whose subject is the attack noun tells
            // that attack's outcome, as the participle does.
            bool bySubject = false;
            if (gov < 0 && _tree.EventSubject(participle) is var attackNoun && attackNoun >= 0 && TriggerCovering(attackNoun, -1) >= 0)
            {
                gov = attackNoun;
                bySubject = true;
            }
            int k;
            // A tree that missed the clause: ", killing ..." right after the attack the same source was coded for.
            if ((gov < 0 || TriggerCovering(gov, -1) < 0) && IsWord(participle - 1, ",") && W(participle).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                k = _out.FindLastIndex(m => m.Source == src && m.Trigger.EndToken <= participle);
                if (k < 0) return null;
                gov = _out[k].Trigger.FirstToken;
            }
            if (gov < 0) return null;
            k = _out.FindLastIndex(m => m.Source == src && m.Trigger.FirstToken <= gov && gov < m.Trigger.EndToken);
            string attack;
            if (k >= 0)
            {
                attack = _out[k].Cameo;
                // "Israeli strikes on Gaza killed 40 people": the weapon the attack noun names or is.
                if (bySubject && attack == "190") attack = _tree.WeaponOfCompound(gov) ?? _tree.WeaponOfSubject(participle) ?? attack;
            }
            else
            {
                // "warplanes bombed a market in Nyala, killing 40 civilians": the attack itself named no victim and was not coded.
                int j = TriggerCovering(gov, -1);
                if (j < 0 || (_trigs[j].IsNoun && !bySubject) || _trigs[j].Entry.Has(TriggerFlags.Symmetric)) return null;
                attack = _trigs[j].Code;
                if (attack == "190" && _tree.WeaponOfSubject(gov) is { } weapon) attack = weapon;
                if (attack == "190" && _tree.WeaponOfCompound(gov) is { } compounded) attack = compounded;
                if (attack[..2] is "17" or "18" && !attack.StartsWith("183", StringComparison.Ordinal)) return null;
            }
            if (k >= 0 && TriggerCovering(gov, -1) is var jk && jk >= 0 && _trigs[jk].Entry.Has(TriggerFlags.Symmetric)) return null;
            if (attack[..2] is "17" or "18" && !attack.StartsWith("183", StringComparison.Ordinal)) return attack == "1823" ? null : "1823";
            if (attack[..2] is not ("19" or "20") && !attack.StartsWith("183", StringComparison.Ordinal)) return null;
            // A generic attack ("armed men attacked a convoy, killing 11 people") leaves the killing to be coded by its victims.
            if (attack is "190" or "191" or "192" or "196") return null;
            // The attack aimed at a place ("an apartment block in Dnipro") is aimed at the people it killed there.
            // So is an attack noun's event aimed only at the country of the place it struck ("a drone strike on a car in
            // southern Lebanon killed a commander": LBN gives way to the commander).
            if (k >= 0 && (_out[k].Target < 0 || (bySubject && A(_out[k].Target).Code is { } placeOnly && placeOnly == A(_out[k].Target).Country))
                // People only counted ("Turkish air strikes on hideouts in northern Iraq killed four people") leave an attack
                // noun's event as it is (gold: TUR → IRQ), where a participle's counted victims take it over.
                // Nor do civilians ("Pakistani shelling of border villages in Kunar killed three children": PAK → AFG stays).
                && (bySubject ? victims.Exists(v => v >= 0 && !IsCivilian(v)) : victims.Exists(v => v >= 0) || victimCountry is not null))
            {
                _seen.Remove((_out[k].Source, _out[k].Target, _out[k].Cameo));
                _out.RemoveAt(k);
            }
            return attack;
        }

        /// <summary>True when the mention <paramref name="a"/> ends in a diplomatic mission's noun ("its embassy", "the German
        /// consulate"): a building a country keeps abroad.</summary>
        private bool IsOwnMission(int a) =>
            A(a).Tokens.EndToken > 0 && (doc.Token(A(a).Tokens.EndToken - 1).Lemma ?? "").ToLowerInvariant() is "embassy" or "consulate" or "mission";

        /// <summary>A riot (145), with the sub-code of what the protest is over when the tree names it ("over tax increases").</summary>
        private string RiotCode(int innerNode) =>
            _tree.Parsed && _tree.ProtestReasonKind(innerNode) is var kind && kind > 0 ? "145" + (char)('0' + kind) : "145";

        /// <summary>The role of the organ housed in the building the verb acts on (parliament LEG, a police station COP), when
        /// the building stands in <paramref name="country"/> or in no named place; null otherwise (an embassy abroad).</summary>
        private string? OwnStateBuilding(int innerNode, string country) =>
            _tree.Parsed && (_tree.LocativeCountry(innerNode, doc.Places) ?? country) == country ? _tree.StateBuildingRole(innerNode) : null;

        /// <summary>Head nouns of crewed craft: aircraft, ships and boats (drones and missiles are unmanned munitions and
        /// stand for no organ, decision 023).</summary>
        private static readonly WordSet CrewedCraftLemmas = new("aircraft", "plane", "airplane", "jet", "warplane", "fighter", "bomber",
            "helicopter", "warship", "frigate", "destroyer", "corvette", "cruiser", "ship", "vessel", "boat", "cutter", "submarine", "carrier");

        /// <summary>
        /// True when actor <paramref name="a"/> ends in a crewed craft's noun (<see cref="CrewedCraftLemmas"/>) and that noun
        /// hangs from the trigger's node (<paramref name="headNode"/> or <paramref name="innerNode"/>) through nouns,
        /// adjectives and prepositions only, with no other verb between: the craft is what the trigger's clause acts on,
        /// not the subject of a clause of its own. Invariant: false without a parse.
        /// </summary>
        private bool EncounteredCraft(int a, int headNode, int innerNode)
        {
            if (!_tree.Parsed) return false;
            int last = A(a).Tokens.EndToken - 1;
            if (last < A(a).Tokens.FirstToken || !CrewedCraftLemmas.Contains(doc.Token(last).Lemma.ToLowerInvariant())) return false;
            // "after Russian warships gathered in the Baltic": a craft with a verb of its own, or one a temporal or causal
            // word introduces, is a cause however the parser hangs it.
            for (int j = A(a).Tokens.FirstToken - 1; j >= 0 && j >= A(a).Tokens.FirstToken - 3; j--)
                if (IsWord(j, "after") || IsWord(j, "when") || IsWord(j, "as") || IsWord(j, "following") || IsWord(j, "amid")) return false;
            for (int j = last + 1; j < _e && j <= last + 12; j++)
                if (doc.Token(j).Head == last && doc.TokUpos(j) is Upos.VERB) return false;
            int k = last;
            for (int steps = 0; steps < 8; steps++)
            {
                int h = doc.Token(k).Head;
                if (h < 0) return false;
                if (h == headNode || h == innerNode) return true;
                if (doc.TokUpos(h) is Upos.VERB or Upos.AUX) return false;
                k = h;
            }
            return false;
        }

        /// <summary>
        /// True when civilians the actor stage gave the attacker's own country were struck in another country ("a coalition
        /// air raid on a market in Yemen killed 20 civilians"): they are not the attacker's people, so no repression (175).
        /// </summary>
        private bool StruckAbroad(int victims, int src, int headNode, int innerNode) =>
            IsCivilian(victims) && A(src).Country is { } own && A(victims).Country == own
            && StruckCountry(headNode, innerNode) is { } struck && struck != own;

        /// <summary>The country of the place an attack struck: on its trigger, else on the attack a participle follows.</summary>
        private string? StruckCountry(int headNode, int innerNode)
        {
            if (!_tree.Parsed) return null;
            // "shelled residential districts of Kherson, killing three civilians": what the governing attack struck is the
            // place, before the participle's own object, which is the victims themselves.
            // "Israeli strikes on Gaza killed 40 people": the attack noun that is the killing's subject struck the place.
            return (_tree.OutcomeGovernor(innerNode) is var g && g >= 0 ? _tree.LocativeCountry(g, doc.Places, attacked: true) : null)
                ?? (_tree.EventSubject(innerNode) is var ns && ns >= 0 ? _tree.LocativeCountry(ns, doc.Places, attacked: true) : null)
                ?? _tree.LocativeCountry(innerNode, doc.Places, attacked: true)
                ?? (headNode != innerNode ? _tree.LocativeCountry(headNode, doc.Places, attacked: true) : null);
        }

        /// <summary>The one country of the sentence's actors ("in the Syrian town of Azaz"), or null when none or several.</summary>
        private string? OneActorCountry()
        {
            string? only = null;
            foreach (var a in doc.Actors)
            {
                if (a.Tokens.FirstToken < _f || a.Tokens.FirstToken >= _e || a.Country is not { } c) continue;
                if (only is not null && only != c) return null;
                only = c;
            }
            return only;
        }

        /// <summary>Verbs by which a bombing noun harms its object ("a bomb blast killed eight people").</summary>
        private static readonly HashSet<string> HarmVerbs = new(StringComparer.Ordinal) { "kill", "wound", "injure", "maim", "hit", "strike", "target", "claim" };

        /// <summary>
        /// "Gunmen kidnapped more than 200 pupils from a school in Kaduna state", "an attacker stabbed two officers outside the
        /// parliament in Brussels": attackers the text names by an armed role of no country (REB, CRM) are armed men of the
        /// country where the attack took place, as gold/README.md codes them (blind11: "REB of the country where the sentence
        /// places the attack"). The actor files leave such a mention without a country; only the event gives it one.
        /// Null when the source has a country, the event is no attack, or the sentence places it in no one country.
        /// </summary>
        private string? AttackersCountry(TokenRange range, string code, int src)
        {
            if (code[..2] is not ("18" or "19" or "20") || A(src).Country is not null || A(src).Code is not ("REB" or "CRM")) return null;
            int node = Syntax.Attachment.SpanHead(doc, range);
            // Only where it happened ("in", "at"): the victims' nationality ("kidnapped two Italian aid workers") is not the place.
            return (node >= 0 && _tree.Parsed ? _tree.LocativeCountry(node, doc.Places) : null) ?? OnePlaceCountry();
        }

        /// <summary>The CAMEO role of a role noun of civil society (media, business, education, health, labour, farmers,
        /// religion, NGOs, opposition, civilians), longest phrase first ("opposition newspaper" MED, "student" EDU); null for
        /// state organs, armed and criminal roles, refugees (who take no country from the state that holds them) and
        /// words that are no role.</summary>
        private string? CivilRoleOf(int noun)
        {
            foreach (var phrase in _tree.RolePhrases(noun))
                if (Actors.ActorLexicon.Default.TryGetRole(phrase, out var role))
                    return role.Code is "MED" or "BUS" or "EDU" or "HLH" or "LAB" or "AGR" or "REL" or "NGO" or "NGOHRI" or "OPP" or "CVL" ? role.Code : null;
            return null;
        }

        /// <summary>
        /// True when the act of an active trigger is aimed at people only counted: the object or "at"/"on" phrase of the trigger's
        /// head or of another word of a phrase trigger ("fired tear gas at thousands of young people", which the parser may
        /// hang from "gas" or a misparsed "tear"), or counted protesters in a clause of time ("as thousands protest").
        /// </summary>
        private bool CountedPeopleAimedAt(Trig inner, int innerNode)
        {
            if (_tree.CountedPeopleObject(innerNode) || _tree.CountedProtestersInClause(innerNode)) return true;
            for (int k = inner.Start; k < inner.End; k++)
                if (k != innerNode && (_tree.CountedPeopleObject(k) || _tree.CountedProtestersInClause(k))) return true;
            return false;
        }

        /// <summary>
        /// The actor a threat (13) or refusal (12) is aimed at through its condition: the doer of an "if"/"unless" clause
        /// on a threat, of an "until"/"unless" clause on a refusal ("refused to attend if the opposition took part" tells
        /// the refuser's terms, not whom the refusal answers). Never the source's own side nor an adjective or possessive
        /// mention; -1 when none.
        /// </summary>
        private int ConditionTarget(string code, int node, int headNode, int src)
        {
            bool threat = code.StartsWith("13", StringComparison.Ordinal);
            Func<string, bool> marks = threat ? m => m is "if" or "unless" : m => m is "until" or "unless";
            int doer = _tree.ConditionDoer(node, marks);
            if (doer < 0 && headNode != node) doer = _tree.ConditionDoer(headNode, marks);
            if (doer < 0 || doer == src || IsModifier(doer) || _reporters.Contains(doer)) return -1;
            if (A(doer).Code is not { } doerCode || doerCode == A(src).Code) return -1;
            // "would withdraw if its own troops came under fire": the source's own forces are no target; a government's
            // threat to its own people ("would crack down if protesters returned") is.
            if (OwnForce(src, doer)) return -1;
            return doer;
        }

        /// <summary>
        /// Index into <see cref="Document.Places"/> of the place in the trigger's target phrase that stands for whom the act
        /// concerns: for visits and reduced relations (04, 16) any place ("recalled its ambassador from Phnom Penh"), for
        /// appeals, demands, disapproval, rejections and threats (02, 10-13) a capital only ("demanded an explanation from
        /// Caracas"); -1 when there is none.
        /// </summary>
        private int TargetPlaceInPhrase(string code, int node, TriggerEntry entry)
        {
            bool visit = code[..2] is "04" or "16";
            if (!visit && code[..2] is not ("02" or "10" or "11" or "12" or "13")) return -1;
            int p = _tree.VisitedPlace(node, doc.Places, entry);
            if (p < 0 || visit) return p;
            return doc.Places[p].Place is { Country: not null } place && Actors.ActorLexicon.Default.IsCapitalPlace(place) ? p : -1;
        }

        /// <summary>
        /// The country of at least half the places the article's sentences before this one name, when it is named at least
        /// twice; null for a lone sentence, an article with no places yet, or no such country.
        /// </summary>
        private string? StoryPlaceCountry()
        {
            Dictionary<string, int>? counts = null;
            int total = 0;
            foreach (var p in doc.Places)
            {
                if (p.Tokens.FirstToken >= _f || p.Place?.Country is not { } c) continue;
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[c] = counts.GetValueOrDefault(c) + 1; total++;
            }
            if (counts is null) return null;
            var top = counts.MaxBy(kv => kv.Value);
            return top.Value >= 2 && 2 * top.Value >= total ? top.Key : null;
        }

        /// <summary>Nouns of a gathering whose place is where donors meet, not where aid goes ("a donor conference in Brussels").</summary>
        private static readonly WordSet VenueNouns = new("conference", "conferences", "meeting", "meetings", "summit", "summits", "talks",
            "forum", "gathering", "session", "ceremony");

        /// <summary>
        /// The one country of the places the sentence names where aid may go: not <paramref name="giver"/>, the giver's own
        /// country (named as the doer), nor the venue of a gathering ("pledged aid at a donor conference in Brussels"), nor the
        /// place of the reporter; null when it names none or several.
        /// </summary>
        private string? StrickenPlaceCountry(string? giver)
        {
            string? only = null;
            foreach (var p in doc.Places)
            {
                if (p.Tokens.FirstToken < _f || p.Tokens.FirstToken >= _e || p.Place?.Country is not { } c || c == giver) continue;
                int placeHead = Syntax.Attachment.SpanHead(doc, p.Tokens);
                if (_tree.Parsed && placeHead >= 0 && doc.Token(placeHead).Head is var venue && venue >= _f && venue < _e
                    // nor where the one who reports it speaks from ("a WFP spokeswoman in Amman said")
                    && (Is(venue, VenueNouns) || (actorOf[venue] >= 0 && _reporters.Contains(actorOf[venue])))) continue;
                // nor a country that gives aid itself ("Britain pledged 3 million pounds and the EU released 1.5 million euros"):
                // the subject of an aid or aid-pledge verb is a donor, whatever its place reading says.
                // "India and China send aid as Nepal quake toll passes 600": a donor coordinated with the subject is one too.
                int donor = placeHead >= 0 && doc.Token(placeHead).Relation == "conj" ? doc.Token(placeHead).Head : placeHead;
                // "as 30 countries including Australia, France and the US provide assistance": the members an "including" list
                // names under the subject are donors as the subject is (session 55).
                if (_tree.Parsed && donor >= 0 && doc.Token(donor).Relation == "nmod" && _tree.CaseOf(donor) is "including" or "such")
                    donor = doc.Token(donor).Head;
                if (_tree.Parsed && donor >= 0 && doc.Token(donor).Relation == "nsubj" && TrigAt(doc.Token(donor).Head) is var given
                    && given >= 0 && _trigs[given].Entry.Root is "03" or "07") continue;
                if (only is not null && only != c) return null;
                only = c;
            }
            return only;
        }

        /// <summary>The one country of the places the sentence names, or null when it names none or several. Session 70
        /// (target70): a place in a relative clause on <paramref name="person"/> ("a man who passed photos to Russia") tells
        /// what the person did, not whose the person is, and does not count.</summary>
        private string? OnePlaceCountry(int person = -1)
        {
            string? only = null;
            foreach (var p in doc.Places)
            {
                if (p.Tokens.FirstToken < _f || p.Tokens.FirstToken >= _e || p.Place?.Country is not { } c) continue;
                if (person >= 0 && _tree.InRelativeClauseOf(p.Tokens.FirstToken, person)) continue;
                if (only is not null && only != c) return null;
                only = c;
            }
            return only;
        }

        /// <summary>The most sides of one joint act that pair each with each (n(n-1) events); a longer list is a roster.</summary>
        private const int MaxJointSides = 6;

        /// <summary>A role coded without a country ("ELI", "MED", "CVL"): people, not a state or an organisation (IGO codes
        /// are longer, countries are never role codes).</summary>
        private static bool IsRoleOnly(ActorMention m) =>
            m.Code is { Length: 3 } c && m.Country is null && Actors.ActorLexicon.RoleCodes.Contains(c);

        /// <summary>"prisoners", "political prisoners", "detainees" named with no country of their own (the country the actor
        /// recognizer lent them is the holder's).</summary>
        private static bool IsUnqualifiedPrisoners(ActorMention m) =>
            m.Rule.StartsWith("role:", StringComparison.Ordinal) && m.Name is { } n && ActorLexicon.IsPrisonerRoleName(n);

        /// <summary>
        /// Cooperation that coordinated subjects with no other target extend to each other: "Kenya and Somalia agreed
        /// to resume flights", "X and Y pledged to boost trade", "X and Y shared concerns" (019). Intents (03), consult
        /// (04), diplomatic (05) and material (06) cooperation and yielding (08); not aid (07, 033x), which goes to a
        /// third party the sentence may leave unnamed.
        /// </summary>
        private static bool Mutual(string code) =>
            code == "019"
            // Session 67 (blind85): a truce binds its sides to each other, so sides named together as breaking it ("Pakistani
            // and Afghan forces broke the truce", "Armenia and Azerbaijan breached the truce") each broke it against the other
            // (196 both ways, as eb43042's fire traded after a truce). Mutual, not a symmetric row: one side named breaking it
            // against another ("Houthi forces fired a missile at a Saudi post, breaking a truce") is that side's act alone.
            || code == "196"
            || (code.Length >= 3 && code[0] == '0' && code[1] is '3' or '4' or '5' or '6' or '8' && !code.StartsWith("033", StringComparison.Ordinal)
                // Praise, verbal defence, recognition, apology and forgiveness are about a third party or a thing ("the US and
                // Saudi Arabia welcomed the decision"), not each other; restoring ties (050) and signing (057) are mutual.
                && !(code[1] == '5' && code is not ("050" or "057"))
                // Co-mediators ("Kenyan and Norwegian mediators carried messages between the delegations") mediate between
                // others, never with each other (meet60).
                && code != "045");

        /// <summary>
        /// The fewest non-combatants killed at once that make a mass killing (202) rather than the killing of a few (1823):
        /// "killed at least 42 villagers", "killed 27 villagers" are 202, "killed 19 people" 1823 (gold/README.md: the gold
        /// codes killings of 25 to 49 civilians 202 in 7 lines against 1, and every killing below 25 1823).
        /// </summary>
        private const int MassKillingAtLeast = 25;

        /// <summary>
        /// "killed hundreds of civilians", "killed at least 80 villagers": the killing of many non-combatants is a mass
        /// killing (CAMEO 202), not a clash (190). Many: "hundreds"/"thousands", or a number of at least
        /// <paramref name="least"/>, just before the victims; "dozens" and "scores" reach the mass-killing bound only.
        /// </summary>
        private bool IsMassOfCivilians(int victim, int least)
        {
            var m = A(victim);
            if (m.Code is not { } vc) return false;
            // Non-combatants: civilians and refugees, and the other unarmed groups of a country's people ("60 farmers",
            // "300 students"); a bare plural demonym is its people ("deported 10,000 Haitians"), not the state.
            bool people = vc.EndsWith("CVL", StringComparison.Ordinal) || vc.EndsWith("REF", StringComparison.Ordinal)
                || (vc.Length == 6 && PopularRoles.Contains(vc[3..]) && vc[3..] is not ("OPP" or "MED" or "NGO"))
                // Session 68 (fight68): traders, merchants and shopkeepers (BUS) and a church's faithful (CHR) are unarmed people
                // too ("killed at least 42 traders at a cattle market"); a company cannot be killed, so BUS here is its people.
                || (vc.Length == 6 && vc[3..] is "BUS" or "CHR")
                // (A bare role code is no demonym: "hundreds of rebels" are fighters.)
                || (vc.Length == 3 && m.Country == vc && m.Tokens.Length == 1 && doc.Token(m.Tokens.FirstToken).Xpos is "NNPS" or "NNS");
            if (!people) return false;
            // "expelled the entire population of three villages": a whole population is a mass, whatever number it goes uncounted by.
            if (IsWord(m.Tokens.EndToken - 1, "population") || IsWord(m.Tokens.EndToken - 1, "populations")) return true;
            // "killed 32 people, most of them women and children": the victims named in an apposition are the counted people
            // the apposition describes, so the count on that head is theirs.
            // Session 68 (fight68): so do victims named in an "including" phrase on the counted head ("killed at least 35 people,
            // including women and children"): the count is of the people the phrase names some of. A later conjunct ("children")
            // is read through the first one, so both get the one count.
            if (_tree.Parsed && Syntax.Attachment.SpanHead(doc, m.Tokens) is var vh0 && vh0 >= 0
                && (doc.Token(vh0).Relation == "conj" && doc.Token(vh0).Head is var first && first >= _f && first < vh0 ? first : vh0) is var vh
                && (doc.Token(vh).Relation == "appos" || (doc.Token(vh).Relation == "nmod" && IncludingCase(vh)))
                && doc.Token(vh).Head is var counted && counted >= _f && counted < vh && actorOf[counted] < 0 && doc.TokXpos(counted) == "NNS")
            {
                if (TreeRoles.CountWordReaches(W(counted), least) == true) return true;
                for (int k = counted - 1; k >= Math.Max(_f, counted - 3); k--)
                {
                    if (TreeRoles.CountWordReaches(W(k), least) is { } reached) return reached;
                    if (IsPunct(k) || TrigAt(k) >= 0) break;
                }
            }
            for (int k = m.Tokens.FirstToken; k >= Math.Max(_f, m.Tokens.FirstToken - 4) && k < m.Tokens.EndToken; k--)
            {
                // "killed dozens of villagers": more than two dozen in the ordinary sense, so a mass killing; but no count of
                // a population moved or expelled (bounds of 100 and more).
                if ((W(k).Equals("dozens", StringComparison.OrdinalIgnoreCase) || W(k).Equals("scores", StringComparison.OrdinalIgnoreCase)) && least <= MassKillingAtLeast) return true;
                // "more than 1.5 million Afghans", "two million Rohingya": a count in millions is more than any bound here.
                if (TreeRoles.CountWordReaches(W(k), least) is { } reached) return reached;
                if (k < m.Tokens.FirstToken && (IsPunct(k) || TrigAt(k) >= 0)) break;
            }
            return false;
        }

        /// <summary>True when noun <paramref name="n"/> has an "including" case marker ("including women and children"): a
        /// phrase naming part of the noun it hangs on.</summary>
        private bool IncludingCase(int n)
        {
            for (int c = Math.Max(_f, n - 3); c < n; c++)
                if (doc.Token(c).Head == n && doc.Token(c).Relation == "case" && IsWord(c, "including")) return true;
            return false;
        }

        /// <summary>True when the actor is the country as a whole ("Peru declared martial law"): a target of that
        /// country would be a self-event, which is never coded.</summary>
        private bool IsCountryItself(int actor, string iso3) =>
            A(actor).Code is not { } code || code == iso3 || code == Actors.ActorLexicon.Default.CountryByIso3(iso3)?.Cameo;

        /// <summary>
        /// True when the sentence gives protests as the cause of what happens: a protest noun after "after", "amid",
        /// "following", "over" or "to" ("after weeks of mass protests"). <paramref name="protester"/> is the actor that
        /// modifies the noun ("opposition protests"), else -1.
        /// </summary>
        private bool ProtestCause(out int protester)
        {
            protester = -1;
            foreach (var p in _trigs)
            {
                if (!p.IsNoun || p.Entry.Root != "14") continue;
                for (int k = p.Start - 1; k >= Math.Max(_f, p.Start - 5); k--)
                {
                    if (IsPunct(k)) break;
                    if (actorOf[k] >= 0 && protester < 0) protester = actorOf[k];
                    if (IsWord(k, "after") || IsWord(k, "amid") || IsWord(k, "following") || IsWord(k, "over") || IsWord(k, "to")) return true;
                }
                protester = -1;
            }
            return false;
        }

        /// <summary>Spans a contest is counted in before "of" ("weeks of protests", "a night of clashes").</summary>
        private static readonly WordSet ContestSpanUnit = new("hours", "night", "nights", "day", "days", "week", "weeks", "month", "months", "year", "years", "series", "wave", "spate", "round", "rounds");

        /// <summary>
        /// True when the trigger is a protest, coercion or assault noun in an "after", "following" or "amid" phrase:
        /// "imposed a curfew after clashes between rival militias", "recalled its ambassador after deadly border clashes",
        /// "lifted the ban after weeks of protests", "prices jumped amid air strikes". Such a phrase names the cause of the
        /// clause's news and tells it as background (gold/README.md); the contest itself is news only where a clause of its
        /// own tells it. "during clashes" dates the news instead and stays; talks and visits ("agreed after talks in Doha")
        /// are the parties' own meeting, which the gold codes, so only roots 14 and 17–20 count.
        /// </summary>
        private bool ContestCauseNoun(Trig inner, string code)
        {
            if (code.Length < 2 || !(code.StartsWith("14", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal)
                || (code[0] == '1' && code[1] is '7' or '8' or '9'))) return false;
            // The parse may tag a plural noun after "after" as a verb ("after overnight clashes between rival supporters");
            // a verb with a subject of its own is an "after" clause, and a gerund ("after seizing the city") the subject's
            // own next act, which this does not judge.
            if (!inner.IsNoun && (!_tree.Parsed || doc.Token(inner.Start).Xpos != "VBZ" || _tree.HasOwnSubject(inner.Start))) return false;
            // "rescued 11 hostages after a gun duel with their abductors": an exchange of fire the clause's own subject
            // fought, with its other side named, is the first step of the same operation, not a cause told as known.
            if (inner.IsNoun && _tree.Parsed && code.StartsWith("19", StringComparison.Ordinal)
                && _tree.IsSettingEvent(Syntax.Attachment.SpanHead(doc, new TokenRange(inner.Start, inner.End)))) return false;
            for (int k = inner.Start - 1; k >= Math.Max(_f, inner.Start - 5); k--)
            {
                if (IsWord(k, "after") || IsWord(k, "following") || IsWord(k, "amid") || IsWord(k, "amidst")) return true;
                var tok = doc.Token(k);
                // Between the preposition and the noun only determiners, numbers, modifiers, a span ("weeks of", "a day
                // of") and one compound noun right before the trigger ("border clashes").
                if (tok.Upos is Upos.DET or Upos.ADJ or Upos.ADV or Upos.NUM) continue;
                if (IsWord(k, "of") || Is(k, ContestSpanUnit)) continue;
                if (tok.Upos == Upos.NOUN && k == inner.Start - 1 && actorOf[k] < 0) continue;
                return false;
            }
            return false;
        }

        /// <summary>The first business the sentence names (a BUS actor by its name, not a role noun such as "airlines",
        /// which a strike may hit without being the employer), or -1.</summary>
        private int SentenceBusiness()
        {
            for (int t = _f; t < _e; t++)
                if (ActorAt(t) is int a and >= 0 && A(a).Code is { Length: >= 6 } c && c[3..6] == "BUS"
                    && !A(a).Rule.StartsWith("role:", StringComparison.Ordinal)) return a;
            return -1;
        }

        /// <summary>Private workplaces whose owners a strike there is against (not refineries and ports, which states own as
        /// often).</summary>
        private static readonly HashSet<string> WorkplaceNouns = new(StringComparer.OrdinalIgnoreCase)
        { "factory", "factories", "plant", "plants", "mine", "mines", "mill", "mills", "company", "firm", "employer", "employers" };

        /// <summary>True when the sentence names a private workplace (<see cref="WorkplaceNouns"/>).</summary>
        private bool NamesWorkplace()
        {
            for (int t = _f; t < _e; t++)
                if (WorkplaceNouns.Contains(W(t).ToString())) return true;
            return false;
        }

        /// <summary>True when the sentence names a company (a private employer a strike may be against).</summary>
        private bool NamesBusiness()
        {
            for (int a = 0; a < doc.Actors.Count; a++)
                if (A(a).Code is { Length: >= 6 } c && c[3..6] == "BUS") return true;
            return false;
        }

        /// <summary>A government, or a state named by its country ("Argentina protested"), whose protest is an official
        /// complaint (114), not a demonstration ("Jordanians protested").</summary>
        private bool ProtestsAsAState(int a) => a >= 0 && A(a).Code is { } pc
            && (pc.EndsWith("GOV", StringComparison.Ordinal) || (pc == A(a).Country && A(a).Rule.StartsWith("country:", StringComparison.Ordinal)));

        /// <summary>True when the actor is a country's people outside the state (<see cref="PopularRoles"/>).</summary>
        private bool IsPopular(int a) => a >= 0 && A(a) is { Country: not null, Code: { Length: > 3 } c } && PopularRoles.Contains(c[3..]);

        /// <summary>True when the actor's phrase opens with a possessive pronoun ("its own soldiers", "their troops").</summary>
        private bool PossessedBySource(int actor)
        {
            int k = A(actor).Tokens.FirstToken - 1;
            if (IsWord(k, "own")) k--;
            if (IsWord(A(actor).Tokens.FirstToken, "its") || IsWord(A(actor).Tokens.FirstToken, "their")) return true;
            return IsWord(k, "its") || IsWord(k, "their");
        }

        /// <summary>Whether an actor code is a state organ that investigates without arms: its last role is the judiciary and
        /// prosecutors (JUD) or a civil government office (GOV: regulators, tax and customs agencies), with no armed or police
        /// role in it.</summary>
        private static bool IsInvestigatingOrgan(string code) =>
            (code.EndsWith("JUD", StringComparison.Ordinal) || code.EndsWith("GOV", StringComparison.Ordinal))
            && !code.Contains("MIL", StringComparison.Ordinal) && !code.Contains("COP", StringComparison.Ordinal)
            && !code.Contains("REB", StringComparison.Ordinal) && !code.Contains("SPY", StringComparison.Ordinal);

        /// <summary>Whether the actor at <paramref name="a"/> is a workforce that strikes: its code ends in a sector role of
        /// people at work (LAB workers and unions, EDU teachers, HLH doctors and nurses, AGR farmers), not a ministry of that sector
        /// (GOVLAB) or an army's medical corps.</summary>
        private bool IsWorkforce(int a) =>
            a >= 0 && A(a).Code is { Length: >= 3 } c && !c.Contains("GOV", StringComparison.Ordinal) && !c.Contains("MIL", StringComparison.Ordinal)
            && (c.EndsWith("LAB", StringComparison.Ordinal) || c.EndsWith("EDU", StringComparison.Ordinal)
                || c.EndsWith("HLH", StringComparison.Ordinal) || c.EndsWith("AGR", StringComparison.Ordinal));

        /// <summary>
        /// True when the actor's code names only unarmed political roles: government, legislature, opposition, parties,
        /// elites, judiciary, media, NGOs or an international organisation, with no armed, police or civilian role. A
        /// bare country ("Israel and Hamas clashed") may be its army, so it is not.
        /// </summary>
        private bool IsUnarmedPolitical(int a)
        {
            if (a < 0 || A(a).Code is not { Length: >= 3 } c) return false;
            // A code opens with a country ("ISRGOV"), an organisation ("IGOEUREEC", "NGOHRI") or, when the text named no
            // country, the role itself ("OPP").
            int k = c.AsSpan(0, 3) is "IGO" or "NGO" or "GOV" or "LEG" or "OPP" or "PTY" or "ELI" or "JUD" or "MED" or "HRI"
                or "MIL" or "COP" or "REB" or "SPY" or "UAF" or "CRM" or "PRM" or "CVL" or "IMG" or "INS" or "SEP" ? 0 : 3;
            bool political = false;
            for (; k + 3 <= c.Length; k += 3)
            {
                var role = c.AsSpan(k, 3);
                if (role is "GOV" or "LEG" or "OPP" or "PTY" or "ELI" or "JUD" or "MED" or "NGO" or "HRI" or "IGO") political = true;
                else if (role is "MIL" or "COP" or "REB" or "SPY" or "UAF" or "CRM" or "PRM" or "CVL" or "IMG" or "INS" or "SEP") return false;
            }
            return political;
        }

        /// <summary>Head words of an actor that is a state's diplomat: an expelled one stands for relations with the state.</summary>
        private static readonly WordSet DiplomatHeads = new("ambassador", "ambassadors", "diplomat", "diplomats", "envoy", "envoys",
            "consul", "consuls", "consul-general", "attache", "attaché", "attaches", "attachés", "chargé", "charge");

        /// <summary>True when the actor's last word names a diplomat ("the Ghanaian ambassador", "two Russian diplomats",
        /// "its charge d'affaires" reads "affaires", so the word before it is looked at too).</summary>
        private bool IsDiplomat(int a)
        {
            var m = A(a);
            int last = m.Tokens.EndToken - 1;
            if (last < _f) return false;
            if (Is(last, DiplomatHeads)) return true;
            // Session 63 (reject63): "two French military attaches": the actor may stop at the adjective ("French military",
            // MIL) when the diplomat noun after it is its head; the noun still names a diplomat.
            int next = m.Tokens.EndToken;
            if (next < _e && Is(next, DiplomatHeads) && _tree.Parsed && doc.Token(last).Head == next) return true;
            return W(last).Equals("affaires", StringComparison.OrdinalIgnoreCase) && last - 1 >= m.Tokens.FirstToken && Is(last - 1, DiplomatHeads);
        }

        /// <summary>True when the actor is one holder of a political office: a government, legislature, court or opposition
        /// role (or an elite) named in the singular by a role word or a name ("a village council head", "the governor", a named
        /// minister), not a bare country, a plural role or the institution itself ("the government", "the ministry").</summary>
        private bool IsOneOfficeHolder(int a)
        {
            var m = A(a);
            if (m.Code is not { Length: >= 3 } c || !(c.EndsWith("GOV", StringComparison.Ordinal) || c.EndsWith("LEG", StringComparison.Ordinal)
                || c.EndsWith("JUD", StringComparison.Ordinal) || c.EndsWith("ELI", StringComparison.Ordinal) || c.EndsWith("OPP", StringComparison.Ordinal)))
                return false;
            // A bare country or capital stands for the whole state; a plural role names many.
            if (c.Length == 3) return false;
            var last = W(m.Tokens.EndToken - 1);
            bool plural = last.Length > 3 && last.EndsWith("s", StringComparison.OrdinalIgnoreCase) && char.IsLower(last[0]);
            if (plural) return false;
            // The head word must be a role or a name, not the government itself ("killed the government's plan").
            return !(last.Equals("government", StringComparison.OrdinalIgnoreCase) || last.Equals("administration", StringComparison.OrdinalIgnoreCase)
                || last.Equals("ministry", StringComparison.OrdinalIgnoreCase) || last.Equals("parliament", StringComparison.OrdinalIgnoreCase)
                || last.Equals("court", StringComparison.OrdinalIgnoreCase) || last.Equals("opposition", StringComparison.OrdinalIgnoreCase)
                || last.Equals("cabinet", StringComparison.OrdinalIgnoreCase) || last.Equals("regime", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>"withdraw troops from Niger": a bare force role that took its country from a "from" place after it
        /// (the actor stage's "country = the place after it"), which a withdrawal leaves rather than acts on.</summary>
        private bool ForceNamedByPlaceLeft(int force)
        {
            if (force < 0) return false;
            var f = A(force);
            return f.Code is { Length: 6 } fc && fc[3..] is "MIL" or "COP" && f.Rule.StartsWith("role:", StringComparison.Ordinal)
                && f.Rule.Contains("; country = the place after it", StringComparison.Ordinal)
                && f.Tokens.EndToken < _e && IsWord(f.Tokens.EndToken, "from");
        }

        /// <summary>True when <paramref name="actor"/> has the country of one of the <paramref name="coordinated"/> doers (a
        /// countryless actor that of a countryless doer): "Thailand and Cambodia agreed to pull back troops" moves forces of
        /// both, whichever of them the bare role took its country from.</summary>
        private bool OfACoordinatedSide(int actor, List<int> coordinated)
        {
            string? country = A(actor).Country;
            foreach (int side in coordinated)
                if (side >= 0 && A(side).Country == country) return true;
            return false;
        }

        /// <summary>The first actor in the trigger's words that is the source's own troops or police ("sent 600 soldiers"), else -1.</summary>
        private int OwnForceIn(int src, Trig inner)
        {
            for (int k = inner.Start; k < inner.End; k++)
                if (actorOf[k] >= 0 && OwnForce(src, actorOf[k])) return actorOf[k];
            return -1;
        }

        /// <summary>The first armed force or police in the trigger that is the source's own (<see cref="OwnForce"/>) or bears the
        /// source's own force code ("the army sent more troops": MIL and MIL), else -1.</summary>
        private int SameSideForceIn(int src, Trig inner)
        {
            for (int k = inner.Start; k < inner.End; k++)
                if (actorOf[k] >= 0 && SameSideForce(src, actorOf[k])) return actorOf[k];
            return -1;
        }

        /// <summary>True when <paramref name="force"/> is the source's own force (<see cref="OwnForce"/>) or another mention
        /// with the source's own force code and country ("the army sent more troops": MIL and MIL).</summary>
        private bool SameSideForce(int src, int force)
        {
            if (force < 0 || src < 0 || force == src) return false;
            if (OwnForce(src, force)) return true;
            return A(force).Code is { } fc && fc == A(src).Code && A(force).Country == A(src).Country
                && (fc.EndsWith("MIL", StringComparison.Ordinal) || fc.EndsWith("COP", StringComparison.Ordinal));
        }

        /// <summary>True when <paramref name="force"/> is the armed forces or police of <paramref name="src"/>'s own country
        /// (same country, another code ending in MIL or COP).</summary>
        private bool OwnForce(int src, int force) => force >= 0 && force != src && TreeRoles.IsOwnForceOf(A(force), A(src));

        /// <summary>
        /// A verb the sentence asserts with its own subject: the root, a coordinated main verb or the content of a report
        /// ("said it would ..."), with a subject the tree names. Infinitives, participles and relative clauses ("to discuss
        /// the trade pact", "accused of taking part", "shot by police") are the complements and modifiers whose missing
        /// target lies elsewhere in the sentence.
        /// </summary>
        private bool MainPredicate(int node, string srcHow)
        {
            if (srcHow is not ("tree:nsubj" or "tree:pronoun-antecedent")) return false;
            // "Israeli strikes on Gaza killed ...": a subject that is itself an event noun tells that event's outcome.
            // The subject's head may close a multiword noun trigger ("a Russian missile attack on Kharkiv killed ...").
            if (_tree.LastSubjectNode >= 0 && (TrigAt(_tree.LastSubjectNode) >= 0
                || (TriggerCovering(_tree.LastSubjectNode, -1) is var st && st >= 0 && _trigs[st].IsNoun))) return false;
            var rel = doc.Token(node).Relation;
            // Session 56 (realrecall56): "Talks resumed as Kenya sent food": a finite clause of time, cause or circumstance
            // asserts its act as the main clause does (TreeRoles.FiniteCircumstanceClause).
            return rel is "root" or "conj" or "ccomp" or "parataxis" || (rel == "advcl" && srcHow == "tree:nsubj" && _tree.FiniteCircumstanceClause(node));
        }

        /// <summary>CAMEO codes of restrictions a government places on a population: ease curfew (0813) or state of
        /// emergency (0814), impose curfew (1723) or state of emergency / martial law (1724); and the easing of
        /// restrictions that names no beneficiary ("eased restrictions on foreign travel", 081, 0811, and its promise
        /// 0351), which like a lifted curfew concerns the country's own people. Imposed restrictions (172x) are not
        /// here: they usually name whom they hit ("restrictions on foreign-funded media"), a target the gold codes by
        /// its role, so a bare country was wrong on events-gold dev.
        /// A threatened curfew or state of emergency (1323, 1324) would be imposed on the same population.</summary>
        private static bool OnPopulation(string code) => code is "0813" or "0814" or "1723" or "1724" or "1323" or "1324" or "081" or "0811" or "0351";

        /// <summary>
        /// Session 66 (target66, decision 089 A): a lockdown or quarantine (191) is imposed on the people of the place it
        /// covers, as a curfew is: "imposed a 21-day quarantine on the town of Kailahun", "imposed a lockdown on two villages"
        /// are aimed at the country the place is in. Only the lexicon's lockdown and quarantine rows; a blockade, a siege
        /// or a border closure (also 191) is aimed at whoever it shuts in or out, which the sentence names.
        /// </summary>
        private static bool ConfinesPopulation(string code, TriggerEntry entry) =>
            code == "191" && (entry.Trigger.Contains("lockdown", StringComparison.Ordinal) || entry.Trigger.Contains("quarantine", StringComparison.Ordinal));

        /// <summary>
        /// "held talks with", "held a telephone conversation with", "had a video call with", "got on the phone with": talks
        /// or a call the trigger tells as held (the "hold"/"have" phrase, or a talks or call noun that is the object of
        /// "hold"/"have"), not one side's act ("spoke by telephone with", "phoned", "resumed talks with"); not "separate"
        /// talks or calls.
        /// </summary>
        private bool HeldWithPartner(Trig inner, int innerNode)
        {
            for (int k = Math.Max(_f, inner.Start - 3); k < inner.End; k++)
                if (IsWord(k, "separate") || IsWord(k, "separately")) return false;
            string trig = inner.Entry.Trigger;
            if (trig.StartsWith("hold ", StringComparison.Ordinal) || trig.StartsWith("have ", StringComparison.Ordinal)
                || trig == "get on the phone") return true;
            return inner.IsNoun && innerNode >= 0 && _tree.GoverningVerbLemma(innerNode) is { } governing
                && (governing is "hold" or "have" || TalksOpeningVerbs.Contains(governing));
        }

        /// <summary>
        /// A visit has two sides (CAMEO 042 make a visit, 043 host a visit): "X hosted Y" is also Y's visit to X. A
        /// plain meeting (040) whose place the tree names is a visit when it is in one side's country ("held talks with
        /// Kazakhstan's president in Astana": 042 by the guest, 043 by the host), and a meeting at a third location
        /// (044) for both sides when it is elsewhere.
        /// </summary>
        private void VisitCodes(int src, int tgt, int headNode, int innerNode, ref string fwd, ref string? rev)
        {
            if (fwd == "043") { rev = "042"; return; }
            // "flew to Quito for talks with Ecuador's president", "travelled to Damascus to meet Syria's president": a visit
            // to a government the sentence names (not a bare country or city) is hosted by it (gold/README.md, visits).
            if (fwd == "042" && rev is null && A(tgt).Code is { } host && host.EndsWith("GOV", StringComparison.Ordinal)
                && A(tgt).Country is { } hostCountry && hostCountry != A(src).Country) { rev = "043"; return; }
            if (fwd != "040" || !_tree.Parsed) return;
            if (_tree.ByPhone(headNode) || (innerNode != headNode && _tree.ByPhone(innerNode))) { fwd = "041"; if (rev is not null) rev = "041"; return; }
            string? sc = A(src).Country, tc = A(tgt).Country;
            // "the IAEA chief met Iran's foreign minister in Tehran", "EU foreign policy chief Kallas met Sikorski in Warsaw": an
            // international body has no country of its own, so a meeting in the other side's country is still that side
            // hosting its visit (042/043); anywhere else it stays a plain meeting (not 044). A body that sits in a country
            // (the EU and NATO in Brussels) is at home there, but meetings at its seat ("Serbian and Kosovo leaders meet EU
            // envoy in Brussels") are its ordinary business, not hosted visits: they stay 040, as the samples gold codes them.
            // Both sides without a country stay 040.
            bool srcBody = sc is null && A(src).Code is { } sbc && sbc.StartsWith("IGO", StringComparison.Ordinal);
            bool tgtBody = tc is null && A(tgt).Code is { } tbc && tbc.StartsWith("IGO", StringComparison.Ordinal);
            if (srcBody) sc = SeatOf(A(src).Code!);
            if (tgtBody) tc = SeatOf(A(tgt).Code!);
            if ((sc is null && !srcBody) || (tc is null && !tgtBody) || (srcBody && tgtBody) || sc == tc) return;
            string? at = _tree.LocativeCountry(innerNode, doc.Places);
            if (at is null && headNode != innerNode) at = _tree.LocativeCountry(headNode, doc.Places);
            // "Dissanayake received Modi at the presidential secretariat", "the sultan received him at his palace": a host
            // receives a foreign government's leader or envoy (the only target "receive" keeps) in his own country, so with
            // no country named the meeting is still the guest's visit (042) that the receiver hosts (043).
            if (at is null && doc.Token(innerNode).Lemma == "receive" && doc.Token(innerNode).Upos == Upos.VERB) at = sc;
            // "received at Bayan Palace on Tuesday the visiting Prime Minister of Pakistan", "during a meeting with the
            // visiting British Defence Secretary": state and Gulf agency copy names the guest as "visiting", so with no
            // place named the meeting is the guest's visit (042) that the other side hosts (043).
            if (at is null && IsVisitingGuest(tgt)) at = sc;
            else if (at is null && IsVisitingGuest(src)) at = tc;
            if (at is null || (srcBody && at == sc) || (tgtBody && at == tc)) return;
            if (at == tc) { fwd = "042"; rev = "043"; }
            else if (at == sc) { fwd = "043"; rev = "042"; }
            else if (!srcBody && !tgtBody) { fwd = "044"; rev = "044"; }
        }

        /// <summary>The mention is named as a guest: "visiting" right before it or inside its span ("the visiting Prime
        /// Minister of Pakistan", "the visiting British delegation"), the participle agency copy puts on a foreign guest.</summary>
        private bool IsVisitingGuest(int a)
        {
            var r = A(a).Tokens;
            for (int k = r.FirstToken - 2; k < r.EndToken; k++)
                if (IsWord(k, "visiting")) return true;
            return false;
        }

        /// <summary>The country where an international body has its seat, for the few whose seat is their usual meeting place
        /// (EU and NATO in Brussels, the UN itself in New York, the African Union in Addis Ababa, the Arab League in Cairo,
        /// ASEAN in Jakarta); null for the others, whose envoys meet wherever they travel.</summary>
        private static string? SeatOf(string code) =>
            code.StartsWith("IGOEUR", StringComparison.Ordinal) || code == "IGOWSTNAT" ? "BEL"
            : code == "IGOUNO" ? "USA" : code == "IGOAFRAFU" ? "ETH" : code == "IGOMEAARL" ? "EGY" : code == "IGOSEAASN" ? "IDN" : null;

        /// <summary><paramref name="other"/> when it is an organ of the bare country <paramref name="chosen"/> names ("the U.S.
        /// Treasury" for "US"), else <paramref name="chosen"/>: the same doer, named more exactly.</summary>
        private int MoreExact(int chosen, int other)
        {
            if (other < 0 || A(chosen).Code is not { Length: 3 } cc || A(other).Code is not { Length: > 3 } oc) return chosen;
            return A(chosen).Country is { } c && c == A(other).Country && oc.StartsWith(cc, StringComparison.Ordinal) ? other : chosen;
        }

        /// <summary>The index of the article's lead, its first body sentence (headlines and decks come before it); -1 when the
        /// document has no body sentence (a single sentence given alone is its own lead only when it is marked as body).</summary>
        private int LeadSentence()
        {
            if (_lead != int.MinValue) return _lead;
            _lead = -1;
            for (int i = 0; i < doc.SentenceCount; i++)
                if (doc.Sentence(i).Section == SectionKind.Body) { _lead = i; break; }
            return _lead;
        }

        /// <summary>The other sources of the earlier act <paramref name="doer"/> did (same sentence, trigger and code), as
        /// coordinated subjects and joint events give them; not the reacting side's own code.</summary>
        private void JointDoers(int doer, int src, List<int> targets)
        {
            int at = _sources.FindLastIndex(x => x.Source == doer && x.Sentence < _sentence);
            if (at < 0) return;
            var (sentence, _, code, trigger, _) = _sources[at];
            // The same trigger and root: "Greece and Turkey held talks" is a visit one way and a hosting the other (042/043).
            foreach (var (s2, o, c2, t2, _) in _sources)
                if (s2 == sentence && c2.AsSpan(0, 2).SequenceEqual(code.AsSpan(0, 2)) && t2 == trigger && o != doer && o != src && !targets.Contains(o)
                    && A(o).Code is { } oc && oc != A(src).Code && targets.Count < 4)
                    targets.Add(o);
        }

        /// <summary>Whether actor <paramref name="a"/> is <paramref name="src"/>'s own side: the same code, or the same country
        /// where either names no role or both name the same one ("Iran's foreign ministry" does not react to Tehran's own act).</summary>
        private bool SameSide(int a, int src)
        {
            if (a == src || A(a).Code is not { } ac || A(src).Code is not { } sc || ac == sc) return true;
            return A(a).Country is { } c && c == A(src).Country && (ac.Length == 3 || sc.Length == 3 || ac[3..] == sc[3..]);
        }

        /// <summary>The latest source of an event, earlier in this sentence ("China held drills, and Taipei condemned the
        /// exercises": coded events are emitted in reading order) or in the eight sentences before it, that is of the kind the act noun
        /// names (<see cref="TreeRoles.AnaphoricNounFits"/>), whose code is not <paramref name="src"/>'s and whose country
        /// differs or whose role does; -1 when none.</summary>
        private int EarlierActor(int src, string actNoun, int window = 8)
        {
            // "banned the party … security forces fired tear gas … called the ban illegal": an earlier act whose trigger
            // shares the noun's stem is the one meant, before the latest act of the right kind.
            int byKind = -1, byKindSentence = -1, leadKind = -1;
            int lead = LeadSentence();
            string stem = actNoun.Length > 4 ? actNoun[..4] : actNoun;
            for (int k = _sources.Count - 1; k >= 0; k--)
            {
                var (sentence, s, code, trigger, _) = _sources[k];
                if (sentence > _sentence) continue;
                if (sentence < _sentence - window) break;
                bool sameWord = actNoun.Length > 0 && trigger.StartsWith(stem, StringComparison.OrdinalIgnoreCase);
                if (!sameWord && !TreeRoles.AnaphoricNounFits(actNoun, code)) continue;
                // "Iran's foreign ministry spokesman" does not react to Tehran's own act. (-1: a document's author, sought for
                // no one's reaction.)
                if (src >= 0 && SameSide(s, src)) continue;
                // "US sanctions Hong Kong firms" (headline) … "The U.S. Treasury imposed sanctions …": the headline's bare
                // country and the body's organ of it are one doer, which the body names more exactly.
                if (sameWord) return MoreExact(s, byKind);
                if (byKind < 0) { byKind = s; byKindSentence = sentence; }
                // The earliest act of the kind told in the headline or the lead (scanning backwards, the last one met).
                if (sentence <= lead) leadKind = leadKind < 0 ? s : MoreExact(s, leadKind);
            }
            // "Militants ambushed an army convoy … the air force struck militant positions … The attack drew condemnation":
            // an article's story is the act its lead tells; an act of the same kind told after it in an earlier sentence (a
            // reprisal, a side event) is not what a later "the attack" names unless the noun repeats its verb (above).
            if (leadKind >= 0 && byKindSentence > lead && byKindSentence < _sentence) return leadKind;
            return byKind;
        }

        /// <summary>The source of the latest event of the three sentences before this one (with <paramref name="sameSentence"/>,
        /// also of this one, told before <paramref name="src"/>) that was aimed at <paramref name="src"/>'s side by another
        /// side; -1 when none. With <paramref name="stateWide"/>, an act aimed at any organ of <paramref name="src"/>'s
        /// country (its army, its government) counts as aimed at its side, and the answered side must be of another country or
        /// of none.</summary>
        private int AnsweredActor(int src, bool sameSentence = false, bool stateWide = false)
        {
            for (int k = _sources.Count - 1; k >= 0; k--)
            {
                var (sentence, s, _, _, t) = _sources[k];
                if (t < 0) continue;
                // In its own sentence only an act told before the answering side ("X imposed duties, Y vowed a response").
                bool toldBefore = sameSentence && sentence == _sentence && A(s).Tokens.FirstToken < A(src).Tokens.FirstToken;
                if (sentence >= _sentence && !toldBefore) continue;
                if (sentence < _sentence - 3) break;
                if (SameSide(t, src) && !SameSide(s, src)) return s;
                // (an accuser of no country, the UN or a rights group, counts too: "The UN accused Sudan's army of ... Khartoum
                // denied it")
                if (stateWide && A(src).Country is { } home && A(t).Country == home && A(s).Country != home && !SameSide(s, src)) return s;
            }
            return -1;
        }

        /// <summary>Lemmas of responding and of a response: a threat of one answers an earlier act.</summary>
        private static readonly HashSet<string> ResponseLemmas = new(StringComparer.OrdinalIgnoreCase)
        { "response", "retaliation", "reprisal", "countermeasure", "retaliate", "respond", "react" };

        /// <summary>True when the trigger or its inner act is a verb of responding or a noun of response ("vowed to retaliate",
        /// "vows response", "would respond in kind").</summary>
        private bool IsResponse(in Trig head, in Trig inner)
        {
            return IsResponseIn(head.Start, head.End) || IsResponseIn(inner.Start, inner.End);
        }

        private bool IsResponseIn(int from, int to)
        {
            for (int k = from; k < to; k++)
                if (doc.TokLemma(k) is { } l && ResponseLemmas.Contains(l)) return true;
            return false;
        }

        /// <summary>"..., the first such deportation to Syria since 2011", "the call-up of 160,000 conscripts, the largest since
        /// 2016": a "since YEAR" after "first" or a superlative compares the news with the past; the year opens the period
        /// compared and is not the event's date (dated by it, today's news would be told as history).</summary>
        private bool ComparedSince(TokenRange time)
        {
            int p = time.FirstToken - 1;
            return IsWord(p, "since") && ComparedSinceAt(p);
        }

        /// <summary>The "since" at <paramref name="since"/> follows "first" or a superlative within ten words ("the first
        /// ... since", "the largest since", "the highest turnout since").</summary>
        private bool ComparedSinceAt(int since)
        {
            for (int k = since - 1; k >= Math.Max(_f, since - 10); k--)
                if (IsWord(k, "first") || doc.TokXpos(k) is "JJS" or "RBS") return true;
            return false;
        }

        private void Emit(TokenRange range, string code, int src, int tgt, string rule, bool negated, bool background, Modality modality, int targetPlace = -1, string? targetCountry = null, string? targetRole = null)
        {
            if (src < 0 || src == tgt) return;
            RecordVerbTarget(range, src, tgt, code); // session 56 (coord56): ShallowCoder.ConjunctTargets.cs
            // "Several companies have pledged to diversify hiring", "employers are complaining about a shortage of staff", "the
            // airline was concerned that the route lacked business travellers": a firm's comment, pledge or complaint addressed
            // to no one is about its business, not a political act (session 38, realfp38; the gold codes a firm's denials and
            // its words to a named party, which keep theirs).
            if (tgt < 0 && targetPlace < 0 && targetCountry is null && targetRole is null
                && (code is "010" or "012" or "013" or "114" || code.StartsWith("03", StringComparison.Ordinal)) && RoleOf(src) == "BUS") return;
            // "agreed to reopen the crossing and resume trade": a cooperative act (04-08) told as intended, whichever path gave
            // it the modality, is coded as the intent (03x), as gold/README.md's "verbal categories carry their mode" has it.
            if (modality == Modality.Intended && code.Length >= 3 && code[0] == '0' && code[1] is >= '4' and <= '8')
                code = MapFrame(FrameKind.Intend, code, code);
            code = JudicialCode(code, src, tgt, rule, targetRole); // session 54 (blind72): releases of people, assets frozen at home
            code = RescueOfCaptivesCode(code, range, rule); // session 62 (aid62): rescued kidnapped people are released (0841)
            MissionHostTarget(code, range, src, ref tgt, ref targetCountry); // session 69 (coop69): forces sent to a mission are aimed at its host
            code = MissionDeploymentCode(code, range, src, tgt, ref targetCountry); // session 62 (aid62): forces sent abroad on a mission (074)
            code = ReliefDeploymentCode(code, range, src, ref tgt, ref targetCountry); // session 63 (blind81): own forces sent at home for relief (073)
            code = PromisedProtectionCode(code, range, src, tgt, modality, ref targetCountry); // session 65 (promise65): forces promised to another's protection (0334)
            if (tgt >= 0)
            {
                string? sc = A(src).Code, tc = A(tgt).Code;
                // "The spokesman criticized the Iranian government": a role that has its country only from the sentence's one
                // state is not for that reason the same actor as its target; the event assembler gives it another country.
                if (string.Equals(sc, tc, StringComparison.Ordinal)
                    && !A(src).Rule.Contains("country = the sentence's country", StringComparison.Ordinal)) return;
                // "Thai and Cambodian troops exchanged fire, killing 12 people, mostly Thai civilians": a side that the
                // text does not itself name as the doer does not kill its own country's civilians.
                // A by-agent ("were beaten by police") or a finite verb's subject before it ("Kenyan police beat protesters",
                // when the tree misses the verb) names the doer.
                if (code[0] is '1' or '2' && code[..2] is "18" or "19" or "20" && !rule.Contains("src=tree:nsubj,", StringComparison.Ordinal)
                    && !rule.Contains("agent", StringComparison.Ordinal)
                    // ", killing 40 civilians" after "warplanes bombed a market": the doer named for the attack is the killer.
                    && !rule.EndsWith(",outcome", StringComparison.Ordinal)
                    && !(rule.Contains("src=subject-before", StringComparison.Ordinal) && !W(range.FirstToken).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                    && A(src).Country is { } home && tc == home + "CVL" && sc is { Length: 6 } && sc.StartsWith(home, StringComparison.Ordinal) && sc[3..] is "MIL" or "COP")
                    return;
            }
            // Durations and sets ("for three years", "every week") do not date an event: only calendar values attach.
            int time = NearestMention(doc.Times, static m => m.Tokens, range, m => m.Value.Date is not null && Syntax.Attachment.SamePredicate(doc, m.Tokens, range)
                && !ComparedSince(m.Tokens));
            // "Kallas said she had spoken with Vucevic on Saturday": a pluperfect backshifted by a reporting verb, or any
            // other background cue, is overruled by a day in the week before publication. History is not dated last week.
            if (background && time >= 0 && IsRecentDay(doc.Times[time].Value) && !(_causeNounAt >= 0 && range.FirstToken <= _causeNounAt && _causeNounAt < range.EndToken)) background = false;
            // A deed told after "for" as the ground of the reported act is background (ShallowCoder.ForGerundGrounds.cs); no
            // day in the sentence makes it news again, the day dates the act it grounds.
            if (!background && !negated && ForGerundGround(range, code, modality)) background = true;
            // "had suspended the hotlines in 2023 and has rejected offers": a present perfect joined to a past has its own tense.
            if (background && PresentConjunctOfPast(range)) background = false;
            // "The two countries fought a border war from 1998 to 2000": an event dated by a written year before the
            // publication's is history, whatever preposition brings the year (the sentence cue only knows "in YEAR").
            if (!background && time >= 0 && WrittenEarlierYear(doc.Times[time])) background = true;
            // "Background: the ADF has killed ...", "Context: The Council condemned ...": a press release's or digest's
            // paragraph so labelled tells history, whatever its tense.
            if (!background && BackgroundLabelled()) background = true;
            if (!_seen.Add((src, tgt, code)))
            {
                // The same event told first as history and then as the news is the news; the background copy gives way.
                int old = _out.FindIndex(o => o.Sentence == _sentence && o.Source == src && o.Target == tgt && o.Cameo == code
                    && EventMention.NewsReplacesBackground(o.Background, o.Negated, background, negated));
                if (old < 0) return;
                _out.RemoveAt(old);
            }
            if (tgt >= 0 && !negated) _lastTargetOfRoot[code[..2]] = tgt;
            if (!negated && !background) _sources.Add((_sentence, src, code, doc.Token(range.FirstToken).Lemma, tgt));
            _out.Add(new EventMention
            {
                Sentence = _sentence, Trigger = range, Cameo = code, Source = src, Target = tgt, TargetPlace = tgt < 0 ? targetPlace : -1,
                TargetCountry = tgt < 0 && targetPlace < 0 ? targetCountry : null, TargetRole = tgt < 0 && targetPlace < 0 ? targetRole : null,
                // "Hundreds of thousands of Israelis rallied": a people who demonstrate are its civilians.
                SourceRole = code.StartsWith("14", StringComparison.Ordinal) && A(src).Code is { Length: 3 } && A(src).Rule.StartsWith("demonym:", StringComparison.Ordinal) ? "CVL"
                    // "Kyrgyzstan sent reinforcements to the border", "Guyana put its defence force on alert": a show of force whose
                    // own words name the force is made by that force (decision 018), though the actor stage found no mention of it.
                    : code.StartsWith("15", StringComparison.Ordinal) && A(src).Code is { } postureSrc && StateOrgan(postureSrc) ? PostureForce(range, code) : null,
                SourceCountry = PlacedDoer(src, AttackersCountry(range, code, src)),
                TargetCountryOfRole = tgt >= 0 && A(tgt).Country is null && _placedDoers.TryGetValue(tgt, out var doerCountry) ? doerCountry : null,
                Rule = rule,
                Negated = negated, Background = background, Modality = modality,
                Attribution = AttributionOf(range),
                Time = time,
                Place = NearestMention(doc.Places, static m => m.Tokens, range),
            });
        }

        /// <summary>Remembers the country an event gave a countryless source (<paramref name="country"/>), so a later event aimed
        /// at that same doer places it there too; returns <paramref name="country"/>.</summary>
        private string? PlacedDoer(int src, string? country)
        {
            if (country is not null && src >= 0 && A(src).Country is null) _placedDoers.TryAdd(src, country);
            return country;
        }

        /// <summary>True when the actor is people or a force: a role (protesters, police, rebels, an opposition), a person,
        /// not a bare country or an international organisation, which stand for states and teams.</summary>
        private bool IsPeople(int a) =>
            A(a).Code is { } code && code != A(a).Country
            && (!code.StartsWith("IGO", StringComparison.Ordinal) || PersonOfAnOrganisation(a))
            // a bare three-letter code is a country unless it is a role ("CVL", "COP")
            && (code.Length > 3 || Actors.ActorLexicon.RoleCodes.Contains(code));

        /// <summary>
        /// Session 65 (talks65): "Qatar's emir received Hamas's chief negotiator in Doha": the leader, negotiator or envoy of a
        /// named armed movement or party (REB, OPP, PTY), received by another country's state, is a guest on a visit as a
        /// foreign government's envoy is (042/043 by place); "received wounded fighters", "received 200 refugees" name no
        /// envoy. Invariant: only a person of a named organisation (its rule) whose head word names a leader or an envoy.
        /// </summary>
        private bool ForeignMovementsEnvoy(int a)
        {
            if (RoleOf(a) is not ("REB" or "OPP" or "PTY") || !A(a).Rule.StartsWith("organization", StringComparison.Ordinal)) return false;
            // The envoy's word ends the mention ("Hamas's chief negotiator") or follows it as the head the organisation is the
            // possessor of ("Hamas's political leader", "a Houthi delegation"), with only modifiers between.
            var r = A(a).Tokens;
            for (int k = r.EndToken - 1; k < Math.Min(_e, r.EndToken + 3); k++)
            {
                if (k >= r.EndToken && doc.TokUpos(k) is not (Upos.PART or Upos.ADJ or Upos.NOUN or Upos.PROPN)) return false;
                if (doc.TokLemma(k)?.ToLowerInvariant() is "leader" or "negotiator" or "envoy" or "chief" or "head"
                    or "delegation" or "representative" or "chairman" or "president" or "official") return true;
            }
            return false;
        }

        /// <summary>The rejection verb's object is a ruling, verdict, judgment or award: one of those words among the twelve
        /// after the verb, before any punctuation. Read on the words, not the tree, as the tagger reads "ruling" as a verb
        /// after a possessive court ("the International Court of Justice's ruling").</summary>
        private bool RejectsRuling(int verb)
        {
            for (int k = verb + 1; k < Math.Min(_e, verb + 12); k++)
            {
                if (doc.TokUpos(k) == Upos.PUNCT) return false;
                if (W(k).ToString().ToLowerInvariant() is "ruling" or "rulings" or "verdict" or "judgment" or "judgement" or "award") return true;
            }
            return false;
        }

        /// <summary>"the head of the IMF", "the World Bank chief", "UN envoy Jane Doe", "members of the AU mission": a person
        /// who holds an office in an international organisation, or its staff, named by a role or a name, not the body itself
        /// ("received the head of the IMF in Dakar" is a hosted visit; "received a loan from the IMF" names no guest).</summary>
        private bool PersonOfAnOrganisation(int a)
        {
            string rule = A(a).Rule;
            int colon = rule.IndexOf(':');
            if (colon <= 0) return false;
            var kind = rule.AsSpan(0, colon);
            return kind.Contains("role", StringComparison.Ordinal) || kind.Contains("members", StringComparison.Ordinal)
                || kind.StartsWith("person", StringComparison.Ordinal) || kind.Contains("title", StringComparison.Ordinal);
        }

        /// <summary>"Concessions were made by the government", "Concessions Made By Government": an event noun that is the
        /// passive subject of a verb, or that a participle modifies, where the active phrase ("made concessions") is a
        /// lexicon phrase that needs no target. The passive tells the same event and needs none either.</summary>
        private bool PassiveOfTargetlessPhrase(int noun)
        {
            if (!_tree.Parsed || noun < _f || noun >= _e) return false;
            int verb = -1;
            if (doc.Token(noun).Relation == "nsubj:pass") verb = doc.Token(noun).Head;
            else
                for (int t = noun + 1; t < _e && t <= noun + 2; t++)
                    if (doc.Token(t).Head == noun && doc.Token(t).Relation is "acl" && doc.TokXpos(t) == "VBN") { verb = t; break; }
            if (verb < _f || verb >= _e || verb == noun) return false;
            foreach (var v in lex.Candidates(W(verb)))
                if (v.Entry.Kind == TriggerKind.Phrase && v.Entry.Has(TriggerFlags.NoTarget) && v.Words.Length == 2
                    && v.WordIs(1, W(noun), doc.TokLemma(noun)))
                    return true;
            return false;
        }

        /// <summary>"Iran must abandon enrichment or face the consequences": the word before <paramref name="verb"/> is "or",
        /// and "must" stands earlier in the same clause with no punctuation between (the first conjunct's modal).</summary>
        private bool PenaltyAfterMust(int verb, int clauseStart)
        {
            if (verb - 1 < _f || !IsWord(verb - 1, "or")) return false;
            for (int k = verb - 2; k >= Math.Max(clauseStart, _f); k--)
            {
                if (IsWord(k, "must")) return true;
                if (IsPunct(k)) break;
            }
            return false;
        }

        /// <summary>True when "will", "would", "shall" or "going to" stands in the three words before the verb (not past a
        /// clause start): "will pay", "would surely pay", "is going to pay".</summary>
        private bool AfterFutureModal(int verb, int clauseStart)
        {
            for (int k = verb - 1; k >= Math.Max(clauseStart, verb - 3); k--)
            {
                if (Is(k, Words.IntendModal) || (IsWord(k, "to") && k > _f && IsWord(k - 1, "going"))) return true;
                if (IsPunct(k)) break;
            }
            return false;
        }

        /// <summary>
        /// A time expression that writes out a year before the publication's and that dates a clause (an oblique or
        /// temporal modifier of a verb, "from 1998", "between 2014 and 2016", "in March 2019"), not a noun ("the 2000
        /// peace deal", which an event today can violate). Relative expressions ("last year") are not history.
        /// </summary>
        private bool WrittenEarlierYear(Time.TimeMention m)
        {
            if (doc.Article.Published is not { } p || m.Value.Date is not { } d || m.Value.Precision == Time.DatePrecision.Unknown) return false;
            if (d.Year >= p.Year) return false;
            bool year = false;
            for (int t = m.Tokens.FirstToken; t < m.Tokens.EndToken; t++)
            {
                var w = W(t);
                if (w.Length == 4 && int.TryParse(w, out int y) && y == d.Year) { year = true; break; }
            }
            if (!year || !_tree.Parsed) return year;
            int head = Syntax.Attachment.SpanHead(doc, m.Tokens);
            // "between 2014 and 2016": the second year is a conjunct of the first.
            for (int hops = 0; hops < 4 && doc.Token(head).Relation == "conj" && doc.Token(head).Head >= 0; hops++) head = doc.Token(head).Head;
            var rel = doc.Token(head).Relation ?? "";
            return rel.StartsWith("obl", StringComparison.Ordinal) || rel is "nmod:tmod" or "advmod";
        }

        /// <summary>True for a date given to the day, from a week before publication to the day after it.</summary>
        private bool IsRecentDay(Time.TimeValue v) =>
            v is { Precision: Time.DatePrecision.Day, Date: { } d } && doc.Article.Published is { } p
            && d.DayNumber >= p.DayNumber - 7 && d.DayNumber <= p.DayNumber + 1;

        /// <summary>The dated time mention nearest to <paramref name="range"/> within the same predicate, or -1: the time of an
        /// event the coder builds outside <see cref="Emit"/> (which also leaves out comparisons "since").</summary>
        private int PredicateTime(TokenRange range) =>
            NearestMention(doc.Times, static m => m.Tokens, range, m => m.Value.Date is not null && Syntax.Attachment.SamePredicate(doc, m.Tokens, range));

        /// <summary>When time or place stages ran before the coder: the mention in the trigger's clause nearest to
        /// the trigger (index into the document list), else -1. Later stages may attach them instead.</summary>
        private int NearestMention<T>(List<T> mentions, Func<T, TokenRange> tokens, TokenRange trigger, Func<T, bool>? usable = null)
        {
            if (mentions.Count == 0) return -1;
            int c = _clauseOf[trigger.FirstToken - _f];
            int lo = ClauseStart(c), hi = ClauseEnd(c);
            int best = -1, bestDist = int.MaxValue;
            for (int i = 0; i < mentions.Count; i++)
            {
                var r = tokens(mentions[i]);
                if (usable is not null && !usable(mentions[i])) continue;
                if (r.FirstToken < lo || r.EndToken > hi || r.Length <= 0) continue;
                int d = r.FirstToken >= trigger.EndToken ? r.FirstToken - trigger.EndToken : trigger.FirstToken - r.EndToken;
                if (d < 0) d = 0;
                if (d < bestDist) { bestDist = d; best = i; }
            }
            return best;
        }

        private int NounSource(Trig tr, out string how)
        {
            // Possessive/adjective actor right before the noun, past at most three adjectives ("Israel's repeated air strikes").
            int lo = Math.Max(ClauseStart(tr.Clause), tr.Start - 4);
            for (int k = tr.Start - 1; k >= lo; k--)
            {
                int a = actorOf[k];
                if (a >= 0)
                {
                    if (_reporters.Contains(a)) break;
                    // "US-South Korean drills": a pair compound names two sides jointly, never one as the noun's doer.
                    if (IsPairCompoundFirst(a)) break;
                    how = IsModifier(a) ? "modifier" : "before-noun";
                    if (!IsModifier(a) && (TrigAt(k + 1) < 0 && LightEndAt(k + 1) == 0) && k + 1 != tr.Start) break;
                    if (IsModifier(a) && MoreSpecificLightSubject(a) is var subj && subj >= 0)
                    {
                        // "Erdogan reaffirmed Turkey's backing": the light verb's subject speaks for the same
                        // country and says which part of it (RUSGOV rather than RUS) acts.
                        how = "light-subject(same country)";
                        return subj;
                    }
                    return a;
                }
                if (IsPunct(k) || TrigAt(k) >= 0 || LightEndAt(k) > 0 || Is(k, Words.Aux)) break;
            }
            // Subject of a light verb: "X carried out strikes on Y", "X reaffirmed its support for Y".
            for (int k = tr.Start - 1; k >= Math.Max(ClauseStart(tr.Clause), tr.Start - 6); k--)
            {
                int le = LightEndAt(k);
                if (le > 0 && le <= tr.Start)
                {
                    if (IsAuxiliaryOfLaterVerb(k)) break;
                    bool ok = true;
                    for (int m = le; m < tr.Start; m++)
                        if (actorOf[m] >= 0 || IsPunct(m) || (TrigAt(m) >= 0 && m != tr.Start)) { ok = false; break; }
                    if (!ok) break;
                    var lightTrig = new Trig { Start = k, End = le, Clause = tr.Clause };
                    if (IsPassive(lightTrig)) break;
                    int s = NearestSourceBefore(k, ClauseStart(tr.Clause));
                    if (s < 0) s = _clauses[tr.Clause].Subject;
                    how = "light-subject";
                    return s;
                }
                if (actorOf[k] >= 0 || IsPunct(k)) break;
            }
            // Agent after the noun: "the visit to Moscow by Syria's ministers", "strikes by Israel on Gaza".
            for (int t = tr.End; t < ClauseEnd(tr.Clause) && t - tr.End <= 6; t++)
            {
                if (IsPunct(t) || (TrigAt(t) >= 0 && !_trigs[TrigAt(t)].IsNoun)) break;
                // "in protest against a sales tax imposed by the government": a participle on a noun of the trigger's
                // phrase takes the agent itself; the government is no protester. (The noun's own agent follows it or its
                // phrase directly, "strikes by Israel", "the visit to Moscow by Syria's ministers", or a participle right
                // after the noun restates the noun's own doing: "concessions made by the Kenyan government".)
                if (t > tr.End && doc.TokXpos(t) is "VBN" or "VBD" or "VBG") break;
                if (!IsWord(t, "by")) continue;
                int k = t + 1; while (Is(k, Words.Determiner)) k++;
                int a = ActorAt(k);
                if (a >= 0 && !_reporters.Contains(a)) { how = "by-agent"; return a; }
                break;
            }
            how = "none";
            return -1;
        }

        /// <summary>For a possessive/adjective actor directly after a light verb ("reaffirmed Turkey's backing"):
        /// the light verb's subject when it has the same country and a longer, more specific code; else -1.</summary>
        private int MoreSpecificLightSubject(int modifier)
        {
            var m = A(modifier);
            int start = m.Tokens.FirstToken;
            while (start - 1 >= _f && Is(start - 1, Words.Determiner)) start--;
            int k = start - 1;
            for (; k >= Math.Max(_f, start - 3); k--)
                if (LightEndAt(k) == start) break;
            if (k < Math.Max(_f, start - 3)) return -1;
            int s = NearestSourceBefore(k, _f);
            if (s < 0 || s == modifier) return -1;
            return TreeRoles.Refines(A(s), m) ? s : -1;
        }

        private bool IsPassive(Trig tr)
        {
            if (tr.IsNoun) return false;
            if (tr.Variant is not null && !tr.Variant.HeadIsParticiple && !W(tr.Start).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
            for (int k = tr.Start - 1; k >= Math.Max(_f, tr.Start - 4); k--)
            {
                if (actorOf[k] >= 0 || IsPunct(k)) return false;
                if (Is(k, Words.Be)) return true;
                if (IsWord(k, "has") || IsWord(k, "have") || IsWord(k, "had")) return false;
            }
            return false;
        }

        /// <summary>
        /// The doer of the attack a harm is suffered in, named as the attack noun's modifier right after "in": "(killed) in a
        /// Kenyan air strike", "in a deadly Hamas rocket attack"; -1 when the words after the harm are no such attack ("in an
        /// attack on Kenyan troops" names the victims, "in Kenya" a place). <paramref name="attackTrig"/> is the attack noun's
        /// trigger, whose code (18x, 19x or 20x) the event takes.
        /// </summary>
        private int AttackInAgent(Trig harm, out int attackTrig)
        {
            attackTrig = -1;
            int k = harm.End;
            if (!IsWord(k, "in")) return -1;
            k++;
            while (k < _e && ActorAt(k) < 0 && (Is(k, Words.Determiner) || doc.TokUpos(k) == Upos.ADJ)) k++;
            int a = ActorAt(k);
            // "was assassinated in an attack blamed on Israel", "were killed in a bombing claimed by the rebels": an attack noun
            // with no doer before it names its doer in the participle after it.
            if (a < 0)
            {
                for (int n = k; n < Math.Min(_e, k + 3); n++)
                {
                    if (TrigAt(n) is not (var j and >= 0)) { if (doc.TokUpos(n) is Upos.NOUN or Upos.ADJ) continue; return -1; }
                    if (!IsAttackNoun(j)) return -1;
                    int doer = DoerLaidOn(j);
                    if (doer < 0) return -1;
                    attackTrig = j;
                    return doer;
                }
                return -1;
            }
            if (_reporters.Contains(a)) return -1;
            int m = A(a).Tokens.EndToken;
            for (int n = m; n < Math.Min(_e, m + 3); n++)
            {
                if (TrigAt(n) is var j && j >= 0)
                {
                    if (!IsAttackNoun(j)) return -1;
                    attackTrig = j;
                    return a;
                }
                if (ActorAt(n) >= 0 || doc.TokUpos(n) is not (Upos.NOUN or Upos.ADJ)) return -1;
            }
            return -1;
        }

        /// <summary>True for a code of force: an assault, a fight or mass violence (18-20).</summary>
        private static bool IsForceCode(string? c) => c is { Length: >= 3 } && c.AsSpan(0, 2) is "18" or "19" or "20";

        /// <summary>True when trigger <paramref name="j"/> is a noun of force: an assault, a fight or mass violence (18-20).</summary>
        private bool IsAttackNoun(int j) => _trigs[j].IsNoun && IsForceCode(_trigs[j].Code);

        /// <summary>The actor an attack noun trigger <paramref name="j"/> is laid on by the words right after it ("an attack
        /// blamed on Israel", "a bombing claimed by the Islamic State", "a strike attributed to the rebels"), or -1.</summary>
        private int DoerLaidOn(int j)
        {
            int after = _trigs[j].End;
            int ag = IsWord(after, "blamed") && IsWord(after + 1, "on") || IsWord(after, "attributed") && IsWord(after + 1, "to")
                || IsWord(after, "claimed") && IsWord(after + 1, "by") ? after + 2 : -1;
            if (ag < 0) return -1;
            while (ag < _e && ActorAt(ag) < 0 && Is(ag, Words.Determiner)) ag++;
            int doer = ActorAt(ag);
            return doer < 0 || _reporters.Contains(doer) ? -1 : doer;
        }

        /// <summary>"A suicide bomber blew himself up ..., killing 30 worshippers, in an attack claimed by the Islamic State": the
        /// doer an attack noun after token <paramref name="from"/> in the sentence is laid on (<see cref="DoerLaidOn"/>), or -1.</summary>
        private int AttackLaidOnAfter(int from)
        {
            for (int k = from + 1; k < _e; k++)
                if (TrigAt(k) is var j && j >= 0 && IsAttackNoun(j) && DoerLaidOn(j) is var doer && doer >= 0)
                    return doer;
            return -1;
        }

        /// <summary>The actor after "from" within a few words after the trigger, before any other actor
        /// ("came under fire from Russian artillery"), or -1.</summary>
        private static readonly HashSet<string> TradeStatisticWords = new(StringComparer.Ordinal)
            { "growth", "decline", "surplus", "deficit", "volume", "volumes", "statistics", "figures", "year-on-year" };

        /// <summary>
        /// Whether the sentence reports play: a word of play (<see cref="Words.SportPlay"/>), or a score ("3-1", "2–0") with a
        /// verb of winning or losing, and no word of real violence (<see cref="Words.SportViolence"/>).
        /// </summary>
        private bool SportPlay()
        {
            if (_sportPlay is { } known) return known;
            bool play = false, score = false, result = false;
            for (int t = _f; t < _e; t++)
            {
                var w = W(t);
                if (Words.SportViolence.Contains(w)) { _sportPlay = false; return false; }
                if (Words.SportPlay.Contains(w)) play = true;
                else if (IsScore(w)) score = true;
                else if (SportResult.Contains(w)) result = true;
            }
            _sportPlay = play || (score && result);
            return _sportPlay.Value;
        }

        // Verbs and nouns of a result that, with a score, make a sentence a match report ("beat Bolivia 2-0", "a 3-1 win");
        // a vote ("passed 5-4") has no such word.
        private static readonly WordSet SportResult = new("beat", "beats", "beating", "won", "win", "wins", "winning", "defeated",
            "defeat", "defeats", "victory", "draw", "drew", "lost", "loss", "thrashed", "routed", "edged", "crushed", "hammered");

        /// <summary>Whether <paramref name="w"/> is a score: one or two digits, a hyphen or dash, one or two digits ("3-1", "10–2").</summary>
        private static bool IsScore(ReadOnlySpan<char> w)
        {
            int dash = w.IndexOfAny('-', '–');
            if (dash is < 1 or > 2 || w.Length - dash - 1 is < 1 or > 2) return false;
            foreach (var c in w[..dash]) if (!char.IsAsciiDigit(c)) return false;
            foreach (var c in w[(dash + 1)..]) if (!char.IsAsciiDigit(c)) return false;
            return true;
        }

        /// <summary>Session 67 (blind85): nouns of quantity or conveyance whose "of" phrase names what is handed over ("a batch
        /// of launchers", "a shipment of shells", "tonnes of medicine").</summary>
        private static readonly HashSet<string> HandedQuantityNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "batch", "shipment", "consignment", "package", "tranche", "load", "truckload", "planeload", "shipload", "cargo",
            "lot", "set", "number", "dozen", "hundred", "thousand", "ton", "tonne", "supply", "delivery", "fleet", "squadron",
        };

        /// <summary>Session 67 (blind85): the aid code of what a verb's direct object names when it is a weapon or a military craft
        /// (072) or relief (073), read through one noun of quantity ("a new batch of air defence launchers"); null for anything
        /// else (a person, a document, an unknown noun).</summary>
        private string? HandedThingCode(int verbNode)
        {
            // The class decides, not the actor reading: "fighter jets" is also a role (MIL) of the actor lexicon.
            // The parser reads "handed over a batch of shells" with "over" as the case of an oblique ("over a batch"): the
            // particle's noun is the object all the same.
            int obj = HandedObject(verbNode);
            if (obj < 0) return null;
            if (HandedQuantityNouns.Contains(doc.Token(obj).Lemma ?? ""))
                for (int k = obj + 1; k < _e; k++)
                    if (doc.Token(k).Head == obj && doc.Token(k).Relation == "nmod" && DependentOf(k, "case") is var c && c >= 0 && IsWord(c, "of"))
                    { obj = k; break; }
            bool In(string cls) => lex.ObjectClasses.TryGetValue(cls, out var members) && members.Contains(doc.Token(obj).Span, doc.TokLemma(obj));
            return In("weapon") || In("craft") ? "072" : In("relief") ? "073" : null;
        }

        /// <summary>What a verb of handing over hands over: its direct object or, where the parser reads "over" as the case of
        /// an oblique ("handed over a batch of shells"), that oblique's noun; -1 for none.</summary>
        private int HandedObject(int verbNode)
        {
            int obj = DependentOf(verbNode, "obj");
            if (obj < 0)
                for (int k = verbNode + 1; k < _e && obj < 0; k++)
                    if (doc.Token(k).Head == verbNode && doc.Token(k).Relation == "obl" && DependentOf(k, "case") is var p && p >= 0 && IsWord(p, "over"))
                        obj = k;
            return obj;
        }

        /// <summary>The first token of the sentence attached to <paramref name="node"/> by <paramref name="relation"/>, or -1.</summary>
        private int DependentOf(int node, string relation)
        {
            for (int k = _f; k < _e; k++)
                if (doc.Token(k).Head == node && doc.Token(k).Relation == relation) return k;
            return -1;
        }

        /// <summary>
        /// Whether a verb has a direct object that is no actor and that no word of place leads ("demonstrated its commitment");
        /// the parser also reads "demonstrated outside parliament" with "parliament" as an object, which is a place.
        /// </summary>
        private bool ShownObject(int verbNode)
        {
            int obj = DependentOf(verbNode, "obj");
            if (obj < 0 || obj < verbNode || ActorAt(obj) >= 0 || ShownDissent.Contains(W(obj))) return false;
            for (int k = verbNode + 1; k < obj; k++)
                if (doc.TokUpos(k) == Upos.ADP || IsWord(k, "outside") || IsWord(k, "near") || IsWord(k, "opposite") || IsWord(k, "in")
                    || IsWord(k, "at") || IsWord(k, "against")) return false;
            return true;
        }

        // "demonstrated their anger": a crowd showing its dissent still protests.
        private static readonly WordSet ShownDissent = new("anger", "opposition", "outrage", "discontent", "frustration",
            "dissatisfaction", "displeasure", "fury", "rage", "defiance");

        /// <summary>What, given, is material aid: help, money, force, protection and the goods of relief.</summary>
        private static readonly HashSet<string> ProvidedAid = new(StringComparer.OrdinalIgnoreCase)
        {
            "aid", "assistance", "help", "support", "relief", "fund", "funds", "funding", "money", "finance", "financing", "grant",
            "loan", "credit", "cash", "weapon", "arm", "arms", "ammunition", "munition", "equipment", "missile", "tank", "jet",
            "aircraft", "drone", "troop", "soldier", "personnel", "training", "adviser", "advisor", "intelligence", "protection",
            "security", "shelter", "food", "water", "medicine", "vaccine", "dose", "supply", "supplies", "fuel", "electricity",
            "gas", "oil", "wheat", "grain", "rice", "tent", "blanket", "asylum", "refuge", "sanctuary", "passage", "access",
            "backing", "guarantee", "escort", "care", "treatment", "ship", "vessel", "boat", "helicopter", "rescue", "evidence",
        };

        /// <summary>
        /// Whether the direct object of a verb of providing is a common noun that names no aid (<see cref="ProvidedAid"/>), with
        /// no coordinated noun that does and no figure or currency sign on it ("provides absorbents, straps and air bags").
        /// A missing object, a pronoun or a name is not judged (false).
        /// </summary>
        private bool ProvidesNoAid(int verbNode)
        {
            int obj = DependentOf(verbNode, "obj");
            if (obj < 0 || doc.TokUpos(obj) != Upos.NOUN) return false;
            if (IsProvidedAid(obj)) return false;
            for (int k = _f; k < _e; k++)
            {
                var tk = doc.Token(k);
                if (tk.Head != obj) continue;
                if (tk.Relation == "conj" && IsProvidedAid(k)) return false;
                if (tk.Relation == "nummod" || doc.TokXpos(k) == "CD" || W(k) is "$" or "€" or "£" or "US$") return false;
            }
            return true;
        }

        private bool IsProvidedAid(int t) =>
            ProvidedAid.Contains(W(t).ToString()) || (doc.TokLemma(t) is { } l && ProvidedAid.Contains(l));

        /// <summary>Whether the clause states a figure: a number, a percentage or an amount of money.</summary>
        private bool TradeFigure(int clause)
        {
            for (int t = ClauseStart(clause); t < ClauseEnd(clause); t++)
                // A year ("in 2017") dates the clause; it is no figure.
                if ((doc.TokXpos(t) == "CD" && !(W(t).Length == 4 && (W(t).StartsWith("19") || W(t).StartsWith("20")))) || IsWord(t, "percent") || IsWord(t, "%") || IsWord(t, "$")
                    // "witnessed negative export growth", "the trade deficit widened": a word of trade statistics.
                    || TradeStatisticWords.Contains(W(t).ToString().ToLowerInvariant())) return true;
            return false;
        }

        private int AgentAfterFrom(Trig tr)
        {
            int end = ClauseEnd(tr.Clause);
            for (int t = tr.End; t < end && t < tr.End + 6; t++)
            {
                if (actorOf[t] >= 0 || IsPunct(t)) return -1;
                if (IsWord(t, "from"))
                {
                    // "from ADF rebels": a name the actor stage left outside the mention may stand before it
                    for (int k = t + 1; k < end && k <= t + 3 && !IsPunct(k); k++)
                        if (ActorAt(k) is var a && a >= 0) return a;
                    return -1;
                }
            }
            return -1;
        }

        private int AgentAfterBy(Trig tr, out int byAt)
        {
            byAt = -1;
            int end = ClauseEnd(tr.Clause);
            int limit = tr.End + 6;
            for (int t = tr.End; t < end && t < limit; t++)
            {
                if (actorOf[t] >= 0)
                {
                    // Session 71 (famaid): "were extradited to Italy by Argentina", "was handed back to Nigeria by Germany":
                    // an actor in the verb's own "to"/"into"/"from" phrase is where the act goes, not its agent; the "by"
                    // phrase after it still names the doer (the parser often hangs it on that actor). Any other actor
                    // before "by" ends the search as before.
                    int p = t - 1;
                    while (p >= tr.End && Is(p, Words.Determiner)) p--;
                    if (p >= tr.End && (IsWord(p, "to") || IsWord(p, "into") || IsWord(p, "from")))
                    {
                        t = A(actorOf[t]).Tokens.EndToken - 1;
                        limit = Math.Max(limit, t + 4);
                        continue;
                    }
                    return -1;
                }
                if (IsWord(t, "by"))
                {
                    int k = t + 1; while (Is(k, Words.Determiner)) k++;
                    byAt = t; return ActorAt(k);
                }
            }
            return -1;
        }

        /// <summary>Roots of acts that answer another's act: appeals, warnings and shows of force, concessions, demands,
        /// complaints, refusals and cuts in relations, aimed at the doer of what they answer when they name no one else.</summary>
        private static readonly HashSet<string> ReactionRoots = new(StringComparer.Ordinal) { "02", "08", "10", "11", "12", "13", "15", "16" };

        /// <summary>Target: the first actor after the trigger in its clause — the direct object, or after one of the
        /// entry's prepositions (required for event nouns and prep-only entries) — plus actors coordinated with it, added to
        /// <paramref name="targets"/>. Returns how it was found ("object", "after-" and the preposition, "condition-subject"),
        /// or "none".</summary>
        private string FindTargets(Trig tr, List<int> targets, bool threat = false, Func<int, bool>? passOver = null)
        {
            var entry = tr.Entry;
            bool prepOnly = tr.IsNoun || entry.Has(TriggerFlags.PrepOnly);
            int end = ClauseEnd(tr.Clause);
            int maxGap = tr.IsNoun ? 6 : 12;
            int trigNode = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            for (int t = tr.End; t < end && t - tr.End <= maxGap; t++)
            {
                int a = actorOf[t];
                if (a < 0)
                {
                    int k = TrigAt(t);
                    if (k >= 0 && !_trigs[k].IsNoun && t != tr.Start && !(_trigs[k].Consumed && _trigs[k].Entry.Frame == FrameKind.Find)) return "none";
                    if (IsWord(t, "by") && !tr.IsNoun) return "none";
                    // "would suspend its role as mediator if attacks on its negotiators in the media continued": an actor in a
                    // condition or another subordinate clause is no target of the main act. A conditional threat is aimed at
                    // the condition's doer when the condition opens with one ("threatened to close the strait if Washington
                    // imposed sanctions").
                    if (IsConditionMark(t) && threat)
                    {
                        int k2 = t + 1;
                        while (Is(k2, Words.Determiner)) k2++;
                        if (ActorAt(k2) is var doer && doer >= 0 && !IsModifier(doer) && !_reporters.Contains(doer))
                        {
                            targets.Add(doer);
                            return "condition-subject";
                        }
                        return "none";
                    }
                    if (IsConditionMark(t) || IsWord(t, "until") || IsWord(t, "because") || IsWord(t, "whereas")) return "none";
                    // "bombed a monastery, in what the opposition described as a war crime": "in what" opens a comment on the
                    // act, naming its judge and the name it gives (TreeRoles.InWhatNaming); no actor after it is the target.
                    if (IsWord(t, "in") && IsWord(t + 1, "what")) return "none";
                    // "appealed for food aid as refugees poured in from Sudan": a clause of circumstance after an appeal for aid
                    // tells the need; its people and places are whom the aid is for, not whom the appeal asks (the parser may
                    // hang "as refugees" on the aid noun, so the tree's clause test below does not see it).
                    if (entry.Cameo.StartsWith("023", StringComparison.Ordinal) && (IsWord(t, "as") || IsWord(t, "while") || IsWord(t, "when"))
                        && !IsWord(t + 1, "well")) return "none";
                    continue;
                }
                var span = A(a).Tokens;
                if (_reporters.Contains(a) || passOver?.Invoke(a) == true) { t = span.EndToken - 1; continue; }
                // "struck what Israel said were missile sites": the one who names the thing is no target of the act.
                if (FreeRelativeSpeaker(span, tr.End)) { t = span.EndToken - 1; continue; }
                // "countries that condemned the coup include France, Germany and Japan": the members listed are the doers
                // (TreeRoles.VerbSource), none of them a target of the others.
                if (_tree.Parsed && _tree.ListedByIncludeHolds(trigNode, Syntax.Attachment.SpanHead(doc, span))) { t = span.EndToken - 1; continue; }
                int p = span.FirstToken - 1;
                // "into former president Alberto Fernandez": "former" stays outside a titled name's span.
                while (p >= tr.End && (Is(p, Words.Determiner) || Is(p, Words.PlaceAdjective) || IsWord(p, "former"))) p--;
                if (p >= tr.End && IsWord(p, "by")) { t = span.EndToken - 1; continue; } // the agent, not the target
                // "agreed to withdraw heavy weapons after talks in the Malaysian capital": a country adjective on a town in an
                // "in"/"at" phrase names where a statement, agreement or pledge was made, not whom it concerns. A visit (04),
                // force, coercion or violence there (15, 17-20) is still aimed at the place's country.
                if (p >= tr.End && A(a).IsModifier && (IsWord(p, "in") || IsWord(p, "at")) && span.EndToken < end
                    && doc.TokLemma(span.EndToken) is "capital" or "city" or "town" or "port" or "resort"
                    && entry.Root is not ("04" or "14" or "15" or "17" or "18" or "19" or "20"))
                {
                    t = span.EndToken - 1; continue;
                }
                if (p >= tr.End && BorderNeighbourOfPlace(p, tr)) { t = span.EndToken - 1; continue; }
                if (p >= tr.End && NeighbourAsPlaceOfProtest(a, p, tr)) { t = span.EndToken - 1; continue; } // session 62 (protest62)
                // "fighting alongside M23 rebels": a side that acts with the subject, not on it.
                if (p >= tr.End && (IsWord(p, "alongside") || IsWord(p, "beside") || (IsWord(p, "with") && IsWord(p - 1, "together"))))
                {
                    t = span.EndToken - 1; continue;
                }
                // "agreed to deepen security ties, with Canberra pledging to fund police training": "with" after a comma
                // and before an actor with a participle of its own opens an absolute clause whose subject that actor is.
                if (p >= tr.End && IsWord(p, "with") && IsWord(p - 1, ",") && span.EndToken < end && doc.Token(span.EndToken).Xpos == "VBG")
                    return "none";
                bool afterPrep = p >= tr.End && entry.IsTargetPrep(W(p));
                bool direct = p < tr.End;
                // "Britain pledged 3 million pounds and the European Union released 1.5 million euros": an actor after the
                // trigger that the tree makes the subject of a coordinated clause's verb opens a clause of its own; it does
                // nothing to the trigger's act, and no later actor in that clause is its target either. (An adverbial clause's
                // subject may still be a reaction's target: "put its forces on alert after Chinese warships were spotted".)
                if (!afterPrep && !direct && _tree.Parsed && Syntax.Attachment.SpanHead(doc, span) is var subjHead && subjHead >= 0
                    && doc.Token(subjHead).Relation is "nsubj" or "nsubj:pass" && doc.Token(subjHead).Head is var ownVerb
                    && ownVerb != trigNode && ownVerb > subjHead && doc.TokUpos(ownVerb) is Upos.VERB or Upos.AUX
                    && doc.Token(ownVerb).Relation is "conj" or "parataxis"
                    // an armed act keeps its old reading: the country that answers it in the next clause is mostly its
                    // victim ("shelled the town overnight, and Kyiv called the attack a war crime")
                    && entry.Root is not ("18" or "19" or "20"))
                    return "none";
                // "detained a priest on Tuesday, hours after thousands of demonstrators blocked a highway": an actor that is
                // neither the object nor after one of the entry's prepositions, and that the tree puts in an adverbial
                // clause of time or cause under the trigger, is no target.
                // A reaction with no patient of its own ("Greece put its navy on alert after a Turkish research ship entered
                // disputed waters", "dropped the plan after students protested") is aimed at whoever caused it.
                // An appeal for aid is no such reaction: "appealed for food aid as refugees poured in from Sudan" asks donors,
                // and the people and places the clause tells of (after its own "from") are those the aid is for.
                bool aidAppeal = entry.Cameo.StartsWith("023", StringComparison.Ordinal);
                // Session 70 (target70): "detained a Kharkiv resident who passed the locations of army positions to Russia": an
                // actor in a relative clause that tells what an object without an actor of its own did is not the target of a
                // coercion or an assault (17, 18), acts done to the object itself. A rejected or signed text's clause ("a bill
                // that would have allowed the army to patrol") tells what the text is about and may still name its target.
                if (!direct && entry.Root is "17" or "18" && _tree.Parsed && _tree.InNonActorObjectRelative(Syntax.Attachment.SpanHead(doc, span), trigNode))
                {
                    t = span.EndToken - 1;
                    continue;
                }
                if ((!afterPrep || aidAppeal) && !direct && _tree.Parsed && _tree.InAdverbialClauseUnder(Syntax.Attachment.SpanHead(doc, span), trigNode)
                    && !(ReactionRoots.Contains(entry.Root) && !aidAppeal && !_tree.HasOthersPatient(trigNode)))
                {
                    t = span.EndToken - 1;
                    continue;
                }
                if (afterPrep || (!prepOnly && (direct || !Is(p, Words.BlockingPrep))))
                {
                    // "appealed to member states for more police officers": the tree gives the addressee's phrase, which
                    // names no actor; an actor after another preposition is what is asked for, not whom.
                    if (!direct && entry.Root is "02" or "10" && _tree.PrepSlotWithoutActor(trigNode, entry))
                        return "none";
                    // "visited troops in Maiduguri, urging them to sustain operations against insurgents": the tree's object
                    // is a pronoun no actor stands for; whoever it means, an actor further on is not it.
                    if (!afterPrep && !direct && UnresolvedPronounObject(trigNode)) return "none";
                    targets.Add(a);
                    AddCoordinated(a, targets);
                    return afterPrep ? "after-" + W(p).ToString().ToLowerInvariant() : direct ? "object" : "after";
                }
                if (prepOnly && tr.IsNoun) return "none";
                t = span.EndToken - 1;
            }
            return "none";
        }

        /// <summary>
        /// The CAMEO kind of an investigation (091 crime and corruption, 092 human rights abuses, 093 military action, 094
        /// war crimes) named by the first telling word of what it looks into, within the words after its trigger up to a
        /// comma; null when none names it ("an inquiry into the crash of a fighter jet" stays 090).
        /// </summary>
        private string? InvestigatedKind(int from)
        {
            for (int k = from; k < _e && k < from + 14; k++)
            {
                if (IsWord(k, ",") || IsWord(k, ";")) return null;
                string w = (doc.TokLemma(k) ?? W(k).ToString()).ToLowerInvariant();
                string next = k + 1 < _e ? (doc.TokLemma(k + 1) ?? W(k + 1).ToString()).ToLowerInvariant() : "";
                if ((w == "war" && next is "crime" or "crimes") || (w == "ethnic" && next == "cleansing")) return "094";
                if ((w is "crime" or "crimes" && next == "against") || (w == "human" && next is "right" or "rights")) return "092";
                if (InvestigatedKinds.TryGetValue(w, out var kind)) return kind;
            }
            return null;
        }

        private static readonly Dictionary<string, string> InvestigatedKinds = new(StringComparer.Ordinal)
        {
            ["genocide"] = "094", ["atrocity"] = "094", ["massacre"] = "094",
            ["abuse"] = "092", ["torture"] = "092", ["killing"] = "092", ["death"] = "092", ["disappearance"] = "092",
            ["repression"] = "092", ["crackdown"] = "092", ["mistreatment"] = "092",
            ["strike"] = "093", ["airstrike"] = "093", ["shelling"] = "093", ["artillery"] = "093", ["shell"] = "093",
            ["bombing"] = "093", ["attack"] = "093", ["drone"] = "093", ["missile"] = "093", ["incursion"] = "093",
            ["corruption"] = "091", ["bribery"] = "091", ["bribe"] = "091", ["fraud"] = "091", ["embezzlement"] = "091",
            ["laundering"] = "091", ["graft"] = "091", ["smuggling"] = "091", ["kickback"] = "091", ["crime"] = "091",
            ["syndicate"] = "091", ["theft"] = "091", ["trafficking"] = "091", ["evasion"] = "091",
            // "into the purchase of ambulances", "into the award of a fuel import contract": how public money was spent is
            // looked into as possible graft (091).
            ["procurement"] = "091", ["purchase"] = "091", ["contract"] = "091", ["tender"] = "091",
            // "into the downing of a helicopter": an aircraft shot down is a military act (093).
            ["downing"] = "093",
        };

        /// <summary>The actor right after the first "to" (past determiners) between two tokens, or -1; "to" before a verb
        /// ("to stand trial") introduces no recipient.</summary>
        private int RecipientAfterTo(int from, int to)
        {
            for (int k = from; k < to && k < _e; k++)
            {
                if (!IsWord(k, "to")) continue;
                int n = k + 1;
                while (Is(n, Words.Determiner)) n++;
                return ActorAt(n) is var a && a >= 0 && !IsModifier(a) ? a : -1;
            }
            return -1;
        }

        /// <summary>"Y and Z", "Y, Z and W": further actors joined to a target.</summary>
        private void AddCoordinated(int a, List<int> targets)
        {
            // "the two neighbours": the pair's second side is the mention right after the first, on the same tokens.
            if (a + 1 < doc.Actors.Count && A(a + 1).Tokens == A(a).Tokens && !targets.Contains(a + 1)) targets.Add(a + 1);
            int t = A(a).Tokens.EndToken;
            while (targets.Count < 4 && t < _e)
            {
                if (!(IsWord(t, "and") || IsWord(t, ","))) return;
                int k = t + 1; while (Is(k, Words.Determiner) || IsWord(k, "and")) k++;
                int b = ActorAt(k);
                if (b < 0 || IsModifier(b) || _reporters.Contains(b)) return;
                // "met Y, Z attacked W": an actor followed by a verb is the subject of a new clause, not a second object.
                int after = A(b).Tokens.EndToken;
                if (after < _e && (IsVerbTriggerAt(after) || (Is(after, Words.Aux) && !IsWord(after, "to")))) return;
                if (!targets.Contains(b)) targets.Add(b);
                t = A(b).Tokens.EndToken;
            }
        }

        /// <summary>"back" or "home" between the trigger and its first target ("flew the men back to the United States").</summary>
        private bool BackHome(int from, List<int> targets)
        {
            int to = Math.Min(_e, targets.Min(t => A(t).Tokens.FirstToken));
            for (int t = from; t < to && t - from <= 8; t++)
                if (IsWord(t, "back") || IsWord(t, "home")) return true;
            return false;
        }

        /// <summary>"to leave", "to quit the country" within a few words after an order's object, with no other trigger between.</summary>
        private bool OrderedToLeave(int from, int end)
        {
            for (int t = from; t + 1 < end && t - from <= 10; t++)
            {
                if (IsVerbTriggerAt(t)) return false;
                if (IsWord(t, "to") && doc.Token(t + 1).Lemma is "leave" or "quit" or "depart" or "exit") return true;
            }
            return false;
        }

        /// <summary>"between A and B" within <paramref name="maxGap"/> tokens after the trigger, in its clause.</summary>
        private bool PairAfter(Trig tr, int maxGap, out int a, out int b)
        {
            a = b = -1;
            int t = BetweenAfter(tr, maxGap, out _);
            if (t < 0) return false;
            int k = SideStart(t + 1);
            a = ActorAt(k);
            if (a < 0) return false;
            // "fighting between the two neighbours": a resolved pair is both sides on the same tokens, one after the other.
            if (a + 1 < doc.Actors.Count && A(a + 1).Tokens == A(a).Tokens) { b = a + 1; return true; }
            k = A(a).Tokens.EndToken;
            if (!IsWord(k, "and")) return false;
            k = SideStart(k + 1);
            b = ActorAt(k);
            return b >= 0;
        }

        /// <summary>
        /// The first token of the side that starts at <paramref name="k"/> in a "between" list: determiners, and up to three
        /// adjectives or numbers that the actor's span leaves out, are skipped ("between federal troops and ethnic rebels",
        /// "between the army and two rival militias"), so the side is the actor they describe. Invariant: never moves past
        /// a token that is part of an actor, a noun, a verb or punctuation.
        /// </summary>
        private int SideStart(int k)
        {
            while (Is(k, Words.Determiner)) k++;
            for (int n = 0; n < 3 && k < _e && ActorAt(k) < 0 && doc.TokUpos(k) is Upos.ADJ or Upos.NUM; n++) k++;
            return k;
        }

        /// <summary>Marks the event-noun triggers in [from, to) as coded: they are part of an event already coded.</summary>
        private void ConsumeNounTriggersIn(int from, int to)
        {
            for (int j = 0; j < _trigs.Count; j++)
                if (_trigs[j].IsNoun && _trigs[j].Start >= from && _trigs[j].Start < to) { var x = _trigs[j]; x.Consumed = true; _trigs[j] = x; }
        }

        private bool BetweenPair(Trig tr, out int a, out int b) => PairAfter(tr, 3, out a, out b);

        /// <summary>The first "between" within <paramref name="maxGap"/> tokens after the trigger, in its clause (whose end
        /// is <paramref name="end"/>), or -1.</summary>
        private int BetweenAfter(Trig tr, int maxGap, out int end)
        {
            end = ClauseEnd(tr.Clause);
            for (int t = tr.End; t < end && t - tr.End <= maxGap; t++)
                if (IsWord(t, "between")) return t;
            return -1;
        }

        /// <summary>
        /// The sides of "between A, B, C and D" within <paramref name="maxGap"/> tokens after the trigger, in its clause,
        /// in order; empty unless the list is closed by "and" before its last side (an open list is not a set of sides).
        /// </summary>
        private List<int> BetweenSides(Trig tr, int maxGap)
        {
            int t = BetweenAfter(tr, maxGap, out int end);
            var sides = new List<int>();
            if (t < 0) return sides;
            bool closed = false;
            for (int k = t + 1; k < end;)
            {
                k = SideStart(k);
                int a = ActorAt(k);
                if (a < 0 || sides.Contains(a)) break;
                sides.Add(a);
                if (closed) return sides;
                k = A(a).Tokens.EndToken;
                if (IsWord(k, ",")) k++;
                if (IsWord(k, "and")) { k++; closed = true; }
                else if (!IsWord(k - 1, ",")) break;
            }
            sides.Clear();
            return sides;
        }

        private bool IsNegated(Trig tr)
        {
            // A phrase skips determiners between its words, "no" among them: "reached no agreement", "held no talks",
            // "signed no deal" match "reach agreement", "hold talks", "sign deal", and what they name did not happen.
            // Invariant: only a "no" the phrase skipped, not one of its own words ("have no comment" is 011 as written);
            // "not" and "never" stand inside a matched span only between a copula and its adjective ("was not optimistic").
            if (tr.Variant is { } matched && Array.IndexOf(matched.Words, "no") < 0)
                for (int k = tr.Start + 1; k < tr.End - 1; k++)
                    if (IsWord(k, "no") || IsWord(k, "not") || IsWord(k, "n't") || IsWord(k, "never")) return true;
            int lo = Math.Max(ClauseStart(tr.Clause), tr.Start - 4);
            for (int k = tr.Start - 1; k >= lo; k--)
            {
                if (actorOf[k] >= 0 || IsPunct(k)) return false;
                if (NoOfADenyFrame(k)) return false;
                if (Is(k, Words.Negation)) return !_tree.NotOnly(k);
                // "failed to agree", "fails to reach a deal": what failed did not happen (gold/README.md).
                // "has yet to comment": not yet done.
                if (IsWord(k, "to") && k - 1 >= _f && (IsWord(k - 1, "fail") || IsWord(k - 1, "fails") || IsWord(k - 1, "failed") || IsWord(k - 1, "failing")
                    || IsWord(k - 1, "yet")))
                    return true;
                if (NoEffortBefore(k)) return true;
                // "an arrangement to avoid clashes", "averted a strike", "to prevent attacks": what is avoided did not happen.
                if (Is(k, Words.Avert)) return true;
                if (TrigAt(k) >= 0) return false;
            }
            return false;
        }

        /// <summary>"with the International Court of Justice", "at the Supreme Court": a court named after "with", "at",
        /// "to" or "before" in [from, to).</summary>
        private bool CourtAfter(int from, int to)
        {
            for (int k = from; k < to && k < _e; k++)
            {
                if (!(IsWord(k, "with") || IsWord(k, "at") || IsWord(k, "to") || IsWord(k, "before"))) continue;
                int n = k + 1;
                while (Is(n, Words.Determiner)) n++;
                if (ActorAt(n) is var a && a >= 0 && IsCourt(a)) return true;
            }
            return false;
        }

        /// <summary>A court: a judiciary actor ("the Supreme Court", "the International Court of Justice").</summary>
        private bool IsCourt(int a) => A(a).Code is { } c && c.Contains("JUD", StringComparison.Ordinal);

        /// <summary>A "not", "n't" or "never" among a phrase trigger's own words ("was not ready", "is never willing").</summary>
        private bool NegationInside(Trig tr)
        {
            for (int k = tr.Start + 1; k < tr.End; k++)
                if (IsWord(k, "not") || IsWord(k, "n't") || IsWord(k, "never")) return true;
            return false;
        }

        /// <summary>"would not negotiate", "will never accept", "won't pay": a future modal right before the trigger, negated
        /// between the two (adverbs allowed, no actor or punctuation).</summary>
        private bool ModalNegated(Trig tr)
        {
            bool negation = false;
            for (int k = tr.Start - 1; k >= Math.Max(ClauseStart(tr.Clause), tr.Start - 5); k--)
            {
                if (actorOf[k] >= 0 || IsPunct(k)) return false;
                if (Is(k, Words.Negation)) { negation = true; continue; }
                if (Is(k, Words.IntendModal)) return negation;
            }
            return false;
        }

        /// <summary>
        /// "stopped short of imposing sanctions", "stops short of formally accusing Seoul": the act was considered and not
        /// done, as with a negation. By the words, since parsers read "short" as a predicate and the gerund as a modifier:
        /// a form of "stop" and "short of" right before the trigger, up to two adverbs or light words between.
        /// </summary>
        private bool StoppedShortOf(Trig tr)
        {
            for (int k = tr.Start - 1; k >= Math.Max(_f + 2, tr.Start - 3); k--)
            {
                if (IsWord(k, "of") && IsWord(k - 1, "short") && doc.TokLemma(k - 2) is "stop") return true;
                if (actorOf[k] >= 0 || IsPunct(k)) return false;
            }
            return false;
        }

        private bool FormerBefore(Trig tr)
        {
            if (!tr.IsNoun) return false;
            for (int k = tr.Start - 1; k >= Math.Max(_f, tr.Start - 3); k--)
            {
                if (IsWord(k, "former") || IsWord(k, "erstwhile")) return true;
                if (actorOf[k] >= 0 || IsPunct(k)) return false;
            }
            return false;
        }

        /// <summary>
        /// The modality a governing verb gives an event in its complement: a trigger framing demands or appeals makes it
        /// demanded, a threat threatened, an intent (or a verb of wanting, planning, hoping) intended; else asserted.
        /// </summary>
        private Modality ComplementModality(int node)
        {
            var found = Modality.Asserted;
            _tree.ComplementGovernor(node, g =>
            {
                int k = TrigAt(g);
                var frame = k >= 0 ? _trigs[k].Entry.Frame : FrameKind.None;
                found = frame switch
                {
                    FrameKind.Demand or FrameKind.Appeal => Modality.Demanded,
                    FrameKind.Threat when _trigs[k].Entry.Root == "13" => Modality.Threatened,
                    FrameKind.Intend => Modality.Intended,
                    _ => Is(g, Words.IntendVerb) && !IsWord(g, "set") ? Modality.Intended : Modality.Asserted,
                };
                return found != Modality.Asserted;
            });
            return found;
        }

        /// <summary>
        /// "An agreement between Kenya and Uganda will be signed next week", "Talks are expected to be held in Nairobi": an
        /// event noun that is the passive subject of a light verb whose own verb group is future or planned ("will", "would",
        /// "is expected to", "is set to") names an act still to come, as "Kenya will sign an agreement" does.
        /// </summary>
        private bool PassiveOfLightVerbToCome(Trig tr)
        {
            if (!_tree.Parsed) return false;
            int noun = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            if (noun < _f || noun >= _e || doc.Token(noun).Relation != "nsubj:pass") return false;
            int h = doc.Token(noun).Head;
            if (h < tr.End || h >= _e || doc.TokUpos(h) is not Upos.VERB) return false;
            int light = h;
            // "is expected to be signed": the planning verb heads the group and the light verb is its complement.
            if (Is(h, Words.IntendVerb) && !IsWord(h, "set") || IsWord(h, "set") && IsWord(h + 1, "to"))
            {
                light = -1;
                for (int c = h + 1; c < Math.Min(_e, h + 6); c++)
                    if (doc.Token(c).Head == h && doc.Token(c).Relation == "xcomp") { light = c; break; }
                return light >= 0 && LightEndAt(light) > 0;
            }
            if (LightEndAt(h) == 0) return false;
            for (int k = tr.End; k < h; k++)
                if (doc.Token(k).Head == h && doc.Token(k).Relation is { } rel && rel.StartsWith("aux", StringComparison.Ordinal) && Is(k, Words.IntendModal)) return true;
            return false;
        }

        /// <summary>
        /// "Kenya to send police to Haiti", "Brazil and Argentina to share intelligence", "Qatar To Mediate Between Congo And
        /// Rwanda": headline grammar writes the future as the subject and a "to"-infinitive with no verb before it, for an
        /// announced plan or decision (gold/README.md, blind25: intended). True for a verb trigger right after "to" that
        /// follows an actor's last word, in a line with no finite verb or modal before it (a finite verb would govern the
        /// infinitive: "Kenya agreed to send", "the decision of Kenya to send" has "of", no actor word, before "to").
        /// </summary>
        private bool HeadlineInfinitive(Trig tr)
        {
            if (tr.IsNoun || doc.Token(tr.Start).Xpos is not ("VB" or "VBP") || tr.Start - 2 < _f || !IsWord(tr.Start - 1, "to")
                || !HeadlineSubjectEndsAt(tr.Start - 2))
                return false;
            for (int k = _f; k < tr.Start - 1; k++)
                if (doc.Token(k).Xpos is "VBD" or "VBZ" or "VBP" or "MD" || (doc.Token(k).Xpos == "VBN" && doc.Token(k).Relation == "root")) return false;
            return true;
        }

        /// <summary>A condition (<see cref="IsConditionMark"/>: "if", "unless", "provided", "as long as" ...) opens the trigger's
        /// clause before it, or the trigger lies in an inverted one ("Were Russia to attack, ...").</summary>
        private bool InConditionalClause(Trig tr)
        {
            for (int k = tr.Start - 1; k >= ClauseStart(tr.Clause); k--)
                if (IsConditionMark(k)) return true;
            return InInvertedCondition(tr.Start);
        }

        /// <summary>
        /// Broadcasters' "X is to VERB" future ("The IMF is to lend Zambia $180m", "Kenya's president is to travel to Beijing",
        /// "ministers are to meet in Brussels"): "be" right before "to" and the trigger's verb right after it announces a plan,
        /// read as "will" is (an intent code for a cooperative act, the act flagged intended for a coercive one). Not "is to
        /// blame" (an accusation idiom), not a noun subject's content ("the aim is to ..." stays as "aims to" reads).
        /// </summary>
        private bool BeToFuture(int k, Trig tr)
        {
            if (tr.IsNoun || !IsWord(k, "to") || k != tr.Start - 1 || k - 1 < _f
                || !(IsWord(k - 1, "is") || IsWord(k - 1, "are") || IsWord(k - 1, "was") || IsWord(k - 1, "were"))) return false;
            if (IsWord(tr.Start, "blame")) return false;
            return !(k - 2 >= _f && Is(k - 2, Words.IntendVerb));
        }

        /// <summary>Session 62 (posture62): true when a form of "warn" or "threaten" stands before the trigger in its sentence
        /// ("Moscow warned it would send warships"): the announced act is held out as a threat.</summary>
        private bool WarnedBefore(Trig tr)
        {
            for (int k = _f; k < tr.Start; k++)
                if (doc.TokLemma(k)?.ToLowerInvariant() is "warn" or "threaten" or "warning" or "threat") return true;
            return false;
        }

        /// <summary>True when "any" determines a noun within a few words after the trigger ("on any country that buys its
        /// oil", "against any firm"): the act is held over whoever of a class might qualify, not over a named side.</summary>
        private bool AnyOneAfter(Trig tr)
        {
            for (int k = tr.End; k < Math.Min(_e, tr.End + 8); k++)
            {
                if (IsPunct(k)) return false;
                if (IsWord(k, "any") || IsWord(k, "anyone") || IsWord(k, "whoever")) return true;
            }
            return false;
        }

        /// <summary>True when the trigger's object is an indefinite person ("threatened to arrest anyone who joined the march",
        /// "to detain whoever blocks the roads"): the word right after the trigger, or after one determiner-free adverb.</summary>
        private bool ObjectIsAnyone(Trig tr)
        {
            for (int k = tr.End; k < Math.Min(_e, tr.End + 2); k++)
                if (IsWord(k, "anyone") || IsWord(k, "anybody") || IsWord(k, "whoever")) return true;
            return false;
        }

        /// <summary>True when "will"/"would"/"shall" stands right before the trigger, or before one adverb ("would also
        /// impose").</summary>
        private bool WillRightBefore(Trig tr)
        {
            for (int k = tr.Start - 1; k >= Math.Max(_f, tr.Start - 2); k--)
            {
                if (Is(k, Words.IntendModal)) return true;
                if (!(doc.TokXpos(k) ?? "").StartsWith("RB", StringComparison.Ordinal)) return false;
            }
            return false;
        }

        /// <summary>True when an "if", "unless" or "until" stands anywhere in the sentence.</summary>
        private bool ConditionInSentence()
        {
            for (int k = _f; k < _e; k++)
                if (IsConditionMark(k) || IsWord(k, "until")) return true;
            return false;
        }

        /// <summary>
        /// Session 62 (intent62): the code of a show of force (15x) announced as the source's decision ("will deploy", "plans
        /// to", "agreed to"), flagged intended. CAMEO has no intent category for a posture, so it keeps its own code, as the gold
        /// codes announced deployments (154 intended: eb33028, eb53008, eb71036, eb41054), except exercises and drills, which
        /// gold/README.md's "verbal categories carry their mode" codes as the intent of military cooperation ("plans to hold
        /// exercises" 0312 intended; eb42040). A threat (13x) needs the warning or the condition that makes it one, which the
        /// callers leave to the threat reading. Invariant: the result is the 15x code given, or 0312.
        /// </summary>
        private static string AnnouncedPosture(string code, TriggerEntry entry)
        {
            if (code.StartsWith("150", StringComparison.Ordinal) && entry.Trigger.Split(' ')[^1] is "drill" or "exercise" or "maneuver"
                    or "manoeuvre" or "game" or "wargame")
                return "0312";
            return code;
        }

        /// <summary>True when "if", "unless" or "until" follows the trigger in its sentence: the act is held out on a condition.</summary>
        private bool ConditionAfter(Trig tr)
        {
            for (int k = tr.End; k < _e; k++)
                if (IsConditionMark(k) || IsWord(k, "until")) return true;
            return false;
        }

        /// <summary>Modal words in the verb group before the trigger; "will visit" becomes an intent code (036).</summary>
        private Modality ModalityCue(Trig tr, ref string code, TriggerEntry entry, int src)
        {
            // The sentence reports the source's own words: its reporter is the source, of the source's country, or an
            // official of no named country, who is the source's own ("Kenya said it may ban the party", "Kenya could cut
            // ties, the foreign minister said"; not "..., UN officials said").
            bool ownWords = _attribution >= 0 && src >= 0
                && (_attribution == src
                    || (A(_attribution).Country is { } rc ? rc == A(src).Country : A(_attribution).Code is "GOV" or "MIL" or "ELI"));
            // The verb group may reach back over a "to"-clause boundary: "is expected to visit". A finite verb heads its own
            // group: "said the island would not be intimidated and thanked Washington" — no modal governs "thanked".
            // A headline's announced plan: a cooperative act becomes its intent code in Emit (04-08 → 03x); a coercive one
            // keeps its own code, flagged intended ("Japan to impose sanctions" 163, not the threat "will impose" reads as:
            // the headline reports a decision, gold/README.md blind25).
            if (HeadlineInfinitive(tr) || HeadlineLightInfinitive(tr)) return Modality.Intended;
            int lo = !tr.IsNoun && doc.Token(tr.Start).Xpos is "VBD" or "VBZ" or "VBP" ? tr.Start : Math.Max(_f, tr.Start - 5);
            for (int k = tr.Start - 1; k >= lo; k--)
            {
                if (IsPunct(k)) break;
                if (actorOf[k] >= 0) break;
                if (IsConditionMark(k)) return Modality.Conditional;
                // "was due to fly to Lima", "is due to sign": a scheduled act, as "is expected to" (not the preposition
                // "due to" of a cause, which has no "be" before it: "flights were cancelled due to strikes").
                if (Is(k, Words.IntendModal) || (Is(k, Words.IntendVerb) && IsWord(k + 1, "to"))
                    || (IsWord(k, "due") && IsWord(k + 1, "to") && k - 1 >= _f && Is(k - 1, Words.Be))
                    || BeToFuture(k, tr))
                {
                    // "is widely expected to dissolve parliament": others' forecast of a coercive act is no threat of it (a
                    // threat is the doer's own message) but a supposition, as a hypothetical is (gold/README.md: predictions
                    // are no events); an expected visit or talks stays the intent it reads as.
                    if ((IsWord(k, "expected") || IsWord(k, "due")) && !code.StartsWith("13", StringComparison.Ordinal)
                        && MapFrame(FrameKind.Intend, code, code).StartsWith("13", StringComparison.Ordinal))
                        return Modality.Conditional;
                    // "Russia will close the consulate and expel 60 diplomats", "said it would expel three envoys": a cut in
                    // diplomatic relations, aid or talks, or an expulsion, announced without a warning or a condition is the
                    // decision taken (161, 162x, 164, 166x, intended), as the gold conventions code announced downgrades and
                    // closures; only "warned"/"threatened" or an "if" make it a threat. Not a bare "respond in kind" (160).
                    if (code.Length >= 3 && code[..3] is "161" or "162" or "164" or "166" && Is(k, Words.IntendModal) && !ConditionAfter(tr))
                        return Modality.Intended;
                    // "said he would impose a 25 percent tariff on Indian goods from next month", "would impose provisional
                    // duties on milk powder": sanctions and tariffs announced without a warning or a condition are the measure
                    // decided (163, intended), as gold/README.md's session-15 convention codes an announced tariff (decision
                    // 084). A measure held over "any" country or firm that might do something ("would impose tariffs on any
                    // country that buys its oil") is conditional on what that one does, a threat (1312), as an "if" makes it.
                    // A condition anywhere in the sentence keeps the threat ("If the soldiers do not hand back power within a
                    // month, we will impose sanctions").
                    if (code.Length >= 3 && code[..3] == "163" && Is(k, Words.IntendModal) && !ConditionInSentence() && !AnyOneAfter(tr))
                        return Modality.Intended;
                    // Session 62 (posture62, intent62): "said the government would deploy 1,000 more police officers", "plans to
                    // deploy long-range missiles", "would hold its own exercises in the Baltic": a show of force announced for
                    // later with no warning before it and no condition after it is the posture decided (AnnouncedPosture: the
                    // 15x code, or 0312 for exercises and drills, intended), as the gold codes planned deployments and patrols
                    // (eb50121, eb53008, eb71036, eb31049, eb39129, eb41054); CAMEO has no intent category for a posture, and
                    // only "warned" or an "if" ("would send warships if a survey ship entered") make it a threat.
                    if (code.StartsWith("15", StringComparison.Ordinal) && !ConditionAfter(tr) && !WarnedBefore(tr))
                    {
                        code = AnnouncedPosture(code, entry);
                        return Modality.Intended;
                    }
                    // Session 69 (coop69): "would reopen its road crossings", "will resume flights": a promised reopening of a
                    // crossing or of flights is the intent to cooperate economically (0311), as under "agreed to" (IsReopenedLink).
                    code = IsReopenedLink(entry) ? "0311" : MapFrame(FrameKind.Intend, code, code);
                    return Modality.Intended;
                }
                if (Is(k, Words.Possible))
                {
                    // "said it may ban the party", "could suspend relations with Ankara, the minister said": a hostile act
                    // that the source in its own words holds out with a modal verb right before the trigger is a threat of
                    // it (CAMEO 13x), as "will"/"to" make it one. Not "may have struck" (a guess about the past), not
                    // "reportedly", "likely" (hedges of the news), and not what others say the source could do.
                    // An adverb of manner or time may stand between ("may temporarily stop giving aid", session 18).
                    bool rightBefore = k == tr.Start - 1 || (k == tr.Start - 2 && (doc.TokXpos(k + 1) ?? "").StartsWith("RB", StringComparison.Ordinal)
                        && !IsWord(k + 1, "not") && !IsWord(k + 1, "n't") && !IsWord(k + 1, "never"));
                    if (ownWords && rightBefore && (IsWord(k, "may") || IsWord(k, "might") || IsWord(k, "could"))
                        && !code.StartsWith("13", StringComparison.Ordinal) && MapFrame(FrameKind.Threat, code, "130") is var threat && threat != "130"
                        // Session 71 (famcoe): the threat codes given then to shows of force (15x), troop withdrawals (0874) and
                        // lawsuits (115) are for threats told as such; held out with "may" they stay possible acts ("may
                        // deploy troops to quell the riots" 154, as before).
                        && !code.StartsWith("15", StringComparison.Ordinal) && code is not ("0874" or "115"))
                    {
                        code = threat;
                        return Modality.Threatened;
                    }
                    return Modality.Possible;
                }
            }
            if (InConditionalClause(tr) || InAwaitedTimeClause(tr)) return Modality.Conditional;
            // "will impose tariffs on any country that buys Venezuelan oil", "would arrest anyone who joined the protests":
            // what any member of a class might do is supposed. An event noun is read through the verb it is the object of.
            if (_tree.Parsed && Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End)) is var actNode && actNode >= 0
                && _tree.InAnyOneRelative(tr.IsNoun && doc.Token(actNode).Relation == "obj" ? doc.Token(actNode).Head : actNode))
                return Modality.Conditional;
            // Session 58 (realnews58): or the active subject of a verb of occurrence ("talks will resume", ShallowCoder.EventsToCome.cs).
            if (tr.IsNoun && (PassiveOfLightVerbToCome(tr) || OccurrenceVerbToCome(tr, code)))
            {
                code = MapFrame(FrameKind.Intend, code, code);
                return Modality.Intended;
            }
            // "an agreement that will allow their troops to train together", "authorised the army to strike": what a
            // verb of permission allows is made possible, not done.
            if (IsWord(tr.Start - 1, "to"))
                for (int k = tr.Start - 2; k >= Math.Max(_f, tr.Start - 8); k--)
                {
                    if (Is(k, Words.Permit)) return Modality.Possible;
                    if (IsPunct(k) || TrigAt(k) >= 0) break;
                }
            return Modality.Asserted;
        }

        /// <summary>
        /// "Kenya's police denied that officers had shot dead a student", "Turkey denied that its drones had struck a hospital
        /// in northeastern Syria": a denial with no target of its own is aimed at whom the denied act was done to
        /// (gold/README.md, 016), the target of the event coded in the denial's complement clause.
        /// </summary>
        private void AimDenialsAtTheDeniedAct()
        {
            if (!_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo != "016" || p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null) continue;
                int denial = Syntax.Attachment.SpanHead(doc, p.Trigger);
                // A denial of any part in an act (above, "none(part-denied)") takes no victim from the act either.
                bool partDenied = p.Rule.Contains("none(part-denied)", StringComparison.Ordinal);
                if (!partDenied)
                    foreach (var d in _out)
                    {
                        if (ReferenceEquals(d, p) || d.Trigger.FirstToken <= p.Trigger.FirstToken || d.Negated) continue;
                        if (!(d.Target >= 0 && d.Target != p.Source) && d.TargetCountry is null) continue;
                        // Session 59 (judge59): "rejected the accusations and said the German government was trying to whip up
                        // hysteria": the denier's own counter-charge, in a clause coordinated under the denial, is no denied act.
                        if (d.Source == p.Source && d.Cameo.StartsWith("11", StringComparison.Ordinal)) continue;
                        int act = Syntax.Attachment.SpanHead(doc, d.Trigger);
                        if (act == denial || !_tree.InSubtree(act, denial)) continue;
                        _out[i] = p with
                        {
                            Target = d.Target, TargetCountry = d.Target < 0 ? d.TargetCountry : null, TargetRole = d.Target < 0 ? d.TargetRole : null,
                            Rule = p.Rule + ",tgt=denied-act-target",
                        };
                        break;
                    }
                // "Ethiopia accused Eritrea of arming militias, while Asmara dismissed the claim": a denial of "the claim" (the
                // charge, the allegation) an accusation before it in the sentence made, against the denier's side, answers
                // the accuser (session 18, realmine8).
                if (_out[i].Target >= 0 || _out[i].TargetCountry is not null || !p.Rule.StartsWith("phrase:", StringComparison.Ordinal)
                    || p.Source < 0 || A(p.Source).Country is not { } denier) continue;
                // Session 61 (stmt61, decision 082): the accusation may also come after the denial in its sentence ("'We reject
                // these fabricated claims,' the spokeswoman said of a UN report accusing Kigali of ..."): an earlier one is
                // preferred, then the nearest later one. The accusation is still another side's, against the denier's state.
                int accuser = -1;
                for (int j = i - 1; j >= 0 && accuser < 0; j--)
                    if (AccusesDenier(_out[j], p, denier)) accuser = _out[j].Source;
                for (int j = i + 1; j < _out.Count && accuser < 0; j++)
                    if (AccusesDenier(_out[j], p, denier)) accuser = _out[j].Source;
                if (accuser >= 0) _out[i] = p with { Target = accuser, Rule = p.Rule + ",tgt=accuser" };
            }
            AimDenialsAtTheCountryOfAFacility();
        }

        /// <summary>True when <paramref name="d"/> is another side's accusation (11x, not negated) against the state
        /// <paramref name="denier"/> of the denial <paramref name="p"/>, told in its sentence before or after it.</summary>
        private bool AccusesDenier(EventMention d, EventMention p, string denier)
        {
            if (ReferenceEquals(d, p) || d.Negated || d.Source < 0 || d.Source == p.Source || d.Sentence != p.Sentence
                || d.Trigger.FirstToken == p.Trigger.FirstToken || !d.Cameo.StartsWith("11", StringComparison.Ordinal)) return false;
            string? accused = d.Target >= 0 ? A(d.Target).Country : d.TargetCountry;
            return accused == denier;
        }

        /// <summary>Buildings the role lexicon reads as the institution that works in them ("a hospital" HLH, "a school" EDU).</summary>
        private static readonly HashSet<string> FacilityNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "hospital", "clinic", "school", "university", "market", "mosque", "church", "monastery", "temple",
        };

        /// <summary>
        /// Session 61 (stmt61, decision 082): "Turkey denied that its drones had struck a hospital in northeastern Syria",
        /// "Moscow denied that its forces had struck a hospital in Kharkiv": a denial is aimed at a side that could have made
        /// the charge (CAMEO 016: the accuser), and a building struck is no side. When the denied act's target is a building
        /// the role lexicon read as its institution (<see cref="FacilityNouns"/>, the actor's span ending on that noun), the
        /// denial is aimed at the building's country instead (SYR, UKR), as a denied attack on a thing no actor owns already is.
        /// People named in or at the building ("hospital staff", "villagers sheltering in a monastery") keep their own code.
        /// </summary>
        private void AimDenialsAtTheCountryOfAFacility()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo != "016" || p.Target < 0 || p.Negated) continue;
                var t = A(p.Target);
                if (t.IsModifier || t.Country is not { } country || !t.Rule.StartsWith("role:", StringComparison.Ordinal)) continue;
                int last = t.Tokens.EndToken - 1;
                if (last < 0 || !FacilityNouns.Contains(doc.TokLemma(last) ?? W(last).ToString())) continue;
                if (p.Source >= 0 && A(p.Source).Country == country) continue;
                _out[i] = p with { Target = -1, TargetCountry = country, TargetRole = null, Rule = p.Rule + ",tgt=country-of-facility" };
            }
        }

        /// <summary>
        /// "North Korea fired two missiles into the sea, and Seoul called the launch a grave provocation": a judgement of a
        /// definite act noun with no doer named (<see cref="CodeJudgements"/> runs before this sentence's triggers are coded,
        /// so it sees only earlier sentences) is aimed at the source of an act of that kind told earlier in the same sentence
        /// by another side (<see cref="TreeRoles.AnaphoricNounFits"/>, as <see cref="EarlierActor"/> matches them).
        /// </summary>
        private void AimJudgementsAtEarlierActs()
        {
            if (!_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (!p.Rule.StartsWith("judgement:", StringComparison.Ordinal) || p.Source < 0 || p.Target >= 0 || p.TargetCountry is not null || p.Negated) continue;
                if (!_judgedActs.TryGetValue(p.Trigger.FirstToken, out int judged) || doc.TokUpos(judged) != Upos.NOUN) continue;
                string noun = doc.TokLemma(judged) ?? "";
                if (!TreeRoles.IsAnaphoricActNoun(noun)) continue;
                string stem = noun.Length > 4 ? noun[..4] : noun;
                int doer = -1;
                foreach (var d in _out)
                {
                    if (d.Sentence != p.Sentence || d.Negated || d.Source < 0 || d.Source == p.Source || d.Trigger.FirstToken >= judged) continue;
                    bool sameWord = doc.TokLemma(d.Trigger.FirstToken) is { } tl && tl.StartsWith(stem, StringComparison.OrdinalIgnoreCase);
                    if (!sameWord && !TreeRoles.AnaphoricNounFits(noun, d.Cameo)) continue;
                    if (SameSide(d.Source, p.Source)) continue;
                    doer = d.Source;
                }
                if (doer >= 0) _out[i] = p with { Target = doer, Rule = p.Rule + ",tgt=doer-of-earlier-act" };
            }
        }

        /// <summary>
        /// "Vietnam has asked the US for more money for the clean-up. ... The US has so far pledged $8 million": aid given or
        /// promised (033x, 07x other than military aid and protection) with no recipient in its sentence answers the latest
        /// appeal or demand for aid (023x, 1031, 1033) an earlier sentence of the article addressed to the giver's country,
        /// and goes to whoever appealed (a reader of the story so far knows who asked, decision 020). Only earlier sentences
        /// are read; an appeal by the giver's own country is no aid between actors.
        /// </summary>
        private void AimAidAtEarlierAppeal() => AimAtEarlierAsker(
            p => p.StartsWith("033", StringComparison.Ordinal) || (p.StartsWith("07", StringComparison.Ordinal) && p[..3] is not ("072" or "074")),
            d => d.StartsWith("023", StringComparison.Ordinal) || d is "1031" or "1033", "earlier-appeal");

        /// <summary>
        /// "Venezuela threatened to expel Spain's ambassador. Spain said it would not bow to pressure", "Brussels urged Hungary
        /// to drop the law. Budapest rejected the call": a rejection or refusal (12x) with no target in its sentence answers the
        /// latest appeal, offer, demand, threat or coercion (02x, 03x, 10x, 13x, 17x) an earlier sentence of the article aimed
        /// at the refuser's side, and is aimed at whoever made it (a reader of the story so far knows who pressed, decision
        /// 020). Only earlier sentences are read; pressure from the refuser's own side is no partner.
        /// </summary>
        private void AimRefusalsAtEarlierPressure() => AimAtEarlierAsker(
            p => p.StartsWith("12", StringComparison.Ordinal), d => d[..2] is "02" or "03" or "10" or "13" or "17", "earlier-pressure");

        /// <summary>
        /// Gives each coded event whose code <paramref name="answers"/>, that has a source but no target of its own and is
        /// not negated, the source of the latest earlier-sentence event whose code <paramref name="asks"/> and that was
        /// aimed at the answerer's side (its country, or its own code for a body of no country: the EU, a UN agency) by another
        /// side. The rule trail gains ",tgt=<paramref name="how"/>".
        /// </summary>
        private void AimAtEarlierAsker(Func<string, bool> answers, Func<string, bool> asks, string how)
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (!answers(p.Cameo) || p.Source < 0 || p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null || p.Negated) continue;
                string? side = A(p.Source).Country ?? A(p.Source).Code;
                if (side is null) continue;
                for (int k = doc.Events.Count - 1; k >= 0; k--)
                {
                    var d = doc.Events[k];
                    if (d.Sentence >= p.Sentence || d.Negated || d.Source < 0 || d.Target < 0 || !asks(d.Cameo)) continue;
                    if ((A(d.Target).Country ?? A(d.Target).Code) != side || (A(d.Source).Country ?? A(d.Source).Code) is not { } asker || asker == side) continue;
                    _out[i] = p with { Target = d.Source, Rule = p.Rule + ",tgt=" + how };
                    break;
                }
            }
        }

        /// <summary>
        /// "The United States condemned the attack and urged China to stop harassing fishermen", "called the dissolution a
        /// grave blow and urged Mali's authorities to restore political freedoms": a criticism (110, 111) with no target of its
        /// own, followed in the same predicate by the speaker's appeal or demand (02x, 10x) that an actor stop or undo an
        /// act, is aimed at that actor (<see cref="TreeRoles.AppealToStopCoordinated"/>).
        /// </summary>
        private void AimCriticismsAtTheAppealed()
        {
            if (!_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo is not ("110" or "111") || p.Source < 0 || p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null || p.Negated) continue;
                int criticism = Syntax.Attachment.SpanHead(doc, p.Trigger);
                foreach (var d in _out)
                {
                    if (ReferenceEquals(d, p) || d.Source != p.Source || d.Negated || d.Target < 0 || d.Target == p.Source
                        || d.Trigger.FirstToken <= p.Trigger.EndToken - 1 || d.Cameo[..2] is not ("02" or "10")) continue;
                    if (A(d.Target).Code == A(p.Source).Code) continue;
                    if (!_tree.AppealToStopCoordinated(criticism, Syntax.Attachment.SpanHead(doc, d.Trigger))) continue;
                    _out[i] = p with { Target = d.Target, Rule = p.Rule + ",tgt=appealed-to-stop" };
                    break;
                }
            }
        }

        /// <summary>
        /// "The union demanded that the government raise wages, threatening a nationwide strike", "demanded higher pay from
        /// the company and threatened to strike": a threat (13x) with no target of its own that backs a demand or appeal (10x,
        /// 02x) its speaker makes in the same breath (<see cref="TreeRoles.ThreatBacksDemand"/>) is aimed at whom the demand
        /// is addressed to: what is threatened is what happens if that addressee does not comply. Only a demand with an
        /// addressee other than the speaker, and never a reporter's.
        /// </summary>
        private void AimThreatsAtTheDemanded()
        {
            if (!_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (!p.Cameo.StartsWith("13", StringComparison.Ordinal) || p.Source < 0 || p.Target >= 0 || p.TargetPlace >= 0
                    || p.TargetCountry is not null || p.Negated) continue;
                int threat = Syntax.Attachment.SpanHead(doc, p.Trigger);
                foreach (var d in _out)
                {
                    if (ReferenceEquals(d, p) || d.Source != p.Source || d.Negated || d.Cameo[..2] is not ("02" or "10")) continue;
                    if (d.Target == p.Source || (d.Target < 0 && d.TargetPlace < 0 && d.TargetCountry is null)) continue;
                    if (d.Target >= 0 && (A(d.Target).Code == A(p.Source).Code || _reporters.Contains(d.Target))) continue;
                    if (!_tree.ThreatBacksDemand(threat, Syntax.Attachment.SpanHead(doc, d.Trigger))) continue;
                    _out[i] = p with { Target = d.Target, TargetPlace = d.TargetPlace, TargetCountry = d.TargetCountry, TargetRole = d.TargetRole,
                        TargetCountryOfRole = d.TargetCountryOfRole, Rule = p.Rule + ",tgt=demand-backed" };
                    break;
                }
            }
        }

        /// <summary>
        /// "Protesters blocked the highway to demand the president's resignation": a protest (14x) with no target of its
        /// own, or already aimed at the demand's target, and a demand (10x) by the same source in the sentence are one
        /// event, the protest for that demand, addressed to the demand's target. A demand of change (104k: leadership,
        /// policy, rights, institutions) gives the protest its matching sub-code (14xk), as CAMEO defines them. A protest
        /// by a country's own people that still names no target is then aimed at their government.
        /// </summary>
        private void FoldDemandsIntoProtests()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (!p.Cameo.StartsWith("14", StringComparison.Ordinal)) continue;
                for (int j = 0; j < _out.Count; j++)
                {
                    var d = _out[j];
                    if (j == i || d.Source != p.Source || d.Negated != p.Negated) continue;
                    // "Protesters demanding the minister's resignation set fire to ...": a demand told by a participle on the
                    // protesters' own noun describes who they are; it is what the protest is for, never a second act, even
                    // when it names no addressee or not the one the protest hit ("stoned police vehicles").
                    bool describing = d.Rule.Contains("src=tree:modified-noun", StringComparison.Ordinal);
                    // So is an appeal told that way ("Farmers calling for lower fuel prices marched"): CAMEO's appeals (02x)
                    // and demands (10x) share their sub-codes, so the appeal folds in as the matching demand.
                    bool appeal = describing && d.Cameo.StartsWith("02", StringComparison.Ordinal);
                    if (!d.Cameo.StartsWith("10", StringComparison.Ordinal) && !appeal) continue;
                    // A general appeal (020, "calling for clean water") names no policy: the protest keeps its plain code.
                    if (appeal) d = d with { Cameo = d.Cameo == "020" ? "10" : "10" + d.Cameo[2..] };
                    if (!describing && d.Target < 0 && d.TargetCountry is null) continue;
                    // "staged a sit-in outside the education ministry to demand ...": a protest already aimed at whom its demand
                    // is addressed to is one event with it too.
                    // A legislature the protest is aimed at only as its place (decision 064) yields to the demand's addressee
                    // ("marched on Congress to demand the president's resignation": the government).
                    if (p.Target >= 0 && d.Target != p.Target && !describing && !p.Rule.Contains(ProtestAtLegislature, StringComparison.Ordinal)) continue;
                    if (describing && p.Target >= 0)
                    {
                        string described = ProtestForDemand(p.Cameo, d.Cameo, ofPolicy: true);
                        if (described != p.Cameo && d.Cameo is "100" or "1042" && _tree.DemandsPay(Syntax.Attachment.SpanHead(doc, d.Trigger))) described = p.Cameo; // decision 098
                        _out[i] = p with { Cameo = described, Rule = p.Rule + $"; for the demand '{d.Rule.Split(' ')[0]}' of its doers" };
                        _out.RemoveAt(j);
                        if (j < i) i--;
                        break;
                    }
                    // A strike's demand implied of the government does not make the strike one against it (see below), nor
                    // one for a change of its policy.
                    bool implied = d.Target < 0, strike = p.Cameo.StartsWith("143", StringComparison.Ordinal);
                    string code = ProtestForDemand(p.Cameo, d.Cameo, ofPolicy: !(implied && strike));
                    // Session 64 (subcode64, decision 098): "marched on the ministry to demand a 20 percent pay rise": a demand of
                    // pay is a wage claim, and the protest for it keeps its own code.
                    if (code != p.Cameo && d.Cameo is "100" or "1042" && _tree.DemandsPay(Syntax.Attachment.SpanHead(doc, d.Trigger))) code = p.Cameo;
                    _out[i] = p with { Target = d.Target, TargetCountry = implied && !strike ? d.TargetCountry : null, TargetRole = implied && !strike ? d.TargetRole : null, Cameo = code, Rule = p.Rule + $"; for the demand '{d.Rule.Split(' ')[0]}' → {code}" };
                    // "Students blocked the motorway for ten hours, demanding the minister's resignation": a demand told by a
                    // participle clause of the protest is the protesters' second act (decision 032). It still gives the
                    // protest its addressee and sub-code, and stays an event of its own.
                    if (_tree.DemandParticipleOfProtest(Syntax.Attachment.SpanHead(doc, p.Trigger), Syntax.Attachment.SpanHead(doc, d.Trigger))) break;
                    _out.RemoveAt(j);
                    if (j < i) i--;
                    break;
                }
            }
            // "Students in Hong Kong rallied to demand universal suffrage", "opposition parties boycotted the election": a
            // protest by a country's own people that names no target addresses their government. Plain strikes (143) are
            // left alone: workers strike against employers as often as against the state; but doctors, nurses and teachers
            // ("Kenyan doctors went on strike over unpaid salaries") strike against the state that employs them and sets
            // their pay (decision 023), when the sentence names no other employer.
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null || !p.Cameo.StartsWith("14", StringComparison.Ordinal)) continue;
                // Session 67 (protest67, decision 109 (4)): "opposition lawmakers walked out of the chamber": a walkout of a
                // chamber or sitting that names no legislature actor is aimed at the walkers' own legislature (LEG), not
                // their government.
                if (p.Cameo == "140" && p.Source >= 0 && WalkoutOfChamber(p.Trigger.EndToken, out int chamber))
                {
                    if (chamber >= 0 && chamber != p.Source) { _out[i] = p with { Target = chamber, Rule = p.Rule + ",tgt=walked-out-chamber" }; continue; }
                    if (chamber < 0 && A(p.Source).Country is { } house) { _out[i] = p with { TargetCountry = house, TargetRole = "LEG", Rule = p.Rule + ",tgt=walked-out-chamber" }; continue; }
                }
                // Session 59 (blind77, decision 071): general, national and public-sector strikes, and police strikes, press the state.
                if (IsStrikeAgainstTheState(p)) { _out[i] = p with { TargetCountry = A(p.Source).Country, TargetRole = "GOV", Rule = p.Rule + ",tgt=own-government(strike against the state)" }; continue; }
                // Workers (LAB) strike against the company the sentence names ("miners struck against BHP"), or against the
                // employers of the workplaces it names ("went on strike, shutting hundreds of factories", "a strike at
                // South African steel plants": the country's business).
                // A plain strike with neither keeps no target (the coding conventions: who a strike is against is not
                // said).
                if (p.Cameo == "143" && A(p.Source) is { Code: { Length: 6 } lc, Country: { } liso } && lc[3..] == "LAB")
                {
                    if (SentenceBusiness() is int firm and >= 0)
                    {
                        _out[i] = p with { Target = firm, Rule = p.Rule + ",tgt=struck-company" };
                        continue;
                    }
                    if (NamesWorkplace())
                    {
                        _out[i] = p with { TargetCountry = liso, TargetRole = "BUS", Rule = p.Rule + ",tgt=workplace-employers" };
                        continue;
                    }
                }
                if (p.Cameo == "143" && !(A(p.Source).Code is { Length: 6 } sc && sc[3..] is "HLH" or "EDU" && !NamesBusiness())) continue;
                // Session 67 (protest67): traders and transporters (BUS) who block a highway or rally over taxes, fees or
                // demolitions press the government that sets them as other people of the country do (the tunable lines code
                // them so 4 times, never untargeted); their shop shutdowns stay plain strikes (143, above).
                bool traders = p.Source >= 0 && RoleOf(p.Source) == "BUS" && !p.Cameo.StartsWith("143", StringComparison.Ordinal);
                if (!(IsPopular(p.Source) || IsDemonymPeople(p.Source) || traders) || A(p.Source).Country is not { } iso) continue; // session 62 (protest62): demonyms
                // Session 70 (fam13), decision 064: a protest held at or marched on a legislature named by a bare noun
                // ("protested outside parliament") is aimed at the legislature, as one at a named legislature already is.
                int legislature = ProtestedLegislature(p.Trigger);
                if (legislature >= 0 && legislature != p.Source)
                {
                    _out[i] = p with { Target = legislature, Rule = p.Rule + ",tgt=legislature(place)" };
                    continue;
                }
                if (legislature == -1)
                {
                    _out[i] = p with { TargetCountry = iso, TargetRole = "LEG", Rule = p.Rule + ",tgt=own-legislature(place)" };
                    continue;
                }
                _out[i] = p with { TargetCountry = iso, TargetRole = "GOV", Rule = p.Rule + ",tgt=own-government" };
            }
        }

        /// <summary>
        /// "Kenyan police fired tear gas as thousands protested", "students marched on parliament, and riot police fired water
        /// cannon to disperse them": force against a crowd (175) that names no one of its own, in a sentence that codes a protest
        /// (14x) by a country's own people, is aimed at those protesters; without them it is aimed at the people at large
        /// (CVL, <see cref="TreeRoles.ProtestActedOn"/>), which the protesters refine. Only a force of the protesters' own
        /// country (or of none named): a foreign force's fire is no crowd control of these protesters.
        /// </summary>
        private void AimForceAtProtesters()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (!p.Cameo.StartsWith("175", StringComparison.Ordinal) || p.Source < 0 || IsPopular(p.Source) || p.Target >= 0 || p.TargetPlace >= 0) continue;
                if (p.TargetCountry is not null && p.TargetRole != "CVL") continue;
                foreach (var q in _out)
                {
                    if (!q.Cameo.StartsWith("14", StringComparison.Ordinal) || !IsPopular(q.Source) || q.Negated != p.Negated) continue;
                    string? iso = A(q.Source).Country;
                    if (A(p.Source).Country is { } fc && fc != iso) continue;
                    if (p.TargetCountry is { } tc && tc != iso) continue;
                    _out[i] = p with { Target = q.Source, TargetCountry = null, TargetRole = null, Rule = p.Rule + ",tgt=protesters" };
                    break;
                }
            }
        }

        /// <summary>
        /// The code of a protest (14x) made for a demand (10x): a demand of change (104k: leadership, policy, rights,
        /// institutions) gives its sub-code 14xk, as CAMEO numbers them; a demand that the addressee act in some way
        /// the lexicon does not name (100: "demanding that the council release the results", "demanding a recount") is
        /// one for a change of its policy (14x2). Demands of another kind (release 1053, withdrawal 1056) leave the
        /// protest's own code, and so does a strike whose demand names no addressee (<paramref name="ofPolicy"/> false:
        /// workers strike against employers as often as against the state).
        /// </summary>
        private static string ProtestForDemand(string protest, string demand, bool ofPolicy)
        {
            if (protest is not ("141" or "142" or "143" or "144" or "145")) return protest;
            if (demand.Length == 4 && demand.StartsWith("104", StringComparison.Ordinal) && demand[3] is >= '1' and <= '4') return protest + demand[3];
            if (demand == "100" && ofPolicy) return protest + "2";
            return protest;
        }

        /// <summary>
        /// "Uganda's police chief warned that officers would use force to break up rallies": a warning whose content the
        /// sentence codes as a threat by the same source is that threat, not also a pessimistic comment (012).
        /// </summary>
        private void DropWarningsThatThreaten()
        {
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                var w = _out[i];
                if (w.Cameo != "012" || w.Source < 0) continue;
                bool threat = false;
                for (int j = 0; j < _out.Count; j++)
                {
                    var o = _out[j];
                    if (ReferenceEquals(o, w) || o.Source < 0 || !o.Cameo.StartsWith("13", StringComparison.Ordinal)
                        || o.Trigger.FirstToken <= w.Trigger.FirstToken || o.Negated != w.Negated) continue;
                    if (A(o.Source).Code == A(w.Source).Code) { threat = true; break; }
                    // "A gang leader warned that his fighters would attack the police": the warner's own men, named by a
                    // possessive that points back at him, carry out his threat; the threat is his, and the warning is not
                    // a comment aimed at them.
                    if (w.Target == o.Source && OwnedByPronoun(o.Source))
                    {
                        _out[j] = o with { Source = w.Source, SourceRole = w.SourceRole, SourceCountry = w.SourceCountry, Rule = o.Rule + ",src=warner-of-own-members" };
                        threat = true;
                        break;
                    }
                }
                if (threat) _out.RemoveAt(i);
            }
        }

        /// <summary>
        /// "authorised a mission to help Haiti's police fight gangs", "deployed troops to help the army retake the town": the
        /// act after "to help X" is what the helping is for, by a third party, and not yet done; the help (or the sending)
        /// is the event. Only an infinitive "to help" is a purpose: "helped the army retake the town" tells the retaking.
        /// The words between "help" and the act must be the helped party's noun phrase (no verb, no punctuation), so a
        /// later clause keeps its own events.
        /// </summary>
        private void DropActsHelpedToward()
        {
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                int t = _out[i].Trigger.FirstToken;
                for (int h = t - 1; h > _f && h >= t - 8; h--)
                {
                    if (doc.TokLemma(h) is "help" && IsWord(h - 1, "to") && h + 1 < t)
                    {
                        _out.RemoveAt(i);
                        break;
                    }
                    // A bare "to" right before the act ("help the police to fight") is part of the infinitive.
                    if (IsWord(h, "to") && h == t - 1) continue;
                    if (EndsNounPhrase(h)) break;
                }
            }
        }

        /// <summary>True when token <paramref name="h"/> cannot be inside a noun phrase: punctuation, or a verb, modal,
        /// preposition or relative pronoun that the parser does not take as a noun.</summary>
        private bool EndsNounPhrase(int h) =>
            IsPunct(h) || (doc.TokXpos(h) is { } x && (x.StartsWith("VB", StringComparison.Ordinal) || x is "MD" or "IN" or "WDT" or "WP")
                && doc.TokUpos(h) != Upos.NOUN);

        /// <summary>True when actor <paramref name="a"/>'s head noun has a possessive pronoun ("his fighters", "their
        /// supporters", "its troops"): members of whoever the pronoun points back at.</summary>
        private bool OwnedByPronoun(int a)
        {
            if (!_tree.Parsed) return false;
            int head = Syntax.Attachment.SpanHead(doc, A(a).Tokens);
            if (head < 0) return false;
            for (int k = Math.Max(_f, head - 6); k < head; k++)
                if (doc.Token(k).Head == head && doc.Token(k).Relation == "nmod:poss" && doc.TokXpos(k) == "PRP$") return true;
            return false;
        }

        /// <summary>CAMEO roles of a country's people outside the state: who protest against their government.</summary>
        private static readonly HashSet<string> PopularRoles = new(StringComparer.Ordinal) { "CVL", "OPP", "LAB", "EDU", "HLH", "AGR", "REL", "MED", "NGO" };

        /// <summary>True when a bill, law or other text of legislation is the object right after <paramref name="k"/>
        /// (past determiners and modifiers, within five words and before any punctuation or verb).</summary>
        private bool VetoedLegislation(int k)
        {
            for (int j = k; j < _e && j < k + 5; j++)
            {
                if (IsPunct(j) || doc.TokUpos(j) is Upos.VERB or Upos.AUX || actorOf[j] >= 0) return false;
                if (doc.TokLemma(j) is "bill" or "law" or "legislation" or "amendment" or "budget") return true;
            }
            return false;
        }

        /// <summary>Measures only a state makes: the last word of a lexicon phrase for stopping one ("halt rule", "block
        /// executive order") whose maker, when the sentence names none, is the stopper's own government. Session 58 (blind76):
        /// a veto a legislature overrides ("overturned a presidential veto") is its own government's.</summary>
        private static readonly HashSet<string> StateMeasureNouns = new(StringComparer.Ordinal)
        { "rule", "regulation", "law", "decree", "ban", "bill", "order", "policy", "veto" };

        /// <summary>A force's mobilisation or alert under its own codes (decision 005): police 151 / 153, troops 152 / 154;
        /// with <paramref name="showOfForce"/>, a police show of force (150) is its mobilisation (151). Other codes as given.</summary>
        private static string ForceCode(string code, bool police, bool showOfForce = false) => code switch
        {
            "154" when police => "153", "153" when !police => "154", "152" when police => "151", "151" when !police => "152",
            "150" when police && showOfForce => "151",
            _ => code,
        };

        /// <summary>The last space-separated word of a lexicon trigger.</summary>
        private static string LastWord(string trigger) => trigger[(trigger.LastIndexOf(' ') + 1)..];

    }
}
