namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// The place where a force is kept or posted, named by the trigger entry's own preposition on the trigger ("keep its
    /// peacekeepers in Cyprus", with "in Cyprus" hung on the verb) or on its object ("maintain its mission in Somalia"):
    /// the index of that place in <paramref name="places"/>, or -1. The phrase may lie inside the object's actor span (the
    /// actor stage reads "peacekeepers in Cyprus" as one mention of the force), which <see cref="VisitedPlace"/> skips as an
    /// actor; a phrase that is an actor of its own (a country acting, not a place) is still skipped.
    /// </summary>
    public int PlaceWhereForceKept(int anchor, List<Places.PlaceMention> places, TriggerEntry entry)
    {
        if (!Parsed || anchor < _f || anchor >= _e || places.Count == 0) return -1;
        foreach (var c in Children(anchor))
        {
            if (RelIs(c, "obj"))
            {
                if (PlaceUnderForce(c, places, entry) is var at1 && at1 >= 0) return at1;
                // "extended the mandate of its peacekeepers in South Sudan": the force named in the object's "of" phrase.
                foreach (var n in Children(c))
                    if (RelStarts(n, "nmod") && CaseOf(n) == "of" && PlaceUnderForce(n, places, entry) is var at2 && at2 >= 0) return at2;
                continue;
            }
            if (!RelStarts(c, "obl") || CaseOf(c) is not { } prep || !entry.IsTargetPrep(prep)) continue;
            bool inObjectSpan = false;
            foreach (var o in Children(anchor)) if (RelIs(o, "obj") && _actorOf[o] >= 0 && _actorOf[o] == _actorOf[c]) inObjectSpan = true;
            if (_actorOf[c] >= 0 && !inObjectSpan) continue;
            if (PlaceIndexAt(c, places) is var at && at >= 0) return at;
        }
        return -1;
    }

    /// <summary>A place in an "in"/"to" phrase (the entry's prepositions) on the noun <paramref name="force"/>, inside its
    /// actor span or outside any actor; -1 when none.</summary>
    private int PlaceUnderForce(int force, List<Places.PlaceMention> places, TriggerEntry entry)
    {
        foreach (var n in Children(force))
            if (RelStarts(n, "nmod") && CaseOf(n) is { } prep && entry.IsTargetPrep(prep) && (_actorOf[n] < 0 || _actorOf[n] == _actorOf[force])
                && PlaceIndexAt(n, places) is var at && at >= 0) return at;
        return -1;
    }
}
