namespace Tidings.Coding;

/// <summary>
/// "Russia and Ukraine swapped prisoners, mediated by the Emirates", "the rebels, backed by Rwanda, took the town": a past
/// participle set off as a clause of its own is a reduced passive. Its doer is the actor of its "by" agent, never the
/// subject of the clause it hangs on, which is what the participle was done to.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The node of the "by" agent of <paramref name="verb"/> when it is a past participle (VBN) hung as an adverbial clause
    /// or a clause on a noun (advcl, acl) right after a comma, with no subject or auxiliary of its own and no object; -1
    /// otherwise. Invariant: only a "by" phrase whose actor the recognizer found, and never one that names a cause ("by the
    /// war"). A query: it sets nothing, so the source and the target rules may both ask it.
    /// </summary>
    private int ReducedPassiveAgentNode(int verb)
    {
        if (_doc.Token(verb).Xpos != "VBN" || !(RelIs(verb, "advcl") || RelIs(verb, "acl"))) return -1;
        // Set off by a comma only: a bare reduced relative ("protesters shot by police", "citizens abducted by agents in the
        // 1970s") is told inside another event or as the subject's description, and TreeRoles' own relative rules read it.
        if (verb - 1 < _f || !_doc.Token(verb - 1).Span.Equals(",", StringComparison.Ordinal)) return -1;
        int agent = -1;
        foreach (var c in Children(verb))
        {
            if (RelStarts(c, "nsubj") || RelStarts(c, "aux") || RelIs(c, "cop") || RelIs(c, "obj") || RelIs(c, "iobj")) return -1;
            if (agent < 0 && (RelIs(c, "obl:agent") || (RelStarts(c, "obl") && CaseOf(c) == "by")) && !AgentOfCauseNoun(verb, c)
                && ActorOfNode(c) >= 0)
                agent = c;
        }
        return agent;
    }

    /// <summary>
    /// The node of what a reduced passive (<see cref="ReducedPassiveAgentNode"/>) was done to: the noun an "acl" participle
    /// describes, or the subject of the verb an "advcl" participle hangs on; -1 when the participle's agent is not
    /// <paramref name="source"/>, or what it was done to is no actor or is <paramref name="source"/>'s own actor.
    /// </summary>
    private int ReducedPassiveSufferer(int verb, int source)
    {
        if (source < 0 || ReducedPassiveAgentNode(verb) is not (var agent and >= 0) || ActorOfNode(agent) != source
            || Head(verb) is not (var h and >= 0)) return -1;
        int node = -1;
        if (RelIs(verb, "acl")) node = h;
        else
            foreach (var c in Children(h))
                if (RelStarts(c, "nsubj")) { node = c; break; }
        return node >= 0 && ActorOfNode(node) is var a && a >= 0 && a != source ? node : -1;
    }
}
