using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Claims of responsibility told as a doer's own report of an attack the text has already told: "a suicide bomber
    /// struck a checkpoint ... and the group said it had carried out the attack", "the militants said they staged the
    /// bombing". Saying one did "the attack" names no new act; it owns one already told, which the gold codes as the
    /// claim (015, acknowledge responsibility), as it codes "claimed the attack" (gold/README.md: "saying they carried it
    /// out is a claim of responsibility").
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Event nouns of violence that an attacker may claim as its own.</summary>
        private static readonly WordSet ClaimableAttacks = new("attack", "attacks", "bombing", "bombings", "strike", "strikes",
            "assault", "ambush", "killing", "killings", "raid", "shooting", "blast", "assassination", "kidnapping", "abduction");

        /// <summary>Verbs of carrying out an attack ("carried out", "launched", "staged", "mounted", "conducted").</summary>
        private static readonly WordSet DoingVerbs = new("carry", "launch", "stage", "mount", "conduct", "perpetrate", "execute", "commit");

        /// <summary>Verbs that report one's own deed.</summary>
        private static readonly WordSet ClaimingReports = new("say", "claim", "announce", "confirm", "admit", "state", "acknowledge");

        /// <summary>
        /// True when the verb at <paramref name="verb"/> ("carried out", "staged", "launched") is the reported clause of a
        /// saying (ccomp of "said", "claimed", ...), its subject is a pronoun or a noun owned by one ("it", "they", "its
        /// fighters": the speaker itself), and its object is a definite noun of violence ("the attack", "this bombing",
        /// "Monday's ambush") with no "on"/"against" phrase naming what was hit: an attack already told, now owned.
        /// Invariant: an attack told for the first time in the clause ("said it carried out an attack on an AU base", an
        /// indefinite noun or an "on" phrase naming what was hit) keeps its own code.
        /// </summary>
        private bool ClaimsToldAttack(int verb)
        {
            if (!_tree.Parsed || verb < _f || verb >= _e || doc.Token(verb).Relation != "ccomp") return false;
            // Only verbs of doing the attack: "repelled the assault", "foiled the attack" tell another side's act.
            if (!DoingVerbs.Contains(doc.TokLemma(verb)?.ToLowerInvariant() ?? "")) return false;
            int saying = doc.Token(verb).Head;
            if (saying < _f || saying >= _e || !ClaimingReports.Contains(doc.TokLemma(saying)?.ToLowerInvariant() ?? "")) return false;
            int subject = -1, attack = -1;
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb) continue;
                var rel = doc.Token(k).Relation ?? "";
                if (rel == "nsubj") subject = k;
                else if (rel == "obj") attack = k;
                else if (rel.StartsWith("obl", StringComparison.Ordinal) && _tree.CaseOf(k) is "on" or "against") return false;
            }
            if (subject < 0 || attack < 0 || !Is(attack, ClaimableAttacks)) return false;
            if (!SpeakerOwnSubject(subject)) return false;
            for (int k = _f; k < _e; k++)
                if (doc.Token(k).Head == attack && (doc.Token(k).Relation ?? "").StartsWith("nmod", StringComparison.Ordinal)
                    && _tree.CaseOf(k) is "on" or "against") return false;
            return _tree.HasDefiniteDeterminer(attack);
        }

        /// <summary>True when the subject at <paramref name="subject"/> is a third- or first-person pronoun ("it", "they",
        /// "we") or a noun owned by one ("its fighters", "our men"): the speaker speaking of itself.</summary>
        private bool SpeakerOwnSubject(int subject)
        {
            if (IsWord(subject, "it") || IsWord(subject, "they") || IsWord(subject, "we")) return true;
            if (doc.Token(subject).Upos is not (Upos.NOUN or Upos.PROPN)) return false;
            for (int k = _f; k < subject; k++)
                if (doc.Token(k).Head == subject && doc.Token(k).Relation == "nmod:poss"
                    && (IsWord(k, "its") || IsWord(k, "their") || IsWord(k, "our")))
                    return true;
            return false;
        }
    }
}
