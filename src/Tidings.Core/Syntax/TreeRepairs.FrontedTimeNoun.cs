namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Nouns of a moment or a span of time that a fronted time phrase is made of ("This morning", "Last month",
    /// "On Sunday" without its "On").</summary>
    private static readonly HashSet<string> FrontedTimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "today", "tonight", "yesterday",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Words that open a relative clause: a verb after them is the noun's modifier indeed ("the day when we ...").</summary>
    private static readonly HashSet<string> TimeRelativeOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "when", "where", "while",
    };

    /// <summary>
    /// "Last month we delivered 300 tonnes of medicine to Gaza", "This morning we summoned the ambassador": a clause that
    /// opens with a bare time phrase and a pronoun or noun subject is read by the parser as a noun phrase, the time noun its
    /// root and the clause its relative clause ("the month [that] we delivered ..."), so the clause has no root verb and its
    /// acts are read as the description of a time. When the root is a time noun at the start of the sentence (only its
    /// determiner or adjective before it) and a finite verb after it hangs on it as a relative or adnominal clause with a
    /// subject of its own between them and no relative word, the verb is the root and the time noun its <c>obl:tmod</c>;
    /// what hung on the noun after the verb (punctuation, a later clause) hangs on the verb. Invariant: the tree stays a
    /// tree (the verb is the noun's child, so making it the head cannot close a cycle).
    /// </summary>
    private static void FrontedTimeNounTakenForRoot(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count, root = -1;
        for (int i = 0; i < n; i++) if (heads[i] == -1) { root = i; break; }
        if (root < 0 || root > 2 || words[root].Upos is not ("NOUN" or "PROPN") || !FrontedTimeNouns.Contains(words[root].Form)) return;
        for (int i = 0; i < root; i++)
            if (heads[i] != root || words[i].Upos is not ("DET" or "ADJ" or "PUNCT")) return;
        int verb = -1;
        for (int v = root + 1; v < n && verb < 0; v++)
        {
            if (heads[v] != root || relations[v] is not ("acl:relcl" or "acl") || words[v].Upos != "VERB") continue;
            bool subject = false, relative = false;
            for (int c = root + 1; c < v; c++)
            {
                if (heads[c] != v) continue;
                if (relations[c] is "nsubj" or "nsubj:pass" && words[c].Upos is "PRON" or "NOUN" or "PROPN") subject = true;
                if (TimeRelativeOpeners.Contains(words[c].Form)) relative = true;
            }
            if (subject && !relative) verb = v;
        }
        if (verb < 0) return;
        for (int c = verb + 1; c < n; c++)
            if (heads[c] == root) heads[c] = verb;
        heads[verb] = -1;
        relations[verb] = "root";
        heads[root] = verb;
        relations[root] = "obl:tmod";
    }
}
