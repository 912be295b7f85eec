using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 65 (deny65, decision 100): what a denial must deny. "Reject claim", "dismiss report" and their kin are denials
/// (016) because what is rejected is mostly a charge: the claim that the rejecter's side did something. Two objects of those
/// rows are no charge: a claim to a territory ("rejected Venezuela's claim to the Essequibo region", a claim of right, 120),
/// and a report, claim or finding whose own words tell a state of affairs or an event no one is blamed for ("a World Bank
/// report that said poverty had risen", "a UN report warning of famine", "reports of a summit"). Rejecting them denies no
/// responsibility.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Nouns of what a rejection row names as rejected that can tell their content ("a report that", "claims of").</summary>
    private static readonly HashSet<string> RejectedContentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "claim", "report", "finding",
    };

    /// <summary>
    /// Reads the charge noun <paramref name="noun"/> (the last word of a "reject / dismiss claim / report / finding" trigger).
    /// True with <paramref name="territorial"/> when it is a claim to or over a thing ("claim to the Essequibo region",
    /// "claims over the islands"; the parser may hang the "to" phrase on the verb, right after the noun). True with
    /// <paramref name="content"/> filled when its content (a clause or participle on it, or an "of / on / about" phrase, also
    /// when the parser made the noun a compound of the content's head: "a UN report warning of famine") names no actor and
    /// no person pronoun: then it charges no one. False when the noun tells no content (the bare "rejected the report" stays
    /// a denial, as the gold codes it) or when its content names an actor ("reports that Riyadh had agreed to ...").
    /// Invariant: only the tree's reading of the noun's own dependents; which acts the content holds is the caller's check.
    /// </summary>
    public bool RejectedNonCharge(int noun, out bool territorial, List<int> content)
    {
        territorial = false;
        content.Clear();
        if (!Parsed || noun < _f || noun >= _e || _doc.Token(noun).Lemma is not { } nl || !RejectedContentNouns.Contains(nl)) return false;
        if (nl.Equals("claim", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var c in Children(noun))
                if (c > noun && RelStarts(c, "nmod") && CaseOf(c) is "to" or "over") territorial = true;
            // "rejected Venezuela's claim to the Essequibo region" with "to the region" hung on the verb
            if (!territorial && Head(noun) is var v && v >= 0 && IsVerbal(v))
                foreach (var c in Children(v))
                    if (RelStarts(c, "obl") && CaseOf(c) is "to" or "over" && FirstOfSubtree(c) == noun + 1) territorial = true;
            if (territorial) return true;
        }
        int head = noun;
        if (RelIs(noun, "compound") && Head(noun) is var h && h > noun && _doc.Token(h).Upos == Upos.NOUN)
        {
            head = h;
            content.Add(h);
        }
        foreach (var c in Children(head))
        {
            if (c <= noun) continue;
            // "rejected the report as politically motivated" with the "as" predicate hung on the noun: the rejecter's
            // judgement, not the report's content
            if (RelStarts(c, "acl") && AsPredicate(c)) continue;
            // a phrase of time hung on the noun ("dismissed the claim on Tuesday", "the report on Sunday night") tells when,
            // not what the report says
            if (RelStarts(c, "acl") || (RelStarts(c, "nmod") && CaseOf(c) is "of" or "on" or "about" && !IsTime(c) && !IsTimeNoun(c)
                && _doc.Token(c).Upos == Upos.NOUN)) content.Add(c);
        }
        if (content.Count == 0) return false;
        for (int t = _f; t < _e; t++)
        {
            bool inside = false;
            foreach (var c in content)
                if (c == head ? t == head : InSubtree(t, c)) { inside = true; break; }
            if (!inside) continue;
            if (_actorOf[t] >= 0) { content.Clear(); return false; }
            if (_doc.Token(t).Upos == Upos.PRON && _doc.Token(t).Xpos == "PRP" && Rel(t) is "nsubj" or "nsubj:pass" or "obj" or "iobj")
            {
                content.Clear(); return false;
            }
        }
        return true;
    }

    /// <summary>Things a state, a court or a prison grants or withholds: "denied X" with one of them as object is a refusal
    /// ("denied bail", "denied visas", "denied entry", "denied medical care"), never a denial of a charge.</summary>
    private static readonly HashSet<string> GrantedThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "bail", "visa", "entry", "exit", "care", "treatment", "medicine", "permission", "permit", "licence", "license",
        "passage", "landing", "asylum", "application", "parole", "pardon", "clemency", "accreditation", "citizenship",
        "passport", "appeal", "motion", "petition", "access", "request",
    };

    /// <summary>Session 65 (deny65, decision 100): true when the verb <paramref name="verb"/> ("denied") takes as its
    /// object, or second object ("denied him bail"), a thing granted (<see cref="GrantedThings"/>). Invariant: only the
    /// verb's own obj / iobj dependents; "denied the report of bail fraud" (a charge noun as object) is not one.</summary>
    public bool DeniedGrant(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            // (the parser may read the second object of "denied him bail" as an unmarked oblique or an adverb)
            if ((RelIs(c, "obj") || RelIs(c, "iobj") || (c > verb && (RelStarts(c, "obl") || RelIs(c, "advmod")) && CaseOf(c) is null)) && _doc.Token(c).Lemma is { } l && GrantedThings.Contains(l)) return true;
        return false;
    }

    /// <summary>True when the clause <paramref name="c"/> is opened by "as" (its mark or case child).</summary>
    private bool AsPredicate(int c)
    {
        foreach (var m in Children(c))
            if ((RelIs(m, "mark") || RelIs(m, "case")) && m < c && _doc.Token(m).Span.Equals("as", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
