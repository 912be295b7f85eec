namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "The U.S. has expelled 60 diplomats", "Poland expelled two diplomats and closed a consulate": a cut in diplomatic
        /// relations (161: diplomats expelled, envoys recalled, missions closed) is always aimed at another state; a country
        /// does not cut relations with itself (no tunable gold line has a 161 inside one country). When the target is a role
        /// noun whose country the recognizer lent from the context ("diplomats" read as the expeller's own diplomats, the
        /// only country in the sentence) and that country is the source's, the lent country is a misreading and the
        /// sentence names no other side: the event keeps its source and code with no target rather than a wrong one.
        /// Invariant: only 161 events, only a target whose country was not written in its own words (a "U.S. consulate"
        /// closed by Washington keeps what the text says), and the event itself is never dropped.
        /// </summary>
        private void UntargetOwnCountryRelationCuts()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Cameo != "161" || m.Source < 0 || m.Target < 0) continue;
                var target = A(m.Target);
                if (!target.CountryFromContext || target.Country is null || target.Country != A(m.Source).Country) continue;
                _out[i] = m with { Target = -1, Rule = m.Rule + ",own-country-target-dropped" };
            }
        }
    }
}
