namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// "South Korea's military said the North had fired two missiles", "officials said the rebels were holding the town":
    /// the parser sometimes hangs a short subject phrase on the auxiliary that follows it (the noun as <c>compound</c>,
    /// its determiner as <c>det</c>), so the clause's verb has no subject and its act loses its doer. An auxiliary takes
    /// no nominal dependents in UD: when the words right before an auxiliary ("had", "has", "was" ...) hang on it, the
    /// last noun or name of them is the subject of the auxiliary's verb (<c>nsubj</c>, or <c>nsubj:pass</c>
    /// after a passive auxiliary) and the others hang on that noun with their relations. Invariants: only when the
    /// auxiliary's head is a verb after it with no subject of its own and all those words stand in one contiguous run
    /// that ends right before the auxiliary; a pronoun alone is left where it is ("withdrew from positions they had
    /// taken": there the pronoun opens a relative clause the parser did not see, and its subject would be taken for the
    /// news clause's, blind47 eb47022); a repair that would leave anything but one tree is undone (session 54).
    /// </summary>
    private static void SubjectHungOnAuxiliary(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int aux = 1; aux < n; aux++)
        {
            if (relations[aux] is not ("aux" or "aux:pass") || words[aux].Upos != "AUX") continue;
            int verb = heads[aux];
            if (verb <= aux || words[verb].Upos != "VERB") continue;
            bool hasSubject = false;
            for (int i = 0; i < n && !hasSubject; i++)
                if (heads[i] == verb && relations[i] is "nsubj" or "nsubj:pass" or "csubj") hasSubject = true;
            if (hasSubject) continue;
            // The run of words before the auxiliary that hang on it (directly or through each other).
            int start = aux;
            while (start - 1 >= 0 && Dominates(heads, aux, start - 1, n) && start - 1 != aux) start--;
            if (start == aux) continue;
            int subject = -1;
            for (int i = aux - 1; i >= start && subject < 0; i--)
                if (words[i].Upos is "NOUN" or "PROPN") subject = i;
            if (subject < 0) continue;
            // Nothing else of the auxiliary's may stand outside that run.
            bool stray = false;
            for (int i = 0; i < n && !stray; i++)
                if (heads[i] == aux && (i < start || i > aux)) stray = true;
            if (stray) continue;
            var savedHeads = heads[..n].ToArray();
            var savedRelations = (string[])relations.Clone();
            for (int i = start; i < aux; i++)
                if (i != subject && heads[i] == aux) heads[i] = subject;
            heads[subject] = verb;
            relations[subject] = relations[aux] == "aux:pass" ? "nsubj:pass" : "nsubj";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
