using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Nouns of an envoy a state recalls.</summary>
        private static readonly WordSet RecalledEnvoyNouns = new("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
            "chargé", "charge", "representative", "emissary", "consul");

        /// <summary>The country of the place mention that covers token <paramref name="t"/>, else null.</summary>
        private string? PlaceCountryAt(int t)
        {
            for (int i = 0; i < doc.Places.Count; i++)
                if (doc.Places[i].Tokens.FirstToken <= t && t < doc.Places[i].Tokens.EndToken) return doc.Places[i].Place?.Country;
            return null;
        }

        /// <summary>
        /// Session 68 (posture68): "Sweden recalls envoy from Iran over execution", "Ghana Recalls Ambassador To Togo", "Chile's
        /// president ... recalled his ambassador from Caracas": a recalled envoy is the recalling state's own, so the relation cut
        /// (161) is aimed at the host state the "from" or "to" phrase names, as the bare country, which is how every tunable
        /// recall with a named host is coded (a capital stands for the host state here, not for its government: "from Managua"
        /// NIC, "from Kigali" RWA). The actor stage may read a headline's bare "envoy" as the host's official (IRNGOV) or as the
        /// recaller's own (then dropped as a target), and a long subject may leave the capital's government.
        /// Invariants: only a 161 event whose trigger holds the verb "recall" with an envoy noun as its object; the host is the
        /// first actor or place of a "from"/"to" phrase on the envoy noun or on the verb, of another country than the source; only
        /// the target changes (to that bare country), when it is none, the envoy itself, or an actor or place of the host's country.
        /// </summary>
        private void AimRecalledEnvoysAtTheHost()
        {
            if (!_tree.Parsed) return;
            for (int i = 0; i < _out.Count; i++)
            {
                var p = _out[i];
                if (p.Sentence != _sentence || p.Cameo != "161" || p.Source < 0 || A(p.Source).Country is not { } home) continue;
                int verb = -1;
                for (int k = p.Trigger.FirstToken; k < p.Trigger.EndToken && k < _e; k++)
                    if (doc.TokLemma(k) is { } l && l.Equals("recall", StringComparison.OrdinalIgnoreCase) && doc.TokUpos(k) == Upos.VERB) verb = k;
                if (verb < 0) continue;
                int envoy = DependentOf(verb, "obj");
                if (envoy < 0 || !Is(envoy, RecalledEnvoyNouns)) continue;
                string? host = null;
                for (int k = _f; k < _e && host is null; k++)
                {
                    var tok = doc.Token(k);
                    if (tok.Head != envoy && tok.Head != verb) continue;
                    // "Recalls Ambassador To Togo": a Title Case headline's "To Togo" may be read as an infinitive (mark and verb).
                    if (tok.Relation is not { } rel || !(rel.StartsWith("obl", StringComparison.Ordinal) || rel.StartsWith("nmod", StringComparison.Ordinal)
                        || (rel == "acl" && ActorAt(k) >= 0))) continue;
                    int c = DependentOf(k, "case");
                    if (c < 0) c = DependentOf(k, "mark");
                    if (c < 0 || !(IsWord(c, "from") || IsWord(c, "to"))) continue;
                    // The host named as an actor ("from Iran"), else as a place ("from Caracas", a capital the place stage reads).
                    string? named = ActorAt(k) is var a && a >= 0 ? A(a).Country : PlaceCountryAt(k);
                    if (named is not null && named != home) host = named;
                }
                if (host is null) continue;
                bool envoyTarget = p.Target >= 0 && A(p.Target).Tokens.FirstToken <= envoy && envoy < A(p.Target).Tokens.EndToken;
                bool hostTarget = p.Target >= 0 && A(p.Target).Country == host;
                bool none = p.Target < 0 && p.TargetPlace < 0 && p.TargetCountry is null;
                bool hostPlace = p.Target < 0 && p.TargetPlace >= 0 && doc.Places[p.TargetPlace].Place?.Country == host;
                if (!(none || envoyTarget || hostTarget || hostPlace || (p.Target < 0 && p.TargetCountry == host))) continue;
                if (p.Target < 0 && p.TargetPlace < 0 && p.TargetCountry == host && p.TargetRole is null) continue;
                _out[i] = p with { Target = -1, TargetPlace = -1, TargetCountry = host, TargetRole = null, TargetCountryOfRole = null, Rule = p.Rule + ",tgt=host-of-recalled-envoy" };
            }
        }
    }
}
