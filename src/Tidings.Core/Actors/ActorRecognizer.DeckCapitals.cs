using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// Session 66 (role66, decision 111): "Chad expels German ambassador" over "N'Djamena gave the envoy 48 hours to
        /// leave": a headline that opens with a bare country as its doer and a deck (the next sentence) whose subject is
        /// that country's capital standing for its government tell one act, and the deck says who in the country did it
        /// (gold/README.md, the headline-and-deck lines of blind64: "listed once with the deck's more specific code"). The
        /// headline's country becomes that government. Invariants: only the mention that starts a headline sentence and
        /// was read as a country's name alone; only when the first mention of the very next sentence is the same
        /// country's capital read as its government in subject position ("Warsaw will close", "Dakar said"); any other
        /// first mention, another country's capital or a capital read as a place leaves the headline as it is.
        /// </summary>
        private void HeadlineCountryNamedByDeckCapital()
        {
            for (int i = 0; i < _out.Count; i++)
            {
                var h = _out[i];
                if (h.IsModifier || h.Country is not { } iso || _lex.CountryByIso3(iso) is not { } c || h.Code != c.Cameo
                    || !h.Rule.StartsWith("country:", StringComparison.Ordinal)) continue;
                int s = _doc.SentenceOf(h.Tokens.FirstToken);
                var span = _doc.Sentence(s);
                if (span.Section != SectionKind.Headline || h.Tokens.FirstToken != span.FirstToken || s + 1 >= _doc.SentenceCount) continue;
                var next = _doc.Sentence(s + 1);
                int first = -1;
                for (int k = 0; k < _out.Count; k++)
                {
                    var m = _out[k];
                    if (m.IsModifier || m.Tokens.FirstToken < next.FirstToken || m.Tokens.FirstToken >= next.EndToken) continue;
                    if (first < 0 || m.Tokens.FirstToken < _out[first].Tokens.FirstToken) first = k;
                }
                if (first < 0) continue;
                var deck = _out[first];
                string gov = c.Cameo + "GOV";
                if (deck.Code != gov || deck.Country != iso
                    || !deck.Rule.StartsWith("capital-as-government (subject)", StringComparison.Ordinal)) continue;
                _out[i] = h with
                {
                    Code = gov,
                    Rule = $"{h.Rule}; the next sentence names its government by its capital ({Text(deck.Tokens.FirstToken, deck.Tokens.EndToken)}) → {gov}",
                };
            }
        }
    }
}
