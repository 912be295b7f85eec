namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Transitive verbs whose object a contact relative clause (one with no "that" or "which") leaves as its gap:
    /// the verbs of blaming, accusing, judging, rejecting and concluding that wire copy puts in "an attack the army blamed
    /// on rebels", "officials it accused of fraud", "a launch Washington condemned as a violation", "a pact the two
    /// countries signed". Each needs an object, so a bare form of one after a noun phrase with none is a relative
    /// clause's verb, not a passive participle.</summary>
    private static readonly HashSet<string> GappedObjectVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "blame", "accuse", "condemn", "denounce", "criticise", "criticize", "decry", "deplore", "castigate", "reject",
        "dismiss", "welcome", "hail", "praise", "sign", "impose", "describe", "brand", "label", "regard", "deem",
    };

    /// <summary>Nouns of time that begin a clause ("Last week the army blamed ..."): no antecedent of a relative clause.</summary>
    private static readonly HashSet<string> ClauseOpeningTimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "week", "month", "year", "day", "night", "morning", "evening", "afternoon", "weekend", "time", "hour", "hours",
        "days", "weeks", "months", "years", "decade", "decades",
    };

    /// <summary>
    /// Session 67 (dis67): "a car bomb killed six civilians, in an attack the defence minister blamed on FARC dissidents",
    /// "the North put a satellite into orbit, a launch Washington condemned as a violation of UN resolutions": English
    /// drops the relative pronoun of an object relative clause, and the greedy parser then reads the clause's subject as
    /// the antecedent's object or a new clause and its verb as a passive participle on that subject ("the minister
    /// [who was] blamed on ..."), or hangs the verb elsewhere, so the blame or the condemnation has the wrong doer or none.
    /// A common noun (the antecedent) right before a noun phrase that opens with a determiner, a possessive, a name or a
    /// subject pronoun, right before a verb of <see cref="GappedObjectVerbs"/> in the past or present form that has no
    /// object of its own (its object is the gap), no passive auxiliary and no "by" agent: the verb is a relative clause of
    /// the antecedent (acl:relcl) and the noun phrase its subject. Two misreadings are mended: (a) the verb hung as a
    /// participle (acl) on the noun phrase's head just before it; (b) the verb already with that head as its subject but
    /// hung elsewhere than on the antecedent. "rebuild bridges destroyed by floods" (no noun phrase between, a "by" agent),
    /// "handed the ministry documents seized by police" (an agent) and "told reporters the army condemned the attack" (an
    /// object) keep their trees. Invariant: one tree, else undone.
    /// </summary>
    private static void ContactRelativeTakenForParticiple(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int v = 2; v < n; v++)
        {
            if (words[v].Xpos is not ("VBD" or "VBN" or "VBZ" or "VBP") || !GappedObjectVerbs.Contains(words[v].Lemma)) continue;
            if (relations[v] is "acl:relcl" or "root") continue;
            int h = v - 1;
            // The subject's head is the word right before the verb (a noun, a name or a pronoun); "had signed" puts an
            // auxiliary between, which the parser hangs on the verb.
            bool perfect = false;
            if (words[h].Upos == "AUX" && heads[h] == v && relations[h] == "aux" && words[h].Lemma.Equals("have", StringComparison.OrdinalIgnoreCase)) { h--; perfect = true; }
            if (h < 1 || words[h].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            bool misreadParticiple = relations[v] == "acl" && heads[v] == h && !perfect;
            bool subjectOfVerb = heads[h] == v && relations[h] == "nsubj";
            if (!misreadParticiple && !subjectOfVerb) continue;
            bool objectOrPassive = false;
            for (int c = 0; c < n; c++)
            {
                if (heads[c] != v || c == h) continue;
                if (relations[c] is "obj" or "iobj" or "aux:pass" or "nsubj:pass" or "ccomp" || (relations[c] == "nsubj" && c != h)) objectOrPassive = true;
                if (relations[c].StartsWith("obl", StringComparison.Ordinal) && HasCase(words, heads, relations, c, n, "by")) objectOrPassive = true;
            }
            if (objectOrPassive) continue;
            // The noun phrase's first word: the leftmost word of the head's own phrase (the verb's subtree aside).
            int left = h;
            while (left - 1 >= 0 && Dominates(heads, h, left - 1, n)) left--;
            for (int t = left; t <= h; t++)
                if (words[t].Upos is "VERB" or "ADP" or "PUNCT" or "SCONJ" && !(words[t].Xpos == "POS")) { left = -1; break; }
            if (left < 1) continue;
            var first = words[left];
            bool opens = first.Upos == "PROPN" || first.Xpos == "PRP$"
                || (first.Upos == "DET" && first.Form.ToLowerInvariant() is "the" or "its" or "their")
                || (left == h && first.Form.ToLowerInvariant() is "it" or "they" or "he" or "she" or "we");
            if (!opens) continue;
            int ante = left - 1;
            if (words[ante].Upos != "NOUN" || ClauseOpeningTimeNouns.Contains(words[ante].Form) || Dominates(heads, v, ante, n)) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[h] = v; relations[h] = "nsubj";
            heads[v] = ante; relations[v] = "acl:relcl";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
