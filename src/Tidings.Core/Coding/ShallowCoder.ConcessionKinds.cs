using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 70 (fam08): a bare yielding (080: "bowed to", "yielding to", "gave in to", "backed down") is coded with the
        /// kind of concession the sentence tells, as the gold codes every concession whose act it names (0831-0834, 081-087;
        /// of the tunable lines only three keep a bare 080):
        /// <list type="bullet">
        /// <item>a concession of a named kind by the same source in the sentence ("bowed to public pressure and withdrew a
        /// bill", 0832) is the same yielding told twice: the bare 080 is dropped and lends its target (the pressure yielded to)
        /// to the named one when that has none;</item>
        /// <item>otherwise the act the yielding phrase is attached to, read as a demand's content would be
        /// (<see cref="DemandedContent"/>), names the kind: "Yielding to protests, parliament scrapped a constitutional
        /// amendment" (1044 asked, 0834 conceded), "Bowing to union demands, the government gave workers the right to
        /// unionise" (0833), "replaced five ministers, bowing to the protesters' central demand" (0831).</item>
        /// </list>
        /// Invariants: only asserted, non-negated 080 events of this sentence; the source and target are not changed except that
        /// a named concession with no target takes the yielding's; a yielding whose act names no kind stays 080.
        /// </summary>
        private void NameTheKindOfConcessions()
        {
            if (!_tree.Parsed) return;
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                var p = _out[i];
                if (p.Cameo != "080" || p.Sentence != _sentence || p.Negated || p.Source < 0) continue;
                int named = -1;
                for (int j = 0; j < _out.Count && named < 0; j++)
                    if (j != i && _out[j] is var q && q.Sentence == _sentence && q.Source == p.Source && !q.Negated
                        && q.Cameo.StartsWith("08", StringComparison.Ordinal) && q.Cameo != "080" && SameCounterpart(p, q))
                        named = j;
                if (named >= 0)
                {
                    var q = _out[named];
                    if (q.Target < 0 && q.TargetCountry is null && q.TargetPlace < 0 && (p.Target >= 0 || p.TargetCountry is not null))
                        _out[named] = q with
                        {
                            Target = p.Target, TargetCountry = p.TargetCountry, TargetRole = p.TargetRole,
                            Rule = q.Rule + ",tgt=yielded-to(" + p.Rule + ")",
                        };
                    _out.RemoveAt(i);
                    continue;
                }
                int anchor = Syntax.Attachment.SpanHead(doc, p.Trigger);
                if (ConcededKind(anchor) is { } kind)
                    _out[i] = p with { Cameo = kind, Rule = p.Rule + ",concession-kind" };
            }
        }

        /// <summary>The same yielding told twice has one counterpart: the named concession has no target of its own, or the
        /// yielding's. A concession to someone else is another act ("made concessions to Botswana in its attempts to get
        /// visa free travel to the EU": the 0841 that "free" gives, aimed at the EU, is not the yielding to Botswana).</summary>
        private bool SameCounterpart(EventMention yielding, EventMention named)
        {
            if (named.Target < 0) return named.TargetCountry is null || named.TargetCountry == yielding.TargetCountry;
            if (named.Target == yielding.Target) return true;
            return yielding.Target >= 0 && A(named.Target).Code is { } nc && nc == A(yielding.Target).Code;
        }

        /// <summary>The concession code (08x) of the act a yielding phrase at <paramref name="anchor"/> is told with: the verb
        /// it modifies ("Yielding to ..., parliament scrapped"), or a verb coordinated with it or a participle under it ("bowed
        /// to the unions and raised wages", "gave in, adopting a new constitution"). Null when no such act names a kind.</summary>
        private string? ConcededKind(int anchor)
        {
            if (anchor < _f || anchor >= _e) return null;
            var acts = new List<int>();
            var tok = doc.Token(anchor);
            if (tok.Relation is "advcl" or "xcomp" && tok.Head >= _f && tok.Head < _e && doc.TokUpos(tok.Head) == Upos.VERB) acts.Add(tok.Head);
            for (int t = anchor + 1; t < _e; t++)
                if (doc.Token(t).Head == anchor && doc.Token(t).Relation is "conj" or "advcl" or "xcomp" && doc.TokUpos(t) == Upos.VERB) acts.Add(t);
            foreach (int v in acts)
                if (doc.TokLemma(v) is { } lemma && DemandedContent(v, lemma) is { } asked && ConcessionOf(asked) is { } conceded)
                    return conceded;
            return null;
        }

        /// <summary>The concession CAMEO numbers alike to a demand (104k ↔ 083k, 1051 ↔ 081, 1052 ↔ 082, 1054 ↔ 085, 1055 ↔
        /// 086, 1056 ↔ 087); null for demands with no concession of their own (cooperation, aid, meetings).</summary>
        private static string? ConcessionOf(string demand) => demand switch
        {
            "104" => "083",
            "1041" or "1042" or "1043" or "1044" => "083" + demand[3],
            "1051" => "081",
            "1052" => "082",
            "1054" => "085",
            "1055" => "086",
            "1056" => "087",
            _ => null,
        };
    }
}
