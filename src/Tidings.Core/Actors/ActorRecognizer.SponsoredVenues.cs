using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>
    /// Capitalised heads of the names of arenas, stadiums and halls that companies buy naming rights to ("Barclays Center",
    /// "Emirates Stadium", "Allianz Arena", "Citi Field"). Invariant: every word names a building or ground for crowds, none
    /// a body that acts ("Group", "Holdings", "Foundation" are not here).
    /// </summary>
    private static readonly FrozenSet<string> VenueHeads = new[] { "Center", "Centre", "Arena", "Stadium", "Field", "Dome", "Coliseum", "Colosseum" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VenueHeadsBySpan = VenueHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed partial class Run
    {
        /// <summary>
        /// "a rampage after a press conference at Barclays Center", "the final at the Emirates Stadium": a company's name right
        /// before a venue head (<see cref="VenueHeads"/>) is the sponsored name of a place, not the company acting or acted on.
        /// Session 57 (realrecall57): "Barclays Center" in a New York story was the British bank, and as the article's only
        /// coded foreign actor made its police sources and fighters British. Invariant: only an organisation coded as a
        /// business (…BUS) and only when the venue word follows it directly, so a non-profit or international body's own
        /// centre ("the Carter Center", "the UN Centre for Human Rights") keeps its code.
        /// </summary>
        private bool CompanyNamesVenue(NameEntry org, int nameEnd, int end) =>
            org.Kind == NameKind.Organization && nameEnd < end && VenueHeadsBySpan.Contains(Tok(nameEnd))
            && _lex.OrganizationCode(org, _date) is { } code && code.EndsWith("BUS", StringComparison.Ordinal);
    }
}
