using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 71 (target71, decision 142): the doer of a reaction's cause told outside the reaction's own clause, as a noun
/// phrase ("following Beijing's deployment of militia boats", "amid harassment by Chinese coast guard ships", "after five
/// weeks of strikes by teachers") or as a clause of the same moment ("as Chinese coast guard ships entered its waters").
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Nouns that count or frame the span of a cause: its act is their "of" phrase ("weeks of protests", "a wave of
    /// attacks", "reports of Russian drone incursions").</summary>
    private static readonly HashSet<string> CauseSpanNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hour", "night", "day", "week", "month", "year", "series", "wave", "spate", "round", "string", "surge",
        "increase", "escalation",
    };

    /// <summary>Nouns of a telling whose "of" phrase is the act told ("amid reports of Russian drone incursions"); their own
    /// "by"/"from" phrase is the teller, read only when the act names no doer ("after a report by UN experts").</summary>
    private static readonly HashSet<string> CauseReportNouns = new(StringComparer.OrdinalIgnoreCase)
        { "report", "allegation", "claim", "account", "sign", "evidence" };

    /// <summary>Nouns of a state between sides, an occasion or a help, not an act one side did to another: "amid tensions
    /// with China", "after Kenya's election", "after mediation by Qatar", "following talks in Doha" name no one the
    /// reaction answers.</summary>
    private static readonly HashSet<string> CauseStateNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "tension", "relation", "tie", "dispute", "row", "rivalry", "standoff", "stand-off", "crisis", "conflict", "feud",
        "talk", "negotiation", "meeting", "summit", "visit", "call", "conversation", "cooperation", "partnership",
        "alliance", "agreement", "deal", "mediation", "help", "support", "assistance", "aid", "request", "invitation",
        "election", "poll", "vote", "referendum", "concern", "fear", "uncertainty", "speculation", "confusion",
        "anniversary", "death", "funeral", "arrival", "return",
    };

    /// <summary>True for a noun of a state, an occasion or a help (<see cref="CauseStateNouns"/>): no act with a doer.</summary>
    internal static bool IsCauseStateNoun(string lemma) => CauseStateNouns.Contains(lemma);

    /// <summary>True for a noun that counts a cause's span (<see cref="CauseSpanNouns"/>) or tells of it
    /// (<see cref="CauseReportNouns"/>): the act is its "of" phrase.</summary>
    internal static bool IsCauseSpanNoun(string lemma) => CauseSpanNouns.Contains(lemma) || CauseReportNouns.Contains(lemma);

    /// <summary>Prepositions that tell a reaction's cause as a noun: "after", "following", "amid".</summary>
    private static bool IsCausePreposition(string? prep) => prep is "after" or "following" or "amid" or "amidst";

    /// <summary>
    /// The doers of a cause told as a noun phrase on <paramref name="verb"/>: an "after"/"following"/"amid" phrase or the
    /// object of "in response to", "in retaliation for", "in reaction to" ("filed a protest following Beijing's deployment
    /// of militia boats" → CHNGOV; "resigned amid pressure from lawmakers" → LEG; "withdrew the bill after weeks of strikes
    /// by teachers and dockworkers" → both). The doer is the act noun's owner (a possessive, adjective or compound actor
    /// before it) or its "by"/"from" agent, through a span noun ("weeks of", "a wave of", "reports of"). Invariants: the "of"
    /// phrase of the act (its patient: "after the arrest of X") and a "with" phrase (a partner) name no doer; a noun of a
    /// state, an occasion or a help (<see cref="CauseStateNouns"/>) names none; the parse that reads "amid" as the marker of
    /// a participle ("amid growing harassment by ...") is read as the phrase it is. Empty when there is none.
    /// </summary>
    public List<int> CauseNounDoers(int verb)
    {
        var doers = new List<int>();
        if (!Parsed || verb < _f || verb >= _e) return doers;
        foreach (var c in Children(verb))
        {
            int act = -1;
            if (RelStarts(c, "obl") || RelStarts(c, "nmod"))
            {
                if (IsCausePreposition(CaseOf(c))) act = c;
                else if (CaseOf(c) == "in" && _doc.Token(c).Lemma is "response" or "retaliation" or "reaction" or "reply" or "answer")
                    foreach (var g in Children(c))
                        if (RelStarts(g, "nmod") && CaseOf(g) is "to" or "for") { act = g; break; }
            }
            else if (RelIs(c, "advcl") && _doc.Token(c).Xpos == "VBG" && !HasSubject(c) && AmidMarked(c))
            {
                // "amid growing harassment by Chinese coast guard ships": "growing" made a verb with "amid" as its marker,
                // the act its object and the agent hung on it.
                foreach (var g in Children(c))
                    if ((RelStarts(g, "obl") && CaseOf(g) is "by" or "from") && ActorOfNode(g) is var a && a >= 0) AddWithConjuncts(g, a, doers);
                if (doers.Count > 0) return doers;
                foreach (var g in Children(c))
                    if (RelIs(g, "obj")) { act = g; break; }
            }
            if (act < 0) continue;
            ActNounDoers(act, doers, 0);
            if (doers.Count > 0) return doers;
        }
        return doers;
    }

    /// <summary>True when the participle <paramref name="v"/> carries "amid" as its marker ("amid growing harassment").</summary>
    private bool AmidMarked(int v)
    {
        foreach (var c in Children(v))
            if (c < v && Rel(c) is "mark" or "aux" or "case" && _doc.Token(c).Span.ToString().ToLowerInvariant() is "amid" or "amidst")
                return true;
        return false;
    }

    private void ActNounDoers(int act, List<int> doers, int depth)
    {
        if (_doc.Token(act).Upos != Upos.NOUN || _doc.Token(act).Lemma is not { } lemma || CauseStateNouns.Contains(lemma)) return;
        // The act noun that is itself an actor ("after protesters ...", a misparse of a clause) is no act.
        if (_actorOf[act] >= 0) return;
        foreach (var m in Children(act))
            if ((RelIs(m, "nmod:poss") || RelIs(m, "amod") || RelIs(m, "compound")) && m < act && _actorOf[m] >= 0)
            {
                doers.Add(_actorOf[m]);
                return;
            }
        bool report = CauseReportNouns.Contains(lemma);
        if (!report && AgentDoers(act, doers)) return;
        if (depth < 2 && (report || CauseSpanNouns.Contains(lemma)))
            foreach (var m in Children(act))
                if (RelStarts(m, "nmod") && CaseOf(m) == "of") { ActNounDoers(m, doers, depth + 1); break; }
        if (report && doers.Count == 0) AgentDoers(act, doers);
    }

    /// <summary>Adds the actors of the "by"/"from" phrase of <paramref name="act"/> (and its conjuncts); true when any.</summary>
    private bool AgentDoers(int act, List<int> doers)
    {
        foreach (var m in Children(act))
            if (RelStarts(m, "nmod") && CaseOf(m) is "by" or "from" && ActorOfNode(m) is var a && a >= 0)
            {
                AddWithConjuncts(m, a, doers);
                return true;
            }
        return false;
    }

    /// <summary>Verbs and nouns of a protest of one's own ("began a strike", "marched", "joined the rally").</summary>
    private static readonly HashSet<string> OwnProtestWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "strike", "protest", "march", "rally", "demonstrate", "demonstration", "walkout", "boycott", "sit-in", "picket",
        "blockade", "riot",
    };

    private bool TellsProtest(int clause)
    {
        // the verb "strike" is an attack ("as Israeli jets struck launch sites"); only the noun is a walkout
        if (_doc.Token(clause).Lemma is { } l && OwnProtestWords.Contains(l) && l != "strike") return true;
        foreach (var c in Children(clause))
            if ((RelIs(c, "obj") || RelStarts(c, "obl")) && _doc.Token(c).Lemma is { } ol && OwnProtestWords.Contains(ol)) return true;
        return false;
    }

    /// <summary>Adds <paramref name="first"/> and the actors of the nominals coordinated with <paramref name="node"/>
    /// ("strikes by teachers and construction workers").</summary>
    private void AddWithConjuncts(int node, int first, List<int> doers)
    {
        doers.Add(first);
        foreach (var c in Children(node))
            if (RelIs(c, "conj") && ActorOfNode(c) is var a && a >= 0 && !doers.Contains(a)) doers.Add(a);
    }

    /// <summary>
    /// The actor that did what an "as" or "when" clause of the same moment under <paramref name="verb"/> tells: "lodged a
    /// protest as Chinese coast guard ships entered its waters" → CHNMIL, "scrambled jets when Russian bombers neared its
    /// airspace". The clause's own subject (its modifier actor included), as <see cref="CauseSubjectActor"/> reads an
    /// "after" clause; a clause of saying, expecting or comparing ("as the minister said", "as officials had expected", "as
    /// Uganda did") or a passive names no doer. -1 when there is none.
    /// </summary>
    public int MomentClauseSubjectActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "advcl") || MarkOf(c) is not ("as" or "when") || !IsVerbal(c)) continue;
            if (_doc.Token(c).Lemma is { } l && (SpeechVerbs.Contains(l) || l is "expect" or "agree" or "require" or "demand" or "promise" or "plan" or "seek" or "do")) continue;
            // "blocked the highway ..., as transport unions began an indefinite strike": a clause telling a protest of its own
            // tells who joined, not whom the protest is aimed at.
            if (TellsProtest(c)) continue;
            foreach (var d in Children(c))
                if (RelIs(d, "nsubj") && ActorOfNode(d) is var a && a >= 0) return a;
        }
        return -1;
    }
}
