namespace Tidings.Syntax;

public static partial class TreeRepairs
{
    /// <summary>Nouns of a span of time that "give X N weeks to" grants.</summary>
    private static readonly HashSet<string> GivenSpanNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "minute", "hour", "day", "week", "month", "year",
    };

    /// <summary>
    /// Session 66 (threat66): "The junta gave aid groups two weeks to close their offices, a UN official said": with a
    /// reporter clause after it, the parser hangs the span of time ("two weeks") and its "to" clause on the reporter as a
    /// second reported clause, so "give" keeps only its recipient and the ultimatum ("give @span", 139) is lost. A time-span
    /// noun that directly follows the object phrase of "give" or "grant" (only its numeral or determiner between), has a
    /// "to" infinitive after it, and hangs on another word than that verb, is the verb's second object. Invariant: the tree
    /// stays a tree (the verb must not lie under the noun).
    /// </summary>
    private static void GivenSpanTakenForReportedClause(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int g = 0; g < n; g++)
        {
            if (words[g].Upos != "VERB" || words[g].Lemma?.ToLowerInvariant() is not ("give" or "grant")) continue;
            int obj = -1;
            for (int c = g + 1; c < n; c++)
                if (heads[c] == g && relations[c] is "obj" or "iobj") { obj = c; break; }
            if (obj < 0) continue;
            int end = obj;
            for (int c = obj + 1; c < n; c++) { if (Dominates(heads, obj, c, n)) end = c; else break; }
            int span = -1;
            for (int c = end + 1; c < Math.Min(n, end + 4); c++)
            {
                if (words[c].Upos is "NOUN" && GivenSpanNouns.Contains(words[c].Lemma ?? words[c].Form)) { span = c; break; }
                if (words[c].Upos is not ("NUM" or "DET" or "ADJ")) break;
            }
            if (span < 0 || heads[span] == g || span + 1 >= n || !words[span + 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            if (Dominates(heads, span, g, n)) continue;
            heads[span] = g;
            relations[span] = "obj";
        }
    }

    /// <summary>
    /// Session 69 (threat69): "demanded a reversal of the price rise, giving the government two weeks to act or face a
    /// general strike": the parser may read the span ("two weeks") as a bare noun modifier (nmod with no preposition) of the
    /// recipient, so "give" seems to give the government and no time, and the ultimatum ("give @span", 139) is lost. A
    /// time-span noun hung on the object of "give" or "grant" with no preposition of its own, that follows the object and
    /// has a "to" right after it, is the verb's second object, and the recipient its indirect object. Invariant: only the
    /// span's head and the two labels change; a span with a preposition ("the government of two weeks ago") is left.
    /// </summary>
    private static void GivenSpanTakenForObjectModifier(IReadOnlyList<ParserInput> words, Span<int> heads, string[] relations)
    {
        int n = words.Count;
        for (int g = 0; g < n; g++)
        {
            if (words[g].Upos != "VERB" || words[g].Lemma?.ToLowerInvariant() is not ("give" or "grant")) continue;
            for (int obj = g + 1; obj < n; obj++)
            {
                if (heads[obj] != g || relations[obj] != "obj") continue;
                for (int span = obj + 1; span + 1 < n; span++)
                {
                    if (heads[span] != obj || !relations[span].StartsWith("nmod", StringComparison.Ordinal) || words[span].Upos != "NOUN"
                        || !GivenSpanNouns.Contains(words[span].Lemma ?? words[span].Form)
                        || !words[span + 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
                    bool preposition = false;
                    for (int c = 0; c < n && !preposition; c++) if (heads[c] == span && relations[c] == "case") preposition = true;
                    if (preposition) continue;
                    heads[span] = g; relations[span] = "obj";
                    relations[obj] = "iobj";
                    break;
                }
                break;
            }
        }
    }
}
