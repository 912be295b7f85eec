namespace Tidings.Syntax;

/// <summary>
/// Extra training sentences made from treebank sentences by moves that keep their trees valid, for constructions that
/// news writes often and the web text of UD English-EWT rarely: the wire-copy order "China on Tuesday imposed
/// sanctions", with the time between subject and verb. Without such examples the tagger read "Tuesday imposed
/// sanctions" as a participle modifying "sanctions" (as in "the recently imposed sanctions"), and the whole clause
/// lost its verb.
/// </summary>
public static class TreebankAugmentation
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Words that name a day by themselves (any case): the weekdays, "yesterday", "today", "tonight". The
    /// tagger's finite-verb repair skips them between subject and verb as well.</summary>
    internal static readonly HashSet<string> DayWords = new([.. Weekdays, "yesterday", "today", "tonight"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> TimeWords = new(
        [.. DayWords, "week", "weekend", "month", "morning", "afternoon", "evening", "night", "earlier"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// For every sentence whose root verb directly follows its subject and has a short time phrase after it ("alleged
    /// Thursday that ...", "demonstrated in Baghdad on Friday"), <paramref name="copies"/> copies with that phrase moved
    /// between subject and verb, the weekday varied at random in all copies but the first. Heads and relations are
    /// those of the original; the copies' ids end in "-fronted-N". Deterministic for a seed.
    /// </summary>
    public static List<ConlluSentence> FrontedTimeCopies(IReadOnlyList<ConlluSentence> sentences, int copies, int seed)
    {
        var result = new List<ConlluSentence>();
        if (copies <= 0) return result;
        var rnd = new Random(seed + 211);
        foreach (var s in sentences)
        {
            if (FrontedOrder(s) is not { } order) continue;
            for (int c = 0; c < copies; c++)
                result.Add(Reordered(s, order, c == 0 ? null : Weekdays[rnd.Next(Weekdays.Length)], $"-fronted-{c + 1}"));
        }
        return result;
    }

    /// <summary>The new order of the word indices (0-based) of a sentence whose time phrase can be fronted, else null.</summary>
    internal static int[]? FrontedOrder(ConlluSentence s)
    {
        var w = s.Words;
        int n = w.Count;
        if (n < 4 || n > 80) return null;
        int root = w.FindIndex(x => x.Head == 0);
        if (root < 1 || w[root].Upos != "VERB" || !w[root].Xpos.StartsWith("VB", StringComparison.Ordinal)) return null;
        // The subject phrase must end right before the verb: "Gore released", not "Gore has released" or "Gore, 52, said".
        int subj = -1;
        for (int i = 0; i < root; i++) if (w[i].Head == root + 1 && w[i].Deprel.StartsWith("nsubj", StringComparison.Ordinal)) subj = i;
        if (subj < 0) return null;
        var (_, sHi) = Span(w, subj);
        if (sHi != root - 1 || w[sHi].Upos == "PUNCT") return null;
        for (int i = root + 1; i < n; i++)
        {
            if (w[i].Head != root + 1 || !w[i].Deprel.StartsWith("obl", StringComparison.Ordinal)) continue;
            var (lo, hi) = Span(w, i);
            if (hi < 0 || hi - lo + 1 > 5 || lo <= root) continue;
            bool time = false;
            for (int k = lo; k <= hi; k++)
            {
                if (w[k].Upos == "PUNCT") { time = false; break; }
                if (TimeWords.Contains(w[k].Form)) time = true;
            }
            if (!time) continue;
            var order = new List<int>(n);
            for (int k = 0; k <= sHi; k++) order.Add(k);   // what precedes the subject, and the subject
            for (int k = lo; k <= hi; k++) order.Add(k);
            for (int k = root; k < lo; k++) order.Add(k);
            for (int k = hi + 1; k < n; k++) order.Add(k);
            return [.. order];
        }
        return null;
    }

    /// <summary>The contiguous span of word i's subtree, or (i, -1) when it is not contiguous.</summary>
    private static (int Lo, int Hi) Span(List<ConlluWord> w, int i)
    {
        int lo = i, hi = i, count = 1;
        for (int k = 0; k < w.Count; k++)
        {
            if (k == i || !Dominates(w, i, k)) continue;
            lo = Math.Min(lo, k); hi = Math.Max(hi, k); count++;
        }
        return hi - lo + 1 == count ? (lo, hi) : (i, -1);
    }

    private static bool Dominates(List<ConlluWord> w, int a, int k)
    {
        for (int h = w[k].Head, steps = 0; h > 0 && steps < w.Count; h = w[h - 1].Head, steps++)
            if (h - 1 == a) return true;
        return false;
    }

    private static ConlluSentence Reordered(ConlluSentence s, int[] order, string? weekday, string suffix)
    {
        var newId = new int[order.Length];
        for (int p = 0; p < order.Length; p++) newId[order[p]] = p + 1;
        var copy = new ConlluSentence { SentenceId = s.SentenceId + suffix, Line = s.Line };
        for (int p = 0; p < order.Length; p++)
        {
            var w = s.Words[order[p]];
            var form = w.Form;
            var lemma = w.Lemma;
            if (weekday is not null && Array.Exists(Weekdays, d => d.Equals(form, StringComparison.OrdinalIgnoreCase)))
            {
                form = weekday;
                lemma = weekday;
            }
            // Spacing is that of running text: no word of the copy glues to the next.
            copy.Words.Add(w with { Id = p + 1, Form = form, Lemma = lemma, Head = w.Head == 0 ? 0 : newId[w.Head - 1], Misc = "_" });
        }
        return copy;
    }
}
