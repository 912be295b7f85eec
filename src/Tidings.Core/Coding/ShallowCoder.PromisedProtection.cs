using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 65 (promise65): a deployment of forces announced for later ("said it would deploy a standby force to Benin",
/// "would deploy frigates to the Baltic to protect undersea infrastructure", "stood ready to deploy its standby force to defend
/// constitutional order") is the intent to provide military protection (CAMEO 0334) when the forces go to another country or
/// go to protect or help others; a deployment announced at home or on the deployer's own border ("will deploy 10,000 troops
/// to the US border", "would deploy four more warships to the Natuna Islands") stays the posture decided (154, intended:
/// AnnouncedPosture). The gold codes the one as 0334 (eb24009, eb50086, eb58113, eb71068, eb31043, eb41112, eb70097) and the
/// other as 154 (eb33028, eb53008, eb71036, eb41054), as its appeals ask for protection (0234: "called on the army to send
/// more troops to protect farmers").
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// The code of an intended deployment given <paramref name="code"/>: 0334 for an intended mission deployment (074, which
        /// MissionDeploymentCode gives after the intent mapping has run), and for an intended mobilisation (153, 154) whose verb
        /// sends the forces to a country other than the source's (its "to"/"in" phrase, <see cref="TreeRoles.DeploymentAbroad"/>)
        /// or has a purpose clause of protecting or helping others (<see cref="TreeRoles.ProtectivePurpose"/>). With no target of
        /// its own, the country the forces go to becomes the target country. Invariant: only intended events, only 074, 153 and
        /// 154 are rewritten; threats (a vow, a warning, a condition) never reach here as intended.
        /// </summary>
        private string PromisedProtectionCode(string code, TokenRange range, int src, int tgt, Modality modality, ref string? targetCountry)
        {
            if (modality != Modality.Intended || src < 0 || !_tree.Parsed) return code;
            if (code == "074") return "0334";
            if (code is not ("153" or "154")) return code;
            int verb = range.FirstToken;
            if (verb < _f || verb >= _e || doc.TokUpos(verb) != Upos.VERB || _tree.IsNegated(verb)) return code;
            string? home = A(src).Country;
            string? abroad = _tree.DeploymentAbroad(verb, doc.Places);
            if (abroad is not null && abroad != home)
            {
                if (tgt >= 0) return A(tgt).Country == abroad ? "0334" : code;
                targetCountry ??= abroad;
                if (targetCountry == abroad) return "0334";
            }
            return _tree.ProtectivePurpose(verb) ? "0334" : code;
        }
    }
}
