using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Sentences back (besides its own) that "the group" may reach for the organisation it names again.</summary>
        private const int GroupEpithetReach = 2;

        /// <summary>
        /// "RSF fighters killed 140 villagers ...; the army accused the group of genocide", "US jets struck Houthi radar sites
        /// after the group fired missiles at a tanker": "the group" as the head of its phrase names again the last armed or
        /// civil organisation named (an armed group, a rights group, a movement: a code that is neither a state's organ nor a
        /// company nor an international body nor a bare country), in its own sentence or the two before. Only organisations read from the lexicon or
        /// from memory count, so a role noun ("fighters", "gunmen") with no name is not taken for a group. Returns the token
        /// after "group", or <paramref name="i"/> when the words are no such epithet or no organisation fits.
        /// </summary>
        private int TryGroupEpithet(int i, int end)
        {
            if (!Is(i, "group")) return i;
            int e = i + 1;
            // "accused the group of genocide", "blamed the group for": the charge's "of" after a verb of blame follows the
            // accused, not a part of the group's own name or size.
            bool chargeOf = e < end && Is(e, "of") && i >= 2 && _doc.Token(i - 2).Lemma is "accuse" or "blame" or "suspect" or "convict" or "charge";
            // "the group of seven", "the group's leader", "the group chairman": not the group alone as the phrase's head.
            if (!chargeOf && e < end && char.IsLetter(Tok(e)[0]) && !VerbAfterNoun(e, i - 1, 0) && !OrgPhraseEnders.Contains(Tok(e).ToString()))
                return i;
            if (e < end && IsPossessive(e)) return i;
            int sentence = _doc.SentenceOf(i);
            for (int k = _out.Count - 1; k >= 0; k--)
            {
                var m = _out[k];
                if (m.Tokens.FirstToken >= i) continue;
                if (_doc.SentenceOf(m.Tokens.FirstToken) < sentence - GroupEpithetReach) break;
                if (m.Code is not { Length: > 3 } code || m.IsModifier) continue;
                if (!(m.Rule.StartsWith("organization", StringComparison.Ordinal) || m.Rule.StartsWith("memory", StringComparison.Ordinal)
                      || m.Rule.StartsWith("acronym", StringComparison.Ordinal))) continue;
                // An international body ("the UN said ...; ... the group") is "the body" or "the organisation", not "the group".
                if (code.StartsWith("IGO", StringComparison.Ordinal)) continue;
                var role = code[3..];
                if (role.StartsWith("GOV", StringComparison.Ordinal) || role.StartsWith("MIL", StringComparison.Ordinal)
                    || role.StartsWith("COP", StringComparison.Ordinal) || role.StartsWith("JUD", StringComparison.Ordinal)
                    || role.StartsWith("LEG", StringComparison.Ordinal) || role.StartsWith("BUS", StringComparison.Ordinal)) continue;
                Add(new ActorMention
                {
                    Tokens = new TokenRange(i, e), Code = code, Name = m.Name, Country = m.Country, Reason = m.Reason,
                    Rule = $"memory: the group → {code} (the last armed or civil organisation named: {m.Name})",
                });
                return e;
            }
            return i;
        }
    }
}
