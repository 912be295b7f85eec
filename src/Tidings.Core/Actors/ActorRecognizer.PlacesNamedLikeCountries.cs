namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "the Niger Delta", "Niger State": a country's name followed by one capitalised word with which
        /// it forms a place the gazetteer puts in another country names that place, not the country it begins with. Returns
        /// that other country, or null when the two words are no known place or a place of the same country ("Mexico City",
        /// "Kuwait City", which the country's own rules read). The country name spans [<paramref name="first"/>,
        /// <paramref name="nameEnd"/>) and the word at <paramref name="nameEnd"/> must lie before <paramref name="limit"/>.
        /// Invariant: only a country's name (not an adjective: "Nigerian State" is no place), only a capitalised word that
        /// starts with a letter and is no possessive, and only the gazetteer's best reading of the whole two-part name decides,
        /// so a name the gazetteer does not know is left to the rules that read the country.
        /// Session 57 (realrecall57): "the Niger Delta Development Commission" was Niger's government and, counted, made Niger
        /// the main country of a Nigerian article, so that its unplaced roles ("the University") were Niger's too.
        /// </summary>
        private CountryEntry? OtherCountryOfPlaceNamedLikeCountry(int first, int nameEnd, int limit, CountryEntry named)
        {
            if (nameEnd >= limit || nameEnd >= _doc.TokenCount || Tok(nameEnd) is not { Length: > 1 } w
                || !char.IsUpper(w[0]) || !char.IsLetter(w[0]) || IsPossessive(nameEnd)) return null;
            return CountryOfPlaceName(first, nameEnd + 1) is { } placeCountry && placeCountry.Iso3 != named.Iso3 ? placeCountry : null;
        }
    }
}
