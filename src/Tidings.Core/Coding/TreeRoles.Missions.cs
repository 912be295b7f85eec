using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 62 (aid62): forces sent abroad to serve in a peacekeeping or security mission. "About 400 Kenyan police officers
/// have been deployed to Haiti as part of a multinational security mission", "Kenya deployed 200 more officers to Haiti to
/// reinforce the mission", "dispatched 800 peacekeepers to the UN mission in South Sudan": the deployment is the mission's
/// military protection of the host (074), not a mobilisation (153, 154), which is a state's show of its force at home or on
/// its own border.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs of serving in a mission that a purpose clause of a deployment may use ("to lead a mission", "to reinforce
    /// the mission", "to join the force").</summary>
    private static readonly HashSet<string> MissionServingVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "lead", "reinforce", "join", "support", "strengthen", "bolster", "serve", "command" };

    /// <summary>Modifiers that make "force" a multinational or protective force ("a multinational force", "the Gang
    /// Suppression Force", "a peacekeeping force"), not a state's own forces or a show of force.</summary>
    private static readonly HashSet<string> MissionForceModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "multinational", "international", "peacekeeping", "security", "stabilisation", "stabilization", "protection",
        "suppression", "regional", "reassurance", "un",
    };

    /// <summary>Modifiers that make a "mission" one of another kind than peacekeeping or security: fighting, rescue, trade,
    /// diplomacy, observation, training.</summary>
    private static readonly HashSet<string> OtherMissionModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "combat", "rescue", "trade", "diplomatic", "fact-finding", "reconnaissance", "training", "observer", "monitoring",
        "evacuation", "search", "space", "medical", "humanitarian", "bombing", "strike",
    };

    /// <summary>
    /// True when the deployment verb <paramref name="verb"/> sends its forces to serve in a peacekeeping or security mission,
    /// told by one of: "as part of" a mission; a purpose clause of serving in one ("to lead a UN-backed mission", "to
    /// reinforce the multinational security support mission"); or a "to" phrase whose head is the mission ("to the UN mission
    /// in South Sudan"). A mission is the noun "mission" not of another kind (combat, rescue, trade, training ...), or
    /// "force" with a multinational or protective modifier, or "peacekeeping". A negated verb is none.
    /// </summary>
    public bool DeployedOnMission(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || IsNegated(verb)) return false;
        foreach (var c in Children(verb))
        {
            // "as part of a multinational security mission": "part" (obl or advcl, "as") with an "of" phrase on the mission.
            if (_doc.Token(c).Lemma is "part" && CaseOf(c) == "as")
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) == "of" && IsMissionNoun(g)) return true;
            // "to the UN mission in South Sudan"
            if (RelStarts(c, "obl") && CaseOf(c) is "to" or "into" && IsMissionNoun(c)) return true;
            // Session 69 (coop69): "sent troops to the UN mission in Somalia" with the "to" phrase hung on the forces sent.
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) is "to" or "into" && IsMissionNoun(g)) return true;
            // "to lead a UN-backed mission", "to reinforce the mission"
            if ((RelIs(c, "advcl") || RelIs(c, "xcomp")) && MissionServingVerbs.Contains(_doc.Token(c).Lemma ?? ""))
                foreach (var g in Children(c))
                    if (RelIs(g, "obj") && IsMissionNoun(g)) return true;
        }
        return false;
    }

    /// <summary>Session 65 (promise65): verbs of a purpose clause that make a deployment protection of others ("to protect
    /// undersea infrastructure", "to escort the convoys", "to defend constitutional order", "to help secure a peace deal").</summary>
    private static readonly HashSet<string> ProtectingVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "protect", "defend", "guard", "escort", "secure", "shield", "safeguard", "help", "assist" };

    /// <summary>Session 65 (promise65): what a state guards for itself: a purpose of protecting it is a posture at home (154),
    /// not protection of others ("to protect its borders", "to defend the frontier").</summary>
    private static readonly HashSet<string> OwnGround = new(StringComparer.OrdinalIgnoreCase)
    {
        "border", "frontier", "boundary", "territory", "sovereignty", "homeland", "coast", "coastline", "airspace", "waters",
        "country", "nation",
    };

    /// <summary>
    /// Session 65 (promise65): true when the deployment verb <paramref name="verb"/> has a purpose clause of protecting or
    /// helping others ("would deploy frigates to the Baltic to protect undersea infrastructure", "would send a navy ship to
    /// escort any future convoys", "ready to deploy its standby force to defend constitutional order"): an "advcl" or
    /// "xcomp" "to"-infinitive of <see cref="ProtectingVerbs"/>, on the verb or on its object. Not when what is protected is
    /// ground of the deployer's own kind (a border, a coast, territory: <see cref="OwnGround"/>), which is a posture.
    /// </summary>
    public bool ProtectivePurpose(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || IsNegated(verb)) return false;
        foreach (var c in Children(verb))
        {
            if (Purpose(c)) return true;
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (Purpose(g)) return true;
        }
        return false;

        bool Purpose(int p)
        {
            if (!(RelIs(p, "advcl") || RelIs(p, "xcomp") || RelStarts(p, "acl")) || !ProtectingVerbs.Contains(_doc.Token(p).Lemma ?? "")) return false;
            bool to = false;
            foreach (var m in Children(p))
            {
                if (RelIs(m, "mark") && _doc.Token(m).Lemma is "to") to = true;
                if (RelIs(m, "obj") && OwnGround.Contains(_doc.Token(m).Lemma ?? "")) return false;
            }
            return to;
        }
    }

    /// <summary>
    /// Session 65 (promise65): the country a deployment verb's own "to"/"into"/"in" phrase names as where the forces go
    /// ("deploy a standby force to Benin", "put troops on the ground in Ukraine"), or null. A border, frontier or coast named
    /// with a country ("to the US border", "along the border with Mexico") is the deployer's own edge, not the other country.
    /// </summary>
    public string? DeploymentAbroad(int verb, List<Places.PlaceMention> places)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        foreach (var c in Children(verb))
        {
            if (!RelStarts(c, "obl") || CaseOf(c) is not ("to" or "into" or "in")) continue;
            if (OwnGround.Contains(_doc.Token(c).Lemma ?? "") || _doc.Token(c).Lemma is "area" or "region" or "zone" or "province" or "state") continue;
            if (CountryWithin(c, places, 0) is { } iso) return iso;
        }
        return null;
    }

    /// <summary>The country a deployment on a mission goes to: the country inside a "to"/"into"/"in" phrase of the verb, or
    /// in the mission noun's own "in" phrase ("to the UN mission in South Sudan"); null when none is named.</summary>
    public string? MissionHostCountry(int verb, List<Places.PlaceMention> places)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        if (DestinationCountry(verb, places) is { } to) return to;
        foreach (var c in Children(verb))
            if (RelStarts(c, "obl") && CaseOf(c) is "in" or "to" && CountryWithin(c, places, 0) is { } iso) return iso;
        return null;
    }

    private bool IsMissionNoun(int n)
    {
        string lemma = (_doc.Token(n).Lemma ?? _doc.Token(n).Span.ToString()).ToLowerInvariant();
        if (lemma is "peacekeeping") return true;
        bool mission = lemma == "mission", force = lemma == "force";
        if (!mission && !force) return false;
        bool protective = false;
        foreach (var m in Children(n))
        {
            if (!(RelIs(m, "amod") || RelIs(m, "compound"))) continue;
            string w = _doc.Token(m).Span.ToString();
            if (OtherMissionModifiers.Contains(w)) return false;
            if (MissionForceModifiers.Contains(w) || w.EndsWith("-led", StringComparison.OrdinalIgnoreCase)
                || w.EndsWith("-backed", StringComparison.OrdinalIgnoreCase)) protective = true;
            // Session 69 (coop69): "a new African Union force in Somalia", "the ECOWAS force": a force named by a body's proper
            // name in compound is that body's, a force of several states (a state's own is an adjective: "a Kenyan force").
            if (force && RelIs(m, "compound") && _actorOf[m] >= 0 && _doc.Token(m).Upos == Upos.PROPN) protective = true;
        }
        return mission || protective;
    }

    /// <summary>Verbs by which a body mandates a mission: authorises, approves, endorses, backs, extends, renews or
    /// establishes it.</summary>
    private static readonly HashSet<string> MissionMandatingVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "authorise", "authorize", "approve", "endorse", "back", "extend", "renew", "establish" };

    /// <summary>
    /// The mission noun that <paramref name="verb"/> mandates ("The Security Council authorised a Kenyan-led security
    /// mission", "Security Council backs new force against Haiti's gangs", "extends Haiti security mission for a year"), else
    /// -1. The object must be a mission (<see cref="IsMissionNoun"/>) or a force told as a body of troops, not as the use of
    /// force: "force" with an article "a"/"an", "new", a "-strong" size or a purpose clause of helping ("a force to help
    /// Haiti's police"); "authorised force against Iraq" and "authorised the use of force" are no mission. A negated verb
    /// mandates none.
    /// </summary>
    public int MandatedMission(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || IsNegated(verb)) return -1;
        if (_doc.Token(verb).Upos != Upos.VERB || !MissionMandatingVerbs.Contains(_doc.Token(verb).Lemma ?? "")) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj")) continue;
            if (IsMissionNoun(c)) return c;
            if (!string.Equals(_doc.Token(c).Lemma, "force", StringComparison.OrdinalIgnoreCase)) return -1;
            foreach (var m in Children(c))
            {
                string w = _doc.Token(m).Span.ToString();
                if ((RelIs(m, "det") && w.ToLowerInvariant() is "a" or "an")
                    || (RelIs(m, "amod") && (w.Equals("new", StringComparison.OrdinalIgnoreCase) || w.EndsWith("-strong", StringComparison.OrdinalIgnoreCase)))
                    || ((RelIs(m, "acl") || RelIs(m, "advcl")) && _doc.Token(m).Lemma is "help" or "assist" or "protect" or "support"))
                    return c;
            }
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// The country a mandated mission serves in: a country inside the mission noun's own words ("Haiti security mission",
    /// "the mission in Haiti", "a force against Haiti's gangs", "a force to help Haiti's police fight gangs") or in the
    /// mandating verb's purpose clause or "in"/"for"/"to" phrase ("voted to authorise a force to help Haiti's police"); null
    /// when none is named.
    /// </summary>
    public string? MandatedMissionHost(int verb, int mission, List<Places.PlaceMention> places)
    {
        if (!Parsed || mission < _f || mission >= _e) return null;
        if (CountryBelow(mission, places, withRoot: false) is { } named) return named;
        foreach (var c in Children(verb))
        {
            bool purpose = RelIs(c, "advcl") || RelIs(c, "xcomp");
            bool phrase = RelStarts(c, "obl") && CaseOf(c) is "in" or "for" or "to";
            // "backs new force against Haiti's gangs": a force against a country's armed groups or gangs (a role of the
            // country, not the state itself or its government) serves that country; "a force against Iraq" is no host.
            if (RelStarts(c, "obl") && CaseOf(c) == "against" && _actorOf[c] >= 0 && _doc.Actors[_actorOf[c]] is { Country: { } armedIn } group
                && group.Code is { Length: 6 } gc && gc[3..] is "REB" or "CRM" or "INS")
                return armedIn;
            if (!purpose && !phrase) continue;
            if (CountryBelow(c, places, withRoot: true) is { } iso) return iso;
        }
        return null;
    }

    /// <summary>The country of the first word in text order, within <paramref name="root"/>'s subtree (the root itself
    /// only <paramref name="withRoot"/>), that names one (<see cref="CountryAt"/>); null when none does.</summary>
    private string? CountryBelow(int root, List<Places.PlaceMention> places, bool withRoot)
    {
        for (int k = _f; k < _e; k++)
            if ((withRoot || k != root) && InSubtree(k, root) && CountryAt(k, places) is { } iso) return iso;
        return null;
    }

    /// <summary>The actor that mandates through <paramref name="verb"/>: its subject, or, for "voted to authorise", "agreed to
    /// extend", the subject of the verb it completes; -1 when none is an actor.</summary>
    public int MandatingBody(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        for (int v = verb, step = 0; v >= 0 && step < 2; step++)
        {
            foreach (var c in Children(v)) if (RelIs(c, "nsubj")) return ActorOfNode(c);
            // "voted to authorise": the parser reads the infinitive as xcomp or as a purpose advcl; either completes the vote.
            if (!(RelIs(v, "xcomp") || (RelIs(v, "advcl") && HasToMark(v)))) return -1;
            v = Head(v);
        }
        return -1;
    }
}
