namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "accepted more American troops", "would not allow foreign troops on its soil": forces accepted or allowed are
        /// military cooperation (062) only when they are another country's. True when the trigger's words name the force
        /// with a country (an actor of some country inside the phrase) or as "foreign"; "the hospital accepted police officers
        /// as patients", "the rules allow police officers to carry guns" name no foreign force and are no event.
        /// </summary>
        private bool ForeignForceNamed(Trig inner)
        {
            for (int k = inner.Start; k < inner.End; k++)
            {
                if (IsWord(k, "foreign")) return true;
                if (ActorAt(k) is var a && a >= 0 && A(a).Country is not null) return true;
            }
            return false;
        }

        /// <summary>
        /// "Mexico will not accept US troops on its soil", "would not allow American troops to operate on Mexican soil": a
        /// refusal (12x) of another country's forces refuses that country's military cooperation, and the gold codes its
        /// target as the country as a whole (USA), not its forces (USAMIL). Invariant: only refusals coded from the rows of
        /// accepted or allowed forces and bases, and only a force target of a known country; the positive act (062) keeps its
        /// force target.
        /// </summary>
        private void AimRefusedForcesAtTheirCountry()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (!m.Cameo.StartsWith("12", StringComparison.Ordinal) || m.Target < 0) continue;
                if (!(m.Rule.Contains("accept @force", StringComparison.Ordinal) || m.Rule.Contains("allow @force", StringComparison.Ordinal)
                      || m.Rule.Contains("accept military base", StringComparison.Ordinal))) continue;
                var t = A(m.Target);
                if (t.Country is not { } country || t.Code is not { } code || !code.EndsWith("MIL", StringComparison.Ordinal)) continue;
                _out[i] = m with { Target = -1, TargetCountry = country, TargetRole = null, TargetCountryOfRole = null,
                    Rule = m.Rule + ",tgt=country-of-refused-force" };
            }
        }
    }
}
