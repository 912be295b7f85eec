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
        /// future modal, <see cref="ModalNegated"/>) or a present "do"/"does" right before the negation.
        /// </summary>
        private bool DeclinesComment(Trig tr)
        {
            if (tr.IsNoun || tr.Entry.Trigger != "comment" || tr.End - tr.Start != 1) return false;
            if (ModalNegated(tr)) return true;
            int k = tr.Start - 1;
            while (k >= _f && Is(k, Words.Negation)) k--;
            if (k == tr.Start - 1) return false;
            return IsWord(k, "do") || IsWord(k, "does");
        }
    }
}
