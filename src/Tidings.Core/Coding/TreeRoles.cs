using Tidings.Actors;
using Tidings.Documents;
using Tidings.Pipeline;

namespace Tidings.Coding;

/// <summary>
/// Reads an event's source and target off the dependency tree of its sentence (UD relations): the subject of the
/// trigger verb, the passive agent (<c>obl:agent</c> / "by"), the relative clause's antecedent, the subject a
/// coordinated, controlled or participial verb inherits; the direct object, the right prepositional phrase for the
/// entry ("with", "against", "on"), or the noun's modifier. An event noun's source is its possessive or adjective
/// actor ("Israel's strikes", "Israeli strikes"), else the subject of the verb that governs it ("X carried out
/// strikes"). Every query answers -1 ("the tree does not say") rather than guess, so the caller can fall back to
/// surface rules; an unparsed sentence always answers -1.
/// <para>One instance per document and thread; <see cref="Load"/> prepares one sentence at a time.</para>
/// </summary>
internal sealed partial class TreeRoles
{
    private readonly Document _doc;
    private readonly int[] _actorOf;
    private int _f, _e;
    // Children of each token of the sentence, in text order (CSR layout: _first[i].._first[i+1] index _kids).
    private int[] _first = new int[65];
    private int[] _kids = new int[64];

    public TreeRoles(Document doc, int[] actorOf)
    {
        _doc = doc;
        _actorOf = actorOf;
        Parsed = (doc.Annotations & Annotation.Dependencies) != 0;
    }

    /// <summary>True when the document carries a parse; otherwise every query answers -1.</summary>
    public bool Parsed { get; }

    /// <summary>Longest chain of inherited subjects followed ("agreed to try to send").</summary>
    private const int MaxClimb = 6;

    public void Load(int first, int end)
    {
        _f = first; _e = end;
        if (!Parsed) return;
        int n = end - first;
        if (_first.Length < n + 1) { _first = new int[2 * n + 1]; _kids = new int[2 * n]; }
        Span<int> count = n <= 256 ? stackalloc int[n] : new int[n];
        count.Clear();
        for (int t = first; t < end; t++)
        {
            int h = _doc.Token(t).Head;
            if (h >= first && h < end && h != t) count[h - first]++;
        }
        _first[0] = 0;
        for (int i = 0; i < n; i++) _first[i + 1] = _first[i] + count[i];
        count.Clear();
        for (int t = first; t < end; t++)
        {
            int h = _doc.Token(t).Head;
            if (h >= first && h < end && h != t) _kids[_first[h - first] + count[h - first]++] = t;
        }
    }

    private ReadOnlySpan<int> Children(int t) => _kids.AsSpan(_first[t - _f], _first[t - _f + 1] - _first[t - _f]);
    private string Rel(int t) => _doc.Token(t).Relation ?? "";
    /// <summary>True when the token is a participle or relative clause modifying a noun ("the truce agreed in May").</summary>
    public bool ModifiesNoun(int t) => Parsed && t >= _f && t < _e && RelStarts(t, "acl");
    /// <summary>A past participle that modifies the noun right after it ("six detained Americans", "the jailed activists").
    /// <paramref name="participleForm"/>: the word is a past participle of the trigger verb it matched, so an irregular one
    /// the tagger reads as an adjective counts too ("a slain police officer", "stolen cars"; not "-ed" and not in VBN).</summary>
    public bool IsPrenominalParticiple(int t, bool participleForm = false) => Parsed && t >= _f && t + 1 < _e && RelIs(t, "amod")
        && (_doc.Token(t).Xpos == "VBN" || (_doc.Token(t).Xpos == "JJ" && (participleForm || _doc.Token(t).Span.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))) // "hundreds of looted artefacts"
        && Head(t) is var h && h > t && (h - t <= 2 || TitleModifiersBetween(t, h));

    /// <summary>"jailed former Prime Minister Imran Khan": every word between the participle and its noun is another
    /// modifier of that noun (an adjective or a title word), so the participle still stands right before the person. The
    /// participle must open its noun phrase (after a determiner, a preposition, a verb or punctuation): "shot and seriously
    /// wounded Slovak Prime Minister Robert Fico" is a coordinated verb the parser may read as a modifier.</summary>
    private bool TitleModifiersBetween(int t, int h)
    {
        if (h - t > 4) return false;
        if (t - 1 >= _f && _doc.TokUpos(t - 1) is not (Upos.DET or Upos.ADP or Upos.PUNCT or Upos.VERB or Upos.SCONJ)) return false;
        for (int k = t + 1; k < h; k++)
            if (Head(k) != h || Rel(k) is not ("amod" or "compound" or "flat")) return false;
        return true;
    }

    /// <summary>True when the token is the nominal subject of a verb ("denied that its drones had struck").</summary>
    public bool IsSubject(int t) => Parsed && t >= _f && t < _e && RelIs(t, "nsubj") && Head(t) is var h && h >= 0 && IsVerbal(h);
    private int Head(int t) { int h = _doc.Token(t).Head; return h >= _f && h < _e && h != t ? h : -1; }
    private bool RelIs(int t, string rel) => Rel(t) == rel;
    private bool RelStarts(int t, string rel) { var r = Rel(t); return r == rel || (r.StartsWith(rel, StringComparison.Ordinal) && r.Length > rel.Length && r[rel.Length] == ':'); }

    /// <summary>The preposition ("case" child) of a nominal, lower case, or null.</summary>
    public string? CaseOf(int node)
    {
        foreach (var c in Children(node))
            if (RelIs(c, "case") && c < node) return _doc.Token(c).Span.ToString().ToLowerInvariant();
        // "an air strike against al Shabaab militants" parsed with "against" under the name's first word: a preposition that
        // opens the nominal's phrase but hangs from one of its pre-modifiers is still the nominal's.
        foreach (var c in Children(node))
        {
            if (c > node || Rel(c) is not ("compound" or "flat" or "amod" or "nummod")) continue;
            foreach (var cc in Children(c))
                if (RelIs(cc, "case") && cc < c && cc == FirstOfSubtree(node)) return _doc.Token(cc).Span.ToString().ToLowerInvariant();
        }
        return null;
    }

    /// <summary>
    /// The actor a nominal stands for: its own actor mention, else an actor among its modifiers (possessive,
    /// adjective, compound, "of" phrase, apposition): "the Syrian troops", "the forces of Syria". -1 when none.
    /// </summary>
    public int ActorOfNode(int node)
    {
        if (node < _f || node >= _e) return -1;
        if (_actorOf[node] >= 0)
        {
            if (IncludedMember(node) is var member && member >= 0) return _actorOf[member];
            return CountryOfRole(node) is var whose && whose >= 0 ? _actorOf[whose] : _actorOf[node];
        }
        foreach (var c in Children(node))
        {
            var r = Rel(c);
            if (r is "nmod:poss" or "amod" or "compound" or "appos" or "flat" && _actorOf[c] >= 0)
            {
                // Session 70 (target70): "froze the bank accounts of three Iranian companies": a role noun of no country that
                // only classifies the thing (the bank of "bank accounts") names no owner when an "of" phrase names one
                // with a country; the owner is whose the thing is.
                if (r is "compound" && _doc.Actors[_actorOf[c]].Country is null && OfOwnerWithCountry(node) is var owner && owner >= 0)
                    return owner;
                return _actorOf[c];
            }
        }
        // "an al Shabaab training camp", "a Hamas weapons storage site": the owner the parser hangs deeper inside a
        // chain of compounds (under "training", under "al") still names whose the thing is.
        foreach (var c in Children(node))
            if (RelIs(c, "compound") && CompoundChainActor(c, 2) is var deep && deep >= 0) return deep;
        foreach (var c in Children(node))
            if (RelIs(c, "nmod") && CaseOf(c) == "of" && _actorOf[c] >= 0) return _actorOf[c];
        // "an air strike blamed on the military killed 11 villagers": whose the act is, laid on its doer by a participle.
        if (LaidOnDoer(node) is var doer && doer >= 0) return doer;
        if (IncludedMember(node) is var included && included >= 0) return _actorOf[included];
        // "Hundreds of thousands of Israelis rallied", "dozens of opposition supporters": a count noun stands for what its
        // "of" phrase counts, through any number of counts.
        for (int depth = 0, n = node; depth < 4 && _doc.Token(n).Lemma is { } lemma && CountNouns.Contains(lemma); depth++)
        {
            int next = -1;
            foreach (var c in Children(n))
                if (RelIs(c, "nmod") && CaseOf(c) == "of") { next = c; break; }
            if (next < 0) break;
            if (_actorOf[next] >= 0) return _actorOf[next];
            n = next;
        }
        if (NamedWhat(node) is var named && named >= 0) return ActorOfNode(named);
        return MembersOf(node, 0);
    }

    /// <summary>The actor of a compound or flat child of <paramref name="node"/>, looked for down to <paramref name="depth"/>
    /// more levels of compounds; -1 when none.</summary>
    private int CompoundChainActor(int node, int depth)
    {
        foreach (var c in Children(node))
        {
            if (Rel(c) is not ("compound" or "flat")) continue;
            if (_actorOf[c] >= 0) return _actorOf[c];
            if (depth > 1 && CompoundChainActor(c, depth - 1) is var a && a >= 0) return a;
        }
        return -1;
    }

    /// <summary>
    /// "struck what the military described as Houthi targets", "shelled what it said were Hezbollah positions": a free
    /// relative "what" whose clause names the thing by a verb of naming stands for the nominal so named (the "as" phrase,
    /// the object or the complement). -1 when the node is no such "what".
    /// </summary>
    private int NamedWhat(int node)
    {
        if (!string.Equals(_doc.Token(node).Lemma, "what", StringComparison.OrdinalIgnoreCase)) return -1;
        foreach (var v in Children(node))
        {
            if (!RelIs(v, "acl:relcl") || _doc.Token(v).Lemma is not { } lemma || !WhatNamingVerbs.Contains(lemma)) continue;
            foreach (var c in Children(v))
                if ((RelStarts(c, "obl") && CaseOf(c) == "as") || RelIs(c, "obj") || RelIs(c, "xcomp") || RelIs(c, "ccomp"))
                    if (c > node && _doc.Token(c).Upos is Upos.NOUN or Upos.PROPN) return c;
        }
        return -1;
    }

    /// <summary>Verbs that name or label a thing in a free relative ("what officials described as", "what it called").</summary>
    private static readonly HashSet<string> WhatNamingVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "describe", "call", "say", "term", "label", "identify", "claim", "believe", "characterize", "characterise" };

    /// <summary>Plural nouns of a group of states or bodies that a list after "including" or "such as" names ("30 countries including
    /// Japan, France and Iran", "aid agencies such as UNICEF and the WFP").</summary>
    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "country", "nation", "state", "government", "donor", "agency", "organisation", "organization", "group", "body",
        "ally", "partner", "member", "power", "neighbour", "neighbor", "charity", "ngo",
    };

    /// <summary>
    /// "30 countries including Australia, France and Japan provide assistance", "donors such as Norway and the EU pledged": a
    /// plural group noun stands for the actors its "including"/"such as" list names (the list's first member here;
    /// <see cref="Conjuncts"/> adds the rest). The node of that member, or -1. A group noun the actor recognizer coded
    /// by its role alone ("aid groups including Oxfam and the Red Cross" → NGO, "Western governments such as France" →
    /// GOV), or left uncoded as a role of many states ("Western governments, including Britain and France,"), stands for its
    /// members too: the named members are the doers, the role only says what kind they are.
    /// </summary>
    private int IncludedMember(int node)
    {
        if (node < _f || node >= _e || _doc.Token(node).Xpos is not ("NNS" or "NNPS")
            || !GroupNouns.Contains(_doc.Token(node).Lemma ?? "")) return -1;
        // An uncoded group ("Western governments": a role of many states, no code) stands for its members as a role does.
        if (_actorOf[node] >= 0 && _doc.Actors[_actorOf[node]] is var g && !string.IsNullOrEmpty(g.Code)
            && !g.Rule.StartsWith("role", StringComparison.Ordinal)) return -1;
        foreach (var c in Children(node))
            if (RelStarts(c, "nmod") && CaseOf(c) is "including" or "such" && _actorOf[c] >= 0) return c;
        // "countries bordering Nigeria, particularly Niger and Chad": a list a focusing word singles out (TreeRoles.FocusedLists.cs).
        return FocusedMember(node);
    }

    /// <summary>Nouns for people who act for a body they come from: "inspectors from the OPCW", "a team of experts from
    /// the WHO", "monitors of the OSCE".</summary>
    private static readonly HashSet<string> MemberNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "inspector", "expert", "monitor", "observer", "investigator", "team", "staff", "staffer", "representative",
        "delegate", "personnel", "mission", "member", "specialist", "technician", "engineer", "envoy",
    };

    /// <summary>
    /// The body a noun of members stands for when it is no actor itself: the actor of its "from" phrase ("allowed
    /// inspectors from the OPCW to visit" → the OPCW), through a noun of members it governs by "of" ("a team of inspectors
    /// from the IAEA"), or of a "from" phrase the parser hung on the verb right after the noun as its object ("allowed a
    /// team of inspectors from the IAEA to return"). -1 when none.
    /// </summary>
    private int MembersOf(int node, int depth)
    {
        if (depth > 2 || node < _f || node >= _e || _actorOf[node] >= 0 || !MemberNouns.Contains(_doc.Token(node).Lemma ?? "")) return -1;
        foreach (var c in Children(node))
        {
            if (!RelStarts(c, "nmod")) continue;
            var p = CaseOf(c);
            if (p == "from" && _actorOf[c] >= 0) return _actorOf[c];
            if (p == "of" && MembersOf(c, depth + 1) is var m && m >= 0) return m;
        }
        int v = Head(node);
        if (depth > 0 || !RelIs(node, "obj") || v < 0) return -1;
        int end = SubtreeEnd(node);
        foreach (var s in Children(v))
            if (RelStarts(s, "obl") && s > node && CaseOf(s) == "from" && _actorOf[s] >= 0 && FirstOfSubtree(s) == end)
                return _actorOf[s];
        return -1;
    }

    /// <summary>Weapons a state or force fights with: named as "its jets" or "their drones" they are their owner's.</summary>
    private static readonly HashSet<string> OwnWeaponNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "jet", "warplane", "aircraft", "plane", "drone", "missile", "rocket", "warship", "ship", "vessel", "artillery", "tank",
        "helicopter", "gunship", "bomber", "fighter jet", "navy", "air force",
        // session 53 (blind71): "Pakistan said its air defences had shot down 25 drones", "the coast guard said its cutters
        // had blocked ...": air defences and the kinds of ship a navy or coast guard sends are its own too.
        "defence", "defense", "boat", "cutter", "frigate", "destroyer", "corvette", "submarine",
    };

    /// <summary>
    /// Things that do not act, whose country or maker named before them is no doer: markets and money ("Indian shares
    /// rallied", "Japanese exports fell") and products ("the Airbus A330 jetliner crashed, killing 228"). As the subject of
    /// a verb the noun itself is the subject, so the verb has no actor source. Only the subject: "tariffs on Chinese goods"
    /// still aims at China.
    /// </summary>
    private static readonly HashSet<string> InertThingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "stock", "equity", "market", "bourse", "index", "price", "currency", "bond", "yield", "economy", "export",
        "import", "growth", "inflation", "output", "sale", "earnings", "profit", "revenue", "unemployment", "airliner",
        "jetliner", "airplane", "smartphone", "phone", "handset", "device", "car", "carmaker", "product", "brand", "film",
        "movie", "album", "song", "novel", "weather", "storm", "flood", "earthquake", "virus", "outbreak", "epidemic",
        // figures and surveys ("UN figures suggest ...", "the data show ..."): what they show is told, not done by their maker
        "figure", "statistic", "data", "estimate", "survey", "poll",
        // currencies by name ("Kenya's shilling hits record low", "Turkish lira slumps"): money, as "currency" is
        "dollar", "euro", "yen", "yuan", "renminbi", "rupee", "rupiah", "naira", "rand", "shilling", "cedi", "kwacha", "peso",
        "lira", "rouble", "ruble", "hryvnia", "dinar", "rial", "riyal", "dirham", "ringgit", "baht", "taka", "zloty", "forint",
        "krona", "krone", "franc", "sterling", "bitcoin",
    };

    /// <summary>True when the token modifies, as an adjective, compound or possessor, a noun of <see cref="InertThingNouns"/>
    /// ("Indian" in "Indian shares"): such a modifier names no doer of the clause.</summary>
    public bool ModifiesInertThing(int token)
    {
        if (!Parsed || token < _f || token >= _e || Rel(token) is not ("amod" or "compound" or "nmod:poss")) return false;
        int h = Head(token);
        return h >= 0 && _actorOf[h] < 0 && _doc.Token(h).Lemma is { } lemma && InertThingNouns.Contains(lemma);
    }

    /// <summary>True when the nominal's possessor is "its" or "their".</summary>
    private bool PossessivePronounOf(int node) => HasPronounPossessor(node, personal: false);

    /// <summary>
    /// True when a possessor of the nominal is "its" or "their", or with <paramref name="personal"/> also "his" or "her";
    /// with <paramref name="unlinked"/> only a pronoun that is no actor mention of its own counts.
    /// </summary>
    private bool HasPronounPossessor(int node, bool personal, bool unlinked = false)
    {
        foreach (var c in Children(node))
        {
            if (!RelIs(c, "nmod:poss") || (unlinked && _actorOf[c] >= 0)) continue;
            var pronoun = _doc.Token(c).Span.ToString().ToLowerInvariant();
            if (pronoun is "its" or "their" || (personal && pronoun is "his" or "her")) return true;
        }
        return false;
    }

    /// <summary>"arrested and later freed", "beat and detained": the conjunct follows the verb right after "and" or "or"
    /// (an adverb may stand between), with no subject of its own, active; protests (14) are left out, whose verbs are
    /// mostly intransitive ("marched and blocked a road").</summary>
    private bool RightNodeRaised(int verb, int conj)
    {
        if (conj <= verb + 1 || !IsVerbal(conj) || HasSubject(conj) || IsPassive(conj)) return false;
        var cc = _doc.Token(verb + 1).Span.ToString().ToLowerInvariant();
        if (cc is not ("and" or "or")) return false;
        int k = verb + 2;
        if (k < conj && _doc.Token(k).Upos == Upos.ADV) k++;
        return k == conj;
    }

    /// <summary>The subject node of "X became / was the first (only, last ...) N": the noun's ranking adjective, then the
    /// subject of "become" whose complement it is, or of the noun itself as a copular predicate; -1 otherwise.</summary>
    private int RankedPredicateSubject(int noun)
    {
        bool ranked = false;
        foreach (var c in Children(noun))
            if ((RelIs(c, "amod") || RelIs(c, "det")) && _doc.Token(c).Span.ToString().ToLowerInvariant() is "first" or "second" or "third" or "last" or "only" or "latest" or "sole")
                ranked = true;
        if (!ranked) return -1;
        int clause = RelIs(noun, "xcomp") && Head(noun) is var g && g >= 0 && IsVerbal(g) ? g : AnyChild(noun, "cop") ? noun : -1;
        if (clause < 0) return -1;
        foreach (var c in Children(clause))
            if (RelIs(c, "nsubj") && ActorOfNode(c) >= 0) return c;
        return -1;
    }

    /// <summary>
    /// Session 67 (dis67): the verb whose argument the antecedent <paramref name="ante"/> of a relative clause is: its head when
    /// it is the verb's object ("banned three parties, which it accused of ..."), or the verb reached through the nouns it
    /// modifies ("announced sanctions against officials it accused of ...", "froze the assets of businessmen it accused of
    /// ...", "imposed sanctions on officials it accused of ..."): up to three steps of nmod, obl or conj, the last one into
    /// an object or an oblique of the verb. -1 when the antecedent is no part of a verb's object or oblique (a subject's
    /// relative clause keeps its own reading).
    /// </summary>
    private int RelativeAntecedentGovernor(int ante)
    {
        int node = ante;
        for (int step = 0; step < 4 && node >= 0; step++)
        {
            int head = Head(node);
            if (head < 0) return -1;
            if (IsVerbal(head)) return RelIs(node, "obj") || RelStarts(node, "obl") ? head : -1;
            if (!(RelStarts(node, "nmod") || RelIs(node, "conj") || RelIs(node, "obj") || RelStarts(node, "obl"))) return -1;
            node = head;
        }
        return -1;
    }

    /// <summary>Session 67 (dis67): whether the relative clause <paramref name="clause"/> opens with an oblique relative pronoun ("in which", "from whom"): its gap is no object.</summary>
    private bool HasObliqueRelativePronoun(int clause)
    {
        foreach (var c in Children(clause))
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && _doc.Token(c).Lemma is "which" or "whom" or "who" or "whose" or "where") return true;
        return false;
    }

    /// <summary>True when <paramref name="verb"/> has an object other than a relative pronoun ("that", "which").</summary>
    private bool HasNonRelativeObject(int verb)
    {
        foreach (var c in Children(verb)) if (RelIs(c, "obj") && !IsRelativePronoun(c)) return true;
        return false;
    }

    private bool AnyChild(int node, string rel)
    {
        foreach (var c in Children(node)) if (RelIs(c, rel)) return true;
        return false;
    }

    /// <summary>True when <paramref name="c"/> has no subject, copula or object of its own: a noun phrase, not a clause
    /// the parser built on a noun (a verb's conjunct that is one is coordinated with a noun of the verb's, not the verb).</summary>
    private bool BareNominal(int c) => !AnyChild(c, "nsubj") && !AnyChild(c, "cop") && !AnyChild(c, "obj");

    /// <summary>
    /// "were fighting alongside M23 rebels", "patrolled together with Iraqi troops": a nominal after "alongside" (or
    /// "beside", "together with") names a side that acts with the subject, never the one acted on, even when the parser
    /// takes it for an object.
    /// </summary>
    public bool Comitative(int node)
    {
        int first = node;
        foreach (var c in Children(node)) if (c < first && !RelIs(c, "punct")) first = c;
        // The parser may hang "alongside" on the nominal as a case marker, an adjective or an adverb.
        foreach (var c in Children(node)) if (c < node && _doc.Token(c).Span.ToString().ToLowerInvariant() is "alongside" or "beside") return true;
        if (first - 1 < _f) return false;
        var before = _doc.Token(first - 1).Span.ToString().ToLowerInvariant();
        if (before is "alongside" or "beside") return true;
        return before == "with" && first - 2 >= _f && _doc.Token(first - 2).Span.Equals("together", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Nouns that count people: "hundreds of", "tens of thousands of", "dozens of", "scores of".</summary>
    private static readonly HashSet<string> CountNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "ten", "tens", "score", "scores", "million", "millions",
    };

    /// <summary>
    /// "Delegations from the Congolese government and the M23 group resumed talks", "envoys of Armenia and Azerbaijan": a
    /// role the actor stage left without a country stands for the actor of its "from"/"of" phrase (whose conjuncts are
    /// then sides too). The node of that phrase, or -1.
    /// </summary>
    private int CountryOfRole(int node)
    {
        var own = _doc.Actors[_actorOf[node]];
        bool roleOnly = own.Country is null && own.Code is { Length: 3 };
        foreach (var c in Children(node))
            if (RelStarts(c, "nmod") && CaseOf(c) is "from" or "of" && _actorOf[c] >= 0 && _actorOf[c] != _actorOf[node]
                && _doc.Actors[_actorOf[c]] is { Country: not null } inner
                // The role took its code from the phrase itself ("Delegations" → CODGOV by "the Congolese government").
                && (roleOnly || (own.Code == inner.Code && HasConjunct(c))))
                return c;
        return -1;
    }

    /// <summary>One past the last token of <paramref name="node"/>'s subtree (projective trees).</summary>
    private int SubtreeEnd(int node)
    {
        int end = node + 1;
        foreach (var c in Children(node)) end = Math.Max(end, SubtreeEnd(c));
        return end;
    }

    /// <summary>The first token of <paramref name="node"/>'s subtree.</summary>
    private int FirstOfSubtree(int node)
    {
        int first = node;
        foreach (var c in Children(node)) first = Math.Min(first, FirstOfSubtree(c));
        return first;
    }

    /// <summary>Actors coordinated with a nominal ("Russia and China", "Egypt, Qatar and the US"): its conj children.</summary>
    public void Conjuncts(int node, List<int> actors)
    {
        if (node >= _f && node < _e && _actorOf[node] >= 0 && CountryOfRole(node) is var whose && whose >= 0 && whose != node)
            foreach (var c in Children(whose))
                if (RelIs(c, "conj") && ActorOfNode(c) is var wa && wa >= 0 && !actors.Contains(wa)) actors.Add(wa);
        // "the two leaders": the actor recognizer made the pair two mentions on the same tokens, one after the other.
        if (ActorOfNode(node) is var own && own >= 0 && own + 1 < _doc.Actors.Count && _doc.Actors[own + 1].Tokens == _doc.Actors[own].Tokens
            && !actors.Contains(own + 1))
            actors.Add(own + 1);
        foreach (var c in Children(node))
            if (RelIs(c, "conj") && ActorOfNode(c) is var a && a >= 0 && !actors.Contains(a) && !(!RelStarts(node, "nsubj") && OpensClause(a))) actors.Add(a);
        // "officials from Kosovo and Serbia", "the ambassadors of Germany, France and Italy": the countries coordinated in a
        // role's "from"/"of" phrase, which the actor recognizer gave the role, are sides too. So is an organisation there
        // ("negotiators from Israel and Hamas"): its own people are the organisation, as "Hamas negotiators" are.
        if (node >= _f && node < _e)
            foreach (var c in Children(node))
                if (RelStarts(c, "nmod") && CaseOf(c) is "from" or "of" && _actorOf[c] >= 0)
                    foreach (var cc in Children(c))
                        if (RelIs(cc, "conj") && _actorOf[cc] is var b && b >= 0 && !actors.Contains(b)
                            && _doc.Actors[b] is { Code: { Length: > 3 } } ab
                            && (ab.Rule.Contains("coordinated with the country of", StringComparison.Ordinal)
                                || (ab.Rule.StartsWith("organization", StringComparison.Ordinal) && _actorOf[node] >= 0)))
                            actors.Add(b);
        SeatConjuncts(node, actors);
        CoordinatedModifiers(node, actors, roleOnly: true);
        // "30 countries including Australia, France and Japan": a group noun stands for every member of its list.
        if (IncludedMember(node) is var included && included >= 0) AddListConjuncts(included, actors);
        // "30 countries including Japan, China and the US provide assistance": the parser may hang the list's last member on
        // the verb as a second subject ("and the US" nsubj beside "countries"), or make the group the root with the verb
        // its conjunct ("donors including Norway and the EU pledged"); the members of the group before it are its conjuncts.
        if (node >= _f && node < _e && RelStarts(node, "nsubj") && Head(node) is var verb && verb >= 0 && AndBefore(node, verb))
        {
            foreach (var s in Children(verb))
                if (s < node && RelStarts(s, "nsubj")) AddIncluded(s, actors);
            if (RelIs(verb, "conj") && Head(verb) is var group && group >= 0 && group < node) AddIncluded(group, actors);
        }
        // "the mediators, Egypt and Qatar,": a nominal that is no actor itself stands for its appositive and its conjuncts.
        if (node >= _f && node < _e && _actorOf[node] < 0)
            foreach (var c in Children(node))
                if (RelIs(c, "appos") && _actorOf[c] >= 0)
                {
                    foreach (var cc in Children(c))
                        if (RelIs(cc, "conj") && ActorOfNode(cc) is var b && b >= 0 && !actors.Contains(b)) actors.Add(b);
                    break;
                }
    }

    /// <summary>"Iranian and Saudi officials met", "met his Kenyan and Ugandan counterparts": coordinated adjectives (or
    /// nouns) of country that hang from the head noun each make their own actor of the role. With <paramref name="roleOnly"/>
    /// (any role but the subject's) only a modifier the actor recognizer gave the head's role counts: "Israeli and Hamas
    /// negotiators" leaves "Israeli" a bare country, which is no side of the talks.</summary>
    private void CoordinatedModifiers(int node, List<int> actors, bool roleOnly)
    {
        if (node < _f || node >= _e) return;
        int own = ActorOfNode(node);
        foreach (var c in Children(node))
        {
            if (!(RelIs(c, "amod") || RelIs(c, "nmod:poss") || RelIs(c, "compound"))) continue;
            if (_actorOf[c] >= 0 && _actorOf[c] != own && !actors.Contains(_actorOf[c]) && HasConjunct(c) && Counts(_actorOf[c])) actors.Add(_actorOf[c]);
            foreach (var cc in Children(c))
                if (RelIs(cc, "conj") && _actorOf[cc] >= 0 && _actorOf[cc] != own && !actors.Contains(_actorOf[cc]) && Counts(_actorOf[cc])) actors.Add(_actorOf[cc]);
        }

        bool Counts(int a) => !roleOnly || _doc.Actors[a].Code is { Length: > 3 };
    }

    /// <summary>Whether "and" opens the subject <paramref name="node"/>: a cc on it, or on its verb just before it.</summary>
    private bool AndBefore(int node, int verb)
    {
        if (AnyChild(node, "cc")) return true;
        int start = FirstOfSubtree(node);
        foreach (var c in Children(verb))
            if (RelIs(c, "cc") && c == start - 1) return true;
        return false;
    }

    /// <summary>Adds the members a group noun's "including" list names (<see cref="IncludedMember"/>), when it has one.</summary>
    private void AddIncluded(int group, List<int> actors)
    {
        if (IncludedMember(group) is not (var first and >= 0)) return;
        if (_actorOf[first] is var fa && fa >= 0 && !actors.Contains(fa)) actors.Add(fa);
        AddListConjuncts(first, actors);
    }

    /// <summary>Adds the actors coordinated with an "including" list's first member <paramref name="first"/> ("including
    /// Australia, France and Japan": France and Japan).</summary>
    private void AddListConjuncts(int first, List<int> actors)
    {
        foreach (var c in Children(first))
            if (RelIs(c, "conj") && ActorOfNode(c) is var m && m >= 0 && !actors.Contains(m)) actors.Add(m);
        AddFocusedListTail(first, actors);
    }

    /// <summary>
    /// "companies based in Hong Kong and the United Arab Emirates": the countries coordinated in the place of a seat
    /// participle under a role, which the actor recognizer gave the role (a business of each), are sides too.
    /// </summary>
    private void SeatConjuncts(int node, List<int> actors)
    {
        if (node < _f || node >= _e || _actorOf[node] < 0) return;
        foreach (var c in Children(node))
        {
            if (!RelIs(c, "acl") || _doc.Token(c).Lemma is not ("base" or "headquarter" or "register" or "incorporate")) continue;
            foreach (var place in Children(c))
            {
                if (!RelIs(place, "obl") || CaseOf(place) != "in") continue;
                foreach (var cc in Children(place))
                    if (RelIs(cc, "conj") && _actorOf[cc] is var b && b >= 0 && !actors.Contains(b)
                        && _doc.Actors[b].Rule.Contains("coordinated with the country of", StringComparison.Ordinal))
                        actors.Add(b);
            }
        }
    }

    /// <summary>The actor whose mention ends right before the verb, or before an appositive set off by commas there, when
    /// "and" or a comma opens that mention's clause; -1 otherwise.</summary>
    private int SurfaceSubjectBefore(int verb)
    {
        int t = verb - 1;
        if (t >= _f && _doc.Token(t).Span.Equals(",", StringComparison.Ordinal))
        {
            int open = -1;
            for (int k = t - 1; k >= _f && k >= t - 8; k--)
                if (_doc.Token(k).Span.Equals(",", StringComparison.Ordinal)) { open = k; break; }
            if (open < 0) return -1;
            t = open - 1;
        }
        if (t < _f || _actorOf[t] < 0) return -1;
        var m = _doc.Actors[_actorOf[t]];
        if (m.IsModifier || m.Tokens.EndToken != t + 1) return -1;
        int before = m.Tokens.FirstToken - 1;
        while (before >= _f && _doc.Token(before).Upos == Upos.DET) before--;
        return before >= _f && (_doc.Token(before).Span.Equals("and", StringComparison.OrdinalIgnoreCase)
            || _doc.Token(before).Span.Equals("but", StringComparison.OrdinalIgnoreCase)) ? _actorOf[t] : -1;
    }

    /// <summary>"suspended Gabon's membership and France, the former colonial power, condemned the coup": an actor followed,
    /// past an appositive set off by commas, by a finite verb is the subject of a new clause, whatever the parser joined it to.</summary>
    private bool OpensClause(int actor)
    {
        int t = _doc.Actors[actor].Tokens.EndToken;
        if (t < _e && _doc.Token(t).Span.Equals(",", StringComparison.Ordinal))
        {
            int close = -1;
            for (int k = t + 1; k < _e && k <= t + 8; k++)
                if (_doc.Token(k).Span.Equals(",", StringComparison.Ordinal)) { close = k; break; }
            if (close < 0) return false;
            t = close + 1;
        }
        return t < _e && _doc.Token(t).Xpos is "VBD" or "VBZ" or "VBP" or "MD";
    }

    private bool HasConjunct(int node)
    {
        foreach (var c in Children(node)) if (RelIs(c, "conj")) return true;
        return false;
    }

    /// <summary>True when the verb is passive: it has a passive subject or a passive auxiliary ("was prepared to" is
    /// a predicate of readiness, no passive).</summary>
    public bool IsPassive(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || ReadinessPredicate(verb) || FeelingPredicate(verb)) return false;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "nsubj:pass") || RelIs(c, "aux:pass") || RelIs(c, "csubj:pass")) return true;
            // "troops who fought and were wounded in Afghanistan": the parser may hang "were" on a second coordinated
            // participle as a copula; a past participle after a form of "be" is still a passive, its subject the one it befell.
            // The tagger may call it an adjective ("were wounded" JJ): an "-ed" word counts too.
            if (RelIs(c, "cop") && RelIs(verb, "conj") && _doc.Token(c).Lemma == "be"
                && (_doc.Token(verb).Xpos == "VBN" || (_doc.Token(verb).Xpos == "JJ" && _doc.Token(verb).Span.EndsWith("ed", StringComparison.OrdinalIgnoreCase))))
                return true;
        }
        if (HarmPredicate(verb)) return true;
        return SharesPassive(verb);
    }

    /// <summary>Past participles of harm done to people, which the tagger often reads as adjectives after "be" ("three
    /// civilians were wounded", "two officers were injured"). A casualty told so is a passive: its subject is who was harmed,
    /// never the doer. Only these words: other "-ed" predicates after "be" state their subject's own stance ("is opposed to",
    /// "was committed to", "is concerned").</summary>
    private static readonly HashSet<string> HarmParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "wounded", "injured", "hurt", "killed", "slain", "maimed", "beaten", "tortured", "abducted", "kidnapped", "shot",
        "stabbed", "raped", "executed", "massacred", "lynched", "assaulted", "attacked", "bombed", "shelled",
    };

    /// <summary>Past participles of coercion done to people, which the tagger reads as adjectives after "be" as it does the
    /// harm ones ("Former minister X was jailed", "were detained"): the subject is who it befell, never the doer. They state
    /// no stance of their subject, so they join <see cref="HarmParticiples"/> in <see cref="HarmPredicate"/>.</summary>
    private static readonly HashSet<string> CoercionParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "jailed", "imprisoned", "arrested", "detained", "sentenced", "deported", "expelled", "convicted", "indicted", "charged",
        "prosecuted", "interrogated", "questioned", "banned", "evicted",
    };

    /// <summary>True when <paramref name="verb"/> is a harm or coercion participle (<see cref="HarmParticiples"/>,
    /// <see cref="CoercionParticiples"/>) the parser made the
    /// predicate of a copula "be" ("were wounded" as ADJ + cop).</summary>
    private bool HarmPredicate(int verb)
    {
        if (_doc.Token(verb).Upos is not (Upos.ADJ or Upos.VERB)) return false;
        var word = _doc.Token(verb).Span.ToString();
        if (!HarmParticiples.Contains(word) && !CoercionParticiples.Contains(word)) return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "cop") && _doc.Token(c).Lemma == "be" && c < verb) return true;
        return false;
    }

    /// <summary>True when <paramref name="verb"/> is a past participle coordinated after a passive verb, with no subject,
    /// auxiliary, copula or object of its own: "were arrested and charged by police", "was detained and beaten" share the
    /// first verb's passive subject and auxiliary, and a "by" phrase after the last participle names the doer of both.
    /// Session 59 (realnews59): the tagger reads the second participle as a finite past ("was convicted of fraud and
    /// sentenced to six years" VBD), which made the convict the judge's source; a harm or coercion form
    /// (<see cref="HarmParticiples"/>, <see cref="CoercionParticiples"/>: the same word in both tenses, and a transitive act
    /// done to people) with no object after a passive verb is that passive's participle whatever its tag.</summary>
    private bool SharesPassive(int verb)
    {
        if (!RelIs(verb, "conj") || Head(verb) is not (var h and >= 0) || h >= verb || !IsVerbal(h)) return false;
        if (_doc.Token(verb).Xpos != "VBN"
            && !(_doc.Token(verb).Xpos == "VBD" && _doc.Token(verb).Span.ToString() is var form && (HarmParticiples.Contains(form) || CoercionParticiples.Contains(form))))
            return false;
        foreach (var c in Children(verb))
            if (RelStarts(c, "nsubj") || RelStarts(c, "aux") || RelIs(c, "cop") || RelIs(c, "obj") || RelIs(c, "expl")) return false;
        return IsPassive(h);
    }

    /// <summary>The passive subject of <paramref name="verb"/>, or of the passive verb a participle coordinated with it
    /// shares it from (<see cref="SharesPassive"/>); -1 when none.</summary>
    private int PassiveSubjectHolder(int verb)
    {
        for (int v = verb, step = 0; v >= 0 && step < 4; step++)
        {
            if (AnyChild(v, "nsubj:pass")) return v;
            if (!SharesPassive(v)) return -1;
            v = Head(v);
        }
        return -1;
    }

    /// <summary>"Two activists released from prison in Accra", "Jailed journalist freed": a headline or photo caption
    /// drops the "was" of a passive; a past participle heading the sentence, with a subject and neither auxiliary nor
    /// object nor by-agent, tells what was done to its subject by no one named.</summary>
    public bool IsReducedPassiveHeadline(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || _doc.Token(verb).Xpos != "VBN" || !RelIs(verb, "root")) return false;
        bool subject = false;
        foreach (var c in Children(verb))
        {
            if (RelStarts(c, "aux") || RelIs(c, "cop") || RelIs(c, "obj") || RelIs(c, "iobj") || RelIs(c, "obl:agent")
                || (RelStarts(c, "obl") && CaseOf(c) == "by")) return false;
            if (RelIs(c, "nsubj")) subject = true;
        }
        return subject;
    }

    /// <summary>
    /// True when <paramref name="verb"/> is the only predicate of a line that has no finite verb of its own: the root with a
    /// subject before it, or a participle or reduced relative on the root noun ("Opposition leader detained by police",
    /// "Jailed journalist X released from prison"), with neither auxiliary nor object nor a coordinated verb (which may
    /// hold the shared object: "detained and beat protesters") nor a clausal complement.
    /// </summary>
    public bool IsVerblessLinePredicate(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || _doc.Token(verb).Xpos is not ("VBD" or "VBN")) return false;
        bool subject = false;
        if (RelIs(verb, "root")) { }
        else if (RelIs(verb, "acl") || RelIs(verb, "acl:relcl"))
        {
            int h = Head(verb);
            if (h < 0 || h > verb || !RelIs(h, "root") || !IsNounTag(h)) return false;
            subject = true;
        }
        else return false;
        foreach (var c in Children(verb))
        {
            if (RelStarts(c, "aux") || RelIs(c, "cop") || RelIs(c, "obj") || RelIs(c, "iobj") || RelIs(c, "ccomp") || RelIs(c, "xcomp")
                || RelIs(c, "conj") || RelIs(c, "expl") || RelIs(c, "nsubj:pass")) return false;
            // "police arrested in Nairobi two opposition lawmakers": an actor after the verb with no preposition is its
            // object, whatever relation the parser gave it.
            if (c > verb && RelStarts(c, "obl") && CaseOf(c) is null && ActorOfNode(c) >= 0) return false;
            if (RelIs(c, "nsubj") && c < verb && !IsRelativePronoun(c)) subject = true;
        }
        return subject;
    }

    /// <summary>
    /// The source of a verb trigger: its subject (the agent, for a passive), else the subject it inherits as a
    /// coordinated verb, an infinitive or participle clause, or a relative clause's antecedent. -1 when the tree
    /// does not say.
    /// </summary>
    public int VerbSource(int verb, out string how)
    {
        how = "tree:none";
        LastSubjectNode = -1;
        if (!Parsed || verb < _f || verb >= _e) return -1;
        int v = verb;
        // "over Mexico's decision to grant asylum", "Iran's offer to mediate", "the EU's move to impose tariffs": an infinitive
        // right after a noun of deciding or offering is done by the noun's possessor, not by whoever governs the noun,
        // wherever the parser hung the infinitive.
        if (verb - 2 >= _f && _doc.Token(verb - 1).Span.Equals("to", StringComparison.OrdinalIgnoreCase) && !HasSubject(verb)
            && _doc.Token(verb - 2).Lemma is { } dn && DecisionNouns.Contains(dn) && !IsPassive(verb))
            foreach (var c in Children(verb - 2))
                if (RelIs(c, "nmod:poss") && _actorOf[c] >= 0) { how = "tree:noun-possessor"; return _actorOf[c]; }
        // "Countries that have condemned the attack include France and Japan", "other agencies providing aid include UNICEF
        // and the WHO": a clause on the subject of "include" defines a class whose members the objects name; they are the
        // doers, not the class noun (nor an actor the recognizer read into it).
        if (ListedByInclude(verb) is var member && member >= 0)
        {
            how = "tree:included-members";
            LastSubjectNode = member;
            return ActorOfNode(member);
        }
        // Set once the climb has passed anything but a coordination ("skipped Malaysia and flew to Sydney"): a subject found
        // above an infinitive, a participle or a noun may be a controller the tree misread ("the law allows authorities to
        // shut down ..."), so a common noun there does not rule out the nearest actor.
        if (MisreadCoordinatedVerb(verb) is var coordinatedWith && coordinatedWith >= 0)
        {
            int shared = VerbSource(coordinatedWith, out how);
            if (shared >= 0) how = "tree:inherited-nsubj(misread-conj)";
            return shared;
        }
        // "Bulldozers escorted by troops demolished homes" parsed with the verb as the participle's conjunct: the noun is
        // the verb's subject (TreeRoles.MisreadParticipleConjuncts.cs), an instrument standing for whoever escorted it.
        if (MisreadParticipleConjunctSubject(verb) is var misreadSubject && misreadSubject >= 0
            && (ActorOfNode(misreadSubject) is var ownActor && ownActor >= 0 ? ownActor : InstrumentParticipleAgent(misreadSubject)) is var doer
            && doer >= 0)
        {
            how = "tree:misread-participle-conjunct";
            LastSubjectNode = misreadSubject;
            return doer;
        }
        // ", mediated by the Emirates": a reduced passive's doer is its agent, not the subject it would otherwise inherit.
        if (ReducedPassiveAgentNode(verb) is var reducedAgent && reducedAgent >= 0)
        {
            how = "tree:participle-agent";
            LastSubjectNode = reducedAgent;
            return ActorOfNode(reducedAgent);
        }
        bool pastConj = false;
        for (int step = 0; step < MaxClimb; step++)
        {
            // "it was prepared to lift restrictions", "it was willing to mediate": a predicate of readiness is no passive,
            // and the pronoun the parser hangs on it as a passive or expletive subject is its subject.
            bool ready = ReadinessPredicate(v) || FeelingPredicate(v);
            bool passive = IsPassive(v);
            foreach (var c in Children(v))
            {
                // "spoke by telephone with Hun Manet and Phumtham and urged Cambodia ...": the parser may read "with" as
                // the marker of an absolute clause and the people talked with as the subject of the next finite verb. An
                // absolute "with X ..." clause has a participle ("with troops massing"), never a past tense; the finite verb
                // is coordinated with the verb before, whose subject it shares.
                if (!passive && RelIs(c, "nsubj") && WithMarkedSubject(v, c)) continue;
                if (passive && step == 0)
                {
                    // The agent is the phrase "by" opens: an obl:agent with no "by" ("were killed, a police officer told
                    // reporters" parsed with "reporters" as the agent) is a parse of some other phrase.
                    if (RelStarts(c, "obl") && CaseOf(c) == "by")
                    {
                        int a = ActorOfNode(c);
                        // "deported by both Tanzania and Uganda": the agent's conjuncts are sources too (CoordinatedSubjects).
                        if (a >= 0 && !AgentOfCauseNoun(v, c)) { how = "tree:agent"; LastSubjectNode = c; return a; }
                    }
                    // "was shot dead by a gunman who fled", "was beaten unconscious by a mob": the parser may hang the agent
                    // on the adjective of the passive's result; it is still the passive's "by" phrase.
                    else if (RelIs(c, "xcomp") && _doc.Token(c).Upos == Upos.ADJ)
                        foreach (var g in Children(c))
                            if (RelStarts(g, "obl") && CaseOf(g) == "by" && ActorOfNode(g) is var ra && ra >= 0 && !AgentOfCauseNoun(v, g))
                            {
                                how = "tree:agent"; LastSubjectNode = g; return ra;
                            }
                }
                else if (passive)
                {
                    // "Mali and Burkina Faso, led by military governments, warned …": a verb that inherits its subject from a
                    // passive one shares that verb's grammatical subject, not its agent.
                    if (RelIs(c, "nsubj:pass") && ActorOfNode(c) is var ps && ps >= 0)
                    {
                        how = "tree:inherited-nsubj";
                        LastSubjectNode = c;
                        return ps;
                    }
                }
                else if (RelIs(c, "nsubj") || (ready && (RelIs(c, "expl") || RelIs(c, "nsubj:pass"))))
                {
                    // "who/which" subject of a relative clause: the antecedent noun.
                    if (IsRelativePronoun(c) && RelIs(v, "acl:relcl") && Head(v) is var ante && ante >= 0)
                    {
                        int r = ActorOfNode(ante);
                        // "fired tear gas and stun grenades at protesters who threw bottles": the parser may hang the clause on
                        // a thing further back; "who" stands for people, and the actor right before it is its antecedent.
                        if (r < 0 && _doc.Token(c).Span.Equals("who", StringComparison.OrdinalIgnoreCase))
                        {
                            int before = c - 1;
                            if (before >= _f && _doc.Token(before).Span.Equals(",", StringComparison.Ordinal)) before--;
                            if (before >= _f && _actorOf[before] >= 0) r = _actorOf[before];
                        }
                        // "passed a law that bans the opposition": what a law the subject made does, its maker does.
                        if (r < 0 && MeasureMaker(ante) is var lawMaker && lawMaker >= 0) { how = "tree:measure-maker"; return lawMaker; }
                        how = "tree:relative-antecedent";
                        return r;
                    }
                    int a = ActorOfNode(c);
                    // "Air strikes by the military killed 40 villagers", "an attack by gunmen left five dead": an act named by
                    // a subject noun is done by whom its own "by" phrase names (not one under a deeper noun: "strikes on a
                    // camp run by the rebels" names the camp's keeper).
                    if (a < 0 && _doc.Token(c).Upos == Upos.NOUN)
                        foreach (var g in Children(c))
                            if (RelStarts(g, "nmod") && CaseOf(g) == "by" && ActorOfNode(g) is var byDoer && byDoer >= 0) { a = byDoer; break; }
                    // "Two cruise missiles fired by the Houthis struck a tanker": the weapon's reduced passive names who fired it.
                    if (a < 0 && InstrumentParticipleAgent(c) is var launcher && launcher >= 0) a = launcher;
                    // "UN humanitarian coordinator for South Sudan, Eugene Owusu described the attack as ...": a title that opens the
                    // sentence, set off by a comma before a name the coder does not know, stands in apposition to the name; the
                    // parser hangs it anywhere (a root with the verb in parataxis, an oblique), so its actor is the subject.
                    if (a < 0 && step == 0 && _doc.Token(c).Upos == Upos.PROPN && OpeningTitleBefore(c) is var titled && titled >= 0)
                    {
                        how = "tree:title-before-name";
                        return titled;
                    }
                    // "Indian shares rallied", "the Airbus jetliner crashed, killing …": a thing that cannot act is the subject,
                    // not the country or maker that modifies it.
                    if (a >= 0 && _actorOf[c] < 0 && _doc.Token(c).Lemma is { } thing && InertThingNouns.Contains(thing))
                    {
                        how = NonActorAgent;
                        return -1;
                    }
                    // "hours after thousands of demonstrators blocked the avenue": the parser may take the time noun for the
                    // clause's subject; the doer is the noun after "after" or "before".
                    if (a < 0 && _doc.Token(c).Lemma is { } unit && IsTimeUnitNoun(unit))
                        foreach (var t in Children(c))
                            if (RelStarts(t, "nmod") && CaseOf(t) is "after" or "before" && ActorOfNode(t) is var ta && ta >= 0)
                            {
                                how = step == 0 ? "tree:nsubj(after-time)" : "tree:inherited-nsubj(after-time)";
                                LastSubjectNode = t;
                                return ta;
                            }
                    // "Hamas said it was ready to release ...", "Vietnam and Korea said they would ...": a personal pronoun
                    // subject of a clause under another verb is that verb's subject.
                    // "Pakistan condemned the bombing and said it could suspend trade": a governing verb that is the second of
                    // coordinated verbs shares the first one's subject. Not for "they", which after "called the measures hostile
                    // and said they would ..." is as often the things just named.
                    // Session 68: "police baton-charged supporters of the former premier as they tried to march on Islamabad",
                    // "detained 40 supporters as they blocked the street": "they" protesting in a clause on a verb the police
                    // or the army do to people stands for those people, not for the force (ProtestersActed).
                    if (a < 0 && RelIs(v, "advcl") && Head(v) is var forceVerb && forceVerb >= 0 && IsVerbal(forceVerb)
                        && ProtestersActed(c, verb, forceVerb) is var acting && acting >= 0)
                    {
                        how = "tree:pronoun-antecedent(object-of-force)";
                        return acting;
                    }
                    if (a < 0 && IsPersonalPronoun(c) && Head(v) is var gov && gov >= 0 && Rel(v) is "ccomp" or "advcl" or "conj" && IsVerbal(gov))
                        foreach (var gc in Children(_doc.Token(c).Span.Equals("they", StringComparison.OrdinalIgnoreCase) ? gov : SharedSubjectHolder(gov)))
                            if (RelIs(gc, "nsubj") && ActorOfNode(gc) is var antecedent && antecedent >= 0)
                            {
                                // "President Vucic offered talks with the students, but they rejected his invitation":
                                // "they" is no single person; the latest plural actor before it is.
                                if (_doc.Token(c).Span.Equals("they", StringComparison.OrdinalIgnoreCase) && IsPerson(_doc.Actors[antecedent]))
                                {
                                    int plural = PluralActorBefore(c);
                                    if (plural < 0) break;
                                    how = "tree:pronoun-plural-antecedent";
                                    return plural;
                                }
                                // "Police arrested a lawyer after he criticised the judges": "he" or "she" is a person, so
                                // a governing subject that is none is not what the pronoun stands for, and nobody else is.
                                if (IsPersonPronoun(c) && IsNoPerson(_doc.Actors[antecedent]))
                                {
                                    how = NonActorAgent;
                                    return -1;
                                }
                                how = "tree:pronoun-antecedent";
                                LastSubjectNode = gc;
                                return antecedent;
                            }
                    // "Parliament banned three parties, which it accused of collaborating with foreign spies": "it", "he" or
                    // "she" as the subject of a relative clause on the object of a verb stands for that verb's subject (the
                    // antecedent, the object, is what the clause is about, not who speaks in it).
                    if (a < 0 && step == 0 && IsPersonalPronoun(c) && !_doc.Token(c).Span.Equals("they", StringComparison.OrdinalIgnoreCase)
                        && RelIs(v, "acl:relcl") && Head(v) is var relAnte && relAnte >= 0
                        && RelativeAntecedentGovernor(relAnte) is var relGov && relGov >= 0)
                        // Session 58 (realnews58): or the subject of the verb an -ing form hangs on ("passed a law banning ...").
                        foreach (var gc in Children(GerundSubjectHolder(SharedSubjectHolder(relGov))))
                        {
                            if (!RelIs(gc, "nsubj")) continue;
                            if (ActorOfNode(gc) is var relSpeaker && relSpeaker >= 0)
                            {
                                // Session 67 (dis67): "he" or "she" is a person; and "a post in which he questioned ..." is no
                                // clause whose gap is the antecedent (its relative pronoun is an oblique), so its subject is
                                // not the governing verb's.
                                if ((IsPersonPronoun(c) && IsNoPerson(_doc.Actors[relSpeaker])) || HasObliqueRelativePronoun(v)) break;
                                how = "tree:pronoun-antecedent(relative)";
                                LastSubjectNode = gc;
                                return relSpeaker;
                            }
                            // "Ryanair said it would appeal the decision, which it called absurd": that subject may itself be a
                            // pronoun, which the governing verb's own source resolves (a verb higher in the tree: no loop).
                            if (IsPersonalPronoun(gc) && gc != c && VerbSource(relGov, out _) is var relSource && relSource >= 0)
                            {
                                how = "tree:pronoun-antecedent(relative)";
                                LastSubjectNode = gc;
                                return relSource;
                            }
                        }
                    // "\"I thank Qatar for its mediation,\" the French president said", "\"We will help Jordan,\" the minister
                    // said": a first-person subject in a quote stands for the one the speech verb beside it names, which the
                    // parser hangs on the quoted verb as parataxis (or, for "I", the verb the quote is the complement of).
                    if (a < 0 && IsFirstPersonPronoun(c) && QuoteSpeakerSubject(v) is var speakerNode && speakerNode >= 0)
                    {
                        how = "tree:pronoun-antecedent";
                        LastSubjectNode = speakerNode;
                        return ActorOfNode(speakerNode);
                    }
                    // Session 73 (clause73): so too a noun "our" or "my" owns that names no actor ("'Our inspectors have been
                    // examining the contracts,' the court's spokesman said"): the speaker's own body (a "pronoun-antecedent" way,
                    // so the reporter filter keeps the speaker as the source of its own act).
                    if (a < 0 && RelIs(c, "nsubj") && IsSpeakersOwnSide(c) && QuoteSpeakerSubject(v) is var ownerNode && ownerNode >= 0)
                    {
                        how = "tree:quoted-own-side-pronoun-antecedent";
                        LastSubjectNode = ownerNode;
                        return ActorOfNode(ownerNode);
                    }
                    // "Israel's military said its jets had struck Hezbollah depots": weapons named as "its"/"their" in a
                    // reported clause are the reporter's own, so the reporter is the doer.
                    if (a < 0 && step == 0 && _doc.Token(c).Lemma is { } weapon && OwnWeaponNouns.Contains(weapon) && PossessivePronounOf(c)
                        && Head(v) is var say && say >= 0 && Rel(v) is "ccomp" && IsVerbal(say) && _doc.Token(say).Lemma is { } sl && SpeechVerbs.Contains(sl))
                        foreach (var gc in Children(say))
                            if (RelIs(gc, "nsubj") && ActorOfNode(gc) is var owner && owner >= 0 && !IsPerson(_doc.Actors[owner]))
                            {
                                how = "tree:own-weapons-pronoun-antecedent";
                                LastSubjectNode = gc;
                                return owner;
                            }
                    // "Indonesia's president said his country was ready to send troops", "the ministry said its country would
                    // retaliate": "his", "her", "its" or "their" country (or nation) as the subject of a clause a speech verb
                    // reports is the speaker's own, and the speaker stands for it, as "Ankara" does in "said Ankara was ready".
                    if (a < 0 && _doc.Token(c).Lemma is "country" or "nation" && HasPronounPossessor(c, personal: true)
                        && Head(v) is var said && said >= 0 && Rel(v) is "ccomp" && IsVerbal(said) && _doc.Token(said).Lemma is { } saidLemma
                        && SpeechVerbs.Contains(saidLemma))
                        foreach (var gc in Children(SharedSubjectHolder(said)))
                            if (RelIs(gc, "nsubj") && ActorOfNode(gc) is var speaker && speaker >= 0)
                            {
                                how = "tree:own-country-pronoun-antecedent";
                                LastSubjectNode = gc;
                                return speaker;
                            }
                    // A "he" or "she" the tree links to no actor stands for a person the coder cannot name; the nearest
                    // actor before it is no stand-in.
                    if (a < 0 && IsPersonPronoun(c))
                    {
                        how = NonActorAgent;
                        return -1;
                    }
                    // "The defendants, many of whom are critics of President Saied, denied the charges": a common-noun
                    // subject that names no actor, and holds none, is a doer the coder does not know; no actor elsewhere
                    // in the sentence stands in for it. So too for a verb that shares that subject ("The massive airliner will
                    // bypass Malaysia and fly directly to Sydney").
                    if (a < 0 && (step == 0 || !pastConj) && _doc.Token(c).Xpos is "NN" or "NNS" && !HoldsActor(c))
                    {
                        how = NonActorAgent;
                        return -1;
                    }
                    how = step == 0 ? "tree:nsubj" : "tree:inherited-nsubj";
                    LastSubjectNode = c;
                    return a;
                }
            }
            // "were arrested and charged by police": the "by" phrase on a participle that shares this verb's passive names
            // the doer of both.
            if (passive && step == 0)
                foreach (var c in Children(v))
                    if (RelIs(c, "conj") && c > v && SharesPassive(c))
                        foreach (var g in Children(c))
                            if ((RelIs(g, "obl:agent") || (RelStarts(g, "obl") && CaseOf(g) == "by")) && ActorOfNode(g) is var ca && ca >= 0
                                && !AgentOfCauseNoun(c, g))
                            { how = "tree:agent(shared-passive)"; LastSubjectNode = g; return ca; }
            if (passive) return -1;
            int h = Head(v);
            if (h < 0) return -1;
            var rel = Rel(v);
            // "sanctions targeting Russian banks", "approved a package of sanctions, targeting its shadow fleet": a
            // participle whose doer is a measure (sanctions, a law, tariffs) names what the measure does; the measure's
            // own trigger is the event.
            // "parliament passed a law banning the three main opposition parties", "signed a decree dissolving the party": a
            // law, decree or order made by the subject of the verb that made it does what its maker does through it, when the
            // law is no event of its own (sanctions and tariffs are, above).
            if (rel == "acl" && _doc.Token(v).Xpos == "VBG" && v > h && MeasureMaker(h) is var maker && maker >= 0)
            {
                how = "tree:measure-maker";
                return maker;
            }
            // "adopted a resolution demanding an immediate ceasefire": the parser may hang the participle on the verb of
            // making (advcl) rather than on the law noun; the law still does what its maker does through it, so the maker is
            // the doer, not the law (MeasureDoer below would leave the participle with no actor).
            if (rel == "advcl" && _doc.Token(v).Xpos == "VBG" && v > h)
                foreach (var c in Children(h))
                    if (RelIs(c, "obj") && c < v && MeasureMaker(c) is var resolutionMaker && resolutionMaker >= 0)
                    {
                        how = "tree:measure-maker";
                        return resolutionMaker;
                    }
            if (rel is "acl" or "advcl" && _doc.Token(v).Xpos == "VBG" && MeasureDoer(v, h))
            {
                how = NonActorAgent;
                return -1;
            }
            // "companies accused of supplying drone parts", "a man convicted of spying": a past participle followed by
            // "of" is passive (the active verb would need its object first); the noun is what was done to, and the
            // sentence does not say by whom. The tagger may read the participle as a past form ("a student group accused
            // of planning attacks", VBD) when the parser first hung it on the main verb; a past form hung on a noun with no
            // subject of its own is the same participle.
            if (rel == "acl" && IsParticipleOnNoun(v) && v + 1 < _e && _doc.Token(v + 1).Span.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                how = NonActorAgent;
                return -1;
            }
            // "Israel became the first country to recognise Somaliland", "Kenya was the only state to send troops": an
            // infinitive on a predicate noun ranked by "first", "only", "last" ... is done by the clause's subject.
            if (rel == "acl" && MarkOf(v) == "to" && !HasSubject(v) && RankedPredicateSubject(h) is var ranked && ranked >= 0)
            {
                how = "tree:ranked-predicate-subject";
                LastSubjectNode = ranked;
                return ActorOfNode(ranked);
            }
            // Session 64 (statement64): "telephoned his Nepali counterpart to offer condolences", "called the president to
            // express sympathy": an infinitive the parser hung on the object of a verb of contact is the contact's purpose, done
            // by whoever makes the call or visit, not by the one called (who is no controller: "telephone", unlike "urge",
            // asks nothing of its object).
            if (rel == "acl" && MarkOf(v) == "to" && !HasSubject(v) && RelIs(h, "obj") && Head(h) is var contact && contact >= 0
                && IsContactVerb(_doc.Token(contact).Lemma))
            {
                int caller = VerbSource(contact, out how);
                if (caller >= 0) { how = "tree:contact-purpose"; return caller; }
            }
            // A participle or reduced relative modifying a noun: "troops loyal to X firing on Y", "forces backed by X".
            if (rel == "acl")
            {
                // "the activists arrested during the protests", "four French officials detained since last year": a past
                // participle with no object right after an actor noun is a reduced passive relative; the actor suffered it,
                // and only a "by" phrase names who did it.
                // Only for a noun that is a verb's argument: a noun at the root, or inside another noun ("Hundreds of lawyers
                // protested"), is where the tagger misread the sentence's finite verb as a participle.
                // In a headline with no finite verb ("Dozens of opposition supporters arrested in Lusaka") the participle is the
                // line's passive predicate wherever the noun sits: no tagger misread a finite verb there. (One with a "by"
                // phrase is left to the coder's headline passive, which makes the noun the target and the agent the source.)
                // a noun inside a verb's argument ("demanded the release of four activists detained by
                // security forces", "urged Tbilisi to release all journalists and protesters jailed since the election") suffered
                // the participle too; what was done to it is presupposed by the governing event (as "an inquiry into the deaths of
                // protesters shot by police"), so it is no event of its own and never one done by the noun.
                if (_actorOf[h] >= 0 && IsParticipleOnNoun(v) && v > h && !HasCommaBetween(h, v) && !HasObject(v)
                    && !IsVerbArgument(h) && !IsVerblessHeadline() && InsideVerbArgument(h))
                {
                    how = NonActorAgent;
                    return -1;
                }
                // so is one in a headline that has a finite verb elsewhere ("Sierra Leone: government
                // says coup attempt foiled, 20 soldiers arrested", "Minister resigns, aides detained"): headlines drop the
                // passive's auxiliary in every clause, and the tagger's finite misread is VBD, not VBN.
                if (_actorOf[h] >= 0 && _doc.Token(v).Xpos == "VBN" && v > h && !HasCommaBetween(h, v) && !HasObject(v)
                    && (IsVerbArgument(h) || (IsHeadline() && !HasByAgent(v))))
                {
                    foreach (var c in Children(v))
                        if ((RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) && ActorOfNode(c) is var ag && ag >= 0)
                        { how = "tree:agent(reduced-relative)"; return ag; }
                    how = NonActorAgent;
                    return -1;
                }
                if (_actorOf[h] >= 0) { how = "tree:modified-noun"; return _actorOf[h]; }
                // "imposed tariffs on steel imported from Japan", "seized weapons smuggled from Iran": a past participle with
                // no object right after a thing that a verb acts on is a reduced passive relative on the thing; it was done by
                // whom its "by" phrase says (none here: the coder reads that as a passive), never by the governing verb's subject.
                if (IsParticipleOnNoun(v) && v > h && !HasCommaBetween(h, v) && !HasObject(v) && !HasByAgent(v) && !IsAgentNoun(h)
                    && (IsVerbArgument(h) || InsideVerbArgument(h)) && !IsVerblessHeadline() && GovernedByClauseVerb(h))
                {
                    how = NonActorAgent;
                    return -1;
                }
                // "a multinational mission fighting armed gangs": a participle right after a noun of an agent that is no
                // coded actor has that agent as its subject, not whoever governs the noun.
                if (IsAgentNoun(h) && v > h && !HasCommaBetween(h, v))
                {
                    // "Iranian opposition groups fighting ...": the agent noun's own modifier may be the actor.
                    if (ActorOfNode(h) is var ma && ma >= 0) { how = "tree:modified-noun"; return ma; }
                    // "Al-Shabaab, a militant group waging war against ...": the agent noun in apposition is the actor.
                    if (RelIs(h, "appos") && Head(h) is var ah && ah >= 0 && ActorOfNode(ah) is var aa && aa >= 0) { how = "tree:modified-noun(appos)"; return aa; }
                    how = NonActorAgent;
                    return -1;
                }
                // "justice for the 15 people killed when the canopy collapsed": a past participle right after a noun
                // that is no actor is passive; the noun suffered it, and the sentence does not say who did it.
                if (IsParticipleOnNoun(v) && v == h + 1 && IsNounTag(h))
                {
                    how = NonActorAgent;
                    return -1;
                }
                // A participle hanging from a noun that is no actor ("reaffirmed its support for X's sovereignty while
                // condemning ..."): the subject of the verb that governs that noun.
                int g = Head(h);
                // "vetoed a European Union statement criticising China", "rejected a report accusing it of ...": a participle
                // on a text (statement, resolution, report) says what the text says; its author does it, and only when the
                // governing verb issues the text is that the verb's subject ("the EU issued a statement criticising China").
                if (g >= 0 && Rel(h) == "obj" && _doc.Token(v).Xpos == "VBG" && DocumentNouns.Contains(_doc.Token(h).Lemma)
                    && !IssuingVerbs.Contains(_doc.Token(g).Lemma))
                {
                    how = NonActorAgent;
                    return -1;
                }
                if (g >= 0 && IsVerbal(g) && Rel(h) is "obj" or "obl" or "conj") { v = g; pastConj = true; continue; }
                return -1;
            }
            // Object control: "urged Y to resume talks", "accused Y of sponsoring attacks", "blamed Y for ...": the
            // governor's object does what the clause says.
            // "called on both sides to keep the ceasefire": an appeal's "to"-infinitive the parser hung as a purpose clause is
            // still controlled by the addressee.
            bool controlled = rel == "xcomp" || (rel == "advcl" && MarkOf(v) == "to" && !HasSubject(v) && _doc.Token(h).Lemma is { } cl && AppealControlVerbs.Contains(cl));
            // "visited Bangladesh to gather evidence", "toured Kenya to discuss trade": the object of a visit is the place
            // visited, which does nothing; the visitor (the subject) does what the "to"-clause says.
            if (controlled && _doc.Token(h).Lemma is "visit" or "tour") controlled = false;
            if ((controlled || (rel == "advcl" && MarkOf(v) is "of" or "for")) && IsVerbal(h))
                foreach (var c in Children(h))
                {
                    // The addressee of "call on" controls the infinitive as an object does.
                    bool addressee = controlled && c < v && RelStarts(c, "obl") && CaseOf(c) is "on" or "upon"
                        && _doc.Token(h).Lemma is "call" or "appeal" or "prevail";
                    if (!(RelIs(c, "obj") || RelIs(c, "iobj") || addressee)) continue;
                    if (ActorOfNode(c) is var oa && oa >= 0)
                    {
                        how = "tree:object-control";
                        LastSubjectNode = c;
                        return oa;
                    }
                    // "to reinforce a mission fighting gangs" (parsed as xcomp): the object agent acts, and it is no actor.
                    // "urged both sides to return to talks", "asked them to leave": so do parties the coder cannot name.
                    if (controlled && (IsAgentNoun(c) || (_doc.Token(c).Lemma is { } pl && PartyWords.Contains(pl)))) { how = NonActorAgent; return -1; }
                }
            // "to reinforce a mission fighting gangs", "shelled troops defending the town": a bare participle right after
            // the governor's object, with no comma, is a reduced relative on that object whatever the parser hung it
            // from; the object does it ("..., killing 12" after a comma is the subject's).
            if (rel is "advcl" or "xcomp" && v > h && IsVerbal(h) && _doc.Token(v).Xpos == "VBG" && MarkOf(v) is null)
                foreach (var c in Children(h))
                {
                    if (!RelIs(c, "obj") || c > v || HasCommaBetween(c, v)) continue;
                    // "blocked a Security Council statement condemning Israel": what a text the subject did not issue says
                    // is no act of the subject's, nor of the text's author that the verb stopped.
                    if (DocumentNouns.Contains(_doc.Token(c).Lemma) && !IssuingVerbs.Contains(_doc.Token(h).Lemma)) { how = NonActorAgent; return -1; }
                    if (ActorOfNode(c) is var oa && oa >= 0) { how = "tree:object-participle"; LastSubjectNode = c; return oa; }
                    if (IsAgentNoun(c)) { how = NonActorAgent; return -1; }
                }
            // "The UN said 150 civilians had been killed ... and called on both sides to ...": an active finite verb
            // the parser coordinated with a passive inside a report is coordinated with the reporting verb; the
            // passive's patient does not call on anyone.
            if (rel == "conj" && ReportCoordinatedWith(v, h) is var rep && rep >= 0) { v = rep; pastConj = true; continue; }
            // "suspended Gabon's membership and France, the former colonial power, condemned the coup": a finite conjunct
            // right after an actor (past its appositive) that the parser hung elsewhere has that actor as its subject.
            if (rel == "conj" && step == 0 && _doc.Token(v).Xpos is "VBD" or "VBZ" or "VBP" && SurfaceSubjectBefore(v) is var own && own >= 0)
            {
                how = "tree:conj-surface-subject";
                return own;
            }
            // Coordinated verbs share the subject; "to"-infinitives and participle clauses take their governor's.
            if (rel is "conj" or "xcomp" or "advcl" && IsVerbal(h)) { v = h; pastConj |= rel != "conj"; continue; }
            // "\"We are deeply concerned and urge Kenya to ...\"", "the UN was ready and called on ...": a verb coordinated
            // with a predicate adjective or noun after "be" shares that predicate's subject.
            if (rel == "conj" && HasCopula(h)) { v = h; continue; }
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// "Hanoi lodged a protest with Beijing and demanded compensation for the fishermen": a past form right after "and" that
    /// the parser hung as an adjective (amod) on the noun after it, where that noun is coordinated with the object of a verb
    /// before, is the finite verb coordinated with that verb; the verb is returned, else -1. (Read as an adjective the form
    /// has no subject, and the nearest actor before it, the first verb's prepositional object, would be taken for one.)
    /// Invariant: the verb returned lies before <paramref name="node"/> and is no amod, so <see cref="VerbSource"/> recurs
    /// at most once.
    /// </summary>
    private int MisreadCoordinatedVerb(int node)
    {
        // A phrase trigger ("demanded compensation") is headed by the noun; its verb is then the noun's adjective.
        if (!RelIs(node, "amod"))
            foreach (var c in Children(node))
                if (c < node && RelIs(c, "amod")) { node = c; break; }
        if (node - 1 < _f || !RelIs(node, "amod") || _doc.Token(node).Xpos is not ("VBN" or "VBD")
            || !_doc.Token(node - 1).Span.Equals("and", StringComparison.OrdinalIgnoreCase)) return -1;
        int noun = Head(node);
        if (noun <= node || !RelIs(noun, "conj") || _actorOf[noun] >= 0) return -1;
        int first = Head(noun);
        if (first < 0 || first >= node || !RelIs(first, "obj")) return -1;
        int verb = Head(first);
        return verb >= 0 && verb < first && IsVerbal(verb) && !RelIs(verb, "amod") ? verb : -1;
    }

    private bool HasCopula(int t)
    {
        foreach (var c in Children(t)) if (RelIs(c, "cop")) return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="node"/> lies in an adverbial clause of time, cause or concession ("after", "when",
    /// "because" …) that hangs, directly or further down, under <paramref name="trigger"/>: "detained a priest, hours
    /// after demonstrators blocked a highway". Complements ("denied that its warships had entered Japanese waters") and
    /// infinitives ("promised to restore the right of citizens") are not such clauses.
    /// </summary>
    public bool InAdverbialClauseUnder(int node, int trigger)
    {
        if (!Parsed || node < _f || node >= _e || trigger < _f || trigger >= _e) return false;
        bool adverbial = false;
        for (int v = node, step = 0; v >= 0 && step < MaxClimb; step++)
        {
            if (v == trigger) return adverbial;
            if (RelIs(v, "advcl") && MarkOf(v) is { } mark && AdverbialSubordinators.Contains(mark)) adverbial = true;
            v = Head(v);
        }
        return false;
    }

    /// <summary>True when the verb has a direct object that is not the doer's own ("detained a priest", not "put its
    /// navy on alert").</summary>
    public bool HasOthersPatient(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj") && !HasPronounPossessor(c, personal: true)) return true;
        return false;
    }

    private static readonly HashSet<string> AdverbialSubordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "when", "while", "whilst", "as", "since", "because", "although", "though", "until", "once", "whereas",
    };

    /// <summary>Nouns of a span of time that lead "hours after X did Y": the date resolver's calendar units
    /// (data/time/time-words.tsv: minute, hour, day, week, month, year …), and "moment".</summary>
    private static bool IsTimeUnitNoun(string lemma) =>
        Time.TimeWords.Default.Find(lemma).Kind == Time.TimeWordKind.Unit || lemma.Equals("moment", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when one of the verb's direct objects passes <paramref name="test"/>.</summary>
    public bool AnyObject(int verb, Func<int, bool> test)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj")) continue;
            if (test(c)) return true;
            // "announced a series of concessions": what a noun of quantity counts stands in its place.
            if (_actorOf[c] < 0 && _doc.Token(c).Upos == Upos.NOUN && QuantityNouns.Contains(_doc.Token(c).Lemma ?? ""))
                foreach (var n in Children(c))
                    if (RelStarts(n, "nmod") && CaseOf(n) == "of" && test(n)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="t"/> lies in an "on"/"against"/"at"/"in" phrase of the attack noun <paramref name="noun"/>
    /// (what or where it struck).</summary>
    private bool InVictimPhrase(int t, int noun)
    {
        foreach (var n in Children(noun))
            if (RelStarts(n, "nmod") && CaseOf(n) is "on" or "against" or "at" or "in" && (n == t || InSubtree(t, n))) return true;
        return false;
    }

    /// <summary>Nouns of an attack whose doer a criticism of it is aimed at.</summary>
    private static readonly HashSet<string> AttackNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "bombing", "killing", "shelling", "strike", "airstrike", "massacre", "assault", "raid", "shooting", "ambush",
        "abduction", "kidnapping", "murder", "assassination", "blast", "explosion", "atrocity",
        // Session 60 (realnews60): force used on people is an attack in the same sense ("criticised the violence against
        // protesters", "condemned the crackdown on journalists"): the people it was used on are its victims, not the ones
        // the criticism is aimed at, which is whoever used it.
        "violence", "crackdown",
    };

    /// <summary>Nouns of force that make "the use of …" an attack noun ("condemned the use of force against protesters").</summary>
    private static readonly HashSet<string> ForceUsedNouns = new(StringComparer.OrdinalIgnoreCase) { "force", "violence" };

    /// <summary>
    /// "Mexico condemned the bombing of a market", "condemned the attack on a police post": the verb's direct object is an
    /// attack noun that names no doer (no actor as its possessive, adjective or compound, no "by" agent). Returns that noun,
    /// or -1. A criticism of it criticises whoever did it, and the sentence names no one: what was attacked is no target.
    /// </summary>
    public int AttackObjectWithoutDoer(int verb, int source)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        // "expressed outrage at the killing", "voiced anger over the attack" (session 18): the attack after "at"/"over", on the
        // verb or on its object noun, is what the criticism is of.
        int c = FirstAimedAt(verb, AtOrOver, UnnamedAttackNoun);
        if (c < 0 || ByAgent(c, source, 0) >= 0) return -1;
        foreach (var g in Children(c))
            if ((RelIs(g, "nmod:poss") || RelIs(g, "amod") || RelIs(g, "compound")) && _actorOf[g] >= 0) return -1;
        // An active verb takes no "by" agent: one the parser hung on the verb, or on a place phrase of it, is the attack's doer.
        foreach (var g in Children(verb))
        {
            if (!RelStarts(g, "obl")) continue;
            var prep = CaseOf(g);
            if (prep == "by" && ActorOfNode(g) >= 0) return -1;
            if (g > c && PlacePhraseAgent(g, prep, source) >= 0) return -1;
        }
        return c;
    }

    private bool UnnamedAttackNoun(int c) => _actorOf[c] < 0 && (AttackNouns.Contains(LemmaOf(c)) || UseOfForce(c));

    private string LemmaOf(int c) => _doc.Token(c).Lemma ?? _doc.Token(c).Span.ToString();

    /// <summary>"the use of force", "the use of excessive force", "the use of violence": a "use" noun whose "of" phrase is force.
    /// Invariant: only the noun "use" with such an "of" dependent; "the use of the airport" is no attack.</summary>
    private bool UseOfForce(int c)
    {
        if (!string.Equals(LemmaOf(c), "use", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var g in Children(c))
            if (RelStarts(g, "nmod") && CaseOf(g) == "of" && ForceUsedNouns.Contains(LemmaOf(g))) return true;
        return false;
    }

    private static readonly string[] AtOrOver = ["at", "over"];
    private static readonly string[] AtOnOrAgainst = ["at", "on", "against"];

    /// <summary>
    /// The first node, in this order, that <paramref name="accept"/> takes: for each dependent of the verb, a direct object,
    /// an oblique whose preposition is one of <paramref name="cases"/>, then that object's nominal modifiers with such a
    /// preposition ("condemned the attack on …", "fired at hundreds of people", "opened fire on dozens of people"). What an
    /// act of harm or of criticism is aimed at, wherever the parser hung the phrase; -1 when none.
    /// </summary>
    private int FirstAimedAt(int verb, string[] cases, Func<int, bool> accept)
    {
        foreach (var c in Children(verb))
        {
            bool obj = RelIs(c, "obj");
            if (obj && accept(c)) return c;
            if (RelStarts(c, "obl") && Array.IndexOf(cases, CaseOf(c)) >= 0 && accept(c)) return c;
            if (obj)
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && Array.IndexOf(cases, CaseOf(g)) >= 0 && accept(g)) return g;
        }
        return -1;
    }

    /// <summary>Nouns that, made definite, point back to an act the article has told ("condemned the decision").</summary>
    private static readonly HashSet<string> AnaphoricActNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "decision", "move", "step", "measure", "action", "announcement", "ruling", "verdict", "decree", "order",
        "accusation", "allegation", "claim", "charge", "remark", "comment", "statement", "proposal", "offer", "plan",
        "ban", "expulsion", "demand", "request", "ultimatum", "threat",
        // acts of force and repression the article told before ("condemned the crackdown", "called the arrests unlawful")
        "crackdown", "arrest", "detention", "raid", "attack", "strike", "killing", "shelling", "bombing", "invasion", "incursion",
        // courts' acts ("condemned the trial as a sham") and criticism ("rejected the criticism")
        "trial", "sentence", "conviction", "criticism",
        // shows of force, pacts, visits and penalties ("condemned the drills", "criticised the deal", "welcomed the visit")
        "drill", "exercise", "manoeuvre", "maneuver", "test", "launch", "deployment", "deal", "agreement", "pact", "accord",
        "visit", "trip", "sanction", "tariff", "fine", "blockade", "coup", "takeover", "execution",
        // meetings and their resumption ("welcomed the meeting", "praised the talks", "welcomed the resumption of negotiations")
        "meeting", "talk", "summit", "negotiation", "resumption",
        // acts of force named by what they did or tried ("condemned the kidnapping", "ECOWAS condemned the attempt",
        // "denounced the plot"): a failed coup or a hostage-taking the lead told is what a later reaction answers.
        "kidnapping", "abduction", "hijacking", "ambush", "assault", "massacre", "attempt", "plot",
        // vetoes, and protests and stoppages named back ("Britain called the vetoes shameful", "the government called the
        // stoppage political", "the interior ministry declared the protests illegal")
        "veto", "protest", "demonstration", "rally", "march", "stoppage", "walkout", "boycott",
        // "Chinese vessels rammed a Philippine boat, Manila said, calling the incident reckless": news names a clash, a
        // ramming or water cannon fired at sea by the vaguest noun.
        "incident",
    };

    /// <summary>True for a noun that, made definite, can point back to an act told before (<see cref="AnaphoricActNouns"/>).</summary>
    public static bool IsAnaphoricActNoun(string lemma) => AnaphoricActNouns.Contains(lemma);

    /// <summary>
    /// "Iran condemned the decision", "Sweden rejected these accusations": the verb's direct object is a definite noun
    /// naming an act (<see cref="AnaphoricActNouns"/>) with no actor of its own ("the EU's decision" names its doer),
    /// so the act is one the article told before.
    /// </summary>
    public string? ObjectIsAnaphoricAct(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "obj"))
            {
                if (AnaphoricAct(c) is { } lemma) return lemma;
                // "expressed concern over the ban": the phrase's noun carries the act in its own phrase.
                foreach (var n in Children(c))
                    if (RelStarts(n, "nmod") && CaseOf(n) is "over" or "about" or "at" or "against" && AnaphoricAct(n) is { } nl) return nl;
                continue;
            }
            // "protested against the decision", "reacted angrily to the move"
            if (RelStarts(c, "obl") && CaseOf(c) is "over" or "about" or "at" or "against" or "to" && AnaphoricAct(c) is { } ol) return ol;
        }
        return null;
    }

    /// <summary>
    /// "Japan expelled two diplomats, a decision that Beijing condemned", "Ghana accuses Togo of arming rebels, a charge Togo
    /// denies": a verb heading a relative clause whose object is the clause's gap (a relative "that" or "which", or nothing
    /// at all in a reduced relative, "a move Beijing denounced as ...") on an act noun set beside a clause (appos or
    /// parataxis, after that clause's verb) reacts to that clause's act. Its doer (the noun's own possessor or by-phrase
    /// actor, else the clause's subject and the actors coordinated with it) is added to <paramref name="doers"/>. Nothing
    /// when the verb has a subject relative ("a move that angered Beijing") or an object of its own, except the predicate
    /// of a naming verb ("a verdict his party called a vendetta").
    /// </summary>
    public void SummedActDoers(int verb, List<int> doers)
    {
        if (!Parsed || verb < _f || verb >= _e || !RelIs(verb, "acl:relcl") || Head(verb) is not (var ante and >= 0)) return;
        string noun = _doc.Token(ante).Lemma ?? "";
        if (_doc.Token(ante).Upos != Upos.NOUN || !(AnaphoricActNouns.Contains(noun) || ActNouns.Contains(noun))) return;
        if (!(RelIs(ante, "appos") || RelIs(ante, "parataxis"))) return;
        bool subject = false;
        foreach (var c in Children(verb))
        {
            if (RelStarts(c, "nsubj") || RelIs(c, "expl"))
            {
                if (IsRelativePronoun(c) || !RelIs(c, "nsubj")) return;
                subject = true;
            }
            else if (RelIs(c, "obj") || RelIs(c, "ccomp"))
            {
                bool relative = IsRelativePronoun(c) && !_doc.Token(c).Span.Equals("who", StringComparison.OrdinalIgnoreCase);
                bool predicate = c > verb && RelIs(c, "obj") && NamingJudgementVerbs.Contains(_doc.Token(verb).Lemma ?? "");
                if (!relative && !predicate) return;
            }
        }
        if (!subject) return;
        foreach (var g in Children(ante))
            if ((RelIs(g, "nmod:poss") || (RelStarts(g, "nmod") && CaseOf(g) is "by")) && _actorOf[g] >= 0) { doers.Add(_actorOf[g]); return; }
        // The clause the noun sums up: the nearest verb above it ("recognised the State of Palestine on Sunday, a move ...":
        // the parser may hang the noun on the clause's object or oblique).
        int clause = Head(ante);
        for (int hops = 0; clause >= 0 && !IsVerbal(clause) && hops < 4; hops++) clause = Head(clause);
        if (clause < 0 || !IsVerbal(clause) || clause > ante) return;
        // "police fired rubber bullets, rights groups said, a claim the ministry denied": a report set after what it reports
        // sums up no act of the reporters'.
        if (_doc.Token(clause).Lemma is "say" or "tell" or "report" or "add" or "allege" && (RelIs(clause, "advcl") || RelIs(clause, "parataxis"))) return;
        foreach (var c in Children(clause))
            if (c < clause && (RelIs(c, "ccomp") || RelIs(c, "parataxis"))) return;
        int saved = LastSubjectNode;
        int doer = VerbSource(clause, out _);
        if (doer >= 0 && !doers.Contains(doer))
        {
            doers.Add(doer);
            if (LastSubjectNode >= 0) Conjuncts(LastSubjectNode, doers);
        }
        LastSubjectNode = saved;
    }

    /// <summary>The lemma of <paramref name="node"/> when it is a definite act noun naming no actor of its own that points
    /// back to an act told before ("opened an inquiry into the massacre"), else null.</summary>
    public string? AnaphoricActAt(int node) => Parsed && node >= _f && node < _e ? AnaphoricAct(node) : null;

    /// <summary>The lemma of the noun at <paramref name="c"/> when it is a definite act noun with no actor of its own.</summary>
    private string? AnaphoricAct(int c)
    {
        string lemma = _doc.Token(c).Lemma;
        if (!AnaphoricActNouns.Contains(lemma)) return null;
        // "condemned the attempt to silence the press", "the plot to kill the president": the clause after the noun names
        // the act itself; it is no act told before.
        if (lemma is "attempt" or "plot" && HasClauseComplement(c)) return null;
        // "the decision", "this move", and "her demand", "their arrest": a possessive pronoun points back too.
        bool definite = HasPronounPossessor(c, personal: true, unlinked: true);
        foreach (var d in Children(c))
            if (RelIs(d, "det") && _doc.Token(d).Lemma is "the" or "this" or "that" or "these" or "those") definite = true;
        if (!definite) return null;
        // "condemned the attack on the displaced camp": what an attack struck is no doer of it; the act still points back.
        bool attack = AttackNouns.Contains(lemma);
        for (int t = _f; t < _e; t++)
            if (_actorOf[t] >= 0 && t != c && InSubtree(t, c) && !(attack && InVictimPhrase(t, c))) return null;
        return lemma;
    }

    /// <summary>True when a noun has a clause of its own after it ("the attempt to seize power", "the plot against the king").</summary>
    private bool HasClauseComplement(int noun)
    {
        foreach (var d in Children(noun))
            if (d > noun && (RelStarts(d, "acl") || (RelStarts(d, "nmod") && CaseOf(d) is "against" or "on" or "by"))) return true;
        return false;
    }

    /// <summary>
    /// Whether an earlier event of CAMEO code <paramref name="code"/> can be the act an anaphoric noun names: an
    /// accusation is an accusation (11), a threat a threat (13), a demand an appeal or demand (02, 10), a proposal or offer
    /// an intent (03); a remark or statement any verbal act; a decision, move or measure a material one (not a statement,
    /// appeal, intent, meeting, praise, demand, criticism, rejection or threat; signing a deal and legal action are).
    /// </summary>
    public static bool AnaphoricNounFits(string noun, string code) => noun.ToLowerInvariant() switch
    {
        "accusation" or "allegation" or "charge" or "claim" => code.StartsWith("11", StringComparison.Ordinal) || code.StartsWith("01", StringComparison.Ordinal),
        "crackdown" or "arrest" or "detention" => code.StartsWith("17", StringComparison.Ordinal),
        // "Turkish jets struck PKK hideouts … Baghdad condemned the raids": a raid is a police one (17x) or an armed one, from
        // the ground or the air (18-20), whichever the article told (blind57).
        "raid" => code[..2] is "17" or "18" or "19" or "20",
        "trial" or "sentence" or "conviction" => code.StartsWith("115", StringComparison.Ordinal) || code.StartsWith("116", StringComparison.Ordinal)
            || code.StartsWith("17", StringComparison.Ordinal),
        "criticism" => code[..2] is "01" or "11",
        // "A UN panel accused the army of bombing markets … the army called the report biased": a report or its findings
        // are what its authors stated, found or accused (session 26).
        "report" or "finding" or "findings" or "study" or "investigation" or "inquiry" or "review" or "audit" or "assessment" => code[..2] is "01" or "09" or "11",
        "attack" or "killing" or "shelling" or "bombing" or "invasion" or "incursion" => code[..2] is "18" or "19" or "20",
        // "the CGT staged a general strike ... Milei called the strike an attack on workers": a strike is a military one or a
        // labour one (143x), whichever the article told.
        "strike" => code[..2] is "18" or "19" or "20" || code.StartsWith("143", StringComparison.Ordinal),
        "threat" or "ultimatum" => code.StartsWith("13", StringComparison.Ordinal),
        "veto" => code.StartsWith("12", StringComparison.Ordinal),
        // A protest, rally or march named back is a protest (14); a stoppage or walkout a strike (143) or a walkout of talks.
        "protest" or "demonstration" or "rally" or "march" => code.StartsWith("14", StringComparison.Ordinal),
        "stoppage" or "walkout" => code.StartsWith("14", StringComparison.Ordinal) || code.StartsWith("16", StringComparison.Ordinal),
        "boycott" => code.StartsWith("12", StringComparison.Ordinal) || code.StartsWith("14", StringComparison.Ordinal) || code.StartsWith("16", StringComparison.Ordinal),
        "demand" or "request" => code[..2] is "02" or "10",
        "proposal" or "offer" => code.StartsWith("03", StringComparison.Ordinal),
        "deal" or "agreement" or "pact" or "accord" => code.StartsWith("03", StringComparison.Ordinal) || code is "057" or "046" or "0871" or "0872"
            || (code.StartsWith("06", StringComparison.Ordinal) && code != "063"),
        "visit" or "trip" or "meeting" or "talk" or "summit" or "negotiation" or "resumption" => code.StartsWith("04", StringComparison.Ordinal),
        // "Portugal condemned the coup": a seizure of power is an act of force, never a sanction or a concession.
        "coup" or "takeover" or "execution" => code[..2] is "17" or "18" or "19" or "20",
        "kidnapping" or "abduction" or "hijacking" => code.StartsWith("18", StringComparison.Ordinal),
        "ambush" or "assault" or "massacre" => code[..2] is "18" or "19" or "20",
        // "the attempt", "the plot" with no act of their own named: the force the article told (a palace stormed, a minister
        // seized); an arrest or a curfew is the answer to it, not it.
        "attempt" or "plot" => code[..2] is "18" or "19" or "20",
        "drill" or "exercise" or "manoeuvre" or "maneuver" or "deployment" => code[..2] is "06" or "15" or "19",
        // "South Korea and the US held joint drills … the North fired two missiles … Seoul criticised the launches": a launch
        // or a test fires a weapon, a show of force (15) or its use (19); joint military cooperation (06) is drills, never a
        // launch (session 55).
        "test" or "launch" => code[..2] is "15" or "19",
        "remark" or "comment" or "statement" => code[..2] is "01" or "02" or "05" or "10" or "11" or "12" or "13",
        // An incident is a hostile physical act (coercion, assault, force), never a statement or a deal.
        "incident" => code[..2] is "17" or "18" or "19" or "20",
        _ => code[..2] is not ("01" or "02" or "03" or "04" or "05" or "09" or "10" or "11" or "12" or "13")
             || code.StartsWith("057", StringComparison.Ordinal) || code.StartsWith("115", StringComparison.Ordinal) || code.StartsWith("116", StringComparison.Ordinal),
    };

    /// <summary>Inhabited ground and the civilian buildings on it: what a force's own country has there is its people's.</summary>
    private static readonly HashSet<string> InhabitedGround = new(StringComparer.OrdinalIgnoreCase)
    {
        "village", "town", "city", "hamlet", "settlement", "neighbourhood", "neighborhood", "suburb", "market", "marketplace",
        "home", "house", "hospital", "clinic", "school", "church", "mosque", "temple", "monastery",
    };

    /// <summary>
    /// True when an attack is aimed at inhabited ground: its direct object or its "on"/"against" phrase is a village, a
    /// town, a market, homes or a hospital ("bombed villages in Sagaing", "air strikes on towns in the north", "shelled a
    /// market"), not a base, a camp or a position.
    /// </summary>
    public bool AttacksInhabitedGround(int anchor)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return false;
        foreach (var c in Children(anchor))
        {
            bool aimed = RelIs(c, "obj") || ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is "on" or "against");
            if (aimed && InhabitedGround.Contains(_doc.Token(c).Lemma ?? "")) return true;
            // "carried out air strikes on villages": the "on" phrase of the object the light verb takes.
            // (A long sentence may hang the object and its phrase as oblique nominals with no case.)
            if (RelIs(c, "obj") || (RelStarts(c, "obl") && CaseOf(c) is null))
                foreach (var g in Children(c))
                    if ((RelStarts(g, "nmod") || RelStarts(g, "obl")) && CaseOf(g) is "on" or "against" && InhabitedGround.Contains(_doc.Token(g).Lemma ?? "")) return true;
        }
        return false;
    }

    /// <summary>
    /// True when an "in"/"across"/"throughout" phrase within three levels under the anchor names "the country" itself or a
    /// part of it ("in the country's north", "across the country"): the country the sentence is about, with no place name.
    /// </summary>
    public bool InTheCountry(int anchor) => Parsed && anchor >= _f && anchor < _e && InTheCountry(anchor, 0);

    private bool InTheCountry(int node, int depth)
    {
        foreach (var c in Children(node))
        {
            if (!(RelStarts(c, "obl") || RelStarts(c, "nmod") || RelIs(c, "obj"))) continue;
            if (CaseOf(c) is "in" or "across" or "throughout")
            {
                if (_doc.Token(c).Lemma == "country" && HasDefiniteThe(c)) return true;
                foreach (var g in Children(c))
                    if (RelIs(g, "nmod:poss") && _doc.Token(g).Lemma == "country" && HasDefiniteThe(g)) return true;
            }
            if (depth < 2 && InTheCountry(c, depth + 1)) return true;
        }
        return false;
    }

    private bool HasDefiniteThe(int noun) => ChildWord(noun, "det", "the") >= 0;

    /// <summary>True when a noun is made definite by its own dependents: "the", a demonstrative ("this", "that", "these",
    /// "those") or a possessor ("its", "Monday's"). An act noun so named points back to one already known.</summary>
    public bool HasDefiniteDeterminer(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return false;
        foreach (var c in Children(noun))
        {
            if (RelIs(c, "nmod:poss")) return true;
            if (RelIs(c, "det") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "the" or "this" or "that" or "these" or "those") return true;
        }
        return false;
    }

    /// <summary>The first dependent of <paramref name="node"/> in relation <paramref name="relation"/> that is the word
    /// <paramref name="word"/> (any case): the "the" of a noun, the "had" of a verb, the "to" or "that" of a clause; -1 when none.</summary>
    private int ChildWord(int node, string relation, string word)
    {
        foreach (var c in Children(node))
            if (RelIs(c, relation) && _doc.Token(c).Span.Equals(word, StringComparison.OrdinalIgnoreCase)) return c;
        return -1;
    }

    /// <summary>True when a child of <paramref name="node"/> hangs on it by exactly <paramref name="relation"/>. False outside
    /// the sentence.</summary>
    public bool HasChildRelation(int node, string relation)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        foreach (var c in Children(node)) if (RelIs(c, relation)) return true;
        return false;
    }

    /// <summary>The lemma of the verb's direct object, or null.</summary>
    public string? ObjectLemma(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj")) return _doc.Token(c).Lemma;
        return null;
    }

    /// <summary>Verbs of responding whose "with" phrase names the act of response.</summary>
    public static readonly HashSet<string> RespondVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "retaliate", "respond", "react", "answer", "reply", "hit", "strike", "counter" };

    /// <summary>True when the verb is a verb of responding with an event noun as its "with" phrase.</summary>
    public bool RespondsWith(int verb, Func<int, bool> isEventNoun)
    {
        if (!Parsed || verb < _f || verb >= _e || !RespondVerbs.Contains(_doc.Token(verb).Lemma ?? "")) return false;
        foreach (var c in Children(verb))
            if (RelStarts(c, "obl") && CaseOf(c) == "with" && isEventNoun(c)) return true;
        return false;
    }

    /// <summary>A mention of one person: a name, or a title with a name.</summary>
    private static bool IsPerson(Actors.ActorMention m) =>
        m.Rule.StartsWith("person", StringComparison.Ordinal) || m.Rule.StartsWith("title+", StringComparison.Ordinal)
        || m.Rule.StartsWith("place+title+", StringComparison.Ordinal);

    /// <summary>The nearest actor before <paramref name="t"/> in the sentence whose head word is a plural noun.</summary>
    private int PluralActorBefore(int t)
    {
        for (int k = t - 1; k >= _f; k--)
            if (_actorOf[k] is var a && a >= 0 && _doc.Token(k).Xpos is "NNS" or "NNPS" && _doc.Actors[a].Tokens.EndToken == k + 1)
                return a;
        return -1;
    }

    private bool IsNounTag(int t) => _doc.Token(t).Xpos is "NN" or "NNS";

    private string? MarkOf(int verb)
    {
        foreach (var c in Children(verb))
            if (RelIs(c, "mark") || RelIs(c, "case")) return _doc.Token(c).Span.ToString().ToLowerInvariant();
        return null;
    }

    private bool IsVerbal(int t) => _doc.Token(t).Upos is Upos.VERB or Upos.AUX;

    /// <summary>Adjectives and participles of readiness before a "to"-infinitive ("was ready to", "is willing to", "was
    /// prepared to"): they state an intent and take a personal subject, never an extraposed clause.</summary>
    private static readonly HashSet<string> ReadinessWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ready", "willing", "prepared", "open", "eager", "keen", "poised", "determined", "unwilling",
    };

    /// <summary>Participles of feeling after "be" ("was deeply troubled by", "is appalled at", "were outraged over"): they
    /// state how their subject feels about what follows, never an act done to it, so the noun after "by" is the cause of the
    /// feeling (a target of the disapproval phrases), not an agent, and the parser's passive subject is the one who feels.
    /// "Encouraged" is left out: "was encouraged by Washington to join" is a real passive.</summary>
    private static readonly HashSet<string> FeelingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "troubled", "disturbed", "dismayed", "disappointed", "frustrated", "angered", "appalled", "outraged", "incensed",
        "disgusted", "concerned", "alarmed", "worried", "saddened", "pleased", "delighted", "heartened",
    };

    private bool FeelingPredicate(int v) =>
        v + 1 < _e && FeelingWords.Contains(_doc.Token(v).Span.ToString())
        && _doc.Token(v + 1).Span.ToString().ToLowerInvariant() is "by" or "at" or "over" or "with" or "about";

    private bool ReadinessPredicate(int v) =>
        v + 1 < _e && ReadinessWords.Contains(_doc.Token(v).Span.ToString())
        && _doc.Token(v + 1).Span.Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>The verb whose subject a verb has: itself, or for a second coordinated verb with no subject of its own
    /// ("condemned the bombing and said ..."), the first verb of the coordination.</summary>
    private int SharedSubjectHolder(int verb)
    {
        for (int guard = 0; guard < 8 && RelIs(verb, "conj") && Head(verb) is var first && first >= 0 && IsVerbal(first); guard++)
        {
            foreach (var ch in Children(verb))
                if (RelIs(ch, "nsubj") || RelIs(ch, "nsubj:pass")) return verb;
            verb = first;
        }
        return verb;
    }

    private bool IsPersonalPronoun(int t)
    {
        var s = _doc.Token(t).Span;
        return s.Equals("it", StringComparison.OrdinalIgnoreCase) || s.Equals("they", StringComparison.OrdinalIgnoreCase)
            || s.Equals("he", StringComparison.OrdinalIgnoreCase) || s.Equals("she", StringComparison.OrdinalIgnoreCase)
            || s.Equals("we", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsFirstPersonPronoun(int t)
    {
        var s = _doc.Token(t).Span;
        return s.Equals("I", StringComparison.Ordinal) || s.Equals("we", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The subject node (an actor's) of the speech verb that reports the quoted clause of <paramref name="verb"/>: a speech
    /// verb set off beside the clause ("\"...,\" the minister said", parsed as parataxis of the quoted verb or of a verb it
    /// hangs from by a complement or coordination), or the speech verb the clause is the complement of. -1 when none.
    /// </summary>
    private int QuoteSpeakerSubject(int verb)
    {
        for (int v = verb, step = 0; v >= 0 && step < 4; step++)
        {
            foreach (var p in Children(v))
            {
                if (!RelStarts(p, "parataxis") || _doc.Token(p).Lemma is not { } pl || !SpeechVerbs.Contains(pl)) continue;
                foreach (var s in Children(p))
                    if (RelIs(s, "nsubj") && ActorOfNode(s) >= 0) return s;
            }
            int h = Head(v);
            if (h < 0) return -1;
            if (RelIs(v, "ccomp") && _doc.Token(h).Lemma is { } hl && SpeechVerbs.Contains(hl))
            {
                foreach (var s in Children(h))
                    if (RelIs(s, "nsubj") && ActorOfNode(s) >= 0) return s;
                return -1;
            }
            if (!(RelIs(v, "xcomp") || RelIs(v, "conj") || RelIs(v, "ccomp"))) return -1;
            v = h;
        }
        return -1;
    }

    /// <summary>Head nouns of institutions and bodies, which "he" or "she" never stands for.</summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "government", "army", "police", "court", "agency", "parliament", "council", "party", "military", "forces",
        "force", "office", "embassy", "cabinet", "administration", "commission", "committee", "coalition", "junta", "navy",
        "guard", "service", "bank", "company", "media", "television", "radio", "newspaper", "group", "movement", "union",
        "alliance", "authority", "authorities", "presidency", "regime", "legislature", "assembly", "senate", "congress",
    };

    /// <summary>True for an actor "he" or "she" cannot stand for: a country, a capital, an organisation, a body, or a
    /// plural.</summary>
    private bool IsNoPerson(Actors.ActorMention m)
    {
        if (IsPerson(m)) return false;
        if (m.Rule.StartsWith("country", StringComparison.Ordinal) && !m.Rule.Contains("role", StringComparison.Ordinal)) return true;
        // Session 70 (fam08): "The ICC prosecutor said he had opened an investigation", "the UN envoy said she would return":
        // an organisation named with a singular role noun that is no body ("prosecutor", "envoy", "chief") is one person of
        // it, whom "he" or "she" stands for; "UN peacekeepers" (plural) and "the EU commission" (a body) stay no person.
        if (m.Rule.StartsWith("organization+role", StringComparison.Ordinal) && m.Tokens.EndToken - 1 is var end && end >= 0
            && end < _doc.TokenCount && _doc.Token(end).Xpos is "NN" && !BodyNouns.Contains(_doc.Token(end).Lemma ?? "")) return false;
        if (m.Rule.StartsWith("organization", StringComparison.Ordinal) || m.Rule.StartsWith("capital-as", StringComparison.Ordinal)
            || m.Rule.StartsWith("metonym", StringComparison.Ordinal) || m.Rule.StartsWith("demonym", StringComparison.Ordinal)) return true;
        int last = m.Tokens.EndToken - 1;
        if (last < 0 || last >= _doc.TokenCount) return false;
        return _doc.Token(last).Xpos is "NNS" or "NNPS" || BodyNouns.Contains(_doc.Token(last).Lemma);
    }

    /// <summary>True when the noun phrase at <paramref name="node"/> names an actor: itself, a dependent that is not a
    /// clause ("Kenyan protesters", "protesters and Kenyan police"), or a modifier of such a dependent. An actor deep in
    /// a clause or a phrase hanging from it ("critics of President Saied") does not count.</summary>
    private bool HoldsActor(int node)
    {
        if (_actorOf[node] >= 0) return true;
        foreach (var d in Children(node))
        {
            if (RelStarts(d, "acl")) continue;
            if (_actorOf[d] >= 0) return true;
            if (Rel(d) is "amod" or "compound" or "nmod:poss")
                foreach (var g in Children(d))
                    if (_actorOf[g] >= 0) return true;
        }
        return false;
    }

    private bool IsPersonPronoun(int t)
    {
        var s = _doc.Token(t).Span;
        return s.Equals("he", StringComparison.OrdinalIgnoreCase) || s.Equals("she", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The actor of a title that opens the sentence and is set off by a comma right before the name at <paramref name="name"/>
    /// ("UN humanitarian coordinator for South Sudan, Eugene Owusu said"), else -1. Only with no verb before the name, and not
    /// for a person's name as the opener ("Hasina, Modi said" is a list).
    /// </summary>
    private int OpeningTitleBefore(int name)
    {
        if (name - 1 <= _f || !_doc.Token(name - 1).Span.Equals(",", StringComparison.Ordinal) || _actorOf[name] >= 0) return -1;
        int first = _f;
        if (_doc.Token(first).Upos == Upos.DET) first++;
        if (first >= name - 1 || _actorOf[first] < 0) return -1;
        int titled = _actorOf[first];
        if (IsPerson(_doc.Actors[titled])) return -1;
        for (int t = _f; t < name - 1; t++)
            if (_doc.Token(t).Upos is Upos.VERB or Upos.AUX || _doc.Token(t).Span.Equals(",", StringComparison.Ordinal)) return -1;
        return titled;
    }

    /// <summary>"who", "which" or "that" as a pronoun. An actor spelled the same is a name, not a pronoun: "The UN health
    /// agency, WHO, has deployed teams" (the parser reads "WHO" as the relative subject of a clause on "agency").</summary>
    private bool IsRelativePronoun(int t)
    {
        return _actorOf[t] < 0 && SpelledAsRelativePronoun(t);
    }

    private bool SpelledAsRelativePronoun(int t)
    {
        var s = _doc.Token(t).Span;
        return s.Equals("who", StringComparison.OrdinalIgnoreCase) || s.Equals("which", StringComparison.OrdinalIgnoreCase)
            || s.Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Verbs whose object is an event someone else does: ending, stopping, suppressing, banning, watching it.</summary>
    private static readonly HashSet<string> ActsOnOthersEvents = new(StringComparer.OrdinalIgnoreCase)
    {
        "end", "stop", "halt", "disperse", "break", "crush", "suppress", "quell", "ban", "outlaw", "prohibit", "forbid",
        "monitor", "observe", "witness", "cover", "document", "investigate", "probe", "prevent", "avert", "thwart", "foil",
        "repel", "repulse", "contain", "curb", "clamp",
        // "Ukraine exposed a disinformation campaign", "Microsoft disrupted a hacking operation": uncovering or countering it.
        "expose", "uncover", "counter", "combat", "tackle", "debunk", "detect", "dismantle", "disrupt",
        // "detained the mayor, sparking protests", "the killing triggered riots": what an act causes others do.
        "spark", "trigger", "prompt", "provoke", "fuel", "ignite", "cause", "unleash", "inspire", "stoke",
        // "sappers cleared landmines", "police found a roadside bomb", "the army defused a car bomb", "the minister survived
        // an assassination attempt": finding, removing or outliving a device or an attack is done to what others set.
        "find", "discover", "locate", "defuse", "deactivate", "disarm", "neutralise", "neutralize", "remove", "clear",
        "survive", "escape",
    };

    /// <summary>
    /// Verbs that judge an event others did ("China and the United States welcomed the agreement", "the EU condemned the
    /// strikes"): the judge is the source of the praise or criticism, never of the event judged, so the agreement is not
    /// one the welcomers signed with each other.
    /// </summary>
    private static readonly HashSet<string> PraiseOrBlameVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "welcome", "praise", "hail", "applaud", "commend", "laud", "salute", "condemn", "denounce", "criticise", "criticize",
        "deplore", "decry", "slam", "lambast", "blast",
    };

    /// <summary>Verbs whose subject undergoes the event named by their object: "faces charges", "risks sanctions",
    /// "underwent questioning", "escaped arrest". The subject is the one acted on, never the doer. Session 58 (blind76):
    /// "survived an assassination attempt by gunmen": the survivor is the target, as one who escapes an arrest is.</summary>
    private static readonly HashSet<string> UndergoingVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "face", "risk", "undergo", "escape", "evade", "dodge", "avoid", "fear", "await", "survive", "withstand" };

    /// <summary>
    /// True when the event noun at <paramref name="noun"/> is the object of a verb of undergoing ("the senator faces a
    /// criminal investigation", "Iran faces new sanctions from the EU"), with <paramref name="undergoer"/> that verb's subject
    /// actor (-1 when it is no actor). Not after "or": "leave or face arrest" is an ultimatum's penalty (<see cref="Ultimatum"/>).
    /// </summary>
    public bool Undergone(int noun, out int undergoer)
    {
        undergoer = -1;
        if (!Parsed || noun < _f || noun >= _e) return false;
        int top = ThroughQuantity(noun);
        int h = Head(top);
        if (h < _f || h >= _e || Rel(top) is not "obj" || !IsVerbal(h) || IsPassive(h)
            || !UndergoingVerbs.Contains(_doc.Token(h).Lemma ?? "")) return false;
        if (h - 1 >= _f && _doc.Token(h - 1).Span.Equals("or", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var c in Children(h)) if (RelIs(c, "cc") && (_doc.Token(c).Lemma ?? "").Equals("or", StringComparison.OrdinalIgnoreCase)) return false;
        undergoer = VerbSource(h, out _);
        return true;
    }

    /// <summary>Nouns of quantity or collection whose "of" phrase names what there is: "a series of concessions", "10 tons
    /// of aid", "a wave of arrests", "a package of sanctions".</summary>
    private static readonly HashSet<string> QuantityNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "series", "wave", "package", "set", "round", "batch", "raft", "string", "spate", "flurry", "number", "host", "slew",
        "barrage", "volley", "salvo", "tranche", "range", "list", "bundle", "dozen", "ton", "tonne", "kilogram",
        "kilo", "litre", "liter", "barrel", "truckload", "shipload", "planeload", "consignment", "shipment", "cargo", "load",
        "sequence", "succession", "handful", "couple", "pair", "lot", "amount", "quantity", "volume", "supply", "stockpile",
    };

    /// <summary>The quantity noun an event noun hangs from by "of" ("a series of concessions" → "series"), climbing
    /// nested ones ("a new round of a series of ..."); the noun itself when there is none.</summary>
    private int ThroughQuantity(int noun)
    {
        for (int step = 0; step < 3; step++)
        {
            int h = Head(noun);
            if (h < 0 || !RelStarts(noun, "nmod") || CaseOf(noun) != "of" || _doc.Token(h).Upos != Upos.NOUN || _actorOf[h] >= 0
                || !QuantityNouns.Contains(_doc.Token(h).Lemma ?? "")) break;
            noun = h;
        }
        return noun;
    }

    /// <summary>Nouns of a span of time that an event can be in ("the fourth day of a walkout").</summary>
    private static readonly HashSet<string> SpanNouns = new(StringComparer.OrdinalIgnoreCase)
        { "hour", "day", "week", "month", "year" };

    /// <summary>
    /// The source of an event noun: its possessive, adjective or compound actor ("Russia's support", "Israeli
    /// strikes"), an agent "by" phrase, else (past the special cases in the body) the subject of the verb it is the
    /// object of ("X carried out strikes", "X held talks"). -1 when the tree does not say; <paramref name="how"/> names
    /// the rule.
    /// </summary>
    public int NounSource(int noun, out string how)
    {
        how = "tree:none";
        LastSubjectNode = -1;
        if (!Parsed || noun < _f || noun >= _e) return -1;
        if (_actorOf[noun] >= 0) return -1;
        foreach (var c in Children(noun))
        {
            var r = Rel(c);
            // "US-South Korean drills": a pair compound names two sides jointly, never one of them as the noun's doer (the
            // coder gives a noun that takes "between" sides both, ShallowCoder.PairCompoundSides).
            if (_actorOf[c] >= 0 && _doc.Actors[_actorOf[c]].Rule.StartsWith("pair-compound", StringComparison.Ordinal)) continue;
            if (r is "nmod:poss" or "amod" or "compound" && _actorOf[c] >= 0)
            {
                how = "tree:noun-modifier";
                int m = _actorOf[c];
                // "Erdogan reaffirmed Turkey's backing": the governing verb's subject speaks for the same country and
                // says which part of it acts (TURGOV rather than TUR).
                int g = Head(noun);
                if (g >= 0 && Rel(noun) == "obj" && IsVerbal(g) && !IsPassive(g) && VerbSource(g, out _) is var s0 && s0 >= 0
                    && Refines(_doc.Actors[s0], _doc.Actors[m]))
                {
                    how = "tree:governing-verb-subject(same country)";
                    return s0;
                }
                LastSubjectNode = -1;
                return m;
            }
        }
        foreach (var c in Children(noun))
            if (RelStarts(c, "nmod") && CaseOf(c) == "by" && ActorOfNode(c) is var a && a >= 0) { how = "tree:by-agent"; return a; }
        // "a drone strike blamed on Turkey", "an attack claimed by the Islamic State", "a bombing attributed to the rebels": the
        // actor a participle of the event noun lays it on is its doer.
        if (LaidOnDoer(noun) is var doer && doer >= 0) { how = "tree:blamed-on"; return doer; }
        // "the withdrawal of Kenyan troops from Somalia", "the pullout of rebel fighters": a force is not withdrawn by
        // anyone; the armed force in the "of" phrase of a noun of retreat is the one that retreats.
        if (RetreatNouns.Contains(_doc.Token(noun).Lemma ?? ""))
            foreach (var c in Children(noun))
                if (RelStarts(c, "nmod") && CaseOf(c) == "of" && ActorOfNode(c) is var f && f >= 0 && IsArmedForce(_doc.Actors[f]))
                {
                    how = "tree:of-force";
                    return f;
                }
        // "a jailed activist on hunger strike", "teachers out on strike", "the minister, on a visit to Kenya": an event noun in an
        // "on" phrase of an actor's noun is that actor's doing (headlines drop the verb: "Jailed Activist on Hunger Strike").
        // The head must be the actor's own word, not a noun an actor owns ("Kenya's position on sanctions").
        if (RelStarts(noun, "nmod") && CaseOf(noun) == "on" && Head(noun) is var oh && oh >= _f && _actorOf[oh] >= 0)
        {
            how = "tree:on-phrase-of-actor";
            return _actorOf[oh];
        }
        // "Oklahoma teachers are in the fourth day of a walkout", "the dockers are in the second week of their strike": an
        // event noun whose span of time is what the copular clause says its subject is in is that subject's doing.
        if (RelStarts(noun, "nmod") && CaseOf(noun) == "of" && Head(noun) is var span && span >= _f && _actorOf[span] < 0
            && SpanNouns.Contains(_doc.Token(span).Lemma ?? "") && AnyChild(span, "cop"))
            foreach (var c in Children(span))
                if (RelIs(c, "nsubj") && ActorOfNode(c) is var inIt && inIt >= 0)
                {
                    how = "tree:span-subject";
                    return inIt;
                }
        // "The abduction drew condemnation from Nigeria's president", "the plan drew criticism from the EU": a reaction noun
        // that the thing reacted to draws is made by the actor of its "from" phrase (on the noun or on the verb).
        if (DrawnFrom(noun) is var drawer && drawer >= 0) { how = "tree:drawn-from"; return drawer; }
        // "announced a series of concessions", "transferred 10 tons of aid": a noun of quantity or collection stands in
        // the event noun's place in the clause.
        int top = ThroughQuantity(noun);
        int h = Head(top);
        // Not the object of a verb of naming ("calling the protests an attempt to overthrow"): the namer judges the
        // event, it does not do it.
        // Nor the object of a verb that acts on an event others do ("police ended the protests", "troops crushed the
        // uprising", "the UN monitored the talks"), nor of one that judges it ("welcomed the agreement").
        if (h >= 0 && Rel(top) is "obj" && IsVerbal(h) && !IsPassive(h) && (_doc.Token(h).Lemma ?? "") is var governingLemma
            && !NamingVerbs.Contains(governingLemma) && !ActsOnOthersEvents.Contains(governingLemma) && !PraiseOrBlameVerbs.Contains(governingLemma))
        {
            int s = VerbSource(h, out var vh);
            if (s >= 0) { how = "tree:governing-verb-" + vh[5..]; return s; }
        }
        // "urged Colombia to return to talks", "went back to negotiations": talks one returns to are held by the one who
        // returns; when that is a party the sentence does not name ("urged both sides to return to talks"), by nobody it names.
        if (h >= 0 && RelStarts(top, "obl") && CaseOf(top) == "to" && IsVerbal(h) && ReturnVerbs.Contains(_doc.Token(h).Lemma ?? ""))
        {
            int s = VerbSource(h, out var vh);
            if (s >= 0) { how = "tree:returning-verb-" + vh[5..]; return s; }
            if (vh == NonActorAgent) { how = NonActorAgent; return -1; }
        }
        // "China retaliated with tariffs on U.S. goods", "Iran responded with missile strikes": the means of a response
        // is done by the one who responds.
        if (h >= 0 && RelStarts(noun, "obl") && CaseOf(noun) == "with" && IsVerbal(h) && RespondVerbs.Contains(_doc.Token(h).Lemma ?? ""))
        {
            int s = VerbSource(h, out var vh);
            if (s >= 0) { how = "tree:responding-verb-" + vh[5..]; return s; }
        }
        // "X's visit was ...", "the talks ... were held": a passive light verb with the noun as subject. Not a verb that acts
        // on an event others do ("a protest was broken up by police": the police did not protest).
        if (h >= 0 && Rel(top) is "nsubj:pass" && IsVerbal(h) && !ActsOnOthersEvents.Contains(_doc.Token(h).Lemma ?? ""))
        {
            int s = VerbSource(h, out var vh);
            if (s >= 0) { how = "tree:governing-verb-" + vh[5..]; return s; }
        }
        // "During a visit to Hanoi, Lee pledged loans", "after talks with Widodo in Jakarta, Albanese said", "two soldiers
        // were killed during clashes with militants": a visit, talks or a clash that sets the time of the clause, with no
        // doer of its own, is done by the clause's subject (its passive subject when the verb is passive: the soldiers
        // killed in the clashes fought in them). Only consultations and clashes: an attack in the same place ("after an
        // ambush, the government suspended talks") is done by others.
        if (IsSettingEvent(noun))
        {
            // "on the sidelines of his visit to Tokyo": the clause's verb governs the frame noun, not the event noun.
            h = SettingVerb(SettingAnchor(noun));
            if (IsPassive(h))
            {
                foreach (var c in Children(h))
                    if (RelIs(c, "nsubj:pass") && !IsCasualtyList(c, noun) && ActorOfNode(c) is var ps && ps >= 0) { how = "tree:setting-of-passive-subject"; return ps; }
                return -1;
            }
            // "..., the two delegations said after a round of talks": talks set in the sides' joint report are held by the
            // reported clause's joint subject, not by the reporter.
            if (JointlyReportedClause(h) is var reported and >= 0 && VerbSource(reported, out var rh) is var rs and >= 0)
            {
                how = "tree:setting-of-joint-report-" + rh[5..];
                return rs;
            }
            int s = VerbSource(h, out var vh);
            if (s >= 0) { how = "tree:setting-of-" + vh[5..]; return s; }
        }
        return -1;
    }

    /// <summary>A consultation or clash in a time phrase of a clause ("during a visit to Hanoi", "after talks with ...",
    /// "during clashes with militants"): an event of its own beside the clause's, not one the clause's event presupposes.</summary>
    public bool IsSettingEvent(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return false;
        int anchor = SettingAnchor(noun);
        if (SettingVerb(anchor) < 0) return false;
        // "on the sidelines of": "on" sets an event only through a frame noun ("agreed on talks" names their topic).
        // "Orban, on his first visit to Ukraine, said ...": one is "on" a visit or trip as one is during it.
        if (CaseOf(anchor) is not { } setting || !(SettingCases.Contains(setting) || (setting == "on" && (anchor != noun || OnJourney(noun))))) return false;
        // "after a round of talks": the trigger "round of talks" is headed by its measure noun; the talks it measures are the
        // setting event (session 63, consult63).
        noun = MeasuredTalks(noun);
        string lemma = _doc.Token(noun).Lemma ?? _doc.Token(noun).Span.ToString();
        if (!SettingNouns.Contains(lemma)) return false;
        bool namesItsOwnSides = false, otherSide = false;
        foreach (var c in Children(noun))
        {
            var cs = CaseOf(c);
            // "after clashes between border guards": a clash between others names its own sides.
            if (cs == "between") namesItsOwnSides = true;
            if (cs is "with" or "to" or "by") otherSide = true;
            // "pledged aid at a meeting of Kyiv's allies", "during a visit of the Pope": an "of" phrase names who holds the
            // gathering or makes the visit, so the clause's subject does not hold it with anyone; it is where the news was made.
            if (cs == "of" && (lemma == "meeting" || ActorOfNode(c) >= 0)) namesItsOwnSides = true;
        }
        if (namesItsOwnSides) return false;
        // What comes "after" is often its cause ("agree ceasefire after border clashes", "reopen crossing after talks"), told as
        // known: only talks or a visit whose other side is named there ("after talks with Widodo in Jakarta") are news.
        // Talks "after" which the clause's joint subject acts ("Thailand and Cambodia agreed to withdraw heavy weapons after
        // talks in Kuala Lumpur") were held by those sides with one another: the clause tells their outcome, so they are news
        // too (decision 076), though no "with" phrase names the other side.
        if (setting is "after" or "following")
            return lemma is not ("clash" or "clashes") && (otherSide || (lemma is "talks" or "talk" or "consultation" or "consultations"
                && JointSubjectOf(SettingVerb(anchor))));
        return true;
    }

    /// <summary>
    /// True when the verb's subject names two sides or more: coordinated actors ("Kenya and Tanzania agreed"), or a
    /// group noun whose "of" phrase coordinates them ("the foreign ministers of Rwanda and Burundi said"). Talks told
    /// with no partner in a clause of such a subject are held between those sides (see <see cref="AfterTalksOfJointSubject"/>).
    /// </summary>
    private bool JointSubjectOf(int verb) => JointSubjectCore(verb) || JointlyReportedClause(verb) >= 0;

    /// <summary>
    /// Session 63 (consult63). "Kenya and Uganda agreed to reopen the border, the two delegations said in a joint statement
    /// after a round of talks in Arusha": the report the two sides give together (decision 076) is told by a reporting verb
    /// whose subject names them as a pair ("the two delegations", "both sides", "the two foreign ministers") and whose
    /// reported clause, its complement or the clause it is set after as "..., X said", has the joint subject; talks set in
    /// the report are then those sides' own. Returns that reported clause's verb, -1 when the verb is no such report.
    /// </summary>
    private int JointlyReportedClause(int verb)
    {
        if (verb < 0 || (_doc.Token(verb).Lemma ?? "") is not ("say" or "announce" or "state" or "confirm")) return -1;
        bool pair = false;
        foreach (var c in Children(verb))
            if (RelStarts(c, "nsubj"))
                foreach (var m in Children(c))
                    if ((RelIs(m, "nummod") && _doc.Token(m).Text.ToString().Equals("two", StringComparison.OrdinalIgnoreCase))
                        || (RelIs(m, "det") && _doc.Token(m).Text.ToString().Equals("both", StringComparison.OrdinalIgnoreCase)))
                        pair = true;
        if (!pair) return -1;
        foreach (var c in Children(verb))
            if (RelIs(c, "ccomp") && IsVerbal(c) && JointSubjectCore(c)) return c;
        if (RelIs(verb, "parataxis") && Head(verb) is var told and >= 0 && IsVerbal(told) && JointSubjectCore(told)) return told;
        return -1;
    }

    private bool JointSubjectCore(int verb)
    {
        if (verb < 0) return false;
        // "agreed to withdraw heavy weapons after talks": an infinitive or participle with no subject of its own shares
        // its governor's (at most three steps up through complements, adverbial clauses and conjuncts).
        for (int hops = 0; hops < 3 && !AnyChild(verb, "nsubj") && (RelIs(verb, "xcomp") || RelIs(verb, "advcl") || RelIs(verb, "conj"))
             && Head(verb) is var up and >= 0 && IsVerbal(up); hops++)
            verb = up;
        foreach (var c in Children(verb))
        {
            if (!RelStarts(c, "nsubj")) continue;
            if (CoordinatedActors(c) >= 2) return true;
            foreach (var m in Children(c))
                if (RelIs(m, "nmod") && CaseOf(m) == "of" && CoordinatedActors(m) >= 2) return true;
        }
        return false;

        int CoordinatedActors(int n)
        {
            var seen = new HashSet<int>();
            if (ActorOfNode(n) is var a && a >= 0) seen.Add(a);
            foreach (var k in Children(n))
                if (RelIs(k, "conj") && ActorOfNode(k) is var b && b >= 0) seen.Add(b);
            return seen.Count;
        }
    }

    /// <summary>
    /// "Pakistan and Afghanistan extended their ceasefire after talks in Istanbul": talks in an "after" phrase of a clause
    /// whose joint subject acts, with no partner named on the talks, are a negotiation between those sides (CAMEO 046,
    /// both ways), wherever held: the clause tells what the talks settled (decision 076). Talks "with" a named partner
    /// keep the visit and meeting codes of their place.
    /// </summary>
    public bool AfterTalksOfJointSubject(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return false;
        int anchor = SettingAnchor(noun);
        noun = MeasuredTalks(noun);
        if (!IsTalksLemma(noun)) return false;
        if (CaseOf(anchor) is not ("after" or "following")) return false;
        foreach (var c in Children(noun))
            if (CaseOf(c) is "with" or "to" or "by" or "between") return false;
        return JointSubjectOf(SettingVerb(anchor));
    }

    /// <summary>
    /// The node that sets an event noun in its clause: the noun itself, or, for "on the sidelines of a summit", "on the
    /// margins of his visit to Rome", "in the course of talks with Seoul", the frame noun whose "of" phrase it is. Those
    /// frame nouns only place the clause's event inside the other one, which they assert as happening then.
    /// </summary>
    private int SettingAnchor(int noun)
    {
        if (RelIs(noun, "nmod") && CaseOf(noun) == "of" && Head(noun) is var frame and >= 0
            && SettingFrameNouns.Contains(_doc.Token(frame).Lemma ?? _doc.Token(frame).Span.ToString()))
            return frame;
        // "after two days of talks in Kunming", "after a round of talks in Caracas": talks measured by their length or
        // round set the clause through the measure noun the "after" phrase is built on.
        if (RelIs(noun, "nmod") && CaseOf(noun) == "of" && IsTalksLemma(noun)
            && Head(noun) is var measure and >= 0 && TalksMeasureNouns.Contains(_doc.Token(measure).Lemma ?? _doc.Token(measure).Span.ToString()))
            return measure;
        return noun;
    }

    /// <summary>The talks a measure noun measures ("a round of talks", "three days of talks": its "of" phrase), else the
    /// noun itself.</summary>
    private int MeasuredTalks(int noun)
    {
        if (!TalksMeasureNouns.Contains(_doc.Token(noun).Lemma ?? _doc.Token(noun).Span.ToString())) return noun;
        foreach (var c in Children(noun))
            if (RelIs(c, "nmod") && CaseOf(c) == "of" && IsTalksLemma(c))
                return c;
        return noun;
    }

    /// <summary>
    /// Nouns that name talks: talks, negotiations and consultations (lemmas and plural forms). Session 65 (talks65): one list
    /// for every rule that reads talks (a measure of them, "for talks", talks after "after", talks hosted or on a matter);
    /// before, the measure and "after" rules read consultations but not negotiations and the "for talks" rules the reverse,
    /// though "after two days of negotiations" and "arrived for consultations on the border" say the same as with "talks".
    /// </summary>
    private static readonly HashSet<string> TalksNouns = new(StringComparer.OrdinalIgnoreCase)
    { "talk", "talks", "negotiation", "negotiations", "consultation", "consultations" };

    private bool IsTalksLemma(int node) => TalksNouns.Contains(_doc.Token(node).Lemma ?? _doc.Token(node).Span.ToString());

    /// <summary>Nouns that measure talks by their length or round ("three days of talks", "a round of talks") (lemmas and
    /// plural forms).</summary>
    private static readonly HashSet<string> TalksMeasureNouns = new(StringComparer.OrdinalIgnoreCase)
    { "day", "days", "hour", "hours", "week", "weeks", "month", "months", "round", "rounds" };

    /// <summary>Nouns that frame an event in an "of" phrase as the time and place of another (lemmas and plural forms).</summary>
    private static readonly HashSet<string> SettingFrameNouns = new(StringComparer.OrdinalIgnoreCase)
    { "sideline", "sidelines", "margin", "margins", "course" };

    /// <summary>Prepositions of a time phrase that sets an event noun beside the clause's own event.</summary>
    private static readonly HashSet<string> SettingCases = new(StringComparer.OrdinalIgnoreCase) { "during", "after", "following", "amid", "at", "in" };

    /// <summary>Event nouns whose doer is the subject of the clause they set: consultations and clashes (lemmas).</summary>
    private static readonly HashSet<string> SettingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "visit", "trip", "tour", "talks", "talk", "meeting", "consultation", "consultations", "clash", "clashes",
        // An exchange of fire the clause's subject took part in ("rescued the hostages after a gun duel with the
        // kidnappers", "two soldiers were killed in a gunfight with militants"): the heads of the exchange-of-fire
        // triggers (193); "battle" and "duel" set an event only when the trigger matched them ("gun battle", "gun duel").
        "gunfight", "gunbattle", "shootout", "shoot-out", "firefight", "battle", "duel",
        // A telephone call or conversation the clause's subject held ("told Rubio in a phone call that ...", "agreed, in a
        // call with her Indian counterpart, to restore ..."): the heads of the 041 noun triggers; a bare "call" is only
        // ever matched by those (a "call for calm" is no trigger noun).
        "call", "calls", "conversation", "conversations",
    };

    /// <summary>
    /// Targets of a trigger: for a passive verb, its passive subject; else the direct or indirect object, or a
    /// phrase introduced by one of the entry's prepositions (on the verb, on its object noun, or on the noun
    /// trigger), with their coordinated actors. Prep-only entries and nouns take prepositional targets only.
    /// Returns how the target was found, or null when the tree gives none.
    /// </summary>
    public string? Targets(int anchor, bool isNoun, TriggerEntry entry, List<int> targets, int source, TokenRange trigger = default)
    {
        var how = TargetsOf(anchor, isNoun, entry, targets, source, trigger);
        if (how is not null && !isNoun) VerbHungConjuncts(anchor, targets, source);
        return how;
    }

    /// <summary>
    /// "imposed sanctions on Rwanda's army and the M23 rebel group over ...": a greedy parse hangs the second of two
    /// coordinated targets on the verb as a conjunct of its own. A conjunct of the verb that is a bare nominal (no verb,
    /// subject, copula or object of its own) after a target found is coordinated with that target: a verb has no nominal
    /// conjuncts.
    /// </summary>
    private void VerbHungConjuncts(int verb, List<int> targets, int source)
    {
        if (targets.Count == 0 || targets[0] < 0) return;
        int after = _doc.Actors[targets[0]].Tokens.FirstToken;
        // "sanctions on Sudan's army and the Rapid Support Forces": or on the object whose phrase named the target.
        Add(verb);
        foreach (var o in Children(verb))
            if (RelIs(o, "obj") && _actorOf[o] < 0 && o < after) Add(o);

        void Add(int head)
        {
            foreach (var c in Children(head))
                if (RelIs(c, "conj") && c > after && _doc.Token(c).Upos is Upos.NOUN or Upos.PROPN
                    && BareNominal(c) && !AnyChild(c, "nsubj:pass")
                    && ActorOfNode(c) is var a && a >= 0 && a != source && !targets.Contains(a))
                {
                    targets.Add(a); Conjuncts(c, targets);
                }
        }
    }

    private string? TargetsOf(int anchor, bool isNoun, TriggerEntry entry, List<int> targets, int source, TokenRange trigger)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return null;
        _trigger = trigger;
        bool prepOnly = isNoun || entry.Has(TriggerFlags.PrepOnly);
        if (!isNoun && IsPassive(anchor))
        {
            // "were arrested and charged": a participle that shares a passive has its subject on the first verb.
            int holder = PassiveSubjectHolder(anchor) is var ph && ph >= 0 ? ph : anchor;
            foreach (var c in Children(holder))
                if (RelIs(c, "nsubj:pass") && ActorOfNode(c) is var a && a >= 0 && a != source)
                {
                    targets.Add(a); Conjuncts(c, targets);
                    return "tree:passive-subject";
                }
            // "The mining law passed by Zambia's parliament was condemned by the opposition": a passive subject that is no
            // actor but the act or thing of an agent its own participle or "by" phrase names is aimed at that agent, as an
            // active verb's object is ("condemned the law passed by ...").
            foreach (var c in Children(anchor))
                if (RelIs(c, "nsubj:pass") && _actorOf[c] < 0 && NounAgent(c, source) is var na && na >= 0)
                {
                    targets.Add(ActorOfNode(na)); Conjuncts(na, targets);
                    return "tree:passive-subject-agent";
                }
            // Fall through: "was attacked in X by Y" may still name a prepositional target.
        }
        // "the opposition leader, arrested by police, ...", "Russia and Ukraine swapped prisoners, mediated by the Emirates": a
        // reduced passive was done to the noun it describes, or to the subject of the clause it hangs on.
        if (!isNoun && ReducedPassiveSufferer(anchor, source) is var sufferer && sufferer >= 0)
        {
            targets.Add(ActorOfNode(sufferer)); Conjuncts(sufferer, targets);
            return "tree:participle-sufferer";
        }
        // "condemned the violation of Polish airspace by Russian drones", "welcomed the release of the hostages by
        // Hamas": the doer of the act the object names is the target, not the one it was done to.
        if (!prepOnly && !isNoun)
            foreach (var c in Children(anchor))
            {
                if (!RelIs(c, "obj") || _actorOf[c] >= 0) continue;
                // "rejected a ceasefire plan put forward by Egyptian mediators", "condemned the law passed by parliament":
                // the object's own "by" phrase, or that of a participle modifying it, names the one who made it.
                // "criticised a new US tax on money sent home by migrants": an object that names its owner by a possessive
                // or adjective actor is that owner's; a "by" phrase deeper in one of its phrases tells another act (the
                // money sent), and the object's own actor stays the target (the rule after this one).
                if (NounAgent(c, source) is var bg && bg >= 0 && !(OwnedByModifier(c) && Head(bg) != c))
                {
                    targets.Add(ActorOfNode(bg)); Conjuncts(bg, targets);
                    return "tree:object-by-agent";
                }
                // An active verb takes no "by" agent: a "by" phrase the parser hung on it, or on a place phrase of it after
                // the object ("condemned the shelling of a camp in Upper Nile state by government troops"), belongs to the
                // object's act.
                if (!IsPassive(anchor))
                    foreach (var g in Children(anchor))
                    {
                        if (!RelStarts(g, "obl") || g < c) continue;
                        var prep = CaseOf(g);
                        if (prep == "by" && ActorOfNode(g) is var ag && ag >= 0 && ag != source)
                        {
                            targets.Add(ag); Conjuncts(g, targets);
                            return "tree:object-by-agent";
                        }
                        if (PlacePhraseAgent(g, prep, source) is var pg && pg >= 0)
                        {
                            targets.Add(ActorOfNode(pg)); Conjuncts(pg, targets);
                            return "tree:object-by-agent";
                        }
                    }
            }
        if (!prepOnly && !isNoun)
        {
            foreach (var c in Children(anchor))
                if ((RelIs(c, "obj") || RelIs(c, "iobj")) && ActorOfNode(c) is var a && a >= 0 && a != source
                    && (!InTrigger(c) || !SpeaksFor(source, a)) && !Comitative(c))
                {
                    targets.Add(a); Conjuncts(c, targets);
                    return "tree:" + Rel(c);
                }
            // "banned three opposition parties, which it accused of collaborating with foreign spies", "the rebels, whom the
            // army blamed for the attack": a relative pronoun object stands for the clause's antecedent, the verb's target.
            if (RelIs(anchor, "acl:relcl") && Head(anchor) is var antecedent && antecedent >= 0)
                foreach (var c in Children(anchor))
                    if (RelIs(c, "obj") && (IsRelativePronoun(c) || _doc.Token(c).Span.Equals("whom", StringComparison.OrdinalIgnoreCase))
                        && ActorOfNode(antecedent) is var a && a >= 0 && a != source)
                    {
                        targets.Add(a); Conjuncts(antecedent, targets);
                        return "tree:relative-object-antecedent";
                    }
            // "Ukraine's parliament voted to ban the church, a move the Kremlin condemned as an attack": a verb of criticism
            // whose object is the relative gap of a summing noun set off after the main clause criticises that clause's doer.
            if (entry.Root == "11" && RelIs(anchor, "acl:relcl") && Head(anchor) is var summing && summing >= 0 && summing < anchor
                && !HasNonRelativeObject(anchor) && SummedClauseDoer(summing, anchor) is var summedDoer && summedDoer >= 0 && summedDoer != source)
            {
                targets.Add(summedDoer);
                return "tree:summed-clause-doer";
            }
        }
        // "provided Gaza with fuel", "supplied the rebels with weapons": a verb of provision whose "with" phrase names the
        // thing given takes its direct object as the recipient, whatever prepositions it otherwise needs.
        if (!isNoun && prepOnly && entry.Root == "07" && ProvidesWith(anchor))
            foreach (var c in Children(anchor))
                if (RelIs(c, "obj") && ActorOfNode(c) is var a && a >= 0 && a != source)
                {
                    targets.Add(a); Conjuncts(c, targets);
                    return "tree:obj(provide-with)";
                }
        // Prepositional target on the trigger itself, then on the noun of a light verb / phrase ("imposed sanctions
        // on Iran" may hang "on Iran" from either word), then on the verb governing a noun trigger.
        if (PrepTarget(anchor, entry, targets, source) is { } how) return how;
        if (isNoun && DrawnBy(anchor, source) is var drawnBy && drawnBy >= 0) { targets.Add(drawnBy); return "tree:drawn-by"; }
        if (!isNoun)
            foreach (var c in Children(anchor))
                if (RelIs(c, "obj") && !ConsultTopicOfJointSubjects(anchor, entry) && PrepTarget(c, entry, targets, source) is { } how2) return how2;
        // "spoke by telephone with the president", "talked by phone with his counterpart": the parser hangs the target's phrase
        // on the phrase's own oblique noun (the means), not on the verb; it is still the phrase's target.
        if (!isNoun && _trigger.Length > 1)
            foreach (var c in Children(anchor))
                if (RelIs(c, "obl") && InTrigger(c) && PrepTarget(c, entry, targets, source) is { } how6) return how6;
        // "threatened to impose tariffs on goods from the EU": a phrase whose words run through an infinitive has its
        // target phrase on that inner verb or its object, not on the framing verb that anchors it. Not for phrases coded
        // without a target: what "declined to comment on" is about is a topic, not an addressee.
        if (!isNoun && _trigger.Length > 1 && !entry.Has(TriggerFlags.NoTarget))
            foreach (var v in Children(anchor))
            {
                if (!RelIs(v, "xcomp") || !InTrigger(v)) continue;
                if (PrepTarget(v, entry, targets, source) is { } how4) return how4;
                foreach (var c in Children(v))
                    if (RelIs(c, "obj") && InTrigger(c) && PrepTarget(c, entry, targets, source) is { } how5) return how5;
            }
        if (isNoun && ThroughQuantity(anchor) is var top && Head(top) is var hv && hv >= 0 && Rel(top) is "obj" or "nsubj:pass" && IsVerbal(hv)
            && PrepTarget(hv, entry, targets, source) is { } how3) return how3;
        // "lodged a protest over the killing of a villager by Indian border guards", "voiced anger at the shelling of the town
        // by rebels": a complaint or criticism about an act is aimed at the act's doer, when neither an object nor a phrase
        // with one of the entry's prepositions names an addressee ("criticised the government over the killing of
        // protesters by police" stays aimed at the government, "lodged a protest with Belarus over ..." at Belarus).
        // (Both walks below visit the anchor, then its objects, in that order, without building a list.)
        var anchorKids = Children(anchor);
        if (!isNoun && entry.Root == "11")
            for (int i = -1; i < anchorKids.Length; i++)
            {
                int n = i < 0 ? anchor : anchorKids[i];
                if (i >= 0 && !RelIs(n, "obj")) continue;
                foreach (var c in Children(n))
                    if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is "over" or "at" or "about"
                        && _actorOf[c] < 0 && ByAgent(c, source, 0) is var ba && ba >= 0)
                    {
                        targets.Add(ActorOfNode(ba)); Conjuncts(ba, targets);
                        return "tree:act-by-agent";
                    }
            }
        // "new sanctions targeting vessels of Russia's shadow fleet", "strikes aimed at Houthi positions": a participle of
        // aiming on the event noun (or on the noun a light verb governs) names what the event is aimed at.
        for (int i = -1; i < anchorKids.Length; i++)
        {
            int n = i < 0 ? anchor : anchorKids[i];
            if (i >= 0 && !RelIs(n, "obj")) continue;
            if (AimedAt(n, source) is var aim && aim >= 0)
            {
                targets.Add(ActorOfNode(aim)); Conjuncts(aim, targets);
                return "tree:aimed-at";
            }
        }
        // "arrested and later freed a Colombian journalist", "condemned and rejected the decree": a verb with no object
        // of its own, coordinated with a later verb that has one and no subject of its own, shares that object.
        if (!isNoun && !prepOnly && !AnyChild(anchor, "obj") && entry.Root != "14")
            foreach (var c in Children(anchor))
                if (RelIs(c, "conj") && RightNodeRaised(anchor, c))
                    foreach (var o in Children(c))
                        if (RelIs(o, "obj") && o > c && ActorOfNode(o) is var a && a >= 0 && a != source && !Comitative(o))
                        {
                            targets.Add(a); Conjuncts(o, targets);
                            return "tree:shared-obj";
                        }
        // Session 65 (statement65): "said it had no confidence that the electoral commission would hold a fair vote",
        // "expressed fear that Moscow would cut the supply": a pessimistic stance phrase (012) that lists "that" among its
        // preps is aimed at the subject of its "that" clause, whose conduct it doubts or fears, when nothing else names a
        // target. The clause may hang on the verb (ccomp) or on the phrase's own noun (acl of "confidence"). Invariant:
        // only a clause marked "that", only a subject that is an actor other than the source; hope and confidence (013)
        // are left as they were (the gold is split on their target).
        if (!isNoun && entry.Cameo == "012" && entry.Preps.Contains("that"))
            for (int i = -1; i < anchorKids.Length; i++)
            {
                int n = i < 0 ? anchor : anchorKids[i];
                if (i >= 0 && !(RelIs(n, "obj") && InTrigger(n))) continue;
                foreach (var c in Children(n))
                    if ((RelIs(c, "ccomp") || RelIs(c, "acl")) && MarkOf(c) == "that")
                        foreach (var s in Children(c))
                            if (RelIs(s, "nsubj") && ActorOfNode(s) is var a && a >= 0 && a != source)
                            {
                                targets.Add(a); Conjuncts(s, targets);
                                return "tree:doubted-subject";
                            }
            }
        // "demanded that the president withdraw ...", "warned that X would ...": a framing verb's addressee is the
        // subject of its complement clause when nothing else names one.
        // Session 69 (threat69): not in a threat, when that subject is the threatener's own army or police doing the
        // threatened act ("warned that troops would respond with force to any incursion"): they carry the threat out, and
        // whom it is aimed at is named elsewhere or not at all.
        if (!isNoun && entry.Frame != FrameKind.None)
            foreach (var c in Children(anchor))
                if (RelIs(c, "ccomp"))
                    foreach (var s in Children(c))
                        if (RelIs(s, "nsubj") && ActorOfNode(s) is var a && a >= 0 && a != source
                            && !(entry.Frame == FrameKind.Threat && OwnForceOfSource(a, source)))
                        {
                            targets.Add(a); Conjuncts(s, targets);
                            return "tree:complement-subject";
                        }
        return null;
    }

    /// <summary>Session 69 (threat69): true when actor <paramref name="force"/> is the army or police of the country of
    /// actor <paramref name="source"/> (<see cref="IsOwnForceOf"/>).</summary>
    private bool OwnForceOfSource(int force, int source) =>
        source >= 0 && force >= 0 && force != source && IsOwnForceOf(_doc.Actors[force], _doc.Actors[source]);

    /// <summary>True when <paramref name="force"/> is the armed forces or police of <paramref name="source"/>'s own country:
    /// the same country, another code, ending in MIL or COP. The one test of "own force" for the tree's readings and the
    /// coder's (ShallowCoder's OwnForce).</summary>
    internal static bool IsOwnForceOf(ActorMention force, ActorMention source) =>
        force.Code is { } fc && force.Country is not null && force.Country == source.Country && fc != source.Code
        && (fc.EndsWith("MIL", StringComparison.Ordinal) || fc.EndsWith("COP", StringComparison.Ordinal));

    /// <summary>
    /// True when the tree gives the trigger a place for a target, filled or not: a direct or indirect object outside
    /// the trigger's own words, a phrase with one of the entry's prepositions (on the trigger, on the object a phrase
    /// trigger spans, or on the verb governing a noun trigger), or, for a framing verb, a complement clause with a
    /// subject. "threatened to walk out", "agreed to disarm" have none: their event names no recipient, and gold/README.md
    /// codes such an event with a null target. "banned three rights groups" has one that holds no actor: a recipient the
    /// actor recognizer missed, not an event without one. Unparsed sentences answer true (no evidence).
    /// </summary>
    public bool HasTargetSlot(int anchor, bool isNoun, TriggerEntry entry, TokenRange trigger)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return true;
        bool prepOnly = isNoun || entry.Has(TriggerFlags.PrepOnly);
        if (Slot(anchor, 0)) return true;
        if (!isNoun && entry.Root == "07" && ProvidesWith(anchor)) return true;
        // Every word of a multiword trigger: "threatened to restrict the activities of ..." hangs its object from "restrict".
        for (int n = Math.Max(_f, trigger.FirstToken); n < Math.Min(_e, trigger.EndToken); n++)
            if (n != anchor && Slot(n, 0)) return true;
        if (isNoun && ThroughQuantity(anchor) is var top && Head(top) is var hv && hv >= 0 && Rel(top) is "obj" or "nsubj:pass" && IsVerbal(hv) && PrepSlot(hv, entry)) return true;
        // "arrested and later freed a journalist": the object of a later conjunct with no subject of its own.
        if (!isNoun && !prepOnly && !AnyChild(anchor, "obj") && entry.Root != "14")
            foreach (var c in Children(anchor))
                if (RelIs(c, "conj") && RightNodeRaised(anchor, c) && AnyChild(c, "obj")) return true;
        return false;

        // An object (the trigger's own, as in "banned its leaders", or another), a phrase with one of the entry's
        // prepositions, a framed clause with a subject, or such a place inside a complement ("refused to let UN
        // inspectors in", "promised to reopen a hotline with ...").
        bool Slot(int node, int depth)
        {
            if (PrepSlot(node, entry)) return true;
            foreach (var c in Children(node))
            {
                if (RelIs(c, "obj") || RelIs(c, "iobj"))
                {
                    // An object among the trigger's own words is the recipient of "ban party" (no target prepositions)
                    // but the event noun of "refuse aid (from)", "express support (for)", whose recipient is a phrase.
                    bool own = depth == 0 && c >= trigger.FirstToken && c < trigger.EndToken && entry.Preps.Length > 0;
                    if ((depth > 0 || !prepOnly) && !own) return true;
                    if (PrepSlot(c, entry)) return true;
                }
                else if (!isNoun && entry.Frame != FrameKind.None && RelIs(c, "ccomp"))
                {
                    foreach (var g in Children(c))
                        if (RelIs(g, "nsubj")) return true;
                }
                if (depth == 0 && !isNoun && (RelIs(c, "xcomp") || RelIs(c, "ccomp")) && Slot(c, 1)) return true;
            }
            return false;
        }
    }

    /// <summary>True when the verb has a direct object and a "with" phrase after it: "provide X with Y".</summary>
    private bool ProvidesWith(int verb)
    {
        int obj = -1;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj")) { obj = c; break; }
        if (obj < 0) return false;
        foreach (var c in Children(verb))
            if (c > obj && RelStarts(c, "obl") && CaseOf(c) == "with") return true;
        return false;
    }

    /// <summary>
    /// "launched more than 700 drones and a dozen missiles at Ukraine": true when a drone noun among the tokens
    /// [<paramref name="from"/>, <paramref name="to"/>) is coordinated with another munition (missiles, rockets, bombs,
    /// shells), which makes the attack one of aerial weapons at large (195), not of drones alone (1952; decision 022).
    /// </summary>
    public bool DronesWithOtherMunitions(int from, int to)
    {
        if (!Parsed) return false;
        for (int t = Math.Max(from, _f); t < Math.Min(to, _e); t++)
        {
            if (_doc.Token(t).Lemma is not "drone") continue;
            foreach (var c in Children(t))
                if (RelIs(c, "conj") && IsOtherMunition(c)) return true;
            if (RelIs(t, "conj") && Head(t) is var h && h >= 0 && IsOtherMunition(h)) return true;
        }
        return false;
    }

    private bool IsOtherMunition(int t) => _doc.Token(t).Lemma is "missile" or "rocket" or "bomb" or "shell";

    /// <summary>A prepositional phrase under its head: an oblique or nominal modifier, or an "object" that opens with a
    /// preposition ("an air strike against al Shabaab militants" parsed with the phrase as the noun's object).</summary>
    private bool IsPrepPhrase(int c) => RelStarts(c, "obl") || RelStarts(c, "nmod") || (RelIs(c, "obj") && CaseOf(c) is not null);

    private bool PrepSlot(int node, TriggerEntry entry)
    {
        foreach (var c in Children(node))
            if (IsPrepPhrase(c) && CaseOf(c) is { } prep && entry.IsTargetPrep(prep) && !IsTime(c)) return true;
        return false;
    }

    /// <summary>"attacked on Monday": a time expression is no place for a target, whatever its preposition; nor is "next
    /// week" a predicate noun ("would call another strike next week", ShallowCoder.Senses). True when token
    /// <paramref name="node"/> lies inside a time expression the date reader found.</summary>
    public bool IsTime(int node)
    {
        foreach (var tm in _doc.Times)
            if (node >= tm.Tokens.FirstToken && node < tm.Tokens.EndToken) return true;
        return false;
    }

    /// <summary>The trigger of the current <see cref="Targets"/> query: its own words ("reaffirmed Turkey's backing")
    /// are never the target.</summary>
    private TokenRange _trigger;
    /// <summary>
    /// True when <paramref name="specific"/> is a part of <paramref name="general"/>'s side with a longer code: same
    /// country, and its code extends the other's (TURGOV refines TUR). "Erdogan reaffirmed Turkey's backing": the
    /// subject says which part of the country acts.
    /// </summary>
    public static bool Refines(ActorMention specific, ActorMention general) =>
        specific.Country is not null && specific.Country == general.Country && specific.Code is { } sc && general.Code is { } gc
        && sc.Length > gc.Length && sc.StartsWith(gc, StringComparison.Ordinal);

    /// <summary>"Erdogan reaffirmed Turkey's backing": the source (TURGOV) is a part of the modifier's actor (TUR), so
    /// the possessive inside the phrase names the source's own side, not a target ("rejected the president's reform"
    /// names one).</summary>
    private bool SpeaksFor(int source, int modifier)
    {
        if (source < 0) return false;
        string? sc = _doc.Actors[source].Code, mc = _doc.Actors[modifier].Code;
        return sc is not null && mc is not null && sc.StartsWith(mc, StringComparison.Ordinal);
    }

    private bool InTrigger(int t) => _trigger.Length > 0 && t >= _trigger.FirstToken && t < _trigger.EndToken;

    /// <summary>
    /// The nominal in the trigger's target place that holds no actor mention: a direct object outside the trigger's own
    /// words, else a phrase with one of the entry's prepositions on the trigger or on its object ("lifted a ban on an
    /// independent newspaper"); through the owner after a thing ("raided the offices of an opposition newspaper"). -1 when
    /// there is none or the place holds an actor.
    /// </summary>
    public int TargetNounWithoutActor(int anchor, bool isNoun, TriggerEntry entry, TokenRange trigger)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return -1;
        _trigger = trigger;
        int found = -1;
        bool prepOnly = isNoun || entry.Has(TriggerFlags.PrepOnly);
        if (!prepOnly)
            foreach (var c in Children(anchor))
                if (RelIs(c, "obj") && !InTrigger(c)) { found = c; break; }
        if (found < 0)
        {
            foreach (var n in (ReadOnlySpan<int>)[anchor, .. Children(anchor).ToArray().Where(c => RelIs(c, "obj"))])
            {
                foreach (var c in Children(n))
                    if (IsPrepPhrase(c) && CaseOf(c) is { } prep && entry.IsTargetPrep(prep) && !IsTime(c)) { found = c; break; }
                if (found >= 0) break;
            }
        }
        if (found < 0 || ActorOfNode(found) >= 0 || HasConjunct(found)) return -1;
        if (_doc.Token(found).Upos is not (Upos.NOUN or Upos.PROPN)) return -1;
        // "the offices of an opposition newspaper", "the home of a journalist": the owner is the one acted on.
        foreach (var c in Children(found))
            if (RelIs(c, "nmod") && CaseOf(c) == "of" && _actorOf[c] < 0 && _doc.Token(c).Upos == Upos.NOUN && !HasConjunct(c))
                return OwnedThings.Contains(_doc.Token(found).Lemma ?? "") ? c : found;
        return found;
    }

    /// <summary>Things whose owner an act on them reaches: premises, property and accounts.</summary>
    private static readonly HashSet<string> OwnedThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "office", "headquarters", "premises", "home", "house", "residence", "studio", "newsroom", "property", "asset",
        "account", "bank account", "equipment", "printing press", "website", "building", "compound",
    };

    /// <summary>The words of a nominal's role phrase: its compound and adjective modifiers right before it and the noun
    /// itself, lower case ("an opposition newspaper" → "opposition newspaper"), longest first, down to the noun alone.</summary>
    public IEnumerable<string> RolePhrases(int noun)
    {
        int first = noun;
        while (first - 1 >= _f && Head(first - 1) == noun && Rel(first - 1) is "compound" or "amod") first--;
        for (int s = first; s <= noun; s++)
        {
            var sb = new System.Text.StringBuilder();
            for (int k = s; k <= noun; k++) { if (k > s) sb.Append(' '); sb.Append(_doc.Token(k).Span.ToString().ToLowerInvariant()); }
            yield return sb.ToString();
        }
    }

    /// <summary>True when the tree hangs from the verb <paramref name="anchor"/> a phrase with one of the entry's target
    /// prepositions that names no actor and is no time phrase ("appealed to member states for more police officers"):
    /// the addressee is there, unrecognised, and no later actor may stand in for it.</summary>
    public bool PrepSlotWithoutActor(int anchor, TriggerEntry entry)
    {
        if (!Parsed || anchor < _f || anchor >= _e || !IsVerbal(anchor)) return false;
        foreach (var c in Children(anchor))
            if (IsPrepPhrase(c) && CaseOf(c) is { } prep && entry.IsTargetPrep(prep) && !IsTime(c)
                && ActorOfNode(c) < 0 && !HasConjunct(c))
                return true;
        return false;
    }

    /// <summary>
    /// The noun that a count <paramref name="count"/> (a number with a preposition, hung on <paramref name="node"/>) counts
    /// when the parser hung that noun elsewhere instead of under it ("to 12,000 displaced people" read as "to 12,000" and
    /// a second object "displaced people"): an object or oblique without a preposition of its own, outside the count's
    /// subtree, whose words start right after the count. -1 when the words are not so.
    /// </summary>
    private int CountedNounAfter(int node, int count)
    {
        if (count <= node || _doc.Token(count).Upos != Upos.NUM) return -1;
        foreach (var k in Children(count))
            if (!RelIs(k, "case")) return -1;
        for (int s = count + 1; s < Math.Min(_e, count + 6); s++)
            if ((RelStarts(s, "obl") || RelIs(s, "obj")) && CaseOf(s) is null && FirstOfSubtree(s) == count + 1
                && _doc.Token(s).Upos is Upos.NOUN or Upos.PROPN && !InSubtree(s, count))
                return s;
        return -1;
    }

    private string? PrepTarget(int node, TriggerEntry entry, List<int> targets, int source)
    {
        // Session 63 (target63): "staged drills east of Taiwan" is "near Taiwan" told by a compass point
        // (TreeRoles.CompassPlaces); only for frames that read their target from "near".
        if (entry.IsTargetPrep("near") && CompassOfPhrase(node) is var compass && compass >= 0
            && ActorOfNode(compass) is var ca && ca >= 0 && ca != source)
        {
            targets.Add(ca); Conjuncts(compass, targets);
            return "tree:compass-of";
        }
        foreach (var c in Children(node))
        {
            if (!IsPrepPhrase(c)) continue;
            var prep = CaseOf(c);
            if (prep is null || !entry.IsTargetPrep(prep)) continue;
            int a = ActorOfNode(c), held = c;
            string how = "+from";
            // "patrols in the waters east of Taiwan": a phrase whose own noun is no actor may place itself by a compass point.
            if (a < 0 && entry.IsTargetPrep("near") && CompassOfPhrase(c) is var cc && cc >= 0 && ActorOfNode(cc) >= 0)
            { held = cc; a = ActorOfNode(cc); how = "+compass"; }
            // "heightened its alert against any provocation from North Korea", "a probe into dairy products from the EU",
            // "duties on brandy imported from the EU": a hostile phrase's thing or act that names no actor is aimed at whom
            // it comes from.
            // Session 62 (protest62): not for a protest against traded goods ("farmers marched to protest against cheap imports
            // from Morocco"): the country goods come from is no party to the protest, which presses the protesters' own
            // government that lets them in (eb9055, eb16034, eb52095, eb57015, eb74032 code it so).
            if (a < 0 && prep is "against" or "into" or "on" or "over" && !(entry.Cameo.StartsWith("14", StringComparison.Ordinal) && IsTradedGoods(c))
                && OriginOf(c) is var o && o >= 0) { held = o; a = ActorOfNode(o); }
            // "tariffs on steel imported from Japan": the parser may hang the thing's participle on the measure noun instead;
            // a participle after the phrase still tells where the thing comes from.
            else if (a < 0 && prep is "on" or "against" && ParticipleOriginAfter(node, c) is var po && po >= 0) { held = po; a = ActorOfNode(po); }
            // "delivered food to 12,000 displaced people": the parser may take the count for the phrase's noun and hang the
            // counted people on the verb beside it; they are the phrase's actor.
            else if (a < 0 && CountedNounAfter(node, c) is var cn && cn >= 0) { held = cn; a = ActorOfNode(cn); how = "+counted"; }
            if (a < 0 || a == source) continue;
            targets.Add(a); Conjuncts(held, targets);
            return "tree:" + prep + (held != c ? how : "");
        }
        return null;
    }

    /// <summary>Session 62 (protest62): traded goods as the noun of a phrase: imports, exports and goods, products or produce
    /// (also as the head of "grain imports", "cheap imports").</summary>
    private bool IsTradedGoods(int noun) =>
        _doc.Token(noun).Lemma?.ToLowerInvariant() is "import" or "export" or "good" or "product" or "produce" or "shipment";

    /// <summary>
    /// The node of the actor a participle of aiming on <paramref name="noun"/> names: the object of "targeting" ("sanctions
    /// targeting vessels of Russia's shadow fleet", through one "of" phrase) or the "at" phrase of "aimed"/"directed".
    /// -1 when none or when it is <paramref name="source"/>.
    /// </summary>
    private int AimedAt(int noun, int source)
    {
        foreach (var c in Children(noun))
        {
            if (!RelStarts(c, "acl") || _doc.Token(c).Lemma is not ("target" or "aim" or "direct")) continue;
            foreach (var g in Children(c))
            {
                bool slot = _doc.Token(c).Lemma == "target" ? RelIs(g, "obj") : (RelStarts(g, "obl") && CaseOf(g) == "at");
                if (!slot) continue;
                if (ActorOfNode(g) is var a && a >= 0) return a == source ? -1 : g;
                foreach (var h in Children(g))
                    if (RelStarts(h, "nmod") && CaseOf(h) == "of" && ActorOfNode(h) is var b && b >= 0) return b == source ? -1 : h;
            }
        }
        return -1;
    }

    /// <summary>
    /// The node of the actor a thing or act comes from: a "from" or "by" phrase on the noun ("provocation from North Korea",
    /// "goods from China"), or on a participle modifying it ("brandy imported from the EU", "attacks carried out by
    /// militias"). -1 when none.
    /// </summary>
    private int OriginOf(int noun)
    {
        foreach (var c in Children(noun))
        {
            if (RelStarts(c, "nmod") && CaseOf(c) is "from" or "by" && ActorOfNode(c) >= 0) return c;
            if (RelStarts(c, "acl") && IsVerbal(c) && _doc.Token(c).Xpos is "VBN" or "VBG")
                foreach (var g in Children(c))
                    if ((RelStarts(g, "obl") || RelStarts(g, "nmod")) && CaseOf(g) is "from" or "by" && ActorOfNode(g) >= 0) return g;
        }
        return -1;
    }

    /// <summary>
    /// The countries whose goods an import noun names by a country adjective, on the noun ("banned Polish imports") or on
    /// its "of" phrase ("imports of Polish and Lithuanian fruit", "imports of Chinese toys and Turkish steel"): a curb on
    /// imports is aimed at the state they come from, as "imports from Poland" is. Adds their actors to
    /// <paramref name="targets"/>, leaving out <paramref name="source"/>; false when none was found.
    /// </summary>
    public bool ImportedGoodsOrigins(int importNoun, int source, List<int> targets)
    {
        if (!Parsed || importNoun < _f || importNoun >= _e) return false;
        int before = targets.Count;
        void Add(int node)
        {
            if (ActorOfNode(node) is var a && a >= 0 && a != source && !targets.Contains(a)) targets.Add(a);
            // "Polish and Lithuanian fruit": the second adjective hangs on the first.
            foreach (var c in Children(node))
                if (RelIs(c, "amod") && _actorOf[c] >= 0)
                    foreach (var cc in Children(c))
                        if (RelIs(cc, "conj") && _actorOf[cc] is var b && b >= 0 && b != source && !targets.Contains(b)) targets.Add(b);
        }
        Add(importNoun);
        foreach (var c in Children(importNoun))
        {
            if (!RelStarts(c, "nmod") || CaseOf(c) != "of") continue;
            Add(c);
            foreach (var cc in Children(c))
                if (RelIs(cc, "conj")) Add(cc);
        }
        return targets.Count > before;
    }

    /// <summary>True when the nearest verb above <paramref name="noun"/> heads a clause of its own rather than being a
    /// participle on a noun ("workers demanding fair pay rallied": there the tagger may have read the finite verb as a
    /// second participle, on "pay").</summary>
    private bool GovernedByClauseVerb(int noun)
    {
        int g = Head(noun);
        for (int step = 0; step < 3 && g >= 0 && !IsVerbal(g); step++) g = Head(g);
        return g >= 0 && IsVerbal(g) && !RelStarts(g, "acl");
    }

    /// <summary>The node of the actor a "from" phrase names on a past participle that hangs on <paramref name="noun"/> after
    /// the phrase <paramref name="phrase"/> ("tariffs on steel imported from Japan"), -1 when none.</summary>
    private int ParticipleOriginAfter(int noun, int phrase)
    {
        foreach (var c in Children(noun))
            if (c > phrase && RelStarts(c, "acl") && _doc.Token(c).Xpos == "VBN" && !HasCommaBetween(phrase, c))
                foreach (var g in Children(c))
                    if ((RelStarts(g, "obl") || RelStarts(g, "nmod")) && CaseOf(g) == "from" && ActorOfNode(g) >= 0) return g;
        return -1;
    }

    /// <summary>The subject token the last <see cref="VerbSource"/> (or <see cref="NounSource"/> through its verb) took
    /// its source from, -1 when it was not a subject.</summary>
    public int LastSubjectNode { get; private set; } = -1;

    /// <summary>"Qatar, Egypt and the United States, which brokered the deal": the actors coordinated with the antecedent
    /// of the relative clause that <paramref name="verb"/> heads.</summary>
    public void RelativeAntecedentConjuncts(int verb, List<int> sources)
    {
        if (!Parsed || verb < _f || verb >= _e || !RelIs(verb, "acl:relcl") || Head(verb) is not (var ante and >= 0)) return;
        Conjuncts(ante, sources);
    }

    /// <summary>"Sudan's army and the Rapid Support Forces fought with heavy artillery ..., officials said": a finite verb the
    /// parser hung as a clause on the last of coordinated actor nouns is their shared predicate (a clause on a noun is
    /// non-finite or relative, never a bare past tense), so the earlier conjuncts are its subjects too.</summary>
    public void FiniteClauseOnConjunctSubjects(int verb, List<int> sources)
    {
        if (!Parsed || verb < _f || verb >= _e || !RelIs(verb, "acl") || _doc.Token(verb).Xpos is not ("VBD" or "VBZ" or "VBP")) return;
        int noun = Head(verb);
        if (noun < 0 || verb < noun || HasCommaBetween(noun, verb) || !RelIs(noun, "conj") || Head(noun) is not (var first and >= 0)) return;
        if (ActorOfNode(first) is var a && a >= 0 && !sources.Contains(a)) sources.Add(a);
        Conjuncts(first, sources);
    }

    /// <summary>Adds to <paramref name="sources"/> the actors coordinated with the last subject found (<see
    /// cref="LastSubjectNode"/>: "X and Y condemned Z", "X and Y agreed to meet").</summary>
    public void CoordinatedSubjects(List<int> sources)
    {
        if (!Parsed || LastSubjectNode < 0) return;
        Conjuncts(LastSubjectNode, sources);
        CoordinatedModifiers(LastSubjectNode, sources, roleOnly: false);
        // A greedy parse sometimes hangs the second conjunct as a second subject of the verb ("X's minister and Y's
        // president met"): a verb has one subject, so a further nsubj is coordinated with the first.
        int verb = Head(LastSubjectNode);
        // The members an "include" lists stand in for the subject; the class noun beside them is no further doer.
        if (verb < 0 || (RelIs(LastSubjectNode, "obj") && _doc.Token(verb).Lemma is "include")) return;
        foreach (var c in Children(verb))
            if (c != LastSubjectNode && RelIs(c, "nsubj") && !WithMarkedSubject(verb, c) && ActorOfNode(c) is var a && a >= 0 && !sources.Contains(a))
            {
                sources.Add(a);
                Conjuncts(c, sources);
            }
    }

    /// <summary>
    /// Whether the trigger headed by <paramref name="inner"/> is the event a framing verb headed by <paramref name="frame"/>
    /// introduces: its clausal complement ("demanded that France withdraw", "threatened to strike", "urged Y to
    /// release") or its object or "for" phrase when it is an event noun ("demanded the release of", "called for
    /// talks"). The frame's own addressee comes back in <paramref name="addressee"/>: the object of the frame verb,
    /// else the subject of a "that" clause. False when the tree does not link them.
    /// </summary>
    public bool Frames(int frame, int inner, bool innerIsNoun, out int addressee)
    {
        addressee = -1;
        if (!Parsed || frame < _f || frame >= _e || inner < _f || inner >= _e) return false;
        // "warned opposition supporters that police would arrest anyone ...": the parser may hang the "that" clause of a verb
        // with an object on the object, as if it were a relative clause; a clause with "that" as its mark and a subject of
        // its own is the verb's complement.
        bool thatOnObject = !innerIsNoun && Head(inner) is var ho && ho >= 0 && Head(ho) == frame && RelIs(ho, "obj")
            && MarkOf(inner) == "that" && HasSubject(inner)
            // an object relative ("the supporters that police arrested") has no object of its own
            && (RelIs(inner, "acl") || (RelIs(inner, "acl:relcl") && AnyChild(inner, "obj")));
        // "appealed to donors for food aid", "asked Japan for emergency loans": the parser often hangs the "for" phrase of
        // what is asked on the addressee rather than on the verb; it is still the framed event.
        bool forOnAddressee = innerIsNoun && RelStarts(inner, "nmod") && CaseOf(inner) == "for" && Head(inner) is var addr && addr >= 0
            && Head(addr) == frame && (RelIs(addr, "obj") || RelIs(addr, "iobj") || (RelStarts(addr, "obl") && CaseOf(addr) is "to" or "on" or "upon" or "with"));
        // "rejected opposition calls for him to step down", "dismissed demands that the army withdraw": a frame whose object
        // is a call, demand or request frames what that asks for, a "to"-infinitive or a "that" clause with its own subject,
        // hung by the parser on the frame or on the request noun.
        int req = innerIsNoun ? -1 : RequestObject(frame);
        if (req >= 0 && (Head(inner) == frame || Head(inner) == req) && MarkOf(inner) is "to" or "that" or "for"
            && (RelIs(inner, "advcl") || RelStarts(inner, "acl") || RelIs(inner, "xcomp") || RelIs(inner, "ccomp")))
        {
            addressee = ActorOfNode(req);
            return true;
        }
        // "urged Sudan's army chief to accept a humanitarian truce", "urged him to extend a ceasefire": an event noun that is
        // the object of a verb of taking it up in the frame's infinitive is what the frame asks for; the verb adds no act.
        bool takenUp = innerIsNoun && RelIs(inner, "obj") && Head(inner) is var up && up >= 0 && Head(up) == frame
            && _doc.Token(up).Lemma is { } upLemma && TakeUpVerbs.Contains(upLemma)
            && (RelIs(up, "xcomp") || (RelIs(up, "advcl") && MarkOf(up) == "to" && !HasSubject(up)));
        // "called on Russia and Ukraine to find the courage to negotiate", "urged both sides to take steps to resume talks":
        // a verb of finding or taking a way, with its object, only leads the frame's infinitive to the act it asks for.
        bool byRoute = !innerIsNoun ? RouteTo(frame, inner)
            : RelIs(inner, "obj") && Head(inner) is var rv && rv >= _f && rv < _e && RouteTo(frame, rv);
        bool orderedParticiple = !innerIsNoun && OrderedParticiple(frame, inner);
        if (Head(inner) != frame && !thatOnObject && !forOnAddressee && !takenUp && !byRoute && !orderedParticiple) return false;
        var rel = byRoute ? "xcomp" : thatOnObject || orderedParticiple ? "ccomp" : Rel(inner);
        // A "to"-infinitive the parser hung as a purpose clause ("asked Ethiopia on Monday to pull back its forces":
        // advcl, not xcomp, once an adverbial stands between) is still the framed event when it has no subject. A purpose
        // clause fronted before the frame ("To help avert a crisis, the charity pleaded for beds") says what the appeal is
        // for, not what it asks (session 54): the asked act follows its frame verb.
        bool linked = innerIsNoun ? rel is "obj" || forOnAddressee || (RelStarts(inner, "obl") && CaseOf(inner) is "for" or "to")
                                  : rel is "ccomp" or "xcomp" || (rel == "advcl" && MarkOf(inner) == "to" && !HasSubject(inner) && inner > frame);
        if (!linked) return false;
        foreach (var c in Children(frame))
            if ((RelIs(c, "obj") || RelIs(c, "iobj")) && c != inner && ActorOfNode(c) is var a && a >= 0) { addressee = a; return true; }
        // "called on both sides to allow aid in", "appealed to donors to send help", "pleaded with the rebels to free them": the
        // appeal's addressee stands in the preposition the verb takes.
        if (_doc.Token(frame).Lemma is "call" or "appeal" or "plead")
            foreach (var c in Children(frame))
                if (RelStarts(c, "obl") && c < inner && CaseOf(c) is "on" or "upon" or "to" or "with" && ActorOfNode(c) is var a && a >= 0) { addressee = a; return true; }
        if (!innerIsNoun && rel == "ccomp")
            foreach (var c in Children(inner))
                if (RelIs(c, "nsubj") && ActorOfNode(c) is var a && a >= 0) { addressee = a; return true; }
        return true;
    }

    /// <summary>
    /// True when <paramref name="inner"/> is a "to"-infinitive reached from <paramref name="frame"/> through a verb of
    /// finding or taking a way and its object ("to find the courage to negotiate", "to take steps to end", "to make every
    /// effort to free"): the route verb is the frame's own infinitive (xcomp, or a subjectless "to" advcl) and the inner verb
    /// hangs on the route noun or on the route verb.
    /// </summary>
    private bool RouteTo(int frame, int inner)
    {
        if (MarkOf(inner) != "to" || HasSubject(inner) || !(RelStarts(inner, "acl") || RelIs(inner, "advcl") || RelIs(inner, "xcomp"))) return false;
        int h = Head(inner);
        if (h < _f || h >= _e) return false;
        int verb;
        if (_doc.Token(h).Lemma is { } nl && RouteNouns.Contains(nl) && RelIs(h, "obj")) verb = Head(h);
        else
        {
            verb = -1;
            foreach (var c in Children(h))
                if (RelIs(c, "obj") && _doc.Token(c).Lemma is { } ol && RouteNouns.Contains(ol)) { verb = h; break; }
            if (verb < 0) return false;
        }
        if (verb < _f || verb >= _e || _doc.Token(verb).Lemma is not { } vl || !RouteVerbs.Contains(vl) || Head(verb) != frame) return false;
        return RelIs(verb, "xcomp") || (RelIs(verb, "advcl") && MarkOf(verb) == "to" && !HasSubject(verb));
    }

    /// <summary>Verbs that only lead to an act through their object: "find the courage to", "take steps to".</summary>
    private static readonly HashSet<string> RouteVerbs = new(StringComparer.OrdinalIgnoreCase) { "find", "take", "make", "seek", "explore" };

    /// <summary>Nouns of a way to an act: "the courage to", "a way to", "steps to", "efforts to".</summary>
    private static readonly HashSet<string> RouteNouns = new(StringComparer.OrdinalIgnoreCase)
        { "courage", "way", "ways", "step", "steps", "effort", "efforts", "means", "measure", "measures", "action", "solution", "strength", "will" };

    /// <summary>Verbs that take up an event named by their object ("accept a truce", "respect the ceasefire", "extend the
    /// truce") without being an act of their own.</summary>
    private static readonly HashSet<string> TakeUpVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "accept", "respect", "observe", "honour", "honor", "extend", "implement", "uphold", "agree", "embrace" };

    /// <summary>The frame verb's direct object when it is a call, demand, request or plea (what someone asked for), else -1.</summary>
    private int RequestObject(int frame)
    {
        foreach (var c in Children(frame))
            if (RelIs(c, "obj") && _doc.Token(c).Lemma is { } l && RequestNouns.Contains(l)) return c;
        return -1;
    }

    private static readonly HashSet<string> RequestNouns = new(StringComparer.OrdinalIgnoreCase)
        { "call", "demand", "request", "plea", "appeal", "ultimatum" };

    /// <summary>
    /// True when <paramref name="c"/>, a dependent of a phrase's verb that would match the phrase's word
    /// <paramref name="w"/>, is an adjunct of time or cause whose preposition the phrase does not spell: "suspends peace
    /// talks with ELN after attack on army base" is no "suspend attack" (087), the attack is what came before. Other
    /// prepositions are bridged as before ("agreed to a ceasefire" is "agree ceasefire", "closed crossings on its border"
    /// "close border"), and a phrase that spells the preposition still takes its noun.
    /// </summary>
    private bool AdjunctOutsidePhrase(int c, string[] words, int w)
    {
        if (!(RelStarts(c, "obl") || RelStarts(c, "nmod")) || CaseOf(c) is not { } prep || !CircumstancePrepositions.Contains(prep)) return false;
        for (int k = 1; k < w; k++) if (words[k] == prep) return false;
        return true;
    }

    /// <summary>Prepositions that open a circumstance of time or cause, never a phrase trigger's own noun.</summary>
    private static readonly HashSet<string> CircumstancePrepositions = new(StringComparer.OrdinalIgnoreCase)
    { "after", "before", "following", "despite", "amid", "amidst", "during", "since", "until", "because" };

    /// <summary>
    /// Matches the words after the verb of a multiword trigger against the verb's dependents rather than the next
    /// tokens: "eased a citywide curfew", "carried out a wave of strikes", "imposed on Tuesday fresh sanctions".
    /// Each word must be a dependent after the verb (a particle, object, oblique, or the object's own dependent),
    /// in text order, by form or lemma. Returns the exclusive end of the match, or -1.
    /// </summary>
    public int MatchPhraseOnTree(int verb, string[] words, ObjectClass?[]? classes = null)
    {
        // A class word ("send @force") matches any member of its class.
        bool Word(int t, int k) => classes?[k] is { } cls ? cls.Contains(_doc.Token(t).Span, _doc.Token(t).Lemma) : Matches(t, words[k]);
        if (!Parsed || verb < _f || verb >= _e || words.Length < 2) return -1;
        int last = verb;
        for (int w = 1; w < words.Length; w++)
        {
            int found = -1;
            // "declined on Wednesday to comment", "agreed in principle to settle": a phrase's "to" is the mark of the next
            // word's infinitive, which hangs from the verb past any adverb or time phrase.
            if (words[w] == "to" && w + 1 < words.Length && last == verb)
                foreach (var c in Children(verb))
                    if (c > last && IsInfinitive(c) && Matches(c, words[w + 1])) { found = c; w++; break; }
            if (found >= 0) { last = found; verb = found; continue; }
            // "accused Rwanda on Saturday of backing the rebels", "accused Ethiopia in a statement of arming militias": a
            // preposition and the gerund it marks, hung from the verb or, past an adjunct the parser attached it to, from
            // the verb's oblique or object.
            if (w + 1 < words.Length && words[w] is "of" or "for" or "into" or "from" && last == verb && MarkedGerund(verb, words[w], words[w + 1]) is var gerund && gerund > last)
            {
                last = gerund; w++;
                continue;
            }
            foreach (var c in Children(verb))
            {
                // "threatened to strike warships": a clause's verb is no noun of the phrase ("threaten strike" is a labour
                // strike); only a phrase that spells the "to" matches a verb there ("threaten to cut").
                // "demanded that Israel release the prisoners": nor is the verb of a "that" clause with a subject of its own
                // ("demand release" is the noun "the release of"); the clause is a framed act, aimed at its own subject. (Not
                // any verb with a subject: "allowed IAEA inspectors to return" may come out of the parser with "inspectors"
                // as a verb whose subject is "IAEA".)
                if (c > last && Word(c, w) && !(IsInfinitive(c) && words[w - 1] != "to") && !(IsVerbal(c) && HasSubject(c) && MarkOf(c) == "that") && !AdjunctOutsidePhrase(c, words, w)) { found = c; break; }
                // "carried out a wave of strikes": the noun may hang from the object; "shut down mobile internet services":
                // so may a compound modifier of it.
                if (RelIs(c, "obj") || RelIs(c, "obl"))
                    foreach (var g in Children(c))
                        // "placed the president under house arrest": past the verb's object, an oblique the phrase ends with may
                        // spell its preposition (not "bowed to pressure", "fired water cannon at a boat": other phrases).
                        // "exchanged small-arms and rocket fire": a parse that coordinates the noun's own modifiers makes
                        // the phrase's noun a conjunct of the object; such a conjunct has a modifier of its own and no comma
                        // (not "cut off food, fuel and electricity", a list of things).
                        // "found the two men “guilty” of selling drugs": an adjective after the object is its predicate, which
                        // the parser, misled by quotation marks, hangs on the object as a modifier or an apposition (English puts an
                        // adjective that modifies a noun before it).
                        // "suspends peace talks with ELN after attack on army base": a modifier of the object in a phrase of
                        // time or cause is a circumstance, not the phrase's noun.
                        if (g > last && ((RelStarts(g, "nmod") && !AdjunctOutsidePhrase(g, words, w)) || RelIs(g, "compound") || (RelIs(g, "conj") && RelIs(c, "obj") && ModifiedConjunct(g))
                                || ((RelIs(g, "amod") || (RelIs(g, "appos") && OpensQuote(g - 1))) && g > c && RelIs(c, "obj"))
                                || (RelIs(g, "case") && RelIs(c, "obl") && w + 1 < words.Length && Word(c, words.Length - 1) && HasObjectBefore(verb, g)))
                            && Word(g, w)) { found = g; break; }
                if (found >= 0) break;
                // "sent a ship carrying 2,000 tonnes of food to Mogadishu", "dispatched two planes loaded with tents and medicine":
                // relief goods sent in a ship, a plane or a convoy are sent themselves (073); the vehicle is only how they travel.
                if (w == words.Length - 1 && classes?[w] is { Name: "relief" } && RelIs(c, "obj") && c > last
                    && CarriedGoods(c) is var carried && carried > last && Word(carried, w)) { found = carried; break; }
                // "delivered two more IRIS-T air defence systems": a compound noun of three words hangs its first word from the
                // second, not from the object; the phrase may start on such a nested compound (its later words are then the
                // object's own compound and the object itself, still in text order). Only with two words of the phrase left
                // for them: a nested compound that would end the phrase belongs to another noun.
                if (w + 2 < words.Length && RelIs(c, "obj") && c > last)
                    foreach (var g in Children(c))
                        if (found < 0 && g > last && RelIs(g, "compound"))
                            foreach (var gg in Children(g))
                                if (gg > last && RelIs(gg, "compound") && Word(gg, w)) { found = gg; break; }
                if (found >= 0) break;
            }
            // "drove tens of thousands of villagers out of the region", "forced thousands of families out of their homes": a
            // particle that opens "out of" after the verb's object is read by the parser as the case of the place noun (an
            // oblique of the verb, or a modifier of the object); it is still the particle of the phrase's verb.
            if (found < 0 && w == words.Length - 1 && words[w] is "out" or "away")
                found = ParticleReadAsCase(verb, words[w], last);
            // "drove thousands of families from their villages": a verb, preposition and noun phrase ("drive from home") whose
            // object is left unspelled; the parser hung the preposition's noun from the verb's object (a counted "thousands of
            // ...") rather than from the verb, and the phrase still spells it. Not "of": an object's "of" modifier is its own
            // complement ("accused the head of the group"). Longer phrases have their own paths. A named object is the
            // exception for a warning (NamedObject): "warned Armenia of a crushing response" hangs the warning's "of" noun on
            // "Armenia", and a proper name takes no "of" complement of its own. Only "warn": an accusation's "of" act is read
            // by its own path (MarkedGerund, the accused act's kind), and "accused Russia of a cyber attack" stays 112.
            if (found < 0 && w == 1 && words.Length == 3 && (words[w] != "of" || (words[0] == "warn" && NamedObject(verb))) && ObjectModifierByCase(verb, words[w], words[w + 1], classes?[w + 1]) is var marked && marked > last)
            {
                found = marked; w++;
            }
            if (found < 0) return -1;
            last = found;
        }
        return last + 1;
    }

    /// <summary>Vehicles that carry goods sent somewhere: what they carry is what is sent.</summary>
    private static readonly HashSet<string> CarrierNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ship", "vessel", "boat", "plane", "aircraft", "airplane", "flight", "convoy", "truck", "lorry", "helicopter", "train",
        "cargo", "freighter", "jet",
    };

    /// <summary>The goods a vehicle noun carries, told in a participle after it ("a ship carrying 2,000 tonnes of food",
    /// "two planes loaded with tents", "a convoy of trucks carrying flour"), read through a quantity ("tonnes of"); -1 when
    /// <paramref name="vehicle"/> is no vehicle or carries nothing the sentence names.</summary>
    public int CarriedGoods(int vehicle)
    {
        if (!Parsed || vehicle < _f || vehicle >= _e) return -1;
        // "a convoy of 40 trucks carrying flour": the vehicles may be counted by a collective noun.
        for (int step = 0; step < 2; step++)
        {
            if (!CarrierNouns.Contains(_doc.Token(vehicle).Lemma ?? "")) return -1;
            // The parser may hang the participle on the verb the vehicle is the object of ("sent a ship carrying ...",
            // read as "sent ..., carrying"); right after the vehicle it is still the vehicle's.
            var participles = new List<int>();
            foreach (var c in Children(vehicle)) if (RelStarts(c, "acl")) participles.Add(c);
            int verb = Head(vehicle);
            if (verb >= _f && verb < _e && RelIs(vehicle, "obj"))
                foreach (var c in Children(verb)) if (RelIs(c, "advcl") && c == vehicle + 1) participles.Add(c);
            foreach (var c in participles)
            {
                string lemma = (_doc.Token(c).Lemma ?? "").ToLowerInvariant();
                foreach (var g in Children(c))
                {
                    bool carried = (lemma is "carry" or "transport" && RelIs(g, "obj"))
                        || (lemma is "load" or "laden" or "fill" or "pack" && RelStarts(g, "obl") && CaseOf(g) == "with");
                    if (!carried) continue;
                    // "2,000 tonnes of food": the quantity's "of" phrase names the goods.
                    if (QuantityNouns.Contains(_doc.Token(g).Lemma ?? ""))
                        foreach (var q in Children(g))
                            if (RelStarts(q, "nmod") && CaseOf(q) == "of") return q;
                    return g;
                }
            }
            int next = -1;
            foreach (var c in Children(vehicle))
                if (RelStarts(c, "nmod") && CaseOf(c) == "of") { next = c; break; }
            if (next < 0) return -1;
            vehicle = next;
        }
        return -1;
    }

    /// <summary>The modifier of <paramref name="verb"/>'s object whose case is <paramref name="preposition"/> and which is the
    /// phrase word <paramref name="noun"/> (or a member of <paramref name="cls"/>): "thousands of families from their villages";
    /// -1 when there is none.</summary>
    private int ObjectModifierByCase(int verb, string preposition, string noun, ObjectClass? cls)
    {
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj")) continue;
            foreach (var g in Children(c))
            {
                if (g <= c || !RelStarts(g, "nmod")) continue;
                if (MarkedBy(g, preposition, noun, cls)) return g;
                // "forced thousands of Rohingya villagers from their homes": past a counted object's "of" phrase, the parser
                // may hang the preposition's noun from the counted people rather than from "thousands".
                if (!HasCase(g, "of")) continue;
                foreach (var gg in Children(g))
                    if (gg > g && RelStarts(gg, "nmod") && MarkedBy(gg, preposition, noun, cls)) return gg;
            }
            return -1;
        }
        return -1;
    }

    private bool MarkedBy(int g, string preposition, string noun, ObjectClass? cls)
    {
        if (!(cls is { } oc ? oc.Contains(_doc.Token(g).Span, _doc.Token(g).Lemma) : Matches(g, noun))) return false;
        return HasCase(g, preposition);
    }

    private bool HasCase(int g, string preposition)
    {
        foreach (var m in Children(g))
            if (RelIs(m, "case") && Matches(m, preposition)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="verb"/> has a subject that is an actor spelled as a relative pronoun ("WHO").</summary>
    private bool HasPronounSpelledActorSubject(int verb)
    {
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj") && _actorOf[c] >= 0 && SpelledAsRelativePronoun(c)) return true;
        return false;
    }

    /// <summary>Whether token <paramref name="t"/> is an opening quotation mark (straight or curly, as the tokenizer keeps it).</summary>
    private bool OpensQuote(int t) => t >= _f && _doc.Token(t).Span is [var q] && q is '"' or '“' or '\'' or '‘' && _doc.Token(t).Upos == Upos.PUNCT;

    /// <summary>The token <paramref name="particle"/> right before "of" that the parser made the case of an oblique of
    /// <paramref name="verb"/> or of a modifier of its object, after the verb's object and after <paramref name="after"/>; -1
    /// when there is none.</summary>
    private int ParticleReadAsCase(int verb, string particle, int after)
    {
        int obj = -1;
        foreach (var c in Children(verb)) if (RelIs(c, "obj")) { obj = c; break; }
        if (obj < 0) return -1;
        after = Math.Max(after, obj);
        foreach (var c in Children(verb))
        {
            // The object's own modifiers: "thousands of villagers out of their homes" hangs "homes" from "thousands".
            if (c == obj)
            {
                foreach (var g in Children(obj))
                    if (RelStarts(g, "nmod") && CaseParticle(g, particle, after) is var p && p >= 0) return p;
            }
            else if (c > obj && RelIs(c, "obl") && CaseParticle(c, particle, after) is var q && q >= 0) return q;
        }
        return -1;
    }

    /// <summary>The first case child of <paramref name="noun"/> when it is <paramref name="particle"/> followed by "of", after
    /// <paramref name="after"/>; -1 otherwise.</summary>
    private int CaseParticle(int noun, string particle, int after)
    {
        foreach (var g in Children(noun))
            if (RelIs(g, "case") && g > after)
                return Matches(g, particle) && g + 1 < _e && Matches(g + 1, "of") ? g : -1;
        return -1;
    }

    /// <summary>A conjunct with a compound or adjective modifier of its own and no comma before it ("and rocket fire").</summary>
    private bool ModifiedConjunct(int conj)
    {
        bool modified = false;
        foreach (var c in Children(conj))
        {
            if (RelIs(c, "punct")) return false;
            if (c < conj && (RelIs(c, "compound") || RelIs(c, "amod"))) modified = true;
        }
        return modified;
    }

    /// <summary>A gerund matching <paramref name="word"/> marked by <paramref name="prep"/> that the parser hung from an
    /// oblique of the verb (a time or an adjunct between the object and the preposition), or -1. The plain order ("accused
    /// Rwanda of backing") is the surface matcher's, which keeps the object (and "each other") as the target.</summary>
    private int MarkedGerund(int verb, string prep, string word)
    {
        foreach (var c in Children(verb))
            if (RelStarts(c, "obl"))
                foreach (var g in Children(c))
                    if (IsMarkedGerund(g, prep, word)) return g;
        return -1;
    }

    private bool IsMarkedGerund(int t, string prep, string word) =>
        _doc.Token(t).Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Matches(t, word) && (MarkOf(t) == prep || CaseOf(t) == prep);

    private bool HasObjectBefore(int verb, int t)
    {
        foreach (var c in Children(verb)) if (RelIs(c, "obj") && c < t) return true;
        return false;
    }

    /// <summary>Verbs of helping whose object, in a purpose clause after an act of giving, is who receives the aid.</summary>
    private static readonly HashSet<string> HelpingVerbs = new(StringComparer.Ordinal) { "help", "assist", "support", "aid" };

    /// <summary>"pledged 12 million dollars to help Malawi rebuild", "sent tents to assist Turkey": the object of a purpose
    /// infinitive of helping hung from <paramref name="verb"/> (the one helped receives what is given), or -1.</summary>
    public int PurposeBeneficiary(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (Helping(c, "advcl", "xcomp") is var o && o >= 0) return o;
            // "sent tents to help Turkey": the parser may hang the purpose on the object given.
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (Helping(g, "acl", "acl") is var go && go >= 0) return go;
        }
        return -1;

        int Helping(int c, string rel1, string rel2)
        {
            if (Rel(c) != rel1 && Rel(c) != rel2 || MarkOf(c) != "to" || _doc.Token(c).Lemma is not { } lemma || !HelpingVerbs.Contains(lemma)) return -1;
            foreach (var o in Children(c)) if (RelIs(o, "obj")) return o;
            return -1;
        }
    }

    /// <summary>
    /// "fired tear gas to disperse the crowds", "used batons to push back protesters": the actor that a purpose infinitive of
    /// putting people down (<see cref="DispersingVerbs"/>) under the verb or noun, or under its direct object, has as its
    /// object. -1 when none.
    /// </summary>
    public int DispersedInPurpose(int anchor)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return -1;
        foreach (var c in Children(anchor))
        {
            if (Dispersed(c) is var a && a >= 0) return a;
            // "fired tear gas and live rounds to disperse crowds": the parser may hang the purpose on the object used.
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (Dispersed(g) is var b && b >= 0) return b;
        }
        return -1;

        int Dispersed(int c) => PurposeObjectActor(c, DispersingVerbs);
    }

    /// <summary>
    /// "began a strike on Thursday to press New Delhi to act", "staged a sit-in to pressure the government": the actor
    /// that a purpose infinitive of pressing (<see cref="PressingVerbs"/>) under the protest, or under the verb that takes
    /// up a protest noun, has as its object; the parser may also hang the purpose on a participle clause of the verb
    /// ("…, keeping boats in harbour, to press …"). -1 when none.
    /// </summary>
    public int PressedInPurpose(int trigger)
    {
        if (!Parsed || trigger < _f || trigger >= _e) return -1;
        int anchor = RelIs(trigger, "obj") && Head(trigger) is var lv && lv >= 0 ? lv : trigger;
        foreach (var c in Children(anchor))
        {
            if (Pressed(c) is var a && a >= 0) return a;
            if (RelIs(c, "advcl") && MarkOf(c) is null)
                foreach (var g in Children(c))
                    if (Pressed(g) is var b && b >= 0) return b;
        }
        if (anchor != trigger)
            foreach (var c in Children(trigger))
                if (Pressed(c) is var a && a >= 0) return a;
        return -1;

        int Pressed(int c) => PurposeObjectActor(c, PressingVerbs);
    }

    /// <summary>
    /// The actor that node <paramref name="c"/>, a "to" infinitive of purpose (advcl, xcomp or acl) whose lemma is one of
    /// <paramref name="verbs"/>, has as its direct object ("to disperse the crowds", "to press New Delhi"); -1 when none.
    /// </summary>
    private int PurposeObjectActor(int c, HashSet<string> verbs)
    {
        if (!(RelIs(c, "advcl") || RelIs(c, "xcomp") || RelStarts(c, "acl")) || MarkOf(c) != "to"
            || _doc.Token(c).Lemma is not { } lemma || !verbs.Contains(lemma)) return -1;
        foreach (var o in Children(c))
            if (RelIs(o, "obj") && ActorOfNode(o) is var a && a >= 0) return a;
        return -1;
    }

    /// <summary>Verbs of putting pressure on someone, whose object a protest held for that purpose is aimed at.</summary>
    private static readonly HashSet<string> PressingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "press", "pressure", "pressurise", "pressurize", "force", "compel", "push",
    };

    /// <summary>Verbs of putting a crowd or fighters down or back, whose object force used for them is aimed at.</summary>
    private static readonly HashSet<string> DispersingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "disperse", "scatter", "break", "push", "drive", "quell", "clear", "repel", "stop", "halt", "contain", "subdue", "evict",
    };

    private bool IsInfinitive(int t) => IsVerbal(t) && Rel(t) is "xcomp" or "ccomp" or "advcl" && MarkOf(t) == "to";

    private bool Matches(int t, string word)
    {
        var tok = _doc.Token(t);
        return tok.Span.Equals(word, StringComparison.OrdinalIgnoreCase) || string.Equals(tok.Lemma, word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when an event noun is a predicate rather than an event: the complement of "call", "consider", "brand"
    /// ("branding the rebels a threat"). Such a noun says what something is called, not that anyone threatened.
    /// </summary>
    public bool IsPredicateNoun(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return false;
        // Only after a verb of naming, as its predicate ("branding the rebels a threat": xcomp, or obj beside an iobj in
        // a double-object parse). A copula is no sign: "Turkey had long been a backer of the rebels" states a relation.
        if (Head(noun) is not (var h and >= 0) || _doc.Token(h).Lemma is not { } lemma) return false;
        // "denounced the drills as a rehearsal for a blockade", "described it as aggression"
        if (RelStarts(noun, "obl") && CaseOf(noun) == "as" && (NamingVerbs.Contains(lemma) || JudgingVerbs.Contains(lemma))) return true;
        if (!NamingVerbs.Contains(lemma)) return false;
        if (RelIs(noun, "xcomp")) return true;
        if (RelIs(noun, "obj"))
        {
            foreach (var c in Children(h)) if (RelIs(c, "iobj") || (RelIs(c, "obj") && c != noun)) return true;
            // "condemned what it called Beijing's economic coercion": the naming verb of a free relative names its object.
            if (IsFreeRelative(h)) return true;
        }
        return false;
    }

    /// <summary>
    /// The place a visit goes to: the object of the trigger verb ("visited Mexico City"), or its "to" phrase ("a visit
    /// to Washington", "travelled to Beijing"), when that phrase is a place mention with a country. Index into
    /// <paramref name="places"/>, or -1.
    /// </summary>
    private int VisitedPlaceUnder(int noun, List<Places.PlaceMention> places, TriggerEntry entry)
    {
        foreach (var c in Children(noun))
        {
            if (!(RelStarts(c, "nmod") && CaseOf(c) is { } prep && entry.IsTargetPrep(prep)) || _actorOf[c] >= 0) continue;
            if (PlaceIndexAt(c, places) is var p && p >= 0) return p;
        }
        return -1;
    }

    public int VisitedPlace(int anchor, List<Places.PlaceMention> places, TriggerEntry? entry = null)
    {
        if (!Parsed || anchor < _f || anchor >= _e || places.Count == 0) return -1;
        // "recalled its ambassador from Caracas": the phrase may hang from the trigger's object.
        if (entry is not null)
            foreach (var o in Children(anchor))
                if (RelIs(o, "obj") && VisitedPlaceUnder(o, places, entry) is var po && po >= 0) return po;
        foreach (var c in Children(anchor))
        {
            // "visited Mexico City", "a visit to Luanda", and the entry's own prepositions ("arrived in Luanda").
            bool visited = RelIs(c, "obj") || ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is { } prep
                && (prep == "to" || entry?.IsTargetPrep(prep) == true));
            if (!visited || _actorOf[c] >= 0) continue;
            if (PlaceIndexAt(c, places) is var p && p >= 0) return p;
        }
        return -1;
    }

    /// <summary>
    /// The country of the place aid is sent to when no actor receives it: a "to"/"into" phrase under the trigger (or its
    /// object) that is a place ("sent aid to Aleppo"), or holds one in its "in"/"of" phrase ("to the quake zone in Turkey",
    /// "to the affected areas of Guinea"). Null when the tree names no such place.
    /// </summary>
    public string? AidDestinationCountry(int anchor, List<Places.PlaceMention> places)
    {
        if (!Parsed || anchor < _f || anchor >= _e || places.Count == 0) return null;
        for (int pass = 0; pass < 2; pass++)
            foreach (var c0 in Children(anchor))
            {
                if (pass == 1 && !RelIs(c0, "obj")) continue;
                foreach (var c in pass == 0 ? new[] { c0 } : Children(c0).ToArray())
                {
                    if (!(RelStarts(c, "obl") || RelStarts(c, "nmod")) || CaseOf(c) is not ("to" or "into") || _actorOf[c] >= 0) continue;
                    if (PlaceIndexAt(c, places) is var p && p >= 0) return places[p].Place?.Country;
                    foreach (var g in Children(c))
                        if (RelStarts(g, "nmod") && CaseOf(g) is "in" or "of" && PlaceIndexAt(g, places) is var pg && pg >= 0) return places[pg].Place?.Country;
                }
            }
        return null;
    }

    /// <summary>
    /// The country where an event takes place by the tree: an "in"/"at" phrase under the trigger, its object or the
    /// object's modifiers ("held talks with X in Astana", "met at the White House"), not crossing into clauses. A
    /// recognised place gives its country; else an actor with a country (a capital read as a government). Null
    /// when the tree names no such place.
    /// </summary>
    /// <param name="attacked">For an attack, a place it is aimed at also counts: "air strikes on Idlib", "shelled
    /// Kherson" (the place as object or after "on"/"against").</param>
    public string? LocativeCountry(int anchor, List<Places.PlaceMention> places, bool attacked = false)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return null;
        return LocativeCountry(anchor, places, 0, attacked, false);
    }

    private string? LocativeCountry(int node, List<Places.PlaceMention> places, int depth, bool attacked, bool nodeIsPlace)
    {
        foreach (var c in Children(node))
        {
            // "Kharkiv was shelled by Russian forces", "the city was blockaded by Jordanian troops": a place an attack is aimed
            // at may be the passive subject, as it is the active object.
            bool passivePlace = attacked && depth == 0 && RelIs(c, "nsubj:pass");
            bool nominal = RelStarts(c, "obl") || RelStarts(c, "nmod") || RelIs(c, "obj") || passivePlace;
            // "held talks with his Pakistani counterpart Ishaq Dar in Beijing": the parser may hang the partner's name on the
            // talks as an apposition and the meeting's "in" phrase on that name; a person's name takes no place phrase of its
            // own, so the phrase under it is the meeting's. Only a proper name is walked through: a described apposition ("the
            // ambassador in Kabul") keeps its place to itself.
            if (!nominal && RelIs(c, "appos") && _doc.TokUpos(c) == Upos.PROPN && depth < 2)
            {
                if (LocativeCountry(c, places, depth + 1, attacked, false) is { } named) return named;
                continue;
            }
            if (!nominal) continue;
            var prep = CaseOf(c);
            // "meeting at the request of France", "at the invitation of Qatar": whose wish it was, not where.
            if (prep == "at" && _doc.Token(c).Lemma?.ToLowerInvariant() is "request" or "invitation" or "behest" or "urging" or "initiative") continue;
            bool at = prep is "in" or "at" or "near" or "outside" || (attacked && depth == 0 && (prep is "on" or "against" || (prep is null && (RelIs(c, "obj") || passivePlace))))
                // "launched an attack on Kharkiv", "carried out air strikes on Khan Younis": the attack noun a phrase's verb
                // takes as object carries the attacked place in its own "on"/"against" phrase.
                || (attacked && depth == 1 && nodeIsPlace && RelIs(node, "obj") && prep is "on" or "against")
                // "stepped up attacks around the city of Pokrovsk": fighting around a place is fighting at it.
                || (attacked && prep is "around")
                // "shelled residential districts of Kherson", "in the town of Bakhmut": the "of" phrase of a place
                // names the place.
                || (nodeIsPlace && prep == "of")
                // Session 69 (clause69): "the shelling of Kharkiv by Russian forces", "stepped up its bombardment of Mariupol":
                // an attack told as a noun takes what it struck in its own "of" phrase, as the verb takes its object ("shelled
                // Kharkiv"). Only the attack noun's own phrase (depth 0), only when it is no actor (an actor there is the
                // noun's target by the tree already).
                || (attacked && depth == 0 && prep == "of" && _doc.TokUpos(node) == Upos.NOUN && _actorOf[c] < 0);
            if (at && CountryAt(c, places) is { } iso) return iso;
            if (depth < 2 && LocativeCountry(c, places, depth + 1, attacked, at) is { } deeper) return deeper;
        }
        return null;
    }

    /// <summary>
    /// The country a withdrawal leaves by the tree: a "from" phrase under the trigger and the places inside it ("pulled
    /// back troops from the area around Kyiv"). Null when the tree names no such place.
    /// </summary>
    public string? FromCountry(int anchor, List<Places.PlaceMention> places)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return null;
        foreach (var c in Children(anchor))
        {
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "from" && CountryWithin(c, places, 0) is { } iso) return iso;
            // "pulled its last troops out of Chad", "pulled its troops out of Kherson": the parser gives "out of" as two case
            // words of the place, the first "out"; ground left is named so as often as by "from" (decision 051: the target of
            // a withdrawal is the country of the ground it leaves).
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "out" && HasCase(c, "of") && CountryWithin(c, places, 0) is { } outOf) return outOf;
            // "pulled back troops from the area": the phrase may hang from the object.
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) == "from" && CountryWithin(g, places, 0) is { } inner) return inner;
        }
        return null;
    }

    /// <summary>
    /// The lemma of the verb an event noun is the direct object of, through a noun of quantity ("allowed dozens of aid trucks
    /// into Gaza": allow), or null when the noun is no verb's object.
    /// </summary>
    public string? GoverningVerbLemma(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return null;
        int top = ThroughQuantity(noun);
        int h = Head(top);
        return h >= 0 && Rel(top) is "obj" && IsVerbal(h) ? _doc.Token(h).Lemma : null;
    }

    /// <summary>Verbs of arriving somewhere: what arrives is their subject, where it arrives their object or "in"/"into"/"at"
    /// phrase.</summary>
    private static readonly HashSet<string> ArrivalVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "reach", "arrive", "enter", "cross", "land", "roll", "pour", "flow", "get" };

    /// <summary>
    /// "A Jordanian aid convoy reached southern Syria", "Turkish relief supplies arrived in Idlib": when the noun is the
    /// subject of a verb of arriving, the arrival verb; else -1.
    /// </summary>
    public int ArrivalVerbOfSubject(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return -1;
        int h = Head(noun);
        return h >= 0 && RelIs(noun, "nsubj") && IsVerbal(h) && ArrivalVerbs.Contains(_doc.Token(h).Lemma) ? h : -1;
    }

    /// <summary>
    /// True when the verb's subject is a contest noun with a "between" phrase ("Clashes between the army and the rebels
    /// killed 18 people", "Fighting between rival militias left 30 dead"): the sides are inside the subject, not its doer.
    /// </summary>
    public bool SubjectIsContestBetween(int verb, Func<int, bool> isContest)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (!RelStarts(c, "nsubj") || !isContest(c)) continue;
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "between") return true;
        }
        return false;
    }

    /// <summary>
    /// "acknowledged the tribal elders for their support", "recognised the nurses for their courage": the verb has an actor
    /// as direct object and a "for" phrase that is no actor (what the object is acknowledged for), on the verb or hung by the
    /// parser on the object. "recognised Kosovo", "acknowledged the mistake" and "acknowledged it for months" have none.
    /// </summary>
    public bool ActorObjectWithReasonFor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        int obj = -1;
        foreach (var c in Children(verb)) if (RelIs(c, "obj") && _actorOf[c] >= 0) { obj = c; break; }
        if (obj < 0) return false;
        foreach (var c in Children(verb))
            if (RelStarts(c, "obl") && CaseOf(c) == "for" && _actorOf[c] < 0 && !IsTimeNoun(c)) return true;
        foreach (var c in Children(obj))
            if (RelStarts(c, "nmod") && CaseOf(c) == "for" && _actorOf[c] < 0) return true;
        return false;
    }

    private bool IsTimeNoun(int n) => _doc.Token(n).Lemma is { } l && (IsTimeUnitNoun(l) || l is "year" or "month" or "week" or "day" or "decade");

    /// <summary>
    /// The country of a place that is the verb's direct object, or the "of" phrase of its object ("seized Goma", "captured
    /// the town of Uvira"). Null when the object is no place or there is none; an "in" phrase ("seized weapons in Goma")
    /// does not count.
    /// </summary>
    public string? ObjectPlaceCountry(int anchor, List<Places.PlaceMention> places)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return null;
        foreach (var c in Children(anchor))
        {
            if (!RelIs(c, "obj")) continue;
            if (PlaceIndexAt(c, places) is var p && p >= 0) return places[p].Place!.Country;
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "of" && PlaceIndexAt(g, places) is var q && q >= 0) return places[q].Place!.Country;
            // "seized the town of Paletwa in western Myanmar": a settlement the gazetteer lacks, placed by a phrase under it.
            if (SettlementNouns.Contains(_doc.Token(c).Lemma ?? "") && CountryWithin(c, places, 0) is { } within) return within;
            // "took control of two villages in the Donetsk region": the settlements a phrase's object noun is "of".
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "of" && SettlementNouns.Contains(_doc.Token(g).Lemma ?? "")
                    && CountryWithin(g, places, 0) is { } ofWithin) return ofWithin;
        }
        // "took control of two villages in the Donetsk region" with the "of" phrase hung on the verb.
        foreach (var c in Children(anchor))
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "of" && SettlementNouns.Contains(_doc.Token(c).Lemma ?? "")
                && CountryWithin(c, places, 0) is { } oblWithin) return oblWithin;
        // "Russian troops took control of two villages in the Donetsk region, the ministry said": the parser may hang the "of"
        // phrase on the attributing verb above the clause; it is still the verb's own when it starts right after the verb's
        // object ("control").
        if (RelIs(anchor, "ccomp") && _doc.Token(anchor).Head is var above && above >= _f && above < _e)
            foreach (var o in Children(anchor))
            {
                if (!RelIs(o, "obj")) continue;
                foreach (var c in Children(above))
                    if (RelStarts(c, "obl") && CaseOf(c) == "of" && FirstOfSubtree(c) == SubtreeEnd(o)
                        && SettlementNouns.Contains(_doc.Token(c).Lemma ?? "") && CountryWithin(c, places, 0) is { } liftedWithin) return liftedWithin;
            }
        return null;
    }

    /// <summary>
    /// True when what the verb at <paramref name="anchor"/> takes is a settlement or piece of ground by its noun: its
    /// direct object or "of" phrase ("recaptured the town of Lashio", "took control of two villages", "seized control of
    /// the district").
    /// </summary>
    public bool ObjectIsSettlement(int anchor)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return false;
        foreach (var c in Children(anchor))
        {
            if (!(RelIs(c, "obj") || ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "of"))) continue;
            if (SettlementNouns.Contains(_doc.Token(c).Lemma ?? "")) return true;
            // "took control of two villages": the phrase hangs on "control"
            foreach (var g in Children(c))
                if ((RelStarts(g, "nmod") && CaseOf(g) == "of") && SettlementNouns.Contains(_doc.Token(g).Lemma ?? "")) return true;
        }
        return false;
    }

    /// <summary>
    /// The state organ (CAMEO role: COP, MIL, LEG, JUD, GOV) whose building or vehicle is the object of the verb at
    /// <paramref name="anchor"/>: its direct object, or a "to", "into", "on" or "at" phrase under it ("set fire to a police
    /// station", "broke into the parliament building", "stormed the presidential palace", "attacked government offices").
    /// Null when the object is something else or the tree names none. A building is named by its head noun
    /// ("parliament", "courthouse", "ministry") or by a state word on a building noun ("police station", "government
    /// buildings", "town hall"); an actor the actor stage made of it does not matter (the caller asks only for whose it is).
    /// With <paramref name="blast"/> (a bombing's verb), a phrase of where the blast went off beside or through the building
    /// counts too ("a car bomb exploded outside a police station", "ripped through a police van", "blew up near the gate of a
    /// police compound"): a bomb set off there is aimed at the organ inside (session 61, force61; the gold codes every such
    /// line so, eb11002, eb16043, eb20021, eb47071, eb59130).
    /// </summary>
    public string? StateBuildingRole(int anchor, bool blast = false)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return null;
        foreach (var c in Children(anchor))
        {
            if (!(RelIs(c, "obj") || (RelStarts(c, "obl") && CaseOf(c) is "to" or "into" or "on" or "at")
                || (blast && RelStarts(c, "obl") && CaseOf(c) is "outside" or "through" or "near" or "inside" or "beside" or "under" or "next"))) continue;
            if (BuildingRole(c) is { } role) return role;
            // "stormed parliament and the ministry of finance": coordinated buildings are one object.
            foreach (var g in Children(c))
                if (RelIs(g, "conj") && BuildingRole(g) is { } conjRole) return conjRole;
            // "set fire to the parliament building": the parser may hang the "to" phrase on "fire".
            if (RelIs(c, "obj") && (_doc.Token(c).Lemma ?? "").Equals("fire", StringComparison.OrdinalIgnoreCase))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) is "to" && BuildingRole(g) is { } fireRole) return fireRole;
        }
        return null;
    }

    /// <summary>Nouns of an attack whose responsibility is claimed ("claimed responsibility for a suicide attack on ...").</summary>
    private static readonly HashSet<string> ClaimedAttackNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "assault", "bombing", "raid", "ambush", "strike", "blast", "explosion", "shelling", "offensive",
    };

    /// <summary>
    /// "The Pakistani Taliban claimed responsibility for a suicide attack on a police station", "al-Shabaab claimed a bombing
    /// at an army base": the role of the state organ housed in the building that the claimed attack struck (COP, MIL, LEG …),
    /// or null. The attack noun is the "for" phrase of the claim verb or of its object ("responsibility"), or the claim's
    /// object itself; the building is the attack's "on", "at" or "against" phrase.
    /// </summary>
    public string? ClaimedAttackBuildingRole(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        bool sawAttack = false;
        foreach (var c in Children(verb))
        {
            if (AttackBuilding(c) is { } role) return role;
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (AttackBuilding(g) is { } inner) return inner;
        }
        // "claimed responsibility for a bombing at an army base": the parser may hang the attack's place on the claim verb.
        if (sawAttack)
            foreach (var c in Children(verb))
                if (RelStarts(c, "obl") && CaseOf(c) is "on" or "at" or "against" && StruckRole(c) is { } role) return role;
        return null;

        // The organ a state building houses, or the civilians a bus or a train carries ("claimed responsibility for a bomb
        // attack on a passenger train": session 56, lead).
        string? StruckRole(int b) => BuildingRole(b) ?? (IsPassengerCarrier(_doc.Token(b).Lemma) && _actorOf[b] < 0 ? "CVL" : null);

        string? AttackBuilding(int n)
        {
            bool attackNoun = ClaimedAttackNouns.Contains(_doc.Token(n).Lemma ?? "");
            if (!attackNoun || !(RelIs(n, "obj") || ((RelStarts(n, "obl") || RelStarts(n, "nmod")) && CaseOf(n) == "for"))) return null;
            sawAttack = true;
            foreach (var b in Children(n))
                if (RelStarts(b, "nmod") && CaseOf(b) is "on" or "at" or "against" && StruckRole(b) is { } role) return role;
            return null;
        }
    }

    private string? BuildingRole(int n)
    {
        string head = (_doc.Token(n).Lemma ?? "").ToLowerInvariant();
        // "set fire to part of the congress building", "stormed a wing of the presidential palace": the whole's organ.
        if (head is "part" or "section" or "wing" or "floor" or "entrance" or "gate")
        {
            foreach (var g in Children(n))
                if (RelStarts(g, "nmod") && CaseOf(g) == "of") return BuildingRole(g);
            return null;
        }
        if (StateBuildingHeads.TryGetValue(head, out var own)) return own;
        if (!BuildingNouns.Contains(head)) return null;
        foreach (var m0 in Children(n))
        {
            int m = m0;
            string word = (_doc.Token(m).Lemma ?? "").ToLowerInvariant();
            // "an army ammunition depot", "a police patrol vehicle": the owner may modify the noun that modifies the head.
            if (RelIs(m, "compound") && !StateBuildingOwners.ContainsKey(word))
                foreach (var g in Children(m))
                    if (RelIs(g, "compound") && StateBuildingOwners.ContainsKey((_doc.Token(g).Lemma ?? "").ToLowerInvariant()))
                    {
                        m = g; word = (_doc.Token(g).Lemma ?? "").ToLowerInvariant();
                        break;
                    }
            if (!(RelIs(m, "compound") || RelIs(m, "amod") || RelStarts(m, "nmod:poss")) || !StateBuildingOwners.TryGetValue(word, out var owner)) continue;
            // Some owners name a state building only with one noun: a "town hall" but not a "town house", the "national
            // assembly" but not a "national park", the "supreme court".
            if (word is "town" or "city" && head != "hall") continue;
            if (word is "national" or "legislative" && head != "assembly") continue;
            if (word == "supreme" && head != "court") continue;
            return owner;
        }
        return null;
    }

    /// <summary>
    /// True when the verb at <paramref name="verb"/> sends its direct object to a place and orders nothing else: a "to",
    /// "into" or "onto" phrase on the verb or on its object whose noun is a place the gazetteer found or a noun of ground
    /// ("ordered police to the city centre", "ordered troops into the mountains of Antioquia", "ordered the army into
    /// Tigray"), and no clause or infinitive for the object to carry out ("ordered troops to fire on the crowd" orders an
    /// act) and no "back" ("ordered the troops back to barracks" pulls them back).
    /// </summary>
    public bool SendsObjectToAPlace(int verb, List<Places.PlaceMention> places)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        int obj = -1;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "obj")) obj = c;
            else if (RelStarts(c, "xcomp") || RelStarts(c, "ccomp") || RelStarts(c, "advcl")) return false;
            else if ((_doc.Token(c).Lemma ?? "").Equals("back", StringComparison.OrdinalIgnoreCase)) return false;
        }
        if (obj < 0) return false;
        foreach (var holder in new[] { verb, obj })
            foreach (var c in Children(holder))
                if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is "to" or "into" or "onto"
                    && (PlaceIndexAt(c, places) >= 0 || DeploymentGround.Contains((_doc.Token(c).Lemma ?? "").ToLowerInvariant())
                        // "ordered two battalions into Djugu": what troops are ordered into by name is ground, even one the
                        // gazetteer lacks.
                        || CaseOf(c) == "into" && _doc.TokUpos(c) == Upos.PROPN))
                    return true;
        return false;
    }

    /// <summary>The country of the place a verb (or its object) sends something "to" or "into" ("sent 600 soldiers to
    /// Culiacan": MEX), else null.</summary>
    public string? SentToPlaceCountry(int verb, List<Places.PlaceMention> places)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        var holders = new List<int>(2) { verb };
        foreach (var c in Children(verb)) if (RelIs(c, "obj")) holders.Add(c);
        foreach (var holder in holders)
            foreach (var c in Children(holder))
            {
                if (!(RelStarts(c, "obl") || RelStarts(c, "nmod")) || CaseOf(c) is not ("to" or "into")) continue;
                if (PlaceIndexAt(c, places) is var p && p >= 0) return places[p].Place!.Country;
                // "to the northern state of Sinaloa": the place names the noun of the phrase.
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) == "of" && PlaceIndexAt(g, places) is var q && q >= 0) return places[q].Place!.Country;
            }
        return null;
    }

    /// <summary>
    /// True when the verb at <paramref name="verb"/> (or its object) sends it "to" or "into" a noun of ground that names no
    /// place of its own ("sent 600 more troops to the area", "rushed police into the district"): a possessive other than
    /// the source's own ("to Poland's border") or a place inside the phrase ("to the region of Donbas") leaves the country
    /// the ground belongs to to the place rules.
    /// </summary>
    public bool SentToGround(int verb, List<Places.PlaceMention> places)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        var holders = new List<int>(2) { verb };
        foreach (var c in Children(verb)) if (RelIs(c, "obj")) holders.Add(c);
        foreach (var holder in holders)
            foreach (var c in Children(holder))
            {
                if (!(RelStarts(c, "obl") || RelStarts(c, "nmod")) || CaseOf(c) is not ("to" or "into")) continue;
                if (!DeploymentGround.Contains((_doc.Token(c).Lemma ?? "").ToLowerInvariant()) || PlaceIndexAt(c, places) >= 0) continue;
                bool named = false;
                foreach (var g in Children(c))
                    if ((RelStarts(g, "nmod:poss") && (_doc.Token(g).Lemma ?? "").ToLowerInvariant() is not ("its" or "their" or "our"))
                        || (RelStarts(g, "nmod") && PlaceIndexAt(g, places) >= 0) || RelIs(g, "compound") && PlaceIndexAt(g, places) >= 0)
                        named = true;
                if (!named) return true;
            }
        return false;
    }

    /// <summary>
    /// True when the verb at <paramref name="verb"/> (or its object) has a "to" or "along" phrase whose noun is a border:
    /// "sent troops to its border with Venezuela", "to its side of the border", "along the frontier".
    /// </summary>
    public bool SentToOwnBorder(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        var holders = new List<int> { verb };
        foreach (var c in Children(verb)) if (RelIs(c, "obj")) holders.Add(c);
        foreach (var holder in holders)
            foreach (var c in Children(holder))
            {
                if (!(RelStarts(c, "obl") || RelStarts(c, "nmod")) || CaseOf(c) is not ("to" or "along" or "toward" or "towards")) continue;
                string lemma = (_doc.Token(c).Lemma ?? "").ToLowerInvariant();
                // "to Poland's border with Belarus" is another country's border: troops sent there protect it (074).
                bool foreign = false;
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod:poss") && (_doc.Token(g).Lemma ?? "").ToLowerInvariant() is not ("its" or "their" or "our")) foreign = true;
                if (foreign) continue;
                if (lemma is "border" or "frontier" or "boundary") return true;
                // "to its side of the border"
                if (lemma == "side")
                    foreach (var g in Children(c))
                        if (RelStarts(g, "nmod") && CaseOf(g) == "of" && (_doc.Token(g).Lemma ?? "").ToLowerInvariant() is "border" or "frontier" or "boundary")
                            return true;
            }
        return false;
    }

    /// <summary>Nouns of ground troops or police are sent to (not "barracks" or "base", where they are sent back to).</summary>
    private static readonly HashSet<string> DeploymentGround = new(StringComparer.Ordinal)
    {
        "center", "centre", "street", "border", "frontier", "capital", "city", "town", "region", "province", "area", "district",
        "mountain", "front", "zone", "square", "countryside", "village", "neighbourhood", "neighborhood", "state", "north",
        "south", "east", "west", "coast", "island",
    };

    /// <summary>Nouns that are a state organ's building by themselves, with the organ's role.</summary>
    private static readonly Dictionary<string, string> StateBuildingHeads = new(StringComparer.Ordinal)
    {
        ["parliament"] = "LEG", ["congress"] = "LEG", ["legislature"] = "LEG", ["senate"] = "LEG",
        ["courthouse"] = "JUD", ["ministry"] = "GOV", ["palace"] = "GOV", ["prefecture"] = "GOV", ["governorate"] = "GOV",
        ["precinct"] = "COP", ["barracks"] = "MIL", ["garrison"] = "MIL",
    };

    /// <summary>Buildings and vehicles that are a state organ's when a word of <see cref="StateBuildingOwners"/> is on them.</summary>
    private static readonly HashSet<string> BuildingNouns = new(StringComparer.Ordinal)
    {
        "station", "post", "building", "office", "headquarters", "compound", "hall", "base", "vehicle", "car", "van", "truck",
        "residence", "house", "court", "assembly", "checkpoint",
        // what armed groups attack (session 16): "a military convoy", "army positions", "a police patrol", "an army camp"
        "convoy", "position", "patrol", "camp", "outpost", "helicopter", "garrison", "installation", "depot",
        // installations and vehicles of a force (facilities9): "an army airbase", "a naval facility", "a police boat"
        "airbase", "airfield", "facility", "arsenal", "warehouse", "barracks", "ship", "vessel", "boat", "jeep",
        // what incident digests report attacked (blind45): "attacked a military detachment", "an army detachment in Djibo"
        "detachment",
        // a force's school (session 61, force61): "a suicide bomber blew himself up at a police academy"
        "academy",
    };

    /// <summary>Modifiers that make a building or vehicle a state organ's ("police station", "government buildings", "town
    /// hall", "the governor's residence", "the national assembly").</summary>
    private static readonly Dictionary<string, string> StateBuildingOwners = new(StringComparer.Ordinal)
    {
        ["police"] = "COP", ["army"] = "MIL", ["military"] = "MIL", ["naval"] = "MIL", ["navy"] = "MIL",
        ["parliament"] = "LEG", ["parliamentary"] = "LEG", ["congress"] = "LEG", ["national"] = "LEG", ["legislative"] = "LEG",
        ["government"] = "GOV", ["governor"] = "GOV", ["mayor"] = "GOV", ["town"] = "GOV", ["city"] = "GOV", ["municipal"] = "GOV",
        ["presidential"] = "GOV", ["president"] = "GOV", ["ministry"] = "GOV", ["state"] = "GOV", ["district"] = "GOV",
        ["provincial"] = "GOV", ["supreme"] = "JUD",
    };

    /// <summary>True when the direct object of the verb at <paramref name="anchor"/> is a force's base or post by its noun
    /// ("seized a naval base", "captured an army outpost"): taking it is taking ground.</summary>
    public bool ObjectIsHeldGround(int anchor)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return false;
        foreach (var c in Children(anchor))
            if (RelIs(c, "obj") && (_doc.Token(c).Lemma ?? "").ToLowerInvariant() is "base" or "airbase" or "airfield" or "garrison"
                    or "outpost" or "post" or "barracks" or "camp" or "position" or "checkpoint")
                return true;
        return false;
    }

    /// <summary>True when what the verb at <paramref name="anchor"/> takes is people by its noun: its direct object, or its
    /// passive subject ("seized 20 villagers", "seized the crew of a cargo ship", "two aid workers were seized"). An actor
    /// the actor stage made of the noun does not matter; a possessor or "of" phrase does not count ("seized the homes of
    /// activists" takes property).</summary>
    public bool ObjectIsPeopleTaken(int anchor)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return false;
        foreach (var c in Children(anchor))
        {
            if (!(RelIs(c, "obj") || RelIs(c, "nsubj:pass"))) continue;
            if (IsTakenPeopleNoun(c)) return true;
            // "seized dozens of protesters", "seized a group of tourists": a count or group noun with its people after "of"
            if ((_doc.Token(c).Lemma ?? "").ToLowerInvariant() is "dozen" or "hundred" or "score" or "thousand" or "group" or "number")
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) == "of" && IsTakenPeopleNoun(g)) return true;
        }
        return false;
    }

    /// <summary>True when token <paramref name="t"/> is a noun of <see cref="TakenPeopleNouns"/>. Plurals in "-men" the
    /// lemmatizer leaves whole ("fishermen", "crewmen") are read as their "-man" singular.</summary>
    private bool IsTakenPeopleNoun(int t)
    {
        string lemma = _doc.Token(t).Lemma ?? "";
        return TakenPeopleNouns.Contains(lemma)
            || (lemma.EndsWith("men", StringComparison.OrdinalIgnoreCase) && TakenPeopleNouns.Contains(lemma[..^3] + "man"));
    }

    /// <summary>
    /// Session 67 (fight67): true when the direct object of <paramref name="anchor"/> is a craft or vehicle that carries
    /// people or cargo (a ship, tanker, boat, bus, truck, plane, train), by its head noun: "seized a Liberian-flagged cargo
    /// ship", "seized a bus carrying 40 passengers". Invariant: false without a parse.
    /// </summary>
    public bool ObjectIsCraftOrVehicle(int anchor)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return false;
        foreach (var c in Children(anchor))
            if (RelIs(c, "obj") && SeizableCraftNouns.Contains(_doc.Token(c).Lemma ?? "")) return true;
        return false;
    }

    /// <summary>Head nouns of craft and vehicles whose seizure by an armed group is a hijacking.</summary>
    private static readonly HashSet<string> SeizableCraftNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ship", "vessel", "tanker", "freighter", "carrier", "boat", "trawler", "dhow", "yacht", "ferry", "barge", "tugboat",
        "bus", "minibus", "coach", "truck", "lorry", "plane", "aircraft", "airliner", "jet", "helicopter", "train",
    };

    /// <summary>Nouns of people who may be taken captive: seizing them is abduction, not confiscation.</summary>
    private static readonly HashSet<string> TakenPeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "hostage", "crew", "crewman", "crewmember", "passenger", "villager", "resident", "civilian",
        "student", "schoolgirl", "schoolboy", "schoolchild", "pupil", "child", "girl", "boy", "woman", "man", "worker",
        "tourist", "fisherman", "sailor", "seafarer", "traveller", "traveler", "worshipper", "pilgrim", "missionary",
        "priest", "journalist", "reporter", "farmer", "teacher", "doctor", "nurse", "engineer", "contractor", "employee",
        "protester", "demonstrator", "activist", "migrant", "refugee",
        // Session 67 (fight67): more people an armed group takes from markets, roads and work sites.
        "trader", "merchant", "shopper", "driver", "herder", "miner", "guest", "volunteer", "official", "guard",
    };

    /// <summary>Nouns of inhabited or held ground: what is seized when one of them is the object is territory.</summary>
    private static readonly HashSet<string> SettlementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "town", "city", "village", "district", "region", "province", "capital", "port", "airport", "territory", "island",
        "border crossing", "crossing", "hilltop", "outpost",
    };

    /// <summary>
    /// The country something is taken to by the tree: a "to" or "into" phrase under the trigger, under its object, or under
    /// a participle on its object ("sent a ship carrying food to Mogadishu"), whose words or their modifiers name a place
    /// ("to the Zamzam camp in North Darfur", "to the Somali port of Mogadishu"). Null when the tree names no such place.
    /// </summary>
    public string? DestinationCountry(int anchor, List<Places.PlaceMention> places)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return null;
        foreach (var c in Children(anchor))
        {
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is "to" or "into" && CountryWithin(c, places, 0) is { } iso) return iso;
            if (!RelIs(c, "obj")) continue;
            foreach (var g in Children(c))
            {
                if (RelStarts(g, "nmod") && CaseOf(g) is "to" or "into" && CountryWithin(g, places, 0) is { } inner) return inner;
                if (RelStarts(g, "acl"))
                    foreach (var h in Children(g))
                        if ((RelStarts(h, "obl") || RelStarts(h, "nmod")) && CaseOf(h) is "to" or "into" && CountryWithin(h, places, 0) is { } carried) return carried;
            }
        }
        return null;
    }

    /// <summary>
    /// True when the "to"/"into" phrase something is taken to (under the trigger, under its object, or under a participle on
    /// its object) is itself its country's capital ("sent air defence systems to Kyiv", "pledged relief to Kathmandu"): the
    /// capital stands for the government that receives it (gold/README.md, metonymy), not for a place where aid is handed
    /// out, which a place inside the phrase is ("to a camp outside Kabul", "to the quake zone in Turkey"). Returns the
    /// capital's country, else null.
    /// </summary>
    public string? DestinationCapital(int anchor, List<Places.PlaceMention> places)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return null;
        foreach (var c in Children(anchor))
        {
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is "to" or "into") return IsCapitalAt(c, places);
            if (!RelIs(c, "obj")) continue;
            foreach (var g in Children(c))
            {
                if (RelStarts(g, "nmod") && CaseOf(g) is "to" or "into") return IsCapitalAt(g, places);
                // Session 66 (role66): "pledged 50 million yuan in emergency relief to Kathmandu": the "to" phrase the parse
                // hung on a noun inside the object ("in relief") still names where the thing goes.
                if (RelStarts(g, "nmod"))
                    foreach (var h in Children(g))
                        if (RelStarts(h, "nmod") && CaseOf(h) is "to" or "into" && IsCapitalAt(h, places) is { } nested) return nested;
                if (RelStarts(g, "acl"))
                    foreach (var h in Children(g))
                        if ((RelStarts(h, "obl") || RelStarts(h, "nmod")) && CaseOf(h) is "to" or "into") return IsCapitalAt(h, places);
            }
        }
        return null;
    }

    private static string? IsCapitalAt(int node, List<Places.PlaceMention> places) =>
        PlaceIndexAt(node, places) is var p && p >= 0 && places[p].Place is { Country: { } iso } place
        && ActorLexicon.Default.IsCapitalPlace(place) ? iso : null;

    private string? CountryWithin(int node, List<Places.PlaceMention> places, int depth)
    {
        if (CountryAt(node, places) is { } iso) return iso;
        if (depth >= 2) return null;
        foreach (var c in Children(node))
            if ((RelStarts(c, "nmod") || RelIs(c, "compound") || RelIs(c, "appos")) && CountryWithin(c, places, depth + 1) is { } deeper) return deeper;
        return null;
    }

    private string? CountryAt(int node, List<Places.PlaceMention> places)
    {
        if (PlaceIndexAt(node, places) is var p && p >= 0) return places[p].Place!.Country;
        if (_actorOf[node] >= 0) return _doc.Actors[_actorOf[node]].Country;
        // "met Trump at the White House", "held talks with Putin in the Kremlin": a seat of government named as a place is
        // in its country; the recognizer leaves it to the place stage, whose gazetteer does not list buildings.
        return SeatOfStateAt(node);
    }

    /// <summary>The country of the seat of government or state institution whose name has its head at
    /// <paramref name="node"/> ("the White House": "House" with its compound "White"), or null.</summary>
    private string? SeatOfStateAt(int node)
    {
        if (_doc.TokUpos(node) is not (Upos.PROPN or Upos.NOUN) || _doc.Token(node).Text is not { Length: > 0 } head || !char.IsUpper(head[0])) return null;
        int first = node;
        foreach (var c in Children(node))
            if (c < first && (RelIs(c, "compound") || RelIs(c, "amod")) && _doc.Token(c).Text is { Length: > 0 } w && char.IsUpper(w[0])) first = Math.Min(first, c);
        int end = node + 1;
        foreach (var c in Children(node))
            if (c >= end && RelIs(c, "flat")) end = c + 1;
        var words = new List<string>(end - first);
        for (int t = first; t < end; t++) words.Add(_doc.Token(t).Text);
        return ActorLexicon.Default.SeatOfStateCountry(string.Join(' ', words));
    }

    /// <summary>The first place mention with a country whose words take in <paramref name="node"/>, or -1.</summary>
    private static int PlaceIndexAt(int node, List<Places.PlaceMention> places)
    {
        for (int p = 0; p < places.Count; p++)
            if (places[p].Place?.Country is not null && node >= places[p].Tokens.FirstToken && node < places[p].Tokens.EndToken) return p;
        return -1;
    }

    /// <summary>
    /// What an event noun's "in" phrase names ("a ceasefire in Sudan", "elections in Venezuela"): the actor there,
    /// else -1 with the place's country in <paramref name="country"/>. Only the noun's own modifiers count.
    /// </summary>
    public int LocativeOfNoun(int noun, List<Places.PlaceMention> places, out string? country)
    {
        country = null;
        if (!Parsed || noun < _f || noun >= _e) return -1;
        foreach (var c in Children(noun))
        {
            if (!RelStarts(c, "nmod") || CaseOf(c) != "in") continue;
            if (ActorOfNode(c) is var a && a >= 0) return a;
            country = CountryAt(c, places);
            if (country is not null) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The nearest verb whose complement clause holds <paramref name="node"/> and that <paramref name="accept"/> takes, or
    /// -1: climbing the head chain, the head of every complement edge passed ("ccomp", "xcomp", a subjectless "to"
    /// adverbial). "urged Colombia to return to talks": "talks" lies in the complement of "urged". The climb stops at a
    /// relative or adnominal clause, an apposition or a parataxis: what they say of a noun is told as fact ("urged
    /// Israel to free the men it arrested in raids": the arrests happened).
    /// </summary>
    public int ComplementGovernor(int node, Func<int, bool> accept)
    {
        if (!Parsed || node < _f || node >= _e) return -1;
        for (int v = node, step = 0; step < 12; step++)
        {
            if (RelStarts(v, "acl") || RelIs(v, "appos") || RelIs(v, "parataxis")) return -1;
            int h = Head(v);
            if (h < 0) return -1;
            if ((RelIs(v, "ccomp") || RelIs(v, "xcomp") || (RelIs(v, "advcl") && MarkOf(v) == "to" && !HasSubject(v))) && accept(h)) return h;
            v = h;
        }
        return -1;
    }

    /// <summary>Verbs whose object is the matter talked about, not an act done ("discussed the attacks").</summary>
    private static readonly HashSet<string> TopicVerbs = new(StringComparer.OrdinalIgnoreCase) { "discuss", "debate", "review", "address" };

    /// <summary>
    /// True when the event noun or gerund <paramref name="node"/> is only the matter of talks: the object of a verb of
    /// discussion ("met community leaders to discuss a wave of attacks"), or in an "on"/"about"/"over" phrase of a
    /// consultation (<paramref name="isConsultation"/>: "held talks ... on reopening their border"). What is talked about is
    /// presupposed or proposed, not news of its own; the talks are the event.
    /// </summary>
    public bool TopicOfTalks(int node, Func<int, bool> isConsultation)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        // "met to discuss further funding to help the victims", "discussed ways to end the fighting": a purpose infinitive
        // on the matter talked about is part of that matter, proposed and not done.
        if (PurposeOfNoun(node) is var matter && matter >= 0) node = matter;
        // "to discuss a series of bomb attacks": the matter is the noun that holds the event noun's "of" phrase.
        for (int hops = 0; hops < 2 && RelIs(node, "nmod") && CaseOf(node) == "of" && Head(node) is var holder && holder >= 0; hops++) node = holder;
        int h = Head(node);
        if (h < 0) return false;
        if (RelIs(node, "obj") && _doc.Token(h).Lemma is { } l && TopicVerbs.Contains(l)) return true;
        var p = CaseOf(node) ?? MarkOf(node);
        return p is "on" or "about" or "over" or "regarding" && (RelStarts(node, "obl") || RelStarts(node, "nmod") || RelStarts(node, "acl") || RelIs(node, "advcl"))
            && isConsultation(h);
    }

    /// <summary>The noun a "to" infinitive at <paramref name="node"/> modifies ("funding to help the victims", "a plan to
    /// reopen the border"), or -1.</summary>
    public int PurposeOfNoun(int node) => Parsed && node >= _f && node < _e && RelIs(node, "acl") && MarkOf(node) == "to"
        && Head(node) is var h && h >= 0 && _doc.TokUpos(h) is Upos.NOUN ? h : -1;

    /// <summary>
    /// The verb whose clause the event noun at <paramref name="node"/> takes its tense from: up to four heads through nouns
    /// in argument and modifier relations (objects, obliques, noun modifiers, compounds; subjects too with
    /// <paramref name="throughSubjects"/>; a gerund after "of", "days of fighting", with <paramref name="throughOfGerunds"/>);
    /// <paramref name="node"/> itself when the climb reaches no verb. The one climb of the background readings
    /// (InPluperfectClause, InBackgroundRelativeClause, InPerfectWhereClause).
    /// </summary>
    private int ClauseOfEventNoun(int node, bool throughSubjects = false, bool throughOfGerunds = false)
    {
        int start = node;
        for (int hops = 0; hops < 4 && Head(start) is var up && up >= 0; hops++)
        {
            bool gerundNoun = throughOfGerunds && RelIs(start, "acl") && MarkOf(start) == "of";
            bool argumentNoun = _doc.Token(start).Upos is Upos.NOUN or Upos.PROPN or Upos.NUM
                && (RelIs(start, "obj") || RelIs(start, "iobj") || RelStarts(start, "obl") || RelStarts(start, "nmod") || RelIs(start, "compound")
                    || (throughSubjects && RelStarts(start, "nsubj")));
            if (!gerundNoun && !argumentNoun) break;
            start = up;
        }
        return start == node || !IsVerbal(start) ? node : start;
    }

    /// <summary>
    /// True when <paramref name="node"/> lies inside a subordinate clause whose verb is in the pluperfect: a relative
    /// clause ("soldiers who had held out ..."), a complement ("said the rebels had fled") or an adverbial clause
    /// ("after the rebels had fled"). That clause is background; the clause it hangs from is not.
    /// </summary>
    public bool InPluperfectClause(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        // "praised Malaysia for brokering the ceasefire that had ended five days of fighting": an event noun takes the tense
        // of the verb whose argument it is (through the nouns that hold it, not past a clause of their own).
        // A gerund after "of" ("days of fighting") is such a noun, whatever tag the parser gave it. Only nouns in argument and
        // modifier relations lead up (objects, obliques, noun modifiers): an adjective the parser hung on a noun ("the town, surrendered
        // to ...") is no event noun.
        int start = ClauseOfEventNoun(node, throughOfGerunds: true);
        // Climb the verbal chain only: a clause ends where its verb hangs from a noun.
        for (int v = start, step = 0; v >= 0 && step < 12; step++)
        {
            if (IsSubordinate(v) && HasPluperfectAux(v) && !Backshifted(v)) return true;
            // "Dias, who had claimed victory, accused Embalo": a simple past the parser coordinated with a pluperfect (or
            // hung beside it) has a tense of its own; a conjunct that shares the "had" is a participle ("had fled and hidden").
            if ((RelIs(v, "conj") || RelIs(v, "parataxis")) && _doc.Token(v).Xpos == "VBD") return false;
            int h = Head(v);
            if (h < 0 || !IsVerbal(h)) return false;
            v = h;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="node"/> lies in a non-restrictive relative clause (set off by a comma and opened by
    /// "who", "which", "whose", "whom" or "in which") told in the present perfect, the simple past or the present: "Egypt,
    /// which has mediated between Israel and Hamas for months, urged ...", "Armenia and Azerbaijan, which fought two wars
    /// over Karabakh, agreed ...", "opposition parties, which accuse the president of ...". Such a clause describes its
    /// antecedent with its history or standing; the news is the clause it interrupts. A clause dated by a day of the
    /// last week (", who arrived in Beijing on Monday,") is news again: the coder's Emit overrules background by a recent
    /// day. A modal or future clause (", which will host the talks,") is not history and stays as it is.
    /// </summary>
    public bool InBackgroundRelativeClause(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        int start = ClauseOfEventNoun(node);
        for (int v = start, step = 0; v >= 0 && step < 12; step++)
        {
            // A noun the parser made the root has lost its verb to the clause: a conjunct of the clause may be that verb.
            // "The UN health agency, WHO, has sent teams": a clause whose subject is an actor spelled like "who" is the
            // sentence's own clause under a misread pronoun, not a relative clause.
            if (RelIs(v, "acl:relcl")) return !HasPronounSpelledActorSubject(v) && (((v == start || Head(Head(v)) >= 0) && NonRestrictiveHistory(v)) || PastDeedOfPresentSubject(v));
            // A clause of its own under a noun, or a reported or adverbial clause, ends the climb: only conjuncts, "to"
            // complements and the clause's own verbs share the relative clause's tense.
            if (!(RelIs(v, "conj") || RelIs(v, "xcomp"))) return false;
            int h = Head(v);
            if (h < 0 || !IsVerbal(h)) return false;
            v = h;
        }
        return false;
    }

    /// <summary>
    /// "Eighteen troops who fought in Afghanistan are being tested for HIV", "veterans who served in Iraq say ...": a relative
    /// clause in the simple past with no object, on the subject of a clause in the present, picks the subject out by what it
    /// once did; that past is who they are, told as context, not the news. A clause with an object ("the men who attacked the
    /// convoy are still at large") names a deed and is left as it is.
    /// </summary>
    private bool PastDeedOfPresentSubject(int verb)
    {
        if (_doc.Token(verb).Xpos != "VBD") return false;
        foreach (var c in Children(verb))
            if (RelStarts(c, "aux") || RelIs(c, "obj") || RelIs(c, "ccomp") || RelIs(c, "xcomp")) return false;
        int ante = Head(verb);
        if (ante < 0 || !(RelIs(ante, "nsubj") || RelIs(ante, "nsubj:pass")) || Head(ante) is not (var main and >= 0)) return false;
        if (_doc.Token(main).Xpos is "VBP" or "VBZ") return true;
        foreach (var c in Children(main))
            if ((RelStarts(c, "aux") || RelIs(c, "cop")) && _doc.Token(c).Span.ToString().ToLowerInvariant() is "is" or "are" or "am" or "'s" or "’s" or "'re" or "’re")
                return true;
        return false;
    }

    private bool NonRestrictiveHistory(int verb)
    {
        int ante = Head(verb);
        int first = FirstOfSubtree(verb);
        // The clause's own comma hangs from its verb: the clause opens after it.
        while (first < verb && _doc.Token(first).Upos == Upos.PUNCT) first++;
        if (ante < 0 || first <= _f || first < ante || !_doc.Token(first - 1).Span.Equals(",", StringComparison.Ordinal)) return false;
        var w = _doc.Token(first).Span;
        int rel = first;
        if (_doc.Token(first).Upos == Upos.ADP && first + 1 < _e) { rel = first + 1; w = _doc.Token(rel).Span; }
        bool opener = w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase)
            || w.Equals("whose", StringComparison.OrdinalIgnoreCase) || w.Equals("whom", StringComparison.OrdinalIgnoreCase);
        if (!opener || (rel != first && !w.Equals("which", StringComparison.OrdinalIgnoreCase) && !w.Equals("whom", StringComparison.OrdinalIgnoreCase))) return false;
        bool perfect = false;
        foreach (var c in Children(verb))
        {
            if (!RelStarts(c, "aux")) continue;
            var x = _doc.Token(c).Xpos;
            if (x == "MD") return false;
            var a = _doc.Token(c).Span;
            if (a.Equals("has", StringComparison.OrdinalIgnoreCase) || a.Equals("have", StringComparison.OrdinalIgnoreCase)) perfect = true;
            // "which is holding talks", "who are meeting": the progressive present tells what goes on now.
            if ((a.Equals("is", StringComparison.OrdinalIgnoreCase) || a.Equals("are", StringComparison.OrdinalIgnoreCase)) && _doc.Token(verb).Xpos == "VBG") return false;
        }
        if (perfect) return true;
        // ", which was imposed after the war,": a past passive is history as the active past is.
        foreach (var c in Children(verb))
            if (RelIs(c, "aux:pass") && _doc.Token(c).Xpos == "VBD") return true;
        // "Police arrested dozens of protesters, who threw stones at officers": a simple past on the object of a clause
        // in the simple past goes on with the same story, told in the same tense, not with its antecedent's history (a
        // subject's clause, ", which fought two wars,", still describes who acts; an old date still makes it history).
        if (_doc.Token(verb).Xpos == "VBD" && ObjectOfPastVerb(ante)) return false;
        return _doc.Token(verb).Xpos is "VBD" or "VBZ" or "VBP";
    }

    /// <summary>True when <paramref name="noun"/> is the object or an oblique of a verb in the simple past or present
    /// perfect ("arrested dozens of protesters", "have detained 40 protesters"), through an "of" quantity noun.</summary>
    private bool ObjectOfPastVerb(int noun)
    {
        for (int hops = 0; hops < 2 && noun >= 0; hops++)
        {
            if (RelIs(noun, "obj") || RelStarts(noun, "obl"))
                return Head(noun) is var v && v >= 0 && IsVerbal(v) && (_doc.Token(v).Xpos == "VBD" || PresentPerfect(v)
                    // Session 58 (realnews58): "responded by spraying water at the protesters, who threw stones".
                    || GerundOfPastVerb(v));
            if (!RelStarts(noun, "nmod")) return false;
            noun = Head(noun);
        }
        return false;
    }

    /// <summary>True when <paramref name="verb"/> is an active participle with "has" or "have" ("have detained").</summary>
    private bool PresentPerfect(int verb) =>
        _doc.Token(verb).Xpos == "VBN" && (ChildWord(verb, "aux", "has") >= 0 || ChildWord(verb, "aux", "have") >= 0);

    /// <summary>
    /// True when a pluperfect complement only shifts the tense of reported speech: "the military said it had targeted
    /// Hamas fighters" tells the news of the day. Findings ("investigators found that the RSF had carried out
    /// killings") still tell history; an old date or an era cue makes reported speech background on its own.
    /// </summary>
    private bool Backshifted(int verb)
    {
        if (ReportedConjunctOfSaying(verb)) return true;
        // "said she had spoken with X and that both sides had agreed …": a clause coordinated with the reported one is
        // reported too.
        for (int step = 0; step < 4 && RelIs(verb, "conj") && Head(verb) is var c && c >= 0 && IsVerbal(c); step++) verb = c;
        // "It emerged that police had arrested …", "it has emerged that …": news told late, reported as a saying is.
        return RelIs(verb, "ccomp") && Head(verb) is var h && h >= 0 && _doc.Token(h).Lemma is { } l
            && (SpeechVerbs.Contains(l) || l is "emerge" or "transpire");
    }

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "say", "tell", "report", "announce", "add", "state", "claim", "confirm", "insist", "explain", "write", "note", "tweet", "post" };

    /// <summary>True when the token is the "had" of a subordinate clause ("who had fled", "denied that its guard had
    /// rammed"), which says nothing about the tense of the clause it hangs from.</summary>
    public bool IsSubordinateClauseAux(int had)
    {
        if (!Parsed || had < _f || had >= _e || !RelIs(had, "aux")) return false;
        int v = Head(had);
        if (ReportedConjunctOfSaying(v)) return true;
        // "said she had spoken with X and that both sides had agreed": a clause coordinated with a subordinate one is
        // subordinate too.
        for (int step = 0; step < 4 && v >= 0 && RelIs(v, "conj") && Head(v) is var c && c >= 0 && IsVerbal(c); step++)
        {
            if (IsSubordinate(c)) return true;
            v = c;
        }
        return v >= 0 && IsSubordinate(v);
    }

    private bool IsSubordinate(int verb) => RelStarts(verb, "acl") || RelIs(verb, "ccomp") || RelIs(verb, "advcl");

    /// <summary>
    /// The trigger node a "to"-infinitive states the purpose of ("deployed troops to protect farmers", "restore the
    /// right of citizens to hold rallies"): the clause hangs from that trigger, or from a noun in its complement.
    /// -1 when none. A purpose is intended, not done: the governing event is the news.
    /// </summary>
    public int PurposeOf(int verb, Func<int, bool> isTriggerNode)
    {
        // "signed an agreement to resume direct flights and expand trade": a verb coordinated with a purpose infinitive,
        // with no subject or "to" of its own, shares that purpose.
        if (Parsed && verb >= _f && verb < _e && RelIs(verb, "conj") && MarkOf(verb) is null && Head(verb) is var first && first >= _f && first < verb && IsVerbal(first))
        {
            if (HasSubject(verb)) return -1;
            verb = first;
        }
        if (!Parsed || verb < _f || verb >= _e || !(RelIs(verb, "advcl") || RelStarts(verb, "acl")) || MarkOf(verb) != "to") return -1;
        if (HasSubject(verb)) return -1;
        int h = Head(verb);
        if (h < 0) return -1;
        if (isTriggerNode(h)) return h;
        // "approved a loan to Egypt to support growth": a light verb lends its event noun object the purpose.
        if (IsVerbal(h))
        {
            foreach (var c in Children(h))
                if (RelIs(c, "obj") && isTriggerNode(c)) return c;
            return -1;
        }
        // "pledged 1,000 police officers to fight gangs": the purpose of what a trigger sends or pledges is its purpose.
        if (RelIs(h, "obj") && Head(h) is var hv && hv >= 0 && isTriggerNode(hv)) return hv;
        return GoverningTrigger(h, isTriggerNode) is var g && g >= 0 ? g : -1;
    }

    /// <summary>
    /// True when the node is the object or open complement of a verb that is itself the purpose infinitive of a trigger
    /// (<see cref="PurposeOf"/>) and no trigger of its own: "deployed to Haiti to help the national police fight gangs",
    /// "sent troops to stop militants attacking the town". What the purpose verb helps, lets or stops is as undone as the
    /// purpose. A purpose verb that is itself a coded trigger ("sent aid to help rebuild") keeps its complement.
    /// </summary>
    public bool ComplementOfPurpose(int node, Func<int, bool> isTriggerNode)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        // "to help the local army fight insurgents": the parser may make the helped act a noun inside the object; climb
        // through the nominal phrase to the verb it hangs on.
        for (int cur = node, depth = 0; depth < 4; depth++)
        {
            int h = Head(cur);
            if (h < _f || h >= _e) return false;
            if (IsVerbal(h))
                return (RelIs(cur, "obj") || RelIs(cur, "xcomp") || RelIs(cur, "ccomp")) && !isTriggerNode(h) && PurposeOf(h, isTriggerNode) >= 0;
            if (!(RelIs(cur, "compound") || RelStarts(cur, "nmod") || RelIs(cur, "amod") || RelIs(cur, "conj"))) return false;
            cur = h;
        }
        return false;
    }

    /// <summary>Nouns of worth, purpose or possibility: what their "of" gerund names is a topic ("the importance of expanding
    /// trade", "the prospect of holding talks"), never an act told as done.</summary>
    private static readonly HashSet<string> WorthNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "importance", "significance", "value", "benefit", "merit", "advantage", "possibility", "prospect", "idea", "potential",
        "feasibility", "desirability", "wisdom", "urgency", "relevance", "usefulness", "role", "way", "means", "cost", "risk",
        "danger", "goal", "aim", "objective", "option", "chance", "hope", "dream", "vision", "priority",
    };

    /// <summary>
    /// True when <paramref name="node"/> is a gerund, or the object of one, that hangs by "of" or "for" on a noun of worth
    /// or possibility (<see cref="WorthNouns"/>) that names no actor: "underlined the importance of developing trade",
    /// "the benefits of holding regular talks". The gerund has no subject; nobody does what it says.
    /// </summary>
    public bool ActOfWorthNoun(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        int v = node;
        if (!IsVerbal(v) && RelIs(v, "obj") && Head(v) is var gov && gov >= _f && IsVerbal(gov)) v = gov;
        if (_doc.Token(v).Xpos != "VBG" || !RelStarts(v, "acl") || RelIs(v, "acl:relcl") || HasSubject(v)) return false;
        bool of = false;
        foreach (var c in Children(v))
            if ((RelIs(c, "mark") || RelIs(c, "case")) && (_doc.Token(c).Lemma ?? "") is "of" or "for") of = true;
        if (!of) return false;
        int h = Head(v);
        return h >= _f && h < _e && _actorOf[h] < 0 && _doc.TokUpos(h) == Upos.NOUN && WorthNouns.Contains(_doc.Token(h).Lemma ?? "");
    }

    /// <summary>
    /// True when the verb is the "to"-infinitive of a noun that names a call, demand, offer or plan ("calls to release
    /// the president", "the EU's call to impose sanctions", "an offer to mediate"): what the noun asks for or proposes
    /// has not happened.
    /// </summary>
    public bool ContentOfProposalNoun(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || !RelStarts(verb, "acl") || RelIs(verb, "acl:relcl") || MarkOf(verb) != "to") return false;
        int h = Head(verb);
        if (h < 0 || _doc.TokUpos(h) is not (Upos.NOUN or Upos.PROPN)) return false;
        if (SeizedOpportunity(h)) return false;
        return ProposalNouns.Contains(_doc.Token(h).Span.ToString().ToLowerInvariant());
    }

    /// <summary>True when <paramref name="node"/> lies in the list of members that an "include" clause gives as the doers
    /// of <paramref name="verb"/> (<see cref="ListedByInclude"/>).</summary>
    public bool ListedByIncludeHolds(int verb, int node)
    {
        if (!Parsed || verb < _f || verb >= _e || node < _f || node >= _e) return false;
        int m = ListedByInclude(verb);
        return m >= 0 && InSubtree(node, m);
    }

    /// <summary>
    /// The first member an "include" clause lists for the class noun that <paramref name="verb"/> describes: a present
    /// participle ("agencies providing aid include ...") or a subject relative ("countries that condemned the attack
    /// include ...") on the subject of "include". -1 when the verb is no such clause or no object of "include" is an actor.
    /// </summary>
    private int ListedByInclude(int verb)
    {
        bool participle = RelIs(verb, "acl") && _doc.Token(verb).Xpos == "VBG";
        bool relative = false;
        if (RelIs(verb, "acl:relcl"))
            foreach (var c in Children(verb))
                if (RelIs(c, "nsubj") && IsRelativePronoun(c)) relative = true;
        if (!participle && !relative) return -1;
        int noun = Head(verb);
        if (noun < 0 || noun > verb || !RelIs(noun, "nsubj") || Head(noun) is not (var inc and >= 0) || inc < verb) return -1;
        if (_doc.Token(inc).Lemma is not "include" || IsNegated(inc)) return -1;
        foreach (var o in Children(inc))
            if (RelIs(o, "obj") && ActorOfNode(o) >= 0) return o;
        return -1;
    }

    /// <summary>
    /// True when the noun is a chance taken ("took the opportunity to thank Qatar", "used the occasion to condemn the
    /// raids", "seized the chance to criticise the plan"): taking a chance to do something tells that it was done, unlike
    /// a chance offered or wished for ("the chance to negotiate", "a chance to win"). The taker is the doer.
    /// </summary>
    public bool SeizedOpportunity(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e || !RelIs(noun, "obj")) return false;
        if (_doc.Token(noun).Lemma is not ("opportunity" or "chance" or "occasion" or "moment" or "platform")) return false;
        int v = Head(noun);
        return v >= 0 && IsVerbal(v) && _doc.Token(v).Lemma is "take" or "use" or "seize" or "grab" or "utilize" or "utilise"
            && !IsNegated(v);
    }

    /// <summary>
    /// Who made the call, demand, request or offer that a verb of response takes as its object: "rejected calls from
    /// ASEAN to let aid agencies in", "turned down Sri Lanka's request for a credit line", "accepted the EU's offer to
    /// mediate". What is rejected or accepted is the proposal, so its author is the other side of the event, not an
    /// actor inside what it proposes. <paramref name="inner"/> must lie in the noun's phrase (or be the verb itself);
    /// -1 when the object is no proposal noun or names no author.
    /// </summary>
    public int ProposalHolder(int verb, int inner)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj") || !ProposalNouns.Contains(_doc.Token(c).Span.ToString().ToLowerInvariant())) continue;
            // The proposal's content may hang from the noun (acl) or, misattached, from the verb (advcl "to let").
            if (inner != verb && inner != c && !InSubtree(inner, c) && !(Head(inner) == verb && MarkOf(inner) == "to")) return -1;
            foreach (var m in Children(c))
                if ((RelIs(m, "nmod:poss") || (RelStarts(m, "nmod") && CaseOf(m) is "from" or "by")) && ActorOfNode(m) is var a && a >= 0)
                    return a;
            // "rejected a French request to share intelligence", "rejected opposition calls to restore the parliament": an
            // actor adjective or compound on the noun is its author, as a possessive is.
            foreach (var m in Children(c))
                if (m < c && (RelIs(m, "amod") || RelIs(m, "compound")))
                    if (ActorOfNode(m) is var a && a >= 0) return a;
            // "rejected an offer of talks from Japan's prime minister": or from the noun of what is proposed.
            foreach (var m in Children(c))
                if (RelStarts(m, "nmod") && CaseOf(m) == "of" && ActorOfNode(m) < 0)
                    foreach (var g in Children(m))
                        if (RelStarts(g, "nmod") && CaseOf(g) is "from" or "by" && ActorOfNode(g) is var a && a >= 0) return a;
            // "turned down an offer of mediation from the OAS": the parser often hangs the author's "from" phrase from the verb.
            foreach (var m in Children(verb))
                if (m > c && RelStarts(m, "obl") && CaseOf(m) is "from" && ActorOfNode(m) is var a && a >= 0)
                    return a;
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// What the call, demand or request a verb takes as its object asks for: the noun's "to"-infinitive ("the AU's demand
    /// to release the president"), its "for" phrase ("Sri Lanka's request for a credit line"), the "for" phrase or
    /// complement of a participle after it ("a petition calling for ..."), or a "to"-infinitive the parser hung from the
    /// verb ("rejected calls from ASEAN to let aid agencies in"). The head node, or -1.
    /// </summary>
    public int ProposalContent(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj") || !ProposalNouns.Contains(_doc.Token(c).Span.ToString().ToLowerInvariant())) continue;
            foreach (var m in Children(c))
            {
                if (RelStarts(m, "acl") && !RelIs(m, "acl:relcl") && MarkOf(m) == "to") return m;
                if (RelStarts(m, "nmod") && CaseOf(m) == "for") return m;
                // "an offer of mediation", "a proposal of talks": what is offered or proposed.
                if (RelStarts(m, "nmod") && CaseOf(m) == "of" && _doc.Token(c).Lemma is "offer" or "proposal" or "request") return m;
                if (RelStarts(m, "acl") && !RelIs(m, "acl:relcl"))
                    foreach (var g in Children(m))
                        if ((RelStarts(g, "obl") && CaseOf(g) == "for") || RelIs(g, "xcomp") || RelIs(g, "ccomp")) return g;
            }
            foreach (var m in Children(verb))
            {
                if (m > c && RelIs(m, "advcl") && MarkOf(m) == "to" && !HasSubject(m)) return m;
                // "rejected calls from lawmakers to resign": the parser may read the call's infinitive as a bare noun after
                // "to" on the rejecting verb; a lone word there (no determiner or modifier) is the infinitive.
                if (m > c && RelStarts(m, "obl") && CaseOf(m) == "to" && Children(m).Length == 1) return m;
            }
            return -1;
        }
        return -1;
    }

    /// <summary>Nouns whose possessor does what the infinitive after them says ("Mexico's decision to grant asylum").</summary>
    private static readonly HashSet<string> DecisionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "decision", "move", "plan", "bid", "offer", "attempt", "effort", "refusal", "readiness", "willingness", "intention",
        "pledge", "promise", "push", "determination", "commitment", "vow", "agreement", "proposal", "resolve", "order",
    };

    private static readonly HashSet<string> ProposalNouns = new(StringComparer.Ordinal)
    {
        "call", "calls", "demand", "demands", "request", "requests", "appeal", "appeals", "plea", "pleas", "proposal",
        "proposals", "offer", "offers", "plan", "plans", "bid", "bids", "push", "pressure", "threat", "threats",
        "pledge", "pledges", "promise", "promises", "refusal", "attempt", "attempts", "effort", "efforts", "plot",
        "ultimatum", "motion", "resolution", "order", "orders", "right", "readiness", "willingness", "intention",
        // wishes, aims and chances: "in his haste to withdraw from Syria", "the chance to negotiate" tell no act either
        "haste", "rush", "eagerness", "desire", "determination", "wish", "hope", "hopes", "goal", "goals", "aim", "aims",
        "ambition", "ambitions", "chance", "opportunity", "option", "options", "need", "way",
    };

    /// <summary>Conjunctions of a subordinate clause of time or reason whose verb has a subject of its own.</summary>
    private static readonly HashSet<string> AdverbialClauseMarks = new(StringComparer.OrdinalIgnoreCase)
        { "after", "before", "as", "when", "while", "until", "since", "because", "once" };

    /// <summary>
    /// "Police detained dozens after tens of thousands rallied to demand elections": the first token of the subject of an
    /// adverbial clause (after, before, as, when ...) that names no actor and is no pronoun, or -1. The clause has a doer of
    /// its own, so an actor before that subject belongs to the main clause and is never the clause's doer. Invariant: -1 for
    /// a verb that is not such a clause's verb, or whose subject is an actor or stands for one ("they", "which").
    /// </summary>
    public int ForeignSubjectStart(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        // "rallied to demand early elections": an infinitive shares the subject of the verb it completes.
        for (int up = 0; up < 2 && RelIs(verb, "xcomp") && Head(verb) is var governor && governor >= 0; up++) verb = governor;
        // "after tens of thousands rallied": the parser may read "after" as the case of the subject noun and the finite verb
        // as a clause on that noun (tagged as a participle); the noun is still the verb's subject. (A true reduced relative,
        // "after dozens of people killed in the raid", names those harmed, never the doer, so no actor before is either.)
        if (RelIs(verb, "acl") && _doc.Token(verb).Xpos is "VBD" or "VBN" && Head(verb) is var noun && noun >= 0 && noun < verb
            && CaseOf(noun) is { } nounCase && AdverbialClauseMarks.Contains(nounCase) && ActorOfNode(noun) < 0
            && _doc.TokUpos(noun) is not (Upos.PRON or Upos.DET))
            return FirstOfSubtree(noun);
        if (!RelStarts(verb, "advcl") || MarkOf(verb) is not { } mark || !AdverbialClauseMarks.Contains(mark)) return -1;
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj") && c < verb)
            {
                if (ActorOfNode(c) >= 0 || _doc.TokUpos(c) is Upos.PRON or Upos.DET || IsRelativePronoun(c)) return -1;
                return FirstOfSubtree(c);
            }
        return -1;
    }

    /// <summary>
    /// True when the verb's subject is a natural force, an accident or a device with no doer the sentence names
    /// ("floods killed 300 people", "a bomb blast killed eight", "the earthquake destroyed homes"): no actor did it, and
    /// no actor elsewhere in the sentence stands in for one.
    /// </summary>
    public bool SubjectIsInanimateCause(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj") && _actorOf[c] < 0 && InanimateCauses.Contains(_doc.Token(c).Span.ToString().ToLowerInvariant())) return true;
        return false;
    }

    /// <summary>
    /// The bombing code (183, 1831 suicide, 1832 car, 1833 roadside) of a planted device that is the subject of
    /// <paramref name="verb"/>, or of the verb a participle clause hangs on ("a roadside bomb killed four soldiers", "a bomb
    /// blast at a market killed eight people", "a car bomb exploded near a checkpoint, killing five officers"): a bombing
    /// whose bombers the sentence does not name (gold/README.md: it keeps its event with a null source). Null when the
    /// subject is no device, or a word that may be an accident ("an explosion", "a gas cylinder", "a blast").
    /// </summary>
    public string? BombOfSubject(int verb, out TokenRange device)
    {
        device = default;
        if (!Parsed || verb < _f || verb >= _e) return null;
        for (int v = verb, step = 0; v >= 0 && step < 3; step++)
        {
            int subject = -1;
            // "A car bomb exploded ..., killing seven soldiers" read with the bomb as the clause's head: the participle's doer.
            if (step > 0 && _doc.TokUpos(v) == Upos.NOUN) subject = v;
            else foreach (var c in Children(v)) if (RelIs(c, "nsubj")) { subject = c; break; }
            // "a car bomb exploded near a checkpoint" read as a reduced relative: the noun it hangs on is its subject.
            if (subject < 0 && RelIs(v, "acl") && Head(v) is var n && n >= 0 && _doc.TokUpos(n) == Upos.NOUN) subject = n;
            if (subject >= 0)
            {
                if (_actorOf[subject] >= 0 || BombCode(subject) is not { } code) return null;
                int first = subject;
                foreach (var c in Children(subject)) if (c < first) first = c;
                device = new TokenRange(first, subject + 1);
                return code;
            }
            // ", killing five officers": a participle without a subject of its own tells what its governing verb's subject did.
            // "... and killed five": a coordinated verb shares it.
            bool participle = (RelIs(v, "advcl") || RelIs(v, "xcomp")) && _doc.Token(v).Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            if (!participle && !RelIs(v, "conj")) return null;
            v = Head(v);
        }
        return null;
    }

    /// <summary>
    /// Decision 112: the words of a verb's subject that names its doers only by a description that is no actor role: men
    /// told by their look or their anonymity ("masked men", "unidentified men", "hooded men", "men in plain clothes", "men
    /// on motorcycles") or by the deed itself ("arsonists", "vandals"); null when the subject is an actor, or a plain "men"
    /// ("two men stabbed a lawyer" names no group and no attack of one), or there is no subject.
    /// </summary>
    public TokenRange? UnnamedAgentSubject(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        // ", killing five": a participle's doer is its governing verb's subject; "... and beat them" shares it.
        if (ParticipleGovernor(verb) is var g && g >= 0) verb = g;
        else if (RelIs(verb, "conj") && !HasSubject(verb) && Head(verb) is var h && h >= 0) verb = h;
        int subject = -1;
        foreach (var c in Children(verb)) if (RelIs(c, "nsubj")) { subject = c; break; }
        if (subject < 0 || _actorOf[subject] >= 0) return null;
        var w = _doc.Token(subject).Span.ToString().ToLowerInvariant();
        bool described = w is "arsonists" or "vandals";
        if (w is "men")
            foreach (var c in Children(subject))
            {
                var m = _doc.Token(c).Span.ToString().ToLowerInvariant();
                if (c < subject && RelIs(c, "amod") && m is "masked" or "hooded" or "unidentified" or "unknown" or "balaclava-clad") described = true;
                // "men in plain clothes", "men on motorcycles": a nominal modifier of dress or of the vehicle they came on.
                if (c > subject && RelStarts(c, "nmod") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "clothes" or "motorcycles"
                    or "motorbikes" or "motorcycle" or "motorbike" or "uniforms") described = true;
            }
        if (!described) return null;
        int first = subject, end = subject + 1;
        foreach (var c in Children(subject)) { if (c < first) first = c; }
        return new TokenRange(first, end);
    }

    /// <summary>
    /// "A bomb blast at a market killed eight people": a bombing noun with no actor that is the subject of a verb of harm
    /// (<paramref name="verb"/>); its bombing code, or null.
    /// </summary>
    public string? BombNounSubject(int noun, out TokenRange device, out int verb)
    {
        device = default; verb = -1;
        if (!Parsed || noun < _f || noun >= _e || !RelIs(noun, "nsubj") || _actorOf[noun] >= 0) return null;
        if (BombCode(noun) is not { } code) return null;
        verb = Head(noun);
        if (verb < 0) return null;
        int first = noun;
        foreach (var c in Children(noun)) if (c < first) first = c;
        device = new TokenRange(first, noun + 1);
        return code;
    }

    /// <summary>
    /// The verb a participle clause without a subject of its own hangs on (", killing nine people" → "attacked"), or -1.
    /// </summary>
    public int ParticipleGovernor(int node)
    {
        if (!Parsed || node < _f || node >= _e || !(RelIs(node, "advcl") || RelIs(node, "xcomp") || RelIs(node, "conj"))) return -1;
        if (!_doc.Token(node).Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || HasSubject(node)) return -1;
        return Head(node);
    }

    /// <summary>
    /// <see cref="ParticipleGovernor"/>, or, when the parser hung a comma-led participle on the verb's object ("struck the
    /// city of Dnipro, killing seven people" read as the city doing the killing), the verb whose direct object it hangs on:
    /// a participle set off by a comma tells the outcome of the clause, not a property of its object. Only for finding the
    /// place an attack struck; -1 when neither reading holds.
    /// </summary>
    public int OutcomeGovernor(int node)
    {
        if (ParticipleGovernor(node) is var g && g >= 0) return g;
        if (!Parsed || node <= _f || node >= _e || !RelIs(node, "acl") || HasSubject(node)
            || !_doc.Token(node).Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !_doc.Token(node - 1).Span.Equals(",", StringComparison.Ordinal)) return -1;
        int noun = Head(node);
        if (noun < 0 || !RelIs(noun, "obj")) return -1;
        int verb = Head(noun);
        return verb >= 0 && IsVerbal(verb) ? verb : -1;
    }

    /// <summary>
    /// The subject of a verb when it is a noun that is no actor's head ("an Israeli air strike killed three people",
    /// "Russian shelling wounded two"), or -1. Such a subject is the event the verb tells the outcome of.
    /// </summary>
    public int EventSubject(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj")) return _actorOf[c] < 0 && _doc.Token(c).Upos == Upos.NOUN ? c : -1;
        return -1;
    }

    /// <summary>True when the word has a subject of its own (an nsubj child): a verb with one heads a finite clause.</summary>
    public bool HasOwnSubject(int t) => Parsed && t >= _f && t < _e && HasSubject(t);

    /// <summary>True when the verb's subject is itself an actor ("gunmen killed"), not an event or a weapon with an actor's
    /// adjective ("Turkish air strikes killed"); a participle without a subject looks at the verb it hangs on.</summary>
    public bool SubjectIsActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        for (int v = verb, step = 0; v >= 0 && step < 3; step++)
        {
            foreach (var c in Children(v)) if (RelIs(c, "nsubj")) return _actorOf[c] >= 0;
            int g = ParticipleGovernor(v);
            if (g < 0 && !RelIs(v, "conj")) return false;
            v = g >= 0 ? g : Head(v);
        }
        return false;
    }

    /// <summary>
    /// The verb a "by"-gerund tells the manner of ("violated the ceasefire by firing on Indian posts" → "violated"), or -1.
    /// </summary>
    public int MannerGovernor(int node)
    {
        if (!Parsed || node < _f || node >= _e || !RelIs(node, "advcl") || MarkOf(node) != "by") return -1;
        return Head(node);
    }

    /// <summary>
    /// "Vietnam protested a Chinese survey ship in its waters", "Eritrea protested Ethiopia's decision to build a port": the
    /// actor whose thing or act the verb's direct object names, by the object's own mention or an actor as its possessive,
    /// adjective or compound. -1 when none or when it is <paramref name="source"/>. An "of" phrase does not count:
    /// "protested the detention of a journalist" names the one the act was done to, not its doer.
    /// </summary>
    public int ObjectOwner(int verb, int source)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj")) continue;
            int a = _actorOf[c];
            if (a < 0)
                foreach (var g in Children(c))
                    if (Rel(g) is "nmod:poss" or "amod" or "compound" && _actorOf[g] >= 0) { a = _actorOf[g]; break; }
            return a == source ? -1 : a;
        }
        return -1;
    }

    /// <summary>Session 64 (statement64): a verb of contact, a call or a visit, whose "to"-infinitive is what its maker does in
    /// it ("telephoned his counterpart to offer condolences"); "telephon" is the lemmatiser's stem of "telephoned".</summary>
    internal static bool IsContactVerb(string? lemma) =>
        lemma?.ToLowerInvariant() is "telephone" or "telephon" or "phone" or "call" or "ring" or "visit";

    /// <summary>
    /// Session 64 (coerce64): "seized three tonnes of gold from a mine run by a Canadian company", "seized control of a gold
    /// mine in the north run by an Australian firm", "confiscated trucks operated by the party": the owner of seized goods
    /// named by a participle of running, owning, operating or belonging ("run by X", "owned by X", "belonging to X") on the
    /// verb's object, on the place the goods were taken from (its "from" phrase), or on a noun modifier of either up to two
    /// "of"/"in" steps down (the parser hangs "run by" on the nearest noun: "a mine in the region run by"). -1 when none
    /// or when it is <paramref name="source"/>. Invariant: only these participles of holding count; "a mine attacked by
    /// rebels" names a doer, not an owner.
    /// </summary>
    public int SeizedGoodsRunner(int verb, int source)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            // The parser may hang the object's participle on the verb ("seized control of a mine in the north run by a
            // Russian firm" read with "run" as an adverbial clause of "seized"): a subjectless past participle of holding
            // there still describes the thing seized, since an active act of seizing is not itself "run by" anyone.
            if (RelIs(c, "advcl") && _doc.Token(c).Xpos == "VBN" && !AnyChild(c, "nsubj") && !AnyChild(c, "nsubj:pass")
                && HoldingAgent(c) is var misplaced && misplaced >= 0 && misplaced != source) return misplaced;
            if (!RelIs(c, "obj") && !(RelStarts(c, "obl") && CaseOf(c) == "from")) continue;
            if (Runner(c, 0) is var a && a >= 0 && a != source) return a;
        }
        return -1;

        int Runner(int thing, int depth)
        {
            foreach (var g in Children(thing))
            {
                if (Rel(g) is "acl" or "acl:relcl" && HoldingAgent(g) is var holder && holder >= 0) return holder;
                if (depth < 2 && RelStarts(g, "nmod") && CaseOf(g) is "of" or "in" && Runner(g, depth + 1) is var deeper && deeper >= 0) return deeper;
            }
            return -1;
        }

        // The actor of a participle of holding's "by" or "to" phrase ("run by X", "belonging to X"), or -1.
        int HoldingAgent(int participle)
        {
            if (_doc.Token(participle).Lemma is not ("run" or "own" or "operate" or "belong" or "control" or "manage")) return -1;
            foreach (var h in Children(participle))
                if (RelStarts(h, "obl") && CaseOf(h) is "by" or "to" && _actorOf[h] >= 0) return _actorOf[h];
            return -1;
        }
    }

    /// <summary>
    /// "demanded that the government raise the minimum wage, threatening a nationwide strike", "demanded higher pay from the
    /// company and threatened to strike": true when <paramref name="threat"/>'s word has no subject of its own and hangs,
    /// within three steps of clausal relations (advcl, conj, xcomp, ccomp: the parser often hangs the participle on the
    /// demanded clause's verb), under <paramref name="demand"/>'s word, or the demand is such a subjectless conjunct of the
    /// threat ("threatened to strike and demanded ..."). One speaker in one breath: the threat backs the demand.
    /// </summary>
    public bool ThreatBacksDemand(int threat, int demand)
    {
        if (!Parsed || threat < _f || threat >= _e || demand < _f || demand >= _e || threat == demand) return false;
        if (Under(threat, demand, conjOnly: false) || Under(demand, threat, conjOnly: true)) return true;
        // "demanded that the commission publish all results, threatening mass protests": a participle set off by a comma
        // anywhere inside the demand's clause is the demander's, however the parser hung it (as an acl of "results").
        return threat > demand && threat - 1 >= _f && _doc.Token(threat - 1).Text == "," && _doc.Token(threat).Xpos == "VBG"
            && !AnyChild(threat, "nsubj") && InSubtree(threat, demand);

        bool Under(int low, int high, bool conjOnly)
        {
            if (AnyChild(low, "nsubj") || AnyChild(low, "nsubj:pass")) return false;
            int t = low;
            for (int d = 0; d < 3; d++)
            {
                bool ok = conjOnly ? RelIs(t, "conj") : Rel(t) is "advcl" or "conj" or "xcomp" or "ccomp";
                if (!ok || Head(t) is not (var h and >= 0)) return false;
                if (h == high) return true;
                if (conjOnly) return false;
                t = h;
            }
            return false;
        }
    }

    /// <summary>
    /// "condemned the attack and urged China to stop harassing fishermen", "called the bombing outrageous and demanded that
    /// the junta halt all military operations": true when <paramref name="appeal"/>'s verb is a later conjunct of the
    /// criticism's own predicate with no subject of its own (one speaker, one breath) and asks its addressee to stop,
    /// undo or make good an act (<see cref="CeaseVerbs"/>). Whom a speaker asks to stop what it condemns is whom the
    /// condemnation is aimed at.
    /// </summary>
    public bool AppealToStopCoordinated(int criticism, int appeal)
    {
        if (!Parsed || criticism < _f || criticism >= _e || appeal < _f || appeal >= _e) return false;
        int a = PredicateOf(criticism), b = PredicateOf(appeal);
        // Session 58 (judge58): "said the ban was unjustified and urged Beijing to lift it": a criticism stated as a reported
        // clause's predicate is the speech verb's, and the appeal is a conjunct of either (the parser hangs it on the clause's
        // predicate as often as on the speech verb).
        bool reported = b >= 0 && RelIs(criticism, "ccomp") && Head(criticism) is var speech && speech >= 0 && (Head(b) == criticism || Head(b) == speech);
        if (a < 0 || b < 0 || a == b || !RelIs(b, "conj") || (Head(b) != a && !reported) || AnyChild(b, "nsubj") || AnyChild(b, "nsubj:pass")) return false;
        return AsksToStop(b, 0);

        // The asked verb within two levels under the appeal, however the parser hung it ("urged X to stop" xcomp, "called on
        // X to halt" advcl, "demanded that the junta halt" ccomp, or under the addressee's phrase); never through a further
        // conjunct, which is another act.
        bool AsksToStop(int n, int depth)
        {
            foreach (var c in Children(n))
            {
                if (RelStarts(c, "conj") || RelIs(c, "punct")) continue;
                // A halt asked for is one whatever the tagger made of the word ("demanded that the junta halt", read as a noun).
                if (_doc.Token(c).Lemma is { } l && CeaseVerbs.Contains(l) && (IsVerbal(c) || l is "halt" or "stop" or "cease" or "end")) return true;
                if (depth < 1 && AsksToStop(c, depth + 1)) return true;
            }
            return false;
        }

        // The verb a trigger word belongs to: itself, or the verb above an adjective or noun it predicates ("called the
        // bombing outrageous").
        int PredicateOf(int t)
        {
            for (int d = 0; d < 3 && t >= 0; d++, t = Head(t))
                if (IsVerbal(t)) return t;
            return -1;
        }
    }

    /// <summary>Verbs that ask an actor to stop, undo or make good what it does.</summary>
    private static readonly HashSet<string> CeaseVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "stop", "halt", "cease", "end", "refrain", "restore", "reverse", "release", "free", "withdraw", "lift", "respect",
        "rescind", "revoke", "abandon", "drop", "pull",
    };

    /// <summary>The actor that is the direct object of <paramref name="verb"/>, or -1.</summary>
    public int ObjectActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb)) if (RelIs(c, "obj") && _actorOf[c] >= 0) return _actorOf[c];
        return -1;
    }

    /// <summary>The actor the verb's direct object stands for, its own or one among its modifiers ("a Turkish army convoy":
    /// the Turkish army), or -1 (<see cref="ActorOfNode"/>).</summary>
    public int ObjectNominalActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb)) if (RelIs(c, "obj")) return ActorOfNode(c);
        return -1;
    }

    /// <summary>Session 67 (fight67): true when <paramref name="noun"/> is said to carry explosives: an adjective
    /// ("explosives-laden", "booby-trapped") or a participle clause on it ("packed with explosives", "laden with bombs", "rigged
    /// with explosives").</summary>
    private bool IsLadenWithExplosives(int noun)
    {
        foreach (var c in Children(noun))
        {
            var m = _doc.Token(c).Span.ToString().ToLowerInvariant();
            if (c < noun && RelIs(c, "amod") && m is "explosives-laden" or "explosive-laden" or "bomb-laden" or "booby-trapped" or "bomb-rigged") return true;
            if (c > noun && (RelStarts(c, "acl") || RelIs(c, "amod")) && (_doc.Token(c).Lemma ?? "").ToLowerInvariant() is "pack" or "load" or "laden" or "rig" or "fill" or "stuff" or "pack")
                foreach (var g in Children(c))
                    if (RelStarts(g, "obl") && (_doc.Token(g).Lemma ?? "").ToLowerInvariant() is "explosive" or "explosives" or "bomb" or "dynamite") return true;
        }
        return false;
    }

    private string? BombCode(int noun)
    {
        var w = _doc.Token(noun).Lemma?.ToLowerInvariant() ?? _doc.Token(noun).Span.ToString().ToLowerInvariant();
        bool device = w is "bomb" or "ied" or "landmine" or "device";
        bool needsBomb = w is "blast" or "explosion" or "bombing" or "attack";
        // Session 67 (fight67): "a car packed with explosives blew up at a checkpoint", "an explosives-laden truck exploded":
        // a vehicle loaded with explosives is a car bomb (1832), as the codebook's vehicular bombing.
        if (!device && !needsBomb && w is "car" or "truck" or "vehicle" or "van" or "lorry" or "motorcycle" or "motorbike" or "minibus"
            && IsLadenWithExplosives(noun)) return "1832";
        if (!device && !needsBomb) return null;
        string? kind = null;
        bool bomb = false, explosive = false;
        foreach (var c in Children(noun))
        {
            if (!(RelIs(c, "compound") || RelIs(c, "amod")) || c > noun) continue;
            var m = _doc.Token(c).Span.ToString().ToLowerInvariant();
            if (m is "roadside") kind = "1833";
            else if (m is "car" or "truck" or "vehicle" && kind is null) kind = "1832";
            else if (m is "suicide") kind = "1831";
            else if (m is "bomb") bomb = true;
            else if (m is "explosive" or "improvised") explosive = true;
            // "a gas explosion", "a boiler blast": an accident.
            else if (m is "gas" or "boiler" or "fuel" or "tanker" or "mine" or "chemical" or "factory" or "pipeline") return null;
        }
        // "a bomb dropped by Russian jets", "a bomb planted by militants": the doer is named after all.
        foreach (var c in Children(noun))
            if (RelStarts(c, "acl"))
                foreach (var g in Children(c))
                    if (RelIs(g, "obl:agent") || (RelStarts(g, "obl") && CaseOf(g) == "by"))
                    {
                        // Session 67 (fight67): "a bomb planted by the roadside": a place beside the road, no doer.
                        if ((_doc.Token(g).Lemma ?? "").ToLowerInvariant() is "roadside" or "wayside") { kind = "1833"; continue; }
                        return null;
                    }
        if (w == "device" && !explosive) return null;
        if (needsBomb && !bomb && kind is null) return null;
        if (w == "attack" && kind is not "1831") return null;
        if (w == "landmine" || w == "ied") kind ??= "1833";
        return kind ?? "183";
    }

    /// <summary>
    /// The CAMEO code a weapon subject gives a generic attack ("Russian cruise missiles hit power stations" 195,
    /// "artillery pounded the town" 194), or null when the verb's subject names no weapon.
    /// </summary>
    public string? WeaponOfSubject(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        // ", wounding about 20 people": a participle's doer is the subject of the verb it hangs on.
        if (ParticipleGovernor(verb) is var g && g >= 0) verb = g;
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj"))
            {
                var w = _doc.Token(c).Span.ToString().ToLowerInvariant();
                // "a suicide bomber killed 12 soldiers": a person with a bomb, not an aircraft (1831).
                if (w is "bomber" or "bombers" && c > _f && _doc.Token(c - 1).Span.Equals("suicide", StringComparison.OrdinalIgnoreCase)) return "1831";
                // "Ukrainian drones struck an oil depot": a remotely piloted weapon is CAMEO's own sub-code (1952), as WeaponCode gives it.
                if (w is "drone" or "drones") return DronesWithOtherMunitions(c, c + 1) ? "195" : "1952";
                if (AerialWeapons.Contains(w)) return "195";
                if (ArtilleryWeapons.Contains(w)) return "194";
                // "the air force struck militant positions": a force that fights only from the air names its weapon, as "jets" does.
                if (w is "force" or "forces")
                    foreach (var m in Children(c))
                        if (m < c && (RelIs(m, "compound") || RelIs(m, "amod")) && _doc.Token(m).Span.Equals("air", StringComparison.OrdinalIgnoreCase)) return "195";
                // "a drone strike hit a village", "Cambodian rocket fire struck a petrol station", "an Israeli strike killed a
                // journalist", "Russian glide bombs hit a market": an attack noun or a bomb as subject names its weapon too.
                if (AttackNounWeapon(c) is { } attackNoun) return attackNoun;
            }
        return null;
    }

    /// <summary>
    /// What a lifted or eased ban or restriction was on, as the sub-code of easing it: imports, exports and trade (085, the
    /// codebook's easing of an embargo or boycott), rallies, newspapers and broadcasters (0811, restrictions on political
    /// freedoms), parties and candidates (0812). Read from the verb's object ("ban", "restriction", "curb"): its "on" noun
    /// ("lifted its ban on imports of Japanese seafood", "a ban on opposition rallies") or its compound ("an import ban").
    /// Null when the object is no ban or names no such thing, so the lexicon's code stays.
    /// </summary>
    public string? EasedBanKind(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        foreach (var o in Children(verb))
        {
            if (!RelIs(o, "obj") || _doc.Token(o).Lemma?.ToLowerInvariant() is not ("ban" or "restriction" or "curb" or "prohibition")) continue;
            foreach (var m in Children(o))
            {
                bool on = RelStarts(m, "nmod") && CaseOf(m) == "on";
                if ((on || (RelIs(m, "compound") && m < o)) && Banned(m, on) is { } kind) return kind;
            }
            // "lifted its ban on imports": the parser may hang the "on" phrase on the verb.
            foreach (var m in Children(verb))
                if (m > o && RelStarts(m, "obl") && CaseOf(m) == "on" && Banned(m, true) is { } kind) return kind;
        }
        return null;

        string? Banned(int m, bool on)
        {
            var l = (_doc.Token(m).Lemma ?? "").ToLowerInvariant();
            if (BannedTrade.Contains(l)) return "085";
            if (BannedFreedoms.Contains(l)) return "0811";
            if (on && l is "party" or "politician" or "candidate") return "0812";
            return null;
        }
    }

    /// <summary>Trade whose ban is an embargo or boycott (085 when eased).</summary>
    private static readonly HashSet<string> BannedTrade = new(StringComparer.Ordinal)
    {
        "import", "export", "trade", "shipment", "sale", "purchase", "investment", "transit",
    };

    /// <summary>Political freedoms whose ban is an administrative sanction (0811 when eased): gatherings and the press.</summary>
    private static readonly HashSet<string> BannedFreedoms = new(StringComparer.Ordinal)
    {
        "rally", "protest", "demonstration", "gathering", "assembly", "march", "newspaper", "broadcaster", "radio", "television",
        "channel", "outlet", "media", "website", "internet", "press",
    };

    /// <summary>
    /// "discussed Ukraine by phone", "held talks over the telephone", "met by video link": a meeting verb whose
    /// means is a telephone or video is a call (CAMEO 041), wherever the words stand in the clause.
    /// </summary>
    public bool ByPhone(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (RelStarts(c, "obl") && CaseOf(c) is "by" or "over" or "via"
                && CallMeans.Contains(_doc.Token(c).Span.ToString().ToLowerInvariant())) return true;
            // Session 69 (coop69): "discussed the grain route in a phone call", "during a telephone conversation", "in a video
            // call": a call or conversation named by its means, in an "in"/"during" phrase, is the meeting's means too.
            if (RelStarts(c, "obl") && CallPhrase(c)) return true;
            // "discussed the grain route in a phone call": the parser may hang the phrase on the verb's object.
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CallPhrase(g)) return true;
        }
        return false;
    }

    /// <summary>An "in"/"during" phrase on a call or conversation named by its means ("in a phone call", "during a telephone
    /// conversation", "in a video call").</summary>
    private bool CallPhrase(int c)
    {
        if (CaseOf(c) is not ("in" or "during") || _doc.Token(c).Lemma is not ("call" or "conversation")) return false;
        foreach (var m in Children(c))
            if ((RelIs(m, "compound") || RelIs(m, "amod")) && CallMeans.Contains(_doc.Token(m).Span.ToString().ToLowerInvariant())) return true;
        return false;
    }

    private static readonly HashSet<string> CallMeans = new(StringComparer.Ordinal)
    {
        "phone", "telephone", "videophone", "video", "videolink", "videoconference", "link", "call",
    };

    /// <summary>
    /// The kind of aid an amount is given in ("pledged 500 million euros in humanitarian aid", "suspended 95 million
    /// dollars in economic aid"): 'H' humanitarian, 'M' military, 'E' economic, or null when the verb's object names
    /// no such amount. The phrase lexicon cannot see it: the amount puts more words between verb and aid than a
    /// phrase may skip.
    /// </summary>
    public char? AidKindOfAmount(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        foreach (var o in Children(verb))
        {
            // "provide Ukraine with 3 billion dollars in loans": the amount may stand in the "with" phrase, and the parser may
            // hang its "in" phrase on the verb.
            if (RelStarts(o, "obl") && CaseOf(o) == "in" && AidThings.TryGetValue((_doc.Token(o).Lemma ?? "").ToLowerInvariant(), out var inKind)
                && HasAmountObject(verb)) return inKind;
            // "pledged 200 million dollars in humanitarian aid": the same "in" phrase on the verb with an aid noun whose
            // modifier names the kind (the BiLSTM parser's attachment; the perceptron's is on the amount, below).
            if (RelStarts(o, "obl") && CaseOf(o) == "in" && AidNouns.Contains(_doc.Token(o).Lemma ?? "") && HasAmountObject(verb))
                foreach (var m in Children(o))
                    if ((RelIs(m, "amod") || RelIs(m, "compound")) && AidKinds.TryGetValue((_doc.Token(m).Lemma ?? "").ToLowerInvariant(), out var onVerb)) return onVerb;
            // "give 40 million euros for food and shelter", "5 million dollars for weapons": an amount given for goods that name
            // their kind is aid of that kind (the parser hangs the "for" phrase on the verb or on the amount).
            if (RelStarts(o, "obl") && CaseOf(o) == "for" && PurposeKind(o) is { } forOnVerb && HasAmountObject(verb)) return forOnVerb;
            if (!RelIs(o, "obj") && !(RelStarts(o, "obl") && CaseOf(o) == "with")) continue;
            foreach (var n in Children(o))
            {
                if (RelStarts(n, "nmod") && CaseOf(n) == "for" && PurposeKind(n) is { } forOnAmount && HasAmountObject(verb)) return forOnAmount;
                // Session 69 (coop69): "50 million euros of humanitarian aid" tells the kind with "of" as "in" does; "$25 million in
                // emergency food aid" parsed with "food" as the phrase's noun names its kind by the goods (AidThings). Only on an
                // amount (a number or a currency), not "the cost of food".
                if (RelStarts(n, "nmod") && CaseOf(n) is "in" or "of" && HasAmountObject(verb)
                    && AidThings.TryGetValue((_doc.Token(n).Lemma ?? "").ToLowerInvariant(), out var goods)) return goods;
                if (!RelStarts(n, "nmod") || CaseOf(n) is not ("in" or "of") || !AidNouns.Contains(_doc.Token(n).Lemma ?? "")) continue;
                // "3 billion dollars in loans": an aid noun that names its kind itself.
                if (AidThings.TryGetValue((_doc.Token(n).Lemma ?? "").ToLowerInvariant(), out var own)) return own;
                foreach (var m in Children(n))
                    if ((RelIs(m, "amod") || RelIs(m, "compound")) && AidKinds.TryGetValue((_doc.Token(m).Lemma ?? "").ToLowerInvariant(), out var k)) return k;
            }
        }
        return null;
    }

    /// <summary>
    /// True when what a verb gives or promises is money and nothing else names the aid's kind: its object or "with" phrase is an
    /// amount in a currency ("pledged 12 million dollars to help Tonga", "offered Malawi $40 million"), read through "million"
    /// and "billion" to the currency under them. A bare number ("sent 500 soldiers", "pledged 2 million doses") is not money.
    /// </summary>
    public bool GivesMoney(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var o in Children(verb))
        {
            if (!RelIs(o, "obj") && !(RelStarts(o, "obl") && CaseOf(o) == "with")) continue;
            if (_actorOf[o] >= 0) continue;
            if (IsCurrency(o)) return true;
            if (_doc.Token(o).Lemma is "million" or "billion")
                foreach (var c in Children(o))
                    if (IsCurrency(c)) return true;
        }
        return false;
    }

    private bool IsCurrency(int t) => Currencies.Contains(_doc.Token(t).Lemma ?? "") || Currencies.Contains(_doc.Token(t).Text.ToString());

    /// <summary>Currency words and signs an amount of aid is told in (lemmas and forms).</summary>
    private static readonly HashSet<string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "$", "€", "£", "¥", "dollar", "dollars", "euro", "euros", "yen", "yuan", "renminbi", "rupee", "rupees", "riyal", "riyals",
        "dirham", "dirhams", "franc", "francs", "won", "ruble", "rubles", "rouble", "roubles", "peso", "pesos", "rand", "shilling", "shillings",
    };

    /// <summary>
    /// The CAMEO intent code the act a plain intent frames names by its field ("agreed to connect their power grids" 0311,
    /// "agreed to hold joint coast guard drills" 0312, "to restore consular services" 032): read from the "to"-infinitive's
    /// object (and the objects of infinitives coordinated with it) and their modifiers; null when no word names a field or
    /// two fields disagree. The framing verb is <paramref name="verb"/>; its own object is not read ("agreed a deal").
    /// </summary>
    public string? CooperationIntentKind(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        string? found = null;
        foreach (var x in Children(verb))
        {
            if (!RelIs(x, "xcomp")) continue;
            foreach (var act in ActAndConjuncts(x))
                foreach (var o in Children(act))
                {
                    if (!RelIs(o, "obj") || _actorOf[o] >= 0) continue;
                    string? kind = FieldOf(o) ?? FieldOfModifiers(o) ?? CooperationPhraseField(act, o);
                    if (kind is null) continue;
                    if (found is not null && found != kind) return null;
                    found = kind;
                }
        }
        return found;
    }

    /// <summary>
    /// "deepened cooperation on air defence", "to step up cooperation in defence and maritime security": the field code
    /// (0311 ... 0314, 032) an "on"/"in" phrase gives a bare cooperation noun that is the object of <paramref name="act"/>,
    /// or null. The parser hangs the phrase on the noun or on the verb; both are read.
    /// </summary>
    public string? CooperationFieldOfAct(int act)
    {
        if (!Parsed || act < _f || act >= _e) return null;
        foreach (var o in Children(act))
            if (RelIs(o, "obj") && CooperationPhraseField(act, o) is { } kind) return kind;
        return null;
    }

    private string? CooperationPhraseField(int act, int o)
    {
        if (!CooperationNouns.Contains(_doc.Token(o).Lemma ?? "")) return null;
        foreach (var p in Children(o))
            if (RelIs(p, "nmod") && CaseOf(p) is "on" or "in" && (FieldOf(p) ?? FieldOfModifiers(p)) is { } k) return k;
        foreach (var p in Children(act))
            if (RelIs(p, "obl") && CaseOf(p) is "on" or "in" && (FieldOf(p) ?? FieldOfModifiers(p)) is { } k) return k;
        return null;
    }

    private List<int> ActAndConjuncts(int act)
    {
        var acts = new List<int> { act };
        foreach (var c in Children(act))
            if (RelIs(c, "conj") && _doc.Token(c).Upos == Upos.VERB) acts.Add(c);
        return acts;
    }

    /// <summary>The field the first adjective or compound of a noun names ("trade" in "trade barriers"), or null.</summary>
    private string? FieldOfModifiers(int n)
    {
        foreach (var m in Children(n))
            if ((RelIs(m, "amod") || RelIs(m, "compound")) && FieldOf(m) is { } mk) return mk;
        return null;
    }

    /// <summary>Nouns of cooperation in general, whose field an "on"/"in" phrase names ("cooperation on defence").</summary>
    private static readonly HashSet<string> CooperationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "cooperation", "co-operation", "collaboration", "partnership", "ties", "tie", "relation", "relations",
    };

    private string? FieldOf(int t) => CooperationFields.TryGetValue((_doc.Token(t).Lemma ?? "").ToLowerInvariant(), out var k) ? k : null;

    /// <summary>Words that name the field of an agreed act: economic 0311, military 0312, judicial 0313, intelligence 0314, diplomatic 032.</summary>
    private static readonly Dictionary<string, string> CooperationFields = new(StringComparer.Ordinal)
    {
        ["trade"] = "0311", ["investment"] = "0311", ["grid"] = "0311", ["pipeline"] = "0311", ["railway"] = "0311", ["rail"] = "0311",
        ["electricity"] = "0311", ["power"] = "0311", ["energy"] = "0311", ["hub"] = "0311", ["port"] = "0311", ["export"] = "0311",
        ["import"] = "0311", ["economic"] = "0311", ["commercial"] = "0311", ["hydropower"] = "0311", ["infrastructure"] = "0311",
        ["military"] = "0312", ["defence"] = "0312", ["defense"] = "0312", ["drill"] = "0312", ["exercise"] = "0312", ["patrol"] = "0312",
        ["naval"] = "0312", ["extradition"] = "0313", ["judicial"] = "0313", ["intelligence"] = "0314",
        ["consular"] = "032", ["diplomatic"] = "032", ["embassy"] = "032", ["ambassador"] = "032", ["consulate"] = "032",
    };

    /// <summary>The aid kind a "for" phrase's goods name ("for food", "for weapons", "for humanitarian aid"), or null.</summary>
    private char? PurposeKind(int n)
    {
        if (AidThings.TryGetValue((_doc.Token(n).Lemma ?? "").ToLowerInvariant(), out var own)) return own;
        if (!AidNouns.Contains(_doc.Token(n).Lemma ?? "")) return null;
        foreach (var m in Children(n))
            if ((RelIs(m, "amod") || RelIs(m, "compound")) && AidKinds.TryGetValue((_doc.Token(m).Lemma ?? "").ToLowerInvariant(), out var k)) return k;
        return null;
    }

    /// <summary>True when a verb's object or "with" phrase is an amount of money ("3 billion dollars", "$3 billion").</summary>
    private bool HasAmountObject(int verb)
    {
        foreach (var o in Children(verb))
        {
            if (!RelIs(o, "obj") && !(RelStarts(o, "obl") && CaseOf(o) == "with")) continue;
            if (_doc.Token(o).Lemma is "$" or "€" or "£" or "dollar" or "euro" or "pound" or "yen" or "yuan" or "million" or "billion") return true;
        }
        return false;
    }

    /// <summary>
    /// The kind of aid ('H' humanitarian, 'M' military, 'E' economic) asked for in a request, demand, call or appeal that
    /// <paramref name="verb"/> takes as its object ("rejected a request from Nauru for emergency food shipments" 'H', "turned
    /// down Kyiv's request for air defence systems" 'M'), read from the noun's "for" phrase, or the verb's own when the parser
    /// hung it there ("rejected a request from Sri Lanka for a new loan"); null when the verb takes no such noun or the thing
    /// names no kind (an actor, "a request for talks").
    /// </summary>
    public char? RequestedAidKind(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        foreach (var t in RequestedThings(verb))
            if (_actorOf[t] < 0 && KindOfThing(t) is { } kind) return kind;
        return null;
    }

    /// <summary>
    /// The "for" phrases naming what a request, demand, call, appeal or plea that <paramref name="verb"/> takes as its object
    /// (or passive subject) asks for, in the order they are read: for each such noun its own "for" phrases, then those the
    /// parser hung on the requester's "from" phrase (session 65, appeal65: "rejected a request from Zimbabwe for emergency
    /// supplies"); after all of them, when the verb takes such a noun, the verb's own "for" phrases ("rejected a request
    /// from Sri Lanka for a new loan" with the phrase hung on the verb). What the phrase names is the caller's reading.
    /// </summary>
    private List<int> RequestedThings(int verb)
    {
        var things = new List<int>();
        bool request = false;
        foreach (var c in Children(verb))
        {
            if (!(RelIs(c, "obj") || RelIs(c, "nsubj:pass")) || (_doc.Token(c).Lemma ?? "").ToLowerInvariant() is not ("request" or "demand" or "call" or "appeal" or "plea")) continue;
            request = true;
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "for") things.Add(g);
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "from")
                    foreach (var h in Children(g))
                        if (RelStarts(h, "nmod") && CaseOf(h) == "for") things.Add(h);
        }
        if (request)
            foreach (var c in Children(verb))
                if (RelStarts(c, "obl") && CaseOf(c) == "for") things.Add(c);
        return things;
    }

    /// <summary>
    /// The kind of aid ('H' humanitarian, 'M' military, 'E' economic) that what a verb gives or asks for names: its object,
    /// or its "for"/"with" phrase ("asked Turkey for military help", "provide Sri Lanka with patrol boats", "send 30 tonnes
    /// of medical supplies"), read through a quantity noun; null when the thing names no kind or is an actor.
    /// </summary>
    public char? AidKindOfThing(int verb) => AidKindOfThing(verb, 0);

    private char? AidKindOfThing(int verb, int depth)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        // "asked Turkey for military help": an event noun the frame introduces is the thing itself.
        if (_doc.Token(verb).Upos == Upos.NOUN) return KindOfThing(verb);
        foreach (var c in Children(verb))
        {
            // "promised to send medical supplies": the thing is the infinitive's.
            if (RelIs(c, "xcomp") && depth == 0 && AidKindOfThing(c, 1) is { } ofInfinitive) return ofInfinitive;
            // "provide assistance in the form of money, doctors and tents": what the aid takes the form of names its kind.
            if (RelStarts(c, "obl") && FormKind(c) is { } formed) return formed;
            bool slot = RelIs(c, "obj") || (RelStarts(c, "obl") && CaseOf(c) is "for" or "with");
            // "appealed to the World Food Programme for emergency food supplies": the parser may hang the "for" phrase on
            // the addressee.
            // "asked its NATO allies for more air defence systems": or on the addressee as direct object, named as an actor
            // or not ("its Western partners").
            if (RelStarts(c, "obl") || RelIs(c, "obj") || RelIs(c, "iobj"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) == "for" && _actorOf[g] < 0 && KindOfThing(g) is { } held) return held;
            if (!slot || _actorOf[c] >= 0 || _doc.Token(c).Upos != Upos.NOUN) continue;
            if (KindOfThing(c) is { } k) return k;
        }
        return null;
    }

    private char? KindOfThing(int thing)
    {
        // "50 million dollars of loans", "20 tonnes of medical supplies": a quantity or an amount of money is read through.
        for (int step = 0; step < 2 && (QuantityNouns.Contains(_doc.Token(thing).Lemma ?? "") || IsCurrency(thing)); step++)
        {
            int inner = -1;
            foreach (var g in Children(thing)) if (RelStarts(g, "nmod") && CaseOf(g) == "of") { inner = g; break; }
            if (inner < 0) break;
            thing = inner;
        }
        var lemma = (_doc.Token(thing).Lemma ?? "").ToLowerInvariant();
        if (AidThings.TryGetValue(lemma, out var own)) return own;
        if (!AidNouns.Contains(lemma) && !GivenThings.Contains(lemma)) return null;
        foreach (var g in Children(thing))
            if (RelStarts(g, "nmod") && FormKind(g) is { } formed) return formed;
        foreach (var m in Children(thing))
            if ((RelIs(m, "amod") || RelIs(m, "compound")) && AidKinds.TryGetValue((_doc.Token(m).Lemma ?? "").ToLowerInvariant(), out var k)) return k;
        // "deliveries of artillery shells", "a shipment of food": a noun of conveying names no kind itself; what it conveys does.
        if (ConveyNouns.Contains(lemma))
            foreach (var g in Children(thing))
                if (RelStarts(g, "nmod") && CaseOf(g) == "of" && _actorOf[g] < 0 && !ConveyNouns.Contains(_doc.Token(g).Lemma ?? "")
                    && KindOfThing(g) is { } conveyed) return conveyed;
        return null;
    }

    /// <summary>
    /// The kind of aid an "in the form of" phrase names ("in the form of money, doctors, tents and blankets"): humanitarian
    /// when any thing of the list is relief (money sent with doctors and tents after a disaster is relief money), else the
    /// kind of the first thing that names one; null for another phrase or a list of no kind.
    /// </summary>
    private char? FormKind(int form)
    {
        if (!string.Equals(_doc.Token(form).Lemma, "form", StringComparison.OrdinalIgnoreCase) || CaseOf(form) != "in") return null;
        foreach (var of in Children(form))
        {
            if (!RelStarts(of, "nmod") || CaseOf(of) != "of") continue;
            char? first = _actorOf[of] < 0 ? KindOfThing(of) : null;
            if (first == 'H') return first;
            foreach (var thing in Children(of))
                if (RelIs(thing, "conj") && _actorOf[thing] < 0 && KindOfThing(thing) is { } k)
                {
                    if (k == 'H') return k;
                    first ??= k;
                }
            return first;
        }
        return null;
    }

    /// <summary>
    /// True when a verb's object is medical or relief staff: a noun of such people ("doctors", "medics", "epidemiologists"),
    /// or staff, teams or experts called medical, health or relief ones ("medical teams", "health experts"), also through a
    /// quantity or team noun ("a team of doctors").
    /// </summary>
    public bool ConveysMedicalStaff(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj")) continue;
            int thing = c;
            for (int step = 0; step < 2; step++)
            {
                var lemma = (_doc.Token(thing).Lemma ?? "").ToLowerInvariant();
                if (MedicalPeople.Contains(lemma)) return true;
                if (StaffNouns.Contains(lemma))
                {
                    foreach (var m in Children(thing))
                        if ((RelIs(m, "amod") || RelIs(m, "compound")) && MedicalModifiers.Contains((_doc.Token(m).Lemma ?? "").ToLowerInvariant())) return true;
                }
                int inner = -1;
                if (StaffNouns.Contains(lemma) || QuantityNouns.Contains(lemma))
                    foreach (var g in Children(thing)) if (RelStarts(g, "nmod") && CaseOf(g) == "of") { inner = g; break; }
                if (inner < 0) break;
                thing = inner;
            }
        }
        return false;
    }

    private static readonly HashSet<string> MedicalPeople = new(StringComparer.OrdinalIgnoreCase)
        { "doctor", "nurse", "medic", "paramedic", "epidemiologist", "surgeon", "physician", "rescuer" };

    private static readonly HashSet<string> StaffNouns = new(StringComparer.OrdinalIgnoreCase)
        { "team", "staff", "personnel", "worker", "expert", "specialist", "unit", "brigade", "official", "officer" };

    private static readonly HashSet<string> MedicalModifiers = new(StringComparer.OrdinalIgnoreCase)
        { "medical", "health", "relief", "rescue", "humanitarian", "aid", "disaster", "emergency", "public-health" };

    /// <summary>Nouns of handing things over, whose "of" phrase names what is handed over.</summary>
    private static readonly HashSet<string> ConveyNouns = new(StringComparer.OrdinalIgnoreCase)
        { "delivery", "deliveries", "shipment", "supply", "supplies", "transfer", "consignment" };

    /// <summary>Things given as aid that name their kind themselves.</summary>
    private static readonly Dictionary<string, char> AidThings = new(StringComparer.Ordinal)
    {
        ["weapon"] = 'M', ["arm"] = 'M', ["ammunition"] = 'M', ["warship"] = 'M', ["howitzer"] = 'M',
        ["missile"] = 'M', ["munition"] = 'M', ["rifle"] = 'M', ["interceptor"] = 'M',
        // Session 65 (appeal65): "asked Turkey for more armed drones", "asked Washington for drones and helicopters to fight the
        // gangs": drones handed to a state's forces are arms.
        ["drone"] = 'M',
        ["loan"] = 'E', ["credit"] = 'E', ["cash"] = 'E',
        ["food"] = 'H', ["medicine"] = 'H', ["vaccine"] = 'H', ["tent"] = 'H', ["blanket"] = 'H', ["shelter"] = 'H', ["relief"] = 'H',
        // Care for the sick and the people who give it ("provided medication for the children", "in the form of doctors").
        ["medication"] = 'H', ["antidote"] = 'H', ["doctor"] = 'H', ["medic"] = 'H', ["nurse"] = 'H',
        // Money, and farm inputs handed to farmers, are economic aid ("providing farmers with fertilizer and seeds").
        ["money"] = 'E', ["seed"] = 'E', ["fertilizer"] = 'E', ["fertiliser"] = 'E',
    };

    /// <summary>Things given whose kind only a modifier names ("patrol boats", "medical supplies").</summary>
    private static readonly HashSet<string> GivenThings = new(StringComparer.OrdinalIgnoreCase)
        { "supply", "supplies", "equipment", "boat", "vessel", "delivery", "deliveries", "shipment", "system", "kit",
          // "armoured vehicles", "artillery shells", "fighter jets": the modifier says they are arms.
          "vehicle", "shell", "jet", "aircraft", "helicopter",
          // Session 65 (appeal65): "asked its allies for extra air defence units": units named by their kind ("medical units").
          "unit" };

    private static readonly HashSet<string> AidNouns = new(StringComparer.OrdinalIgnoreCase)
        { "aid", "assistance", "support", "funding", "help", "relief", "loan", "loans", "credit" };

    private static readonly Dictionary<string, char> AidKinds = new(StringComparer.Ordinal)
    {
        ["humanitarian"] = 'H', ["emergency"] = 'H', ["food"] = 'H', ["relief"] = 'H', ["medical"] = 'H',
        ["military"] = 'M', ["defence"] = 'M', ["defense"] = 'M', ["security"] = 'M', ["patrol"] = 'M',
        ["armoured"] = 'M', ["armored"] = 'M', ["armour"] = 'M', ["armor"] = 'M', ["artillery"] = 'M', ["fighter"] = 'M',
        ["combat"] = 'M', ["attack"] = 'M',
        ["economic"] = 'E', ["financial"] = 'E', ["development"] = 'E', ["budget"] = 'E', ["budgetary"] = 'E',
    };

    /// <summary>
    /// The CAMEO code of the weapon named by a "with" phrase on a generic attack ("fought with mortars and heavy machine
    /// guns" 194, "attacked the base with drones" 1952, "with rifles" 193), or null. Of weapons listed together the heaviest
    /// decides ("with rifles and mortars" 194, "with small arms and rockets" 194): the codebook's sub-codes rise with the
    /// weapon, and a fight waged with both is waged with the heavier.
    /// </summary>
    public string? WeaponOfInstrument(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "obj") && InstrumentCode(c) is { } onObject) return onObject;
            if (!RelStarts(c, "obl")) continue;
            // "killed five of the assailants in a gunfight", "died in a shootout with police": a fight the act happened in
            // names its weapon as an instrument does (193 small arms, 194 shelling, 195 air strikes).
            if (CaseOf(c) is "in" or "during" && FightWeapon(c) is { } fought) return fought;
            if (CaseOf(c) != "with") continue;
            if (WeaponCode(c) is { } code) return HeaviestConjoinedWeapon(c, code);
        }
        return null;
    }

    /// <summary>The heaviest of <paramref name="code"/> (the weapon at <paramref name="noun"/>) and the weapons conjoined with it
    /// ("rifles and mortars": 194 over 193). Invariant: never lighter than <paramref name="code"/>.</summary>
    private string HeaviestConjoinedWeapon(int noun, string code)
    {
        foreach (var c in Children(noun))
            if (RelIs(c, "conj") && WeaponCode(c) is { } other && WeaponWeight(other) > WeaponWeight(code)) code = other;
        return code;
    }

    /// <summary>How heavy the weapon of an attack sub-code is: small arms (193) under artillery (194) under air weapons (195, 1952).</summary>
    private static int WeaponWeight(string code) => code switch { "193" => 1, "194" => 2, "195" or "1952" => 3, _ => 0 };

    /// <summary>
    /// The CAMEO code of a weapon compounded with an attack noun ("a Russian drone attack on the port" 1952, "a missile
    /// strike" 195, "a rocket attack" 194), or null. The weapon word may also be the actor's head ("Russian drone" → RUS),
    /// which is why the lexicon's two-word noun ("drone attack") cannot match it: the tree still has it as a compound.
    /// </summary>
    public string? WeaponOfCompound(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return null;
        foreach (var c in Children(noun))
            if (RelIs(c, "compound") && WeaponCode(c) is { } code) return code;
        return null;
    }

    /// <summary>The attack code of a fight noun that names its weapon ("gunfight" 193, "shelling" 194, "airstrike" 195), or null.</summary>
    private string? FightWeapon(int c)
    {
        var w = (_doc.Token(c).Lemma ?? "").ToLowerInvariant();
        if (w is "gunfight" or "shootout" or "firefight" or "gunbattle" or "shoot-out" or "gun-battle") return "193";
        if (w == "battle")
            foreach (var m in Children(c))
                if (RelIs(m, "compound") && _doc.Token(m).Span.ToString().Equals("gun", StringComparison.OrdinalIgnoreCase)) return "193";
        if (w is "shelling" or "bombardment") return "194";
        if (w is "airstrike" or "air-strike") return "195";
        // "killed a commander in a strike on a Beirut suburb", "killed in a drone strike", "in a bombing raid": the attack noun
        // names its weapon by its modifier, or is a military strike "on" a place (195, gold/README.md session 22). "during
        // a strike" is left alone: a death during a strike is as often at a labour strike.
        if (CaseOf(c) == "in" && AttackNounWeapon(c) is { } attack) return attack;
        return null;
    }

    /// <summary>
    /// The weapon code an attack noun or a bomb names (null when none): a weapon compounded with it ("drone strike" 1952,
    /// "rocket fire" 194, "missile strike" 195), an air modifier ("air raid", "aerial bombardment", "bombing raid" 195), air-
    /// dropped bombs ("glide bombs", "guided bombs", "cluster bombs" 195), or a singular "strike" that is a military one: it
    /// is aimed "on" something or led by a nationality adjective ("an Israeli strike"), with no word of a labour strike.
    /// Invariant: a noun that is not an attack noun or a bomb gives null, so a subject or "in" phrase of any other kind
    /// (a person, a place, "a gunfight") is judged as before.
    /// </summary>
    private string? AttackNounWeapon(int c)
    {
        var w = (_doc.Token(c).Lemma ?? _doc.Token(c).Span.ToString()).ToLowerInvariant();
        bool bomb = w is "bomb";
        if (!bomb && w is not ("strike" or "attack" or "raid" or "fire" or "barrage" or "bombardment")) return null;
        bool military = false;
        foreach (var m in Children(c))
        {
            var ml = (_doc.Token(m).Lemma ?? _doc.Token(m).Span.ToString()).ToLowerInvariant();
            if (RelIs(m, "compound") || RelIs(m, "amod"))
            {
                if (m < c && WeaponCode(m) is { } weapon && !bomb) return weapon;
                if (ml is "air" or "aerial") return "195";
                if (bomb && ml is "glide" or "guided" or "cluster" or "barrel") return "195";
                if (ml is "bombing" && w is "raid") return "195";
                // "a general strike", "a hunger strike", "a nationwide strike by teachers": a labour strike.
                if (ml is "general" or "hunger" or "labour" or "labor" or "nationwide" or "national" or "worker" or "union" or "teacher" or "doctor") return null;
                if (RelIs(m, "amod") && m < c && _doc.Token(m).Span.Length > 0 && char.IsUpper(_doc.Token(m).Span[0])) military = true;
            }
            if (RelStarts(m, "nmod") && CaseOf(m) is "on") military = true;
            // "a strike by dockworkers": a strike whose doer is named after "by" is told by that doer, not by the noun.
            if (RelStarts(m, "nmod") && CaseOf(m) is "by") return null;
        }
        return w == "strike" && military ? "195" : null;
    }

    /// <summary>"attacked a border post with drones" read with the weapon on the object: a "with" phrase under it, or a fight
    /// the act happened in ("in a gunfight").</summary>
    private string? InstrumentCode(int noun)
    {
        foreach (var c in Children(noun))
        {
            if (!RelStarts(c, "nmod")) continue;
            if (CaseOf(c) == "with" && WeaponCode(c) is { } code) return HeaviestConjoinedWeapon(c, code);
            // "killed six insurgents in an airstrike" read with the fight on the object.
            if (CaseOf(c) is "in" or "during" && FightWeapon(c) is { } fought) return fought;
        }
        return null;
    }

    /// <summary>
    /// True when the verb <paramref name="v"/>, hung on a noun (acl), is a past participle: tagged VBN, or tagged as a past
    /// form (VBD) with no subject of its own on a noun of an object's phrase. The tagger reads "arrested members of a
    /// group accused of", "urged Tbilisi to release protesters jailed since" as VBD when the parser's first reading hung
    /// the word on the main verb (TreeRepairs.AsyndeticParticipleConjunct moves it back). On a subject's phrase a VBD
    /// hung on a noun is more often the clause's own finite verb in a broken parse ("Sudan's army and the RSF fought"),
    /// which keeps its reading.
    /// </summary>
    private bool IsParticipleOnNoun(int v)
    {
        if (_doc.Token(v).Xpos == "VBN") return true;
        if (_doc.Token(v).Xpos != "VBD" || HasSubject(v)) return false;
        // Up through nominal modifiers and conjuncts to the phrase's place in its clause: an object's.
        int h = Head(v);
        for (int hops = 0; hops < 4 && h >= 0 && (RelStarts(h, "nmod") || RelIs(h, "conj") || RelIs(h, "appos")); hops++) h = Head(h);
        return h >= 0 && (RelIs(h, "obj") || RelIs(h, "iobj"));
    }

    /// <summary>The attack code of a weapon noun: drones 1952, aircraft and missiles 195, artillery, tanks and rockets 194, guns 193.</summary>
    private string? WeaponCode(int c)
    {
        var w = _doc.Token(c).Span.ToString().ToLowerInvariant();
        // "with drones and missiles": drones among other munitions are aerial weapons at large (decision 022).
        if (w is "drone" or "drones") return DronesWithOtherMunitions(c, c + 1) ? "195" : "1952";
        if (AerialWeapons.Contains(w) && w is not "strikes") return "195";
        if (ArtilleryWeapons.Contains(w) || w is "rocket" or "rockets") return "194";
        if (SmallArms.Contains(w) || w is "small-arms") return "193";
        // "with small arms and rockets": "arms" alone may be any weapons, "small arms" are the codebook's 193.
        if (w is "arms")
            foreach (var m in Children(c))
                if (RelIs(m, "amod") && _doc.Token(m).Span.Equals("small", StringComparison.OrdinalIgnoreCase)) return "193";
        return null;
    }

    private static readonly HashSet<string> SmallArms = new(StringComparer.Ordinal)
    {
        "gun", "guns", "rifle", "rifles", "pistol", "pistols", "firearm", "firearms", "machine-gun", "machine-guns", "kalashnikov", "kalashnikovs",
    };

    private static readonly HashSet<string> AerialWeapons = new(StringComparer.Ordinal)
    {
        "missile", "missiles", "drone", "drones", "warplane", "warplanes", "jet", "jets", "aircraft", "helicopter", "helicopters",
        "bomber", "bombers", "airstrike", "airstrikes", "strikes",
    };

    private static readonly HashSet<string> ArtilleryWeapons = new(StringComparer.Ordinal)
    {
        "artillery", "shell", "shells", "shelling", "mortar", "mortars", "howitzer", "howitzers", "tank", "tanks",
    };

    private static readonly HashSet<string> InanimateCauses = new(StringComparer.Ordinal)
    {
        "flood", "floods", "flooding", "earthquake", "earthquakes", "quake", "storm", "storms", "cyclone", "hurricane",
        "typhoon", "tsunami", "landslide", "landslides", "mudslide", "avalanche", "drought", "heatwave", "wildfire",
        "wildfires", "fire", "fires", "blaze", "disease", "outbreak", "epidemic", "accident", "crash", "collapse",
        "blast", "explosion", "bomb", "bombs", "mine", "mines", "landmine", "landmines", "device", "shell", "shrapnel",
    };

    private bool HasSubject(int verb)
    {
        foreach (var c in Children(verb))
            if (RelStarts(c, "nsubj")) return true;
        return false;
    }

    private bool HasPluperfectAux(int verb) => ChildWord(verb, "aux", "had") >= 0;

    /// <summary>
    /// The trigger node (one <paramref name="isTriggerNode"/> accepts) whose complement contains the event noun
    /// <paramref name="noun"/>: the noun hangs from it through objects, obliques, nominal modifiers and noun complements
    /// ("lift the ban on rallies", "restore the right of citizens to hold rallies"), never through a subject, a
    /// coordination or a clause of its own. -1 when none, or when the noun is the trigger verb's own direct object.
    /// Such a noun is presupposed by that event, not a second event.
    /// </summary>
    public int GoverningTrigger(int noun, Func<int, bool> isTriggerNode)
    {
        if (!Parsed || noun < _f || noun >= _e) return -1;
        int v = noun;
        for (int step = 0; step < 6; step++)
        {
            var rel = Rel(v);
            // "vetoed the sanctions package": a noun compound's modifier is inside its head's phrase.
            bool nominal = rel is "obj" or "iobj" or "acl" or "compound" || RelStarts(v, "obl") || RelStarts(v, "nmod");
            // Only nominal links, and a verb only as a noun's complement ("the right to hold rallies"); a clause with a
            // subject of its own ("since the allies began airstrikes") states its own event.
            if (!nominal) return -1;
            if (step > 0 && HasSubject(v) && MarkOf(v) != "to") return -1;
            int h = Head(v);
            if (h < 0) return -1;
            // The direct object of a trigger verb is its own business ("signed a ceasefire", "destroyed targets", and after a
            // verb of judging "condemning Israeli strikes on Syria", the reference article's expected 190): the coder's
            // light-verb and absorption rules decide about it.
            if (isTriggerNode(h)) return step == 0 && rel == "obj" ? -1 : h;
            v = h;
        }
        return -1;
    }

    /// <summary>
    /// What an accusation accuses of: the "of"/"for" clause or phrase of the verb ("accused X of spying", "blamed X
    /// for the attack"). Returns its head and the "of"/"for" token, or -1.
    /// </summary>
    public int AllegedAct(int verb, out int mark)
    {
        mark = -1;
        if (!Parsed || verb < _f || verb >= _e) return -1;
        int act = OfOrFor(verb, out mark);
        if (act >= 0) return act;
        // The parser often hangs the phrase from the accused ("accused [a diplomat of spying]") or from the passive
        // agent ("was accused [by Armenia of ethnic cleansing]").
        foreach (var c in Children(verb))
            if ((RelIs(c, "obj") || RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) && OfOrFor(c, out mark) is var a && a >= 0) return a;
        // "accuses Sudan's army and the Rapid Support Forces of shelling hospitals": with coordinated accused the parser
        // hangs the phrase from the last of them, a conjunct of the object. The phrase is still the accusation's: one alleged
        // act of all the accused, not an act of the last one told as news.
        foreach (var c in Children(verb))
            if (RelIs(c, "obj"))
                foreach (var k in Children(c))
                    if (RelIs(k, "conj") && OfOrFor(k, out mark) is var a && a >= 0) return a;
        // "accused Israel on Thursday of violating the ceasefire": or from a time phrase of the verb, which names no act.
        foreach (var c in Children(verb))
            if (RelStarts(c, "obl") && (IsTime(c) || IsTimeNoun(c)) && OfOrFor(c, out mark) is var a && a >= 0) return a;
        // Session 70 (fam11): "alleged that Russian troops had tortured prisoners": an allegation tells its act in a
        // that-clause, not an "of" phrase; the clause's verb is the alleged act (not coded, gold/README.md: accusations).
        // The mark is then the verb itself, which no "accuse of ..." phrase row matches.
        if ((_doc.Token(verb).Lemma ?? "").Equals("allege", StringComparison.OrdinalIgnoreCase))
            foreach (var c in Children(verb))
                if (RelIs(c, "ccomp") && _doc.Token(c).Upos == Upos.VERB) { mark = verb; return c; }
        return -1;
    }

    private int OfOrFor(int node, out int mark)
    {
        mark = -1;
        foreach (var c in Children(node))
        {
            if (c < node || !(RelIs(c, "advcl") || RelIs(c, "xcomp") || RelStarts(c, "acl") || RelStarts(c, "obl") || RelStarts(c, "nmod"))) continue;
            foreach (var m in Children(c))
                if ((RelIs(m, "mark") || RelIs(m, "case")) && m < c
                    && (_doc.Token(m).Span.Equals("of", StringComparison.OrdinalIgnoreCase) || _doc.Token(m).Span.Equals("for", StringComparison.OrdinalIgnoreCase)))
                {
                    mark = m;
                    return c;
                }
        }
        return -1;
    }

    /// <summary>The actor of a "by" phrase hung on <paramref name="verb"/> that is the agent of a noun in its phrase of
    /// cause (<see cref="AgentOfCauseNoun"/>: "after warnings of an attack by al-Shabaab"), or -1.</summary>
    public int CauseNounAgent(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if ((RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) && ActorOfNode(c) is var a && a >= 0 && AgentOfCauseNoun(verb, c))
                return a;
            // "after reports of an incursion by Sudan's RSF", the "by" phrase hung inside the phrase of cause itself.
            if (RelStarts(c, "obl") && CaseOf(c) is "after" or "following" or "amid" or "over" or "since" or "despite" && ByInside(c, 0) is var b && b >= 0)
                return b;
        }
        return -1;

        int ByInside(int node, int depth)
        {
            foreach (var g in Children(node))
            {
                if (!RelStarts(g, "nmod")) continue;
                if (CaseOf(g) == "by" && ActorOfNode(g) is var ag && ag >= 0) return ag;
                if (depth < 3 && ByInside(g, depth + 1) is var deeper && deeper >= 0) return deeper;
            }
            return -1;
        }
    }

    /// <summary>
    /// "Kenya's police were put on high alert after warnings of a possible attack by al-Shabaab": a "by" phrase the parser
    /// hung on the verb, right after a noun inside the verb's phrase of cause or time ("after", "following", "amid",
    /// "over", "since", "despite"), is that noun's agent, not the verb's. True when <paramref name="agent"/> is such a
    /// phrase of <paramref name="verb"/>.
    /// </summary>
    private bool AgentOfCauseNoun(int verb, int agent)
    {
        int noun = FirstOfSubtree(agent) - 1;
        if (noun < _f || _doc.Token(noun).Upos != Upos.NOUN) return false;
        for (int n = noun, step = 0; n >= 0 && n != verb && step < 8; n = Head(n), step++)
            if (Head(n) == verb || RelStarts(n, "nmod") || RelStarts(n, "obl"))
                if (CaseOf(n) is "after" or "following" or "amid" or "over" or "since" or "despite") return true;
        return false;
    }

    /// <summary>Nouns whose "that" clause is what someone alleges or what is said to be so, not what the sentence tells as
    /// done ("reports that the envoy would travel", "speculation that the army would withdraw").</summary>
    private static readonly HashSet<string> ClaimNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "claim", "allegation", "accusation", "assertion", "suggestion", "charge", "rumour", "rumor", "insinuation", "contention",
        // session 27 (precision27): hearsay the speaker declines to confirm ("declined to comment on reports that ...",
        // "asked about reports that ...")
        "report", "speculation",
    };

    /// <summary>
    /// "rejected Pakistan's claim that New Delhi was behind the hijacking": a node inside the "that" clause of a noun of
    /// claiming is alleged (gold/README.md, accusations: the alleged act is not coded), whoever makes or rejects the claim.
    /// The parser also hangs that clause as a relative ("reports that ships had rammed a boat", where "that" is a mark and the
    /// clause has a subject of its own, so no relative) or on the verb the noun depends on ("declined to comment on reports
    /// that the envoy would travel"): a "that" right after the claim noun opens its content either way.
    /// </summary>
    public bool InClaimContent(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int n = node, step = 0; n >= 0 && step < MaxClimb; n = Head(n), step++)
        {
            if (Rel(n) is not ("acl" or "ccomp" or "acl:relcl") || ChildWord(n, "mark", "that") is not (var mark and >= 0)) continue;
            if (Head(n) is var h && h >= 0 && IsNominalUse(h) && ClaimNouns.Contains(_doc.Token(h).Lemma ?? "")
                && (!RelIs(n, "acl:relcl") || HasSubject(n)))
                return true;
            // the content clause hung on the verb: "comment on reports | that ..."
            if (RelIs(n, "ccomp") && HasSubject(n) && mark - 1 >= _f && IsNominalUse(mark - 1)
                && ClaimNouns.Contains(_doc.Token(mark - 1).Lemma ?? "") && Head(n) is var v && v >= 0 && InSubtree(mark - 1, v))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "a bill that would have raised taxes", "could have prevented the attack": a verb under a modal and perfect "have" tells
    /// what did not happen (gold/README.md: hypotheticals are no events). "would have to negotiate" has "have" as its verb,
    /// not as an auxiliary, and is not matched.
    /// </summary>
    public bool IsCounterfactual(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || !IsVerbal(verb) || _doc.Token(verb).Xpos != "VBN") return false;
        bool modal = false, perfect = false;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "aux")) continue;
            var w = _doc.Token(c).Span;
            if (w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("could", StringComparison.OrdinalIgnoreCase)
                || w.Equals("might", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase)) modal = true;
            else if (w.Equals("have", StringComparison.OrdinalIgnoreCase)) perfect = true;
        }
        return modal && perfect;
    }

    /// <summary>Verbs of taking a side on an act or an actor, whose "saying ..." participle gives the reason.</summary>
    private static readonly HashSet<string> StanceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "defend", "justify", "deny", "reject", "dismiss", "praise", "welcome", "hail", "applaud", "criticise", "criticize",
        "condemn", "denounce", "blame",
    };

    /// <summary>
    /// "defended the police, saying officers had shown restraint", "condemned the shelling, saying the attack had killed
    /// eleven civilians": the content of a "saying" participle on a verb of taking a side is the reason given for the
    /// stance, told as the speaker's view of what was already done; the stance is the event, its reason is not another one.
    /// </summary>
    public bool InStanceReason(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int n = node, step = 0; n >= 0 && step < MaxClimb; n = Head(n), step++)
        {
            if (!RelIs(n, "ccomp") || Head(n) is not (var say and >= 0)) continue;
            if (_doc.Token(say).Lemma is not ("say" or "argue" or "insist" or "add") || _doc.Token(say).Xpos != "VBG"
                || Rel(say) is not ("advcl" or "parataxis") || Head(say) is not (var stance and >= 0))
                return false;
            return IsVerbal(stance) && StanceVerbs.Contains(_doc.Token(stance).Lemma ?? "");
        }
        return false;
    }

    /// <summary>Verbs of a process that came to nothing ("talks broke down", "the deal collapsed").</summary>
    private static readonly HashSet<string> FailingVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "collapse", "fail", "stall", "falter", "founder", "unravel", "derail" };

    /// <summary>
    /// "Talks between the two governments, mediated by Oman, broke down in June": an event noun that is the subject of a
    /// verb of failing, and what its participle or relative clause says of it, tell of a process that came to nothing,
    /// not of a meeting or mediation this sentence reports (gold/README.md: "failed to agree" is no event).
    /// </summary>
    public bool InFailedProcess(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int n = node, step = 0; n >= 0 && step < 3; n = Head(n), step++)
        {
            if (_doc.Token(n).Upos == Upos.NOUN && RelStarts(n, "nsubj") && Head(n) is var v && v >= 0 && IsVerbal(v)
                && (FailingVerbs.Contains(_doc.Token(v).Lemma ?? "")
                    || ((_doc.Token(v).Lemma ?? "").Equals("break", StringComparison.OrdinalIgnoreCase) && ChildWord(v, "compound:prt", "down") >= 0)))
                return true;
            if (Rel(n) is not ("acl" or "acl:relcl")) return false;
        }
        return false;
    }

    /// <summary>Things protesters carry whose words are the protest's own ("banners calling for", "placards demanding").</summary>
    private static readonly HashSet<string> CarriedSignNouns = new(StringComparer.OrdinalIgnoreCase)
    { "banner", "placard", "sign", "poster", "flag", "slogan", "t-shirt", "shirt" };

    /// <summary>
    /// "protesters gathered, some waving banners calling for harsher punishment": a participle on a carried sign says what
    /// the protest is about; the sign makes no appeal of its own and the protesters' act is the protest already coded.
    /// </summary>
    public bool OnCarriedSign(int node) =>
        Parsed && node >= _f && node < _e && Rel(node) is "acl" or "acl:relcl" && Head(node) is var h && h >= 0
        && CarriedSignNouns.Contains(_doc.Token(h).Lemma ?? "");

    /// <summary>Nouns of what is told or heard, whose "of" phrase is not asserted ("reports of killings", "rumours of a coup").</summary>
    private static readonly HashSet<string> HearsayNouns = new(StringComparer.OrdinalIgnoreCase) { "report", "rumour", "rumor", "allegation", "claim" };

    /// <summary>
    /// "to investigate reports of killings by security forces", "officers responding to reports of a man threatening people":
    /// an act named in the "of" phrase of a report or rumour is what was heard, not what the sentence tells as done.
    /// </summary>
    public bool InHearsayOf(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int n = node, step = 0; n >= 0 && step < 3; n = Head(n), step++)
        {
            if (RelStarts(n, "nmod") && CaseOf(n) == "of" && Head(n) is var h && h >= 0 && _doc.Token(h).Upos == Upos.NOUN
                && HearsayNouns.Contains(_doc.Token(h).Lemma ?? ""))
                return true;
            if (Rel(n) is not ("acl" or "acl:relcl") && !RelStarts(n, "nmod")) return false;
        }
        return false;
    }

    /// <summary>Verbs by which a text is kept from taking effect: what it says is then never done.</summary>
    private static readonly HashSet<string> TextBlockingVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "veto", "reject", "block", "defeat", "scrap", "shelve", "withdraw", "oppose", "kill", "torpedo", "thwart" };

    /// <summary>
    /// "Russia vetoed a resolution that demanded a ceasefire", "a draft calling for sanctions was blocked": the clause or
    /// participle of a text (<see cref="DocumentNouns"/>) that is vetoed, rejected or blocked tells what the text would have
    /// said; its author demands nothing (the blocking is the event).
    /// </summary>
    public bool InBlockedText(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int n = node, step = 0; n >= 0 && step < MaxClimb; n = Head(n), step++)
        {
            if (Head(n) is not (var text and >= 0)) continue;
            // "vetoed a resolution on Friday that would have demanded": the relative parsed as the verb's complement, its
            // relative pronoun as subject
            if (RelIs(n, "ccomp") && IsVerbal(text) && TextBlockingVerbs.Contains(_doc.Token(text).Lemma ?? "")
                && (ChildWord(n, "nsubj", "that") >= 0 || ChildWord(n, "nsubj", "which") >= 0))
                return true;
            if (Rel(n) is not ("acl" or "acl:relcl")) continue;
            if (_doc.Token(text).Upos != Upos.NOUN || !DocumentNouns.Contains(_doc.Token(text).Lemma ?? "")) continue;
            return Rel(text) is "obj" or "nsubj:pass" && Head(text) is var v && v >= 0
                && TextBlockingVerbs.Contains(_doc.Token(v).Lemma ?? "");
        }
        return false;
    }

    /// <summary>A noun, or a word the tagger took for a verb that the parse uses as one ("comment on reports", tagged VBZ).</summary>
    private bool IsNominalUse(int t) =>
        _doc.Token(t).Upos == Upos.NOUN || RelStarts(t, "obl") || RelStarts(t, "nmod") || RelIs(t, "obj")
        || (t - 1 >= _f && (_doc.Token(t - 1).Upos is Upos.ADP or Upos.DET || _doc.Token(t - 1).Xpos == "IN"));

    /// <summary>Verbs by which a thing or act draws others' reactions ("drew condemnation from", "sparked criticism from"),
    /// and (session 50) by which its doer faces, receives or wins them ("faced condemnation from", "won praise from").</summary>
    private static readonly HashSet<string> DrawVerbs = new(StringComparer.Ordinal) { "draw", "attract", "earn", "provoke", "spark", "prompt", "trigger", "elicit", "bring", "meet", "face", "receive", "win" };

    /// <summary>The actor of the "from" phrase of a noun that is the object of a verb of drawing reactions (<see
    /// cref="DrawVerbs"/>), on the noun or on the verb; -1 when there is none.</summary>
    private int DrawnFrom(int noun) => DrawnFrom(noun, out _);

    /// <summary>As <see cref="DrawnFrom(int)"/>, also giving the node of the "from" phrase (-1 when there is none).</summary>
    private int DrawnFrom(int noun, out int fromNode)
    {
        fromNode = -1;
        if (!RelIs(noun, "obj") || Head(noun) is not (var v and >= 0) || !IsVerbal(v) || !DrawVerbs.Contains(_doc.Token(v).Lemma ?? "")) return -1;
        foreach (var n in new[] { noun, v })
            foreach (var c in Children(n))
                if ((RelStarts(c, "nmod") || RelStarts(c, "obl")) && c > noun && CaseOf(c) == "from" && ActorOfNode(c) is var a && a >= 0)
                {
                    fromNode = c;
                    return a;
                }
        return -1;
    }

    /// <summary>
    /// "The test drew condemnation from Seoul and Tokyo", "drew criticism from the EU, Britain and Canada": each actor
    /// coordinated with the first one of the "from" phrase of a drawn reaction noun (<see cref="DrawnFrom(int)"/>) reacts
    /// as well, so each is one more source of the reaction. Adds them to <paramref name="sources"/>; nothing when the
    /// noun draws no reaction from an actor.
    /// </summary>
    public void DrawnFromConjuncts(int noun, List<int> sources)
    {
        if (!Parsed || noun < _f || noun >= _e || DrawnFrom(noun, out int fromNode) < 0) return;
        Conjuncts(fromNode, sources);
    }

    /// <summary>
    /// "The attack drew condemnation from ECOWAS", "the move sparked criticism from Beijing": the lemma of the definite act
    /// noun with no actor of its own (<see cref="AnaphoricAct"/>) that is the subject of the verb by which
    /// <paramref name="noun"/> is drawn from an actor (<see cref="DrawnFrom"/>), so the reaction answers an act the article
    /// told before; null when there is none.
    /// </summary>
    public string? DrawnByAnaphoricAct(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e || DrawnFrom(noun) < 0) return null;
        foreach (var s in Children(Head(noun)))
            if (RelIs(s, "nsubj") && _actorOf[s] < 0 && AnaphoricAct(s) is { } lemma) return lemma;
        return null;
    }

    /// <summary>"The abduction of 25 schoolgirls by gunmen drew condemnation from ...": the one a drawn reaction is aimed
    /// at, the subject of the drawing verb when it is an actor, else the doer of the act it names (its "by" agent or its
    /// actor modifier); -1 when there is none.</summary>
    private int DrawnBy(int noun, int source)
    {
        if (DrawnFrom(noun) < 0) return -1;
        int drawing = Head(noun);
        if (SubjectDoer(drawing, source, out int doer) && doer >= 0) return doer;
        // "Hungary's prime minister flew to Beijing, drawing sharp criticism from EU officials": a participle of drawing has
        // no subject of its own; the clause it hangs on names whose act drew the reaction.
        if (drawing >= 0 && _doc.Token(drawing).Xpos == "VBG" && (RelStarts(drawing, "advcl") || RelIs(drawing, "xcomp"))
            && Head(drawing) is var main && main >= 0 && SubjectDoer(main, source, out doer) && doer >= 0) return doer;
        // "Turkey's decision to expel the ambassadors drew criticism from the EU", "North Korea test-launched what it called a
        // new missile, drawing condemnation from Seoul": when the parse hides the drawing verb's subject (it hangs the verb
        // inside the subject phrase, or on a relative clause), the reaction answers the sentence's first actor, who did what
        // drew it. Not the reacting actor itself, nor an actor named only as a modifier.
        for (int t = _f; t < drawing; t++)
            if (_actorOf[t] is var first && first >= 0)
            {
                int node = t;
                while (Head(node) is var up && up >= _f && _actorOf[up] == first) node = up;
                // "Turkey's decision ... drew": a possessor names the doer of the act its noun names.
                if (first == source || (_doc.Actors[first].IsModifier && !RelIs(node, "nmod:poss"))) return -1;
                // "The IAEA said Iran had increased its stockpile, a finding that drew criticism from France": a reporter's
                // finding draws the reaction to the act it reports, whose doer is the reported clause's subject.
                int sayer = Head(node);
                if (sayer >= 0 && RelStarts(node, "nsubj") && SpeechVerbs.Contains(_doc.Token(sayer).Lemma ?? ""))
                {
                    foreach (var c in Children(sayer))
                        if (RelIs(c, "ccomp") && VerbSource(c, out _) is var reported && reported >= 0 && reported != source) return reported;
                    return -1;
                }
                return first;
            }
        return -1;

        // The actor of the verb's subject, or the doer of the act its subject noun names; false when it has no subject.
        bool SubjectDoer(int verb, int src, out int actor)
        {
            actor = -1;
            if (verb < 0) return false;
            foreach (var s in Children(verb))
            {
                if (!RelIs(s, "nsubj")) continue;
                if (_actorOf[s] >= 0) { actor = _actorOf[s] != src ? _actorOf[s] : -1; return true; }
                if (NounAgent(s, src) is var ag && ag >= 0) { actor = ActorOfNode(ag); return true; }
                foreach (var m in Children(s))
                    if (Rel(m) is "nmod:poss" or "amod" or "compound" && _actorOf[m] >= 0 && _actorOf[m] != src) { actor = _actorOf[m]; return true; }
                return true;
            }
            return false;
        }
    }

    private int LaidOnDoer(int noun)
    {
        foreach (var c in Children(noun))
            if (RelIs(c, "acl") && _doc.Token(c).Xpos == "VBN" && LaidOn(c) is var doer && doer >= 0) return doer;
        return -1;
    }

    /// <summary>The actor a participle of attribution lays an act on: "blamed on X", "attributed to X", "claimed by X",
    /// "carried out by X"; -1 when the participle is none of these or names no actor.</summary>
    private int LaidOn(int participle)
    {
        string lemma = _doc.Token(participle).Lemma ?? "";
        string? prep = lemma switch
        {
            "blame" or "pin" => "on",
            "attribute" or "ascribe" => "to",
            "claim" or "carry" or "conduct" or "launch" or "perpetrate" or "stage" or "mount" => "by",
            _ => null,
        };
        if (prep is null) return -1;
        foreach (var c in Children(participle))
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == prep && ActorOfNode(c) is var a && a >= 0) return a;
        return -1;
    }

    /// <summary>True when the noun names its owner by a possessive, adjective or compound actor ("a new US tax",
    /// "Russia's law"); a pair compound ("US-South Korean drills") names no one owner.</summary>
    private bool OwnedByModifier(int noun)
    {
        foreach (var c in Children(noun))
            if (RelIs(c, "nmod:poss") || RelIs(c, "amod") || RelIs(c, "compound"))
                if (_actorOf[c] >= 0 && !_doc.Actors[_actorOf[c]].Rule.StartsWith("pair-compound", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The "by" agent of a noun: its own "by" phrase (<see cref="ByAgent"/>) or that of a participle modifying it
    /// ("the law passed by parliament"); the agent node or -1.</summary>
    private int NounAgent(int noun, int source)
    {
        if (ByAgent(noun, source, 0) is var bg && bg >= 0) return bg;
        foreach (var g in Children(noun))
            if (RelIs(g, "acl") && IsVerbal(g) && _doc.Token(g).Xpos == "VBN")
                foreach (var ag in Children(g))
                    if ((RelIs(ag, "obl:agent") || (RelStarts(ag, "obl") && CaseOf(ag) == "by")) && ActorOfNode(ag) is var a && a >= 0 && a != source)
                        return ag;
        // "ambushed a convoy of supply trucks escorted by soldiers": the parser hangs the escort's participle on the noun
        // of the "of" phrase; whoever escorts what the object is made of is hit with it (TreeRoles.InstrumentAgents.cs).
        return EscortOfMembers(noun, source);
    }

    /// <summary>The node of a "by" phrase that names an actor other than <paramref name="source"/> under the noun
    /// <paramref name="noun"/>, or under its "of" phrase or a place phrase after it, where the parser often hangs it ("the
    /// release of two journalists by the junta", "the shelling of a camp in Upper Nile state by government troops"): the
    /// parser attaches a trailing "by" phrase to the nearest noun, two levels deep at most. -1 when none.</summary>
    private int ByAgent(int noun, int source, int depth)
    {
        foreach (var g in Children(noun))
        {
            if (!(RelStarts(g, "nmod") || RelStarts(g, "acl"))) continue;
            var prep = CaseOf(g);
            if (prep == "by" && ActorOfNode(g) is var ag && ag >= 0 && ag != source) return g;
            if (depth < 2 && RelStarts(g, "nmod") && (prep == "of" || (prep is not null && TrailingPlacePreps.Contains(prep)))
                && ByAgent(g, source, depth + 1) is var deeper && deeper >= 0) return deeper;
        }
        return -1;
    }

    private int PlacePhraseAgent(int g, string? prep, int source) =>
        prep is not null && TrailingPlacePreps.Contains(prep) && _actorOf[g] < 0 ? ByAgent(g, source, 1) : -1;

    /// <summary>Prepositions of a place or setting phrase, after which a trailing "by" phrase still belongs to the act
    /// named before it ("the attack on a convoy near the border by militants").</summary>
    private static readonly HashSet<string> TrailingPlacePreps = new(StringComparer.OrdinalIgnoreCase)
        { "in", "at", "near", "on", "for", "outside", "inside", "across", "along" };

    /// <summary>What a ban from office bars its object from: standing or running in elections, holding office, politics.</summary>
    private static readonly HashSet<string> OfficeBarNouns = new(StringComparer.OrdinalIgnoreCase)
        { "run", "running", "contest", "contesting", "stand", "standing", "politics", "election", "elections", "candidacy" };

    /// <summary>Verbs of banning; "removed the president from office" is a removal (172), no ban on standing again.</summary>
    private static readonly HashSet<string> BanVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "ban", "bar", "disqualify", "prohibit", "exclude", "block", "debar" };

    /// <summary>Offices a ban keeps someone from holding or seeking ("from holding public office", "from seeking a seat").</summary>
    private static readonly HashSet<string> OfficeNouns = new(StringComparer.OrdinalIgnoreCase)
        { "office", "post", "position", "seat", "presidency", "mandate" };

    /// <summary>
    /// True when <paramref name="verb"/>, a verb of banning, has a "from" complement of standing for or holding office:
    /// "barred Bolsonaro from running for office", "banned its leaders from politics", "barred him from holding public
    /// office". Invariant: only a "from" phrase of the verb or its object counts ("banned imports from China" names a
    /// source, not an office), and a removal from office is no ban.
    /// </summary>
    public bool BarsFromOffice(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || !BanVerbs.Contains(_doc.Token(verb).Lemma ?? "")) return false;
        var phrases = new List<int>();
        foreach (var c in Children(verb))
        {
            if (RelStarts(c, "advcl") || RelStarts(c, "obl") || RelIs(c, "xcomp")) phrases.Add(c);
            // "banned the mayor from politics": the parser may hang the "from" phrase on the object.
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") || RelStarts(g, "acl")) phrases.Add(g);
        }
        foreach (var c in phrases)
        {
            if ((MarkOf(c) ?? CaseOf(c)) is not "from") continue;
            var lemma = _doc.Token(c).Lemma ?? "";
            if (OfficeBarNouns.Contains(lemma) || OfficeBarNouns.Contains(_doc.Token(c).Span.ToString())) return true;
            if (lemma is "hold" or "seek" or "occupy")
                foreach (var o in Children(c))
                    if (RelIs(o, "obj") && OfficeNouns.Contains(_doc.Token(o).Lemma ?? "")) return true;
        }
        return false;
    }

    /// <summary>"began joint exercises with Turkish forces": true when a "with" phrase right on the noun <paramref name="noun"/>,
    /// or on the verb it is the object of, names <paramref name="actor"/> (not one on a deeper noun: "joint patrols along
    /// the border with Indonesia" names a border, not a partner).</summary>
    public bool WithPartner(int noun, int actor)
    {
        if (!Parsed || noun < _f || noun >= _e || actor < 0) return false;
        if (WithOn(noun, noun)) return true;
        // On the verb, only when no phrase of the noun's own stands between them, which the "with" phrase could belong to.
        return RelIs(noun, "obj") && Head(noun) is var v && v >= 0 && WithOn(v, noun);

        bool WithOn(int node, int obj)
        {
            foreach (var c in Children(node))
                if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "with" && ActorOfNode(c) == actor
                    && (node == obj || !NounPhraseBefore(obj, c))) return true;
            return false;
        }

        bool NounPhraseBefore(int obj, int with)
        {
            foreach (var g in Children(obj))
                if (RelStarts(g, "nmod") && g > obj && g < with) return true;
            return false;
        }
    }

    /// <summary>"Germany condemned the detention, and the Commission said Turkey must …": a speech verb coordinated after
    /// another clause, with a subject of its own, reports only what it governs. True for such a verb.</summary>
    public bool ReportsOwnClauseOnly(int verb) => Parsed && verb >= _f && verb < _e && RelIs(verb, "conj") && HasSubject(verb)
        && Head(verb) is var h && h >= 0 && h < verb && IsVerbal(h);

    /// <summary>"a Chinese blockade of Taiwan would disrupt chip supplies" (a hypothetical: "would"), "a strike could
    /// close the port" (a possibility: "could", "might", "may"): the modal of the verb whose subject the event noun is,
    /// or null when it is none of these.</summary>
    public string? SubjectOfSupposition(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e || !RelIs(noun, "nsubj") || Head(noun) is not (var v and >= 0)) return null;
        foreach (var c in Children(v))
            if (RelIs(c, "aux") && _doc.Token(c).Span.ToString().ToLowerInvariant() is var w && w is "would" or "could" or "might" or "may")
                return w;
        return null;
    }

    /// <summary>"the deal will allow for full cooperation", "would enable joint patrols": the noun is the object or the "for"
    /// phrase of a verb of permission (<paramref name="isPermit"/>) that a modal or future auxiliary governs.</summary>
    public bool AllowedByModalPermission(int noun, Func<int, bool> isPermit)
    {
        if (!Parsed || noun < _f || noun >= _e || Head(noun) is not (var v and >= 0) || !isPermit(v)) return false;
        if (!(RelIs(noun, "obj") || (RelStarts(noun, "obl") && CaseOf(noun) == "for"))) return false;
        foreach (var c in Children(v))
            if (RelIs(c, "aux") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "will" or "would" or "could" or "might" or "may" or "'ll" or "’ll")
                return true;
        return false;
    }

    /// <summary>
    /// "the talks would lead to a lasting agreement between Tehran and Washington", "families displaced by fighting between
    /// the army and the rebels", "a trade deal between Kenya and Britain could lift exports", "the truce between Israel and
    /// Iran is unlikely to hold": an event noun whose sides only a "between" phrase names is news as the subject of a clause
    /// told as done ("Fighting between the army and the rebels killed 18", "Talks between Serbia and Kosovo broke down");
    /// inside a prepositional phrase (but one of time or setting: "during", "at", "in"), or as the subject of a modal or of
    /// "(un)likely", it is a cause, a state or a prospect. A compound's or a list's head stands for the noun ("a trade deal", "trade and investment between").
    /// </summary>
    public bool BetweenNounOutsideTheNews(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e) return false;
        int n = noun;
        for (int guard = 0; guard < 4 && (RelIs(n, "compound") || RelIs(n, "conj") || RelIs(n, "flat")) && Head(n) is var up && up >= 0; guard++) n = up;
        // "lead to a lasting agreement between X and Y", "hopes for a deal between ...", "talks on a truce between ...": a
        // phrase of goal or topic names an outcome sought, not an event told. A phrase of time, setting or cause ("during a
        // meeting between", "amid fighting between", "displaced by fighting between") tells an event that went on, as the
        // news's own, and so is "escalated into clashes between": NGEC's stories lose their label without it (7 of 4,500
        // when every phrase but during/at/in was dropped).
        if ((RelStarts(n, "obl") || RelStarts(n, "nmod")) && !RelIs(n, "nmod:poss") && !RelIs(n, "obl:tmod")
            && CaseOf(n) is ("to" or "toward" or "towards" or "for" or "on" or "about")) return true;
        if (!RelStarts(n, "nsubj") || Head(n) is not (var v and >= 0)) return false;
        if (_doc.Token(v).Lemma is "likely" or "unlikely") return true;
        foreach (var c in Children(v))
            if (RelIs(c, "aux") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "would" or "could" or "might" or "may" or "should" or "can")
                return true;
        return false;
    }

    /// <summary>True when the noun is the "for" phrase of a noun of asking ("requests for comment", "calls for talks").</summary>
    public bool AskedFor(int noun) => Parsed && noun >= _f && noun < _e
        && ((RelStarts(noun, "nmod") && CaseOf(noun) == "for" && Head(noun) is var h && h >= 0 && AskingNoun(h))
            // the surface, whatever the parser hung the phrase from
            || (noun - 2 >= _f && _doc.Token(noun - 1).Span.Equals("for", StringComparison.OrdinalIgnoreCase) && AskingNoun(noun - 2)));

    private bool AskingNoun(int t) => _doc.Token(t).Upos == Upos.NOUN
        && _doc.Token(t).Lemma is "request" or "call" or "appeal" or "demand" or "plea" or "bid" or "push";

    /// <summary>"killed at least 30 people", "wounded 12 persons": a direct object "people" or "persons" that is counted (a
    /// number modifies it) and is no actor.</summary>
    /// <remarks>Also the people a use of force is aimed at ("fired tear gas at hundreds of people", "opened fire on dozens of
    /// people"): an "at"/"on"/"against" phrase of the verb or of its object.</remarks>
    public bool CountedPeopleObject(int verb) => CountedPeopleObjectNode(verb) >= 0;

    /// <summary>The node of the counted people <see cref="CountedPeopleObject"/> finds, else -1. Also counted people in an
    /// "at"/"on"/"against" phrase of a weapon coordinated with the verb's word ("fired tear gas and water cannon at thousands
    /// of people", where the parser hangs the phrase from the last weapon).</summary>
    public int CountedPeopleObjectNode(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        int found = FirstAimedAt(verb, AtOnOrAgainst, UnnamedCountedPeople);
        if (found >= 0) return found;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "conj")) continue;
            foreach (var g in Children(c))
                if ((RelStarts(g, "nmod") || RelStarts(g, "obl")) && Array.IndexOf(AtOnOrAgainst, CaseOf(g)) >= 0 && UnnamedCountedPeople(g)) return g;
        }
        return -1;
    }

    private bool UnnamedCountedPeople(int c) => _actorOf[c] < 0 && CountedPeople(c);

    /// <summary>
    /// "killed more than 100 people", "killed hundreds of men", "killed 1,500 people": true when the people only counted
    /// that the verb is aimed at (<see cref="CountedPeopleObject"/>) number at least <paramref name="least"/>. "Hundreds"
    /// reaches a bound up to 100, "thousands" and a count in millions any bound; "dozens" and "scores" reach none.
    /// </summary>
    public bool CountedPeopleAtLeast(int verb, int least)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        int c = FirstAimedAt(verb, AtOnOrAgainst, UnnamedCountedPeople);
        if (c < 0) return false;
        if (CountWordReaches(_doc.Token(c).Span, least) == true) return true;
        foreach (var n in Children(c))
            if (RelIs(n, "nummod") && CountWordReaches(_doc.Token(n).Span, least) == true) return true;
        return false;
    }

    /// <summary>Whether a count word reaches <paramref name="least"/>: "hundreds" any bound up to 100, "thousands" and a count
    /// in millions any bound, a written number ("1,500") when it is at least the bound. Null when the word settles nothing
    /// (no count, or "hundreds" against a bound above 100), so a caller may read on to the next word.</summary>
    internal static bool? CountWordReaches(ReadOnlySpan<char> w, int least)
    {
        if (w.Equals("hundreds", StringComparison.OrdinalIgnoreCase)) return least <= 100 ? true : null;
        if (w.Equals("thousands", StringComparison.OrdinalIgnoreCase) || w.Equals("million", StringComparison.OrdinalIgnoreCase)
            || w.Equals("millions", StringComparison.OrdinalIgnoreCase)) return true;
        if (w.Length > 0 && char.IsDigit(w[0])
            && int.TryParse(w, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out int count))
            return count >= least;
        // Session 61 (force61): a count spelled in words, as radio copy and quotes write it. "two hundred villagers",
        // "a hundred and fifty people": "hundred" is at least 100 whatever stands before it, "thousand" at least 1,000, so
        // each settles any bound up to its own value. A spelled number below 100 ("forty-five", "thirty") settles a bound it
        // reaches; below the bound it settles nothing, so a caller reading back from "fifty" in "three hundred and fifty"
        // still reaches "hundred". Invariant: a spelled word never says "false", so it never cuts short a larger count.
        if (w.Equals("hundred", StringComparison.OrdinalIgnoreCase)) return least <= 100 ? true : null;
        if (w.Equals("thousand", StringComparison.OrdinalIgnoreCase)) return least <= 1000 ? true : null;
        if (SpelledNumber(w) is { } spelled && spelled >= least) return true;
        return null;
    }

    /// <summary>The value of a number from one to ninety-nine written as one word or hyphenated ("twelve", "forty-five"),
    /// else null.</summary>
    internal static int? SpelledNumber(ReadOnlySpan<char> w)
    {
        int hyphen = w.IndexOf('-');
        if (hyphen > 0)
        {
            if (SpelledTens.TryGetValue(w[..hyphen].ToString().ToLowerInvariant(), out int tens)
                && SpelledUnits.TryGetValue(w[(hyphen + 1)..].ToString().ToLowerInvariant(), out int units) && units < 10) return tens + units;
            return null;
        }
        var word = w.ToString().ToLowerInvariant();
        if (SpelledUnits.TryGetValue(word, out int u)) return u;
        if (SpelledTens.TryGetValue(word, out int t)) return t;
        return null;
    }

    private static readonly Dictionary<string, int> SpelledUnits = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> SpelledTens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>
    /// "Police fire tear gas as thousands protest tax rises", "troops opened fire when hundreds marched on the palace":
    /// true when an adverbial clause of time under the verb tells people only counted (no actor) protesting, who are
    /// then whom the force is used on.
    /// </summary>
    public bool CountedProtestersInClause(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "advcl") || MarkOf(c) is not ("as" or "when" or "while") || _doc.Token(c).Lemma is not { } lemma
                || !ProtestVerbs.Contains(lemma)) continue;
            foreach (var s in Children(c))
                if (RelIs(s, "nsubj") && UnnamedCountedPeople(s)) return true;
        }
        return false;
    }

    /// <summary>Verbs of a crowd's protest whose counted subject is the protesting people.</summary>
    private static readonly HashSet<string> ProtestVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "protest", "march", "rally", "demonstrate", "gather", "riot",
    };
    /// <summary>
    /// "Around 70 people were detained by police", "dozens were arrested": true when the passive verb's subject is people
    /// only counted, no actor (as <see cref="CountedPeopleObject"/> for an active verb's object).
    /// </summary>
    public bool CountedPeoplePassiveSubject(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || !IsPassive(verb)) return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj:pass") && _actorOf[c] < 0 && CountedPeople(c)) return true;
        return false;
    }

    /// <summary>
    /// "Police dispersed a protest in Nairobi", "the rally was broken up by police": the node of the protest noun that is the
    /// verb's direct object or passive subject, when the noun names no one who protests (no actor in or under it), else -1.
    /// </summary>
    public int ProtestActedOn(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        bool passive = IsPassive(verb);
        foreach (var c in Children(verb))
        {
            // (A long passive may have its subject parsed as an active one's.)
            if (!(passive ? RelIs(c, "nsubj:pass") || RelIs(c, "nsubj") : RelIs(c, "obj")) || _actorOf[c] >= 0) continue;
            if (!GatheringNouns.Contains(_doc.Token(c).Lemma ?? "") || ActorOfNode(c) >= 0) return -1;
            // "a protest by farmers", "a rally of opposition supporters" names who protest; "a protest outside the
            // embassy" names only where it was held.
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && (CaseOf(g) is "by" || (ActorOfNode(g) >= 0 && !GatheringPlacePreps.Contains(CaseOf(g) ?? "")))) return -1;
            return c;
        }
        return -1;
    }

    /// <summary>Prepositions that tell where a gathering was held ("a sit-in outside the ministry"), not who held it.</summary>
    private static readonly HashSet<string> GatheringPlacePreps = new(StringComparer.OrdinalIgnoreCase)
    {
        "outside", "at", "near", "in", "inside", "before", "opposite", "front", "around",
    };

    /// <summary>True when <paramref name="node"/> only tells where the gathering <paramref name="gathering"/> was held:
    /// a place-preposition dependent of it ("dispersed a protest outside the embassy": the embassy is no one dispersed).</summary>
    public bool PlaceOfGathering(int gathering, int node)
    {
        if (!Parsed || gathering < _f || gathering >= _e || node < _f || node >= _e) return false;
        return _doc.Token(node).Head == gathering && RelStarts(node, "nmod") && GatheringPlacePreps.Contains(CaseOf(node) ?? "");
    }

    /// <summary>True when the verb is a "to"-infinitive ("to quell the protests").</summary>
    public bool HasToMark(int verb) => Parsed && verb >= _f && verb < _e && MarkOf(verb) == "to";

    /// <summary>Nouns for a protest as a gathering of people, which police can disperse.</summary>
    private static readonly HashSet<string> GatheringNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "protest", "demonstration", "rally", "march", "sit-in", "vigil", "gathering", "riot", "crowd", "procession", "blockade",
    };

    private bool CountedPeople(int c)
    {
        var word = _doc.Token(c).Span;
        if (word.Equals("dozens", StringComparison.OrdinalIgnoreCase) || word.Equals("scores", StringComparison.OrdinalIgnoreCase)
            || word.Equals("hundreds", StringComparison.OrdinalIgnoreCase) || word.Equals("thousands", StringComparison.OrdinalIgnoreCase))
        {
            // "killing dozens", "wounding scores": a bare count of the dead is of people. "detained dozens of young men",
            // "killed hundreds of women and children": a count of people of no role. Only an "of" phrase says what was
            // counted ("hundreds of homes"); the parser also hangs the verb's own phrases on the count ("killed dozens in the
            // raid", "dozens on Monday"), and those do not change what the count is of.
            bool counted = false;
            foreach (var n in Children(c))
            {
                if (!RelStarts(n, "nmod") || CaseOf(n) != "of") continue;
                counted = true;
                // "held dozens of hotel guests", "seized scores of passengers": people named only by where they were
                // (guests, passengers, tourists) have no role either.
                if (RelIs(n, "nmod") && _actorOf[n] < 0 && UnroledPeopleNouns.Contains(_doc.Token(n).Lemma ?? "")
                    && _doc.Token(n).Lemma is not ("suspect" or "individual")) return true;
            }
            if (!counted) return true;
        }
        // "detained three men", "arrested four suspects", "abducted six women": a counted noun for people of no role
        // (no actor) is the same unnamed people as "three people".
        if (!UnroledPeopleNouns.Contains(_doc.Token(c).Lemma ?? "")) return false;
        foreach (var n in Children(c)) if (RelIs(n, "nummod")) return true;
        return false;
    }

    /// <summary>"7.5 million people now require food aid", "thousands of families require shelter": a verb of needing whose
    /// subject is counted people names the people in need, not a party that demands anything.</summary>
    public bool CountedSubject(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (!RelStarts(c, "nsubj")) continue;
            if (CountedPeople(c)) return true;
            foreach (var n in Children(c)) if (RelIs(n, "nummod")) return true;
        }
        return false;
    }

    /// <summary>Nouns for people that give them no role of their own (not "protesters", "students", "soldiers").</summary>
    private static readonly HashSet<string> UnroledPeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "man", "woman", "child", "boy", "girl", "youth", "teenager", "suspect", "individual",
        "guest", "passenger", "tourist", "shopper", "commuter", "family",
    };

    /// <summary>True when <paramref name="node"/> is <paramref name="root"/> or hangs from it.</summary>
    public bool InSubtree(int node, int root)
    {
        if (!Parsed) return false;
        for (int v = node, step = 0; v >= 0 && step < 32; v = Head(v), step++)
            if (v == root) return true;
        return false;
    }

    /// <summary>The predicate a word belongs to: the first verb (or the root) above it. -1 without a parse.</summary>
    public int PredicateOf(int t)
    {
        if (!Parsed || t < _f || t >= _e) return -1;
        for (int v = Head(t), step = 0; v >= 0 && step < 16; v = Head(v), step++)
            if (IsVerbal(v) || Head(v) < 0) return v;
        return -1;
    }

    /// <summary>True when the time word <paramref name="t"/> hangs from a verb and so dates that verb's clause ("expelled
    /// two diplomats last year"), not from a noun inside it ("sentenced him over the crackdown during an operation last
    /// year" dates the operation). Without a parse every time word dates its clause.</summary>
    public bool DatesAClause(int t)
    {
        if (!Parsed || t < _f || t >= _e) return true;
        int h = Head(t);
        return h < 0 || IsVerbal(h) || _doc.Token(h).Upos is Upos.ADJ;
    }

    /// <summary>True when the verb heads, or is chained by verbal heads to, a clause that modifies a noun ("the violence
    /// committed during the war", "rebels who fled in 2014").</summary>
    public bool InNounModifyingClause(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        for (int v = verb, step = 0; v >= 0 && step < 12; step++)
        {
            if (RelStarts(v, "acl") || OpensWithRelativeWhere(v)) return true;
            int h = Head(v);
            if (h < 0 || !IsVerbal(h)) return false;
            v = h;
        }
        return false;
    }

    /// <summary>Nouns of a reaction whose "for"/"to"/"at"/"against"/"over" phrase names what it reacts to.</summary>
    private static readonly HashSet<string> ReactionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "retaliation", "response", "reprisal", "revenge", "reaction", "protest", "answer",
    };

    /// <summary>"adopted a motion in response to the president's decision to deploy troops", "in reprisal for the
    /// arrest of its consul": an event inside what a reaction reacts to is the cause of the news, told as its
    /// background (gold/README.md), not news of its own.</summary>
    public bool InCauseOfReaction(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int n = node, step = 0; n >= 0 && step < 8; step++)
        {
            int h = Head(n);
            if (h < 0) return false;
            var r = Rel(n);
            // Climb only through what hangs inside a noun phrase or a non-finite complement; a finite clause is its own news.
            if (!(r.StartsWith("nmod", StringComparison.Ordinal) || r.StartsWith("acl", StringComparison.Ordinal) || r is "xcomp" or "compound" or "obl"
                  || r.StartsWith("obl:", StringComparison.Ordinal))) return false;
            if (r.StartsWith("acl:relcl", StringComparison.Ordinal)) return false;
            if (CaseOf(n) is "for" or "to" or "at" or "against" or "over")
            {
                if (!IsVerbal(h) && _doc.Token(h).Lemma is { } lemma && ReactionNouns.Contains(lemma)) return true;
                // The parse may hang the phrase from the verb instead ("adopted a motion in response | to the president's decision"):
                // the reaction noun then stands right before the preposition.
                foreach (var c in Children(n))
                    if (c < n && RelIs(c, "case") && c - 1 >= _f && _doc.Token(c - 1).Lemma is { } before && ReactionNouns.Contains(before)) return true;
            }
            n = h;
        }
        return false;
    }

    /// <summary>"the feud that started after Ghana accused Togo of harbouring rebels", "a crisis that erupted after the
    /// army seized power": an "after" clause inside a clause that describes a noun tells that noun's history, so its events
    /// are background. An "after" clause with a subject of its own on the sentence's news ("recalled its ambassador after
    /// Algiers shot down a drone", "summoned the ambassador after soldiers detained three farmers") names what the news
    /// reacts to, its cause, which gold/README.md keeps as background ("events named only as the cause of the news"; on the
    /// tunable splits these clauses gave about 40 extra events for 15 scored ones). Two kinds stay news: a subjectless
    /// clause, the doer's own earlier step ("occupied a strip after driving out Kurdish fighters", "Hours after meeting
    /// Ukraine's president"), and a clause timed "hours"/"minutes"/"shortly" before, news of the same day (as
    /// <see cref="InDaysAfterClause"/> keeps "hours after"). With <paramref name="causeClause"/> false (protests: see
    /// <c>ShallowCoder.ProtestOfTheScene</c>) a finite clause with a subject of its own is not read as background here; a
    /// clause inside a noun-modifying clause, and the "comes after", "since" and "while" clauses below, still are.</summary>
    public bool InAfterClause(int node, bool misparsed = true, bool causeClause = true)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        if (misparsed && (AfterClauseByWords(node) || AfterMarkedVerb(node))) return true;
        for (int v = node, step = 0; v >= 0 && step < 12; step++)
        {
            if (RelStarts(v, "advcl") && Head(v) is var above && above >= 0)
                foreach (var c in Children(v))
                    if (c < v && RelIs(c, "mark") && _doc.Token(c).Span.Equals("after", StringComparison.OrdinalIgnoreCase)
                        && (InNounModifyingClause(above) || (causeClause && HasOwnSubject(v) && !SameDayBefore(c)))) return true;
            if (ComesAfterClause(v)) return true;
            if (PastSinceClause(v) || ContinuingWhileClause(v)) return true;
            int h = Head(v);
            if (h < 0 || !IsVerbal(h)) return false;
            v = h;
        }
        return false;
    }

    /// <summary>"saw no basis for a truce while Kyiv continued its raids on Russian refineries": a "while" clause that only
    /// says an act goes on ("continue", "keep up", "persist in") names the standing situation the main clause reacts to, as
    /// context, not a new act of the day (blind59). A "while" clause that tells an act itself ("were shot while they
    /// marched on the palace", "while rebels attacked the town") stays news.</summary>
    private bool ContinuingWhileClause(int v)
    {
        if (!RelStarts(v, "advcl") || !HasOwnSubject(v) || _doc.Token(v).Lemma is not { } lemma
            || !(lemma.Equals("continue", StringComparison.OrdinalIgnoreCase) || lemma.Equals("persist", StringComparison.OrdinalIgnoreCase)
                 || (lemma.Equals("keep", StringComparison.OrdinalIgnoreCase) && v + 1 < _e && _doc.Token(v + 1).Span.Equals("up", StringComparison.OrdinalIgnoreCase))))
            return false;
        return MarkedBefore(v, "while");
    }

    /// <summary>"the first clash since the two states ratified their border treaty in May", "has been in exile since the
    /// army seized power in 2021": a "since" clause in the simple past with a subject of its own dates the news from an
    /// earlier act; that act is history told as context (blind59), not a new event. The present perfect ("since the army has
    /// taken over") and a subjectless clause ("since signing the deal") are left alone.</summary>
    private bool PastSinceClause(int v)
    {
        if (!(RelStarts(v, "advcl") || RelStarts(v, "acl")) || _doc.TokXpos(v) != "VBD" || !HasOwnSubject(v)) return false;
        return MarkedBefore(v, "since");
    }

    /// <summary>True when clause head <paramref name="v"/> has the subordinator <paramref name="word"/> (a <c>mark</c>) before it.</summary>
    private bool MarkedBefore(int v, string word)
    {
        foreach (var c in Children(v))
            if (c < v && RelIs(c, "mark") && _doc.Token(c).Span.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "It comes after Kenyan troops attacked ...", "The move came days after the bloc suspended ...": broadcasters' copy tells
    /// the cause of the article's news in a clause that "after" hangs on the verb "come"; whatever relation the parser gives
    /// it (advcl, ccomp), the clause is history told as context and its events are background (gold/README.md, blind56).
    /// "The move comes as ..." tells a concurrent fact and stays news.
    /// </summary>
    private bool ComesAfterClause(int v)
    {
        int above = Head(v);
        if (above < 0 || !IsVerbal(v) || !IsVerbal(above) || _doc.Token(above).Lemma is not { } lemma
            || !lemma.Equals("come", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var c in Children(v))
            if (c < v && RelIs(c, "mark") && _doc.Token(c).Span.Equals("after", StringComparison.OrdinalIgnoreCase) && c > above) return true;
        return false;
    }

    /// <summary>"hours after", "shortly after", "soon after": the word before the "after" at <paramref name="after"/> times
    /// the earlier act within the same day.</summary>
    private bool SameDayBefore(int after) => after - 1 >= _f && _doc.Token(after - 1).Lemma is { } w && SameDayUnits.Contains(w);

    private static readonly HashSet<string> SameDayUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "hour", "hours", "minute", "minutes", "moment", "moments", "shortly", "soon", "immediately", "just",
    };

    /// <summary>
    /// "broke off relations on Thursday, a day after the Dutch government cut aid", "Two days after a bomber killed 17
    /// worshippers, the Taliban denied …": a clause opened by "after" that a span of a day or more precedes ("a day",
    /// "two days", "a week", "weeks", "months") tells what happened before the news, as context; its events are
    /// background. "Hours after" stays news: the gold codes what happened the same day as news (blind28 eb28031).
    /// </summary>
    public bool InDaysAfterClause(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int v = node, step = 0; v >= 0 && step < 12; step++)
        {
            foreach (var c in Children(v))
            {
                if (c >= v) break;
                if (!RelIs(c, "mark") || !_doc.Token(c).Span.Equals("after", StringComparison.OrdinalIgnoreCase)) continue;
                if (c - 1 >= _f && _doc.Token(c - 1).Lemma is { } unit && DaySpanUnits.Contains(unit) && !MeasureOfChange(c - 1)) return true;
            }
            int h = Head(v);
            if (h < 0 || !IsVerbal(h)) break;
            v = h;
        }
        // "on Thursday, a day after the Dutch government cut aid to Managua": the parser often hangs "a day" from the date
        // as an apposition and "after" as a case of the next noun, so the clause is found by its words: "<span> after" before
        // the trigger with no comma, colon or the sentence's root between them (the root always stands outside the clause).
        for (int i = node - 1; i > _f && Head(node) >= 0; i--)
        {
            var t = _doc.Token(i).Text.ToString();
            if (t is "," or ";" or ":" or "—" or "–" or "--" || Head(i) < 0) break;
            if (t.Equals("after", StringComparison.OrdinalIgnoreCase) && _doc.Token(i - 1).Lemma is { } unit2 && DaySpanUnits.Contains(unit2)
                && !MeasureOfChange(i - 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// Session 67 (intent67). "extended their ceasefire by a month after talks in Istanbul", "pushed the vote back by two
    /// weeks following protests": a span after "by" measures how far the act moved a date or a term, so the "after" that
    /// follows it sets the act in time ("after talks") instead of placing it a span after an earlier event ("a month after
    /// the talks"). True when the unit at <paramref name="unit"/> is preceded by "by" across only determiners, numbers and
    /// adjectives ("by a further six months").
    /// </summary>
    private bool MeasureOfChange(int unit)
    {
        for (int k = unit - 1; k >= _f && k >= unit - 5; k--)
        {
            if (_doc.Token(k).Text.ToString().Equals("by", StringComparison.OrdinalIgnoreCase)) return true;
            if ((_doc.Token(k).Xpos ?? "") is not ("DT" or "CD" or "JJ" or "JJR" or "RBR" or "PDT")) return false;
        }
        return false;
    }

    /// <summary>Units of a span of a day or more before "after".</summary>
    private static readonly HashSet<string> DaySpanUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years",
    };

    /// <summary>"arrested two men in a fraud case where three people died two years ago": a clause opened by relative "where" (or
    /// "whereby", "wherein") describes the place or case before it even when the parse hangs it from the main verb
    /// as parataxis or an adverbial clause, as long real sentences often get parsed; never the sentence's first clause.</summary>
    private bool OpensWithRelativeWhere(int verb)
    {
        if (verb <= _f || Head(verb) < 0) return false;
        foreach (var c in Children(verb))
        {
            if (c >= verb) break;
            if (c > _f && RelIs(c, "advmod") && _doc.Token(c).Span is var w
                && (w.Equals("where", StringComparison.OrdinalIgnoreCase) || w.Equals("whereby", StringComparison.OrdinalIgnoreCase) || w.Equals("wherein", StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The clause with a nominal predicate that holds <paramref name="cue"/> below <paramref name="predicate"/> and modifies a
    /// noun: "lifted a ban that had been in force since 2022" hangs "since 2022" on "force", a noun with its own copula
    /// whose clause (<c>acl:relcl</c>) describes "ban". -1 when the path from the cue up to the predicate passes no such
    /// clause head (the cue then dates the predicate's clause).
    /// </summary>
    public int NominalClauseOnNoun(int cue, int predicate)
    {
        if (!Parsed || cue < _f || cue >= _e) return -1;
        for (int v = Head(cue), step = 0; v >= 0 && v != predicate && step < 16; v = Head(v), step++)
        {
            if (IsVerbal(v)) return -1;
            if (!RelStarts(v, "acl")) continue;
            foreach (var c in Children(v)) if (RelIs(c, "cop")) return v;
        }
        return -1;
    }

    /// <summary>
    /// True when a background cue's clause <paramref name="governor"/> hangs below the event's own predicate
    /// <paramref name="headNode"/> as a clause of another act ("accused the army of killing civilians in 2014", "urged the
    /// Houthis to release staff they have held since last year", where the parser makes the "that"-less relative a ccomp), so
    /// that the cue dates that lower clause and not the event. False when the cue's clause is the event's own or the framed
    /// act's (<paramref name="innerNode"/>) or above them, when it is a conjunct or parataxis (a clause of its own, which the
    /// parser may hang anywhere), and when it is a temporal adverbial clause ("when they overran Sinjar in 2014", "since the war
    /// began in 2023"), which dates the clause it modifies too.
    /// </summary>
    public bool CueBelowEventClause(int governor, int headNode, int innerNode)
    {
        if (!Parsed || governor < _f || governor >= _e || headNode < _f || headNode >= _e || governor == headNode) return false;
        // A governor strictly below headNode is never on headNode's own chain up, so only the framed act's chain is asked.
        if (!InSubtree(governor, headNode) || OnVerbalChain(innerNode, governor)) return false;
        for (int v = governor, step = 0; v >= 0 && v != headNode && step < 16; v = Head(v), step++)
        {
            if (RelStarts(v, "conj") || RelStarts(v, "parataxis")) return false;
            if (RelStarts(v, "advcl") && OpensWithTemporalSubordinator(v)) return false;
        }
        return true;
    }

    /// <summary>True when the clause headed by <paramref name="verb"/> opens with a subordinator of time ("when" and "while"
    /// are advmod in UD, "after", "since", "until" mark).</summary>
    private bool OpensWithTemporalSubordinator(int verb)
    {
        foreach (var c in Children(verb))
            if ((RelIs(c, "mark") || RelIs(c, "advmod")) && c < verb
                && _doc.Token(c).Span.ToString().ToLowerInvariant() is var w && AdverbialSubordinators.Contains(w)
                && w is not ("because" or "although" or "though" or "whereas"))
                return true;
        return false;
    }

    /// <summary>True when <paramref name="predicate"/> is <paramref name="node"/> or a verb above it through verbal
    /// heads (its clause, the verbs it is coordinated with or complements).</summary>
    public bool OnVerbalChain(int node, int predicate)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int v = node, step = 0; v >= 0 && step < 12; step++)
        {
            if (v == predicate) return true;
            int h = Head(v);
            if (h < 0 || !IsVerbal(h)) return false;
            v = h;
        }
        return false;
    }

    /// <summary>True when the sentence is a headline.</summary>
    private bool IsHeadline() =>
        _e > _f && _doc.Sentence(_doc.SentenceOf(_f)).Section == Documents.SectionKind.Headline;

    /// <summary>True when the sentence is a headline with no finite verb or modal (its -ed forms are passives whose "was" is
    /// dropped: TreeRepairs.HeadlinePassives).</summary>
    private bool IsVerblessHeadline()
    {
        if (!IsHeadline()) return false;
        for (int k = _f; k < _e; k++)
            if (_doc.Token(k).Xpos is "VBD" or "VBZ" or "VBP" or "MD") return false;
        return true;
    }

    /// <summary>A conjunct of a verb's argument, or a noun in an "of" phrase of one ("the release of four activists").</summary>
    private bool InsideVerbArgument(int node)
    {
        for (int k = 0, n = node; k < 2 && Head(n) is var h && h >= 0; k++, n = h)
        {
            if (!(Rel(n) == "conj" || (Rel(n).StartsWith("nmod", StringComparison.Ordinal) && CaseOf(n) == "of"))) return false;
            if (IsVerbArgument(h)) return true;
        }
        return false;
    }

    /// <summary>True when the node is a subject, object or oblique of a verb (an object of a word the tagger misread, "to
    /// free the activists" with "free" an adjective, counts).</summary>
    private bool IsVerbArgument(int node) =>
        Head(node) is var h && h >= 0 && (Rel(node) is "obj" or "iobj"
            || (IsVerbal(h) && (Rel(node) is "nsubj" or "nsubj:pass" || Rel(node).StartsWith("obl", StringComparison.Ordinal))));

    /// <summary>True when the parser gives <paramref name="verb"/> a direct or indirect object.</summary>
    public bool HasObject(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb)) if (RelIs(c, "obj") || RelIs(c, "iobj")) return true;
        return false;
    }

    /// <summary>
    /// The verb of a warning's "that" clause when the clause says the warner itself will act: a personal pronoun subject,
    /// a future or conditional modal ("will", "would", "shall") and an active verb that is no copula and no verb of what
    /// merely happens ("warned Manila that it would take resolute measures"; not "warned that it would be a mistake",
    /// "that it would cost jobs"). -1 otherwise.
    /// </summary>
    public int WarnsOfOwnAct(int frame)
    {
        if (!Parsed || frame < _f || frame >= _e) return -1;
        foreach (var c in Children(frame))
        {
            if (!RelIs(c, "ccomp") || _doc.Token(c).Upos != Upos.VERB || NonActs.Contains(_doc.Token(c).Lemma)) continue;
            bool modal = false, pronoun = false, ownNoun = false;
            foreach (var d in Children(c))
            {
                if (RelIs(d, "cop") || RelIs(d, "nsubj:pass") || RelIs(d, "aux:pass")) return -1;
                if (RelIs(d, "aux") && _doc.Token(d).Lemma is "will" or "would" or "shall") modal = true;
                if (RelIs(d, "nsubj") && IsPersonalPronoun(d)) pronoun = true;
                else if (RelIs(d, "nsubj") && NamesWarnersOwnSide(d, frame)) ownNoun = true;
            }
            if (!modal || !(pronoun || ownNoun)) return -1;
            // The own side named by a noun: a response the said-response reading codes with what it answers ("Tehran would
            // respond to any Israeli attack") is left to that reading.
            if (!pronoun && SaidResponse(c, out _, out _, out _, out _)) return -1;
            // "it would take years": "take" acts only with a noun of measures.
            if (_doc.Token(c).Lemma == "take")
            {
                bool measures = false;
                foreach (var d in Children(c))
                    if (RelIs(d, "obj") && _doc.Token(d).Lemma is "measure" or "action" or "step" or "countermeasure") measures = true;
                if (!measures) return -1;
            }
            return c;
        }
        return -1;
    }

    /// <summary>The purpose clause of <paramref name="verb"/> ("would use force to break up any rally"): an open complement or a
    /// "to" clause; -1 when none.</summary>
    public int PurposeClauseOf(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
            if (_doc.Token(c).Upos == Upos.VERB && (RelIs(c, "xcomp") || (RelIs(c, "advcl") && MarkOf(c) == "to"))) return c;
        return -1;
    }

    /// <summary>
    /// True when the subject <paramref name="subject"/> of a warning's "that" clause names the warner's own side by a noun,
    /// not a pronoun: a possessive pronoun on a noun of a state or its forces ("that his country would take all measures",
    /// "that its forces would strike"), or an actor of the same country as the warning's subject ("The White House warned
    /// Beijing that the United States would respond", "Iran's parliament speaker warned that Tehran would quit the
    /// treaty"). Another country's actor ("Chinese officials warned that the United States would impose sanctions") is a
    /// forecast of someone else's act, not a threat.
    /// </summary>
    private bool NamesWarnersOwnSide(int subject, int frame)
    {
        if (OwnSideNouns.Contains(_doc.Token(subject).Lemma ?? ""))
            foreach (var c in Children(subject))
                if (RelIs(c, "nmod:poss") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "his" or "her" or "its" or "our" or "their")
                    return true;
        int said = ActorOfNode(subject);
        if (said < 0 || _doc.Actors[said].Country is not { } saidCountry) return false;
        foreach (var c in Children(frame))
            if (RelIs(c, "nsubj") && ActorOfNode(c) is var warner && warner >= 0)
                return warner != said && _doc.Actors[warner].Country == saidCountry;
        return false;
    }

    /// <summary>Nouns that, with a possessive pronoun, name a state or its armed forces as a side.</summary>
    private static readonly HashSet<string> OwnSideNouns = new(StringComparer.Ordinal)
    {
        "country", "government", "state", "nation", "administration", "force", "troop", "army", "military", "navy",
    };

    /// <summary>
    /// True when the node lies in a "from" + gerund clause of a verb of preventing ("banned the opposition from holding
    /// rallies", "barred journalists from entering the region"): the act was kept from happening.
    /// </summary>
    public bool PreventedAct(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        int x = node;
        for (int step = 0; step < 3 && x >= 0; step++, x = Head(x))
        {
            if (_doc.Token(x).Upos != Upos.VERB || _doc.Token(x).Xpos != "VBG") continue;
            if (MarkOf(x) != "from") return false;
            int h = Head(x);
            // The parser may hang the clause from the verb's object ("banned the opposition from holding rallies").
            if (h >= 0 && RelIs(h, "obj") && !PreventVerbs.Contains(_doc.Token(h).Lemma)) h = Head(h);
            return h >= 0 && PreventVerbs.Contains(_doc.Token(h).Lemma);
        }
        return false;
    }

    /// <summary>
    /// "blocked protesters from entering the plaza", "prevented lawyers from visiting him": the "from" + gerund clause that a
    /// verb of preventing takes beside a direct object that is an actor. The gerund's node, else -1 (also when the object is
    /// a thing: "blocked the bill from passing").
    /// </summary>
    public int KeptFromClause(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || _doc.Token(verb).Lemma is not { } lemma || !PreventVerbs.Contains(lemma)) return -1;
        bool actorObject = false;
        int gerund = -1;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "obj") && ActorOfNode(c) >= 0) actorObject = true;
            else if (RelIs(c, "advcl") && MarkOf(c) == "from" && _doc.Token(c).Xpos == "VBG") gerund = c;
        }
        return actorObject ? gerund : -1;
    }

    private static readonly HashSet<string> PreventVerbs = new(StringComparer.Ordinal)
    {
        "ban", "bar", "prevent", "stop", "block", "prohibit", "forbid", "keep", "exclude", "disqualify", "restrict", "deter",
        "discourage", "refrain", "suspend", "restrain",
    };

    /// <summary>
    /// The clause a verb of finding states: its "that" clause ("found that the air force had dropped chlorine") or the
    /// clause or "of" phrase of its object "evidence"/"proof" ("found evidence that the RSF had carried out killings").
    /// The clause's head node, or -1.
    /// </summary>
    public int FindingClause(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "ccomp") && MarkOf(c) is null or "that") return c;
            if (RelIs(c, "obj") && _doc.Token(c).Lemma is "evidence" or "proof" or "indication" or "sign" or "signs")
                foreach (var g in Children(c))
                    if (RelIs(g, "acl") || RelIs(g, "ccomp") || (RelStarts(g, "nmod") && CaseOf(g) == "of")) return g;
        }
        return -1;
    }

    /// <summary>
    /// The actor whose act a conditional clause on the verb names ("would impose further sanctions if Tehran resumed
    /// enrichment" → Tehran, "rejected calls for a ceasefire until Kyiv gives up its bid" → Kyiv), looked for on the verb
    /// and on the verbs it complements (the "if" clause may hang from "threatened" rather than from "impose"). Only
    /// the marks in <paramref name="marks"/> count; -1 when none.
    /// </summary>
    public int ConditionDoer(int verb, Func<string, bool> marks)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        for (int v = verb, step = 0; v >= 0 && step < 3; step++)
        {
            foreach (var c in Children(v))
                if (RelIs(c, "advcl") && MarkOf(c) is { } mark && marks(mark) && (ClauseDoer(c) is var doer && doer >= 0 ? doer : TalksPartnerOfClause(c)) is var pressed && pressed >= 0) return pressed;
            if (!(RelIs(v, "xcomp") || RelIs(v, "conj") || (RelIs(v, "advcl") && MarkOf(v) == "to"))) return -1;
            v = Head(v);
        }
        return -1;
    }

    /// <summary>Session 66 (threat66): "would start an indefinite strike if wage talks with port operators failed", "will
    /// resume attacks unless negotiations with the government succeed": a condition whose subject is talks names no doer,
    /// but the side the talks are held with is the one the threat presses. The actor of a "with" phrase on a talks noun
    /// that is the clause's subject; -1 when there is none. Only talks nouns: "if fighting with the rebels resumes" names a
    /// foe whose part the clause does not tell.</summary>
    private int TalksPartnerOfClause(int clause)
    {
        foreach (var s in Children(clause))
        {
            if (!RelIs(s, "nsubj") || _doc.Token(s).Lemma?.ToLowerInvariant() is not ("talk" or "talks" or "negotiation" or "negotiations" or "dialogue")) continue;
            foreach (var w in Children(s))
                if (RelStarts(w, "nmod") && CaseOf(w) == "with" && ActorOfNode(w) is var partner && partner >= 0) return partner;
        }
        return -1;
    }

    /// <summary>The actor that does what a clause says: its subject, or a passive's "by" agent. -1 when none.</summary>
    public int ClauseDoer(int clause)
    {
        if (!Parsed || clause < _f || clause >= _e) return -1;
        bool passive = IsPassive(clause);
        foreach (var c in Children(clause))
        {
            if (!passive && RelIs(c, "nsubj") && ActorOfNode(c) is var a && a >= 0) return a;
            if (passive && (RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) && ActorOfNode(c) is var b && b >= 0) return b;
        }
        return -1;
    }

    /// <summary>Forces of nature and disease: a "by" phrase that names one names no doer ("camps threatened by flooding",
    /// "people could be hit by mudslides", "a region struck by cholera").</summary>
    private static readonly HashSet<string> NatureNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "flood", "flooding", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon", "tsunami", "landslide",
        "mudslide", "avalanche", "drought", "heatwave", "wildfire", "rain", "downpour", "snow", "weather", "outbreak",
        "epidemic", "pandemic", "disease", "illness", "virus", "infection", "cholera", "malaria", "flu", "influenza", "famine",
    };

    /// <summary>True when <paramref name="node"/> is a force of nature or a disease (<see cref="NatureNouns"/>) by its lemma.</summary>
    public bool IsNatureNoun(int node) => Parsed && node >= _f && node < _e && _actorOf[node] < 0
        && NatureNouns.Contains(_doc.Token(node).Lemma ?? _doc.Token(node).Span.ToString());

    /// <summary>"refugees in camps threatened by flooding", "warned that 750,000 people could be hit by floods": a passive
    /// verb whose "by" phrase is a force of nature or a disease. Nature is no actor, so the verb reports no act of anyone.</summary>
    public bool PassiveByNature(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if ((RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) && IsNatureNoun(c)) return true;
        return false;
    }

    /// <summary>
    /// "said they fear that the disease will spread", "is worried that cholera could start spreading", "fears the spread of
    /// the virus": what <paramref name="verb"/> (a verb or adjective of fearing) fears is a disease doing what it does, the
    /// subject of its clause, the object, or the object's "of" phrase. Such a fear is a forecast about the outbreak, not a
    /// comment on any actor's acts (the realnews conventions: a health agency's report, forecast or worry about a disease is
    /// no event). False when the clause's subject is an actor or any other noun ("fear that the rebels will attack"), and
    /// for weather ("feared the drought would push food prices higher" stays a minister's pessimistic comment).
    /// </summary>
    public bool FearsDisease(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "obj"))
            {
                if (IsDiseaseNoun(c)) return true;
                foreach (var n in Children(c))
                    if (RelStarts(n, "nmod") && CaseOf(n) == "of" && IsDiseaseNoun(n)) return true;
            }
            if (!RelIs(c, "ccomp")) continue;
            foreach (var s in Children(c))
                if ((RelIs(s, "nsubj") || RelIs(s, "nsubj:pass")) && IsDiseaseNoun(s)) return true;
        }
        return false;
    }

    private bool IsDiseaseNoun(int node) => _actorOf[node] < 0
        && DiseaseNouns.Contains(_doc.Token(node).Lemma ?? _doc.Token(node).Span.ToString());

    /// <summary>Diseases and their outbreaks (the disease part of <see cref="NatureNouns"/>, and a few diseases by name).</summary>
    private static readonly HashSet<string> DiseaseNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "outbreak", "epidemic", "pandemic", "disease", "illness", "virus", "infection", "cholera", "malaria", "flu", "influenza",
        "ebola", "measles", "typhoid", "polio", "anthrax", "plague", "dengue",
    };

    /// <summary>"is investigating an outbreak of an unknown illness", "probing the cause of the epidemic": the direct object
    /// of <paramref name="verb"/> is a force of nature or a disease, or its "of" phrase is ("the cause of the flooding").</summary>
    public bool ObjectIsNature(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (!(RelIs(c, "obj") || (RelStarts(c, "obl") && CaseOf(c) is "into"))) continue;
            if (IsNatureNoun(c)) return true;
            foreach (var n in Children(c))
                if (RelStarts(n, "nmod") && CaseOf(n) == "of" && IsNatureNoun(n) && _doc.Token(c).Lemma is "cause" or "source" or "spread" or "origin") return true;
        }
        return false;
    }

    /// <summary>
    /// The actor who does what a "when" clause after <paramref name="verb"/> tells, with <paramref name="clauseVerb"/> that
    /// clause's verb: "were wounded when militants attacked a checkpoint" gives the militants. The clause must follow the verb,
    /// be active and have an actor as its subject; -1 when there is none.
    /// </summary>
    public int WhenClauseDoer(int verb, out int clauseVerb)
    {
        clauseVerb = -1;
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "advcl") || c < verb || !IsVerbal(c) || IsPassive(c)) continue;
            bool when = false;
            int subject = -1;
            foreach (var g in Children(c))
            {
                if ((RelIs(g, "advmod") || RelIs(g, "mark")) && _doc.Token(g).Span.Equals("when", StringComparison.OrdinalIgnoreCase)) when = true;
                else if (RelIs(g, "nsubj")) subject = g;
            }
            if (!when || subject < 0 || ActorOfNode(subject) is not (var a and >= 0)) continue;
            clauseVerb = c;
            return a;
        }
        return -1;
    }

    /// <summary>True when the verb at <paramref name="verb"/> has a passive agent ("by" phrase or <c>obl:agent</c>).</summary>
    public bool HasByAgent(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) return true;
        return false;
    }

    /// <summary>True when <paramref name="node"/> lies under <paramref name="root"/>.</summary>
    public bool InSubtreeOf(int node, int root) => Parsed && node >= _f && node < _e && root >= _f && root < _e && InSubtree(node, root);

    /// <summary>Nouns of texts whose content a participle may state ("a statement criticising China").</summary>
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "statement", "resolution", "report", "letter", "declaration", "communique", "motion", "bill", "law", "draft", "text",
        "petition", "proposal", "document", "note", "memo", "article", "dossier",
    };

    /// <summary>Verbs by which the subject makes a text its own: issuing, adopting, signing, sending it.</summary>
    private static readonly HashSet<string> IssuingVerbs = new(StringComparer.Ordinal)
    {
        "issue", "release", "publish", "adopt", "pass", "sign", "send", "deliver", "unveil", "approve", "put", "table",
        "submit", "file", "present", "draft", "write", "circulate", "post", "endorse", "back", "support", "sponsor",
        // session 20 (realsay20): "made a statement criticising", "read out a statement calling for"
        "make", "read",
    };

    /// <summary>Verbs of what happens to or through something rather than what an actor does.</summary>
    private static readonly HashSet<string> NonActs = new(StringComparer.Ordinal)
    {
        "be", "have", "become", "happen", "lead", "cause", "result", "fail", "collapse", "cost", "hurt", "harm", "damage",
        "undermine", "affect", "mean", "require", "need", "trigger", "spark", "worsen", "deepen", "fuel", "threaten", "risk",
        "lose", "suffer", "seem", "remain", "last",
    };

    /// <summary>The verb of a framing verb's complement clause ("asked X to stop ...", "demanded that X halt ..."), -1
    /// when the tree shows none.</summary>
    public int ComplementVerb(int frame)
    {
        if (!Parsed || frame < _f || frame >= _e) return -1;
        foreach (var c in Children(frame))
            if ((RelIs(c, "xcomp") || RelIs(c, "ccomp") || (RelIs(c, "advcl") && MarkOf(c) == "to")) && IsVerbal(c)) return c;
        return -1;
    }

    /// <summary>
    /// "called on Honduran electoral authorities to resume the count", "calling on Venezuela's electoral council to publish
    /// the tallies": the parser often hangs the "to"-infinitive of an appeal on its addressee (acl) rather than on the
    /// verb. Returns that infinitive, with the addressee's node in <paramref name="addressee"/>; -1 when the tree shows
    /// none. Only the object or the "on/upon/to/with" phrase of the frame verb counts: an infinitive on any other noun
    /// modifies it ("the right to vote").
    /// </summary>
    public int InfinitiveOnAddressee(int frame, out int addressee)
    {
        addressee = -1;
        if (!Parsed || frame < _f || frame >= _e) return -1;
        foreach (var c in Children(frame))
        {
            if (!(RelIs(c, "obj") || RelIs(c, "iobj") || (RelStarts(c, "obl") && CaseOf(c) is "on" or "upon" or "to" or "with"))) continue;
            foreach (var x in Children(c))
                if (RelIs(x, "acl") && MarkOf(x) == "to" && IsVerbal(x) && !HasSubject(x)) { addressee = c; return x; }
        }
        return -1;
    }

    /// <summary>
    /// The broker of a meeting or an agreement: "a declaration brokered by the United States", "met under the auspices
    /// of the EU", "talks mediated by Qatar" (on the trigger or its object). -1 when the tree names none.
    /// </summary>
    public int Broker(int anchor, List<int>? more = null)
    {
        if (!Parsed || anchor < _f || anchor >= _e) return -1;
        int b = BrokerOn(anchor, more);
        if (b >= 0) return b;
        foreach (var c in Children(anchor))
            if (RelIs(c, "obj") && BrokerOn(c, more) is var ob && ob >= 0) return ob;
        // "resumed talks in Doha under Qatari mediation": talks the object of a light verb have their "under" phrase hung on
        // that verb (meet60). Only the "under mediation / auspices" phrase is read there, the same one BrokerOn reads.
        if (RelIs(anchor, "obj") && Head(anchor) is var lv && lv >= 0 && UnderMediation(lv, more) is var ub && ub >= 0) return ub;
        // "swapped prisoners in an exchange brokered by the UAE", "agreed to a truce at talks hosted by Malaysia", "freed the
        // soldiers following mediation by Togo's president": the brokered deal, swap or talks named in an adjunct of the act
        // are the act's own, so their broker mediates between the act's sides.
        foreach (var c in Children(anchor))
        {
            if (!(RelStarts(c, "obl") || RelStarts(c, "nmod")) || _doc.Token(c).Lemma is not { } noun || !BrokeredNouns.Contains(noun)) continue;
            if (BrokerOn(c, more) is var nb && nb >= 0) return nb;
            if (noun.Equals("mediation", StringComparison.OrdinalIgnoreCase))
                foreach (var g in Children(c))
                    if ((RelStarts(g, "nmod") || RelStarts(g, "obl")) && CaseOf(g) is "by" or "of" && ActorOfNode(g) is var ma && ma >= 0)
                    {
                        more?.Clear();
                        if (more is not null) Conjuncts(g, more);
                        return ma;
                    }
        }
        return -1;
    }

    /// <summary>
    /// Session 67 (intent67, decision 125). True when the broker <paramref name="broker"/> (an actor index) is named in an
    /// "after" or "following" phrase ("freed an American after mediation by Qatar", "came after months of talks mediated by
    /// Oman", "following mediation by Togo's president"): such mediation is told as the act's cause, background as talks
    /// "after" which one side acts are (decision 076). A broker on the exchange or deal the act is part of ("in an exchange
    /// mediated by Oman", "under a deal brokered by Brazil", "in an exchange that Oman had arranged") is not. Read from the
    /// words back from the broker to the phrase's preposition: "of", "by", determiners, nouns, adjectives, numbers and the
    /// broker participle may stand between; a comma, a finite verb or any other preposition ends the phrase.
    /// </summary>
    public bool BrokerInAfterPhrase(int broker)
    {
        if (broker < 0 || broker >= _doc.Actors.Count) return false;
        int first = _doc.Actors[broker].Tokens.FirstToken;
        for (int k = first - 1; k >= _f && k >= first - 10; k--)
        {
            var word = _doc.Token(k).Text.ToString();
            if (word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("following", StringComparison.OrdinalIgnoreCase)) return true;
            var xpos = _doc.Token(k).Xpos ?? "";
            if (xpos is "IN" or "TO" && !(word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase))) return false;
            if (xpos is "VBD" or "VBZ" or "VBP" or "MD" || word is "," or ";" or ":" or "(" or "-" or "–" or "—") return false;
        }
        return false;
    }

    /// <summary>Nouns of a deal, swap or talks that a broker participle ("brokered by", "mediated by", "hosted by") or a
    /// "mediation by" phrase may hang on when they are an adjunct of the act they produced.</summary>
    private static readonly HashSet<string> BrokeredNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "exchange", "swap", "deal", "agreement", "accord", "truce", "ceasefire", "cease-fire", "talk", "talks", "negotiation",
        "negotiations", "mediation", "round", "process", "arrangement", "pact",
    };

    /// <summary>
    /// "A deal between the EU and Libya, mediated by Qatar, ended the standoff": a broker participle set off by a comma
    /// within a few words after the trigger, when the parser hung it on another word (the last side). Scans from
    /// <paramref name="start"/> up to a finite verb or ten words; -1 when no ", brokered/mediated by X" follows.
    /// </summary>
    public int BrokerAfter(int start)
    {
        if (!Parsed || start < _f) return -1;
        for (int k = start; k + 3 < _e && k < start + 10; k++)
        {
            var xpos = _doc.Token(k).Xpos ?? "";
            if (xpos is "VBZ" or "VBP") return -1;
            if (!(_doc.Token(k).Text is ",") || !BrokerVerbs.Contains(_doc.Token(k + 1).Lemma ?? "")
                || !string.Equals(_doc.Token(k + 2).Text.ToString(), "by", StringComparison.OrdinalIgnoreCase)) continue;
            int a = k + 3;
            if (a + 1 < _e && string.Equals(_doc.Token(a).Text.ToString(), "the", StringComparison.OrdinalIgnoreCase)) a++;
            return _actorOf[a];
        }
        return -1;
    }

    /// <summary>
    /// "swapped 250 prisoners in an exchange brokered by the UAE", "agreed to a truce after talks hosted by Saudi Arabia and
    /// the United States", "freed the soldiers following mediation by Togo's president": a deal, swap or talks noun after the
    /// act, with a broker participle and its by-agent (or "mediation by/of X"), read from the words when the parser hangs
    /// the participle elsewhere. Scans from <paramref name="start"/> to the sentence's end, stopping at a finite verb before
    /// the noun (another clause's deal is not this act's); coordinated brokers go to <paramref name="more"/>. -1 when none.
    /// </summary>
    public int BrokeredAdjunctAfter(int start, List<int> more)
    {
        if (!Parsed || start < _f) return -1;
        for (int k = start; k < _e; k++)
        {
            var xpos = _doc.Token(k).Xpos ?? "";
            if (xpos is "VBZ" or "VBP" or "VBD" && k > start) return -1;
            if (!BrokeredNouns.Contains(_doc.Token(k).Lemma ?? "")) continue;
            // "swap 84 POWs in UAE-brokered deal": a broker compound right before the noun (the parser may hang the noun
            // on the object rather than on the act).
            if (k - 1 > start && BrokerCompoundWord(k - 1) is var cb && cb >= 0) { more.Clear(); more.Add(cb); return cb; }
            int by = -1;
            // "talks in Putrajaya mediated by ...": a short place phrase may stand between the noun and its participle.
            int p = k + 1;
            if (p < _e && _doc.Token(p).Text is "in" or "at")
            {
                int q = p + 1;
                while (q < _e && q <= p + 4 && _doc.Token(q).Xpos is "NNP" or "NNPS" or "DT") q++;
                if (q > p + 1) p = q;
            }
            if (p + 1 < _e && BrokerVerbs.Contains(_doc.Token(p).Lemma ?? "") && string.Equals(_doc.Token(p + 1).Text.ToString(), "by", StringComparison.OrdinalIgnoreCase))
                by = p + 1;
            else if (k + 2 < _e && string.Equals(_doc.Token(k).Lemma, "mediation", StringComparison.OrdinalIgnoreCase)
                && _doc.Token(k + 1).Text is "by" or "of")
                by = k + 1;
            if (by < 0) continue;
            int a = by + 1;
            if (a + 1 < _e && string.Equals(_doc.Token(a).Text.ToString(), "the", StringComparison.OrdinalIgnoreCase)) a++;
            if (a >= _e || _actorOf[a] < 0) return -1;
            int first = _actorOf[a];
            more.Clear();
            more.Add(first);
            // "hosted by Saudi Arabia and the United States": the brokers coordinated after the first.
            int end = _doc.Actors[first].Tokens.EndToken;
            while (end + 1 < _e && _doc.Token(end).Text is "and" or ",")
            {
                int n = end + 1;
                if (n + 1 < _e && string.Equals(_doc.Token(n).Text.ToString(), "the", StringComparison.OrdinalIgnoreCase)) n++;
                if (_actorOf[n] < 0 || more.Contains(_actorOf[n])) break;
                more.Add(_actorOf[n]);
                end = _doc.Actors[_actorOf[n]].Tokens.EndToken;
            }
            return first;
        }
        return -1;
    }

    /// <summary>
    /// True when a visit verb has a "for talks/negotiations" phrase, or talks for its object, whose matter is a dispute or a
    /// deal ("arrived in Cairo for negotiations over a ceasefire", "hosted the minister for talks on their disputed border").
    /// Talks on anything else ("for talks on trade", "on regional security", "on judicial reform") are the visit alone
    /// (gold/README.md, visits), whichever way the talks are phrased (session 32: "for talks on" took any matter, "held talks
    /// on" only a dispute, and the tunable gold lists no 046 for the former on trade, reform or security).
    /// </summary>
    public bool TalksOnAMatter(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (IsTalksFor(c) && TopicAfter(c, verb, DisputeMatters)) return true;
            // "held talks in Accra on the demarcation of their border": the visit's own talks negotiate when their matter is
            // a dispute or a deal (gold/README.md, visits); "held talks ... on energy links" is the visit alone.
            if (RelIs(c, "obj") && IsTalksNoun(c) && TopicAfter(c, verb, DisputeMatters)) return true;
            // The parser often hangs "for talks" from the visitor ("hosted the minister ... for talks") and the matter
            // from the verb.
            if (RelIs(c, "obj") || RelStarts(c, "obl"))
                foreach (var g in Children(c))
                    if (IsTalksFor(g) && TopicAfter(g, verb, DisputeMatters)) return true;
        }
        return false;
    }

    /// <summary>
    /// The act an investigation looks into, when the tree names one: the object of the verb ("investigating the
    /// strike"), or the "into"/"of" phrase of it or of its object ("opened an inquiry into the deaths of protesters shot
    /// by police"). True when that nominal is an event (<paramref name="isEventNoun"/>, or a death); <paramref name="doer"/>
    /// is then the act's agent named inside it ("by police"), or -1. An investigation is of the doer of an act, not of its
    /// victim.
    /// </summary>
    public bool InvestigatedAct(int anchor, Func<int, bool> isEventNoun, out int doer)
    {
        doer = -1;
        if (!Parsed || anchor < _f || anchor >= _e) return false;
        int act = -1;
        foreach (var c in Children(anchor))
        {
            if (RelStarts(c, "obl") || RelStarts(c, "nmod")) { if (CaseOf(c) is "into" or "of" && IsActNoun(c, isEventNoun)) { act = c; break; } continue; }
            if (!RelIs(c, "obj")) continue;
            if (IsActNoun(c, isEventNoun)) { act = c; break; }
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) is "into" or "of" or "on" && IsActNoun(g, isEventNoun)) { act = g; break; }
            if (act >= 0) break;
        }
        // "began an inquiry into the killing of protesters by security forces": the parser often hangs the "into" phrase on
        // the verb whose object the investigation noun is.
        if (act < 0 && RelIs(anchor, "obj") && Head(anchor) is var verb && verb >= 0 && IsVerbal(verb))
            foreach (var c in Children(verb))
                if (c > anchor && RelStarts(c, "obl") && CaseOf(c) == "into" && IsActNoun(c, isEventNoun)) { act = c; break; }
        if (act < 0) return false;
        for (int t = act + 1; t < _e; t++)
            if (_actorOf[t] >= 0 && InSubtree(t, act) && Head(t) is var h && h >= 0
                && (RelIs(t, "obl:agent") || (RelStarts(t, "obl") && CaseOf(t) == "by") || (RelStarts(t, "nmod") && CaseOf(t) == "by")))
            {
                doer = _actorOf[t];
                break;
            }
        // "opened an inquiry into the killing of protesters by soldiers": an active investigation is done by its subject, so
        // a "by" phrase the parser hung from its verb belongs to the act.
        if (doer < 0 && !IsPassive(anchor))
            foreach (var c in Children(anchor))
                if (c > act && RelStarts(c, "obl") && CaseOf(c) == "by" && ActorOfNode(c) is var a && a >= 0) { doer = a; break; }
        // "an investigation into atrocities allegedly committed by Myanmar's army": the parser may hang the act's participle
        // on the investigation noun instead of on the act; its "by" agent is still the act's doer (the participle follows the
        // act, so it is the act's clause, not one about the investigation).
        if (doer < 0 && Head(act) is var probeNoun && probeNoun >= 0 && !IsVerbal(probeNoun))
            foreach (var c in Children(probeNoun))
            {
                if (c <= act || !RelIs(c, "acl")) continue;
                foreach (var g in Children(c))
                    if ((RelIs(g, "obl:agent") || (RelStarts(g, "obl") && CaseOf(g) == "by")) && ActorOfNode(g) is var ag && ag >= 0) { doer = ag; break; }
                if (doer >= 0) break;
            }
        // Session 70 (target70): "launched a probe into abuses by Ethiopian troops in Tigray": the parser may hang the act's
        // "by" phrase itself on the investigation noun, after the act; there it is still the act's agent.
        if (doer < 0 && Head(act) is var probeHolder && probeHolder >= 0 && !IsVerbal(probeHolder))
            foreach (var c in Children(probeHolder))
                if (c > act && RelStarts(c, "nmod") && CaseOf(c) == "by" && ActorOfNode(c) is var byAgent && byAgent >= 0) { doer = byAgent; break; }
        // "launched a probe into bribery allegations against a former defence minister": the one an investigated allegation
        // is made against is investigated, on the act noun or wherever the parser hung the "against" phrase (on the
        // investigation noun or its verb).
        // "opened a war crimes investigation into the Russian strike", "a probe into Israel's raid on the camp": the actor an
        // attack noun's adjective, compound or possessive names is its doer. Not for killings and abductions, whose
        // possessive is as often the victim ("the journalist's murder").
        if (doer < 0 && AttackNouns.Contains(_doc.Token(act).Lemma ?? "") && !VictimPossessorNouns.Contains(_doc.Token(act).Lemma ?? ""))
            foreach (var c in Children(act))
                if (Rel(c) is "amod" or "compound" or "nmod:poss" && c < act && _actorOf[c] >= 0) { doer = _actorOf[c]; break; }
        if (doer < 0)
            foreach (int n in new[] { act, Head(act), anchor })
            {
                if (n < _f || n >= _e) continue;
                foreach (var c in Children(n))
                    if (c > act && (RelStarts(c, "nmod") || RelStarts(c, "obl")) && CaseOf(c) == "against" && ActorOfNode(c) is var a && a >= 0) { doer = a; break; }
                if (doer >= 0) break;
            }
        return true;
    }

    /// <summary>Attack nouns whose possessive may be the one harmed rather than the doer.</summary>
    private static readonly HashSet<string> VictimPossessorNouns = new(StringComparer.OrdinalIgnoreCase)
        { "killing", "murder", "assassination", "abduction", "kidnapping", "shooting" };

    private bool IsActNoun(int node, Func<int, bool> isEventNoun) =>
        _doc.TokUpos(node) is Upos.NOUN && _doc.Token(node).Lemma is not ("inquiry" or "investigation" or "probe" or "inspection" or "review")
        && (isEventNoun(node) || _doc.Token(node).Lemma is "death" or "disappearance" or "crime" or "abuse" or "violation" or "atrocity");

    /// <summary>
    /// True when an appeal's addressee is a group the sentence does not name as any actor: a plural common noun with no
    /// country or actor in it, as object or "on"/"upon"/"to" phrase ("urged its Western partners to", "appealed to donors
    /// for", "called on friendly countries to"). Such an appeal has no recipient to code, and none may be borrowed from
    /// what it asks for.
    /// </summary>
    public bool UnnamedAddressee(int frameVerb)
    {
        if (!Parsed || frameVerb < _f || frameVerb >= _e) return false;
        foreach (var c in Children(frameVerb))
        {
            if (!AddresseeRelation(c)) continue;
            if (ActorOfNode(c) >= 0) return false;
            // "called on all sides to respect the truce", "urged all parties to exercise restraint":
            // "all" is no count of known sides but everyone the matter concerns, and the gold codes such an appeal with no
            // recipient; "both sides" and "the two sides" name the article's two sides. A phrase that places the sides
            // ("all sides in Peru") holds an actor and is not unnamed.
            if (_doc.Token(c).Lemma is "side" or "party" && !HoldsActor(c) && AllQuantified(c) && !PlacedByActor(c)) return true;
            // "both sides", "all parties", "member states", "its supporters", "Western allies" name actors the article
            // has told of: a reader (and the gold) resolves them from context.
            if (_doc.Token(c).Lemma is "side" or "party" or "state" or "member" or "supporter" or "ally" or "follower") return false;
            foreach (var m in Children(c))
                if (_doc.Token(m).Span.Equals("both", StringComparison.OrdinalIgnoreCase) || _doc.Token(m).Span.Equals("all", StringComparison.OrdinalIgnoreCase)) return false;
            return _doc.TokUpos(c) == Upos.NOUN && _doc.TokXpos(c) == "NNS" && !HasConjunct(c);
        }
        return false;
    }

    /// <summary>
    /// Session 63 (appeal63): true when an appeal verb's addressee is a group of common nouns the sentence names no actor
    /// for ("urged allies to send Patriot systems", "called on member states to fund the force", "called on donors to send
    /// help", "urged both parties to keep calm"), as object or "on"/"upon"/"to" phrase. Unlike <see cref="UnnamedAddressee"/>
    /// this takes the groups a reader may resolve from the article ("allies", "member states", "both sides"): it says only
    /// that the slot holds people and no actor, so that an appeal left without a recipient after every resolution is still
    /// coded (with none) rather than dropped. A proper noun, a pronoun or a phrase that holds an actor is no such group.
    /// </summary>
    public bool GroupAddresseeWithoutActor(int frameVerb)
    {
        if (!Parsed || frameVerb < _f || frameVerb >= _e) return false;
        foreach (var c in Children(frameVerb))
        {
            if (!AddresseeRelation(c)) continue;
            if (_doc.TokUpos(c) != Upos.NOUN || !GroupAddresseeNouns.Contains(_doc.Token(c).Lemma ?? "")) return false;
            if (ActorOfNode(c) >= 0 || PlacedByActor(c)) return false;
            // "urged its member states", "Ukraine's Western partners": the possessor of an alliance's own members or a
            // country's partners names whose group it is, not an addressee; any other actor in the phrase names one.
            if (_doc.Token(c).Lemma is "ally" or "partner" or "member" or "state" && HoldsActorBesidesPossessor(c)) return false;
            if (_doc.Token(c).Lemma is not ("ally" or "partner" or "member" or "state") && HoldsActor(c)) return false;
            return true;
        }
        return false;
    }

    /// <summary>True when the noun phrase names an actor other than by a possessive ("Baltic allies", not "its allies").</summary>
    private bool HoldsActorBesidesPossessor(int node)
    {
        foreach (var d in Children(node))
        {
            if (RelStarts(d, "acl") || Rel(d) == "nmod:poss") continue;
            if (_actorOf[d] >= 0) return true;
            if (Rel(d) is "amod" or "compound")
                foreach (var g in Children(d))
                    if (_actorOf[g] >= 0) return true;
        }
        return false;
    }

    /// <summary>Session 63 (appeal63): true when the node hangs on its verb as an appeal's addressee does: object, indirect
    /// object, or an "on"/"upon"/"to" phrase.</summary>
    public bool AddresseeRelation(int node) =>
        Parsed && node >= _f && node < _e && (RelIs(node, "obj") || RelIs(node, "iobj") || (RelStarts(node, "obl") && CaseOf(node) is "on" or "upon" or "to"));

    /// <summary>Nouns of the open groups an appeal is addressed to without naming them: allies and partners, member states,
    /// donors, the international community, supporters and followers. Not "sides" or "parties": "both sides", "both
    /// parties" are the dispute's two sides, which the gold names from the article (samples lilongwe-election-7, eb42071,
    /// eb40032), so an appeal to them that nothing resolved stays dropped rather than coded with no target.</summary>
    private static readonly HashSet<string> GroupAddresseeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ally", "partner", "state", "member", "country", "nation", "government", "donor", "community",
        "supporter", "follower", "leader",
    };

    /// <summary>True when a phrase on the noun names an actor ("all sides in Libya", "all parties to the Sudan conflict").</summary>
    private bool PlacedByActor(int noun)
    {
        foreach (var m in Children(noun))
            if (RelStarts(m, "nmod") && ActorOfNode(m) >= 0) return true;
        return false;
    }

    /// <summary>True when the noun is quantified by "all" ("all sides", "all the parties").</summary>
    private bool AllQuantified(int noun)
    {
        foreach (var m in Children(noun))
            if (m < noun && _doc.Token(m).Span.Equals("all", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True for a participle clause set beside its main clause, bare or opened by "with" ("…, with the ministry
    /// accusing it of …", "…, accusing it of …"), not a finite clause of time or cause ("after officers accused them").</summary>
    public bool ParticipleBesideClause(int verb) => Parsed && verb >= _f && verb < _e && RelIs(verb, "advcl")
        && _doc.TokXpos(verb) == "VBG" && MarkOf(verb) is null or "with";

    /// <summary>
    /// Session 63 (disapprove63): the actor that the object pronoun of a participle beside a clause refers back to when the
    /// clause's own act is no coded event with a target: the clause verb's indirect object ("gave UN aid agencies 72 hours to
    /// leave, accusing them of spying"), else its direct object ("dissolved the council, accusing it of ..."), else the "of"
    /// complement of a direct object that is no actor ("revoked the registration of 18 aid groups, accusing them of ...",
    /// "ordered the expulsion of the mission's rights chief, accusing her of bias"). Only the main clause the participle hangs
    /// on is read; -1 when it names no such actor.
    /// </summary>
    public int ParticipleClauseObjectActor(int participle)
    {
        if (!ParticipleBesideClause(participle) || Head(participle) is not (var h and >= 0) || _doc.TokUpos(h) != Upos.VERB) return -1;
        // "gave the agencies 72 hours to leave the country, accusing them ...": the parser may hang the participle on the
        // main clause's infinitive, whose own object is a place or a thing; the clause acted on is the one above it.
        for (int up = 0; up < 2 && !HasActorObject(h) && (RelIs(h, "advcl") || RelIs(h, "xcomp")) && MarkOf(h) == "to"
                && Head(h) is var above && above >= 0 && _doc.TokUpos(above) == Upos.VERB; up++)
            h = above;
        foreach (var c in Children(h))
            if (RelIs(c, "iobj") && ActorOfNode(c) is var a and >= 0) return a;
        foreach (var c in Children(h))
        {
            if (!RelIs(c, "obj")) continue;
            if (ActorOfNode(c) is var a and >= 0) return a;
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "of" && ActorOfNode(g) is var b and >= 0) return b;
        }
        return -1;
    }

    /// <summary>Whether the verb's direct or indirect object is an actor.</summary>
    private bool HasActorObject(int verb)
    {
        foreach (var c in Children(verb))
            if ((RelIs(c, "obj") || RelIs(c, "iobj")) && ActorOfNode(c) >= 0) return true;
        return false;
    }

    /// <summary>"seized its equipment", "froze their bank accounts": the verb's object has a possessive pronoun ("its",
    /// "their", "his", "her") that is no actor mention of its own.</summary>
    public bool ObjectOwnedByPronoun(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj") && HasPronounPossessor(c, personal: true, unlinked: true)) return true;
        return false;
    }

    /// <summary>True when the verb's direct object is a third-person pronoun ("accusing it of", "ordered him to leave"), bare
    /// or counted in a partitive ("released ten of them", <see cref="PartitivePronoun"/>).</summary>
    public bool ObjectPronoun(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            // "urged him to extend the truce": the parser hangs an appeal's addressee as an indirect object.
            if ((RelIs(c, "obj") || RelIs(c, "iobj")) && _doc.TokUpos(c) == Upos.PRON && IsThirdPersonObjectPronoun(c))
                return true;
            // Session 59 (realnews59): "released ten of them", "killed 11 of them" refer back as the bare pronoun does.
            else if (RelIs(c, "obj") && PartitivePronoun(c) >= 0) return true;
        return false;
    }

    /// <summary>Nouns of a document that states findings or charges, whose authors speak through it ("the report accuses",
    /// "the indictment accuses", "a UN study blamed").</summary>
    private static readonly HashSet<string> FindingDocumentNouns = new(StringComparer.OrdinalIgnoreCase)
    { "report", "indictment", "finding", "findings", "study", "investigation", "inquiry", "review", "audit", "dossier", "assessment" };

    /// <summary>
    /// The subject node of <paramref name="verb"/> when it is a document noun that names no actor itself ("The 40-page
    /// report accuses the army of ..."), else -1; <paramref name="author"/> is the actor its own phrase names as its maker
    /// ("a UN report", "the group's report", "a report by Amnesty"), else -1.
    /// </summary>
    public int DocumentSubject(int verb, out int author)
    {
        author = -1;
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "nsubj")) continue;
            if (_actorOf[c] >= 0 || !FindingDocumentNouns.Contains(_doc.Token(c).Lemma ?? "")) return -1;
            foreach (var g in Children(c))
                if ((RelIs(g, "compound") || RelIs(g, "nmod:poss") || RelIs(g, "amod") || (RelStarts(g, "nmod") && CaseOf(g) is "by" or "from"))
                    && _actorOf[g] >= 0) { author = _actorOf[g]; break; }
            return c;
        }
        return -1;
    }

    /// <summary>Words that count people without naming them ("arrested dozens", "detained several of them").</summary>
    private static readonly HashSet<string> CountWords = new(StringComparer.OrdinalIgnoreCase)
    { "dozens", "hundreds", "thousands", "scores", "several", "many", "some", "most", "others", "dozen" };

    /// <summary>
    /// True when the direct object of <paramref name="verb"/> is a bare count, with no noun of its own ("arrested at least
    /// 60", "detained 12 of them", "wounded dozens"): in a list of acts it counts the people the sentence named before, as
    /// a pronoun object stands for them.
    /// </summary>
    public bool CountedObjectWithoutNoun(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj")) continue;
            if (!(_doc.TokUpos(c) == Upos.NUM || CountWords.Contains(_doc.Token(c).Span.ToString()))) return false;
            // "12 of them", "at least 60": a pronoun or a bound may hang on it; "60 of the protesters" names its people.
            foreach (var g in Children(c))
                if (_doc.TokUpos(g) is Upos.NOUN or Upos.PROPN) return false;
            return true;
        }
        return false;
    }

    private bool IsTalksFor(int node) => (RelStarts(node, "obl") || RelStarts(node, "nmod")) && CaseOf(node) == "for" && IsTalksNoun(node);

    /// <summary>
    /// Talks or negotiations at <paramref name="node"/>: the noun itself, or a measure of them ("for three hours of talks",
    /// "for two days of negotiations", "for a round of talks": session 63, consult63), which stands in the talks' place in the
    /// clause as "for talks" does; their matter may hang on the talks inside it or after it on the verb.
    /// </summary>
    private bool IsTalksNoun(int node)
    {
        if (IsTalksLemma(node)) return true;
        return MeasuredTalks(node) != node;
    }

    /// <summary>A matter of the talks at <paramref name="talks"/>: its own "on/over/about" phrase, or one after it on the verb.</summary>
    private bool TopicAfter(int talks, int verb, HashSet<string>? matters = null)
    {
        // Session 65 (talks65, decision 104): "for a new round of normalisation talks", "held boundary talks": a matter
        // compounded with the talks names it as an "on" phrase does (only for a list of matters: any compound is no matter).
        if (matters is not null && MeasuredTalks(talks) is var measured)
            foreach (var c in Children(measured))
                if (RelIs(c, "compound") && c < measured && matters.Contains(_doc.Token(c).Lemma ?? _doc.Token(c).Span.ToString())) return true;
        // "for talks with Jordan's king over the Gaza truce": the matter may hang from the partner.
        for (int m = talks + 1; m < _e; m++)
            if (RelStarts(m, "nmod") && IsTopicCase(m) && InSubtree(m, talks) && IsMatter(m, matters)) return true;
            // "talks on normalising their relations", "talks on restoring inspections": a gerund clause names the matter.
            else if (RelStarts(m, "acl") && Head(m) == talks && MarkOf(m) is "on" or "over" or "about" && IsMatter(m, matters)) return true;
        foreach (var m in Children(verb))
            if (m > talks && RelStarts(m, "obl") && IsTopicCase(m) && IsMatter(m, matters)) return true;
            // "held talks with his Burundian counterpart in Kigali on Friday on reopening their shared border": the parser
            // hangs a gerund matter on the verb as an adverbial clause marked "on" (meet60; gold eb22068).
            else if (m > talks && RelStarts(m, "advcl") && MarkOf(m) is "on" or "over" or "about" && IsMatter(m, matters)) return true;
        return false;
    }

    /// <summary>
    /// "held talks on a reciprocal access agreement", "talks on their disputed border": talks (the trigger's own noun or the
    /// object of its verb) whose matter is a dispute or a deal negotiate it (CAMEO 046) wherever they are held, as the
    /// visit's own talks do (<see cref="TalksOnAMatter"/>); talks on anything else ("on trade", "on energy links") stay 040.
    /// </summary>
    public bool TalksOnADispute(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        if (_doc.Token(node).Lemma is "talk" or "talks") return TopicAfter(node, node, DisputeMatters);
        foreach (var c in Children(node))
        {
            if (RelIs(c, "obj") && _doc.Token(c).Lemma is "talk" or "talks") return TopicAfter(c, node, DisputeMatters);
            // Session 65 (talks65, decision 104): "met in Abu Dhabi for talks on a peace treaty": a meeting held for talks on a
            // dispute is those talks, as "held talks on" is; a meeting "to discuss" a matter stays a meeting.
            if (IsTalksFor(c) && TopicAfter(c, node, DisputeMatters)) return true;
        }
        return false;
    }

    /// <summary>
    /// Session 65 (talks65, decision 104): true when the event at <paramref name="node"/> is talks by its own words: the
    /// talks noun itself ("resumed talks", "a round of talks"), the object of a light verb ("held talks"), or a meeting's
    /// "for talks" phrase ("met in Pretoria for talks", hung on the verb or, as the parser often does, on its subject or
    /// object). A meeting told by "met" or "to discuss" alone names no talks.
    /// </summary>
    public bool NamesTalks(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        if (IsTalksNoun(node)) return true;
        foreach (var c in Children(node))
        {
            if (RelIs(c, "obj") && IsTalksNoun(c)) return true;
            if (IsTalksFor(c)) return true;
            if (RelIs(c, "obj") || RelStarts(c, "obl") || RelStarts(c, "nsubj"))
                foreach (var g in Children(c))
                    if (IsTalksFor(g)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when a meeting verb (or its object, where the parser may hang it) has an "on the sidelines of" phrase: the
    /// meeting is held at a gathering, not in either side's capital by invitation.
    /// </summary>
    public bool OnTheSidelines(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        foreach (var c in Children(node))
        {
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && IsSideline(c)) return true;
            if (RelIs(c, "obj") || RelStarts(c, "obl"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && IsSideline(g)) return true;
        }
        return false;
    }

    private bool IsSideline(int n) => CaseOf(n) is "on" or "at" && _doc.Token(n).Lemma is { } l
        && (l.Equals("sideline", StringComparison.OrdinalIgnoreCase) || l.Equals("sidelines", StringComparison.OrdinalIgnoreCase)
            || l.Equals("margin", StringComparison.OrdinalIgnoreCase) || l.Equals("margins", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a verb's object is talks or negotiations, or a round of them ("hosted a new round of peace talks").</summary>
    public bool HostsTalks(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj")) continue;
            if (_doc.Token(c).Lemma is "talk" or "talks" or "negotiation" or "negotiations") return true;
            if (_doc.Token(c).Lemma is "round" or "session")
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && _doc.Token(g).Lemma is "talk" or "talks" or "negotiation" or "negotiations") return true;
        }
        return false;
    }

    /// <summary>
    /// True when the nominal (or gerund) names a matter of <paramref name="matters"/> (any matter when null): by its head
    /// noun ("the border"), by a "disputed"/"contested" modifier ("over the disputed election": a dispute whatever is
    /// disputed), or, for a gerund, by its object ("restoring inspections", "normalising relations").
    /// </summary>
    private bool IsMatter(int node, HashSet<string>? matters)
    {
        if (matters is null || matters.Contains(_doc.Token(node).Lemma)) return true;
        foreach (var c in Children(node))
        {
            if (RelIs(c, "amod") && _doc.Token(c).Lemma is { } a
                && (a.Equals("disputed", StringComparison.OrdinalIgnoreCase) || a.Equals("contested", StringComparison.OrdinalIgnoreCase)
                    || a.Equals("dispute", StringComparison.OrdinalIgnoreCase) || a.Equals("contest", StringComparison.OrdinalIgnoreCase)))
                return true;
            if (RelIs(c, "obj") && _doc.TokUpos(node) == Upos.VERB && matters.Contains(_doc.Token(c).Lemma)) return true;
        }
        return false;
    }

    /// <summary>Head nouns of matters that talks negotiate: disputes, borders, truces, deals and their terms.</summary>
    private static readonly HashSet<string> DisputeMatters = new(StringComparer.OrdinalIgnoreCase)
    {
        "border", "boundary", "demarcation", "dispute", "ceasefire", "truce", "deal", "agreement", "treaty", "accord", "roadmap",
        "peace", "settlement", "conflict", "war", "hostage", "prisoner", "exchange", "withdrawal", "sovereignty", "claim",
        "territory", "island", "dam", "frontier", "terms", "normalisation", "normalization",
        // A gerund's own verb may name the matter ("on normalising ties"); inspections are the terms of a nuclear deal.
        "normalise", "normalize", "inspection",
        // meet60: talks on the release of detained people are a hostage or prisoner deal (gold eb72084), talks on disarming
        // armed groups the terms of a truce (eb62043).
        "release", "disarm", "disarmament",
    };

    private bool IsTopicCase(int node) => CaseOf(node) is "on" or "over" or "about" or "regarding";

    private int BrokerOn(int node, List<int>? more = null)
    {
        foreach (var c in Children(node))
        {
            if (BrokerCompound(c) is var bc && bc >= 0)
            {
                more?.Clear();
                return bc;
            }
            if ((RelStarts(c, "acl") || RelIs(c, "xcomp")) && _doc.Token(c).Lemma is { } lemma && BrokerVerbs.Contains(lemma))
                foreach (var g in Children(c))
                    // Session 67 (intent67): "in an exchange that Oman had arranged", "a truce which Egypt brokered": the subject
                    // of an active relative clause of a brokering verb on the deal is its broker, as the "by" agent of the
                    // participle is ("an exchange arranged by Oman"). A passive relative's subject is the deal itself.
                    if (RelIs(c, "acl:relcl") && RelIs(g, "nsubj") && ActorOfNode(g) is var rb && rb >= 0)
                    {
                        if (more is not null) { more.Clear(); Conjuncts(g, more); }
                        return rb;
                    }
                    else if ((RelIs(g, "obl:agent") || (RelStarts(g, "obl") && CaseOf(g) == "by")) && ActorOfNode(g) is var a && a >= 0)
                    {
                        // "hosted by Saudi Arabia and the United States": every coordinated broker mediates.
                        if (more is not null) { more.Clear(); Conjuncts(g, more); }
                        return a;
                    }
                    // Session 65 (talks65): "in an exchange arranged with the help of the United Arab Emirates": the one whose
                    // help or mediation a brokering verb names is the broker, as its "by" agent is.
                    else if (RelStarts(g, "obl") && CaseOf(g) == "with" && _doc.Token(g).Lemma is "help" or "assistance" or "mediation")
                        foreach (var o in Children(g))
                            if (RelStarts(o, "nmod") && CaseOf(o) == "of" && ActorOfNode(o) is var ha && ha >= 0)
                            {
                                if (more is not null) { more.Clear(); Conjuncts(o, more); }
                                return ha;
                            }
            if (UnderMediationPhrase(c, more) is var um && um >= 0) return um;
        }
        return -1;
    }

    /// <summary>The mediator of an "under the mediation of X" / "under Qatari mediation" / "under the auspices of X" phrase
    /// among the children of <paramref name="node"/>; -1 when none names one.</summary>
    private int UnderMediation(int node, List<int>? more)
    {
        foreach (var c in Children(node))
            if (UnderMediationPhrase(c, more) is var um && um >= 0) return um;
        return -1;
    }

    /// <summary>The mediator named by <paramref name="c"/> when it is an "under the auspices of X", "under the mediation of X"
    /// or "under Qatari mediation" phrase; -1 otherwise.</summary>
    private int UnderMediationPhrase(int c, List<int>? more)
    {
        if (!(RelStarts(c, "obl") && CaseOf(c) == "under" && _doc.Token(c).Lemma is { } head
            && (head.StartsWith("auspice", StringComparison.OrdinalIgnoreCase) || head.Equals("mediation", StringComparison.OrdinalIgnoreCase))))
            return -1;
        foreach (var g in Children(c))
            if (RelStarts(g, "nmod") && CaseOf(g) == "of" && ActorOfNode(g) is var a && a >= 0)
            {
                if (more is not null) { more.Clear(); Conjuncts(g, more); }
                return a;
            }
        // "resumed talks in Doha under Qatari mediation", "met in Nairobi under Kenyan mediation", "under African Union
        // auspices": the mediator named by the demonym or name that modifies the head (meet60; gold eb75022, eb63019).
        foreach (var g in Children(c))
            if ((RelIs(g, "amod") || RelIs(g, "compound")) && ActorOfNode(g) is var ma && ma >= 0)
            {
                more?.Clear();
                return ma;
            }
        return -1;
    }

    /// <summary>
    /// "a UAE-brokered swap", "the U.S.-brokered ceasefire", "EU-mediated talks": the go-between named in a broker compound
    /// on a noun (the modifier <paramref name="modifier"/>), written as one token the actor stage read as the broker, or split
    /// by the tokenizer into name, hyphen and participle. -1 when the modifier is no such compound.
    /// </summary>
    private int BrokerCompound(int modifier) =>
        RelIs(modifier, "amod") || RelIs(modifier, "compound") ? BrokerCompoundWord(modifier) : -1;

    /// <summary>The go-between named by the broker compound ending at token <paramref name="modifier"/>, whatever the tree
    /// made of it; -1 when the token ends no broker compound.</summary>
    private int BrokerCompoundWord(int modifier)
    {
        var text = _doc.Token(modifier).Text;
        int dash = text.LastIndexOf('-');
        if (dash > 0 && _actorOf[modifier] >= 0 && CompoundBrokerWords.Contains(text[(dash + 1)..].ToString())) return _actorOf[modifier];
        if (modifier - 2 >= _f && CompoundBrokerWords.Contains(text.ToString()) && _doc.Token(modifier - 1).Text is "-"
            && _actorOf[modifier - 2] is var a && a >= 0 && _doc.Actors[a].Tokens.EndToken == modifier - 1)
            return a;
        return -1;
    }

    /// <summary>Participles of a go-between in a broker compound ("-brokered"); "-backed" and "-sponsored" name a sponsor.</summary>
    private static readonly HashSet<string> CompoundBrokerWords = new(StringComparer.OrdinalIgnoreCase) { "brokered", "mediated", "hosted", "facilitated" };

    /// <summary>How <see cref="VerbSource"/> says that the tree names the doer and it is no actor: no other heuristic
    /// may then lend the verb a source.</summary>
    public const string NonActorAgent = "tree:non-actor-agent";

    /// <summary>Nouns of a force leaving a place, whose "of" phrase names the force that leaves.</summary>
    private static readonly HashSet<string> RetreatNouns = new(StringComparer.OrdinalIgnoreCase) { "withdrawal", "pullout", "pull-out", "drawdown" };

    /// <summary>A fighting force: a military or a rebel group (MIL, REB).</summary>
    private static bool IsArmedForce(ActorMention m) =>
        m.Code is { } c && (c.EndsWith("MIL", StringComparison.Ordinal) || c.EndsWith("REB", StringComparison.Ordinal));

    /// <summary>Verbs of going back to something, whose "to" phrase names what the subject resumes.</summary>
    private static readonly HashSet<string> ReturnVerbs = new(StringComparer.OrdinalIgnoreCase) { "return", "go", "come" };

    /// <summary>Verbs of asking and telling whose addressee does what their "to"-infinitive says.</summary>
    private static readonly HashSet<string> AppealControlVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "appeal", "prevail", "urge", "ask", "press", "encourage", "invite", "tell", "order", "implore", "exhort", "request",
    };

    /// <summary>Words for parties a sentence addresses without naming them ("both sides", "all parties", "them").</summary>
    private static readonly HashSet<string> PartyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "side", "party", "both", "all", "each", "everyone", "everybody", "they", "them", "those", "others", "belligerent", "rival",
    };

    /// <summary>Nouns of bodies that act (a mission, a coalition, a unit) and of people: not actors the lexicon codes, but
    /// agents of the participle that modifies them, or of a clause they control as a verb's object ("to reinforce a mission
    /// fighting gangs").</summary>
    private static readonly HashSet<string> AgentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "mission", "force", "coalition", "alliance", "group", "unit", "team", "contingent", "battalion", "brigade", "division",
        "company", "firm", "consortium", "network", "body", "panel", "committee", "commission", "delegation", "convoy", "fleet",
        // people the lexicon does not code ("killed dozens of people protesting against the results": the people protest,
        // not the forces that killed them)
        "people", "person", "man", "woman", "youth", "crowd", "individual", "child", "family", "mob",
    };

    /// <summary>Nouns of measures that can "target", "hit" or "affect" someone without anyone doing violence.</summary>
    private static readonly HashSet<string> MeasureNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "sanction", "measure", "package", "tariff", "law", "bill", "ban", "restriction", "rule", "regulation", "decree",
        "order", "resolution", "embargo", "levy", "tax", "duty", "curb", "control", "legislation", "amendment", "policy",
    };

    /// <summary>Instruments of a legislature or government that are no event by themselves.</summary>
    private static readonly HashSet<string> LawNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "law", "bill", "decree", "order", "ordinance", "regulation", "legislation", "amendment", "resolution", "directive",
    };

    /// <summary>Verbs by which an actor makes a law or decree ("passed", "signed", "adopted").</summary>
    private static readonly HashSet<string> LawMakingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "pass", "adopt", "approve", "sign", "enact", "issue", "introduce", "publish", "ram",
    };

    /// <summary>The actor that made the law noun <paramref name="law"/>: the subject of the verb of making whose object it
    /// is ("parliament passed a law ..."), else -1.</summary>
    private int MeasureMaker(int law)
    {
        if (law < _f || law >= _e || _doc.Token(law).Lemma is not { } l || !LawNouns.Contains(l) || !RelIs(law, "obj")) return -1;
        int made = Head(law);
        if (made < 0 || _doc.Token(made).Lemma is not { } ml || !LawMakingVerbs.Contains(ml)) return -1;
        foreach (var c in Children(made))
            if (RelIs(c, "nsubj") && ActorOfNode(c) is var a && a >= 0) return a;
        return -1;
    }

    /// <summary>Verbs of judging and speaking whose doer is a speaker, never a measure (<see cref="MeasureDoer"/>).</summary>
    private static readonly HashSet<string> SpeakersOnlyVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "accuse", "blame", "say", "describe", "condemn", "denounce", "criticise", "criticize",
    };

    private bool IsMeasureNoun(int t) => t >= _f && t < _e && _doc.Token(t).Lemma is { } l && MeasureNouns.Contains(l);

    /// <summary>True when the participle <paramref name="v"/> modifies a measure noun (<paramref name="h"/> itself, for
    /// a reduced relative), or follows, as an adverbial clause, a verb whose object is a measure or a package "of" them.</summary>
    private bool MeasureDoer(int v, int h)
    {
        if (Rel(v) == "acl") return IsMeasureNoun(h);
        if (!IsVerbal(h)) return false;
        // "raised its tariffs on Colombian goods, accusing Bogota of ...", "imposed sanctions, calling the vote a sham": a
        // participle clause of judging or speaking beside the act is said by whoever imposed the measure; a measure may
        // target or ban but accuses or blames no one.
        if (_doc.Token(v).Lemma is { } jl && SpeakersOnlyVerbs.Contains(jl)) return false;
        foreach (var c in Children(h))
        {
            if (!RelIs(c, "obj") || c > v) continue;
            if (IsMeasureNoun(c)) return true;
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "of" && IsMeasureNoun(g)) return true;
        }
        return false;
    }

    private bool IsAgentNoun(int noun) => _doc.Token(noun).Lemma is { } l && AgentNouns.Contains(l);

    private bool HasCommaBetween(int a, int b)
    {
        for (int t = Math.Min(a, b) + 1; t < Math.Max(a, b); t++)
            if (_doc.Token(t).Span.Equals(",", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <remarks>"arrange" (meet60): "a swap arranged by Saudi Arabia and the Red Cross" is a go-between's act as "brokered by" is; it
    /// is read only on a meeting, a deal, a swap or talks, where the one who arranged it stands between the sides.</remarks>
    private static readonly HashSet<string> BrokerVerbs = new(StringComparer.OrdinalIgnoreCase) { "broker", "mediate", "facilitate", "sponsor", "host", "arrange" };

    /// <summary>True when <paramref name="verb"/> is coordinated (through conj links only) with the verb whose subject is
    /// <paramref name="subjectNode"/>: "the State Department said ... and urged China": the sayer also urged.</summary>
    public bool CoordinatedWithSubjectVerb(int verb, int subjectNode)
    {
        if (!Parsed || verb < _f || verb >= _e || subjectNode < _f || subjectNode >= _e) return false;
        int owner = Head(subjectNode);
        // "Ruto thanked Erdogan for his mediation and said …": the reporter is the event verb's own subject.
        if (verb == owner) return true;
        // "…, Tusk said on Tuesday, blaming Russian intelligence": a participle clause on the speech verb is the speaker's act.
        if (RelIs(verb, "advcl") && _doc.Token(verb).Xpos == "VBG" && Head(verb) == owner && MarkOf(verb) is null) return true;
        for (int v = verb, step = 0; v >= 0 && step < MaxClimb && RelIs(v, "conj"); step++)
        {
            int h = Head(v);
            v = h >= 0 && ReportCoordinatedWith(v, h) is var rep && rep >= 0 ? rep : h;
            if (v == owner) return true;
        }
        return false;
    }

    /// <summary>
    /// The "that" clause of a denial verb ("denied that Cambodian troops had laid landmines on the Thai side"), also when the
    /// parser hung it on the verb's time phrase ("denied on Friday that ..."): the actor its subject names (the doer of the
    /// act denied) and the first other actor inside it (whom the act would have harmed; a country adjective will do).
    /// False when the verb has no such clause.
    /// </summary>
    public bool DeniedClause(int verb, out int doer, out int victim)
    {
        doer = -1; victim = -1;
        if (!Parsed || verb < _f || verb >= _e) return false;
        int clause = -1;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "ccomp")) { clause = c; break; }
            if (RelStarts(c, "obl"))
                foreach (var cc in Children(c))
                    if (RelIs(cc, "ccomp") && MarkOf(cc) == "that") { clause = cc; break; }
            if (clause >= 0) break;
        }
        if (clause < 0) return false;
        foreach (var c in Children(clause))
            if (RelIs(c, "nsubj") || RelIs(c, "nsubj:pass")) { doer = ActorOfNode(c); break; }
        victim = DeniedActVictim(clause, doer);
        return true;
    }

    /// <summary>
    /// Whom the denied act told by <paramref name="clause"/> would have harmed: the first actor inside the clause other than
    /// its <paramref name="doer"/>, one that is not a modifier before one that is; -1 when there is none. Session 61
    /// (stmt61, decision 082): "denied that it had allowed foreign troops to cross its territory", "denied a report that
    /// Riyadh had agreed to host US troops": a denied agreement, permission or plan harmed no one, and the side it would
    /// have favoured is no target, so such a clause has no victim.
    /// </summary>
    private int DeniedActVictim(int clause, int doer)
    {
        if (_doc.Token(clause).Lemma is { } agreed && ConsentVerbs.Contains(agreed)) return -1;
        int modifierVictim = -1;
        for (int t = _f; t < _e; t++)
        {
            int a = _actorOf[t];
            if (a < 0 || a == doer || !InSubtree(t, clause)) continue;
            if (!_doc.Actors[a].IsModifier) return a;
            if (modifierVictim < 0) modifierVictim = a;
        }
        return modifierVictim;
    }

    /// <summary>Nouns of a charge or report whose "that" clause tells the act charged ("the claim that officers had spied on
    /// reporters", "reports that its jets had struck a market").</summary>
    private static readonly HashSet<string> ContentChargeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "claim", "allegation", "accusation", "charge", "report", "suggestion", "assertion",
    };

    /// <summary>Verbs of agreeing, permitting and planning: what they would have done is done to no one, so a denial of
    /// them has no victim to be aimed at (decision 082).</summary>
    private static readonly HashSet<string> ConsentVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "agree", "allow", "permit", "plan", "intend", "consent",
    };

    /// <summary>Verbs by which a relative clause on a charge noun tells who made the charge ("the claims that Kyiv made about
    /// the strike"): such a clause is no content clause, whatever label the parser gave its "that".</summary>
    private static readonly HashSet<string> ChargeMakingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "make", "level", "raise", "publish", "spread", "circulate", "repeat", "file", "bring", "voice", "post", "air",
    };

    /// <summary>
    /// Session 61 (stmt61, decision 082): "rejected claims that Vietnamese fishing boats had entered Indonesian waters",
    /// "rejected the claim that officers had spied on reporters": the "that" clause of a charge noun (<see
    /// cref="ContentChargeNouns"/>) that the denial verb <paramref name="verb"/> takes as its object is the act denied, as a
    /// "that" clause of the verb itself is (<see cref="DeniedClause"/>). Gives the actor the clause's subject names (the doer
    /// of the denied act) and the first other actor inside it (whom the act would have harmed). False when the object names
    /// the charge's maker ("rejected Pakistan's claim that ...", "the allegation by a US congressman that ..."): a denial
    /// answers its accuser first (decision 063), and the caller keeps that target. Invariants: the clause is marked by "that"
    /// and has a subject of its own after the noun; a clause whose verb makes the charge ("the claims that Kyiv made") is a
    /// relative clause about the charge, not what it says.
    /// </summary>
    public bool DeniedChargeContent(int verb, out int doer, out int victim)
    {
        doer = -1; victim = -1;
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var noun in Children(verb))
        {
            if (!RelIs(noun, "obj") || _doc.Token(noun).Lemma is not { } nl || !ContentChargeNouns.Contains(nl)) continue;
            bool maker = false;
            foreach (var m in Children(noun))
                if ((RelIs(m, "nmod:poss") || (RelStarts(m, "nmod") && MarkOf(m) is "by" or "from")) && (ActorOfNode(m) >= 0 || HoldsActor(m))) maker = true;
            if (maker) return false;
            foreach (var clause in Children(noun))
            {
                if (!(RelIs(clause, "acl") || RelIs(clause, "acl:relcl")) || !IsVerbal(clause) || clause < noun) continue;
                if (_doc.Token(clause).Lemma is { } cl && ChargeMakingVerbs.Contains(cl)) continue;
                bool that = false; int subject = -1;
                foreach (var c in Children(clause))
                {
                    if (RelIs(c, "mark") && _doc.Token(c).Span.Equals("that", StringComparison.OrdinalIgnoreCase)) that = true;
                    if ((RelIs(c, "nsubj") || RelIs(c, "nsubj:pass")) && c > noun) subject = c;
                }
                if (!that || subject < 0) continue;
                doer = ActorOfNode(subject);
                victim = DeniedActVictim(clause, doer);
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="subject"/> follows a "with" that the parser made the marker of the finite past-tense
    /// verb <paramref name="v"/> (an impossible absolute clause: "... with X and Y and urged Z").</summary>
    private bool WithMarkedSubject(int v, int subject)
    {
        if (_doc.Token(v).Xpos != "VBD") return false;
        foreach (var m in Children(v))
            if (m < subject && RelIs(m, "mark") && _doc.Token(m).Span.Equals("with", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The reporting verb that an active finite verb <paramref name="v"/>, parsed as a conjunct of the clause
    /// <paramref name="h"/> that the report governs, is really coordinated with: when <paramref name="h"/> is passive
    /// ("The UN said 150 civilians had been killed and called on both sides to ..."), or when <paramref name="v"/> is an
    /// act only a speaker does (<see cref="ReporterActVerbs"/>) and the subject of <paramref name="h"/> is a thing ("said
    /// the trial raised serious concerns and called on Chad to ..."). -1 when the parse is to be believed.
    /// </summary>
    private int ReportCoordinatedWith(int v, int h)
    {
        if (InterruptedClauseOf(v, h) is var interrupted && interrupted >= 0) return interrupted;
        // the report's clause may be a copular predicate as well as a verb ("said the text was
        // one-sided and accused Britain of ...", "said the vote had been peaceful and called on the opposition to ...").
        if (!(IsVerbal(h) || AnyChild(h, "cop")) || IsPassive(v) || _doc.Token(v).Xpos is not ("VBD" or "VBZ" or "VBP") || !RelIs(h, "ccomp")) return -1;
        int rep = Head(h);
        if (rep < 0 || !IsVerbal(rep) || IsPassive(rep)) return -1;
        if (IsVerbal(h) && IsPassive(h)) return rep;
        // "The UN rights chief said the trial raised serious concerns and called on Chad to release X": a verb of appealing,
        // accusing or condemning coordinated inside a report whose subject is a thing (a trial, a move, the attack) is the
        // reporter's act, not the thing's; a thing does not call on anyone. Only reports ("said"), only such verbs.
        if (_doc.Token(rep).Lemma is not { } rl || !SpeechVerbs.Contains(rl) || _doc.Token(v).Lemma is not { } vl || !ReporterActVerbs.Contains(vl)) return -1;
        foreach (var c in Children(h))
            if (RelIs(c, "nsubj") && c < h && _doc.Token(c).Xpos is "NN" or "NNS" && ActorOfNode(c) < 0 && !HoldsActor(c)) return rep;
        return -1;
    }

    /// <summary>
    /// The clause that an active finite verb <paramref name="v"/> really continues when the parser coordinated it with a
    /// stretch of text that only interrupts that clause: a media report set in between commas ("Mali's junta arrested two
    /// generals, state television reported, and accused France of backing them": the junta accuses, not the broadcaster), or
    /// a quotation ("said the authorities had \"stood by while a mob attacked a mission\" and demanded an apology": the
    /// speaker demands, not the mob inside the quote). -1 when <paramref name="h"/> is no such interruption.
    /// Invariant: the clause returned lies before <paramref name="v"/> and outside the interruption, so the climb in
    /// <see cref="VerbSource"/> only moves up the tree.
    /// </summary>
    private int InterruptedClauseOf(int v, int h)
    {
        if (h < 0 || h >= v || IsPassive(v) || _doc.Token(v).Xpos is not ("VBD" or "VBZ" or "VBP")) return -1;
        // A parenthetical report: only a news outlet's. "Russia struck Kyiv, Ukraine's army said, and called for air
        // defences" may well be the army's call; an outlet reports and does not act.
        if (RelIs(h, "parataxis") && _doc.Token(h).Lemma is { } rl && SpeechVerbs.Contains(rl) && Head(h) is var told && told >= 0 && told < h
            && IsVerbal(told) && !IsPassive(told) && HasCommaBetween(h, v))
        {
            foreach (var c in Children(h))
                if (RelIs(c, "nsubj") && ActorOfNode(c) is var reporter && reporter >= 0
                    && _doc.Actors[reporter].Code is { } rc && rc.EndsWith("MED", StringComparison.Ordinal))
                    return told;
            return -1;
        }
        // A quotation: the verb after the closing mark continues the clause that holds the quote.
        if (InsideQuotation(h) && !InsideQuotation(v))
            for (int a = Head(h), guard = 0; a >= 0 && guard < MaxClimb; a = Head(a), guard++)
                if (!InsideQuotation(a)) return IsVerbal(a) && a < v ? a : -1;
        return -1;
    }

    /// <summary>True when token <paramref name="t"/> lies between an opening and a closing quotation mark of the sentence
    /// (straight marks pair in order; curly ones open and close).</summary>
    private bool InsideQuotation(int t)
    {
        bool open = false;
        for (int k = _f; k < t && k < _e; k++)
        {
            var sp = _doc.Token(k).Span;
            if (sp.Equals("\"", StringComparison.Ordinal)) open = !open;
            else if (sp.Equals("\u201C", StringComparison.Ordinal)) open = true;
            else if (sp.Equals("\u201D", StringComparison.Ordinal)) open = false;
        }
        return open;
    }

    /// <summary>Verbs of acts only a speaker does (appeals, demands, accusations, condemnation, promises): a thing named as
    /// the subject of a report cannot do them.</summary>
    private static readonly HashSet<string> ReporterActVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "urge", "appeal", "ask", "demand", "press", "accuse", "blame", "condemn", "denounce", "criticise", "criticize",
        "warn", "vow", "pledge", "promise", "threaten", "reject", "deny", "welcome", "praise", "thank",
    };

    /// <summary>True when the trigger (or the verb it is the object of, or the trigger verb's object) has an "into" phrase of
    /// open water ("fired missiles into the sea", "launched a rocket into the waters off its coast"); with
    /// <paramref name="overOrToward"/> (session 68, posture68: missiles and shells, not drones, which fly over a sea to a target
    /// the article names) also a "toward(s)", "over" or "across" phrase of a sea ("launched two missiles toward the Sea of Japan",
    /// "fired cruise missiles over the Yellow Sea"): a launch whose only goal is open water hits no one.</summary>
    public bool FiredIntoTheSea(int node, bool overOrToward = false)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        if (FiredIntoOpenWater(node, false)) return true;
        return overOrToward && FiredIntoOpenWater(node, true) && !AimedPastTheSea(node);
    }

    /// <summary>True when a phrase of direction or target other than open water ("toward Israel", "at a tanker", "on Kyiv")
    /// hangs on the verb or its fired object: the sea is then only the way the launch went.</summary>
    private bool AimedPastTheSea(int node)
    {
        int verb = RelIs(node, "obj") && Head(node) >= 0 ? Head(node) : node;
        var fired = new List<int> { verb };
        foreach (var c in Children(verb)) if (RelIs(c, "obj")) fired.Add(c);
        foreach (var v in fired)
            foreach (var c in Children(v))
                if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is { } prep && AimPrepositions.Contains(prep)
                    && !(_doc.Token(c).Lemma is { } l && OpenWater.Contains(l))
                    && !(prep == "on" && (_doc.Token(c).Upos != Upos.PROPN || CalendarNames.Contains(_doc.Token(c).Span.ToString()))))
                    return true;
        return false;
    }

    private bool FiredIntoOpenWater(int node, bool overOrToward)
    {
        for (int v = node, step = 0; v >= 0 && step < 2; v = Head(v), step++)
        {
            foreach (var c in Children(v))
            {
                if (RelStarts(c, "obl") || RelStarts(c, "nmod"))
                    if (IntoOpenWater(CaseOf(c), overOrToward) && _doc.Token(c).Lemma is { } l && OpenWater.Contains(l)) return true;
                // "had fired two missiles into the sea": the parser may hang the "into" phrase on the fired object rather
                // than on the verb; the launch is still into open water (session 54).
                if (step == 0 && RelIs(c, "obj"))
                    foreach (var g in Children(c))
                        if (RelStarts(g, "nmod") && IntoOpenWater(CaseOf(g), overOrToward) && _doc.Token(g).Lemma is { } gl && OpenWater.Contains(gl)) return true;
            }
            if (!RelIs(v, "obj")) break;
        }
        return false;
    }

    private static readonly HashSet<string> OpenWater = new(StringComparer.OrdinalIgnoreCase) { "sea", "ocean", "water", "waters" };

    /// <summary>The prepositions that send a launch into open water: "into", and with <paramref name="overOrToward"/> also
    /// "toward(s)", "over" and "across".</summary>
    private static bool IntoOpenWater(string? prep, bool overOrToward) =>
        prep == "into" || overOrToward && prep is "toward" or "towards" or "over" or "across";

    /// <summary>
    /// True when a launch of missiles (the trigger verb, or the verb whose object the trigger noun is) is aimed at nothing:
    /// no phrase of direction or target ("at", "on", "onto", "toward(s)", "against", "across", "into", "over") hangs on the
    /// verb or on the fired object, and no drone is fired with the missiles ("launched 400 drones and missiles", a barrage
    /// whose target the article told before), no "overnight" and no count of ten or more ("launched 40 missiles overnight" is a
    /// barrage whose target goes untold). "launched an intercontinental ballistic missile on Friday" (a time phrase is no
    /// direction: "on" counts only before a name) is a weapons test.
    /// </summary>
    public bool LaunchAimedAtNothing(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        int verb = RelIs(node, "obj") && Head(node) >= 0 ? Head(node) : node;
        var fired = new List<int> { verb };
        foreach (var c in Children(verb)) if (RelIs(c, "obj")) fired.Add(c);
        foreach (var v in fired)
            foreach (var c in Children(v))
            {
                if ((RelStarts(c, "obl") || RelStarts(c, "nmod") || RelStarts(c, "advmod")) && CaseOf(c) is { } prep && AimPrepositions.Contains(prep))
                {
                    // "on Friday", "on a steep trajectory": "on" aims only at a name ("fired missiles on Kyiv").
                    if (prep == "on" && (_doc.Token(c).Upos != Upos.PROPN || CalendarNames.Contains(_doc.Token(c).Span.ToString()))) continue;
                    return false;
                }
                if (RelIs(c, "advmod") && _doc.Token(c).Lemma is "across" or "toward" or "towards") return false;
                // "launched 40 missiles overnight": a night's barrage of ten or more is an attack told without its target.
                if (_doc.Token(c).Span.Equals("overnight", StringComparison.OrdinalIgnoreCase)) return false;
                if (v != verb && RelIs(c, "nummod") && int.TryParse(_doc.Token(c).Span.ToString().Replace(",", ""), out int n) && n >= 10) return false;
                if (v != verb && RelIs(c, "conj") && _doc.Token(c).Lemma is "drone") return false;
                if (v != verb && RelIs(c, "nmod") && _doc.Token(c).Lemma is "drone") return false;
            }
        // "launched 400 drones and 18 missiles": the missiles may be the conjunct of a drone object.
        foreach (var c in Children(verb))
            if (RelIs(c, "obj") && _doc.Token(c).Lemma is "drone") return false;
        return true;
    }

    private static readonly HashSet<string> CalendarNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly HashSet<string> AimPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "on", "onto", "toward", "towards", "against", "across", "into", "over",
    };

    /// <summary>True when the verb is the clause of a free relative "what" ("what it called ...").</summary>
    private bool IsFreeRelative(int verb)
    {
        if (Head(verb) is var w && w >= 0 && RelStarts(verb, "acl") && _doc.Token(w).Span.Equals("what", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var c in Children(verb))
            if (c < verb && _doc.Token(c).Span.Equals("what", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Verbs whose "as" phrase says what the object is judged to be ("denounced the drills as a rehearsal").</summary>
    private static readonly HashSet<string> JudgingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "denounce", "condemn", "criticize", "criticise", "dismiss", "reject", "hail", "praise", "welcome", "portray",
        "characterize", "characterise", "depict", "cast", "paint", "treat", "interpret", "frame", "justify", "decry", "slam",
    };

    private static readonly HashSet<string> NamingVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "call", "consider", "label", "brand", "describe", "term", "deem", "declare", "name", "dub", "see", "view", "regard", "designate" };

    /// <summary>
    /// True when the verb names whom it asks or orders, and that one is no actor: an object followed by a "to" clause
    /// ("ordered the exchange to improve its operations", "urged the company to pay"). The addressee is named, so it is
    /// not the speaker's own government by default.
    /// </summary>
    public bool AddresseeNotActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        int obj = -1; bool to = false;
        foreach (var c in Children(verb))
        {
            if (RelIs(c, "obj") || RelIs(c, "iobj")) obj = c;
            else if (RelIs(c, "xcomp") && MarkOf(c) == "to") to = true;
        }
        return obj >= 0 && to && ActorOfNode(obj) < 0;
    }

    /// <summary>Pronouns that name whoever does something, no one in particular: "anyone who joins", "those who block roads".</summary>
    private static readonly HashSet<string> IndefinitePersons = new(StringComparer.OrdinalIgnoreCase)
        { "anyone", "anybody", "those", "whoever", "everyone", "everybody", "whomever" };

    /// <summary>
    /// True when the verb is a passive whose subject is an indefinite person pronoun that no actor names ("anyone who joins
    /// the rallies will be arrested", "those who block roads would be prosecuted"): the people a warning threatens.
    /// </summary>
    public bool PassiveSubjectIsIndefinitePerson(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj:pass") && ActorOfNode(c) < 0 && IndefinitePersons.Contains(_doc.Token(c).Lemma ?? ""))
                return true;
        return false;
    }

    /// <summary>Modals of obligation: what they govern is asked of its subject, not done ("Russia should withdraw").</summary>
    private static readonly HashSet<string> DeonticModals = new(StringComparer.OrdinalIgnoreCase) { "should", "must", "ought" };

    /// <summary>
    /// The "should", "must" or "ought" that governs the verb, -1 when none: an aux of the verb itself, or of the verb whose
    /// "to" purpose clause, open complement or coordinated verb it is ("the government should instead use the money to
    /// support farmers": "support" under "should use"; "should withdraw and apologise"). Not across a reported clause
    /// (the reporting verb's own modal is not the act's), and not "must have" or "should have" ("must have fired", a
    /// guess about the past; "should have acted", a reproach of the past), nor a negated obligation. A predicate of
    /// necessity over the verb's clause counts as the modal and is returned in its place (see <see cref="NecessityOver"/>).
    /// </summary>
    public int DeonticModal(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        for (int v = verb, step = 0; v >= 0 && step < 4; step++)
        {
            if (NecessityOver(v) is var need and >= 0) return need;
            foreach (var c in Children(v))
                if (RelIs(c, "aux") && DeonticModals.Contains(_doc.Token(c).Span.ToString()))
                {
                    int n = c + 1;
                    while (n < _e && RelIs(n, "advmod")) n++;
                    if (n < _e && _doc.Token(n).Span.Equals("have", StringComparison.OrdinalIgnoreCase)) return -1;
                    return IsNegated(v) ? -1 : c;
                }
            if (!(RelIs(v, "xcomp") || RelIs(v, "conj") || (RelIs(v, "advcl") && MarkOf(v) == "to"))) return -1;
            v = Head(v);
        }
        return -1;
    }

    /// <summary>Predicates of necessity that take an extraposed clause: "it is imperative that X act" and "it is vital for X to
    /// act" ask the act of X as "X must act" does.</summary>
    private static readonly HashSet<string> NecessityPredicates = new(StringComparer.OrdinalIgnoreCase)
    {
        "imperative", "essential", "vital", "crucial", "necessary", "important", "urgent", "critical", "indispensable",
    };

    /// <summary>
    /// The predicate of necessity whose extraposed clause the verb heads, -1 when none: "it is imperative that the
    /// authorities facilitate aid", "said it was vital that Iran return to talks", "it is important for Russia to withdraw"
    /// (the clause is the predicate's csubj or ccomp; "it" is its expletive and "is" its copula). The parser sometimes hangs
    /// a "that" clause after such a predicate on the reporting verb instead ("It is essential that X withdraw, Y said":
    /// both are children of "said", as advcl or ccomp); the predicate before the clause, with its own expletive, then
    /// governs it too, and
    /// a further "that" clause hung on the first ("imperative that X be recognised, that Y provide aid") shares its predicate.
    /// Invariant: a clause told in the past ("it is important that Russia withdrew") or in the perfect is a judgement of a
    /// done act, not an obligation, and a negated predicate ("it is not necessary that") asks nothing: both give -1.
    /// </summary>
    private int NecessityOver(int verb)
    {
        // The tagger reads a bare subjunctive after "that" as a past ("that Russia withdraw": VBD); only a form that differs
        // from its lemma ("withdrew") is told in the past.
        if (!IsVerbal(verb) || (_doc.Token(verb).Xpos is "VBD" && !_doc.Token(verb).Span.Equals(_doc.Token(verb).Lemma ?? "", StringComparison.OrdinalIgnoreCase)))
            return -1;
        foreach (var c in Children(verb))
            if (RelIs(c, "aux") && _doc.Token(c).Lemma is "have" or "do") return -1;
        bool marked = false;
        foreach (var c in Children(verb))
            if (RelIs(c, "mark") && _doc.Token(c).Span.ToString().ToLowerInvariant() is "that" or "to") marked = true;
        if (!marked || Head(verb) is not (var h and >= 0)) return -1;
        int pred = -1;
        if (RelIs(verb, "csubj") || RelIs(verb, "ccomp")) pred = h;
        if (RelIs(verb, "advcl") && NecessityOver(h) is var over and >= 0) return over; // a second "that" clause of the same predicate
        if ((pred < 0 || !NecessityPredicates.Contains(_doc.Token(pred).Lemma ?? "")) && (RelIs(verb, "advcl") || RelIs(verb, "ccomp")))
        {
            pred = -1;
            foreach (var c in Children(h))
                if (c < verb && RelIs(c, "ccomp") && NecessityPredicates.Contains(_doc.Token(c).Lemma ?? "")) pred = c;
        }
        if (pred < 0 || !NecessityPredicates.Contains(_doc.Token(pred).Lemma ?? "") || IsNegated(pred)) return -1;
        bool cop = false, expl = false;
        foreach (var c in Children(pred))
        {
            if (RelIs(c, "cop")) cop = true;
            if (RelIs(c, "expl") || (RelIs(c, "nsubj") && _doc.Token(c).Span.Equals("it", StringComparison.OrdinalIgnoreCase))) expl = true;
        }
        return cop && expl ? pred : -1;
    }

    /// <summary>
    /// True when the verb heads the clause of "the fact that ..." ("The fact that the U.S. expelled 60 diplomats shows ..."):
    /// the clause presupposes its act as known and argues from it; it tells no news of its own. Coordinated verbs of that
    /// clause count too.
    /// </summary>
    public bool InFactClause(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        int v = verb;
        for (int step = 0; step < 3 && RelIs(v, "conj") && Head(v) is var h && h >= 0; step++) v = h;
        return RelIs(v, "acl") && MarkOf(v) == "that" && Head(v) is var noun && noun >= 0
            && string.Equals(_doc.Token(noun).Lemma, "fact", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the verb has a negation ("did not attack", "never met").</summary>
    public bool IsNegated(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        if (NegatedAttempt(verb)) return true;
        foreach (var c in Children(verb))
        {
            if (!(RelIs(c, "advmod") || RelIs(c, "neg") || RelIs(c, "det"))) continue;
            var s = _doc.Token(c).Span;
            if ((s.Equals("not", StringComparison.OrdinalIgnoreCase) && !NotOnly(c)) || s.Equals("n't", StringComparison.OrdinalIgnoreCase)
                || s.Equals("never", StringComparison.OrdinalIgnoreCase) || (RelIs(c, "det") && s.Equals("no", StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when the "not" at <paramref name="not"/> opens "not only ... but": "Russia not only attacked Ukraine but also ...",
    /// "is not being investigated only by Britain but by other countries as well" assert what they say and add more; no
    /// negation. "only", "just", "merely" or "simply" within the next few words, and a "but" after it in the sentence.
    /// </summary>
    public bool NotOnly(int not)
    {
        if (not < _f || not >= _e || !_doc.Token(not).Span.Equals("not", StringComparison.OrdinalIgnoreCase)) return false;
        for (int k = not + 1; k < Math.Min(_e, not + 6); k++)
        {
            var w = _doc.Token(k).Span;
            if (w is "," or ";" or "." ) return false;
            if (!(w.Equals("only", StringComparison.OrdinalIgnoreCase) || w.Equals("just", StringComparison.OrdinalIgnoreCase)
                || w.Equals("merely", StringComparison.OrdinalIgnoreCase) || w.Equals("simply", StringComparison.OrdinalIgnoreCase))) continue;
            for (int b = k + 1; b < _e; b++)
                if (_doc.Token(b).Span.Equals("but", StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
        return false;
    }
}
