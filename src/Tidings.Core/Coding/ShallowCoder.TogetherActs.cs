using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>True when the sentence tells a force act done "together" or "jointly" by two or more partners
        /// (<see cref="CodeTogetherForceActs"/>), which needs no trigger word of the lexicon.</summary>
        private bool AnyTogetherForceAct()
        {
            if (!_tree.Parsed) return false;
            var partners = new List<int>();
            for (int j = _f; j < _e; j++)
                if ((IsWord(j, "together") || IsWord(j, "jointly")) && _tree.TogetherForceAct(j, partners, out _) >= 0 && partners.Count >= 2) return true;
            return false;
        }

        /// <summary>
        /// Session 70 (fam03). "Soldiers from Benin and Togo began patrolling the frontier together", "the Egyptian and Saudi
        /// navies held exercises together", "Polish and Ukrainian sappers training together": a force act told with "together"
        /// or "jointly" (<see cref="TreeRoles.TogetherForceAct"/>) is military cooperation of each pair of partners (062,
        /// both ways), as a "joint" act is (<see cref="CodeJointForceActs"/>, decision 088). Told as to come ("will patrol
        /// jointly") or promised ("agreed to patrol their border jointly") it is the intent (0312): a bare intent (030) its
        /// frame gave the partners is made that intent, as gold/README.md codes announced cooperation.
        /// Invariants: two or more distinct partners with distinct codes, none a reporter; a pair already coded 062 or 0312 in
        /// the sentence is not repeated; a negated verb gives negated events.
        /// </summary>
        private void CodeTogetherForceActs()
        {
            if (!_tree.Parsed) return;
            var partners = new List<int>();
            for (int j = _f; j < _e; j++)
            {
                if (!IsWord(j, "together") && !IsWord(j, "jointly")) continue;
                int act = _tree.TogetherForceAct(j, partners, out int verb);
                if (act < 0 || partners.Count < 2) continue;
                partners.RemoveAll(p => _reporters.Contains(p));
                // "Soldiers from Benin and Togo" gives Benin's soldiers and Benin: a country beside its own force is that force.
                partners.RemoveAll(p => partners.Exists(q => q != p && A(q).Code is { } qc && A(p).Code is { } pc
                    && qc.Length > pc.Length && qc.StartsWith(pc, StringComparison.Ordinal)));
                if (partners.Select(p => A(p).Code).Distinct(StringComparer.Ordinal).Count() < 2) continue;
                // A show of force read on the act noun ("held exercises together": 150) gives way, as for "joint" acts.
                DropShowOfForceOn(act);
                Modality modality = JointActModality(verb);
                // "agreed to patrol their border jointly": the frame's bare intent (030) between the partners is this intent.
                int frame = doc.Token(verb).Relation == "xcomp" ? doc.Token(verb).Head : -1;
                if (frame >= _f && frame < _e)
                    for (int k = 0; k < _out.Count; k++)
                    {
                        var o = _out[k];
                        if (o.Sentence != _sentence || o.Cameo != "030" || o.Modality != Modality.Intended
                            || !(o.Trigger.FirstToken <= frame && frame < o.Trigger.EndToken)) continue;
                        if (!partners.Contains(o.Source) || !partners.Contains(o.Target)) continue;
                        _out[k] = o with { Cameo = "0312", Rule = o.Rule + $"+together-act:{doc.TokLemma(act)}→0312" };
                        modality = Modality.Intended;
                    }
                CodePartnerPairs(partners, new TokenRange(Math.Min(act, j), Math.Max(act, j) + 1),
                    $"together-act:{doc.TokLemma(act)} {W(j)}→062 src=partner,tgt=partner", _tree.IsNegated(verb), CueDates(verb, act),
                    modality, "062", "0312");
            }
        }

        /// <summary>The modality of a joint or together force act at its governing verb: announced ("will hold joint drills",
        /// "would patrol together": a "will", "would" or "shall" auxiliary of the verb) it is intended, else asserted.</summary>
        private Modality JointActModality(int verb)
        {
            if (verb < _f || verb >= _e) return Modality.Asserted;
            for (int k = _f; k < verb; k++)
                if (doc.Token(k).Head == verb && doc.Token(k).Relation == "aux" && Is(k, Words.IntendModal)) return Modality.Intended;
            return Modality.Asserted;
        }
    }
}
