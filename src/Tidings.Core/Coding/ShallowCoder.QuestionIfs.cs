namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 73 (clause73): "Asked if Oslo would send troops, the minister ...", "it is unclear if the drones struck the
        /// depot", "wondered if Ankara would join": an "if" right after a verb or adjective of asking or not knowing opens
        /// an embedded question, read as "whether" is (the act inside it is the open question, see
        /// <see cref="DropActsInWhetherClauses"/>), not a condition on the sentence's other acts. The same words
        /// <see cref="WarnedOnConditionInWords"/> excludes from a warning's condition, less "as if" and "even if".
        /// </summary>
        private bool IsQuestionIf(int k) =>
            IsWord(k, "if") && k - 1 >= _f && doc.TokLemma(k - 1)?.ToLowerInvariant() is "ask" or "unclear" or "clear" or "know"
                or "see" or "decide" or "wonder" or "doubt" or "sure" or "determine" or "question" or "check" or "inquire" or "enquire";
    }
}
