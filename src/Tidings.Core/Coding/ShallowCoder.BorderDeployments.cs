namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Poland sent 10,000 soldiers to its border with Belarus": when the parser hangs "with Belarus" on "border", the
        /// target found is the country across the border rather than the troops, so the rule that turns troops sent to a
        /// country's own border into a show of force (154, decision 018) does not see its own force. This reads the same
        /// construction from that side: troops sent (074) to the source's own border ("its", "their", no other country's
        /// possessive: <see cref="TreeRoles.SentToOwnBorder"/>) with a target of another country are a deployment made by the
        /// force sent, aimed at that country (the actor, or the destination's country when the tree gave no actor). Returns the force (the new source), or -1. Invariants: only a single target
        /// whose country differs from the source's, and only a force of the source's own side named in the trigger
        /// ("sent troops to help Mozambique" and "sent troops to Poland's border with Belarus" stay 074).
        /// </summary>
        private int BorderFacingDeployment(int src, List<int> targets, string? targetCountry, Trig inner, int innerNode)
        {
            if (src < 0 || targets.Count != 1 || !_tree.Parsed || !_tree.SentToOwnBorder(innerNode)) return -1;
            // The target is an actor, or (no actor named: "to its border with Belarus" read as where the troops go) the country
            // the destination lies in.
            string? across = targets[0] >= 0 ? A(targets[0]).Country : targetCountry;
            if (across is null || A(src).Country is not { } home || across == home) return -1;
            return OwnForceIn(src, inner);
        }
    }
}
