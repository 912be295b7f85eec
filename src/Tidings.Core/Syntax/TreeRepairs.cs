namespace Tidings.Syntax;

/// <summary>
/// Repairs of finished trees for constructions the greedy parser gets wrong in a systematic way and that the
/// words alone disambiguate. Each repair keeps the tree a tree: it only re-hangs words below a head that is not
/// among their own descendants, and never touches the root.
/// </summary>
public static class TreeRepairs
{
    public static void Apply(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        ReportedSubject(words, heads, relations);
    }

    /// <summary>
    /// "Officials said the rebels, who have seized three towns, attacked a base": after a relative clause set off
    /// by commas the parser takes "the rebels" as the object of "said" and "attacked" as a second verb of the
    /// speaker. "Say" does not take a person or group as its object, and a finite verb coordinated with it without
    /// "and"/"or" and without a subject of its own is the reported clause: the object becomes that verb's subject and
    /// the verb the complement of "said".
    /// </summary>
    private static void ReportedSubject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int say = 0; say < n; say++)
        {
            if (!string.Equals(words[say].Lemma, "say", StringComparison.OrdinalIgnoreCase) || words[say].Upos != "VERB") continue;
            int obj = -1, verb = -1;
            for (int i = say + 1; i < n; i++)
            {
                if (heads[i] != say) continue;
                if (obj < 0 && relations[i] == "obj" && words[i].Upos is "NOUN" or "PROPN") obj = i;
                else if (obj >= 0 && verb < 0 && i > obj && relations[i] == "conj" && words[i].Upos == "VERB"
                    && words[i].Xpos is "VBD" or "VBZ" or "VBP") verb = i;
            }
            if (obj < 0 || verb < 0) continue;
            // The object must carry a relative clause set off by a comma: the case the parser gets wrong. Without it
            // ("said a prayer, left") the object reading can be right.
            bool relative = false;
            for (int i = obj + 1; i < verb; i++)
                if (heads[i] == obj && relations[i] == "acl:relcl" && HasCommaBefore(words, obj, i)) relative = true;
            if (!relative) continue;
            bool ownSubject = false, coordinated = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] != verb) continue;
                if (relations[i] is "nsubj" or "nsubj:pass" or "expl") ownSubject = true;
                if (relations[i] == "cc") coordinated = true;
            }
            if (ownSubject || coordinated) continue;
            heads[obj] = verb; relations[obj] = "nsubj";
            relations[verb] = "ccomp";
        }
    }

    private static bool HasCommaBefore(IReadOnlyList<ParserInput> words, int from, int to)
    {
        for (int i = from + 1; i < to; i++) if (words[i].Form == ",") return true;
        return false;
    }
}
