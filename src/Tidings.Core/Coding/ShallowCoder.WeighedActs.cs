using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Japan is considering sending aid to Myanmar", "said it would consider suspending cooperation with the IAEA",
        /// "could consider lifting some sanctions on Belarus": an option weighed (014) whose verb has no target of its own is
        /// aimed at the target of the act weighed, as the gold codes it (eb58013, eb67030). The act is the lexicon trigger
        /// that heads the weighing verb's gerund or "to" clause; its own target rules (<see cref="TreeRoles.Targets"/>)
        /// find whom it concerns. Returns the rule string, or null with nothing added.
        /// Invariant: only a verb trigger of 014 ("consider", "weigh", "mull"), only the clause directly under it, never the
        /// weigher itself as the target.
        /// </summary>
        private string? WeighedActTarget(Trig weighing, int weighingNode, int src, List<int> targets)
        {
            if (weighing.IsNoun || weighing.Code != "014" || !_tree.Parsed || weighingNode < _f || weighingNode >= _e) return null;
            for (int c = weighingNode + 1; c < _e; c++)
            {
                if (doc.Token(c).Head != weighingNode || doc.Token(c).Relation is not ("xcomp" or "ccomp")) continue;
                int k = TrigAt(c);
                if (k < 0 || _trigs[k].IsNoun) continue;
                var act = _trigs[k];
                var found = new List<int>();
                if (_tree.Targets(c, false, act.Entry, found, src, new TokenRange(act.Start, act.End)) is null) continue;
                // An actor inside the act's own words is what is sent or used ("sending troops"), not whom it concerns.
                foreach (var t in found)
                    if (t >= 0 && t != src && A(t).Code != A(src).Code && !IsModifier(t) && !targets.Contains(t)
                        && !(A(t).Tokens.FirstToken >= act.Start && A(t).Tokens.FirstToken < act.End))
                        targets.Add(t);
                if (targets.Count > 0) return "tree:weighed-act-target";
            }
            return null;
        }
    }
}
