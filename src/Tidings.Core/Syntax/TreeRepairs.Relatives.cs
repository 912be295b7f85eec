namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Pronouns that open a relative clause set off by a comma ("Brazil's president, who arrived ...").</summary>
    private static readonly HashSet<string> RelativePronouns = new(StringComparer.OrdinalIgnoreCase) { "who", "which", "whose", "whom" };

    /// <summary>Words that open a relative clause set off by commas between a subject and its verb: the pronouns, and
    /// "where" after a place in the subject's phrase ("Opposition lawmakers in Congress, where ..., called ...").</summary>
    private static readonly HashSet<string> RelativeOpeners = new(RelativePronouns, StringComparer.OrdinalIgnoreCase) { "where" };

    /// <summary>
    /// "Brazil's president, who arrived in Beijing on Monday, signed a dozen agreements ...", "Saudi Arabia and the UAE,
    /// which lead the coalition, announced ...", "Senegal and Mauritania, whose navies have clashed in the past, signed ...":
    /// wire copy puts a relative clause set off by commas between the subject and its verb, and the greedy parser, having
    /// built the relative clause first, takes the main verb for the relative verb's conjunct, so the subject's own verb is
    /// lost to the coder (no subject, or the relative pronoun's). A finite verb that follows a comma, is a conjunct
    /// without a coordinating conjunction or a subject of its own, of a clause that opens with a relative pronoun right
    /// after a comma, is the predicate of the noun before that comma: the verb takes the clause's place (or, when the
    /// parser hung the clause on that noun, the noun's, which must then be the root), the noun becomes its subject, the
    /// clause the noun's relative clause, and what the clause held before the noun or after the verb (fronted adverbials,
    /// the verb's own phrases) hangs on the verb. A clause may also open with "where" after a place ("lawmakers in Congress,
    /// where ..., called"), and the verb's subject is the head of the phrase the clause's noun ends ("Leaders of the union,
    /// which ..., said"). Invariant: a repair that would leave anything but one tree is undone.
    /// </summary>
    private static void PredicateAfterRelativeClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        int[]? savedHeads = null;
        string[]? savedRelations = null;
        for (int v2 = 3; v2 < n; v2++)
        {
            // The parser may also hang the verb on the relative verb as a participle's clause (acl), which a verb cannot have.
            bool onRelativeVerb = relations[v2] == "acl" && heads[v2] >= 0 && relations[heads[v2]] == "acl:relcl" && words[heads[v2]].Upos == "VERB";
            if (relations[v2] != "conj" && !onRelativeVerb || words[v2].Upos != "VERB" || words[v2].Xpos is not ("VBD" or "VBZ" or "VBP" or "VBN")) continue;
            if (words[v2 - 1].Form != ",") continue;
            // The tagger reads a past tense after a perfect relative clause ("that has fought ..., announced") as a
            // participle: one with an object or a complement and no auxiliary of its own is the past tense.
            int v1 = heads[v2];
            if (words[v2].Xpos == "VBN" && !ParticipleActsAsPast(heads, relations, v2, n) && !(v1 >= 0 && v1 < v2 && PastAfterFiniteClause(words, heads, relations, v1, v2, n))) continue;
            if (v1 < 0 || v1 > v2) continue;
            bool ownSubjectOrConjunction = false;
            for (int i = 0; i < n; i++)
                if (heads[i] == v2 && relations[i] is "nsubj" or "nsubj:pass" or "expl" or "cc") ownSubjectOrConjunction = true;
            // "who arrived, met the minister, and signed": a list of the relative clause's own verbs ends with "and".
            // (Not when the parser hung the verb as a participle's clause: the "and" verb after it is then the main verb's.)
            for (int i = v2 + 1; i < n && !onRelativeVerb; i++)
                if (heads[i] == v1 && relations[i] == "conj") ownSubjectOrConjunction = true;
            if (ownSubjectOrConjunction) continue;
            int r = RelativePronounOf(words, heads, v1, n);
            if (r < 2) continue;
            int antecedent = Antecedent(words, heads, relations, v1, r, n);
            if (antecedent < 0) continue;
            // The verb's subject is the head of the whole phrase the clause's noun ends ("Leaders of the Confederation of
            // Workers, which ..., said": the leaders said; "lawmakers in Congress, where ..., called"); the clause stays
            // on its own noun.
            int a = antecedent;
            while (heads[a] >= 0 && heads[a] < a && relations[a] == "nmod" && words[heads[a]].Upos is "NOUN" or "PROPN" or "PRON") a = heads[a];
            bool aboveClause = Dominates(heads, a, v1, n);
            // The clause hung on its noun: only a noun the parser made the root gives its place to the verb (a noun that is
            // an object or an oblique keeps its clause, "arrested the activist, who ..., accused him ...").
            if (aboveClause && heads[a] != -1) continue;
            savedHeads ??= new int[n];
            savedRelations ??= new string[n];
            heads[..n].CopyTo(savedHeads);
            Array.Copy(relations, savedRelations, n);

            int oldA = a;
            if (aboveClause) { heads[v2] = -1; relations[v2] = "root"; }
            else { heads[v2] = heads[v1]; relations[v2] = relations[v1]; }
            bool passive = false;
            for (int i = 0; i < n; i++) if (heads[i] == v2 && relations[i] == "aux:pass") passive = true;
            heads[a] = v2; relations[a] = passive ? "nsubj:pass" : "nsubj";
            heads[v1] = antecedent; relations[v1] = "acl:relcl";
            for (int t = 0; t < n; t++)
            {
                if (t == a || t == v2 || t == v1) continue;
                if (heads[t] == v1)
                {
                    if (t > v2 || t < a) heads[t] = v2;
                    // A second subject of the clause before its pronoun is the noun's apposition ("Brazil's president, Luiz
                    // Inacio Lula da Silva, who ...").
                    else if (t < r && relations[t] is "nsubj" or "nsubj:pass") { heads[t] = a; relations[t] = "appos"; }
                }
                else if (aboveClause && heads[t] == oldA && (t > v2 || t < a && relations[t] is "punct" or "advmod" or "advcl"
                    || t < a && relations[t].StartsWith("obl", StringComparison.Ordinal)))
                    // The old root's clause dependents (the full stop, "officials said", a fronted adverbial) are the verb's.
                    heads[t] = v2;
            }
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    /// <summary>
    /// "Malaysia's prime minister, who chairs ASEAN this year, spoke by telephone with ...": the tagger reads a past tense
    /// after a relative clause as a participle, but a participle without an auxiliary cannot be the conjunct of a finite
    /// verb with none ("who chairs ..., spoke"): it is the past tense. Not when another finite verb after a comma follows,
    /// which may be the predicate while the participle describes the noun (", who chairs ASEAN, elected in 2020, said ...").
    /// </summary>
    private static bool PastAfterFiniteClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int v1, int v2, int n)
    {
        if (words[v1].Xpos is not ("VBZ" or "VBP" or "VBD")) return false;
        for (int i = 0; i < n; i++)
            if ((heads[i] == v1 || heads[i] == v2) && relations[i] is "aux" or "aux:pass" or "cop") return false;
        bool phrase = false;
        for (int i = v2 + 1; i < n; i++)
        {
            if (heads[i] == v2 && (relations[i] is "obj" or "xcomp" or "ccomp" || relations[i].StartsWith("obl", StringComparison.Ordinal))) phrase = true;
            if (words[i].Xpos is "VBD" or "VBZ" or "VBP" && words[i - 1].Form == ",") return false;
        }
        return phrase;
    }

    private static bool ParticipleActsAsPast(Span<int> heads, string[] relations, int verb, int n)
    {
        bool complement = false;
        for (int i = 0; i < n; i++)
        {
            if (heads[i] != verb) continue;
            if (relations[i] is "aux" or "aux:pass" or "cop") return false;
            if (relations[i] is "obj" or "ccomp" or "xcomp") complement = true;
        }
        return complement;
    }

    /// <summary>The relative pronoun right after a comma that opens <paramref name="clause"/> (its own dependent, or the
    /// possessor or object of one: "whose navies", "in which"), or -1.</summary>
    private static int RelativePronounOf(IReadOnlyList<ParserInput> words, Span<int> heads, int clause, int n)
    {
        for (int r = clause - 1; r >= 1; r--)
        {
            if (!RelativeOpeners.Contains(words[r].Form) || words[r - 1].Form != ",") continue;
            int h = heads[r];
            if (h == clause || h >= 0 && heads[h] == clause) return r;
        }
        return -1;
    }

    /// <summary>The noun a relative clause opening at <paramref name="r"/> is said of: the noun the parser hung the clause
    /// on, else the clause's first subject before the comma (the parser's second subject), else the head of the phrase
    /// that ends right before the comma. -1 when that is no noun or name.</summary>
    private static int Antecedent(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int clause, int r, int n)
    {
        int a = -1;
        if (relations[clause] == "acl:relcl" && heads[clause] >= 0 && heads[clause] < r - 1) a = heads[clause];
        if (a < 0)
            for (int i = 0; i < r - 1 && a < 0; i++)
                if (heads[i] == clause && relations[i] is "nsubj" or "nsubj:pass") a = i;
        if (a < 0)
        {
            a = r - 2;
            while (heads[a] >= 0 && heads[a] < a && relations[a] is "flat" or "compound" or "conj" or "fixed") a = heads[a];
        }
        bool nominal = words[a].Upos is "NOUN" or "PROPN" or "PRON"
            || words[a].Upos == "ADJ" && words[a].Form.Length > 0 && char.IsUpper(words[a].Form[0]);
        return nominal && !RelativePronouns.Contains(words[a].Form) ? a : -1;
    }

    /// <summary>Nouns that, set after a comma beside a clause, sum up the act it tells ("…, a move that X denounced").</summary>
    private static readonly HashSet<string> SummaryActNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "move", "decision", "step", "measure", "action", "act", "gesture", "development", "charge", "claim", "accusation",
        "allegation", "verdict", "ruling", "sentence", "attack", "strike", "assault", "raid", "operation", "policy", "plan",
        "deal", "agreement", "remark", "comment", "statement", "announcement", "ban", "order", "decree", "law", "proposal",
        "offer", "demand", "threat", "visit", "trip", "crackdown", "incursion", "violation",
    };

    /// <summary>
    /// "Japan expelled two diplomats, a decision Beijing called provocative", "accuses Togo of arming rebels, a charge Togo
    /// denies", "recognised the State of Palestine, a move that the prime minister denounced as a reward for terrorism":
    /// wire copy sums up a clause's act in a noun set after a comma, with an object relative clause (a relative "that" or
    /// "which", or none) whose own subject reacts to the act. The greedy parser has no such shape and scatters the words
    /// (the subject as the noun's apposition, the verb as an adverbial clause of the main verb). When the words after the
    /// comma are a determiner, modifiers, an act noun (<see cref="SummaryActNouns"/>), an optional relative pronoun, a
    /// subject of nouns, names, determiners, adjectives or a possessive, and a finite verb, the noun becomes the apposition
    /// of the clause's verb, the verb its relative clause, the subject's last word the verb's subject and the pronoun its
    /// object. Invariant: a repair that would leave anything but one tree is undone.
    /// </summary>
    private static void SummaryAppositiveRelative(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int comma = 2; comma + 3 < n; comma++)
        {
            if (words[comma].Form != ",") continue;
            int t = comma + 1;
            if (words[t].Upos != "DET" || words[t].Lemma is not ("a" or "an" or "the" or "this" or "that" or "another")) continue;
            int noun = -1;
            for (t++; t < n && t < comma + 6; t++)
            {
                if (words[t].Upos == "NOUN" && SummaryActNouns.Contains(words[t].Lemma)
                    && !(t + 1 < n && words[t + 1].Upos == "NOUN")) { noun = t; break; }
                if (words[t].Upos is not ("ADJ" or "NOUN" or "ADV") && !(words[t].Upos == "VERB" && words[t].Xpos is "VBN" or "VBG")) break;
            }
            if (noun < 0 || noun + 2 >= n) continue;
            t = noun + 1;
            int pronoun = words[t].Form.ToLowerInvariant() is "that" or "which" ? t++ : -1;
            int subjectStart = t, subjectHead = -1;
            for (; t < n && t < subjectStart + 6; t++)
            {
                if (words[t].Upos is "NOUN" or "PROPN" || words[t].Upos == "PRON" && words[t].Xpos == "PRP") subjectHead = t;
                else if (!(words[t].Upos is "DET" or "ADJ" or "PART" || words[t].Xpos == "PRP$")) break;
            }
            int verb = t;
            if (verb >= n || subjectHead < 0 || subjectHead + 1 != verb) continue;
            if (words[subjectHead].Xpos == "PRP" && subjectHead != subjectStart) continue;
            // "…, strongly condemned": an adverb before the verb is its own.
            if (words[verb].Upos == "ADV" && verb + 1 < n) verb++;
            // After a subject of its own a verb is finite even when the tagger read "called" or "denounced" as a participle.
            if (verb >= n || words[verb].Upos != "VERB" || words[verb].Xpos is not ("VBD" or "VBZ" or "VBP" or "VBN")) continue;
            // The clause the noun sums up: the nearest verb above the word before the comma, outside the words moved here.
            int clause = comma - 1;
            for (int step = 0; clause >= 0 && words[clause].Upos is not ("VERB" or "AUX") && step <= n; step++) clause = heads[clause];
            if (clause < 0 || clause >= comma) continue;
            bool rootInside = false;
            for (int k = comma; k <= verb; k++) if (heads[k] == -1) rootInside = true;
            if (rootInside) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[noun] = clause; relations[noun] = "appos";
            heads[comma] = noun; relations[comma] = "punct";
            for (int k = comma + 1; k < noun; k++)
            {
                heads[k] = noun;
                relations[k] = words[k].Upos switch { "DET" => "det", "NOUN" => "compound", "ADV" => "advmod", _ => "amod" };
            }
            if (pronoun >= 0) { heads[pronoun] = verb; relations[pronoun] = "obj"; }
            for (int k = subjectStart; k < subjectHead; k++)
            {
                if (heads[k] >= subjectStart && heads[k] <= subjectHead && heads[k] != k) continue;
                heads[k] = subjectHead;
                relations[k] = words[k].Upos switch
                {
                    "DET" => "det", "ADJ" => "amod", "PART" => "case", "PROPN" or "NOUN" => "compound", _ => "nmod:poss",
                };
            }
            heads[subjectHead] = verb; relations[subjectHead] = "nsubj";
            if (verb - 1 > subjectHead) { heads[verb - 1] = verb; relations[verb - 1] = "advmod"; }
            heads[verb] = noun; relations[verb] = "acl:relcl";
            // What the scattered parse hung on the moved words from after the verb is the verb's own.
            for (int k = verb + 1; k < n; k++)
                if (heads[k] >= comma && heads[k] < verb) heads[k] = verb;
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
