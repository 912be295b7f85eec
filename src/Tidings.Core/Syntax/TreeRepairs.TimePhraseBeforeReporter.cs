namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Prepositions of time that can also open a clause ("after talks in Doha" / "after the talks ended").</summary>
    private static readonly HashSet<string> TimePrepositionsOrSubordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "following", "since", "until",
    };

    /// <summary>
    /// Session 63 (consult63). "Pakistan and Afghanistan agreed to a ceasefire on Sunday after talks in Doha, Qatar's foreign
    /// ministry said": the parser reads "after" as the subordinator of a clause whose verb is the reporter's "said", and
    /// gives that verb two subjects, the time phrase's noun ("talks") and the reporter ("ministry"). A clause has one
    /// subject; when a verb marked by a time word (<see cref="TimePrepositionsOrSubordinators"/>) has two <c>nsubj</c>
    /// children, the first a noun whose phrase ends at a comma before the second, the first is the object of the time word
    /// used as a preposition: the noun becomes an <c>obl</c> of the verb the clause hung on (the time word its
    /// <c>case</c>), and the verb, now the reporter's own clause, hangs there as <c>parataxis</c> (as "..., X said" does
    /// after a clause). Invariants: only that pattern moves (two subjects, comma between, noun first); one tree, else undone.
    /// </summary>
    private static void TimePhraseTakenForSubjectOfReporter(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int verb = 0; verb < n; verb++)
        {
            if (!relations[verb].StartsWith("advcl", StringComparison.Ordinal) || words[verb].Upos != "VERB" || heads[verb] < 0) continue;
            int mark = -1, first = -1, second = -1;
            for (int c = 0; c < verb; c++)
            {
                if (heads[c] != verb) continue;
                if (relations[c] == "mark" && TimePrepositionsOrSubordinators.Contains(words[c].Form)) { if (mark < 0) mark = c; }
                else if (relations[c] == "nsubj") { if (first < 0) first = c; else if (second < 0) second = c; }
            }
            if (mark < 0 || first < 0 || second < 0 || mark > first || words[first].Upos != "NOUN") continue;
            // The first subject's phrase ends at a comma that stands right before the second subject's phrase.
            int comma = -1;
            for (int k = first + 1; k < second; k++)
                if (words[k].Form == "," && !Dominates(heads, first, k, n)) { comma = k; break; }
            if (comma < 0) continue;
            bool firstPhraseBeforeComma = true;
            for (int k = first + 1; k < comma; k++)
                if (!Dominates(heads, first, k, n)) { firstPhraseBeforeComma = false; break; }
            if (!firstPhraseBeforeComma) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            int host = heads[verb];
            heads[first] = host; relations[first] = "obl";
            heads[mark] = first; relations[mark] = "case";
            relations[verb] = "parataxis";
            if (heads[comma] == first) heads[comma] = verb;
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
