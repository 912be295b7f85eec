namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "a court in the Zambian capital Lusaka jailed ...", "clashes in the capital, Kinshasa": a capital's name in apposition
        /// right after the noun "capital" only names the city that noun phrase points to; the phrase is a place (or, as a
        /// whole, whatever the sentence makes of it), so the name is no metonym of the government. Reading it as one made
        /// the city the subject of the verb after it and took the event from the actor before it (the court, JUD).
        /// Invariant: only the token right before the name (or a comma right after "capital") is looked at; "Lusaka jailed"
        /// with no "capital" before it keeps the capital-as-government reading.
        /// </summary>
        private bool NamesTheCapitalNoun(int i, int sentFirst)
        {
            int p = i - 1;
            if (p >= sentFirst && Is(p, ",")) p--;
            return p >= sentFirst && (Is(p, "capital") || Is(p, "capitals"));
        }

        /// <summary>
        /// "in the Zambian capital Lusaka", "in the Somali capital", "in the Nigerian port city": a country adjective right before a
        /// settlement word (<see cref="SettlementWords"/>, one plain lower-case word allowed between) says whose the place is, as it
        /// does before "of" in "the Mexican city of Tula" (<see cref="SettlementOf"/>). <paramref name="k"/> is the token after
        /// the article. Null when the words are not so.
        /// Invariant: only an adjective or demonym form counts, not a country's name ("the Georgia capital" is a US state's).
        /// </summary>
        private string? CountryOfAdjectivedSettlement(int k, int sentence)
        {
            int n = _doc.TokenCount;
            if (k + 1 >= n || _doc.SentenceOf(k + 1) != sentence || !IsCap(Tok(k)) || !_lex.TryGetCountry(Tok(k), out var adjective)
                || Tok(k).Equals(adjective.Name, StringComparison.OrdinalIgnoreCase)) return null;
            int w = k + 1;
            if (!SettlementWords.Contains(Tok(w).ToString()) && w + 1 < n && _doc.SentenceOf(w + 1) == sentence && IsPlainLowerWord(Tok(w))) w++;
            return SettlementWords.Contains(Tok(w).ToString()) ? adjective.Iso3 : null;
        }
    }
}
