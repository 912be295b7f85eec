using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// True when the plain verb "receive" (the lexicon's meeting row, 040) has an object that names no actor: "the
        /// infected will receive free care", "schools received new funding", "the ministry received a letter". One receives
        /// a guest (a meeting) but things are only got; the act of giving them, when the sentence tells one, has its own
        /// trigger ("provide", "send"). Phrases with "receive" (a delegation, a call, credentials) are rows of their own and
        /// are not read here; "received the visiting minister" keeps its meeting, its object being an actor.
        /// Invariant: true only with an object (parsed, or the noun right after the verb); "receive" with none is left as it is.
        /// </summary>
        private bool ReceivesAThing(Trig inner, int innerNode)
        {
            if (inner.IsNoun || inner.Entry.Trigger != "receive" || !_tree.Parsed || innerNode < _f || innerNode >= _e) return false;
            int received = DependentOf(innerNode, "obj");
            // "will receive whatever care is necessary": the parser may hang a free relative's noun elsewhere; the first
            // noun right after the verb (past determiners and adjectives) is then what is received.
            for (int k = innerNode + 1; received < 0 && k < Math.Min(_e, innerNode + 4); k++)
            {
                if (doc.TokUpos(k) is Upos.NOUN or Upos.PROPN) { received = k; break; }
                if (!(doc.TokUpos(k) is Upos.DET or Upos.ADJ or Upos.NUM || IsWord(k, "whatever") || IsWord(k, "whichever"))) break;
            }
            // "the sultan received him at his palace": a personal pronoun is someone received.
            if (received < 0 || doc.TokUpos(received) == Upos.PRON) return false;
            // "received 300 displaced families", "received the prime minister's envoy": an actor anywhere in the object's
            // own words (a modifier or an "of" phrase) makes it someone received.
            for (int k = _f; k < _e; k++)
                if (ActorAt(k) >= 0 && (k == received || _tree.InSubtreeOf(k, received))) return false;
            return true;
        }
    }
}
