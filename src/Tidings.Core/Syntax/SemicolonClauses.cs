namespace Tidings.Syntax;

/// <summary>
/// Independent clauses joined by a semicolon, as news digests and world roundups pack two or three stories into one
/// sentence ("Sudan's army said its drones hit an RSF depot in Nyala; Chad reopened the Adre crossing to UN convoys";
/// "RSF shells Babanusa market; 12 dead"). The parser, trained on running text, hangs the clause after the semicolon
/// under whatever word of the first clause it likes best, often inside an "after" clause or a reported clause, so the
/// second story inherited the first's background, negation, modality or reporter, and its subject could be read as
/// the first clause's object. Each clause is parsed alone instead and the later ones are hung on the first clause's
/// root as <c>parataxis</c>, which is how Universal Dependencies attaches a clause after a semicolon.
/// Invariant: a semicolon cuts only at bracket and quote depth 0, and only when both sides hold at least three words
/// and a verb (so a list of places or counts, "three in Gaza; two in Rafah", is never cut).
/// </summary>
public static class SemicolonClauses
{
    /// <summary>Minimum words on each side of a cut (as a lead-in label needs a clause of three words after it).</summary>
    private const int MinClauseWords = 3;

    /// <summary>
    /// Indexes of the semicolons in <paramref name="words"/>[<paramref name="start"/>..] that separate two clauses, in
    /// order (empty when none does; nothing is allocated for a sentence without a semicolon, as most are).
    /// </summary>
    public static IReadOnlyList<int> Cuts(IReadOnlyList<ParserInput> words, int start)
    {
        bool any = false;
        for (int i = start; i < words.Count && !any; i++) any = words[i].Form == ";";
        if (!any) return [];
        var candidates = new List<int>();
        int depth = 0;
        bool inQuote = false;
        for (int i = start; i < words.Count; i++)
        {
            var f = words[i].Form;
            if (f is "(" or "[") depth++;
            else if (f is ")" or "]") depth = Math.Max(0, depth - 1);
            else if (f is "\"" or "“" or "”") inQuote = f switch { "“" => true, "”" => false, _ => !inQuote };
            else if (f == ";" && depth == 0 && !inQuote) candidates.Add(i);
        }
        var cuts = new List<int>();
        int from = start;
        for (int c = 0; c < candidates.Count; c++)
        {
            int cut = candidates[c];
            int nextEnd = c + 1 < candidates.Count ? candidates[c + 1] : words.Count;
            if (IsClause(words, from, cut) && IsClause(words, cut + 1, nextEnd))
            {
                cuts.Add(cut);
                from = cut + 1;
            }
        }
        return cuts;
    }

    // At least three words that are not punctuation, one of them a verb (a headline's "shells", a clause's "said"). A
    // quote-first sentence's quote is cut off as a clause by the same test (QuoteFirstClauses).
    internal static bool IsClause(IReadOnlyList<ParserInput> words, int from, int end)
    {
        int count = 0;
        bool verb = false;
        for (int i = from; i < end; i++)
        {
            if (words[i].Upos == "PUNCT") continue;
            count++;
            if (words[i].Upos is "VERB" or "AUX") verb = true;
        }
        return count >= MinClauseWords && verb;
    }
}
