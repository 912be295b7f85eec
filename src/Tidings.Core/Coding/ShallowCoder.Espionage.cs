using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 55 (blind73, decision 061): an accusation whose alleged act gathers another's secrets is one of espionage
        /// (1125), as gold/README.md codes "accused of hacking politicians' email" (eb40085) and "steals what it cannot build"
        /// (eb43093), though no word of spying is said: the act is told by
        /// <list type="bullet">
        /// <item>a word of watching or listening in ("of flying a surveillance balloon", "for a cyber-espionage campaign",
        /// "of eavesdropping on the talks");</item>
        /// <item>secrets or classified material as such ("of selling state secrets", "of leaking classified files");</item>
        /// <item>information, documents, names or designs passed, leaked, sold or stolen ("of passing information to the army",
        /// "of stealing designs for missile systems");</item>
        /// <item>a break-in into someone's mail or messages ("of hacking into the email servers of the Social Democrats").</item>
        /// </list>
        /// Invariants: only words inside the alleged act's subtree count, its left modifiers included; an intrusion that disrupts (a cyber attack on an air
        /// traffic agency, eb31069) names no mail or secrets and stays 112; information spread ("of spreading false information")
        /// is disinformation, not a secret passed, since only verbs of handing over or taking count.
        /// </summary>
        private bool IsEspionageAct(int act)
        {
            bool intrusion = false, mail = false;
            // From the sentence's start: the act's left modifiers count too ("for a cyber-espionage campaign").
            for (int t = _f; t < _e; t++)
            {
                if (!_tree.InSubtree(t, act) || doc.TokLemma(t)?.ToLowerInvariant() is not { } w) continue;
                if (WatchingWords.Contains(w)) return true;
                if (w is "secret" && doc.Token(t).Upos == Upos.NOUN) return true;
                if (w is "classified" && t + 1 < _e && doc.TokLemma(t + 1)?.ToLowerInvariant() is "material" or "document" or "information" or "file" or "data") return true;
                if (PassedInformationNouns.Contains(w) && doc.Token(t).Head is var h && h >= _f && h < _e
                    && doc.Token(t).Relation is "obj" && doc.TokLemma(h)?.ToLowerInvariant() is { } hv && HandingOverVerbs.Contains(hv)) return true;
                if (w is "hack" or "hacking" or "break" or "infiltrate" or "penetrate" or "compromise") intrusion = true;
                if (MailNouns.Contains(w)) mail = true;
            }
            return intrusion && mail;
        }

        /// <summary>Words of watching or listening in on others.</summary>
        private static readonly HashSet<string> WatchingWords = new(StringComparer.Ordinal)
        {
            "surveillance", "cyber-espionage", "cyberespionage", "reconnaissance", "eavesdrop", "eavesdropping", "wiretap",
            "wiretapping", "snoop", "snooping",
        };

        /// <summary>What a spy hands over or takes: information and the papers and designs that hold it.</summary>
        private static readonly HashSet<string> PassedInformationNouns = new(StringComparer.Ordinal)
        {
            "information", "intelligence", "document", "name", "design", "blueprint", "plan", "data",
        };

        /// <summary>Verbs of handing information over or taking it.</summary>
        private static readonly HashSet<string> HandingOverVerbs = new(StringComparer.Ordinal)
        {
            "pass", "leak", "sell", "hand", "give", "provide", "supply", "transmit", "send", "smuggle", "steal",
        };

        /// <summary>Mail and messages: what a break-in reads.</summary>
        private static readonly HashSet<string> MailNouns = new(StringComparer.Ordinal)
        {
            "email", "e-mail", "mailbox", "inbox", "correspondence", "message",
        };
    }
}
