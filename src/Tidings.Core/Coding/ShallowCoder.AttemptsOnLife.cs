using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 71 (famvio): "Rebels ambushed the governor's motorcade in an attempt on his life", "gunmen fired on the
    /// minister's car in an apparent assassination attempt", "a bomb planted under his car in a bid to kill him": an attack
    /// told with the purpose of killing one person is an attempt to assassinate (185), which the "in" phrase names; the verb
    /// alone (ambush 190, fire on 180, bomb 195) names only the means. CAMEO 185 is the attempt whatever weapon it used.
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Nouns of an attempt: "attempt", "bid".</summary>
        private static readonly WordSet AttemptNouns = new("attempt", "attempts", "bid", "bids");

        /// <summary>Verbs of killing after "attempt to" / "bid to".</summary>
        private static readonly WordSet KillingInfinitives = new("kill", "assassinate", "murder", "eliminate");

        /// <summary>Words that may stand between "in" and the attempt noun: determiners, "what officials called", adjectives
        /// ("apparent", "failed", "suspected", "botched").</summary>
        private static readonly WordSet AttemptLeadWords = new("a", "an", "the", "what", "apparent", "failed", "suspected",
            "botched", "foiled", "unsuccessful", "alleged", "possible", "attempted", "deliberate", "brazen", "daring", "second",
            "new", "latest", "another", "third", "clear", "assassination");

        /// <summary>Adjectives before "assassination" that make it an attempt ("a failed assassination", "an attempted
        /// assassination").</summary>
        private static readonly WordSet FailedWords = new("attempted", "failed", "botched", "foiled", "unsuccessful", "thwarted");

        /// <summary>
        /// Recodes an attack (roots 18 and 19, not yet a killing, abduction, rape or torture) to 185 when the clause after its
        /// trigger says it was made "in an attempt on X's life", "in an (apparent) assassination attempt/bid", "in a failed
        /// assassination", "in a bid to kill X" (or "in what police called an assassination attempt"). The attack keeps its source
        /// and target; a 185 the attempt noun gave on its own inside that phrase is the same act told twice and goes.
        /// Invariants: the phrase follows the trigger in the same sentence with no finite verb between them except a verb of
        /// calling after "what"; a killing done (1823, 186), a kidnapping (181) or an assault named otherwise (1821, 1822, 184)
        /// keeps its code; "in the assassination of" (a killing done) is not an attempt.
        /// </summary>
        private void ReadAttacksInAttemptsOnLife()
        {
            if (_out.Count == 0) return;
            List<(EventMention Attack, int Start, int End)>? found = null;
            foreach (var m in _out)
            {
                if (m.Sentence != _sentence || m.Negated || m.Cameo.Length < 3 || m.Source < 0) continue;
                if (m.Cameo[..2] is not ("18" or "19") || m.Cameo is "181" or "1821" or "1822" or "1823" or "184" or "185" or "186"
                    or "191" or "192" or "196") continue;
                int end = AttemptOnLifeAfter(m.Trigger.EndToken, out int start);
                if (end >= 0) (found ??= []).Add((m, start, end));
            }
            if (found is null) return;
            foreach (var (attack, start, end) in found)
            {
                int idx = _out.IndexOf(attack);
                if (idx < 0) continue;
                var attempt = attack with { Cameo = "185", Rule = attack.Rule + ",attempt-on-life" };
                _out[idx] = attempt;
                _out.RemoveAll(o => !ReferenceEquals(o, attempt) && o.Sentence == _sentence && o.Cameo == "185"
                    && o.Trigger.FirstToken >= start && o.Trigger.FirstToken < end);
            }
        }

        /// <summary>The end (exclusive) of an "in an attempt on ... life" phrase that follows <paramref name="from"/> in its
        /// clause, with its first token in <paramref name="start"/>; -1 when none does.</summary>
        private int AttemptOnLifeAfter(int from, out int start)
        {
            start = -1;
            for (int k = from; k < _e; k++)
            {
                if (IsWord(k, ";") || (doc.TokXpos(k) is "VBD" or "VBZ" or "VBP" or "MD" && !CallingAfterWhat(k))) return -1;
                if (!IsWord(k, "in")) continue;
                int t = k + 1;
                int lead = 0;
                bool failed = false;
                while (t < _e && lead < 6 && !Is(t, AttemptNouns) && (Is(t, AttemptLeadWords) || CallingAfterWhat(t)
                       || (doc.TokXpos(t) is "NNS" or "NNP" or "NN" && t + 1 < _e && CallingAfterWhat(t + 1))))
                {
                    if (Is(t, FailedWords)) failed = true;
                    if (IsWord(t, "assassination") && (failed || (t + 1 < _e && Is(t + 1, AttemptNouns)))) break;
                    t++; lead++;
                }
                if (t >= _e) return -1;
                // "in a failed assassination", "in an attempted assassination on Sunday"
                if (IsWord(t, "assassination") && failed && !IsWord(t + 1, "of")) { start = k; return t + 1; }
                if (IsWord(t, "assassination") && t + 1 < _e && Is(t + 1, AttemptNouns)) { start = k; return t + 2; }
                if (!Is(t, AttemptNouns)) continue;
                // "an attempt on his life", "an attempt on the life of the governor"
                if (IsWord(t + 1, "on"))
                    for (int j = t + 2; j < _e && j <= t + 6; j++)
                        if (IsWord(j, "life") || IsWord(j, "lives")) { start = k; return j + 1; }
                // "a bid to kill him", "an attempt to assassinate the mayor"
                if (IsWord(t + 1, "to") && t + 2 < _e && Is(t + 2, KillingInfinitives)) { start = k; return t + 3; }
            }
            return -1;
        }

        /// <summary>True for a verb of calling right after "what" and its subject ("in what police called an assassination
        /// attempt"): it names the act, it does not end the clause.</summary>
        private bool CallingAfterWhat(int t)
        {
            if (t < _f || t >= _e || doc.TokLemma(t) is not ("call" or "describe" or "term" or "label")) return false;
            for (int j = t - 1; j >= _f && j >= t - 4; j--)
                if (IsWord(j, "what")) return true;
            return false;
        }
    }
}
