using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Nouns that name what an accusation says, and that a following relative clause can deny.</summary>
        private static readonly HashSet<string> ChargeNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "charge", "claim", "accusation", "allegation", "assertion", "suggestion",
        };

        /// <summary>Verbs of denying a charge (016) when the charge is their object.</summary>
        private static readonly HashSet<string> ChargeDenyingVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "deny", "reject", "dismiss", "refute", "dispute", "rebut",
        };

        /// <summary>
        /// "X accused Y of arming the rebels, a charge Y denied", "Washington accuses Maduro of leading a cartel, a charge he
        /// denies", "..., an allegation that Kigali has rejected", "..., allegations the government denies": a charge noun set off after an accusation, whose relative
        /// clause denies it, is the denial (016) of its subject against the accuser. The noun comes before its verb, so the
        /// lexicon's phrases ("reject charge") cannot match it. A pronoun subject ("he", "it") is the accused, the one a
        /// charge lies on. Runs after the sentence's triggers are coded: the accusation must already be among its events,
        /// and a bare denial the verb "deny" coded without a target gives way to this one.
        /// </summary>
        private void CodeDeniedCharges()
        {
            for (int k = _f + 2; k < _e - 1; k++)
            {
                if (!ChargeNouns.Contains(doc.TokLemma(k) ?? W(k).ToString())) continue;
                // ", a charge ...", ", an accusation ...": an appositive after the clause, not "the charge" as an object; a plural
                // needs no article (", allegations the government denies", session 35).
                bool withArticle = W(k - 1) is "a" or "an" or "A" or "An" && W(k - 2) is "," or "—" or "–" or "-";
                bool barePlural = W(k - 1) is "," or "—" or "–" or "-" && doc.TokXpos(k) == "NNS";
                if (!withArticle && !barePlural) continue;
                int s = k + 1;
                if (s < _e && W(s) is "that" or "which") s++;
                // The relative clause's verb: within a short subject and auxiliaries.
                int v = -1;
                for (int j = s + 1; j < _e && j <= s + 7; j++)
                {
                    if (ChargeDenyingVerbs.Contains(doc.TokLemma(j) ?? "")) { v = j; break; }
                    if (W(j) is "," or "." or ";" or "and" or "but") break;
                }
                if (v < 0) continue;
                // No negated denial ("a charge it has not denied").
                bool negatedDenial = false;
                for (int j = s; j < v; j++) if (Is(j, Words.Negation)) negatedDenial = true;
                if (negatedDenial) continue;
                // The accusation the charge restates: the last 11x event before the charge noun.
                EventMention? accusation = null;
                foreach (var o in _out)
                    if (o.Cameo.StartsWith("11", StringComparison.Ordinal) && !o.Negated && o.Source >= 0 && o.Trigger.FirstToken < k
                        && (accusation is null || o.Trigger.FirstToken > accusation.Trigger.FirstToken))
                        accusation = o;
                int denier = -1;
                for (int j = s; j < v && denier < 0; j++) if (actorOf[j] >= 0 && !IsModifier(actorOf[j])) denier = actorOf[j];
                if (denier < 0)
                {
                    // "a charge he denies", "a charge it rejected": the pronoun is the one the charge lies on.
                    bool pronoun = false;
                    for (int j = s; j < v; j++) if (W(j) is "he" or "she" or "it" or "they") pronoun = true;
                    if (pronoun && accusation is { Target: >= 0 }) denier = accusation.Target;
                }
                if (denier < 0) continue;
                int accuser = accusation is { } acc && acc.Source != denier ? acc.Source : -1;
                // "The army said its drones had destroyed a rebel depot, a claim the group denied", "Sea-Watch said the crew had
                // fired shots ..., a charge the coast guard denied": with no accusation verb before it, the charge restates what
                // the sentence's reporting source said, so that source made the charge and the denial answers it (decision 063:
                // the accuser first). Invariants: only when no 11x accusation precedes the charge noun; the reporter must be
                // another actor than the denier, of another code, and not the denier's own state by its bare code (a "Libyan" read
                // as the reporter of a charge the Libyan coast guard denies is a misread reporter, not an accuser).
                if (accuser < 0 && accusation is null && AttributionOf(new TokenRange(k, k + 1)) is var claimant && claimant >= 0
                    && claimant != denier && A(claimant).Code is { } claimantCode && claimantCode != A(denier).Code
                    && !(A(denier).Country is { } denierState && IsCountryItself(claimant, denierState))
                    && !(A(claimant).Country is { } claimantState && IsCountryItself(denier, claimantState)))
                    accuser = claimant;
                // The verb "deny" may already have coded the denial without its target (or with a word of the charge as one).
                // "rejected" and "dismissed" read alone are a rejection (12x); of a charge they are this denial.
                _out.RemoveAll(o => (o.Cameo == "016" && o.Source == denier && o.Trigger.FirstToken >= k && o.Trigger.FirstToken <= v)
                    || (o.Cameo.StartsWith("12", StringComparison.Ordinal) && o.Trigger.FirstToken == v));
                _seen.RemoveWhere(x => x.Item1 == denier && x.Item3 == "016");
                // "accused Chad in June of ..., a charge N'Djamena rejects": the standing denial of a charge told as context is
                // context too.
                Emit(new TokenRange(v, v + 1), "016", denier, accuser,
                    $"denied-charge:{W(k).ToString()} {doc.TokLemma(v)}→016 src=relative-subject,tgt={(accuser < 0 ? "none" : accusation is null ? "claimant" : "accuser")}", false,
                    CueDates(v, v) || accusation is { Background: true }, Modality.Asserted);
                ConsumeTriggers((t, node) => t.Start >= k && t.Start <= v);
            }
        }
    }
}
