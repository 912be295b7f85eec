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
                // Session 56 (realrecall56): "The governments of two dozen countries announced the expulsion of Russian
                // diplomats. ... The U.S. has expelled 60 diplomats": the article has already said whose diplomats are being
                // expelled; the latest earlier cut in relations aimed at another country than the source's gives them.
                if (EarlierRelationCutTarget(A(m.Source).Country!) is { } earlier)
                {
                    _out[i] = m with { Target = earlier, Rule = m.Rule + ",own-country-target→earlier-161" };
                    continue;
                }
                _out[i] = m with { Target = -1, Rule = m.Rule + ",own-country-target-dropped" };
            }
        }

        /// <summary>
        /// The target actor of the latest asserted cut in diplomatic relations (161) told in an earlier sentence of the
        /// article whose target has a country other than <paramref name="sourceCountry"/>, or null. Invariant: only earlier
        /// sentences, only a target actor with a country (an untargeted cut gives nothing).
        /// </summary>
        private int? EarlierRelationCutTarget(string sourceCountry)
        {
            for (int k = doc.Events.Count - 1; k >= 0; k--)
            {
                var d = doc.Events[k];
                if (d.Sentence >= _sentence || d.Negated || d.Cameo != "161" || d.Target < 0) continue;
                if (A(d.Target).Country is { } c && c != sourceCountry) return d.Target;
            }
            return null;
        }
    }
}
