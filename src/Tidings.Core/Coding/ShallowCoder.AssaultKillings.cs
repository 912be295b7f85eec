using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 63 (fight63), decision 079's coder side: an armed group's assault on non-combatants and the killing the same
    /// sentence tells of it ("gunmen raided a farming settlement, killing 14 villagers", "attacked a church during Sunday
    /// mass, killing at least 15 worshippers", "armed men raided the village, killing 27 villagers in an overnight attack").
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>Lexicon entries of an armed assault on a place or people: the attack the killing is told of.</summary>
        private static readonly HashSet<string> AssaultEntries = new(StringComparer.Ordinal)
            { "attack", "storm", "raid", "open fire", "fire on", "fire at", "shoot at", "fire shot" };

        /// <summary>Session 67 (fight67): lexicon entries of a blast told of the bomb alone ("a car bomb exploded", "tore
        /// through a bus", "went off"): coded only when the verb's subject is a bomb the sentence names no bomber of.</summary>
        private static readonly HashSet<string> BombSubjectEntries = new(StringComparer.Ordinal) { "explode", "tear through", "rip through", "go off" };

        /// <summary>Session 67 (fight67): lexicon entries of firing on someone ("opened fire on", "fired on", "shot at"), short
        /// of hitting or killing: at non-combatants, an armed group's firing is the assault (180) an attack on them is.</summary>
        private static readonly HashSet<string> FiringEntries = new(StringComparer.Ordinal) { "open fire", "fire on", "fire at", "shoot at", "fire shot" };

        /// <summary>Lexicon entries of a killing ("killing nine people", "hacking five displaced people to death").</summary>
        private static readonly HashSet<string> KillingEntries = new(StringComparer.Ordinal) { "kill", "hack to death", "shoot dead" };

        /// <summary>The lexicon entry a mention's rule names ("verb:raid→190 src=..." gives "raid"); empty when none.</summary>
        private static string RuleEntry(string rule)
        {
            int colon = rule.IndexOf(':');
            int arrow = rule.IndexOf('→');
            return colon >= 0 && arrow > colon ? rule[(colon + 1)..arrow] : "";
        }

        /// <summary>
        /// Decision 079: an armed group's (REB, CRM) assault (attack, storm, raid, verb or noun) whose killing of non-combatants
        /// the sentence tells, by the same source, is coded by its victims: a mass killing (202, 25 or more non-combatants) is
        /// one event, so the assault beside it is dropped; fewer killed is the assault (180) beside the killing by assault
        /// (1823), both aimed at the victims. A killing the role reading left at 190 whose victims are civilians of a role
        /// (worshippers REL, villagers CVL, miners LAB) is that killing by assault (1823), or 202 at the mass-killing bound,
        /// as "gunmen killed seven worshippers" is coded where the killer is the verb's own subject.
        /// Invariants: an assault on a force (soldiers, police: the killing stays 190, the fighting) is untouched; so is a
        /// state force's raid (not REB or CRM), an assault with no killing told, and an assault whose killing is another
        /// source's, negated, or of another mode. Only asserted, non-background pairs.
        /// </summary>
        private void FoldAssaultsIntoTheirKillings()
        {
            if (_out.Count < 2) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var a = _out[i];
                if (a.Cameo is not ("190" or "180") || a.Source < 0 || a.Negated || a.Background || a.Modality != Modality.Asserted
                    || !AssaultEntries.Contains(RuleEntry(a.Rule))) continue;
                if (A(a.Source).Code is not { } attacker
                    || !(attacker.EndsWith("REB", StringComparison.Ordinal) || attacker.EndsWith("CRM", StringComparison.Ordinal))) continue;
                int ki = _out.FindIndex(k => !ReferenceEquals(k, a) && k.Source == a.Source && !k.Negated && !k.Background
                    && k.Modality == Modality.Asserted && KillingEntries.Contains(RuleEntry(k.Rule))
                    && (k.Cameo is "1823" or "202" || (k.Cameo == "190" && k.Target >= 0 && IsCivilian(k.Target))));
                if (ki < 0) continue;
                var kill = _out[ki];
                // Session 67 (fight67): "opened fire on a bus carrying pilgrims, killing nine people": people only counted who
                // were killed in an assault on a bus or a train are those it carried, named as a civilian actor of the same
                // country; the killing takes them. (An assault on a place, "a camp for displaced people", kills whoever is there:
                // the counted dead stay civilians.)
                if (kill.Target < 0 && kill.TargetRole == "CVL" && a.Target >= 0 && a.Rule.Contains("attacked-thing,carried", StringComparison.Ordinal)
                    && IsCivilian(a.Target) && A(a.Target).Country == kill.TargetCountry)
                {
                    kill = kill with { Target = a.Target, TargetCountry = a.TargetCountry, TargetRole = a.TargetRole, TargetCountryOfRole = a.TargetCountryOfRole, Rule = kill.Rule + ",assault-victims" };
                    _out[ki] = kill;
                }
                // Session 67 (fight67): "opened fire on worshippers leaving a mosque, killing 44 people": the killing the
                // participle tells of an assault took the assault's victims and 1823, whatever their number; people counted
                // at the mass-killing bound make it the massacre (202), as decision 079 writes.
                if (kill.Cameo == "1823" && RuleEntry(kill.Rule) == "kill" && _tree.CountedPeopleAtLeast(kill.Trigger.FirstToken, MassKillingAtLeast))
                {
                    kill = kill with { Cameo = "202", Rule = kill.Rule + ",assault-mass-killing" };
                    _out[ki] = kill;
                }
                if (kill.Cameo == "190")
                {
                    kill = kill with { Cameo = IsMassOfCivilians(kill.Target, MassKillingAtLeast) ? "202" : "1823", Rule = kill.Rule + ",assault-killing" };
                    _out[ki] = kill;
                }
                if (kill.Cameo == "202")
                {
                    _out.RemoveAt(i);
                    i--;
                    continue;
                }
                var assault = a with
                {
                    Cameo = "180", Target = kill.Target, TargetPlace = kill.TargetPlace, TargetCountry = kill.TargetCountry,
                    TargetRole = kill.TargetRole, TargetCountryOfRole = kill.TargetCountryOfRole, Rule = a.Rule + ",assault-of-killing",
                };
                if (_out.Exists(o => o.Source == assault.Source && o.Target == assault.Target && o.Cameo == "180" && o.TargetCountry == assault.TargetCountry
                        && o.TargetRole == assault.TargetRole && !ReferenceEquals(o, a)))
                {
                    _out.RemoveAt(i);
                    i--;
                    continue;
                }
                _out[i] = assault;
            }
        }
    }
}
