using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Settlers torched cars in the village, the Palestinian foreign ministry said, calling on Washington to rein them in",
        /// "Venezuela's navy seized a boat, the Trinidadian ministry said, demanding the crew's release": a comma participle of
        /// speech that the parse hangs on the reporting verb itself is said by the reporter. A reporter is otherwise no source
        /// (it only passes the news on), but this act is its own, done in the same breath as the report.
        /// Invariants: the participle is a verb in -ing right after a comma, its governor is a reporting verb of the sentence
        /// whose reporter is <paramref name="reporter"/>, and the act is verbal (statements, appeals, intents, demands,
        /// disapproval, rejection, threats: roots 01, 02, 03, 10, 11, 12, 13). A material act in that position ("..., the army
        /// said, killing 20") is the reported clause's, as before.
        /// </summary>
        private bool ReporterOwnSpeechParticiple(int headNode, int reporter, string code)
        {
            if (!_tree.Parsed || headNode <= _f || headNode >= _e || reporter < 0 || code.Length < 2) return false;
            if (code[..2] is not ("01" or "02" or "03" or "10" or "11" or "12" or "13")) return false;
            var tok = doc.Token(headNode);
            if (tok.Xpos != "VBG" || tok.Relation is not ("xcomp" or "advcl")) return false;
            if (!IsWord(headNode - 1, ",")) return false;
            int governor = tok.Head;
            foreach (var (node, actor) in _reportNodes)
                if (node == governor && actor == reporter) return true;
            return false;
        }

        /// <summary>Verbs of penalising whose "for"/"of" + -ing clause names the offence penalised.</summary>
        private static readonly HashSet<string> PenaltyVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "fine", "sentence", "jail", "imprison", "convict", "punish", "sanction", "penalise", "penalize", "arrest", "detain",
            "charge", "indict", "prosecute", "blacklist",
        };

        /// <summary>
        /// "The Commission fined Meta 800 million euros for breaching the bloc's rules", "a court jailed him for insulting the
        /// king", "sanctioned two firms for supplying drones": the offence a penalty is imposed for is what the penalty is
        /// about, alleged or judged, not news told as done (as an accusation's alleged act is not coded, gold/README.md). Its
        /// triggers are consumed so that no event is coded from them (the object of the penalty as doer of "breaching").
        /// Invariant: only an -ing clause right after "for" or "of" that the parse hangs on a penalty verb or on its object.
        /// </summary>
        private void ConsumePenaltyReasons()
        {
            if (!_tree.Parsed) return;
            for (int c = _f + 1; c < _e; c++)
            {
                if (doc.TokXpos(c) != "VBG" || doc.Token(c).Relation is not ("advcl" or "acl" or "xcomp")) continue;
                if (!IsWord(c - 1, "for") && !IsWord(c - 1, "of")) continue;
                int penalty = doc.Token(c).Head;
                // "fined Google 2 billion lira for violating ...": the parser may hang the clause on the penalty's object.
                if (penalty >= _f && penalty < _e && doc.TokUpos(penalty) is Upos.NOUN or Upos.NUM
                    && doc.Token(penalty).Relation is "obj" or "iobj" or "obl") penalty = doc.Token(penalty).Head;
                if (penalty < _f || penalty >= _e || doc.TokUpos(penalty) != Upos.VERB
                    || doc.TokLemma(penalty) is not { } lemma || !PenaltyVerbs.Contains(lemma)) continue;
                int offence = c;
                ConsumeTriggers((_, node) => _tree.InSubtreeOf(node, offence));
            }
        }

        /// <summary>
        /// "The SDF said Turkish drones killed three of its fighters, accusing Ankara of sabotage": a naming participle whose
        /// parse gives it the reported clause's subject (Turkey) as judge and that subject's own state (Ankara) as the one
        /// judged would have a state disapprove of itself; as with a judge that is its own doer, the reporter judges. True when
        /// both actors are of one country and each is the bare country or one of its state organs (GOV, MIL, COP, JUD, LEG);
        /// a citizen body judging its state ("police said protesters ..., accusing the government") is no such pair.
        /// </summary>
        private bool SameStateSide(int judge, int doer)
        {
            if (judge < 0 || doer < 0 || judge == doer) return false;
            if (A(judge).Code is not { Length: >= 3 } jc || A(doer).Code is not { Length: >= 3 } dc) return false;
            if (!string.Equals(jc[..3], dc[..3], StringComparison.Ordinal)) return false;
            return IsStateRole(jc[3..]) && IsStateRole(dc[3..]);
        }

        private static bool IsStateRole(string role) => role is "" or "GOV" or "MIL" or "COP" or "JUD" or "LEG";

        /// <summary>Nouns naming what one side says against another.</summary>
        private static readonly HashSet<string> DismissedChargeNouns = new(StringComparer.OrdinalIgnoreCase)
        { "accusation", "allegation", "claim", "charge", "report" };

        /// <summary>Predicates that dismiss a charge as untrue.</summary>
        private static readonly HashSet<string> UntruePredicates = new(StringComparer.OrdinalIgnoreCase)
        {
            "groundless", "baseless", "unfounded", "false", "fabricated", "untrue", "absurd", "lie", "lies", "nonsense",
            "fabrication", "fabrications", "slander", "ridiculous",
        };

        /// <summary>
        /// "Beijing's embassy said the accusations were groundless", "the ministry said Washington's claims were completely
        /// baseless", "the defence ministry said the reports of executions were fabricated": a speaker who says that charges
        /// or reports against it are untrue denies them (016), as "denied the accusations" does. The charge's maker, when the
        /// charge noun names it ("Washington's claims", "the accusations by Kyiv"), is the denial's target; otherwise the
        /// denial has none. Invariant: the predicate is one of <see cref="UntruePredicates"/> (or "fabricated" read as a
        /// passive verb) with a charge noun (<see cref="DismissedChargeNouns"/>) as its subject, in a clause that a verb of
        /// saying governs.
        /// </summary>
        private void CodeSaidBaseless()
        {
            if (!_tree.Parsed) return;
            for (int p = _f; p < _e; p++)
            {
                // "said the reports were fabricated": the parser may read the predicate as a passive participle (nsubj:pass)
                // rather than an adjective; the charge is dismissed the same way.
                bool passive = doc.TokUpos(p) == Upos.VERB && W(p).Equals("fabricated", StringComparison.OrdinalIgnoreCase);
                if (!passive && (doc.TokUpos(p) is not (Upos.ADJ or Upos.NOUN) || !UntruePredicates.Contains(W(p).ToString()))) continue;
                int charge = -1;
                for (int c = _f; c < _e; c++)
                    if (doc.Token(c).Head == p && doc.Token(c).Relation is "nsubj" or "nsubj:pass" && doc.TokLemma(c) is { } l && DismissedChargeNouns.Contains(l)) { charge = c; break; }
                if (charge < 0) continue;
                int say = doc.Token(p).Head;
                if (say < _f || say >= _e || doc.Token(p).Relation != "ccomp" || doc.TokLemma(say) is not ("say" or "insist" or "tell" or "state")) continue;
                int speaker = _tree.VerbSource(say, out string how);
                if (speaker < 0) continue;
                int maker = -1;
                for (int c = _f; c < _e && maker < 0; c++)
                    if (doc.Token(c).Head == charge && (doc.Token(c).Relation == "nmod:poss"
                        || (doc.Token(c).Relation == "nmod" && (IsWord(c - 1, "by") || IsWord(c - 1, "from")))) && actorOf[c] >= 0)
                        maker = actorOf[c];
                if (maker == speaker) maker = -1;
                // The naming judgement read from the same predicate ("said the claims were baseless" as criticism, 111) is
                // this denial: one act, coded once as what it is.
                foreach (var m in _out.ToArray())
                    if (m.Source == speaker && m.Cameo.StartsWith("11", StringComparison.Ordinal) && m.Trigger.FirstToken == p)
                        Retract(m);
                Emit(new TokenRange(p, p + 1), "016", speaker, maker, $"said-baseless:{W(p).ToString()}→016 src={how},tgt=" + (maker >= 0 ? "charge-maker" : "none"),
                    false, CueDates(p, p), Modality.Denied);
            }
        }
    }
}
