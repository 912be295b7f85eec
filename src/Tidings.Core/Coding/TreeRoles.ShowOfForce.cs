using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for military craft sent to show force: "China sent 30 warplanes around Taiwan", "flew two bombers over the
/// Korean peninsula", "sent jets into Taiwan's air defence zone". Craft sent around, near, over or into another's land, sea
/// or airspace are a show of force at that country (150), not weapons handed to a party (072), which go "to" someone.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Prepositions that place sent craft at, not with, another country.</summary>
    private static readonly HashSet<string> ShowOfForcePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "around", "near", "over", "into", "toward", "towards", "off", "across",
    };

    /// <summary>
    /// The country at which the craft that <paramref name="verb"/> sends are shown: the place or actor of an
    /// "around/near/over/into/toward/off/across" phrase on the verb or on its object, or the owner of such a phrase's zone
    /// ("into Taiwan's air defence zone"). Null when the tree names none, or when the verb also has a "to" phrase (a
    /// recipient or a destination: "sent jets to Poland" may be a gift or a deployment, and is left to the "to" frame).
    /// </summary>
    public string? ShownForceCountry(int verb, List<Places.PlaceMention> places)
    {
        if (!Parsed || verb < _f || verb >= _e) return null;
        foreach (var c in Children(verb))
            if ((RelStarts(c, "obl") || RelStarts(c, "nmod")) && CaseOf(c) == "to") return null;
        string? found = ShownAt(verb, places);
        if (found is not null) return found;
        foreach (var c in Children(verb))
            if (RelIs(c, "obj") && ShownAt(c, places) is { } onObject) return onObject;
        return null;
    }

    private string? ShownAt(int node, List<Places.PlaceMention> places)
    {
        // Session 63 (target63): "sent warships east of Taiwan" places the craft as "near Taiwan" does.
        if (CompassOfPhrase(node) is var compass && compass >= 0 && CountryAt(compass, places) is { } beside) return beside;
        foreach (var c in Children(node))
        {
            if (!(RelStarts(c, "obl") || RelStarts(c, "nmod")) || CaseOf(c) is not { } prep || !ShowOfForcePrepositions.Contains(prep)) continue;
            if (CountryAt(c, places) is { } iso) return iso;
            // "into Taiwan's air defence zone", "off China's coast": the zone's or coast's owner.
            foreach (var g in Children(c))
                if ((RelIs(g, "nmod:poss") || RelIs(g, "amod") || RelIs(g, "compound") || (RelStarts(g, "nmod") && CaseOf(g) == "of"))
                    && CountryAt(g, places) is { } owner)
                    return owner;
        }
        return null;
    }
}
