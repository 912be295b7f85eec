using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "The foreign office would not comment on the reports", "'We do not comment on intelligence matters,' a spokesman
        /// said", "Moscow won't comment": a speaker who announces that it will not comment, or states as its practice that it
        /// does not, declines to comment (011, asserted), as "declined to comment" does (gold eg0025, eb21066, eb67104; the
        /// refusal convention of gold/README.md: "would not X" is a refusal, not a negation). A past "did not comment" or "has
        /// not commented" only reports that no comment came, and stays a negated comment (no event: eb34047, eb42039).
        /// Invariant: only the lexicon's verb "comment" (010) negated inside its own clause, with "will"/"would" (a negated
        /// future modal, <see cref="ModalNegated"/>) or a present "do"/"does" right before the negation; and the rows of
        /// <see cref="WithheldSpeech"/>, with the negated modal only.
        /// </summary>
        /// <summary>The 010 rows of withheld speech, telling "whether" or "how", which copy uses almost only to say that a
        /// speaker would not ("would not say whether", "would not say how many").</summary>
        private static readonly HashSet<string> WithheldSpeech = new(StringComparer.Ordinal)
        {
            "say whether", "say how",
            "confirm whether", "disclose whether", // session 72 (read72)
        };

        private bool DeclinesComment(Trig tr)
        {
            // Session 71 (famst): "would not say whether the activist was held", "would not say how many": the other 010 rows
            // of withheld speech (verbs.tsv) decline comment only in this modal-negated form.
            if (!tr.IsNoun && WithheldSpeech.Contains(tr.Entry.Trigger)) return ModalNegated(tr);
            if (tr.IsNoun || tr.Entry.Trigger != "comment" || tr.End - tr.Start != 1) return false;
            if (ModalNegated(tr)) return true;
            int k = tr.Start - 1;
            while (k >= _f && Is(k, Words.Negation)) k--;
            if (k == tr.Start - 1) return false;
            return IsWord(k, "do") || IsWord(k, "does");
        }

        /// <summary>
        /// Session 71 (famst): "would not say whether a missing opposition activist was being held": the actors of the
        /// withheld matter are what was not said, not whom the refusal to speak is aimed at, so a comment declined through a
        /// <see cref="WithheldSpeech"/> row has no target (as the gold's declined comments have none: eg0003, eb88001).
        /// Invariant: only such 011 mentions lose their target; their source and code stay.
        /// </summary>
        private void UntargetWithheldSpeech()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo != "011" || p.Sentence != _sentence || !WithheldSpeechRule(p.Rule)) continue;
                if (p.Target < 0 && p.TargetPlace < 0 && p.TargetCountry is null && p.TargetRole is null) continue;
                _out[i] = p with { Target = -1, TargetPlace = -1, TargetCountry = null, TargetRole = null, Rule = p.Rule + ",withheld-untargeted" };
            }
        }

        /// <summary>Whether an 011 mention's rule names a <see cref="WithheldSpeech"/> row ("would not say whether", session
        /// 72: "would not confirm whether", "would not disclose whether").</summary>
        private static bool WithheldSpeechRule(string rule)
        {
            foreach (var row in WithheldSpeech)
                if (rule.Contains("declined-comment:" + row, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}
