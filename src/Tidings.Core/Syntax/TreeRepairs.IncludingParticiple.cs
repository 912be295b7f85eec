namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// "..., as several countries including Kenya and Uganda sent food": a third shape of a group noun with an "including"
    /// list as a subject (see <see cref="IncludedListEndTakenForSubject"/>). The parser reads "including" as a participle of
    /// its own (<c>acl</c> on the group, with no dependents), the list as the subject of the finite past after it, and that
    /// verb as a relative clause on the group (<c>acl</c>, <c>acl:relcl</c>), so the subordinator's clause has no verb and
    /// the members are the subject of a clause the coder reads as a modifier. The list is the group's members: its first
    /// name becomes the group's <c>nmod</c> with "including" as its <c>case</c>, the verb takes the group's place
    /// (<c>advcl</c>) with the group as its subject, and the subordinator marks the verb.
    /// Invariants: the verb is a finite past (VBD, as in the second shape: a participle, "aid sent last week", is a true
    /// reduced relative); "including" is right after the group (or its one adjective-free word run) and has no dependents; the
    /// verb's only subject is the list's first member, whose subtree fills the words from "including" to the verb; the
    /// group is a plural noun under a clause subordinator; a repair that would leave anything but one tree is undone
    /// (session 56, realrecall56).
    /// </summary>
    private static void IncludingReadAsParticiple(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int verb = 4; verb < n; verb++)
        {
            int group = GroupOfRelativeVerb(words, heads, relations, verb);
            if (group < 0) continue;
            int including = -1, subordinator = -1, member = -1, subjects = 0, childrenOfIncluding = 0;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] == group && i > group && i < verb && relations[i] == "acl"
                    && words[i].Form.Equals("including", StringComparison.OrdinalIgnoreCase)) including = i;
                if (heads[i] == group && i < group && relations[i] is "case" or "mark" && ClauseSubordinators.Contains(words[i].Form)) subordinator = i;
                if (heads[i] == verb && i < verb && relations[i] is "nsubj" or "nsubj:pass") { member = i; subjects++; }
                if (heads[i] == verb && i < verb && relations[i] == "mark") subjects = 2;
            }
            if (including < 0 || subordinator < 0 || subjects != 1 || member <= including) continue;
            for (int i = 0; i < n; i++) if (heads[i] == including) childrenOfIncluding++;
            if (childrenOfIncluding > 0 || including != group + 1) continue;
            if (words[member].Upos is not ("PROPN" or "NOUN") || SubtreeStart(heads, member, n) != including + 1 || SubtreeEnd(heads, member, n) != verb - 1) continue;
            VerbTakesGroupsPlace(words, heads, relations, verb, group, subordinator, member, including);
        }
    }
}
