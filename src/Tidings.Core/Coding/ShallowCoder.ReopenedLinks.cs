namespace Tidings.Coding;

/// <summary>
/// Session 69 (coop69): an agreed or promised reopening of a border, a border crossing or of flights is the intent to cooperate
/// economically (0311), as gold/README.md's "Conventions settled in session 22 (exact22)" writes it (0351 is easing censorship,
/// curfews and states of emergency; done, the reopening stays 081). The frame path ("agreed to reopen their border") had the
/// rule for "reopen border", "reopen border crossing" and "resume flight" only, so "agreed to reopen two crossings" and the
/// modal path ("would reopen its road crossings") still gave 0351.
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>True for the lexicon's rows of reopening a border or a crossing, or of resuming flights.</summary>
        private static bool IsReopenedLink(TriggerEntry entry) =>
            entry.Trigger is "reopen border" or "reopen border crossing" or "reopen crossing" or "resume flight";
    }
}
