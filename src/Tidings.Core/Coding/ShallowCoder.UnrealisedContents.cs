using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// True when trigger <paramref name="tr"/> names no act done: it lies in what a noun of asking, proposing or hoping
        /// puts forward (<see cref="TreeRoles.InProposedContent"/>: "Iraq's demand that Turkey withdraw its troops"), in an
        /// option weighed or a hope about others (<see cref="TreeRoles.WeighedOrHopedFor"/>: "is considering closing its
        /// embassy", "was optimistic that the two sides would sign a deal"), or it is "call" naming a strike or protest
        /// rather than calling one (<see cref="NamesWithCall"/>). The asking, weighing or naming keeps its own code.
        /// Invariant: only for triggers no frame took (a framed inner trigger is consumed before it gets here).
        /// </summary>
        private bool UnrealisedContent(Trig tr)
        {
            if (!_tree.Parsed) return false;
            if (NamesWithCall(tr)) return true;
            int node = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            return _tree.InProposedContent(node) || _tree.WeighedOrHopedFor(node);
        }

        /// <summary>
        /// "Iran calls Israeli strike 'act of war'", "the minister called the strike \"political\"": "call" with an object
        /// and a second predicate after it names or judges the strike or protest (the judging is read by the @censure
        /// rows); only "called a general strike" with nothing after the noun calls one (14x). The predicate is read from the
        /// surface (a quotation mark right after the noun) or the tree (an apposition or a clausal predicate on the noun,
        /// an "xcomp" on the verb, or the noun hung as a compound on a following noun: "strike 'act of war'").
        /// </summary>
        private bool NamesWithCall(Trig tr)
        {
            if (tr.Entry.Kind != TriggerKind.Phrase || tr.Entry.Root != "14" || tr.End - tr.Start < 2 || doc.TokLemma(tr.Start) != "call") return false;
            int noun = tr.End - 1;
            if (doc.TokUpos(noun) is not Upos.NOUN) return false;
            if (tr.End < _e && W(tr.End) is "\"" or "“" or "'" or "‘") return true;
            if (DependentOf(noun, "appos") > noun || DependentOf(tr.Start, "xcomp") > noun) return true;
            return doc.Token(noun).Relation == "compound" && doc.Token(noun).Head is var named && named > noun && named < _e
                && doc.TokUpos(named) is Upos.NOUN;
        }
    }
}
