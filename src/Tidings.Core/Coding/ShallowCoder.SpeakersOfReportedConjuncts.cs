namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Verbs of saying whose complement clause reports what another side does.</summary>
        private static readonly HashSet<string> ReportingVerbsOfConjuncts = new(StringComparer.OrdinalIgnoreCase)
        { "say", "tell", "add", "state", "insist", "stress", "declare", "note", "charge", "claim", "argue", "complain" };

        /// <summary>
        /// "spokesperson Lin said Tokyo was hyping the China threat and urged Japan to reflect on its history": the parser
        /// often hangs the speaker's own second verb ("urged") on the reported clause's verb ("hyping"), so the verb inherits
        /// the reported clause's subject (Tokyo) and the act is aimed by a side at its own country. A side does not urge,
        /// warn or praise itself, so when the inherited subject is of the target's country and the reported clause is the
        /// complement of a verb of saying whose subject is an actor of another country, that speaker is the source.
        /// Invariant: only events whose source was inherited through a coordination ("src=tree:inherited-nsubj") and whose
        /// source and target share a country change, and only their source.
        /// </summary>
        private void GiveSelfAimedConjunctsToTheSpeaker()
        {
            if (_out.Count == 0 || !_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var m = _out[i];
                if (m.Source < 0 || !m.Rule.Contains("src=tree:inherited-nsubj", StringComparison.Ordinal)) continue;
                string? tc = m.Target >= 0 ? A(m.Target).Country : m.TargetCountry;
                if (tc is null || A(m.Source).Country != tc) continue;
                int v = Syntax.Attachment.SpanHead(doc, m.Trigger);
                if (v < 0 || doc.Token(v).Relation != "conj") continue;
                int first = doc.Token(v).Head;
                if (first < 0 || doc.Token(first).Relation != "ccomp") continue;
                int said = doc.Token(first).Head;
                if (said < 0 || !ReportingVerbsOfConjuncts.Contains(doc.Token(said).Lemma)) continue;
                int speaker = -1;
                for (int k = _f; k < _e && speaker < 0; k++)
                    if (doc.Token(k).Head == said && doc.Token(k).Relation == "nsubj" && actorOf[k] >= 0) speaker = actorOf[k];
                if (speaker < 0 || speaker == m.Source || A(speaker).Country is not { } sc || sc == tc) continue;
                _out[i] = m with { Source = speaker, Rule = m.Rule + ",speaker-of-reported-conjunct" };
            }
        }
    }
}
