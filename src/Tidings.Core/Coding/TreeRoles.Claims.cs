using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for disapproval told as a claim (session 38, claims38): a speaker who states that another actor did an act
/// that the words themselves tell as a wrong accuses it (112x, gold/README.md: accusations), with no verb of accusing. The
/// rule, from gold/README.md and decisions 022-028: a reported act is coded as the act itself when the report is neutral
/// ("police said gunmen killed five villagers", "the army said rebels attacked a post": 18-20 with the speaker as
/// attribution), and as an accusation by the speaker at the doer, the act not coded, when the words tell the act as a
/// wrongdoing charged to the doer. This class reads three such forms of the complement clause of a speech verb:
/// <list type="bullet">
/// <item>an act told as done on purpose ("said the other side had deliberately rammed the ship", "said Moscow was sending
/// migrants to the border on purpose"): 1123 for force, 1124 for force on civilians, else 112;</item>
/// <item>an act told as stirring trouble ("said Manila was provoking trouble", "said Berlin was trying to whip up
/// hysteria", "said the rebels were stoking unrest"): 112; and force told as started by the doer ("said the other side's
/// guards had fired first"): 112;</item>
/// <item>abuse of people by a state's forces (police, army, intelligence, prison guards) told by someone else ("the group
/// said police had tortured detainees", "the opposition said security forces had abducted its supporters"): 1122.</item>
/// </list>
/// Neutral reports keep their coding: killing, attacking, arresting, meeting with no adverb of intent, no verb of
/// stirring and no abuse by a state's forces are not read as claims, and a negated, modal or passive clause is none, nor a
/// report set before its attribution ("Soldiers tortured detainees, a UN report said": the act, told as news). The
/// caller drops a claim whose doer is the speaker itself or of the speaker's own actor code.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Adverbs that tell an act as done on purpose, so as a charge ("deliberately rammed").</summary>
    private static readonly HashSet<string> DeliberateAdverbs = new(StringComparer.OrdinalIgnoreCase)
    { "deliberately", "intentionally", "purposely", "purposefully", "knowingly", "wilfully", "willfully", "consciously" };

    /// <summary>Acts of force that a charge of intent makes an accusation of aggression (1123).</summary>
    private static readonly HashSet<string> ForceVerbsOfClaims = new(StringComparer.OrdinalIgnoreCase)
    {
        "ram", "target", "attack", "fire", "shoot", "shell", "strike", "bomb", "hit", "sink", "block", "raid", "test",
        "violate", "breach", "cross", "enter", "intrude", "provoke",
    };

    /// <summary>Verbs of stirring up trouble: said of an actor they accuse it (112). Session 59 (judge59): "hype" ("said Tokyo
    /// was hyping the China threat"), "meddle" and "interfere" ("said Moscow was meddling in its elections"), "stir" with its
    /// particle ("stirring up tensions"): none is a material act with a lexicon row of its own, so told of another actor they
    /// can only be a charge.</summary>
    private static readonly HashSet<string> StirringVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "provoke", "stoke", "incite", "foment", "instigate", "inflame", "whip", "hype", "meddle", "interfere", "stir" };

    /// <summary>Abuses of people that, told of a state's forces, charge them with a rights abuse (1122).</summary>
    private static readonly HashSet<string> AbuseVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "torture", "abduct", "mistreat", "ill-treat", "maltreat", "rape" };

    /// <summary>Nouns of people who are no party to a fight: force aimed at them is a charge of a war crime (1124).</summary>
    private static readonly HashSet<string> CivilianObjectNouns = new(StringComparer.OrdinalIgnoreCase)
    { "civilian", "civilians", "resident", "residents", "villager", "villagers", "hospital", "hospitals", "school", "schools", "market", "markets" };

    /// <summary>
    /// A claim of wrongdoing at the complement verb <paramref name="p"/> (see the class comment): the speech verb, the doer
    /// (the active subject's actor), the clause (its acts are the claim's content, not news) and the code. False for any
    /// other shape.
    /// </summary>
    private bool SaidActorDidWrong(int p, string lemma, out int speechVerb, out int doer, out int judged, out string code)
    {
        speechVerb = doer = judged = -1; code = "";
        // The lemma first: this runs on every word.
        // The lemmatiser mangles "hyping" ("hyp"): the word form counts too.
        bool stirring = StirringVerbs.Contains(lemma) || _doc.Token(p).Span.ToString().ToLowerInvariant() is "hyping" or "hyped" or "hypes", abuse = AbuseVerbs.Contains(lemma), force = ForceVerbsOfClaims.Contains(lemma);
        if (!stirring && !abuse && !force && !IsVerbWithDeliberateChild(p)) return false;
        if (_doc.Token(p).Upos != Upos.VERB || IsNegated(p) || IsPassive(p)) return false;
        int subject = -1;
        bool deliberate = false, first = false, civilian = false, up = false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            if (RelIs(c, "nsubj")) subject = c;
            var w = _doc.Token(c).Span.ToString();
            if (RelIs(c, "advmod") && DeliberateAdverbs.Contains(w)) deliberate = true;
            if (RelIs(c, "advmod") && w.Equals("first", StringComparison.OrdinalIgnoreCase)) first = true;
            if (RelIs(c, "compound:prt") && w.Equals("up", StringComparison.OrdinalIgnoreCase)) up = true;
            if ((RelIs(c, "obj") || RelStarts(c, "obl")) && CivilianObjectNouns.Contains(_doc.Token(c).Lemma ?? "")) civilian = true;
        }
        if (!deliberate && OnPurpose(p)) deliberate = true;
        // "whip up", "stir up": only with their particle.
        if (lemma is "whip" or "Whip" or "stir" or "Stir" && !up) stirring = false;
        // Session 59 (judge59): "said the German government was trying to whip up hysteria": the charge is told through a
        // verb of attempting, whose subject, mode and speech verb are the clause's (TreeRoles.AttemptedWrongs.cs).
        int clause = p;
        if (subject < 0 && stirring && AttemptingClause(p) is var attempt and >= 0)
        {
            if (IsNegated(attempt)) return false;
            foreach (var c in Children(attempt))
            {
                if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
                if (RelIs(c, "nsubj")) subject = c;
            }
            clause = attempt;
        }
        // "fired first", "attacked first": who started the fighting.
        bool startedFight = first && lemma is "fire" or "shoot" or "attack" or "open" or "strike" or "shell";
        if (!deliberate && !stirring && !abuse && !startedFight) return false;
        if (AccusedDoer(subject) is not (var actor and >= 0)) return false;
        if (abuse && !deliberate && !stirring && !startedFight && !IsStateForce(actor)) return false;
        speechVerb = StatingSpeechVerb(clause);
        // "Lin said the Philippine side had deliberately rammed the ship": the claim comes after its speech verb. A report set
        // before its attribution ("Soldiers tortured detainees, a UN report said", "..., Sudan's army said") tells the act
        // itself, which the gold codes as the act with the speaker as attribution (gold/README.md, blind20 eb20016).
        if (speechVerb < 0 || speechVerb > p) return false;
        doer = actor; judged = clause;
        // "said the other side's guards fired first": who started a fight is blamed for it, which the gold codes as a bare
        // accusation (112), not one of aggression.
        code = abuse && !deliberate ? "1122"
            : deliberate && force ? (civilian ? "1124" : "1123")
            : "112";
        // "deliberately testing NATO's readiness", "provoking trouble": a charge with no act of force named stays 112.
        if (code == "1123" && lemma is "test" or "provoke") code = "112";
        return true;
    }

    /// <summary>The actor a stated claim can accuse: that of the clause subject <paramref name="subject"/>, unless the subject is
    /// a pronoun or names the speaker's own side by a possessive pronoun ("our soldiers", "its forces": told of, not accused);
    /// -1 when there is none.</summary>
    private int AccusedDoer(int subject)
    {
        if (subject < 0 || _doc.Token(subject).Upos == Upos.PRON || ActorOfNode(subject) is not (var actor and >= 0)) return -1;
        foreach (var g in Children(subject))
            if (RelIs(g, "nmod:poss") && _doc.Token(g).Upos == Upos.PRON) return -1;
        return actor;
    }

    /// <summary>Verbs of doing a named wrong ("committed war crimes", "perpetrated genocide", "carried out atrocities").</summary>
    private static readonly HashSet<string> CommittingVerbs = new(StringComparer.OrdinalIgnoreCase) { "commit", "perpetrate", "carry" };

    /// <summary>Nouns that by themselves name war crimes or crimes of mass violence (1124).</summary>
    private static readonly HashSet<string> WarCrimeNouns = new(StringComparer.OrdinalIgnoreCase) { "genocide", "atrocity", "atrocities" };

    /// <summary>
    /// Session 42 (accuse42): "Amnesty said Russian forces committed war crimes in Bucha", "the prosecutor said the militia
    /// had perpetrated crimes against humanity", "the group said the army committed human rights abuses". A speaker who
    /// states that an actor committed a wrong the object names accuses the doer of it, as "accused X of war crimes" does:
    /// war crimes, crimes against humanity, genocide and atrocities 1124, human rights abuses or violations 1122 (the CAMEO
    /// codebook in data/cameo). The same limits as <see cref="SaidActorDidWrong"/>: an active, unnegated, non-modal clause
    /// after its speech verb, whose subject is an actor other than the speaker's own side ("our soldiers"). False for any
    /// other shape.
    /// </summary>
    private bool SaidActorCommittedWarCrimes(int p, string lemma, out int speechVerb, out int doer, out int judged, out string code)
    {
        speechVerb = doer = judged = -1; code = "";
        // The lemma first: this runs on every word.
        if (!CommittingVerbs.Contains(lemma)) return false;
        if (_doc.Token(p).Upos != Upos.VERB || IsNegated(p) || IsPassive(p)) return false;
        int subject = -1;
        bool outParticle = false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "aux") && _doc.Token(c).Xpos == "MD") return false;
            if (RelIs(c, "nsubj")) subject = c;
            if (RelIs(c, "compound:prt") && _doc.Token(c).Span.Equals("out", StringComparison.OrdinalIgnoreCase)) outParticle = true;
        }
        // "carried out atrocities": "carry" only with its particle ("carried weapons" names no wrong).
        if (lemma.Equals("carry", StringComparison.OrdinalIgnoreCase) && !outParticle) return false;
        foreach (var c in Children(p))
            if (RelIs(c, "obj") && NamedWrongCode(c, p) is { } named) { code = named; break; }
        if (code.Length == 0) return false;
        // "said Sudanese soldiers committed war crimes": the parser may take the doer for the speech verb's object and hang
        // the finite verb on it as a clause of the noun; a past-tense or present verb there is the doer's own verb, said.
        int misparsedSpeech = -1;
        if (subject < 0 && RelIs(p, "acl") && _doc.Token(p).Xpos is "VBD" or "VBZ" or "VBP" && Head(p) is var h && h >= 0 && RelIs(h, "obj")
            && Head(h) is var sv && sv >= 0 && sv < h && JudgingSpeechVerbs.Contains(_doc.Token(sv).Lemma ?? "") && !IsRuling(sv))
        {
            subject = h;
            misparsedSpeech = sv;
        }
        if (AccusedDoer(subject) is not (var actor and >= 0)) return false;
        speechVerb = misparsedSpeech >= 0 ? misparsedSpeech : StatingSpeechVerb(p);
        // As for other claims: a report set before its attribution tells the act as news, not a charge.
        if (speechVerb < 0 || speechVerb > p) return false;
        doer = actor; judged = p;
        return true;
    }

    /// <summary>The accusation code of the wrong the noun <paramref name="n"/> names: "war crimes", "crimes against humanity",
    /// "genocide", "atrocities" 1124; "human rights abuses/violations" 1122; null for any other noun (a plain "crime" is the
    /// business of <see cref="SaidActorCommittedCrime"/>).</summary>
    private string? NamedWrongCode(int n, int verb)
    {
        var lemma = _doc.Token(n).Lemma ?? "";
        if (WarCrimeNouns.Contains(lemma) || WarCrimeNouns.Contains(_doc.Token(n).Span.ToString())) return "1124";
        bool crime = lemma.Equals("crime", StringComparison.OrdinalIgnoreCase);
        bool abuse = lemma is "abuse" or "violation" or "Abuse" or "Violation";
        foreach (var c in Children(n))
        {
            var w = _doc.Token(c).Span.ToString();
            if (crime && RelIs(c, "compound") && w.Equals("war", StringComparison.OrdinalIgnoreCase)) return "1124";
            if (crime && RelStarts(c, "nmod") && CaseOf(c) == "against" && w.Equals("humanity", StringComparison.OrdinalIgnoreCase)) return "1124";
            if (abuse && RelIs(c, "compound") && w.Equals("rights", StringComparison.OrdinalIgnoreCase)) return "1122";
        }
        // "committed crimes against humanity": the parser may hang the "against" phrase on the verb.
        if (crime && verb >= 0)
            foreach (var c in Children(verb))
                if (RelStarts(c, "obl") && c > n && CaseOf(c) == "against" && _doc.Token(c).Span.Equals("humanity", StringComparison.OrdinalIgnoreCase)) return "1124";
        return null;
    }

    /// <summary>
    /// The accusation code of a predicate noun that names a war crime ("war crimes", "crimes against humanity", "genocide",
    /// "ethnic cleansing": 1124), else null. Narrower than <see cref="NamedWrongCode"/>, whose war-crime reading it shares:
    /// "atrocity" and "human rights abuses" given as a name ("called the shelling an atrocity") stay plain criticism, as the
    /// gold codes them; ethnic cleansing named is 1124 as mass violence accused is (the coder's accusation of a root-20 act),
    /// the majority of the gold's lines.
    /// </summary>
    private string? NamedWarCrimeCode(int n)
    {
        if (_doc.Token(n).Upos != Upos.NOUN) return null;
        var lemma = (_doc.Token(n).Lemma ?? "").ToLowerInvariant();
        if (lemma == "cleansing")
        {
            foreach (var c in Children(n))
                if ((RelIs(c, "amod") || RelIs(c, "compound")) && _doc.Token(c).Span.Equals("ethnic", StringComparison.OrdinalIgnoreCase)) return "1124";
            return null;
        }
        if (lemma is not ("genocide" or "crime")) return null;
        // With no verb: a name given is judged by its own words, not by a phrase the parser hung on a verb.
        return NamedWrongCode(n, verb: -1) is "1124" ? "1124" : null;
    }

    /// <summary>True when the verb at <paramref name="p"/> has an adverb of intent or "on purpose" (a cheap test first).</summary>
    private bool IsVerbWithDeliberateChild(int p)
    {
        if (_doc.Token(p).Upos != Upos.VERB) return false;
        foreach (var c in Children(p))
        {
            if (RelIs(c, "advmod") && (DeliberateAdverbs.Contains(_doc.Token(c).Span.ToString()) || _doc.Token(c).Span.Equals("first", StringComparison.OrdinalIgnoreCase))) return true;
        }
        return OnPurpose(p);
    }

    /// <summary>"sending migrants to the frontier on purpose": the idiom anywhere in the verb's clause (the parser may hang it on
    /// the last noun), with no determiner ("on the purpose of" is no such idiom).</summary>
    private bool OnPurpose(int p)
    {
        for (int t = p + 2; t < _e; t++)
        {
            if (!_doc.Token(t).Span.Equals("purpose", StringComparison.OrdinalIgnoreCase)
                || !_doc.Token(t - 1).Span.Equals("on", StringComparison.OrdinalIgnoreCase)) continue;
            return InSubtree(t, p) && !AnyChild(t, "det");
        }
        return false;
    }

    /// <summary>Whether actor <paramref name="a"/> is a state's armed or police force (COP, MIL, SPY).</summary>
    private bool IsStateForce(int a)
    {
        var code = _doc.Actors[a].Code ?? "";
        return code.Contains("COP", StringComparison.Ordinal) || code.Contains("MIL", StringComparison.Ordinal) || code.Contains("SPY", StringComparison.Ordinal);
    }
}
