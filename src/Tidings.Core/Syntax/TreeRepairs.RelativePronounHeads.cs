namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// "Burkina Faso's junta, which took power in a coup in September 2022, suspended ...": the greedy parser may make the
    /// relative pronoun itself the head of the relative clause (hung on the antecedent as <c>acl:relcl</c>) and hang the
    /// clause's verb under it as its subject, so the verb and its phrases (the coup's date among them) read as a modifier
    /// of the pronoun, and the coder takes that past date for the date of the sentence's news. A pronoun never governs a
    /// finite verb: a relative pronoun ("which", "who", "that") that heads a relative clause and whose first dependent
    /// after it is a finite verb hung on it as a subject is that verb's subject; the verb takes the pronoun's place on the
    /// antecedent (past the comma the parser may have hung the pronoun on) and every other dependent of the pronoun (the
    /// commas that set the clause off) hangs on the verb. The pipeline parses a clause set off by commas as a fragment of
    /// its own before grafting it on the sentence; a fragment's opening pronoun made its root gives the root to the verb.
    /// Invariant: one tree, else undone; a pronoun that heads nothing but its commas, or whose verb is not finite, keeps
    /// its tree. (Session 64, disapprove64.)
    /// </summary>
    private static void RelativePronounTakenForClauseHead(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int r = 0; r + 1 < n; r++)
        {
            // The tagger gives "which" and "that" as WDT (a determiner's tag), "who" as WP.
            if (words[r].Upos is not ("PRON" or "DET") && words[r].Xpos is not ("WDT" or "WP")) continue;
            if (!words[r].Form.Equals("which", StringComparison.OrdinalIgnoreCase) && !words[r].Form.Equals("who", StringComparison.OrdinalIgnoreCase)
                && !words[r].Form.Equals("that", StringComparison.OrdinalIgnoreCase)) continue;
            // The pipeline parses a clause set off by commas on its own and grafts it onto the sentence: there the pronoun
            // that opens the fragment is its root.
            bool fragmentRoot = r == 0 && heads[r] == -1;
            if (!fragmentRoot && relations[r] is not ("acl:relcl" or "acl" or "advcl:relcl")) continue;
            int antecedent = heads[r];
            // "according to rights groups, which accuse Tehran of ...": the parser may hang the pronoun on the comma before
            // it, itself hung on the antecedent.
            if (antecedent >= 0 && words[antecedent].Upos == "PUNCT") antecedent = heads[antecedent];
            if (!fragmentRoot && (antecedent < 0 || antecedent > r || words[antecedent].Upos is not ("NOUN" or "PROPN" or "PRON"))) continue;
            // The verb right after the pronoun (an adverb between them allowed: "which later seized").
            int v = r + 1;
            while (v < n && words[v].Upos == "ADV" && heads[v] != r) v++;
            if (v >= n || heads[v] != r || relations[v] is not ("nsubj" or "nsubj:pass") || words[v].Upos != "VERB"
                || words[v].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[v] = fragmentRoot ? -1 : antecedent; relations[v] = fragmentRoot ? "root" : "acl:relcl";
            for (int i = 0; i < n; i++)
                if (i != v && heads[i] == r) heads[i] = v;
            heads[r] = v; relations[r] = "nsubj";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    /// <summary>Verbs of demanding whose "that"-clause, in the base form (the mandative subjunctive: "demanded that the
    /// agency condemn the strikes"), tells what the addressee is to do, not anything done.</summary>
    private static readonly HashSet<string> MandativeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "demand", "insist", "urge", "ask", "request", "require", "propose", "recommend",
    };

    /// <summary>
    /// "Tehran demanded that the atomic agency condemn the strikes, accusing its chief of betraying the treaty", "Iran
    /// demanded that France release the students, calling the arrests politically motivated": the greedy parser hangs the
    /// comma-led participle of saying on the nearest verb, the demanded clause's, so the accusation reads as something the
    /// addressee is asked to do (its subject inherited from the addressee, and an accusation of the addressee's own chief
    /// dropped as self-aimed). What a mandative clause tells is not done; a speech act told beside it is done now, by the
    /// one who demands (as after an appeal's infinitive: <see cref="SpeechParticipleAfterAppeal"/>). A comma-led participle
    /// of a speech verb (<see cref="SpeechParticiples"/>) hung on a base-form verb with a subject of its own, that is the
    /// clausal complement of a verb of demanding (<see cref="MandativeVerbs"/>), hangs on the verb of demanding. A clause
    /// in the past or present tense ("demanded to know why the police had fired, saying ...") is no mandative and keeps
    /// the participle. Invariant: one tree, else undone. (Session 64, disapprove64.)
    /// </summary>
    private static void SpeechParticipleAfterMandativeClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int p = 3; p < n; p++)
        {
            if (words[p].Xpos != "VBG" || relations[p] is not ("advcl" or "conj" or "xcomp") || words[p - 1].Form != ",") continue;
            if (!SpeechParticiples.Contains(words[p].Lemma)) continue;
            int h = heads[p];
            if (h < 0 || h > p || words[h].Upos != "VERB" || relations[h] != "ccomp" || words[h].Xpos is not ("VB" or "VBP")) continue;
            // The base form is the lemma itself ("condemn", "release"); "condemns" or "released" is no subjunctive.
            if (!words[h].Form.Equals(words[h].Lemma, StringComparison.OrdinalIgnoreCase)) continue;
            int g = heads[h];
            if (g < 0 || g > h || words[g].Upos != "VERB" || !MandativeVerbs.Contains(words[g].Lemma)) continue;
            bool ownSubject = false, auxiliary = false;
            for (int i = 0; i < h; i++)
            {
                if (heads[i] != h) continue;
                if (relations[i] is "nsubj" or "nsubj:pass") ownSubject = true;
                // "demanded that the court should ...", "insisted that they will ...": a modal is no subjunctive either.
                if (relations[i] is "aux" or "aux:pass" && !words[i].Form.Equals("be", StringComparison.OrdinalIgnoreCase)) auxiliary = true;
            }
            if (!ownSubject || auxiliary) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[p] = g; relations[p] = "advcl";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
