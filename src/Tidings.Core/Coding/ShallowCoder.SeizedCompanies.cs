using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 63 (fight63): "Russia's government seized control of the local assets of Danish brewer Carlsberg", "the Dutch
    /// government took control of the chipmaker Nexperia", "nationalised a gold mine run by a Canadian company, taking control
    /// of it": a state taking control of a company or its assets confiscates property (1711), as the gold codes every such
    /// line; it occupies no territory (192), which is ground taken by force from another side.
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>
        /// A 192 (occupy territory) whose target is a business (BUS) and whose source is a state or one of its organs (not an
        /// armed group, REB or CRM, whose seizure of a mine or a field in a war is ground taken) becomes 1711; where the same
        /// seizure is already coded 1711 ("nationalised ..., taking control of it"), the 192 is that act told twice and is
        /// dropped. Invariant: ground taken from a state or an armed side (targets other than BUS) keeps 192.
        /// </summary>
        private void ReadCompaniesTakenAsConfiscations()
        {
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                var m = _out[i];
                if (m.Cameo != "192" || m.Source < 0 || m.Target < 0 || A(m.Target).Code is not { } taken
                    || !taken.EndsWith("BUS", StringComparison.Ordinal)) continue;
                if (A(m.Source).Code is not { } taker || taker.EndsWith("REB", StringComparison.Ordinal) || taker.EndsWith("CRM", StringComparison.Ordinal)
                    || taker.StartsWith("IMG", StringComparison.Ordinal)) continue;
                if (_out.Exists(o => o.Cameo == "1711" && o.Source == m.Source && o.Target == m.Target && o.Negated == m.Negated))
                    _out.RemoveAt(i);
                else
                    _out[i] = m with { Cameo = "1711", Rule = m.Rule + ",company-taken" };
            }
        }
    }
}
