using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "A spokesman said Beijing had never instructed its citizens to ...", "the ministry said its drones had not been aiming
        /// at targets in Poland", "Hamas said it had nothing to do with the attack": a speaker who says that it or its own side
        /// did not do a blameworthy act denies it (016), as "denied that ..." does (<see cref="TreeRoles.SaidDenial"/>). The
        /// denied act is what the denial is about, not news: its own triggers are not coded. The act must be blameworthy (a
        /// violent trigger, 18-20, or a verb of instructing, funding, backing, being involved and the like); a negated
        /// report of anything else ("said it had not received a request", "police said they had made no arrests") stays no event.
        /// </summary>
        private void CodeSaidDenials()
        {
            if (!_tree.Parsed) return;
            for (int p = _f; p < _e; p++)
            {
                if (!_tree.SaidDenial(p, out int speechVerb, out int subject, out bool ownWords, out bool blameworthy)) continue;
                int judge = _tree.VerbSource(speechVerb, out string how);
                if (judge < 0 || IsModifier(judge) || subject < 0) continue;
                // The subject is the speaker's own side: a pronoun or its own thing ("its drones"), or an actor of its country.
                bool own = ownWords;
                if (!own && actorOf[subject] >= 0 && actorOf[subject] != judge)
                    own = A(actorOf[subject]).Country is { } sc && sc == A(judge).Country;
                if (!own && actorOf[subject] == judge) own = true;
                if (!own) continue;
                if (!blameworthy)
                    for (int i = 0; i < _trigs.Count && !blameworthy; i++)
                    {
                        var tr = _trigs[i];
                        if (tr.Entry.Has(TriggerFlags.Report)) continue;
                        var root = tr.Entry.Root;
                        // The complement's own verb ("did not fire on"), not a noun inside it ("did not guarantee an end to the war").
                        if (tr.Start <= p && p < tr.End && string.CompareOrdinal(root, "18") >= 0 && string.CompareOrdinal(root, "20") <= 0) blameworthy = true;
                    }
                if (!blameworthy) continue;
                // "said its drones had not been aiming at targets and offered talks": a coordinated verb is news of its own.
                // Session 66 (denytgt66, decision 119): "said its drones had not been aiming at any targets in Poland": the
                // denied attack's own place phrase names the country it would have harmed, the denial's target as for "denied
                // that ..." (CodePlain's "tree:denied-attack-place"): a violent row (18 to 20) that names someone harmed,
                // covering the denied verb, or, with no row, the verbs of aiming an attack ("aim at", "target"). Not when the
                // verb's object or oblique is an actor ("had not fired on protesters in the capital": the people named are
                // whom it harmed, which this reading does not take), and never a state aimed at itself.
                string? deniedAt = null;
                bool attack = doc.TokLemma(p)?.ToLowerInvariant() is "aim" or "target";
                foreach (var tr in _trigs)
                    if (tr.Start <= p && p < tr.End)
                        attack = tr.Entry.Root is "18" or "19" or "20" && !tr.Entry.Has(TriggerFlags.NoTarget);
                bool actorHarmed = false;
                for (int c = _f; c < _e; c++)
                    if (doc.Token(c).Head == p && doc.Token(c).Relation is { } rel && (rel == "obj" || rel.StartsWith("obl", StringComparison.Ordinal))
                        && actorOf[c] >= 0 && actorOf[c] != judge && !LocativeCase(c)) actorHarmed = true;
                if (attack && !actorHarmed && _tree.LocativeCountry(p, doc.Places, attacked: true) is { } at && !IsCountryItself(judge, at))
                    deniedAt = at;
                ConsumeTriggers((_, node) => _tree.WithinJudged(node, p) && !_tree.InConjunctOf(node, p));
                Emit(new TokenRange(p, p + 1), "016", judge, -1, $"said-denial:{doc.TokLemma(p)}→016 src={how},tgt={(deniedAt is null ? "none" : "denied-attack-place")}", false,
                    CueDates(p, p), Modality.Asserted, targetCountry: deniedAt);
            }
        }

        /// <summary>True when the nominal <paramref name="c"/> is a place phrase ("in Lithuania", "near the border"), which
        /// tells where an act was done rather than whom it was done to.</summary>
        private bool LocativeCase(int c)
        {
            for (int k = _f; k < c; k++)
                if (doc.Token(k).Head == c && doc.Token(k).Relation == "case"
                    && doc.TokLemma(k)?.ToLowerInvariant() is "in" or "near" or "inside" or "across" or "within") return true;
            return false;
        }

        /// <summary>
        /// "The attack was claimed by Islamic State", "in a bombing claimed by the Pakistani Taliban": an attack that its doer
        /// claims is acknowledged by it (015), aimed where the attack was. The active form ("claimed the bombing") is the
        /// lexicon's "claim attack" rows. An armed group's report of its own attack ("the RSF said its drones had hit a
        /// depot") is not read as a claim: the gold codes most such reports as the attack alone.
        /// </summary>
        private void CodeClaimedAttacks()
        {
            if (_out.Count == 0) return;
            // An attack noun that "claimed" governs as its passive subject, or that a participle "claimed by" modifies, is
            // acknowledged by its doer (the by-agent the attack already took as source). As the subject of "was claimed" the attack is the claim's
            // content, not news of its own (gold/README.md: presupposed event nouns), so only the claim stays.
            if (_tree.Parsed)
                foreach (var m in _out.ToArray())
                {
                    if (m.Negated || m.Source < 0 || m.Cameo.Length < 2 || m.Cameo[..2] is not ("18" or "19" or "20")) continue;
                    int noun = Syntax.Attachment.SpanHead(doc, m.Trigger);
                    if (noun < _f || noun >= _e || doc.TokUpos(noun) is not (Upos.NOUN or Upos.PROPN)) continue;
                    bool subjectOfClaimed = doc.Token(noun).Relation == "nsubj:pass" && doc.Token(noun).Head is var h && h >= _f && h < _e
                        && string.Equals(doc.TokLemma(h), "claim", StringComparison.OrdinalIgnoreCase);
                    bool claimedParticiple = false;
                    for (int k = noun + 1; k < _e && k <= noun + 8 && !claimedParticiple; k++)
                        if (doc.Token(k).Head == noun && doc.Token(k).Relation is "acl" && doc.TokXpos(k) == "VBN"
                            && string.Equals(doc.TokLemma(k), "claim", StringComparison.OrdinalIgnoreCase)) claimedParticiple = true;
                    if (!subjectOfClaimed && !claimedParticiple) continue;
                    if (subjectOfClaimed) Retract(m);
                    Emit(m.Trigger, "015", m.Source, m.Target, $"claimed-attack:{W(noun).ToString()} claimed→015 src=by-agent,tgt=attack-target",
                        false, m.Background, Modality.Asserted, m.TargetPlace, m.TargetCountry, m.TargetRole);
                }
        }
    }
}
