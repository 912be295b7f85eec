using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 63 (fight63): "Firefighters battled through the night to keep wildfires away", "Lawmakers in Brazil battled over
    /// the budget", "Poland's government battled to contain floods", "the government fought off a no-confidence vote": "fight"
    /// and "battle" said of a side that carries no arms (a government office, a parliament, a party, a court, the media, an
    /// international body), against nothing or against another such side, are the words' figurative senses (a struggle with a
    /// fire, a flood, a vote or a rival's policy), not the use of force (19).
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Drops 19x events told by the verbs "fight" or "battle" whose source is unarmed and political
        /// (<see cref="IsUnarmedPolitical"/>) and whose target is none or unarmed too. Invariants: a government or a
        /// parliament fighting an armed side ("Sudan's government has fought the RSF since April": REB) keeps its 190, as does
        /// any fight of a force, an armed group, a bare state ("Ukraine fought ...") or its people; the nouns ("fighting
        /// between ...") and other verbs (clash, attack, whose unarmed readings are 111 elsewhere) are not read here.
        /// </summary>
        private void DropFightsOfUnarmedSides()
        {
            if (_out.Count == 0) return;
            _out.RemoveAll(m => m.Cameo.StartsWith("19", StringComparison.Ordinal) && m.Source >= 0
                && (m.Rule.StartsWith("verb:fight→", StringComparison.Ordinal) || m.Rule.StartsWith("verb:battle→", StringComparison.Ordinal))
                && ((IsUnarmedPolitical(m.Source) && (m.Target < 0 || IsUnarmedPolitical(m.Target) || IsOwnBareCountry(m.Source, m.Target)))
                    // the symmetric verb's mirror of such a fight ("ESP→ESPGOV" beside "ESPGOV→ESP")
                    || (m.Target >= 0 && IsUnarmedPolitical(m.Target) && IsOwnBareCountry(m.Target, m.Source))));
        }

        /// <summary>True when <paramref name="target"/> is the bare country of <paramref name="source"/>'s own state, as a place
        /// read as a target gives it ("battled wildfires in southern Spain": ESP for ESPGOV); no side fights its own country.</summary>
        private bool IsOwnBareCountry(int source, int target) =>
            target >= 0 && A(target).Code is { Length: 3 } bare && bare == A(target).Country && A(source).Country == bare;
    }
}
