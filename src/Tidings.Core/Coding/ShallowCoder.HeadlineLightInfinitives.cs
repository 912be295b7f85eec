using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "South Africa and Nigeria to hold joint naval drills", "Kenya and Ethiopia to launch joint patrols", "Japan to
        /// conduct exercises with the Philippines": the headline future (see <see cref="HeadlineInfinitive"/>) told with a
        /// light verb and an event noun. True for a noun trigger whose light verb stands right after "to", that "to" right
        /// after the headline's subject, with only the noun's own modifiers (no verb, no punctuation) between the light
        /// verb's end and the noun, in a line with no finite verb or modal before "to" (as for the verb form).
        /// </summary>
        private bool HeadlineLightInfinitive(Trig tr)
        {
            if (!tr.IsNoun) return false;
            for (int k = tr.Start - 1; k >= Math.Max(_f + 2, tr.Start - 5); k--)
            {
                if (IsPunct(k)) return false;
                int end = LightEndAt(k);
                if (end == 0) continue;
                if (end > tr.Start || !IsWord(k - 1, "to") || !HeadlineSubjectEndsAt(k - 2)) return false;
                for (int m = end; m < tr.Start; m++)
                    if (doc.TokUpos(m) is Upos.VERB or Upos.AUX) return false;
                for (int m = _f; m < k - 1; m++)
                    if (doc.Token(m).Xpos is "VBD" or "VBZ" or "VBP" or "MD" || (doc.Token(m).Xpos == "VBN" && doc.Token(m).Relation == "root")) return false;
                return true;
            }
            return false;
        }
    }
}
