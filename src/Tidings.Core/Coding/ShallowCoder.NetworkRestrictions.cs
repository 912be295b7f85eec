namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>The object class that names a platform as what is blocked or restored, in the rule of the 1721
        /// and 0811 rows. Not the literal rows of the internet, social media, messaging apps and mobile networks: the
        /// blind36 convention of this README codes those with no target (eb20024, eb23116, eb36046, eb37082), and the gold
        /// is split on it (decision 057).</summary>
        private const string PlatformClass = "@platform";

        /// <summary>
        /// "Venezuela's government blocked TikTok", "Russia has throttled YouTube", "Gabon restored access to TikTok and
        /// WhatsApp": a state that blocks, throttles or restores a platform or the internet restricts or eases its own
        /// people's freedoms, so the event (1721, eased 0811) is aimed at the state's civilians (CVL of its country), as the
        /// gold codes it (eb61036, eb70014, eb70070) and blind70's convention writes ("a state blocking a platform or the
        /// internet for its people is 1721 on the country's civilians, lifting such a block 0811"); the platform's company
        /// (USABUS, CHNBUS) is no recipient: it is what the block acts through.
        /// Invariants: only 1721 and 0811 events whose lexicon row names a platform (<see cref="PlatformClass"/>);
        /// only a source that is a state (a bare country or a government, military, police, court, legislature or
        /// intelligence role) with a country; the target is replaced only when there is none (no actor, place or country),
        /// when it is the source's own country as a bare population (the fallback of measures on a population, which the
        /// convention codes CVL here), or when it is a company or media outlet (BUS, MED): a named people, province or group
        /// the text gives is kept.
        /// </summary>
        private void AimNetworkRestrictionsAtThePeople()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Cameo is not ("1721" or "0811") || m.Source < 0) continue;
                if (!m.Rule.Contains(PlatformClass, StringComparison.Ordinal)) continue;
                var src = A(m.Source);
                // The actor's country is ISO3 and its code CAMEO: they differ for a few states (Kosovo XKX/KSV,
                // Timor-Leste TLS/TMP), so the code is compared with the country's CAMEO code, not with its ISO3.
                if (src.Country is not { Length: 3 } country || src.Code is not { } code
                    || Actors.ActorLexicon.Default.CountryByIso3(country) is not { } state
                    || !code.StartsWith(state.Cameo, StringComparison.Ordinal)) continue;
                string sector = code[state.Cameo.Length..];
                if (sector.Length > 0 && !Actors.ActorLexicon.IsStateAgentSector(sector)) continue;
                bool none = m.Target < 0 && m.TargetPlace < 0 && (m.TargetCountry is null || m.TargetCountry == country && m.TargetRole is null);
                bool company = m.Target >= 0 && A(m.Target).Code is { Length: >= 6 } tc && tc[3..6] is "BUS" or "MED";
                if (!none && !company) continue;
                _out[i] = m with { Target = -1, TargetPlace = -1, TargetCountry = country, TargetRole = "CVL",
                                   Rule = m.Rule + ",network-restriction→" + country + "CVL" };
            }
        }
    }
}
