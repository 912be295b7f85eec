using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "agreed on the need for an immediate ceasefire", "agreed on the importance of resuming talks": a phrase whose words
        /// lie on both sides of a noun of necessity ("need", "necessity", "importance", "urgency") does not match across it.
        /// What the sources agree on or stress is that the act is needed, not the act ("agree ceasefire" is a truce agreed,
        /// 0871); the act is left to the frame of the verb and to the event noun alone, as "stressed the need for talks" is
        /// read. Invariant: only a necessity noun inside the matched span and not itself a word of the phrase stops it
        /// ("stress need for" keeps its own "need").
        /// </summary>
        private bool CrossesNecessityNoun(int t, int end, TriggerVariant v)
        {
            for (int k = t + 1; k < end - 1 && k < _e; k++)
            {
                if (!(IsWord(k, "need") || IsWord(k, "necessity") || IsWord(k, "importance") || IsWord(k, "urgency"))) continue;
                bool own = false;
                foreach (var w in v.Words)
                    if (W(k).Equals(w, StringComparison.OrdinalIgnoreCase)) { own = true; break; }
                if (!own) return true;
            }
            return false;
        }
    }
}
