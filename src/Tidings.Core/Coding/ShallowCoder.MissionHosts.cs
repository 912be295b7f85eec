using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 69 (coop69): forces sent or pledged to a mission are aimed at the country the mission serves. "Nepal sent 500
/// soldiers to the UN mission in Lebanon", "will contribute troops to a new African Union force in Somalia", "was ready to send
/// up to 2,000 troops to a stabilisation force in Gaza": the gold codes the protection (074, or 0334 as a plan) at the host
/// country (eb52047, eb48017, eb68079, eb86120), not at the body that runs the mission, whose name the "to" phrase carries
/// ("UN mission" read IGOUNO), and not at no one when the mission names no actor.
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Retargets a protection by forces (074, 0334) whose verb in <paramref name="range"/> sends the forces on a mission
        /// (<see cref="TreeRoles.DeployedOnMission"/>) to the mission's host country (<see cref="TreeRoles.MissionHostCountry"/>).
        /// Invariants: only 074 and 0334; only when the target is none or an intergovernmental body (the mission's owner); only
        /// when a host is named and is not the source's own country; the source is untouched.
        /// </summary>
        private void MissionHostTarget(string code, TokenRange range, int src, ref int tgt, ref string? targetCountry)
        {
            if (code is not ("074" or "0334") || src < 0 || !_tree.Parsed) return;
            if (tgt >= 0 && !(A(tgt).Code is { } tc && tc.StartsWith("IGO", StringComparison.Ordinal))) return;
            if (tgt < 0 && targetCountry is not null) return;
            for (int v = Math.Max(range.FirstToken, _f); v < Math.Min(range.EndToken, _e); v++)
            {
                if (doc.TokUpos(v) != Upos.VERB || !_tree.DeployedOnMission(v)) continue;
                if (_tree.MissionHostCountry(v, doc.Places) is not { } host || host == A(src).Country) return;
                tgt = -1;
                targetCountry = host;
                return;
            }
        }
    }
}
