using Tidings.Documents;

namespace Tidings.Coding;

public sealed partial class ShallowCoder
{
    private sealed partial class SentenceState
    {
        /// <summary>Present and past forms of "be" that place a visitor in a city now or on the day told ("is in", "'s in",
        /// "was in"); "will be in" (an auxiliary) is a plan, not a visit, and is left to the lexicon.</summary>
        private static readonly HashSet<string> PlacingBeForms = new(StringComparer.OrdinalIgnoreCase)
        {
            "is", "are", "was", "were", "'s", "\u2019s", "'re", "\u2019re",
        };

        /// <summary>
        /// "The German chancellor's in Warsaw this morning for talks with Poland's prime minister", "Kenya's president is in
        /// Addis Ababa today": radio and TV bulletins tell a visit by where the visitor is now, a copular predicate of place
        /// ("be in" + a place) with no verb of travel, which the lexicon cannot match (there is no trigger word: the event is
        /// the clause). A government (a country's code with the GOV role, or an international body) that "is in" a place of
        /// another country is on a visit there (042), hosted by that country's government when the sentence names it (043
        /// back, as "arrived in Warsaw for talks with Poland's prime minister" is coded), else aimed at the country. Talks
        /// told with it are the visit's (<see cref="DropMeetingsOfAVisit"/>; "on a matter" they stay 046 by the lexicon).
        /// Invariants: only a place the gazetteer gives a country; only a subject actor with a known government code whose
        /// country differs from the place's (a leader at home, troops, civilians and bare countries are no visitors: "Ugandan
        /// troops are in eastern Congo", "Russia is in breach of"); only present or past "be" with no auxiliary or negation
        /// ("will be in Delhi" is intent, the lexicon's; "is not in Kyiv" is no visit).
        /// </summary>
        private List<(int Place, int Visitor, string Country)> CopularVisits()
        {
            var found = new List<(int, int, string)>();
            if (!_tree.Parsed || doc.Places.Count == 0) return found;
            for (int p = _f; p < _e; p++)
            {
                if (doc.TokUpos(p) != Upos.PROPN || actorOf[p] >= 0) continue;
                string? country = null;
                foreach (var pm in doc.Places)
                    if (p >= pm.Tokens.FirstToken && p < pm.Tokens.EndToken && pm.Place?.Country is { } pc) { country = pc; break; }
                if (country is null) continue;
                bool cop = false, inCase = false, blocked = false; int subject = -1;
                for (int c = _f; c < _e; c++)
                {
                    if (doc.Token(c).Head != p) continue;
                    var rel = doc.Token(c).Relation;
                    if (rel == "cop" && c < p && PlacingBeForms.Contains(W(c).ToString())) cop = true;
                    else if (rel == "case" && c < p && W(c).ToString().Equals("in", StringComparison.OrdinalIgnoreCase)) inCase = true;
                    else if (rel is "nsubj" && c < p) subject = c;
                    else if (rel is "aux" or "expl" || (rel == "advmod" && W(c).ToString() is "not" or "n't" or "never")) blocked = true;
                }
                if (!cop || !inCase || blocked || subject < 0) continue;
                int visitor = actorOf[subject];
                // The recogniser's own modifier flag only: IsModifier also counts a following "'s", which is the copula here.
                if (visitor < 0 || A(visitor).IsModifier || A(visitor).Code is not { } code) continue;
                bool government = code.Length == 6 && code.EndsWith("GOV", StringComparison.Ordinal);
                bool body = A(visitor).Country is null && code.StartsWith("IGO", StringComparison.Ordinal);
                if (!government && !body) continue;
                if (A(visitor).Country == country) continue;
                found.Add((p, visitor, country));
            }
            return found;
        }

        /// <summary>Codes the visits <see cref="CopularVisits"/> finds: 042 by the visitor to the host government the
        /// sentence names (and its 043 back), else to the place's country.</summary>
        private void CodeCopularVisits()
        {
            foreach (var (place, visitor, country) in CopularVisits())
            {
                var range = new TokenRange(place, place + 1);
                int host = HostActor(country, visitor);
                if (host >= 0)
                {
                    Emit(range, "042", visitor, host, $"copular-visit:be in {W(place)}→042 src=tree:nsubj,tgt=visited-place-host", false,
                        _sentenceBackground, Modality.Asserted);
                    Emit(range, "043", host, visitor, $"copular-visit:be in {W(place)}→043 mirror", false, _sentenceBackground, Modality.Asserted);
                }
                else
                    Emit(range, "042", visitor, -1, $"copular-visit:be in {W(place)}→042 src=tree:nsubj,tgt=visited-place", false,
                        _sentenceBackground, Modality.Asserted, -1, country);
            }
        }
    }
}
