using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "... until the group stopped attacking soldiers and civilians. ... Norway and Cuba called on both sides to keep
        /// the ceasefire": a role noun that is bare or counted ("soldiers", "three soldiers", "unarmed civilians") and the
        /// object of a verb, or coordinated with such an object, names the people an act was done to: victims or
        /// beneficiaries of a side, not a side of the conflict. A later "both sides" / "the two sides"
        /// (<see cref="ResolvePairs"/>) neither takes such objects as the pair the text made nor counts them among the sides
        /// the article names; the sides named as doers or as sides decide. Sides addressed or named definitely stay
        /// candidates: a determiner or possessive ("urged the government and the rebels", "attacked an army base"), a name
        /// ("urged Russia and Ukraine") or a subject ("Soldiers and rebels clashed") is not read here.
        /// Invariant: true only for a mention read from a role noun (rule "role:") whose last token is the <c>obj</c> of a
        /// verb or a <c>conj</c> of such an object.
        /// </summary>
        private bool BarePatient(ActorMention m)
        {
            if (!m.Rule.StartsWith("role:", StringComparison.Ordinal)) return false;
            var head = _doc.Token(m.Tokens.EndToken - 1);
            if (head.Relation == "conj" && head.Head >= 0) head = _doc.Token(head.Head);
            if (head.Relation != "obj" || head.Head < 0 || _doc.TokUpos(head.Head) != Upos.VERB) return false;
            return BareRolePhrase(m);
        }

        /// <summary>A role noun with no determiner or possessive before it: "soldiers", "three soldiers", "unarmed civilians".
        /// Its words are lower case or numbers, none a determiner or pronoun, and the word before it is no determiner,
        /// pronoun, "'s" or "both".</summary>
        private bool BareRolePhrase(ActorMention m)
        {
            for (int k = m.Tokens.FirstToken; k < m.Tokens.EndToken; k++)
            {
                var s = Tok(k);
                if (s.Length == 0 || !(char.IsLower(s[0]) || char.IsDigit(s[0]))) return false;
                if (_doc.TokUpos(k) is Upos.DET or Upos.PRON) return false;
            }
            int before = m.Tokens.FirstToken - 1;
            if (before < 0 || _doc.SentenceOf(before) != _doc.SentenceOf(m.Tokens.FirstToken)) return true;
            return !(_doc.TokUpos(before) is Upos.DET or Upos.PRON || Is(before, "'s") || Is(before, "’s") || Is(before, "both"));
        }
    }
}
