namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// Session 57 (judge57): "Authorities expelled two French journalists working for a news channel, accusing them of spreading
    /// propaganda": the greedy parser hangs the comma-led participle of saying on the nearest verb, the reduced relative
    /// ("working") that restricts the object, so the journalists would accuse "them", themselves, and the expelling
    /// authorities say nothing. A participle of saying (<see cref="SpeechParticiples"/>) set off by a comma tells what the
    /// main clause's doer said; a reduced relative not set off by a comma only restricts its noun and does not run on into
    /// comments. So a comma-led speech participle hung (advcl) on a participle (acl, VBG or VBN) that is not itself after a
    /// comma and modifies a noun that is the object or an oblique of an earlier verb hangs on that verb. Invariant: one tree,
    /// else undone.
    /// </summary>
    private static void SpeechParticipleOfObjectRelative(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int p = 3; p < n; p++)
        {
            if (words[p].Xpos != "VBG" || relations[p] != "advcl" || words[p - 1].Form != ",") continue;
            if (!SpeechParticiples.Contains(words[p].Lemma)) continue;
            int h = heads[p];
            if (h < 1 || h > p || relations[h] != "acl" || words[h].Xpos is not ("VBG" or "VBN") || words[h - 1].Form == ",") continue;
            int noun = heads[h];
            if (noun < 0 || noun > h || words[noun].Upos is not ("NOUN" or "PROPN") || !(relations[noun] == "obj" || relations[noun].StartsWith("obl", StringComparison.Ordinal))) continue;
            int g = heads[noun];
            if (g < 0 || g > noun || words[g].Upos != "VERB") continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[p] = g;
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
