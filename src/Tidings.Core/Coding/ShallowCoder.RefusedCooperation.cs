using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 70 (fam11): "turned down China's offer to finance the railway link", "declined a Russian proposal to keep
        /// a military presence in the capital", "rejected Pakistan's request to share intelligence on the bombers": a refused
        /// offer, proposal or request of material cooperation is refused as that cooperation (121k), by the field its act's
        /// objects name, as CAMEO numbers the refusals after the cooperation (061-064 → 1211-1214) and as "agreed to connect
        /// their grids" is 0311. Null when the rejection frames no such act, when the act is itself a trigger the frame
        /// already read, or when no object names a field ("rejected the offer to help", "rejected a proposal to meet":
        /// the plain 120 or the lexicon's code stays).
        /// </summary>
        private string? RefusedCooperationCode(int rejecting)
        {
            if (!_tree.Parsed || !_tree.TakesOffer(rejecting)) return null;
            int content = _tree.ProposalContent(rejecting);
            if (content < 0 || TrigAt(content) >= 0) return null;
            return _tree.OfferedCooperationField(content) switch
            {
                "0311" => "1211",
                "0312" => "1212",
                "0313" => "1213",
                "0314" => "1214",
                _ => null,
            };
        }
    }
}
