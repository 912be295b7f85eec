namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Passive participles that open a sentence with the question put to its speaker ("Asked whether ...",
    /// "Pressed on ...").</summary>
    private static readonly HashSet<string> FrontedQuestionParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "asked", "pressed", "questioned", "quizzed", "challenged",
    };

    /// <summary>
    /// Session 73 (clause73): "Asked whether Hanoi had expelled the envoy, a ministry spokeswoman declined to comment",
    /// "Asked if Canberra would join, the minister said ...": the greedy parser keeps the fronted participle as the root,
    /// reads the question as its complement and hangs the main clause inside the question (its subject an apposition of the
    /// question's object, its verb a complement of the question's verb), so the speaker's own act is lost. When the root
    /// is a sentence-initial question participle, the first comma after it that is followed by a subject phrase (a noun or
    /// pronoun, no verb) and then a verb (finite, or after a finite auxiliary) closes the question: that verb is the root,
    /// the participle its adverbial clause, the subject phrase's head its subject, and what the old root held after the
    /// comma its own. Invariant: a repair that would leave anything but one tree is undone.
    /// </summary>
    private static void FrontedQuestionTakenForRoot(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        if (n < 6 || heads[0] != -1 || !FrontedQuestionParticiples.Contains(words[0].Form) || words[0].Xpos is not ("VBN" or "VBD")) return;
        for (int comma = 2; comma < n - 2; comma++)
        {
            if (words[comma].Form != ",") continue;
            // The subject phrase runs to the first verb or auxiliary after the comma.
            int stop = comma + 1;
            while (stop < n && words[stop].Upos is not ("VERB" or "AUX") && words[stop].Form is not (";" or ":")) stop++;
            if (stop >= n || words[stop].Upos is not ("VERB" or "AUX")) return;
            bool nominal = false;
            for (int i = comma + 1; i < stop; i++) if (words[i].Upos is "NOUN" or "PROPN" or "PRON") nominal = true;
            if (!nominal) continue;
            // The verb: finite itself, or the verb after a finite auxiliary chain (negation and adverbs may stand between).
            int main = stop;
            bool finite = words[stop].Xpos is "VBD" or "VBZ" or "VBP" or "MD";
            if (words[stop].Upos == "AUX")
            {
                main = -1;
                for (int j = stop + 1; j < n && j <= stop + 4; j++)
                {
                    if (words[j].Upos == "VERB") { main = j; break; }
                    if (words[j].Upos is not ("AUX" or "PART" or "ADV")) break;
                }
                if (main < 0) return;
            }
            if (!finite) return;
            // The subject phrase has one head, which no word outside the phrase depends on.
            int subject = -1;
            for (int i = comma + 1; i < stop; i++)
            {
                if (heads[i] > comma && heads[i] < stop) continue;
                if (subject >= 0) return;
                subject = i;
            }
            if (subject < 0 || words[subject].Upos is not ("NOUN" or "PROPN" or "PRON")) return;
            var savedHeads = heads[..n].ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[main] = -1; relations[main] = "root";
            heads[0] = main; relations[0] = "advcl";
            heads[subject] = main; relations[subject] = "nsubj";
            heads[comma] = main; relations[comma] = "punct";
            for (int j = stop; j < main; j++)
            {
                heads[j] = main;
                relations[j] = words[j].Upos == "AUX" ? "aux" : "advmod";
            }
            // What hung outside the main clause's words from after the comma (the full stop, the verb's own dependents
            // the parser gave to the question) is the main verb's.
            for (int t = comma + 1; t < n; t++)
                if (t >= stop && t != main && heads[t] <= comma)
                    heads[t] = main;
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
            return;
        }
    }
}
