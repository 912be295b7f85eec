using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 58 (blind76): a lexicon phrase that overrides an act ("override veto", "overturn veto", "overrule veto"): the
    /// event noun inside it is the act undone, so it never refines the phrase's own code (<see cref="RefinedInside"/>).
    /// </summary>
    private static bool IsOverriding(TriggerEntry e) =>
        e.Trigger.StartsWith("override ", StringComparison.Ordinal) || e.Trigger.StartsWith("overturn ", StringComparison.Ordinal)
        || e.Trigger.StartsWith("overrule ", StringComparison.Ordinal);

    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 58 (blind76): "Portugal's minority government lost a confidence vote in parliament", "the cabinet lost a vote of
        /// no confidence in the National Assembly": a confidence vote is held by a legislature, which removes the government
        /// that loses it (172, gold/README: a passed motion is the removal). The legislature is the actor of the first "in"
        /// phrase within a few words after the trigger, and only when that actor is a legislature (role LEG): "lost a
        /// confidence vote in March" or "in Lisbon" names no doer, and nothing is coded (as agentless passives are not).
        /// Invariant: returns an actor index whose role is LEG, or -1.
        /// </summary>
        private int LegislatureAfterIn(Trig tr)
        {
            int end = ClauseEnd(tr.Clause);
            for (int t = tr.End; t < end && t < tr.End + 6; t++)
            {
                if (actorOf[t] >= 0 || IsPunct(t)) return -1;
                if (!IsWord(t, "in")) continue;
                for (int k = t + 1; k < end && k <= t + 3 && !IsPunct(k); k++)
                    if (ActorAt(k) is var a && a >= 0) return RoleOf(a) == "LEG" ? a : -1;
                return -1;
            }
            return -1;
        }
    }
}
