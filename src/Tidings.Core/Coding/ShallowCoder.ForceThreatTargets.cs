namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 69 (threat69): "Serbia's defence minister warned that the army would respond with force to any incursion":
        /// a threat of military force (138x) is carried out by the threatener's own army or police, never aimed at them; when
        /// a reading gives such a threat its own country's forces as target (the subject of the warned clause, read as the
        /// addressee), the threat keeps no target (eb48080 names the foe elsewhere: "from Guyana", read by AnsweredBy).
        /// Invariant: only 138x by a state (a bare country, GOV, MIL or COP: rebels threaten their country's army), only a
        /// target that is <see cref="OwnForce"/> of the source; the event is never dropped, and
        /// non-force threats to one's own forces ("threatened to dismiss striking police officers", 132) keep theirs.
        /// </summary>
        private void UntargetOwnForcesOfForceThreats()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (!m.Cameo.StartsWith("138", StringComparison.Ordinal) || m.Source < 0 || m.Target < 0) continue;
                // Only a state's threat: rebels of a country threaten its army ("the RSF vowed to attack army positions").
                if (A(m.Source).Code is not { } sc || !(sc.Length == 3 || sc.EndsWith("GOV", StringComparison.Ordinal)
                    || sc.EndsWith("MIL", StringComparison.Ordinal) || sc.EndsWith("COP", StringComparison.Ordinal))) continue;
                if (OwnForce(m.Source, m.Target)) _out[i] = m with { Target = -1, Rule = m.Rule + ",own-force-target-dropped" };
            }
        }
    }
}
