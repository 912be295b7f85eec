using Tidings.Documents;

namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// True when the verb at <paramref name="verb"/> tells what any member of an open class might do, not what someone did:
    /// a relative clause on a noun under "any" ("threatened to attack any police post that helped the army", "will impose
    /// tariffs on any country that buys Venezuelan oil") or on "anyone", "anybody", "anything", and a clause whose subject is
    /// "whoever", "anyone" or "anybody" ("vowed to punish whoever attacked the convoy"). Such an act is only supposed
    /// (gold/README.md: hypotheticals are no events), whatever its tense.
    /// Invariant: only the verb's own clause is read (its relative-clause head or its subject), so a real act beside
    /// the supposed one ("the army shelled any building that sheltered fighters" keeps "shelled") is untouched.
    /// </summary>
    public bool InAnyOneRelative(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e || !IsVerbal(verb)) return false;
        if (RelStarts(verb, "acl") && Head(verb) is var noun && noun >= _f && noun < _e)
        {
            if (IsAnyPronoun(noun)) return true;
            foreach (var c in Children(noun))
                if (RelIs(c, "det") && _doc.Token(c).Span.Equals("any", StringComparison.OrdinalIgnoreCase)) return true;
        }
        foreach (var c in Children(verb))
            if (RelStarts(c, "nsubj") && IsAnyPronoun(c)) return true;
        return false;
    }

    private bool IsAnyPronoun(int t)
    {
        var w = _doc.Token(t).Span;
        return w.Equals("anyone", StringComparison.OrdinalIgnoreCase) || w.Equals("anybody", StringComparison.OrdinalIgnoreCase)
            || w.Equals("anything", StringComparison.OrdinalIgnoreCase) || w.Equals("whoever", StringComparison.OrdinalIgnoreCase);
    }
}
