using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Past and present forms of verbs that name or vouch for a thing in a free relative: "what the army said
        /// were rocket launchers", "what the ministry described as rebel camps", "what Seoul called a spy ship".</summary>
        private static readonly HashSet<string> WhatSpeakerVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "said", "says", "described", "describes", "called", "calls", "claimed", "claims", "termed", "terms",
            "identified", "identifies", "believed", "believes", "alleged", "alleges", "labelled", "labeled",
        };

        /// <summary>
        /// Session 69 (agent69): "struck what Israel said were missile sites near Homs", "bombed what the defence ministry
        /// described as rebel camps": the actor between a free relative's "what" and its verb of naming is whoever vouches
        /// for the name, not what the act was done to; the target is in the named thing (or nowhere). True when the actor
        /// span <paramref name="span"/> opens right after "what" (determiners and adverbs allowed between) and is followed
        /// right away by such a verb (one adverb allowed: "what Israel later said were"). Invariant: only after the
        /// trigger's end <paramref name="from"/>; "what" in "in what X called" is handled before this (no target at all).
        /// </summary>
        private bool FreeRelativeSpeaker(TokenRange span, int from)
        {
            int p = span.FirstToken - 1;
            while (p >= from && Is(p, Words.Determiner)) p--;
            if (p < from || !IsWord(p, "what")) return false;
            int q = span.EndToken;
            if (q < _e && doc.TokUpos(q) == Upos.ADV) q++;
            return q < _e && WhatSpeakerVerbs.Contains(W(q).ToString());
        }
    }
}
