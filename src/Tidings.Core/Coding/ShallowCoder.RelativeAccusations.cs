namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 61 (dis61), decision 080: "Japan froze the assets of four Russian banks and nine businessmen it accused of
        /// helping Moscow evade export controls", "the EU imposed sanctions on six Russian officials whom it holds responsible
        /// for the deportation of children": an accusation (112x) told in a relative clause on what a punitive act (roots 16
        /// and 17: sanctions, expulsions, bans, seizures) is done to is the punisher's accusation of the punished, so it is
        /// aimed where that act is aimed, not at an actor named inside the deed it is accused of. Invariants: the same source
        /// for both; the act asserted and aimed at someone; the relative clause's gap is its object
        /// (<see cref="TreeRoles.RelativeAccusationOnPunished"/>); an accusation already aimed there is left as it is.
        /// </summary>
        private void AimRelativeAccusationsAtThePunished()
        {
            if (!_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (!p.Cameo.StartsWith("112", StringComparison.Ordinal) || p.Source < 0 || p.Negated) continue;
                int accusation = Syntax.Attachment.SpanHead(doc, p.Trigger);
                foreach (var d in _out)
                {
                    if (ReferenceEquals(d, p) || d.Source != p.Source || d.Negated || d.Cameo[..2] is not ("16" or "17")) continue;
                    if (d.Target < 0 && d.TargetCountry is null) continue;
                    if (!_tree.RelativeAccusationOnPunished(accusation, Syntax.Attachment.SpanHead(doc, d.Trigger))) continue;
                    if (d.Target == p.Target && d.TargetCountry == p.TargetCountry && d.TargetRole == p.TargetRole) break;
                    _out[i] = p with { Target = d.Target, TargetPlace = d.TargetPlace, TargetCountry = d.TargetCountry, TargetRole = d.TargetRole,
                        TargetCountryOfRole = d.TargetCountryOfRole, Rule = p.Rule + ",tgt=punished(relative)" };
                    break;
                }
            }
        }
    }
}
