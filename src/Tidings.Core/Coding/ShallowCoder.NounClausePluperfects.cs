namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 69 (background69). Whether clause <paramref name="c"/>'s pluperfect (<c>Clause.Background</c>, read from
        /// the words between clause breaks) dates the event at <paramref name="headNode"/>/<paramref name="innerNode"/>.
        /// "Police detained three students who had organised a sit-in", "troops recaptured the villages that rebels had
        /// seized": a restrictive relative clause has no comma, so the word clause holds both the news and the relative
        /// clause, and the "had" that tells the students' or the rebels' earlier deed made the arrest history too. The
        /// pluperfect dates only the clause that modifies the noun; an event outside that clause keeps its own tense.
        /// Invariants: without a parse, or with no event node, the word clause's flag stands as before; a pluperfect that
        /// the parse does not place in a noun-modifying clause, or whose noun-modifying clause holds the event, still dates
        /// it; a flag inherited from a parent clause is read the same way in the parent's words.
        /// </summary>
        private bool ClauseBackground(int c, int headNode, int innerNode)
        {
            if (c < 0 || c >= _clauses.Count || !_clauses[c].Background) return false;
            if (!_tree.Parsed || (headNode < 0 && innerNode < 0)) return true;
            for (int k = c, step = 0; k >= 0 && step < 8; step++)
            {
                var cl = _clauses[k];
                for (int t = cl.Start; t < cl.End - 1; t++)
                {
                    if (!PluperfectHadAt(t, cl.End)) continue;
                    int top = _tree.NounClauseTop(t);
                    if (top < 0) return true;
                    if ((headNode >= 0 && _tree.InSubtreeOf(headNode, top)) || (innerNode >= 0 && _tree.InSubtreeOf(innerNode, top))) return true;
                }
                if (cl.Parent < 0 || cl.Parent >= k || !_clauses[cl.Parent].Background) break;
                k = cl.Parent;
            }
            return false;
        }

        /// <summary>The "had" of a pluperfect at <paramref name="t"/>, as <see cref="HasPluperfect"/> reads one.</summary>
        private bool PluperfectHadAt(int t, int hi) =>
            IsWord(t, "had") && !_tree.IsSubordinateClauseAux(t) && (IsWord(t + 1, "been") || (t + 1 < hi && W(t + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                || TrigAt(t + 1) >= 0 || LightEndAt(t + 1) > 0);
    }
}
