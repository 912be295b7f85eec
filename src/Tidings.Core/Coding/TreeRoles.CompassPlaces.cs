namespace Tidings.Coding;

/// <summary>
/// Session 63 (target63): a place told by a compass point from a country ("drills east of Taiwan", "patrols in the waters
/// west of the Philippines", "flew north of Japan") stands where "near Taiwan" would: the country the phrase names is
/// where the act is shown, and a frame that reads its target from "near" reads it from the compass phrase too.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Compass points that place something beside a named place ("east of", "south-west of").</summary>
    private static readonly HashSet<string> CompassPoints = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west",
    };

    /// <summary>
    /// The "of" phrase of a compass point hung as a modifier on <paramref name="node"/> ("east of Taiwan" under the verb,
    /// "the waters east of Taiwan" under a phrase's noun), or -1. Invariant: only the compass word's own "of" phrase, so
    /// "east of the capital" gives a place node only when the place is itself an actor (a country or its capital).
    /// </summary>
    private int CompassOfPhrase(int node)
    {
        foreach (var c in Children(node))
        {
            // "drills north of Japan" parsed with the compass word as a modifier inside the "of" phrase it heads.
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "of")
                foreach (var g in Children(c))
                    if (g < c && RelIs(g, "advmod") && CompassPoints.Contains(_doc.Token(g).Span.ToString())) return c;
            // "staged drills east of Taiwan" parsed with the compass word and the "of" phrase as two modifiers of one head,
            // side by side.
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "of" && FirstOfSubtree(c) - 1 is var w && w >= _f
                && Head(w) == node && RelIs(w, "advmod") && CompassPoints.Contains(_doc.Token(w).Span.ToString())) return c;
            if (!(RelIs(c, "advmod") || RelStarts(c, "obl") || RelStarts(c, "nmod") || RelIs(c, "amod"))) continue;
            if (!CompassPoints.Contains(_doc.Token(c).Span.ToString())) continue;
            // "north of" with no case of its own ("east" is not a preposition): the compass word heads the "of" phrase.
            if (CaseOf(c) is not null and not "of") continue;
            foreach (var g in Children(c))
                if ((RelStarts(g, "obl") || RelStarts(g, "nmod")) && CaseOf(g) == "of") return g;
        }
        return -1;
    }

    /// <summary>
    /// Session 63 (target63, decision 090): the verb that governs an event noun as its object ("began snap drills", "staged
    /// live-fire exercises"), where a cause clause told after the noun's act hangs; -1 when the noun is no verb's object.
    /// </summary>
    public int LightVerbOfObjectNoun(int noun)
    {
        if (!Parsed || noun < _f || noun >= _e || !RelIs(noun, "obj") || Head(noun) is not (var v and >= 0) || !IsVerbal(v)) return -1;
        return v;
    }
}
