using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Sense tests for everyday trigger words (session 18, blind32): a trigger word of the lexicon used in its non-political
    /// sense is no event, and some idioms change the code. Each test reads the word's object or its neighbours in the tree,
    /// never a sentence: an aid that is a device ("hearing aids"), a company backing its own forecast, a business warning
    /// about its own figures, "hit X with tariffs" (sanctions, not force), "welcomed X to Accra" (a hosted visit).
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Modifiers that make "aid" a device or a skill, not aid given ("hearing aids", "first aid", "teaching aids").</summary>
        private static readonly WordSet DeviceAid = new("hearing", "first", "visual", "teaching", "walking", "mobility", "study",
            "learning", "audio", "sleep", "sleeping", "navigation", "navigational", "memory", "diet", "dietary", "swimming", "breathing");

        /// <summary>What a company or market backs, supports, warns about or reports: its figures, not an actor or a policy.</summary>
        private static readonly WordSet BusinessFigures = new("forecast", "forecasts", "guidance", "outlook", "estimate", "estimates",
            "profit", "profits", "earnings", "dividend", "dividends", "margin", "margins", "sales", "revenue", "revenues", "results",
            "valuation", "shares", "stock", "stocks", "prices", "turnover", "bonus", "bonuses", "payout");

        /// <summary>Measures one is "hit with" that are sanctions ("hit Chinese solar makers with new tariffs").</summary>
        private static readonly WordSet SanctionMeasures = new("tariff", "tariffs", "sanction", "sanctions", "duty", "duties",
            "levy", "levies", "embargo", "embargoes", "export controls", "penalties");

        /// <summary>True when the verb "appeal" at <paramref name="verb"/> addresses no one and asks for nothing: no "to"/"for"
        /// phrase or clause follows it and its object, if any, is no actor.</summary>
        private bool CourtAppeal(int verb)
        {
            if (IsWord(verb + 1, "to") || IsWord(verb + 1, "for")) return false;
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb) continue;
                var rel = doc.Token(k).Relation ?? "";
                if (rel is "xcomp" or "ccomp" or "iobj") return false;
                if (rel.StartsWith("obl", StringComparison.Ordinal) && _tree.CaseOf(k) is "to" or "for") return false;
                if (rel == "obj" && ActorAt(k) >= 0) return false;
            }
            return true;
        }

        /// <summary>True when "ask" at <paramref name="verb"/> puts a question ("asked the minister whether talks would resume",
        /// "asked him about the arrests"): an "about" phrase or a "whether"/"if" clause hangs on it, and no infinitive or "for"
        /// phrase asks anyone to do or give anything.</summary>
        private bool QuestionAsked(int verb)
        {
            if (!_tree.Parsed || verb < _f || verb >= _e) return false;
            bool question = false;
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb) continue;
                var rel = doc.Token(k).Relation ?? "";
                if (rel == "xcomp") return false;
                if (rel.StartsWith("obl", StringComparison.Ordinal) && _tree.CaseOf(k) is { } c)
                {
                    if (c == "for") return false;
                    if (c == "about") question = true;
                }
                if (rel is "ccomp" or "advcl")
                    for (int m = _f; m < k; m++)
                        if (doc.Token(m).Head == k && doc.Token(m).Relation == "mark" && (IsWord(m, "whether") || IsWord(m, "if"))) question = true;
            }
            return question;
        }

        /// <summary>
        /// Whether the trigger (framed by <paramref name="head"/> when that is another word) is used in an everyday sense that names no event (true: code nothing); may instead change
        /// <paramref name="code"/> for an idiom whose event is another.
        /// </summary>
        private bool EverydaySense(Trig head, int headNode, Trig inner, int innerNode, ref string code)
        {
            var entry = inner.Entry;
            // "Senator Murray, who hails from Washington state": to hail from a place is to come from it, no praise.
            if (entry.Trigger == "hail" && !inner.IsNoun && IsWord(inner.End, "from")) return true;
            // "pushed the EU to recognise a Palestinian state" is an appeal to the EU; "pushes for a quick withdrawal" of one's
            // own troops, "pushed prices higher" are none: "push" frames an appeal only with an actor as its object.
            if (head.Entry.Trigger == "push" && !head.IsNoun
                && !(_tree.Parsed && DependentOf(headNode, "obj") is var pushed && pushed >= 0 && ActorAt(pushed) >= 0)) return true;
            // "the hospital accepted police officers as patients": only another country's forces are cooperated with.
            if (entry.Trigger is "accept @force" or "allow @force" && !ForeignForceNamed(inner)) return true;
            // "free hearing aids", "gave first aid to a woman": a device or a skill, not aid given to anyone.
            if (inner.IsNoun && entry.Trigger == "aid" && inner.Start > _f && Is(inner.Start - 1, DeviceAid)) return true;
            // "made the remarks when asked about a collision", "Asked about the export controls, the
            // spokesperson said ...", "asked whether talks would resume": a question put to a spokesperson at a briefing
            // asks for an answer, no act of anyone (02x); "asked Japan to lift the ban", "asked for aid" still appeal.
            if (head.Entry.Trigger == "ask" && !head.IsNoun && head.Start == inner.Start && head.End < _e
                && (IsWord(head.End, "about") || IsWord(head.End, "whether") || IsWord(head.End, "if") || QuestionAsked(headNode))) return true;
            // "will publish its annual financial statements", "a quarterly earnings statement": an account of a firm's books is a
            // document of record, no statement made to anyone (session 38, realfp38).
            if (inner.IsNoun && entry.Trigger == "statement")
                for (int t = inner.Start - 1; t >= Math.Max(_f, inner.Start - 3) && !IsPunct(t); t--)
                    if (Is(t, AccountModifiers)) return true;
            if (inner.IsNoun || !_tree.Parsed || innerNode < _f || innerNode >= _e) return false;
            // "Wavepiston has informed that all its shares were subscribed": "inform" with a that-clause and nobody informed is an
            // announcement to whom it may concern, no sharing of information with anyone (064) (session 38, realfp38).
            if (entry.Trigger == "inform" && head.Start == inner.Start && DependentOf(innerNode, "obj") < 0 && DependentOf(innerNode, "iobj") < 0
                && DependentOf(innerNode, "ccomp") >= 0 && (inner.End >= _e || ActorAt(inner.End) < 0)) return true;
            // "boys train in football jerseys", "the squad trained in Doha": to train with no one trained and no actor trained with
            // is exercise or sport; military training of or with others (062) names them (session 38, realfp38).
            if (entry.Trigger == "train" && head.Start == inner.Start && doc.TokUpos(innerNode) == Upos.VERB && DependentOf(innerNode, "obj") < 0 && !WithActor(innerNode)
                && _tree.VerbSource(innerNode, out _) is var trainee && (trainee < 0 || !IsArmedRole(trainee))) return true;
            // "The lawyer said he would appeal", "the ministry will appeal the ruling", "appealed against the sentence": an appeal
            // with no one appealed to ("to"), nothing asked for ("for", "to"-clause) and no actor as its object is a court appeal,
            // a step in a case, no request of anyone (02x).
            if (entry.Trigger == "appeal" && head.Start == inner.Start && CourtAppeal(innerNode)) return true;
            // "said he hoped the crossings would reopen", "said he feared the country was heading for collapse": hope and fear
            // are a comment (013, 012) only as a finite verb over a clause of what is hoped or feared. "hoped to sign a deal"
            // (an infinitive: intent's wording), "fearing reprisals" (a reason), "two were feared dead", "raised hopes" (a noun
            // the tagger may read as a verb) tell no one's comment.
            if (entry.Trigger is "hope" or "fear" && head.Start == inner.Start
                && (doc.TokXpos(innerNode) is not ("VBD" or "VBZ" or "VBP") || DependentOf(innerNode, "ccomp") < 0 || DependentOf(innerNode, "xcomp") >= 0))
                return true;
            // "The carmaker backed its full-year profit forecast": backing or supporting figures is a company's statement
            // about its business, no endorsement of anyone.
            if (code == "051" && entry.Trigger is "back" or "support" && DependentOf(innerNode, "obj") is var backed && backed >= 0
                && ActorAt(backed) < 0 && Is(backed, BusinessFigures)) return true;
            // "to support them and their families", "supports elderly people living alone": caring for people in need is no
            // endorsement of them (051).
            if (code == "051" && entry.Trigger is "support" or "back" && DependentOf(innerNode, "obj") is var cared && cared >= 0
                && (CaredFor(cared) || (DependentOf(cared, "conj") is var cc && cc >= 0 && CaredFor(cc))
                    // "support them and their families" with the second object parsed as the verb's conjunct
                    || (DependentOf(innerNode, "conj") is var vc && vc > cared && doc.TokUpos(vc) == Upos.NOUN && CaredFor(vc)))) return true;
            // "BP agreed to sell its stake to Rosneft", "has agreed to be acquired by Monex": a company's deal to buy or sell is
            // commerce, no intent to cooperate between actors.
            if (code.StartsWith("03", StringComparison.Ordinal) && entry.Trigger == "agree" && DependentOf(innerNode, "xcomp") is var deal && deal >= 0
                && doc.TokLemma(deal) is { } dl && CommerceVerbs.Contains(dl)
                && (DependentOf(deal, "aux:pass") >= 0 || (_tree.VerbSource(innerNode, out _) is var seller && seller >= 0 && RoleOf(seller) == "BUS"))) return true;
            // "pleaded guilty to fraud", "pleaded not guilty", "pleading innocent": a plea in court, no appeal to anyone.
            if (head.Entry.Trigger == "plead" && !head.IsNoun && head.End < _e && (IsWord(head.End, "guilty") || IsWord(head.End, "not")
                || IsWord(head.End, "innocent") || IsWord(head.End, "no"))) return true;
            // "The mayor and his wife welcomed their first baby", "welcomed a baby girl": a birth in the family, no praise.
            if (entry.Trigger == "welcome" && DependentOf(innerNode, "obj") is var welcomed && welcomed >= 0 && Is(welcomed, NewbornNouns)) return true;
            // "Attorney Wang, who defended political activists": a lawyer defends clients in court, no verbal defence (052).
            if (code == "052" && entry.Trigger == "defend" && _tree.VerbSource(innerNode, out _) is var defender && defender >= 0 && IsLawyer(defender)) return true;
            // "The bank warned that its profits would fall": a business warning about its own figures is a forecast.
            if (code == "012" && entry.Trigger == "warn" && DependentOf(innerNode, "ccomp") is var said && said >= 0
                && DependentOf(said, "nsubj") is var what && what >= 0 && ActorAt(what) < 0 && Is(what, BusinessFigures)
                && _tree.VerbSource(innerNode, out _) is var warner && warner >= 0 && RoleOf(warner) == "BUS") return true;
            // "hit Chinese solar panel makers with new tariffs": what one is hit with is the act (163), no force.
            if (code.StartsWith("19", StringComparison.Ordinal) && entry.Trigger is "hit" or "strike" or "target")
            {
                int end = Math.Min(_e, inner.End + 10);
                for (int t = inner.End; t < end; t++)
                {
                    if (IsPunct(t)) break;
                    if (!IsWord(t, "with")) continue;
                    for (int u = t + 1; u < Math.Min(_e, t + 5); u++)
                        if (Is(u, SanctionMeasures)) { code = "163"; return false; }
                    break;
                }
            }
            // "threatened strikes on Iran's nuclear sites", "vowed to resume its air strikes against Hezbollah": the threat rows
            // of strikes (133) read the labour stoppage; strikes aimed "on"/"against" something are attacks, so the threat is
            // one of force (1384). A walkout is never aimed so ("a strike against the reform" takes "against" of a policy, no
            // actor: kept 133).
            if (code == "133" && entry.Trigger.EndsWith(" strike", StringComparison.Ordinal) && inner.End < _e
                && (IsWord(inner.End, "on") || (IsWord(inner.End, "against") && inner.End + 1 < _e && AimedAtActor(inner.End + 1))))
                code = "1384";
            // "where many of the survivors have sought refuge", "families sought shelter in schools": people fleeing harm look
            // for a safe place; they ask nothing of anyone, so no appeal (a "from" phrase that names whom they ask still does).
            if (code.StartsWith("02", StringComparison.Ordinal) && entry.Trigger == "seek" && ReferenceEquals(head.Entry, inner.Entry)
                && DependentOf(innerNode, "obj") is var sought && sought >= 0 && Is(sought, SafetyNouns) && !FromActor(innerNode)) return true;
            // "Beijing was seeking to present itself as a stable partner", "sought to reassure investors":
            // to seek to do something is to try it, no appeal; only what is sought from someone ("sought help from") or a framed
            // event ("sought to meet") asks anything of anyone.
            if (code.StartsWith("02", StringComparison.Ordinal) && entry.Trigger == "seek" && ReferenceEquals(head.Entry, inner.Entry)
                && DependentOf(innerNode, "xcomp") >= 0 && DependentOf(innerNode, "obj") < 0) return true;
            // "called the strikes an act of aggression": a naming verb with a predicate noun judges its object; it calls no
            // labour strike. Session 66 (threat66): a bare time noun is no predicate noun ("would call another strike next
            // week if", "called a strike this week"): the parser hangs both on the verb as obl:unmarked, so only one
            // outside a time mention names anything.
            if (entry.Trigger == "call strike" && (DependentOf(innerNode, "xcomp") >= 0
                || (DependentOf(innerNode, "obl:unmarked") is var unmarked && unmarked >= 0 && !_tree.IsTime(unmarked))
                || CountDependents(innerNode, "obj") > 1)) return true;
            // "urged Belgrade to respect the right of citizens to protest peacefully", "the freedom to assemble": a protest
            // named as a right is no protest held.
            if (entry.Root == "14" && !inner.IsNoun && RightToDo(inner.Start)) return true;
            // "jailed six journalists for up to nine years", "imprisoned him for life": a term of prison is
            // a sentence, a court's finding of guilt (116, as "sentenced"), not an arrest.
            if (code == "173" && !inner.IsNoun && entry.Trigger is "jail" or "imprison" && PrisonTerm(inner.End)) code = "116";
            // Session 67 (coerce67): "police fired tear gas shells at the protesters", "lobbed teargas canisters": shells,
            // canisters and grenades of tear gas are crowd-control weapons (175), not artillery (194). Invariant: only a
            // shelling code whose trigger's shell, canister or grenade noun has "gas", "teargas" or "tear-gas" right before it.
            if (code.StartsWith("194", StringComparison.Ordinal) && TearGasMunition(inner)) code = "175";
            // Session 67 (coerce67): "a Bishkek court jailed four reporters for calling for riots", "Ecuador court jails
            // ex-vice president for graft": a court jails by sentencing, so a court's jailing is its finding (116, decision 028)
            // with or without a term named; only a jailing told as before trial ("jailed the mayor pending trial", "remanded")
            // detains (173). Police, prosecutors or a state that jail someone keep 173: their jailing names no verdict.
            // Invariant: only "jail"/"imprison" as a verb whose own subject (or "by" agent) is a court, tribunal or judge.
            if (code == "173" && !inner.IsNoun && entry.Trigger is "jail" or "imprison" && _tree.Parsed && JailedByCourt(innerNode)
                && !BeforeTrial(inner.End)) code = "116";
            // "Taiwan charged that Chinese warplanes had crossed into its air defence zone": "charge" with a that-clause and no
            // object lays a charge in words, an accusation (112), not legal action against anyone; "charged him with fraud",
            // "charged two officers" keep 173.
            if (code == "173" && !inner.IsNoun && entry.Trigger == "charge" && _tree.Parsed
                && DependentOf(innerNode, "ccomp") >= 0 && DependentOf(innerNode, "obj") < 0) code = "112";
            // "demanding that the group release all hostages or face dire consequences": a demand with what follows refusal is
            // an ultimatum (139).
            if (code.StartsWith("10", StringComparison.Ordinal) && OrFace(inner.End)) code = "139";
            // "drove tens of thousands of residents out of the city": a population driven out is a mass
            // expulsion (201), not a fight with it.
            if (code == "190" && !inner.IsNoun && entry.Trigger == "drive out" && DependentOf(innerNode, "obj") is var driven && driven >= 0
                && PopulationNoun(driven)) code = "201";
            // "welcomed Nigeria's vice president to Accra": welcoming a guest to a named place hosts a visit (043, and the
            // guest's 042 by the visit rule), not praise.
            if (code == "051" && entry.Trigger == "welcome" && DependentOf(innerNode, "obj") is var guest && guest >= 0
                && ActorAt(guest) >= 0 && WelcomedToPlace(innerNode, guest)) code = "043";
            return false;
        }

        /// <summary>Modifiers that make a "statement" an account of a firm's books ("annual financial statements").</summary>
        private static readonly WordSet AccountModifiers = new("financial", "annual", "quarterly", "interim", "half-year", "half-yearly",
            "earnings", "income", "bank", "account", "accounts", "audited", "consolidated", "cash-flow", "billing", "credit-card", "tax");

        /// <summary>Whether a "with" phrase on <paramref name="verb"/> names an actor ("trained with Kenyan troops").</summary>
        private bool WithActor(int verb)
        {
            for (int t = _f; t < _e; t++)
                if (doc.Token(t).Head == verb && (doc.Token(t).Relation ?? "") is var r && (r.StartsWith("obl", StringComparison.Ordinal) || r.StartsWith("nmod", StringComparison.Ordinal))
                    && _tree.ActorOfNode(t) >= 0) return true;
            return false;
        }

        /// <summary>Whether the actor is an armed force, police or an armed group (its role code MIL, COP, REB, INS, SPY).</summary>
        private bool IsArmedRole(int a) => A(a).Code is { } c && (c.Contains("MIL") || c.Contains("COP") || c.Contains("REB") || c.Contains("INS") || c.Contains("SPY"));

        /// <summary>True when an actor is named within the few words from <paramref name="t"/> up to a comma ("against
        /// Hezbollah", "against rebel positions"; not "against the pension reform").</summary>
        private bool AimedAtActor(int t)
        {
            for (int k = t; k < Math.Min(_e, t + 5); k++)
            {
                if (IsPunct(k)) return false;
                if (ActorAt(k) >= 0) return true;
            }
            return false;
        }

        /// <summary>What people fleeing harm look for ("sought refuge", "sought shelter in a school").</summary>
        private static readonly WordSet SafetyNouns = new("refuge", "shelter", "safety", "sanctuary", "cover");

        /// <summary>True when a "from" phrase on <paramref name="verb"/> names an actor ("sought shelter from the UN").</summary>
        private bool FromActor(int verb)
        {
            for (int k = _f; k < _e; k++)
                if (doc.Token(k).Head == verb && (doc.Token(k).Relation ?? "").StartsWith("obl", StringComparison.Ordinal)
                    && _tree.CaseOf(k) == "from" && ActorAt(k) >= 0) return true;
            return false;
        }

        /// <summary>What parents welcome when a child is born ("welcomed their first baby", "welcomed a baby girl").</summary>
        private static readonly WordSet NewbornNouns = new("baby", "babies", "son", "daughter", "twins", "girl", "boy", "child", "grandchild");

        /// <summary>Nouns of a right or freedom whose infinitive names what one may do ("the right to protest").</summary>
        private static readonly WordSet RightNouns = new("right", "rights", "freedom", "freedoms", "liberty");

        /// <summary>Nouns of a population: residents, villagers, civilians, families, inhabitants, people (with their counts).</summary>
        private static readonly WordSet PopulationNouns = new("residents", "villagers", "civilians", "families", "inhabitants",
            "people", "households", "population", "communities", "farmers");

        /// <summary>Whether the object at <paramref name="n"/> is a population ("tens of thousands of residents").</summary>
        private bool PopulationNoun(int n)
        {
            if (Is(n, PopulationNouns)) return true;
            for (int k = n + 1; k < Math.Min(_e, n + 5); k++)
                if (doc.Token(k).Head == n && Is(k, PopulationNouns)) return true;
            return false;
        }

        /// <summary>"for (up to) nine years", "for life" within the clause after <paramref name="from"/>.</summary>
        private bool PrisonTerm(int from)
        {
            for (int t = from; t < Math.Min(_e, from + 12); t++)
            {
                if (IsPunct(t) && !IsWord(t, "-")) return false;
                if (!IsWord(t, "for")) continue;
                for (int u = t + 1; u < Math.Min(_e, t + 5); u++)
                    if (IsWord(u, "year") || IsWord(u, "years") || IsWord(u, "months") || IsWord(u, "life")) return true;
                // Session 65 (blind83): "jailed 26 dissidents for terms of up to 15 years", "jailed three editors for between
                // four and six years": a term named by "term(s)" or by a range of numbers a few words longer is a term too.
                // Invariant: only a "for" phrase whose next word is "term(s)", "prison"/"jail" or "between", and only up to
                // the next punctuation.
                if (IsWord(t + 1, "terms") || IsWord(t + 1, "term") || IsWord(t + 1, "prison") || IsWord(t + 1, "jail") || IsWord(t + 1, "between"))
                    for (int u = t + 2; u < Math.Min(_e, t + 9) && !IsPunct(u); u++)
                        if (IsWord(u, "years") || IsWord(u, "months") || IsWord(u, "term") || IsWord(u, "terms") || IsWord(u, "life")) return true;
            }
            return false;
        }

        /// <summary>True when a word of the trigger (or the word after a one-word trigger) is "shell(s)", "canister(s)" or
        /// "grenade(s)" with "gas", "teargas" or "tear-gas" right before it.</summary>
        private bool TearGasMunition(Trig tr)
        {
            for (int t = tr.Start; t < Math.Min(_e, tr.End + 1); t++)
                if ((IsWord(t, "shell") || IsWord(t, "shells") || IsWord(t, "canister") || IsWord(t, "canisters") || IsWord(t, "grenade") || IsWord(t, "grenades"))
                    && (IsWord(t - 1, "gas") || IsWord(t - 1, "teargas") || IsWord(t - 1, "tear-gas"))) return true;
            return false;
        }

        /// <summary>The nouns that name a court or its judges as the doer of a jailing ("a Minsk court", "the tribunal",
        /// "a judge"); prosecutors and police are no court.</summary>
        private static readonly WordSet CourtNouns = new("court", "courts", "tribunal", "tribunals", "judge", "judges", "magistrate",
            "magistrates", "bench");

        /// <summary>True when the jailing verb at <paramref name="verb"/> has a court as its subject ("a court jailed X") or as
        /// its "by" agent ("was jailed by a court in Minsk").</summary>
        private bool JailedByCourt(int verb)
        {
            if (verb < _f || verb >= _e) return false;
            int subj = DependentOf(verb, "nsubj");
            if (subj >= 0 && Is(subj, CourtNouns)) return true;
            int agent = DependentOf(verb, "obl:agent");
            return agent >= 0 && Is(agent, CourtNouns);
        }

        /// <summary>True when the words after a jailing (to the next punctuation, at most twelve) tell it as before trial:
        /// "pending trial", "pending an investigation", "in pre-trial detention", "awaiting trial", "ahead of his trial",
        /// "on remand".</summary>
        private bool BeforeTrial(int from)
        {
            for (int t = from; t < Math.Min(_e, from + 12); t++)
            {
                if (IsPunct(t) && !IsWord(t, "-")) return false;
                if (IsWord(t, "pending") || IsWord(t, "awaiting") || IsWord(t, "pre-trial") || IsWord(t, "pretrial") || IsWord(t, "remand"))
                    return true;
                if (IsWord(t, "trial") && t - 2 >= _f && (IsWord(t - 1, "before") || IsWord(t - 2, "before") || IsWord(t - 2, "of") && IsWord(t - 3, "ahead")
                    || IsWord(t - 1, "of") && IsWord(t - 2, "ahead"))) return true;
            }
            return false;
        }

        /// <summary>"or face ..." / "or risk ..." / "or else" later in the clause after <paramref name="from"/>.</summary>
        private bool OrFace(int from)
        {
            for (int t = from; t + 1 < _e && t < from + 25; t++)
            {
                if (IsWord(t, ".") || IsWord(t, ";")) return false;
                if (IsWord(t, "or") && (IsWord(t + 1, "face") || IsWord(t + 1, "risk") || IsWord(t + 1, "else"))) return true;
            }
            return false;
        }

        /// <summary>Whether the verb at <paramref name="v"/> is the infinitive of a right ("the right of citizens to protest",
        /// "their freedom to assemble"): "to" before it and a right noun a few words back with no verb between.</summary>
        private bool RightToDo(int v)
        {
            if (v - 1 < _f || !IsWord(v - 1, "to")) return false;
            for (int k = v - 2; k >= Math.Max(_f, v - 6); k--)
            {
                if (Is(k, RightNouns)) return true;
                if (doc.TokUpos(k) is Upos.VERB or Upos.AUX || IsPunct(k)) return false;
            }
            return false;
        }

        /// <summary>How many dependents of <paramref name="node"/> bear <paramref name="relation"/>.</summary>
        private int CountDependents(int node, string relation)
        {
            int n = 0;
            for (int k = _f; k < _e; k++)
                if (doc.Token(k).Head == node && doc.Token(k).Relation == relation) n++;
            return n;
        }

        /// <summary>People one cares for rather than endorses: families, victims, patients, the elderly.</summary>
        private static readonly WordSet CaredNouns = new("family", "families", "victim", "victims", "survivor", "survivors",
            "patient", "patients", "pensioner", "pensioners", "orphan", "orphans", "widow", "widows", "carer", "carers", "veteran",
            "veterans", "household", "households", "relatives", "dependants", "dependents");

        /// <summary>Modifiers that make people ones in need ("elderly people", "vulnerable children").</summary>
        private static readonly WordSet NeedyModifiers = new("elderly", "vulnerable", "disabled", "homeless", "older", "sick",
            "poor", "bereaved", "injured", "lonely", "low-income", "struggling");

        private static readonly HashSet<string> CommerceVerbs = new(StringComparer.OrdinalIgnoreCase) { "sell", "buy", "acquire", "purchase", "merge" };

        private static readonly WordSet LawyerWords = new("lawyer", "lawyers", "attorney", "attorneys", "counsel", "barrister", "barristers",
            "solicitor", "solicitors", "advocate", "advocates");

        /// <summary>Whether the noun at <paramref name="n"/> names people in need or their kin (no country given to them).</summary>
        private bool CaredFor(int n)
        {
            if (Is(n, CaredNouns)) return true;
            if (!IsWord(n, "people") && !IsWord(n, "children") && !IsWord(n, "residents")) return false;
            for (int k = Math.Max(_f, n - 3); k < n; k++)
                if (doc.Token(k).Head == n && Is(k, NeedyModifiers)) return true;
            return false;
        }

        /// <summary>Whether the actor is named as a lawyer ("Attorney Wang", "his lawyers").</summary>
        private bool IsLawyer(int a)
        {
            var span = A(a).Tokens;
            for (int k = span.FirstToken; k < span.EndToken; k++)
                if (Is(k, LawyerWords)) return true;
            return false;
        }

        /// <summary>Whether a "to" phrase naming a place (a proper name) hangs from the welcoming verb or its object.</summary>
        private bool WelcomedToPlace(int verb, int guest)
        {
            for (int k = _f; k < _e; k++)
            {
                var tk = doc.Token(k);
                if (tk.Head != verb && tk.Head != guest) continue;
                if (!(tk.Relation?.StartsWith("obl", StringComparison.Ordinal) ?? false) && !(tk.Relation?.StartsWith("nmod", StringComparison.Ordinal) ?? false)) continue;
                if (k <= guest || doc.TokUpos(k) != Upos.PROPN || _tree.CaseOf(k) != "to") continue;
                // the place is no actor of its own or a country or capital (a bare country code)
                if (ActorAt(k) < 0 || A(ActorAt(k)).Code is { Length: 3 }) return true;
            }
            return false;
        }

        /// <summary>Whether an actor fires words, not weapons: a role that bears no arms (health, labour, education, media,
        /// opposition, legislature, judiciary, NGOs, IGOs, business, civilians). Forces, rebels, criminals and bare countries are
        /// not judged.</summary>
        private bool IsCritic(int a)
        {
            if (A(a).Code is not { } c) return false;
            if (IsInternationalBody(c)) return true;
            return RoleOf(a) is "HLH" or "LAB" or "EDU" or "MED" or "OPP" or "LEG" or "JUD" or "NGO" or "BUS" or "CVL" or "ENV" or "REL" or "HRI";
        }

        /// <summary>Whether the noun at <paramref name="node"/> (trigger <paramref name="i"/>) is the direct object, or the head
        /// of a compound that is, of a coded verb of praise or endorsement (05).</summary>
        private bool ObjectOfCodedPraise(int node, int i) => ObjectOfCodedVerb(node, i, "05") >= 0;

        /// <summary>
        /// The direct object that the noun at <paramref name="node"/> (trigger <paramref name="i"/>) is, itself or as part of
        /// the compound it sits in, when that object's verb is a coded verb trigger (not an event noun) whose code starts with
        /// <paramref name="codePrefix"/>; -1 otherwise. Shared by the praise (05) and criticism (11) readings of what an
        /// evaluation's object presupposes.
        /// </summary>
        private int ObjectOfCodedVerb(int node, int i, string codePrefix)
        {
            int n = node;
            if (doc.Token(n).Relation == "compound" && doc.Token(n).Head is var ch && ch >= _f && ch < _e && ch != n) n = ch;
            if (doc.Token(n).Relation != "obj") return -1;
            int h = doc.Token(n).Head;
            if (h < _f || h >= _e || h == n) return -1;
            int k = TriggerCovering(h, i);
            return k >= 0 && _coded.Contains(_trigs[k].Start) && !_trigs[k].IsNoun
                && _trigs[k].Code.StartsWith(codePrefix, StringComparison.Ordinal) ? n : -1;
        }
    }
}
