namespace Tidings.Coding;

/// <summary>
/// Tree queries for an attack aimed at a thing that is no actor: "launched drones at energy facilities", "fired missiles at a
/// commercial vessel", "attacked the power grid". The thing's owner is not named, so without a fallback the attack, which
/// needs a target, is dropped outright although it is the news of the sentence.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Things struck in an attack whose owner a report often leaves unnamed: ships, energy and transport
    /// installations. Only words that are physical installations or craft in war news; places (towns, villages) are
    /// <see cref="LocativeCountry"/>'s, and state buildings (bases, posts, police stations) <c>StateBuildingRole</c>'s.</summary>
    private static readonly HashSet<string> AttackedThingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "vessel", "ship", "tanker", "freighter", "carrier", "shipping", "facility", "infrastructure", "grid", "plant",
        "refinery", "depot", "pipeline", "substation", "terminal", "dam", "bridge", "airport", "port", "railway",
        "warehouse", "installation", "station",
        // session 56 (lead): vehicles that carry the public, whose attack strikes their passengers (PassengerCarriers)
        "bus", "minibus", "train",
    };

    /// <summary>Vehicles that carry the public ("a passenger train", "a bus carrying pilgrims"): an attack on one is an attack on
    /// the civilians aboard, as the gold codes its victims (XXXCVL: eg0392, eb14042, eb36048, eb48005).</summary>
    public static bool IsPassengerCarrier(string? lemma) => lemma is "bus" or "minibus" or "train";

    /// <summary>
    /// Session 67 (fight67): the actor a passenger carrier is said to carry ("a bus carrying pilgrims", "a minibus
    /// transporting farm workers"): the object of a participle of carrying on <paramref name="thing"/>, when it is an actor;
    /// -1 otherwise. Those aboard are whom an attack on the carrier strikes.
    /// </summary>
    public int CarriedActor(int thing)
    {
        if (!Parsed || thing < _f || thing >= _e) return -1;
        foreach (var c in Children(thing))
        {
            if (!RelStarts(c, "acl") || (_doc.Token(c).Lemma ?? "").ToLowerInvariant() is not ("carry" or "transport" or "ferry")) continue;
            foreach (var g in Children(c)) if (RelIs(g, "obj") && _actorOf[g] >= 0) return _actorOf[g];
        }
        return -1;
    }

    /// <summary>
    /// The node of an attacked thing of <see cref="AttackedThingNouns"/> that the attack verb <paramref name="verb"/> takes
    /// as its object or after one of the entry's prepositions ("at", "on", "against", "into"), with no actor on it or on any
    /// of its modifiers (an owner named as "Ukraine's power grid" or "a Ukrainian port" is found by the ordinary slots);
    /// -1 when there is none. Invariant: only a verb's own object or prepositional phrase, never one inside another clause.
    /// </summary>
    public int AttackedThing(int verb, TriggerEntry entry)
    {
        if (!Parsed || verb < _f || verb >= _e || !IsVerbal(verb)) return -1;
        foreach (var c in Children(verb))
        {
            bool prepSlot = RelStarts(c, "obl") && CaseOf(c) is { } prep && entry.Preps.Contains(prep);
            if (!RelIs(c, "obj") && !prepSlot) continue;
            // "launched 90 drones at ...", "fired missiles at a vessel": the object of "launch drone" is the weapon; only what
            // follows a preposition is struck, which the parser may hang on the weapon.
            if (RelIs(c, "obj") && entry.Kind == TriggerKind.Phrase && entry.Preps.Length > 0)
            {
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) is { } gp && entry.Preps.Contains(gp) && Unowned(g)) return g;
                continue;
            }
            if (Unowned(c)) return c;
        }
        return -1;

        bool Unowned(int thing)
        {
            if (!AttackedThingNouns.Contains(_doc.Token(thing).Lemma ?? "") || _actorOf[thing] >= 0) return false;
            foreach (var g in Children(thing))
                if (_actorOf[g] >= 0 && !RelStarts(g, "acl")) return false;
            return true;
        }
    }
}

internal sealed partial class TreeRoles
{
    /// <summary>Nouns of carrying a measure out, which a court halts as it halts the measure ("suspended the implementation
    /// of the directive").</summary>
    private static readonly HashSet<string> CarryingOutNouns = new(StringComparer.OrdinalIgnoreCase)
    { "implementation", "enforcement", "application", "execution", "rollout", "operation" };

    /// <summary>"the implementation of a government directive": the measure after "of" when <paramref name="noun"/> names
    /// carrying it out, else <paramref name="noun"/> itself. A court that suspends the enforcement of a law finds against the
    /// law's maker as one that suspends the law does.</summary>
    private int MeasureCarriedOut(int noun)
    {
        if (!CarryingOutNouns.Contains(_doc.Token(noun).Lemma ?? "")) return noun;
        foreach (var c in Children(noun))
            if (RelStarts(c, "nmod") && CaseOf(c) == "of" && _actorOf[c] < 0) return c;
        return noun;
    }
}
