using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Roots of acts whose report charges their doer: accusations (11) and the harmful acts of 15-20. A report
        /// of talks, a summit or a warning (01-10, 12-14) charges no one.</summary>
        private static bool ChargingRoot(string root) => root is "11" or "15" or "16" or "17" or "18" or "19" or "20";

        /// <summary>
        /// Session 65 (deny65, decision 100): a denial must deny a charge. The rows "reject / dismiss claim, report, finding"
        /// code 016 because what is rejected is mostly the claim that the rejecter's side did something; two objects are no
        /// charge (<see cref="TreeRoles.RejectedNonCharge"/>):
        /// - a claim to a territory ("rejected Venezuela's claim to the Essequibo region") is a claim of right: its rejection
        ///   is a rejection (120) of the claimant, the target the row already found;
        /// - a report, claim or finding whose content names no actor and no accusation or harmful act ("rejected a World Bank
        ///   report that said poverty had risen", "dismissed a UN report warning of famine", "dismissing reports of a
        ///   summit") blames no one: rejecting it is a rejection (120) of its author when the row found one, unless the
        ///   rejecter also judges it ("as exaggerated", the judgement's own 111 stands alone); with no author, no event.
        /// Only "reject" and "dismiss": "denied reports of famine" says they are false, which the deny rows keep as a denial.
        /// </summary>
        private void ReadRejectedNonCharges()
        {
            if (!_tree.Parsed) return;
            var content = new List<int>();
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                var p = _out[i];
                if (p.Cameo != "016" || p.Sentence != _sentence || p.Negated
                    || !(p.Rule.StartsWith("phrase:reject ", StringComparison.Ordinal) || p.Rule.StartsWith("phrase:dismiss ", StringComparison.Ordinal))) continue;
                int noun = p.Trigger.EndToken - 1;
                if (!_tree.RejectedNonCharge(noun, out bool territorial, content)) continue;
                if (!territorial && ContentHoldsCharge(content)) continue;
                bool judged = _out.Exists(o => o.Sentence == _sentence && o.Source == p.Source && o.Target == p.Target && o.Cameo.StartsWith("11", StringComparison.Ordinal));
                _out.RemoveAt(i);
                _seen.Remove((p.Source, p.Target, p.Cameo));
                if (p.Target < 0 || (judged && !territorial) || !_seen.Add((p.Source, p.Target, "120"))) continue;
                _out.Insert(i, p with
                {
                    Cameo = "120", Modality = Modality.Asserted,
                    Rule = p.Rule + (territorial ? ",territorial-claim→120" : ",no-charge-content→120"),
                });
            }
        }

        /// <summary>
        /// Session 65 (deny65, decision 100): "A court denied bail to the opposition leader", "Israel denied visas to three UN
        /// officials", "the prison denied him medical care", "the opposition leader was denied bail": "deny" with a thing
        /// that is granted as its object (<see cref="TreeRoles.DeniedGrant"/>) is a refusal, not a denial of responsibility
        /// (016 denies a charge). The bare verb row's 016 is dropped; refusals the lexicon names keep their own rows ("deny
        /// access" 1245, "deny request" 120, "deny right" 1233), which never reach this check (their rule is a phrase's).
        /// </summary>
        private void DropRefusalsReadAsDenials()
        {
            if (!_tree.Parsed) return;
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                var p = _out[i];
                if (p.Cameo != "016" || p.Sentence != _sentence || !p.Rule.StartsWith("verb:deny→", StringComparison.Ordinal)) continue;
                if (!_tree.DeniedGrant(Syntax.Attachment.SpanHead(doc, p.Trigger))) continue;
                _out.RemoveAt(i);
                _seen.Remove((p.Source, p.Target, p.Cameo));
            }
        }

        /// <summary>True when a trigger of a charging root (<see cref="ChargingRoot"/>) lies in the content nodes (the first
        /// node may be the head noun the charge noun is a compound of, which counts by itself).</summary>
        private bool ContentHoldsCharge(List<int> content)
        {
            foreach (var tr in _trigs)
            {
                if (!ChargingRoot(tr.Entry.Root)) continue;
                int node = Syntax.Attachment.SpanHead(doc, new TokenRange(tr.Start, tr.End));
                foreach (var c in content)
                    if (node == c || _tree.InSubtreeOf(node, c)) return true;
            }
            return false;
        }
    }
}
