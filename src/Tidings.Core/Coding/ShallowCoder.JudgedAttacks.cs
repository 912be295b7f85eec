using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Decision 132: an attack, killing or other act of force that is the direct object of a coded criticism or blame (root 11:
    /// "condemned the strike on Doha", "condemned Israel's strike on Hamas officials", "condemned an Israeli drone strike that
    /// killed ...", "blamed the attacks on dissidents") is a known event the judgement presupposes (gold/README.md, event nouns:
    /// "nouns only presupposed inside another event ('condemned the strike on Doha') are background or not coded"). A bare plural
    /// with no determiner and no possessor ("condemning repeated air strikes on its territory", as decision 008 codes such
    /// campaigns) tells the strikes themselves as going on, and stays coded as decision 005 keeps direct objects.
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>
        /// True when the violence noun at <paramref name="node"/> (trigger <paramref name="i"/>, roots 18-20) is the direct
        /// object of a coded verb of criticism or blame (a root-11 verb, not a noun) and is singled out by a determiner or a
        /// possessor ("the", "an", "this", "Israel's", "its"). Invariants: only the object itself (or the head of the
        /// compound it sits in) counts, never an event in a clause under the verb ("condemned Russia for shelling ...", read
        /// by the judged-for rule); a bare plural is kept; an uncoded judgement (no actor) presupposes nothing.
        /// </summary>
        private bool SpecificObjectOfCodedCriticism(int node, int i)
        {
            if (!_tree.Parsed || _trigs[i].Entry.Root is not ("18" or "19" or "20")) return false;
            int n = ObjectOfCodedVerb(node, i, "11");
            if (n < 0) return false;
            for (int c = Math.Max(_f, n - 8); c < n; c++)
                if (doc.Token(c).Head == n && doc.Token(c).Relation is "det" or "nmod:poss") return true;
            return false;
        }
    }
}
