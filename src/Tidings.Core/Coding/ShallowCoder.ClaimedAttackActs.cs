using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Al-Shabaab claimed a suicide bombing at a training camp", "the Pakistani Taliban claimed responsibility for a bomb
        /// attack on a police convoy": an armed group that claims an attack owns it, so besides the claim (015) the attack
        /// itself is recorded with the claimant as its doer and the claim's target. The claim presupposes the attack, so it is
        /// recorded as background (gold/README.md, presupposed event nouns: the gold's claimed attacks carry the background
        /// flag), out of default counts but there for a user who asks who carried out which attack. Only a claimant that can carry out attacks (an armed group, a militia, a
        /// criminal gang, an intelligence service or a military) and only an attack noun of roots 18-20 inside the claim's
        /// own words or in its "for" phrase; an attack the sentence already codes is left as it is. The passive form
        /// ("claimed by") keeps <see cref="CodeClaimedAttacks"/>'s reading.
        /// </summary>
        private void CodeClaimedAttackActs()
        {
            foreach (var m in _out.ToArray())
            {
                if (m.Cameo != "015" || m.Negated || m.Source < 0 || !m.Rule.StartsWith("phrase:claim ", StringComparison.Ordinal)) continue;
                if (A(m.Source).Code is not { Length: >= 6 } claimant || claimant.AsSpan(3, 3) is not ("REB" or "INS" or "CRM" or "SPY" or "MIL" or "UAF"))
                    continue;
                var act = AttackClaimed(m.Trigger, out TokenRange actWords);
                if (act is null) continue;
                // "claimed responsibility for the attack on 2 July": a definite attack that names no one it struck is an attack
                // told before (the article's earlier sentence codes it), not a new one.
                if (m.Target < 0 && m.TargetCountry is null && _tree.HasDefiniteDeterminer(Syntax.Attachment.SpanHead(doc, actWords))) continue;
                if (_out.Exists(o => o.Cameo.Length >= 2 && o.Cameo[..2] is "18" or "19" or "20" && o.Trigger.FirstToken < actWords.EndToken && actWords.FirstToken < o.Trigger.EndToken))
                    continue;
                Emit(actWords, act.Cameo, m.Source, m.Target, $"claimed-attack-act:{act.Trigger}→{act.Cameo} src=claimant,tgt=claim-target",
                    false, true, Modality.Asserted, m.TargetPlace, m.TargetCountry, m.TargetRole);
            }
        }

        /// <summary>
        /// The attack entry a claim names: an attack noun inside the claim phrase's words ("claimed a suicide bombing"), else
        /// the attack trigger heading the "for" phrase of "claimed responsibility/credit for" (found on the tree). Null when
        /// the claim names no attack of roots 18-20.
        /// </summary>
        private TriggerEntry? AttackClaimed(TokenRange claim, out TokenRange words)
        {
            words = claim;
            static bool Violent(TriggerEntry e) => e.Kind == TriggerKind.Noun && e.Root is "18" or "19" or "20" && e.Frame == FrameKind.None;
            if (NounInside(claim.FirstToken, claim.EndToken, nv => Violent(nv.Entry)) is { } inside)
            {
                for (int k = claim.EndToken - 1; k > claim.FirstToken; k--)
                    if (CodingLexicon.MatchAt(doc, k, claim.EndToken, inside, lex) is var ne && ne > k) { words = new TokenRange(k, ne); break; }
                return inside.Entry;
            }
            if (!_tree.Parsed) return null;
            int verb = Syntax.Attachment.SpanHead(doc, claim);
            for (int n = claim.EndToken; n < _e; n++)
            {
                // the "for" phrase of the claimed responsibility: a noun whose head is the verb or the claim's own noun
                if (doc.Token(n).Head is var h && (h == verb || (h >= claim.FirstToken && h < claim.EndToken))
                    && doc.Token(n).Relation is { } rel && (rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal))
                    && _tree.CaseOf(n) == "for")
                {
                    int k = TriggerCovering(n, -1);
                    if (k >= 0 && Violent(_trigs[k].Entry)) { words = new TokenRange(_trigs[k].Start, _trigs[k].End); return _trigs[k].Entry; }
                    return null;
                }
            }
            return null;
        }
    }
}
