namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Verbs that carry a truce into a new period: agreed, a truce renewed is a truce declared for it.</summary>
        private static readonly HashSet<string> TruceRenewingVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "extend", "renew", "prolong", "restore", "reinstate" };

        /// <summary>
        /// True when the truce noun <paramref name="truce"/> is what the verb "agree" (<paramref name="agree"/>) agrees to:
        /// it hangs from "agree" itself ("agreed to a 30-day truce"), or it is the object of a verb of renewing that is
        /// agree's own complement ("agreed to extend their ceasefire by six months", "agreed to restore the truce"). Not a
        /// truce only observed, respected or monitored ("agreed to observe the ceasefire" promises conduct under an existing
        /// one: an intent, 0356).
        /// </summary>
        private bool TruceAgreedByFrame(int truce, int agree)
        {
            if (truce < _f || truce >= _e || agree < _f || agree >= _e) return false;
            int h = doc.Token(truce).Head;
            if (h == agree) return true;
            return h >= _f && h < _e && doc.Token(truce).Relation == "obj" && doc.Token(h).Head == agree
                && doc.Token(h).Relation is "xcomp" or "advcl" && TruceRenewingVerbs.Contains(doc.TokLemma(h) ?? "");
        }
    }
}
