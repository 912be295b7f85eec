namespace Tidings.Coding;

/// <summary>
/// Session 70 (target70): whose act a state's protest of a thing's presence or an act names when the object carries no
/// owner as a modifier. "Taiwan protested the presence of Chinese warships near its coast", "Japan protested the entry of
/// Chinese coast guard ships into its waters": the "of" phrase of a noun of presence or movement names the one who is
/// there or moves, the side the protest is lodged against. "Vietnam protested the detention of its fishermen by Chinese
/// authorities": an act's "by" agent is its doer, whatever the act's "of" phrase names (the patient).
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The actor a direct object of <paramref name="verb"/> names as a doer: the object's "by" agent, else the actor of the
    /// "of" phrase of a noun of presence or movement (<see cref="PresenceNouns"/>). -1 when none or when it is
    /// <paramref name="source"/>. Invariant: an "of" phrase of any other noun is not read ("protested the detention of a
    /// journalist" names the one the act was done to, not its doer).
    /// </summary>
    public int ProtestedActDoer(int verb, int source)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj") || _actorOf[c] >= 0) continue;
            if (NounAgent(c, source) is var agent && agent >= 0 && ActorOfNode(agent) is var doer && doer >= 0 && doer != source) return doer;
            // An active verb takes no "by" agent: one the parser hung on it after the object is the object's act's
            // ("protested the seizure of its trucks by Belarusian border guards").
            if (!IsPassive(verb))
                foreach (var g in Children(verb))
                    if (g > c && RelStarts(g, "obl") && CaseOf(g) == "by" && ActorOfNode(g) is var beside && beside >= 0 && beside != source) return beside;
            if (_doc.Token(c).Lemma is not { } lemma || !PresenceNouns.Contains(lemma)) return -1;
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "of" && ActorOfNode(g) is var a && a >= 0 && a != source) return a;
            return -1;
        }
        return -1;
    }

    /// <summary>Nouns of being somewhere or moving there whose "of" phrase is the one who is or moves ("the presence of
    /// foreign troops", "the passage of a warship", "the flights of military aircraft").</summary>
    private static readonly HashSet<string> PresenceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "presence", "entry", "incursion", "intrusion", "passage", "transit", "movement", "flight", "overflight", "patrol",
        "activity", "arrival", "deployment", "buildup", "build-up", "stationing", "approach", "sailing", "manoeuvre", "maneuver",
    };
}

internal sealed partial class TreeRoles
{
    /// <summary>
    /// Session 70 (target70): true when <paramref name="node"/> lies in a relative clause on a direct object of
    /// <paramref name="trigger"/> that names no actor itself: "detained a Kharkiv resident who passed the locations of army
    /// positions to Russia", "arrested a man who sent photos of a base to a foreign handler". The clause tells what the
    /// object did, so its actors are not whom the trigger's act is done to. A clause of holding ("a ship that belongs to an
    /// Iranian firm", "a clinic which is run by the Red Cross") still names the object's owner and is not counted.
    /// </summary>
    public bool InNonActorObjectRelative(int node, int trigger)
    {
        if (!Parsed || node < _f || node >= _e || trigger < _f || trigger >= _e) return false;
        for (int v = node, step = 0; v >= 0 && step < MaxClimb; step++)
        {
            int h = Head(v);
            if (h < 0) return false;
            // Only a clause a relative pronoun opens: the parser also hangs misread words as relative clauses ("an
            // investigation into former president X over alleged fraud", "alleged" read as a verb whose subject is X).
            if (RelIs(v, "acl:relcl") && RelIs(h, "obj") && Head(h) == trigger)
                return _actorOf[h] < 0 && ActorOfNode(h) < 0 && _doc.Token(v).Lemma is { } lemma && !HoldingVerbs.Contains(lemma)
                    && HasRelativePronoun(v);
            v = h;
        }
        return false;
    }

    private bool HasRelativePronoun(int clause)
    {
        foreach (var c in Children(clause))
            if (c < clause && _doc.Token(c).Lemma?.ToLowerInvariant() is "who" or "whom" or "which" or "that") return true;
        return false;
    }

    /// <summary>Verbs of owning or running a thing, whose subject or agent in a relative clause names its owner.</summary>
    private static readonly HashSet<string> HoldingVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "belong", "own", "run", "operate", "manage", "control", "hold", "house", "shelter", "host", "serve" };
}

internal sealed partial class TreeRoles
{
    /// <summary>The actor of an "of" phrase of <paramref name="node"/> that has a country ("the bank accounts of three
    /// Iranian companies" → IRNBUS), or -1.</summary>
    private int OfOwnerWithCountry(int node)
    {
        foreach (var c in Children(node))
            if (RelIs(c, "nmod") && c > node && CaseOf(c) == "of" && _actorOf[c] >= 0 && _doc.Actors[_actorOf[c]].Country is not null)
                return _actorOf[c];
        return -1;
    }
}

internal sealed partial class TreeRoles
{
    /// <summary>Session 70 (target70): true when <paramref name="token"/> lies in a relative clause on
    /// <paramref name="noun"/> ("a man who passed photos to Russia": Russia is in the clause on "man").</summary>
    public bool InRelativeClauseOf(int token, int noun)
    {
        if (!Parsed || token < _f || token >= _e || noun < _f || noun >= _e) return false;
        for (int v = token, step = 0; v >= 0 && step < MaxClimb; step++)
        {
            int h = Head(v);
            if (h == noun) return RelIs(v, "acl:relcl");
            v = h;
        }
        return false;
    }
}
