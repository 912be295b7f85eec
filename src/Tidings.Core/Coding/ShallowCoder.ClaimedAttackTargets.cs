namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "A car bomb exploded outside a military base, killing nine soldiers, and al-Shabaab said its fighters had carried
        /// out the attack", "A suicide bomber struck a police checkpoint in Quetta. The Baloch Liberation Army said it carried
        /// out the attack.", "The army acknowledged that one of its aircraft bombed a village, killing 10 civilians": a claim
        /// or admission of responsibility (015) that names no target of its own is aimed at whom the claimed attack hit, as
        /// the gold codes claims with the claimed bombing (gold/README.md, social media register; eb37084, eb60103,
        /// eb62091, eb47004). The attack is an act of force (roots 18-20) of the same sentence, or else of the sentence right
        /// before, done by the claimant or by no named doer (a bomb, a "suicide bomber"), with a target other than the
        /// claimant; the earliest such act is taken (the first victims the text names).
        /// Invariants: only 015 events with no target, place or country of their own; a negated claim or attack lends nothing;
        /// an attack by another named actor ("the army shelled ..., and the rebels claimed ...") lends nothing.
        /// </summary>
        private void AimClaimsAtTheClaimedAttack()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo != "015" || p.Source < 0 || p.Negated || p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null) continue;
                var claimant = A(p.Source).Code;
                bool Lends(EventMention d) =>
                    !ReferenceEquals(d, p) && !d.Negated && d.Target >= 0 && d.Target != p.Source && d.Cameo.Length >= 2
                    && d.Cameo[..2] is "18" or "19" or "20" && A(d.Target).Code != claimant
                    && (d.Source < 0 || A(d.Source).Code == claimant);
                var attack = _out.Where(Lends).MinBy(d => d.Trigger.FirstToken);
                string how = "same-sentence";
                if (attack is null)
                {
                    how = "previous-sentence";
                    attack = doc.Events.Where(d => d.Sentence == _sentence - 1 && Lends(d)).MinBy(d => d.Trigger.FirstToken);
                }
                if (attack is null) continue;
                _out[i] = p with { Target = attack.Target, Rule = p.Rule + $",tgt=claimed-attack({how})" };
            }
        }

        /// <summary>
        /// Session 64 (statement64): "telephoned his Nepali counterpart to offer condolences", "called Erdogan and expressed
        /// sympathy": condolences (018) that name no recipient of their own, told beside a call or visit (04x) by the same
        /// actor, are offered to the one called or visited (the gold codes both at the same target: a call made to condole
        /// condoles with whom it reaches). Invariants: only 018 events with no target, place or country of their own; the
        /// contact must be by the same actor code, asserted, and aimed at an actor other than the condoler.
        /// </summary>
        private void AimCondolencesAtTheContacted()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo != "018" || p.Source < 0 || p.Negated || p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null) continue;
                var condoler = A(p.Source).Code;
                var contact = _out.Where(d => !ReferenceEquals(d, p) && !d.Negated && d.Source >= 0 && d.Target >= 0
                        && A(d.Source).Code == condoler && A(d.Target).Code != condoler && d.Cameo is "040" or "041" or "042" or "043")
                    .MinBy(d => d.Trigger.FirstToken);
                if (contact is null) continue;
                _out[i] = p with { Target = contact.Target, Rule = p.Rule + ",tgt=contacted" };
            }
        }
    }
}
