using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 65 (appeal65, decision 103): what an appeal or demand asks for, read where the thing's own noun names no aid kind:
/// forces asked to protect or keep the peace ("requested a new UN peacekeeping mission", "appealed for more troops for the
/// security mission": 0234, 1034), and the purpose the asked help is for ("asked India to help rebuild bridges" economic,
/// "urged donors to help equip the army" military, "$600 million to rebuild homes destroyed by floods" humanitarian).
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// True when what <paramref name="verb"/> asks for is forces to protect or keep the peace: its object, the object of its
    /// "to"-infinitive ("asked the Security Council to authorise a larger international force"), or a "for" phrase on it or
    /// on its addressee ("appealed to the international community for more troops"). A force noun counts bare ("troops",
    /// "peacekeepers") or, for "mission", "force" and "contingent", with a modifier of peacekeeping or security ("a
    /// peacekeeping mission", "a multinational security force"); a force that is an actor with a country of its own counts
    /// too, as the asked thing, not the addressee. Invariant: an addressee itself (object of "urged", "called on") is never
    /// read as the thing; only objects of a verb that takes a thing, "for" phrases and the infinitive's objects are.
    /// </summary>
    public bool ProtectionAskedFor(int verb) => ProtectionAskedFor(verb, 0);

    private bool ProtectionAskedFor(int verb, int depth)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        if (_doc.Token(verb).Upos == Upos.NOUN) return IsProtectionThing(verb);
        string lemma = (_doc.Token(verb).Lemma ?? "").ToLowerInvariant();
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "xcomp") && depth == 0 && ProtectionAskedFor(c, 1)) return true;
            // "requested a peacekeeping mission", "to authorise a larger force", "to send peacekeepers": the object of a verb
            // that takes the thing asked for; the object of an appeal verb is its addressee ("urged the troops to").
            if (RelIs(c, "obj") && (depth == 1 || ThingTakingVerbs.Contains(lemma)) && IsProtectionThing(c)) return true;
            if (RelStarts(c, "obl") && CaseOf(c) == "for" && IsProtectionThing(c)) return true;
            if (RelStarts(c, "obl") || RelIs(c, "obj") || RelIs(c, "iobj"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) == "for" && IsProtectionThing(g)) return true;
        }
        return false;
    }

    /// <summary>
    /// Session 65 (appeal65, decision 103): what a refused request, demand, call, appeal or plea (the object of
    /// <paramref name="verb"/>) asked for, when it is no aid: 'P' forces to keep the peace ("rejected Haiti's request for a
    /// peacekeeping mission", 1224), 'J' an extradition or a wanted notice ("rejected a request for a red notice", "for the
    /// extradition of", 1213); null otherwise. The "for" phrases are those <see cref="RequestedAidKind"/> reads
    /// (<see cref="RequestedThings"/>).
    /// </summary>
    public char? RequestedNonAidKind(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        foreach (var t in RequestedThings(verb))
        {
            if (IsProtectionThing(t)) return 'P';
            string lemma = (_doc.Token(t).Lemma ?? "").ToLowerInvariant();
            if (lemma is "extradition" or "handover" or "hand-over") return 'J';
            if (lemma == "notice")
                foreach (var m in Children(t))
                    if ((RelIs(m, "amod") || RelIs(m, "compound")) && (_doc.Token(m).Lemma ?? "").ToLowerInvariant() is "red") return 'J';
        }
        return null;
    }

    /// <summary>Verbs whose object is the thing asked for, not the one asked ("request a mission", "seek troops").</summary>
    private static readonly HashSet<string> ThingTakingVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "request", "seek", "want", "need", "demand", "authorise", "authorize", "send", "deploy", "approve" };

    private bool IsProtectionThing(int n)
    {
        string lemma = (_doc.Token(n).Lemma ?? "").ToLowerInvariant();
        if (lemma is "peacekeeper" or "peacekeeping" or "troop" or "troops"
            || _doc.Token(n).Text.ToString().ToLowerInvariant() is "peacekeepers" or "peacekeeping" or "troops") return true;
        if (lemma is not ("mission" or "force" or "contingent" or "deployment")) return false;
        foreach (var m in Children(n))
        {
            // the word as written too: "peacekeeping" may be lemmatised as a verb form
            string ml = (_doc.Token(m).Lemma ?? "").ToLowerInvariant(), mw = _doc.Token(m).Text.ToString().ToLowerInvariant();
            if ((RelIs(m, "amod") || RelIs(m, "compound")) && (ProtectionModifiers.Contains(mw) || ProtectionModifiers.Contains(ml))) return true;
            // "the deployment of its police officers", "a contingent of troops"
            if (RelStarts(m, "nmod") && CaseOf(m) == "of" && ml is "troop" or "troops" or "peacekeeper" or "officer" or "soldier" or "police") return true;
        }
        return false;
    }

    private static readonly HashSet<string> ProtectionModifiers = new(StringComparer.OrdinalIgnoreCase)
        { "peacekeeping", "peace", "stabilisation", "stabilization", "security", "protection", "international", "multinational" };

    /// <summary>
    /// The aid kind ('E' economic, 'M' military, 'H' humanitarian) the purpose of asked help names: a "to"-infinitive of
    /// building or equipping on <paramref name="verb"/> (a verb of helping takes it as its complement: "asked India to help
    /// rebuild bridges"; an appeal as its purpose: "appealed for $600 million to rebuild homes") or on the help or sum it asks
    /// for ("asked for more help to rebuild the power grid"), read from that infinitive's object: works of the economy (a grid,
    /// bridges, roads, ports) economic, armed forces ("equip the army", "rebuild its army") military, homes and shelter
    /// humanitarian. Null when there is no such purpose or its object names no kind.
    /// </summary>
    public char? AidKindOfPurpose(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        // "asked India to help rebuild bridges": the asked verb is the verb of helping itself.
        if (IsHelpVerb(verb) && BuiltThingKind(verb) is { } helped) return helped;
        foreach (var c in Children(verb))
        {
            bool purpose = (RelIs(c, "advcl") && MarkOf(c) == "to") || (RelIs(c, "xcomp") && IsHelpVerb(verb));
            if (purpose && BuiltThingKind(c) is { } k) return k;
            if (!(RelIs(c, "obj") || RelStarts(c, "obl"))) continue;
            foreach (var g in Children(c))
                if (RelIs(g, "acl") && MarkOf(g) == "to" && BuiltThingKind(g) is { } onThing) return onThing;
        }
        return null;
    }

    private char? BuiltThingKind(int act)
    {
        // "to help rebuild the grid": a verb of helping passes to its own complement.
        if (IsHelpVerb(act))
            foreach (var c in Children(act))
            {
                if (RelIs(c, "xcomp") || RelIs(c, "ccomp")) return BuiltThingKind(c);
                // "to help rebuild bridges": the parser may read the bare verb as a compound or adjective of the noun after it.
                if (RelIs(c, "obj"))
                    foreach (var m in Children(c))
                        if ((RelIs(m, "compound") || RelIs(m, "amod")) && BuildVerbs.Contains((_doc.Token(m).Lemma ?? "").ToLowerInvariant())) return BuiltKind(c);
            }
        if (!BuildVerbs.Contains(_doc.Token(act).Lemma ?? "")) return null;
        foreach (var o in Children(act))
            if (RelIs(o, "obj") && BuiltKind(o) is { } k) return k;
        return null;
    }

    /// <summary>The aid kind of a thing built or equipped: armed forces military, works of the economy economic, homes humanitarian.</summary>
    private char? BuiltKind(int thing)
    {
        string lemma = (_doc.Token(thing).Lemma ?? "").ToLowerInvariant();
        if (ArmedForceNouns.Contains(lemma)) return 'M';
        if (EconomicWorks.Contains(lemma)) return 'E';
        if (lemma is "home" or "house" or "housing" or "shelter") return 'H';
        return null;
    }

    private static readonly HashSet<string> BuildVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "rebuild", "repair", "reconstruct", "restore", "build", "equip", "re-equip", "arm", "rearm", "train", "modernise", "modernize" };

    private static readonly HashSet<string> ArmedForceNouns = new(StringComparer.OrdinalIgnoreCase)
        { "army", "military", "force", "forces", "troop", "troops", "soldier", "navy", "coastguard" };

    private static readonly HashSet<string> EconomicWorks = new(StringComparer.OrdinalIgnoreCase)
        { "grid", "bridge", "road", "railway", "rail", "port", "airport", "infrastructure", "economy", "plant", "network", "dam",
          "pipeline", "highway" };
}
