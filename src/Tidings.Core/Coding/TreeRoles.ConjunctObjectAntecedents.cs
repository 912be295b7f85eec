using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>Quantity words that head a partitive object ("ten of them", "most of them", "one of them"): the tagger's
    /// numbers (CD) count too. Closed class of English quantifiers.</summary>
    private static readonly HashSet<string> PartitiveQuantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "some", "most", "many", "several", "all", "each", "both", "few", "half", "none", "dozens", "hundreds", "thousands",
        "scores", "majority", "rest", "number", "part",
    };

    /// <summary>
    /// Session 59 (realnews59). "released ten of them", "killed 11 of them", "detained at least 12 of them": a quantity
    /// (a number or a quantifier of <see cref="PartitiveQuantifiers"/>) whose "of" phrase is a third-person pronoun
    /// counts the people that pronoun stands for, so the object refers back as the bare pronoun does. Returns the
    /// pronoun node under <paramref name="obj"/>, else -1. Invariant: only a quantity that names no actor itself and
    /// only "them", "him", "her", "it" after "of" ("ten of the protesters" is an actor phrase, read by
    /// <see cref="ActorOfNode"/>).
    /// </summary>
    private int PartitivePronoun(int obj)
    {
        if (obj < _f || obj >= _e || _actorOf[obj] >= 0) return -1;
        var t = _doc.Token(obj);
        if (t.Xpos != "CD" && !PartitiveQuantifiers.Contains(t.Span.ToString())) return -1;
        foreach (var c in Children(obj))
            if (RelStarts(c, "nmod") && CaseOf(c) == "of" && _doc.TokUpos(c) == Upos.PRON && IsThirdPersonObjectPronoun(c)) return c;
        return -1;
    }

    private bool IsThirdPersonObjectPronoun(int node) => _doc.Token(node).Span is var w
        && (w.Equals("it", StringComparison.OrdinalIgnoreCase) || w.Equals("him", StringComparison.OrdinalIgnoreCase)
            || w.Equals("her", StringComparison.OrdinalIgnoreCase) || w.Equals("them", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Session 59 (realnews59). "The supreme court reversed the conviction of a journalist and released him", "troops
    /// pursued the bandits and killed 11 of them", "police raided the home of an opposition leader and arrested her": the
    /// personal pronoun object of a verb coordinated with an earlier verb stands for what that earlier verb's object names,
    /// itself or in its "of" or possessive phrase, even when the earlier verb is no event of its own (so no earlier event's
    /// target can be its antecedent). Returns the node that names it (an actor mention, or a noun the caller may read as a
    /// role noun), else -1.
    /// Invariants: only "him", "her" and "them" (bare or as "N of them"), never "it" (a thing as often as an actor);
    /// only a conjunct of a verb (relation conj, the earlier verb before it) whose direct object comes before the
    /// pronoun; the number agrees ("them" wants a plural noun or coordinated nouns, "him"/"her" a singular common noun or
    /// a name).
    /// </summary>
    public int ConjunctObjectAntecedentNode(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || !RelIs(verb, "conj")) return -1;
        int pronoun = -1;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj"))
            {
                if (_doc.TokUpos(c) == Upos.PRON && IsThirdPersonObjectPronoun(c)) pronoun = c;
                else if (PartitivePronoun(c) is var pp && pp >= 0) pronoun = pp;
                break;
            }
        if (pronoun < 0 || _doc.Token(pronoun).Span.Equals("it", StringComparison.OrdinalIgnoreCase)) return -1;
        bool plural = _doc.Token(pronoun).Span.Equals("them", StringComparison.OrdinalIgnoreCase);
        int earlier = Head(verb);
        if (earlier < _f || earlier >= verb || !IsVerbal(earlier)) return -1;
        foreach (var o in Children(earlier))
        {
            if (!RelIs(o, "obj") || o > verb) continue;
            // The node that names it: the object itself when it is an actor, else its "of" or possessive phrase ("the
            // conviction of a journalist", "the activist's home"), else the object ("arrested the bandits").
            int named = -1;
            if (_actorOf[o] < 0)
                foreach (var g in Children(o))
                    if (((RelStarts(g, "nmod") && CaseOf(g) == "of") || RelIs(g, "nmod:poss")) && _doc.TokUpos(g) is Upos.NOUN or Upos.PROPN) { named = g; break; }
            if (named < 0) named = o;
            if (_doc.TokUpos(named) is not (Upos.NOUN or Upos.PROPN)) return -1;
            bool namedPlural = _doc.Token(named).Xpos is "NNS" or "NNPS" || HasChildRelation(named, "conj");
            return plural == namedPlural ? named : -1;
        }
        return -1;
    }
}
