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
    }
}
