using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// True when token <paramref name="k"/> ends the actor phrase that a headline's "to"-infinitive hangs on: an actor's last
        /// word ("Kenya to send police"), or a run of up to three name words (proper nouns) right after an actor ("Pope Leo to
        /// visit Lebanon", "Chile's Kast to meet Milei": the actor stage reads "Pope" or the possessor alone, and the name
        /// after it is the same person). Common nouns are not walked over: "Kenya's refusal to send" or "Kenya's plan to send"
        /// is a noun with its own complement, not the headline's future.
        /// </summary>
        private bool HeadlineSubjectEndsAt(int k)
        {
            if (k < _f) return false;
            if (actorOf[k] >= 0) return true;
            for (int j = k, n = 0; j >= _f && n < 3; j--, n++)
            {
                if (doc.Token(j).Xpos is not ("NNP" or "NNPS")) return false;
                if (j - 1 >= _f && actorOf[j - 1] >= 0 && doc.Token(j - 1).Xpos is "NNP" or "NNPS" or "NN" or "NNS" or "JJ") return true;
            }
            return false;
        }
    }
}
