using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 64 (coerce64), decision 095: "police raided the homes of three opposition members and seized laptops and
    /// phones", "anti-graft officers raided the company's headquarters, seizing documents": a police or security raid and the
    /// goods it seizes are one act, a search and seizure, coded once as the confiscation (1711) aimed at the owner.
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Decision 095: where the same source's police or security raid (the "raid" entry, 171, or 190 by a COP or SPY source)
        /// and a seizure of goods (1711) stand in one sentence, the raid is dropped and the seizure kept; a seizure that read no
        /// owner takes the raid's target (whose home or office was searched is whose goods were taken). Invariants: a raid by
        /// troops or armed groups (190 of a MIL, REB or CRM source) is force of its own and stays beside the seizure; a
        /// seizure that names its own owner keeps it; negated, background or unasserted mentions are left as they are;
        /// a raid with no seizure beside it is untouched.
        /// </summary>
        private void FoldRaidsIntoTheirSeizures()
        {
            if (_out.Count < 2) return;
            for (int i = _out.Count - 1; i >= 0; i--)
            {
                var r = _out[i];
                if (RuleEntry(r.Rule) != "raid" || r.Source < 0 || r.Negated || r.Background || r.Modality != Modality.Asserted) continue;
                bool searchRaid = r.Cameo == "171" || (r.Cameo == "190" && A(r.Source).Code is { } raider
                    && (raider.EndsWith("COP", StringComparison.Ordinal) || raider.EndsWith("SPY", StringComparison.Ordinal)));
                if (!searchRaid) continue;
                int si = _out.FindIndex(s => !ReferenceEquals(s, r) && s.Cameo == "1711" && s.Source == r.Source && !s.Negated
                    && !s.Background && s.Modality == Modality.Asserted);
                if (si < 0) continue;
                var seizure = _out[si];
                if (seizure.Target < 0 && seizure.TargetCountry is null && (r.Target >= 0 || r.TargetCountry is not null))
                    _out[si] = seizure with
                    {
                        Target = r.Target, TargetPlace = r.TargetPlace, TargetCountry = r.TargetCountry, TargetRole = r.TargetRole,
                        TargetCountryOfRole = r.TargetCountryOfRole, Rule = seizure.Rule + ",raid-owner",
                    };
                _out.RemoveAt(i);
            }
        }
    }
}
