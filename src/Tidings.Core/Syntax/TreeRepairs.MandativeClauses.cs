namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Verbs of demanding whose "that"-clause, in the base form (the mandative subjunctive: "demanded that the
    /// agency condemn the strikes"), tells what the addressee is to do, not anything done.</summary>
    private static readonly HashSet<string> MandativeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "demand", "insist", "urge", "ask", "request", "require", "propose", "recommend",
    };

    /// <summary>
    /// "Tehran demanded that the atomic agency condemn the strikes, accusing its chief of betraying the treaty", "Iran
    /// demanded that France release the students, calling the arrests politically motivated": the greedy parser hangs the
    /// comma-led participle of saying on the nearest verb, the demanded clause's, so the accusation reads as something the
    /// addressee is asked to do (its subject inherited from the addressee, and an accusation of the addressee's own chief
    /// dropped as self-aimed). What a mandative clause tells is not done; a speech act told beside it is done now, by the
    /// one who demands (as after an appeal's infinitive: <see cref="SpeechParticipleAfterAppeal"/>). A comma-led participle
    /// of a speech verb (<see cref="SpeechParticiples"/>) hung on a base-form verb with a subject of its own, that is the
    /// clausal complement of a verb of demanding (<see cref="MandativeVerbs"/>), hangs on the verb of demanding. A clause
    /// in the past or present tense ("demanded to know why the police had fired, saying ...") is no mandative and keeps
    /// the participle. Invariant: one tree, else undone. (Session 64, disapprove64.)
    /// </summary>
    private static void SpeechParticipleAfterMandativeClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int p = 3; p < n; p++)
        {
            if (words[p].Xpos != "VBG" || relations[p] is not ("advcl" or "conj" or "xcomp") || words[p - 1].Form != ",") continue;
            if (!SpeechParticiples.Contains(words[p].Lemma)) continue;
            int h = heads[p];
            if (h < 0 || h > p || words[h].Upos != "VERB" || relations[h] != "ccomp" || words[h].Xpos is not ("VB" or "VBP")) continue;
            // The base form is the lemma itself ("condemn", "release"); "condemns" or "released" is no subjunctive.
            if (!words[h].Form.Equals(words[h].Lemma, StringComparison.OrdinalIgnoreCase)) continue;
            int g = heads[h];
            if (g < 0 || g > h || words[g].Upos != "VERB" || !MandativeVerbs.Contains(words[g].Lemma)) continue;
            bool ownSubject = false, auxiliary = false;
            for (int i = 0; i < h; i++)
            {
                if (heads[i] != h) continue;
                if (relations[i] is "nsubj" or "nsubj:pass") ownSubject = true;
                // "demanded that the court should ...", "insisted that they will ...": a modal is no subjunctive either.
                if (relations[i] is "aux" or "aux:pass" && !words[i].Form.Equals("be", StringComparison.OrdinalIgnoreCase)) auxiliary = true;
            }
            if (!ownSubject || auxiliary) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[p] = g; relations[p] = "advcl";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
