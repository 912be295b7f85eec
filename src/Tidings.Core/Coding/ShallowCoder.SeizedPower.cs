using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Verbs whose object "power" tells a seizure of a state's rule, not of property ("seized power").</summary>
        private static readonly HashSet<string> SeizingPowerVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "seize", "grab", "wrest", "take", "snatch",
        };

        /// <summary>
        /// Session 69 (realnews69). "Soldiers seize power in the capital", "the army seized power on Wednesday": "power" taken by
        /// force is a state's rule, no property, so the "seize" row's confiscation (1711) is wrong. By decision 069 a coup is
        /// 180 from the military to the government: a seizure of power whose doer is an armed force (MIL) is coded 180 aimed at
        /// its own country's government; by anyone else ("the party took power", "the Taliban seized power") it is no
        /// confiscation either and is dropped. Invariants: only an event whose trigger holds one of
        /// <see cref="SeizingPowerVerbs"/> with the bare noun "power" as its direct object ("seized a power plant" has "plant"
        /// as its object and is left alone); a negated or non-asserted event keeps its modality; background drops before
        /// this pass are not undone.
        /// </summary>
        private void CodeSeizedPowerAsCoups()
        {
            if (!_tree.Parsed) return;
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                var p = _out[i];
                if (p.Sentence != _sentence || p.Source < 0) continue;
                int verb = -1;
                for (int k = p.Trigger.FirstToken; k < p.Trigger.EndToken && k < _e; k++)
                    if (doc.TokLemma(k) is { } l && SeizingPowerVerbs.Contains(l) && doc.TokUpos(k) == Upos.VERB) verb = k;
                if (verb < 0) continue;
                int obj = DependentOf(verb, "obj");
                bool barePower = obj >= 0 && IsWord(obj, "power") && DependentOf(obj, "compound") < 0 && DependentOf(obj, "amod") < 0;
                if (!barePower)
                {
                    // The "seize power" rows also match "power" as a modifier ("took power lines", "grabbed power cables"):
                    // no rule of a state was seized there, so their coup reading goes.
                    if (p.Cameo == "180") _out.RemoveAt(i);
                    continue;
                }
                if (A(p.Source).Code is { Length: >= 6 } code && code[3..6] == "MIL" && A(p.Source).Country is { } home)
                {
                    _out[i] = p with { Cameo = "180", Target = -1, TargetPlace = -1, TargetCountry = home, TargetRole = "GOV",
                        TargetCountryOfRole = null, Rule = p.Rule + ",seized-power→coup(180)" };
                    continue;
                }
                _out.RemoveAt(i);
            }
        }
    }
}
