using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Dutch police arrested three people on Friday on suspicion of spying for China", "soldiers shot dead 12 people on
        /// Sunday in an operation against Boko Haram": the "after" fallback passed over the verb's own object, counted people
        /// no actor stands for, and took an actor from a later phrase (whom the suspicion or the operation concerns). The
        /// counted object is whom the act is aimed at, as when the later actor sits inside the object's own phrase; the caller
        /// then codes them as civilians (counted-people). True only then.
        /// Invariant: one target found by the plain "after" fallback (not the object, not after one of the entry's
        /// prepositions), a tree, and counted people the verb is aimed at (<see cref="TreeRoles.CountedPeopleObjectNode"/>)
        /// that stand before that actor in the sentence.
        /// </summary>
        private bool FallbackBeyondCountedObject(List<int> targets, string tgtHow, int verb)
        {
            if (targets.Count != 1 || targets[0] < 0 || tgtHow != "after" || !_tree.Parsed || verb < 0) return false;
            int counted = _tree.CountedPeopleObjectNode(verb);
            return counted >= 0 && counted < A(targets[0]).Tokens.FirstToken;
        }
    }
}
