using System.Collections.Frozen;

namespace Tidings.Actors;

/// <summary>
/// Session 53 (conventions53, decision 058): actor readings the written conventions fix where the recogniser read another
/// sector — the members of a named state force, a controller compound before an organisation's name, and the office an
/// apposition names before a holder whose rank title would otherwise give the role.
/// </summary>
public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Role nouns for the members of a force or service ("officers", "soldiers", "agents", "commanders"): said
        /// "of" a named force, they are that force.</summary>
        private static readonly FrozenSet<string> ForceMemberLemmas = Set("officer", "soldier", "agent", "commander", "serviceman");

        /// <summary>Sectors of a state's forces and services: the military, the police and the intelligence services.</summary>
        private static readonly FrozenSet<string> ForceSectors = Set("MIL", "COP", "SPY");

        /// <summary>
        /// "four officers of China's People's Liberation Army", "agents of the Federal Security Service": a bare member role
        /// said "of" (then an optional "the") a mention of a state force or service is a member of that force, with its code,
        /// rather than the role row's own sector ("officers" alone are police) with the country of the place after it. Returns
        /// the force's mention, or null. Invariants: only a coded mention with a country that starts right after "of"/"of the"
        /// counts, and only of the military, police or intelligence sectors, so "senior officers of the interior ministry"
        /// (a ministry, GOV) and "officers of Kenya" (a bare country) are left to the other rules.
        /// </summary>
        private ActorMention? ForceOfMembers(ActorMention m, int sentence)
        {
            if (MatchRoleIn(m) is not { } r || !ForceMemberLemmas.Contains(r.Lemma)) return null;
            int t = m.Tokens.EndToken;
            if (t >= _doc.TokenCount || _doc.SentenceOf(t) != sentence || !Is(t, "of")) return null;
            int k = t + 1;
            if (k < _doc.TokenCount && Is(k, "the")) k++;
            foreach (var o in _out)
            {
                if (o.Tokens.FirstToken != k || o.IsModifier || o.Country is null || o.Code is not { Length: > 3 } oc) continue;
                return ForceSectors.Contains(oc[^3..]) ? o : null;
            }
            return null;
        }

        /// <summary>Second halves of a compound that names who leads, backs, runs or hosts a body ("Kurdish-led",
        /// "Iran-backed", "Hamas-run", "Paris-based").</summary>
        private static readonly FrozenSet<string> ControllerSuffixes = Set("led", "backed", "run", "controlled", "dominated",
            "aligned", "allied", "funded", "sponsored", "supported", "based");

        /// <summary>
        /// True when token <paramref name="i"/> is a hyphenated compound whose second half says who leads, backs or runs
        /// something ("Kurdish-led", "Iran-backed"): such a word describes the body named after it and is never the first
        /// word of its name, though a name tagger may take it into the span ("Kurdish-led Syrian Democratic Forces").
        /// </summary>
        private bool IsControllerCompound(int i)
        {
            var t = Tok(i);
            int dash = t.LastIndexOf('-');
            return dash > 0 && dash + 1 < t.Length && ControllerSuffixes.Contains(t[(dash + 1)..].ToString());
        }

        /// <summary>
        /// "Burkina Faso's leader, Captain Ibrahim Traore, spoke ...", "Mali's transitional president, General Assimi Goita,":
        /// a known office holder named with a rank title right after a comma that follows a mention of his country's
        /// government office takes that office's code (decision 023 point 7: a rank title gives the role, but an
        /// apposition that names the office gives the office). Invariants: the office mention ends at the comma, is a
        /// government role (code ending in GOV, not a person) of the same country, and the holder's mention is a
        /// "title+person" whose title alone gave it another state role; "General X, the junta leader," (office after the
        /// name) and "Captain X said" (no office named) keep the title's role.
        /// </summary>
        private void OfficeBeforeRankedHolder()
        {
            for (int i = 1; i < _out.Count; i++)
            {
                var p = _out[i];
                var a = _out[i - 1];
                if (!p.Rule.StartsWith("title+person:", System.StringComparison.Ordinal) || !p.Rule.Contains("gives the role", System.StringComparison.Ordinal)) continue;
                int comma = a.Tokens.EndToken;
                if (p.Tokens.FirstToken != comma + 1 || !Is(comma, ",") || a.IsModifier) continue;
                if (_doc.SentenceOf(a.Tokens.FirstToken) != _doc.SentenceOf(p.Tokens.FirstToken)) continue;
                if (a.Code is not { } ac || !ac.EndsWith("GOV", System.StringComparison.Ordinal) || a.Country is null || a.Country != p.Country || ac == p.Code) continue;
                if (!a.Rule.StartsWith("country-possessive+role:", System.StringComparison.Ordinal) && !a.Rule.StartsWith("country+role:", System.StringComparison.Ordinal)
                    && !a.Rule.StartsWith("country-adjective+role:", System.StringComparison.Ordinal) && !a.Rule.StartsWith("role:", System.StringComparison.Ordinal)) continue;
                _out[i] = p with { Code = ac, Rule = $"{p.Rule}; the office named before it in apposition ({a.Tokens.TextIn(_doc)}) → {ac}" };
            }
        }
    }
}
