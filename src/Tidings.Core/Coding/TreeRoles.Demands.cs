namespace Tidings.Coding;

/// <summary>
/// Tree queries for what demands, threats and protests are about (roots 10, 13, 14): the demanded clause's objects, the
/// noun a protest is against, and whom a threatened response answers. Read by <see cref="DemandContent"/>.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Nouns of a freeing asked for: "demanded the release of", "called for the freeing of", "pressed for the return of".</summary>
    private static readonly HashSet<string> ReleaseNouns = new(StringComparer.OrdinalIgnoreCase) { "release", "freeing", "return" };

    /// <summary>
    /// Whether the actor mention <paramref name="actor"/> names the people a release noun frees: its "of" phrase, through
    /// count nouns ("the release of dozens of activists"), or its possessor ("their release", "Masra's release"). When it
    /// does, <paramref name="holder"/> is the actor a participle on the freed people names as their captor ("four activists
    /// detained by security forces", "the hostages held by Hamas"), else -1; never <paramref name="source"/>. With no captor,
    /// <paramref name="heldIn"/> is the country of the place such a participle names ("two teachers held in Tehran", "children
    /// deported to Russia"), else null.
    /// </summary>
    public bool NamesReleased(int actor, int source, List<Places.PlaceMention> places, out int holder, out string? heldIn)
    {
        holder = -1; heldIn = null;
        if (!Parsed || actor < 0 || actor >= _doc.Actors.Count) return false;
        var span = _doc.Actors[actor].Tokens;
        int node = -1;
        for (int t = Math.Max(_f, span.FirstToken); t < Math.Min(_e, span.EndToken) && node < 0; t++)
            if (Head(t) is var h && (h < span.FirstToken || h >= span.EndToken)) node = t;
        if (node < 0) return false;
        bool freed = false;
        for (int n = node, depth = 0; depth < 3; depth++)
        {
            bool ofPhrase = RelStarts(n, "nmod") && CaseOf(n) == "of";
            if ((!ofPhrase && !RelIs(n, "nmod:poss")) || Head(n) is not (var h and >= 0)) break;
            if (ReleaseNouns.Contains(_doc.Token(h).Lemma ?? "")) { freed = true; break; }
            if (!ofPhrase || !CountNouns.Contains(_doc.Token(h).Lemma ?? "")) break;
            n = h;
        }
        if (!freed) return false;
        if (NounAgent(node, source) is var agent && agent >= 0 && ActorOfNode(agent) is var a && a >= 0 && a != actor) { holder = a; return true; }
        foreach (var g in Children(node))
        {
            if (!RelIs(g, "acl") || _doc.Token(g).Xpos != "VBN") continue;
            foreach (var c in Children(g))
            {
                if (RelStarts(c, "obl") && CaseOf(c) is "in" or "to" && CountryAt(c, places) is { } iso) { heldIn = iso; return true; }
                // "a journalist detained in neighbouring Mali": the parser may read the place's adjective as a gerund that the
                // preposition marks; the place is then that gerund's object, and still where they are held.
                if (RelIs(c, "advcl") && MarkOf(c) is "in" or "to" && _doc.Token(c).Xpos == "VBG")
                    foreach (var o in Children(c))
                        if (RelIs(o, "obj") && CountryAt(o, places) is { } misreadIso) { heldIn = misreadIso; return true; }
            }
        }
        return true;
    }

    /// <summary>Nouns that name a protest or the feeling behind it: "in protest at", "in opposition to", "in anger over".</summary>
    private static readonly HashSet<string> ProtestNouns = new(StringComparer.OrdinalIgnoreCase)
        { "protest", "opposition", "anger", "outrage", "fury", "solidarity", "defiance" };

    /// <summary>Verbs whose "to" clause after a protest says what it is against or for ("blocked roads to protest against").</summary>
    private static readonly HashSet<string> ProtestPurposeVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "protest", "oppose", "denounce", "condemn", "reject", "demand", "press", "demonstrate", "decry", "resist", "challenge" };

    /// <summary>Verbs of asking, pressing and permitting: what their addressee is asked, pressed or allowed to do in the
    /// "to"-infinitive has not been done. Verbs of making and prompting ("forced X to withdraw", "prompting X to impose")
    /// and of ordering stay out: the first tell a done act, and an order's content is coded by its frame.</summary>
    private static readonly HashSet<string> AskingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "urge", "press", "pressure", "push", "ask", "request", "encourage", "invite", "implore", "exhort", "beg", "call", "appeal",
        "allow", "permit", "let", "authorize", "authorise", "enable", "want", "expect",
    };

    /// <summary>
    /// True when <paramref name="node"/> (an event's trigger) lies in a "to"-infinitive whose doer is the addressee of a verb
    /// of asking, pressing or permitting, directly or through further infinitives: "urged China to stop harassing
    /// fishermen", "pressed Kenya to endorse the plan", "urged Beijing to use its influence to persuade Moscow to end the
    /// war", "allowed a Rwandan battalion to deploy", "called on Rwanda to stop supporting the rebels". The addressee is only
    /// asked or allowed; what it would do is no event (gold/README.md: only asserted events count), the asking is (its frame).
    /// The addressee must be the asking verb's object (or the "on" phrase of "call on", "appeal to"): "called the Cambodian
    /// leader to discuss ..." is a call made in order to discuss.
    /// </summary>
    public bool InAskedOrAllowedAct(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        for (int v = node, step = 0; step < 6; step++)
        {
            bool infinitive = RelIs(v, "xcomp") || (RelIs(v, "advcl") && MarkOf(v) == "to" && !HasSubject(v));
            int h = Head(v);
            if (!infinitive || h < 0 || !IsVerbal(h)) return false;
            if (_doc.Token(h).Lemma is { } lemma && AskingVerbs.Contains(lemma))
                foreach (var c in Children(h))
                {
                    if (c > v) break;
                    // "call on X", "appeal to X": the preposition right after the verb; "called the leader on Monday to
                    // discuss" has a date there, no addressee.
                    bool addressee = lemma is "call" or "appeal"
                        ? RelStarts(c, "obl") && CaseOf(c) is "on" or "upon" or "to" && PrepositionRightAfter(h, c)
                        : RelIs(c, "obj") || RelIs(c, "iobj");
                    if (addressee) return true;
                }
            v = h;
        }
        return false;
    }

    /// <summary>Whether the case word of <paramref name="phrase"/> is the word right after <paramref name="verb"/>.</summary>
    private bool PrepositionRightAfter(int verb, int phrase)
    {
        foreach (var c in Children(phrase))
            if (RelIs(c, "case")) return c == verb + 1;
        return false;
    }

    /// <summary>"... or be deregistered", "or be expelled", "or be permanently banned": a penalty told as a passive after
    /// "or" stands where "or face" does. <paramref name="be"/> is the "be" right after "or"; a past participle follows it,
    /// an adverb or two allowed between.</summary>
    private bool PassivePenalty(int be)
    {
        if (!_doc.Token(be).Span.Equals("be", StringComparison.OrdinalIgnoreCase)) return false;
        for (int k = be + 1; k < _e && k <= be + 3; k++)
        {
            if (_doc.Token(k).Xpos == "VBN") return true;
            if (_doc.Token(k).Xpos is not ("RB" or "RBR")) return false;
        }
        return false;
    }

    /// <summary>
    /// An ultimatum: "told Iran to accept the deal or face military action", "gave the rebels ten days to free the hostages
    /// or face an offensive", "ordered residents to leave or face arrest". At a "face" right after "or", the infinitive
    /// before it and the verb that infinitive completes, whose indirect or direct object actor is the one told what to
    /// do. Returns that addressee (or -1), with the telling verb and the demanded infinitive; false when the sentence has
    /// no such shape. The parser hangs "or face" on the infinitive or on a noun inside it, so the infinitive is found by
    /// its words ("to" + base form) and checked in the tree.
    /// </summary>
    public bool Ultimatum(int face, out int tellingVerb, out int demanded, out int addressee)
    {
        tellingVerb = demanded = addressee = -1;
        if (!Parsed || face - 1 < _f || face >= _e || !_doc.Token(face - 1).Span.Equals("or", StringComparison.OrdinalIgnoreCase)
            || !PenaltyAfterOr(face))
            return false;
        for (int k = face - 2; k > _f && face - k <= 14; k--)
        {
            // The tagger may miss the infinitive's verb ("to free", tagged an adjective) and "face" itself: the "to" that
            // marks a clause is the sign.
            if (!_doc.Token(k - 1).Span.Equals("to", StringComparison.OrdinalIgnoreCase) || Head(k - 1) != k || !RelIs(k - 1, "mark")) continue;
            // "or face" belongs to this infinitive when the parse puts it inside the infinitive's phrase.
            // "ordered two diplomats to leave the country or be expelled": the parser may coordinate the penalty's participle with
            // the telling verb instead; it still completes the demand.
            bool inside = InSubtree(face, k) || (Head(face) is var penalty && penalty >= 0 && RelIs(penalty, "conj") && Head(penalty) == Head(k));
            if (!inside) return false;
            int tell = Head(k);
            // "gave the rebels ten days to free ...": a parser may hang the infinitive on the object as its modifier
            // (acl) rather than on the verb; the object's governor is then the telling verb. Both shapes read alike.
            if (InfinitiveOnObject(k) is var governor && governor >= 0) tell = governor;
            else if (Rel(k) is not ("xcomp" or "advcl" or "ccomp")) return false;
            if (tell < _f || !IsVerbal(tell)) return false;
            tellingVerb = tell; demanded = k;
            foreach (var c in Children(tell)) if (RelIs(c, "iobj") && _actorOf[c] >= 0) { addressee = _actorOf[c]; return true; }
            foreach (var c in Children(tell)) if (RelIs(c, "obj") && _actorOf[c] >= 0) { addressee = _actorOf[c]; return true; }
            return true;
        }
        return false;
    }

    /// <summary>
    /// The words after the "or" of an ultimatum name what the one told will suffer: "or face N", "or risk N", or a passive
    /// of what will be done to them, "or be expelled", "or be sacked" (a past participle right after "be"). "or be" with
    /// anything else ("or be part of the solution") names no penalty.
    /// </summary>
    private bool PenaltyAfterOr(int t)
    {
        var lemma = _doc.Token(t).Lemma ?? _doc.Token(t).Span.ToString();
        if (lemma.Equals("face", StringComparison.OrdinalIgnoreCase) || lemma.Equals("risk", StringComparison.OrdinalIgnoreCase)) return true;
        return PassivePenalty(t);
    }

    /// <summary>
    /// Lemmas of a verb's direct objects, of the objects coordinated with them and of their noun and adjective
    /// modifiers ("withdraw its ambassador and troops": ambassador, troops; "improve working conditions": condition,
    /// work). Empty when the tree shows no object.
    /// </summary>
    public void ObjectLemmas(int verb, List<string> lemmas)
    {
        if (!Parsed || verb < _f || verb >= _e) return;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj") || RelIs(c, "nsubj:pass")) NounGroupLemmas(c, lemmas, 0);
    }

    private void NounGroupLemmas(int n, List<string> lemmas, int depth)
    {
        if (_doc.Token(n).Lemma is { } l) lemmas.Add(l.ToLowerInvariant());
        foreach (var c in Children(n))
        {
            if (RelIs(c, "compound") || RelIs(c, "amod")) { if (_doc.Token(c).Lemma is { } m) lemmas.Add(m.ToLowerInvariant()); }
            else if (RelIs(c, "conj") && depth < 3 && IsNounTag(c)) NounGroupLemmas(c, lemmas, depth + 1);
        }
    }

    /// <summary>
    /// The kind of change (k of 14xk, <see cref="DemandContent.ReformKind(string)"/>) a protest is against, over or for,
    /// read from the nouns on its trigger: "rallied against the government's plan" (2), "walked out in protest at the
    /// pension reform" (2), "blocked highways to protest against rising fuel prices" (2), "went on hunger strike to demand
    /// their right to a fair trial" (3), "marched against a constitutional change" (4). 0 when the tree names none.
    /// </summary>
    public int ProtestReasonKind(int trigger)
    {
        if (!Parsed || trigger < _f || trigger >= _e) return 0;
        var reasons = new List<int>();
        // Session 64 (subcode64, decision 098): reasons that are part of an actor's mention count too ("to protest against EU
        // plans", "against the government's budget law" where the mention spans the noun), but only for the policy they name
        // (see below): an actor itself ("against the government", "against parliament") names no change.
        ReasonsOn(trigger, 0, reasons, actors: true);
        // "began a hunger strike to demand medical care": the purpose may hang on the verb the protest noun is the object of.
        if (RelIs(trigger, "obj") && Head(trigger) is var lv && lv >= 0) ReasonsOn(lv, 0, reasons, actors: true);
        // Session 64 (decision 098): "staged a general strike against the labour reform", "held a rally against the plan": the
        // reason may hang on the protest noun the trigger's verb takes as object; "rallied for a third night against the
        // decision": or inside a "for" phrase of time the parser hung it on.
        if (IsVerbal(trigger))
            foreach (var c in Children(trigger))
                if (RelIs(c, "obj") || (RelStarts(c, "obl") && CaseOf(c) == "for"))
                {
                    ReasonsOn(c, 1, reasons, actors: true);
                    // "a strike against Prime Minister X's pension reforms": the parser may give "against" to the possessor,
                    // leaving the reason noun with no case of its own; the phrase's first word still says what it is.
                    foreach (var g in Children(c))
                        if (RelStarts(g, "nmod") && CaseOf(g) is null && FirstOfSubtree(g) is var gf && gf >= _f && gf < g
                            && _doc.Token(gf).Span.ToString().ToLowerInvariant() is "against" or "over")
                            reasons.Add(g);
                }
        // "clashed with police and set parliament on fire over tax increases": the reason may hang on a coordinated verb.
        // The parser often hangs the coordinated verb on the first verb's last noun ("with police and set ...").
        if (IsVerbal(trigger))
            foreach (var c in Children(trigger))
            {
                if (RelIs(c, "conj") && IsVerbal(c)) ReasonsOn(c, 0, reasons);
                else if (RelStarts(c, "obl") || RelIs(c, "obj"))
                    foreach (var g in Children(c))
                        if (RelIs(g, "conj") && IsVerbal(g)) ReasonsOn(g, 0, reasons);
            }
        var modifiers = new List<string>();
        foreach (var r in reasons)
        {
            if (_doc.Token(r).Lemma is not { } head) continue;
            modifiers.Clear();
            foreach (var c in Children(r))
                if ((RelIs(c, "compound") || RelIs(c, "amod")) && _doc.Token(c).Lemma is { } m) modifiers.Add(m.ToLowerInvariant());
            int k = ProtestPolicyKind(head.ToLowerInvariant(), modifiers);
            // An actor's own mention names no change unless its head names a policy (decision 098); what it is "of" still may
            // ("against the government's overhaul of labour law").
            bool actor = _actorOf[r] >= 0;
            if (k > 0 && (!actor || k == 2)) return k;
            // "to demand an end to their solitary confinement", "the scrapping of the exam rules": what an act of ending or
            // changing is about; "in protest at a rise in diesel prices": what a rise is of.
            bool rise = head.ToLowerInvariant() is "rise" or "increase" or "hike" or "jump" or "surge";
            foreach (var c in Children(r))
            {
                if (!RelStarts(c, "nmod") || (CaseOf(c) is not ("to" or "of" or "on") && !(rise && CaseOf(c) == "in")) || _actorOf[c] >= 0 || _doc.Token(c).Lemma is not { } inner) continue;
                modifiers.Clear();
                foreach (var g in Children(c))
                    if ((RelIs(g, "compound") || RelIs(g, "amod")) && _doc.Token(g).Lemma is { } m) modifiers.Add(m.ToLowerInvariant());
                k = ProtestPolicyKind(inner.ToLowerInvariant(), modifiers);
                if (k > 0 && (!actor || k == 2)) return k;
            }
        }
        return 0;
    }

    /// <summary>
    /// True when the demand whose trigger head is <paramref name="demand"/> asks for pay: its object, or what that object is
    /// "of", is a wage, salary, pay, allowance, bonus or arrears, by its head or a compound ("to demand higher pay", "a 20
    /// percent pay rise", "the payment of months of unpaid wages"). A protest for it keeps its bare code (decision 098: a
    /// wage claim asks money of the payer, not a change of policy).
    /// </summary>
    public bool DemandsPay(int demand)
    {
        if (!Parsed || demand < _f || demand >= _e) return false;
        foreach (var c in Children(demand))
        {
            // "to demand a 15 percent pay rise": the parser may read "pay" as a verb whose object is the rise.
            if (RelIs(c, "xcomp") && _doc.Token(c).Lemma is "pay")
                foreach (var g in Children(c))
                    if (RelIs(g, "obj") && _doc.Token(g).Lemma is "rise" or "increase" or "hike" or "raise") return true;
            // "to demand that their salaries be paid in dollars": the pay is the demanded clause's subject.
            if (RelIs(c, "ccomp"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nsubj") && NamesPay(g)) return true;
            if (!RelIs(c, "obj") && !(RelStarts(c, "obl") && CaseOf(c) == "for")) continue;
            if (NamesPay(c)) return true;
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "of" && NamesPay(g)) return true;
        }
        return false;

        bool NamesPay(int n)
        {
            // "to demand a new minimum wage": a minimum wage is a policy the state sets (14x2), not one payer's wage.
            foreach (var m in Children(n))
                if (RelIs(m, "amod") && _doc.Token(m).Lemma is { } al && al.Equals("minimum", StringComparison.OrdinalIgnoreCase)) return false;
            if (_doc.Token(n).Lemma is { } l && PayNouns.Contains(l)) return true;
            foreach (var m in Children(n))
                if (RelIs(m, "compound") && _doc.Token(m).Lemma is { } ml && PayNouns.Contains(ml)) return true;
            return false;
        }
    }

    /// <summary>What workers are paid (decision 098).</summary>
    private static readonly HashSet<string> PayNouns = new(StringComparer.OrdinalIgnoreCase)
        { "wage", "salary", "pay", "bonus", "allowance", "arrears", "paycheck", "overtime" };

    /// <summary>
    /// The kind of change (k of 14xk) a protest's reason noun names: <see cref="DemandContent.ReformKind(string, IEnumerable{string})"/>,
    /// and, for protests only, a decision protested ("rallied against the government's decision to suspend EU accession
    /// talks": 14x2, decision 098). The protesters' own pay names none: a wage claim is the bare 14x (decision 098).
    /// </summary>
    private static int ProtestPolicyKind(string head, List<string> modifiers)
    {
        int k = DemandContent.ReformKind(head, modifiers);
        if (k == 0 && head is "decision") k = 2;
        // "to demand a higher minimum wage": a minimum wage is a policy the state sets (decision 098).
        if (k == 0 && head is "wage" && modifiers.Contains("minimum")) k = 2;
        return k;
    }

    /// <summary>
    /// The actor whose act or thing a protest is against: "marched to protest against EU trade deals" → the EU, "rallied
    /// against Israel's offensive" → Israel. -1 when the reason names none.
    /// </summary>
    public int ProtestReasonActor(int trigger)
    {
        if (!Parsed || trigger < _f || trigger >= _e) return -1;
        var reasons = new List<int>();
        // Not what a purpose clause demands ("to demand the resignation of the president"): the demand itself is folded
        // into the protest with its own addressee (FoldDemandsIntoProtests).
        ReasonsOn(trigger, 0, reasons, purposes: false, actors: true);
        if (RelIs(trigger, "obj") && Head(trigger) is var lv && lv >= 0) ReasonsOn(lv, 0, reasons, purposes: false, actors: true);
        // "against cheap imports and the EU's farm policy": each coordinated noun of a reason is one too, in order (the list
        // grows as it is walked; conjuncts are nouns after the reason, so the walk ends).
        // A greedy parse may hang the second noun of an "against" phrase on the protest verb as a conjunct of its own; a
        // verb has no nominal conjuncts, so one right after the reason's phrase, with no verb, subject, copula or object of
        // its own (not "..., and riot police used tear gas" misread as a noun phrase), is coordinated with it.
        if (reasons.Count > 0 && IsVerbal(trigger) && CaseOf(reasons[0]) == "against")
        {
            int re = SubtreeEnd(reasons[0]);
            foreach (var c in Children(trigger))
                if (RelIs(c, "conj") && c > reasons[0] && IsNounTag(c) && BareNominal(c)
                    && FirstOfSubtree(c) is var cf && cf > 0 && cf - re <= 2 && !HasVerbalChild(c))
                    reasons.Add(c);
        }
        for (int i = 0; i < reasons.Count; i++)
            foreach (var c in Children(reasons[i]))
                if (RelIs(c, "conj") && c > reasons[i] && (IsNounTag(c) || _doc.Token(c).Xpos is "NNP" or "NNPS")) reasons.Add(c);
        foreach (var r in reasons)
        {
            // Whose act it is: the noun's own actor or its possessive, adjective or compound ("EU trade deals", "Israel's
            // offensive"), not its "of" phrase, which names whom the act is done to ("the abduction of an opposition figure").
            if (_actorOf[r] >= 0) return _actorOf[r];
            foreach (var c in Children(r))
                if (Rel(c) is "nmod:poss" or "amod" or "compound" && _actorOf[c] >= 0) return _actorOf[c];
            // "against the refusal of the courts to free him", "against the decision of the government": after a noun of
            // decision or stance the "of" phrase is the one who decides, not the one the act is done to.
            if (_doc.Token(r).Lemma is { } rl && DecisionNouns.Contains(rl))
                foreach (var c in Children(r))
                    if (RelStarts(c, "nmod") && CaseOf(c) == "of" && ActorOfNode(c) is var decider && decider >= 0) return decider;
            // "to protest against job cuts announced by the mining company", "against a law passed by parliament": the
            // agent of a participle on the noun did the act.
            foreach (var c in Children(r))
                if (RelStarts(c, "acl"))
                    foreach (var g in Children(c))
                        if ((RelIs(g, "obl:agent") || (RelStarts(g, "obl") && CaseOf(g) == "by")) && ActorOfNode(g) is var agent && agent >= 0)
                            return agent;
        }
        return -1;
    }

    /// <summary>
    /// The actor whose act or thing an official complaint made by a verb phrase is over: the reason phrase on the verb
    /// ("lodged a protest with ... over a Russian naval exercise") or on its object noun ("lodged a protest over Chinese
    /// coast guard ships' manoeuvres"), read as <see cref="ProtestReasonActor"/> reads a protest's. -1 when none.
    /// </summary>
    public int ComplaintReasonActor(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        if (ProtestReasonActor(verb) is var onVerb && onVerb >= 0) return onVerb;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj") && ProtestReasonActor(c) is var onNoun && onNoun >= 0) return onNoun;
        // "lodged a protest over Russian fighter jets": the thing or force complained over is itself an actor.
        if (ActorOverOrAgainst(verb) is var onVerbActor && onVerbActor >= 0) return onVerbActor;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj") && ActorOverOrAgainst(c) is var onNounActor && onNounActor >= 0) return onNounActor;
        return -1;
    }

    private int ActorOverOrAgainst(int node)
    {
        foreach (var c in Children(node))
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) is "over" or "against" && _actorOf[c] >= 0) return _actorOf[c];
        return -1;
    }

    /// <summary>True when a dependent of <paramref name="node"/> is a verb or auxiliary.</summary>
    private bool HasVerbalChild(int node)
    {
        foreach (var c in Children(node))
            if (IsVerbal(c)) return true;
        return false;
    }

    /// <summary>
    /// Whom a demonstration supports: "marched in support of Palestinians in Gaza", "rallied in solidarity with Ukraine"
    /// (CAMEO 141's target is the party the protest concerns; the gold codes the supported side). -1 when none.
    /// </summary>
    public int ProtestSupported(int trigger)
    {
        if (!Parsed || trigger < _f || trigger >= _e) return -1;
        int found = SupportedOn(trigger);
        if (found < 0 && RelIs(trigger, "obj") && Head(trigger) is var lv && lv >= 0) found = SupportedOn(lv);
        return found;
    }

    private int SupportedOn(int node)
    {
        foreach (var c in Children(node))
        {
            if (!RelStarts(c, "obl") || CaseOf(c) != "in" || _doc.Token(c).Lemma is not ("support" or "solidarity")) continue;
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) is "of" or "with" && ActorOfNode(g) is var a && a >= 0) return a;
        }
        return -1;
    }

    /// <summary>
    /// The country whose embassy, consulate or high commission a protest goes to or gathers outside ("marched to the
    /// Ugandan high commission", "rallied outside the French embassy"): CAMEO's codebook lets the place of a
    /// demonstration stand for its target. Null when there is none.
    /// </summary>
    public string? ProtestAtMission(int trigger)
    {
        if (!Parsed || trigger < _f || trigger >= _e) return null;
        foreach (var c in Children(trigger))
        {
            if (!RelStarts(c, "obl") || CaseOf(c) is not ("to" or "outside" or "at" or "near" or "in front of" or "front")) continue;
            if (_doc.Token(c).Lemma is not ("embassy" or "consulate" or "commission" or "mission")) continue;
            if (_doc.Token(c).Lemma is "commission" && !HasChildLemma(c, "high")) continue;
            foreach (var g in Children(c))
                if (Rel(g) is "nmod:poss" or "amod" or "compound" && _actorOf[g] >= 0 && _doc.Actors[_actorOf[g]].Country is { } iso) return iso;
        }
        return null;
    }

    private bool HasChildLemma(int node, string lemma)
    {
        foreach (var c in Children(node)) if (string.Equals(_doc.Token(c).Lemma, lemma, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private void ReasonsOn(int node, int depth, List<int> reasons, bool purposes = true, bool actors = false)
    {
        foreach (var c in Children(node))
        {
            bool nominal = RelStarts(c, "obl") || RelStarts(c, "nmod");
            string? prep = nominal ? CaseOf(c) : null;
            // "marched to the ministry to protest against the government": an actor a protest is against is whom it is aimed
            // at (asked for by ProtestReasonActor only, which is looked to only when the trigger's own slots found no target).
            if (nominal && ((prep is "against" or "over" or "for" && _actorOf[c] < 0) || (actors && prep == "against" && _actorOf[c] >= 0))) reasons.Add(c);
            // "in protest at the pension reform", "in opposition to the bill": the protest noun's own phrase, or the phrase
            // beside it ("walked off the job in protest at ...", where the parser hangs both on "job").
            else if (nominal && prep == "in" && depth <= 1 && _doc.Token(c).Lemma is { } pn && ProtestNouns.Contains(pn))
            {
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) is "at" or "over" or "against" or "to" or "of" && _actorOf[g] < 0) reasons.Add(g);
                foreach (var g in Children(node))
                    if (g > c && RelStarts(g, "nmod") && CaseOf(g) is "at" or "over" && _actorOf[g] < 0) reasons.Add(g);
            }
            else if (nominal && depth == 0) ReasonsOn(c, depth + 1, reasons, purposes, actors);
            // "to protest against imports", "to demand a higher wage", "demanding the return of permits".
            if (depth == 0 && (RelIs(c, "advcl") || RelIs(c, "xcomp") || RelIs(c, "acl")) && IsVerbal(c) && _doc.Token(c).Lemma is { } pv && ProtestPurposeVerbs.Contains(pv)
                && (purposes || pv is not ("demand" or "press")))
            {
                // "to demand an end to their solitary confinement": the parser may hang what is ended on the purpose verb.
                foreach (var g in Children(c))
                    if ((RelIs(g, "obj") || (RelStarts(g, "obl") && CaseOf(g) == "to")) && _actorOf[g] < 0) reasons.Add(g);
                ReasonsOn(c, depth + 1, reasons, actors: actors);
            }
        }
    }

    /// <summary>
    /// True when the demand whose trigger head is <paramref name="demand"/> is told by a participle clause of the protest whose
    /// trigger head is <paramref name="protest"/>: "Students blocked the motorway for ten hours, demanding the minister's
    /// resignation", "held a rally outside parliament, demanding that lawmakers pass the budget", "marched through the capital
    /// demanding land rights". The protesters then did two things, protested and demanded, and both are coded (decision 032).
    /// The participle is a gerund form with no subject of its own; its clause hangs on the protest's verb, on the verb whose
    /// object the protest noun is ("held a rally"), or on a noun inside that verb's phrase (the parser often hangs a comma
    /// participle on the last noun before it: "for ten hours, demanding"). Never through another verb (the participle is then
    /// that verb's), nor through a subject: "Protesters demanding the resignation set fire to ..." describes who protested.
    /// </summary>
    public bool DemandParticipleOfProtest(int protest, int demand)
    {
        if (!Parsed || protest < _f || protest >= _e || demand < _f || demand >= _e || protest == demand) return false;
        if (_doc.Token(demand).Xpos != "VBG" || HasSubject(demand)) return false;
        if (Rel(demand) is not ("advcl" or "acl" or "xcomp" or "conj" or "parataxis" or "dep")) return false;
        // "joined protests demanding his resignation": a participle on the protest noun itself, with no comma, says what that
        // protest is for, as one on the protesters' noun says who they are; the demand is folded into it. The parser may
        // hang it on the verb instead, so a participle right after the noun counts as on it.
        if (!IsVerbal(protest) && (Head(demand) == protest || demand == protest + 1) && !HasCommaBetween(protest, demand)) return false;
        // "held a rally ...": the clause of a protest noun is the verb it is the object of.
        int clause = !IsVerbal(protest) && RelIs(protest, "obj") && Head(protest) is var lv && lv >= 0 && IsVerbal(lv) ? lv : protest;
        for (int h = Head(demand), hops = 0; h >= 0 && hops < 5; h = Head(h), hops++)
        {
            if (h == clause || h == protest) return true;
            if (IsVerbal(h) || RelStarts(h, "nsubj")) return false;
        }
        return false;
    }

    /// <summary>
    /// Whom a threatened response answers: "threatened to respond with overwhelming force to the joint drills by South
    /// Korea and the United States" → both doers of the drills; "to retaliate against Israel" → Israel. Adds the actors,
    /// returns true when the response is one with force ("with force", "militarily"). With <paramref name="answered"/>
    /// null only the kind of response is read (whom it answers is not looked for).
    /// </summary>
    public bool ResponseWithForce(int verb, List<int>? answered = null)
    {
        if (!Parsed || verb < _f || verb >= _e || _doc.Token(verb).Lemma is not { } lemma || !RespondVerbs.Contains(lemma)) return false;
        bool force = false;
        foreach (var c in Children(verb))
        {
            // "will answer any provocation with overwhelming force": the parser may hang the "with" phrase on the object.
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) == "with" && _doc.Token(g).Lemma is "force" or "might") force = true;
            if (!(RelStarts(c, "obl") || RelIs(c, "advmod"))) continue;
            string? prep = CaseOf(c);
            var cl = _doc.Token(c).Lemma ?? "";
            if (prep == "with" && cl is "force" or "strike" or "weapon" or "missile" or "attack" or "fire" or "might")
            {
                force = true;
                // "respond with force to any attack by Israel": the parser may hang what is answered on the "with" noun.
                foreach (var g in Children(c))
                    if (answered is not null && RelStarts(g, "nmod") && CaseOf(g) is "to" or "against") AnsweredBy(g, answered);
            }
            if (RelIs(c, "advmod") && cl is "militarily" or "forcefully") force = true;
            if (answered is not null && prep is "to" or "against") AnsweredBy(c, answered);
        }
        return force;
    }

    /// <summary>
    /// The doer of the condition an act is told under: the subject actor of an "if" or "unless" clause of the verb
    /// ("would close the border with Colombia if Bogota did not stop ..." → Bogota), or -1.
    /// </summary>
    public int ConditionDoer(int verb) => ConditionDoer(verb, 0);

    // "threatened to close the border ... if ...": a phrase trigger's head is the frame verb, and the condition hangs from
    // the verb of its "to" clause.
    private int ConditionDoer(int verb, int depth)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "advcl") || MarkOf(c) is not ("if" or "unless")) continue;
            foreach (var d in Children(c))
                if (RelIs(d, "nsubj") && _actorOf[d] >= 0) return _actorOf[d];
        }
        if (depth == 0)
            foreach (var c in Children(verb))
                if ((RelIs(c, "xcomp") || RelIs(c, "ccomp")) && ConditionDoer(c, 1) is var doer && doer >= 0) return doer;
        return -1;
    }

    /// <summary>
    /// "ordered the mobilisation of militia members after U.S. warships arrived in the Caribbean": the subject of an
    /// "after"/"following" clause under <paramref name="verb"/> (or under the verb that governs a noun trigger), the doer of
    /// what a reaction answers; -1 when there is none or it is no actor. Only the clause's own subject: an actor deeper in
    /// it ("after talks with X") did not cause anything.
    /// </summary>
    public int CauseClauseDoer(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return -1;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "advcl") || MarkOf(c) is not ("after" or "following")) continue;
            foreach (var d in Children(c))
                if (RelIs(d, "nsubj") && _actorOf[d] >= 0) return _actorOf[d];
        }
        // Session 63 (target63, decision 090): the cause told as a noun, "after India's missile strikes", "in response to the
        // US military build-up", "in retaliation for NATO manoeuvres": the act's owner named by a possessive, adjective or
        // compound on the noun did it. Not an "of" or "with" phrase ("after the arrest of X" names the one it was done to,
        // "after talks with X" a partner).
        foreach (var c in Children(verb))
        {
            if (!RelStarts(c, "obl")) continue;
            int act = -1;
            if (CaseOf(c) is "after" or "following") act = c;
            else if (CaseOf(c) == "in" && _doc.Token(c).Lemma is "response" or "retaliation" or "reaction" or "reply")
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) is "to" or "for") { act = g; break; }
            if (act < 0 || _doc.Token(act).Upos != Tidings.Documents.Upos.NOUN) continue;
            foreach (var m in Children(act))
                if ((RelIs(m, "nmod:poss") || RelIs(m, "amod") || RelIs(m, "compound")) && m < act && _actorOf[m] >= 0) return _actorOf[m];
        }
        return -1;
    }

    /// <summary>Adjectives that make a threatened response one with force: "a crushing response", "a military reply".</summary>
    private static readonly HashSet<string> ForcefulAdjectives = new(StringComparer.OrdinalIgnoreCase)
        { "military", "crushing", "overwhelming", "devastating", "forceful", "armed", "nuclear" };

    /// <summary>Nouns of a response to another's act.</summary>
    private static readonly HashSet<string> ResponseNouns = new(StringComparer.OrdinalIgnoreCase)
        { "response", "retaliation", "reprisal", "retribution", "reply", "answer", "counterattack", "punishment" };

    /// <summary>
    /// True when a noun of response in the span is one with force: "vowed a crushing response to any attack", "threatened
    /// military retaliation" (138, a threat of military force, not 130).
    /// </summary>
    public bool ForcefulResponseNoun(int from, int to)
    {
        if (!Parsed) return false;
        var nouns = new List<int>();
        for (int n = Math.Max(from, _f); n < Math.Min(to, _e); n++)
        {
            nouns.Add(n);
            // "threatened an overwhelming response": the threat verb's object.
            if (IsVerbal(n)) foreach (var c in Children(n)) if (RelIs(c, "obj")) nouns.Add(c);
        }
        foreach (int n in nouns)
            if (IsForcefulResponse(n)) return true;
        return false;
    }

    private bool IsForcefulResponse(int n)
    {
        if (_doc.Token(n).Lemma is not { } l || !ResponseNouns.Contains(l)) return false;
        foreach (var c in Children(n))
            // the word as written: the tagger may read "crushing" as a participle of "crush"
            if ((RelIs(c, "amod") || RelIs(c, "compound")) && ForcefulAdjectives.Contains(_doc.Token(c).Span.ToString())) return true;
        // "respond with overwhelming force" told as a noun: "a response with force".
        foreach (var c in Children(n))
            if (RelStarts(c, "nmod") && CaseOf(c) == "with" && _doc.Token(c).Lemma is "force" or "might") return true;
        return false;
    }

    /// <summary>
    /// True when a warning names a response with force that its addressee would meet: "warned Israel that it would face a
    /// crushing response if it attacked again", "warned of a military response" (a threat of military force, 138, not a
    /// pessimistic comment). The response is the warning's "of" object or the object of its complement clause's verb.
    /// </summary>
    public bool WarnedForcefulResponse(int warn)
    {
        if (!Parsed || warn < _f || warn >= _e) return false;
        foreach (var c in Children(warn))
        {
            if (RelStarts(c, "obl") && CaseOf(c) is "of" or "about" && IsForcefulResponse(c)) return true;
            if (RelIs(c, "ccomp"))
                foreach (var g in Children(c))
                    if (RelIs(g, "obj") && IsForcefulResponse(g)) return true;
        }
        return false;
    }

    /// <summary>Nouns of a penalty one side brings on another: what a warned side "would face", "would pay" or "would be met with".</summary>
    private static readonly HashSet<string> PenaltyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "consequence", "repercussion", "price", "response", "retaliation", "reprisal", "retribution", "punishment",
        "sanction", "countermeasure", "wrath", "force",
    };

    /// <summary>Nouns of a hearer's own act whose outcome a warning names: "failure to comply would have consequences".</summary>
    private static readonly HashSet<string> HearerActNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "failure", "refusal", "attack", "attempt", "move", "decision", "step", "provocation", "aggression", "incursion",
        "violation", "strike", "invasion", "intervention", "interference", "deployment",
    };

    /// <summary>
    /// Session 64 (statement64): whether what a warning says holds only on a condition: the warned clause, or the warning
    /// itself, carries an "if" or "unless" clause ("warned the group that hell would rain down on it if it did not stop",
    /// "warning that Slovakia would cut exports to Ukraine if Kyiv did not restart the transit", "If the talks fail, fighting
    /// could spread, diplomats warned"). Such a warning is a conditional threat when the warner's side or the addressee is
    /// to act, or a forecast; never a pessimistic comment (every tunable gold line of "warned ... if/unless", 42 of them,
    /// codes a threat 13x or no event). Invariant: only a condition hung on the warning, on its "that" clause, on the clause
    /// a participle of warning follows, or on the clause a fronted report of warning is told after.
    /// </summary>
    public bool WarnedOnCondition(int warn)
    {
        if (!Parsed || warn < _f || warn >= _e) return false;
        bool Conditioned(int c)
        {
            foreach (var d in Children(c))
                if (RelStarts(d, "advcl") && MarkOf(d) is "if" or "unless") return true;
            return false;
        }
        if (Conditioned(warn)) return true;
        foreach (var c in Children(warn))
            if ((RelIs(c, "ccomp") || RelIs(c, "advcl") || RelIs(c, "parataxis")) && IsVerbal(c) && Conditioned(c)) return true;
        // "fighting could spread if ..., diplomats warned": the report of warning hung on the clause it reports.
        if ((RelIs(warn, "parataxis") || RelIs(warn, "ccomp")) && Head(warn) is var reported && reported >= 0 && reported < warn
            && Conditioned(reported)) return true;
        // "posted a video warning that Slovakia would cut exports if ...": the participle's clause may hang on its host.
        if (IsParticipleClause(warn) && ParticipleHost(warn) is var host && host >= 0)
            foreach (var c in Children(host))
                if (c > warn && (RelIs(c, "advcl") || RelIs(c, "ccomp")) && IsVerbal(c) && Conditioned(c)) return true;
        return false;
    }

    /// <summary>
    /// The threat code of a warning whose "that" clause names a penalty its addressee would meet, else null.
    /// "warned Serbia that failure to comply would have consequences", "warned Iran it would pay a heavy price",
    /// "warned that any attack would be met with a crushing response", "warned that the US would suffer irreparable damage
    /// if it attacked": a penalty that follows the hearer's own act is the warner's threat (CAMEO 13), not a pessimistic
    /// comment. The sub-code follows the penalty: force 138, sanctions 1312, else 130. Invariant: an impersonal prospect
    /// ("the economy would suffer", "the war would have consequences for growth", "consumers would pay higher prices")
    /// gives null: "have" needs a hearer's act as subject or a condition, "suffer" a condition done by its own subject, and
    /// "price" is the singular of "pay a (heavy) price", not a market's prices.
    /// </summary>
    public string? WarnedPenalty(int warn) => WarnedPenalty(warn, out _);

    /// <summary>
    /// <see cref="WarnedPenalty(int)"/>, with the node of whom the penalty falls on (the clause's subject) in
    /// <paramref name="penalised"/>. A penalty of repression that falls on people ("warned that anyone who attacked police
    /// stations would be dealt with firmly", "that party leaders would face long prison terms", "saying anyone who stayed
    /// would be treated as a collaborator") is a threat of repression (137). Invariant: the sufferer is a person, a group or an
    /// actor ("the matter would be dealt with" gives null), and "treated as" names a kind of enemy.
    /// </summary>
    public string? WarnedPenalty(int warn, out int penalised)
    {
        penalised = -1;
        if (!Parsed || warn < _f || warn >= _e) return null;
        Span<int> clauses = stackalloc int[8];
        int n = 0;
        foreach (var c in Children(warn))
        {
            // "warned residents to leave, saying anyone who stayed would be ...": the parser may make the said clause a
            // conjunct of the warning, with the participle of saying hung under it.
            if (RelIs(c, "conj") && IsVerbal(c) && SayingUnder(c) >= 0 && n < clauses.Length) { clauses[n++] = c; continue; }
            // "warned Serbia that failure ... would have consequences": the parser may hang the clause as an advcl.
            if (!(RelIs(c, "ccomp") || RelIs(c, "advcl")) || !IsVerbal(c)) continue;
            if (n < clauses.Length) clauses[n++] = c;
            // "warned residents to leave, saying anyone who stayed would be treated as a collaborator", "warned Israel that it
            // would face a crushing response, state television reported": the warned clause under a verb of saying that the
            // warning governs (or that the parser made govern it).
            if (_doc.Token(c).Lemma is "say" or "report" or "add" or "state")
                foreach (var g in Children(c))
                    if ((RelIs(g, "ccomp") || (RelIs(g, "advcl") && g < c && MarkOf(g) == "that")) && IsVerbal(g) && n < clauses.Length) clauses[n++] = g;
        }
        // "urged Georgia to free the protesters, warning that failure to do so would have consequences": the parser may hang
        // the warned clause after a participle of warning on the verb the participle hangs on.
        // "..., warning that failure to do so would have consequences": or make the participle the warned clause's subject.
        bool participle = IsParticipleClause(warn);
        if (participle && RelIs(warn, "nsubj") && Head(warn) is var warned && warned > warn && IsVerbal(warned) && n < clauses.Length)
            clauses[n++] = warned;
        else if (participle && ParticipleHost(warn) is var host && host >= 0)
            foreach (var c in Children(host))
                if (c > warn && (RelIs(c, "advcl") || RelIs(c, "ccomp")) && IsVerbal(c) && n < clauses.Length) clauses[n++] = c;
        foreach (var c in clauses[..n])
        {
            var lemma = _doc.Token(c).Lemma ?? "";
            bool modal = false, passive = false, condition = false;
            int subject = -1;
            foreach (var d in Children(c))
            {
                if (RelIs(d, "aux") && _doc.Token(d).Lemma is "will" or "would" or "shall" or "could") modal = true;
                else if (RelIs(d, "aux:pass")) passive = true;
                // "that those who blocked the roads would be arrested": the parser may take the relative clause's object for
                // a second subject; the first is the clause's.
                else if ((RelIs(d, "nsubj") || RelIs(d, "nsubj:pass")) && subject < 0) subject = d;
                else if (RelIs(d, "advcl") && MarkOf(d) is "if" or "unless") condition = true;
            }
            if (subject == warn) subject = -1;
            // "warned Serbia that failure to comply would have ...": read as "that" + noun, the act is the warning's object.
            if (subject < 0 && (RelIs(c, "advcl") || c == Head(warn)))
                foreach (var o in Children(warn))
                    if (RelIs(o, "obj") && o < c && HearerActNouns.Contains(_doc.Token(o).Lemma ?? "")) subject = o;
            // "..., saying anyone who stayed would be treated as ...", misparsed: the saying's object is the said clause's subject.
            if (subject < 0 && RelIs(c, "conj") && SayingUnder(c) is var saying && saying >= 0)
                foreach (var d in Children(saying))
                    if (RelIs(d, "obj")) subject = d;
            if (!modal || subject < 0) continue;
            if (RepressedPerson(subject) && RepressionPenalty(c, lemma, passive)) { penalised = subject; return "137"; }
            // "warned Hamas that it would be destroyed if it did not accept the plan": a punitive passive on a condition.
            if ((ActorOfNode(subject) >= 0 || IsPersonalPronoun(subject))
                && ConditionalPassivePenalty(c, lemma, modal, passive, condition) is { } conditional) { penalised = subject; return conditional; }
            int penalty = -1;
            foreach (var d in Children(c))
            {
                bool obj = RelIs(d, "obj"), with = RelStarts(d, "obl") && CaseOf(d) == "with";
                if (!(obj || with) || _doc.Token(d).Lemma is not { } noun || !PenaltyNouns.Contains(noun)) continue;
                if (noun == "price" && !_doc.Token(d).Span.Equals("price", StringComparison.OrdinalIgnoreCase)) continue;
                bool fits = lemma switch
                {
                    "face" or "pay" or "incur" or "invite" or "risk" => obj && !passive,
                    "have" => obj && (condition || HearerActNouns.Contains(_doc.Token(subject).Lemma ?? "")),
                    // Session 65 (statement65): "warned Finland that troop deployments on its soil would draw a military
                    // response", "that any incursion would provoke retaliation": a penalty a hearer's act draws on itself,
                    // read as "have" is (a hearer's act as subject, or a condition); "the boom would bring little" names no
                    // penalty noun, "the war would trigger a response from markets" no hearer's act.
                    "draw" or "provoke" or "trigger" or "bring" => obj && !passive
                        && (condition || HearerActNouns.Contains(_doc.Token(subject).Lemma ?? "")),
                    "meet" => with && passive,
                    _ => false,
                };
                if (fits) { penalty = d; break; }
            }
            // "the United States would suffer irreparable damage if it attacked": harm that follows the sufferer's own act.
            if (penalty < 0 && lemma == "suffer" && condition && ActorOfNode(subject) >= 0 && ConditionDoneBySubject(c, subject))
                foreach (var d in Children(c))
                    if (RelIs(d, "obj")) { penalty = d; break; }
            if (penalty < 0) continue;
            if (IsForcefulResponse(penalty) || _doc.Token(penalty).Lemma == "force") return "138";
            if (_doc.Token(penalty).Lemma == "sanction") return "1312";
            return "130";
        }
        return null;
    }

    /// <summary>
    /// The actor a participle of warning inherits as its addressee from the verb it hangs on ("urged Georgia's governing party
    /// to free the protesters, warning that failure to do so would have consequences" → the party), else -1; -1 too when the
    /// participle has an addressee of its own.
    /// </summary>
    public int WarningHostAddressee(int warn)
    {
        if (!Parsed || warn < _f || warn >= _e || !IsParticipleClause(warn)) return -1;
        int host = RelIs(warn, "nsubj") && Head(warn) >= 0 ? ParticipleHost(Head(warn)) : ParticipleHost(warn);
        if (host < 0) return -1;
        foreach (var d in Children(warn))
            if ((RelIs(d, "obj") || RelIs(d, "iobj")) && ActorOfNode(d) >= 0) return -1;
        foreach (var d in Children(host))
            if ((RelIs(d, "obj") || RelIs(d, "iobj")) && ActorOfNode(d) is var a && a >= 0) return a;
        return -1;
    }

    /// <summary>
    /// The verb a participle clause after a comma hangs on: its head when that is a verb, else (the parser made it a conjunct of
    /// a noun: "urged the party to release detained protesters, warning that ...") the topmost verb above it.
    /// </summary>
    private int ParticipleHost(int participle)
    {
        int h = Head(participle);
        if (h < 0 || IsVerbal(h)) return h;
        int top = -1;
        for (int k = 0; k < 8 && h >= 0; k++, h = Head(h))
            if (IsVerbal(h)) top = h;
        return top;
    }

    /// <summary>True for an "-ing" participle that opens a clause after a comma ("..., warning that"), which the tagger may take
    /// for a noun.</summary>
    private bool IsParticipleClause(int t) =>
        _doc.Token(t).Xpos == "VBG" || (t > _f && _doc.Token(t - 1).Span is "," && _doc.Token(t).Span.EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    /// <summary>The participle of saying hung under a clause before its subject ("..., saying anyone who stayed would be"), else -1.</summary>
    private int SayingUnder(int clause)
    {
        foreach (var d in Children(clause))
            if (RelIs(d, "advcl") && d < clause && _doc.Token(d).Lemma == "say" && _doc.Token(d).Xpos == "VBG") return d;
        return -1;
    }

    /// <summary>Pronouns of people a warning of repression is aimed at: "anyone who stayed", "those responsible".</summary>
    private static readonly HashSet<string> PeoplePronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "anyone", "anybody", "everyone", "everybody", "whoever", "those", "they", "he", "she", "someone", "somebody",
    };

    /// <summary>Verbs of repression whose passive tells what will be done to people ("would be arrested", "be dealt with").</summary>
    private static readonly HashSet<string> RepressionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "arrest", "detain", "jail", "imprison", "prosecute", "punish", "deal", "charge", "shoot", "crush", "hunt",
    };

    /// <summary>What one "would be treated as" when treated as an enemy.</summary>
    private static readonly HashSet<string> EnemyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "collaborator", "enemy", "traitor", "terrorist", "criminal", "combatant", "target", "accomplice", "spy", "saboteur",
        "insurgent", "rebel", "militant",
    };

    /// <summary>Nouns of a penal sanction one "would face": "prison terms", "jail", "prosecution", "arrest".</summary>
    private static readonly HashSet<string> PenalNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "prison", "jail", "imprisonment", "prosecution", "arrest", "detention", "charge", "trial", "punishment",
    };

    /// <summary>True when the node names people: an actor, a people pronoun or a person noun with a relative clause.</summary>
    private bool RepressedPerson(int subject) =>
        ActorOfNode(subject) >= 0 || PeoplePronouns.Contains(_doc.Token(subject).Lemma ?? "")
        || _doc.Token(subject).Span.Equals("those", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the modal clause tells a penalty of repression on its subject: a passive of arresting, punishing or dealing
    /// with ("would be dealt with firmly"), "be treated as" an enemy, "be held accountable", or "face" a penal sanction
    /// ("would face long prison terms", "face prosecution").
    /// </summary>
    private bool RepressionPenalty(int clause, string lemma, bool passive)
    {
        if (passive && RepressionVerbs.Contains(lemma)) return true;
        foreach (var d in Children(clause))
        {
            var dl = _doc.Token(d).Lemma ?? "";
            if (passive && lemma == "treat" && RelStarts(d, "obl") && CaseOf(d) == "as" && EnemyNouns.Contains(dl)) return true;
            if (passive && lemma == "hold" && dl is "accountable" or "responsible" or "liable") return true;
            if (!passive && lemma == "face" && RelIs(d, "obj"))
            {
                if (PenalNouns.Contains(dl)) return true;
                // "long prison terms", "a jail sentence"
                if (dl is "term" or "sentence")
                    foreach (var g in Children(d))
                        if (PenalNouns.Contains(_doc.Token(g).Lemma ?? "")) return true;
            }
        }
        return false;
    }

    /// <summary>True when an "if"/"unless" clause of the verb has the verb's subject, or a pronoun for it, as its doer.</summary>
    private bool ConditionDoneBySubject(int verb, int subject)
    {
        foreach (var d in Children(verb))
        {
            if (!RelIs(d, "advcl") || MarkOf(d) is not ("if" or "unless")) continue;
            foreach (var g in Children(d))
                if (RelIs(g, "nsubj") && (IsPersonalPronoun(g) || ActorOfNode(g) is var a && a >= 0 && a == ActorOfNode(subject))) return true;
        }
        return false;
    }

    /// <summary>Nouns of a hostile act one side answers: what a vowed response is "to".</summary>
    private static readonly HashSet<string> HostileActNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "strike", "airstrike", "aggression", "provocation", "killing", "assassination", "bombing", "incursion",
        "shelling", "raid", "escalation", "sanction", "tariff", "invasion", "violation", "drill", "threat", "move",
    };

    /// <summary>
    /// True when a vowed verb of responding ("vowed to respond", "vowed to respond to the strike", "vowing that Kabul would
    /// respond") answers a hostile act or nothing named: a promised response to another side's act is a threat (130).
    /// Invariant: a response to a need, a crisis or a question ("vowed to respond to the needs of flood victims") is not.
    /// </summary>
    public bool VowedResponse(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || _doc.Token(verb).Lemma is not ("respond" or "react" or "reply")) return false;
        foreach (var c in Children(verb))
            if ((RelStarts(c, "obl") && CaseOf(c) is "to" or "against") && !HostileActNouns.Contains(_doc.Token(c).Lemma ?? "")) return false;
        return true;
    }

    /// <summary>The actors an answered act stands for: its own actor ("to Israel"), else the doers in its "by" phrase.</summary>
    private void AnsweredBy(int c, List<int> answered)
    {
        int own = ActorOfNode(c);
        if (own >= 0) { answered.Add(own); Conjuncts(c, answered); return; }
        // "the drills by South Korea and the United States": the doers of the act responded to.
        foreach (var g in Children(c))
            if (RelStarts(g, "nmod") && CaseOf(g) == "by" && _actorOf[g] >= 0) { answered.Add(_actorOf[g]); Conjuncts(g, answered); }
        if (answered.Count > 0) return;
        // Session 69 (threat69): "to any incursion from Guyana", "to any Algerian incursion", "to Israel's attack": with no
        // "by" phrase, the side the act comes from, or the nationality or possessor that names its doer.
        foreach (var g in Children(c))
            if (((RelStarts(g, "nmod") && CaseOf(g) == "from") || RelIs(g, "amod") || RelIs(g, "nmod:poss"))
                && _actorOf[g] >= 0) { answered.Add(_actorOf[g]); Conjuncts(g, answered); }
    }

    /// <summary>
    /// The sub-code of an expulsion or withdrawal (166) by whom or what it removes, read from the trigger's object, its
    /// "of"/"from" phrase or the object of the verb that orders it: peacekeepers or a peacekeeping mission 1661, observers,
    /// monitors or inspectors 1662, aid agencies, aid groups, aid workers or NGOs 1663; a withdrawal from talks or mediation
    /// halts them (164, 165); null for others (diplomats, troops).
    /// </summary>
    public string? ExpelledKind(int node)
    {
        if (!Parsed || node < _f || node >= _e) return null;
        var lemmas = new List<string>();
        ObjectLemmas(node, lemmas);
        // "the withdrawal of the UN peacekeeping mission", "ordered the withdrawal of ...", "pulled out of the talks".
        foreach (var c in Children(node))
        {
            if ((RelStarts(c, "nmod") || RelStarts(c, "obl")) && CaseOf(c) is "of" or "from" or "out") NounGroupLemmas(c, lemmas, 0);
            if (RelIs(c, "obj"))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) == "of") NounGroupLemmas(g, lemmas, 0);
        }
        // "ordered aid groups to leave": the order's object.
        if (Head(node) is var h && h >= 0 && (RelIs(node, "xcomp") || RelIs(node, "ccomp"))) ObjectLemmas(h, lemmas);
        bool aid = false;
        foreach (var l in lemmas)
        {
            // "pulled out of the talks", "withdrew from the mediation": leaving negotiations halts them (164, 165).
            if (l is "talks" or "talk" or "negotiation" or "dialogue") return "164";
            if (l is "mediation") return "165";
            if (l is "peacekeeper" or "peacekeeping" or "blue helmet") return "1661";
            if (l is "observer" or "monitor" or "inspector") return "1662";
            if (l is "ngo" or "charity" or "humanitarian") return "1663";
            aid |= l is "aid" or "relief";
        }
        if (aid && lemmas.Exists(l => l is "agency" or "group" or "worker" or "organisation" or "organization")) return "1663";
        return null;
    }

    /// <summary>
    /// True when what an expulsion (166) removes is a state's diplomats ("expel the Sudanese ambassador", "the remaining
    /// Moldovan diplomats"): threatening it threatens relations (1313), not international involvement (136).
    /// </summary>
    public bool ExpelsDiplomats(int node)
    {
        if (!Parsed || node < _f || node >= _e) return false;
        var lemmas = new List<string>();
        ObjectLemmas(node, lemmas);
        return lemmas.Exists(l => l is "ambassador" or "diplomat" or "envoy" or "consul" or "attache" or "attaché" or "chargé" or "charge");
    }

    /// <summary>
    /// The verb a demanded noun of change stands for, and the lemmas of what it changes: "demanded the scrapping of a new
    /// admission rule" → scrap + rule, admission; "called for the repeal of the law" → repeal + law. Null when the frame's
    /// object is no such noun.
    /// </summary>
    public string? NominalisedChange(int frame, List<string> objects)
    {
        if (!Parsed || frame < _f || frame >= _e) return null;
        foreach (var c in Children(frame))
        {
            if (!(RelIs(c, "obj") || (RelStarts(c, "obl") && CaseOf(c) == "for"))) continue;
            if (_doc.Token(c).Lemma is not { } l || !ChangeNouns.TryGetValue(l, out var verb)) continue;
            foreach (var g in Children(c))
                if (RelStarts(g, "nmod") && CaseOf(g) == "of") NounGroupLemmas(g, objects, 0);
            return verb;
        }
        return null;
    }

    /// <summary>Nouns that name an act of change by its verb: what a demand for them asks the addressee to do.</summary>
    private static readonly Dictionary<string, string> ChangeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["scrapping"] = "scrap", ["withdrawal"] = "withdraw", ["repeal"] = "repeal", ["cancellation"] = "cancel",
        ["reversal"] = "reverse", ["suspension"] = "suspend", ["revocation"] = "revoke", ["lifting"] = "lift",
        ["amendment"] = "amend", ["annulment"] = "annul", ["abolition"] = "abolish", ["dissolution"] = "dissolve",
        ["review"] = "review", ["overhaul"] = "change",
    };

    /// <summary>
    /// True when an event noun is what a drill or a rehearsal simulates ("staged drills simulating a blockade of the island",
    /// "rehearsed an attack on"): it is not done.
    /// </summary>
    public bool IsSimulated(int node)
    {
        if (!Parsed || node < _f || node >= _e || !RelIs(node, "obj")) return false;
        return Head(node) is var h && h >= 0 && _doc.Token(h).Lemma is { } l
            && l.ToLowerInvariant() is "simulate" or "rehearse" or "practise" or "practice" or "mimic" or "mock";
    }

    /// <summary>True when an adjective or compound modifier of the noun has the lemma ("joint" drills).</summary>
    public bool HasModifierLemma(int noun, string lemma)
    {
        if (!Parsed || noun < _f || noun >= _e) return false;
        foreach (var c in Children(noun))
            if ((RelIs(c, "amod") || RelIs(c, "compound")) && string.Equals(_doc.Token(c).Lemma, lemma, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// "gave the transitional council 72 hours to step down or face attacks", "gave the president until Friday to withdraw
    /// the constitution or face mass protests": a deadline given to someone to act, with what they face otherwise, is an
    /// ultimatum (CAMEO 139). Returns the verb that gives the deadline when <paramref name="node"/> is the demanded act or
    /// lies inside it (the threatened penalty too), else -1; <paramref name="addressee"/> is the actor given the deadline.
    /// </summary>
    public int UltimatumGiver(int node, out int addressee)
    {
        addressee = -1;
        if (!Parsed || node < _f || node >= _e) return -1;
        for (int n = node, step = 0; n >= 0 && step < 4; n = Head(n), step++)
        {
            if (!IsVerbal(n) || MarkOf(n) != "to" || Head(n) is not (var give and >= 0)) continue;
            // The infinitive as the object's modifier ("gave the militants 48 hours to surrender", acl on "militants"):
            // the giving verb is the object's governor (see InfinitiveOnObject).
            if (InfinitiveOnObject(n) is var governor && governor >= 0) give = governor;
            if (_doc.Token(give).Lemma is not ("give" or "grant")) continue;
            bool deadline = false; int given = -1;
            // The deadline hangs on the giving verb, or (same parsers) on the infinitive before its "to" ("48 hours"
            // as the infinitive's unmarked oblique); after the "to" a time noun belongs to the demanded act itself.
            foreach (var c in Children(give)) ReadDeadlineOrGiven(c, ref deadline, ref given);
            int to = FirstMarkTo(n);
            foreach (var c in Children(n)) if (c < to && RelStarts(c, "obl")) ReadDeadlineOrGiven(c, ref deadline, ref given);
            if (!deadline) return -1;
            // "... or face": the penalty, in whatever shape the parser gives the coordination.
            for (int t = n + 1; t + 1 < _e; t++)
                if (_doc.Token(t).Span.Equals("or", StringComparison.OrdinalIgnoreCase) && PenaltyAfterOr(t + 1))
                {
                    addressee = given;
                    return give;
                }
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// The verb whose object <paramref name="infinitive"/> modifies, when a "to"-infinitive hangs as a modifier (acl) on
    /// the direct or indirect object just before it ("told the party to file ...", "gave the rebels ten days to free
    /// ..."): some parsers (the BiLSTM one, decision 021) put an object-control infinitive there, others on the verb.
    /// Else -1. The object precedes the infinitive and follows its verb.
    /// </summary>
    private int InfinitiveOnObject(int infinitive)
    {
        if (!RelIs(infinitive, "acl") || MarkOf(infinitive) != "to") return -1;
        int obj = Head(infinitive);
        if (obj < _f || obj > infinitive || !(RelIs(obj, "obj") || RelIs(obj, "iobj"))) return -1;
        int verb = Head(obj);
        return verb >= _f && verb < obj && IsVerbal(verb) ? verb : -1;
    }

    /// <summary>A dependent of the giving verb (or of the infinitive, before its "to") that names the deadline ("48 hours",
    /// "until Friday") sets <paramref name="deadline"/>; the first object that is an actor is the one given it.</summary>
    private void ReadDeadlineOrGiven(int c, ref bool deadline, ref int given)
    {
        var lemma = (_doc.Token(c).Lemma ?? "").ToLowerInvariant();
        if ((RelIs(c, "obj") || RelIs(c, "iobj") || RelStarts(c, "obl"))
            && (lemma is "hour" or "day" or "week" or "month" or "deadline" || CaseOf(c) == "until")) deadline = true;
        else if ((RelIs(c, "iobj") || RelIs(c, "obj")) && given < 0 && ActorOfNode(c) is var a && a >= 0) given = a;
    }

    /// <summary>The position of the "to" that marks <paramref name="infinitive"/>, or the infinitive itself.</summary>
    private int FirstMarkTo(int infinitive) => ChildWord(infinitive, "mark", "to") is var to && to >= 0 ? to : infinitive;
}
