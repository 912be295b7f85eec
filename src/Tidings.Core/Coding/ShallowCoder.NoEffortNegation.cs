namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Nouns of an effort made towards an act: "made no move to arrest", "took no steps to", "made no attempt to".</summary>
        private static readonly HashSet<string> EffortNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "move", "moves", "attempt", "attempts", "effort", "efforts", "step", "steps", "action",
        };

        /// <summary>
        /// "Tajikistan made no move to arrest the visiting president", "the police took no steps to detain him", "made no
        /// attempt to stop the convoy": an act of which no effort was made did not happen, as one that "failed to" happen
        /// (<see cref="IsNegated"/>). <paramref name="to"/> is the "to" right before the act's trigger. Invariants: only the
        /// word "no" right before an effort noun right before "to" counts; "a move to arrest" (an effort made) and "no
        /// sooner" are read as before, and the effort nouns are a closed list of words for an attempt.
        /// </summary>
        private bool NoEffortBefore(int to) =>
            IsWord(to, "to") && to - 2 >= _f && EffortNouns.Contains(W(to - 1).ToString()) && IsWord(to - 2, "no");
    }
}
