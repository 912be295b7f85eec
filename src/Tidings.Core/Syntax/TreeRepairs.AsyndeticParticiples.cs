namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// Session 59 (lead59). "Police arrested 14 members of a banned student group accused of planning attacks", "Troops
    /// detained two men suspected of smuggling arms": the parser may hang the past participle after the object as a
    /// conjunct of the main verb, with no conjunction and no comma between them, so the participle inherits the main
    /// verb's subject and the police become the accusers of the men they arrested. English does not coordinate two verbs
    /// by juxtaposition: a conjunct verb needs "and"/"or"/"but" or, in a list, a comma. A past form (VBN or VBD) hung as
    /// a conjunct on a verb before it, with no coordinator or punctuation of its own, standing right after a noun of the
    /// head verb's own phrase, is a reduced relative clause on that noun (acl), as the parser reads "men accused of" when
    /// the noun ends a subject.
    /// The parser may also hang such a participle on the main verb as its object's predicate (xcomp, as in "found the men
    /// guilty"): "beheaded four villagers accused of cooperating with the army". A verb of charging whose participle is
    /// followed by its charge ("accused of", "suspected of", "convicted of", "charged with") is passive there whatever
    /// governs it, so that one moves too; other object predicates ("left them stranded") keep their trees.
    /// Session 60 (blind78): the parser may also hang it on the main verb as an adverbial clause ("Italy extradited an
    /// Eritrean man accused of running a smuggling ring", advcl): with no subordinator ("after", "as") and no comma before
    /// it, a participle of charging right after the object is the same reduced relative on that noun, and moves too.
    /// Invariants: only a participle with no subject, no auxiliary and no direct object of its own moves (a passive
    /// participle takes none; a verb with them is a clause of its own); the noun before it must be the last word of its
    /// phrase (not a compound modifier) and lie inside the head verb's subtree; "arrested the men and accused them"
    /// and "arrested the men, accused them" keep their trees, and so does a participle with a subordinator before it;
    /// one tree, else undone.
    /// </summary>
    private static void AsyndeticParticipleConjunct(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int v = 2; v < n; v++)
        {
            if (words[v].Upos != "VERB" || words[v].Xpos is not ("VBN" or "VBD")) continue;
            if (relations[v] != "conj" && !(relations[v] is "xcomp" or "advcl" or "ccomp" && IsChargeParticiple(words, v))) continue;
            int head = heads[v];
            if (head < 0 || head >= v || words[head].Upos != "VERB") continue;
            int noun = v - 1;
            if (words[noun].Upos is not ("NOUN" or "PROPN") || relations[noun] == "compound") continue;
            if (!Dominates(heads, head, noun, n) || Dominates(heads, v, noun, n)) continue;
            bool coordinatedOrOwnClause = false;
            for (int i = 0; i < n && !coordinatedOrOwnClause; i++)
                coordinatedOrOwnClause = heads[i] == v && (relations[i] is "cc" or "nsubj" or "nsubj:pass" or "expl" or "aux" or "aux:pass" or "obj"
                    || (relations[i] == "punct" && i < v) || (relations[i] == "mark" && i < v));
            if (coordinatedOrOwnClause) continue;
            var savedHeads = heads.ToArray();
            var savedRelations = (string[])relations.Clone();
            heads[v] = noun; relations[v] = "acl";
            KeepOnlyATree(heads, relations, savedHeads, savedRelations, n);
        }
    }

    /// <summary>Verbs of charging, whose passive participle names its charge in an "of" (or, for "charge", a "with")
    /// phrase right after it.</summary>
    private static readonly HashSet<string> ChargeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "accuse", "suspect", "convict", "charge", "indict", "acquit",
    };

    /// <summary>True when <paramref name="v"/> is a verb of charging followed by its charge's preposition.</summary>
    private static bool IsChargeParticiple(IReadOnlyList<ParserInput> words, int v) =>
        v + 1 < words.Count && ChargeVerbs.Contains(words[v].Lemma)
        && (words[v + 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase)
            || (words[v + 1].Form.Equals("with", StringComparison.OrdinalIgnoreCase) && words[v].Lemma is "charge" or "indict"));
}
