namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Subordinators that open an adverbial clause ("as 30 countries ... provide", "while aid groups ... delivered").</summary>
    private static readonly HashSet<string> ClauseSubordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "while", "when", "whereas", "because", "since", "after", "before", "although", "though", "once", "until", "if",
    };

    /// <summary>
    /// "..., as 30 countries including Australia, France and the US provide assistance", "Several donors including Norway,
    /// Sweden and the EU pledged money": a plural noun with an "including" / "such as" list is the subject of the verb after
    /// the list, but the parser may close the list before its last member and read "and the US provide ..." as a clause of
    /// its own, so the verb's subject is the list's last member and the group noun (with every member but the last) is left
    /// as an oblique, an adverbial clause of no verb, or the root. The last member is a conjunct of the list's first one
    /// (<c>conj</c>, its "and" as <c>cc</c>), the verb takes the group noun's place in the tree (its relation: <c>advcl</c>
    /// for an oblique or adverbial, else the group's own), the group noun is the verb's subject, and a subordinator on it
    /// ("as", "while") marks the verb's clause; a name the parser made the first member's apposition is a member too.
    /// Invariants: only a finite verb that agrees with a plural subject (VBD, VBP, a base form with an auxiliary or with neither an auxiliary nor "to"; never
    /// VBZ), hung as a conjunct on the group noun or on its head, with the "and" right after the list's other members
    /// hanging on it as <c>cc</c>, and the list, the "and" and the last member in one contiguous run before the verb; the
    /// group noun is a plural noun that is no subject or object already; a repair that would leave anything but one tree is
    /// undone (session 55, realrecall55).
    /// </summary>
    private static void IncludedListEndTakenForSubject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int verb = 3; verb < n; verb++)
        {
            if (words[verb].Upos != "VERB" || relations[verb] != "conj") continue;
            int last = -1, cc = -1;
            bool finite = words[verb].Xpos is "VBD" or "VBP", auxiliary = false, infinitive = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] != verb) continue;
                if (relations[i] is "nsubj" or "nsubj:pass" && i < verb) { if (last >= 0) { last = -2; break; } last = i; }
                else if (relations[i] == "cc" && i < verb) cc = i;
                else if (relations[i] is "aux" or "aux:pass" && i < verb) auxiliary = true;
                else if (relations[i] == "mark" && words[i].Form.Equals("to", StringComparison.OrdinalIgnoreCase)) infinitive = true;
            }
            // A base form with a subject and neither "to" nor an auxiliary is the present tense the tagger read as VB
            // ("... and the US provide assistance").
            if (!finite && !(auxiliary && words[verb].Xpos is "VB" or "VBN" or "VBG") && !(words[verb].Xpos == "VB" && !auxiliary && !infinitive)) continue;
            if (last < 0 || cc < 0 || cc > last || words[last].Upos is not ("NOUN" or "PROPN")) continue;
            // The last member's phrase ends right before the verb (or its auxiliaries) and starts right after the "and".
            if (SubtreeStart(heads, last, n) != cc + 1) continue;
            bool contiguous = true;
            for (int i = last + 1; i < verb && contiguous; i++)
                contiguous = Dominates(heads, last, i, n) || (heads[i] == verb && relations[i] is "aux" or "aux:pass" or "advmod");
            if (!contiguous) continue;
            // The list's first member: a name or noun with "including" (or "such as") as its case, hung on a plural noun,
            // whose subtree ends right before the "and" (a comma between them may hang on the verb).
            int listEnd = cc - 1;
            if (listEnd >= 0 && words[listEnd].Upos == "PUNCT" && heads[listEnd] == verb) listEnd--;
            if (listEnd < 0) continue;
            int first = -1;
            for (int v = listEnd, step = 0; v >= 0 && step <= n && first < 0; v = heads[v], step++)
                if (relations[v] is "nmod" or "obl" && IsIncludingCase(words, heads, relations, v, n)) first = v;
            if (first < 0 || SubtreeEnd(heads, first, n) != listEnd) continue;
            int group = heads[first];
            if (group < 0 || group >= first || words[group].Upos != "NOUN" || words[group].Xpos != "NNS") continue;
            if (relations[group] is "nsubj" or "nsubj:pass" or "obj" or "iobj" || group == verb) continue;
            if (heads[verb] != group && heads[verb] != heads[group]) continue;
            var savedHeads = heads[..n].ToArray();
            var savedRelations = (string[])relations.Clone();
            // The verb takes the group's place; the group's dependents after the verb (a final full stop, the verb itself
            // when it was the group's conjunct) move to the verb, and a subordinator on the group marks the verb's clause.
            int groupHead = heads[group];
            string groupRelation = relations[group];
            heads[verb] = groupHead;
            relations[verb] = groupRelation is "obl" or "advcl" or "nmod" ? "advcl" : groupRelation;
            heads[group] = verb; relations[group] = "nsubj";
            for (int t = 0; t < n; t++)
            {
                if (heads[t] != group || t == verb) continue;
                if (t > verb) heads[t] = verb;
                else if (t < group && relations[t] is "case" or "mark" && ClauseSubordinators.Contains(words[t].Form)) { heads[t] = verb; relations[t] = "mark"; }
                else if (t < group && words[t].Upos == "PUNCT" && t == SubtreeStart(heads, group, n)) heads[t] = verb;
            }
            heads[last] = first; relations[last] = "conj";
            heads[cc] = last; relations[cc] = "cc";
            if (cc - 1 > listEnd) heads[cc - 1] = last;
            // A name between the first member and the "and" that the parser read as the first one's apposition ("including
            // Australia, France and the US") is a member of the same list, now that the list's last member joins it.
            for (int t = first + 1; t < cc; t++)
                if (heads[t] == first && relations[t] == "appos" && words[t].Upos == "PROPN") relations[t] = "conj";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    /// <summary>
    /// "..., as a dozen countries including Canada, Norway and the UK sent tents": the second shape of the same clause. The
    /// parser keeps the list whole but reads the verb after it as a relative clause on the group noun (<c>acl</c>,
    /// <c>acl:relcl</c>), so the "as" clause has no verb and the group noun no act. A group noun that a clause subordinator
    /// opens, with no verb of its own, whose clausal modifier is a finite past (VBD) right after its "including" list, is that
    /// verb's subject: the verb takes the group's place (<c>advcl</c>), and the subordinator marks it.
    /// Invariants: only VBD (a participle, "aid sent to ...", is a true reduced relative), with nothing between the list and
    /// the verb and no relative word or subject of its own; the group is a plural noun under a clause subordinator; a repair
    /// that would leave anything but one tree is undone (session 55, realrecall55).
    /// </summary>
    private static void IncludedListVerbTakenForRelative(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int verb = 3; verb < n; verb++)
        {
            int group = GroupOfRelativeVerb(words, heads, relations, verb);
            if (group < 0) continue;
            int first = -1, subordinator = -1;
            bool ownSubject = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] == group && i > group && i < verb && relations[i] is "nmod" && IsIncludingCase(words, heads, relations, i, n)) first = i;
                if (heads[i] == group && i < group && relations[i] is "case" or "mark" && ClauseSubordinators.Contains(words[i].Form)) subordinator = i;
                if (heads[i] == verb && i < verb && relations[i] is "nsubj" or "nsubj:pass" or "mark") ownSubject = true;
            }
            if (first < 0 || subordinator < 0 || ownSubject || SubtreeEnd(heads, first, n) != verb - 1) continue;
            VerbTakesGroupsPlace(words, heads, relations, verb, group, subordinator);
        }
    }

    /// <summary>
    /// The plural group noun a finite past (VBD) hangs on as a relative clause (<c>acl</c>, <c>acl:relcl</c>) when that noun
    /// stands as an oblique, adverbial clause or nominal modifier, as in "as a dozen countries including ... sent tents";
    /// -1 otherwise. The candidate both "including" repairs start from.
    /// </summary>
    private static int GroupOfRelativeVerb(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int verb)
    {
        if (words[verb].Upos != "VERB" || words[verb].Xpos != "VBD" || relations[verb] is not ("acl" or "acl:relcl")) return -1;
        int group = heads[verb];
        if (group < 0 || group >= verb || words[group].Upos != "NOUN" || words[group].Xpos != "NNS") return -1;
        return relations[group] is "obl" or "advcl" or "nmod" ? group : -1;
    }

    /// <summary>
    /// Makes <paramref name="group"/> the subject of <paramref name="verb"/>: the verb takes the group's place as an adverbial
    /// clause (<c>advcl</c>), what hung on the group after the verb hangs on the verb, the clause's subordinator marks the
    /// verb, and an opening comma moves with it. With <paramref name="member"/> (the list's first name, which the parser made
    /// the verb's subject) and <paramref name="including"/>, the member becomes the group's "including" phrase again. A
    /// repair that would leave anything but one tree is undone.
    /// </summary>
    private static void VerbTakesGroupsPlace(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int verb, int group,
        int subordinator, int member = -1, int including = -1)
    {
        int n = words.Count;
        var savedHeads = heads[..n].ToArray();
        var savedRelations = (string[])relations.Clone();
        heads[verb] = heads[group]; relations[verb] = "advcl";
        heads[group] = verb; relations[group] = "nsubj";
        if (member >= 0)
        {
            heads[member] = group; relations[member] = "nmod";
            heads[including] = member; relations[including] = "case";
        }
        for (int t = 0; t < n; t++)
        {
            if (heads[t] != group || t == verb || t == member) continue;
            if (t > verb) heads[t] = verb;
            else if (t == subordinator) { heads[t] = verb; relations[t] = "mark"; }
            else if (t < group && words[t].Upos == "PUNCT" && t == SubtreeStart(heads, group, n)) heads[t] = verb;
        }
        KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
    }

    /// <summary>True when <paramref name="node"/> has "including" (or "such" with "as") as its <c>case</c> dependent.</summary>
    private static bool IsIncludingCase(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int node, int n)
    {
        for (int i = 0; i < node; i++)
            if (heads[i] == node && relations[i] is "case" or "mark"
                && (words[i].Form.Equals("including", StringComparison.OrdinalIgnoreCase) || words[i].Form.Equals("such", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    /// <summary>The first token of <paramref name="node"/>'s subtree.</summary>
    private static int SubtreeStart(Span<int> heads, int node, int n)
    {
        int start = node;
        for (int i = 0; i < node; i++)
            if (Dominates(heads, node, i, n)) { start = i; break; }
        return start;
    }

    /// <summary>The last token of <paramref name="node"/>'s subtree.</summary>
    private static int SubtreeEnd(Span<int> heads, int node, int n)
    {
        for (int i = n - 1; i > node; i--)
            if (Dominates(heads, node, i, n)) return i;
        return node;
    }
}
