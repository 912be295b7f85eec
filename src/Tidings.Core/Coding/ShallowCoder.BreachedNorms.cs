using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 60 (judge60): "said the companies had helped China's military obtain advanced chips in breach of export
        /// controls", "firms it said had helped Iran sell oil to China in breach of U.S. restrictions", "shipped the parts in
        /// violation of the embargo": an act of cooperation or aid (roots 03 to 08) told as done "in breach of", "in
        /// violation of" or "in contravention of" a rule is a wrong, not cooperation between the parties; the gold codes no
        /// cooperation on such lines (eb38089, eb46013, eb74002). When a named speaker other than the doer's side reports it,
        /// the speaker charges the doer (112, aimed at the event's source, the trigger verb's subject), as an accusation is
        /// coded with the alleged act left out (gold/README.md; eb46013). Invariants: only asserted, unnegated events; the
        /// breach phrase hangs on the trigger's verb or on a verb joined to it by xcomp (either way: "helped them obtain
        /// chips in breach of"); a source read through object control ("helped Iran sell oil": Iran) is not the charged
        /// subject, so no charge is added for it; no charge by a reporter of the doer's own side.
        /// </summary>
        private void ReadActsInBreachAsWrongs()
        {
            if (!_tree.Parsed || _out.Count == 0) return;
            var breaches = new List<int>();
            for (int k = _f + 2; k < _e; k++)
                if (W(k).ToString().ToLowerInvariant() is "breach" or "violation" or "contravention" && IsWord(k - 1, "in")
                    && IsWord(k + 1, "of") && doc.Token(k).Head is var h && h >= _f && h < _e && doc.TokUpos(h) == Upos.VERB)
                    breaches.Add(doc.Token(k).Head);
            if (breaches.Count == 0) return;
            var charges = new List<EventMention>();
            _out.RemoveAll(p =>
            {
                if (p.Sentence != _sentence || p.Negated || p.Modality != Modality.Asserted || p.Cameo.Length < 2 || p.Cameo[0] != '0'
                    || p.Cameo[1] is < '3' or > '8') return false;
                int verb = Syntax.Attachment.SpanHead(doc, p.Trigger);
                if (!breaches.Exists(b => XcompLinked(verb, b))) return false;
                int speaker = AttributionOf(p.Trigger);
                if (speaker >= 0 && p.Source >= 0 && !SameSide(speaker, p.Source) && p.Rule.Contains("src=tree:nsubj", StringComparison.Ordinal)
                    && !charges.Exists(c => c.Source == speaker && c.Target == p.Source))
                    charges.Add(new EventMention
                    {
                        Sentence = _sentence, Trigger = p.Trigger, Cameo = "112", Source = speaker, Target = p.Source,
                        Rule = "act-in-breach:" + p.Cameo + "→112 src=speaker,tgt=doer",
                        Attribution = -1, Time = p.Time, Place = p.Place,
                    });
                return true;
            });
            _out.AddRange(charges);
        }

        /// <summary>Whether verbs <paramref name="a"/> and <paramref name="b"/> are the same or one is reached from the other by
        /// a chain of xcomp links ("helped them obtain": the help and the obtaining are one act told with its purpose).</summary>
        private bool XcompLinked(int a, int b)
        {
            if (a == b) return true;
            for (int v = b, step = 0; v >= _f && v < _e && step < 6 && doc.Token(v).Relation == "xcomp"; step++)
                if ((v = doc.Token(v).Head) == a) return true;
            for (int v = a, step = 0; v >= _f && v < _e && step < 6 && doc.Token(v).Relation == "xcomp"; step++)
                if ((v = doc.Token(v).Head) == b) return true;
            return false;
        }
    }
}
