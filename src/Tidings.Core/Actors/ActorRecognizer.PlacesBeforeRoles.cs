using System.Collections.Frozen;
using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>
    /// Role codes of people who are no organ of the state (civilians, students, farmers, doctors, clerics, reporters,
    /// workers, traders, refugees, criminals). Before one of them a capital is the city they live or work in ("Kabul
    /// residents", "Tehran shopkeepers"), not its government; state roles after a capital ("Moscow officials") stay the
    /// capital-as-government reading.
    /// </summary>
    private static readonly FrozenSet<string> NonStateRoleCodes = Set("CVL", "EDU", "AGR", "HLH", "REL", "MED", "LAB", "BUS", "REF", "CRM");

    private sealed partial class Run
    {
        /// <summary>True when a role of a non-state sector (<see cref="NonStateRoleCodes"/>) starts at token
        /// <paramref name="j"/>: the capital before it is a place, not its government.</summary>
        private bool NonStateRoleAt(int j, int end) =>
            j < end && MatchRole(j, end).Role is { } r && NonStateRoleCodes.Contains(r.Code);

        /// <summary>
        /// "a Kharkiv resident", "Lagos traders", "a Mosul cleric", "Kabul residents": a gazetteer place (a city, a capital, a
        /// province; never a country, which is an actor of its own, nor a region) named by proper nouns right before a bare
        /// role gives the role the place's country, as "residents of Kharkiv" does after it (<see cref="CountryOfPlaceAfter"/>).
        /// Without it the role took the sentence's other country ("a Kharkiv resident accused Russia" RUSCVL). Invariants:
        /// every word of the place is a capitalised proper noun of the same sentence; no actor mention covers any of them (a
        /// country, an organisation, a person or a capital read as its government says more, and is read elsewhere); the
        /// gazetteer's best entry for the name is not a minor namesake.
        /// </summary>
        private CountryEntry? CountryOfPlaceBefore(ActorMention m, int sentence)
        {
            int f = m.Tokens.FirstToken;
            // "a Kharkiv resident", "the Lagos traders": an article may stand before the place.
            int last = f - 1;
            if (last < 0 || _doc.SentenceOf(last) != sentence) return null;
            int k = last;
            while (k >= 0 && last - k < 3 && _doc.SentenceOf(k) == sentence && IsCap(Tok(k)) && char.IsLetter(Tok(k)[0])
                   && _doc.TokUpos(k) == Upos.PROPN) k--;
            int start = k + 1;
            if (start > last) return null;
            // A longer capitalised run is a name of its own ("New York Times reporters"), not a place.
            // (A capitalised article or adjective opening the sentence, "A Kharkiv resident", is no part of a name.)
            if (k >= 0 && _doc.SentenceOf(k) == sentence && IsCap(Tok(k)) && char.IsLetter(Tok(k)[0]) && _doc.TokUpos(k) == Upos.PROPN) return null;
            foreach (var o in _out)
                if (o.Tokens.FirstToken <= last && o.Tokens.EndToken > start) return null;
            var gazetteer = Places.Gazetteer.Default;
            // The longest name that ends right before the role: "Cox's Bazar" is not read here (a possessive breaks the run),
            // "Port Harcourt traders" is.
            for (int s = start; s <= last; s++)
            {
                var name = _doc.Text.AsSpan(_doc.Token(s).Start, _doc.Token(last).End - _doc.Token(s).Start);
                var entries = gazetteer.LookupEntries(name);
                if (entries.Count == 0) continue;
                // Only a settlement or a province: a region's name is often a brand's or a contested land's as well ("Amazon
                // workers", "Kashmir residents").
                if (Places.Gazetteer.Best(entries, null) is not { } best || best.IsMinor || best.Feature is not ("city" or "capital" or "admin1")) return null;
                return best.Country is { } iso ? _lex.CountryByIso3(iso) : null;
            }
            return null;
        }
    }
}
