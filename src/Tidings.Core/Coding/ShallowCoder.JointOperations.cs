namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Kenyan and Somali troops launched a joint operation against al-Shabaab", "Rwandan and Mozambican troops carried out
        /// joint operations against insurgents": the noun "joint operation" codes the partners' military cooperation (062,
        /// both ways); the side the operation is aimed at is attacked by each partner (190), as the gold codes it (eb45018,
        /// eb47122, eb51106). The lexicon cannot give one trigger two codes, so the attack is added here from the 062 events
        /// the noun produced: one 190 per distinct partner, with that event's modality, negation and background.
        /// Invariants: only "joint operation(s)" followed at once by "against"; the attacked side is an actor starting within
        /// three tokens of "against", in the same clause, that names a country (an operation against unnamed "cattle rustlers"
        /// or "smuggling" attacks no coded side, as the gold leaves it: eb36077, eb38129, eb66088); never a partner itself;
        /// an event already coded with the same source, target and code is not repeated.
        /// </summary>
        private void AddJointOperationAttacks()
        {
            int count = _out.Count;
            for (int i = 0; i < count; i++)
            {
                var m = _out[i];
                if (m.Cameo != "062" || m.Source < 0) continue;
                int last = m.Trigger.EndToken - 1;
                if (last - 1 < _f || last + 1 >= _e) continue;
                if (!W(last).StartsWith("operation", StringComparison.OrdinalIgnoreCase)
                    || !W(last - 1).Equals("joint", StringComparison.OrdinalIgnoreCase)
                    || !W(last + 1).Equals("against", StringComparison.OrdinalIgnoreCase)) continue;
                int clause = _clauseOf[last - _f];
                int side = -1;
                for (int t = last + 2; t < _e && t <= last + 4 && _clauseOf[t - _f] == clause; t++)
                    if (ActorAt(t) is var x and >= 0) { side = x; break; }
                if (side < 0 || A(side).Country is null || side == m.Source || side == m.Target) continue;
                bool known = false;
                foreach (var o in _out)
                    if (o.Cameo == "190" && o.Source == m.Source && o.Target == side) { known = true; break; }
                if (known) continue;
                _out.Add(m with { Cameo = "190", Target = side, TargetPlace = -1, TargetCountry = null, TargetRole = null,
                                  Rule = m.Rule + ",joint-operation-against→190" });
            }
        }
    }
}
