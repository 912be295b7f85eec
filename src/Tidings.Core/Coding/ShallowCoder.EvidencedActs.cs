using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Nouns whose "of" phrase names an act as what is alleged, reported or shown, not as news told done.</summary>
        private static readonly HashSet<string> AllegingNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "evidence", "allegation", "report", "claim", "account", "testimony", "rumour", "rumor", "accusation", "proof",
        };

        /// <summary>
        /// "handed the court evidence of more than 300 cases of torture by Russian forces", "gathered testimony of killings by
        /// the militia", "dismissed reports of executions": an event noun in the "of" phrase of a noun of alleging (possibly
        /// through a counting noun, "cases of", "instances of") is what the evidence or report is about. Rights groups and
        /// prosecutors hand over or collect it; the act is alleged, as an accusation's act is (gold/README.md: the alleged act
        /// is not coded). Invariant: only events whose trigger is a noun ("noun:" rule) hanging, by at most three "of" steps,
        /// under one of <see cref="AllegingNouns"/> are removed; verbs and other nouns are never touched.
        /// </summary>
        private void DropEvidencedActs()
        {
            if (_out.Count == 0 || !_tree.Parsed) return;
            _out.RemoveAll(m => m.Rule.StartsWith("noun:", StringComparison.Ordinal) && UnderAllegingNoun(m.Trigger.FirstToken));
        }

        private bool UnderAllegingNoun(int t)
        {
            for (int step = 0, n = t; step < 3 && n >= _f && n < _e; step++)
            {
                if (doc.Token(n).Relation != "nmod" || !OfCase(n)) return false;
                int h = doc.Token(n).Head;
                if (h < _f || h >= _e || doc.TokUpos(h) != Upos.NOUN) return false;
                if (doc.Token(h).Lemma is { } l && AllegingNouns.Contains(l)) return true;
                n = h;
            }
            return false;
        }

        /// <summary>True when token <paramref name="n"/> has an "of" case marker among its dependents.</summary>
        private bool OfCase(int n)
        {
            for (int k = Math.Max(_f, n - 6); k < n; k++)
                if (doc.Token(k).Head == n && doc.Token(k).Relation == "case" && W(k).Equals("of", StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }
}
