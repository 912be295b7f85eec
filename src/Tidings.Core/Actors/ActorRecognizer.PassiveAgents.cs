using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "was stabbed by an unknown assailant", "were beaten to death by a mob in a village", "was acquitted by a court in
        /// Paris", "the abduction of a reporter by a gang": a singular role after "by a"/"by an" (up to two lower-case describing
        /// words between) is the doer of a passive or of an act noun, one unnamed member of the
        /// role, wherever the phrase ends. Without this such a phrase is an actor only before a verb or at the end of the
        /// sentence, so a passive's doer named before a place ("by a mob in a village") was lost and the event had no
        /// source. Invariant: the role heads its noun phrase; a noun right after it makes the role a modifier ("by a
        /// government decree", "by a police raid"), which this leaves out, as it leaves out "of" after the role ("by a
        /// member of ...": the member's body decides).
        /// </summary>
        private bool IndefiniteByAgent(int i, int j, int sentFirst, int end)
        {
            if (j < end && (_doc.Token(j).Upos is Upos.NOUN or Upos.PROPN || Is(j, "of") || Is(j, "'s"))) return false;
            // "by a masked gunman", "by an unidentified assailant": after "a" a participle describes the holder (it has no
            // noun of its own to be the verb of), so any lower-case word may stand between.
            int k = i - 1;
            for (int n = 0; n < 2 && k > sentFirst && !Is(k, "a") && !Is(k, "an") && IsLowerDescribingWord(Tok(k))
                && !Is(k, "and") && !Is(k, "or") && !Is(k, "of"); n++) k--;
            return k > sentFirst && (Is(k, "a") || Is(k, "an")) && Is(k - 1, "by");
        }

        /// <summary>A lower-case word of letters and hyphens ("masked", "off-duty", "teenage"), as a modifier before a role.</summary>
        private static bool IsLowerDescribingWord(ReadOnlySpan<char> w)
        {
            if (w.Length < 2 || !char.IsLower(w[0])) return false;
            foreach (var ch in w) if (!char.IsLetter(ch) && ch != '-') return false;
            return true;
        }
    }
}
