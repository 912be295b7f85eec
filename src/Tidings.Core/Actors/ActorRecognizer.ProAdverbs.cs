using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>
    /// Pro-adverbs of place and time and the emphatic reflexives, a closed class of words that follow a noun phrase but
    /// never modify the noun after them: "urged the authorities there to allow aid", "the police there arrested two
    /// reporters", "the government now controls", "the army itself denied". A definite role noun followed by a lower-case
    /// word is otherwise read as a modifier of a longer compound ("the military cooperation deal") and dropped, so "the
    /// authorities there" lost its actor while "the authorities in Harare" kept it. Invariant: every word here is an
    /// adverb or a reflexive pronoun, none a noun or an adjective that can stand inside a compound noun phrase.
    /// </summary>
    private static readonly FrozenSet<string> PhraseFinalProAdverbs = Set(
        "there", "here", "now", "today", "yesterday", "tonight", "too", "again", "already", "still", "instead",
        "meanwhile", "reportedly", "allegedly", "alone",
        "itself", "themselves", "himself", "herself");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseFinalProAdverbsBySpan =
        PhraseFinalProAdverbs.GetAlternateLookup<ReadOnlySpan<char>>();
}
