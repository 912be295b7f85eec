using Tidings.Documents;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    private sealed partial class Run
    {
        /// <summary>
        /// "Chad's Deby", "Nigeria's Tinubu": a headline's or a lead's country possessive before a bare surname names the
        /// listed person of that country who bears it, when exactly one such person holds an office of the country on the
        /// article's date (the possessive says whose; the date says which of a family: Mahamat, not Idriss, Deby in 2025).
        /// Surnames the lexicon lists on their own ("Ruto") are read by the name matcher before this. <paramref name="i"/>
        /// is the country's first token, <paramref name="k"/> the token after its "'s". Returns the token after the surname,
        /// or -1.
        /// </summary>
        private int TryPossessiveSurname(int i, int k, CountryEntry c, string surface, int end)
        {
            if (k >= end || !IsCap(Tok(k)) || Tok(k).Length < 3) return -1;
            foreach (var ch in Tok(k)) if (!char.IsLetter(ch) && ch != '-') return -1;
            // "Chad's Mahamat Deby" is the name matcher's (a listed full name); a capitalised word after the surname
            // ("Chad's Deby Visits") does not stop it, as headlines capitalise every word.
            if (MatchName(k, end).Entries is not null || MatchRole(k, end).Role is not null) return -1;
            Span<char> folded = stackalloc char[Tok(k).Length];
            for (int t = 0; t < folded.Length; t++) folded[t] = ActorLexicon.Fold(Tok(k)[t]);
            NameEntry? found = null;
            string? code = null;
            foreach (var person in _lex.PeopleBySurname(folded.ToString()))
            {
                var (pc, iso, _) = _lex.PersonCode(person, _date);
                if (pc is null || iso != c.Iso3 || pc.EndsWith("ELI", StringComparison.Ordinal)) continue;
                if (found is not null) return -1; // two office holders of the country share the surname: whose is open
                found = person; code = pc;
            }
            if (found is null || code is null) return -1;
            int idx = Add(new ActorMention
            {
                Tokens = new TokenRange(i, k + 1), Code = code, Name = found.Canonical, Country = c.Iso3,
                Rule = $"country-possessive+surname: {surface} + {Text(k, k + 1)} → {code} ({found.Canonical}, in office on the date)",
            });
            Remember(idx, k, k + 1);
            return k + 1;
        }
    }
}
