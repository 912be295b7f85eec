using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>True when the sentence tells a joint force act of two or more partners (<see cref="CodeJointForceActs"/>),
        /// which needs no trigger word of the lexicon.</summary>
        private bool AnyJointForceAct()
        {
            if (!_tree.Parsed) return false;
            var partners = new List<int>();
            for (int j = _f; j < _e; j++)
                if (IsWord(j, "joint") && _tree.JointForceAct(j, partners, out _) >= 0 && partners.Count >= 2) return true;
            return false;
        }

        /// <summary>
        /// "Joint patrols by Algerian and Tunisian troops began on Monday", "Turkish and Bulgarian police carried out joint
        /// raids", "held their first joint search and rescue exercise": each pair of partners of a joint force act
        /// (<see cref="TreeRoles.JointForceAct"/>) cooperates militarily (062, both ways), as the lexicon's "joint exercise"
        /// and "joint patrol" rows code it when the words stand together. Invariants: two or more distinct partners with
        /// distinct codes, none a reporter; a pair already coded 062 in this sentence is not repeated, nor an act the
        /// lexicon's rows coded 062; the act's own reading (a raid, an offensive: 190) is left as it is, but a show of force
        /// (15x) coded on the act noun gives way; a negated verb gives negated events.
        /// </summary>
        private void CodeJointForceActs()
        {
            if (!_tree.Parsed) return;
            var partners = new List<int>();
            for (int j = _f; j < _e; j++)
            {
                if (!IsWord(j, "joint")) continue;
                int act = _tree.JointForceAct(j, partners, out int verb);
                if (act < 0 || partners.Count < 2) continue;
                partners.RemoveAll(p => _reporters.Contains(p));
                if (partners.Select(p => A(p).Code).Distinct(StringComparer.Ordinal).Count() < 2) continue;
                // The lexicon's own rows ("joint exercise", "hold joint drill") coded the act already, with the actors its
                // roles found: that reading stands.
                if (_out.Exists(o => o.Sentence == _sentence && o.Cameo == "062" && o.Trigger.FirstToken <= act && act < o.Trigger.EndToken)) continue;
                // Session 70 (fam03): "will hold joint drills" read by a row as the intent (0312, 031): the act is still to
                // come, so no done cooperation (062) is added beside it.
                if (_out.Exists(o => o.Sentence == _sentence && o.Cameo.StartsWith("031", StringComparison.Ordinal)
                    && o.Trigger.FirstToken <= act && act < o.Trigger.EndToken)) continue;
                // "began joint air and naval exercises": the exercise's reading as a show of force (150 from "naval exercises")
                // gives way to the joint reading, as the lexicon's longer "joint exercise" row wins over "exercise" where the
                // words stand together.
                DropShowOfForceOn(act);
                // Session 70 (fam03): announced ("would begin joint patrols") the act is the intent (JointActModality).
                CodePartnerPairs(partners, new TokenRange(j, act + 1), $"joint-act:joint {doc.TokLemma(act)}→062 src=partner,tgt=partner",
                    _tree.IsNegated(verb), CueDates(verb, act), JointActModality(verb), "062");
            }
        }

        /// <summary>A show of force (15x) read on the act noun of a joint or together force act ("began joint naval
        /// exercises", "held exercises together": 150 from "exercises") gives way to the cooperation, as the lexicon's longer
        /// "joint exercise" row wins over "exercise" where the words stand together.</summary>
        private void DropShowOfForceOn(int act) =>
            _out.RemoveAll(o => o.Sentence == _sentence && o.Cameo.StartsWith("15", StringComparison.Ordinal)
                && o.Trigger.FirstToken <= act && act < o.Trigger.EndToken);

        /// <summary>Military cooperation (062) of each ordered pair of partners of a joint or together force act, with the
        /// act's modality. Invariants: partners with the same code never cooperate with each other; a pair already coded in
        /// this sentence with one of <paramref name="codedAs"/> is not coded again.</summary>
        private void CodePartnerPairs(List<int> partners, TokenRange trigger, string rule, bool negated, bool background,
            Modality modality, params string[] codedAs)
        {
            foreach (int a in partners)
                foreach (int b in partners)
                {
                    if (a == b || string.Equals(A(a).Code, A(b).Code, StringComparison.Ordinal)) continue;
                    if (_out.Exists(o => o.Sentence == _sentence && o.Source == a && o.Target == b && Array.IndexOf(codedAs, o.Cameo) >= 0)) continue;
                    Emit(trigger, "062", a, b, rule, negated, background, modality);
                }
        }
    }
}
