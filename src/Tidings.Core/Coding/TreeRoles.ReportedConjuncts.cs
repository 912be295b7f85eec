namespace Tidings.Coding;

/// <summary>
/// Tree query for a second reported clause the parser hung on the verb of saying itself: "said 3,000 officers had been
/// deployed, and that the army had put two units on standby".
/// </summary>
internal sealed partial class TreeRoles
{
    /// <summary>
    /// True when <paramref name="verb"/> is a conjunct with its own "that" that hangs on a verb of saying ("the chief said
    /// officers had been deployed, and that the army had put units on standby"): the parser coordinates the second "that"
    /// clause with "said" rather than with the first reported clause, but it is reported speech as the first is, so its
    /// "had" is subordinate and a backshifted simple past, not history.
    /// </summary>
    public bool ReportedConjunctOfSaying(int verb) =>
        Parsed && verb >= _f && verb < _e && RelIs(verb, "conj") && MarkOf(verb) == "that"
        && Head(verb) is var h && h >= 0 && _doc.Token(h).Lemma is { } l && SpeechVerbs.Contains(l);
}
