using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// Session 60 (judge60): "refused to withdraw its ships from the reef despite Chinese demands", "said he would never
        /// cede an inch of land despite pressure from Beijing", "would not resign despite weeks of protests led by students",
        /// "Refusing to bow to pressure from Washington, the president said ...": a rejection or refusal (12x) that names no
        /// target of its own is the answer to whoever pressed for the refused act, and the sentence names them in a concessive
        /// ("despite", "in spite of", "in defiance of") or yielding phrase ("bow to", "under pressure from", "in the face of")
        /// around a noun of pressure, demand or appeal (<see cref="PressureDefied"/>). CAMEO aims a rejection at the side whose
        /// demand or proposal is rejected, as the gold does (eb71087, eb30044, eb16022). Invariants: only asserted, unnegated
        /// 12x events with no target, place or implied target country; the pressing side is an actor the phrase names, or the
        /// civil role its nouns name ("student protests") in the source's country, never the source's own side nor a reporter;
        /// pressure with no one named ("despite the protests", "despite weeks of protests") leaves the refusal untargeted, as
        /// the gold keeps it (eb25083, eb29058), unlike a concession's aim at the country's people.
        /// </summary>
        private void AimRefusalsAtTheDefiedPressure()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Source < 0 || p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null || p.Negated
                    || !p.Cameo.StartsWith("12", StringComparison.Ordinal) || p.Sentence != _sentence) continue;
                if (PressureDefied(p.Source) is not var (actor, role)) continue;
                if (actor >= 0) _out[i] = p with { Target = actor, Rule = p.Rule + ",tgt=pressure-defied" };
                else if (role is not null && A(p.Source).Country is { } home && !IsCountryItself(p.Source, home))
                    _out[i] = p with { TargetCountry = home, TargetRole = role, Rule = p.Rule + ",tgt=pressure-defied(" + role + ")" };
            }
        }

        /// <summary>Nouns of pressure a refusal holds out against: the yielding phrase's pressure nouns and the asking nouns
        /// a refusal answers ("despite repeated appeals from Paris", "despite a court order", "in defiance of a request").</summary>
        private static readonly HashSet<string> DefiedPressureNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "pressure", "pressures", "demand", "demands", "criticism", "call", "calls", "outcry", "protest", "protests",
            "demonstrations", "rallies", "strike", "strikes", "opposition", "appeal", "appeals", "plea", "pleas", "request",
            "requests", "order", "orders", "ultimatum", "objection", "objections", "urging",
        };

        /// <summary>
        /// The side a concessive or yielding phrase of the sentence names against <paramref name="src"/>: "despite", "in spite
        /// of", "in defiance of", "bow(ed) / yield(ing) / cave(d) to", "give in to", "under pressure from", "in the face of",
        /// followed within five words (no punctuation) by a noun of <see cref="DefiedPressureNouns"/>; the phrase runs on to the
        /// next punctuation, at most five words past the noun. The side is the phrase's first actor that is not the source's
        /// side nor a reporter ("Chinese demands", "appeals from Paris", "protests led by students"), else (-1, role) for a
        /// civil role noun in the phrase; null when the phrase names no one or there is none.
        /// </summary>
        private (int Actor, string? Role)? PressureDefied(int src)
        {
            for (int k = _f; k < _e; k++)
            {
                if (PressurePhraseAt(k, DefiedPressureNouns, concessive: true) is not var (start, end)) continue;
                for (int j = start; j < end; j++)
                {
                    int a = ActorAt(j);
                    if (a >= 0 && a != src && !SameSide(a, src) && !_reporters.Contains(a)) return (a, null);
                }
                for (int j = start; j < end; j++)
                    if (_tree.Parsed && doc.TokUpos(j) is Upos.NOUN && !DefiedPressureNouns.Contains(W(j).ToString()) && CivilRoleOf(j) is { } role)
                        return (-1, role);
            }
            return null;
        }
    }
}
