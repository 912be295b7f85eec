using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>
        /// "Bowing to opposition demands, the government restored the election date", "Under pressure from weeks of street
        /// protests, the prime minister resigned", "Facing student protests, the court scrapped the quotas", "withdrew the decree,
        /// bowing to criticism from rights groups": a concession (08x) that names no target yields to whoever pressed for it, and
        /// the sentence names them in its yielding phrase (<see cref="PressureYieldedTo"/>): the actor there, else the civil role
        /// the phrase's nouns name ("union demands" LAB, "student protests" EDU) in the source's country, else, for protests
        /// or public pressure, the country's people (CVL), as decision 005 aims a concession made "after protests".
        /// Invariants: only events with no target, place or implied target country, not negated; never the source's own side
        /// nor a reporter; pressure with no one named ("bowed to pressure") leaves the event as it is.
        /// </summary>
        private void AimConcessionsAtThePressure()
        {
            int n = _out.Count;
            for (int i = 0; i < n; i++)
            {
                var p = _out[i];
                if (p.Source < 0 || p.Target >= 0 || p.TargetPlace >= 0 || p.TargetCountry is not null || p.Negated
                    || !p.Cameo.StartsWith("08", StringComparison.Ordinal) || p.Sentence != _sentence) continue;
                if (PressureYieldedTo(p.Source) is not var (actor, role)) continue;
                if (actor >= 0) _out[i] = p with { Target = actor, Rule = p.Rule + ",tgt=pressure-yielded-to" };
                else if (A(p.Source).Country is { } home && !IsCountryItself(p.Source, home))
                    _out[i] = p with { TargetCountry = home, TargetRole = role, Rule = p.Rule + ",tgt=pressure-yielded-to(" + role + ")" };
            }
        }

        /// <summary>Words of giving way that take a "to" phrase naming the pressure ("bowed to", "yielding to", "caved to").</summary>
        private static readonly HashSet<string> YieldVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "bow", "bows", "bowed", "bowing", "yield", "yields", "yielded", "yielding", "cave", "caves", "caved", "caving",
            "succumb", "succumbs", "succumbed", "succumbing", "relent", "relents", "relented", "relenting",
        };

        /// <summary>Nouns of pressure a concession gives way to.</summary>
        private static readonly HashSet<string> PressureNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "pressure", "pressures", "demand", "demands", "criticism", "calls", "outcry", "protest", "protests", "demonstrations",
            "rallies", "strike", "strikes", "anger", "opposition",
        };

        /// <summary>Pressure nouns that stand for the people of the country when no one else is named ("street protests",
        /// "public outcry"); with "pressure" itself only when "public" or "popular" says so.</summary>
        private static readonly HashSet<string> PeoplesPressureNouns = new(StringComparer.OrdinalIgnoreCase)
        { "outcry", "protest", "protests", "demonstrations", "rallies", "anger" };

        /// <summary>
        /// The side a yielding phrase of the sentence names: "bow(ed) / yield(ing) / cave(d) / succumb(ed) to", "give in to",
        /// "under (mounting) pressure from", "facing", "in the face of", followed within five words (no punctuation) by a
        /// pressure noun (<see cref="PressureNouns"/>). The phrase runs from its start to the next punctuation after the noun,
        /// at most five words past it. The side is the phrase's first actor ("criticism from rights groups", "the students'
        /// demand") that is not <paramref name="src"/>'s side nor a reporter; else (-1, role) for a civil role noun in the
        /// phrase ("union demands", "student protests"), else (-1, "CVL") for protests, outcry or public, popular or street
        /// pressure; null when the phrase names no one ("bowed to pressure") or there is no such phrase.
        /// </summary>
        private (int Actor, string Role)? PressureYieldedTo(int src)
        {
            for (int k = _f; k < _e; k++)
            {
                if (PressurePhraseAt(k, PressureNouns, concessive: false) is not var (start, end)) continue;
                for (int j = start; j < end; j++)
                {
                    int a = ActorAt(j);
                    if (a >= 0 && a != src && !SameSide(a, src) && !_reporters.Contains(a)) return (a, "CVL");
                }
                bool people = false;
                for (int j = start; j < end; j++)
                {
                    if (PeoplesPressureNouns.Contains(W(j).ToString()) || IsWord(j, "public") || IsWord(j, "popular") || IsWord(j, "street")) people = true;
                    if (_tree.Parsed && doc.TokUpos(j) is Upos.NOUN && !PressureNouns.Contains(W(j).ToString()) && CivilRoleOf(j) is { } role)
                        return (-1, role);
                }
                if (people) return (-1, "CVL");
            }
            return null;
        }

        /// <summary>
        /// The pressure phrase that opens at token <paramref name="k"/>, shared by concessions (<see cref="PressureYieldedTo"/>)
        /// and refusals (<see cref="PressureDefied"/>): a yielding opener ("bow(ed) / yield(ing) / cave(d) / succumb(ed) to",
        /// "give in to", "under (mounting) pressure", "in the face of"), "facing" for a concession, or a concessive opener
        /// ("despite", "in spite of", "in defiance of") for a refusal, followed within five words (no punctuation) by a noun
        /// of <paramref name="nouns"/>. Returns the phrase's first word after the opener and its end: the next punctuation
        /// after the noun, at most five words past it ("pressure from weeks of street protests", "criticism from rights
        /// groups"); null when no such phrase opens at <paramref name="k"/>.
        /// </summary>
        private (int Start, int End)? PressurePhraseAt(int k, HashSet<string> nouns, bool concessive)
        {
            int start = -1;
            if (YieldVerbs.Contains(W(k).ToString()) && IsWord(k + 1, "to")) start = k + 2;
            else if (W(k).ToString() is "give" or "gives" or "gave" or "given" or "giving" && IsWord(k + 1, "in") && IsWord(k + 2, "to")) start = k + 3;
            else if (IsWord(k, "under") && (IsWord(k + 1, "pressure") || IsWord(k + 2, "pressure"))) start = k + 1;
            else if (IsWord(k, "in") && IsWord(k + 1, "the") && IsWord(k + 2, "face") && IsWord(k + 3, "of")) start = k + 4;
            else if (!concessive && IsWord(k, "facing") && k + 1 < _e && !IsWord(k + 1, "charges")) start = k + 1;
            else if (concessive && IsWord(k, "despite")) start = k + 1;
            else if (concessive && IsWord(k, "in") && IsWord(k + 1, "spite") && IsWord(k + 2, "of")) start = k + 3;
            else if (concessive && IsWord(k, "in") && IsWord(k + 1, "defiance") && IsWord(k + 2, "of")) start = k + 3;
            if (start < 0) return null;
            int noun = -1;
            for (int j = start; j < Math.Min(_e, start + 5); j++)
            {
                if (IsPunct(j)) break;
                if (nouns.Contains(W(j).ToString())) noun = j;
                else if (noun >= 0) break;
            }
            if (noun < 0) return null;
            int end = noun + 1;
            while (end < Math.Min(_e, noun + 6) && !IsPunct(end)) end++;
            return (start, end);
        }
    }
}
