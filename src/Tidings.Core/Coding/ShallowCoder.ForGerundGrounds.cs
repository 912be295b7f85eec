using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 69 (background69). "sanctioned two firms for supplying drone parts to Russia", "was criticised for expelling
        /// two more priests", "jailed a blogger for spreading propaganda", "stripped three deputies of their mandates for
        /// boycotting parliament": an act told as a gerund after "for" is the ground of the act the sentence reports, a deed
        /// the judge, the court or the sanctioning state holds against its doer. It is known before the news and told as its
        /// reason, so it is background, as gold/README.md keeps "events named only as the cause of the news" (the tunable
        /// gold codes none of them as news: it leaves them out or flags them background).
        /// Invariants: only the event whose trigger starts at the gerund (an -ing word right after "for", or after "for" and
        /// one adverb, "for allegedly spying"); only a plainly asserted act: a code of appeal, intent, demand or threat (02,
        /// 03, 10, 13) is what a frame made of the gerund ("called for ending the blockade", "pushed for holding talks") and
        /// is left alone, as is a negated event.
        /// </summary>
        private bool ForGerundGround(TokenRange range, string code, Modality modality)
        {
            if (modality != Modality.Asserted || code.Length < 2 || code[..2] is "02" or "03" or "10" or "13") return false;
            int t = range.FirstToken;
            if (t <= _f || t >= _e || !W(t).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || doc.TokXpos(t) is not ("VBG" or "NN")) return false;
            int f = t - 1;
            if (doc.TokXpos(f) is "RB" && f - 1 >= _f) f--;
            return IsWord(f, "for");
        }
    }
}
