using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// True when the bare "hand over" row (063, extradition: judicial cooperation) has for its object a thing that is
        /// handed over as a formality, not a person and not evidence: "the court handed over the verdict to the parties",
        /// "handed over the keys of the city to the mayor", "the commission handed over its final report to the president",
        /// "handed over a petition", "handed over control of the crossing". An extradition hands over someone ("handed over
        /// two suspected rebels", "handed him over", "handed over a wanted gang leader"), and legal assistance hands over
        /// evidence ("hand over documents on the operation"); things a state gives as aid, returns or cedes have rows of their
        /// own ("hand over @weapon", "hand over @relief", "hand over power", "hand over base"), and weapons, craft and relief
        /// read through a noun of quantity are recoded as aid in <c>CodePlain</c>.
        /// Invariant: true only when the object's head noun (parsed, or the oblique the parser makes of "over" + noun) is one of
        /// <see cref="HandedFormalities"/>: a closed list, so a person or an unknown noun keeps the 063.
        /// </summary>
        private bool HandsOverAThing(Trig inner, int innerNode)
        {
            if (inner.IsNoun || inner.Entry.Trigger != "hand over" || inner.Entry.Cameo != "063" || !_tree.Parsed
                || innerNode < _f || innerNode >= _e) return false;
            int obj = HandedObject(innerNode);
            return obj >= 0 && doc.TokUpos(obj) is Upos.NOUN && HandedFormalities.Contains(doc.TokLemma(obj) ?? W(obj).ToString());
        }

        /// <summary>Things handed over as a formality or a courtesy (lemmas): rulings and reports delivered, keys and control
        /// passed on, letters, petitions and awards presented. None of them is ever a person or a piece of evidence.</summary>
        private static readonly HashSet<string> HandedFormalities = new(StringComparer.OrdinalIgnoreCase)
        {
            "ruling", "verdict", "judgment", "judgement", "report", "findings", "recommendation", "letter", "petition",
            "memorandum", "proposal", "list", "key", "keys", "control", "command", "reins", "baton", "torch", "presidency",
            "chairmanship", "chair", "certificate", "award", "cheque", "check", "prize", "trophy", "medal", "flag", "mandate",
        };
    }
}
