namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>True when some word hangs on <paramref name="head"/> with exactly <paramref name="relation"/>.</summary>
    private static bool HasDependent(Span<int> heads, string[] relations, int head, int n, string relation)
    {
        for (int i = 0; i < n; i++)
            if (heads[i] == head && relations[i] == relation) return true;
        return false;
    }

    /// <summary>
    /// Session 58 (realnews58). "The observer mission said voting was largely orderly but criticised delays in publishing
    /// results", "The minister said the talks were useful and invited Kenya to a summit": the parser hangs the speaker's
    /// second verb on the reported clause's predicate, here an adjective or noun with a copula, so the act inherits the
    /// reported subject ("voting", "the talks") and is lost or given to the wrong side. <see cref="SpeakersConjunctOnReportedClause"/>
    /// reads the same mistake when the reported clause is headed by a verb; this reads it when the reported clause is a
    /// copular judgement ("X was orderly", "X were a success"): a finite verb of a speaker's own act
    /// (<see cref="SpeakersOwnActVerbs"/>) right after "and" or "but", with no subject of its own, hung as a conjunct on the
    /// predicate of a copular complement clause (ccomp) of a verb of saying (<see cref="ReportingOrTellingVerbs"/>), in the
    /// tense of that verb of saying (both past VBD, or both present VBZ/VBP), is the verb of saying's conjunct: it moves
    /// there with its "and"/"but". A judgement told in a copula is a state, and a report of a state followed by an
    /// appeal, a censure, a welcome or an invitation in the speaker's tense is the speaker's two acts.
    /// Invariants: only conjuncts of a copular predicate move (a reported clause headed by a verb is left to the older
    /// repair, which is stricter: there both verbs can share the reported subject); a conjunct with its own subject, in
    /// another tense, or of a verb that is no speaker's act ("said the road was closed and reopened") keeps its tree; one
    /// tree, else undone.
    /// </summary>
    private static void SpeakersActAfterCopularReport(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int v = 2; v < n; v++)
        {
            if (relations[v] != "conj" || words[v].Upos != "VERB" || words[v].Xpos is not ("VBD" or "VBZ" or "VBP" or "VBN")) continue;
            if (!SpeakersOwnActVerbs.Contains(words[v].Lemma)) continue;
            // The tagger reads a past form after a copula as a participle ("was orderly but criticised delays"); a
            // participle that shares the copula is passive and takes no object, so only one with a direct object of its
            // own and no auxiliary is read as the past form.
            if (words[v].Xpos == "VBN" && !(HasDependent(heads, relations, v, n, "obj") && !HasDependent(heads, relations, v, n, "aux") && !HasDependent(heads, relations, v, n, "aux:pass"))) continue;
            if (!(words[v - 1].Form.Equals("and", StringComparison.OrdinalIgnoreCase) || words[v - 1].Form.Equals("but", StringComparison.OrdinalIgnoreCase))) continue;
            bool ownSubject = false;
            for (int i = 0; i < n && !ownSubject; i++) ownSubject = heads[i] == v && relations[i] is "nsubj" or "nsubj:pass" or "expl";
            if (ownSubject) continue;
            int clause = heads[v];
            if (clause < 0 || clause > v || relations[clause] != "ccomp" || words[clause].Upos is not ("ADJ" or "NOUN" or "PROPN")) continue;
            bool copula = false;
            for (int i = 0; i < clause && !copula; i++) copula = heads[i] == clause && relations[i] == "cop";
            if (!copula) continue;
            int speech = heads[clause];
            if (speech < 0 || speech > clause || words[speech].Upos != "VERB" || !ReportingOrTellingVerbs.Contains(words[speech].Lemma)) continue;
            bool past = words[v].Xpos is "VBD" or "VBN";
            if (past ? words[speech].Xpos != "VBD" : words[speech].Xpos is not ("VBZ" or "VBP")) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[v] = speech;
            if (heads[v - 1] != v) { heads[v - 1] = v; relations[v - 1] = "cc"; }
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
