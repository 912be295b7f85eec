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

        /// <summary>
        /// Session 62 (protest62): the neighbour named only as where a protest's crossings and border are: "blocked border
        /// crossings with Ukraine", "blocked roads near the French border", "blocked the crossings into Poland". As on "the
        /// border with X" (<see cref="BorderNeighbourOfPlace"/>), the protest is held on the protesters' own side and
        /// presses their own government (decision 086; eb9055, eb74032, eb63020 code it so), not the neighbour.
        /// Invariant: protests (root 14) only; the actor <paramref name="a"/> comes right after "with" or "into" on a
        /// crossing or border noun, or is a country adjective right before "border", "frontier" or "crossing(s)".
        /// </summary>
        private bool NeighbourAsPlaceOfProtest(int a, int before, Trig tr)
        {
            if (tr.Entry.Root != "14") return false;
            static bool BorderNoun(string? w) => w?.ToLowerInvariant() is "border" or "frontier" or "boundary" or "crossing" or "crossings" or "checkpoint" or "checkpoints";
            if (before - 1 >= _f && (IsWord(before, "with") || IsWord(before, "into")) && BorderNoun(W(before - 1).ToString())) return true;
            var span = A(a).Tokens;
            return A(a).IsModifier && span.EndToken < _e && BorderNoun(W(span.EndToken).ToString());
        }
    }
}
