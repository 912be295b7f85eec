namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "opened an investigation into killings by police during the drug war", "formed a commission to investigate the
        /// killings of protesters during the uprising": a "during" phrase of a bygone period that the parse hangs on a noun
        /// (nmod) tells when that noun's thing happened, not when the clause's verb did; the investigation opened today is
        /// news. Returns the noun the phrase modifies, whose subtree alone the cue dates (an event noun there, "the killings
        /// during the war", stays background); -1 when the cue is not such a phrase (a "during" phrase on a verb, "fought
        /// during the war", still dates its clause) or the sentence has no parse.
        /// </summary>
        private int DuringPhraseOwner()
        {
            if (!_tree.Parsed || _backgroundCueClause >= 0 || !IsWord(_backgroundCue, "during")) return -1;
            int period = doc.Token(_backgroundCue).Head;
            if (period < _f || period >= _e) return -1;
            var rel = doc.Token(period).Relation ?? "";
            if (!rel.StartsWith("nmod", StringComparison.Ordinal) || rel.Contains("tmod", StringComparison.Ordinal) || rel == "nmod:poss") return -1;
            int owner = doc.Token(period).Head;
            if (owner < _f || owner >= _e) return -1;
            return doc.Token(owner).Upos is Tidings.Documents.Upos.NOUN or Tidings.Documents.Upos.PROPN ? owner : -1;
        }
    }
}
