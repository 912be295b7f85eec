namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "6,000 have fled to neighbouring Uganda", "fighting in northern Syria", "aid flights to war-torn Yemen": a country
        /// after a place preposition and one lower-case modifier of the place (a direction, "neighbouring", "war-torn") is
        /// named as a place, as "to Uganda" is (<see cref="NamedAsPlace"/>), and says no more of whose the article's other
        /// actors are. Without this, in a story that names its own country only as a place ("violence in Kenya", "aid to
        /// Kenya"), the one neighbour told with a modifier became the article's main country and lent its code to every
        /// unplaced role (session 57, rn7kenun: "all the leaders concerned" UGAGOV). <see cref="ResolveBareRoles"/> already
        /// skips such a country when it weighs the sentence's candidates; this is the same reading for the article's counts.
        /// Invariant: only a bare country mention (rule "country:") and only one word between, lower-case and starting with
        /// a letter, so "to the Kenyan government" or "in Kenya's capital" are not touched and a determiner is not a modifier
        /// ("to the Uganda side" is no country mention at all).
        /// </summary>
        private bool AfterModifiedPlacePreposition(int first) =>
            first >= 2 && Tok(first - 1) is { Length: > 0 } mod && char.IsLower(mod[0]) && char.IsLetter(mod[0])
            && !Is(first - 1, "the") && PlacePrepositionsBySpan.Contains(Tok(first - 2));
    }
}
