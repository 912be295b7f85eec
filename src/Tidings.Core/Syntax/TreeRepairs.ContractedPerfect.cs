namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>
    /// "The ministry says it's lodged a protest with Seoul", "Hamas says it's handed over the remains", "Estonia says it's
    /// summoned Moscow's envoy": spoken news (radio and TV bulletins, transcripts, interviews) contracts the perfect's "has"
    /// to "'s", and the parser, which learnt "'s" before a participle mostly as the "is" of a passive, hangs the clitic as
    /// <c>aux:pass</c> and the pronoun as <c>nsubj:pass</c>, so the clause's doer becomes its patient and the act is lost or
    /// turned round. The tagger already reads the clitic as "have" before a past participle (<see
    /// cref="PerceptronTagger.LemmaInContext"/>); a participle that takes a direct object is never a passive in English
    /// news ("it is lodged a protest" is no sentence), so when the clitic "'s" with lemma "have" is the <c>aux:pass</c> of a
    /// participle that has an <c>obj</c> and no by-agent and no second passive auxiliary ("'s been arrested" keeps its
    /// passive), the clitic is the perfect's <c>aux</c> and the participle's <c>nsubj:pass</c> its active <c>nsubj</c>.
    /// A participle with no object ("the border's closed", "he's expected to resign") is left as it is: there "'s" may well
    /// be "is". Invariant: only relation labels change, never heads, so the tree stays a tree.
    /// </summary>
    private static void ContractedPerfectTakenForPassive(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int a = 0; a < n; a++)
        {
            if (relations[a] != "aux:pass" || words[a].Form is not ("'s" or "\u2019s") || words[a].Lemma != "have") continue;
            int v = heads[a];
            if (v < 0 || words[v].Xpos != "VBN") continue;
            bool obj = false, blocked = false;
            for (int c = 0; c < n; c++)
            {
                if (heads[c] != v) continue;
                if (relations[c] == "obj") obj = true;
                if (relations[c] == "obl:agent" || (relations[c] == "aux:pass" && c != a)) blocked = true;
            }
            if (!obj || blocked) continue;
            relations[a] = "aux";
            for (int c = 0; c < n; c++)
                if (heads[c] == v && relations[c] == "nsubj:pass") relations[c] = "nsubj";
        }
    }
}
