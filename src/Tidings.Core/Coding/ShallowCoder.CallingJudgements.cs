namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Participles that pass a judgement on the act their clause hangs from ("..., calling it illegal").</summary>
        private static readonly HashSet<string> JudgingParticiples = new(StringComparer.OrdinalIgnoreCase)
        { "calling", "describing", "terming", "branding", "labelling", "labeling", "denouncing" };

        /// <summary>
        /// "Iran demanded that France release two students, calling the arrests politically motivated", "Israel's prime
        /// minister poured cold water on a Saudi plan, calling it a reward for terror", "troops detained the president, his
        /// office said, describing the move as an outburst": a judgement (11x) told by a participle after a comma that names
        /// no target judges the act told before it in the sentence. Its target is (1) the doer of the latest earlier act
        /// (roots 11-20) of another side, else (2) whom the judge's own earlier act in the sentence is aimed at. Runs after
        /// <see cref="AimJudgementsAtEarlierActs"/>, which reads act nouns that name their act. Invariants: only judgements
        /// with no target, place or implied country; never the judge's own side; only acts before the participle.
        /// </summary>
        private void AimCallingJudgementsAtTheJudgedAct()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (!p.Cameo.StartsWith("11", StringComparison.Ordinal) || p.Source < 0 || p.Target >= 0 || p.TargetPlace >= 0
                    || p.TargetCountry is not null || p.Negated) continue;
                int participle = JudgingParticipleBefore(p.Trigger.FirstToken);
                if (participle < 0) continue;
                EventMention? doerAct = null, ownAct = null;
                foreach (var d in _out)
                {
                    if (ReferenceEquals(d, p) || d.Sentence != p.Sentence || d.Negated || d.Trigger.FirstToken >= participle) continue;
                    if (d.Source >= 0 && d.Source != p.Source && !SameSide(d.Source, p.Source) && !_reporters.Contains(d.Source)
                        && string.CompareOrdinal(d.Cameo[..2], "11") >= 0) doerAct = d;
                    else if (d.Source == p.Source && (d.Target >= 0 || d.TargetCountry is not null) && d.Target != p.Source) ownAct ??= d;
                }
                if (doerAct is not null)
                    _out[i] = p with { Target = doerAct.Source, Rule = p.Rule + ",tgt=doer-of-judged-act" };
                else if (ownAct is not null)
                    _out[i] = p with { Target = ownAct.Target, TargetPlace = ownAct.TargetPlace, TargetCountry = ownAct.TargetCountry,
                        TargetRole = ownAct.TargetRole, TargetCountryOfRole = ownAct.TargetCountryOfRole, Rule = p.Rule + ",tgt=target-of-own-act" };
            }
        }

        /// <summary>The judging participle (<see cref="JudgingParticiples"/>) right after a comma that opens the judgement's
        /// clause, at most eight words before <paramref name="trigger"/> with no other comma between; -1 when none.</summary>
        private int JudgingParticipleBefore(int trigger)
        {
            for (int k = trigger; k >= Math.Max(_f + 1, trigger - 8); k--)
            {
                if (k < trigger && W(k).SequenceEqual(",")) return -1;
                if (JudgingParticiples.Contains(W(k).ToString()) && W(k - 1).SequenceEqual(",")) return k;
            }
            return -1;
        }
    }
}
