namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Prepositions that open a noun's modifier in news subjects ("clashes between ...", "an attack on ...",
    /// "protests against ...").</summary>
    private static readonly HashSet<string> SubjectModifierPrepositions = new(StringComparer.OrdinalIgnoreCase)
    { "between", "on", "against", "in", "by", "of", "over", "with", "from", "near", "along", "across", "at", "outside" };

    /// <summary>True for a word that opens a relative clause (<see cref="RelativeOpeners"/> and the relative "that", "when",
    /// "why"): a clause that has one is a true relative clause. A method, not a set built from the other: static fields of
    /// a partial class in different files have no defined order of initialisation.</summary>
    private static bool OpensRelativeClause(string form) =>
        RelativeOpeners.Contains(form) || form.ToLowerInvariant() is "that" or "when" or "why";

    /// <summary>
    /// "Talks between Israeli and Hamas negotiators ended without agreement", "Border clashes between Kyrgyz and Tajik troops
    /// killed 100 people in 2022": a subject noun followed by a
    /// prepositional phrase is taken by the parser for a noun-phrase fragment, and the sentence's verb is hung on it either
    /// as a relative clause whose subject is the preposition's noun (the clashes "that Kyrgyz and Tajik troops killed") or
    /// as a conjunct of the noun. Neither reading holds: a subject never opens with a preposition, and a verb coordinated
    /// with a noun needs a conjunction or a comma. The finite verb becomes the root and the noun its subject, the
    /// prepositional phrase the noun's modifier, and the noun's clause phrases after the verb (times, places, the full
    /// stop) the verb's. Only for a root noun that opens the sentence (after its determiners and modifiers) and a relative
    /// clause with no relative word of its own. (A sentence-initial gerund the tagger reads as a verb, "Fighting between the
    /// army and rebels killed 40 people", is no noun root and is left as the parser hung it.) Invariant: a repair that would
    /// leave anything but one tree is undone.
    /// </summary>
    private static void EventNounSubjectTakenForFragment(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count, root = -1;
        for (int i = 0; i < n; i++) if (heads[i] == -1) { root = i; break; }
        if (root < 0 || root + 3 >= n || words[root].Upos is not ("NOUN" or "PROPN")) return;
        // The root opens the sentence: only its own modifiers stand before it.
        for (int i = 0; i < root; i++) if (heads[i] != root || relations[i] is not ("det" or "amod" or "compound" or "nmod:poss" or "nummod" or "case")) return;
        if (!SubjectModifierPrepositions.Contains(words[root + 1].Form)) return;
        for (int v = root + 2; v < n; v++)
        {
            if (heads[v] != root || words[v].Upos != "VERB" || words[v].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            bool relative = relations[v] == "acl:relcl", conjunct = relations[v] == "conj";
            if (!relative && !conjunct) continue;
            int subject = -1;
            bool blocked = false;
            for (int t = 0; t < n; t++)
            {
                if (heads[t] != v) continue;
                if (relations[t] is "nsubj" or "nsubj:pass") subject = t;
                // A relative word ("clashes that troops fought") or, for a conjunct, its conjunction or comma ("talks, and
                // troops withdrew") make the parser's reading a possible one.
                if (relations[t] is "mark" or "cc" || (t < v && relations[t] == "punct") || OpensRelativeClause(words[t].Form)) blocked = true;
            }
            if (blocked) return;
            // Nothing but the prepositional phrase stands between the noun and its verb.
            for (int t = root + 1; t < v; t++)
                if (words[t].Form is "," or ";" or ":" or "(" or "—" or "-" || words[t].Upos == "VERB") return;
            if (relative && (subject < 0 || subject <= root)) return;
            if (conjunct && subject >= 0) return;

            var savedHeads = new int[n];
            var savedRelations = new string[n];
            heads[..n].CopyTo(savedHeads);
            Array.Copy(relations, savedRelations, n);

            heads[v] = -1; relations[v] = "root";
            heads[root] = v; relations[root] = "nsubj";
            // The relative clause's subject is the last noun of the preposition's phrase: it hangs on the noun.
            if (subject >= 0) { heads[subject] = root; relations[subject] = "nmod"; }
            for (int t = v + 1; t < n; t++)
                if (heads[t] == root)
                {
                    heads[t] = v;
                    relations[t] = relations[t] switch { "nmod" => "obl", "acl" or "acl:relcl" => "advcl", var r => r };
                }
            // In the conjunct reading the parser hung the preposition's noun on the root as an oblique: it is the noun's.
            for (int t = root + 1; t < v; t++)
                if (heads[t] == root && relations[t].StartsWith("obl", StringComparison.Ordinal)) relations[t] = "nmod";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
            return;
        }
    }
}
