namespace Tidings.Coding;

/// <summary>
/// "Russia and Ukraine swapped prisoners, mediated by the Emirates", "the rebels, backed by Rwanda, took the town": a past
/// participle set off as a clause of its own is a reduced passive. Its doer is the actor of its "by" phrase, never the
/// subject of the clause it hangs on, which is what the participle was done to.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The actor of the "by" agent of <paramref name="verb"/> when it is a past participle (VBN) hung as an adverbial clause
    /// or a clause on a noun (advcl, acl) right after a comma, with no subject or auxiliary of its own and no object; -1
    /// otherwise.
    /// Invariant: only a "by" phrase whose actor the recognizer found, and never one that names a cause ("by the war").
    /// </summary>
    private int ReducedPassiveAgent(int verb)
    {
        if (_doc.Token(verb).Xpos != "VBN" || !(RelIs(verb, "advcl") || RelIs(verb, "acl"))) return -1;
        // Set off by a comma only: a bare reduced relative ("protesters shot by police", "citizens abducted by agents in the
        // 1970s") is told inside another event or as the subject's description, and TreeRoles' own relative rules read it.
        if (verb - 1 < _f || !_doc.Token(verb - 1).Span.Equals(",", StringComparison.Ordinal)) return -1;
        int agent = -1;
        foreach (var c in Children(verb))
        {
            if (RelStarts(c, "nsubj") || RelStarts(c, "aux") || RelIs(c, "cop") || RelIs(c, "obj") || RelIs(c, "iobj")) return -1;
            if (agent < 0 && (RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) && !AgentOfCauseNoun(verb, c))
            {
                int a = ActorOfNode(c);
                if (a >= 0) { agent = a; LastSubjectNode = c; }
            }
        }
        return agent;
    }

    /// <summary>
    /// The node of what a reduced passive (<see cref="ReducedPassiveAgent"/>) was done to: the noun an "acl" participle
    /// describes, or the subject of the verb an "advcl" participle hangs on; -1 when that is no actor or is
    /// <paramref name="source"/>'s own actor.
    /// </summary>
    private int ReducedPassiveSufferer(int verb, int source)
    {
        if (source < 0 || ReducedPassiveAgent(verb) != source || Head(verb) is not (var h and >= 0)) return -1;
        int node = -1;
        if (RelIs(verb, "acl")) node = h;
        else
            foreach (var c in Children(h))
                if (RelStarts(c, "nsubj")) { node = c; break; }
        return node >= 0 && ActorOfNode(node) is var a && a >= 0 && a != source ? node : -1;
    }
}
