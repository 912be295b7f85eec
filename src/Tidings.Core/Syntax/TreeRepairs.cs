namespace Tidings.Syntax;

/// <summary>
/// Repairs of finished trees for constructions the greedy parser gets wrong in a systematic way and that the
/// words alone disambiguate. Each repair keeps the tree a tree: it only re-hangs words below a head that is not
/// among their own descendants, and never touches the root.
/// </summary>
public static partial class TreeRepairs
{
    public static void Apply(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        // The root first: the other repairs read clauses off a tree that has its verb.
        CoordinatedAdjectivesTakenForHead(words, heads, relations);
        FiniteVerbRoot.Repair(words, heads, relations);
        FrontedTimeNounTakenForRoot(words, heads, relations);
        // Session 63 (consult63): "after talks in Doha, Qatar's foreign ministry said" read as a clause with two subjects.
        TimePhraseTakenForSubjectOfReporter(words, heads, relations);
        ListTakenForApposition(words, heads, relations);
        ListConjunctOnConjunct(words, heads, relations);
        // Session 55 (realrecall55): the last member of an "including" list taken for the subject of the verb after it.
        IncludedListEndTakenForSubject(words, heads, relations);
        IncludedListVerbTakenForRelative(words, heads, relations);
        // Session 56 (realrecall56): "including" read as a participle and the list as the subject of a relative clause.
        IncludingReadAsParticiple(words, heads, relations);
        EventNounSubjectTakenForFragment(words, heads, relations);
        PerfectAuxiliaryTakenForVerb(words, heads, relations);
        ContractedPerfectTakenForPassive(words, heads, relations);
        PredicateAfterRelativeClause(words, heads, relations);
        ReportedSubject(words, heads, relations);
        ReportedClauseOnOblique(words, heads, relations);
        // Session 52 (blind70): the reported clause hung inside a channel phrase ("wrote on Truth Social that ...").
        ReportedClauseInChannelPhrase(words, heads, relations);
        TimeNounSubject(words, heads, relations);
        SubjectBeforeLaterEarlier(words, heads, relations);
        NominalClausalSubject(words, heads, relations);
        StanceAdjectiveSubject(words, heads, relations);
        SubordinateClauses(words, heads, relations);
        // Session 67 (dis67): "in an attack the minister blamed on rebels": a relative clause with no pronoun read as a participle.
        ContactRelativeTakenForParticiple(words, heads, relations);
        SpeechParticipleOfMainClause(words, heads, relations);
        SpeechParticipleOnAudience(words, heads, relations);
        SpeechParticipleAfterReport(words, heads, relations);
        SpeechParticipleAfterAppeal(words, heads, relations);
        // Session 64 (disapprove64): "demanded that the agency condemn the strikes, accusing its chief of ...".
        SpeechParticipleAfterMandativeClause(words, heads, relations);
        // Session 57 (judge57): "expelled two journalists working for a channel, accusing them of ...".
        SpeechParticipleOfObjectRelative(words, heads, relations);
        // Session 59 (lead59): a participle after the object hung on the main verb as a conjunct with no coordinator.
        AsyndeticParticipleConjunct(words, heads, relations);
        // Session 59 (lead59): a journey's "to" phrase hung on the visitor of its "by" phrase.
        VisitDestinationOnAgent(words, heads, relations);
        // Session 63 (reject63): the "to ... sanctions list" of "add" hung inside a long object.
        ListDestinationInsideObject(words, heads, relations);
        ParticipleOfACrowd(words, heads, relations);
        ObjectControl(words, heads, relations);
        FiniteConjunctOfObject(words, heads, relations);
        // Session 68: "killing 40 people and burning homes": the second participle hung on the first one's object.
        ParticipleConjunctOfObject(words, heads, relations);
        DependentsOfFunctionWords(words, heads, relations);
        ObjectPredicateAdjective(words, heads, relations);
        SummaryAppositiveRelative(words, heads, relations);
        ConjunctAfterClosedRelative(words, heads, relations);
        CounterAccusationAfterDenial(words, heads, relations);
        // Session 50 (recall50): a speaker's own appeal or accusation hung on the clause it reports.
        SpeakersConjunctOnReportedClause(words, heads, relations);
        // Session 58 (realnews58): the same when the reported clause is a copular judgement ("said voting was orderly but criticised ...").
        SpeakersActAfterCopularReport(words, heads, relations);
        // Again: the clause repairs above can leave "had" and its participle side by side ("..., the army said, days after
        // the separatists had kidnapped ..."); the repair is idempotent on a tree it has already mended. (TimeNounSubject is
        // not run again: re-hanging "hours after" clauses there asserts causes the gold keeps as background.)
        PerfectAuxiliaryTakenForVerb(words, heads, relations);
        PluperfectTailTakenForRoot(words, heads, relations);
        // Session 54: a subject phrase hung on the auxiliary after it ("said the North had fired").
        SubjectHungOnAuxiliary(words, heads, relations);
        // Session 66 (threat66): "gave aid groups two weeks to ..., a UN official said": the span hung on the reporter.
        GivenSpanTakenForReportedClause(words, heads, relations);
        // Session 69 (threat69): "gave the government two weeks to act or face a strike": the span hung on the object.
        GivenSpanTakenForObjectModifier(words, heads, relations);
        // Session 69 (threat69): "Giving the rebels 48 hours to leave, the army chief warned": the participle read as csubj.
        FrontedParticipleTakenForSubject(words, heads, relations);
        // Session 73 (clause73): "Asked whether ..., the spokesman declined to comment": the question read as the main clause.
        FrontedQuestionTakenForRoot(words, heads, relations);
        // Last: the subordinate clauses' own repairs above give the fronted clause the shape this one reads.
        FrontedClauseTakenForRoot(words, heads, relations);
        // Session 69 (realnews69): a headline's comma-joined second predicate is the root's conjunct.
        HeadlineSecondPredicate(words, heads, relations);
        // Session 68 (parse68): a label only, after every re-hanging: an "after" clause read as a complement of "said".
        AdverbialClauseTakenForComplement(words, heads, relations);
    }

