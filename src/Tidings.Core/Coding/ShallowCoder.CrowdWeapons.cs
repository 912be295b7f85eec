using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    /// <summary>
    /// Session 67 (coerce67): crowd-control weapons named as the means of a police or military act. "Riot police cleared the
    /// blockade with tear gas", "pushed them back with stun grenades", "responded with water cannon and rubber bullets": a
    /// force that does anything to people with tear gas, water cannon, rubber bullets, stun grenades, pepper spray or batons
    /// uses violent repression on them (175), whatever the verb, as "fired tear gas at" and "used water cannon to clear" do
    /// (the lexicon's weapon rows read only a weapon fired "at" or "on" someone or used by a light verb).
    /// </summary>
    private sealed partial class SentenceState
    {
        /// <summary>The head nouns of crowd-control weapons, each with the modifier that must stand right before it ("" when
        /// the noun names one alone): tear gas, water or sound cannon, rubber or plastic bullets, stun grenades, pepper spray,
        /// batons and truncheons. Live fire is left out: its rows code a killing apart.</summary>
        private static readonly (string Head, string Modifier)[] CrowdWeapons =
        [
            ("gas", "tear"), ("teargas", ""), ("tear-gas", ""), ("cannon", "water"), ("cannons", "water"), ("cannon", "sound"),
            ("bullet", "rubber"), ("bullets", "rubber"), ("bullets", "plastic"), ("grenade", "stun"), ("grenades", "stun"),
            ("spray", "pepper"), ("baton", ""), ("batons", ""), ("truncheon", ""), ("truncheons", ""), ("lathis", ""),
        ];

        /// <summary>Modal and future auxiliaries that tell an act not done ("would disperse them with tear gas").</summary>
        private static readonly WordSet UndoneAuxiliaries = new("will", "would", "may", "might", "could", "should", "can", "must", "shall");

        /// <summary>True when token <paramref name="t"/> is the head noun of a crowd-control weapon (<see cref="CrowdWeapons"/>).</summary>
        private bool IsCrowdWeapon(int t)
        {
            if (t < _f || t >= _e) return false;
            foreach (var (head, modifier) in CrowdWeapons)
                if (IsWord(t, head) && (modifier.Length == 0 || IsWord(t - 1, modifier))) return true;
            return false;
        }

        /// <summary>
        /// Codes 175 for a crowd-control weapon in a "with" phrase of a verb whose subject is a police or armed force (COP, MIL):
        /// aimed at the verb's object when that is an actor, else at no one (<see cref="AimForceAtProtesters"/> then aims it at
        /// the sentence's protesters, the event assembler at the people of the place). A frame event that read the weapon as
        /// what it frames ("pushed them back with stun grenades" as a push for grenades) is dropped. Invariants: only a finite,
        /// active verb told as done (no passive, no infinitive or participle without a subject, no modal, no negation); never
        /// when the same force already has an act of force (17-20) on that verb or weapon in the sentence ("charged protesters
        /// with batons", "dispersed them with tear gas", "beat students with batons" keep their own code); "armed with batons"
        /// has no subject and is no act.
        /// </summary>
        private void CodeCrowdWeaponsUsedWith()
        {
            if (!_tree.Parsed) return;
            for (int w = _f; w < _e; w++)
            {
                if (!IsWord(w, "with")) continue;
                int weapon = -1;
                for (int k = w + 1; k < Math.Min(_e, w + 9); k++)
                {
                    if (IsPunct(k) && !IsWord(k, ",")) break;
                    if (IsCrowdWeapon(k)) { weapon = k; break; }
                }
                if (weapon < 0) continue;
                int verb = GoverningVerbOfInstrument(weapon);
                if (verb < 0 || DependentOf(verb, "aux:pass") >= 0 || DependentOf(verb, "nsubj:pass") >= 0) continue;
                if (doc.Token(verb).Relation is "xcomp" or "acl" or "amod" || HasUndoneMark(verb)) continue;
                int subjNode = DependentOf(verb, "nsubj");
                // "cleared the blockade with tear gas and detained 23 farmers": a conjunct verb shares its first conjunct's subject.
                if (subjNode < 0 && doc.Token(verb).Relation == "conj" && doc.Token(verb).Head is var first && first >= _f && first < _e)
                    subjNode = DependentOf(first, "nsubj");
                if (subjNode < 0) continue;
                int src = ActorAt(subjNode);
                if (src < 0 || _reporters.Contains(src) || RoleOf(src) is not ("COP" or "MIL")) continue;
                int weaponStart = weapon;
                while (weaponStart - 1 > w && !IsPunct(weaponStart - 1) && doc.TokUpos(weaponStart - 1) is Upos.NOUN or Upos.ADJ) weaponStart--;
                var span = new TokenRange(weaponStart, weapon + 1);
                bool coded = _out.Exists(o => o.Sentence == _sentence && o.Source == src && o.Cameo.Length >= 2 && o.Cameo[..2] is "17" or "18" or "19" or "20"
                    && (Covers(o.Trigger, verb) || o.Trigger.FirstToken < span.EndToken && span.FirstToken < o.Trigger.EndToken));
                if (coded) continue;
                _out.RemoveAll(o => o.Sentence == _sentence && o.Rule.StartsWith("frame:", StringComparison.Ordinal) && !o.Cameo.StartsWith("17", StringComparison.Ordinal)
                    && o.Trigger.FirstToken < span.EndToken && span.FirstToken < o.Trigger.EndToken);
                int obj = DependentOf(verb, "obj");
                int tgt = obj >= 0 && ActorAt(obj) is var o2 && o2 >= 0 && o2 != src && !_reporters.Contains(o2) ? o2 : -1;
                string tgtHow = tgt >= 0 ? "tree:obj" : "none";
                // "cleared a blockade with tear gas and detained 23 farmers": with no people named as its object, the force is
                // aimed at whom the same force arrests in a verb conjoined to this one (those put down are those held).
                if (tgt < 0 && _out.Find(o => o.Sentence == _sentence && o.Source == src && o.Cameo == "173" && o.Target >= 0 && !o.Negated
                        && ConjoinedVerbs(verb, o.Trigger.FirstToken)) is { } arrest)
                {
                    tgt = arrest.Target; tgtHow = "arrested-in-conjunct";
                }
                Emit(span, "175", src, tgt, "instrument:with " + W(weapon).ToString().ToLowerInvariant() + "→175 src=tree:nsubj,tgt=" + tgtHow,
                    false, false, Modality.Asserted);
            }
        }

        /// <summary>True when verbs <paramref name="a"/> and <paramref name="b"/> are conjuncts of one another in the tree.</summary>
        private bool ConjoinedVerbs(int a, int b) =>
            a >= _f && a < _e && b >= _f && b < _e && a != b
            && (doc.Token(b).Relation == "conj" && doc.Token(b).Head == a || doc.Token(a).Relation == "conj" && doc.Token(a).Head == b);

        private static bool Covers(TokenRange r, int t) => r.FirstToken <= t && t < r.EndToken;

        /// <summary>The verb a weapon noun in a "with" phrase is the means of: its head when the phrase hangs on a verb, or the
        /// verb of the object or oblique noun the parser hung it on ("cleared the square with tear gas" read as the square's
        /// modifier); a weapon conjoined to another ("with batons and tear gas") goes through the first conjunct. -1 if none.</summary>
        private int GoverningVerbOfInstrument(int weapon)
        {
            int n = weapon;
            for (int hops = 0; hops < 4 && n >= _f && n < _e; hops++)
            {
                var rel = doc.Token(n).Relation ?? "";
                int head = doc.Token(n).Head;
                if (head < _f || head >= _e) return -1;
                if (rel == "conj" || rel == "compound") { n = head; continue; }
                if (rel.StartsWith("obl", StringComparison.Ordinal)) return doc.TokUpos(head) == Upos.VERB ? head : -1;
                if (rel.StartsWith("nmod", StringComparison.Ordinal) && hops < 3)
                {
                    var hrel = doc.Token(head).Relation ?? "";
                    int hh = doc.Token(head).Head;
                    if ((hrel == "obj" || hrel.StartsWith("obl", StringComparison.Ordinal)) && hh >= _f && hh < _e && doc.TokUpos(hh) == Upos.VERB) return hh;
                    return -1;
                }
                return -1;
            }
            return -1;
        }

        /// <summary>True when verb <paramref name="verb"/> carries a modal or future auxiliary or a negation ("would", "not").</summary>
        private bool HasUndoneMark(int verb)
        {
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != verb) continue;
                var rel = doc.Token(k).Relation ?? "";
                if (rel == "aux" && Is(k, UndoneAuxiliaries)) return true;
                if (rel == "advmod" && (IsWord(k, "not") || IsWord(k, "never") || IsWord(k, "n't"))) return true;
            }
            return false;
        }
    }
}
