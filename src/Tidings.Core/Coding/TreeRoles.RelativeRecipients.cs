using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Recipients named in a relative clause on what is given: "delivered the first of the jets it has promised to Ukraine",
/// "shipped the shells it pledged to Kyiv".
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>Verbs of giving whose "to" phrase in a relative clause names who receives the thing the clause is on.</summary>
    private static readonly HashSet<string> GivingLemmas = new(StringComparer.OrdinalIgnoreCase)
    { "promise", "pledge", "offer", "send", "supply", "give", "deliver", "provide", "sell", "owe", "donate", "commit", "ship", "transfer" };

    /// <summary>
    /// The actors a relative clause of giving (<see cref="GivingLemmas"/>) on the trigger's object, on that object's "of"
    /// noun ("the first of 24 jets it has promised to Ukraine") or on a noun of the trigger's own words names in its "to"
    /// phrase or indirect object, with those coordinated with them. Empty when none; never <paramref name="source"/>.
    /// </summary>
    public List<int> RecipientsInGivenThingClause(int head, int first, int end, int source)
    {
        var found = new List<int>();
        if (!Parsed || head < _f || head >= _e) return found;
        var nouns = TriggerNouns(head, first, end, withToPhrase: false);
        int count = nouns.Count;
        for (int i = 0; i < count; i++)
            foreach (var c in Children(nouns[i]))
                if (RelIs(c, "nmod") && CaseOf(c) == "of" && IsNounish(c) && !nouns.Contains(c)) nouns.Add(c);
        foreach (int n in nouns)
            foreach (var r in Children(n))
            {
                if (!RelIs(r, "acl:relcl") || !GivingLemmas.Contains(_doc.Token(r).Lemma ?? "")) continue;
                foreach (var g in Children(r))
                {
                    if (!((RelStarts(g, "obl") && CaseOf(g) == "to") || RelIs(g, "iobj"))) continue;
                    if (ActorOfNode(g) is not (var a and >= 0) || a == source) continue;
                    found.Add(a); Conjuncts(g, found);
                    found.Remove(source);
                    return found;
                }
            }
        return found;
    }
}
