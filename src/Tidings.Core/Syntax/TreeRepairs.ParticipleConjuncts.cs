namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// "attacked three villages, killing more than 100 people and burning homes", "stormed the town, looting shops and
    /// setting cars on fire": the parser coordinates the second "-ing" participle with the first participle's object noun,
    /// so the second act has no subject and its governor is a noun. A present participle (VBG, tagged VERB) that is a
    /// conjunct of a noun, comes right after "and" and has an object of its own, while the noun is the object of another
    /// present participle, is that participle's conjunct: it shares its subject, as <see cref="FiniteConjunctOfObject"/>
    /// does for finite verbs. A participle with no object ("people and burning") or a noun governed by a finite verb
    /// ("killed people and burning homes" is no coordination of participles) keeps its tree. Invariant: one tree, else undone.
    /// </summary>
    private static void ParticipleConjunctOfObject(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int w = 1; w < n; w++)
        {
            if (relations[w] != "conj" || words[w].Upos != "VERB" || words[w].Xpos != "VBG" || words[w - 1].Form != "and") continue;
            int noun = heads[w];
            if (noun < 0 || noun > w || words[noun].Upos is not ("NOUN" or "PROPN" or "PRON") || relations[noun] != "obj") continue;
            int participle = heads[noun];
            if (participle < 0 || participle > noun || words[participle].Upos != "VERB" || words[participle].Xpos != "VBG") continue;
            bool ownObject = false;
            for (int i = w + 1; i < n; i++)
                if (heads[i] == w && relations[i] is "obj" or "xcomp" or "compound:prt") { ownObject = true; break; }
            if (!ownObject) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[w] = participle;
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
