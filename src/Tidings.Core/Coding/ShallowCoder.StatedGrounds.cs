using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 57 (judge57): "Poland expelled three Russian diplomats, saying they had worked for the SVR", "the regulator
        /// blocked 12 channels, saying they spread war propaganda", "summoned the ambassador, saying Moscow had paid thousands of
        /// accounts": a punitive act followed by a participle of saying whose reported clause tells a deed of the act's target
        /// gives that deed as the act's ground, and a ground of punishment stated is an accusation of the one punished
        /// (gold/README.md, accusations 112x; the alleged deed itself is not coded). The accusation's sub-code is read off the
        /// deed's words as for "accused X of ..." (<see cref="AllegedKind"/>; work for an intelligence service is spying, 1125).
        /// Invariants: the first act is asserted, by a named source, aimed at a named actor, and is a break of relations (16),
        /// coercion (17) or a formal protest (114); the participle is "saying" set off by a comma and hung (advcl) on that act's
        /// verb; the reported clause is a verb with its own subject, told as done (no modal, "to", negation or condition); its
        /// subject is a personal pronoun (standing for the act's target) or an actor of the target's country; no event of the
        /// sentence is told inside the reported clause (a reported act the coder reads stays its own), the deed is no failure
        /// ("had failed to submit papers") and the pronoun is "they", "he" or "she" (not "it", which a body says of itself), and the source has no
        /// other disapproval (11) of that actor in the sentence. A reason given for anything else ("rejected the plan, saying it
        /// failed the poor", "withdrew, saying talks had stalled") is no accusation.
        /// </summary>
        private void CodeGroundsOfPunitiveActs()
        {
            if (!_tree.Parsed || _out.Count == 0) return;
            int count = _out.Count;
            for (int i = 0; i < count; i++)
            {
                var m = _out[i];
                if (m.Negated || m.Background || m.Modality != Modality.Asserted || m.Target == m.Source) continue;
                // A source named by role alone ("Police arrested ...") is named too.
                if (m.Source < 0 && m.SourceRole is null) continue;
                // The punished may be an actor or people the act counted ("arrested three men": the country's civilians).
                if (m.Target < 0 && m.TargetCountry is null) continue;
                if (!(m.Cameo.StartsWith("16", StringComparison.Ordinal) || m.Cameo.StartsWith("17", StringComparison.Ordinal) || m.Cameo == "114")) continue;
                int act = Syntax.Attachment.SpanHead(doc, m.Trigger);
                if (act < _f || act >= _e) continue;
                for (int p = act + 2; p < _e; p++)
                {
                    if (doc.Token(p).Head != act || doc.Token(p).Relation != "advcl" || doc.TokXpos(p) != "VBG"
                        || doc.TokLemma(p)?.ToLowerInvariant() != "say" || !IsWord(p - 1, ",")) continue;
                    int clause = ReportedDeed(p);
                    if (clause < 0) break;
                    int accused = AccusedInGround(clause, m);
                    if (accused == -1) break;
                    if (_out.Exists(o => Syntax.Attachment.SpanHead(doc, o.Trigger) is var h && h >= _f && h < _e && _tree.InSubtree(h, clause))) break;
                    if (_out.Exists(o => o.Source == m.Source && o.SourceRole == m.SourceRole && (o.Target == accused || (accused == PunishedPeople && o.Target < 0 && o.TargetCountry == m.TargetCountry && o.TargetRole == m.TargetRole)) && o.Cameo.StartsWith("11", StringComparison.Ordinal) && !o.Negated)) break;
                    string code = AllegedKind(clause) ?? (WorkForIntelligence(clause) ? "1125" : "112");
                    var ground = m with { Trigger = new TokenRange(p, p + 1), Cameo = code, Rule = "stated-ground:say→" + code + ",src=ground-of:" + m.Cameo + ",tgt=punished" };
                    if (accused >= 0 && accused != m.Target)
                        ground = ground with { Target = accused, TargetPlace = -1, TargetCountry = null, TargetRole = null, TargetCountryOfRole = null, Rule = "stated-ground:say→" + code + ",src=ground-of:" + m.Cameo + ",tgt=named-in-ground" };
                    _out.Add(ground);
                    break;
                }
            }
        }

        /// <summary>The verb of the clause the participle of saying at <paramref name="saying"/> reports, when it tells a deed as
        /// done: a verb (not a copula's predicate) with a subject of its own and no modal, "to", negation, "if"/"whether" or
        /// "would"; -1 otherwise.</summary>
        private int ReportedDeed(int saying)
        {
            int clause = -1;
            for (int k = saying + 1; k < _e; k++)
                if (doc.Token(k).Head == saying && doc.Token(k).Relation == "ccomp") { clause = k; break; }
            if (clause < 0 || doc.TokUpos(clause) != Upos.VERB) return -1;
            // "saying it had failed to submit proper papers": a failure to comply is an administrative ground, not a wrong
            // alleged (eb53092 codes only the ban).
            if (doc.TokLemma(clause)?.ToLowerInvariant() is "fail") return -1;
            bool subject = false;
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != clause) continue;
                var rel = doc.Token(k).Relation;
                var w = W(k).ToString().ToLowerInvariant();
                if (rel is "nsubj") subject = true;
                if (rel is "aux" && (doc.TokXpos(k) == "MD" || w == "to")) return -1;
                if (rel is "advmod" && w is "not" or "never" or "n't") return -1;
                if (rel is "mark" && w is "if" or "whether" or "unless") return -1;
                if (rel is "cop" or "nsubj:pass") return -1;
            }
            return subject ? clause : -1;
        }

        /// <summary>Whom the ground at <paramref name="clause"/> accuses: its subject, when that is a personal pronoun (the
        /// punished target <paramref name="m"/> names) or an actor of the target's country other than the source; -1
        /// otherwise.</summary>
        private int AccusedInGround(int clause, EventMention m)
        {
            for (int k = _f; k < clause; k++)
            {
                if (doc.Token(k).Head != clause || doc.Token(k).Relation != "nsubj") continue;
                if (doc.TokUpos(k) == Upos.PRON)
                    // "it" is left out: a single body that acts often says "it" of itself ("suspended visa services, saying
                    // it was relocating staff"), and a ground about one's own doings accuses no one.
                    return W(k).ToString().ToLowerInvariant() is "they" or "he" or "she" ? (m.Target >= 0 ? m.Target : PunishedPeople) : -1;
                if (m.Target < 0) return -1;
                int a = ActorAt(k);
                if (a < 0)
                    for (int t = _f; t < k && a < 0; t++)
                        if (doc.Token(t).Head == k && doc.Token(t).Relation is "amod" or "compound" or "nmod:poss") a = ActorAt(t);
                if (a < 0 || a == m.Source || A(a).Country is not { } c || c != A(m.Target).Country || (m.Source >= 0 && c == A(m.Source).Country)) return -1;
                return a;
            }
            return -1;
        }

        /// <summary>Stands for the punished when the act's target is people it counted, coded by country and role alone.</summary>
        private const int PunishedPeople = -2;

        /// <summary>True when the deed at <paramref name="clause"/> is work for, or as, a spy service: "had worked for the SVR
        /// foreign intelligence service", "were spying for Russia", "acted as agents of military intelligence".</summary>
        private bool WorkForIntelligence(int clause)
        {
            if (doc.TokLemma(clause)?.ToLowerInvariant() is "spy") return true;
            for (int t = clause + 1; t < _e; t++)
            {
                if (!_tree.InSubtree(t, clause)) continue;
                var w = doc.TokLemma(t)?.ToLowerInvariant();
                if (w is "espionage" or "spy") return true;
                // "the SVR foreign intelligence service", "Russian military intelligence", the GRU as a named spy service.
                if (w is "intelligence" && ((t + 1 < _e && doc.TokLemma(t + 1)?.ToLowerInvariant() is "service" or "agency" or "directorate")
                    || (t > _f && doc.TokLemma(t - 1)?.ToLowerInvariant() is "military" or "foreign"))) return true;
                if (ActorAt(t) is var a && a >= 0 && A(a).Code is { } code && code.Contains("SPY", StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }
}
