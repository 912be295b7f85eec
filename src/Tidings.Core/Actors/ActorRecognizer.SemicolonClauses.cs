using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// True for a semicolon that ends one independent clause of a sentence and opens the next: the parser hangs it on
        /// the next clause's root, which is a <c>parataxis</c> (<see cref="Syntax.SemicolonClauses"/>). A digest packs
        /// unrelated stories into such clauses ("Kenya's High Court suspended the deal; in Zambia, police arrested an
        /// opposition leader"), so a bare role's country is sought in its own clause, not in the other stories'.
        /// </summary>
        private bool IsClauseCut(int t) =>
            Is(t, ";") && _doc.Token(t).Head is var h and >= 0 && _doc.Token(h).Relation == "parataxis";

        /// <summary>Token range [From, End) of the semicolon clause holding <paramref name="token"/>: the whole sentence
        /// when it has no clause cut (<see cref="IsClauseCut"/>).</summary>
        private (int From, int End) ClauseOf(int token)
        {
            var span = _doc.Sentence(_doc.SentenceOf(token));
            int from = span.FirstToken, end = span.EndToken;
            for (int t = token - 1; t >= span.FirstToken; t--)
                if (IsClauseCut(t)) { from = t + 1; break; }
            for (int t = token; t < span.EndToken; t++)
                if (IsClauseCut(t)) { end = t; break; }
            return (from, end);
        }

        /// <summary>True when tokens <paramref name="a"/> and <paramref name="b"/> of one sentence lie in different
        /// semicolon clauses.</summary>
        private bool InOtherClause(int a, int b) => ClauseOf(a) != ClauseOf(b);

        /// <summary>
        /// <see cref="SentencePlaceCountry"/> over the semicolon clause of <paramref name="token"/> only: the one country
        /// of the places named after <paramref name="prepositions"/> in that clause, or null (none, or several).
        /// </summary>
        private string? ClausePlaceCountry(int token, FrozenSet<string>? prepositions = null)
        {
            prepositions ??= SentencePlacePrepositions;
            int sentence = _doc.SentenceOf(token);
            var (from, end) = ClauseOf(token);
            string? found = null;
            for (int t = from; t < end; t++)
            {
                if (!prepositions.Contains(Tok(t).ToString()) || CountryOfPlaceAt(t + 1, sentence) is not { } c) continue;
                if (found is not null && found != c) return null;
                found = c;
            }
            return found;
        }
    }
}
