namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "The Netherlands delivered the first of the 24 F-16 jets it has promised to Ukraine": aid given or promised (07x,
        /// 033x) that names no recipient of its own goes to whom the relative clause of giving on the thing given names
        /// (<see cref="TreeRoles.RecipientsInGivenThingClause"/>); coordinated recipients each get the event. Invariants:
        /// only events with no target, place or implied country; never the giver's own side nor a reporter.
        /// </summary>
        private void AimAidAtTheRelativeRecipient()
        {
            if (!_tree.Parsed) return;
            int n = _out.Count;
            for (int i = 0; i < n; i++)
            {
                var p = _out[i];
                if (p.Source < 0 || p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null || p.Negated
                    || !(p.Cameo.StartsWith("07", StringComparison.Ordinal) || p.Cameo.StartsWith("033", StringComparison.Ordinal))) continue;
                int head = Syntax.Attachment.SpanHead(doc, p.Trigger);
                var recipients = _tree.RecipientsInGivenThingClause(head, p.Trigger.FirstToken, p.Trigger.EndToken, p.Source)
                    .FindAll(a => !SameSide(a, p.Source) && !_reporters.Contains(a));
                AimAtEach(i, recipients, "relative-recipient");
            }
        }
    }
}
