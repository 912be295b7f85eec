using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// True when the actor after <paramref name="with"/> is the neighbour in "the border with X" / "its frontier with X"
        /// and the act is a protest (14), an assault (18) or a plain armed attack (190): "Farmers blocked crossings on the
        /// border with Ukraine", "attacked a customs post on the border with Senegal". There the phrase only says where the
        /// act happened, on the doer's own side of the line; the neighbour is not whom it is aimed at (gold/README.md,
        /// session 51 (target51): eb9055, eb60104 code the own government and the post's organ).
        /// Invariant: only the word "with" right after "border", "frontier" or "boundary". Deployments, alerts, closures and
        /// exercises at "its border with X" (15, 16) keep X, as all their gold lines do; so does fire across the line
        /// (shelling 194, air and drone strikes 195, "shelled villages on the border with Ukraine"), which lands on the
        /// neighbour's side as often as not.
        /// </summary>
        private bool BorderNeighbourOfPlace(int with, Trig tr)
        {
            if (with - 1 < _f || !IsWord(with, "with")) return false;
            if (!(IsWord(with - 1, "border") || IsWord(with - 1, "frontier") || IsWord(with - 1, "boundary"))) return false;
            return tr.Entry.Root is "14" or "18" || tr.Entry.Cameo == "190";
        }
    }
}
