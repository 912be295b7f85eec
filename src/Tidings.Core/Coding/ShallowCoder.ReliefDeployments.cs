using Tidings.Documents;

namespace Tidings.Coding;

/// <summary>
/// Session 63 (blind81): a state's own forces sent at home to rescue, evacuate or supply people ("Bangladesh's army deployed
/// 3,000 soldiers and 40 boats to rescue families stranded by floods", "the air force flew helicopters to rescue people
/// trapped on rooftops") give humanitarian aid (073) to the people helped, not a mobilisation (153, 154): decision 018's
/// show of force is a display of a state's force to someone, and a relief deployment displays none (decision 089 C; eb60039
/// codes an army's relief to the displaced 073 from the force). A deployment to restore order, guard, patrol, fight or
/// enforce a curfew keeps 153/154.
/// </summary>
public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Verbs of a relief purpose that need no named recipient: rescuing, evacuating and supplying people.</summary>
        private static readonly HashSet<string> ReliefPurposeVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "rescue", "evacuate", "distribute", "deliver", "airlift", "feed", "shelter",
        };

        /// <summary>Verbs of helping that are a relief purpose only when the helped are civilians or displaced people ("to help
        /// flood victims", not "to help police contain protests").</summary>
        private static readonly HashSet<string> HelpPurposeVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "help", "assist", "aid", "support",
        };

        /// <summary>Nouns of people held captive: rescuing them is a release (0841, decision 066), not relief.</summary>
        private static readonly HashSet<string> CaptiveNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "hostage", "captive", "prisoner", "detainee", "abductee",
        };

        /// <summary>
        /// The code of a force deployment given the lexicon's <paramref name="code"/>: a mobilisation at home (153, 154), or
        /// forces sent to another country (074 of "send @force") but not on a mission, whose verb has a purpose infinitive of
        /// relief (on the verb, "deployed soldiers to rescue ...", or on its object, where the parser often hangs it) is
        /// humanitarian aid (073). The helped, the purpose verb's object, become the target when they are an actor of the
        /// country served (the destination abroad, else the source's own) with a civilian or displaced role (CVL, REF); with no
        /// target the country served is. Invariants: only 153, 154 and 074 are rewritten, and only to 073; a mobilisation with
        /// a target or destination abroad, and forces sent to serve in a mission, keep their reading; people told as captives
        /// ("to rescue the kidnapped pupils", "to rescue hostages") are left to the rescue-of-captives reading (0841); the
        /// source is untouched.
        /// </summary>
        private string ReliefDeploymentCode(string code, TokenRange range, int src, ref int tgt, ref string? targetCountry)
        {
            if (code is not ("153" or "154" or "074") || src < 0 || !_tree.Parsed) return code;
            int verb = range.FirstToken;
            if (verb < _f || verb >= _e || doc.TokUpos(verb) != Upos.VERB) return code;
            if (A(src).Country is not { } home) return code;
            // A mobilisation (153/154) stays at home: one told with a target or destination abroad is a show of force there.
            // "send @force" (074) is the lexicon's reading of forces sent, meant for another country ("sent soldiers to rescue
            // residents" at home gets it too); sent to serve in a mission it is that mission's protection (decision 088),
            // which keeps it.
            string? abroad = tgt >= 0 && A(tgt).Country is { } tc && tc != home ? tc
                : targetCountry is { } given && given != home ? given
                : _tree.DestinationCountry(verb, doc.Places) is { } dest && dest != home ? dest : null;
            if (code is "153" or "154" && abroad is not null) return code;
            if (code == "074" && _tree.DeployedOnMission(verb)) return code;
            int purpose = ReliefPurpose(verb, out int helped);
            if (purpose < 0) return code;
            // "sent troops to Lebanon to evacuate its citizens": forces sent abroad to evacuate take their own nationals out,
            // which is no aid to the country they go to.
            if (abroad is not null && string.Equals(doc.TokLemma(purpose), "evacuate", StringComparison.OrdinalIgnoreCase)) return code;
            int actor = helped >= 0 ? ActorAt(helped) : -1;
            string served = abroad ?? home;
            bool civilian = actor >= 0 && A(actor).Country == served && RoleOf(actor) is "CVL" or "REF";
            if (HelpPurposeVerbs.Contains(doc.TokLemma(purpose) ?? "") && !civilian && !HelpsToRelieve(purpose)) return code;
            if (civilian) tgt = actor;
            else if (tgt < 0) targetCountry ??= served;
            return "073";
        }

        /// <summary>Goods of relief that a verb of helping may take when the parser reads the relief verb before them as a
        /// modifier ("to help distribute food" with "distribute" an adjective of "food").</summary>
        private static readonly HashSet<string> ReliefGoodsNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "food", "aid", "relief", "supply", "medicine", "water", "tent", "shelter",
        };

        /// <summary>"to help distribute food", "to assist in rescuing": a verb of helping whose complement is itself a relief
        /// verb, or whose object is relief goods ("to help distribute food" parsed with "food" as the object of "help").</summary>
        private bool HelpsToRelieve(int help)
        {
            for (int k = _f; k < _e; k++)
            {
                if (doc.Token(k).Head != help) continue;
                if (doc.Token(k).Relation is "xcomp" or "ccomp" or "advcl" && ReliefPurposeVerbs.Contains(doc.TokLemma(k) ?? "")) return true;
                if (doc.Token(k).Relation == "obj" && ReliefGoodsNouns.Contains(doc.TokLemma(k) ?? "")) return true;
            }
            return false;
        }

        /// <summary>The relief purpose infinitive of deployment verb <paramref name="verb"/> (an <c>advcl</c>/<c>xcomp</c> of the
        /// verb or an <c>acl</c> of its object or the object's conjunct, marked by "to"), and in <paramref name="helped"/> its
        /// direct object; -1 when there is none or when the helped are captives.</summary>
        private int ReliefPurpose(int verb, out int helped)
        {
            helped = -1;
            var heads = new List<int> { verb };
            int obj = DependentOf(verb, "obj");
            if (obj >= 0)
            {
                heads.Add(obj);
                for (int k = _f; k < _e; k++)
                    if (doc.Token(k).Head == obj && doc.Token(k).Relation == "conj") heads.Add(k);
            }
            for (int k = _f; k < _e; k++)
            {
                var t = doc.Token(k);
                if (!heads.Contains(t.Head) || doc.TokUpos(k) != Upos.VERB) continue;
                bool onVerb = t.Head == verb && t.Relation is "advcl" or "xcomp";
                bool onObject = t.Head != verb && t.Relation is "acl";
                if (!onVerb && !onObject) continue;
                if (!IsWord(DependentOf(k, "mark"), "to")) continue;
                string lemma = doc.TokLemma(k) ?? "";
                if (!ReliefPurposeVerbs.Contains(lemma) && !HelpPurposeVerbs.Contains(lemma)) continue;
                int o = DependentOf(k, "obj");
                if (o >= 0 && IsCaptive(o)) return -1;
                helped = o;
                return k;
            }
            return -1;
        }

        /// <summary>True when noun <paramref name="n"/> names captives: a captive noun, or a participle or adjective of
        /// captivity on it ("the kidnapped pupils", "villagers abducted by bandits").</summary>
        private bool IsCaptive(int n) => CaptiveNouns.Contains(doc.TokLemma(n) ?? "") || HasCaptivityModifier(n);
    }
}
