using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Tree queries for property destroyed (1712) with no owner named: "burned homes in six villages", "torched shops in the
/// market", "setting dozens of shelters on fire". Such things are the people's of the place.
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Things people live in, work from or own whose destruction harms the people of the place. No crops or fields:
    /// police destroying coca crops eradicate, they do not attack farmers. No cars or vehicles: those burned in an attack on a
    /// base or a convoy are the force's.</summary>
    private static readonly HashSet<string> PeoplesProperty = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "house", "hut", "dwelling", "shelter", "tent", "shop", "store", "stall", "village", "hamlet", "granary",
        "business", "property", "homestead",
    };

    /// <summary>
    /// True when the destroying verb at <paramref name="verb"/> takes people's property as its object, directly or through a
    /// quantity ("dozens of homes"), with no actor of its own ("their homes" points back at people the sentence names,
    /// "government offices" are an organ's).
    /// </summary>
    public bool DestroysPeoplesProperty(int verb)
    {
        if (!Parsed || verb < _f || verb >= _e) return false;
        foreach (var c in Children(verb))
        {
            if (!RelIs(c, "obj") && !(RelStarts(c, "obl") && CaseOf(c) is "to")) continue;
            int thing = c;
            // "dozens of homes", "hundreds of houses"
            if (!PeoplesProperty.Contains(_doc.Token(thing).Lemma ?? ""))
                foreach (var g in Children(c))
                    if (RelStarts(g, "nmod") && CaseOf(g) == "of" && PeoplesProperty.Contains(_doc.Token(g).Lemma ?? "")) { thing = g; break; }
            if (!PeoplesProperty.Contains(_doc.Token(thing).Lemma ?? "")) continue;
            if (_actorOf[thing] >= 0) return false;
            foreach (var g in Children(thing))
                if ((RelIs(g, "nmod:poss") || RelIs(g, "amod") || RelIs(g, "compound")) && _actorOf[g] >= 0) return false;
            return true;
        }
        return false;
    }
}
