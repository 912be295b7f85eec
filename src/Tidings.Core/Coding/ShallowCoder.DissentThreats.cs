namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "The union said it would begin a nationwide strike next week unless the government reverses the tariff rise",
        /// "the opposition leader vowed to lead protests until the president stepped down", "the party threatened to take to
        /// the streets unless its leader was freed": a threat of dissent (133: a strike, a boycott, protests) that names no
        /// target is aimed (1) at the doer of its "if"/"unless"/"until" condition, whom the dissent would press; else (2),
        /// for workers, at the company or workplaces the sentence names, as their strikes are (FoldDemandsIntoProtests);
        /// else (3), by a country's own people (CVL, OPP, LAB, EDU, ...), at their government, as their protests are
        /// (decision 005). The tunable gold codes every threatened strike, boycott or protest with a target, its own
        /// government in 23 of 31. Invariants: never the source's own side, a reporter, or a negated threat; a threat that
        /// already has a target or place is left alone; a threat by a state organ (no popular role) gets no default.
        /// </summary>
        private void AimDissentThreatsAtThePressed()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                // "Tehran will close the Strait of Hormuz if the United States blocks its oil exports": any other threat (13x)
                // that names no target presses the doer of its condition too (step 1 only: no default target).
                bool dissent = p.Cameo.StartsWith("133", StringComparison.Ordinal);
                if (!p.Cameo.StartsWith("13", StringComparison.Ordinal) || p.Source < 0 || p.Target >= 0 || p.TargetPlace >= 0
                    || p.TargetCountry is not null || p.Negated) continue;
                int pressed = DissentConditionDoer(p);
                if (pressed >= 0)
                {
                    _out[i] = p with { Target = pressed, Rule = p.Rule + (dissent ? ",tgt=dissent-condition-doer" : ",tgt=threat-condition-doer") };
                    continue;
                }
                if (!dissent) continue;
                if (!IsPopular(p.Source) || A(p.Source).Country is not { } home) continue;
                if (A(p.Source).Code is { Length: 6 } lc && lc[3..] == "LAB")
                {
                    if (SentenceBusiness() is int firm and >= 0)
                    {
                        _out[i] = p with { Target = firm, Rule = p.Rule + ",tgt=struck-company" };
                        continue;
                    }
                    if (NamesWorkplace())
                    {
                        _out[i] = p with { TargetCountry = home, TargetRole = "BUS", Rule = p.Rule + ",tgt=workplace-employers" };
                        continue;
                    }
                }
                _out[i] = p with { TargetCountry = home, TargetRole = "GOV", Rule = p.Rule + ",tgt=own-government" };
            }
        }

        /// <summary>The active subject (or passive "by" agent) of an "if"/"unless"/"until" clause on the threat's head, on
        /// the verb a noun trigger is the object of ("would begin a strike unless ..."), or on the verbs those complement;
        /// -1 when none, or when it is the source's side, a reporter or an adjective mention.</summary>
        private int DissentConditionDoer(EventMention p)
        {
            if (!_tree.Parsed) return -1;
            static bool Marks(string m) => m is "if" or "unless" or "until";
            int node = Syntax.Attachment.SpanHead(doc, p.Trigger);
            int doer = _tree.ConditionDoer(node, Marks);
            if (doer < 0 && doc.Token(node).Head is int governor && governor >= _f && governor < _e && governor != node)
                doer = _tree.ConditionDoer(governor, Marks);
            // Session 66 (threat66): "warned that it would start an indefinite strike if ...": a frame trigger's span head is
            // the frame verb, and the condition hangs from the threatened verb of its complement, inside the trigger's span.
            if (doer < 0)
                foreach (var rel in new[] { "ccomp", "xcomp" })
                    if (DependentOf(node, rel) is var threatened && threatened >= p.Trigger.FirstToken && threatened < p.Trigger.EndToken
                        && _tree.ConditionDoer(threatened, Marks) is var inner && inner >= 0) { doer = inner; break; }
            if (doer < 0 || doer == p.Source || IsModifier(doer) || _reporters.Contains(doer)) return -1;
            if (A(doer).Code is not { } doerCode || doerCode == A(p.Source).Code || SameSide(doer, p.Source)) return -1;
            return doer;
        }
    }
}
