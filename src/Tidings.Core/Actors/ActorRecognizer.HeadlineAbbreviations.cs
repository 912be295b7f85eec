namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "Malaysian PM to visit Tokyo", "Japan's PM", "Lithuanian FM raps Minsk", "Saudi, Iranian FMs hold talks": headlines
        /// and wire copy abbreviate the titles of heads of government and foreign ministers. Role keys are matched without
        /// case, and "pm" is a time ("3 pm") and "FM" a radio band ("Capital FM", "FM radio"), so these are read only as
        /// written, in capitals, and only after a country word or a possessive, which names whose office it is (a title before
        /// a name, "PM Narendra Modi", is read by the caller). Not after a number ("10 PM"), not before "radio", "station",
        /// "band" or "frequency". The role returned is the full title's row of roles.tsv, so memory and codes are the title's.
        /// </summary>
        private RoleEntry? HeadlineTitleAbbreviation(int i, int end)
        {
            if (i <= 0) return null;
            var t = Tok(i);
            string? title = t switch
            {
                "PM" => "prime minister",
                "PMs" => "prime ministers",
                "FM" => "foreign minister",
                "FMs" => "foreign ministers",
                _ => null,
            };
            if (title is null || char.IsDigit(Tok(i - 1)[^1])) return null;
            if (i + 1 < end && (Is(i + 1, "radio") || Is(i + 1, "station") || Is(i + 1, "band") || Is(i + 1, "frequency")
                || Is(i + 1, "stations"))) return null;
            if (!IsPossessive(i - 1) && !IsCountryWord(i - 1, end)) return null;
            return _lex.TryGetRoleFolded(title, out var role) ? role : null;
        }
    }
}
