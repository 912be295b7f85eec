using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Iran-US talks", "the Israel-Hamas ceasefire", "US-China trade talks": the two sides a pair compound before an event
        /// noun names (the actor stage made them two modifier mentions on the compound's tokens, first side first), which the
        /// noun's sides are as those of "talks between Iran and the US" are. Up to two common nouns or adjectives may stand
        /// between the compound and the noun ("US-China trade talks", "India-Pakistan border clashes"). Invariant: only a
        /// compound that precedes the trigger within its clause, never one after it ("talks on the Iran-US dispute").
        /// </summary>
        private bool PairCompoundSides(Trig tr, out int a, out int b)
        {
            a = b = -1;
            int k = tr.Start - 1;
            for (int n = 0; n < 2 && k >= _f && ActorAt(k) < 0 && doc.TokUpos(k) is Upos.NOUN or Upos.ADJ; n++) k--;
            int first = ActorAt(k);
            if (first < 0 || first + 1 >= doc.Actors.Count || A(first).Tokens.EndToken != k + 1) return false;
            if (!A(first).Rule.StartsWith("pair-compound", StringComparison.Ordinal) || A(first + 1).Tokens != A(first).Tokens) return false;
            a = first; b = first + 1;
            return true;
        }

        /// <summary>"Qatar to host a new round of Congo-M23 talks": the two sides of the first pair compound within
        /// <paramref name="maxGap"/> tokens after the trigger, in its clause, as <see cref="PairAfter"/> finds those of
        /// "between A and B".</summary>
        private bool PairCompoundAfter(Trig tr, int maxGap, out int a, out int b)
        {
            a = b = -1;
            int end = ClauseEnd(tr.Clause);
            for (int t = tr.End; t < end && t - tr.End <= maxGap; t++)
                if (ActorAt(t) is var x && IsPairCompoundFirst(x)) { a = x; b = x + 1; return true; }
            return false;
        }

        /// <summary>True when actor <paramref name="a"/> is the first of the two sides of a pair compound ("Iran-US"): the
        /// mention after it is the second side, on the same tokens.</summary>
        private bool IsPairCompoundFirst(int a) =>
            a >= 0 && a + 1 < doc.Actors.Count && A(a).Rule.StartsWith("pair-compound", StringComparison.Ordinal)
            && A(a + 1).Tokens == A(a).Tokens;

        /// <summary>True when actor <paramref name="a"/> is a side of a pair compound that qualifies a contest noun ("India-
        /// Pakistan border clashes", "the Russia-Ukraine war"), up to two nouns or adjectives after it.</summary>
        private bool PairCompoundOfContest(int a)
        {
            if (!A(a).Rule.StartsWith("pair-compound", StringComparison.Ordinal)) return false;
            int k = A(a).Tokens.EndToken;
            for (int n = 0; n < 3 && k < _e; n++, k++)
            {
                if (ContestNoun.Contains(W(k))) return true;
                if (ActorAt(k) >= 0 || doc.TokUpos(k) is not (Upos.NOUN or Upos.ADJ)) return false;
            }
            return false;
        }
    }
}
