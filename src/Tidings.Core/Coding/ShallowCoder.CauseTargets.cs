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
        /// (02: "appealed for calm after gunmen attacked" asks no one of the gunmen), consultations (04), cooperation (06) or
        /// aid (07), which the cause only dates; 15 keeps its own rule above (a foreign poser only). Invariant: the doer is
        /// the clause's own subject (<see cref="TreeRoles.CauseSubjectActor"/>, its modifier actor included), never the source's own side, a reporter of
        /// the sentence, or a passive's patient.
        /// </summary>
        private int ReactionCauseDoer(string code, int src, int innerNode, int headNode)
        {
            if (src < 0 || !_tree.Parsed || code.Length < 2) return -1;
            if (code[..2] is "02" or "04" or "06" or "07" or "15") return -1;
            int causer = _tree.CauseSubjectActor(innerNode);
            if (causer < 0 && headNode != innerNode) causer = _tree.CauseSubjectActor(headNode);
            if (causer < 0 || causer == src || _reporters.Contains(causer) || A(causer).Code is null || SameSide(causer, src)) return -1;
            return causer;
        }
    }
}
