namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Caracas had no intention of invading its neighbour": the "no" is one of the deny frame's own words ("have no
        /// intention" in verbs.tsv), so the framed act is coded once as denied
        /// (016, modality denied, as eb69030), not also negated by the "no" the negation scan finds before it.
        /// Invariants: true only for a token inside the span of a deny-frame trigger whose matched words include "no"; a
        /// "no" outside such a span ("did not invade", "no troops crossed") is read as before.
        /// </summary>
        private bool NoOfADenyFrame(int k)
        {
            if (!IsWord(k, "no")) return false;
            foreach (var tr in _trigs)
                if (tr.Start <= k && k < tr.End && tr.Entry.Frame == FrameKind.Deny
                    && tr.Variant is { } matched && Array.IndexOf(matched.Words, "no") >= 0) return true;
            return false;
        }
    }
}
