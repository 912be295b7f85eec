using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>Longest dateline, in tokens, that may stand before a running story's label ("NEW YORK (AP) —").</summary>
    private const int MaxLabelDatelineTokens = 8;

    /// <summary>
    /// "OKLAHOMA CITY The Latest on teachers rallying for higher pay (all times local): 10:50 a.m.", "NEW YORK (AP) — The
    /// Latest on the police shooting of a man ...": the label a wire service's running story opens with names the story's
    /// topic, each of its updates follows with a time stamp; the acts the label names are told (or not) by the updates, so
    /// the label itself asserts none (realnews rn3196-1's gold: "a label naming its topic, no asserted event").
    /// Invariants: "The Latest" is written with a capital L and followed by "on", and nothing before it but a dateline: words
    /// in capitals, an outlet in parentheses, a comma or a dash (no lower-case word), so "The latest on the talks is ..." in
    /// running text and a sentence that only quotes the label later are never taken; and the label's "(all times local)"
    /// closes the sentence (the segmenter ends it after the time stamp, <c>SentenceSegmenter.RunningStoryStampEnd</c>) or
    /// opens the next one, so an update run into the label with no stamp between them is not silenced with it.
    /// </summary>
    private static bool IsRunningStoryLabel(Document doc, int first, int end)
    {
        for (int t = first; t < end - 2 && t - first <= MaxLabelDatelineTokens; t++)
        {
            var w = doc.Token(t).Span;
            if (w.SequenceEqual("The") && doc.Token(t + 1).Span.SequenceEqual("Latest")
                && doc.Token(t + 2).Span.Equals("on", StringComparison.OrdinalIgnoreCase))
                return AllTimesLocalAt(doc, end) || (end - 9 >= t && Enumerable.Range(end - 9, 9).Any(i => AllTimesLocalAt(doc, i)));
            // A dateline word: a capitalised word with no lower-case letter ("OKLAHOMA", "(AP)") or punctuation ("—", ",").
            foreach (char c in w) if (char.IsLower(c)) return false;
        }
        return false;
    }

    /// <summary>Whether the tokens from <paramref name="i"/> read "( all times local )", the running story's label note.</summary>
    private static bool AllTimesLocalAt(Document doc, int i)
    {
        if (i < 0 || i + 4 >= doc.TokenCount) return false;
        return doc.Token(i).Span.SequenceEqual("(") && doc.Token(i + 1).Span.Equals("all", StringComparison.OrdinalIgnoreCase)
            && doc.Token(i + 2).Span.Equals("times", StringComparison.OrdinalIgnoreCase)
            && doc.Token(i + 3).Span.Equals("local", StringComparison.OrdinalIgnoreCase) && doc.Token(i + 4).Span.SequenceEqual(")");
    }
}
