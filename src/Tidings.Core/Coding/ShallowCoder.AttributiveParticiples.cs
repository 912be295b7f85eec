using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "protesting students", "striking teachers", "fleeing families": an -ing word the tagger reads as an adjective
        /// (ADJ) and the parser hangs on the next word, a noun, as its modifier (amod) describes the people it names, as "the
        /// detained journalists" does; it is no act of its own, and a verb entry of its stem codes nothing there.
        /// </summary>
        private bool AttributiveParticiple(int t, ReadOnlySpan<char> span) =>
            _tree.Parsed && span.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && doc.TokUpos(t) == Upos.ADJ
            && doc.Token(t).Relation == "amod" && doc.Token(t).Head == t + 1 && t + 1 < _e && doc.TokUpos(t + 1) is Upos.NOUN;
    }
}
