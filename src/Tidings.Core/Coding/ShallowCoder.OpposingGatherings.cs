namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 71 (famcoe): verbs of a purpose clause that say a gathering is held against something: "gathered outside the
        /// ministry to oppose the pension cuts", "assembled in the square to denounce the decree", "converged on parliament to
        /// reject the bill". Verbs of demanding are read by <see cref="GatheredForDemand"/>, which aims the demonstration where
        /// the demand is; these leave the target to the protest's own reading (the reason's owner, else the own government).
        /// </summary>
        private static readonly HashSet<string> OpposingPurposeVerbs = new(StringComparer.OrdinalIgnoreCase)
        { "oppose", "denounce", "condemn", "decry", "reject", "protest", "resist" };

        /// <summary>
        /// Session 71 (famcoe): a gathering of the people ("Thousands of Kenyans gathered in Nairobi to denounce the finance
        /// bill", "nurses assembled outside the ministry to oppose the cuts") is a demonstration (141, its reason numbering
        /// the sub-code) when its "to" clause of purpose says it opposes something, as "took to the streets to oppose" already
        /// is; the purpose verb is then the protest's content, folded into it, not a statement of its own (111).
        /// Invariants: the gatherers are a popular group or a nation's people (as for <see cref="GatheredForDemand"/>), never
        /// officials ("ministers gathered in Brussels to condemn the attack" is a meeting's statement); the purpose clause is a
        /// "to"-infinitive right on the gathering verb; no other protest word of the sentence already carries the
        /// demonstration.
        /// </summary>
        private bool GatheredToOppose(int verb, int src)
        {
            bool people = src >= 0 && (IsPopular(src) || (A(src).Code is { Length: 3 } && A(src).Rule.StartsWith("demonym:", StringComparison.Ordinal)));
            if (!_tree.Parsed || !people || verb < _f || verb >= _e) return false;
            foreach (var other in _trigs)
                if (other.Start != verb && other.Start >= _f && other.Start < _e && other.Code.StartsWith("14", StringComparison.Ordinal)) return false;
            foreach (var rel in PurposeRelations)
                if (DependentOf(verb, rel) is var p && p > verb && IsWord(p - 1, "to") && doc.TokLemma(p) is { } lemma && OpposingPurposeVerbs.Contains(lemma))
                    return true;
            return false;
        }
    }
}
