namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// True when the role word at <paramref name="i"/> is capitalised and continues a capitalised word before it, so that
        /// it may be a word inside a longer proper name ("Rapid Support Forces", "Popular Mobilization Forces") rather than a
        /// role of its own. An article ("The", "A", "An") before it is capitalised only because it opens the sentence, and
        /// opens no name: "The Ministry of Health said", "The Foreign Affairs Ministry said" name the body as "the Ministry
        /// of Health" does inside a sentence (the name, place and organisation readers already make the same exception).
        /// Invariant: false for a lower-case role word and for the sentence's first word.
        /// </summary>
        private bool ContinuesCapitalisedRun(int i, int sentFirst) =>
            i > sentFirst && IsCap(Tok(i)) && IsCap(Tok(i - 1)) && !(Is(i - 1, "The") || Is(i - 1, "A") || Is(i - 1, "An"));
    }
}
