namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Nouns of a list that a state puts people, firms or ships on (a sanctions list, a trade blacklist, an
    /// entity list): the destination of "add ... to" and "put ... on".</summary>
    private static readonly HashSet<string> ListNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "list", "lists", "blacklist", "blacklists", "watchlist", "watchlists",
    };

    /// <summary>
    /// Session 63 (reject63). "Canada added six Russian oligarchs, including the owner of a fertiliser maker, to its
    /// sanctions list", "the EU added 17 companies in China, Turkey and the Emirates to its sanctions list": when the
    /// object of "add" is long (an "including" apposition, an "in" phrase with a list of countries) the parser hangs the
    /// "to ... list" phrase on the nearest noun inside the object, so the verb loses its destination and the listing (a
    /// sanction, 163) is not read. A "to" phrase (after "put", an "on" phrase) whose noun is a list (<see cref="ListNouns"/>),
    /// hung anywhere below the verb's object but not on the object itself, names where the verb puts its object: it is
    /// re-hung on the verb as an oblique. Invariants: only "add"/"put" verbs with an object; only a phrase after the object
    /// word; never when the verb already has a phrase with the same preposition; one tree, else undone.
    /// Session 65 (blind83): "Canada added two Iranian judges to its sanctions list on Tuesday": with a time phrase after it
    /// the parser hangs the "to ... list" phrase on the object word itself. No person, firm or ship is "to a list" as a
    /// noun phrase of its own (a list is where it is put), so a list phrase on the object is re-hung on the verb too.
    /// </summary>
    private static void ListDestinationInsideObject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int verb = 0; verb < n; verb++)
        {
            if (words[verb].Upos != "VERB") continue;
            string preposition;
            if (words[verb].Lemma.Equals("add", StringComparison.OrdinalIgnoreCase)) preposition = "to";
            else if (words[verb].Lemma.Equals("put", StringComparison.OrdinalIgnoreCase)) preposition = "on";
            else continue;
            int obj = -1;
            bool hasOwn = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] != verb) continue;
                if (relations[i] == "obj" && obj < 0) obj = i;
                if (relations[i].StartsWith("obl", StringComparison.Ordinal) && HasCase(words, heads, relations, i, n, preposition)) hasOwn = true;
            }
            if (obj < 0 || hasOwn) continue;
            for (int d = obj + 1; d < n; d++)
            {
                if (!ListNouns.Contains(words[d].Form) || words[d].Upos != "NOUN") continue;
                if (heads[d] == verb || !(heads[d] == obj || Dominates(heads, obj, d, n))) continue;
                if (!relations[d].StartsWith("nmod", StringComparison.Ordinal) || !HasCase(words, heads, relations, d, n, preposition)) continue;
                var savedHeads = heads.ToArray();
                var savedRelations = (string[])relations.Clone();
                heads[d] = verb; relations[d] = "obl";
                KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
                break;
            }
        }
    }
}