    /// <summary>
    /// "Senegalese and Gambian troops attacked rebel bases": the parser may make the first of two coordinated adjectives
    /// of nationality the head of the clause, hang the verb on it as a conjunct and leave only the noun after the second
    /// adjective as the verb's subject, so the first country is lost to every event of the clause. A capitalised
    /// adjective with an adjective (or name) conjunct after it and a later finite verb conjunct whose subject noun follows
    /// that conjunct is the noun's modifier (amod), as in "Indian and Chinese commanders met": the verb takes the
    /// adjective's place in the tree, the adjective hangs on the noun, and its other dependents hang on the noun (before
    /// it) or on the verb (after it). Only when nothing but the conjunct's words, the conjunction and the noun's own
    /// modifiers stands between the adjective and the noun. "Kenyan officials were angry and troops fired" keeps its
    /// tree: there the adjective is no clause head.
    /// </summary>
    private static void CoordinatedAdjectivesTakenForHead(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int a = 0; a + 3 < n; a++)
        {
            if (words[a].Upos != "ADJ" || words[a].Form.Length == 0 || !char.IsUpper(words[a].Form[0])) continue;
            int conj = -1, verb = -1;
            for (int i = a + 1; i < n && verb < 0; i++)
            {
                if (heads[i] != a || relations[i] != "conj") continue;
                if (conj < 0) { if (words[i].Upos is "ADJ" or "PROPN") conj = i; else break; }
                else if (words[i].Upos == "VERB" && words[i].Xpos is "VBD" or "VBZ" or "VBP") verb = i;
            }
            if (conj < 0 || verb < 0) continue;
            int noun = -1;
            for (int i = conj + 1; i < verb; i++)
                if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" && words[i].Upos is "NOUN" or "PROPN") noun = i;
            if (noun < 0) continue;
            bool own = true;
            for (int i = a + 1; i < noun && own; i++)
                own = Dominates(heads, conj, i, n) || Dominates(heads, noun, i, n) || (heads[i] == a && words[i].Upos is "CCONJ" or "PUNCT");
            if (!own) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[verb] = heads[a]; relations[verb] = relations[a];
            heads[a] = noun; relations[a] = "amod";
            for (int t = 0; t < n; t++)
            {
                if (t == conj || heads[t] != a) continue;
                if (t < noun) { if (words[t].Upos == "CCONJ") { heads[t] = conj; relations[t] = "cc"; } else heads[t] = noun; }
                else heads[t] = verb;
            }
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    /// <summary>"has", "have", "had" or "having" in any case, compared without lower-casing a copy (this runs on every
    /// auxiliary or verb the parser sees).</summary>
    private static bool IsPerfectAuxiliaryForm(string form) =>
        form.Equals("has", StringComparison.OrdinalIgnoreCase) || form.Equals("have", StringComparison.OrdinalIgnoreCase)
        || form.Equals("had", StringComparison.OrdinalIgnoreCase) || form.Equals("having", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "The US has so far pledged $8 million", "Japan has so far sent 200 troops": with adverbs between them the parser may
    /// make "has" the clause's head and hang the participle on it as parataxis or ccomp. A form of "have" (tagged AUX or VERB) whose
    /// dependent is a past participle after it, with only adverbs (or "not") between them, is that participle's auxiliary:
    /// the participle takes the auxiliary's place in the tree (root included) and the auxiliary's other dependents
    /// (subject, adverbs, punctuation) move to it. The participle is the auxiliary's child, so the result is still a tree.
    /// Wire copy's tail "..., the army said, days after the separatists had kidnapped a teacher" (blind55) gives a second
    /// shape: "had" and the participle right after it hang side by side on the same head, "had" carrying the clause's
    /// "after" and subject and the participle the time noun as its subject. With nothing between them and no object or
    /// clause of its own under "had" (so "had a meeting" is untouched), the participle takes the auxiliary's place in the
    /// same way (the tagger, reading it as a main verb, may have tagged it VBD: the -ed forms of regular verbs are one);
    /// the participle was a sibling, not a descendant, of the auxiliary, so the result is still a tree.
    /// </summary>
    private static void PerfectAuxiliaryTakenForVerb(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int a = 0; a + 2 < n; a++)
        {
            if (words[a].Upos is not ("AUX" or "VERB") || !IsPerfectAuxiliaryForm(words[a].Form)) continue;
            if (relations[a] == "aux") continue;
            int v = a + 1;
            while (v < n && v - a <= 4 && (words[v].Upos == "ADV" || words[v].Form.Equals("not", StringComparison.OrdinalIgnoreCase))) v++;
            bool sibling = v == a + 1 && v < n && heads[a] >= 0 && heads[v] == heads[a] && words[v].Xpos is "VBN" or "VBD"
                && relations[v] is "parataxis" or "ccomp" or "xcomp" or "conj" or "advcl" or "dep"
                && !HasCoreDependent(a, heads, relations);
            if (!sibling && (v == a + 1 || v >= n || heads[v] != a || words[v].Xpos != "VBN"
                || relations[v] is not ("parataxis" or "ccomp" or "xcomp" or "conj" or "advcl" or "dep"))) continue;
            heads[v] = heads[a]; relations[v] = relations[a];
            for (int t = 0; t < n; t++)
                if (t != v && heads[t] == a) heads[t] = v;
            heads[a] = v; relations[a] = "aux";
        }
    }

    /// <summary>
    /// "Cameroonian soldiers killed nine fighters in a raid, the army said, days after the separatists had kidnapped a local
    /// administrator" (blind55): the parser may make the tail's participle the sentence's root, with the main clause and its
    /// reporting verb below it and "had" (not an auxiliary) hanging under the reporting verb with the "after" and the
    /// subject. The whole sentence then reads as pluperfect history. When the root is a past participle right after a form
    /// of "have" that is not its auxiliary, lies below it, and heads no object or clause of its own, the root's child on the
    /// way down to "had" becomes the root, the participle takes the auxiliary's place below "had"'s head, and "had" and its
    /// dependents move to the participle. The new root was detached from the participle before the participle moved into its
    /// subtree, so the result is still a tree.
    /// </summary>
    private static void PluperfectTailTakenForRoot(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        int v = -1;
        for (int i = 0; i < n; i++) if (heads[i] < 0) { v = i; break; }
        if (v < 1 || words[v].Xpos is not ("VBN" or "VBD")) return;
        int a = v - 1;
        if (words[a].Upos is not ("AUX" or "VERB") || !IsPerfectAuxiliaryForm(words[a].Form)) return;
        if (relations[a] == "aux" || HasCoreDependent(a, heads, relations)) return;
        // The root's child on the path from "had" up to the root: the main clause's reporting verb or verb.
        int p = a, steps = 0;
        while (p >= 0 && heads[p] != v && steps++ < n) p = heads[p];
        if (p < 0 || p == a || heads[p] != v || p > a || words[p].Upos != "VERB") return;
        int h = heads[a];
        heads[p] = -1; relations[p] = "root";
        heads[v] = h; relations[v] = relations[a];
        for (int t = 0; t < n; t++)
            if (t != v && heads[t] == a) heads[t] = v;
        heads[a] = v; relations[a] = "aux";
    }

    /// <summary>Whether the word heads an object or a clause of its own: a "had" that does is the main verb ("had talks").</summary>
    private static bool HasCoreDependent(int head, Span<int> heads, string[] relations)
    {
        for (int i = 0; i < heads.Length; i++)
            if (heads[i] == head && relations[i] is "obj" or "iobj" or "ccomp" or "xcomp" or "csubj") return true;
        return false;
    }

    /// <summary>
    /// "Beijing condemned the decision": a clausal subject is a clause, so a noun, name or pronoun the parser labelled
    /// csubj before its verb, with no other subject there, is the verb's nominal subject (nsubj, or nsubj:pass).
    /// </summary>
    private static void NominalClausalSubject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int s = 0; s < n; s++)
        {
            if (relations[s] is not ("csubj" or "csubj:pass") || words[s].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            int v = heads[s];
            if (v <= s) continue;
            bool other = false;
            for (int i = 0; i < n && !other; i++)
                if (i != s && heads[i] == v && relations[i] is "nsubj" or "nsubj:pass" or "csubj" or "csubj:pass") other = true;
            if (!other) relations[s] = relations[s] == "csubj" ? "nsubj" : "nsubj:pass";
        }
    }

