using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 62 (aid62): a deployment of forces abroad on a peacekeeping or security mission is military protection (074)
/// of the host country (<see cref="TreeRoles.DeployedOnMission"/>), as "send @force" to another country and "deploy
/// peacekeeper" already are in the lexicon; a mobilisation at home or on one's own border keeps 153/154.
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// The code of a force deployment given the lexicon's <paramref name="code"/>: a mobilisation (153, 154) whose verb sends
        /// the forces on a mission (as part of one, to serve in one, or to one) to a country other than the source's is 074,
        /// aimed at that country; with no target of its own the host country named by the verb's "to"/"in" phrase becomes the
        /// target. Invariant: only 153/154 are rewritten, only when the host is named and is not the source's own country;
        /// the source is untouched.
        /// </summary>
        private string MissionDeploymentCode(string code, TokenRange range, int src, int tgt, ref string? targetCountry)
        {
            if (code is not ("153" or "154") || src < 0 || !_tree.Parsed) return code;
            int verb = range.FirstToken;
            if (verb < _f || verb >= _e || doc.TokUpos(verb) != Upos.VERB || !_tree.DeployedOnMission(verb)) return code;
            string? home = A(src).Country;
            if (tgt >= 0)
                return A(tgt).Country is { } tc && tc != home ? "074" : code;
            if (_tree.MissionHostCountry(verb, doc.Places) is not { } host || host == home) return code;
            targetCountry ??= host;
            return targetCountry == host ? "074" : code;
        }

        /// <summary>True when some verb of the sentence mandates a mission (<see cref="CodeMandatedMissions"/>), which needs no
        /// trigger word of the lexicon.</summary>
        private bool AnyMandatedMission()
        {
            if (!_tree.Parsed) return false;
            for (int v = _f; v < _e; v++)
                if (_tree.MandatedMission(v) >= 0) return true;
            return false;
        }

        /// <summary>
        /// "The UN Security Council authorised a Kenyan-led security mission to help Haiti's police fight gangs", "Security
        /// Council backs new force against Haiti's gangs", "UN Security Council extends Haiti security mission for a year": an
        /// intergovernmental body that mandates a peacekeeping or security mission provides military protection (074) to the
        /// country the mission serves, as a renewed mandate already is ("extend mandate" 074). The body must be an IGO (a
        /// state that approves a mission tells its own part in it, which the deployment rules code) and the host must be named
        /// (<see cref="TreeRoles.MandatedMissionHost"/>). Invariant: one event per mandating verb, aimed at a country, never
        /// at the body itself; a support (05x) coded from the same verb gives way to it.
        /// </summary>
        private void CodeMandatedMissions()
        {
            if (!_tree.Parsed) return;
            for (int v = _f; v < _e; v++)
            {
                int mission = _tree.MandatedMission(v);
                if (mission < 0) continue;
                int src = _tree.MandatingBody(v);
                if (src < 0 || _reporters.Contains(src) || A(src).Code is not { } code || !code.StartsWith("IGO", StringComparison.Ordinal)) continue;
                if (_tree.MandatedMissionHost(v, mission, doc.Places) is not { } host) continue;
                Emit(new TokenRange(v, v + 1), "074", src, -1, $"mandated-mission:{doc.TokLemma(v)} {doc.TokLemma(mission)}→074 src=tree:nsubj,tgt=mission-host",
                    false, CueDates(v, v), Modality.Asserted, -1, host);
                // "backs new force", "endorsed the mission": the verb's own reading as support (05x) tells the same act as
                // the mandate, which is the event; one verb, one event.
                _out.RemoveAll(o => o.Sentence == _sentence && o.Trigger.FirstToken == v && o.Cameo.StartsWith("05", StringComparison.Ordinal));
            }
        }
    }
}
