using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 61 (dis61): "Japan froze the assets of four Russian banks and nine businessmen it accused of helping Moscow evade
/// export controls", "imposed sanctions on six Russian officials whom it holds responsible for the deportation of children":
/// an accusation told in a relative clause on the object of a punitive act (decision 080) accuses that object, whom the act
/// punishes, not an actor named inside what it is accused of ("Moscow", "children").
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// True when <paramref name="accusation"/> (an accusation's verb) heads a relative clause (acl:relcl, or any clause opened
    /// by an object relative pronoun right after its antecedent) whose gap is its object and whose antecedent hangs from the punitive act's verb <paramref name="act"/> after it: the antecedent is in
    /// what the act is done to ("froze the assets of N it accused of", "expelled a diplomat it accused of"). Invariants: the
    /// relative clause has no object of its own other than a relative pronoun ("whom it holds responsible"); the antecedent
    /// lies after the act's verb and before the relative verb, inside the act's subtree.
    /// </summary>
    public bool RelativeAccusationOnPunished(int accusation, int act)
    {
        if (!Parsed || accusation < _f || accusation >= _e || act < _f || act >= _e) return false;
        int ante = RelIs(accusation, "acl:relcl") ? Head(accusation) : -1;
        // "sanctions on six Russian officials whom it holds responsible": the parser may hang the relative clause on the verb
        // (as ccomp); its object relative pronoun, right after the antecedent noun, still says whose clause it is.
        if (ante < 0)
            foreach (var c in Children(accusation))
                if (RelIs(c, "obj") && c < accusation && c - 1 >= _f && _doc.Token(c).Lemma is "whom" or "who" or "which" or "that"
                    && _doc.Token(c - 1).Upos is Upos.NOUN or Upos.PROPN)
                { ante = c - 1; break; }
        if (ante <= act || ante >= accusation || !InSubtree(ante, act)) return false;
        foreach (var c in Children(accusation))
            if (RelIs(c, "obj") && _doc.Token(c).Upos != Upos.PRON) return false;
        return true;
    }

    /// <summary>Nouns of a body that rules on a dispute without being a national court ("a WTO panel ruled that", "an
    /// arbitration tribunal found that"): its ruling is a legal finding as a court's is.</summary>
    private static readonly HashSet<string> RulingBodyNouns = new(StringComparer.OrdinalIgnoreCase)
    { "panel", "tribunal", "arbitrator", "court", "judge" };

    /// <summary>Session 61 (dis61): true when the subject of <paramref name="verb"/> is headed by a noun of a body that
    /// rules (<see cref="RulingBodyNouns"/>), whatever actor code the subject's modifiers give it ("a WTO panel" IGOBUSWTO).</summary>
    public bool RuledByRulingBody(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
            if (RelIs(c, "nsubj") && _doc.Token(c).Upos is Upos.NOUN or Upos.PROPN && RulingBodyNouns.Contains(_doc.Token(c).Lemma ?? "")) return true;
        return false;
    }
}
