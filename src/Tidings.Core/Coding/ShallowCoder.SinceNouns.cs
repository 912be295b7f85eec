namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "The council has been largely frozen since Russia's full-scale invasion of Ukraine", "Since the 2023 coup, the
        /// generals have lost ground", "trade has collapsed since the war began": an event noun governed by "since" names the
        /// act a state has lasted from. It happened before the news and is told as that state's starting point, which the
        /// coding conventions make history ("since the 2020 war" is background, gold/README.md), whatever the tense of the
        /// verb the phrase hangs on and however near the date. Analysis and feature writing weaves such phrases into
        /// sentences whose news is something else (blind69), and the war they name was coded as today's event.
        /// Invariants: only an event noun that is itself the trigger (a noun, not a verb) and that "since" heads as its
        /// case in the parse, or, without the parse's case, that "since" opens with nothing between but a determiner,
        /// possessor, numbers, adjectives and compound nouns or actor words ("since Russia's full-scale invasion"); a verb
        /// after "since" ("since the army seized power") is dated by the existing clause rules; no parse and no "since"
        /// leave the event as it was.
        /// </summary>
        private bool SinceEventNoun(Trig head, int headNode)
        {
            if (!head.IsNoun) return false;
            if (_tree.Parsed && headNode >= _f && headNode < _e && _tree.CaseOf(headNode) == "since") return true;
            int k = head.Start - 1;
            while (k >= _f && head.Start - k <= 6
                && (actorOf[k] >= 0 || IsWord(k, "'s") || IsWord(k, "’s")
                    || doc.TokUpos(k) is Tidings.Documents.Upos.DET or Tidings.Documents.Upos.ADJ or Tidings.Documents.Upos.NUM
                        or Tidings.Documents.Upos.NOUN or Tidings.Documents.Upos.PROPN))
                k--;
            return k >= _f && IsWord(k, "since");
        }
    }
}
