using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "closed the border with Sudan, citing security threats", "said the vote fell short, citing intimidation of opposition
        /// candidates", "cut its aid to Niger, citing the junta's refusal to set an election date": what an actor cites is the
        /// reason it gives for its act, named as a known fact or a fear, not a new act told by the sentence (gold eb28007,
        /// eb12030 code the main act alone). An event whose trigger stands under a participle of "cite" is dropped.
        /// Invariant: only events whose trigger token has a "citing" verb among its ancestors in the parse are removed; the
        /// main act the participle hangs on, and events whose trigger is outside that subtree, are never touched.
        /// </summary>
        private void DropCitedReasons()
        {
            if (_out.Count == 0 || !_tree.Parsed) return;
            _out.RemoveAll(m => UnderCitingParticiple(m.Trigger.FirstToken));
        }

        /// <summary>True when a verb "citing" (lemma "cite", a participle) governs token <paramref name="t"/>.</summary>
        private bool UnderCitingParticiple(int t)
        {
            if (t < _f || t >= _e) return false;
            int h = doc.Token(t).Head;
            for (int guard = 0; h >= _f && h < _e && guard < 64; guard++)
            {
                if (doc.TokUpos(h) == Upos.VERB && doc.Token(h).Lemma == "cite" && W(h).Equals("citing", StringComparison.OrdinalIgnoreCase))
                    return true;
                h = doc.Token(h).Head;
            }
            return false;
        }
    }
}
