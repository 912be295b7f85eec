namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// "24 civilians, 24 Kurdish fighters and 25 militiamen have been killed in the clashes", "at least 11 people were killed
    /// in the fighting", "three villagers and a soldier died in the clashes": a passive subject that is counted (a number on
    /// it) or lists several kinds of people (a conjunct), in a clash that names no other side, is a casualty count, the dead
    /// of every side and of none, not the party that fought (gold/README.md: statistics and casualty counts are no event;
    /// no tunable gold line codes such a count as the clash of the dead). A clash with its other side named keeps the
    /// passive subject as its doer, counted or not ("two soldiers were killed during clashes with militants" is the army
    /// against the militants), as does an uncounted single group ("soldiers were killed in clashes"). True when
    /// <paramref name="subject"/> has a <c>nummod</c> or <c>conj</c> child and the setting <paramref name="noun"/> has no
    /// "with"/"between"/"against" phrase of its own. Invariant: reads the parse only.
    /// </summary>
    private bool IsCasualtyList(int subject, int noun)
    {
        bool counted = false;
        foreach (var c in Children(subject))
            if (RelIs(c, "conj") || RelIs(c, "nummod")) { counted = true; break; }
        if (!counted) return false;
        foreach (var c in Children(noun))
            if (RelStarts(c, "nmod") && CaseOf(c) is "with" or "between" or "against") return false;
        return true;
    }
}
