using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>
    /// Lower-case words that say where a place lies, or beside whom, before its name ("neighbouring Uganda", "northwest
    /// Nigeria", "nearby Mali"). Invariant: every word is a locative adjective or compass word, never a verb or a noun, so
    /// "to lend Zambia" or "of aid Kenya" are not read as places.
    /// </summary>
    private static readonly FrozenSet<string> LocativePlaceModifiers = Set("neighbouring", "neighboring", "nearby", "adjacent",
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "far-north", "far-western", "war-torn");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LocativePlaceModifiersBySpan =
        LocativePlaceModifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed partial class Run
    {
        /// <summary>True for a lower-case locative modifier of a place name at token <paramref name="k"/>
        /// (<see cref="LocativePlaceModifiers"/>).</summary>
        private bool IsLocativePlaceModifier(int k) =>
            k >= 0 && k < _doc.TokenCount && Tok(k) is { Length: > 0 } w && char.IsLower(w[0]) && LocativePlaceModifiersBySpan.Contains(w);

        /// <summary>
        /// "6,000 have fled to neighbouring Uganda", "gunmen abducted students in northwest Nigeria": a country after a place
        /// preposition and one locative modifier (<see cref="LocativePlaceModifiers"/>) is named as a place, as "to Uganda" is
        /// (<see cref="NamedAsPlace"/>), and says no more of whose the article's other actors are. Without this, in a story
        /// that names its own country only as a place ("violence in Kenya", "aid to Kenya"), the one neighbour told with a
        /// modifier became the article's main country and lent its code to every unplaced role (session 57, rn7kenun: "all
        /// the leaders concerned" UGAGOV). <see cref="ResolveBareRoles"/> already skips such a country when it weighs the
        /// sentence's candidates, and <see cref="CountryOfPlaceAt"/> reads the place behind the same modifier, so a story told
        /// only "in neighbouring Burkina Faso" still places its people there. Invariant: only one modifier word, from the
        /// closed list, between the preposition and the country.
        /// </summary>
        private bool AfterModifiedPlacePreposition(int first) =>
            first >= 2 && IsLocativePlaceModifier(first - 1) && PlacePrepositionsBySpan.Contains(Tok(first - 2));
    }
}
