namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Kosovo police arrested four Serbian nationals ..., and Serbia's government demanded their immediate release",
        /// "Iran seizes Panama-flagged tanker; Panama demands crew's release", "Venezuela's navy seized a fishing boat and
        /// detained its crew, the Trinidadian foreign ministry said, demanding their release": a demand or appeal for a
        /// release (1053, 0253) whose freed people are named back ("their", "his", "the crew") names no holder of its own;
        /// the holder is the captor of an arrest, seizure or abduction (173, 1711, 181) told earlier in the same sentence by
        /// another side, as the gold aims a release demand at whoever holds the people ("demanded that Israel release the
        /// prisoners" is aimed at Israel). Only a demand with no target, or with the demander's own bare country as its
        /// target (the country the captives come from, read off "from Trinidad and Tobago"), is re-aimed; the latest such
        /// act before the demand counts. Invariant: only the target changes, and the rule trail gains ",tgt=captor".
        /// </summary>
        private void AimReleaseDemandsAtTheCaptor()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo is not ("1053" or "0253") || p.Source < 0 || p.Negated || p.TargetPlace >= 0) continue;
                bool noTarget = p.Target < 0 && p.TargetCountry is null;
                bool ownCountry = p.Target >= 0 && A(p.Target).Code is { Length: 3 } bare && bare == A(p.Source).Country;
                if (!noTarget && !ownCountry) continue;
                int captor = -1; string? captorCountry = null;
                foreach (var d in _out)
                {
                    if (d.Sentence != p.Sentence || d.Negated || d.Source < 0 || d.Trigger.FirstToken >= p.Trigger.FirstToken) continue;
                    if (!(d.Cameo.StartsWith("173", StringComparison.Ordinal) || d.Cameo is "1711" or "181")) continue;
                    if (SameSide(d.Source, p.Source)) continue;
                    captor = d.Source; captorCountry = d.SourceCountry;
                }
                if (captor >= 0) _out[i] = p with { Target = captor, TargetCountry = null, TargetRole = null, TargetCountryOfRole = captorCountry, Rule = p.Rule + ",tgt=captor" };
            }
        }
    }
}
