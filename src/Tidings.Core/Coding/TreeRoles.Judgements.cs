using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for a speaker's judgement of another actor's act told with a copula instead of a verb of criticising:
/// "X said it was unacceptable for Y to close the border", "X said Y's decision was a mistake" (disapproval, 111), "X said Y
/// was responsible for the attack" (accusation, 112). Real news states criticism this way at least as often as with
/// "criticised" or "condemned"; the judged act is what the criticism is about, not news of its own.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Predicates that disapprove of an act: said of an act they criticise its doer.</summary>
    private static readonly HashSet<string> DisapprovingPredicates = new(StringComparer.OrdinalIgnoreCase)
    {
        "unacceptable", "preposterous", "shameful", "disgraceful", "outrageous", "irresponsible", "inappropriate", "wrong",
        "absurd", "ridiculous", "deplorable", "regrettable", "reprehensible", "unjustified", "unjustifiable", "unwarranted",
        "illegal", "unlawful", "illegitimate", "unconstitutional", "provocative", "counterproductive", "misguided", "reckless",
        "unfair", "unjust", "undemocratic", "hypocritical", "scandalous", "appalling", "despicable", "insulting", "offensive",
        "shocking", "unwise", "arbitrary", "baseless", "mistake", "error", "blunder", "disgrace", "travesty", "insult",
        "provocation", "outrage", "scandal", "affront", "tyranny", "betrayal", "farce", "sham", "crime", "aggression",
        // session 13: "called China's new map a violation of its sovereignty"
        "violation", "breach",
        // session 17 (realmine7, real news): judgements of measure and of treatment ("called the sentence excessive",
        // "described the aid as inadequate", "called the crackdown inhumane")
        "excessive", "inadequate", "insufficient", "unreasonable", "disproportionate", "heavy-handed", "inhumane", "cruel",
        "discriminatory", "racist", "irrational", "incompetent", "negligent", "failure", "fiasco", "overreach",
        // session 18 (blind32): names that cast people or an act as a danger or a crime ("called the protesters a threat to
        // national security", "branded the strikers traitors"); only as the predicate of a naming verb or a copula
        "threat", "menace", "danger", "traitor", "traitors", "enemy", "enemies", "puppet", "puppets", "thug", "thugs",
        // session 18 (recall8, blind28): judgements of political motive ("called the dissolution an abuse of power", "called
        // the arrest a political coup", "called the charges a witch-hunt")
        "biased", "abuse", "coup", "witch-hunt", "persecution", "vendetta",
        // session 19 (realmine9, real news): judgements of cruelty and of moral outrage ("described the crackdown as brutal",
        // "called the killing a heinous murder", "called the attack barbaric")
        "brutal", "barbaric", "heinous", "horrific", "cowardly", "senseless", "abhorrent", "atrocious", "inexcusable",
        "intolerable", "indefensible", "egregious", "murder", "massacre", "atrocity", "barbarity", "savagery",
        // session 19 (blind34): harm done to a cause ("called the arrest a severe setback for democracy", "called the
        // dissolution a grave blow to democracy")
        "setback", "blow",
        // session 19 (sayings9, blind28): judgements of another's claims as false ("wrote that the president's claims were
        // untethered to the facts", "said the minister's remarks were misleading")
        "false", "untrue", "unfounded", "groundless", "misleading", "dishonest", "untethered", "fabricated",
        // session 22 (realrecall22, real news): naming an act as abuse or another's words as lies ("said waterboarding is
        // torture", "called the report lies", "called the minister a liar")
        "torture", "lie", "lies", "liar", "liars",
        // session 23 (realnews23, real news): a decision judged as lacking sense ("called the judge's decision incoherent")
        "incoherent", "nonsensical",
        // session 26 (blind43): judgements of a report's or finding's makers ("called the report one-sided")
        "partisan", "one-sided", "politicised", "politicized", "prejudiced", "slanted",
        // session 32 (verbal32): names of coercion, meddling and hostility that a government gives another's measure ("called
        // the tariffs blackmail", "an act of economic bullying", "called the statement interference in its affairs", "called
        // the sanctions hostile"), of a theft or a lie campaign ("said the election was a theft", "called the report
        // propaganda"), and of a measure judged as empty or ill-timed ("called the reshuffle cosmetic", "said the plan was
        // premature"); only as the predicate of a naming verb or a copula, like every word here
        "blackmail", "bullying", "interference", "meddling", "hostile", "unfriendly", "theft", "robbery", "propaganda",
        "hysteria", "smear", "slander", "hypocrisy", "charade", "cosmetic", "premature",
        // session 55 (lead55): names of ruin and of danger that a speaker gives another's measure ("called the sanctions
        // economic suicide", "called the tariffs a disaster for farmers", "called the manoeuvre unsafe and unprofessional"),
        // of a falsehood ("called the ruling a distortion of international law") and of scorn for people ("called the
        // strikers parasites", "called the riots thuggery"); only as the predicate of a naming verb or a copula
        "disaster", "disastrous", "catastrophe", "catastrophic", "suicide", "suicidal", "unsafe", "unprofessional",
        "distortion", "parasite", "parasites", "thuggery",
        // "called the vote rigged", "described the count as fraudulent": a vote judged as falsified (its doer is seldom named;
        // said with a copula of a named actor's vote, SaidVoteWasRigged codes the charge, 112)
        "rigged", "fraudulent",
        // session 63 (disapprove63): names of danger, disgrace and lawlessness a speaker gives another's act or measure
        // ("called the drills dangerous", "called the government's fall a humiliation", "called the cabinet's decision a
        // grave sin", "said the seizure of the tanker was piracy", "called the riots hooliganism", "called the arrests an
        // act of intimidation"); only as the predicate of a naming verb or a copula, like every word here
        "dangerous", "humiliation", "humiliating", "sin", "piracy", "hooliganism", "banditry", "vandalism", "lawless",
        "lawlessness", "intimidation", "harassment", "cowardice", "shameless", "brazen", "terrorism",
        // session 65 (judge65): names of a sham or a trick a speaker gives another's act or offer ("called the offer a
        // publicity stunt", "called the talks a ploy", "called the inquiry a whitewash", "a smokescreen for", "a cover-up");
        // only as the predicate of a naming verb or a copula, like every word here
        "stunt", "ploy", "gimmick", "smokescreen", "whitewash", "cover-up",
    };

    /// <summary>Session 65 (judge65): neutral nouns of a course of action that take the judgement of a disapproving noun
    /// before them ("a smear campaign", "a propaganda campaign", "an intimidation tactic").</summary>
    private static readonly HashSet<string> CourseOfActionNouns = new(StringComparer.OrdinalIgnoreCase)
    { "campaign", "tactic", "tactics", "operation", "exercise" };

    /// <summary>Session 65 (judge65): what makes a tactic a trick of delay or fear ("a stalling tactic", "scare tactics").</summary>
    private static readonly HashSet<string> TrickTacticWords = new(StringComparer.OrdinalIgnoreCase)
    { "stalling", "delaying", "scare", "diversionary" };

    /// <summary>Session 63 (disapprove63): the crimes whose "reward for" names an act as disapproved ("called the recognition
    /// a reward for terror", "condemned the release as a reward for terrorism"); a "reward" alone judges nothing.</summary>
    private static readonly HashSet<string> RewardedWrongs = new(StringComparer.OrdinalIgnoreCase)
    { "terror", "terrorism", "violence", "aggression", "murder", "murderers", "terrorists", "extremism" };

    /// <summary>Nouns that name an act as the first step of a war ("a prelude to invasion", "a rehearsal for a preemptive
    /// strike", "a pretext for aggression", "a declaration of war"): a predicate of disapproval only with such a complement
    /// (a "declaration" or a "rehearsal" alone judges nothing).</summary>
    private static readonly HashSet<string> WarPreludeNouns = new(StringComparer.OrdinalIgnoreCase)
    { "prelude", "rehearsal", "pretext", "declaration", "dress-rehearsal" };

    /// <summary>The wars and attacks a <see cref="WarPreludeNouns"/> noun leads to.</summary>
    private static readonly HashSet<string> WarNouns = new(StringComparer.OrdinalIgnoreCase)
    { "war", "invasion", "aggression", "attack", "strike", "occupation", "annexation", "intervention" };

    /// <summary>Verbs of harm whose "attempt to" names an act as disapproved ("called the attack an attempt to undermine the
    /// elections", "called the report an attempt to tarnish its fight against terrorism").</summary>
    private static readonly HashSet<string> UnderminingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "undermine", "destabilise", "destabilize", "intimidate", "silence", "tarnish", "discredit", "sabotage", "humiliate",
        "blackmail", "derail", "smear", "divert", "distract", "interfere", "meddle", "muzzle", "weaken",
    };

    /// <summary>
    /// Whether token <paramref name="p"/> is a predicate of disapproval: a word of <see cref="DisapprovingPredicates"/>, or a
    /// phrase whose head alone is neutral: "politically motivated" (a motive is no fault, a political one is), "a witch hunt"
    /// (a hunt is none), "an attempt to undermine the vote" (an attempt is none), "a hostile act" (the adjective disapproves;
    /// the parser hangs it on the neutral noun "act", "step" or "move", which then is the predicate).
    /// </summary>
    private bool IsDisapprovingAt(int p)
    {
        var lemma = _doc.Token(p).Lemma ?? "";
        // "described the Azerbaijani offensive as ...": the military noun is the act judged, only the adjective judges.
        if (lemma.Equals("offensive", StringComparison.OrdinalIgnoreCase) && (_doc.Token(p).Upos == Upos.NOUN || AnyChild(p, "det"))) return false;
        if (DisapprovingPredicates.Contains(lemma) || DisapprovingPredicates.Contains(_doc.Token(p).Span.ToString())) return true;
        // "called the drills a rehearsal for invasion", "a prelude to war" (see WarPreludeNouns).
        if (WarPreludeNouns.Contains(lemma) && _doc.Token(p).Upos == Upos.NOUN)
            foreach (var c in Children(p))
                if (RelStarts(c, "nmod") && CaseOf(c) is "of" or "to" or "for" && WarNouns.Contains(_doc.Token(c).Lemma ?? "")) return true;
        // "called the strike an extrajudicial execution": a killing outside the law is a charge of wrong, a plain one is not.
        if (lemma is "execution" or "killing" && _doc.Token(p).Upos == Upos.NOUN)
            foreach (var c in Children(p))
                if (RelIs(c, "amod") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "extrajudicial" or "extra-judicial" or "summary") return true;
        // "called it ethnic cleansing", "described the massacres as genocide": the names of war crimes, which
        // NamedWrongCode codes as the accusation they are (1124) when a naming verb gives them.
        if (NamedWarCrimeCode(p) is not null) return true;
        // Session 57 (judge57): "calling them agents of a foreign power" (TreeRoles.ForeignAgents.cs).
        if (NamedForeignAgent(p)) return true;
        if (_doc.Token(p).Upos == Upos.NOUN)
            foreach (var c in Children(p))
            {
                // Session 63 (disapprove63): "called the seizure an act of piracy", "a campaign of intimidation": a neutral
                // noun of doing whose "of" names a disapproved act is that act.
                if (lemma is "act" or "campaign" or "policy" or "form" && RelStarts(c, "nmod") && CaseOf(c) == "of"
                    && DisapprovingPredicates.Contains(_doc.Token(c).Lemma ?? "")) return true;
                // "a reward for terror" (see RewardedWrongs).
                if (lemma.Equals("reward", StringComparison.OrdinalIgnoreCase) && RelStarts(c, "nmod") && CaseOf(c) == "for"
                    && RewardedWrongs.Contains(_doc.Token(c).Lemma ?? "")) return true;
                // Session 65 (judge65): "a smear campaign", "a propaganda exercise", "a stalling tactic": a neutral noun of a
                // course of action takes the judgement of the disapproving noun before it, and a tactic that of a word of
                // delay or fear; "a military campaign", "a negotiating tactic" judge nothing.
                if (CourseOfActionNouns.Contains(lemma) && c < p && (RelIs(c, "compound") || RelIs(c, "amod"))
                    && (DisapprovingPredicates.Contains(_doc.Token(c).Lemma ?? "") || DisapprovingPredicates.Contains(_doc.Token(c).Span.ToString())
                        || (lemma.StartsWith("tactic", StringComparison.OrdinalIgnoreCase) && TrickTacticWords.Contains(_doc.Token(c).Span.ToString())))) return true;
                // Session 65 (judge65): "part of a smear campaign", "part of a campaign of lies": a part of something
                // disapproved is disapproved.
                if (lemma.Equals("part", StringComparison.OrdinalIgnoreCase) && RelStarts(c, "nmod") && CaseOf(c) == "of" && c > p && IsDisapprovingAt(c)) return true;
                // "a stab in the back": a betrayal; a "stab" alone may be a try ("a stab at diplomacy").
                if (lemma.Equals("stab", StringComparison.OrdinalIgnoreCase) && RelStarts(c, "nmod") && CaseOf(c) == "in"
                    && (_doc.Token(c).Lemma ?? "").Equals("back", StringComparison.OrdinalIgnoreCase)) return true;
            }
        bool motive = lemma is "motivated" or "motivate" or "driven" or "drive", hunt = lemma.Equals("hunt", StringComparison.OrdinalIgnoreCase),
            attempt = lemma.Equals("attempt", StringComparison.OrdinalIgnoreCase) && _doc.Token(p).Upos == Upos.NOUN,
            act = lemma is "act" or "step" or "move" or "measure" && _doc.Token(p).Upos == Upos.NOUN;
        if (!(motive || hunt || attempt || act)) return false;
        foreach (var c in Children(p))
        {
            var w = _doc.Token(c).Span;
            if (motive && RelIs(c, "advmod") && w.Equals("politically", StringComparison.OrdinalIgnoreCase)) return true;
            if (hunt && (RelIs(c, "compound") || RelIs(c, "amod")) && w.Equals("witch", StringComparison.OrdinalIgnoreCase)) return true;
            if (attempt && (RelIs(c, "acl") || RelIs(c, "xcomp")) && UnderminingVerbs.Contains(_doc.Token(c).Lemma ?? "")) return true;
            if (act && RelIs(c, "amod") && _doc.Token(c).Lemma is "hostile" or "unfriendly") return true;
            // Session 63 (disapprove63): "a brazen attempt to postpone the elections", "a reckless move", "a dangerous step":
            // a neutral noun of doing takes the judgement of its disapproving adjective.
            if ((act || attempt) && RelIs(c, "amod") && _doc.Token(c).Upos == Upos.ADJ && DisapprovingPredicates.Contains(_doc.Token(c).Lemma ?? "")) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> (lower case or lemma) is a predicate of disapproval ("unjust", "a sham").</summary>
    public static bool IsDisapprovingPredicate(string word) => DisapprovingPredicates.Contains(word);

    /// <summary>Nouns of an assault that, with an "on" or "against" phrase, name another's act as an attack on something
    /// ("called the ruling an assault on judicial independence", "branded the strike an attack on workers").</summary>
    private static readonly HashSet<string> AssaultPredicateNouns = new(StringComparer.OrdinalIgnoreCase) { "attack", "assault", "onslaught" };

    /// <summary>Acts of violence, which an attack predicate classifies rather than judges.</summary>
    private static readonly HashSet<string> ViolentActNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "blast", "explosion", "bombing", "shooting", "fire", "crash", "ambush", "shelling", "gunfire", "stabbing",
    };

    /// <summary>True when <paramref name="p"/> is "an attack on X" or "an assault against X": a predicate of disapproval only
    /// as the name a naming verb gives its object (see <see cref="Judgement"/>).</summary>
    private bool AttackOnPredicate(int p)
    {
        if (!AssaultPredicateNouns.Contains(_doc.Token(p).Lemma ?? "") || _doc.Token(p).Upos != Upos.NOUN) return false;
        foreach (var c in Children(p))
            if (RelStarts(c, "nmod") && CaseOf(c) is "on" or "against") return true;
        return false;
    }

    /// <summary>
    /// "Manila said Chinese ships had fired water cannon at its vessels, calling the incident reckless": a naming participle set
    /// off after a reported clause, which the parser hangs on that clause's verb. Returns the speech verb whose complement the
    /// clause is ("said"; -1 for any other shape) and, in <paramref name="reported"/>, the reported clause's verb, whose subject
    /// is the caller's candidate for the judged act's doer.
    /// </summary>
    public int SpeechOverParticiple(int participle, out int reported)
    {
        reported = -1;
        if (!Parsed || participle < _f || participle >= _e || _doc.Token(participle).Xpos != "VBG" || !RelIs(participle, "advcl")) return -1;
        if (Head(participle) is not (var clause and >= 0)) return -1;
        // "Chinese ships fired water cannon at its vessels, Manila said, calling the incident reckless": after a report
        // set off after its clause, the parser hangs the participle on the speech verb itself; the clause it reports, which
        // comes before, is its complement.
        if (JudgingSpeechVerbs.Contains(_doc.Token(clause).Lemma ?? "") && clause < participle)
        {
            foreach (var c in Children(clause))
                if (RelIs(c, "ccomp") && c < clause) { reported = c; return clause; }
            // the report as a parataxis of the clause it reports
            if (RelIs(clause, "parataxis") && Head(clause) is var told && told >= 0 && told < clause && IsVerbal(told)) { reported = told; return clause; }
            return -1;
        }
        if (!RelIs(clause, "ccomp") || clause > participle) return -1;
        if (Head(clause) is not (var sv and >= 0) || sv > clause || !JudgingSpeechVerbs.Contains(_doc.Token(sv).Lemma ?? "")) return -1;
        reported = clause;
        return sv;
    }

    /// <summary>
    /// The doer of a reported clause's act: its subject, or for a passive its agent, wherever the parser hung the "by"
    /// phrase inside the clause ("its vessels were hit with water cannon fired by Chinese ships"); -1 when a passive names
    /// no agent (its subject suffered the act, it did not do it).
    /// </summary>
    public int ReportedDoer(int clause)
    {
        if (!Parsed || clause < _f || clause >= _e) return -1;
        if (!IsPassive(clause)) return VerbSource(clause, out _);
        for (int t = clause + 1; t < _e; t++)
            if ((RelIs(t, "obl:agent") || (RelStarts(t, "obl") && CaseOf(t) == "by")) && InSubtree(t, clause) && ActorOfNode(t) is var a && a >= 0) return a;
        return -1;
    }

    /// <summary>Whether <paramref name="lemma"/> is a verb that names its object as something ("call", "brand", "label").</summary>
    public static bool IsNamingJudgementVerb(string lemma) => NamingJudgementVerbs.Contains(lemma);

    /// <summary>Nouns that name an act, whose possessor or by-phrase is its doer ("Uganda's decision", "the move by Kenya").</summary>
    private static readonly HashSet<string> ActNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "decision", "move", "plan", "attempt", "action", "actions", "act", "step", "measure", "policy", "order", "ruling",
        "idea", "approach", "conduct", "behaviour", "behavior", "handling", "response", "statement", "remark", "remarks",
        "comment", "comments", "refusal", "proposal", "law", "bill", "ban", "decree", "demand", "threat", "treatment",
        "sentence", "verdict", "budget", "crackdown", "intervention", "reform", "reforms", "raid",
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "assertion", "assertions",
    };

    /// <summary>Verbs through which a speaker states a judgement ("said it was unacceptable", "It is a mistake, X added").</summary>
    private static readonly HashSet<string> JudgingSpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "state", "tell", "add", "insist", "stress", "argue", "note", "declare", "maintain", "write", "claim", "assert",
        "reiterate", "emphasise", "emphasize", "charge", "complain", "warn", "believe",
        // a court's ruling states its judgement as a finding (116, see Judgement)
        "rule", "find",
    };

    /// <summary>
    /// A copular judgement at <paramref name="p"/>: the speech verb's subject node that states it (its judge is found by the
    /// caller through <see cref="VerbSource"/>), the actor whose act is judged, the node whose subtree is the judged act
    /// (presupposed, so not coded again) and the CAMEO code (111 disapproval, 112 accusation). False when the word is no
    /// such predicate, is negated or hypothetical ("would be a mistake"), or no actor's act is named. With
    /// <paramref name="isEventNoun"/> (the caller's lexicon: a node inside a noun trigger) any event noun is an act whose
    /// possessor or actor adjective is its doer, as the nouns of <see cref="ActNouns"/> are ("said Russia's annexation of
    /// Crimea was illegal", "the Israeli blockade is a crime").
    /// </summary>
    public bool Judgement(int p, out int speechVerb, out int doer, out int judged, out string code, Func<int, bool>? isEventNoun = null)
    {
        speechVerb = doer = judged = -1; code = ""; JudgeActor = -1; JudgedActUnowned = false;
        if (!Parsed || p < _f || p >= _e) return false;
        var lemma = _doc.Token(p).Lemma ?? "";
        // "Y was to blame for the attack" says what "Y was responsible for the attack" does.
        bool responsible = lemma.Equals("responsible", StringComparison.OrdinalIgnoreCase)
            || (lemma.Equals("blame", StringComparison.OrdinalIgnoreCase) && AnyChild(p, "cop") && AnyChild(p, "mark"));
        if (!responsible && CourtFindsViolation(p, lemma, out speechVerb, out doer, out judged)) { code = "116"; return true; }
        if (!responsible && SaidFaultsAnAct(p, lemma, out speechVerb, out doer, out judged)) { code = "111"; return true; }
        if (!responsible && SaidFailedPeople(p, lemma, out speechVerb, out doer, out judged)) { code = "111"; return true; }
        if (!responsible && SaidVoteWasRigged(p, lemma, out speechVerb, out doer, out judged)) { code = "112"; return true; }
        if (!responsible && SaidActorLied(p, lemma, out speechVerb, out doer, out judged)) { code = "112"; return true; }
        if (!responsible && SaidPerpetratorsBelonged(p, lemma, out speechVerb, out doer, out judged)) { code = "112"; return true; }
        if (!responsible && SaidActedIllegally(p, out speechVerb, out doer, out judged)) { code = "1121"; return true; }
        if (!responsible && SaidActorCommittedCrime(p, lemma, out speechVerb, out doer, out judged)) { code = "1121"; return true; }
        if (!responsible && SaidActorCommittedWarCrimes(p, lemma, out speechVerb, out doer, out judged, out var namedCode)) { code = namedCode; return true; }
        if (!responsible && SaidActorDidWrong(p, lemma, out speechVerb, out doer, out judged, out var claimCode)) { code = claimCode; return true; }
        // Session 59 (judge59): "said the opposition had no respect for the rules", "said the count lacked transparency"
        // (TreeRoles.LackedVirtues.cs); an act noun of no named doer is aimed or dropped as other unowned acts are.
        if (!responsible && SaidLacksOwedQuality(p, lemma, out speechVerb, out doer, out judged)) { code = "111"; JudgedActUnowned = doer < 0; return true; }
        // "said the United States was hypocritical", "'Qatar has been an incredible partner'" (TreeRoles.Evaluations.cs).
        if (!responsible && SaidActorIsJudged(p, out speechVerb, out doer, out code))
        {
            // "said the protesters were agents of a foreign power": the name accuses of espionage (TreeRoles.ForeignAgents.cs).
            if (code == "111" && NamedForeignAgent(p)) code = "1125";
            return true;
        }
        // The lemmatiser may mangle a participle ("biased" → "biase"): the word itself counts too.
        // "called the arrest an attack on press freedom": an attack named as what an act is, only after a naming verb (said
        // with a copula, "the blast was an attack on the convoy" tells the attack itself).
        if (!responsible && AttackOnPredicate(p))
        {
            if (!NamingJudgement(p, out speechVerb, out doer, out judged)) return false;
            // "the army called the blast an attack on its convoy": an act of violence named an attack is told, not judged.
            if (judged >= 0 && ViolentActNouns.Contains(_doc.Token(judged).Lemma ?? "")) return false;
            code = "111";
            return true;
        }
        // Session 59 (judge59): "said the election was not free" (TreeRoles.DeniedVirtues.cs).
        bool deniedVirtue = !responsible && IsDeniedVirtue(p);
        if (!responsible && !IsDisapprovingAt(p) && !deniedVirtue) return false;
        // "called it ethnic cleansing", "described the bombing as a war crime": a war crime named is the accusation of one
        // (1124, as "accused X of war crimes"); any other name of disapproval is criticism (111).
        if (!responsible && NamingJudgement(p, out speechVerb, out doer, out judged)) { code = NamedWarCrimeCode(p) ?? (NamedForeignAgent(p) ? "1125" : "111"); return true; }
        // "said the government's response was slow and inadequate": a predicate coordinated with a copular one shares its
        // copula, subject and speech verb, which the parser hangs on the first conjunct only.
        if (!responsible && RelIs(p, "conj") && Head(p) is var firstPredicate && firstPredicate >= 0 && !AnyChild(p, "cop") && AnyChild(firstPredicate, "cop"))
            p = firstPredicate;
        bool copula = false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "cop")) copula = true;
            // "it is not unacceptable", "would be a mistake", "could be illegal": no judgement made of a real act.
            if (RelIs(c, "advmod") && _doc.Token(c).Lemma is "not" or "never" && !deniedVirtue || (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD")) return false;
        }
        if (!copula) return false;

        // The speaker: the speech verb whose clause the predicate is ("X said it was unacceptable"), or a speech verb set
        // off beside it ("It is a mistake, X said").
        // "X said the analysis shows that Y is responsible": through a verb of evidence the judgement is still the speaker's.
        int clause = p;
        if (RelIs(clause, "ccomp") && Head(clause) is var ev && ev >= 0 && EvidenceVerbs.Contains(_doc.Token(ev).Lemma ?? "") && RelIs(ev, "ccomp"))
            clause = ev;
        if (RelIs(clause, "ccomp") && Head(clause) is var sv && sv >= 0 && JudgingSpeechVerbs.Contains(_doc.Token(sv).Lemma ?? "")) speechVerb = sv;
        else
            foreach (var c in Children(p))
                if (RelStarts(c, "parataxis") && JudgingSpeechVerbs.Contains(_doc.Token(c).Lemma ?? "")) { speechVerb = c; break; }
        if (speechVerb < 0) return false;

        if (responsible)
        {
            // "Y was responsible for the attack": the subject is accused of the act the "for" phrase names.
            int subject = -1, act = -1;
            foreach (var c in Children(p))
            {
                // "nsubj:outer": the parser's subject of a copula before an infinitive ("the government was to blame").
                if ((RelIs(c, "nsubj") || RelIs(c, "nsubj:outer")) && _actorOf[c] >= 0) subject = _actorOf[c];
                if (RelStarts(c, "obl") && CaseOf(c) == "for") act = c;
            }
            if (subject < 0 || act < 0 || !HarmfulActs.Contains(_doc.Token(act).Lemma ?? "")) return false;
            doer = subject; judged = act; code = "112";
            return true;
        }

        foreach (var c in Children(p))
        {
            // "it was unacceptable for Uganda to close the border": the clause's subject, or the "for" phrase the parser
            // hung on the predicate beside the infinitive.
            if (RelIs(c, "csubj") || RelIs(c, "xcomp") || RelIs(c, "advcl") || RelIs(c, "ccomp"))
            {
                foreach (var g in Children(c))
                    if (RelIs(g, "nsubj") && _actorOf[g] >= 0) { doer = _actorOf[g]; judged = c; }
                if (judged < 0 && !RelIs(c, "ccomp") && _doc.Token(c).Upos == Upos.VERB) judged = c;
            }
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "for" && _actorOf[c] >= 0 && doer < 0) doer = _actorOf[c];
            // "Uganda's decision to close the border was a mistake", "the move by Kenya is illegal", and with an actor adjective
            // "the Nigerian decision to close the border was reckless" (session 20).
            // An event noun's "of" phrase is what the act is done to ("the deployment of police to Haiti", "the annexation of
            // Crimea"), never its doer: only the act nouns of ActNouns ("the decision of Kenya") take their doer from it.
            if (RelIs(c, "nsubj") && _actorOf[c] < 0 && (ActNouns.Contains(_doc.Token(c).Lemma ?? "") is var actNoun
                && (actNoun || (_doc.Token(c).Upos == Upos.NOUN && isEventNoun is not null && isEventNoun(c)))))
                foreach (var g in Children(c))
                    if ((RelIs(g, "nmod:poss") || RelIs(g, "amod") || RelIs(g, "compound")
                        || (RelStarts(g, "nmod") && (CaseOf(g) == "by" || (actNoun && CaseOf(g) == "of")))) && _actorOf[g] >= 0)
                    { doer = _actorOf[g]; judged = c; break; }
        }
        // "the court ruled that the deployment was unconstitutional": a ruling finds against the act whoever did it; the
        // caller aims it at the court's own government when the sentence names no doer.
        // Session 58 (judge58): "Amnesty said the trial had been unfair": a definite act noun of no named doer is judged all the
        // same, its doer left to the caller (TreeRoles.UnownedActJudgements.cs).
        if (doer < 0 && !IsRuling(speechVerb) && UnownedJudgedAct(p, isEventNoun) is var unowned and >= 0) { judged = unowned; code = "111"; JudgedActUnowned = true; return true; }
        if (doer < 0 && !IsRuling(speechVerb)) return false;
        if (doer < 0)
            foreach (var c in Children(p))
                if (RelStarts(c, "nsubj")) judged = c;
        code = IsRuling(speechVerb) ? "116" : "111";
        return true;
    }

    /// <summary>
    /// Verbs that, said of an act, find fault with it: "said the move violated international law", "said the decision undermined
    /// the peace process", "said the law betrayed the promises of the revolution". With an actor as subject they are acts of their
    /// own (128 defying norms, coded by the lexicon); with an act or a thing as subject they are the speaker's judgement of it.
    /// </summary>
    private static readonly HashSet<string> FaultingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "violate", "breach", "contravene", "infringe", "flout", "undermine", "betray", "jeopardise", "jeopardize", "endanger",
        "erode", "weaken", "contradict", "disregard", "ignore", "defy",
    };

    /// <summary>Nouns of a standard an act can fall short of or fail to meet ("fell short of democratic standards").</summary>
    private static readonly HashSet<string> StandardNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "standard", "standards", "norm", "norms", "requirement", "requirements", "expectation", "expectations", "criterion",
        "criteria", "benchmark", "obligation", "obligations", "commitment", "commitments", "principle", "principles", "test",
    };

    /// <summary>Acts and political processes whose conduct a speaker judges with no doer named ("said the election had fallen
    /// short of democratic standards", "said the trial violated due process"), besides <see cref="ActNouns"/>.</summary>
    private static readonly HashSet<string> JudgedProcesses = new(StringComparer.OrdinalIgnoreCase)
    {
        "election", "vote", "poll", "referendum", "ballot", "count", "trial", "hearing", "process", "procedure", "investigation",
        "inquiry", "probe", "arrest", "detention", "conviction", "prosecution", "closure", "shutdown", "deployment", "operation",
        "offensive", "expulsion", "deportation", "eviction", "demolition", "blockade", "annexation", "occupation", "deal",
        "agreement", "accord", "treaty", "amendment", "constitution", "legislation", "regulation", "rule", "restriction",
        "restrictions", "sanction", "sanctions", "tariff", "tariffs", "licence", "license", "permit", "appointment", "dismissal",
        "crackdown", "campaign", "program", "programme", "project", "strike", "attack", "raid", "detentions", "arrests",
    };

    /// <summary>Nouns of doubt that an act raises about its doer ("raised serious questions about X's commitment").</summary>
    private static readonly HashSet<string> DoubtNouns = new(StringComparer.OrdinalIgnoreCase)
    { "question", "questions", "doubt", "doubts", "suspicion", "suspicions" };

    /// <summary>
    /// "The agency said the move violated international law", "observers said the election had fallen short of democratic
    /// standards", "said the vote did not meet international standards", "said the detention raised serious questions about
    /// Turkey's commitment to democracy", "said the licences amounted to a betrayal": a speaker who states that an act (not an
    /// actor: that is an act of its own, coded by the lexicon) breaks a norm, falls short of a standard, raises doubt or
    /// amounts to something disapproved criticises it (111). At the complement's verb <paramref name="p"/>: the speech verb,
    /// the act's doer (its possessor, by-phrase or actor adjective, or the actor the doubt is about), else -1, and the act
    /// node (presupposed, not coded again). Not for a modal, a hypothetical or a negated fault.
    /// </summary>
    private bool SaidFaultsAnAct(int p, string lemma, out int speechVerb, out int doer, out int judged)
    {
        speechVerb = doer = judged = -1;
        if (_doc.Token(p).Upos != Upos.VERB) return false;
        bool fault = FaultingVerbs.Contains(lemma);
        bool fallShort = lemma.Equals("fall", StringComparison.OrdinalIgnoreCase);
        bool meet = lemma.Equals("meet", StringComparison.OrdinalIgnoreCase) || lemma.Equals("satisfy", StringComparison.OrdinalIgnoreCase);
        bool raise = lemma.Equals("raise", StringComparison.OrdinalIgnoreCase);
        bool amount = lemma.Equals("amount", StringComparison.OrdinalIgnoreCase) || lemma.Equals("constitute", StringComparison.OrdinalIgnoreCase);
        if (!(fault || fallShort || meet || raise || amount)) return false;
        // The speaker: the speech verb whose complement this is, reached through a coordinated complement ("said the move was
        // rushed and violated the law").
        int clause = p;
        if (RelIs(clause, "conj") && Head(clause) is var first && first >= 0 && RelIs(first, "ccomp")) clause = first;
        // "said the licences amounted to a betrayal": the parser may take the complement's subject for the speech verb's object
        // and its finite verb for a clause on that noun.
        int misreadSubject = -1;
        if (RelIs(clause, "acl") && _doc.Token(p).Xpos is "VBD" or "VBZ" or "VBP" or "VBN" && Head(clause) is var on && on >= 0 && RelIs(on, "obj")
            && Head(on) is var sv0 && sv0 >= 0 && JudgingSpeechVerbs.Contains(_doc.Token(sv0).Lemma ?? "") && !IsRuling(sv0))
        { misreadSubject = on; speechVerb = sv0; }
        if (speechVerb >= 0) { }
        else if (RelIs(clause, "ccomp") && Head(clause) is var sv && sv >= 0 && JudgingSpeechVerbs.Contains(_doc.Token(sv).Lemma ?? "")
            && !IsRuling(sv)) speechVerb = sv;
        else
            foreach (var c in Children(p))
                if (RelStarts(c, "parataxis") && JudgingSpeechVerbs.Contains(_doc.Token(c).Lemma ?? "") && !IsRuling(c)) { speechVerb = c; break; }
        if (speechVerb < 0) return false;
        bool negated = IsNegated(p), modal = false, shortWord = false, standard = false, doubt = false, disapproved = false;
        int subject = -1, about = -1;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") modal = true;
            if (RelIs(c, "nsubj")) subject = c;
            var cl = _doc.Token(c).Lemma ?? "";
            if (fallShort && (RelIs(c, "advmod") || RelIs(c, "compound:prt") || RelIs(c, "xcomp") || RelStarts(c, "obl")) && cl.Equals("short", StringComparison.OrdinalIgnoreCase)) shortWord = true;
            if (meet && RelIs(c, "obj") && StandardNouns.Contains(cl)) standard = true;
            if (raise && RelIs(c, "obj") && DoubtNouns.Contains(cl))
            {
                doubt = true;
                foreach (var g in Children(c)) if (RelStarts(g, "nmod") && CaseOf(g) is "about" or "over") about = g;
            }
            if (raise && RelStarts(c, "obl") && CaseOf(c) is "about" or "over") about = c;
            if (amount && (RelStarts(c, "obl") || RelIs(c, "obj")) && DisapprovingPredicates.Contains(cl))
            {
                disapproved = true;
                // "amounted to a betrayal of Norway's pledges": what is betrayed or violated is the doer's.
                foreach (var g in Children(c)) if (RelStarts(g, "nmod") && CaseOf(g) == "of") about = g;
            }
        }
        if (subject < 0) subject = misreadSubject;
        if (modal || subject < 0 || _actorOf[subject] >= 0) return false;
        if (meet ? !(negated && standard) : negated) return false;
        if (fallShort && !shortWord) return false;
        // "raised serious questions about Turkey's commitment": doubt about a named actor; "raised concerns about due process"
        // voices worry, no judgement of a doer.
        if (raise && (!doubt || about < 0)) return false;
        if (amount && !disapproved) return false;
        // The judged act is a thing named by a noun ("the move", "the election"), not a pronoun whose referent is unknown.
        if (_doc.Token(subject).Upos != Upos.NOUN) return false;
        judged = subject;
        foreach (var g in Children(subject))
            if ((RelIs(g, "nmod:poss") || RelIs(g, "amod") || RelIs(g, "compound") || (RelStarts(g, "nmod") && CaseOf(g) is "by" or "of"))
                && _actorOf[g] >= 0) { doer = _actorOf[g]; break; }
        // "raised questions about Turkey's commitment": the doubt is about the actor named there.
        if (doer < 0 && about >= 0)
        {
            if (_actorOf[about] >= 0) doer = _actorOf[about];
            else foreach (var g in Children(about)) if (RelIs(g, "nmod:poss") && _actorOf[g] >= 0) { doer = _actorOf[g]; break; }
        }
        // "raised questions about the strength of the currency": doubt about no actor's conduct is no criticism.
        if (raise && doer < 0) return false;
        // "the rains had undermined the harvest": with no doer named, the subject must name an act or a political process.
        if (doer < 0 && !ActNouns.Contains(_doc.Token(subject).Lemma ?? "") && !JudgedProcesses.Contains(_doc.Token(subject).Lemma ?? "")) return false;
        return true;
    }

    /// <summary>
    /// The speech verb that states the clause headed by <paramref name="p"/>: the verb whose complement it is, reached through a
    /// coordinated complement ("said voter fraud was widespread and claimed votes were cast fraudulently"), or a speech verb set
    /// off beside it ("The police failed her, the mother said"). A court's ruling is not one. -1 when there is none.
    /// </summary>
    private int StatingSpeechVerb(int p)
    {
        int clause = p;
        if (RelIs(clause, "conj") && Head(clause) is var first && first >= 0 && RelIs(first, "ccomp")) clause = first;
        if (RelIs(clause, "ccomp") && Head(clause) is var sv && sv >= 0 && JudgingSpeechVerbs.Contains(_doc.Token(sv).Lemma ?? "") && !IsRuling(sv))
            return sv;
        foreach (var c in Children(p))
            if (RelStarts(c, "parataxis") && JudgingSpeechVerbs.Contains(_doc.Token(c).Lemma ?? "") && !IsRuling(c)) return c;
        return -1;
    }

    /// <summary>
    /// "The mother says the police have failed her", "the opposition said the government had failed its citizens": a speaker who
    /// states that an actor failed people (a person, a pronoun or a coded group as the object: not "failed to act", not "failed
    /// the test") criticises that actor (111), as "said the police let the victims down" does. At the verb <paramref name="p"/>:
    /// the speech verb, the failing actor and the clause (what the criticism is about). Not for a modal or a negated failure.
    /// </summary>
    private bool SaidFailedPeople(int p, string lemma, out int speechVerb, out int doer, out int judged)
    {
        speechVerb = doer = judged = -1;
        if (!lemma.Equals("fail", StringComparison.OrdinalIgnoreCase) || _doc.Token(p).Upos != Upos.VERB || IsNegated(p)) return false;
        int subject = -1, obj = -1;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            // "failed to protect them": the failure is of the act the infinitive names, coded (or not) through it.
            if (RelIs(c, "xcomp")) return false;
            if (RelIs(c, "nsubj")) subject = c;
            if (RelIs(c, "obj")) obj = c;
        }
        if (subject < 0 || obj < 0 || _actorOf[subject] < 0) return false;
        bool people = _actorOf[obj] >= 0 || FailedPeople.Contains(_doc.Token(obj).Lemma ?? "")
            || (_doc.Token(obj).Xpos == "PRP" && !(_doc.Token(obj).Lemma ?? "").Equals("it", StringComparison.OrdinalIgnoreCase));
        if (!people) return false;
        speechVerb = StatingSpeechVerb(p);
        if (speechVerb < 0) return false;
        doer = _actorOf[subject]; judged = p;
        return true;
    }

    /// <summary>People an actor can fail whom the actor coder leaves uncoded ("failed the victims", "has failed its citizens").</summary>
    private static readonly HashSet<string> FailedPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "victim", "victims", "citizen", "citizens", "people", "family", "families", "public", "voter", "voters", "child", "children",
        "resident", "residents", "woman", "women", "patient", "patients", "community", "communities", "survivor", "survivors",
    };

    /// <summary>Nouns of an election and its votes, whose rigging a speaker can claim ("said the election was rigged").</summary>
    private static readonly HashSet<string> ElectionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "election", "elections", "vote", "votes", "poll", "polls", "ballot", "ballots", "referendum", "result", "results", "count",
        "tally", "runoff", "run-off", "primary",
    };

    /// <summary>Verbs and adjectives that say an election was falsified ("was rigged", "were stolen", "is fraudulent").</summary>
    private static readonly HashSet<string> RiggingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "rig", "rigged", "steal", "stolen", "falsify", "falsified", "fraudulent", "manipulate", "manipulated", "doctored",
    };

    /// <summary>
    /// "The opposition claimed the election was rigged", "Trump claimed that millions of votes were cast fraudulently", "said the
    /// results had been falsified": a speaker who states that an election or its votes were falsified accuses (112) whoever did
    /// it: the by-phrase's actor when one is named, else no one in particular (no target). At the predicate or verb
    /// <paramref name="p"/>: the speech verb, the doer (or -1) and the clause (presupposed). Not for a modal, a negated or a
    /// questioned claim ("said the vote was not rigged", "could be rigged").
    /// </summary>
    private bool SaidVoteWasRigged(int p, string lemma, out int speechVerb, out int doer, out int judged)
    {
        speechVerb = doer = judged = -1;
        var word = _doc.Token(p).Span.ToString();
        bool rigging = RiggingWords.Contains(lemma) || RiggingWords.Contains(word);
        bool fraudulently = false;
        int subject = -1, agent = -1;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            if (RelIs(c, "advmod") && (_doc.Token(c).Lemma ?? "").Equals("fraudulently", StringComparison.OrdinalIgnoreCase)) fraudulently = true;
            if (RelStarts(c, "nsubj")) subject = c;
            if (RelStarts(c, "obl") && CaseOf(c) == "by" && _actorOf[c] >= 0) agent = _actorOf[c];
        }
        if (!(rigging || (fraudulently && _doc.Token(p).Upos == Upos.VERB)) || subject < 0 || IsNegated(p)) return false;
        bool active = _doc.Token(p).Upos == Upos.VERB && RelIs(subject, "nsubj") && !AnyChild(p, "cop");
        if (active)
        {
            // "said the ruling party rigged the vote": the subject is the accused, the object what it falsified.
            if (!rigging || _actorOf[subject] < 0) return false;
            int obj = -1;
            foreach (var c in Children(p)) if (RelIs(c, "obj")) obj = c;
            if (obj < 0 || !IsElectionNoun(obj)) return false;
            agent = _actorOf[subject];
        }
        else if (!IsElectionNoun(subject)) return false;
        speechVerb = StatingSpeechVerb(p);
        if (speechVerb < 0) return false;
        doer = agent; judged = p;
        return true;
    }

    /// <summary>Verbs of deceit: said of an actor, they accuse it of lying ("claimed a police officer was lying").</summary>
    private static readonly HashSet<string> DeceitVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "lie", "deceive", "mislead", "misinform", "cheat", "defraud",
    };

    /// <summary>Prepositions of place: "lying in a pool of blood", "lay on the road" is no lie.</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "under", "near", "beside", "along", "across", "inside", "outside", "beneath", "next",
    };

    /// <summary>
    /// "The defendant claimed a police officer was lying", "the opposition said the minister lied to parliament", "said the
    /// ministry had covered up the abuse": a speaker who states that an actor lied, deceived, cheated or covered something up
    /// accuses that actor (112), as "accused the officer of lying" does. At the verb <paramref name="p"/>: the speech verb, the
    /// deceiving actor (the active subject) and the clause (presupposed). Not for a modal, a negated or a place-telling "lie"
    /// ("the body was lying in the street"), nor with no actor as subject.
    /// </summary>
    private bool SaidActorLied(int p, string lemma, out int speechVerb, out int doer, out int judged)
    {
        speechVerb = doer = judged = -1;
        // The lemma first: this runs on every verb, and only a deceit verb or "cover" can pass the test after the loop.
        if (!DeceitVerbs.Contains(lemma) && !lemma.Equals("cover", StringComparison.OrdinalIgnoreCase)) return false;
        if (_doc.Token(p).Upos != Upos.VERB || IsNegated(p)) return false;
        bool deceit = DeceitVerbs.Contains(lemma);
        int subject = -1;
        bool coverUp = false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            if (RelIs(c, "nsubj")) subject = c;
            if (RelIs(c, "compound:prt") && (_doc.Token(c).Lemma ?? "").Equals("up", StringComparison.OrdinalIgnoreCase)) coverUp = true;
            // "lay in the road", "lying dead": a place or a state, not a lie.
            if (RelStarts(c, "obl") && CaseOf(c) is { } k && PlacePrepositions.Contains(k)) return false;
            if (RelIs(c, "xcomp") || RelIs(c, "advmod") && _doc.Token(c).Upos == Upos.ADJ) return false;
        }
        if (!deceit && !(coverUp && lemma.Equals("cover", StringComparison.OrdinalIgnoreCase))) return false;
        // "cheat" and "lie" with an object other than people: "cheated death", "lay the groundwork".
        if (lemma.Equals("lie", StringComparison.OrdinalIgnoreCase) && AnyChild(p, "obj")) return false;
        if (subject < 0 || _actorOf[subject] < 0) return false;
        speechVerb = StatingSpeechVerb(p);
        if (speechVerb < 0) return false;
        doer = _actorOf[subject]; judged = p;
        return true;
    }

    /// <summary>Nouns for the unnamed doers of an attack or a crime: told to belong to a group, they make the group its doer.</summary>
    private static readonly HashSet<string> PerpetratorNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attacker", "attackers", "assailant", "assailants", "gunman", "gunmen", "bomber", "bombers", "killer", "killers",
        "perpetrator", "perpetrators", "hijacker", "hijackers", "kidnapper", "kidnappers", "abductor", "abductors",
        "shooter", "shooters", "raider", "raiders", "culprit", "culprits", "suspect", "suspects",
    };

    /// <summary>
    /// "Police said the gunmen belonged to al-Shabaab", "the governor said the attackers were members of the rebel front",
    /// "said the kidnappers were linked to the militia": a speaker who names the group behind an attack's unnamed doers
    /// accuses that group (112), as "blamed the attack on" does; the attack is what the accusation is about. At the verb or
    /// predicate noun <paramref name="p"/>: the speech verb, the named group and the clause. Not negated or modal ("may
    /// belong to"), and only when the subject is a perpetrator noun (<see cref="PerpetratorNouns"/>), not an actor itself.
    /// </summary>
    private bool SaidPerpetratorsBelonged(int p, string lemma, out int speechVerb, out int doer, out int judged)
    {
        speechVerb = doer = judged = -1;
        // The lemma first: this runs on every word.
        bool belong = lemma.Equals("belong", StringComparison.OrdinalIgnoreCase);
        bool link = lemma.Equals("link", StringComparison.OrdinalIgnoreCase) || lemma.Equals("tie", StringComparison.OrdinalIgnoreCase);
        bool member = lemma.Equals("member", StringComparison.OrdinalIgnoreCase) || lemma.Equals("members", StringComparison.OrdinalIgnoreCase);
        if (!belong && !link && !member) return false;
        if (IsNegated(p)) return false;
        int subject = -1, group = -1;
        bool copula = false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            if (RelIs(c, "cop")) copula = true;
            if (RelStarts(c, "nsubj")) subject = c;
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == (member ? "of" : "to") && ActorOfNode(c) is var g && g >= 0) group = g;
        }
        // "were members of": a copular predicate noun; "were linked to": a passive participle.
        if (member && !copula) return false;
        if (link && !IsPassive(p)) return false;
        // "said the gunmen belonged to ...": the parser may make the subject the speech verb's object and the verb a clause on it.
        int objectSpeech = -1;
        if (subject < 0 && RelIs(p, "acl") && Head(p) is var o && o >= 0 && RelIs(o, "obj") && Head(o) is var ov && ov >= 0
            && JudgingSpeechVerbs.Contains(_doc.Token(ov).Lemma ?? "") && !IsRuling(ov))
        { subject = o; objectSpeech = ov; }
        // A perpetrator noun may be coded as a role ("gunmen" as rebels): it is the group named after it that is accused.
        if (subject < 0 || group < 0 || !PerpetratorNouns.Contains(_doc.Token(subject).Span.ToString())
            || (_actorOf[subject] >= 0 && _actorOf[subject] == group)) return false;
        speechVerb = objectSpeech >= 0 ? objectSpeech : StatingSpeechVerb(p);
        if (speechVerb < 0) return false;
        doer = group; judged = p;
        return true;
    }

    /// <summary>
    /// "The navy said the trawlers were fishing illegally in its waters", "police said the company had illegally dumped
    /// waste": a speaker who states that an actor did something unlawfully accuses it of a crime (1121). At the verb
    /// <paramref name="p"/> with the adverb: the speech verb, the actor (the active subject) and the clause. Not negated or
    /// modal, and not when the subject is no actor.
    /// </summary>
    private bool SaidActedIllegally(int p, out int speechVerb, out int doer, out int judged)
    {
        speechVerb = doer = judged = -1;
        if (_doc.Token(p).Upos != Upos.VERB) return false;
        bool illegally = false;
        int subject = -1;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "advmod") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "illegally" or "unlawfully") illegally = true;
            else if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            else if (RelIs(c, "nsubj")) subject = c;
        }
        // "Chinese vessels were fishing illegally": the actor may be only the subject's country adjective.
        if (!illegally || subject < 0 || ActorOfNode(subject) is not (var actor and >= 0) || IsNegated(p)) return false;
        speechVerb = StatingSpeechVerb(p);
        if (speechVerb < 0) return false;
        doer = actor; judged = p;
        return true;
    }

    /// <summary>Verbs that name a crime of gain: said of an actor, they accuse it of that crime ("said the minister stole").</summary>
    private static readonly HashSet<string> CrimeOfGainVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "steal", "embezzle", "loot", "plunder", "launder", "rob", "pocket", "siphon", "misappropriate", "extort", "smuggle",
    };

    /// <summary>What power an actor can abuse: "said the governor abused his office" is a charge of a crime.</summary>
    private static readonly HashSet<string> AbusedPowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "power", "powers", "office", "position", "authority", "mandate", "privilege", "privileges",
    };

    /// <summary>
    /// "The commission stole the election, he told a rally", "prosecutors say the company laundered payments", "said the
    /// governor had abused his office": a speaker who states that an actor stole, embezzled, laundered money or abused its
    /// power accuses that actor of a crime (1121), as "accused X of corruption" does. At the verb <paramref name="p"/>: the
    /// speech verb, the actor (the active subject, or a relative clause's antecedent) and the clause. Not for a modal or
    /// negated act, nor with no actor as subject.
    /// </summary>
    private bool SaidActorCommittedCrime(int p, string lemma, out int speechVerb, out int doer, out int judged)
    {
        speechVerb = doer = judged = -1;
        // The lemma first: this runs on every word.
        bool abuse = lemma.Equals("abuse", StringComparison.OrdinalIgnoreCase);
        // The tagger may read a quoted "steals" or "stole" as a noun (lemma "stole"): with a subject of its own it is the verb.
        if (!abuse && !CrimeOfGainVerbs.Contains(lemma) && !lemma.Equals("stole", StringComparison.OrdinalIgnoreCase)) return false;
        if (_doc.Token(p).Upos != Upos.VERB && !(_doc.Token(p).Upos == Upos.NOUN && AnyChild(p, "nsubj"))) return false;
        if (IsNegated(p) || IsPassive(p)) return false;
        int subject = -1;
        bool power = false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            if (RelIs(c, "nsubj")) subject = c;
            if (RelIs(c, "obj") && AbusedPowers.Contains(_doc.Token(c).Lemma ?? "")) power = true;
        }
        if (abuse && !power) return false;
        if (subject < 0) return false;
        int actor = ActorOfNode(subject);
        // "a company, which prosecutors say laundered payments": the relative pronoun stands for the antecedent.
        if (actor < 0 && IsRelativePronoun(subject) && Head(p) is var say && say >= 0 && RelIs(p, "ccomp")
            && RelIs(say, "acl:relcl") && Head(say) is var ante && ante >= 0)
            actor = ActorOfNode(ante);
        if (actor < 0) return false;
        speechVerb = StatingSpeechVerb(p);
        if (speechVerb < 0) return false;
        // Session 59 (judge59): "Fighters looted the hospital and abducted three doctors, a network of medics said": a report
        // set before its attribution tells the act as news (171, with the speaker as attribution), as it does for the other
        // claims (SaidActorDidWrong); only a clause after its verb of saying is the speaker's charge.
        // A quote set before its speaker stays the speaker's words ("'The commission stole the election,' he said").
        if (speechVerb > p && !IsRelativePronoun(subject) && !OpensWithQuote()) return false;
        doer = actor; judged = p;
        return true;
    }

    /// <summary>Whether <paramref name="n"/> names an election or its votes, also through a quantity ("millions of votes").</summary>
    private bool IsElectionNoun(int n)
    {
        if (ElectionNouns.Contains(_doc.Token(n).Lemma ?? "")) return true;
        foreach (var c in Children(n))
            if (RelStarts(c, "nmod") && CaseOf(c) == "of" && ElectionNouns.Contains(_doc.Token(c).Lemma ?? "")) return true;
        return false;
    }

    /// <summary>Whether <paramref name="verb"/> is "ruled" (a court's or judge's ruling that a predicate states).</summary>
    /// <remarks>Session 38 (claims38): "found that" is a finding as "ruled that" is ("the court found that the ministry had breached
    /// the law"); the caller keeps either only when a court says it.</remarks>
    public bool IsRuling(int verb) => verb >= 0 && (_doc.Token(verb).Lemma ?? "") is var l
        && (l.Equals("rule", StringComparison.OrdinalIgnoreCase) || l.Equals("find", StringComparison.OrdinalIgnoreCase));

    /// <summary>What a ruling finds broken: "had broken EU law", "broke the constitution's limits on borrowing".</summary>
    private static readonly HashSet<string> BrokenNorms = new(StringComparer.OrdinalIgnoreCase)
    {
        "law", "laws", "constitution", "rule", "rules", "treaty", "obligation", "obligations", "duty", "limit", "limits",
        "regulation", "regulations", "code", "statute", "sanctions", "embargo",
    };

    /// <summary>Manners of acting against the law that a ruling finds ("acted unlawfully").</summary>
    private static readonly HashSet<string> UnlawfulManners = new(StringComparer.OrdinalIgnoreCase)
    { "unlawfully", "illegally", "unconstitutionally" };

    /// <summary>Verbs of breaking a law that a ruling finds: "ruled that the House had violated her right to due process".</summary>
    private static readonly HashSet<string> ViolatingVerbs = new(StringComparer.OrdinalIgnoreCase) { "violate", "breach", "contravene", "infringe" };

    /// <summary>
    /// "The court ruled that the House had violated her right to due process", "ruled that the decree breached the
    /// constitution": a ruling that an actor broke a law is a legal finding against that actor (116), the violation told
    /// only as what was found. The ruling verb's subject is the judge (the caller keeps it only for a court); the doer is the
    /// violating clause's subject actor or the possessor or by-agent of its act noun, else -1 (the caller's own government).
    /// </summary>
    private bool CourtFindsViolation(int p, string lemma, out int ruling, out int doer, out int judged)
    {
        ruling = doer = judged = -1;
        // "ruled that Warsaw had broken EU law", "found that the firm had abused its dominant position": breaking a law or abusing a
        // power is a violation as "violated" is (session 38); "broke the deadlock", "abused the trust" are not.
        bool broke = lemma.Equals("break", StringComparison.OrdinalIgnoreCase) || lemma.Equals("abuse", StringComparison.OrdinalIgnoreCase);
        // Session 65 (judge65): "ruled that the ministry had acted unlawfully", "found that the police acted illegally": a
        // ruling that an actor acted against the law finds against it as "violated the law" does. Only with the verb "act"
        // (what else is done unlawfully is an act of its own the lexicon codes: "detained them illegally").
        bool actedUnlawfully = false;
        if (lemma.Equals("act", StringComparison.OrdinalIgnoreCase) && _doc.Token(p).Upos == Upos.VERB)
            foreach (var c in Children(p))
                if (RelIs(c, "advmod") && UnlawfulManners.Contains(_doc.Token(c).Span.ToString())) actedUnlawfully = true;
        if (!ViolatingVerbs.Contains(lemma) && !broke && !actedUnlawfully) return false;
        if (!RelIs(p, "ccomp") || Head(p) is not (var h and >= 0) || !IsRuling(h)) return false;
        if (broke && !AnyObject(p, o => (lemma.Equals("abuse", StringComparison.OrdinalIgnoreCase) ? AbusedPowers : BrokenNorms).Contains(_doc.Token(o).Lemma ?? ""))) return false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "advmod") && _doc.Token(c).Lemma is "not" or "never") return false;
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            if (!RelStarts(c, "nsubj")) continue;
            if (_actorOf[c] >= 0) doer = _actorOf[c];
            else
                foreach (var g in Children(c))
                    if ((RelIs(g, "nmod:poss") || (RelStarts(g, "nmod") && CaseOf(g) is "by")) && _actorOf[g] >= 0) { doer = _actorOf[g]; break; }
        }
        ruling = h; judged = p;
        return true;
    }

    /// <summary>Verbs that give their object a name or a quality ("called the order unconstitutional", "described the move as a
    /// mistake").</summary>
    private static readonly HashSet<string> NamingJudgementVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "call", "describe", "brand", "label", "term", "dub", "deem",
      // "dismissed the verdict as biased": a dismissal as something disapproved judges the act; a claim dismissed is a
      // denial instead (see DismissedClaim)
      "dismiss" };

    /// <summary>What a rejection answers rather than judges: a demand, proposal, condition or offer turned down (122-125,
    /// 1213, 1232, 1246: the lexicon's frames) and a result or verdict not accepted (120), which the gold codes as the
    /// rejection it is even with a name of disapproval ("rejected the result as fraudulent"). Any other object of "rejected
    /// ... as" (a statement, a deployment, findings) is judged (111).</summary>
    private static readonly HashSet<string> RejectedAsAnswer = new(StringComparer.OrdinalIgnoreCase)
    {
        "demand", "demands", "request", "requests", "proposal", "proposals", "plan", "plans", "offer", "offers", "condition",
        "conditions", "appeal", "appeals", "call", "calls", "ultimatum", "bid", "initiative", "deal", "terms", "resolution",
        "result", "results", "outcome", "verdict", "ruling", "accusation", "accusations", "allegation", "allegations",
        "claim", "claims", "charge", "charges", "criticism", "report", "reports", "suggestion", "idea", "invitation",
        "indictment", "indictments",
    };

    /// <summary>Whether <paramref name="lemma"/> at a judgement's naming verb is "reject": the rejection is then coded as the
    /// judgement alone (111), not also as the lexicon's rejection (120).</summary>
    public static bool RejectedAsNamed(string lemma) => lemma.Equals("reject", StringComparison.OrdinalIgnoreCase);

    /// <summary>Nouns of a claim against the speaker: dismissing one "as baseless" denies it (016, the lexicon), no
    /// judgement of an act.</summary>
    private static readonly HashSet<string> DismissableClaims = new(StringComparer.OrdinalIgnoreCase)
    {
        "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "report", "reports",
        "suggestion", "suggestions", "assertion", "assertions", "rumour", "rumours", "rumor", "rumors", "speculation",
    };

    /// <summary>True for "dismissed the accusations as ...": a claim dismissed, which is a denial, not a judgement.</summary>
    /// <remarks>Also "called the allegations false": a claim of no named author judged false is the speaker's denial of it,
    /// not a criticism of an act; "called Uganda's claims false" still judges Uganda.</remarks>
    public bool DismissedClaim(int verb, int obj, int predicate = -1)
    {
        if (obj < 0 || !DismissableClaims.Contains(_doc.Token(obj).Lemma ?? "")) return false;
        if ((_doc.Token(verb).Lemma ?? "").Equals("dismiss", StringComparison.OrdinalIgnoreCase)) return true;
        if (predicate >= 0 && IsBiasPredicate(predicate)) return false;
        // "called Uganda's claims baseless": the lexicon codes the denial (016, "call baseless") against the claim's maker;
        // it is not also a criticism.
        if (predicate >= 0 && (DenyingPredicates.Contains(_doc.Token(predicate).Lemma ?? "") || DenyingPredicates.Contains(_doc.Token(predicate).Span.ToString())))
            return true;
        foreach (var g in Children(obj))
            if ((RelIs(g, "nmod:poss") || (RelStarts(g, "nmod") && CaseOf(g) is "by" or "from")) && _actorOf[g] >= 0) return false;
        return true;
    }

    /// <summary>Predicates that fault a report's or a claim's makers rather than its truth ("called the report biased",
    /// "described the findings as one-sided"): said of a claim they criticise (111) whoever made it; a claim called baseless
    /// or false is denied instead (016, the lexicon).</summary>
    private static readonly HashSet<string> BiasPredicates = new(StringComparer.OrdinalIgnoreCase)
    { "biased", "biase", "partisan", "one-sided", "politicised", "politicized", "prejudiced", "slanted" };

    /// <summary>Predicates of falsity that the lexicon's "call baseless" rows code as a denial (016); keep the two in step.</summary>
    private static readonly HashSet<string> DenyingPredicates = new(StringComparer.OrdinalIgnoreCase)
    { "baseless", "groundless", "unfounded", "untrue", "fabricated" };

    private bool IsBiasPredicate(int p) =>
        BiasPredicates.Contains(_doc.Token(p).Lemma ?? "") || BiasPredicates.Contains(_doc.Token(p).Span.ToString());

    /// <summary>
    /// "X called Y's decision unconstitutional", "described the closure as a mistake", "called the order tyranny and
    /// unconstitutional": a naming verb whose predicate disapproves. The judge is the naming verb's subject (the caller finds
    /// it through <see cref="VerbSource"/> on <paramref name="namingVerb"/>); the doer is the object when it is an actor, or
    /// the object act's possessor or by-phrase, else -1 (an act of no named doer, criticised all the same).
    /// </summary>
    private bool NamingJudgement(int p, out int namingVerb, out int doer, out int judged)
    {
        namingVerb = doer = judged = -1;
        int q = p;
        // "tyranny and unconstitutional": a conjunct takes its first conjunct's place.
        if (RelIs(q, "conj") && Head(q) is var first && first >= 0) q = first;
        // "called Tanzania's border closure an act of aggression": the predicate is the act the disapproving noun qualifies.
        if (RelStarts(q, "nmod") && CaseOf(q) == "of" && Head(q) is var actHead && actHead >= 0
            && (_doc.Token(actHead).Lemma ?? "").Equals("act", StringComparison.OrdinalIgnoreCase)) q = actHead;
        if (InWhatNaming(q, out namingVerb, out doer, out judged)) return true;
        // "branded Hungary's veto a betrayal", "called China's new map a violation": after an object with a possessive the
        // parser reads the predicate noun as a second object (and the first as an indirect one); the earlier is the named act.
        int firstObject = -1, dverb = -1;
        if (RelIs(q, "obj") && Head(q) is var dv && dv >= 0)
        {
            foreach (var c in Children(dv))
                if (c < q && (RelIs(c, "iobj") || RelIs(c, "obj"))) { firstObject = c; dverb = dv; break; }
            // "calling the arrest an attack on press freedom": the parser may hang the predicate noun on the first object as
            // that noun's own object.
            // (session 55) Or take the object itself for the naming verb's predicate ("called Russia's export ban a disaster"
            // parsed with "ban" as the verb's xcomp and "disaster" as its object).
            if (firstObject < 0 && dv < q && _doc.Token(dv).Upos == Upos.NOUN && (RelIs(dv, "obj") || RelIs(dv, "xcomp")) && Head(dv) is var nv && nv >= 0 && nv < dv)
            { firstObject = dv; dverb = nv; }
            // (session 55) "called the Russian attack on the hospital a war crime": or on the last noun of the object's own
            // modifiers; up through those "of"/"on" phrases the object is the naming verb's.
            if (firstObject < 0 && dv < q && _doc.Token(dv).Upos == Upos.NOUN && RelStarts(dv, "nmod"))
            {
                int n = dv;
                for (int step = 0; step < 3 && n >= 0 && RelStarts(n, "nmod"); step++) n = Head(n);
                if (n >= 0 && n < dv && _doc.Token(n).Upos == Upos.NOUN && RelIs(n, "obj") && Head(n) is var nv2 && nv2 >= 0 && nv2 < n
                    && NamingJudgementVerbs.Contains(_doc.Token(nv2).Lemma ?? ""))
                { firstObject = n; dverb = nv2; }
            }
        }
        if (firstObject >= 0)
        {
            if (!NamingJudgementVerbs.Contains(_doc.Token(dverb).Lemma ?? "") || IsNegated(dverb) || DismissedClaim(dverb, firstObject, p)) return false;
            namingVerb = dverb; judged = firstObject;
            if (_actorOf[firstObject] >= 0) { doer = _actorOf[firstObject]; judged = -1; return true; }
            doer = NamedActDoer(firstObject);
            return true;
        }
        // "dismissed the verdict as biased": an adjective after "as" is parsed as a clause, its "as" a marker, not a case.
        bool asPhrase = (RelStarts(q, "obl") || RelStarts(q, "advcl") || RelIs(q, "xcomp")) && (CaseOf(q) ?? MarkOf(q)) == "as";
        // "dismissed the verdict as biased": the parser may hang the "as" predicate on the object as a clause.
        // (session 55) Or as a modifier of the object ("described the Azerbaijani offensive as ethnic cleansing").
        bool asOnObject = (RelIs(q, "acl") || RelStarts(q, "nmod")) && (MarkOf(q) ?? CaseOf(q)) == "as" && Head(q) is var qh && qh >= 0 && RelIs(qh, "obj");
        // "called the arrests politically motivated": the parser may hang a participle predicate on the object as a reduced
        // relative; after a naming verb (checked below) a disapproving participle there is the name it gives.
        if (!asOnObject && RelIs(q, "acl") && MarkOf(q) is null && CaseOf(q) is null && _doc.Token(q).Xpos is "VBN" or "JJ"
            && Head(q) is var ah && ah >= 0 && ah < q && RelIs(ah, "obj")) asOnObject = true;
        // "called the arrest politically motivated", "called the veto politically motivated": the parser may read a participle
        // predicate after the object as a clause of the naming verb with no marker, taking the object for its subject or
        // leaving it on the verb; either way the participle is the name given (the naming verb is checked below).
        int smallClauseObject = -1;
        if (!asPhrase && !asOnObject && RelIs(q, "advcl") && MarkOf(q) is null && CaseOf(q) is null && _doc.Token(q).Xpos is "VBN" or "VBD" or "JJ"
            && Head(q) is var sh && sh >= 0 && sh < q)
        {
            foreach (var c in Children(q))
                if (RelIs(c, "nsubj") && c > sh && _doc.Token(c).Upos is Upos.NOUN or Upos.PROPN) smallClauseObject = c;
            bool objectOnVerb = false;
            foreach (var c in Children(sh))
                if (RelIs(c, "obj") && c < q) objectOnVerb = true;
            if (smallClauseObject >= 0 || objectOnVerb) asPhrase = true;
        }
        // "the decision, which it called absurd": the parser may tag the predicate adjective an adverb of the naming verb (the
        // naming verb is checked below; no adverb is a predicate of disapproval).
        bool adverbial = RelIs(q, "advmod");
        // Session 58 (judge58): "a move the opposition called an attack on ..." (TreeRoles.UnownedActJudgements.cs).
        if (RelativeGapPredicate(q, out namingVerb, out doer, out judged)) return true;
        if (!(RelIs(q, "xcomp") || RelIs(q, "appos") || RelIs(q, "obl:unmarked") || RelIs(q, "obl:npmod") || asPhrase || asOnObject || adverbial)) return false;
        int v = Head(q);
        // "called the order tyranny": the parser may hang the predicate noun on the object as an apposition.
        int obj = -1;
        if (v >= 0 && (RelIs(q, "appos") || asOnObject) && RelIs(v, "obj")) { obj = v; v = Head(v); }
        // (session 55) "rejected the European statement as interference", "rejected the deployment as a threat to peace": a
        // rejection "as" something disapproved names the act and faults it, as "dismissed ... as" does (see RejectedAsNamed).
        bool rejectAs = (asPhrase || asOnObject) && (CaseOf(q) ?? MarkOf(q)) == "as" && v >= 0 && RejectedAsNamed(_doc.Token(v).Lemma ?? "");
        if (v < 0 || !(NamingJudgementVerbs.Contains(_doc.Token(v).Lemma ?? "") || rejectAs) || IsNegated(v)) return false;
        if (obj < 0) obj = smallClauseObject;
        if (obj < 0)
            foreach (var c in Children(v))
                if (RelIs(c, "obj") && c != q) { obj = c; break; }
        if (rejectAs && (obj < 0 || RejectedAsAnswer.Contains(_doc.Token(obj).Lemma ?? ""))) return false;
        JudgeActor = -1;
        if (RelativeObjectJudgement(v, obj, out int antecedent, out int antecedentDoer))
        {
            namingVerb = v; judged = antecedent; doer = antecedentDoer;
            return true;
        }
        if (obj < 0 || DismissedClaim(v, obj, p)) return false;
        namingVerb = v; judged = obj;
        if (_actorOf[obj] >= 0) { doer = _actorOf[obj]; judged = -1; return true; }
        doer = NamedActDoer(obj);
        return true;
    }

    /// <summary>
    /// Session 65 (judge65): "rejected a government proposal for talks, calling it a stalling tactic", "was concerned about
    /// Japan's plans, calling them a danger": the pronoun a naming participle judges stands for the act noun the clause it
    /// hangs on took as object (or, failing one, as oblique), and that act's named owner is the judged doer. At the verb or
    /// predicate <paramref name="head"/>: the owner of its first object or oblique that is an act noun (<see cref="ActNouns"/>)
    /// naming one by possessor, by-phrase, actor adjective or compound; else -1.
    /// </summary>
    public int ParticipleAntecedentDoer(int head)
    {
        if (!Parsed || head < _f || head >= _e) return -1;
        for (int pass = 0; pass < 2; pass++)
            foreach (var c in Children(head))
            {
                if (!(pass == 0 ? RelIs(c, "obj") : RelStarts(c, "obl"))) continue;
                if (_actorOf[c] >= 0 || _doc.Token(c).Upos != Upos.NOUN || !ActNouns.Contains(_doc.Token(c).Lemma ?? "")) continue;
                if (NamedActDoer(c) is var owner and >= 0) return owner;
            }
        return -1;
    }

    /// <summary>
    /// The doer of an act a naming verb names (its object <paramref name="obj"/>): the possessor or the "by"/"of" phrase
    /// ("called Uganda's decision illegal", "the move by Kenya"), else an actor adjective or compound ("called Chinese
    /// pressure unacceptable", "called the American tariffs blackmail": the act is the country's as in "the Nigerian decision
    /// was reckless", which the copula reading takes too); -1 when none.
    /// </summary>
    private int NamedActDoer(int obj)
    {
        // An event noun's "of" phrase is what the act is done to ("the shelling of the hospital"); only the act nouns of
        // ActNouns take their doer from it ("the decision of Kenya"), as in Judgement's copular reading.
        bool ofIsDoer = ActNouns.Contains(_doc.Token(obj).Lemma ?? "");
        foreach (var g in Children(obj))
            if ((RelIs(g, "nmod:poss") || (RelStarts(g, "nmod") && (CaseOf(g) == "by" || (ofIsDoer && CaseOf(g) == "of")))) && _actorOf[g] >= 0) return _actorOf[g];
        foreach (var g in Children(obj))
            if ((RelIs(g, "amod") || RelIs(g, "compound")) && g < obj && _actorOf[g] >= 0) return _actorOf[g];
        return -1;
    }

    /// <summary>The judge of the last naming judgement when the parse hides it from the naming verb's subject slot ("which MSF
    /// described as inadequate" parsed with "which" as subject and the name as a modifier), else -1.</summary>
    public int JudgeActor { get; private set; } = -1;

    /// <summary>
    /// "OCHA launched an intervention, which MSF described as inadequate", "a law that the opposition called unconstitutional":
    /// a naming verb in a relative clause whose object is the relative pronoun judges the antecedent, an act. At the naming
    /// verb <paramref name="v"/> (its object <paramref name="obj"/>, or -1): the antecedent noun and its doer (possessor or
    /// by-phrase, or the subject of the verb whose object the antecedent is: the one who launched it), else -1. When the
    /// parser made "which" the subject and hung the judge on the verb as a modifier right after it, <see cref="JudgeActor"/>
    /// names the judge. False for a subject relative ("the man who called the verdict unjust") or an antecedent that is an
    /// actor or no noun.
    /// </summary>
    private bool RelativeObjectJudgement(int v, int obj, out int antecedent, out int doer)
    {
        antecedent = doer = -1;
        if (!RelIs(v, "acl:relcl") || Head(v) is not (var ante and >= 0) || _doc.Token(ante).Upos != Upos.NOUN || _actorOf[ante] >= 0) return false;
        bool relativeObject = obj >= 0 && IsRelativePronoun(obj) && !_doc.Token(obj).Span.Equals("who", StringComparison.OrdinalIgnoreCase);
        if (!relativeObject)
        {
            if (obj >= 0) return false;
            foreach (var c in Children(v))
                if (RelIs(c, "nsubj") && IsRelativePronoun(c) && !_doc.Token(c).Span.Equals("who", StringComparison.OrdinalIgnoreCase)
                    && c + 1 < v && Head(c + 1) == v && !RelStarts(c + 1, "nsubj") && _actorOf[c + 1] >= 0)
                { JudgeActor = _actorOf[c + 1]; relativeObject = true; break; }
            // "a move Uganda called illegal", "the decision the union described as unjust": a relative clause with no relative
            // word, whose subject names and whose object slot is empty, names the antecedent.
            if (!relativeObject)
            {
                bool subject = false, relativeWord = false;
                foreach (var c in Children(v))
                {
                    if (c < v && IsRelativePronoun(c)) relativeWord = true;
                    if (RelStarts(c, "nsubj") && c < v && !IsRelativePronoun(c)) subject = true;
                }
                relativeObject = subject && !relativeWord && ante < v;
            }
            if (!relativeObject) return false;
        }
        antecedent = ante;
        foreach (var g in Children(ante))
            if ((RelIs(g, "nmod:poss") || (RelStarts(g, "nmod") && CaseOf(g) is "by")) && _actorOf[g] >= 0) { doer = _actorOf[g]; break; }
        // "Uganda closed the border, a move that Kenya called illegal": a "move" or "step" set beside a clause's object sums
        // up that clause's act, so its doer is that clause's subject.
        int actNode = ante;
        if (RelIs(actNode, "appos") && ActNouns.Contains(_doc.Token(ante).Lemma ?? "") && Head(actNode) is var summed && summed >= 0) actNode = summed;
        if (doer < 0 && RelIs(actNode, "obj") && Head(actNode) is var launcher && launcher >= 0 && IsVerbal(launcher))
            doer = VerbSource(launcher, out _);
        // "The United States threatened tariffs, a move Brazil called blackmail": the parser may hang the summing noun on the
        // clause's verb itself; its subject is the doer all the same.
        if (doer < 0 && actNode != ante && IsVerbal(actNode) && _doc.Token(actNode).Upos == Upos.VERB)
            doer = VerbSource(actNode, out _);
        // "Kenya closed the border, in a move Uganda called illegal": "in a move" sums up the act of the clause it hangs from.
        if (doer < 0 && RelStarts(ante, "obl") && CaseOf(ante) == "in" && ActNouns.Contains(_doc.Token(ante).Lemma ?? "")
            && Head(ante) is var clause && clause >= 0 && IsVerbal(clause))
            doer = VerbSource(clause, out _);
        if (doer < 0) doer = SummedClauseDoer(ante, v);
        return true;
    }

    /// <summary>Nouns that, set off by a comma after a clause, sum up that clause's act ("..., a move Kyiv called illegal",
    /// "..., in a ruling the opposition called politically motivated").</summary>
    private static readonly HashSet<string> SummingNouns = new(StringComparer.OrdinalIgnoreCase)
    { "move", "step", "decision", "action", "measure", "ruling", "verdict" };

    /// <summary>
    /// "Ukraine's parliament voted to ban the church, a move the Kremlin condemned", "A court jailed the mayor, in a move his
    /// party called a coup": a summing noun (<see cref="SummingNouns"/>) set off by a comma after the sentence's main clause
    /// names that clause's act, so its doer is the main clause's subject, however the parser hung the summing noun (it often
    /// makes it an apposition of the clause's last noun). The main clause is the sentence's root verb when that is not the
    /// naming verb <paramref name="namingVerb"/> nor under it, else the first actor of the sentence stands for its subject.
    /// -1 when the noun is not so set off or no doer is found.
    /// </summary>
    private int SummedClauseDoer(int ante, int namingVerb)
    {
        if (!SummingNouns.Contains(_doc.Token(ante).Lemma ?? "")) return -1;
        int k = ante - 1;
        if (k >= _f && _doc.Token(k).Upos == Upos.DET) k--;
        if (k >= _f && _doc.Token(k).Span.Equals("in", StringComparison.OrdinalIgnoreCase)) k--;
        if (k < _f || !_doc.Token(k).Span.Equals(",", StringComparison.Ordinal)) return -1;
        int comma = k;
        for (int t = _f; t < _e; t++)
        {
            if (!RelIs(t, "root")) continue;
            if (t < comma && t != namingVerb && !InSubtree(t, namingVerb) && _doc.Token(t).Upos == Upos.VERB
                && VerbSource(t, out _) is var s && s >= 0 && _doc.Actors[s].Tokens.FirstToken < comma) return s;
            break;
        }
        for (int t = _f; t < comma; t++)
            if (_actorOf[t] >= 0 && !_doc.Actors[_actorOf[t]].IsModifier) return _actorOf[t];
        return -1;
    }

    /// <summary>
    /// "Kenya closed the border, in what Uganda described as an act of aggression", "six aid workers were killed in what the UN
    /// called a heinous murder": "in what X called ..." names the act of the clause it hangs from, whose doer (the clause's
    /// subject, or a passive's agent; else -1) X criticises. At the predicate <paramref name="q"/> of the naming verb: the
    /// naming verb, the doer and the "what" node (only the relative is presupposed; the clause's act stays news). Not for
    /// "to stop what he called aggression", where "what" is an argument, not a comment on the clause.
    /// </summary>
    private bool InWhatNaming(int q, out int namingVerb, out int doer, out int judged)
    {
        namingVerb = doer = judged = -1;
        if (Head(q) is not (var v and >= 0) || !NamingJudgementVerbs.Contains(_doc.Token(v).Lemma ?? "") || IsNegated(v)) return false;
        int main;
        if (Head(v) is var what && what > 0 && _doc.Token(what).Span.Equals("what", StringComparison.OrdinalIgnoreCase)
            && _doc.Token(what - 1).Span.Equals("in", StringComparison.OrdinalIgnoreCase))
            main = Head(what);
        else
        {
            // (session 55) "Syrian jets bombed a market, in what the ministry described as a war crime": the parser may make
            // the naming verb a conjunct of the main verb with "in what" as its own oblique; the main verb is still the act.
            what = -1;
            foreach (var c in Children(v))
                if (c < v && RelStarts(c, "obl") && CaseOf(c) == "in" && _doc.Token(c).Span.Equals("what", StringComparison.OrdinalIgnoreCase)) what = c;
            if (what < 0 || !(RelIs(v, "conj") || RelStarts(v, "advcl") || RelIs(v, "parataxis"))) return false;
            main = Head(v);
            if (main < 0 || main > what) return false;
        }
        for (int step = 0; step < 4 && main >= 0 && _doc.Token(main).Upos != Upos.VERB; step++) main = Head(main);
        if (main < 0 || _doc.Token(main).Upos != Upos.VERB) return false;
        namingVerb = v; judged = what;
        doer = VerbSource(main, out _);
        return true;
    }

    /// <summary>Verbs through which evidence states what the speaker concludes ("the analysis shows that ...").</summary>
    private static readonly HashSet<string> EvidenceVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "show", "suggest", "indicate", "prove", "confirm", "demonstrate", "establish", "reveal" };

    /// <summary>Acts whose doer "is responsible for" them is accused of them.</summary>
    private static readonly HashSet<string> HarmfulActs = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "attacks", "bombing", "bombings", "killing", "killings", "death", "deaths", "massacre", "violence", "assault",
        "shooting", "shelling", "strike", "strikes", "poisoning", "abduction", "kidnapping", "murder", "explosion", "blast",
        "crash", "downing", "atrocity", "atrocities", "abuses", "crimes", "incursion", "invasion", "unrest", "riots", "fire",
    };

    /// <summary>Verbs by which a court undoes or halts another actor's measure ("suspended the ban", "blocked the president
    /// from deploying troops").</summary>
    private static readonly HashSet<string> UndoingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "suspend", "overturn", "annul", "quash", "block", "halt", "invalidate", "nullify", "void", "reverse", "overrule",
        "stay", "annull", // the lemmatiser reads "annulled" as "annull"
    };

    /// <summary>Measures a court can undo: what its ruling finds against.</summary>
    private static readonly HashSet<string> UndoneMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        "ban", "law", "decree", "order", "measure", "policy", "bill", "deployment", "closure", "suspension", "restriction",
        "dissolution", "expulsion", "deportation", "impeachment", "regulation", "directive", "rule", "amendment", "election",
        "appointment", "dismissal", "removal", "shutdown", "curfew", "plan", "decision", "tariff", "tariffs", "sanction",
        // parts of a law and state deals a court strikes down or halts ("declared unconstitutional a
        // section of the act", "blocked the government's sale of the state fuel importer")
        "section", "provision", "clause", "act", "sale", "privatisation", "privatization", "contract", "licence", "license",
    };

    /// <summary>Predicates by which a court declares a measure void ("declared the law unconstitutional").</summary>
    private static readonly HashSet<string> VoidingPredicates = new(StringComparer.OrdinalIgnoreCase)
    { "unconstitutional", "invalid", "illegal", "unlawful", "void", "null" };

    /// <summary>"declared the finance law unconstitutional", "declared unconstitutional a section of the act", "ruled the
    /// decree illegal": a verb of declaring with a voiding predicate undoes its object as "annulled" does. The object may
    /// hang on the predicate when it follows it.</summary>
    private int DeclaredVoidObject(int verb)
    {
        if ((_doc.Token(verb).Lemma ?? "").ToLowerInvariant() is not ("declare" or "rule" or "pronounce")) return -1;
        int obj = -1, predicate = -1;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "obj")) obj = c;
            else if (RelIs(c, "xcomp") && VoidingPredicates.Contains(_doc.Token(c).Span.ToString())) predicate = c;
        }
        // "ruled the decree unconstitutional": the parser may make the predicate the object and the measure its modifier
        // (session 65, judge65: or an adverb of it, "declared the decree unconstitutional" with "decree" read as "advmod").
        if (predicate < 0 && obj >= 0 && VoidingPredicates.Contains(_doc.Token(obj).Span.ToString()))
        {
            foreach (var g in Children(obj))
                if (g < obj && Rel(g) is "amod" or "compound" or "advmod" && UndoneMeasures.Contains(_doc.Token(g).Lemma ?? "")) return g;
            return -1;
        }
        // Session 65 (judge65): "declared unconstitutional a section of the act": with the predicate put before a long
        // object, the parser reads it as the object's adjective. Only a predicate right after the verb and before the
        // object's determiner is one: "declared an illegal strike over" has its adjective after the article, an attribute.
        if (predicate < 0 && obj >= 0)
            foreach (var g in Children(obj))
                if (g == verb + 1 && RelIs(g, "amod") && VoidingPredicates.Contains(_doc.Token(g).Span.ToString()) && AnyChild(obj, "det"))
                {
                    bool determinerAfter = false;
                    foreach (var d in Children(obj)) if (RelIs(d, "det") && d > g && d < obj) determinerAfter = true;
                    if (determinerAfter) return obj;
                }
        if (predicate < 0) return -1;
        if (obj < 0) foreach (var g in Children(predicate)) if (RelIs(g, "obj")) { obj = g; break; }
        return obj;
    }

    /// <summary>
    /// "The High Court suspended the ban on the newspaper", "a federal judge blocked the president from deploying troops",
    /// "the Supreme Court annulled the government's decree": a court that halts or undoes an actor's measure finds against
    /// that actor (CAMEO 116, as a ruling that the act "violated" a right does: <see cref="CourtFindsViolation"/>). At a verb
    /// of undoing: <paramref name="act"/> is the node whose subtree tells the undone act (the object's measure noun, or the
    /// "from" clause of an actor kept from acting), <paramref name="doer"/> the measure's possessor or by-agent, or the object actor, else -1 (the caller takes
    /// the court's own government). False for any other shape; the caller checks that the subject is a court.
    /// </summary>
    public bool CourtUndoes(int verb, out int act, out int doer)
    {
        act = doer = -1;
        if (!Parsed || verb < _f || verb >= _e || !IsVerbal(verb)) return false;
        int obj = -1;
        if (UndoingVerbs.Contains(_doc.Token(verb).Lemma ?? ""))
            foreach (var c in Children(verb)) { if (RelIs(c, "obj")) { obj = c; break; } }
        else if ((obj = DeclaredVoidObject(verb)) >= 0 && _actorOf[obj] >= 0) return false;
        if (obj < 0) return false;
        if (_actorOf[obj] >= 0)
        {
            // "blocked the president from deploying troops": an actor kept from an act of its own.
            // The parser may hang the "from" clause on the object ("the minister from expelling").
            for (int pass = 0; pass < 2; pass++)
                foreach (var c in Children(pass == 0 ? verb : obj))
                    if ((RelIs(c, "advcl") || RelStarts(c, "obl") || RelStarts(c, "acl")) && (MarkOf(c) ?? CaseOf(c)) == "from" && IsVerbal(c))
                    { doer = _actorOf[obj]; act = c; return true; }
            return false;
        }
        obj = MeasureCarriedOut(obj);
        if (!UndoneMeasures.Contains(_doc.Token(obj).Lemma ?? "")) return false;
        act = obj;
        foreach (var g in Children(obj))
            // "blocked the government's sale", "blocks government sale" (a headline's compound)
            if ((RelIs(g, "nmod:poss") || RelIs(g, "compound") || (RelStarts(g, "nmod") && CaseOf(g) is "by")) && _actorOf[g] >= 0) { doer = _actorOf[g]; break; }
        return true;
    }

    /// <summary>True when <paramref name="node"/> lies in the subtree of <paramref name="root"/>.</summary>
    public bool WithinJudged(int node, int root) => Parsed && root >= _f && root < _e && node >= _f && node < _e && InSubtree(node, root);
}
