namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Verbs of saying, telling and appealing whose complement clause or infinitive reports another side's act.</summary>
    private static readonly HashSet<string> ReportingOrTellingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "state", "add", "claim", "insist", "stress", "declare", "note", "warn", "urge", "ask", "announce", "allege",
    };

    /// <summary>Verbs of a speaker's own act towards another side: appealing, accusing, censuring, praising, answering,
    /// threatening (the acts a speaker goes on to do after reporting something).</summary>
    private static readonly HashSet<string> SpeakersOwnActVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "urge", "call", "appeal", "ask", "demand", "accuse", "blame", "condemn", "denounce", "criticise", "criticize", "warn",
        "threaten", "vow", "pledge", "promise", "praise", "welcome", "thank", "deny", "reject", "dismiss", "invite", "offer",
        "tell", "order",
    };

    /// <summary>
    /// "The UN rights office said RSF fighters were purging the Masalit and urged the group's commanders to halt the
    /// killings", "Aid groups say the closure has left thousands without food and urge Israel to let convoys through",
    /// "Kosovo's prime minister told Belgrade to pull its troops back and accused Serbia's president of stoking unrest":
    /// the greedy parser hangs the speaker's second verb on the reported clause's (or the infinitive's) verb, so the appeal
    /// or accusation takes the reported subject, or none. The verb's form decides, not its meaning alone: a finite verb
    /// (VBD, VBZ, VBP) of a speaker's own act (<see cref="SpeakersOwnActVerbs"/>) right after "and", with no subject of its
    /// own (or a base form after a plural present verb of saying, as the tagger may read "urge"), hung as a conjunct on the
    /// verb of a complement clause or infinitive (ccomp, xcomp, or advcl with "to") of a verb of saying, telling
    /// or appealing (<see cref="ReportingOrTellingVerbs"/>), is that verb's conjunct when (1) it has the reporting verb's
    /// tense (both past, VBD, or both present, VBZ/VBP), and (2) it cannot share the reported verb's auxiliary or "to":
    /// the reported verb is a base form (after "to" or a modal) or an -ing form, or, for a present conjunct, a past form or a
    /// participle whose auxiliary has another form than the conjunct ("has left ... and urge"). Invariants: one tree, else undone; "officials said the protesters blocked the
    /// road and demanded ..." keeps its tree (both past, nothing marks the second verb as the speaker's), while "said
    /// the rebels had attacked and accused ..." gives the accusation to the speaker since session 66 (source66: the gold
    /// reads such a past conjunct after a perfect or passive reported verb as the speaker's in all lines but one).
    /// </summary>
    private static void SpeakersConjunctOnReportedClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int v = 2; v < n; v++)
        {
            if (relations[v] != "conj" || words[v].Upos != "VERB" || words[v].Xpos is not ("VBD" or "VBZ" or "VBP" or "VB")) continue;
            if (!SpeakersOwnActVerbs.Contains(words[v].Lemma)) continue;
            if (!words[v - 1].Form.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            bool ownSubject = false;
            for (int i = 0; i < n && !ownSubject; i++) ownSubject = heads[i] == v && relations[i] is "nsubj" or "nsubj:pass" or "expl";
            if (ownSubject) continue;
            int clause = heads[v];
            if (clause < 0 || clause > v || words[clause].Upos != "VERB") continue;
            // The told or urged infinitive may be parsed as an adverbial clause ("told Belgrade on Monday to pull ...").
            bool toInfinitive = false;
            for (int i = 0; i < clause && !toInfinitive; i++) toInfinitive = heads[i] == clause && relations[i] == "mark" && words[i].Form.Equals("to", StringComparison.OrdinalIgnoreCase);
            if (!(relations[clause] is "ccomp" or "xcomp" || (relations[clause] == "advcl" && toInfinitive))) continue;
            int speech = heads[clause];
            if (speech < 0 || speech > clause || words[speech].Upos != "VERB" || !ReportingOrTellingVerbs.Contains(words[speech].Lemma)) continue;
            bool past = words[v].Xpos == "VBD";
            string cx = words[clause].Xpos;
            // A base-form conjunct is a present one the tagger misread ("say ... has left ..., and urge"): only after a
            // plural present verb of saying and a past or perfect reported verb, which a base form never coordinates with.
            if (words[v].Xpos == "VB" && !(words[speech].Xpos == "VBP" && cx is "VBD" or "VBN")) continue;
            if (past ? words[speech].Xpos != "VBD" : words[speech].Xpos is not ("VBZ" or "VBP")) continue;
            // A base or -ing form shares its "to", modal or progressive auxiliary with no finite verb; a present conjunct
            // shares no past verb, nor a participle whose auxiliary has another form ("has left ... and urge").
            bool cannotShare = cx is "VB" or "VBG";
            if (!past && !cannotShare)
            {
                cannotShare = cx == "VBD";
                for (int i = 0; i < clause && !cannotShare; i++)
                    cannotShare = cx == "VBN" && heads[i] == clause && relations[i] is "aux" or "aux:pass" && words[i].Xpos != words[v].Xpos;
            }
            // Session 66 (source66): a past conjunct of a speaker's own act after a reported participle with a perfect or
            // passive auxiliary ("said Kenya had returned 200 asylum seekers and urged Nairobi to ...", "said Russian forces
            // had executed five prisoners, and called on the Red Cross ...", "said 52 civilians were killed by the rebels,
            // and called for ..."): the conjunct could be read as sharing "had" or "were", but in reports the second verb
            // of appeal, accusation or condemnation after a backshifted clause is the speaker's, as the gold codes it in
            // all but one of the tunable lines of the shape (eb40019, "the kidnappers had called them and demanded a
            // ransom", is the exception). Only when the verb of saying is itself past, so the conjunct has its tense. A
            // demand or an offer is also the reported side's usual second act ("the protesters had blocked the road and
            // demanded the governor's resignation", "the pope had spoken with Congo's president and offered to host talks"):
            // those two are the speaker's only when a comma closes the reported clause before "and".
            if (!cannotShare && past && cx == "VBN"
                && (words[v].Lemma is not ("demand" or "offer") || words[v - 2].Form == ","))
                for (int i = 0; i < clause && !cannotShare; i++)
                    cannotShare = heads[i] == clause && relations[i] is "aux" or "aux:pass" && words[i].Lemma is "have" or "be";
            if (!cannotShare) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[v] = speech;
            if (heads[v - 1] != v) { heads[v - 1] = v; relations[v - 1] = "cc"; }
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
