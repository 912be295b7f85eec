using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 71 (target71, decision 142): a reaction that names no one it is aimed at, and whose cause is told not by
        /// an "after" clause with a subject (<see cref="ReactionCauseDoer"/>) but by a noun phrase ("filed a diplomatic
        /// protest following Beijing's deployment of militia boats", "resigned amid pressure from lawmakers", "withdrew the
        /// bill after five weeks of strikes by teachers", "raised the readiness of its forces in response to increased
        /// Russian submarine activity") or by an "as"/"when" clause of the same moment ("lodged a protest as Chinese coast
        /// guard ships entered its waters"), answers the doers that phrase or clause names
        /// (<see cref="TreeRoles.CauseNounDoers"/>, <see cref="TreeRoles.MomentClauseSubjectActor"/>). Only the roots
        /// <see cref="ReactionCauseDoer"/> aims at a cause, less cooperation told after an occasion (03, 05) and
        /// investigations (09: aimed at what is investigated, not at who alleged it); a show of force (15) or coercion (17)
        /// only at a foreign doer ("imposed a curfew amid protests by students" is aimed at the country, not the students).
        /// Invariants: never the source's own side, a reporter, nor the source itself; empty when the reaction has no
        /// source.
        /// </summary>
        private List<int> ReactionCauseNounDoers(string code, int src, int innerNode, int headNode)
        {
            var found = new List<int>();
            if (src < 0 || !_tree.Parsed || code.Length < 2) return found;
            if (code[..2] is "02" or "03" or "04" or "05" or "06" or "07" or "09" or "18" or "19" or "20") return found;
            if (code is "010" or "011" or "018" or "019") return found;
            var doers = _tree.CauseNounDoers(innerNode);
            if (doers.Count == 0 && headNode != innerNode) doers = _tree.CauseNounDoers(headNode);
            if (doers.Count == 0) doers = CausePhraseDoersByWords(innerNode, headNode);
            if (doers.Count == 0)
            {
                int moment = _tree.MomentClauseSubjectActor(innerNode);
                if (moment < 0 && headNode != innerNode) moment = _tree.MomentClauseSubjectActor(headNode);
                if (moment >= 0) doers.Add(moment);
            }
            bool foreignOnly = code[..2] is "15" or "17";
            foreach (int d in doers)
            {
                if (d == src || _reporters.Contains(d) || A(d).Code is null || SameSide(d, src)) continue;
                if (foreignOnly && (A(d).Country is not { } dc || dc == A(src).Country)) continue;
                if (!found.Contains(d)) found.Add(d);
            }
            return found;
        }

        /// <summary>
        /// The doers of a cause phrase found from the words when the parser hangs it on a noun of the clause ("resigned amid
        /// pressure from lawmakers" with "amid" read as a modifier of "pressure"; "withdrew a bill ... on Monday after five
        /// weeks of strikes by teachers" hung on "Monday"): an "after"/"following"/"amid" token after the trigger whose first
        /// verb above it is the trigger's own, then determiners, numbers, modifiers (participles too: "repeated", "growing") and
        /// span nouns ("weeks of") up to the
        /// act noun; its doer is an actor before it ("Ukrainian counter-attacks", "Beijing's deployment") or its "by"/"from"
        /// agent right after it, with a coordinated one ("by teachers and construction workers"). A noun of a state or
        /// occasion (<see cref="TreeRoles.IsCauseStateNoun"/>), an actor that is itself the noun, and a clause with a verb
        /// of its own name no doer here (the clause rules read those).
        /// </summary>
        private List<int> CausePhraseDoersByWords(int innerNode, int headNode)
        {
            var doers = new List<int>();
            for (int k = Math.Max(innerNode, headNode) + 1; k < _e; k++)
            {
                if (!(IsWord(k, "after") || IsWord(k, "following") || IsWord(k, "amid") || IsWord(k, "amidst"))) continue;
                if (FirstVerbAbove(k) is var v && v != innerNode && v != headNode) continue;
                int j = k + 1, noun = -1, before = -1;
                for (; j < _e && j < k + 9; j++)
                {
                    var tok = doc.Token(j);
                    if (actorOf[j] >= 0 && (tok.Upos is Upos.PROPN or Upos.ADJ || IsWord(j + 1, "'s") || IsWord(j + 1, "’s")))
                    {
                        if (before < 0) before = actorOf[j];
                        continue;
                    }
                    if (tok.Upos is Upos.DET or Upos.NUM or Upos.ADJ or Upos.ADV || IsWord(j, "'s") || IsWord(j, "’s")) continue;
                    // a participle that modifies the act noun ("repeated incursions", "growing pressure", "increased activity")
                    if (tok.Xpos is "VBN" or "VBG" && j + 1 < _e && doc.TokUpos(j + 1) is Upos.NOUN or Upos.ADJ && actorOf[j] < 0) continue;
                    if (tok.Upos == Upos.NOUN && actorOf[j] < 0)
                    {
                        // a span noun and its "of" ("five weeks of", "a wave of"): the act comes after it
                        if (TreeRoles.IsCauseSpanNoun(doc.TokLemma(j) ?? "") && IsWord(j + 1, "of")) { j++; continue; }
                        // a compound noun before the head ("border clashes"): the head is the last noun of the run
                        if (j + 1 < _e && doc.TokUpos(j + 1) == Upos.NOUN && actorOf[j + 1] < 0) continue;
                        noun = j;
                    }
                    break;
                }
                if (noun < 0 || TreeRoles.IsCauseStateNoun(doc.TokLemma(noun) ?? "")) return doers;
                if (noun + 1 < _e && doc.TokUpos(noun + 1) is Upos.VERB or Upos.AUX) return doers; // a clause: its subject rules read it
                if (before >= 0) { doers.Add(before); return doers; }
                if ((IsWord(noun + 1, "by") || IsWord(noun + 1, "from")) && noun + 2 < _e && ActorStartingNear(noun + 2) is var agent && agent >= 0)
                {
                    doers.Add(agent);
                    // "by teachers and construction workers"
                    int end = A(agent).Tokens.EndToken;
                    if (IsWord(end, "and") && ActorStartingNear(end + 1) is var second && second >= 0 && second != agent) doers.Add(second);
                }
                return doers;
            }
            return doers;
        }

        /// <summary>The actor whose span starts at <paramref name="t"/>, or after one determiner or modifier there.</summary>
        private int ActorStartingNear(int t)
        {
            for (int j = t; j < _e && j < t + 3; j++)
            {
                if (actorOf[j] >= 0) return actorOf[j];
                if (doc.TokUpos(j) is not (Upos.DET or Upos.ADJ or Upos.NUM or Upos.NOUN)) return -1;
            }
            return -1;
        }

        /// <summary>The first verb above <paramref name="t"/> in the tree (climbing heads), or -1.</summary>
        private int FirstVerbAbove(int t)
        {
            for (int h = doc.Token(t).Head, steps = 0; h >= _f && h < _e && steps < 8; h = doc.Token(h).Head, steps++)
                if (doc.TokUpos(h) is Upos.VERB or Upos.AUX) return h;
            return -1;
        }
    }
}
