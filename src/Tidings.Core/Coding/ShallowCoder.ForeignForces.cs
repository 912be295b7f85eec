namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "accepted more American troops", "would not allow foreign troops on its soil": forces accepted or allowed are
        /// military cooperation (062) only when they are another country's. True when the trigger's words name the force
        /// with a country (an actor of some country inside the phrase) or as "foreign"; "the hospital accepted police officers
        /// as patients", "the rules allow police officers to carry guns" name no foreign force and are no event.
        /// </summary>
        private bool ForeignForceNamed(Trig inner)
        {
            for (int k = inner.Start; k < inner.End; k++)
            {
                if (IsWord(k, "foreign")) return true;
                if (ActorAt(k) is var a && a >= 0 && A(a).Country is not null) return true;
            }
            return false;
        }
    }
}
