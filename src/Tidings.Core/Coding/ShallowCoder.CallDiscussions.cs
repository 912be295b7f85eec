namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "received a phone call from the President of Kenya, in which the two leaders discussed ties", "held a call with
        /// her counterpart, during which both sides discussed the border": what the two sides of a call discuss on it is
        /// the call (041), not a second consultation, so a plain consultation (040) between the same two sides as a call
        /// coded in the same sentence is dropped (gold eb60044, eb61003 list the call alone). Unlike a visit, where a
        /// discussion beside the hosting may be a second act (<see cref="DropMeetingsOfAVisit"/>), a call is nothing but
        /// its talk. Invariant: only 040 events are removed, and only when a 041 of the same two sides (either way) with
        /// the same background flag and neither negated stands in the sentence; 041s are never removed here, so reading
        /// _out inside the predicate is safe.
        /// </summary>
        private void DropDiscussionsOfACall()
        {
            if (_out.Count < 2) return;
            _out.RemoveAll(m => m.Cameo == "040" && !m.Negated && m.Source >= 0 && m.Target >= 0
                && VisitSide(m.Source) is { } mc1 && VisitSide(m.Target) is { } mc2 && mc1 != mc2
                && _out.Exists(o => o.Cameo == "041" && !o.Negated && o.Background == m.Background && o.Source >= 0 && o.Target >= 0
                    && VisitSide(o.Source) is { } oc1 && VisitSide(o.Target) is { } oc2
                    && (oc1 == mc1 && oc2 == mc2 || oc1 == mc2 && oc2 == mc1)));
        }
    }
}
