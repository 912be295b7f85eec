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
            if (NamesWithCall(tr) || ConsiderJudges(tr)) return true;
            int node = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
            return _tree.InProposedContent(node) || _tree.WeighedOrHopedFor(node);
        }

        /// <summary>
        /// "Brasilia considered the comments offensive", "said it considered the raid a provocation", "a man it considered a
        /// threat to national security": "consider" with a predicate about its object judges that object (what the judgement
        /// says, when it is a reproach, is read by the judgement rules); only an option weighed ("is considering sending
        /// troops", "considering a ban on imports") is CAMEO 014. The predicate is an adjective or noun "xcomp", a second
        /// object (the parser's "iobj" + "obj"), or, in a relative clause on a noun, an "a"/"an" noun object.
        /// </summary>
        private bool ConsiderJudges(Trig tr)
        {
            if (tr.IsNoun || tr.Entry.Kind != TriggerKind.Verb || tr.Entry.Cameo != "014" || doc.TokLemma(tr.Start) != "consider") return false;
            int verb = tr.Start;
            int xcomp = DependentOf(verb, "xcomp");
            int obj = DependentOf(verb, "obj");
            // The predicate follows the object ("the remarks offensive", tagged as any part of speech); an option is a
            // gerund or a "to" clause with no object before it ("considering sending troops").
            if (xcomp >= 0 && (doc.TokUpos(xcomp) is Upos.ADJ or Upos.NOUN || (obj >= 0 && obj < xcomp && doc.TokXpos(xcomp) != "VBG"
                && !IsWord(xcomp - 1, "to")))) return true;
            if (obj >= 0 && DependentOf(verb, "iobj") >= 0) return true;
            // "considered the naval exercise a provocation", read with the predicate as a bare oblique after the object.
            if (obj >= 0 && DependentOf(verb, "obl:unmarked") is var bare && bare > obj && doc.TokUpos(bare) is Upos.NOUN or Upos.ADJ) return true;
            return obj > verb && doc.Token(verb).Relation == "acl:relcl" && DependentOf(obj, "det") is var det && det >= 0
                && (IsWord(det, "a") || IsWord(det, "an"));
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
