namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "threatened to take 'overwhelming military action' against the South", "threatened on Tuesday to carry out strikes
        /// on the port": an act that no frame took in (a light verb and its event noun, quoted words or an adverbial between
        /// the threat and what it threatens) but that lies in the complement of a verb of threatening is threatened, and
        /// gold/README.md codes a threatened act in CAMEO's threat category with the flag (13x, "threatened to close the
        /// strait" → 1381): the material code (190) would code a fight that did not happen. The code is mapped as the threat
        /// frame maps it (<see cref="MapFrame"/>: 19x → 1384, 16x → 131x, 17x → 132x/137 ...). Invariant: only a
        /// <see cref="Modality.Threatened"/> complement and only a code outside root 13; a code the map leaves bare (130)
        /// keeps the material code, so no event loses its own kind to a residual threat.
        /// </summary>
        private static string ThreatenedActCode(string code, Modality modality)
        {
            if (modality != Modality.Threatened || code.StartsWith("13", StringComparison.Ordinal)) return code;
            var threat = MapFrame(FrameKind.Threat, code, "130");
            return threat == "130" ? code : threat;
        }
    }
}
