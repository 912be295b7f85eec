using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries that gate the surface target fallback (<c>ShallowCoder.FindTargets</c>, "the first actor after the
/// trigger"): an actor the surface finds after the trigger may stand in another clause, where it does its own act.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// The predicate of another clause whose subject the actor at <paramref name="node"/> is: "in what police described as
    /// retaliation" (<c>described</c>), "so that the army is not dragged into" (<c>dragged</c>), "As negotiators met in
    /// Jeddah ..., Sudan's army and the Rapid Support Forces traded fire" (<c>traded</c>, for a trigger "met"), "warns of
    /// catastrophe as Sudan famine spreads" (<c>spreads</c>). The actor counts as the subject when it heads the subject, is
    /// a later conjunct of it, or is a possessive, compound or adjective on its head noun ("Sudan's army", "Sudan famine",
    /// "Chinese ships").
    /// <para>Invariants: -1 when the tree does not say, when the predicate is <paramref name="trigger"/> itself or a word of
    /// its span, a verb the trigger controls through an <c>xcomp</c> chain ("refused to let X ..."), or the trigger's own
    /// complement clause ("insisted that Bolivia hand over ...": that subject is the addressee, which the tree reads as the
    /// complement subject).</para>
    /// </summary>
    public int OtherClausePredicate(int node, int trigger, TokenRange span)
    {
        if (!Parsed || node < _f || node >= _e || trigger < _f || trigger >= _e) return -1;
        int n = node;
        // "Sudan's army", "Sudan famine", "Chinese ships": up from a modifier to the nominal it modifies (two steps at most:
        // "the Chinese coast guard's ships").
        for (int step = 0; step < 2 && Rel(n) is "nmod:poss" or "compound" or "amod" or "flat" && Head(n) is var h && h >= 0; step++) n = h;
        // "Sudan's army and the paramilitary Rapid Support Forces": a later conjunct shares the first conjunct's relation.
        for (int step = 0; step < MaxClimb && RelIs(n, "conj") && Head(n) is var first && first >= 0 && _doc.Token(first).Upos is Upos.NOUN or Upos.PROPN or Upos.PRON; step++)
            n = first;
        if (!RelStarts(n, "nsubj")) return -1;
        int predicate = Head(n);
        if (predicate < 0 || predicate == trigger || (predicate >= span.FirstToken && predicate < span.EndToken)) return -1;
        // A verb the trigger controls: "offered to help rebuild ...", "refused to let inspectors in".
        for (int v = predicate, step = 0; v >= 0 && step < MaxClimb; step++)
        {
            if (!RelIs(v, "xcomp")) break;
            v = Head(v);
            if (v == trigger || (v >= span.FirstToken && v < span.EndToken)) return -1;
        }
        // The trigger's complement clause: its subject is whom a framing verb addresses ("insisted that Bolivia hand over").
        if (RelIs(predicate, "ccomp") && Head(predicate) is var framer && (framer == trigger || (framer >= span.FirstToken && framer < span.EndToken)))
            return -1;
        return predicate;
    }

    /// <summary>
    /// True when <paramref name="verb"/> heads an adverbial clause of time or cause ("after Russian bombers flew close", "as
    /// lawmakers voted through the bill"), whatever it hangs from: its subject often did what the main act answers, so the
    /// fallback's older reading of it (<see cref="InAdverbialClauseUnder"/>) stays. A purpose clause ("so that the army
    /// would not be called in") is none of these.
    /// </summary>
    public bool IsAdverbialOfTimeOrCause(int verb) =>
        Parsed && verb >= _f && verb < _e && RelStarts(verb, "advcl") && MarkOf(verb) is { } mark && AdverbialSubordinators.Contains(mark)
        && !(mark == "so" || mark == "that");

    /// <summary>
    /// True when <paramref name="verb"/> is a past participle with no auxiliary of its own ("Rebels free 14 aid workers held
    /// since March"): a reduced relative on the noun before it, which a parser may misread as that noun's predicate; the
    /// noun is then no subject of another clause.
    /// </summary>
    public bool IsBareParticiple(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || _doc.Token(verb).Xpos != "VBN") return false;
        foreach (var c in Children(verb))
            if (RelStarts(c, "aux") || RelIs(c, "cop")) return false;
        return true;
    }

    /// <summary>The dependency relation of <paramref name="node"/> ("" when unparsed or outside the sentence).</summary>
    public string RelationOf(int node) => Parsed && node >= _f && node < _e ? Rel(node) : "";
}
