namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Nouns of a journey, whose "to" phrase names where the journey went.</summary>
    private static readonly HashSet<string> JourneyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "visit", "visits", "trip", "trips", "tour", "tours", "journey", "journeys", "pilgrimage",
    };

    /// <summary>Offices whose own "to" phrase names the state or body they are posted to ("the ambassador to China").</summary>
    private static readonly HashSet<string> PostedToOffices = new(StringComparer.OrdinalIgnoreCase)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "emissary", "emissaries", "representative", "representatives",
        "delegate", "delegates", "delegation", "delegations", "adviser", "advisers", "advisor", "advisors", "aide", "aides",
        "mission", "missions", "attache", "attaches", "consul", "consuls", "commissioner", "commissioners", "nuncio",
    };

    /// <summary>
    /// Session 59 (lead59). "Brazil pledged to boost trade during a visit by the Nigerian vice president to Brasilia",
    /// "signed a treaty during a visit by Spain's prime minister to Rabat": the parser hangs the journey's "to" phrase on
    /// the nearest noun, the visitor named in the "by" phrase, so the visit has no destination and is lost. A person is
    /// not "to" a place unless his office is a posting ("the ambassador to China", <see cref="PostedToOffices"/>); a
    /// "to" phrase hung on the noun of a "by" phrase of a journey noun (<see cref="JourneyNouns"/>) is the journey's.
    /// Invariants: only a "to" phrase after the "by" phrase moves, and only from the agent noun itself (not from deeper
    /// nouns); postings keep their trees; one tree, else undone.
    /// </summary>
    private static void VisitDestinationOnAgent(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int agent = 1; agent < n; agent++)
        {
            int journey = heads[agent];
            if (journey < 0 || journey >= agent || !JourneyNouns.Contains(words[journey].Form) || words[journey].Upos != "NOUN") continue;
            if (!relations[agent].StartsWith("nmod", StringComparison.Ordinal) || !HasCase(words, heads, relations, agent, n, "by")) continue;
            if (PostedToOffices.Contains(words[agent].Form)) continue;
            for (int d = agent + 1; d < n; d++)
            {
                if (heads[d] != agent || !relations[d].StartsWith("nmod", StringComparison.Ordinal) || !HasCase(words, heads, relations, d, n, "to")) continue;
                var savedHeads = heads.ToArray();
                var savedRelations = (string[])relations.Clone();
                heads[d] = journey; relations[d] = "nmod";
                KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
                break;
            }
        }
    }

    /// <summary>True when <paramref name="node"/> has a case marker (preposition) of form <paramref name="preposition"/>.</summary>
    private static bool HasCase(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations, int node, int n, string preposition)
    {
        for (int i = 0; i < n; i++)
            if (heads[i] == node && relations[i] == "case" && words[i].Form.Equals(preposition, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
