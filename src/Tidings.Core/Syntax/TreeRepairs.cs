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
        // The root first: the other repairs read clauses off a tree that has its verb.
        FiniteVerbRoot.Repair(words, heads, relations);
        ReportedSubject(words, heads, relations);
        SubordinateClauses(words, heads, relations);
    }

    /// <summary>Words that are prepositions before a noun and subordinators before a clause.</summary>
    private static readonly HashSet<string> PrepositionsOrSubordinators = new(StringComparer.OrdinalIgnoreCase)
    { "after", "before", "since", "until", "till" };

    /// <summary>
    /// "Kenya closed its border after Somali militants attacked a police post", "released six Americans after President
    /// Nicolas Maduro met the envoy": the greedy parser reads "after" as the preposition of the noun phrase and leaves the
    /// next verb without its subject, so the doer of the subordinate act is lost. When the noun phrase is followed right
    /// away by a finite verb that has no subject after "after", the phrase is that verb's subject, "after" its
    /// subordinator, and the verb an adverbial clause of the verb the phrase hung from (or of the nearest finite verb
    /// before it). A repair that would leave anything but one tree is undone.
    /// </summary>
    private static void SubordinateClauses(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int w = 0; w + 2 < n; w++)
        {
            if (relations[w] != "case" || !PrepositionsOrSubordinators.Contains(words[w].Form)) continue;
            int x = heads[w];
            if (x <= w || words[x].Upos is not ("NOUN" or "PROPN" or "PRON")) continue;
            // The phrase must run from the word after "after" to the word before the verb, without gaps.
            int first = x, last = x;
            for (int i = 0; i < n; i++)
                if (i != w && Dominates(heads, x, i, n)) { first = Math.Min(first, i); last = Math.Max(last, i); }
            if (first != w + 1) continue;
            int v = last + 1;
            if (v >= n || words[v].Upos is not ("VERB" or "AUX") || words[v].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            bool ownSubject = false;
            for (int i = w + 1; i < n; i++)
                if (heads[i] == v && i != x && relations[i] is "nsubj" or "nsubj:pass" or "expl" && i > w) ownSubject = true;
            if (ownSubject) continue;

            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            int oldHead = heads[x];
            heads[x] = v; relations[x] = "nsubj";
            heads[w] = v; relations[w] = "mark";
            // What the clause modifies: the verb the phrase hung from, else the nearest finite verb before "after".
            int governor = oldHead >= 0 && oldHead < w && words[oldHead].Upos == "VERB" ? oldHead : NearestFiniteBefore(words, w);
            if (governor >= 0 && (heads[v] < 0 || heads[v] >= w || words[heads[v]].Upos != "VERB"))
            {
                if (heads[v] < 0)
                {
                    // The subordinate verb had become the root: the governor takes its place, with the subjects the
                    // subordinate verb had taken from before "after".
                    heads[governor] = -1; relations[governor] = "root";
                    for (int i = 0; i < w; i++)
                        if (heads[i] == v && relations[i] is "nsubj" or "nsubj:pass") heads[i] = governor;
                }
                heads[v] = governor; relations[v] = "advcl";
            }
            else if (heads[v] >= 0 && heads[v] < w && words[heads[v]].Upos == "VERB") relations[v] = "advcl";
            if (!IsTree(heads, n))
            {
                savedHeads.CopyTo(heads);
                Array.Copy(savedRelations, relations, n);
            }
        }
    }

    private static int NearestFiniteBefore(IReadOnlyList<ParserInput> words, int w)
    {
        for (int i = w - 1; i >= 0; i--)
            if (words[i].Upos is "VERB" or "AUX" && words[i].Xpos is "VBD" or "VBZ" or "VBP") return words[i].Upos == "VERB" ? i : -1;
        return -1;
    }

    /// <summary>True when <paramref name="top"/> is <paramref name="node"/> or one of its ancestors.</summary>
    private static bool Dominates(Span<int> heads, int top, int node, int n)
    {
        for (int v = node, step = 0; v >= 0 && step <= n; v = heads[v], step++)
            if (v == top) return true;
        return false;
    }

    /// <summary>Exactly one root and no cycle.</summary>
    private static bool IsTree(Span<int> heads, int n)
    {
        int roots = 0;
        for (int i = 0; i < n; i++)
        {
            if (heads[i] == -1) roots++;
            else if (heads[i] < 0 || heads[i] >= n || heads[i] == i) return false;
            int steps = 0;
            for (int v = i; v != -1; v = heads[v]) if (++steps > n) return false;
        }
        return roots == 1;
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
