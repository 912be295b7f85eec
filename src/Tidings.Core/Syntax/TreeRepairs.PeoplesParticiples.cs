namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Nouns of people acting as a crowd or a group, which a participle right after them describes.</summary>
    private static readonly HashSet<string> CrowdNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "protester", "protestor", "demonstrator", "marcher", "crowd", "people", "resident", "villager", "civilian",
        "worker", "student", "farmer", "teacher", "doctor", "nurse", "activist", "supporter", "opponent", "critic",
        "mourner", "youth", "voter", "migrant", "refugee", "striker", "trader", "driver", "miner", "fisherman",
        "family", "relative", "woman", "man",
    };

    /// <summary>Participles of what such a group says, asks or protests: its own act, never the main clause's manner or means.</summary>
    private static readonly HashSet<string> CrowdActParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "demand", "call", "protest", "chant", "seek", "oppose", "denounce", "condemn", "reject", "accuse", "urge",
        "press", "refuse", "shout", "decry", "criticise", "criticize", "support", "back", "defy", "insist",
    };

    /// <summary>
    /// "Police fired tear gas at protesters demanding the president's resignation", "soldiers beat students calling for
    /// reforms": the parser often hangs a participle that follows a noun of people (no comma between) on the main verb as
    /// an adverbial clause, so the crowd's demand becomes the police's. A participle of saying, asking or protesting
    /// (<see cref="CrowdActParticiples"/>) right after such a noun (<see cref="CrowdNouns"/>) inside the main verb's
    /// phrase is a reduced relative clause on the noun (acl), as "protesters who demanded" would be. A comma before
    /// the participle ("fired at protesters, accusing them of ...") or a participle of means ("using live ammunition")
    /// leaves the tree as it is. Invariant: one tree, else undone.
    /// </summary>
    private static void ParticipleOfACrowd(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int p = 2; p < n; p++)
        {
            if (words[p].Xpos != "VBG" || relations[p] is not ("advcl" or "xcomp") || !CrowdActParticiples.Contains(words[p].Lemma)) continue;
            int noun = p - 1;
            if (words[noun].Upos != "NOUN" || !CrowdNouns.Contains(words[noun].Lemma)) continue;
            int h = heads[p];
            if (h < 0 || h >= noun || words[h].Upos != "VERB" || !Dominates(heads, h, noun, n)) continue;
            // the noun is the verb's own subject ("protesters demanding ... marched"): there the participle is already theirs
            if (heads[noun] == h && relations[noun] is "nsubj" or "nsubj:pass") continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[p] = noun;
            relations[p] = "acl";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }
}
