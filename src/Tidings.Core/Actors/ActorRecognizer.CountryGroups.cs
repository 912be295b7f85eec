using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// Plural names news gives a fixed set of states: "the two Koreas" are North and South Korea, "the Baltic states" (or
        /// "the Baltics") Estonia, Latvia and Lithuania. Each member is an actor of its own, as the two sides of a pair are
        /// ("talks between the two Koreas": one event for each). Keyed by the name's words after "the"/"two"; values are
        /// ISO3 codes.
        /// </summary>
        private static readonly (string[] Words, string[] Members)[] CountryGroups =
        [
            (["Koreas"], ["PRK", "KOR"]),
            (["Baltic", "states"], ["EST", "LVA", "LTU"]),
            (["Baltic", "countries"], ["EST", "LVA", "LTU"]),
            (["Baltic", "nations"], ["EST", "LVA", "LTU"]),
            (["Baltics"], ["EST", "LVA", "LTU"]),
        ];

        /// <summary>
        /// One mention per member state of a <see cref="CountryGroups"/> name at <paramref name="i"/>, all on the name's
        /// tokens. Only after "the" or "two" ("the Baltic states", "the two Koreas"), where the words name the states
        /// themselves; "Baltic Sea" or "Baltic ports" never match a listed name. Returns the token after the name, or
        /// <paramref name="i"/>.
        /// </summary>
        private int TryCountryGroup(int i, int sentFirst, int end)
        {
            if (i == sentFirst || !(Is(i - 1, "the") || Is(i - 1, "two"))) return i;
            foreach (var (words, members) in CountryGroups)
            {
                if (i + words.Length > end) continue;
                bool match = true;
                for (int w = 0; w < words.Length && match; w++) match = Tok(i + w).Equals(words[w], StringComparison.OrdinalIgnoreCase);
                if (!match) continue;
                int e = i + words.Length;
                string name = Text(i, e);
                foreach (var iso in members)
                {
                    if (_lex.CountryByIso3(iso) is not { } c) continue;
                    Add(new ActorMention
                    {
                        Tokens = new TokenRange(i, e), Code = c.Cameo, Name = c.Name, Country = c.Iso3,
                        Rule = $"country-group: {name} → {c.Cameo} (one of the states the name covers)",
                    });
                }
                return e;
            }
            return i;
        }
    }
}
