using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Per token of the sentence (index − _f): true where the token opens a condition, as "if" does.</summary>
        private bool[] _conditionMark = [];

        /// <summary>The inverted conditions of the sentence, from "Should"/"Were" to the comma that closes them.</summary>
        private readonly List<(int Start, int Comma)> _invertedConditions = [];

        /// <summary>True when <paramref name="t"/> lies inside an inverted condition ("Were Russia to attack, ...").</summary>
        private bool InInvertedCondition(int t)
        {
            foreach (var (start, comma) in _invertedConditions)
                if (t > start && t < comma) return true;
            return false;
        }

        /// <summary>
        /// True when token <paramref name="k"/> opens a condition: "if" and "unless", and the other ways news sets a
        /// condition on an act ("provided (that) Syria withdraws", "as long as the strikes continue", "on condition that",
        /// "in the event that", "in case the talks fail", the inverted "Should talks fail, ..." and "Were Russia to attack,
        /// ..."). Every scan that asks whether an act is only supposed asks this, so each way of saying it counts alike.
        /// </summary>
        private bool IsConditionMark(int k) => (Is(k, Words.Conditional) && !IsQuestionIf(k)) || (k >= _f && k < _e && _conditionMark[k - _f]);

        /// <summary>
        /// Marks the multi-word and inverted conditions of the sentence. Invariant: a multi-word condition is marked on its
        /// last word (the word right before the condition's subject), so a scan forward from the main act meets the mark
        /// before the condition's doer, as it meets a lone "if"; every word of it is marked, so a scan back from an act inside
        /// the condition meets one too. A verb that opens a condition ("provided", "providing") is never a trigger there.
        /// </summary>
        private void FindConditionMarks()
        {
            int n = _e - _f;
            if (_conditionMark.Length < n) _conditionMark = new bool[n * 2];
            Array.Clear(_conditionMark, 0, n);
            _invertedConditions.Clear();
            for (int k = _f; k < _e; k++)
            {
                int last = ConditionEndingAt(k);
                if (last < 0) continue;
                for (int m = k; m <= last; m++) _conditionMark[m - _f] = true;
                // "provided Syria withdraws": the conjunction is no act of providing.
                for (int i = 0; i < _trigs.Count; i++)
                    if (_trigs[i].Start >= k && _trigs[i].Start <= last && !_trigs[i].IsNoun)
                    { var x = _trigs[i]; x.Consumed = true; _trigs[i] = x; }
                k = last;
            }
        }

        /// <summary>The last word of a condition opened at <paramref name="k"/>, or -1 when none opens there.</summary>
        private int ConditionEndingAt(int k)
        {
            // "provided that", "providing that", "on condition that", "on the condition that", "in the event that".
            if ((IsWord(k, "provided") || IsWord(k, "providing")) && IsWord(k + 1, "that") && !BeforeIsVerbGroup(k)) return k + 1;
            if (IsWord(k, "on") && IsWord(k + 1, "condition") && IsWord(k + 2, "that")) return k + 2;
            if (IsWord(k, "on") && IsWord(k + 1, "the") && IsWord(k + 2, "condition") && IsWord(k + 3, "that")) return k + 3;
            if (IsWord(k, "in") && IsWord(k + 1, "the") && IsWord(k + 2, "event") && IsWord(k + 3, "that")) return k + 3;
            // "as long as", "so long as": not "for as long as it takes", a span of time, which is no condition but no
            // assertion of a past act either; it is marked too.
            if ((IsWord(k, "as") || IsWord(k, "so")) && IsWord(k + 1, "long") && IsWord(k + 2, "as") && ClauseFollows(k + 3)) return k + 2;
            // "in case the talks fail", not "in case of" (a noun phrase) nor "in the case of".
            if (IsWord(k, "in") && IsWord(k + 1, "case") && ClauseFollows(k + 2)) return k + 1;
            // A bare "provided"/"providing" is the conjunction only after a main clause that is not yet done (a modal before
            // it in the same stretch: "will reopen the border provided Syria withdraws") or after a comma, and before a
            // clause of its own (a noun phrase and a finite verb): "the United States provided weapons" stays a verb.
            if ((IsWord(k, "provided") || IsWord(k, "providing")) && !BeforeIsVerbGroup(k) && ClauseFollows(k + 1)
                && (IsWord(k - 1, ",") || ModalEarlierInStretch(k)))
                return k;
            // Inversion at the head of the sentence or after a comma: "Should the talks fail, ...", "Were Russia to attack,
            // ...". The condition is the short stretch up to the next comma, and a clause of its own follows that comma;
            // "were" needs its "to" in the stretch ("Were Russia to attack"). A question ("Should Britain rejoin the EU?")
            // has no closing comma and is no condition.
            if ((k == _f || IsWord(k - 1, ",") || IsWord(k - 1, ";")) && (IsWord(k, "should") || IsWord(k, "were")))
            {
                int comma = -1; bool to = false;
                for (int m = k + 1; m < _e && m <= k + 10; m++)
                {
                    if (IsWord(m, ",")) { comma = m; break; }
                    if (IsPunct(m)) break;
                    if (IsWord(m, "to")) to = true;
                }
                if (comma > k + 2 && ClauseFollows(comma + 1) && (IsWord(k, "should") || to))
                {
                    _invertedConditions.Add((k, comma));
                    return k;
                }
            }
            return -1;
        }

        /// <summary>A subject noun phrase and then a finite verb or modal start at <paramref name="k"/>.</summary>
        private bool ClauseFollows(int k)
        {
            int v = SkipNounPhrase(k);
            return v > k && v < _e && (IsFiniteVerb(v) || doc.TokXpos(v) is "MD");
        }

        /// <summary>The first token at or after <paramref name="k"/> that is not part of a short noun phrase (at most six
        /// words of determiners, pronouns, adjectives, numbers, nouns and possessive endings).</summary>
        private int SkipNounPhrase(int k)
        {
            int m = k;
            while (m < _e && m - k < 6 && doc.TokXpos(m) is "DT" or "PDT" or "PRP" or "PRP$" or "JJ" or "JJR" or "JJS" or "CD"
                       or "NN" or "NNS" or "NNP" or "NNPS" or "POS")
                m++;
            return m;
        }

        /// <summary>The word before <paramref name="k"/> makes it a verb: an auxiliary or "be" ("would have provided", "was
        /// provided").</summary>
        private bool BeforeIsVerbGroup(int k) => Is(k - 1, Words.Aux) || Is(k - 1, Words.Be);

        /// <summary>A modal ("will", "would", "could", "can", "may", "'ll", "'d") stands earlier in the stretch that ends at
        /// <paramref name="k"/>, back to the last punctuation mark.</summary>
        private bool ModalEarlierInStretch(int k)
        {
            for (int m = k - 1; m >= _f && !IsPunct(m); m--)
                if (doc.TokXpos(m) is "MD") return true;
            return false;
        }

        /// <summary>
        /// True when the trigger lies in a clause of time that waits on a main clause not yet done: "would not reopen the
        /// crossings until Cambodia removed its landmines", "will keep the ban until Japan allows inspectors in", "will
        /// resume talks once the rebels release the hostages". What the clause tells is awaited, not done (held as
        /// conditional, as an "if" clause is). "until"/"till" wait on any tense; "before", "after", "once", "when" and "as
        /// soon as" only on the present ("once the rebels release"), since a past verb there is often a real act told as
        /// the setting ("said it would send troops after the rebels attacked the capital").
        /// Invariant: the main clause's modal ("will", "would", "shall", "'ll", "must") stands before the subordinator in
        /// the same stretch, with no comma or other punctuation between; "fought on until the army withdrew" keeps both acts.
        /// </summary>
        private bool InAwaitedTimeClause(Trig tr)
        {
            for (int k = tr.Start - 1; k >= ClauseStart(tr.Clause); k--)
            {
                if (IsPunct(k)) return false;
                bool until = IsWord(k, "until") || IsWord(k, "till");
                bool presentOnly = IsWord(k, "before") || IsWord(k, "after") || IsWord(k, "once") || IsWord(k, "when")
                    || (IsWord(k, "as") && IsWord(k - 1, "soon") && IsWord(k - 2, "as"));
                if (!until && !presentOnly) continue;
                if (presentOnly && (tr.IsNoun || doc.TokXpos(tr.Start) is not ("VBZ" or "VBP"))) return false;
                for (int m = k - 1; m >= _f && !IsPunct(m); m--)
                    if (Is(m, Words.IntendModal) || IsWord(m, "must")) return true;
                // Session 61 (yield61): "until" also waits on a main act that is itself an infinitive ("vowed to lead
                // protests until the president stepped down", "refused to end their occupation until the minister
                // resigned") and is awaited whatever the main clause when its own verb is in the present or bare form
                // ("rebuffed the call for a ceasefire until they free all their hostages": a past story's "until" with a
                // present verb looks ahead). "fought on until the army withdrew" still keeps both acts.
                if (until)
                {
                    if (!tr.IsNoun && doc.TokXpos(tr.Start) is "VBZ" or "VBP" or "VB") return true;
                    for (int m = k - 1; m >= _f && !IsPunct(m); m--)
                        if (IsWord(m, "to") && m + 1 < k && doc.TokXpos(m + 1) is "VB") return true;
                }
                return false;
            }
            return false;
        }
    }
}
