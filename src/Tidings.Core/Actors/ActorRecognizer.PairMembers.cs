namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "Troops from both sides exchanged fire", "officials from the two countries met in Khartoum", "fighters of both
        /// sides clashed": a bare role noun right before "from"/"of" and a pair phrase (<see cref="ResolvePairs"/>) names
        /// the pair's own members, not a third side acting on the pair as "Bolivia urged both neighbours" does. Returns the
        /// index in the mentions of that role noun's mention, or -1. The pair then leaves it out of the sides it counts,
        /// takes its role when the pair noun is a country word ("officials from the two countries" are each country's
        /// GOV), and its mention becomes the two sides on its own words, so that the act is coded between them. Invariant: only a mention read from a
        /// role noun alone (rule "role:"), whose phrase ends at the preposition, in the pair's sentence; a pair noun
        /// followed by "of" names geography or an idiom ("from both sides of the border", "of the aisle") and is left alone.
        /// </summary>
        private int PairMembersBefore(int before, int noun, int sentence)
        {
            if (before < 1 || _doc.SentenceOf(before) != sentence || !(Is(before, "from") || Is(before, "of"))) return -1;
            if (noun + 1 < _doc.TokenCount && _doc.SentenceOf(noun + 1) == sentence && Is(noun + 1, "of")) return -1;
            for (int k = 0; k < _out.Count; k++)
            {
                var m = _out[k];
                if (m.Tokens.EndToken != before) continue;
                if (m.Code is null || m.IsModifier || _doc.SentenceOf(m.Tokens.FirstToken) != sentence
                    || !m.Rule.StartsWith("role:", StringComparison.Ordinal)) return -1;
                return k;
            }
            return -1;
        }

        /// <summary>"Troops from both sides", the sides two countries named bare: each side is that country's force the role
        /// noun names (INDMIL, PAKMIL), as "Indian troops" is. A side with a role or an organisation's code of its own keeps it
        /// ("fighters from both sides" of an army and a militia).</summary>
        private ActorMention WithMembersRole(ActorMention side, string? membersRole)
        {
            if (membersRole is null || side.Country is not { } iso || _lex.CountryByIso3(iso) is not { } c || side.Code != c.Cameo) return side;
            string code = c.Cameo + membersRole;
            return side with { Code = code, Rule = $"{side.Rule}; the role noun before the pair names its members → {code}" };
        }

        /// <summary>The role part of a members' mention ("MIL" of INDMIL, "GOV" of a bare GOV), or null when it has none
        /// (a mention of a bare country or of an organisation's own code).</summary>
        private string? MembersRole(ActorMention m)
        {
            if (m.Code is not { } code) return null;
            string prefix = m.Country is { } iso && _lex.CountryByIso3(iso) is { } c ? c.Cameo : "";
            if (!code.StartsWith(prefix, StringComparison.Ordinal)) return null;
            string role = code[prefix.Length..];
            return role.Length == 3 ? role : null;
        }
    }
}
