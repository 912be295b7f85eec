using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Verbs by which a leader or commander is present at a weapons test ("oversaw the test", "watched the
        /// launch", "inspected a test-fire", "supervised the firing").</summary>
        private static readonly WordSet OverseeingVerbs = new("oversee", "oversaw", "overseen", "watch", "inspect", "supervise", "guide");

        /// <summary>Nouns of a weapons test or launch, the object of an overseeing verb.</summary>
        private static readonly WordSet TestNouns = new("test", "tests", "launch", "launches", "test-fire", "test-fires", "test-firing",
            "firing", "launching", "test-launch", "test-launches", "drill", "drills");

        /// <summary>Words that make a test or launch a weapons one: without one of them in the sentence "oversaw the launch of a
        /// new health scheme" or "watched the test" of a vaccine is no show of force.</summary>
        private static readonly WordSet TestedWeaponWords = new("missile", "missiles", "rocket", "rockets", "launcher", "launchers",
            "icbm", "icbms", "warhead", "warheads", "artillery", "weapon", "weapons", "nuclear", "hypersonic", "ballistic",
            "projectile", "projectiles", "torpedo", "torpedoes", "howitzer", "howitzers", "satellite");

        /// <summary>Nouns of a force that a state orders somewhere ("ordered the army onto the streets", "ordered the National
        /// Guard to the border", "ordered two infantry battalions to the region").</summary>
        private static readonly WordSet OrderedForceNouns = new("army", "military", "troops", "troop", "soldiers", "soldier",
            "reinforcements", "battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "paratroopers", "marines",
            "commandos", "navy", "guard", "guards", "guardsmen", "reservists", "police", "policemen", "gendarmes", "gendarmerie",
            "units", "forces");

        /// <summary>Prepositions of a goal a force is ordered to.</summary>
        private static readonly WordSet GoalPrepositions = new("to", "onto", "into", "toward", "towards", "across");

        /// <summary>Goals that send a force home rather than out: an order to barracks or base is a pull-back.</summary>
        private static readonly WordSet ReturnGoals = new("barracks", "base", "bases", "home", "camp", "camps", "garrison", "garrisons");

        /// <summary>True when the sentence holds an overseeing verb or the verb "order": the passes below may code it though no
        /// lexicon trigger fires.</summary>
        private bool AnyOverseeingOrOrder()
        {
            for (int t = _f; t < _e; t++)
                if (doc.TokUpos(t) == Upos.VERB && (Is(t, OverseeingVerbs) || doc.TokLemma(t) is "oversee" or "watch" or "inspect"
                        or "supervise" or "guide" or "order")) return true;
            return false;
        }

        /// <summary>True when an aux or mark of the verb makes it a plan, a possibility or an infinitive ("would order", "to
        /// watch", "may oversee"): not an act done.</summary>
        private bool UnrealVerb(int verb)
        {
            for (int k = _f; k < _e; k++)
                if (doc.Token(k).Head == verb && doc.Token(k).Relation is "aux" or "mark"
                    && (Is(k, Words.IntendModal) || Is(k, UnrealModals) || IsWord(k, "to"))) return true;
            return false;
        }

        /// <summary>
        /// "Kim Jong Un oversaw the test of a new hypersonic missile", "the leader watched a new rocket launcher being fired",
        /// "inspected a test-fire of a multiple rocket launcher system": a leader or commander present at a weapons test or
        /// launch is the state showing its force, as the launch itself is (decision 077: a test is 150 with no target). The
        /// overseer is the source, as the gold codes it (PRKGOV in every tunable line that names the leader).
        /// Invariants: the verb is an overseeing verb, active, not negated, not a plan or possibility; its object is a test or
        /// launch noun, or any noun with a participle "being fired/launched/tested"; the sentence names a weapon word
        /// (<see cref="TestedWeaponWords"/>); the source is the verb's subject actor, a government, force or bare country;
        /// nothing is coded when the sentence already codes a show of force (15x) by the same source; the target is none.
        /// </summary>
        private void CodeOverseenWeaponsTests()
        {
            if (!_tree.Parsed) return;
            bool weapon = false;
            for (int t = _f; t < _e && !weapon; t++) weapon = Is(t, TestedWeaponWords);
            if (!weapon) return;
            for (int v = _f; v < _e; v++)
            {
                if (doc.TokUpos(v) != Upos.VERB || doc.TokLemma(v) is not ("oversee" or "watch" or "inspect" or "supervise" or "guide")
                        && !Is(v, OverseeingVerbs)) continue;
                if (_tree.IsPassive(v) || _tree.IsNegated(v) || UnrealVerb(v)) continue;
                int obj = DependentOf(v, "obj");
                if (obj < 0) continue;
                bool test = Is(obj, TestNouns);
                // "watched a new multiple rocket launcher being fired": the object fired, tested or launched before the overseer.
                for (int k = obj + 1; k < _e && !test; k++)
                    test = doc.Token(k).Head == obj && doc.Token(k).Relation is "acl" or "acl:relcl" && doc.TokLemma(k) is "fire" or "launch" or "test";
                if (!test) continue;
                int subj = DependentOf(v, "nsubj");
                int src = subj >= 0 ? ActorAt(subj) : -1;
                if (src < 0 || A(src).Country is null || A(src).Code is not { } srcCode) continue;
                if (!(srcCode.Length == 3 || RoleOf(src) is "GOV" or "MIL")) continue;
                // "Seoul's military watched North Korea's launch": a test owned by another country is the other's, watched.
                bool others = false;
                for (int k = _f; k < _e && !others; k++)
                    others = doc.Token(k).Head == obj && ActorAt(k) is var owner && owner >= 0 && A(owner).Country is { } oc && oc != A(src).Country;
                if (others) continue;
                bool shown = false;
                foreach (var o in _out)
                    if (o.Sentence == _sentence && o.Source == src && o.Cameo.StartsWith("15", StringComparison.Ordinal)) shown = true;
                if (shown) continue;
                Emit(new TokenRange(v, v + 1), "150", src, -1, $"overseen-test:{doc.TokLemma(v)}+{doc.TokLemma(obj)}→150 src=tree:nsubj,tgt=none",
                    false, CueDates(v, v), Modality.Asserted);
            }
        }

        /// <summary>
        /// "Ecuador's president ordered the army onto the streets", "the governor ordered the state's National Guard to the border
        /// with Mexico", "the government has ordered two additional infantry battalions to the forests of Chhattisgarh": a force
        /// ordered to a place is deployed there (154; 153 for police), as "deployed the army to the streets" is; the order is no
        /// demand of the force, which is the orderer's own. The source is the orderer (a state or its government becomes the
        /// force named, decision 018 via <see cref="PostureForce"/>); the target is the state across a border "with X", else none,
        /// as a deployment needs none.
        /// Invariants: the verb "order" is active, not negated and not a plan; its object's head is a force noun
        /// (<see cref="OrderedForceNouns"/>); a goal phrase (to, onto, into, toward, across) hangs on the verb or the object and is
        /// a noun, not a return to barracks, base or home, and comes before any clausal complement ("ordered the army to
        /// withdraw", "ordered troops back", "ordered police to disperse the crowd" are other acts); nothing is coded when the sentence
        /// already codes a 15x event at the verb.
        /// </summary>
        private void CodeForcesOrderedToAPlace()
        {
            if (!_tree.Parsed) return;
            for (int v = _f; v < _e; v++)
            {
                if (doc.TokUpos(v) != Upos.VERB || doc.TokLemma(v) != "order") continue;
                if (_tree.IsPassive(v) || _tree.IsNegated(v) || UnrealVerb(v)) continue;
                int obj = DependentOf(v, "obj");
                if (obj < 0 || !Is(obj, OrderedForceNouns)) continue;
                bool returning = false; int goal = -1, clause = -1;
                for (int k = _f; k < _e; k++)
                {
                    var tok = doc.Token(k);
                    if (tok.Head == v && tok.Relation is "xcomp" or "ccomp" && clause < 0) clause = k;
                    if ((tok.Head == v || tok.Head == obj) && (IsWord(k, "back") || IsWord(k, "home") || IsWord(k, "out"))) returning = true;
                    if ((tok.Head == v || tok.Head == obj) && tok.Relation is { } rel && (rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal))
                        && doc.TokUpos(k) is Upos.NOUN or Upos.PROPN && DependentOf(k, "case") is var c && c >= 0 && Is(c, GoalPrepositions) && goal < 0)
                    {
                        goal = k;
                        if (Is(k, ReturnGoals)) returning = true;
                    }
                }
                // "ordered the army to withdraw to its barracks": a clausal complement before any goal is the act ordered;
                // "ordered the army onto the streets to fight drug gangs" has its goal first and the purpose after.
                if (goal < 0 || returning || (clause >= 0 && clause < goal)) continue;
                int subj = DependentOf(v, "nsubj");
                int src = subj >= 0 ? ActorAt(subj) : -1;
                int forceActor = ActorAt(obj);
                if (forceActor >= 0 && RoleOf(forceActor) is "MIL" or "COP" && A(forceActor).Country is not null
                    && (src < 0 || A(src).Country is null || A(src).Country == A(forceActor).Country)) src = forceActor;
                if (src < 0 || A(src).Country is null) continue;
                bool shown = false;
                foreach (var o in _out)
                    if (o.Sentence == _sentence && o.Cameo.StartsWith("15", StringComparison.Ordinal) && o.Trigger.FirstToken <= v && v < o.Trigger.EndToken) shown = true;
                if (shown) continue;
                bool police = Is(obj, PoliceForceWords) || IsWord(obj, "police") || (obj > _f && IsWord(obj - 1, "police"));
                // "to the border with Mexico": the state across the border.
                int tgt = -1;
                for (int k = goal; k < Math.Min(_e, goal + 4); k++)
                    if ((IsWord(k, "border") || IsWord(k, "frontier")) && IsWord(k + 1, "with") && ActorAt(k + 2) is var across && across >= 0
                        && A(across).Country is { } ac && ac != A(src).Country) { tgt = across; break; }
                // "ordered the army onto the streets to fight drug gangs": the order is the orderer's deployment of its own force,
                // not a demand of the force or of the people the purpose clause names; a demand read off the same verb goes.
                int orderer = subj >= 0 ? ActorAt(subj) : -1;
                _out.RemoveAll(o => o.Sentence == _sentence && o.Cameo.StartsWith("10", StringComparison.Ordinal) && (o.Source == orderer || o.Source == src)
                    && o.Trigger.FirstToken <= v && v < o.Trigger.EndToken);
                Emit(new TokenRange(v, obj + 1), police ? "153" : "154", src, tgt,
                    $"ordered-force:order+{doc.TokLemma(obj)}→{(police ? "153" : "154")} src={(src == forceActor ? "force" : "tree:nsubj")},tgt={(tgt >= 0 ? "border-with" : "none")}",
                    false, CueDates(v, v), Modality.Asserted);
            }
        }
    }
}
