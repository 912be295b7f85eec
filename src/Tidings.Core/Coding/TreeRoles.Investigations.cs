using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for what an investigation (root 09) looks into: the noun after "into" (or the object of "investigate"),
/// which names the kind of investigation CAMEO distinguishes (091 crime and corruption, 092 human rights abuses, 093
/// military action, 094 war crimes), and the actor whose act it is ("allegations against a former minister", "abuses by
/// security forces", "a bribery scheme at the state oil company").
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The noun an investigation trigger looks into: an "into" phrase on the trigger's words or on the noun a light verb
    /// governs ("launched a probe into", "was looking into a strike", "a commission of inquiry into the deaths"), an "of"
    /// phrase on an investigation noun ("an investigation of the killings"), or the object of a verb of investigating
    /// ("investigated the shooting"). -1 when there is none.
    /// </summary>
    public int InvestigatedNoun(int anchor, TokenRange trigger)
    {
        if (!Parsed) return -1;
        int lo = Math.Max(_f, Math.Min(anchor, trigger.FirstToken)), hi = Math.Min(_e, Math.Max(anchor + 1, trigger.EndToken));
        for (int pass = 0; pass < 2; pass++)
        {
            // "set up a commission of inquiry into the deaths": the parser may hang the "into" phrase on the light verb.
            if (pass == 1 && (RelIs(anchor, "obj") || RelIs(anchor, "nsubj:pass")) && Head(anchor) is var lv && lv >= 0)
                foreach (var c in Children(lv))
                    if (RelStarts(c, "obl") && CaseOf(c) == "into" && (IsNounTag(c) || _doc.Token(c).Upos == Upos.PROPN)) return c;
            for (int t = lo; t < hi; t++)
            {
                if (t != anchor && (t < trigger.FirstToken || t >= trigger.EndToken)) continue;
                foreach (var c in Children(t))
                {
                    if (!IsNounTag(c) && _doc.Token(c).Upos != Upos.PROPN) continue;
                    bool verb = IsVerbal(t);
                    if (pass == 0 && (RelStarts(c, "nmod") || RelStarts(c, "obl")) && CaseOf(c) == "into") return c;
                    if (pass == 1 && !verb && RelStarts(c, "nmod") && CaseOf(c) is "of" or "on" && !InvestigationNouns.Contains(_doc.Token(c).Lemma ?? "")) return c;
                    if (pass == 1 && verb && RelIs(c, "obj") && _actorOf[c] < 0 && !InvestigationNouns.Contains(_doc.Token(c).Lemma ?? "")) return c;
                    // "launched a probe into", "set up a commission of inquiry into": the investigation noun the light verb governs.
                    if (pass == 0 && verb && RelIs(c, "obj") && InvestigationNouns.Contains(_doc.Token(c).Lemma ?? ""))
                        foreach (var g in Children(c))
                        {
                            if (RelStarts(g, "nmod") && CaseOf(g) == "into") return g;
                            if (RelStarts(g, "nmod") && CaseOf(g) == "of" && InvestigationNouns.Contains(_doc.Token(g).Lemma ?? ""))
                                foreach (var gg in Children(g))
                                    if (RelStarts(gg, "nmod") && CaseOf(gg) == "into") return gg;
                        }
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// The CAMEO investigation code (091-094) the investigated noun group names: its head first, then its modifiers and
    /// its "of" noun ("the deaths of protesters in police custody" 092, "bribery allegations" 091, "a strike that killed
    /// three aid workers" 093, "atrocities against Rohingya" 094). Null when the words name no kind.
    /// </summary>
    public string? InvestigationKind(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return null;
        var words = new List<string>();
        NounGroupLemmas(noun, words, 0);
        foreach (var c in Children(noun))
            if (RelStarts(c, "nmod") && CaseOf(c) is "of" or "in")
            {
                NounGroupLemmas(c, words, 0);
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) is "of" or "in") NounGroupLemmas(g, words, 0);
            }
        foreach (var w in words)
            if (InvestigatedKinds.TryGetValue(w, out var code)) return code;
        return null;
    }

    /// <summary>
    /// The actor whose act an investigated noun names: an actor after "against", "by", "at", "involving" or "of" on it or
    /// on its "into"/"of" noun, its possessive ("the police minister's alleged links") or its demonym ("Mexican pork imports"). -1 when none; never
    /// <paramref name="source"/>.
    /// </summary>
    public int InvestigatedActor(int noun, int source)
    {
        if (!Parsed || noun < _f || noun >= _e) return -1;
        int Own(int n, bool top)
        {
            foreach (var c in Children(n))
            {
                if (Rel(c) is "nmod:poss" && _actorOf[c] >= 0 && _actorOf[c] != source) return _actorOf[c];
                // "an inquiry into Chinese steel imports", "a probe into Russian interference": a demonym on the act itself
                // names whose act it is, as a possessive would; one on a noun below it ("the killing of a Ugandan activist")
                // names a victim, and a weapon noun ("an artillery strike") no doer.
                if (top && Rel(c) is "amod" && c < n && _actorOf[c] >= 0 && _actorOf[c] != source) return _actorOf[c];
                // "the deaths of protesters in police custody": whose custody it was.
                if ((RelStarts(c, "nmod") || RelStarts(c, "acl")) && (CaseOf(c) is "against" or "by" or "at" or "involving"
                        || (CaseOf(c) == "in" && _doc.Token(c).Lemma is "custody"))
                    && ActorOfNode(c) is var a && a >= 0 && a != source) return a;
            }
            return -1;
        }
        int found = Own(noun, true);
        if (found >= 0) return found;
        // "bribery allegations against a former minister", "an alleged bribery scheme at Petrobras": one level down.
        foreach (var c in Children(noun))
            if ((RelStarts(c, "nmod") && CaseOf(c) is "of" or "into") && Own(c, false) is var inner && inner >= 0) return inner;
        // An organ looking into its own members ("the police inspectorate ... allegations that officers executed two
        // suspects") investigates no other side: the doer of its own code is no target.
        int doer = InvestigatedDoer(noun, source);
        return doer >= 0 && source >= 0 && _doc.Actors[doer].Code is { } dc && dc == _doc.Actors[source].Code ? -1 : doer;
    }

    /// <summary>
    /// The doer of an investigated act that <see cref="InvestigatedActor"/>'s own modifiers do not name, read from four
    /// places a careful coder reads it (-1 when none; never <paramref name="source"/>):
    /// an organ in the act's compound chain ("an army air strike", "a police raid": only an actor with a sector, since a
    /// place used as a modifier, "the Gaza hospital strike", names where, not who); a "by" agent below the act, however the
    /// parser hung it ("the killing of a petrol station attendant by a police sergeant", parsed as an agent of a participle
    /// under the victim), but not inside a relative clause, which tells another act; the subject of the clause an
    /// allegation or report states ("allegations that soldiers assaulted vendors"); and a "by" phrase the parser hung beside
    /// the act on the verb that governs it ("create a fact-finding mission on abuses against civilians by the security forces").
    /// </summary>
    private int InvestigatedDoer(int noun, int source)
    {
        // Only an armed, police, intelligence, criminal or governing organ names a doer as a modifier; "the Gaza hospital
        // strike" names a struck place by a role noun (HLH) as well as by a place.
        bool Doer(int a) => a >= 0 && a != source && _doc.Actors[a].Code is { Length: >= 6 } code
            && code.AsSpan(3, 3) is "MIL" or "COP" or "REB" or "SPY" or "CRM" or "INS" or "GOV";
        foreach (var c in Children(noun))
            if (RelIs(c, "compound") && c < noun)
            {
                if (_actorOf[c] >= 0 && Doer(_actorOf[c])) return _actorOf[c];
                if (CompoundChainActor(c, 2) is var deep && Doer(deep)) return deep;
            }
        if (AgentBelow(noun, 0) is var agent && agent >= 0) return agent;
        // The parser may hang the stated clause on the investigation noun above the allegation ("an inquiry into
        // allegations that soldiers beat traders"): a clause after the allegation there counts as the allegation's.
        if (_doc.Token(noun).Lemma is { } lemma && StatedActNouns.Contains(lemma))
        {
            if (StatedSubject(noun, -1) is var own && own >= 0) return own;
            if (Head(noun) is var up && up >= 0 && StatedSubject(up, noun) is var hung && hung >= 0) return hung;
        }
        int probe = Head(noun);
        int verb = probe >= 0 && !IsVerbal(probe) && (RelIs(probe, "obj") || RelIs(probe, "nsubj:pass")) ? Head(probe) : probe;
        if (verb >= 0 && IsVerbal(verb))
            foreach (var c in Children(verb))
                if (c > noun && RelStarts(c, "obl") && !RelIs(c, "obl:agent") && CaseOf(c) == "by" && ActorOfNode(c) is var beside && beside >= 0 && beside != source)
                    return beside;
        return -1;

        int StatedSubject(int holder, int after)
        {
            foreach (var c in Children(holder))
            {
                if (c <= after || !(RelStarts(c, "acl") || RelIs(c, "ccomp")) || !IsVerbal(c)) continue;
                foreach (var s in Children(c))
                    if (RelIs(s, "nsubj") && ActorOfNode(s) is var subject && subject >= 0 && subject != source) return subject;
            }
            return -1;
        }

        int AgentBelow(int n, int depth)
        {
            foreach (var c in Children(n))
            {
                if (RelIs(c, "acl:relcl")) continue;
                if ((RelIs(c, "obl:agent") || (RelStarts(c, "nmod") || RelStarts(c, "obl")) && CaseOf(c) == "by")
                    && ActorOfNode(c) is var a && a >= 0 && a != source) return a;
                if (depth < 3 && (RelStarts(c, "nmod") || RelStarts(c, "obl") || RelStarts(c, "acl")) && AgentBelow(c, depth + 1) is var deeper && deeper >= 0)
                    return deeper;
            }
            return -1;
        }
    }

    /// <summary>
    /// "an army air strike", "a police raid", "military operations": the role a force noun in the act's compound chain
    /// names when the actor stage made no actor of it (a modifier of a weapon or act noun), or null. Whose force it is the
    /// caller decides (an investigator's own country, as with <see cref="CustodyKeeper"/>).
    /// </summary>
    public string? ForceModifierRole(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return null;
        return Find(noun, 0);

        string? Find(int n, int depth)
        {
            foreach (var c in Children(n))
            {
                if (!RelIs(c, "compound") && !RelIs(c, "amod") || c > n) continue;
                if (_actorOf[c] < 0 && _doc.Token(c).Lemma is { } lemma)
                {
                    if (lemma is "army" or "military" or "navy" or "naval") return "MIL";
                    if (lemma is "police") return "COP";
                }
                if (depth < 2 && Find(c, depth + 1) is { } deeper) return deeper;
            }
            return null;
        }
    }

    /// <summary>Nouns that state an act in a clause of their own: "allegations that soldiers assaulted vendors".</summary>
    private static readonly HashSet<string> StatedActNouns = new(StringComparer.OrdinalIgnoreCase)
        { "allegation", "claim", "report", "accusation", "suspicion", "charge", "complaint", "evidence" };

    /// <summary>
    /// "an inquiry into the deaths of three protesters in police custody", "into the death in police custody of a blogger":
    /// the role whose custody the investigated act happened in ("COP" for police custody, "MIL" for military or army
    /// custody), looked for within three levels under the investigated noun; null when it names none. Whoever held the dead
    /// answers for them: the inquiry looks into the keepers, not into the victims.
    /// </summary>
    public string? CustodyKeeper(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return null;
        if (Find(noun, 0) is { } under) return under;
        // "opened an investigation into the death in military custody of a journalist": the parser may hang the custody
        // phrase right after the investigated noun on the verb above it.
        if (RelStarts(noun, "obl") && Head(noun) is var v and >= 0)
            foreach (var c in Children(v))
                if (c > noun && RelStarts(c, "obl") && Keeper(c) is { } beside) return beside;
        return null;

        string? Keeper(int c)
        {
            if (_doc.Token(c).Lemma is not "custody" || CaseOf(c) != "in") return null;
            foreach (var k in Children(c))
                if (Rel(k) is "compound" or "amod" && _doc.Token(k).Lemma is { } kl)
                {
                    if (kl is "police") return "COP";
                    if (kl is "military" or "army") return "MIL";
                }
            return null;
        }

        string? Find(int n, int depth)
        {
            foreach (var c in Children(n))
            {
                if (!RelStarts(c, "nmod") && !RelStarts(c, "obl") && !RelStarts(c, "acl")) continue;
                if (Keeper(c) is { } keeper) return keeper;
                if (depth < 2 && Find(c, depth + 1) is { } deeper) return deeper;
            }
            return null;
        }
    }

    /// <summary>
    /// The country an investigated act happened in, when the parse does not hang the "in" phrase right under the act
    /// (where <see cref="LocativeCountry"/> reads it): below the act's participle ("an inquiry into abuses committed during
    /// the crackdown on protests in Iran"), on a phrase the parser hung beside the act on the investigation's verb ("into
    /// killings of civilians by both sides in the war in Sudan", "into alleged crimes against humanity in Venezuela"), or a
    /// town the gazetteer lacks owned by a country ("war crimes in Libya's Tarhuna"). Only "in" phrases after the act, at
    /// most four levels down, through a participle only on the act itself, never a relative clause (which tells something else);
    /// null when none names a country.
    /// </summary>
    public string? InvestigatedPlaceCountry(int noun, List<Places.PlaceMention> places)
    {
        if (!Parsed || noun < _f || noun >= _e) return null;
        if (Walk(noun, 0) is { } own) return own;
        // The verb that takes the investigation noun (or the act's "into" phrase itself) may carry the misattached phrase.
        int probe = Head(noun);
        int verb = probe >= 0 && !IsVerbal(probe) && (RelIs(probe, "obj") || RelIs(probe, "nsubj:pass")) ? Head(probe) : probe;
        if (verb < 0 || !IsVerbal(verb)) return null;
        foreach (var c in Children(verb))
        {
            if (c <= noun || !RelStarts(c, "obl")) continue;
            if (CaseOf(c) == "in" && Place(c) is { } beside) return beside;
            if (Walk(c, 1) is { } below) return below;
        }
        return null;

        string? Place(int n)
        {
            if (CountryAt(n, places) is { } iso) return iso;
            foreach (var k in Children(n))
                if (Rel(k) is "nmod:poss" && _actorOf[k] >= 0 && _doc.Actors[_actorOf[k]].Country is { } owner) return owner;
            return null;
        }

        string? Walk(int n, int depth)
        {
            foreach (var c in Children(n))
            {
                // A participle counts on the act itself ("abuses committed during ..."), not on a noun below it ("the downing
                // of a helicopter carrying peacekeepers in eastern Congo" says where the craft flew, not whose act it was).
                if (!(RelStarts(c, "nmod") || RelStarts(c, "obl") || (RelIs(c, "acl") && n == noun))) continue;
                if (c > noun && CaseOf(c) == "in" && Place(c) is { } iso) return iso;
                if (depth < 4 && Walk(c, depth + 1) is { } deeper) return deeper;
            }
            return null;
        }
    }

    /// <summary>
    /// True when a noun is the "into" phrase of a verb whose object is a coded investigation (<paramref name="isCodedProbe"/>
    /// says which nodes are): "set up a commission of inquiry into the killing of demonstrators".
    /// </summary>
    public bool IntoPhraseOfInvestigation(int noun, Func<int, bool> isCodedProbe)
    {
        if (!Parsed || noun < _f || noun >= _e || !RelStarts(noun, "obl") || CaseOf(noun) != "into" || Head(noun) is not (var v and >= 0)) return false;
        foreach (var c in Children(v))
            if (RelIs(c, "obj") && isCodedProbe(c)) return true;
        return false;
    }

    private static readonly HashSet<string> InvestigationNouns = new(StringComparer.OrdinalIgnoreCase)
        { "investigation", "inquiry", "enquiry", "probe", "commission", "inquest", "review", "audit", "mission" };

    /// <summary>Words of an investigated act and the investigation code they name.</summary>
    private static readonly Dictionary<string, string> InvestigatedKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["atrocity"] = "094", ["genocide"] = "094", ["massacre"] = "094", ["war"] = "094", ["cleansing"] = "094",
        ["abuse"] = "092", ["torture"] = "092", ["rape"] = "092", ["disappearance"] = "092", ["extrajudicial"] = "092",
        ["custody"] = "092", ["mistreatment"] = "092", ["ill-treatment"] = "092", ["brutality"] = "092", ["crackdown"] = "092",
        ["strike"] = "093", ["airstrike"] = "093", ["air strike"] = "093", ["shelling"] = "093", ["bombardment"] = "093",
        ["incursion"] = "093", ["shootdown"] = "093",
        ["corruption"] = "091", ["bribery"] = "091", ["bribe"] = "091", ["fraud"] = "091", ["graft"] = "091",
        ["embezzlement"] = "091", ["laundering"] = "091", ["kickback"] = "091", ["murder"] = "091", ["theft"] = "091",
        ["smuggling"] = "091", ["trafficking"] = "091", ["evasion"] = "091", ["misuse"] = "091", ["misappropriation"] = "091",
        // how public money was spent, looked into as possible graft; an aircraft shot down, a military act
        ["procurement"] = "091", ["purchase"] = "091", ["contract"] = "091", ["tender"] = "091", ["downing"] = "093",
    };
}
