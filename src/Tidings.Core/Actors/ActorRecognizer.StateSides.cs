using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>Prepositions after which "the Thai side" is the ground on one side of a line ("wounded on the Afghan side",
        /// "fired from the Pakistani side"), a place and no party.</summary>
        private static readonly string[] SidePlacePrepositions = ["on", "from", "across", "to", "into", "at", "in", "onto", "toward", "towards"];

        /// <summary>
        /// "lodged representations with the Philippine side", "the claims of the Azerbaijani side", "raised it with the Chinese
        /// side": in diplomatic usage "the" + country adjective + "side" is that state's government as the other party of a
        /// statement, protest or appeal (gold/README.md, session 52; eb67022's note: "the Chinese side" is the government).
        /// <paramref name="i"/> is the adjective's first token and <paramref name="j"/> the token after it. Returns the token
        /// after "side" once the mention (country + GOV) is added, or -1 when the words are no such party.
        /// Invariants: only the singular "side" right after the adjective with "the" before it; not when "of" follows ("the
        /// Thai side of the border", "accused the Philippine side of ramming": a stretch of ground, or a side named as the doer
        /// of a deed at sea or on the ground, which the gold codes as the bare country, as a country doing a deed is); not
        /// when the side is the subject of its clause ("the Philippine side had rammed the ship", the country as doer); not
        /// after a preposition of place.
        /// </summary>
        private int TryStateSide(int i, int j, CountryEntry c, int end)
        {
            if (j >= end || !Is(j, "side") || i < 1 || !Is(i - 1, "the")) return -1;
            if (j + 1 < end && Is(j + 1, "of")) return -1;
            if (_doc.Token(j).Relation is "nsubj" or "nsubj:pass") return -1;
            if (i >= 2 && Array.Exists(SidePlacePrepositions, p => Is(i - 2, p))) return -1;
            string code = c.Cameo + "GOV";
            Add(new ActorMention
            {
                Tokens = new TokenRange(i, j + 1), Code = code, Name = $"{c.Name} side", Country = c.Iso3,
                Rule = $"state side: the {Text(i, j + 1)} → {code} (the state's government as the other party)",
            });
            return j + 1;
        }
    }
}
