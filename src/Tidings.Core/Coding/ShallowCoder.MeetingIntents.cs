namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "said Havana remained ready for dialogue", "the Kremlin says it is ready for talks but that Kyiv must first withdraw",
        /// "said it was prepared to negotiate": an intent to meet or negotiate (036) whose own phrase names no partner. A meeting
        /// has another side, so the lexicon's meeting rows need one (sym, prep) and such an intent used to code nothing; the
        /// tunable gold aims it at the other side the line names (eb30030 the United States it blames, eb45124 Kyiv it makes
        /// demands of). Read here only for an intent frame (be ready, be willing, be open, remain ready ...) around a meeting
        /// or negotiation act (root 04, mapped to 036), and only when the sentence names exactly one other side: its actors
        /// that are no modifier, no reporter and not the source's own side (<see cref="SameSide"/>), counted by country (organs of one
        /// state are one side, the first named standing for it). With
        /// none or with several the intent stays uncoded, as before: a partner guessed from the article is not read here.
        /// Returns the partner's actor index, or -1.
        /// </summary>
        private int MeetingIntentPartner(Trig head, Trig inner, string code, int src, bool passive)
        {
            if (src < 0 || passive || code != "036" || inner.Entry.Root != "04" || head.Start == inner.Start
                || head.Entry.Frame != FrameKind.Intend || head.IsNoun) return -1;
            int partner = -1;
            for (int t = _f; t < _e; t++)
            {
                int a = ActorAt(t);
                if (a < 0 || A(a).Tokens.FirstToken != t || A(a).Code is null || IsModifier(a) || _reporters.Contains(a) || SameSide(a, src)) continue;
                // Organs of one state are one side ("Kyiv must first withdraw its troops"): the first named stands for it.
                if (partner >= 0 && (A(partner).Country ?? A(partner).Code) != (A(a).Country ?? A(a).Code)) return -1;
                if (partner < 0) partner = a;
            }
            return partner;
        }
    }
}
