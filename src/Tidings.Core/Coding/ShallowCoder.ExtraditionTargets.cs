using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 60 (judge60): "refused to extradite a Chinese businessman wanted in China", "Kenya extradited a Turkish
        /// businessman wanted on fraud charges", "would not extradite the Kazakh banker": judicial cooperation (063) and its
        /// refusal (1213) are between states, the one that holds the person and the one that wants him; the gold aims them at
        /// the state that asked (eb43111, eb43110 CHN; "to Kigali", "wanted in New York" the same), never at the person handed
        /// over. When the coder took the extradited person as target (the verb's object) and the person is of another
        /// country than the source, the target becomes that state as a whole: the country of a "wanted in PLACE" phrase, else
        /// the person's own country. Invariants: only "extradite" and "extradition" triggers; a target from a "to" phrase or
        /// a request's owner is kept; a person of the source's own country ("would not extradite the former general") keeps
        /// the event as it is unless a "wanted in" phrase names another state ("extradited a former police chief wanted in
        /// Miami": USA).
        /// </summary>
        private void AimExtraditionsAtTheWantingState()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Cameo is not ("063" or "1213") || p.Source < 0 || p.Target < 0 || p.Sentence != _sentence) continue;
                if (!p.Rule.Contains("tgt=tree:obj", StringComparison.Ordinal) && !p.Rule.Contains("tgt=object", StringComparison.Ordinal)) continue;
                bool extradition = false;
                for (int k = p.Trigger.FirstToken; k < p.Trigger.EndToken && !extradition; k++)
                    extradition = doc.TokLemma(k)?.ToLowerInvariant() is "extradite" or "extradition";
                if (!extradition) continue;
                if (A(p.Target).Code is not { Length: > 3 } || A(p.Target).Country is not { } personCountry) continue;
                string? home = A(p.Source).Country;
                string wanting = WantedInCountry() ?? personCountry;
                if (wanting == home) continue;
                // Session 66 (role66): "extradited a Moroccan businessman wanted for money laundering to Rabat": the "to" phrase
                // the parse hung on the participle still names where the person is handed over; its capital stands for the
                // receiving government (decision 111, as a "to" phrase under the verb is read above).
                string? role = ToCapitalAfter(p.Trigger.EndToken, wanting) ? "GOV" : null;
                _out[i] = p with { Target = -1, TargetCountry = wanting, TargetRole = role, Rule = p.Rule + ",tgt=wanting-state(" + wanting + ")" + (role is null ? "" : "(capital)") };
            }
        }

        /// <summary>True when a place right after "to", after token <paramref name="from"/> in the sentence, is the capital of
        /// <paramref name="iso"/> ("... to Rabat").</summary>
        private bool ToCapitalAfter(int from, string iso)
        {
            foreach (var pl in doc.Places)
            {
                int s = pl.Tokens.FirstToken;
                if (s <= from || s >= _e || pl.Place is not { Country: { } c } place || c != iso) continue;
                if (IsWord(s - 1, "to") && Actors.ActorLexicon.Default.IsCapitalPlace(place)) return true;
            }
            return false;
        }

        /// <summary>The country of a place named right after "wanted in" in the sentence ("a banker wanted in Moscow"), else null.</summary>
        private string? WantedInCountry()
        {
            foreach (var pl in doc.Places)
            {
                int s = pl.Tokens.FirstToken;
                if (s < _f + 2 || s >= _e || pl.Place?.Country is not { } c) continue;
                if (IsWord(s - 1, "in") && IsWord(s - 2, "wanted")) return c;
            }
            return null;
        }
    }
}
