using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "North Korea had suspended the hotlines in 2023 and has rejected repeated offers of talks", "Iran expelled two
        /// diplomats last year and has summoned the ambassador": a verb in the present perfect or the present coordinated
        /// after a verb in the past (pluperfect or simple past) has a tense of its own, which tells its act as standing now.
        /// The first conjunct's history cues (its "had", a year or "last year" on it, the sentence's "in 2023") do not
        /// carry over to it, while the clause-level reading of the coder gave the whole coordination the background of
        /// its first verb. Invariants: needs the parse; true only when the trigger's first verb is a <c>conj</c> whose
        /// head is a verb with an auxiliary "had" or tagged VBD, that a coordinating "and"/"but"/"or" joins and that has no
        /// subject of its own, the head being the sentence's root or a reported clause (not a relative or adverbial clause),
        /// and the conjunct itself has an auxiliary "has"/"have" or is tagged VBZ/VBP. A time expression hanging on the conjunct itself still dates it (<see cref="Emit"/> reads
        /// an earlier year after this), and a conjunct that shares the first verb's "had" ("had fled and hidden") has no
        /// auxiliary of its own and stays history.
        /// </summary>
        private bool PresentConjunctOfPast(TokenRange range)
        {
            if (!_tree.Parsed) return false;
            int v = -1;
            for (int t = range.FirstToken; t < range.EndToken; t++)
                if (doc.TokUpos(t) == Upos.VERB) { v = t; break; }
            if (!Syntax.Attachment.PresentConjunctOfPast(doc, v)) return false;
            // The coordination must be the news clause or a reported one: a relative or adverbial clause (", who declared ...
            // and has since deployed ...,") describes its antecedent's history as a whole, and stays background.
            if (doc.TokDep(doc.Token(v).Head) is not ("root" or "ccomp" or "parataxis")) return false;
            // A conjunct with a subject of its own ("but it has met only once") tells another actor's act.
            return !_tree.HasChildRelation(v, "nsubj") && !_tree.HasChildRelation(v, "nsubj:pass");
        }
    }
}