    /// <summary>Adjectives of a person's stance: only someone can be hopeful or worried, never the weather or a fact.</summary>
    private static readonly HashSet<string> StanceAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "hopeful", "optimistic", "pessimistic", "confident", "concerned", "worried", "alarmed", "upbeat", "sceptical",
        "skeptical", "anxious",
    };

    /// <summary>
    /// "Hamas said it was hopeful that the talks would produce a deal", "the government said it was confident that a deal
    /// would be reached": the parser reads "it was ADJ that ..." as extraposition ("it is likely that ..."), with "it" an
    /// expletive and the "that" clause the adjective's subject. A stance adjective says how someone feels, so its "it" is
    /// the one who feels (nsubj) and the "that" clause what is felt (ccomp). Only relations change: the tree keeps its shape.
    /// "It is certain that ..." and "it is likely that ..." keep their expletive.
    /// </summary>
    private static void StanceAdjectiveSubject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int s = 0; s < n; s++)
        {
            if (relations[s] != "expl" || !words[s].Form.Equals("it", StringComparison.OrdinalIgnoreCase)) continue;
            int a = heads[s];
            if (a <= s || a >= n || words[a].Upos != "ADJ" || !StanceAdjectives.Contains(words[a].Form)) continue;
            relations[s] = "nsubj";
            for (int i = a + 1; i < n; i++)
                if (heads[i] == a && relations[i] is "csubj") relations[i] = "ccomp";
        }
    }

    /// <summary>Verbs that take an object and an adjective said of it ("found them guilty", "declared the vote void",
    /// "called the sanctions illegal").</summary>
    private static readonly HashSet<string> ObjectPredicateVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "find", "declare", "pronounce", "deem", "consider", "call", "label", "brand", "hold", "judge", "rule", "make", "render",
    };

    /// <summary>
    /// "A Manila court found the two activists guilty of sedition": English puts an attributive adjective before its noun,
    /// so an adjective the parser hung after the object of such a verb as the object's modifier is the verb's open
    /// complement said of the object (xcomp), as UD has it.
    /// </summary>
    private static void ObjectPredicateAdjective(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int a = 1; a < n; a++)
        {
            if (words[a].Upos != "ADJ" || relations[a] != "amod") continue;
            int o = heads[a];
            if (o < 0 || o > a || relations[o] != "obj" || words[o].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            int v = heads[o];
            if (v < 0 || v > o || words[v].Upos != "VERB" || !ObjectPredicateVerbs.Contains(words[v].Lemma)) continue;
            // The adjective follows the object's own words at once.
            if (LastOwnWord(heads, o, a, a, n) + 1 != a) continue;
            heads[a] = v; relations[a] = "xcomp";
        }
    }

    /// <summary>
    /// "said Cambodian forces had fired rockets …, and that Thai jets had struck …": the greedy parser sometimes hangs a
    /// whole clause on a punctuation mark or a coordinating conjunction, which take no dependents in UD, and the clause is
    /// then lost to the reader of its governor. Such a dependent moves to the nearest ancestor that is a content word; a
    /// clause that then sits beside an earlier clause of the same relation, with a conjunction between them, is that
    /// clause's conjunct and takes the conjunction as its own.
    /// </summary>
    private static void DependentsOfFunctionWords(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        int[]? savedHeads = null;
        string[]? savedRelations = null;
        for (int t = 0; t < n; t++)
        {
            int h = heads[t];
            if (h < 0 || words[h].Upos is not ("PUNCT" or "CCONJ")) continue;
            // Only whole clauses: a stray word on a comma costs little, and moving it often costs more.
            if (words[t].Upos is not ("VERB" or "AUX") || relations[t] is not ("ccomp" or "advcl" or "xcomp" or "conj" or "parataxis")) continue;
            savedHeads ??= heads.ToArray();
            savedRelations ??= (string[])relations.Clone();
            int anchor = h;
            for (int step = 0; anchor >= 0 && words[anchor].Upos is "PUNCT" or "CCONJ" && step < n; step++) anchor = heads[anchor];
            if (anchor < 0 || anchor == t || Dominates(heads, t, anchor, n)) continue;
            heads[t] = anchor;
            JoinEarlierClause(words, heads, relations, t, anchor);
        }
        if (savedHeads is not null) KeepOnlyATree(heads, relations, savedHeads, savedRelations!, n);
    }

    /// <summary>Makes <paramref name="clause"/> the conjunct of the nearest earlier dependent of <paramref name="governor"/>
    /// with the same relation when a coordinating conjunction lies between them.</summary>
    private static void JoinEarlierClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int clause, int governor)
    {
        int n = words.Count;
        int earlier = -1;
        for (int i = clause - 1; i >= 0 && earlier < 0; i--)
            if (heads[i] == governor && relations[i] == relations[clause] && words[i].Upos is "VERB" or "AUX" or "NOUN" or "ADJ" or "PROPN") earlier = i;
        if (earlier < 0) return;
        int cc = -1;
        for (int i = earlier + 1; i < clause; i++)
            if (words[i].Upos == "CCONJ" && !Dominates(heads, earlier, i, n)) cc = i;
        if (cc < 0) return;
        heads[clause] = earlier; relations[clause] = "conj";
        if (!Dominates(heads, clause, cc, n) || heads[cc] != clause) { heads[cc] = clause; relations[cc] = "cc"; }
    }

    /// <summary>
    /// "welcomed the sanctions and called on other countries to follow": the parser coordinates the second finite verb with
    /// the first verb's object noun. A finite verb with no subject of its own is no conjunct of a noun: it shares the
    /// subject of the verb that governs the noun, and is that verb's conjunct.
    /// </summary>
    private static void FiniteConjunctOfObject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int w = 0; w < n; w++)
        {
            if (relations[w] != "conj" || words[w].Upos != "VERB" || words[w].Xpos is not ("VBD" or "VBZ" or "VBP" or "VBN")) continue;
            int noun = heads[w];
            if (noun < 0 || noun > w || words[noun].Upos is not ("NOUN" or "PROPN") || relations[noun] is not ("obj" or "obl")) continue;
            int verb = heads[noun];
            if (verb < 0 || verb > noun || words[verb].Upos != "VERB") continue;
            // A past participle is the tagger's misreading of a simple past only after a simple past ("welcomed the
            // sanctions and called on"); "the deal signed and ratified" keeps its participles.
            // So is one after a perfect's participle ("said it had bombed a village and apologised to the families").
            if (words[w].Xpos == "VBN" && (words[verb].Xpos is not ("VBD" or "VBN") || (words[verb].Xpos == "VBN" && !HasPerfectAux(words, heads, relations, verb))
                || w == 0 || words[w - 1].Form is not ("and" or "but"))) continue;
            bool ownSubject = false;
            for (int i = 0; i < n; i++)
                if (heads[i] == w && relations[i] is "nsubj" or "nsubj:pass" or "expl" or "aux" or "aux:pass") ownSubject = true;
            if (ownSubject) continue;
            heads[w] = verb;
        }
    }

    /// <summary>
    /// Headlines write the passive without its auxiliary ("Opposition leader charged with treason", "Three soldiers killed
    /// in ambush") and the active in the present ("Police charge opposition leader"): in a headline, a past form with a
    /// subject and no auxiliary, object or clausal complement is a passive, and its subject the one it was done to.
    /// </summary>
    public static void HeadlinePassives(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int v = 0; v < n; v++)
        {
            if (words[v].Upos != "VERB" || words[v].Xpos is not ("VBN" or "VBD")) continue;
            int subject = -1;
            bool blocked = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] != v) continue;
                if (relations[i] == "nsubj" && i < v) subject = i;
                if (relations[i] is "aux" or "aux:pass" or "obj" or "iobj" or "ccomp" or "xcomp" or "nsubj:pass" or "expl") blocked = true;
            }
            if (subject < 0 || blocked) continue;
            relations[subject] = "nsubj:pass";
        }
    }

    private static bool HasPerfectAux(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int verb)
    {
        for (int i = 0; i < verb; i++)
            if (heads[i] == verb && relations[i] == "aux" && words[i].Form.ToLowerInvariant() is "had" or "has" or "have") return true;
        return false;
    }

    /// <summary>Verbs whose direct object does what their "to"-infinitive says ("urged both sides to show restraint",
    /// "asked the court to rule", "ordered the troops to withdraw").</summary>
    private static readonly HashSet<string> ObjectControlVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "urge", "ask", "tell", "order", "force", "allow", "encourage", "persuade", "invite", "warn", "advise", "instruct",
        "press", "pressure", "require", "permit", "enable", "compel", "oblige", "authorize", "authorise", "empower", "direct",
        "command", "implore", "beg", "request", "challenge", "convince", "prompt", "push", "lobby", "exhort", "entreat",
    };

    /// <summary>Nouns that take a "to"-infinitive of their own ("asked permission to leave", "ordered a plan to cut jobs").</summary>
    private static readonly HashSet<string> InfinitiveTakingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "right", "permission", "time", "money", "chance", "opportunity", "way", "plan", "decision", "attempt", "effort",
        "ability", "power", "authority", "order", "bid", "move", "promise", "pledge", "call", "request", "demand", "offer",
        "proposal", "agreement", "deal", "step", "measure", "fund", "resource", "approval", "consent", "help", "support",
        "mandate", "go-ahead", "assurance", "guarantee", "commitment", "deadline", "vote", "motion", "bill", "law", "place",
        "thing", "something", "nothing", "anything", "restraint", "calm", "action", "aid", "assistance",
    };

    /// <summary>
    /// "urged both sides to show restraint and offered to host talks": the parser often hangs an object-control verb's
    /// infinitive on the object as a modifier (acl), or on the verb as a purpose clause (advcl), where UD and the coder
    /// read it as the verb's open complement (xcomp) controlled by the object. Only right after the object's own words,
    /// with "to" and no subject of its own, and not after a noun that takes an infinitive itself.
    /// </summary>
    private static void ObjectControl(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int inf = 1; inf < n; inf++)
        {
            if (relations[inf] is not ("acl" or "advcl") || words[inf].Xpos != "VB") continue;
            int mark = -1;
            bool ownSubject = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] != inf) continue;
                if (relations[i] == "mark" && i < inf && string.Equals(words[i].Form, "to", StringComparison.OrdinalIgnoreCase)) mark = i;
                if (relations[i] is "nsubj" or "nsubj:pass" or "expl") ownSubject = true;
            }
            if (mark < 0 || ownSubject) continue;
            int h = heads[inf];
            int obj, verb;
            if (relations[inf] == "acl")
            {
                obj = h;
                if (obj < 0 || relations[obj] != "obj") continue;
                verb = heads[obj];
            }
            else
            {
                verb = h; obj = -1;
                for (int i = 0; i < mark; i++)
                    if (heads[i] == verb && relations[i] == "obj") obj = i;
                if (obj < 0) continue;
            }
            if (verb < 0 || words[verb].Upos != "VERB" || !ObjectControlVerbs.Contains(words[verb].Lemma)) continue;
            if (words[obj].Upos is not ("NOUN" or "PROPN" or "PRON") || InfinitiveTakingNouns.Contains(words[obj].Lemma)) continue;
            // "to" must follow the object's own words at once (the infinitive's subtree aside).
            if (LastOwnWord(heads, obj, inf, mark, n) + 1 != mark || !(verb < obj)) continue;
            heads[inf] = verb; relations[inf] = "xcomp";
        }
    }

    /// <summary>Words that are prepositions before a noun and subordinators before a clause ("as" and "while" too: "shelled
    /// the town as the rebels besieged its garrison", "accused Eritrea, while Asmara dismissed the claim").</summary>
    private static readonly HashSet<string> PrepositionsOrSubordinators = new(StringComparer.OrdinalIgnoreCase)
    { "after", "before", "since", "until", "till", "as", "while" };

    /// <summary>Nouns of a span of time that start a fronted time phrase ("Hours after meeting ...", "Days before the vote").</summary>
    private static readonly HashSet<string> TimeSpanNouns = new(StringComparer.OrdinalIgnoreCase)
    { "minutes", "hours", "days", "weeks", "months", "years", "moments", "minute", "hour", "day", "week", "month", "year", "moment" };

    /// <summary>
    /// "Hours after meeting Ukraine's president in Kyiv, Poland's prime minister announced ...": the parser takes the fronted
    /// time noun for a second subject of the main verb and hangs the "after" clause on it, so the verb's doer is read as a
    /// time and the meeting has no doer. A time-span noun that is one of two subjects of a verb is a time adverbial
    /// (<c>obl:tmod</c>), and a clause it carries that opens with "after" or "before" modifies the verb (<c>advcl</c>).
    /// </summary>
    private static void TimeNounSubject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int t = 0; t < n; t++)
        {
            if (relations[t] != "nsubj" || !TimeSpanNouns.Contains(words[t].Form)) continue;
            int v = heads[t];
            if (v < 0 || words[v].Upos != "VERB") continue;
            bool otherSubject = false;
            for (int i = 0; i < n; i++)
                if (i != t && heads[i] == v && relations[i] is "nsubj" or "nsubj:pass") otherSubject = true;
            if (!otherSubject) continue;
            relations[t] = "obl:tmod";
            for (int c = t + 1; c < n; c++)
            {
                if (heads[c] != t || relations[c] is not ("acl" or "advcl" or "acl:relcl") || words[c].Upos != "VERB") continue;
                bool afterOrBefore = false;
                for (int m = 0; m < c; m++)
                    if (heads[m] == c && relations[m] is "mark" or "case" && words[m].Form.ToLowerInvariant() is "after" or "before")
                        afterOrBefore = true;
                if (afterOrBefore) { heads[c] = v; relations[c] = "advcl"; }
            }
        }
    }

    /// <summary>Nouns of time and parts of a day that "later"/"earlier" measure ("two days later", "hours earlier", "that
    /// night"): a noun right before the adverb that is one of them is the adverb's own measure, never a clause's subject.</summary>
    private static readonly HashSet<string> LaterMeasureNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "decade", "decades", "night", "nights", "morning", "mornings", "evening", "afternoon", "week", "weekend", "season",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "time", "times", "much", "little",
    };

    /// <summary>
    /// "and the two leaders later signed a pact", "and the rebels later seized the town", "and Israel later released 90
    /// prisoners": the parser reads a noun right before "later" or "earlier" as the measure of the adverb ("two days later")
    /// or, after "and", as a conjunct of the noun before, so the next verb loses its subject and the coder its doer. When
    /// that verb (the adverb's head) has no subject and the noun is no measure of time (<see cref="TimeSpanNouns"/>,
    /// <see cref="LaterMeasureNouns"/>), the noun is the verb's subject; a conjunct taken across ", and" gives the verb its
    /// coordinator and comma back and the verb becomes a conjunct of the clause it hung from (advcl or parataxis of the
    /// root). A repair that would leave anything but one tree is undone.
    /// </summary>
    private static void SubjectBeforeLaterEarlier(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int a = 1; a + 1 < n; a++)
        {
            if (!(words[a].Form.Equals("later", StringComparison.OrdinalIgnoreCase) || words[a].Form.Equals("earlier", StringComparison.OrdinalIgnoreCase))) continue;
            int v = heads[a];
            if (relations[a] != "advmod" || v != a + 1 || words[v].Upos != "VERB" || words[v].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            int noun = a - 1;
            if (words[noun].Upos is not ("NOUN" or "PROPN" or "NUM") || TimeSpanNouns.Contains(words[noun].Form)
                || LaterMeasureNouns.Contains(words[noun].Form)) continue;
            bool hasSubject = false;
            for (int i = 0; i < n; i++)
                if (heads[i] == v && relations[i] is "nsubj" or "nsubj:pass" or "expl" or "csubj") { hasSubject = true; break; }
            if (hasSubject || Dominates(heads, noun, v, n)) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            if (heads[noun] == a)
            {
                heads[noun] = v;
                relations[noun] = "nsubj";
            }
            else if (relations[noun] == "conj")
            {
                // ", and Israel later released": the coordinator and comma the noun carries are the verb's.
                bool cc = false;
                for (int i = 0; i < noun; i++)
                    if (heads[i] == noun && relations[i] is "cc" or "punct") { heads[i] = v; cc |= relations[i] == "cc"; }
                if (!cc) { savedHeads.CopyTo(heads); Array.Copy(savedRelations, relations, n); continue; }
                heads[noun] = v;
                relations[noun] = "nsubj";
                if (heads[v] >= 0 && heads[heads[v]] == -1 && relations[v] is "advcl" or "parataxis") relations[v] = "conj";
            }
            else continue;
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    /// <summary>
    /// "Kenya closed its border after Somali militants attacked a police post", "released six Americans after President
    /// Nicolas Maduro met the envoy": the greedy parser reads "after" as the preposition of the noun phrase and leaves the
    /// next verb without its subject, so the doer of the subordinate act is lost. When the noun phrase is followed right
    /// away by a finite verb that has no subject after "after", the phrase is that verb's subject, "after" its
    /// subordinator, and the verb an adverbial clause of the verb the phrase hung from (or of the nearest finite verb
    /// before it). A repair that would leave anything but one tree is undone.
    /// </summary>
    private static void SubordinateClauses(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int w = 0; w + 2 < n; w++)
        {
            if (relations[w] != "case" || !PrepositionsOrSubordinators.Contains(words[w].Form)) continue;
            int x = heads[w];
            if (x <= w || words[x].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            // The phrase must run from the word after "after" to the word before the verb, without gaps.
            int first = x, last = x;
            for (int i = 0; i < n; i++)
                if (i != w && Dominates(heads, x, i, n)) { first = Math.Min(first, i); last = Math.Max(last, i); }
            if (first != w + 1) continue;
            int v = last + 1;
            if (v >= n || words[v].Upos is not ("VERB" or "AUX") || words[v].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            bool ownSubject = false;
            for (int i = w + 1; i < n; i++)
                if (heads[i] == v && i != x && relations[i] is "nsubj" or "nsubj:pass" or "expl" && i > w) ownSubject = true;
            if (ownSubject) continue;

            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            int oldHead = heads[x];
            heads[x] = v; relations[x] = "nsubj";
            heads[w] = v; relations[w] = "mark";
            // What the clause modifies: the verb the phrase hung from, else the nearest finite verb before "after".
            int governor = oldHead >= 0 && oldHead < w && words[oldHead].Upos == "VERB" ? oldHead : NearestFiniteBefore(words, w);
            if (governor >= 0 && (heads[v] < 0 || heads[v] >= w || words[heads[v]].Upos != "VERB"))
            {
                if (heads[v] < 0)
                {
                    // The subordinate verb had become the root: the governor takes its place, with the subjects the
                    // subordinate verb had taken from before "after".
                    heads[governor] = -1; relations[governor] = "root";
                    for (int i = 0; i < w; i++)
                        if (heads[i] == v && relations[i] is "nsubj" or "nsubj:pass") heads[i] = governor;
                }
                heads[v] = governor; relations[v] = "advcl";
            }
            else if (heads[v] >= 0 && heads[v] < w && words[heads[v]].Upos == "VERB") relations[v] = "advcl";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    private static int NearestFiniteBefore(IReadOnlyList<ParserInput> words, int w)
    {
        for (int i = w - 1; i >= 0; i--)
            if (words[i].Upos is "VERB" or "AUX" && words[i].Xpos is "VBD" or "VBZ" or "VBP") return words[i].Upos == "VERB" ? i : -1;
        return -1;
    }

    /// <summary>The last word before <paramref name="limit"/> that belongs to <paramref name="head"/>'s phrase, leaving out
    /// <paramref name="except"/>'s subtree; <paramref name="head"/> itself when none follows it.</summary>
    private static int LastOwnWord(Span<int> heads, int head, int except, int limit, int n)
    {
        int last = head;
        for (int i = head + 1; i < limit; i++)
            if (Dominates(heads, head, i, n) && !Dominates(heads, except, i, n)) last = i;
        return last;
    }

    /// <summary>Undoes a repair (restores the saved heads and relations) when it left anything but one tree.</summary>
    private static void KeepOnlyATree(Span<int> heads, string[] relations, int[] savedHeads, string[] savedRelations, int n)
    {
        if (IsTree(heads, n)) return;
        savedHeads.CopyTo(heads);
        Array.Copy(savedRelations, relations, n);
    }

    /// <summary>True when <paramref name="top"/> is <paramref name="node"/> or one of its ancestors.</summary>
    private static bool Dominates(Span<int> heads, int top, int node, int n)
    {
        for (int v = node, step = 0; v >= 0 && step <= n; v = heads[v], step++)
            if (v == top) return true;
        return false;
    }

    /// <summary>Exactly one root and no cycle.</summary>
    private static bool IsTree(Span<int> heads, int n)
    {
        int roots = 0;
        for (int i = 0; i < n; i++)
        {
            if (heads[i] == -1) roots++;
            else if (heads[i] < 0 || heads[i] >= n || heads[i] == i) return false;
            int steps = 0;
            for (int v = i; v != -1; v = heads[v]) if (++steps > n) return false;
        }
        return roots == 1;
    }

    /// <summary>
    /// "Officials said the rebels, who have seized three towns, attacked a base": after a relative clause set off
    /// by commas the parser takes "the rebels" as the object of "said" and "attacked" as a second verb of the
    /// speaker. "Say" does not take a person or group as its object, and a finite verb coordinated with it without
    /// "and"/"or" and without a subject of its own is the reported clause: the object becomes that verb's subject and
    /// the verb the complement of "said".
    /// </summary>
    private static void ReportedSubject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int say = 0; say < n; say++)
        {
            if (!string.Equals(words[say].Lemma, "say", StringComparison.OrdinalIgnoreCase) || words[say].Upos != "VERB") continue;
            int obj = -1, verb = -1;
            for (int i = say + 1; i < n; i++)
            {
                if (heads[i] != say) continue;
                if (obj < 0 && relations[i] == "obj" && words[i].Upos is "NOUN" or "PROPN") obj = i;
                else if (obj >= 0 && verb < 0 && i > obj && relations[i] == "conj" && words[i].Upos == "VERB"
                    && words[i].Xpos is "VBD" or "VBZ" or "VBP") verb = i;
            }
            if (obj < 0 || verb < 0) continue;
            // The object must carry a relative clause set off by a comma: the case the parser gets wrong. Without it
            // ("said a prayer, left") the object reading can be right.
            bool relative = false;
            for (int i = obj + 1; i < verb; i++)
                if (heads[i] == obj && relations[i] == "acl:relcl" && HasCommaBefore(words, obj, i)) relative = true;
            if (!relative) continue;
            bool ownSubject = false, coordinated = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] != verb) continue;
                if (relations[i] is "nsubj" or "nsubj:pass" or "expl") ownSubject = true;
                if (relations[i] == "cc") coordinated = true;
            }
            if (ownSubject || coordinated) continue;
            heads[obj] = verb; relations[obj] = "nsubj";
            relations[verb] = "ccomp";
        }
    }

    /// <summary>
    /// "Thailand says Cambodian troops fired rockets across border", "Army says rebels attacked convoy": with no "that",
    /// the parser takes the reported clause's subject as the object of "says" and its verb as a reduced relative
    /// (<c>acl</c>) on it. "Say" takes no group or person as its object, so an object noun of "say" whose modifier is a
    /// past-form verb with an object or clause of its own, and no subject, "to" or auxiliary, is the subject of the
    /// reported clause: the verb becomes the complement of "say" and the noun its subject. Other verbs of saying
    /// ("reports", "claims") can take a noun object, so for them only a verb the tagger read as finite (VBD) moves.
    /// Headlines only (run after <see cref="Apply"/> by the parsers for a headline sentence): body text says "that" or
    /// is parsed right, and there the object reading of a long clause is more often the right one.
    /// </summary>
    public static void ReportedClauseOnObject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int verb = 2; verb < n; verb++)
        {
            if (relations[verb] != "acl" || words[verb].Upos != "VERB" || words[verb].Xpos is not ("VBD" or "VBN")) continue;
            int obj = heads[verb];
            if (obj < 0 || obj >= verb || relations[obj] != "obj" || words[obj].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            int say = heads[obj];
            if (say < 0 || say >= obj || words[say].Upos != "VERB") continue;
            bool isSay = string.Equals(words[say].Lemma, "say", StringComparison.OrdinalIgnoreCase);
            if (!isSay && (words[verb].Xpos != "VBD" || !SpeechVerbs.Contains(words[say].Lemma))) continue;
            // Nothing but the object's own words between the object and the verb ("troops fired", not "troops, fired").
            bool adjacent = true;
            for (int i = obj + 1; i < verb; i++) if (heads[i] != obj || words[i].Upos == "PUNCT") { adjacent = false; break; }
            if (!adjacent) continue;
            bool complement = false, blocked = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] != verb) continue;
                if (i > verb && relations[i] is "obj" or "ccomp" or "xcomp" or "obl" or "advmod") complement = true;
                if (relations[i] is "nsubj" or "nsubj:pass" or "aux" or "aux:pass" or "mark" or "expl") blocked = true;
            }
            // A reduced relative takes a by-agent or no complement ("troops killed in the attack"): a past form with
            // an object or another complement after it is a finite verb.
            if (blocked || !complement) continue;
            if (HasByAgent(words, heads, relations, verb, n)) continue;
            heads[verb] = say; relations[verb] = "ccomp";
            heads[obj] = verb; relations[obj] = "nsubj";
        }
    }

    /// <summary>
    /// "Ramaphosa: South Africa will send mediators to Zimbabwe": a headline that names its speaker before a colon tells
    /// the speaker's clause after it. The parser sometimes hangs that clause's verb on the speaker as a relative clause or
    /// a modifier (<c>acl:relcl</c>, <c>acl</c>), which reads the clause as a description of the speaker; a verb with a
    /// subject of its own right after the colon is the clause told (<c>parataxis</c>, as the parser makes it elsewhere).
    /// Headlines only.
    /// </summary>
    public static void SpeakerColonClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count, colon = -1;
        for (int i = 1; i < Math.Min(n, 6); i++) if (words[i].Form == ":") { colon = i; break; }
        if (colon < 0) return;
        for (int v = colon + 1; v < n; v++)
        {
            if (relations[v] is not ("acl:relcl" or "acl" or "appos") || words[v].Upos is not ("VERB" or "ADJ")) continue;
            int h = heads[v];
            if (h < 0 || h >= colon) continue;
            bool subject = false;
            for (int i = colon + 1; i < v; i++) if (heads[i] == v && relations[i] is "nsubj" or "nsubj:pass") subject = true;
            if (!subject) continue;
            relations[v] = "parataxis";
            return;
        }
    }

    private static bool HasByAgent(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int verb, int n)
    {
        for (int i = verb + 1; i < n; i++)
        {
            if (heads[i] != verb) continue;
            if (relations[i] == "obl:agent") return true;
            for (int j = verb + 1; j < i; j++)
                if (heads[j] == i && relations[j] == "case" && string.Equals(words[j].Form, "by", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Verbs of saying whose "that" clause is what was said.</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "announce", "add", "state", "claim", "confirm", "insist", "explain", "write", "note", "report",
        "warn", "allege", "acknowledge", "admit", "deny", "declare", "reveal", "disclose", "indicate", "tweet", "post",
    };

    /// <summary>
    /// "The army said on Thursday that its troops had killed 40 militants", "said in a statement that police had arrested
    /// ...": the parser hangs the reported clause on the oblique noun before it ("Thursday", "statement") as a relative
    /// clause, so the clause is no longer the complement of "said" and its pluperfect reads as history. In a relative
    /// clause "that" is a pronoun with a role in the clause (its subject or object); a "that" the parser itself made the
    /// clause's subordinator (<c>mark</c>), before a clause with a subject of its own, opens a complement clause, and a
    /// noun in an oblique phrase of a verb of saying takes none: the clause is the verb's complement (<c>ccomp</c>).
    /// Content nouns that do take a "that" clause ("reports that", "the claim that") are objects or subjects, never
    /// obliques of "said", and are left alone.
    /// </summary>
    private static void ReportedClauseOnOblique(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int v = 0; v < n; v++)
        {
            if (relations[v] is not ("acl:relcl" or "acl") || words[v].Upos is not ("VERB" or "AUX")) continue;
            int noun = heads[v];
            if (noun < 0 || words[noun].Upos is not ("NOUN" or "PROPN") || !relations[noun].StartsWith("obl", StringComparison.Ordinal)
                && relations[noun] != "nmod:tmod") continue;
            int say = heads[noun];
            if (say < 0 || words[say].Upos != "VERB" || !SpeechVerbs.Contains(words[say].Lemma)) continue;
            int that = -1, subjects = 0, objects = 0;
            bool complement = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] == v && relations[i] is "mark" or "obj" or "nsubj" && words[i].Form.Equals("that", StringComparison.OrdinalIgnoreCase)) that = i;
                if (heads[i] == v && relations[i] is "nsubj" or "nsubj:pass" or "expl") subjects++;
                if (heads[i] == v && relations[i] == "obj") objects++;
                if (heads[i] == say && relations[i] == "ccomp") complement = true;
            }
            if (complement) continue;
            if (that < 0)
            {
                // "said on Thursday it had retaken the town": no "that", but a day has no relative clause of its own
                // ("the day it happened" is rare after "said on"), so a clause with its own subject that opens right
                // after the day, on no other word, is what was said.
                if (subjects >= 1 && IsDayNoun(words, noun) && OpensRightAfter(words, heads, relations, noun, v, n))
                {
                    heads[v] = say;
                    relations[v] = "ccomp";
                }
                continue;
            }
            // The clause opens with its "that", after the noun; "said" has no reported clause of its own. A "that" read as
            // the clause's object or subject is its subordinator when the clause has another word in that slot ("that
            // Bolivia had expelled two diplomats"); the clause must have a subject besides it.
            if (that < noun) continue;
            bool subordinator = relations[that] switch
            {
                "mark" => subjects >= 1,
                "obj" => objects >= 2 && subjects >= 1,
                _ => subjects >= 2,
            };
            if (!subordinator) continue;
            bool opens = true;
            for (int i = that - 1; i > noun; i--) if (!Dominates(heads, noun, i, n)) opens = false;
            if (!opens) continue;
            heads[v] = say;
            relations[v] = "ccomp";
            relations[that] = "mark";
        }
    }

    /// <summary>A weekday, "today", "yesterday" or "tonight", or a part of the day after one ("Thursday night").</summary>
    private static bool IsDayNoun(IReadOnlyList<ParserInput> words, int noun) =>
        TreebankAugmentation.DayWords.Contains(words[noun].Form)
        || noun > 0 && words[noun].Form.ToLowerInvariant() is "morning" or "afternoon" or "evening" or "night"
            && TreebankAugmentation.DayWords.Contains(words[noun - 1].Form);

    /// <summary>True when the clause headed by <paramref name="v"/> takes every word after <paramref name="noun"/> up to
    /// its verb and has its subject among them: the clause opens right after the noun, with no pronoun of a relative.</summary>
    private static bool OpensRightAfter(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int noun, int v, int n)
    {
        if (v <= noun + 1 || RelativeOpeners.Contains(words[noun + 1].Form) || words[noun + 1].Form.Equals("when", StringComparison.OrdinalIgnoreCase)) return false;
        bool subject = false;
        for (int i = noun + 1; i < v; i++)
        {
            if (!Dominates(heads, v, i, n)) return false;
            if (heads[i] == v && relations[i] is "nsubj" or "nsubj:pass" or "expl") subject = true;
        }
        return subject;
    }

    private static bool HasCommaBefore(IReadOnlyList<ParserInput> words, int from, int to)
    {
        for (int i = from + 1; i < to; i++) if (words[i].Form == ",") return true;
        return false;
    }
}
