using System.Collections.Frozen;

namespace Tidings.Actors;

/// <summary>
/// Session 55 (blind73, decision 061): hackers whom the text ties to a state or to one of its organs are that state's.
/// </summary>
public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Role lemmas of hackers and cyber criminals (roles.tsv rows with flag U).</summary>
        private static readonly FrozenSet<string> HackerLemmas = Set("hacker", "hacker group", "hacking group", "cybercriminal", "cyber criminal");

        /// <summary>Participles that tie a group to who runs or pays it, each with the preposition that names him.</summary>
        private static readonly FrozenDictionary<string, string> TyingParticiples = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase)
        {
            ["linked"] = "to", ["tied"] = "to", ["connected"] = "to", ["affiliated"] = "with", ["working"] = "for",
            ["backed"] = "by", ["sponsored"] = "by", ["directed"] = "by", ["employed"] = "by", ["run"] = "by", ["controlled"] = "by",
        }.ToFrozenDictionary(System.StringComparer.OrdinalIgnoreCase);

        /// <summary>Sectors through which a state acts: its government, forces and services.</summary>
        private static readonly FrozenSet<string> StateOrganSectors = Set("GOV", "MIL", "COP", "SPY");

        /// <summary>
        /// "hackers linked to Russia's GRU", "hackers working for China's Ministry of State Security", "a hacking group backed
        /// by Iran": a bare hacker role (CRM, no country of its own) followed by a participle that ties it to whoever runs or pays
        /// it, and that participle's preposition, is the mention right after it when that mention is a state organ (GOV, MIL,
        /// COP, SPY) or a bare country; gold/README.md codes them so (eb40084 "hackers working for Russia's military
        /// intelligence agency" RUSSPY), and decision 061 settles it against the older roles.tsv note that kept them CRM.
        /// Returns that mention, or null. Invariants: the participle and its preposition stand right after the role mention
        /// (an optional "the" after the preposition), so "hackers attacked the ministry linked to ..." never matches; a group
        /// tied to a company, party or armed group ("hackers linked to a criminal gang") keeps CRM.
        /// </summary>
        private ActorMention? StateBehindHackers(ActorMention m, int sentence)
        {
            if (MatchRoleIn(m) is not { } r || !HackerLemmas.Contains(r.Lemma)) return null;
            int t = m.Tokens.EndToken;
            if (t + 1 >= _doc.TokenCount || _doc.SentenceOf(t) != sentence) return null;
            if (!TyingParticiples.TryGetValue(Tok(t).ToString(), out var prep) || !Is(t + 1, prep)) return null;
            int k = t + 2;
            if (k < _doc.TokenCount && Is(k, "the")) k++;
            foreach (var o in _out)
            {
                if (o.Tokens.FirstToken != k || o.IsModifier || o.Country is null || o.Code is not { } oc) continue;
                if (oc == o.Country || (oc.Length == 6 && oc.StartsWith(o.Country, System.StringComparison.Ordinal) && StateOrganSectors.Contains(oc[3..])))
                    return o;
                return null;
            }
            return null;
        }
    }
}
