using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 53 (blind71): ships, boats and aircraft that a "take / seize / gain control of" phrase may name. Control of
        /// one of them taken by force is a hijacking (181, the CAMEO codebook's "abduct, hijack, or take hostage"), not
        /// territory occupied (192): "Somali pirates took control of a Liberian-flagged bulk carrier".
        /// </summary>
        private static readonly HashSet<string> HijackedCraftNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "ship", "ships", "vessel", "vessels", "tanker", "tankers", "carrier", "carriers", "freighter", "freighters",
            "boat", "boats", "trawler", "trawlers", "dhow", "dhows", "ferry", "ferries", "yacht", "yachts", "airliner", "plane",
        };

        /// <summary>
        /// True when the token at <paramref name="t"/> is "of" and opens a noun phrase (determiners, numbers, adjectives, participles
        /// and nouns only, within six words) whose head is a ship, boat or airliner (<see cref="HijackedCraftNouns"/>). Same
        /// shape as <see cref="ControlOfAChamber"/>: it reads only the words of the "of" phrase, never further, so "control of
        /// the port where the ship docked" stays 192 (its head "port" is met first and is no craft).
        /// </summary>
        private bool ControlOfACraft(int t)
        {
            if (!IsWord(t, "of")) return false;
            for (int k = t + 1; k < _e && k <= t + 6; k++)
            {
                if (HijackedCraftNouns.Contains(W(k).ToString())) return k + 1 >= _e || doc.TokUpos(k + 1) is not (Upos.NOUN or Upos.PROPN);
                // "a Liberian-flagged bulk carrier": a flag or owner compound is tagged as a past participle.
                if (doc.TokUpos(k) is not (Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM or Upos.PUNCT or Upos.VERB) || IsWord(k, ",")) return false;
            }
            return false;
        }
    }
}
