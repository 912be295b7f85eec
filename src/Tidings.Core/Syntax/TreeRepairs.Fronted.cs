namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Subordinators that open a fronted adverbial clause ("After ..., X did", "As ..., X did").</summary>
    private static readonly HashSet<string> FrontedSubordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "before", "as", "while", "whilst", "since", "when", "although", "though", "because", "once", "until", "whereas",
    };

    /// <summary>
    /// "Hours after Iran's foreign minister arrived in Muscat, Oman's sultan received him", "Two days after a suicide bomber
    /// killed 17 worshippers, the Pakistani Taliban denied any role": the greedy parser makes the fronted clause's verb the
    /// sentence's root (its subordinator a <c>mark</c>, or a <c>case</c> of its subject, and the time noun a second subject)
    /// and hangs the main clause on it as <c>parataxis</c> or <c>conj</c>, so the news reads as the setting and the setting
    /// as the news. When the root verb's clause opens with a subordinator (only a time noun may come first) and a later
    /// dependent of the root is a finite verb with a subject of its own whose phrase begins after a comma, with no
    /// conjunction, that verb is the root: the fronted clause is its adverbial clause (<c>advcl</c>), the subordinator its
    /// <c>mark</c>, the time noun the main verb's <c>obl:tmod</c>, and the root's dependents after the comma the main verb's.
    /// Invariant: a repair that would leave anything but one tree is undone.
    /// </summary>
    private static void FrontedClauseTakenForRoot(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count, root = -1;
        for (int i = 0; i < n; i++) if (heads[i] == -1) { root = i; break; }
        if (root < 1 || words[root].Upos != "VERB" || words[root].Xpos is not ("VBD" or "VBZ" or "VBP")) return;
        // The subordinator: the root's own mark, or a preposition the parser read as the case of the root's subject.
        int mark = -1, time = -1;
        for (int i = 0; i < root && mark < 0; i++)
        {
            if (!FrontedSubordinators.Contains(words[i].Form)) continue;
            int h = heads[i];
            if (h == root && relations[i] == "mark") mark = i;
            else if (h > i && h < root && heads[h] == root && relations[h] is "nsubj" or "nsubj:pass" && relations[i] == "case"
                && words[i].Form.ToLowerInvariant() is "after" or "before") mark = i;
            else break;
        }
        if (mark < 0) return;
        // Only a time noun's phrase ("Two days", "Hours") may stand before the subordinator.
        for (int i = 0; i < mark; i++)
        {
            if (!TimeSpanNouns.Contains(words[i].Form)) continue;
            time = i;
            break;
        }
        for (int i = 0; i < mark; i++)
            if (time < 0 || !Dominates(heads, time, i, n)) return;
        int main = -1;
        for (int w = root + 1; w < n && main < 0; w++)
        {
            if (heads[w] != root || relations[w] is not ("parataxis" or "conj") || words[w].Upos != "VERB"
                || words[w].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            bool subject = false, conjunction = false;
            for (int i = 0; i < n; i++)
            {
                if (heads[i] != w) continue;
                if (relations[i] is "nsubj" or "nsubj:pass" && i < w) subject = true;
                if (relations[i] == "cc") conjunction = true;
            }
            if (!subject || conjunction) continue;
            // The main clause's first word (its own punctuation aside) follows the comma that closes the fronted clause.
            int first = w;
            for (int i = root + 1; i < w; i++) if (words[i].Upos != "PUNCT" && Dominates(heads, w, i, n)) { first = i; break; }
            if (words[first - 1].Form == ",") main = w;
        }
        if (main < 0) return;
        var savedHeads = heads[..n].ToArray();
        var savedRelations = (string[])relations.Clone();
        int start = main;
        for (int i = root + 1; i < main; i++) if (words[i].Upos != "PUNCT" && Dominates(heads, main, i, n)) { start = i - 1; break; }
        heads[main] = -1; relations[main] = "root";
        heads[root] = main; relations[root] = "advcl";
        heads[mark] = root; relations[mark] = "mark";
        if (time >= 0) { heads[time] = main; relations[time] = "obl:tmod"; }
        for (int t = start; t < n; t++)
            if (t != main && heads[t] == root) heads[t] = main;
        KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
    }
}
