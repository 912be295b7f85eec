namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Verbs of denial whose complement clause states what their subject says did not happen.</summary>
    private static readonly HashSet<string> DenyingVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "deny", "dismiss", "refute", "reject" };

    /// <summary>Verbs of accusing or censuring another side, which a denier goes on to do in its own voice.</summary>
    private static readonly HashSet<string> CounterAccusingVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "accuse", "blame", "condemn", "denounce", "criticise", "criticize", "urge" };

    /// <summary>
    /// "Rwanda denied that its troops were fighting in Congo and accused Kinshasa of arming militias", "the governor denied
    /// that the raiders came from his county and accused Turkana herders of stealing cattle": the greedy parser hangs the
    /// second verb on the denied clause's verb, so the accusation is read as part of what is denied (its subject the denied
    /// clause's). A finite verb of accusing or censuring (<see cref="CounterAccusingVerbs"/>) with no subject of its own,
    /// right after "and", hung as a conjunct on the verb of a complement clause that has a subject of its own and is the
    /// complement of a verb of denial, is the denial verb's conjunct: its subject is the denier. Invariant: one tree, else
    /// undone; a conjunct that shares the denied clause's act ("denied that its troops crossed the border and attacked
    /// villages") is no verb of accusing and stays.
    /// </summary>
    private static void CounterAccusationAfterDenial(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int v = 2; v < n; v++)
        {
            if (relations[v] != "conj" || words[v].Upos != "VERB" || words[v].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            if (!CounterAccusingVerbs.Contains(words[v].Lemma)) continue;
            if (!words[v - 1].Form.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            bool ownSubject = false;
            for (int i = 0; i < n && !ownSubject; i++) ownSubject = heads[i] == v && relations[i] is "nsubj" or "nsubj:pass" or "expl";
            if (ownSubject) continue;
            int clause = heads[v];
            if (clause < 0 || clause > v || relations[clause] != "ccomp") continue;
            bool clauseSubject = false;
            for (int i = 0; i < clause && !clauseSubject; i++) clauseSubject = heads[i] == clause && relations[i] is "nsubj" or "nsubj:pass";
            if (!clauseSubject) continue;
            int denial = heads[clause];
            if (denial < 0 || denial > clause || words[denial].Upos != "VERB" || !DenyingVerbs.Contains(words[denial].Lemma)) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[v] = denial;
            if (heads[v - 1] != v) { heads[v - 1] = v; relations[v - 1] = "cc"; }
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
