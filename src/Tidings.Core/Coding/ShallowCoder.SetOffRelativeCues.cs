namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 69 (background69). "Niger's junta, which seized power in a coup in July 2023, expelled the ambassador on
        /// Friday, accusing him of spying", "the rebels, who have held the town since 2022, freed the hostages, saying ...": a
        /// relative clause set off by commas describes its antecedent with its history, and a time cue inside it ("in July
        /// 2023", "since 2022", "last year") dates that clause alone. The parse often loses such a clause (the pronoun taken
        /// for its head, the verb for a passive subject), so <see cref="CueDates"/> could not see that the cue belongs to a
        /// noun's clause and let it date every predicate not above it: the main verb stayed news, but a participle of it
        /// ("accusing", "killing", "saying") was made history. Read from the words, a cue lying between ", which|who|whose|
        /// whom|where" and the next comma (or dash) dates nothing outside that span.
        /// Invariants: true only when the cue and the clause's opening are found, the clause is closed by a comma or dash
        /// before the sentence ends (an unclosed clause may run to the end, where the event could be its own), and neither
        /// the event's head nor its inner node lies in the span; an event inside the clause keeps the existing reading.
        /// </summary>
        private bool CueOnlyInSetOffRelative(int headNode, int innerNode)
        {
            if (!_tree.Parsed || _backgroundCue < _f || _backgroundCue >= _e) return false;
            int open = -1;
            for (int k = _backgroundCue - 1; k > _f; k--)
            {
                if (IsClauseBreak(k)) return false;
                if (Is(k, SetOffRelativeWords) && IsWord(k - 1, ",")) { open = k - 1; break; }
            }
            if (open < 0) return false;
            int close = -1;
            for (int k = _backgroundCue + 1; k < _e; k++)
                if (IsClauseBreak(k)) { close = k; break; }
            if (close < 0 || close >= _e - 1) return false;
            static bool Inside(int node, int lo, int hi) => node >= lo && node <= hi;
            if (headNode >= 0 && Inside(headNode, open, close)) return false;
            if (innerNode >= 0 && Inside(innerNode, open, close)) return false;
            return headNode >= 0 || innerNode >= 0;
        }

        /// <summary>A comma, semicolon or dash: where a set-off clause ends.</summary>
        private bool IsClauseBreak(int k) => W(k) is "," or ";" or "—" or "–" or "--";

        /// <summary>Relative words that open a clause set off by a comma on the noun before it.</summary>
        private static readonly WordSet SetOffRelativeWords = new("which", "who", "whose", "whom", "where");
    }
}
