namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Pakistan vowed to retaliate after Indian missiles struck targets in Punjab", "Manila lodged a diplomatic protest
        /// after a Chinese ship rammed a Philippine vessel", "the teachers' union called off the strike after the government
        /// agreed to raise salaries": a reaction that names no one it is aimed at answers the doer its "after"/"following"
        /// clause tells (gold/README.md, blind39 and blind41: "a protest's target named only in its 'after' clause"; the
        /// tunable gold aims these at that doer). Gives that doer, or -1. Only roots that answer another's act: not appeals
        /// (02: "appealed for calm after gunmen attacked" asks no one of the gunmen), consultations (04), cooperation (06),
        /// aid (07), plain statements, comment declined, sympathy or accord (010, 011, 018, 019), which the cause only
        /// dates, nor force (18-20: "captured the city after government troops withdrew" strikes the city, not those who
        /// left); a show of force (15) only at a foreign doer, as the mobilisation rule before it. Invariant: the doer is the clause's own subject
        /// (<see cref="TreeRoles.CauseSubjectActor"/>, its modifier actor included), never the source's own side, a reporter
        /// of the sentence, or a passive's patient.
        /// </summary>
        private int ReactionCauseDoer(string code, int src, int innerNode, int headNode)
        {
            if (src < 0 || !_tree.Parsed || code.Length < 2) return -1;
            if (code[..2] is "02" or "04" or "06" or "07" or "18" or "19" or "20") return -1;
            // Of the statements (01), a plain statement, "declined to comment", sympathy or accord told after a cause is aimed
            // at no one in it; a denial, a warning or a judgement told after it answers its doer.
            if (code is "010" or "011" or "018" or "019") return -1;
            int causer = _tree.CauseSubjectActor(innerNode);
            if (causer < 0 && headNode != innerNode) causer = _tree.CauseSubjectActor(headNode);
            if (causer < 0 || causer == src || _reporters.Contains(causer) || A(causer).Code is null || SameSide(causer, src))
                return -1;
            // A show of force (15) answers a foreign side only, as the mobilisation rule above keeps it: troops deployed at
            // home after protesters marched are no posture against the protesters.
            if (code[..2] == "15" && (A(causer).Country is not { } cc || cc == A(src).Country)) return -1;
            return causer;
        }
    }
}
