using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>What one owns up to when one admits a fault (CAMEO 015 is acknowledging responsibility).</summary>
        private static readonly WordSet OwnedFaults = new("responsibility", "blame", "mistake", "mistakes", "error", "errors",
            "failure", "failures", "failings", "wrongdoing", "guilt", "role", "involvement", "abuse", "abuses", "fault", "faults",
            "negligence", "lapse", "lapses", "shortcomings", "crime", "crimes", "violation", "violations", "liability", "part",
            "it", "this", "that", "them", "charge", "charges", "allegation", "allegations", "killing", "killings", "attack");

        /// <summary>Roles whose acts a government or armed body answers for: its own officers, troops and agencies.</summary>
        private static readonly HashSet<string> AnswerableRoles = new(StringComparer.Ordinal)
            { "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "PTY", "BUS" };

        /// <summary>
        /// True when "admit" or "acknowledge" (the lexicon's 015 rows) owns up to a fact that is no act of the speaker's:
        /// "the health ministry admitted that three more patients had contracted the virus", "officials acknowledged that
        /// the air was unsafe", "the strikes have cut the country's fuel output, the energy ministry admitted". CAMEO 015 is
        /// acknowledging responsibility; a fact conceded about the world, a disease or another side's act is no such claim.
        /// Kept (false): a fault named as the object ("admitted responsibility", "acknowledged its mistakes", "admitted
        /// it"), and an admitted clause whose subject is a pronoun, a noun owned by one ("its aircraft", "their officers")
        /// or an actor of a role that answers to a government or a body ("officers had used live rounds"), anywhere in the
        /// subject's words ("one of its aircraft").
        /// Invariant: false when the tree gives neither an object nor an admitted clause.
        /// </summary>
        private bool AdmitsAFactNotADeed(Trig inner, int innerNode)
        {
            if (inner.IsNoun || inner.Entry.Trigger is not ("admit" or "acknowledge") || !_tree.Parsed || innerNode < _f || innerNode >= _e)
                return false;
            int obj = DependentOf(innerNode, "obj");
            // "acknowledged tribal elders for their support": people acknowledged are praised, which the coder's
            // acknowledgement rules read (051); only a thing acknowledged is judged here.
            if (obj >= 0 && ActorAt(obj) >= 0) return false;
            if (obj >= 0) return !Is(obj, OwnedFaults) && doc.TokUpos(obj) != Upos.PRON;
            int clause = DependentOf(innerNode, "ccomp");
            // ", the energy ministry admitted": the admitted clause is the one the parser hung the verb from.
            if (clause < 0 && doc.Token(innerNode).Relation is "parataxis" && doc.Token(innerNode).Head is var h && h >= _f && h < _e
                && doc.TokUpos(h) is Upos.VERB or Upos.AUX)
                clause = h;
            if (clause < 0) return false;
            int subject = DependentOf(clause, "nsubj");
            if (subject < 0) subject = DependentOf(clause, "nsubj:pass");
            if (subject < 0) return false;
            if (doc.TokUpos(subject) == Upos.PRON) return false;
            // "one of its aircraft", "two of their officers": a possessive pronoun or an answerable actor anywhere in the
            // subject's words makes the admitted act the speaker's side's own.
            for (int k = _f; k < _e; k++)
            {
                if (k != subject && !_tree.InSubtreeOf(k, subject)) continue;
                if (doc.TokXpos(k) == "PRP$") return false;
                if (ActorAt(k) is var a && a >= 0 && RoleOf(a) is { } role && AnswerableRoles.Contains(role)) return false;
            }
            return true;
        }
    }
}
