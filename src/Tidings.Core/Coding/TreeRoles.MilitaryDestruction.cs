namespace Tidings.Coding;

/// <summary>
/// Session 61 (coerce61): "Our jets destroyed three launch sites", "its drones had set a fuel depot ablaze", "its forces
/// had destroyed two Indian posts": destruction done by aerial weapons, or of a military installation or weapon, is an
/// act of war (19x), not the destruction of property by coercion (1712), which the codebook gives to houses demolished,
/// crops burned and shops torched. These queries read the clause's subject and object words; they set nothing.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Aerial weapons and the strikes they make, as the subject of a verb of destroying (lemmas).</summary>
    private static readonly HashSet<string> AerialWeaponNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "jet", "warplane", "aircraft", "drone", "missile", "rocket", "bomber", "helicopter", "gunship", "strike", "airstrike",
    };

    /// <summary>Military installations and weapons (object lemmas) whose destruction is fighting: a post or a tank destroyed
    /// by a force is a military target hit. Not "camp" (refugee camps), "building", "depot" or "vehicle": those are as often
    /// civilian property and keep 1712 unless their owner is an armed actor.</summary>
    private static readonly HashSet<string> MilitaryTargetNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "post", "outpost", "position", "bunker", "tank", "launcher", "launchpad", "howitzer", "artillery", "radar",
        "drone", "missile", "rocket", "warship", "gunboat", "fortification", "trench",
    };

    /// <summary>The lemma of the head of the subject of <paramref name="verb"/>, or of the verb it shares its subject with
    /// (up through conjuncts, participle and purpose clauses with no subject of their own, at most three steps); null when
    /// none.</summary>
    private string? SharedSubjectLemma(int verb)
    {
        for (int step = 0; step < 4 && verb >= 0; step++)
        {
            foreach (var c in Children(verb))
                if (RelIs(c, "nsubj")) return _doc.Token(c).Lemma;
            if (!(RelIs(verb, "conj") || RelIs(verb, "advcl") || RelIs(verb, "xcomp"))) return null;
            verb = Head(verb);
        }
        return null;
    }

    /// <summary>
    /// The CAMEO code of a destruction told by <paramref name="verb"/> that is an act of war: "1952" when drones did it,
    /// "195" when jets, missiles or air strikes did it (as subject, or "in ... strikes"), "190" when the object is a
    /// military installation or weapon (<see cref="MilitaryTargetNouns"/>); null otherwise (1712 stands). Invariant: reads
    /// only the verb's own subject (or the one it shares), its object and its "in" phrase; an actor subject that is a
    /// person or a force is not an aerial weapon, so "soldiers burned homes" stays 1712.
    /// </summary>
    public string? WarDestructionCode(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        if (SharedSubjectLemma(verb) is { } subj && AerialWeaponNouns.Contains(subj))
            return subj.Equals("drone", StringComparison.OrdinalIgnoreCase) ? "1952" : "195";
        foreach (var c in Children(verb))
        {
            if (RelStarts(c, "obl") && CaseOf(c) == "in" && _doc.Token(c).Lemma is "strike" or "airstrike")
                return "195";
            if (RelIs(c, "obj") && _doc.Token(c).Lemma is { } obj && MilitaryTargetNouns.Contains(obj))
                return "190";
        }
        return null;
    }
}
