using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 70 (fam08): the actor an investigation is aimed at when the words name the investigated themselves rather
        /// than a doer of the act looked into: the direct object of a verb of investigating ("is investigating two army
        /// officers over the killing", "probed the former minister for graft"), or whoever is "under investigation": the
        /// subject of the copula ("the former prime minister is under investigation by prosecutors") or the object or
        /// subject of the verb the phrase hangs from ("placed three officials under investigation", "came under
        /// investigation"). -1 when none, or when it is the source or a reporter.
        /// </summary>
        private int InvestigatedPerson(int node, int src)
        {
            if (node < _f || node >= _e) return -1;
            int Usable(int t) =>
                t >= _f && t < _e && actorOf[t] is var a && a >= 0 && a != src && !_reporters.Contains(a) && !IsModifier(a) ? a : -1;
            if (doc.TokUpos(node) == Upos.VERB)
            {
                for (int t = _f; t < _e; t++)
                    if (doc.Token(t).Head == node && doc.Token(t).Relation == "obj" && Usable(t) is var o && o >= 0) return o;
                return -1;
            }
            bool under = false;
            for (int t = _f; t < _e && !under; t++)
                if (doc.Token(t).Head == node && doc.Token(t).Relation == "case" && IsWord(t, "under")) under = true;
            if (!under) return -1;
            for (int t = _f; t < _e; t++)
                if (doc.Token(t).Head == node && doc.Token(t).Relation is "nsubj" or "nsubj:pass" && Usable(t) is var s && s >= 0) return s;
            int verb = doc.Token(node).Head;
            if (verb < _f || verb >= _e || doc.TokUpos(verb) != Upos.VERB || !(doc.Token(node).Relation ?? "").StartsWith("obl", StringComparison.Ordinal)) return -1;
            for (int t = _f; t < _e; t++)
                if (doc.Token(t).Head == verb && doc.Token(t).Relation is "obj" or "nsubj:pass" or "nsubj" && Usable(t) is var v && v >= 0) return v;
            return -1;
        }
    }
}
